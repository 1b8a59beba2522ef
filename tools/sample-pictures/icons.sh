#!/usr/bin/env bash
# Makes the site's icons from wwwroot/favicon.svg: favicon.ico (16, 32, 48 px), apple-touch-icon.png (180 px, square:
# iOS rounds the corners itself) and byline-logo.png (512 px, the publisher logo of the JSON-LD when no logo is chosen).
# Needs node and rsvg-convert (Debian: librsvg2-bin).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../../src/Byline/wwwroot"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for size in 16 32 48; do rsvg-convert -w $size -h $size "$root/favicon.svg" -o "$work/$size.png"; done
node "$here/icons.mjs" "$root/favicon.ico" "$work/16.png" "$work/32.png" "$work/48.png"
sed 's/rx="12"//' "$root/favicon.svg" > "$work/square.svg"
rsvg-convert -w 180 -h 180 "$work/square.svg" -o "$root/apple-touch-icon.png"
rsvg-convert -w 512 -h 512 "$work/square.svg" -o "$root/byline-logo.png"
