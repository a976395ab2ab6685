#!/usr/bin/env bash
# Rebuilds the content pack built into the app (assets/content/default.pack) from
# assets/content/{numbers,process,safety}.json and the clearly labelled example places, signed
# with the development key. Run it after changing any of those files and raise VERSION;
# `cargo test --test packs` fails while the pack is out of date.
#
# A real deployment makes its own key (`harbour-pack key <file>`), puts the public half in
# assets/content/pack-key.txt, and keeps the secret half off this repository.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=3
CREATED_AT=2026-12-01T00:00:00Z
# The app embeds the pack, so it is built beside it and moved in place afterwards.
OUT="$(mktemp -d)/default.pack"
cargo run --quiet --bin harbour-pack -- build --area uk --example \
  --feed assets/content/example-places.json --content assets/content \
  --key tests/fixtures/pack-dev.key --version "$VERSION" --created-at "$CREATED_AT" \
  --out "$OUT"
mv "$OUT" assets/content/default.pack
