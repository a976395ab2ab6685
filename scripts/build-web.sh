#!/usr/bin/env bash
# Builds the release web app into dist/web without dx: cargo → wasm-bindgen → wasm-opt, then the
# static files and a service worker that precaches every one of them for offline use.
set -euo pipefail
cd "$(dirname "$0")/.."
# Built beside the last good build and moved in place only when whole: a failed step never
# leaves a half-built app for the browser tests (or a server) to use.
final=dist/web
out=dist/web.partial

# The app, then the phone-number rules as a module of their own that only the trusted-adult
# form loads (they weigh as much as the app; see src/bin/harbour-phone.rs), then the QR code
# tools that only the setup screens load (src/bin/harbour-qr.rs).
cargo build --locked --release --target wasm32-unknown-unknown --features web --bin harbour
cargo build --locked --release --target wasm32-unknown-unknown --features web,phone-module --bin harbour-phone
cargo build --locked --release --target wasm32-unknown-unknown --features web,qr-module --bin harbour-qr
rm -rf "$out"
mkdir -p "$out/phone" "$out/qr"
bindgen() { # wasm file, output folder, output name
  wasm-bindgen --target web --no-typescript --out-dir "$2" --out-name "$3" "$1"
  scripts/node_modules/.bin/wasm-opt -Oz \
    --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-reference-types --enable-multivalue --enable-mutable-globals \
    "$2/$3_bg.wasm" -o "$2/$3_bg.wasm"
}
bindgen target/wasm32-unknown-unknown/release/harbour.wasm "$out" harbour
bindgen target/wasm32-unknown-unknown/release/harbour-phone.wasm "$out/phone" harbour_phone
bindgen target/wasm32-unknown-unknown/release/harbour-qr.wasm "$out/qr" harbour_qr
cp assets/boot.js assets/harbour.css assets/manifest.webmanifest \
  assets/discreet.webmanifest assets/away.html assets/away.js assets/away.css "$out/"
cp -r assets/icons "$out/icons"

# Each locale's words, one file per locale, read when the locale is chosen (the wasm embeds
# English, and of the others only what the language picker shows; see build.rs).
mkdir -p "$out/locales"
for dir in locales/*/; do
  code=$(basename "$dir")
  [ "$code" = en ] && continue
  for f in "$dir"*.ftl; do
    cat "$f"; echo
  done > "$out/locales/$code.ftl"
done

# Every module the app's JavaScript imports is preloaded with it, so the browser fetches them
# all at once instead of finding them one import at a time (the app starts sooner).
template=$(mktemp)
preloads=$(mktemp)
grep -o "from '\./snippets/[^']*'" "$out/harbour.js" | sed "s|from '\./\(.*\)'|  <link rel=\"modulepreload\" href=\"/\1\">|" \
  > "$preloads"
sed '/<link rel="modulepreload" href="\/harbour.js">/r '"$preloads" assets/index.html > "$template"

# The first response of every address, in every locale (index.html, numbers.html, first/):
# plain HTML from the app's own components, so help shows before the wasm has loaded.
cargo run --locked --quiet --features prerender --bin harbour-prerender -- "$template" "$out"
rm -f "$template" "$preloads"

# The service worker's version is a hash of everything it caches, so any change updates it.
# It precaches what a young person needs offline; other languages, their first responses, the
# QR module and the installed app's PNG icons (the browser fetches those itself when it
# installs the app) are kept when first used.
# Precached is every other file (English first responses under the addresses that serve them,
# / and /n, as sw.js asks).
json_list() { sed 's|^\.||; s/.*/"&"/' | paste -sd, -; }
later_files=$(cd "$out" && { find ./locales ./qr ./first -type f ! -name discreet.html; find . -name '*.png'; } | sort)
later=$(json_list <<< "$later_files")
precache=$(cd "$out" && find . -type f ! -name sw.js | sort | comm -23 - <(printf '%s\n' "$later_files") \
  | sed 's|^\./index\.html$|./|; s|^\./numbers\.html$|./n|' | json_list)
version=$(cd "$out" && find . -type f ! -name sw.js -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16)
sed -e "s|__VERSION__|$version|" -e "s|__PRECACHE__|[$precache]|" -e "s|__LATER__|[$later]|" \
  assets/sw.js > "$out/sw.js"
rm -rf "$final"
mv "$out" "$final"
echo "built $final (service worker $version)"
