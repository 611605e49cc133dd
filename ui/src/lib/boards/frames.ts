// The frames contract (src-tauri/crates/frames) and the layout summary (crates/layout/src/summary.rs) as the
// shell sends them: TypeScript mirrors of the Rust types, kept by hand because ts-rs does not reach into engine
// crates. Millimetres in trim space (origin top-left, y down); font sizes in points.

export interface Rect { x: number; y: number; w: number; h: number }
export interface Point { x: number; y: number }
/** Opacity `a` is left out when the colour is opaque. */
export interface Color { r: number; g: number; b: number; a?: number }
export interface FontFace { family: string; path: string; index: number; synthetic_bold: boolean }
export interface Glyph { id: number; x: number; advance: number; text: string }
export interface TextRun { font: number; size_pt: number; color: Color; origin: Point; glyphs: Glyph[] }
export type TextRole =
  | "exhibition_title" | "board_title" | "organiser" | "heading1" | "heading2" | "body" | "caption"
  | "key_figure" | "key_figure_label" | "footer";
export interface Stroke { color: Color; width: number }
export type PathOp =
  | { op: "move_to"; x: number; y: number }
  | { op: "line_to"; x: number; y: number }
  | { op: "cubic_to"; x1: number; y1: number; x2: number; y2: number; x: number; y: number }
  | { op: "close" };
export type Source =
  | { kind: "theme" }
  | { kind: "block"; writeup: number; block: number }
  | { kind: "photo"; hash: string }
  | { kind: "caption"; hash: string }
  | { kind: "exhibition"; field: string };
interface ItemBase { id: string; source: Source }
export type Item = ItemBase & (
  | { type: "rect"; rect: Rect; fill: Color | null; stroke: Stroke | null; radius: number }
  | { type: "path"; ops: PathOp[]; fill: Color | null; stroke: Stroke | null }
  | { type: "image"; photo: string; rect: Rect; crop: Rect; orientation: number; pixel_width: number; pixel_height: number }
  | { type: "text"; rect: Rect; role: TextRole; min_size_pt: number; runs: TextRun[] }
);
export interface BoardFrame {
  id: string; number: number; name: string; width: number; height: number; bleed: number; safe: number;
  background: Color; fonts: FontFace[]; items: Item[];
}
export interface Frames { boards: BoardFrame[] }

export interface BoardSummary {
  number: number; id: string; group: string; name: string; width: number; height: number; theme: string;
  paragraphs: number; characters: number; photos: string[]; body_pt: number; coverage: number | null;
  mean_crop: number | null; arrangement: number; arrangements: number;
  /** Share of the board's body covered by content (0–1), and the lowest photo resolution on it (ppi). */
  fill?: number; min_ppi?: number | null;
}
export interface LowResolution {
  board: string; number: number; file_name: string; hash: string; ppi: number; error: boolean; reason: string;
}
export type Unplaced =
  | { kind: "text"; group: string; text: string; reason: string }
  | { kind: "photo"; group: string; file_name: string; hash: string; reason: string }
  | { kind: "figures"; group: string; count: number; reason: string };
export interface OpenSlotSummary { group: string; text: string; reason: string }
export interface Summary {
  boards: BoardSummary[]; unplaced: Unplaced[]; open_slots: OpenSlotSummary[]; notes: string[];
  low_resolution?: LowResolution[];
  /** Groups of boards the user deleted (to restore). */
  removed?: RemovedGroup[];
}
export interface RemovedGroup { key: string; title: string }

export type Severity = "error" | "warning" | "hint";
export interface Finding {
  kind: string; severity: Severity; severity_label: string; board: { id: string; number: number; name: string } | null;
  item: string | null; subject: string | null; photo: string | null; message: string; characters?: string[];
  ppi?: number;
}
export interface PreflightReport { findings: Finding[]; errors: number; warnings: number; hints: number; blocks_export: boolean }

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

/** Per-character x positions (mm) of a run, for an SVG <text x="…"> list: the browser draws each character exactly
 *  where layout put it and never re-flows the line. */
export function glyphXs(run: TextRun): { text: string; xs: string } {
  let text = "";
  const xs: number[] = [];
  for (const g of run.glyphs) {
    const chars = [...g.text];
    chars.forEach((ch, i) => {
      text += ch;
      xs.push(run.origin.x + g.x + (chars.length > 1 ? (g.advance * i) / chars.length : 0));
    });
  }
  return { text, xs: xs.map((x) => x.toFixed(3)).join(" ") };
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

/** The CSS font of a run: the frame's family first, then the platform's Chinese fonts. */
export function fontFamily(face: FontFace | undefined): string {
  const fallback = '"Noto Sans CJK SC", "Microsoft YaHei", sans-serif';
  return face ? `"${face.family}", ${fallback}` : fallback;
}

export function fontWeight(face: FontFace | undefined): number {
  if (!face) return 400;
  return face.synthetic_bold || /bold|black|heavy/i.test(face.family + " " + face.path) ? 700 : 400;
}

/** The upright preview of a photo (512 px, or 2048 px when `large`: the canvas zoomed in), served by the shell's zb: protocol (Windows' webview reaches custom protocols
 *  as http://<scheme>.localhost). */
export function previewUrl(hash: string, large = false): string {
  const windows = typeof navigator !== "undefined" && navigator.userAgent.includes("Windows");
  return `${windows ? "http://zb.localhost/" : "zb://localhost/"}photo/${hash}${large ? "/large" : ""}`;
}
