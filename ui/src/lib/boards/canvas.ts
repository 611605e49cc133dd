// The geometry of editing on the canvas, as plain functions (tested in canvas.test.ts): which item an arrow key
// goes to, what size a corner drag asks for, which focal point a crop pan sets, where a text editor sits. No state,
// no commands: boards.svelte.ts turns the results into adjustments.
import type { BoardFrame, Item, Rect } from "./frames";

/** Items the user can select on the canvas: photos and every text but the theme's own. */
export function selectable(i: Item): boolean {
  return i.type === "image" || (i.type === "text" && i.source.kind !== "theme");
}

const centre = (r: Rect) => ({ x: r.x + r.w / 2, y: r.y + r.h / 2 });

/** The selectable item nearest to `from` in an arrow key's direction (null when there is none that way). Items
 *  more across than along the direction count less near; with nothing selected, the first item. */
export function neighbour(board: BoardFrame, from: string | null, key: string): string | null {
  const items = board.items.filter(selectable) as (Item & { rect: Rect })[];
  const here = items.find((i) => i.id === from);
  if (!here) return items[0]?.id ?? null;
  const dir = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] }[key];
  if (!dir) return null;
  const c = centre(here.rect);
  let best: string | null = null;
  let bestScore = Infinity;
  for (const i of items) {
    if (i.id === here.id) continue;
    const o = centre(i.rect);
    const along = (o.x - c.x) * dir[0] + (o.y - c.y) * dir[1];
    if (along <= 0.5) continue;
    const across = Math.abs((o.x - c.x) * dir[1] + (o.y - c.y) * dir[0]);
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = i.id;
    }
  }
  return best;
}

/** What a corner drag from `start` to `now` (board mm, the corner opposite the photo's top-left) asks for: the
 *  scale of the photo's diagonal, and the emphasis it maps to (null: too small a change to be one). */
export function resizeIntent(rect: Rect, dx: number, dy: number): { scale: number; emphasis: "larger" | "smaller" | null } {
  const diag = Math.hypot(rect.w, rect.h);
  // The drag along the diagonal decides; the photo keeps its proportions.
  const along = (dx * rect.w + dy * rect.h) / diag;
  const scale = Math.max(0.2, (diag + along) / diag);
  return { scale, emphasis: scale >= 1.12 ? "larger" : scale <= 0.89 ? "smaller" : null };
}

/** A photo's crop moved by a drag of (dx, dy) mm on the board (the picture follows the pointer), kept inside the
 *  photo. */
export function pannedCrop(item: Extract<Item, { type: "image" }>, dx: number, dy: number): Rect {
  const pxPerMm = item.crop.w / item.rect.w;
  const x = Math.min(Math.max(0, item.crop.x - dx * pxPerMm), Math.max(0, item.pixel_width - item.crop.w));
  const y = Math.min(Math.max(0, item.crop.y - dy * pxPerMm), Math.max(0, item.pixel_height - item.crop.h));
  return { ...item.crop, x, y };
}

/** The focal point (0–1 in each axis) that makes layout crop a photo as `crop` shows it: the crop's centre. */
export function focalOf(item: Extract<Item, { type: "image" }>, crop: Rect): { x: number; y: number } {
  const unit = (v: number) => Math.round(Math.min(1, Math.max(0, v)) * 1000) / 1000;
  return { x: unit((crop.x + crop.w / 2) / item.pixel_width), y: unit((crop.y + crop.h / 2) / item.pixel_height) };
}

/** The photos of a group in their order (the order layout places them in: board by board, as drawn). `groupOf`
 *  names the group of a photo on a board (a board may hold a short section and the next one). */
export function groupPhotos(
  boards: BoardFrame[],
  groupOf: (b: BoardFrame, photo: string) => string | undefined,
  group: string,
): string[] {
  return boards.flatMap((b) =>
    b.items.flatMap((i) => (i.type === "image" && i.source.kind === "photo" && groupOf(b, i.photo) === group ? [i.photo] : [])),
  );
}

/** Where an in-place text editor goes over a text block: percentages of the board (so it follows any zoom), and its
 *  font size as a share of the board's width (the caller multiplies by the drawn width in px). */
export function editorBox(board: BoardFrame, item: Extract<Item, { type: "text" }>): {
  left: number; top: number; width: number; height: number; fontShare: number;
} {
  const size = item.runs[0]?.size_pt ?? 12;
  return {
    left: (item.rect.x / board.width) * 100,
    top: (item.rect.y / board.height) * 100,
    width: (item.rect.w / board.width) * 100,
    height: (item.rect.h / board.height) * 100,
    fontShare: ((size * 25.4) / 72 / board.width),
  };
}

/** The zoom at which a whole board fits a viewport of `w`×`h` px (both directions) when drawn `w` px wide at 100%. */
export function fitWhole(board: { width: number; height: number }, w: number, h: number): number {
  if (w <= 0 || h <= 0) return 1;
  const heightAtFull = (w * board.height) / board.width;
  return Math.min(1, h / heightAtFull);
}

/** The canvas never asks for a preview under 512 px: a photo moved to a larger cell (a swap, a resize) would
 *  otherwise load another preview and show grey until it came. */
export const MIN_PREVIEW = 512;

/** The preview size (device pixels, long edge of the whole photo) the canvas asks for an image item drawn at
 *  `pxPerMm` screen pixels a millimetre: what is shown (the crop shows part of the photo), at least MIN_PREVIEW. */
export function previewPx(item: Extract<Item, { type: "image" }>, pxPerMm: number, dpr = 1): number {
  const mmPerPx = Math.max(item.rect.w / item.crop.w, item.rect.h / item.crop.h);
  return Math.max(MIN_PREVIEW, Math.max(item.pixel_width, item.pixel_height) * mmPerPx * pxPerMm * dpr);
}
