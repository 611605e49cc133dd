// The canvas draws each run with the shaped glyphs as <use> elements of the sprite (one markup per run, SVG
// elements all the same), and the sprite holds only the glyphs of the board shown (issue #20).
import { describe, expect, it, vi } from "vitest";
import { render } from "@testing-library/svelte";
import { tick } from "svelte";
import type { BoardFrame, Item } from "./frames";
import BoardCanvas from "./BoardCanvas.svelte";

globalThis.ResizeObserver ??= class { observe() {} unobserve() {} disconnect() {} } as unknown as typeof ResizeObserver;
vi.mock("@tauri-apps/api/core", () => ({
  invoke: vi.fn(async (_cmd: string, args: { ids: number[] }) => ({
    units_per_em: 1000, paths: args.ids.map((id) => [id, `M0 0L${id} 1Z`]),
  })),
}));

const text = (id: string, ids: number[]): Item => ({
  id, source: { kind: "block", writeup: 1, block: 0 }, type: "text", role: "body", rect: { x: 10, y: 10, w: 300, h: 40 },
  min_size_pt: 20, runs: [{ font: 0, size_pt: 36, color: { r: 0, g: 0, b: 0, a: 1 }, origin: { x: 10, y: 30 },
    glyphs: ids.map((g, i) => ({ id: g, x: i * 12, advance: 12, text: "字" })) }],
}) as unknown as Item;
const board = (id: string, items: Item[]): BoardFrame => ({
  id, number: 1, name: id, width: 1200, height: 900, bleed: 3, safe: 20, background: { r: 255, g: 255, b: 255, a: 1 },
  fonts: [{ family: "Noto Sans CJK SC", path: "/canvas-glyphs.ttc", index: 0, synthetic_bold: false }], items,
}) as unknown as BoardFrame;
const settle = async () => {
  for (let i = 0; i < 5; i++) {
    await new Promise((r) => setTimeout(r, 0));
    await tick();
  }
};
const sprite = () => [...document.querySelectorAll("svg.glyph-sprite defs path")].map((p) => p.id);

describe("the canvas's glyphs", () => {
  it("draws each run as SVG <use> elements of the sprite, and the sprite keeps only the shown board's glyphs", async () => {
    const first = board("a", [text("t1", [501, 502, 503])]);
    const { container, rerender } = render(BoardCanvas, { board: first, selected: null, onselect: () => {} });
    await settle();
    const svg = container.querySelector('[data-testid="board-canvas"]')!;
    expect(svg.getAttribute("data-glyphs")).toBe("ready");
    const uses = [...svg.querySelectorAll("g.run use")];
    expect(uses.map((u) => [u.namespaceURI, u.getAttribute("href")])).toEqual(
      [501, 502, 503].map((id) => ["http://www.w3.org/2000/svg", `#g-0-${id}`]),
    );
    const no = uses[0].getAttribute("href")!.split("-")[1];
    expect(sprite()).toEqual(expect.arrayContaining([501, 502, 503].map((id) => `g-${no}-${id}`)));

    await rerender({ board: board("b", [text("t2", [502, 504])]) });
    await settle();
    expect(svg.querySelectorAll("g.run use").length).toBe(2);
    const mine = sprite().filter((p) => /-50\d$/.test(p));
    expect(mine.sort()).toEqual([`g-${no}-502`, `g-${no}-504`]);
  });
});
