#!/usr/bin/env bash
# The long run of the decoders' property tests: every mutated setup code must read as a setup or
# as one of its errors, never panic. CI runs the same tests briefly inside `cargo test`.
#   bash scripts/fuzz.sh            10 million mutated codes (release build)
#   bash scripts/fuzz.sh 200000     another count
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000000}
start=$(date +%s)
HARBOUR_FUZZ_ITERATIONS=$n cargo test --release --test setup mutated_codes_never_panic -- --nocapture
echo "fuzz: $n mutated setup codes, no panic, in $(( $(date +%s) - start )) s"
