#!/usr/bin/env bash
# Draws the sample pictures (draw.mjs) and turns each SVG into the committed 1600 px JPEG (quality 80, progressive).
# Needs node, rsvg-convert (Debian: librsvg2-bin), pngtopnm (netpbm), cjpeg (libjpeg-turbo-progs) and cwebp (webp).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
target="$here/../../src/Byline/Transfer/Sample/pictures"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
node "$here/draw.mjs" "$work" "$@"
mkdir -p "$target/webp"
for svg in "$work"/*.svg; do
  name="$(basename "$svg" .svg)"
  rsvg-convert --width 1600 --background-color '#ffffff' "$svg" -o "$work/$name.png"
  pngtopnm "$work/$name.png" | cjpeg -quality 80 -optimize -progressive -sample 2x2 > "$target/$name.jpg"
  # The WebP variants browsers load, made here once: ImageSharp's WebP encoder is slow, its JPEG encoder is not, so the
  # site makes only the JPEG variants from the original when first asked for (Transfer/Sample/SamplePictureStore).
  for width in 320 640 720 960 1280; do
    cwebp -quiet -q 78 -metadata none -resize "$width" 0 "$work/$name.png" -o "$target/webp/$name-$width.webp"
  done
done
du -ch "$target"/*.jpg | tail -1
