#!/usr/bin/env bash
# Builds a sample audio pack of the asylum explainer in one locale from machine-voice test
# recordings (Debian's espeak-ng), through the publisher's own steps: the recording script
# (harbour-pack recording-script), one WAV per message, then harbour-pack audio, which checks and
# encodes them (opusenc) and seals the pack with the development key. The pack says it is a
# machine voice; the app says so too. For tests and measurements only.
# Usage: scripts/sample-audio.sh <locale> <espeak-ng voice> [out dir (default target/audio)]
set -euo pipefail
cd "$(dirname "$0")/.."
locale=$1
voice=$2
out=${3:-target/audio}
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pack() { cargo run --quiet --locked --bin harbour-pack -- "$@"; }
pack recording-script --locale "$locale" --out "$work" > /dev/null
# The explainer's steps only: "explainer steps<TAB>id<TAB>fingerprint<TAB>text".
tail -n +2 "$work/script.tsv" | awk -F'\t' '$1 == "explainer steps" { print $2 "\t" $4 }' |
  while IFS=$'\t' read -r id text; do
    espeak-ng -v "$voice" -w "$work/$id.wav" "${text// \/ /, }"
  done
pack audio --locale "$locale" --in "$work" --key tests/fixtures/pack-dev.key --speaker machine \
  --created-at 2026-12-02T12:00:00Z --out "$out/$locale.audio"
