// Benchmark: how long an edit takes in the real desktop app, as the user feels it — not only the engine's re-layout
// (`cargo bench -p zhanban-layout`) but the `adjust` command (edit stored, re-layout, preflight, the payload built and
// serialised), the IPC, the UI's model and the SVG redraw. Run by `bash scripts/bench app` (which builds the release
// app and the UI first); not a test: `node --test tests/e2e/` does not pick it up (no .test. in its name).
//
// The release app runs under Xvfb with tauri-driver + WebKitWebDriver (driver.mjs, as the e2e tests). The project is
// made in the app by project.mjs (24 real photos, the corpus and twelve real pages, four boards of four photos): about
// 25 boards (the count is printed). In 展板 the longest body
// paragraph drawn on one board is shown and selected; then each round times in the page, with performance.now():
//   (a) a no-op command's round trip (cancel_export): the IPC floor;
//   (b) the `adjust` command alone with a one-word text edit and the keys of the boards held (as the UI sends
//       them), until its promise resolves (payload parsed);
//   (c) the same kind of edit as the user makes it — the inspector's textarea and its 应用 button — until the
//       canvas shows it: the model has the new layout, the DOM is patched, and the next frame is painted
//       (requestAnimationFrame, then a task after that frame's rendering); beside it, an idle frame measured the
//       same way, and how long (c)'s frame itself took.
// Every edit uses another word, so each one is really laid out again. Rounds interleave a, b and c, so load from
// other processes affects them alike; the first rounds warm up and are not counted. Figures are ratios to (a) in
// the same run, never assertions.
// Then the canvas's own edits, timed the same way (c is): (d) a photo dragged onto another photo of its board (pointer
// events as the mouse gives them: pointerdown, moves, pointerup over the other photo) until the board is redrawn
// with the two swapped — or, when no board has two photos, onto another board in the outline until the canvas shows
// it there; (e) the paragraph edited in place (double-click, the editor's text, Enter) until redrawn.
// They are undone afterwards, so the project stays as edit_phases expects it.
//
// Usage: node tests/e2e/bench/app.mjs [edits]   (36 by default; env CARGO_TARGET_DIR as for cargo;
// ZHANBAN_BENCH_APP=/path/to/zhanban measures another build). WebKit's performance.now() counts whole milliseconds.
// The project is kept in $CARGO_TARGET_DIR/bench-app/ for `cargo bench --bench edit_phases` (scripts/bench app).
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { invoke, launch, shot, waitFor } from "../driver.mjs";
import { benchProject, run } from "./project.mjs";

const root = resolve(import.meta.dirname, "../../..");
const target = process.env.CARGO_TARGET_DIR || join(root, "target");
const app = process.env.ZHANBAN_BENCH_APP || join(target, "release", "zhanban"); // another build, to compare
const work = join(target, "bench-app");
const shots = join(root, "tests", "out", "bench");
const edits = Math.max(30, Number(process.argv[2]) || 36);
const WARM_UP = 6; // every word used once: the canvas fetches the outlines of a character it has not drawn yet
const CANVAS_ROUNDS = 12; // (d) and (e) each, after CANVAS_WARM_UP rounds not counted
const CANVAS_WARM_UP = 2;
const children = [];
// The app as it ships: without accelerated compositing (src-tauri/src/shell/webview.rs), so without screenshots
// (WebKitWebDriver's never return then). ZHANBAN_E2E_NO_SHOTS= (empty) keeps both, to compare.
process.env.ZHANBAN_E2E_NO_SHOTS ??= "1";

/** The words put in place of the paragraph's first 机关 (or its first two characters), as the layout bench does. */
const WORDS = ["单位", "部门", "系统", "支部", "组织", "队伍", "干部", "党员", "岗位", "窗口", "基层", "一线"];
function edited(base, k) {
  const word = WORDS[k % WORDS.length] + "、".repeat(Math.floor(k / WORDS.length));
  const at = base.indexOf("机关");
  return at >= 0 ? base.slice(0, at) + word + base.slice(at + 2) : word + base.slice(2);
}

/** One round in the page: (a), (b) and (c); resolves to their times in ms and what (c) left on the canvas. */
const ROUND = `
const done = arguments[arguments.length - 1];
const [target, textB, textC] = arguments;
const invoke = window.__benchInvoke;
// The next frame: when its requestAnimationFrame callbacks run, and when a task after its rendering runs.
const frame = () => new Promise((ok) => requestAnimationFrame(() => { const start = performance.now(); const c = new MessageChannel(); c.port1.onmessage = () => ok({ start, end: performance.now() }); c.port2.postMessage(0); }));
(async () => {
  let t = performance.now();
  await invoke("cancel_export", {});
  const a = performance.now() - t;

  t = performance.now();
  // With the keys of the boards held, as the UI sends them (held.ts): the boards it holds come back as null.
  const payload = await invoke("adjust", { adjustment: { kind: "text", target, text: textB }, known: window.__benchKnown });
  const b = performance.now() - t;
  if (!payload || !payload.frames) throw new Error("adjust failed: " + JSON.stringify(payload));
  window.__benchKnown = payload.keys ?? [];
  const sent = payload.frames.boards.filter((f) => f).length;
  const json = JSON.stringify(payload);
  t = performance.now();
  JSON.parse(json);
  const parse = performance.now() - t;
  await frame();
  t = performance.now();
  const idle = (await frame()).end - t;

  const area = document.querySelector('[data-testid="inspector-text"]');
  if (!area) throw new Error("the text inspector is not shown");
  area.value = textC;
  area.dispatchEvent(new Event("input", { bubbles: true }));
  const apply = area.closest('[data-testid="text-inspector"]').querySelector(".actions button.primary");
  const scroll = document.querySelector(".canvas-scroll");
  const before = document.querySelector('[data-testid="board-canvas"]').innerHTML;
  await frame();
  let seenBusy = false;
  let model = 0;
  const updated = new Promise((ok) => {
    const obs = new MutationObserver(() => {
      if (scroll.classList.contains("busy")) seenBusy = true;
      else if (seenBusy) { model = performance.now(); obs.disconnect(); ok(); }
    });
    obs.observe(scroll, { attributes: true, attributeFilter: ["class"] });
  });
  const t0 = performance.now();
  apply.click();
  await updated;
  const { start: frameStart, end: painted } = await frame();
  const canvas = document.querySelector('[data-testid="board-canvas"]');
  done({ a, b, c: painted - t0, model: model - t0, render: painted - frameStart, sent, parse, idle, bytes: new TextEncoder().encode(json).length,
    redrawn: !!canvas && canvas.innerHTML !== before, glyphs: canvas?.dataset.glyphs ?? null,
    error: document.querySelector(".boards-view .error")?.textContent ?? null });
})().catch((e) => done({ error: String(e) }));`;

/** The page's wait for an edit: the canvas goes busy and back, then the next frame is painted. */
const AWAIT_REDRAW = `
const frame = () => new Promise((ok) => requestAnimationFrame(() => { const start = performance.now(); const c = new MessageChannel(); c.port1.onmessage = () => ok({ start, end: performance.now() }); c.port2.postMessage(0); }));
const redrawn = () => {
  const scroll = document.querySelector(".canvas-scroll");
  let on = 0;
  return new Promise((ok) => {
    const obs = new MutationObserver(() => {
      if (scroll.classList.contains("busy")) on ||= performance.now();
      else if (on) { obs.disconnect(); ok({ on, off: performance.now() }); }
    });
    obs.observe(scroll, { attributes: true, attributeFilter: ["class"] });
  });
};`;

/** (d): drags the shown board's first photo onto its k-th other photo; resolves to the time and the orders. */
const SWAP = `
const done = arguments[arguments.length - 1];
const k = arguments[0];
${AWAIT_REDRAW}
(async () => {
  const svg = document.querySelector('[data-testid="board-canvas"]');
  const photos = () => [...document.querySelectorAll('[data-testid="board-canvas"] rect.hit[data-kind="image"]')];
  const hits = photos();
  const p = hits[0], q = hits[1 + (k % (hits.length - 1))];
  const mid = (el) => { const r = el.getBoundingClientRect(); return { clientX: r.left + r.width / 2, clientY: r.top + r.height / 2 }; };
  const ev = (type, el, at) => el.dispatchEvent(new PointerEvent(type, { bubbles: true, pointerId: 1, pointerType: "mouse", isPrimary: true, button: 0, buttons: type === "pointerup" ? 0 : 1, ...at }));
  const from = mid(p), to = mid(q);
  const before = hits.map((h) => h.dataset.photo);
  ev("pointerdown", p, from);
  ev("pointermove", svg, { clientX: from.clientX + 12, clientY: from.clientY + 12 });
  ev("pointermove", svg, to);
  await frame();
  const wait = redrawn();
  const t0 = performance.now();
  ev("pointerup", svg, to);
  const { on, off } = await wait;
  const { start: frameStart, end } = await frame();
  done({ d: end - t0, on: on - t0, off: off - t0, rAF: frameStart - t0, before, after: photos().map((h) => h.dataset.photo), swapped: [p.dataset.photo, q.dataset.photo],
    error: document.querySelector(".boards-view .error")?.textContent ?? null });
})().catch((e) => done({ error: String(e) }));`;

/** (d) when no board has two photos: drags the shown board's first photo onto the first board of group `to` in the
 *  outline; resolves to the time and whether the canvas followed it there. */
const MOVE = `
const done = arguments[arguments.length - 1];
const to = arguments[0];
${AWAIT_REDRAW}
(async () => {
  const svg = document.querySelector('[data-testid="board-canvas"]');
  const p = svg.querySelector('rect.hit[data-kind="image"]');
  const target = document.querySelector('[data-testid="board-outline"] li[data-group="' + to + '"] > button');
  target.scrollIntoView({ block: "nearest" });
  await frame();
  const mid = (el) => { const r = el.getBoundingClientRect(); return { clientX: r.left + r.width / 2, clientY: r.top + r.height / 2 }; };
  const ev = (type, el, at) => el.dispatchEvent(new PointerEvent(type, { bubbles: true, pointerId: 1, pointerType: "mouse", isPrimary: true, button: 0, buttons: type === "pointerup" ? 0 : 1, ...at }));
  const from = mid(p), over = mid(target);
  const photo = p.dataset.photo;
  ev("pointerdown", p, from);
  ev("pointermove", svg, { clientX: from.clientX + 12, clientY: from.clientY + 12 });
  ev("pointermove", svg, over);
  await frame();
  const wait = redrawn();
  const t0 = performance.now();
  ev("pointerup", svg, over);
  const { on, off } = await wait;
  const { start: frameStart, end } = await frame();
  const now = document.querySelector('[data-testid="board-canvas"]');
  done({ d: end - t0, on: on - t0, off: off - t0, rAF: frameStart - t0, followed: now.dataset.board.startsWith(to) && !!now.querySelector('rect.hit[data-photo="' + photo + '"]'),
    error: document.querySelector(".boards-view .error")?.textContent ?? null });
})().catch((e) => done({ error: String(e) }));`;

/** (e): edits the text item in place to the given text; resolves to the time and whether the board shows it. */
const IN_PLACE = `
const done = arguments[arguments.length - 1];
const [item, text] = arguments;
${AWAIT_REDRAW}
(async () => {
  const hit = document.querySelector('rect.hit[data-item="' + item + '"]');
  hit.dispatchEvent(new MouseEvent("dblclick", { bubbles: true }));
  await frame();
  const editor = document.querySelector('[data-testid="in-place-editor"]');
  if (!editor) throw new Error("no in-place editor");
  editor.value = text;
  editor.dispatchEvent(new Event("input", { bubbles: true }));
  await frame();
  const before = document.querySelector('[data-testid="board-canvas"]').innerHTML;
  const wait = redrawn();
  const t0 = performance.now();
  editor.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
  const { on, off } = await wait;
  const { start: frameStart, end } = await frame();
  done({ e: end - t0, on: on - t0, off: off - t0, rAF: frameStart - t0, redrawn: document.querySelector('[data-testid="board-canvas"]').innerHTML !== before,
    error: document.querySelector(".boards-view .error")?.textContent ?? null });
})().catch((e) => done({ error: String(e) }));`;

const stats = (xs) => {
  const s = [...xs].sort((x, y) => x - y);
  return { median: s[Math.floor(s.length / 2)], worst: s[s.length - 1] };
};
const ms = (x) => `${x.toFixed(1).padStart(6)} ms`;

async function main() {
  if (!existsSync(app)) throw new Error(`build the release app first (bash scripts/bench app does): ${app}`);
  rmSync(work, { recursive: true, force: true });
  const home = join(work, "home");
  mkdirSync(home, { recursive: true });
  const { session: s } = await launch(children, app, shots, { home });
  try {
    await s.createProject("bench");

    const { articles } = await benchProject(s);

    await s.click("#tab-boards");
    await s.find('[data-testid="board-canvas"]', 120000);
    await waitFor(s, "the outline", `return document.querySelectorAll('[data-testid="board-outline"] li').length > 1;`, [], 60000);

    // The longest body paragraph drawn whole on one board (as the inspector lets it be edited).
    const layout = await invoke(s, "layout_boards");
    if (layout.error) throw new Error(`layout: ${JSON.stringify(layout.error)}`);
    const boards = layout.frames.boards;
    const key = (src) => JSON.stringify(src);
    const onBoards = new Map();
    for (const b of boards) {
      for (const k of new Set(b.items.filter((i) => i.type === "text").map((i) => key(i.source)))) {
        onBoards.set(k, (onBoards.get(k) ?? 0) + 1);
      }
    }
    const textOf = (i) => i.runs.map((r) => r.glyphs.map((g) => g.text).join("")).join("");
    let best = null;
    boards.forEach((b, index) => {
      for (const i of b.items) {
        if (i.type !== "text" || i.role !== "body" || i.source.kind !== "block" || onBoards.get(key(i.source)) !== 1) continue;
        const n = textOf(i).length;
        if (!best || n > best.length) best = { index, board: b, item: i, length: n };
      }
    });
    if (!best) throw new Error("no body paragraph on a single board");
    const glyphs = best.board.items.reduce((n, i) => n + (i.type === "text" ? i.runs.reduce((m, r) => m + r.glyphs.length, 0) : 0), 0);
    const photoCount = boards.reduce((n, b) => n + b.items.filter((i) => i.type === "image").length, 0);

    await s.click(`[data-testid="board-outline"] li[data-drop-board="${best.index}"] > button`);
    await waitFor(s, "the board shown", `return document.querySelector('[data-testid="board-canvas"]')?.dataset.board === arguments[0];`, [best.board.id]);
    await s.executeAsync(`const done = arguments[arguments.length - 1];
      document.querySelector('rect.hit[data-item="' + arguments[0] + '"]').dispatchEvent(new MouseEvent("click", { bubbles: true }));
      done(true);`, [best.item.id]);
    const base = await waitFor(s, "the text inspector", `return document.querySelector('[data-testid="inspector-text"]')?.value;`);
    await shot(s, "app-01-selected");

    // (b) sends the keys of the boards it holds, as the UI does, starting from a full layout's.
    await s.executeAsync(`const done = arguments[arguments.length - 1];
      window.__benchInvoke = window.__TAURI_INTERNALS__.invoke;
      window.__benchKnown = arguments[0];
      done(true);`, [layout.keys ?? []]);
    const rounds = [];
    for (let k = 0; k < edits + WARM_UP; k++) {
      const textB = edited(base, 2 * k);
      const textC = edited(base, 2 * k + 1);
      const r = await s.executeAsync(ROUND, [best.item.source, textB, textC]);
      if (!r || r.error) throw new Error(`round ${k}: ${JSON.stringify(r?.error ?? r)}`);
      if (!r.redrawn) throw new Error(`round ${k}: the canvas was not redrawn`);
      if (k >= WARM_UP) rounds.push(r);
    }
    await shot(s, "app-02-edited");

    // (e) The same paragraph edited in place on the canvas.
    const inPlace = [];
    for (let k = 0; k < CANVAS_ROUNDS + CANVAS_WARM_UP; k++) {
      const r = await s.executeAsync(IN_PLACE, [best.item.id, edited(base, 2 * (edits + WARM_UP) + k)]);
      if (!r || r.error || !r.redrawn) throw new Error(`in-place round ${k}: ${JSON.stringify(r)}`);
      if (k >= CANVAS_WARM_UP) inPlace.push(r);
    }
    await shot(s, "app-03-edited-in-place");
    // (d) A photo dragged onto another on the board with the most photos (the boards given several above); only
    // were there none, a photo dragged onto another board in the outline, back and forth (reported as such).
    const mostPhotos = boards.map((b, index) => ({ index, n: b.items.filter((i) => i.type === "image").length }))
      .sort((x, y) => y.n - x.n || x.index - y.index)[0];
    if (!mostPhotos || mostPhotos.n < 1) throw new Error("no board with a photo");
    const swapping = mostPhotos.n >= 2;
    const homeGroup = layout.summary.boards[mostPhotos.index].group;
    const otherGroup = layout.summary.boards.find((b) => b.group !== homeGroup && b.group !== "preface" && b.group !== "closing")?.group;
    if (!swapping && !otherGroup) throw new Error("no other group to move a photo to");
    await s.click(`[data-testid="board-outline"] li[data-drop-board="${mostPhotos.index}"] > button`);
    await waitFor(s, "the photo's board", `return document.querySelectorAll('[data-testid="board-canvas"] rect.hit[data-kind="image"]').length >= 1;`);
    const swaps = [];
    for (let k = 0; k < CANVAS_ROUNDS + CANVAS_WARM_UP; k++) {
      let r;
      if (swapping) {
        r = await s.executeAsync(SWAP, [k]);
        if (!r || r.error) throw new Error(`swap round ${k}: ${JSON.stringify(r)}`);
        const [a, b] = r.swapped;
        if (r.after.indexOf(a) !== r.before.indexOf(b) || r.after.indexOf(b) !== r.before.indexOf(a)) {
          throw new Error(`swap round ${k} did not swap: ${JSON.stringify(r)}`);
        }
      } else {
        r = await s.executeAsync(MOVE, [k % 2 === 0 ? otherGroup : homeGroup]);
        if (!r || r.error || !r.followed) throw new Error(`move round ${k}: ${JSON.stringify(r)}`);
      }
      if (k >= CANVAS_WARM_UP) swaps.push(r);
    }
    await shot(s, "app-04-swapped");
    for (let k = 0; k < 2 * (CANVAS_ROUNDS + CANVAS_WARM_UP); k++) {
      const u = await invoke(s, "undo", {});
      if (u.error) throw new Error(`undo: ${JSON.stringify(u.error)}`);
    }
    // The paragraph as written again, so that benches/edit_phases.rs edits the same text on this project.
    const restored = await invoke(s, "adjust", { adjustment: { kind: "text", target: best.item.source, text: null } });
    if (restored.error) throw new Error(`restore: ${JSON.stringify(restored.error)}`);

    const a = stats(rounds.map((r) => r.a));
    const b = stats(rounds.map((r) => r.b));
    const c = stats(rounds.map((r) => r.c));
    const model = stats(rounds.map((r) => r.model));
    const parse = stats(rounds.map((r) => r.parse));
    const idle = stats(rounds.map((r) => r.idle));
    const render = stats(rounds.map((r) => r.render));
    const fallback = rounds.filter((r) => r.glyphs && r.glyphs !== "ready").length;
    const sent = stats(rounds.map((r) => r.sent)).median;
    const kB = stats(rounds.map((r) => r.bytes / 1000)).median;
    console.log(`app: ${boards.length} boards (${photoCount} photos, ${articles.length} write-ups), ${best.board.width}×${best.board.height} mm; ` +
      `${edits} one-word edits of a ${best.length}-character paragraph on board ${best.board.number} ` +
      `(${best.board.items.length} items, ${glyphs} glyphs), ${WARM_UP} warm-up rounds not counted`);
    console.log(`  adjust's payload: ${kB.toFixed(0)} kB of JSON, ${sent} of ${boards.length} boards sent (medians)`);
    console.log(`  (a) no-op command round trip (the IPC floor):   median ${ms(a.median)}, worst ${ms(a.worst)}`);
    console.log(`  (b) adjust command, until its promise resolves:  median ${ms(b.median)}, worst ${ms(b.worst)}`);
    console.log(`      its payload's JSON.parse alone (in the page):  median ${ms(parse.median)}, worst ${ms(parse.worst)}`);
    console.log(`  (c) edit in the inspector → board redrawn:       median ${ms(c.median)}, worst ${ms(c.worst)}`);
    console.log(`      of which until the model and DOM updated:    median ${ms(model.median)}, worst ${ms(model.worst)}`);
    console.log(`  the next frame when nothing changed (c's floor):  median ${ms(idle.median)}, worst ${ms(idle.worst)}`);
    console.log(`      (c)'s frame, from its start to after its rendering: median ${ms(render.median)}, worst ${ms(render.worst)}`);
    if (fallback) console.log(`  (${fallback} of ${rounds.length} redraws still waited for glyph outlines)`);
    console.log(`  ratios of the medians to (a): b ${(b.median / a.median).toFixed(1)}×, c ${(c.median / a.median).toFixed(1)}×; ` +
      `c − b (the UI's share) ${(c.median - b.median).toFixed(1)} ms`);
    const d = stats(swaps.map((r) => r.d));
    const e = stats(inPlace.map((r) => r.e));
    // When the canvas went busy (the command sent) and back (the model and DOM updated), from the pointer-up or Enter.
    const phases = (rs) => `busy from ${ms(stats(rs.map((r) => r.on)).median)}, model and DOM updated at ${ms(stats(rs.map((r) => r.off)).median)}, ` +
      `the next frame's callbacks at ${ms(stats(rs.map((r) => r.rAF)).median)}`;
    console.log(`  (d) photo dragged onto ${swapping ? "another photo" : "another board "} → redrawn: median ${ms(d.median)}, worst ${ms(d.worst)} (${swaps.length} drags)`);
    console.log(`      ${phases(swaps)} (medians)`);
    console.log(`  (e) paragraph edited in place → board redrawn:   median ${ms(e.median)}, worst ${ms(e.worst)} (${inPlace.length} edits)`);
    console.log(`      ${phases(inPlace)} (medians)`);
    console.log(`  ratios of the medians: d/c ${(d.median / c.median).toFixed(2)}, e/c ${(e.median / c.median).toFixed(2)} ` +
      `(the canvas's edits vs the same layout work through the inspector); to (a): d ${(d.median / a.median).toFixed(1)}×, e ${(e.median / a.median).toFixed(1)}×`);
  } catch (e) {
    await shot(s, "app-failed").catch(() => {});
    throw e;
  } finally {
    await s.end();
  }
}

run(main, children);
