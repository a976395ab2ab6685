#!/usr/bin/env bash
# README's test command: installs what is missing, then runs every test — cargo test (core,
# locales, SSR-rendered screens) and the browser tests on the real web build in Debian's chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
# The repository's pack key is the public development key: say this build is for development
# (release builds refuse it otherwise; see src/core/content/release_key.rs).
export HARBOUR_ALLOW_DEV_KEY=1
bash scripts/setup.sh --test
cargo test --locked
bash scripts/build-web.sh
cd tests/browser
node --test --test-concurrency=1 *.test.mjs
