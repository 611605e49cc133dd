// Board thumbnails as small raster pictures (issue #20): a board drawn once from its frames into a <canvas> of the
// thumbnail's size in device pixels — shapes and photos as they are, each line of text a bar of its colour — so the
// outline, the overview and the arrangement candidates hold a few kB of pixels each instead of a copy of the board's
// SVG (and every photo of every board decoded at the canvas's size). Photos are the 160 px previews.
// Owns the drawing of thumbnails; it must not decide their size or where they are shown (BoardThumb.svelte does).
import type { BoardFrame, Item } from "./frames";
import { css, previewUrl, runBar } from "./frames";

/** What a thumbnail draws with: a 2D context's few calls (a real one, or a recorder in tests). */
export type Pen = Pick<
  CanvasRenderingContext2D,
  "setTransform" | "fillRect" | "beginPath" | "moveTo" | "lineTo" | "bezierCurveTo" | "closePath" | "fill" | "stroke" |
  "drawImage" | "save" | "restore" | "rect" | "clip"
> & { fillStyle: unknown; strokeStyle: unknown; lineWidth: number; globalAlpha: number };

/** Each text line as a bar: from the run's origin to the end of its last glyph, about the height of its letters. */
export function textBars(board: BoardFrame): { x: number; y: number; w: number; h: number; color: string }[] {
  return board.items.flatMap((i) => (i.type === "text" ? i.runs.map((r) => ({ ...runBar(r), color: css(r.color) })) : []));
}

type Picture = { naturalWidth: number; naturalHeight: number };

/** Draws `board` at `scale` device pixels a millimetre, with the photos `pictures` holds (by hash; a photo missing
 *  there is a grey box). */
export function drawThumb(pen: Pen, board: BoardFrame, scale: number, pictures: Map<string, Picture | null>): void {
  pen.setTransform(scale, 0, 0, scale, 0, 0);
  pen.globalAlpha = 1;
  pen.fillStyle = css(board.background);
  pen.fillRect(0, 0, board.width, board.height);
  for (const item of board.items) drawItem(pen, item, pictures);
  pen.globalAlpha = 0.55;
  for (const b of textBars(board)) {
    pen.fillStyle = b.color;
    pen.fillRect(b.x, b.y, b.w, b.h);
  }
  pen.globalAlpha = 1;
}

function drawItem(pen: Pen, item: Item, pictures: Map<string, Picture | null>): void {
  if (item.type === "rect") {
    if (!item.fill) return;
    pen.fillStyle = css(item.fill);
    pen.fillRect(item.rect.x, item.rect.y, item.rect.w, item.rect.h);
  } else if (item.type === "path") {
    pen.beginPath();
    for (const o of item.ops) {
      if (o.op === "move_to") pen.moveTo(o.x, o.y);
      else if (o.op === "line_to") pen.lineTo(o.x, o.y);
      else if (o.op === "cubic_to") pen.bezierCurveTo(o.x1, o.y1, o.x2, o.y2, o.x, o.y);
      else pen.closePath();
    }
    if (item.fill) {
      pen.fillStyle = css(item.fill);
      pen.fill();
    }
    if (item.stroke) {
      pen.strokeStyle = css(item.stroke.color);
      pen.lineWidth = item.stroke.width;
      pen.stroke();
    }
  } else if (item.type === "image") {
    const { rect, crop } = item;
    pen.fillStyle = "#c9ced6";
    pen.fillRect(rect.x, rect.y, rect.w, rect.h);
    const pic = pictures.get(item.photo);
    if (!pic || !pic.naturalWidth) return;
    // The crop is in the photo's own pixels; the preview is smaller by the same factor both ways.
    const k = pic.naturalWidth / item.pixel_width;
    pen.save();
    pen.beginPath();
    pen.rect(rect.x, rect.y, rect.w, rect.h);
    pen.clip();
    const sx = rect.w / crop.w;
    const sy = rect.h / crop.h;
    // The whole preview placed so that the crop fills the rect (as the SVG's viewBox does), clipped to the rect.
    pen.drawImage(pic as CanvasImageSource, rect.x - crop.x * sx, rect.y - crop.y * sy, (pic.naturalWidth / k) * sx,
      (pic.naturalHeight / k) * sy);
    pen.restore();
  }
}

/** The photos a board shows. */
export function photosOf(board: BoardFrame): string[] {
  return [...new Set(board.items.flatMap((i) => (i.type === "image" ? [i.photo] : [])))];
}

/** Loads the small previews of `hashes` (failures: null); the elements are not kept once drawn. */
export async function loadPictures(hashes: string[]): Promise<Map<string, HTMLImageElement | null>> {
  const out = new Map<string, HTMLImageElement | null>();
  await Promise.all(
    hashes.map(async (hash) => {
      const img = new Image();
      img.decoding = "async";
      img.src = previewUrl(hash, 160);
      try {
        await img.decode();
        out.set(hash, img);
      } catch {
        out.set(hash, null);
      }
    }),
  );
  return out;
}
