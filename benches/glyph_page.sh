#!/usr/bin/env bash
# Issue #20: what the board canvas's way of drawing text costs WebKitGTK's web process, apart from the app. Writes
# three pages of the same board text — 3000 glyphs of the corpus articles in Noto Serif CJK SC, 100 runs of 30 —
# drawn (a) as the canvas drew it until 2026-12-07, a hidden sprite of each glyph's outline and a <use> per glyph,
# (b) as it draws it now, each run one <path> of its glyphs' outlines (the same relative form as
# ui/src/lib/boards/glyphs.svelte.ts's `outline`), (c) the empty board; opens each in WebKitGTK's MiniBrowser under
# Xvfb without compositing (as the app runs) and prints the web process's PSS after 14 s, pages alternated.
# Needs fontTools (pip install fonttools), Xvfb, the Noto CJK fonts and WebKitGTK's MiniBrowser.
# Usage: bash benches/glyph_page.sh [rounds]   (figures to read, not assertions)
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
python3 - "$out" <<'PY'
import re, sys
sys.path.insert(0, "benches")
from glyph_outline import path, r
out = sys.argv[1]
def moved(d, dx):  # the glyph's outline at x + dx: first point absolute, the rest relative
    out, cx, cy, sx, sy, first = "", 0, 0, 0, 0, True
    for c, a in re.findall(r"([MLQCZ])([^MLQCZ]*)", d):
        if c == "Z": out += "z"; cx, cy = sx, sy; continue
        n = [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?", a)]
        if first: out += f"M{r(n[0] + dx)} {r(n[1])}"; first = False
        else: out += c.lower() + " ".join(r(v - (cy if i % 2 else cx)) for i, v in enumerate(n))
        cx, cy = n[-2], n[-1]
        if c == "M": sx, sy = cx, cy
    return out
text = "".join(open(f"../shared/corpus/{f}").read() for f in
               ["qingdao-model-organs-2023.txt", "changdao-review-2024.txt", "qingdao-party-leads-2021.txt"])
text = re.sub(r"\s+", "", text)[:3000]
runs = [text[i:i + 30] for i in range(0, len(text), 30)]
uniq = sorted(set(text)); ids = {ch: i for i, ch in enumerate(uniq)}; paths = {ch: path(ch) for ch in uniq}
s = 11 * 25.4 / 72 / 1000  # 11 pt, 1000 units an em
head = '<!doctype html><meta charset="utf-8"><body style="margin:0"><svg viewBox="0 0 1200 900" width="1300">'
def at(k): return f'transform="translate(40 {20 + k * 8}) scale({s:.6g} {-s:.6g})" fill="rgb(0,0,0)" aria-label="{runs[k]}"'
a = head + "".join(f'<g class="run" {at(k)}>' + "".join(f'<use href="#g-0-{ids[ch]}" x="{i * 1000}"/>'
    for i, ch in enumerate(run) if paths[ch]) + "</g>" for k, run in enumerate(runs))
a += '</svg><svg width="0" height="0" style="position:absolute"><defs>' + "".join(
    f'<path id="g-0-{ids[ch]}" d="{paths[ch]}"/>' for ch in uniq if paths[ch]) + "</defs></svg>"
b = head + "".join(f'<path class="run" {at(k)} d="' + "".join(moved(paths[ch], i * 1000) for i, ch in enumerate(run)
    if paths[ch]) + '"/>' for k, run in enumerate(runs)) + "</svg>"
for name, page in (("a-use", a), ("b-path", b), ("c-empty", head + "</svg>")):
    open(f"{out}/{name}.html", "w").write(page)
print(f"{len(text)} glyphs ({len(uniq)} different) in {len(runs)} runs; page a {len(a) >> 10} kB, b {len(b) >> 10} kB")
PY
exec 3< <(Xvfb -displayfd 1 -screen 0 1400x900x24 -nolisten tcp 2>/dev/null & echo "pid $!"; wait)
read -r _ xvfb <&3
read -r display <&3
for round in $(seq 1 "${1:-2}"); do
  for page in a-use b-path c-empty; do
    DISPLAY=":$display" WEBKIT_DISABLE_COMPOSITING_MODE=1 \
      /usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser "file://$out/$page.html" >/dev/null 2>&1 &
    browser=$!
    sleep 14
    for p in $(pgrep -P "$browser"); do
      [ "$(cat "/proc/$p/comm")" = WebKitWebProces ] || continue
      awk -v page="$page" -v round="$round" '/^Pss:/{p=$2} /^Pss_Anon:/{a=$2}
        END{printf "round %s  %-8s web process PSS %4.0f MB (anonymous %3.0f MB)\n", round, page, p/1024, a/1024}' \
        "/proc/$p/smaps_rollup"
    done
    kill "$browser"
    wait "$browser" 2>/dev/null || true
  done
done
kill "$xvfb"
