// The inspector says why photos are not on the boards (issue 16): on a board, the photos its sections did not
// choose and that are not on a 活动剪影 board, with the engine's reason; on a selected photo, the copies and burst
// shots left out for it. Each can be put back (放回展板: wanted from then on), as one undoable adjustment.
import { describe, expect, it, vi } from "vitest";
import { tick } from "svelte";
import { fireEvent, render, within } from "@testing-library/svelte";
import { Boards } from "./boards.svelte";
import Inspector from "./Inspector.svelte";
import { api, payload, board, image } from "./fixtures";
import type { Library } from "../library.svelte";
import type { Item } from "./frames";
import type { LeftOut } from "../bindings/LeftOut";
import { t } from "../i18n";

const leftOut: LeftOut[] = [
  { file_name: "x.jpg", hash: "hx", kind: "not_chosen", instead: null, group: "b", reason: "“b”一节已选用了更合适的照片，这张未选入" },
  { file_name: "y.jpg", hash: "hy", kind: "not_chosen", instead: null, group: "a", reason: "“a”一节已选用了更合适的照片" },
  { file_name: "a-微信.jpg", hash: "hc", kind: "same_picture", instead: "a.jpg", reason: "与“a.jpg”是同一张照片" },
];

async function setUp() {
  const p = payload([board("preface"), board("a"), board("b", [image("i1", "h1")]), board("b#2")]);
  p.summary.left_out = leftOut;
  const a = api({ layout: vi.fn(async () => p), adjust: vi.fn(async () => p) });
  const boards = new Boards(a);
  await boards.load();
  const library = { photos: [{ hash: "h1", file_name: "a.jpg", caption: "" }] } as unknown as Library;
  return { a, boards, library };
}

describe("Inspector: photos left out", () => {
  it("lists on every board of a section the photos it did not choose, with the reason, and puts one back", async () => {
    const { a, boards, library } = await setUp();
    boards.show(3); // b#2: a （续） board of section b
    const view = render(Inspector, { boards, library });
    const list = view.getByTestId("inspector-left-out");
    expect(list.textContent).toContain(t.boards.leftOutHere(1));
    expect(list.textContent).toContain("x.jpg");
    expect(list.textContent).toContain("一节已选用了更合适的照片");
    expect(list.textContent).not.toContain("y.jpg");
    await fireEvent.click(within(list).getByText(t.boards.putBack));
    expect(a.adjust).toHaveBeenCalledWith({ kind: "hide_photo", photo: "hx", hidden: false });
  });

  it("lists for a selected photo the copies left out for it, and nothing for a board whose sections chose all", async () => {
    const { boards, library } = await setUp();
    boards.show(1); // section a: y.jpg
    const first = render(Inspector, { boards, library });
    expect(first.getByTestId("inspector-left-out").textContent).toContain("y.jpg");
    first.unmount();
    boards.show(2);
    boards.select("i1");
    const view = render(Inspector, { boards, library });
    const lists = view.getAllByTestId("inspector-left-out");
    expect(lists.map((l) => l.textContent).join()).toContain(t.boards.leftOutOf("a.jpg"));
    expect(lists[0].textContent).toContain("a-微信.jpg");
    expect(lists[0].textContent).toContain("同一张");
    boards.show(0);
    const none = render(Inspector, { boards, library });
    expect(none.queryByTestId("inspector-left-out")).toBeNull();
  });
});

describe("Inspector: a text's wording", () => {
  const words = (id: string, text: string): Item => ({
    id, source: { kind: "block", writeup: 1, block: 0 }, type: "text", role: "board_title", rect: { x: 0, y: 0, w: 300, h: 40 },
    min_size_pt: 20, runs: [{ font: 0, size_pt: 36, color: { r: 0, g: 0, b: 0, a: 1 }, origin: { x: 0, y: 12 },
      glyphs: [...text].map((ch, i) => ({ id: i + 1, x: i * 12, advance: 12, text: ch })) }],
  }) as unknown as Item;

  it("follows an edit made on the canvas, and an undo", async () => {
    // Seen driving the app: after a title was changed on the board, the inspector still offered the old wording,
    // and its 应用 would have put it back.
    const before = payload([board("preface"), board("a", [words("title", "机关党建工作经验研讨材料：树典型示范引领")])]);
    const after = payload([board("preface"), board("a", [words("title", "树典型示范引领")])]);
    const a = api({ layout: vi.fn(async () => before), adjust: vi.fn(async () => after), undo: vi.fn(async () => before) });
    const boards = new Boards(a);
    await boards.load();
    boards.show(1);
    boards.select("title");
    const view = render(Inspector, { boards, library: { photos: [] } as unknown as Library });
    const field = () => (view.getByTestId("inspector-text") as HTMLTextAreaElement).value;
    expect(field()).toBe("机关党建工作经验研讨材料：树典型示范引领");
    await boards.editText(boards.item!, "树典型示范引领");
    await tick();
    expect(field()).toBe("树典型示范引领");
    await boards.undo();
    await tick();
    expect(field()).toBe("机关党建工作经验研讨材料：树典型示范引领");
  });
});
