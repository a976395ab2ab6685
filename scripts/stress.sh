#!/usr/bin/env bash
# The long runs of what CI runs briefly inside `cargo test`, written to BENCHMARKS.md:
#  - every mutated setup code reads as a setup or as one of its errors, never a panic
#    (tests/setup.rs, mutated_codes_never_panic);
#  - every mutated ORUK feed reads as places or an error, never a panic (tests/places.rs), and
#    every schedule field of any text (multi-byte characters, huge numbers) too, and HTML of
#    any shape becomes plain text;
#  - mangled camera frames (noise, blocks, stripes, cut rows) read as a code or nothing, never a
#    panic (tests/setup.rs, mangled_camera_frames_never_panic; a thousandth of the count: each
#    frame is a whole picture);
#  - every mutated content pack reads as a pack or an error, never a panic (tests/numbers.rs);
#  - every Fluent message of every locale formats with random arguments (tests/locales.rs);
#  - the store, killed with SIGKILL at random moments while a child process edits it, opens
#    intact with every edit the child said was saved (tests/kill.rs).
#   bash scripts/stress.sh                 10 million codes and formats, 1,000 kills (release)
#   bash scripts/stress.sh 200000 100      other counts
set -euo pipefail
cd "$(dirname "$0")/.."
# The repository's pack key is the public development key: say this build is for development
# (release builds refuse it otherwise; see src/core/content/release_key.rs).
export HARBOUR_ALLOW_DEV_KEY=1
runs=${1:-10000000}
kills=${2:-1000}
timed() { # label, command…: runs it, prints and remembers "label: N s"
  local label=$1 start
  shift
  start=$(date +%s)
  "$@"
  results+=("| $label | $(( $(date +%s) - start )) s |")
}
results=()
timed "$runs mutated setup codes: no panic" \
  env HARBOUR_FUZZ_ITERATIONS="$runs" cargo test --release --test setup mutated_codes_never_panic
timed "$runs mutated ORUK feeds: no panic" \
  env HARBOUR_FUZZ_ITERATIONS="$runs" cargo test --release --test places mutated_feeds_never_panic
timed "$runs schedule fields of any text: no panic" \
  env HARBOUR_FUZZ_ITERATIONS="$runs" cargo test --release --test places schedule_fields_of_any_text_never_panic
timed "$(( runs / 10 )) HTML descriptions of any shape: no panic" \
  env HARBOUR_FUZZ_ITERATIONS="$(( runs / 10 ))" cargo test --release --test places html_of_any_shape_becomes_text_never_a_panic
timed "$(( runs / 1000 )) mangled camera frames: no panic" \
  env HARBOUR_FUZZ_ITERATIONS="$(( runs / 1000 ))" cargo test --release --test setup mangled_camera_frames_never_panic
timed "$runs mutated content packs: no panic" \
  env HARBOUR_FUZZ_ITERATIONS="$runs" cargo test --release --test numbers mutated_content_packs_never_panic
timed "$runs Fluent messages formatted with random arguments: no panic" \
  env HARBOUR_FUZZ_ITERATIONS="$runs" cargo test --release --test locales every_message_formats_with_any_arguments
timed "$kills SIGKILLs of a process editing the store: intact, every saved edit kept" \
  env HARBOUR_KILL_ROUNDS="$kills" cargo test --release --test kill -- --nocapture

section=$(cat <<MD
<!-- stress -->
## Stress runs

\`bash scripts/stress.sh\` on commit \`$(git rev-parse --short HEAD)\`, $(date -u +%Y-%m-%d), $(nproc) cores:

| run | time |
|---|---|
$(printf '%s\n' "${results[@]}")
<!-- /stress -->
MD
)
# Replace the previous stress section, keep the rest.
if grep -q '<!-- stress -->' BENCHMARKS.md; then
  sed -i '/<!-- stress -->/,/<!-- \/stress -->/d' BENCHMARKS.md
fi
printf '\n%s\n' "$section" >> BENCHMARKS.md
printf '%s\n' "${results[@]}"
