#!/usr/bin/env bash
# The checks a newcomer expects before any test: the code is rustfmt-clean, and clippy finds
# nothing, natively (every target: library, tests, benchmarks, tools) and for the web build.
# Run by .ci/run; quick once scripts/setup.sh has run and the dependencies are built.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cargo fmt --check
cargo clippy --locked --all-targets -- -D warnings
# The build-time prerender tool needs its feature (--all-targets leaves it out).
cargo clippy --locked --features prerender --bin harbour-prerender -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown --features web --lib --bin harbour -- -D warnings
# The lazily loaded web modules take library files by path (src/bin/harbour-phone.rs, -qr.rs).
cargo clippy --locked --target wasm32-unknown-unknown --features web,phone-module --bin harbour-phone -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown --features web,qr-module --bin harbour-qr -- -D warnings
