// End-to-end test of the boards outline in the real desktop app under Xvfb: a group of boards is dragged to another
// place with the mouse (pointer events, as on Windows where HTML5 drag and drop belongs to the file drop), a group
// is deleted and restored, a board is added with its own title and text, and undo takes the addition back.
// Screenshots: tests/out/e2e/outline-*.png.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { invoke, launch, realPhotos, shot, waitFor } from "./driver.mjs";

const root = resolve(import.meta.dirname, "../..");
const target = process.env.CARGO_TARGET_DIR || join(root, "target");
const app = join(target, "debug", "zhanban");
const shots = join(root, "tests", "out", "e2e");
const article = resolve(root, "../shared/corpus/qingdao-model-organs-2023.txt");
const children = [];
const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

after(() => {
  for (const c of children.reverse()) c.kill("SIGTERM");
});

/** The movable groups in outline order (first row of each). */
const groupOrder = (s) =>
  s.executeAsync(
    `arguments[0]([...document.querySelectorAll('[data-testid="board-outline"] li[data-group]')].map((li) => li.dataset.group));`,
  );

const mouse = (actions) => ({ actions: [{ type: "pointer", id: "mouse", parameters: { pointerType: "mouse" }, actions }] });

/** Real mouse input through WebDriver actions: press on one element, move in steps over another, screenshot the drop
 *  line, release. */
async function dragOnto(s, fromSelector, toSelector, dy, shotName) {
  const from = await s.find(fromSelector);
  const to = await s.find(toSelector);
  const move = (el, y) => ({ type: "pointerMove", origin: { [ELEMENT]: el }, x: 0, y, duration: 60 });
  await s.call("POST", "/actions", mouse([move(from, 0), { type: "pointerDown", button: 0 }, move(from, 8), move(to, dy + 4), move(to, dy)]));
  await shot(s, shotName);
  await s.call("POST", "/actions", mouse([{ type: "pointerUp", button: 0 }]));
  await s.call("DELETE", "/actions");
}

async function hover(s, selector) {
  const el = await s.find(selector);
  await s.call("POST", "/actions", mouse([{ type: "pointerMove", origin: { [ELEMENT]: el }, x: 0, y: 0, duration: 0 }]));
}

test("outline: drag a group to another place, delete and restore it, add a board, undo", async () => {
  assert.ok(existsSync(app), `build the desktop app first: ${app}`);
  const { session: s } = await launch(children, app, shots);
  try {
    await s.createProject("展板 顺序");
    const report = await invoke(s, "import_paths", { paths: [article, ...realPhotos().slice(0, 4)] });
    assert.equal(report.error, undefined, JSON.stringify(report.error));

    await s.click("#tab-boards");
    await s.find('[data-testid="board-canvas"]', 60000);
    const before = await waitFor(s, "the outline", "const g = [...document.querySelectorAll('[data-testid=\"board-outline\"] li[data-group]')].map((li) => li.dataset.group); return g.length >= 4 && g;");
    await shot(s, "outline-1-before");

    // Drag the last section above the second one (the drop line shows where it lands).
    const last = before[before.length - 1];
    await dragOnto(s, `li[data-group="${last}"] > button`, `li[data-group="${before[1]}"] > button`, -6, "outline-2-dragging");
    const dragged = await waitFor(s, "the new order", `const g = [...document.querySelectorAll('[data-testid="board-outline"] li[data-group]')].map((li) => li.dataset.group); return g[1] === arguments[0] && g;`, [last], 30000);
    // Short sections share a board with their next one (layout), so a new order may join or part such neighbours:
    // the groups found both before and after keep their order around the moved one.
    const kept = (list) => list.filter((g) => g !== last && before.includes(g) && dragged.includes(g));
    assert.deepEqual(dragged.slice(0, 2), [before[0], last], "moved as dropped");
    assert.deepEqual(kept(dragged), kept(before), "the rest in order");
    await shot(s, "outline-3-dropped");
    // A short press is still a click that shows the board, not a drag.
    await s.click(`li[data-group="${before[0]}"] > button`);
    await waitFor(s, "the first group shown", `return document.querySelector('[data-testid="board-canvas"]')?.dataset.board === arguments[0];`, [before[0]]);
    assert.deepEqual(await groupOrder(s), dragged, "a click does not reorder");

    // Delete a group: it leaves the outline and is listed to restore.
    const victim = before[0];
    await hover(s, `li[data-group="${victim}"]`);
    await s.click(`li[data-group="${victim}"] > [data-testid="remove-board"]`);
    await waitFor(s, "the group deleted", `return !document.querySelector('li[data-group="' + arguments[0] + '"]') && document.querySelector('[data-restore="' + arguments[0] + '"]');`, [victim], 30000);
    // The notice in the status line, read from the page (WebKitWebDriver's element text came back empty for it).
    await waitFor(s, "the deletion notice", `return document.querySelector('[data-testid="boards-notice"]')?.textContent.includes('已删除');`, [], 10000);
    await s.click('[data-testid="removed-boards"] summary');
    await shot(s, "outline-4-deleted");
    await s.click(`[data-restore="${victim}"]`);
    await waitFor(s, "the group restored", `return !!document.querySelector('li[data-group="' + arguments[0] + '"]') && !document.querySelector('[data-testid="removed-boards"]');`, [victim], 30000);
    assert.deepEqual(await groupOrder(s), dragged, "restored to its place");

    // Add a board after the shown one, with a title and text of its own.
    await s.click(`li[data-group="${last}"] > button`);
    await s.click('[data-testid="add-board"]');
    await s.type('[data-testid="new-board-title"]', "支部活动掠影");
    await s.type('[data-testid="new-board-text"]', "这是新增展板的正文，写给观众看的一段说明文字。");
    await s.click('[data-testid="confirm-add-board"]');
    const shown = await waitFor(s, "the added board shown", `const c = document.querySelector('[data-testid="board-canvas"]'); return c?.dataset.board === "new1" && c.getAttribute("aria-label");`, [], 30000);
    assert.equal(shown, "支部活动掠影");
    const order = await groupOrder(s);
    assert.equal(order[order.indexOf(last) + 1], "new1", `right after the shown group: ${order}`);
    await s.find('[data-testid="added-board-inspector"]');
    assert.equal(await waitFor(s, "the canvas", `return String(document.querySelectorAll('[data-testid="board-canvas"] [data-photo]').length);`), "0",
      "no photo is spread onto a board the user added");
    await shot(s, "outline-5-added");

    // Undo takes the addition back.
    await s.click('[data-testid="undo"]');
    await waitFor(s, "the addition undone", `return !document.querySelector('li[data-group="new1"]');`, [], 30000);
    assert.deepEqual(await groupOrder(s), dragged);
  } finally {
    await s.end();
  }
});
