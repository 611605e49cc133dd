// A minimal WebDriver client for the end-to-end tests: starts Xvfb and tauri-driver (which drives the real
// `zhanban` binary through WebKitWebDriver), and wraps the few WebDriver calls the tests need. No npm packages.
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { createServer } from "node:net";
import { join } from "node:path";

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

/** Starts a private X server (screen `WxHxDepth`) and resolves to its DISPLAY value. */
export async function startXvfb(children, screen = "1400x900x24") {
  const xvfb = spawn("Xvfb", ["-displayfd", "1", "-screen", "0", screen, "-nolisten", "tcp"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(xvfb);
  const display = await new Promise((resolve, reject) => {
    let out = "";
    xvfb.stdout.on("data", (d) => {
      out += d;
      if (out.includes("\n")) resolve(`:${out.trim()}`);
    });
    xvfb.on("exit", (code) => reject(new Error(`Xvfb exited with ${code}`)));
  });
  return display;
}

/** Starts tauri-driver with the given environment and resolves to its base URL once it answers. */
export async function startDriver(children, env) {
  const port = await freePort();
  const nativePort = await freePort();
  const driver = spawn("tauri-driver", ["--port", String(port), "--native-port", String(nativePort)], {
    env,
    stdio: ["ignore", "inherit", "inherit"],
  });
  children.push(driver);
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(`${base}/status`);
      if (r.ok) return base;
    } catch {
      /* not up yet */
    }
    await sleep(100);
  }
  throw new Error("tauri-driver did not start");
}

export class Session {
  constructor(base, id, shots) {
    this.base = base;
    this.id = id;
    this.shots = shots;
  }

  static async start(base, application, shots, args = []) {
    const body = { capabilities: { alwaysMatch: { "tauri:options": { application, args } } } };
    const r = await fetch(`${base}/session`, { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } });
    const json = await r.json();
    if (!json.value?.sessionId) throw new Error(`no session: ${JSON.stringify(json)}`);
    mkdirSync(shots, { recursive: true });
    return new Session(base, json.value.sessionId, shots);
  }

  async call(method, path, body) {
    const r = await fetch(`${this.base}/session/${this.id}${path}`, {
      method,
      body: body === undefined ? undefined : JSON.stringify(body),
      headers: { "content-type": "application/json" },
    });
    const json = await r.json();
    if (json.value && json.value.error) throw new Error(`${method} ${path}: ${json.value.error}: ${json.value.message}`);
    return json.value;
  }

  /** Waits for an element matching the CSS selector and returns its WebDriver id. */
  async find(selector, timeoutMs = 10000) {
    const end = Date.now() + timeoutMs;
    let last;
    while (Date.now() < end) {
      try {
        const el = await this.call("POST", "/element", { using: "css selector", value: selector });
        return Object.values(el)[0];
      } catch (e) {
        last = e;
        await sleep(100);
      }
    }
    throw new Error(`element ${selector} not found: ${last}`);
  }

  async text(selector) {
    return this.call("GET", `/element/${await this.find(selector)}/text`);
  }

  /** Waits until the element's text is not empty (data arrives asynchronously) and returns it. */
  async textWhenReady(selector, timeoutMs = 10000) {
    const end = Date.now() + timeoutMs;
    let text = "";
    while (Date.now() < end) {
      text = await this.text(selector).catch(() => "");
      if (text) return text;
      await sleep(100);
    }
    return text;
  }

  async attribute(selector, name) {
    return this.call("GET", `/element/${await this.find(selector)}/attribute/${name}`);
  }

  async click(selector) {
    await this.call("POST", `/element/${await this.find(selector)}/click`, {});
  }

  async type(selector, text) {
    const el = await this.find(selector);
    await this.call("POST", `/element/${el}/clear`, {});
    await this.call("POST", `/element/${el}/value`, { text });
  }

  /** Creates a project with this name from the start screen (in the default folder); resolves to the title shown. */
  async createProject(name) {
    await this.find("#create-project");
    await this.textWhenReady("#project-dir");
    await this.type("#project-name", name);
    await this.click("#create-project");
    return this.textWhenReady("#project-title");
  }

  /** Runs an async script in the page; `done` (the last argument) resolves it. */
  async executeAsync(script, args = []) {
    return this.call("POST", "/execute/async", { script, args });
  }

  /** The window as the X server shows it (ImageMagick's `import` of the window's rectangle): WebKitWebDriver's own
   *  screenshot never returns when the webview does not composite, and the app ships without compositing
   *  (src-tauri/src/shell/webview.rs), so the tests run and look at what ships. */
  async screenshot(name) {
    const file = join(this.shots, `${name}.png`);
    const r = await this.call("GET", "/window/rect");
    const crop = `${Math.round(r.width)}x${Math.round(r.height)}+${Math.max(0, Math.round(r.x))}+${Math.max(0, Math.round(r.y))}`;
    execFileSync("import", ["-display", this.display, "-window", "root", "-crop", crop, "+repage", file]);
    return file;
  }

  async end() {
    await fetch(`${this.base}/session/${this.id}`, { method: "DELETE" }).catch(() => {});
  }
}

/** Real camera photos from the wallpaper packages installed by scripts/setup (JPEGs over 500 kB), sorted. */
export function realPhotos() {
  const found = [];
  const walk = (dir) => {
    let entries = [];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.jpe?g$/i.test(e.name) && statSync(p).size > 500_000) found.push(p);
    }
  };
  walk("/usr/share/backgrounds");
  walk("/usr/share/wallpapers");
  return found.sort();
}

/** Starts the real app in a private X server, with a fresh HOME unless one is given, and the given command-line
 *  arguments (`screen`: the X screen's size, e.g. "1920x1080x24"); resolves to { session, home, display, env }. */
export async function launch(children, application, shots, { args = [], home, screen } = {}) {
  home ??= mkdtempSync(join(tmpdir(), "zhanban-e2e-"));
  const display = await startXvfb(children, screen);
  const env = { ...process.env, HOME: home, DISPLAY: display, LANG: "zh_CN.UTF-8" };
  for (const k of ["XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_DOCUMENTS_DIR", "WAYLAND_DISPLAY"]) delete env[k];
  const base = await startDriver(children, env);
  const session = await Session.start(base, application, shots, args);
  session.display = display;
  return { session, home, display, env };
}

/** Runs `script` in the page until it returns (or resolves to) something truthy; returns that (or throws after
 *  `timeoutMs`). */
export async function waitFor(s, what, script, args = [], timeoutMs = 15000) {
  const end = Date.now() + timeoutMs;
  let v;
  while (Date.now() < end) {
    v = await s.executeAsync(
      `const done = arguments[arguments.length - 1];
       try { Promise.resolve((() => { ${script} })()).then(done, () => done(null)); } catch (e) { done(null); }`,
      args,
    );
    if (v) return v;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(v)})`);
}

/** Calls a shell command the way the UI does; resolves to its result or { error }. */
export async function invoke(s, command, args = {}) {
  return s.executeAsync(
    `const done = arguments[arguments.length - 1];
     window.__TAURI_INTERNALS__.invoke(arguments[0], arguments[1]).then((r) => done(r ?? null), (e) => done({ error: e }));`,
    [command, args],
  );
}

/** A screenshot once the page has painted its latest state. */
export async function shot(s, name) {
  // The benches take none (a screenshot's cost would be measured with the app).
  if (process.env.ZHANBAN_E2E_NO_SHOTS) return;
  await s.executeAsync(
    `const done = arguments[arguments.length - 1];
     requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => done(true), 250)));`,
  );
  return s.screenshot(name);
}

/** Pastes as Ctrl+V does from Word, WeChat or a web page: a paste event carrying text/html and text/plain,
 *  dispatched on the element matching `selector`; resolves to whether the page took it. */
export async function paste(s, selector, html, text) {
  return s.executeAsync(
    `const done = arguments[arguments.length - 1];
     const dt = new DataTransfer();
     if (arguments[1] !== null) dt.setData("text/html", arguments[1]);
     dt.setData("text/plain", arguments[2]);
     const ev = new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true });
     if (!ev.clipboardData) Object.defineProperty(ev, "clipboardData", { value: dt });
     document.querySelector(arguments[0]).dispatchEvent(ev);
     done(ev.defaultPrevented);`,
    [selector, html, text],
  );
}

/** A text as a web page puts it on the clipboard: one <p> per non-empty line, HTML-escaped. */
export function asHtml(text) {
  const esc = (t) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const paras = text.split("\n").filter((l) => l.trim()).map((l) => `<p>${esc(l)}</p>`);
  return `<meta charset="utf-8"><div class="article">${paras.join("")}</div>`;
}
