#!/usr/bin/env bash
# Installs what building (and, with --test, testing) Harbour needs on a fresh Debian machine of
# this project's kind. Idempotent: each step is skipped when what it installs is already there.
#   scripts/setup.sh          build tools: wasm32 target, clang, wasm-bindgen-cli, wasm-opt
#   scripts/setup.sh --test   also Debian's chromium, fonts for Arabic and Ethiopic scripts, zbarimg,
#                             espeak-ng and opusenc (test recordings), and the pinned browser-test
#                             packages (never a browser download)
#   scripts/setup.sh --android  what scripts/check-android.sh needs: the Android target's
#                             standard library, llvm-ar, and glibc's aarch64 headers
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=
apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ -z "$apt_updated" ]; then as_root apt-get update -qq; apt_updated=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# SQLite is compiled to wasm with clang (see .cargo/config.toml).
apt_install clang
rustup target list --installed | grep -qx wasm32-unknown-unknown \
  || rustup target add wasm32-unknown-unknown

# wasm-bindgen-cli must be exactly the version of the wasm-bindgen library in Cargo.lock.
want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
  # Not --locked: with it the install fails on a dependency version missing from the registry.
  cargo install wasm-bindgen-cli --version "$want"
fi

# wasm-opt from npm's binaryen (Debian's binaryen 108 writes wasm the browser rejects).
[ -x scripts/node_modules/.bin/wasm-opt ] || npm ci --prefix scripts --no-audit --no-fund

if [ "${1:-}" = --test ]; then
  # zbar-tools: zbarimg, the independent QR decoder the setup tests read printed cards with.
  # espeak-ng and opus-tools: the machine-voice test recordings and their encoding to Opus
  # (scripts/sample-audio.sh; harbour-pack audio runs opusenc).
  apt_install chromium fonts-noto-core fonts-noto-ui-core fonts-dejavu-core zbar-tools \
    espeak-ng opus-tools
  [ -d tests/browser/node_modules/playwright-core ] && [ -d tests/browser/node_modules/@axe-core/playwright ] \
    || npm ci --prefix tests/browser --no-audit --no-fund
fi

if [ "${1:-}" = --android ]; then
  # No Android NDK reaches these machines; see scripts/check-android.sh for what stands in.
  apt_install llvm libc6-dev-arm64-cross
  rustup target list --installed | grep -qx aarch64-linux-android \
    || rustup target add aarch64-linux-android
fi
