#!/usr/bin/env bash
# README's run command: installs what is missing, builds the web app, serves it on
# http://127.0.0.1:8080 with its embedded default content.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build-web.sh
exec node scripts/serve.mjs "${PORT:-8080}"
