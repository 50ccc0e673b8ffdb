#!/usr/bin/env bash
# Draws the picture shown the moment AsyncLab is started, before Java and JavaFX are up (about 0.1 s against the
# window's 2 s): the icon's four tasks that start together and end apart, and the app's name. No words but the
# name, so one picture serves both languages. Run it once after changing the drawing, and commit what it writes:
#   splash.png (560 x 240) and splash@2x.png (the same at twice the pixels, which the JVM takes on a scaled display).
# Needs ImageMagick 6 or 7 (Debian/Ubuntu: sudo apt-get install imagemagick) and the DejaVu fonts.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
im=convert
command -v magick >/dev/null && im=magick
font=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf

# Drawn at twice the size, then halved: the small picture's edges smoothed as the large one's.
bar() { # lane end colour: one task's bar, lanes counted from 0 at the top, as on the icon
  local y=$((112 + $1 * 68))
  echo "fill $3 roundrectangle 96,$y $2,$((y + 44)) 14,14"
}
$im -size 1120x480 gradient:'#34378f-#191a47' \
  -fill '#ffffff22' -draw 'rectangle 86,100 88,384' \
  -draw "$(bar 0 372 '#4fd1c5')" -draw "$(bar 1 276 '#f6ad55')" \
  -draw "$(bar 2 326 '#fc8181')" -draw "$(bar 3 222 '#90cdf4')" \
  -fill '#ffffffcc' -draw 'roundrectangle 392,100 400,384 4,4' \
  -font "$font" -pointsize 112 -fill white -gravity west -annotate +452+0 'AsyncLab' \
  PNG24:splash@2x.png
$im splash@2x.png -filter Lanczos -resize 50% PNG24:splash.png
ls -l splash.png splash@2x.png
