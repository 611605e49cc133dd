// The boards view's logic: keeping the shown board across re-layouts, following a moved photo to its new board,
// candidate arrangements, project-wide undo refreshing other views, export progress and errors in Chinese.
import { describe, expect, it, vi } from "vitest";
import type { BoardsApi } from "./api";
import { Boards, SLOW_MS } from "./boards.svelte";
import { api, board, image, payload } from "./fixtures";
import type { Item } from "./frames";
import { t } from "../i18n";

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

  it("lists every group on a board shared by a short section and the next one, and knows each photo's group", async () => {
    const p = payload([board("preface"), board("a", [image("x1", "h1"), image("x2", "h2")]), board("c")]);
    p.summary.boards[1].groups = [
      { key: "a", title: "短节", photos: ["h1"] },
      { key: "b", title: "下一节", photos: ["h2"] },
    ];
    const a = api({ layout: vi.fn(async () => p), adjust: vi.fn(async () => p) });
    const boards = new Boards(a);
    await boards.load();
    expect(boards.groups).toEqual([
      { group: "a", name: "a" },
      { group: "b", name: "下一节" },
      { group: "c", name: "c" },
    ]);
    expect(boards.groupOfPhotoOn(boards.boards[1], "h2")).toBe("b");
    expect(boards.groupOfPhotoOn(boards.boards[1], "h1")).toBe("a");
    // Reordering acts on groups, the joined section among them.
    await boards.moveGroup("b", 1);
    expect(a.adjust).toHaveBeenCalledWith({ kind: "order", groups: ["a", "c", "b"] });
    // A photo of the second section dropped on its own board is no move.
    await boards.movePhotoToBoard("h2", 1);
    expect(a.adjust).toHaveBeenCalledTimes(1);
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

  it("shows the board's candidate arrangements at once; a click takes one, the current one is no edit", async () => {
    const list = [0, 2, 5].map((n) => ({ n, board: board("preface") }));
    const a = api({ arrangements: vi.fn(async () => list) });
    const boards = new Boards(a);
    await boards.load();
    await boards.showArrangements();
    expect(a.arrangements).toHaveBeenCalledWith("preface");
    expect(boards.candidates?.list.map((c) => c.n)).toEqual([0, 2, 5]);
    await boards.pickArrangement(0);
    expect(a.adjust).not.toHaveBeenCalled();
    expect(boards.candidates).toBeNull();
    await boards.showArrangements();
    await boards.pickArrangement(5);
    expect(a.adjust).toHaveBeenCalledWith({ kind: "arrangement", board: "preface", n: 5 });
    expect(boards.candidates).toBeNull();
    // Another board closes them.
    await boards.showArrangements();
    boards.show(1);
    expect(boards.candidates).toBeNull();
  });

  it("tells the other views when an undo changed a caption or a write-up", async () => {
    const changed = vi.fn();
    const boards = new Boards(api({ undo: vi.fn(async () => payload([board("a")], { changed: "caption" })) }), changed);
    await boards.load();
    await boards.undo();
    expect(changed).toHaveBeenCalledWith("caption");
  });

  it("offers the drafted 前言 only while no preface is typed", async () => {
    const boards = new Boards(api());
    expect(boards.offeredPreface("")).toBeNull(); // nothing laid out yet
    await boards.load();
    expect(boards.offeredPreface("  ")).toBe("市直机关工委召开党建工作会议。");
    expect(boards.offeredPreface("本次展览……")).toBeNull();
  });

  it("dims the canvas only for a command that takes a while, never for a quick edit", async () => {
    vi.useFakeTimers();
    try {
      let finish = () => {};
      const a = api();
      const boards = new Boards(a);
      await boards.load();
      const seen: boolean[] = [];
      const quick = boards.adjust({ kind: "pin_size", group: "a", body_pt: 32 });
      seen.push(boards.slow);
      await quick;
      vi.advanceTimersByTime(SLOW_MS * 2);
      seen.push(boards.slow);
      expect(seen).toEqual([false, false]);
      const p = payload([board("a")]);
      a.adjust = vi.fn(() => new Promise<typeof p>((ok) => (finish = () => ok(p))));
      const long = boards.adjust({ kind: "pin_size", group: "a", body_pt: 30 });
      vi.advanceTimersByTime(SLOW_MS - 1);
      expect([boards.busy, boards.slow]).toEqual([true, false]);
      vi.advanceTimersByTime(1);
      expect(boards.slow).toBe(true);
      finish();
      await long;
      expect([boards.busy, boards.slow]).toEqual([false, false]);
    } finally {
      vi.useRealTimers();
    }
  });

  it("shows a command's Chinese error and keeps the last good layout", async () => {
    const boards = new Boards(api({ adjust: vi.fn(async () => Promise.reject({ kind: "user", message: "字号必须在 6 到 400 磅之间。" })) }));
    await boards.load();
    await boards.adjust({ kind: "pin_size", group: "a", body_pt: 1 });
    expect(boards.error).toBe("字号必须在 6 到 400 磅之间。");
    expect(boards.boards.length).toBe(4);
    expect(boards.busy).toBe(false);
  });

  it("keeps the system's text of a failed export under 详细信息, out of the message", async () => {
    const failed = { kind: "user", message: "无法写入“D:/展板/01 前言.pdf”：没有写入权限。", detail: "Access is denied. (os error 5)" };
    const boards = new Boards(api({ exportBoards: vi.fn(async () => Promise.reject(failed)) }));
    await boards.load();
    await boards.export("D:/展板", { bleed: null, crop_marks: false, no_review: true, images: false, colour: "rgb", force: false, boards: null });
    expect(boards.error).toBe(failed.message);
    expect(boards.errorDetail).toBe("Access is denied. (os error 5)");
    expect(boards.error).not.toContain("Access");
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

  it("swaps two photos as one edit: each takes the other's group and place, every photo of the groups pinned", async () => {
    const p = payload([board("a", [image("i1", "h1"), image("i2", "h2")]), board("a#2", [image("i3", "h3")]), board("b", [image("i4", "h4")])]);
    const a = api({ layout: vi.fn(async () => p), adjust: vi.fn(async () => p) });
    const boards = new Boards(a);
    await boards.load();
    await boards.swapPhotos("h1", "h3");
    expect(a.adjust).toHaveBeenLastCalledWith({ kind: "order_photos", orders: [["a", ["h3", "h2", "h1"]]] });
    await boards.swapPhotos("h2", "h4");
    expect(a.adjust).toHaveBeenLastCalledWith({ kind: "order_photos", orders: [["a", ["h1", "h4", "h3"]], ["b", ["h2"]]] });
    await boards.swapPhotos("h2", "h2");
    expect(a.adjust).toHaveBeenCalledTimes(2);
  });

  it("moves a photo dropped on a board of another group there, not onto the text-only preface", async () => {
    const a = api();
    const boards = new Boards(a);
    await boards.load();
    await boards.movePhotoToBoard("h1", 1);
    expect(a.adjust).toHaveBeenLastCalledWith({ kind: "move_photo", photo: "h1", group: "a", position: null });
    await boards.movePhotoToBoard("h1", 0);
    expect(boards.notice).toBe(t.boards.textOnlyBoard);
    // Its own group's other board: already there.
    await boards.movePhotoToBoard("h1", 3);
    expect(a.adjust).toHaveBeenCalledTimes(1);
  });

  it("applies an in-place text edit through the same adjustments as the inspector; unchanged text is no edit", async () => {
    const a = api();
    const boards = new Boards(a);
    await boards.load();
    const run = { font: 0, size_pt: 30, color: { r: 0, g: 0, b: 0 }, origin: { x: 0, y: 0 },
      glyphs: [..."原文"].map((ch, i) => ({ id: i, x: i, advance: 1, text: ch })) };
    const para = { id: "t", source: { kind: "block", writeup: 2, block: 5 }, type: "text", role: "body",
      rect: { x: 0, y: 0, w: 1, h: 1 }, min_size_pt: 20, runs: [run] } as unknown as Item;
    const cap = { ...para, id: "c", source: { kind: "caption", hash: "h9" }, role: "caption" } as unknown as Item;
    await boards.editText(para, "原文");
    expect(a.adjust).not.toHaveBeenCalled();
    await boards.editText(para, "新文");
    expect(a.adjust).toHaveBeenLastCalledWith({ kind: "text", target: { kind: "block", writeup: 2, block: 5 }, text: "新文" });
    await boards.editText(cap, "新说明");
    expect(a.adjust).toHaveBeenLastCalledWith({ kind: "caption", photo: "h9", text: "新说明" });
  });

  it("never shows export progress going back within a step, and names each step (PDF, then review file)", async () => {
    let finish: (r: unknown) => void = () => {};
    const a = api({ exportBoards: vi.fn(() => new Promise((ok) => (finish = ok))) as BoardsApi["exportBoards"] });
    const boards = new Boards(a);
    const run = boards.export("/o", { bleed: 3, crop_marks: true, no_review: false, force: false });
    boards.onExportProgress({ stage: "board", done: 2, total: 7, board: "02" });
    boards.onExportProgress({ stage: "board", done: 7, total: 7, board: "07" });
    boards.onExportProgress({ stage: "board", done: 3, total: 7, board: "03" });
    expect(boards.progress?.done).toBe(7);
    boards.onExportProgress({ stage: "review", done: 1, total: 7, board: "01" });
    expect(boards.progress).toMatchObject({ stage: "review", done: 1 });
    expect(t.boards.exportingStage("board", 7, 7)).not.toBe(t.boards.exportingStage("review", 1, 7).replace("1/", "7/"));
    finish({ boards: [], review: null, proofs: [], print_list: "" });
    await run;
  });

  it("reads the selected photo's chosen size, so the inspector shows it; nothing for a text or no selection", async () => {
    const photoOverride = vi.fn(async () => ({ emphasis: "larger" as const, focal: null, group: null, position: null, hidden: false, wanted: false }));
    const boards = new Boards(api({ photoOverride }));
    await boards.load();
    boards.show(2);
    boards.select("i1");
    await vi.waitFor(() => expect(boards.photoChoice).toMatchObject({ photo: "h1", emphasis: "larger" }));
    expect(photoOverride).toHaveBeenCalledWith("h1");
    boards.select(null);
    await vi.waitFor(() => expect(boards.photoChoice).toBeNull());
  });

  it("opens the export folder, or shows its path to copy when the system has no opener (no OS error)", async () => {
    const note = "这台电脑上没有能打开文件夹的程序（试过：xdg-open、gio open）。";
    const openFolder = vi.fn(async (): Promise<string | null> => note);
    const a = api({ openFolder, exportBoards: vi.fn(async () => ({ boards: [], review: null, proofs: [], print_list: "", print_list_pdf: "", images: [] })) });
    const boards = new Boards(a);
    await boards.export("/home/u/展览 印刷文件", { bleed: 3, crop_marks: true, no_review: false, force: false });
    await boards.openExportFolder();
    expect(openFolder).toHaveBeenCalledWith("/home/u/展览 印刷文件");
    expect(boards.folderToCopy).toBe("/home/u/展览 印刷文件");
    expect(boards.folderNote).toBe(note);
    expect(boards.error).toBeNull();
    openFolder.mockResolvedValue(null);
    await boards.openExportFolder();
    expect(boards.folderToCopy).toBeNull();
    expect(boards.folderNote).toBeNull();
  });

  it("takes a photo off the boards with a notice that it stays in the library, and puts it back following it", async () => {
    const p = payload([board("a", [image("i1", "h1")]), board("b")]);
    const a = api({ adjust: vi.fn(async () => p) });
    const boards = new Boards(a);
    await boards.load();
    await boards.hidePhoto("h1");
    expect(a.adjust).toHaveBeenLastCalledWith({ kind: "hide_photo", photo: "h1", hidden: true });
    expect(boards.notice).toBe(t.boards.photoRemoved);
    await boards.showPhoto("h1");
    expect(a.adjust).toHaveBeenLastCalledWith({ kind: "hide_photo", photo: "h1", hidden: false });
    expect(boards.item?.id).toBe("i1");
  });
});
