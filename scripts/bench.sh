#!/usr/bin/env bash
# Every benchmark against the design's budgets (shared/design.md §5), written to BENCHMARKS.md
# with the machine and date: the core natively (criterion: search, "open now"), the web build's
# first-load size, and start-up in Chromium (CPU slowed 4×, and on Slow 4G). Over-budget results
# are written as such. Not part of the tests; takes about five minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
# The repository's pack key is the public development key: say this build is for development
# (release builds refuse it otherwise; see src/core/content/release_key.rs).
export HARBOUR_ALLOW_DEV_KEY=1
bash scripts/setup.sh --test
cargo bench --bench core -- --warm-up-time 1 --measurement-time 3
bash scripts/build-web.sh
bash scripts/measure-size.sh
node scripts/bench-core.mjs
node tests/browser/bench-startup.mjs
node tests/browser/bench-unlock.mjs
node tests/browser/bench-places.mjs
