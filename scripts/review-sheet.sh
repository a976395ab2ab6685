#!/usr/bin/env bash
# The review sheet a translator works from, for one locale: screenshots of every screen in that
# locale from the real web build (tests/browser/screens.mjs), beside every message in English and
# in the translation, with the termbase (harbour-i18n sheet). One self-contained HTML file.
#   bash scripts/review-sheet.sh <locale> [out.html]     (default target/review/<locale>.html)
# The translator's saved review is applied with `cargo run --bin harbour-i18n -- apply <file>`.
set -euo pipefail
code=${1:?usage: scripts/review-sheet.sh <locale> [out.html]}
cd "$(dirname "$0")/.."
root=$(pwd)
out=$(realpath -m "${2:-target/review/$code.html}")
work=target/review/$code-screens
mkdir -p "$work" "$(dirname "$out")"
export HARBOUR_ALLOW_DEV_KEY=1
bash scripts/setup.sh --test > /dev/null
[ -f dist/web/index.html ] || bash scripts/build-web.sh
cargo run --locked --quiet --bin harbour-i18n -- screens > target/review/screens.jsonl
node tests/browser/screens.mjs "$code" "$root/$work" "$root/target/review/screens.jsonl"
cargo run --locked --quiet --bin harbour-i18n -- sheet "$code" --screens "$work" --out "$out"
