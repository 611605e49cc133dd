// The frames the UI holds between layouts: boards the shell leaves out (null) come back from what is held, as the
// same objects, by key, and so do the unchanged items of a board that changed; a board left out but not held asks
// for the whole layout; the boards model keeps them as they are (not copied into reactive proxies), so what did not
// change is not drawn again.
import { describe, expect, it, vi } from "vitest";
import type { BoardsPayload } from "../bindings/BoardsPayload";
import type { BoardsApi, Layout } from "./api";
import { Boards } from "./boards.svelte";
import type { BoardFrame, Item } from "./frames";
import { HeldFrames } from "./held";

const board = (id: string, number = 1): BoardFrame => ({
  id, number, name: id, width: 1200, height: 900, bleed: 3, safe: 20, background: { r: 255, g: 255, b: 255 },
  fonts: [], items: [],
});
const sent = (boards: (BoardFrame | null)[], keys: string[]): BoardsPayload => ({
  frames: { boards }, keys,
  summary: { boards: [], unplaced: [], open_slots: [], notes: [], low_resolution: [], removed: [], left_out: [] },
  preflight: { findings: [], errors: 0, warnings: 0, hints: 0, blocks_export: false },
  size: "1200x900", theme: "党建红", gallery: true, title_board: false,
  exhibition: { title: "", organiser: "", date: "", preface: "", closing: "", automatic_title: "", draft_preface: "" },
  sizes: [], themes: [], can_undo: true, can_redo: false, changed: null,
});

describe("HeldFrames", () => {
  it("fills in the boards left out from those held, as the same objects, wherever they now are", () => {
    const held = new HeldFrames();
    const [a, b, c] = [board("a"), board("b"), board("c")];
    const first = held.take(sent([a, b, c], ["ka", "kb", "kc"]));
    expect(first?.frames.boards).toEqual([a, b, c]);
    expect(first && "keys" in first).toBe(false);
    expect(held.known).toEqual(["ka", "kb", "kc"]);

    const b2 = board("b", 2);
    const next = held.take(sent([null, null, b2], ["kc", "ka", "kb2"]));
    expect(next?.frames.boards[0]).toBe(c);
    expect(next?.frames.boards[1]).toBe(a);
    expect(next?.frames.boards[2]).toBe(b2);
    expect(held.known).toEqual(["kc", "ka", "kb2"]);
  });

  it("gives null for a board left out that it does not hold, and keeps what it held", () => {
    const held = new HeldFrames();
    const a = board("a");
    held.take(sent([a], ["ka"]));
    expect(held.take(sent([null, null], ["ka", "kx"]))).toBeNull();
    expect(held.known).toEqual(["ka"]);
    expect(held.take(sent([null], ["ka"]))?.frames.boards[0]).toBe(a);
  });

  it("keeps the items of a changed board that did not change, as the same objects", () => {
    const held = new HeldFrames();
    const rect = (id: string, x: number): Item => ({
      id, source: { kind: "theme" }, type: "rect", rect: { x, y: 0, w: 10, h: 10 }, fill: null, stroke: null, radius: 0,
    });
    const before = { ...board("a"), items: [rect("r1", 0), rect("r2", 0)] };
    held.take(sent([before], ["k1"]));
    const after = { ...board("a"), items: [rect("r1", 0), rect("r2", 5), rect("r3", 0)] };
    const items = held.take(sent([after], ["k2"]))?.frames.boards[0].items ?? [];
    expect(items[0]).toBe(before.items[0]);
    expect(items[1]).toBe(after.items[1]);
    expect(items[2]).toBe(after.items[2]);
    // Another board's items are not taken for this one's.
    const other = { ...board("b"), items: [rect("r1", 0)] };
    expect(held.take(sent([other], ["k3"]))?.frames.boards[0].items[0]).toBe(other.items[0]);
  });
});

describe("Boards with held frames", () => {
  it("keeps a board that did not change as the very object the layout gave", async () => {
    const [a, b, b2] = [board("a"), board("b"), board("b", 3)];
    const layout = (boards: BoardFrame[]): Layout => {
      const { frames: _f, keys: _k, ...rest } = sent(boards, boards.map((x) => x.id));
      return { ...rest, frames: { boards } };
    };
    const api: BoardsApi = {
      layout: vi.fn(async () => layout([a, b])), adjust: vi.fn(async () => layout([a, b2])),
      undo: vi.fn(), redo: vi.fn(), exportBoards: vi.fn(), cancelExport: vi.fn(), openFolder: vi.fn(), photoOverride: vi.fn(),
      arrangements: vi.fn(),
    };
    const boards = new Boards(api);
    await boards.load();
    expect(boards.boards[0]).toBe(a);
    await boards.adjust({ kind: "pin_size", group: "b", body_pt: 32 });
    expect(boards.boards[0]).toBe(a);
    expect(boards.boards[1]).toBe(b2);
  });
});
