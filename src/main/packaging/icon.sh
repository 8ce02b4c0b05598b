#!/bin/sh
# Draws the Borderwatch icon (a border line with a closed crossing on it, Finland's side light,
# Russia's dark) with ImageMagick and writes every size the program and its installers use:
# the window's icons (src/main/resources/org/borderwatch/ui/icons), the Linux PNG, the Windows
# .ico and (with png2icns from Debian's icnsutils) the macOS .icns. Run from the repository root.
set -eu
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
convert -size 512x512 xc:'#1D3557' \
  -fill '#A8DADC' -stroke none -draw 'polygon 0,0 196,0 236,150 206,232 262,300 228,380 268,512 0,512' \
  -stroke '#F1FAEE' -strokewidth 20 -fill none -draw 'polyline 196,0 236,150 206,232 262,300 228,380 268,512' \
  -stroke '#F1FAEE' -strokewidth 14 -fill '#E63946' -draw 'circle 234,266 234,334' \
  -stroke '#F1FAEE' -strokewidth 18 -draw 'line 210,242 258,290' -draw 'line 258,242 210,290' \
  \( -size 512x512 xc:none -fill white -draw 'roundrectangle 8,8 503,503 96,96' \) -compose DstIn -composite \
  "$tmp/icon512.png"
icons=src/main/resources/org/borderwatch/ui/icons
for s in 16 32 48 64 128 256; do
  convert "$tmp/icon512.png" -resize "${s}x${s}" "$icons/borderwatch-$s.png"
done
cp "$icons/borderwatch-256.png" src/main/packaging/linux/Borderwatch.png
convert "$tmp/icon512.png" -define icon:auto-resize=256,64,48,32,16 src/main/packaging/windows/Borderwatch.ico
png2icns src/main/packaging/macos/Borderwatch.icns "$tmp/icon512.png" "$icons/borderwatch-256.png" \
  "$icons/borderwatch-128.png" "$icons/borderwatch-32.png"
