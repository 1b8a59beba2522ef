#!/usr/bin/env bash
# Draws the sample pictures (draw.mjs) and turns each SVG into the committed 1600 px JPEG (quality 80, progressive).
# Needs node, rsvg-convert (Debian: librsvg2-bin), pngtopnm (netpbm) and cjpeg (libjpeg-turbo-progs).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
target="$here/../../src/Byline/Transfer/Sample/pictures"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
node "$here/draw.mjs" "$work" "$@"
mkdir -p "$target"
for svg in "$work"/*.svg; do
  name="$(basename "$svg" .svg)"
  rsvg-convert --width 1600 --background-color '#ffffff' "$svg" -o "$work/$name.png"
  pngtopnm "$work/$name.png" | cjpeg -quality 80 -optimize -progressive -sample 2x2 > "$target/$name.jpg"
done
du -ch "$target"/*.jpg | tail -1
