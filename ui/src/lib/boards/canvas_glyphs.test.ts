// The canvas draws each run with the shaped glyphs as one <path> (not a <use> element a glyph: issue #20), holds
// only the glyphs of the board shown, and draws no text in a face of the page's meanwhile.
import { describe, expect, it, vi } from "vitest";
import { render } from "@testing-library/svelte";
import { tick } from "svelte";
import type { BoardFrame, Item } from "./frames";
import BoardCanvas from "./BoardCanvas.svelte";
import { glyphs } from "./glyphs.svelte";

globalThis.ResizeObserver ??= class { observe() {} unobserve() {} disconnect() {} } as unknown as typeof ResizeObserver;
vi.mock("@tauri-apps/api/core", () => ({
  // A face at "/pending.ttc" never answers: its runs stay drawn as bars.
  invoke: vi.fn((_cmd: string, args: { font: { path: string }; ids: number[] }) =>
    args.font.path === "/pending.ttc" ? new Promise(() => {}) : Promise.resolve({
      units_per_em: 1000, paths: args.ids.map((id) => [id, `M0 0L${id} 1Z`]),
    })),
}));

const text = (id: string, ids: number[]): Item => ({
  id, source: { kind: "block", writeup: 1, block: 0 }, type: "text", role: "body", rect: { x: 10, y: 10, w: 300, h: 40 },
  min_size_pt: 20, runs: [{ font: 0, size_pt: 36, color: { r: 0, g: 0, b: 0, a: 1 }, origin: { x: 10, y: 30 },
    glyphs: ids.map((g, i) => ({ id: g, x: i * 12, advance: 12, text: "字" })) }],
}) as unknown as Item;
const board = (id: string, items: Item[], path = "/canvas-glyphs.ttc"): BoardFrame => ({
  id, number: 1, name: id, width: 1200, height: 900, bleed: 3, safe: 20, background: { r: 255, g: 255, b: 255, a: 1 },
  fonts: [{ family: "Noto Serif CJK SC", path, index: 0, synthetic_bold: true }], items,
}) as unknown as BoardFrame;
const settle = async () => {
  for (let i = 0; i < 5; i++) {
    await new Promise((r) => setTimeout(r, 0));
    await tick();
  }
};

describe("the canvas's glyphs", () => {
  it("draws each run as one SVG path of its glyphs' outlines, none as <use>, and holds only the shown board's glyphs", async () => {
    const first = board("a", [text("t1", [501, 502, 503])]);
    const { container, rerender } = render(BoardCanvas, { board: first, selected: null, onselect: () => {} });
    await settle();
    const svg = container.querySelector('[data-testid="board-canvas"]')!;
    expect(svg.getAttribute("data-glyphs")).toBe("ready");
    const runs = [...svg.querySelectorAll("path.run")];
    expect(runs.map((p) => [p.namespaceURI, p.getAttribute("aria-label")])).toEqual([["http://www.w3.org/2000/svg", "字字字"]]);
    // Each glyph ("M0 0L<id> 1Z") at its x: 12 mm apart, 36 pt (12.7 mm) an em of 1000 units.
    expect(runs[0].getAttribute("d")).toBe("M0 0l501 1zM944.9 0l502 1zM1889.8 0l503 1z");
    expect(svg.querySelectorAll("use").length).toBe(0);
    expect(document.querySelectorAll("svg.glyph-sprite").length).toBe(0);
    expect(glyphs.counts.held).toBe(3);

    await rerender({ board: board("b", [text("t2", [502, 504])]) });
    await settle();
    expect(svg.querySelectorAll("path.run").length).toBe(1);
    expect(svg.querySelector("path.run")!.getAttribute("d")).toBe("M0 0l502 1zM944.9 0l504 1z");
    expect(glyphs.counts.held).toBe(2);
  });

  it("draws a run whose glyphs have not arrived as a bar, not as text in some face (WebKit kept that face's pages)", async () => {
    const { container } = render(BoardCanvas, { board: board("c", [text("t3", [601, 602])], "/pending.ttc"), selected: null, onselect: () => {} });
    await settle();
    const svg = container.querySelector('[data-testid="board-canvas"]')!;
    expect(svg.getAttribute("data-glyphs")).toBe("loading");
    expect(svg.querySelectorAll("text").length).toBe(0);
    const bars = [...svg.querySelectorAll("rect.run-pending")];
    // From the run's origin (10 mm) to the end of its last glyph (12 + 12 mm), about the letters' height at 36 pt.
    expect(bars.map((b) => [b.getAttribute("x"), b.getAttribute("width"), b.getAttribute("aria-label")])).toEqual([["10", "24", "字字"]]);
    expect(Number(bars[0].getAttribute("height"))).toBeCloseTo(12.7 * 0.75, 3);
  });
});
