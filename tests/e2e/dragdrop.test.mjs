// A real OS-level drag and drop under Xvfb: a tiny GTK window (drag_source.py) offers real photo files as a file
// manager does, and xdotool presses, moves and releases the mouse over the app's window. The app must receive the
// drop with the files' paths (Tauri's drag-drop event) and import them, with thumbnails, like a drop from Explorer.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { launch, realPhotos, shot } from "./driver.mjs";

const root = resolve(import.meta.dirname, "../..");
const target = process.env.CARGO_TARGET_DIR || join(root, "target");
const app = join(target, "debug", "zhanban");
const shots = join(root, "tests", "out", "e2e");
const children = [];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

after(() => {
  for (const c of children.reverse()) c.kill("SIGTERM");
});

test("photos dragged from another window onto the app are imported", async () => {
  assert.ok(existsSync(app), `build the desktop app first: ${app}`);
  const { session: s, env } = await launch(children, app, shots);
  try {
    await s.createProject("拖放 测试");
    await s.find('[data-testid="empty-state"]');

    // The drag source sits right of the app's window (1280 px wide at the screen's left edge).
    const photos = realPhotos().slice(0, 3);
    const source = spawn("/usr/bin/python3", [join(import.meta.dirname, "drag_source.py"), "1290", "700", ...photos], {
      env,
      stdio: ["ignore", "pipe", "inherit"],
    });
    children.push(source);
    let out = "";
    source.stdout.on("data", (d) => (out += d));
    for (let i = 0; i < 100 && !out.includes("ready"); i++) await sleep(100);
    assert.ok(out.includes("ready"), "the drag source window is up");
    await sleep(300);

    const xdo = (...args) => execFileSync("xdotool", args, { env });
    xdo("mousemove", "1340", "750");
    xdo("mousedown", "1");
    for (let i = 1; i <= 20; i++) {
      xdo("mousemove", String(1340 - i * 35), String(750 - i * 17));
      await sleep(40);
    }
    await sleep(300);
    await shot(s, "dragdrop-01-over-window");
    xdo("mouseup", "1");

    // The photos arrive through the drop handler: progress, then the grid with every thumbnail.
    await s.find(`[data-testid="photo-grid"] li:nth-child(${photos.length}) img`, 60000);
    assert.equal(await s.textWhenReady("#photo-count"), `${photos.length} 张照片`);
    assert.match(await s.textWhenReady('[data-testid="import-message"]'), new RegExp(`新照片 ${photos.length} 张`));
    await shot(s, "dragdrop-02-imported");
  } finally {
    await s.end();
  }
});
