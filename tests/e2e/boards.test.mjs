// End-to-end test of the whole flow in the real desktop app under Xvfb, as a user works: create a project, import
// real photos (through the command the drop handler calls, with real paths), paste a corpus article and accept what
// was understood, open 展板 (whose canvas must draw the engine's own glyphs, each run one path, and logs how
// long the first board's outlines took), select a photo on the canvas and move it to another board, undo that, then
// export from the dialog and check every board PDF on disk with the independent print audit (../shared/tools/pdf-audit).
// Screenshots: tests/out/e2e/boards-*.png.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { asHtml, invoke, launch, paste, realPhotos, shot, waitFor } from "./driver.mjs";

const root = resolve(import.meta.dirname, "../..");
const target = process.env.CARGO_TARGET_DIR || join(root, "target");
const app = join(target, "debug", "zhanban");
const shots = join(root, "tests", "out", "e2e");
const article = resolve(root, "../shared/corpus/qingdao-model-organs-2023.txt");
const audit = resolve(root, "../shared/tools/pdf-audit");
const children = [];

after(() => {
  for (const c of children.reverse()) c.kill("SIGTERM");
});

/** A page script: once every text run on the canvas is drawn with glyph outlines (no bar left), how many — as
 *  run paths or as text items' layers (canvases painted once), and how many layers have ink on them. */
const glyphsDrawn = `
  const b = document.querySelector('[data-testid="board-canvas"]');
  if (!b || b.dataset.glyphs !== "ready" || b.querySelector("rect.run-pending")) return null;
  const runs = [...b.querySelectorAll("path.run")];
  const layers = [...b.querySelectorAll(".text-layer")];
  const inked = layers.filter((l) => {
    const c = l.querySelector("canvas");
    if (!c || !c.width || !c.height) return false;
    const d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
    for (let i = 3; i < d.length; i += 4) if (d[i]) return true;
    return false;
  }).length;
  return { glyphs: [...runs, ...layers].reduce((n, p) => n + [...(p.getAttribute("aria-label") ?? "")].length, 0),
    runs: runs.length, layers: layers.length, inked };`;

/** The group of boards (layout's key) a photo is on, from a fresh layout. */
async function groupOf(s, hash) {
  const payload = await invoke(s, "layout_boards");
  assert.equal(payload.error, undefined, JSON.stringify(payload.error));
  const board = payload.frames.boards.find((b) => b.items.some((i) => i.type === "image" && i.photo === hash));
  // A board shared by short sections lists each section with its photos.
  const summary = payload.summary.boards.find((b) => b.id === board.id);
  return summary.groups.find((g) => g.photos.includes(hash))?.key ?? summary.group;
}

/** Ids of the boards that hold group `key` (its own, or one it shares with other short sections). */
async function boardsOf(s, key) {
  const payload = await invoke(s, "layout_boards");
  return payload.summary.boards.filter((b) => b.group === key || b.groups.some((g) => g.key === key)).map((b) => b.id);
}

test("boards: lay out, move a photo, undo, export audited PDFs", async () => {
  assert.ok(existsSync(app), `build the desktop app first: ${app}`);
  const { session: s, home } = await launch(children, app, shots);
  try {
    await s.createProject("展板 测试");

    const photos = realPhotos().slice(0, 8);
    const report = await invoke(s, "import_paths", { paths: photos });
    assert.equal(report.error, undefined, JSON.stringify(report.error));
    assert.equal(report.imported.length, photos.length);

    // The article is pasted (as from a web page) in 文稿, and what was understood is accepted.
    await s.click("#tab-writeups");
    await s.find('[data-testid="writeups-view"] #writeup-paste-box');
    const text = readFileSync(article, "utf8");
    assert.equal(await paste(s, '[data-testid="writeups-view"]', asHtml(text), text), true, "the paste is taken");
    await s.find('[data-testid="writeup-review"][data-draft="true"]', 30000);
    await s.click("#writeup-accept");
    await s.find('[data-testid="writeup-review"][data-draft="false"]', 30000);

    const clicked = Date.now();
    await s.click("#tab-boards");
    await s.find('[data-testid="board-canvas"]', 60000);
    const shown = Date.now();
    // The canvas draws the glyphs the engine shaped, from the frames' own font files (each text item painted once
    // into a layer at the shown zoom), not the system's fonts: every run, once the outlines are in (timings to
    // within the ~100 ms of polling).
    const drawn = await waitFor(s, "the canvas drawn with the engine's glyphs", glyphsDrawn, [], 60000);
    const ready = Date.now();
    console.log(`first board: canvas ${shown - clicked} ms after 展板 was clicked (layout), its ${drawn.glyphs} glyphs ` +
      `drawn as ${drawn.layers} layers and ${drawn.runs} paths ${ready - shown} ms later`);
    assert.ok(drawn.glyphs > 100, `the first board's text is drawn with the engine's glyphs (${JSON.stringify(drawn)})`);
    assert.ok(drawn.layers > 0 && drawn.runs === 0, `at this zoom every text item is a layer (${JSON.stringify(drawn)})`);
    assert.equal(drawn.inked, drawn.layers, "every layer is painted");
    const outline = await waitFor(s, "the outline", `const n = document.querySelectorAll('[data-testid="board-outline"] li').length; return n > 1 && n;`);
    assert.ok(outline >= 3, `several boards (${outline})`);
    await shot(s, "boards-01-first-board");

    // Show the first board with a photo and select the photo on the canvas.
    // Show the first board with a photo (as a user clicks it in the outline) and select the photo on the canvas.
    const layout = await invoke(s, "layout_boards");
    const withPhoto = layout.frames.boards.findIndex((b) => b.items.some((i) => i.type === "image"));
    const found = withPhoto >= 0;
    if (found) {
      // (a board shared by short sections has a row per section: the board's first row shows it)
      await s.click(`[data-testid="board-outline"] li[data-drop-board="${withPhoto}"] > button`);
      await waitFor(s, "the board shown", `return document.querySelector('[data-testid="board-canvas"]')?.dataset.board === arguments[0];`, [layout.frames.boards[withPhoto].id]);
    }
    assert.ok(found, "some board shows a photo");
    const t = Date.now();
    const photoBoard = await waitFor(s, "that board's glyphs", glyphsDrawn, [], 60000);
    console.log(`board ${withPhoto + 1}: ${photoBoard.glyphs} glyphs drawn within ${Date.now() - t} ms of showing it`);
    assert.ok(photoBoard.glyphs > 0);
    await s.click('svg.board rect.hit[data-kind="image"]');
    await s.find('[data-testid="photo-inspector"]');
    const hash = await waitFor(s, "selected photo", `
      const sel = document.querySelector('svg.board rect.selection'); if (!sel) return null;
      const img = document.querySelector('svg.board svg[data-photo]'); return img && img.dataset.photo;`);
    await shot(s, "boards-02-photo-selected");

    // Zoomed in, the canvas swaps to a sharp 2048 px preview made from the original once the photo is shown larger
    // than 1.5× the 512 px preview (previews are asked for at the size shown, issue #20). From 整板 (the whole board
    // in view), 25 % a step, until then.
    const href = () => s.executeAsync(`arguments[0](document.querySelector('svg.board svg[data-photo] image')?.getAttribute('href') ?? "");`);
    const first = await href();
    for (let i = 0; i < 10 && !(await href()).endsWith("/large"); i++) await s.click('[data-testid="zoom-in"]');
    assert.ok(!first.endsWith("/large"), `the whole board shows a small preview (${first})`);
    const sharp = await waitFor(s, "the sharp preview", `
      const img = document.querySelector('svg.board svg[data-photo] image');
      const href = img && img.getAttribute('href');
      if (!href || !href.endsWith('/large')) return null;
      return new Promise((ok) => { const i = new Image(); i.onload = () => ok(i.naturalWidth); i.onerror = () => ok(-1); i.src = href; });`,
      [], 60000);
    assert.ok(sharp > 512, `sharp preview ${sharp} px wide`);
    await shot(s, "boards-02b-zoomed");
    await s.click('.zoom button:nth-child(1)');

    // Move it to another group of boards with the inspector.
    const before = await groupOf(s, hash);
    const to = await waitFor(s, "another group", `
      const sel = document.querySelector('[data-testid="move-photo"]');
      const other = [...sel.options].map((o) => o.value).find((v) => v !== arguments[0]);
      if (!other) return null;
      sel.value = other; sel.dispatchEvent(new Event("change", { bubbles: true })); return other;`, [before]);
    const deadline = Date.now() + 60000;
    for (;;) {
      const shown = await s.executeAsync(`const b = document.querySelector('[data-testid="board-canvas"]');
        arguments[1](b && b.querySelector('svg[data-photo="' + arguments[0] + '"]') ? b.dataset.board : null);`, [hash]);
      if (shown && (await boardsOf(s, to)).includes(shown)) break;
      assert.ok(Date.now() < deadline, `timed out waiting for the photo on a board of ${to} (shown: ${shown})`);
      await new Promise((r) => setTimeout(r, 250));
    }
    await shot(s, "boards-03-photo-moved");
    assert.equal(await groupOf(s, hash), to, "the move is stored and survives a re-layout");

    // Undo with the toolbar button: the photo goes back.
    await s.click('[data-testid="undo"]');
    await waitFor(s, "undo finished", `return !document.querySelector('.canvas-scroll.busy') && document.querySelector('[data-testid="redo"]:not([disabled])') && true;`, [], 60000);
    assert.equal(await groupOf(s, hash), before, "undo puts the photo back");
    await shot(s, "boards-04-undone");

    // 展标: the toolbar's switch opens the exhibition with a title board (exported and audited with the rest below).
    await s.click('[data-testid="title-board"]');
    await waitFor(s, "the title board in the outline", `return document.querySelector('[data-testid="board-outline"] li .bname')?.textContent === "展标";`, [], 60000);
    const titled = await invoke(s, "layout_boards");
    assert.equal(titled.frames.boards[0].name, "展标", "the title board comes first");
    assert.equal(titled.frames.boards.length, layout.frames.boards.length + 1, "one board more");

    // Export from the dialog into the default folder beside the project.
    await s.click('[data-testid="export"]');
    const dir = await s.attribute('[data-testid="export-dir"]', "title");
    assert.ok(dir.startsWith(join(home, "Documents", "展板工坊")), dir);
    await s.click('[data-testid="start-export"]');
    await s.find('[data-testid="export-done"]', 300000);
    await shot(s, "boards-05-exported");

    // The photo library knows which photos are on boards and which write-up captions still wait for a photo.
    await s.executeAsync(`document.querySelector('dialog[open] .actions button.secondary')?.click(); arguments[0]();`);
    await s.click("#tab-photos");
    await s.find('[data-testid="open-slots"]');
    await s.click('.chip[data-filter="uncaptioned"]');
    await shot(s, "boards-06-library");

    const pdfs = readdirSync(dir).filter((f) => /^\d+-.*\.pdf$/.test(f)); // boards; 打印清单.pdf is the print list
    assert.equal(pdfs.length, titled.frames.boards.length, `one PDF per board in ${dir}: ${pdfs}`);
    for (const f of pdfs) {
      execFileSync(audit, [join(dir, f), "--trim", "1200x900", "--bleed", "3", "--pdfx", "--min-ppi", "72"], { stdio: "pipe" });
    }
  } catch (e) {
    await shot(s, "boards-failed").catch(() => {});
    throw e;
  } finally {
    await s.end();
  }
});
