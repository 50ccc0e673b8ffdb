#!/usr/bin/env bash
# Draws AsyncLab's icon with ImageMagick: four tasks that start together and end apart, as on the app's
# Gantt chart, on a dark rounded square. Run it once after changing the drawing, and commit what it writes:
#   asynclab.png (512 px: Linux, and the source of the others), asynclab.ico (Windows, 16-256 px),
#   asynclab.icns (macOS, PNG entries 16-1024 px).
# Needs ImageMagick 6 or 7 (Debian/Ubuntu: sudo apt-get install imagemagick).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
im=convert
command -v magick >/dev/null && im=magick
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Drawn at 1024 px: the rounded square leaves a margin, as desktop icons do.
bar() { # lane end colour: one task's bar, lanes counted from 0 at the top
  local y=$((276 + $1 * 140))
  echo "fill $3 roundrectangle 232,$y $2,$((y + 92)) 30,30"
}
$im -size 1024x1024 xc:none \
  \( -size 880x880 gradient:'#34378f-#191a47' \
     \( -size 880x880 xc:none -fill white -draw 'roundrectangle 0,0 879,879 190,190' \) \
     -compose DstIn -composite \) -geometry +72+72 -compose Over -composite \
  -fill '#ffffff22' -draw 'rectangle 212,236 216,836' \
  -draw "$(bar 0 792 '#4fd1c5')" -draw "$(bar 1 596 '#f6ad55')" \
  -draw "$(bar 2 700 '#fc8181')" -draw "$(bar 3 488 '#90cdf4')" \
  -fill '#ffffffcc' -draw 'roundrectangle 812,236 828,836 8,8' \
  "$tmp/icon-1024.png"

for s in 16 32 48 64 128 256 512; do
  $im "$tmp/icon-1024.png" -filter Lanczos -resize "${s}x${s}" "PNG32:$tmp/icon-$s.png"
done
cp "$tmp/icon-512.png" asynclab.png
$im "$tmp"/icon-{16,32,48,64,128,256}.png asynclab.ico

# ICNS: 'icns', its length, then entries of a 4-letter type, the entry's length and a PNG (macOS 10.7+).
be32() { printf "\\x$(printf %02x $(($1 >> 24 & 255)))\\x$(printf %02x $(($1 >> 16 & 255)))"; printf "\\x$(printf %02x $(($1 >> 8 & 255)))\\x$(printf %02x $(($1 & 255)))"; }
entries=$tmp/entries
: >"$entries"
for pair in icp4:16 icp5:32 icp6:64 ic07:128 ic08:256 ic09:512 ic10:1024; do
  file=$tmp/icon-${pair#*:}.png
  printf '%s' "${pair%:*}" >>"$entries"
  be32 $(($(wc -c <"$file") + 8)) >>"$entries"
  cat "$file" >>"$entries"
done
{ printf icns; be32 $(($(wc -c <"$entries") + 8)); cat "$entries"; } >asynclab.icns
ls -l asynclab.png asynclab.ico asynclab.icns
