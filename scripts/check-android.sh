#!/usr/bin/env bash
# Type-checks Harbour for Android phones (aarch64-linux-android, --features mobile), debug and
# release, as CI does (.ci/run). No Android NDK or SDK reaches these machines, so what this proves
# is exactly:
# - all of Harbour's Rust and every Rust dependency type- and borrow-check for the Android target
#   with the mobile platform (Dioxus's webview shell, jni, ndk), code behind
#   cfg(target_os = "android") included;
# - the C inside dependencies (the bundled SQLite, ring) compiles for aarch64 with Debian's clang,
#   against glibc's aarch64 headers (libc6-dev-arm64-cross) standing in for Android's bionic.
# It does not link, package or run anything: `dx bundle --platform android` with an NDK would.
# The release check trusts the development pack key, as every build here does.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --android
export HARBOUR_ALLOW_DEV_KEY=1
export CC_aarch64_linux_android=clang
export AR_aarch64_linux_android=llvm-ar
export CFLAGS_aarch64_linux_android="--target=aarch64-linux-android -isystem /usr/aarch64-linux-gnu/include"
# Its own target folder: another target's artifacts never mix with the native or web builds'.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-target}/android"
for profile in --profile=dev --release; do
  cargo check --locked "$profile" --target aarch64-linux-android --features mobile --lib --bin harbour
done
