# Shared by the glyph benches (glyph_page.sh, text_layer_page.sh): Noto Serif CJK SC's outline of a character as the
# shell's path data (absolute M L Q C Z, tenths of a font unit). Needs fontTools.
from fontTools.ttLib import TTCollection
from fontTools.pens.basePen import BasePen

font = next(f for f in TTCollection("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc").fonts
            if "SC" in f["name"].getDebugName(1))
gs, cmap = font.getGlyphSet(), font.getBestCmap()


def r(v):
    v = round(v * 10) / 10
    return str(int(v)) if v == int(v) else f"{v:.1f}"


class Pen(BasePen):
    def __init__(s, gs): super().__init__(gs); s.d = []
    def _moveTo(s, p): s.d.append("M" + " ".join(map(r, p)))
    def _lineTo(s, p): s.d.append("L" + " ".join(map(r, p)))
    def _curveToOne(s, a, b, c): s.d.append("C" + " ".join(r(v) for pt in (a, b, c) for v in pt))
    def _qCurveToOne(s, a, b): s.d.append("Q" + " ".join(r(v) for pt in (a, b) for v in pt))
    def _closePath(s): s.d.append("Z")


def path(ch):
    if ord(ch) not in cmap: return ""
    p = Pen(gs); gs[cmap[ord(ch)]].draw(p); return "".join(p.d).replace(" -", "-")
