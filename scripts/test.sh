#!/usr/bin/env bash
# README's test command: installs what is missing, then runs every test — cargo test (core,
# locales, SSR-rendered screens) and the browser tests on the real web build in Debian's chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
cargo test --locked
bash scripts/build-web.sh
cd tests/browser
node --test --test-concurrency=1 *.test.mjs
