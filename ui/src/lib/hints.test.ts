// First-run hints: shown once per view until closed, then remembered (also across a new component, as after a
// restart); one view's closing leaves the others.
import { beforeEach, describe, expect, it } from "vitest";
import { fireEvent, render } from "@testing-library/svelte";
import FirstRunHint from "./FirstRunHint.svelte";
import { hintSeen } from "./hints";
import { t } from "./i18n";

const sources = import.meta.glob("./**/*View.svelte", { query: "?raw", import: "default", eager: true }) as Record<string, string>;
const library = import.meta.glob("./PhotoLibrary.svelte", { query: "?raw", import: "default", eager: true }) as Record<string, string>;

describe("FirstRunHint", () => {
  beforeEach(() => localStorage.clear());

  it("shows a view's hint until it is closed, and never again after", async () => {
    const first = render(FirstRunHint, { view: "boards" });
    const hint = first.getByTestId("first-run-boards");
    expect(hint.textContent).toContain("双击文字");
    await fireEvent.click(first.getByTitle("关闭这条提示（以后不再显示）"));
    expect(first.queryByTestId("first-run-boards")).toBeNull();
    expect(hintSeen("boards")).toBe(true);
    first.unmount();
    expect(render(FirstRunHint, { view: "boards" }).queryByTestId("first-run-boards")).toBeNull();
    expect(render(FirstRunHint, { view: "photos" }).queryByTestId("first-run-photos")).not.toBeNull();
  });

  it("is on each view of a project, with its own text", () => {
    const all = { ...sources, ...library };
    for (const [file, view] of [["./PhotoLibrary.svelte", "photos"], ["./writeup/WriteupsView.svelte", "writeups"], ["./boards/BoardsView.svelte", "boards"]]) {
      expect(all[file], file).toContain(`<FirstRunHint view="${view}" />`);
      expect(t.firstRun[view]?.length, view).toBeGreaterThan(20);
    }
  });
});
