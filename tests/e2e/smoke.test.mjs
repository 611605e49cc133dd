// End-to-end smoke test of the real desktop app under Xvfb: the start screen shows, a project is created from it,
// and the project file is on disk, valid, and in the recent list. Screenshots go to tests/out/e2e/.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, readlinkSync } from "node:fs";
import { join, resolve } from "node:path";
import { launch, realPhotos, shot, waitFor } from "./driver.mjs";

const root = resolve(import.meta.dirname, "../..");
const target = process.env.CARGO_TARGET_DIR || join(root, "target");
const app = join(target, "debug", "zhanban");
const cliBin = join(target, "debug", "zhanban-cli");
const shots = join(root, "tests", "out", "e2e");
const children = [];

after(() => {
  for (const c of children.reverse()) c.kill("SIGTERM");
});

test("start screen creates a project file on disk", async () => {
  assert.ok(existsSync(app), `build the desktop app first: ${app}`);
  const { session: s, home } = await launch(children, app, shots);
  try {
    // The start screen: title, new-project form with the default folder, empty recent list.
    await s.find("#create-project");
    assert.equal(await s.call("GET", "/title"), "展板工坊");
    // The default folder arrives asynchronously; it is shown ellipsised, with the full path as the tooltip.
    await s.textWhenReady("#project-dir");
    await shot(s, "01-start-screen");
    assert.equal(await s.attribute("#project-dir", "title"), join(home, "Documents", "展板工坊"));

    await s.type("#project-name", "端到端 测试展");
    await s.click("#create-project");
    assert.equal(await s.textWhenReady("#project-title"), "端到端 测试展");
    await s.find('[data-testid="empty-state"]');
    await shot(s, "02-new-project");

    // Import real photos through the same command the drop handler calls, with real paths.
    const photos = realPhotos().slice(0, 6);
    const report = await s.executeAsync(
      `const done = arguments[arguments.length - 1];
       window.__TAURI_INTERNALS__.invoke("import_paths", { paths: arguments[0] })
         .then((r) => done(r), (e) => done({ error: e }));`,
      [photos],
    );
    assert.equal(report.error, undefined, JSON.stringify(report.error));
    assert.equal(report.imported.length, photos.length);

    // Back to the start screen: the project is in the recent list; reopening shows the photos with thumbnails.
    await s.click(".bar button.secondary");
    await s.click(".recent button");
    await s.find('[data-testid="photo-grid"] li:nth-child(6) img'); // thumbnails stream in; wait for the last
    assert.equal(await s.text("#photo-count"), `${photos.length} 张照片`);
    // The boards are laid out in the background at opening: 未用在展板上 counts (a number, not "…") without the
    // boards view ever being opened.
    await waitFor(s, "the unused count", `return /^\\d+$/.test(document.querySelector('.chip[data-filter="unused"] span')?.textContent ?? "");`, [], 60000);
    await shot(s, "03-photo-library");
  } finally {
    await s.end();
  }

  // With the app closed (its lock released), the file is a valid project and is in the recent list.
  const file = join(home, "Documents", "展板工坊", "端到端 测试展.zhanban");
  assert.ok(existsSync(file), `${file} exists`);
  let info;
  for (let i = 0; i < 50; i++) {
    try {
      info = JSON.parse(execFileSync(cliBin, ["info", file, "--json"], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }));
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 100)); // the app may still be closing
    }
  }
  assert.ok(info, "zhanban-cli info reads the project");
  assert.equal(info.format_version, 3, "the current file format (3: typed settings and history, photo analysis)");
  const recent = JSON.parse(readFileSync(join(home, ".config", "展板工坊", "recent.json"), "utf8"));
  assert.equal(recent[0].path, file);
});

test("the last project reopens at start, and a .zhanban file on the command line opens that file", async () => {
  const { session: first, home } = await launch(children, app, shots);
  let other;
  try {
    await first.find("#create-project");
    await first.textWhenReady("#project-dir");
    for (const name of ["甲 展览", "乙 展览"]) {
      await first.type("#project-name", name);
      await first.click("#create-project");
      assert.equal(await first.textWhenReady("#project-title"), name);
      await first.click(".bar button.secondary");
      await first.find("#create-project");
    }
    other = join(home, "Documents", "展板工坊", "甲 展览.zhanban");
  } finally {
    await first.end();
  }
  // A new run in the same home opens the last project (乙) without a click…
  const again = await launch(children, app, shots, { home });
  try {
    assert.equal(await again.session.textWhenReady("#project-title", 20000), "乙 展览");
    await shot(again.session, "04-last-project-reopened");
  } finally {
    await again.session.end();
  }
  // …and one started with a project file (as a double-click does) opens that one.
  const byFile = await launch(children, app, shots, { home, args: [other] });
  try {
    assert.equal(await byFile.session.textWhenReady("#project-title", 20000), "甲 展览");
  } finally {
    await byFile.session.end();
  }
});

test("on a 1366×768 laptop screen the window opens inside the screen", async () => {
  // The window's default size (1280×820) is taller than the office's common laptop screen: opened centred, its
  // title bar and the app's top bar were above the screen's top edge. It is fitted to the screen's work area (and
  // maximized, which needs a window manager: this X server has none).
  const { session: s } = await launch(children, app, shots, { screen: "1366x768x24" });
  try {
    await s.find("#create-project");
    const r = await s.call("GET", "/window/rect");
    assert.ok(r.x >= 0 && r.y >= 0 && r.x + r.width <= 1366 && r.y + r.height <= 768, `window ${JSON.stringify(r)} off a 1366×768 screen`);
    assert.equal(r.height, 768, `the window fills the screen's height: ${JSON.stringify(r)}`);
    await shot(s, "04-start-screen-1366x768");
  } finally {
    await s.end();
  }
});

/** The WebKit web process of the app running with HOME `home` (its pid), or undefined. */
function webProcessOf(home) {
  const parent = new Map();
  let app;
  for (const d of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${d}/stat`, "utf8");
      const close = stat.lastIndexOf(")");
      parent.set(Number(d), { ppid: Number(stat.slice(close + 2).split(" ")[1]), name: stat.slice(stat.indexOf("(") + 1, close) });
      if (readlinkSync(`/proc/${d}/exe`).endsWith("/zhanban") && readFileSync(`/proc/${d}/environ`, "utf8").split("\0").includes(`HOME=${home}`)) app = Number(d);
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return [...parent].find(([, p]) => p.ppid === app && p.name.startsWith("WebKitWeb"))?.[0];
}

test("the web process runs without JavaScriptCore's optimizing JIT (issue #20: its memory)", async () => {
  // src-tauri/src/shell/webview.rs sets JSC_useDFGJIT=0 before the webview exists; WebKit's web process inherits it.
  assert.equal(process.env.JSC_useDFGJIT, undefined, "run the test without JSC_useDFGJIT in the environment");
  const { session: s, home } = await launch(children, app, shots);
  try {
    await s.find("#create-project");
    const web = webProcessOf(home);
    assert.ok(web, "the app's WebKitWebProcess");
    const env = readFileSync(`/proc/${web}/environ`, "utf8").split("\0");
    assert.ok(env.includes("JSC_useDFGJIT=0"), "JSC_useDFGJIT=0 in the web process's environment");
  } finally {
    await s.end();
  }
});
