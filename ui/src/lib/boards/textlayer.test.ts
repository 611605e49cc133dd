// The canvas paints each text item once into a layer at the shown zoom (issue #20: WebKit filled every glyph outline
// of the board on each frame an edit repainted), again only when that item changes, with the run paths' geometry.
import { afterEach, describe, expect, it, vi } from "vitest";
import { render } from "@testing-library/svelte";
import { tick } from "svelte";
import type { BoardFrame, Item } from "./frames";
import BoardCanvas from "./BoardCanvas.svelte";
import { layerBox, layerStats } from "./textlayer";

globalThis.ResizeObserver ??= class { observe() {} unobserve() {} disconnect() {} } as unknown as typeof ResizeObserver;
vi.mock("@tauri-apps/api/core", () => ({
  invoke: vi.fn((_cmd: string, args: { ids: number[] }) =>
    Promise.resolve({ units_per_em: 1000, paths: args.ids.map((id) => [id, `M0 0L${id} 1Z`]) })),
}));

// jsdom has no 2D context or Path2D: each canvas gets a recorder of the calls.
class FakePath {
  constructor(readonly d: string) {}
}
globalThis.Path2D ??= FakePath as unknown as typeof Path2D;
type Call = [string, ...unknown[]];
const pens = new WeakMap<HTMLCanvasElement, { calls: Call[] }>();
HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement) {
  let pen = pens.get(this);
  if (!pen) {
    const calls: Call[] = [];
    pen = new Proxy({ calls } as { calls: Call[] } & Record<string, unknown>, {
      get: (t, k) => (k === "calls" ? calls : typeof k === "string" && !(k in t) ? (...a: unknown[]) => calls.push([k, ...a]) : t[k as string]),
      set: (t, k, v) => ((t[k as string] = v), calls.push([`${String(k)}=`, v]), true),
    });
    pens.set(this, pen);
  }
  return pen as unknown as CanvasRenderingContext2D;
} as unknown as typeof HTMLCanvasElement.prototype.getContext;

/** The board's width on screen (CSS px) as bind:clientWidth reads it. */
let shownWidth = 600;
Object.defineProperty(HTMLElement.prototype, "clientWidth", { configurable: true, get: () => shownWidth });
afterEach(() => {
  shownWidth = 600;
});

const text = (id: string, ids: number[], y = 30, bold = 0): Item => ({
  id, source: { kind: "block", writeup: 1, block: 0 }, type: "text", role: "body", rect: { x: 10, y: y - 20, w: 300, h: 40 },
  min_size_pt: 20, runs: [{ font: bold, size_pt: 36, color: { r: 200, g: 0, b: 0, a: 1 }, origin: { x: 10, y },
    glyphs: ids.map((g, i) => ({ id: g, x: i * 12, advance: 12, text: "字" })) }],
}) as unknown as Item;
const board = (id: string, items: Item[]): BoardFrame => ({
  id, number: 1, name: id, width: 1200, height: 900, bleed: 3, safe: 20, background: { r: 255, g: 255, b: 255, a: 1 },
  fonts: [
    { family: "Noto Serif CJK SC", path: "/layer.ttc", index: 0, synthetic_bold: false },
    { family: "Noto Serif CJK SC", path: "/layer.ttc", index: 0, synthetic_bold: true },
  ], items,
}) as unknown as BoardFrame;
const settle = async () => {
  for (let i = 0; i < 5; i++) {
    await new Promise((r) => setTimeout(r, 0));
    await tick();
  }
};
const layersOf = (svg: Element) => [...svg.querySelectorAll(".text-layer canvas")] as HTMLCanvasElement[];

describe("a text item's layer", () => {
  it("is a box around its runs' em boxes, snapped to device pixels", () => {
    // 0.5 px a mm; the run from x 10 (12 mm a glyph, 3 glyphs), baseline 30, em 12.7 mm.
    const box = layerBox(text("t", [1, 2, 3]) as Extract<Item, { type: "text" }>, 0.5)!;
    expect(box).toEqual({ x: 6, y: 14, w: 22, h: 12, px: 22, py: 12 });
    // At two device pixels a CSS pixel, the same box with twice the pixels.
    expect(layerBox(text("t", [1, 2, 3]) as Extract<Item, { type: "text" }>, 0.5, 2)).toEqual({ ...box, px: 44, py: 24 });
  });

  it("is painted once with the run paths' geometry, and again only when that item changes", async () => {
    const first = text("t1", [501, 502, 503]);
    const second = text("t2", [504, 505], 80, 1);
    const { container, rerender } = render(BoardCanvas, { board: board("a", [first, second]), selected: null, onselect: () => {} });
    await settle();
    const svg = container.querySelector('[data-testid="board-canvas"]')!;
    expect(svg.getAttribute("data-glyphs")).toBe("ready");
    expect(svg.querySelectorAll("path.run").length).toBe(0);
    const [a, b] = layersOf(svg);
    expect([a.namespaceURI, a.width, a.height]).toEqual(["http://www.w3.org/1999/xhtml", 22, 12]);
    // In CSS pixels of the shown board (600 px for 1200 mm), at its place in mm.
    const box = svg.querySelector(".text-layer")!;
    expect(["aria-label", "width", "height", "transform"].map((a) => box.getAttribute(a))).toEqual(["字字字", "22", "12", "translate(6 14) scale(2)"]);
    // Each glyph filled at its place: the run's origin, scale(s, −s) with s = 12.7 mm / 1000 units, its x in units.
    const calls = pens.get(a)!.calls;
    const fills = calls.filter((c) => c[0] === "fill").map((c) => (c[1] as FakePath).d);
    expect(fills).toEqual(["M0 0l501 1z", "M0 0l502 1z", "M0 0l503 1z"]);
    const at = calls.filter((c) => c[0] === "setTransform").slice(1).map((c) => c.slice(1) as number[]);
    expect(at.map((m) => m[0])).toEqual([0.00635, 0.00635, 0.00635]);
    expect(at.map((m) => m[4])).toEqual([2, expect.closeTo(8, 3), expect.closeTo(14, 3)]);
    expect(at.map((m) => [m[3], m[5]])).toEqual([[-0.00635, 8], [-0.00635, 8], [-0.00635, 8]]);
    expect(calls).toContainEqual(["fillStyle=", "rgb(200,0,0)"]);
    // The synthetic bold run also stroked, 1/30 em wide.
    expect(pens.get(b)!.calls.filter((c) => c[0] === "stroke").length).toBe(2);
    expect(pens.get(b)!.calls).toContainEqual(["lineWidth=", 1000 / 30]);

    // An edit of the second item: the first keeps its canvas and is not painted again.
    const painted = layerStats.painted;
    const aCalls = calls.length;
    const edited = text("t2", [506, 505, 507], 80, 1);
    await rerender({ board: board("a", [first, edited]) });
    await settle();
    const [a2, b2] = layersOf(svg);
    expect(a2).toBe(a);
    expect(pens.get(a)!.calls.length).toBe(aCalls);
    expect(layerStats.painted).toBe(painted + 1);
    expect(b2.width).toBeGreaterThan(b.width || 0);
    expect(pens.get(b2)!.calls.filter((c) => c[0] === "fill").length).toBe(3);
    // A new layout where nothing changed (the held items): nothing painted.
    await rerender({ board: board("a", [first, edited]) });
    await settle();
    expect(layerStats.painted).toBe(painted + 1);
  });

  it("frees its pixels when it leaves the page", async () => {
    const { container, rerender } = render(BoardCanvas, { board: board("c", [text("t3", [601])]), selected: null, onselect: () => {} });
    await settle();
    const [layer] = layersOf(container);
    expect(layer.width).toBeGreaterThan(0);
    await rerender({ board: board("d", [text("t4", [602])]) });
    await settle();
    expect([layer.isConnected, layer.width, layer.height]).toEqual([false, 0, 0]);
  });

  it("gives way to run paths when the board's layers would pass the budget (a high zoom)", async () => {
    shownWidth = 60_000; // 50 px a mm: a line of 20 glyphs alone ~ 13 M pixels
    const line = Array.from({ length: 20 }, (_, i) => 701 + i);
    const { container } = render(BoardCanvas, { board: board("e", [text("t5", line)]), selected: null, onselect: () => {} });
    await settle();
    const svg = container.querySelector('[data-testid="board-canvas"]')!;
    expect(layersOf(svg).length).toBe(0);
    expect(svg.querySelectorAll("path.run").length).toBe(1);
  });
});
