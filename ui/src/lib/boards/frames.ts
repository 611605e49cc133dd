// The frames contract (src-tauri/crates/frames), the layout summary and the preflight report as the shell sends them
// — types generated from the Rust types by ts-rs (../bindings, on `cargo test`) — and the helpers the canvas draws
// them with. Millimetres in trim space (origin top-left, y down); font sizes in points.
import type { Color } from "../bindings/Color";
import type { FontFace } from "../bindings/FontFace";
import type { Item } from "../bindings/Item";
import type { PathOp } from "../bindings/PathOp";
import type { TextRun } from "../bindings/TextRun";

export type { BoardFrame } from "../bindings/BoardFrame";
export type { BoardSummary } from "../bindings/BoardSummary";
export type { Color } from "../bindings/Color";
export type { FontFace } from "../bindings/FontFace";
export type { Finding } from "../bindings/Finding";
export type { Frames } from "../bindings/Frames";
export type { Item } from "../bindings/Item";
export type { PathOp } from "../bindings/PathOp";
export type { Rect } from "../bindings/Rect";
export type { PreflightReport } from "../bindings/PreflightReport";
export type { RemovedGroup } from "../bindings/RemovedGroup";
export type { Severity } from "../bindings/Severity";
export type { Source } from "../bindings/Source";
export type { Summary } from "../bindings/Summary";
export type { TextRun } from "../bindings/TextRun";

/** The text a text item draws (its lines joined), as the inspector edits it. */
export function itemText(i: Item): string {
  return i.type === "text" ? i.runs.map((r) => r.glyphs.map((g) => g.text).join("")).join("") : "";
}

export const MM_PER_PT = 25.4 / 72;

export function css(c: Color | null | undefined): string {
  if (!c) return "none";
  const a = c.a ?? 1;
  return a >= 1 ? `rgb(${c.r},${c.g},${c.b})` : `rgba(${c.r},${c.g},${c.b},${a})`;
}

/** SVG path data for a frames path. */
export function pathData(ops: PathOp[]): string {
  return ops
    .map((o) => {
      switch (o.op) {
        case "move_to": return `M${o.x} ${o.y}`;
        case "line_to": return `L${o.x} ${o.y}`;
        case "cubic_to": return `C${o.x1} ${o.y1} ${o.x2} ${o.y2} ${o.x} ${o.y}`;
        case "close": return "Z";
      }
    })
    .join("");
}

/** Where a run's text is, as a bar (mm): from the run's origin to the end of its last glyph, about the height of its
 *  letters — thumbnails draw text so, and the canvas until the run's glyph outlines arrive. */
export function runBar(run: TextRun): { x: number; y: number; w: number; h: number } {
  const last = run.glyphs[run.glyphs.length - 1];
  const em = run.size_pt * MM_PER_PT;
  return { x: run.origin.x, y: run.origin.y - em * 0.8, w: last ? last.x + last.advance : 0, h: em * 0.75 };
}

/** How a run is drawn with glyph outlines in font units (y up): the scale `s` (em in mm / units per em, used as
 *  `scale(s -s)` after a translation to the run's origin), each glyph's x in font units, and the run's text. */
export function glyphScale(run: TextRun, upem: number): { s: number; xs: number[]; text: string } {
  const s = Number(((run.size_pt * MM_PER_PT) / upem).toPrecision(6));
  return {
    s,
    xs: run.glyphs.map((g) => Math.round((g.x / s) * 10) / 10),
    text: run.glyphs.map((g) => g.text).join(""),
  };
}

/** The sizes of upright previews the shell's zb: protocol serves (long edge, px): the stored thumbnails (160, 512) and
 *  a sharp one made from the original (2048). */
export const PREVIEW_SIZES = [160, 512, 2048] as const;

/** The preview for a photo shown `px` device pixels long: what it needs and no more (issue #20: a decoded 2048 px
 *  preview is 12 MB, a 512 px one 0.8 MB, a 160 px one 0.1 MB). The 512 px one stands in up to 1.5× its size (the
 *  2048 px one is made from the original, which takes a while). */
export function previewSize(px: number): number {
  if (px <= 160 * 1.1) return 160;
  return px <= 512 * 1.5 ? 512 : 2048;
}

/** The upright preview of a photo shown `px` device pixels long (512 px by default), served by the shell's zb:
 *  protocol (Windows' webview reaches custom protocols as http://<scheme>.localhost). */
export function previewUrl(hash: string, px = 512): string {
  const windows = typeof navigator !== "undefined" && navigator.userAgent.includes("Windows");
  const size = previewSize(px);
  const tail = size <= 160 ? "/small" : size >= 2048 ? "/large" : "";
  return `${windows ? "http://zb.localhost/" : "zb://localhost/"}photo/${hash}${tail}`;
}
