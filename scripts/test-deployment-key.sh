#!/usr/bin/env bash
# `cargo test` with a deployment's own pack key (issue 16 item 6): a copy of the committed tree
# trusts a throwaway key instead of the development key, its built-in pack is signed with that
# key as a deployment's would be, and the native tests run there. The tests that sign packs
# check them against the key they signed with, and only the built-in pack against the build's
# key, so they must pass whatever key a deployment puts in assets/content/pack-key.txt.
# Run by .ci/run after the README's test command.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
copy=$(mktemp -d)
trap 'rm -rf "$copy"' EXIT
git archive HEAD | tar -x -C "$copy"
# A target folder of its own: the build script writes absolute paths of the tree it builds,
# so a copy must not share the main build's (the dependencies are built again once).
export CARGO_TARGET_DIR="$repo/target/deployment-key"
cd "$copy"
key_line=$(cargo run --quiet --locked --bin harbour-pack -- key "$copy/deployment.key" | grep '^public key')
echo "${key_line##*: }" > assets/content/pack-key.txt
# The built-in pack as scripts/pack-default.sh makes it, signed with the deployment's key.
version=$(sed -n 's/^VERSION=//p' scripts/pack-default.sh)
created=$(sed -n 's/^CREATED_AT=//p' scripts/pack-default.sh)
# (Built beside it and moved in place: the tool itself embeds the pack.)
cargo run --quiet --locked --bin harbour-pack -- build --area uk --example \
  --feed assets/content/example-places.json --content assets/content \
  --key "$copy/deployment.key" --version "$version" --created-at "$created" \
  --out "$copy/default.pack" > /dev/null
mv "$copy/default.pack" assets/content/default.pack
if cmp -s assets/content/pack-key.txt "$repo/assets/content/pack-key.txt"; then
  echo "test-deployment-key: the throwaway key equals the committed one" >&2
  exit 1
fi
cargo test --locked
echo "test-deployment-key: cargo test passed with a deployment's own key"
