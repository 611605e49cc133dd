// A text item of the shown board painted once into its own <canvas> layer (issue #20): the glyph outlines the engine
// shaped, at their frames' positions and colours (as the run paths drew them, synthetic bold stroked at 1/30 em),
// rasterised at the shown zoom in device pixels. WebKit repaints a layer as a copy of its pixels, where run paths had
// every glyph outline filled again on each frame that touched the board (an edit: ~45 ms of fills). A layer is painted
// again only when its item, its faces or the zoom change; its pixels are freed when it leaves the page, and a board
// whose layers would pass `LAYER_BUDGET` pixels (a high zoom) is drawn with run paths instead.
// Owns the layer's geometry and painting; it must not fetch glyphs (glyphs.svelte.ts) or decide where items go.
import type { Item } from "./frames";
import { css, glyphScale, MM_PER_PT } from "./frames";
import type { GlyphFont, Outline } from "./glyphs.svelte";

type Text = Extract<Item, { type: "text" }>;

/** Device pixels the shown board's text layers may take together (4 bytes each: 32 MB); past it, run paths. */
export const LAYER_BUDGET = 8_000_000;

/** Where a text item's layer sits: its top-left on the board (mm, on a CSS pixel of the shown board), its size in
 *  CSS pixels, and its canvas's size in device pixels. */
export interface LayerBox {
  x: number;
  y: number;
  w: number;
  h: number;
  px: number;
  py: number;
}

/** The box of an item's runs at `k` CSS pixels a millimetre and `dpr` device pixels a CSS pixel: each run's line
 *  from 1.2 em above the baseline to 0.5 em below and 0.3 em to either side (glyph outlines keep inside their em
 *  box, a bold stroke adds 1/60 em). */
export function layerBox(item: Text, k: number, dpr = 1): LayerBox | null {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const r of item.runs) {
    if (!r.glyphs.length) continue;
    const em = r.size_pt * MM_PER_PT;
    const first = r.glyphs[0];
    const last = r.glyphs[r.glyphs.length - 1];
    x0 = Math.min(x0, r.origin.x + Math.min(0, first.x) - 0.3 * em);
    x1 = Math.max(x1, r.origin.x + last.x + last.advance + 0.3 * em);
    y0 = Math.min(y0, r.origin.y - 1.2 * em);
    y1 = Math.max(y1, r.origin.y + 0.5 * em);
  }
  if (!(x1 > x0 && y1 > y0 && k > 0)) return null;
  const [cx, cy] = [Math.floor(x0 * k), Math.floor(y0 * k)];
  const [w, h] = [Math.ceil(x1 * k) - cx, Math.ceil(y1 * k) - cy];
  return { x: cx / k, y: cy / k, w, h, px: Math.ceil(w * dpr), py: Math.ceil(h * dpr) };
}

/** The shape a layer paints with: a 2D context's few calls (a real one, or a recorder in tests). */
export type Pen = Pick<CanvasRenderingContext2D, "setTransform" | "clearRect" | "fill" | "stroke"> & {
  fillStyle: unknown;
  strokeStyle: unknown;
  lineWidth: number;
  miterLimit: number;
};

/** Each glyph outline parsed once into a Path2D (kept while the outline is). */
const shapes = new WeakMap<Outline, Path2D>();
function shape(o: Outline): Path2D {
  let p = shapes.get(o);
  if (!p) shapes.set(o, (p = new Path2D(`M${o[0]}${o[1]}`)));
  return p;
}

/** Paints `item`'s runs into `pen` (a canvas of `box`'s pixels, `k` device pixels a millimetre) with each run's face
 *  (`fonts`, every glyph loaded; `bold`: synthetic bold) — the transform of the run paths: the run's origin,
 *  scale(s, −s), each glyph at its x in font units. */
export function paintText(pen: Pen, item: Text, fonts: GlyphFont[], bold: boolean[], k: number, box: LayerBox): void {
  pen.setTransform(1, 0, 0, 1, 0, 0);
  pen.clearRect(0, 0, box.px, box.py);
  pen.miterLimit = 4; // SVG's, for the synthetic bold stroke
  item.runs.forEach((run, r) => {
    const font = fonts[r];
    const { s, xs } = glyphScale(run, font.upem);
    const colour = css(run.color);
    pen.fillStyle = colour;
    if (bold[r]) {
      pen.strokeStyle = colour;
      pen.lineWidth = font.upem / 30;
    }
    const ox = k * (run.origin.x - box.x);
    const oy = k * (run.origin.y - box.y);
    run.glyphs.forEach((g, i) => {
      const o = font.paths.get(g.id);
      if (!o) return;
      pen.setTransform(k * s, 0, 0, -k * s, ox + k * s * xs[i], oy);
      const p = shape(o);
      pen.fill(p);
      if (bold[r]) pen.stroke(p);
    });
  });
}

/** What a layer is painted from. */
export interface LayerParams {
  item: Text;
  fonts: GlyphFont[];
  bold: boolean[];
  /** Device pixels a millimetre. */
  k: number;
  box: LayerBox;
}

/** Layers painted so far (tests: a layer is painted again only when its item, faces or zoom change). */
export const layerStats = { painted: 0 };

/** A Svelte action on a layer's <canvas>: paints it, again only when the item, its faces or the zoom change, and
 *  frees its pixels when it leaves (not when the garbage collector comes by). */
export function textLayer(canvas: HTMLCanvasElement, params: LayerParams) {
  let last: LayerParams | null = null;
  const paint = (p: LayerParams) => {
    if (last && last.item === p.item && last.k === p.k && same(last.fonts, p.fonts) && same(last.bold, p.bold)) return;
    last = p;
    if (canvas.width !== p.box.px) canvas.width = p.box.px;
    if (canvas.height !== p.box.py) canvas.height = p.box.py;
    const pen = canvas.getContext("2d");
    if (pen) paintText(pen, p.item, p.fonts, p.bold, p.k, p.box);
    layerStats.painted += 1;
  };
  paint(params);
  return {
    update: paint,
    destroy() {
      canvas.width = 0;
      canvas.height = 0;
    },
  };
}

const same = <T>(a: T[], b: T[]) => a.length === b.length && a.every((x, i) => x === b[i]);
