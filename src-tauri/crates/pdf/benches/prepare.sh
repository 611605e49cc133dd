#!/bin/sh
# Bench material for `cargo bench -p zhanban-pdf`: 12 real photos from the system's wallpaper folder, resized with
# ImageMagick to about 12 MP (4240×2832) with light Gaussian noise standing in for sensor grain (phone JPEGs carry it;
# upscaled wallpapers alone compress to half the size), JPEG quality 93, so that the board carries ≈ 44 MB of JPEG,
# as in issue 7.
# One photo is stored rotated with EXIF orientation 6 and one (5 MP) converted to Adobe CMYK, as phones and print
# shops do.
# Writes PROVENANCE.tsv (file, source, operation, bytes). Usage: prepare.sh <dir>
set -eu
dir=${1:-/tmp/zhanban-pdf-bench}
mkdir -p "$dir/photos"
src=/usr/share/backgrounds
printf 'file\tsource\toperation\tbytes\n' > "$dir/PROVENANCE.tsv.part"
i=0
for f in Bridge_by_Sander_Klootwijk Dragonfly_by_Bolly Infinite-Sea_by_Aury88 Kleiber_by_Lukas_Baubkus \
         aitzgorri_by_Aitzol_Berasategi life_by_Aitzol_Berasategi picosdeeuropa_by_Aitzol_Berasategi \
         seeding_by_Clements_Engelhardt sunset_by_Aitzol_Berasategi umang_by_Abhishek_Mudgal \
         friends_by_Aitzol_Berasategi Wine_by_Jakkub_Mede; do
  i=$((i + 1))
  out=$(printf '%s/photos/%02d.jpg' "$dir" "$i")
  op="convert -resize 4240x2832^ -gravity center -extent 4240x2832 -attenuate 0.2 +noise Gaussian -quality 93"
  case $i in
    5) nice convert "$src/$f.jpg" -resize '4240x2832^' -gravity center -extent 4240x2832 -attenuate 0.2 +noise Gaussian -rotate 270 -quality 93 "$out"
       exiftool -q -overwrite_original -n -Orientation=6 "$out"
       op="$op; -rotate 270; exiftool -Orientation=6" ;;
    9) nice convert "$src/$f.jpg" -resize '2832x1888^' -gravity center -extent 2832x1888 -attenuate 0.2 +noise Gaussian -colorspace CMYK -quality 93 "$out"
       op="convert -resize 2832x1888^ (5 MP: CMYK JPEGs carry 4 full channels) -colorspace CMYK (Adobe)" ;;
    *) nice convert "$src/$f.jpg" -resize '4240x2832^' -gravity center -extent 4240x2832 -attenuate 0.2 +noise Gaussian -quality 93 "$out" ;;
  esac
  printf '%s\t%s\t%s\t%s\n' "$(basename "$out")" "$src/$f.jpg" "$op" "$(stat -c %s "$out")" >> "$dir/PROVENANCE.tsv.part"
done
mv "$dir/PROVENANCE.tsv.part" "$dir/PROVENANCE.tsv"
