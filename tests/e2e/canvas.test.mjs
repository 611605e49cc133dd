// End-to-end test of editing the boards where they are, in the real desktop app under Xvfb with real mouse and
// keyboard input (WebDriver actions: pointer events, as on Windows where HTML5 drag belongs to the file drop):
// swap two photos, move a photo to another board through the outline, resize one by its corner, pan a crop, edit a
// paragraph in place and cancel another edit, take a photo off the board with Delete, pick an arrangement from the
// candidates (换一种排法), the zoom buttons' chosen state, Ctrl+S's notice (moves nothing, covers none of the board),
// the tips in plain words, reorder groups in the outline — each checked in the project file's stored overrides (read
// with sqlite3) and in the PDF of the affected board (exported, audited with ../shared/tools/pdf-audit and drawn
// by poppler: it changes with the edit and comes back to the very same pixels when Ctrl+Z undoes it). Then every
// panel and dialog is measured at 1366×768 (no horizontal overflow), every icon button must have a Chinese tooltip,
// and each view is shot at 1366×768 and 1920×1080: tests/out/e2e/canvas-*.png.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { invoke, launch, realPhotos, shot, waitFor } from "./driver.mjs";

const root = resolve(import.meta.dirname, "../..");
const target = process.env.CARGO_TARGET_DIR || join(root, "target");
const app = join(target, "debug", "zhanban");
const shots = join(root, "tests", "out", "e2e");
const article = resolve(root, "../shared/corpus/qingdao-model-organs-2023.txt");
const audit = resolve(root, "../shared/tools/pdf-audit");
const children = [];
const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

after(() => {
  for (const c of children.reverse()) c.kill("SIGTERM");
});

const mouse = (actions) => ({ actions: [{ type: "pointer", id: "mouse", parameters: { pointerType: "mouse" }, actions }] });
const keys = (actions) => ({ actions: [{ type: "key", id: "keyboard", actions }] });
const at = (el, x = 0, y = 0, duration = 80) => ({ type: "pointerMove", origin: { [ELEMENT]: el }, x, y, duration });

/** The project's stored layout overrides (what every re-layout applies), read from the project file's settings: the
 *  app holds the file exclusively, so a copy of it and its write-ahead log is read. */
function overrides(path) {
  const dir = mkdtempSync(join(tmpdir(), "zhanban-canvas-db-"));
  const copy = join(dir, "p.zhanban");
  copyFileSync(path, copy);
  if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${copy}-wal`);
  const out = execFileSync("sqlite3", [copy, "SELECT value FROM settings WHERE key = 'project'"]).toString().trim();
  return (out ? JSON.parse(out).overrides : null) ?? {};
}

/** The shown board's id. */
const shownBoard = (s) => s.executeAsync(`arguments[0](document.querySelector('[data-testid="board-canvas"]').dataset.board);`);

/** Exports one board as the app does, checks its PDF with the print audit, and returns a hash of the page as poppler
 *  draws it (at 12 dpi) and its text. */
async function boardPdf(s, board) {
  const dir = mkdtempSync(join(tmpdir(), "zhanban-canvas-pdf-"));
  const r = await invoke(s, "export_boards", { dir, choice: { bleed: null, crop_marks: false, no_review: true, force: true, boards: [board] } });
  assert.equal(r.error, undefined, JSON.stringify(r.error));
  const [pdf] = readdirSync(dir).filter((f) => /^\d+-.*\.pdf$/.test(f));
  assert.ok(pdf, `the board's PDF in ${dir}`);
  const file = join(dir, pdf);
  execFileSync(audit, [file, "--min-ppi", "30", "--allow-whole-fonts"], { stdio: "pipe" });
  execFileSync("pdftoppm", ["-r", "12", "-png", "-singlefile", file, join(dir, "page")]);
  const pixels = createHash("sha256").update(readFileSync(join(dir, "page.png"))).digest("hex");
  const text = execFileSync("pdftotext", [file, "-"]).toString();
  return { pixels, text };
}

/** The edit changed the board's PDF; `undone` (after Ctrl+Z) is the PDF from before, pixel for pixel. */
function changedThenUndone(what, before, edited, undone) {
  assert.notEqual(edited.pixels, before.pixels, `${what}: the board's PDF changed`);
  assert.equal(undone.pixels, before.pixels, `${what}: undo brought the board's PDF back`);
}

/** Presses on one element, moves in steps to a point (element-relative), screenshots, releases. */
async function drag(s, from, to, { fx = 0, fy = 0, tx = 0, ty = 0, name }) {
  await s.call("POST", "/actions", mouse([at(from, fx, fy, 0), { type: "pointerDown", button: 0 }, at(from, fx + 8, fy + 8),
    at(to, tx - 6, ty - 6, 150), at(to, tx, ty, 150)]));
  await sleep(200);
  if (name) await shot(s, name);
  await s.call("POST", "/actions", mouse([{ type: "pointerUp", button: 0 }]));
  await s.call("DELETE", "/actions");
}

async function press(s, ...seq) {
  await s.call("POST", "/actions", keys(seq.flatMap((k) => [{ type: "keyDown", value: k }]).concat(seq.reverse().map((k) => ({ type: "keyUp", value: k })))));
  await s.call("DELETE", "/actions");
}
const CTRL = "\uE009";
const ENTER = "\uE007";
const ESC = "\uE00C";

/** The id of the element matching a selector (WebDriver). */
const el = (s, sel) => s.find(sel);
const canvasPhotos = (s) =>
  s.executeAsync(`arguments[0]([...document.querySelectorAll('[data-testid="board-canvas"] rect.hit[data-kind="image"]')].map((r) => r.dataset.photo));`);

/** Shows the first board with at least `n` photos; resolves to its outline index. */
async function boardWithPhotos(s, n, except = -1) {
  const count = await s.executeAsync(`arguments[0](document.querySelectorAll('[data-testid="board-outline"] li').length);`);
  for (let i = 0; i < count; i++) {
    if (i === except) continue;
    await s.click(`li[data-drop-board="${i}"] > button`);
    await sleep(150);
    if ((await canvasPhotos(s)).length >= n) return i;
  }
  throw new Error(`no board with ${n} photos`);
}

async function setWindow(s, env, width, height) {
  // The app's only window, resized as a user would (the window manager-less X server takes the size as asked):
  // through WebDriver, else with xdotool (the only visible top-level window is the app's).
  try {
    await s.call("POST", "/window/rect", { x: 0, y: 0, width, height });
  } catch {
    const ids = execFileSync("xdotool", ["search", "--onlyvisible", "--name", "."], { env }).toString().trim().split("\n");
    for (const id of ids) {
      execFileSync("xdotool", ["windowmove", id, "0", "0"], { env });
      execFileSync("xdotool", ["windowsize", id, String(width), String(height)], { env });
    }
  }
  await waitFor(s, `the window at ${width}×${height}`, `return window.innerWidth === arguments[0] && window.innerWidth;`, [width]);
}

/** Panels and open dialogs whose content is wider than they are (a clipped control or a horizontal scrollbar). */
const overflowing = (s) =>
  s.executeAsync(`arguments[0]([...document.querySelectorAll('.bar, .boards-bar, .boards-bar label, .outline, .stage, .zoom, .canvas-scroll, .inspector, .boards-body, .content, dialog[open], dialog[open] .field, html')]
    .filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => (e.className || e.tagName) + ' ' + e.scrollWidth + '>' + e.clientWidth));`);

/** Icon buttons (a symbol, no words) shown without a Chinese tooltip. */
const untipped = (s) =>
  s.executeAsync(`arguments[0]([...document.querySelectorAll('button')].filter((b) => b.offsetParent && !/\\p{L}/u.test(b.textContent))
    .filter((b) => !/[\\u4e00-\\u9fff]/.test(b.title)).map((b) => b.outerHTML.slice(0, 120)));`);

test("canvas: swap, move via the outline, resize, pan, edit in place, Delete, arrangements, reorder, undo; nothing cut off", async () => {
  assert.ok(existsSync(app), `build the desktop app first: ${app}`);
  const { session: s, env } = await launch(children, app, shots, { screen: "1920x1080x24" });
  try {
    await s.createProject("展板 画布");
    const report = await invoke(s, "import_paths", { paths: [article, ...realPhotos().slice(0, 8)] });
    assert.equal(report.error, undefined, JSON.stringify(report.error));
    const info = await invoke(s, "project_info");
    const db = info.path;
    await setWindow(s, env, 1366, 768);

    await s.click("#tab-boards");
    await s.find('[data-testid="board-canvas"]', 90000);
    await waitFor(s, "the outline", `return document.querySelectorAll('[data-testid="board-outline"] li').length >= 3;`, [], 60000);
    const shown = await boardWithPhotos(s, 2);
    await shot(s, "canvas-01-board-1366");

    // 1. Swap: drag the first photo onto the second.
    const [a, b] = await canvasPhotos(s);
    const board1 = await shownBoard(s);
    const pdf1 = await boardPdf(s, board1);
    await drag(s, await el(s, `rect.hit[data-photo="${a}"]`), await el(s, `rect.hit[data-photo="${b}"]`), { name: "canvas-02-swap-dragging" });
    await waitFor(s, "the photos swapped", `const p = [...document.querySelectorAll('[data-testid="board-canvas"] rect.hit[data-kind="image"]')].map((r) => r.dataset.photo); return p.indexOf(arguments[0]) < p.indexOf(arguments[1]) && p;`, [b, a], 30000);
    let o = overrides(db);
    assert.ok(o.photos[a].position > o.photos[b].position, `stored: ${JSON.stringify(o.photos)}`);
    await shot(s, "canvas-03-swapped");
    const swappedPdf = await boardPdf(s, board1);
    await press(s, CTRL, "z");
    await waitFor(s, "the swap undone", `const p = [...document.querySelectorAll('[data-testid="board-canvas"] rect.hit[data-kind="image"]')].map((r) => r.dataset.photo); return p.indexOf(arguments[0]) < p.indexOf(arguments[1]);`, [a, b], 30000);
    assert.equal(overrides(db).photos?.[a]?.position ?? null, null, "undo removed the pins");
    changedThenUndone("swap", pdf1, swappedPdf, await boardPdf(s, board1));

    // 1b. The target is highlighted while dragging, and Esc cancels the drag: nothing is stored.
    await s.call("POST", "/actions", mouse([at(await el(s, `rect.hit[data-photo="${a}"]`), 0, 0, 0), { type: "pointerDown", button: 0 },
      at(await el(s, `rect.hit[data-photo="${a}"]`), 8, 8), at(await el(s, `rect.hit[data-photo="${b}"]`), -6, -6, 150),
      at(await el(s, `rect.hit[data-photo="${b}"]`), 0, 0, 150)]));
    await sleep(200);
    assert.equal(await s.executeAsync(`arguments[0](!!document.querySelector('[data-testid="swap-target"]'));`), true, "the target is highlighted");
    await s.call("POST", "/actions", keys([{ type: "keyDown", value: ESC }, { type: "keyUp", value: ESC }]));
    await sleep(200);
    assert.equal(await s.executeAsync(`arguments[0](!!document.querySelector('[data-testid="swap-target"]'));`), false, "Esc took the highlight away");
    await s.call("POST", "/actions", mouse([{ type: "pointerUp", button: 0 }]));
    await s.call("DELETE", "/actions");
    await sleep(1000);
    assert.equal(overrides(db).photos?.[a]?.position ?? null, null, "Esc cancelled the swap");
    const still = await canvasPhotos(s);
    assert.ok(still.indexOf(a) < still.indexOf(b), `the photos where they were: ${still}`);

    // 2. Move a photo to another board by dropping it on that board in the outline.
    const targetIndex = await s.executeAsync(`const rows = [...document.querySelectorAll('[data-testid="board-outline"] li[data-group]')]; const shown = document.querySelector('[data-testid="board-canvas"]').dataset.board;
      const here = rows.find((li) => li.querySelector('[data-thumb]')?.dataset.thumb === shown)?.dataset.dropBoard;
      const r = rows.find((li) => li.dataset.dropBoard !== here && li.dataset.group !== 'preface' && li.dataset.group !== 'closing'); arguments[0](r ? [Number(r.dataset.dropBoard), r.dataset.group] : null);`);
    assert.ok(targetIndex, "another group to move to");
    const [toIndex, toGroup] = targetIndex;
    const toBoard = await s.executeAsync(`arguments[1](document.querySelector('li[data-drop-board="' + arguments[0] + '"] [data-thumb]').dataset.thumb);`, [toIndex]);
    const pdf2 = await boardPdf(s, toBoard);
    await drag(s, await el(s, `rect.hit[data-photo="${a}"]`), await el(s, `li[data-drop-board="${toIndex}"] > button`), { name: "canvas-04-move-over-outline" });
    // The canvas follows the photo to the board of its new group (a board shared by short sections is named by its
    // first section, so the board, not the group, is compared).
    await waitFor(s, "the photo followed to its new board", `return [...document.querySelectorAll('[data-testid="board-canvas"] rect.hit')].some((r) => r.dataset.photo === arguments[0]) && document.querySelector('[data-testid="board-canvas"]').dataset.board !== arguments[1];`, [a, board1], 30000);
    assert.equal(overrides(db).photos[a].group, toGroup);
    await shot(s, "canvas-05-moved");
    const movedPdf = await boardPdf(s, toBoard);
    await press(s, CTRL, "z");
    await sleep(1500);
    assert.equal(overrides(db).photos?.[a]?.group ?? null, null);
    changedThenUndone("move to another board", pdf2, movedPdf, await boardPdf(s, toBoard));
    await s.click(`li[data-drop-board="${shown}"] > button`);

    // 3. Resize by the corner handle: drag it outwards; the new size shows while dragging.
    // A photo the layout crops (so that panning its crop in step 4 shows in the PDF), else the first.
    const onBoard = await canvasPhotos(s);
    const frame = (await invoke(s, "layout_boards")).frames.boards.find((f) => f && f.id === board1);
    const cropped = frame?.items.find((i) => i.type === "image" && onBoard.includes(i.photo)
      && (i.crop.w < i.pixel_width * 0.97 || i.crop.h < i.pixel_height * 0.97));
    const c = cropped?.photo ?? onBoard[0];
    const pdf3 = await boardPdf(s, board1);
    await s.click(`rect.hit[data-photo="${c}"]`);
    await s.find('[data-testid="resize-handle"]', 15000);
    // The handle hides while it is dragged, so the moves are placed on the viewport, from where it was.
    // The outward drag stays inside the window (a photo low on the board has its handle near the window's edge).
    const [hx, hy, dx, dy] = await s.executeAsync(`const h = document.querySelector('[data-testid="resize-handle"]');
      h.scrollIntoView({ block: "center", inline: "center" });
      const r = h.getBoundingClientRect(), x = Math.round(r.left + r.width / 2), y = Math.round(r.top + r.height / 2);
      arguments[0]([x, y, Math.min(90, innerWidth - x - 4), Math.min(70, innerHeight - y - 4)]);`);
    assert.ok(dx > 20 || dy > 20, `room to drag the handle outwards (${dx}, ${dy})`);
    const vp = (x, y, duration = 80) => ({ type: "pointerMove", origin: "viewport", x, y, duration });
    await s.call("POST", "/actions", mouse([vp(hx, hy, 0), { type: "pointerDown", button: 0 }, vp(hx + Math.round(dx / 3), hy + Math.round(dy / 3)), vp(hx + dx, hy + dy, 200)]));
    await sleep(200);
    assert.match(await s.text('[data-testid="drag-label"]'), /放大/);
    await shot(s, "canvas-06-resizing");
    await s.call("POST", "/actions", mouse([{ type: "pointerUp", button: 0 }]));
    await s.call("DELETE", "/actions");
    await sleep(1500);
    assert.equal(overrides(db).photos[c].emphasis, "larger");
    assert.equal(await s.attribute('[data-emphasis="larger"]', "aria-pressed"), "true", "the inspector shows 放大 chosen");
    const resizedPdf = await boardPdf(s, board1);
    await press(s, CTRL, "z");
    await sleep(1500);
    assert.notEqual(overrides(db).photos?.[c]?.emphasis, "larger", "undone");
    changedThenUndone("resize", pdf3, resizedPdf, await boardPdf(s, board1));

    // 4. Pan the crop in 调整裁切 mode: the focal point is stored.
    await s.click('[data-testid="crop-mode"]');
    assert.equal(await s.attribute('[data-testid="crop-mode"]', "aria-pressed"), "true");
    const photo = await el(s, `rect.hit[data-photo="${c}"]`);
    // Towards the side with more of the picture cut away (dragging right shows more of its left), and far enough that
    // the crop moves visibly at 12 dpi: a pan towards an edge the crop already touches changes nothing.
    const toward = (at, slack) => (at > slack / 2 ? 1 : -1);
    const tx = cropped ? 160 * toward(cropped.crop.x, cropped.pixel_width - cropped.crop.w) : 160;
    const ty = cropped ? 100 * toward(cropped.crop.y, cropped.pixel_height - cropped.crop.h) : 100;
    await drag(s, photo, photo, { tx, ty, name: "canvas-07-panning" });
    await sleep(1500);
    const focal = overrides(db).photos[c].focal;
    assert.ok(Array.isArray(focal) && focal.every((v) => v >= 0 && v <= 1), `focal ${JSON.stringify(focal)}`);
    const pannedPdf = await boardPdf(s, board1);
    await press(s, CTRL, "z");
    await sleep(1500);
    assert.equal(overrides(db).photos?.[c]?.focal ?? null, null, "pan undone");
    // The photos are imported in parallel, so their order (and so the board's arrangement) varies from run to run:
    // when no photo on the board is cropped, a pan has nothing to move and only the stored focal point and its undo
    // are checked.
    if (cropped) changedThenUndone("pan the crop", pdf3, pannedPdf, await boardPdf(s, board1));
    else assert.equal((await boardPdf(s, board1)).pixels, pdf3.pixels, "pan undone: the board's PDF is back");
    await s.click('[data-testid="crop-mode"]');

    // 5. Edit a paragraph in place (Enter applies), then cancel another edit (Esc). The text is put in the editor as
    // an input method does (the test's keyboard cannot type Chinese); Enter and Esc are real keys.
    const texts = await s.executeAsync(`const t = [...document.querySelectorAll('[data-testid="board-canvas"] rect.hit[data-kind="text"]')]
      .sort((x, y) => y.getBBox().width * y.getBBox().height - x.getBBox().width * x.getBBox().height); arguments[0](t.map((r) => r.dataset.item));`);
    const dblclick = async (id) => {
      const e = await el(s, `rect.hit[data-item="${id}"]`);
      await s.call("POST", "/actions", mouse([at(e, 0, 0, 0), { type: "pointerDown", button: 0 }, { type: "pointerUp", button: 0 },
        { type: "pointerDown", button: 0 }, { type: "pointerUp", button: 0 }]));
      await s.call("DELETE", "/actions");
      await sleep(300);
      return s.executeAsync(`arguments[0](!!document.querySelector('[data-testid="in-place-editor"]'));`);
    };
    const typeInEditor = (text) => s.executeAsync(`const e = document.querySelector('[data-testid="in-place-editor"]'); e.value = arguments[0];
      e.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: arguments[0] })); arguments[1](true);`, [text]);
    const editable = [];
    const pdf5 = await boardPdf(s, board1);
    let editedPdf = null;
    for (const id of texts) {
      if (await dblclick(id)) {
        editable.push(id);
        if (editable.length === 1) {
          await typeInEditor("这是在展板上直接修改的一段文字。");
          await shot(s, "canvas-08-editing");
          await press(s, ENTER);
          await waitFor(s, "the edited text drawn", `return [...document.querySelectorAll('[data-testid="board-canvas"] .run, [data-testid="board-canvas"] .text-layer, [data-testid="board-canvas"] .run-pending')].map((g) => g.getAttribute('aria-label') ?? g.textContent).join('').includes('直接修改');`, [], 30000);
          assert.ok(overrides(db).texts.some((e) => e.text === "这是在展板上直接修改的一段文字。"));
          await shot(s, "canvas-09-edited");
          editedPdf = await boardPdf(s, board1);
          assert.match(editedPdf.text.replace(/\s/g, ""), /这是在展板上直接修改的一段文字/, "the PDF has the new text");
        } else {
          await typeInEditor("不要的修改");
          await press(s, ESC);
          await sleep(800);
          assert.equal(await s.executeAsync(`arguments[0](!!document.querySelector('[data-testid="in-place-editor"]'));`), false);
          assert.equal(overrides(db).texts.length, 1, "Esc stored nothing");
          break;
        }
      }
    }
    assert.equal(editable.length, 2, "two texts edited in place");
    await press(s, CTRL, "z");
    await sleep(1500);
    assert.equal((overrides(db).texts ?? []).length, 0, "edit undone");
    changedThenUndone("edit in place", pdf5, editedPdf, await boardPdf(s, board1));

    // 6a. Delete takes the selected photo off the board (it stays in the library); undo puts it back.
    const [d] = await canvasPhotos(s);
    await s.click(`rect.hit[data-photo="${d}"]`);
    await press(s, "\uE017");
    await waitFor(s, "the photo off the board", `return ![...document.querySelectorAll('[data-testid="board-canvas"] rect.hit')].some((r) => r.dataset.photo === arguments[0]);`, [d], 30000);
    assert.equal(overrides(db).photos[d].hidden, true);
    assert.ok((await invoke(s, "project_info")).photos.some((p) => p.hash === d), "still in the library");
    await shot(s, "canvas-09b-deleted");
    const deletedPdf = await boardPdf(s, board1);
    await press(s, CTRL, "z");
    await waitFor(s, "the photo back", `return [...document.querySelectorAll('[data-testid="board-canvas"] rect.hit')].some((r) => r.dataset.photo === arguments[0]);`, [d], 30000);
    changedThenUndone("Delete", pdf5, deletedPdf, await boardPdf(s, board1));

    // 6b. 换一种排法: the candidates show side by side; a click takes one; undo.
    await press(s, ESC);
    await s.executeAsync(`document.querySelector('[data-testid="board-wrap"]')?.focus(); arguments[0]();`);
    const inspectorScroll = () => s.executeAsync(`arguments[0](document.querySelector('[data-testid="inspector"]').scrollTop);`);
    const scrollBefore = await inspectorScroll();
    await s.click('[data-testid="another-arrangement"]');
    await s.find('[data-testid="arrangement-candidates"]', 60000);
    const shownCandidates = await s.executeAsync(`arguments[0]([...document.querySelectorAll('[data-testid="arrangement-candidates"] [data-candidate]')].filter((b) => b.querySelector('canvas.board-thumb')).length);`);
    assert.ok(shownCandidates >= 2 && shownCandidates <= 4, `${shownCandidates} candidates drawn`);
    assert.deepEqual(await overflowing(s), [], "the candidates fit the inspector");
    await shot(s, "canvas-09c-candidates");
    const pick = Number(await s.executeAsync(`arguments[0](document.querySelector('[data-candidate][aria-pressed="false"]').dataset.candidate);`));
    await s.click(`[data-candidate="${pick}"]`);
    await waitFor(s, "the arrangement taken", `return !document.querySelector('[data-testid="arrangement-candidates"]');`, [], 30000);
    await sleep(1000);
    assert.equal(await inspectorScroll(), scrollBefore, "the inspector scrolled back to where it was, its first lines in view");
    assert.equal(overrides(db).arrangements?.[board1], pick, JSON.stringify(overrides(db).arrangements));
    const arrangedPdf = await boardPdf(s, board1);
    await press(s, CTRL, "z");
    await sleep(1500);
    assert.equal(overrides(db).arrangements?.[board1] ?? null, null, "arrangement undone");
    changedThenUndone("arrangement", pdf5, arrangedPdf, await boardPdf(s, board1));

    // 6c. The zoom buttons show the chosen fit; 整板 shows the whole board in both directions.
    const pressed = () => s.executeAsync(`arguments[0](['zoom-whole', 'zoom-width', 'overview'].map((id) => document.querySelector('[data-testid="' + id + '"]').getAttribute('aria-pressed')));`);
    await s.click('[data-testid="zoom-width"]');
    assert.deepEqual(await pressed(), ["false", "true", "false"], "适合宽度 chosen");
    const widthZoom = await s.text('[data-testid="zoom-value"]');
    await s.click('[data-testid="zoom-in"]');
    assert.deepEqual(await pressed(), ["false", "false", "false"], "a zoom of one's own: neither fit chosen");
    assert.notEqual(await s.text('[data-testid="zoom-value"]'), widthZoom);
    await s.click('[data-testid="overview"]');
    assert.deepEqual(await pressed(), ["false", "false", "true"], "全部展板 chosen");
    await s.click('[data-testid="overview"]');
    await s.click('[data-testid="zoom-whole"]');
    assert.deepEqual(await pressed(), ["true", "false", "false"], "整板 chosen");
    await sleep(300);

    // 6d. Ctrl+S: the notice takes the status line — nothing moves, and it covers none of the board, which 整板 shows
    // whole.
    const boxes = () => s.executeAsync(`const r = (sel) => { const b = document.querySelector(sel).getBoundingClientRect(); return [b.left, b.top, b.width, b.height].map(Math.round).join(','); };
      arguments[0]([r('.canvas-scroll'), r('[data-testid="board-canvas"]'), r('.inspector'), r('.outline'), r('footer.path')]);`);
    const unsaved = await boxes();
    await press(s, CTRL, "s");
    await waitFor(s, "the Ctrl+S notice", `return document.querySelector('[data-testid="boards-notice"]')?.textContent.includes('自动保存');`, [], 10000);
    assert.deepEqual(await boxes(), unsaved, "the Ctrl+S notice moves nothing");
    const view = await s.executeAsync(`const c = document.querySelector('.canvas-scroll').getBoundingClientRect(); const b = document.querySelector('[data-testid="board-canvas"]').getBoundingClientRect();
      const n = document.querySelector('[data-testid="boards-notice"]').getBoundingClientRect();
      arguments[0]({ whole: b.left >= c.left - 1 && b.top >= c.top - 1 && b.right <= c.right + 1 && b.bottom <= c.bottom + 1 && b.height > 0.8 * c.height,
        covered: n.top < b.bottom && n.bottom > b.top && n.left < b.right && n.right > b.left });`);
    assert.deepEqual(view, { whole: true, covered: false }, "整板 shows the whole board and the notice covers none of it");
    await shot(s, "canvas-09d-saved");
    await s.click('footer.path button.icon');

    // 6e. The exhibition's tips speak plain words; the print terms (PDF/X-4, sRGB, FOGRA39) only under 详细说明.
    const tips = await s.executeAsync(`const p = document.querySelector('.problems'); if (p) p.open = true;
      arguments[0](p && { said: [...p.querySelectorAll(':scope > p')].map((e) => e.textContent).join(' '), details: [...p.querySelectorAll('[data-testid="finding-details"]')].map((d) => d.textContent).join(' ') });`);
    assert.ok(tips, "the exhibition's tips");
    assert.doesNotMatch(tips.said, /PDF\/X|sRGB|FOGRA/, "plain words");
    assert.match(tips.details, /PDF\/X-4.*sRGB.*FOGRA39/, "the terms on demand");
    await s.executeAsync(`const d = document.querySelector('.problems [data-testid="finding-details"]'); if (d) { d.open = true; d.scrollIntoView(); } arguments[0]();`);
    await shot(s, "canvas-09e-tips");
    await s.executeAsync(`document.querySelector('.problems').open = false; arguments[0]();`);

    // 6. Reorder groups in the outline (thumbnails) and undo.
    const before = await s.executeAsync(`arguments[0]([...document.querySelectorAll('[data-testid="board-outline"] li[data-group]')].map((li) => li.dataset.group));`);
    const last = before[before.length - 1];
    await drag(s, await el(s, `li[data-group="${last}"] > button`), await el(s, `li[data-group="${before[0]}"] > button`), { ty: -12, name: "canvas-10-reorder" });
    await waitFor(s, "reordered", `return document.querySelector('[data-testid="board-outline"] li[data-group]').dataset.group === arguments[0];`, [last], 30000);
    assert.equal(overrides(db).order[0], last);
    await press(s, CTRL, "z");
    await waitFor(s, "reorder undone", `return document.querySelector('[data-testid="board-outline"] li[data-group]').dataset.group === arguments[0];`, [before[0]], 30000);

    // 7. Nothing cut off at 1366×768: main panels, the overview, and each dialog; screenshots at both sizes.
    const views = async (size) => {
      await s.click('[data-testid="zoom-whole"]');
      assert.deepEqual(await overflowing(s), [], `boards view at ${size}`);
      // no control squeezed into a column of single characters (the 活动剪影 switch was, at 1366): the bar is one row
      const barHeight = await s.executeAsync(`arguments[0](document.querySelector('.boards-bar').getBoundingClientRect().height);`);
      assert.ok(barHeight <= 72, `the boards bar is one row at ${size} (${barHeight} px)`);
      assert.deepEqual(await untipped(s), [], "icon buttons without a Chinese tooltip");
      await shot(s, `canvas-11-boards-${size}`);
      await s.click('[data-testid="overview"]');
      await s.find('[data-testid="board-overview"]');
      assert.deepEqual(await overflowing(s), [], `overview at ${size}`);
      await shot(s, `canvas-12-overview-${size}`);
      await s.click('[data-testid="overview"]');
      for (const [open, dialog] of [['[data-testid="export"]', "export-dialog"], ['[data-testid="add-board"]', "add-board-dialog"]]) {
        await s.click(open);
        await s.find(`[data-testid="${dialog}"][open]`);
        assert.deepEqual(await overflowing(s), [], `${dialog} at ${size}`);
        await shot(s, `canvas-13-${dialog}-${size}`);
        await press(s, ESC);
      }
      for (const tab of ["photos", "writeups"]) {
        await s.click(`#tab-${tab}`);
        await sleep(300);
        assert.deepEqual(await overflowing(s), [], `${tab} at ${size}`);
        await shot(s, `canvas-14-${tab}-${size}`);
      }
      await s.click("#tab-boards");
      await s.find('[data-testid="board-canvas"]', 30000);
    };
    await views("1366");
    await setWindow(s, env, 1920, 1080);
    await views("1920");
    // At the window's minimum width (960) the bar wraps to a second row; no label or button breaks inside its words
    // (展板/尺寸 and 撤/销 stood in two lines each, the bar's controls squeezed to fit one row).
    await setWindow(s, env, 960, 768);
    await sleep(500);
    const tallest = await s.executeAsync(`arguments[0](Array.from(document.querySelectorAll('.boards-bar > *'))
      .map((e) => [e.textContent.trim(), Math.round(e.getBoundingClientRect().height)]).sort((a, b) => b[1] - a[1])[0]);`);
    assert.ok(tallest[1] <= 48, `a control of the boards bar broke inside its words at 960: ${tallest}`);
    await shot(s, "canvas-15-boards-960");
  } catch (e) {
    await shot(s, "canvas-failed").catch(() => {});
    throw e;
  } finally {
    await s.end();
  }
});
