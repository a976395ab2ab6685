#!/usr/bin/env bash
# The long runs of what CI runs briefly inside `cargo test`:
#  - every mutated setup code reads as a setup or as one of its errors, never a panic
#    (tests/setup.rs, mutated_codes_never_panic);
#  - every Fluent message of every locale formats with random arguments (tests/locales.rs);
#  - the store, killed with SIGKILL at random moments while a child process edits it, opens
#    intact with every edit the child said was saved (tests/kill.rs).
#   bash scripts/stress.sh                 10 million codes, 1,000 kills (release build)
#   bash scripts/stress.sh 200000 100      other counts
set -euo pipefail
cd "$(dirname "$0")/.."
codes=${1:-10000000}
kills=${2:-1000}
start=$(date +%s)
HARBOUR_FUZZ_ITERATIONS=$codes cargo test --release --test setup mutated_codes_never_panic -- --nocapture
echo "stress: $codes mutated setup codes, no panic, in $(( $(date +%s) - start )) s"
start=$(date +%s)
HARBOUR_FUZZ_ITERATIONS=$codes cargo test --release --test locales every_message_formats_with_any_arguments -- --nocapture
echo "stress: $codes Fluent messages formatted with random arguments, no panic, in $(( $(date +%s) - start )) s"
start=$(date +%s)
HARBOUR_KILL_ROUNDS=$kills cargo test --release --test kill -- --nocapture
echo "stress: $kills kills, every saved edit kept, in $(( $(date +%s) - start )) s"
