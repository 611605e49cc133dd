#!/usr/bin/env bash
# Issue #20: does a text item's layer (ui/src/lib/boards/textlayer.ts: the glyph outlines painted once into a <canvas>
# in a <foreignObject>, in CSS pixels of the shown board) show the same pixels as the run paths it replaces? One page
# of a line of corpus-like text in Noto Serif CJK SC at 9, 14 and 24 pt, each drawn as SVG glyph paths and, 60 px
# lower (the same sub-pixel phase), as a layer the way the canvas paints it — and, 120 px lower, as a layer whose
# foreignObject is sized in the board's millimetres (WebKit snaps its content to whole units of that space: a blurred
# copy). Opened in WebKitGTK's MiniBrowser under Xvfb without compositing (as the app runs), captured from the X
# server, rows compared with ImageMagick: RMSE and pixels differing by more than 2 %. Needs fontTools, Xvfb,
# ImageMagick, the Noto CJK fonts and WebKitGTK's MiniBrowser. Usage: bash benches/text_layer_page.sh
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
python3 - "$out" <<'PY'
import json, sys
sys.path.insert(0, "benches")
from glyph_outline import path
out = sys.argv[1]
text = "展板工坊在机关党建工作中发挥作用，坚持以人民为中心的发展思想ABCgy123"
data = json.dumps({"text": text, "paths": {ch: path(ch) for ch in set(text)}}, ensure_ascii=False)
js = r'''
const {text, paths} = DATA;
const svg = document.getElementById("s"), NS = "http://www.w3.org/2000/svg";
const k = 1300 / 1200; // CSS px a mm: the board is 1200 mm shown 1300 px wide
const chars = [...text];
function layer(em, s, oy, mm) {
  // textlayer.ts's layerBox and paintText: the em boxes, snapped to CSS pixels; each glyph at its place.
  const x0 = 20.3 - 0.3 * em, y0 = oy - 1.2 * em, x1 = 20.3 + chars.length * em + 0.3 * em, y1 = oy + 0.5 * em;
  const cx = Math.floor(x0 * k), cy = Math.floor(y0 * k), w = Math.ceil(x1 * k) - cx, h = Math.ceil(y1 * k) - cy;
  const bx = cx / k, by = cy / k;
  const fo = document.createElementNS(NS, "foreignObject");
  if (mm) for (const [a, v] of [["x", bx], ["y", by], ["width", w / k], ["height", h / k]]) fo.setAttribute(a, v);
  else { fo.setAttribute("width", w); fo.setAttribute("height", h); fo.setAttribute("transform", `translate(${bx} ${by}) scale(${1 / k})`); }
  const c = document.createElement("canvas");
  c.width = w; c.height = h; c.style.cssText = "display:block;width:100%;height:100%";
  fo.appendChild(c); svg.appendChild(fo);
  const pen = c.getContext("2d");
  pen.fillStyle = "rgb(0,0,0)";
  chars.forEach((ch, i) => { if (!paths[ch]) return; pen.setTransform(k * s, 0, 0, -k * s, k * (20.3 - bx) + k * s * i * 1000, k * (oy - by)); pen.fill(new Path2D(paths[ch])); });
}
[9, 14, 24].forEach((pt, n) => {
  const em = pt * 25.4 / 72, s = em / 1000, y = (30 + 200 * n + 0.37) / k; // a fractional phase
  const g = document.createElementNS(NS, "g");
  g.setAttribute("transform", `translate(20.3 ${y}) scale(${s} ${-s})`);
  chars.forEach((ch, i) => { if (!paths[ch]) return; const e = document.createElementNS(NS, "path"); e.setAttribute("d", paths[ch]); e.setAttribute("transform", `translate(${i * 1000} 0)`); g.appendChild(e); });
  svg.appendChild(g);
  layer(em, s, y + 60 / k, false);
  layer(em, s, y + 120 / k, true);
});
'''
open(f"{out}/page.html", "w").write('<!doctype html><meta charset="utf-8"><body style="margin:0;background:#fff">'
  '<svg id="s" viewBox="0 0 1200 900" width="1300" style="display:block"></svg><script>const DATA=' + data + ";" + js + "</script>")
PY
exec 3< <(Xvfb -displayfd 1 -screen 0 1400x1000x24 -nolisten tcp 2>/dev/null & echo "pid $!"; wait)
read -r _ xvfb <&3
read -r display <&3
DISPLAY=":$display" WEBKIT_DISABLE_COMPOSITING_MODE=1 \
  /usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser "file://$out/page.html" >/dev/null 2>&1 &
browser=$!
sleep 8
DISPLAY=":$display" import -window root "$out/shot.png"
kill "$browser"; wait "$browser" 2>/dev/null || true
kill "$xvfb"
# The first line's ink on the screen (its baseline 30 px below the page's top); each row cropped from 30 px above its
# baseline to 15 px below, the layer's 60 (120) px lower.
top=$(convert "$out/shot.png" -crop 1000x400+0+40 +repage -threshold 60% -negate -trim -format '%Y' info: | tr -d '+')
for n in 0 1 2; do
  pt=$(echo "9 14 24" | cut -d' ' -f$((n + 1)))
  y=$((40 + top - 27 + 200 * n))
  for what in "60 layer" "120 layer-in-mm"; do
    set -- $what
    convert "$out/shot.png" -crop "1000x45+0+$y" +repage "$out/p.png"
    convert "$out/shot.png" -crop "1000x45+0+$((y + $1))" +repage "$out/l.png"
    printf '%2s pt  %-15s vs run paths (%s pixels with ink): RMSE %s, pixels differing > 2 %%: %s\n' "$pt" "$2" \
      "$(convert "$out/p.png" -threshold 90% -negate -format '%[fx:round(mean*w*h)]' info:)" "$(compare -metric RMSE "$out/p.png" "$out/l.png" null: 2>&1)" "$(compare -metric AE -fuzz 2% "$out/p.png" "$out/l.png" null: 2>&1)"
  done
done
