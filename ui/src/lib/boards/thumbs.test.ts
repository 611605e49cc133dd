// Board thumbnails as small raster pictures (issue #20): the component is one <canvas> at the thumbnail's size (no
// SVG copy of the board, no photo at the canvas's size), drawn from the frames — shapes, photos cropped as on the
// board from their 160 px previews, text as bars; and the canvas asks for photo previews at the size shown.
import { describe, expect, it, vi } from "vitest";
import { render } from "@testing-library/svelte";
import type { BoardFrame, Item } from "./frames";
import { previewSize, previewUrl } from "./frames";
import { previewPx } from "./canvas";
import { drawThumb, photosOf, textBars, type Pen } from "./thumbs";
import BoardThumb from "./BoardThumb.svelte";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn(() => Promise.reject(new Error("no shell in tests"))) }));

const photo = {
  id: "p", source: { kind: "photo", hash: "h1" }, type: "image", photo: "h1", rect: { x: 100, y: 50, w: 200, h: 100 },
  crop: { x: 500, y: 0, w: 1000, h: 500 }, orientation: 1, pixel_width: 2000, pixel_height: 1000,
} as unknown as Item;
const band = { id: "r", source: { kind: "theme" }, type: "rect", rect: { x: 0, y: 0, w: 1200, h: 40 }, radius: 0,
  fill: { r: 200, g: 0, b: 0, a: 1 }, stroke: null } as unknown as Item;
const line = {
  id: "t", source: { kind: "block", writeup: 1, block: 0 }, type: "text", role: "body", rect: { x: 100, y: 200, w: 300, h: 40 },
  min_size_pt: 20, runs: [{ font: 0, size_pt: 72, color: { r: 0, g: 0, b: 0, a: 1 }, origin: { x: 100, y: 240 },
    glyphs: [{ id: 1, x: 0, advance: 25.4, text: "展" }, { id: 2, x: 25.4, advance: 25.4, text: "板" }] }],
} as unknown as Item;
const board = {
  id: "b1", number: 1, name: "一", width: 1200, height: 900, bleed: 3, safe: 20, background: { r: 255, g: 255, b: 255, a: 1 },
  fonts: [], items: [band, photo, line],
} as unknown as BoardFrame;

/** A pen that records its calls. */
function recorder() {
  const calls: [string, ...unknown[]][] = [];
  const pen = new Proxy({ fillStyle: "", strokeStyle: "", lineWidth: 1, globalAlpha: 1 } as Record<string, unknown>, {
    get: (o, k: string) => (k in o ? o[k] : (...args: unknown[]) => void calls.push([k, ...args])),
    set: (o, k: string, v) => {
      o[k] = v;
      if (k === "fillStyle") calls.push(["fillStyle", v]);
      return true;
    },
  }) as unknown as Pen;
  return { pen, calls };
}

describe("board thumbnails", () => {
  it("draw the board from its frames: background, shapes, the photo cropped as on the board, text lines as bars", () => {
    const { pen, calls } = recorder();
    const picture = { naturalWidth: 160, naturalHeight: 80 };
    drawThumb(pen, board, 0.05, new Map([["h1", picture]]));
    expect(calls[0]).toEqual(["setTransform", 0.05, 0, 0, 0.05, 0, 0]);
    expect(calls).toContainEqual(["fillRect", 0, 0, 1200, 900]);
    expect(calls).toContainEqual(["fillRect", 0, 0, 1200, 40]);
    // The crop (500,0 1000×500 of a 2000×1000 photo) fills the 200×100 mm rect: the whole photo is 400×200 mm,
    // placed 100 mm left of the rect, and clipped to it.
    const draw = calls.find((c) => c[0] === "drawImage");
    expect(draw).toEqual(["drawImage", picture, 0, 50, 400, 200]);
    expect(calls).toContainEqual(["rect", 100, 50, 200, 100]);
    const bar = textBars(board)[0];
    expect(bar).toMatchObject({ x: 100, w: 50.8, color: "rgb(0,0,0)" });
    expect(calls.at(-1)).toEqual(["fillRect", bar.x, bar.y, bar.w, bar.h]);
    expect(photosOf(board)).toEqual(["h1"]);
  });

  it("leave a grey box where a photo's preview did not load", () => {
    const { pen, calls } = recorder();
    drawThumb(pen, board, 0.05, new Map([["h1", null]]));
    expect(calls.some((c) => c[0] === "drawImage")).toBe(false);
    expect(calls).toContainEqual(["fillRect", 100, 50, 200, 100]);
  });

  it("are one small canvas each, not a copy of the board's SVG", () => {
    const { container } = render(BoardThumb, { board, width: 44, height: 40 });
    const canvas = container.querySelector("canvas.board-thumb") as HTMLCanvasElement;
    expect(canvas).not.toBeNull();
    expect(canvas.style.width).toBe("44px");
    expect(canvas.style.height).toBe("33px");
    expect(canvas.dataset.thumb).toBe("b1");
    expect(container.querySelector("svg, image, img")).toBeNull();
  });
});

describe("photo previews at the size shown", () => {
  it("asks for the 160 px preview for small photos, 512 px up to 1.5× that, else the 2048 px one", () => {
    expect(previewSize(60)).toBe(160);
    expect(previewSize(176)).toBe(160);
    expect(previewSize(300)).toBe(512);
    expect(previewSize(768)).toBe(512);
    expect(previewSize(1200)).toBe(2048);
    expect(previewUrl("abc", 100)).toBe("zb://localhost/photo/abc/small");
    expect(previewUrl("abc")).toBe("zb://localhost/photo/abc");
    expect(previewUrl("abc", 3000)).toBe("zb://localhost/photo/abc/large");
  });

  it("on the canvas: the whole photo's shown size in device pixels, never under 512 px", () => {
    const img = photo as Extract<Item, { type: "image" }>;
    // The crop (1000 px) fills 200 mm: the 2000 px photo spans 400 mm; at 0.5 px/mm that is 200 px → 512.
    expect(previewPx(img, 0.5)).toBe(512);
    expect(previewPx(img, 1.5)).toBe(600);
    expect(previewUrl("abc", previewPx(img, 2, 2))).toBe("zb://localhost/photo/abc/large"); // 1600 device px
  });
});
