// Editing on the canvas, as geometry and as the component does it: arrow keys go to the nearest item that way, a
// corner drag maps to larger/smaller only past a threshold, a crop pan stays inside the photo and gives the focal
// point layout crops around, the in-place editor sits over the text and applies on Enter, cancels on Esc.
import { describe, expect, it, vi } from "vitest";
import { fireEvent, render } from "@testing-library/svelte";
import { tick } from "svelte";
import type { BoardFrame, Item } from "./frames";
import { editorBox, fitWhole, focalOf, groupPhotos, neighbour, pannedCrop, resizeIntent } from "./canvas";
import BoardCanvas from "./BoardCanvas.svelte";

// jsdom has no ResizeObserver (bind:clientWidth uses one): a do-nothing one.
globalThis.ResizeObserver ??= class { observe() {} unobserve() {} disconnect() {} } as unknown as typeof ResizeObserver;
vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn(() => Promise.reject(new Error("no shell in tests"))) }));

type Image = Extract<Item, { type: "image" }>;
const image = (id: string, x: number, y: number, w = 100, h = 80): Image => ({
  id, source: { kind: "photo", hash: `h-${id}` }, type: "image", photo: `h-${id}`, rect: { x, y, w, h },
  crop: { x: 250, y: 0, w: 1000, h: 800 }, orientation: 1, pixel_width: 1500, pixel_height: 800,
}) as Image;
const text = (id: string, x: number, y: number, words: string, kind = "block"): Item => ({
  id, source: kind === "theme" ? { kind: "theme" } : { kind: "block", writeup: 1, block: Number(id.slice(1)) || 0 },
  type: "text", role: "body", rect: { x, y, w: 300, h: 40 }, min_size_pt: 20,
  runs: [{ font: 0, size_pt: 36, color: { r: 0, g: 0, b: 0, a: 1 }, origin: { x, y: y + 12 },
    glyphs: [...words].map((ch, i) => ({ id: i + 1, x: i * 12, advance: 12, text: ch })) }],
}) as unknown as Item;
const board = (items: Item[], id = "b"): BoardFrame => ({
  id, number: 1, name: "第一部分", width: 1200, height: 900, bleed: 3, safe: 20,
  background: { r: 255, g: 255, b: 255, a: 1 }, fonts: [{ family: "Noto Sans CJK SC", path: "/f.ttc", index: 2, synthetic_bold: false }],
  items,
}) as unknown as BoardFrame;

describe("canvas geometry", () => {
  const b = board([image("p1", 100, 100), image("p2", 400, 100), image("p3", 100, 400), text("t9", 700, 110, "正文"),
    text("t0", 0, 0, "装饰", "theme")]);

  it("moves the selection to the nearest item in the arrow's direction, never to a theme ornament", () => {
    expect(neighbour(b, "p1", "ArrowRight")).toBe("p2");
    expect(neighbour(b, "p2", "ArrowRight")).toBe("t9");
    expect(neighbour(b, "p1", "ArrowDown")).toBe("p3");
    expect(neighbour(b, "p3", "ArrowUp")).toBe("p1");
    expect(neighbour(b, "p1", "ArrowLeft")).toBeNull();
    expect(neighbour(b, "t9", "ArrowRight")).toBeNull();
    expect(neighbour(b, null, "ArrowDown")).toBe("p1");
  });

  it("maps a corner drag to larger or smaller only past a clear change, keeping the proportions", () => {
    const r = { x: 0, y: 0, w: 100, h: 80 };
    expect(resizeIntent(r, 30, 24)).toEqual({ scale: expect.closeTo(1.3, 5), emphasis: "larger" });
    expect(resizeIntent(r, -30, -24).emphasis).toBe("smaller");
    expect(resizeIntent(r, 5, 4).emphasis).toBeNull();
    expect(resizeIntent(r, -500, -500).scale).toBe(0.2);
  });

  it("pans a crop with the pointer, inside the photo, and sets the focal point at the crop's centre", () => {
    const p = image("p", 0, 0);
    // 10 px of photo per mm: dragging 10 mm right shows 100 px further left.
    expect(pannedCrop(p, 10, 0)).toEqual({ x: 150, y: 0, w: 1000, h: 800 });
    expect(pannedCrop(p, 100, 0).x).toBe(0);
    expect(pannedCrop(p, -100, 50)).toEqual({ x: 500, y: 0, w: 1000, h: 800 });
    expect(focalOf(p, pannedCrop(p, 100, 0))).toEqual({ x: 0.333, y: 0.5 });
    expect(focalOf(p, p.crop)).toEqual({ x: 0.5, y: 0.5 });
  });

  it("lists a group's photos board by board, fits a tall board whole, places the editor over its text", () => {
    const b1 = board([image("a", 0, 0), image("b", 0, 0)], "g");
    const b2 = board([image("c", 0, 0)], "g#2");
    expect(groupPhotos([b1, b2, board([image("x", 0, 0)], "h")], (x) => x.id.split("#")[0], "g")).toEqual(["h-a", "h-b", "h-c"]);
    // A roll-up 800×2000 in a 1000×700 px viewport: drawn 1000 px wide it is 2500 px tall, so 28%.
    expect(fitWhole({ width: 800, height: 2000 }, 1000, 700)).toBeCloseTo(0.28);
    expect(fitWhole({ width: 1200, height: 900 }, 1000, 2000)).toBe(1);
    const box = editorBox(b, b.items[3] as Extract<Item, { type: "text" }>);
    expect(box).toMatchObject({ left: (700 / 1200) * 100, top: (110 / 900) * 100, width: 25 });
    expect(box.fontShare).toBeCloseTo((36 * 25.4) / 72 / 1200);
  });
});

describe("BoardCanvas", () => {
  const actions = () => ({
    swap: vi.fn(), moveToBoard: vi.fn(), emphasis: vi.fn(), focal: vi.fn(), edit: vi.fn(), editable: vi.fn(() => true),
  });

  it("edits a text in place: double-click opens an editor with its text, Enter applies, Esc cancels", async () => {
    const a = actions();
    const onselect = vi.fn();
    const b = board([text("t1", 100, 100, "原来的文字"), text("t2", 100, 300, "另一段")]);
    const { container } = render(BoardCanvas, { board: b, selected: null, onselect, actions: a });
    await fireEvent.dblClick(container.querySelector('[data-item="t1"]')!);
    const editor = container.querySelector<HTMLTextAreaElement>('[data-testid="in-place-editor"]')!;
    expect(editor.value).toBe("原来的文字");
    expect(onselect).toHaveBeenCalledWith("t1");
    await fireEvent.input(editor, { target: { value: "改过的文字" } });
    await fireEvent.keyDown(editor, { key: "Enter" });
    expect(a.edit).toHaveBeenCalledWith(b.items[0], "改过的文字");
    expect(container.querySelector('[data-testid="in-place-editor"]')).toBeNull();

    await fireEvent.dblClick(container.querySelector('[data-item="t2"]')!);
    const again = container.querySelector<HTMLTextAreaElement>('[data-testid="in-place-editor"]')!;
    await fireEvent.input(again, { target: { value: "不要了" } });
    await fireEvent.keyDown(again, { key: "Escape" });
    await tick();
    expect(container.querySelector('[data-testid="in-place-editor"]')).toBeNull();
    expect(a.edit).toHaveBeenCalledTimes(1);
  });

  it("does not open an editor on a text that cannot be edited here, and says why", async () => {
    const a = { ...actions(), editable: vi.fn(() => false), notEditable: vi.fn() };
    const { container } = render(BoardCanvas, { board: board([text("t1", 0, 0, "跨板")]), selected: null, onselect: vi.fn(), actions: a });
    await fireEvent.dblClick(container.querySelector('[data-item="t1"]')!);
    expect(container.querySelector('[data-testid="in-place-editor"]')).toBeNull();
    expect(a.notEditable).toHaveBeenCalled();
  });

  it("moves the selection with the arrow keys, shows a corner handle on a selected photo, Delete takes it off", async () => {
    const onselect = vi.fn();
    const b = board([image("p1", 100, 100), image("p2", 400, 100)]);
    const { container, rerender } = render(BoardCanvas, { board: b, selected: "p1", onselect, actions: actions() });
    await fireEvent.keyDown(container.querySelector('[data-testid="board-wrap"]')!, { key: "ArrowRight" });
    expect(onselect).toHaveBeenLastCalledWith("p2");
    expect(container.querySelector('[data-testid="resize-handle"]')).not.toBeNull();
    const withRemove = { ...actions(), remove: vi.fn() };
    await rerender({ board: b, selected: "p2", onselect, actions: withRemove });
    await fireEvent.keyDown(container.querySelector('[data-testid="board-wrap"]')!, { key: "Delete" });
    expect(withRemove.remove).toHaveBeenCalledWith("h-p2");
    await rerender({ board: b, selected: null, onselect, actions: actions() });
    expect(container.querySelector('[data-testid="resize-handle"]')).toBeNull();
  });
});
