// The review pane as rendered: a last paragraph that stops mid-sentence carries the Chinese cut-off note; rows are
// selected with click and shift+click, and the selection's actions send one correction.
import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render } from "@testing-library/svelte";
import ReviewPane from "./ReviewPane.svelte";
import { Writeups } from "./writeups.svelte";
import type { Review, Row, WriteupApi } from "./api";

const row = (block: number, text: string, cut_off = false): Row => ({
  key: { block }, kind: "paragraph", text, lines: [block + 1], figures: [], cut_off,
});

function setup(rows: Row[]) {
  const review: Review = {
    id: 7, source: [], rows, dropped: [], key_figures: [], offer_simplified: false,
    byline: { source: null, author: null, reporter: null, correspondent: null, date: null, lines: [] },
    draft: { source_name: "粘贴的文稿", source_text: "", structure: {} },
  };
  const edit = vi.fn(async () => review);
  const api = { edit, list: vi.fn(async () => []), open: vi.fn(async () => review) } as unknown as WriteupApi;
  const w = new Writeups(api);
  w.review = review;
  return { w, edit, view: render(ReviewPane, { w, onaccept: () => {} }) };
}

describe("ReviewPane", () => {
  afterEach(cleanup);

  it("marks a cut-off last paragraph in Chinese, and only that one", () => {
    const { view } = setup([row(0, "第一段。"), row(1, "活动最后，街道党工委向党龄满五十年的", true)]);
    const notes = view.getAllByTestId("writeup-cut-off");
    expect(notes).toHaveLength(1);
    expect(notes[0].textContent).toContain("原文可能没有复制完整");
    expect(view.getByTestId("row-b1").contains(notes[0])).toBe(true);
  });

  it("selects a range with click and shift+click and drops it as one correction", async () => {
    const { view, edit } = setup([row(0, "一。"), row(1, "二。"), row(2, "三。"), row(3, "四。")]);
    await fireEvent.click(view.getByTestId("row-b1").querySelector(".wu-text")!);
    await fireEvent.click(view.getByTestId("row-b3").querySelector(".wu-text")!, { shiftKey: true });
    expect(view.getByTestId("writeup-selection").textContent).toContain("已选 3 行");
    const chosen = [...view.getByTestId("writeup-rows").querySelectorAll('[aria-selected="true"]')];
    expect(chosen.map((li) => li.getAttribute("data-testid"))).toEqual(["row-b1", "row-b2", "row-b3"]);
    await fireEvent.click(view.getByText("删除所选"));
    expect(edit).toHaveBeenCalledTimes(1);
    expect(edit).toHaveBeenCalledWith(7, { op: "delete_rows", rows: [{ block: 1 }, { block: 2 }, { block: 3 }] });
  });
});
