// The write-up view's logic: a paste becoming a draft (HTML preferred), corrections to a draft and to a stored
// write-up (through the shell's history), 确认使用, import, undo, and errors shown in Chinese.
import { describe, expect, it, vi } from "vitest";
import type { Review, Row, WriteupApi } from "./api";
import { keyId, Writeups } from "./writeups.svelte";

const row = (key: Row["key"], kind: Row["kind"], text: string, lines: number[] = []): Row => ({
  key, kind, text, lines, figures: [], cut_off: false,
});

const review = (id: number | null, over: Partial<Review> = {}): Review => ({
  id,
  source: [{ num: 1, text: "标题" }, { num: 3, text: "一、总体情况" }],
  rows: [row("title", "title", "标题"), row({ block: 0 }, "heading1", "一、总体情况", [3])],
  byline: { source: null, author: null, reporter: "刘萍", correspondent: null, date: null, lines: [2] },
  key_figures: [],
  dropped: [{ index: 0, text: "责任编辑：王明", reason: "责任编辑", lines: [9] }],
  offer_simplified: false,
  draft: { source_name: "粘贴的文稿", source_text: "标题", structure: { v: id } },
  ...over,
});

function api(over: Partial<WriteupApi> = {}): WriteupApi {
  return {
    list: vi.fn(async () => [{ id: 7, source_name: "粘贴的文稿", title: "标题", blocks: 1 }]),
    paste: vi.fn(async () => review(null)),
    draftEdit: vi.fn(async () => review(null, { dropped: [] })),
    accept: vi.fn(async () => review(7)),
    open: vi.fn(async (id: number) => review(id)),
    edit: vi.fn(async (id: number) => review(id, { dropped: [] })),
    remove: vi.fn(async () => []),
    importPaths: vi.fn(async () => ({
      imported: [], duplicates: [], failed: [], skipped: 0, cancelled: false,
      writeups: [{ path: "/案例.docx", id: 9, title: "案例", blocks: 4, pictures: 0 }],
    })),
    undo: vi.fn(async () => {}),
    redo: vi.fn(async () => {}),
    ...over,
  };
}

describe("Writeups", () => {
  it("prefers the clipboard's HTML and ignores an empty paste", async () => {
    const a = api();
    const w = new Writeups(a);
    await w.paste("  ", "");
    expect(a.paste).not.toHaveBeenCalled();
    await w.paste("<p>标题</p>", "标题");
    expect(a.paste).toHaveBeenCalledWith("<p>标题</p>", "标题");
    await w.paste("", "纯文本");
    expect(a.paste).toHaveBeenLastCalledWith(null, "纯文本");
    expect(w.isDraft).toBe(true);
  });

  it("corrects a draft without storing it, then accepts it", async () => {
    const a = api();
    const w = new Writeups(a);
    await w.paste(null, "标题");
    await w.setKind(w.review!.rows[1], "heading2");
    expect(a.draftEdit).toHaveBeenCalledWith(review(null).draft, { op: "set_kind", row: { block: 0 }, kind: "heading2" });
    await w.setKind(w.review!.rows[0], "delete");
    expect(a.draftEdit).toHaveBeenLastCalledWith(expect.anything(), { op: "delete", row: "title" });
    await w.restore({ index: 0, text: "x", reason: "", lines: [] });
    expect(a.draftEdit).toHaveBeenLastCalledWith(expect.anything(), { op: "restore", dropped: 0 });
    expect(a.edit).not.toHaveBeenCalled();
    await w.accept();
    expect(a.accept).toHaveBeenCalled();
    expect(w.review?.id).toBe(7);
    expect(w.isDraft).toBe(false);
    expect(w.message).toContain("已保存");
    expect(w.list).toHaveLength(1);
  });

  it("sends corrections of a stored write-up to the shell (its history) and skips no-ops", async () => {
    const a = api();
    const w = new Writeups(a);
    await w.open(7);
    const title = w.review!.rows[0];
    await w.setText(title, " 标题 ");
    await w.setKind(title, "title");
    expect(a.edit).not.toHaveBeenCalled();
    await w.setText(title, "新标题");
    expect(a.edit).toHaveBeenCalledWith(7, { op: "set_text", row: "title", text: "新标题" });
    await w.simplify();
    expect(a.edit).toHaveBeenLastCalledWith(7, { op: "simplify" });
    expect(a.list).toHaveBeenCalled();
  });

  it("undoes through the project history and shows the write-up as it now is", async () => {
    const a = api();
    const w = new Writeups(a);
    await w.undo();
    expect(a.undo).not.toHaveBeenCalled(); // nothing open
    await w.open(7);
    await w.undo();
    await w.redo();
    expect(a.undo).toHaveBeenCalledTimes(1);
    expect(a.redo).toHaveBeenCalledTimes(1);
    expect(a.open).toHaveBeenLastCalledWith(7);
  });

  it("refreshes the list and the open stored write-up after an undo elsewhere, not a draft", async () => {
    const a = api();
    const w = new Writeups(a);
    await w.paste(null, "标题");
    await w.refresh();
    expect(a.open).not.toHaveBeenCalled();
    expect(w.isDraft).toBe(true);
    await w.open(7);
    await w.refresh();
    expect(a.open).toHaveBeenCalledTimes(2);
    expect(a.list).toHaveBeenCalledTimes(2);
  });

  it("imports files and opens a single imported write-up", async () => {
    const a = api();
    const w = new Writeups(a);
    await w.importFiles(["/案例.docx"]);
    expect(a.importPaths).toHaveBeenCalledWith(["/案例.docx"]);
    expect(a.open).toHaveBeenCalledWith(9);
    expect(w.message).toBe("已导入：案例");
  });

  it("shows the shell's Chinese error and keeps the review", async () => {
    const a = api({ draftEdit: vi.fn(async () => Promise.reject({ kind: "user", message: "这篇文稿刚刚已有改动" })) });
    const w = new Writeups(a);
    await w.paste(null, "标题");
    await w.remove(w.review!.rows[0]);
    expect(w.error).toBe("这篇文稿刚刚已有改动");
    expect(w.review).not.toBeNull();
    expect(w.busy).toBe(false);
    w.discard();
    expect(w.review).toBeNull();
  });

  it("names rows stably", () => {
    expect(keyId("title")).toBe("title");
    expect(keyId({ block: 3 })).toBe("b3");
  });

  it("removes a stored write-up and says how to get it back", async () => {
    const a = api();
    const w = new Writeups(a);
    await w.load();
    await w.removeStored(7);
    expect(a.remove).toHaveBeenCalledWith(7);
    expect(w.list).toEqual([]);
    expect(w.message).toContain("《标题》");
    expect(w.message).toContain("Ctrl+Z");
  });

  it("selects a range with shift+click and drops, retypes or restores it as one edit", async () => {
    const rows = [
      row("title", "title", "标题", [1]),
      row({ block: 0 }, "paragraph", "当前位置：首页", [2]),
      row({ block: 1 }, "photo", "", [3]),
      row({ block: 2 }, "paragraph", "正文一", [4]),
      row({ block: 3 }, "paragraph", "正文二", [5]),
      row({ block: 4 }, "paragraph", "打印 关闭", [6]),
    ];
    const dropped = [0, 1, 2].map((i) => ({ index: i, text: `行${i}`, reason: "", lines: [10 + i] }));
    const a = api({ open: vi.fn(async (id: number) => review(id, { rows, dropped })) });
    const w = new Writeups(a);
    await w.open(7);
    w.selectRow(1);
    w.selectRow(4, { shift: true });
    expect(w.selected).toEqual([1, 2, 3, 4]);
    w.selectRow(3, { toggle: true });
    expect(w.selected).toEqual([1, 2, 4]);
    w.selectRow(0, { shift: true }); // from the last clicked row (3) up
    expect(w.selected).toEqual([0, 1, 2, 3]);
    // several kinds at once: the picture in the range keeps its kind, one edit
    await w.setKindSelected("heading2");
    expect(a.edit).toHaveBeenCalledTimes(1);
    expect(a.edit).toHaveBeenLastCalledWith(7, {
      op: "set_kinds", rows: ["title", { block: 0 }, { block: 2 }], kind: "heading2",
    });
    expect(w.selected).toEqual([]); // the rows moved: the selection is gone
    await w.open(7);
    w.selectRow(4);
    w.selectRow(1, { shift: true });
    expect(w.selected).toEqual([1, 2, 3, 4]);
    await w.deleteSelected();
    expect(a.edit).toHaveBeenLastCalledWith(7, { op: "delete_rows", rows: [{ block: 0 }, { block: 2 }, { block: 3 }] });
    // everything above / below a row
    await w.open(7);
    await w.dropBeyond(2, "above");
    expect(a.edit).toHaveBeenLastCalledWith(7, { op: "delete_rows", rows: ["title", { block: 0 }] });
    await w.open(7);
    await w.dropBeyond(4, "below");
    expect(a.edit).toHaveBeenLastCalledWith(7, { op: "delete_rows", rows: [{ block: 4 }] });
    const calls = (a.edit as ReturnType<typeof vi.fn>).mock.calls.length;
    await w.open(7);
    await w.dropBeyond(0, "above"); // nothing above the first row: no edit
    await w.dropBeyond(5, "below");
    expect((a.edit as ReturnType<typeof vi.fn>).mock.calls.length).toBe(calls);
    // dropped lines: a range restored together
    w.selectDropped(2);
    w.selectDropped(0, { shift: true });
    expect(w.selectedDropped).toEqual([0, 1, 2]);
    await w.restoreSelected();
    expect(a.edit).toHaveBeenLastCalledWith(7, { op: "restore_many", dropped: [0, 1, 2] });
    // a selection "delete" in the kind menu deletes the selection
    await w.open(7);
    w.selectRow(5);
    await w.setKindSelected("delete");
    expect(a.edit).toHaveBeenLastCalledWith(7, { op: "delete_rows", rows: [{ block: 4 }] });
  });
});
