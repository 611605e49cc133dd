// The boards view's logic: keeping the shown board across re-layouts, following a moved photo to its new board,
// stepping arrangements, project-wide undo refreshing other views, export progress and errors in Chinese.
import { describe, expect, it, vi } from "vitest";
import type { BoardsApi, Layout } from "./api";
import { Boards } from "./boards.svelte";
import type { BoardFrame, Item } from "./frames";

const image = (id: string, photo: string): Item => ({
  id, source: { kind: "photo", hash: photo }, type: "image", photo, rect: { x: 0, y: 0, w: 100, h: 80 },
  crop: { x: 0, y: 0, w: 1000, h: 800 }, orientation: 1, pixel_width: 1000, pixel_height: 800,
});
const board = (id: string, items: Item[] = []): BoardFrame => ({
  id, number: 1, name: id, width: 1200, height: 900, bleed: 3, safe: 20, background: { r: 255, g: 255, b: 255, a: 1 },
  fonts: [], items,
});
const payload = (boards: BoardFrame[], over: Partial<Layout> = {}): Layout => ({
  frames: { boards },
  summary: {
    boards: boards.map((b, i) => ({
      number: i + 1, id: b.id, group: b.id.split("#")[0], name: b.name, width: 1200, height: 900, theme: "党建红",
      paragraphs: 1, characters: 10, photos: [], body_pt: 30, coverage: null, mean_crop: null, arrangement: 0,
      arrangements: 3, fill: 0.5, min_ppi: null,
    })),
    unplaced: [], open_slots: [{ group: "b", text: "■ 说明", reason: "缺照片" }], notes: [], low_resolution: [], removed: [],
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
  size: "1200x900", theme: "党建红",
  exhibition: { title: "", organiser: "", date: "", preface: "", closing: "", automatic_title: "展" },
  sizes: [], themes: [], can_undo: true, can_redo: false, changed: null, ...over,
});

function api(over: Partial<BoardsApi> = {}): BoardsApi {
  const p = payload([board("preface"), board("a"), board("b", [image("i1", "h1")]), board("b#2")]);
  return {
    layout: vi.fn(async () => p), adjust: vi.fn(async () => p), undo: vi.fn(async () => p), redo: vi.fn(async () => p),
    exportBoards: vi.fn(), cancelExport: vi.fn(async () => {}), openFolder: vi.fn(async () => {}), ...over,
  };
}

describe("Boards", () => {
  it("keeps the shown board by id when a re-layout inserts boards before it", async () => {
    const a = api();
    const boards = new Boards(a);
    await boards.load();
    boards.show(3);
    expect(boards.board?.id).toBe("b#2");
    a.adjust = vi.fn(async () => payload([board("pre"), board("a"), board("b"), board("b#2")]));
    await boards.adjust({ kind: "pin_size", group: "a", body_pt: 32 });
    expect(boards.board?.id).toBe("b#2");
    expect(boards.current).toBe(3);
    expect(boards.boards.length).toBe(4);
  });

  it("follows a moved photo to the board it lands on and selects it", async () => {
    const a = api({ adjust: vi.fn(async () => payload([board("a", [image("x7", "h1")]), board("b")])) });
    const boards = new Boards(a);
    await boards.load();
    boards.show(1);
    await boards.movePhoto("h1", "a");
    expect(a.adjust).toHaveBeenCalledWith({ kind: "move_photo", photo: "h1", group: "a", position: null });
    expect(boards.board?.id).toBe("a");
    expect(boards.item?.id).toBe("x7");
  });

  it("lists each group once, without the text-only preface, and badges boards by their preflight problems", async () => {
    const boards = new Boards(api());
    await boards.load();
    expect(boards.groups.map((g) => g.group)).toEqual(["a", "b"]);
    expect(boards.badgeOf(boards.boards[2])).toEqual({ count: 1, error: false });
    expect(boards.badgeOf(boards.boards[3])).toEqual({ count: 1, error: true });
    expect(boards.badgeOf(boards.boards[1])).toBeNull();
    expect(boards.findingsOf(boards.boards[2], "i1").map((f) => f.kind)).toEqual(["low_resolution"]);
    expect(boards.exhibitionFindings.length).toBe(1);
  });

  it("steps to the next arrangement, wrapping", async () => {
    const a = api();
    const boards = new Boards(a);
    await boards.load();
    await boards.anotherArrangement();
    expect(a.adjust).toHaveBeenCalledWith({ kind: "arrangement", board: "preface", n: 1 });
  });

  it("tells the other views when an undo changed a caption or a write-up", async () => {
    const changed = vi.fn();
    const boards = new Boards(api({ undo: vi.fn(async () => payload([board("a")], { changed: "caption" })) }), changed);
    await boards.load();
    await boards.undo();
    expect(changed).toHaveBeenCalledWith("caption");
  });

  it("shows a command's Chinese error and keeps the last good layout", async () => {
    const boards = new Boards(api({ adjust: vi.fn(async () => Promise.reject({ kind: "user", message: "字号必须在 6 到 400 磅之间。" })) }));
    await boards.load();
    await boards.adjust({ kind: "pin_size", group: "a", body_pt: 1 });
    expect(boards.error).toBe("字号必须在 6 到 400 磅之间。");
    expect(boards.boards.length).toBe(4);
    expect(boards.busy).toBe(false);
  });

  it("exports with progress and reports what was written", async () => {
    const a = api({
      exportBoards: vi.fn(async () => ({
        boards: ["/o/01.pdf", "/o/02.pdf"].map((path) => ({ path, file_bytes: 1, font_bytes: 0, image_bytes: 0, images: 0 })),
        review: null,
        proofs: [],
        print_list: "/o/l.csv",
        print_list_pdf: "/o/l.pdf",
        images: [],
      })),
    });
    const boards = new Boards(a);
    const run = boards.export("/o", { bleed: 3, crop_marks: true, no_review: false, force: false });
    boards.onExportProgress({ stage: "board", done: 1, total: 2, board: "01" });
    expect(boards.progress?.done).toBe(1);
    await run;
    expect(boards.progress).toBeNull();
    expect(boards.notice).toContain("2 块展板");
  });

  it("reorders groups by swapping neighbours, never past the ends, and merges only into a previous group", async () => {
    const a = api();
    const boards = new Boards(a);
    await boards.load();
    await boards.moveGroup("b", -1);
    expect(a.adjust).toHaveBeenLastCalledWith({ kind: "order", groups: ["b", "a"] });
    await boards.moveGroup("b", 1);
    await boards.moveGroup("a", -1);
    expect(a.adjust).toHaveBeenCalledTimes(1);
    await boards.mergeIntoPrevious("a");
    expect(a.adjust).toHaveBeenCalledTimes(1);
    await boards.mergeIntoPrevious("b");
    expect(a.adjust).toHaveBeenLastCalledWith({ kind: "merge", group: "b" });
  });

  it("moves a dragged group to the place it is dropped at, and ignores a drop where it was", async () => {
    const five = async () => payload([board("a"), board("b"), board("c"), board("c#2"), board("d")]);
    const a = api({ layout: vi.fn(five), adjust: vi.fn(five) });
    const boards = new Boards(a);
    await boards.load();
    await boards.reorder("d", 0);
    expect(a.adjust).toHaveBeenLastCalledWith({ kind: "order", groups: ["d", "a", "b", "c"] });
    await boards.reorder("a", 2);
    expect(a.adjust).toHaveBeenLastCalledWith({ kind: "order", groups: ["b", "c", "a", "d"] });
    await boards.reorder("b", 1);
    await boards.reorder("x", 0);
    await boards.reorder("a", 9);
    expect(a.adjust).toHaveBeenCalledTimes(2);
  });

  it("adds a board after the shown group and shows it; after the closing it goes to the end", async () => {
    const after = payload([board("preface"), board("a"), board("new1"), board("b")]);
    const a = api({ adjust: vi.fn(async () => after) });
    const boards = new Boards(a);
    await boards.load();
    boards.show(1);
    await boards.addBoard("新", "");
    expect(a.adjust).toHaveBeenLastCalledWith({ kind: "add_board", after: "a", title: "新", text: "" });
    expect(boards.board?.id).toBe("new1");
    const closing = new Boards(api({ layout: vi.fn(async () => payload([board("a"), board("closing")])) }));
    await closing.load();
    closing.show(1);
    const spy = vi.spyOn(closing, "adjust");
    await closing.addBoard("", "");
    expect(spy).toHaveBeenCalledWith({ kind: "add_board", after: null, title: "", text: "" });
  });

  it("deletes a group with a notice, lists deleted groups, restores one and shows it", async () => {
    const gone = payload([board("preface"), board("b")]);
    gone.summary.removed = [{ key: "a", title: "第一部分" }];
    const a = api({ adjust: vi.fn(async () => gone) });
    const boards = new Boards(a);
    await boards.load();
    await boards.removeGroup("a");
    expect(a.adjust).toHaveBeenLastCalledWith({ kind: "remove_board", group: "a" });
    expect(boards.notice).toContain("已删除“a”");
    expect(boards.removed).toEqual([{ key: "a", title: "第一部分" }]);
    a.adjust = vi.fn(async () => payload([board("preface"), board("a"), board("b")]));
    await boards.restoreGroup("a");
    expect(a.adjust).toHaveBeenLastCalledWith({ kind: "restore_board", group: "a" });
    expect(boards.board?.id).toBe("a");
    expect(boards.removed).toEqual([]);
  });

  it("reads a source's text back from the boards it is drawn on, one line per block", async () => {
    const run = (text: string) => ({
      font: 0, size_pt: 30, color: { r: 0, g: 0, b: 0 }, origin: { x: 0, y: 0 },
      glyphs: [...text].map((ch, i) => ({ id: i, x: i, advance: 1, text: ch })),
    });
    const text = (id: string, field: string, lines: string[]): Item => ({
      id, source: { kind: "exhibition", field }, type: "text", role: "body", rect: { x: 0, y: 0, w: 1, h: 1 },
      min_size_pt: 20, runs: lines.map(run),
    }) as unknown as Item;
    const a = api({
      layout: vi.fn(async () =>
        payload([board("new1", [text("t1", "new1-text", ["第一", "段"]), text("t2", "new1-title", ["题"])]),
          board("new1#2", [text("t3", "new1-text", ["第二段"])])]),
      ),
    });
    const boards = new Boards(a);
    await boards.load();
    expect(boards.textOf({ kind: "exhibition", field: "new1-text" })).toBe("第一段\n第二段");
  });
});
