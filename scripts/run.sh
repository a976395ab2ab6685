#!/usr/bin/env bash
# README's run command: installs what is missing, builds the web app, serves it on
# http://127.0.0.1:8080 with its embedded default content.
set -euo pipefail
cd "$(dirname "$0")/.."
# The repository's pack key is the public development key: say this build is for development
# (release builds refuse it otherwise; see src/core/content/release_key.rs).
export HARBOUR_ALLOW_DEV_KEY=1
bash scripts/setup.sh
bash scripts/build-web.sh
exec node scripts/serve.mjs "${PORT:-8080}"
