// Test material for the boards view: image items, boards, a laid-out payload (four boards, preflight findings on
// board "b") and a boards API whose calls are recorded.
import { vi } from "vitest";
import type { BoardsApi, Layout } from "./api";
import type { BoardFrame, Item } from "./frames";

export const image = (id: string, photo: string): Item => ({
  id, source: { kind: "photo", hash: photo }, type: "image", photo, rect: { x: 0, y: 0, w: 100, h: 80 },
  crop: { x: 0, y: 0, w: 1000, h: 800 }, orientation: 1, pixel_width: 1000, pixel_height: 800,
});
export const board = (id: string, items: Item[] = []): BoardFrame => ({
  id, number: 1, name: id, width: 1200, height: 900, bleed: 3, safe: 20, background: { r: 255, g: 255, b: 255, a: 1 },
  fonts: [], items,
});
export const payload = (boards: BoardFrame[], over: Partial<Layout> = {}): Layout => ({
  frames: { boards },
  summary: {
    boards: boards.map((b, i) => ({
      number: i + 1, id: b.id, group: b.id.split("#")[0], groups: [{ key: b.id.split("#")[0], title: b.name, photos: [] }], name: b.name, width: 1200, height: 900, theme: "党建红",
      paragraphs: 1, characters: 10, photos: [], body_pt: 30, coverage: null, mean_crop: null, arrangement: 0,
      arrangements: 3, fill: 0.5, min_ppi: null,
    })),
    unplaced: [], open_slots: [{ group: "b", text: "■ 说明", reason: "缺照片" }], notes: [], low_resolution: [], removed: [], left_out: [],
  },
  preflight: {
    findings: [
      { kind: "low_resolution", severity: "warning", severity_label: "警告", board: { id: "b", number: 3, name: "b" }, item: "i1", subject: "a.jpg", photo: "h1", message: "分辨率偏低", ppi: 90 },
      { kind: "no_caption", severity: "hint", severity_label: "提示", board: { id: "b", number: 3, name: "b" }, item: "i1", subject: "a.jpg", photo: "h1", message: "没有说明" },
      { kind: "text_too_small", severity: "error", severity_label: "错误", board: { id: "b#2", number: 4, name: "b#2" }, item: "t", subject: null, photo: null, message: "字太小" },
      { kind: "open_caption_slot", severity: "warning", severity_label: "警告", board: null, item: null, subject: null, photo: null, message: "■ 说明缺照片" },
    ],
    errors: 1, warnings: 2, hints: 1, blocks_export: true,
  },
  size: "1200x900", theme: "党建红", gallery: true, title_board: false,
  exhibition: { title: "", organiser: "", date: "", preface: "", closing: "", automatic_title: "展", draft_preface: "市直机关工委召开党建工作会议。" },
  sizes: [], themes: [], can_undo: true, can_redo: false, changed: null, ...over,
});

export function api(over: Partial<BoardsApi> = {}): BoardsApi {
  const p = payload([board("preface"), board("a"), board("b", [image("i1", "h1")]), board("b#2")]);
  return {
    layout: vi.fn(async () => p), adjust: vi.fn(async () => p), undo: vi.fn(async () => p), redo: vi.fn(async () => p),
    exportBoards: vi.fn(), cancelExport: vi.fn(async () => {}), openFolder: vi.fn(async () => null),
    photoOverride: vi.fn(async () => ({ emphasis: "normal" as const, focal: null, group: null, position: null, hidden: false, wanted: false })),
    arrangements: vi.fn(async () => []), ...over,
  };
}
