// Benchmark (issue #20): the desktop app's memory as the system counts it — PSS (proportional set size: shared pages
// split between the processes sharing them) of the app's process and every process under it (WebKit's web and network
// processes), read from /proc/<pid>/smaps_rollup — at the steps of a real job on the ~25-board project of
// project.mjs: the start screen (the anchor: the same runtime with the app's start page, as near a bare Tauri window
// as this binary gets, measured in the same run), the project made and open, the boards shown, after visiting every
// board one by one on the canvas, and after an export with 审阅 (the export dialog's default). Each figure is taken
// after three idle seconds (the app trims its allocator two seconds after the last command: src-tauri/src/trim.rs);
// each process's PSS is also broken down (anonymous vs file-backed, the font files' pages, the largest mappings), and
// the page's own counts printed (elements, <use> glyphs, text runs drawn as paths and their path data, images,
// canvases). Goals (issue #20): ≤ 300 MB with the boards shown; ≤ 50 MB growth
// from the boards shown to after every board and the export. Figures to read, not assertions; run by
// `bash scripts/bench memory` (release build).
//
// Usage: node tests/e2e/bench/memory.mjs   (env CARGO_TARGET_DIR as for cargo; ZHANBAN_BENCH_APP=/path/to/zhanban
// measures another build; ZHANBAN_BENCH_SETTLE=<s> reads each step again after s idle seconds more).
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readlinkSync, readSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { invoke, launch, shot, waitFor } from "../driver.mjs";
import { benchProject, run } from "./project.mjs";

const root = resolve(import.meta.dirname, "../../..");
const target = process.env.CARGO_TARGET_DIR || join(root, "target");
const app = process.env.ZHANBAN_BENCH_APP || join(target, "release", "zhanban");
const work = join(target, "bench-memory");
const shots = join(root, "tests", "out", "bench");
const children = [];
// The app as it ships: without accelerated compositing (src-tauri/src/shell/webview.rs), so without screenshots
// (WebKitWebDriver's never return then). ZHANBAN_E2E_NO_SHOTS= (empty) keeps both, to compare.
process.env.ZHANBAN_E2E_NO_SHOTS ??= "1";
/** ZHANBAN_BENCH_SETTLE=<s>: each step is read again after that many idle seconds more (0: not). */
const settle = Number(process.env.ZHANBAN_BENCH_SETTLE ?? 0) || 0;

/** Every process: pid → { ppid, name }. */
function processes() {
  const all = new Map();
  for (const d of readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, "utf8");
      const close = stat.lastIndexOf(")");
      const name = stat.slice(stat.indexOf("(") + 1, close);
      const ppid = Number(stat.slice(close + 2).split(" ")[1]);
      all.set(Number(d), { ppid, name });
    } catch {
      // gone meanwhile
    }
  }
  return all;
}

/** The app's process: the one running a `zhanban` binary whose HOME is the bench's. */
function appPid(home) {
  for (const pid of processes().keys()) {
    try {
      if (!readlinkSync(`/proc/${pid}/exe`).endsWith("/zhanban")) continue; // also when run under a wrapper (heaptrack)
      if (readFileSync(`/proc/${pid}/environ`, "utf8").split("\0").includes(`HOME=${home}`)) return pid;
    } catch {
      // not ours to read, or gone
    }
  }
  throw new Error(`the app's process was not found (${app})`);
}

/** PSS in MB of `pid` and every process under it, by process name. */
function pss(pid) {
  const all = processes();
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) {
    for (const [p, info] of all) if (info.ppid === tree[i]) tree.push(p);
  }
  const by = {};
  let total = 0;
  for (const p of tree) {
    try {
      const kB = Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${p}/smaps_rollup`, "utf8"))?.[1] ?? 0);
      const name = all.get(p)?.name ?? String(p);
      by[name] = (by[name] ?? 0) + kB / 1024;
      total += kB / 1024;
    } catch {
      // gone meanwhile
    }
  }
  return { total, by };
}

/** Physical page numbers resident in process `p` (once per mapping), from /proc/<p>/pagemap (as root). */
function residentPages(p) {
  const pfns = [];
  try {
    const fd = openSync(`/proc/${p}/pagemap`, "r");
    let range = null;
    const ranges = [];
    for (const line of readFileSync(`/proc/${p}/smaps`, "utf8").split("\n")) {
      const head = /^([0-9a-f]+)-([0-9a-f]+) /.exec(line);
      if (head) range = [parseInt(head[1], 16) / 4096, parseInt(head[2], 16) / 4096];
      const rss = /^Rss:\s+(\d+) kB/.exec(line);
      if (rss && Number(rss[1]) > 0 && range && range[1] * 8 < Number.MAX_SAFE_INTEGER) ranges.push(range);
    }
    const chunk = 1 << 20;
    const buf = Buffer.alloc(chunk * 8);
    const words = new Uint32Array(buf.buffer, buf.byteOffset, chunk * 2);
    for (const [from, to] of ranges) {
      for (let at = from; at < to; at += chunk) {
        const got = readSync(fd, buf, 0, Math.min(chunk, to - at) * 8, at * 8) / 8;
        for (let i = 0; i < got; i++) {
          const hi = words[2 * i + 1];
          if (!(hi & 0x80000000)) continue; // not present (or swapped)
          const pfn = (hi & 0x7fffff) * 4294967296 + words[2 * i];
          if (pfn !== 0) pfns.push(pfn); // 0: PFNs hidden (not root)
        }
      }
    }
    closeSync(fd);
  } catch {
    // gone meanwhile, or not ours to read
  }
  return pfns;
}

/** The app's PSS two ways that do not depend on other desktop apps running on the machine (another helper's or the
 *  lead's zhanban, whose WebKit processes share the libraries' pages and so lower plain PSS by up to ~70 MB), in MB
 *  by process name: `quiet` — each resident page divided among every process mapping it except those other apps'
 *  (what plain PSS reads on a quiet machine); `alone` — divided among this app's own processes only (an upper bound:
 *  libc's and GTK's pages are not shared with the rest of the system either). */
function alone(pid) {
  const all = processes();
  const under = (root) => {
    const tree = [root];
    for (let i = 0; i < tree.length; i++) for (const [p, info] of all) if (info.ppid === tree[i]) tree.push(p);
    return tree;
  };
  const tree = under(pid);
  const pages = new Map(tree.map((p) => [p, residentPages(p)]));
  const count = new Map(); // physical page → mappings of it in this app
  for (const pfns of pages.values()) for (const f of pfns) count.set(f, (count.get(f) ?? 0) + 1);
  const others = new Map(); // physical page of this app → mappings of it in other zhanban apps
  for (const p of all.keys()) {
    if (tree.includes(p) || all.get(p)?.name !== "zhanban") continue;
    for (const q of under(p)) for (const f of residentPages(q)) if (count.has(f)) others.set(f, (others.get(f) ?? 0) + 1);
  }
  const mapped = new Map(); // physical page → mappings of it on the machine (/proc/kpagecount)
  try {
    const fd = openSync("/proc/kpagecount", "r");
    const word = Buffer.alloc(8);
    for (const f of count.keys()) {
      readSync(fd, word, 0, 8, f * 8);
      mapped.set(f, word.readUInt32LE(0));
    }
    closeSync(fd);
  } catch {
    // not root: `quiet` is then `alone`
  }
  const out = { total: 0, by: {}, quiet: 0, quietBy: {} };
  for (const [p, pfns] of pages) {
    let a = 0;
    let q = 0;
    for (const f of pfns) {
      a += 1 / count.get(f);
      q += 1 / Math.max(count.get(f), (mapped.get(f) ?? 0) - (others.get(f) ?? 0));
    }
    const name = all.get(p)?.name ?? String(p);
    out.by[name] = (out.by[name] ?? 0) + (a * 4096) / 1048576;
    out.quietBy[name] = (out.quietBy[name] ?? 0) + (q * 4096) / 1048576;
    out.total += (a * 4096) / 1048576;
    out.quiet += (q * 4096) / 1048576;
  }
  return out;
}

/** One process's PSS broken down, in MB: anonymous vs file-backed (smaps_rollup's Pss_Anon / Pss_File / Pss_Shmem,
 *  where a library's relocated or written pages count as anonymous), and the largest parts by what is mapped (a file,
 *  [heap], anonymous memory — executable anonymous memory, JavaScriptCore's JIT code, apart), each with its anonymous
 *  part (the RSS of its anonymous pages). */
function breakdown(pid, top = 8) {
  const roll = readFileSync(`/proc/${pid}/smaps_rollup`, "utf8");
  const field = (f) => Number(new RegExp(`^${f}:\\s+(\\d+)`, "m").exec(roll)?.[1] ?? 0) / 1024;
  const by = {};
  let name = "";
  for (const line of readFileSync(`/proc/${pid}/smaps`, "utf8").split("\n")) {
    const head = /^[0-9a-f]+-[0-9a-f]+ (\S+) \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (head) {
      name = head[2] ? head[2].split("/").pop() : head[1].includes("x") ? "[anonymous, executable]" : "[anonymous]";
      by[name] ??= { pss: 0, anon: 0 };
      continue;
    }
    const pss = /^Pss:\s+(\d+) kB/.exec(line);
    if (pss) by[name].pss += Number(pss[1]) / 1024;
    const anon = /^Anonymous:\s+(\d+) kB/.exec(line);
    if (anon) by[name].anon += Number(anon[1]) / 1024;
  }
  const parts = Object.entries(by).sort((a, b) => b[1].pss - a[1].pss).slice(0, top)
    .map(([n, v]) => `${n} ${v.pss.toFixed(0)}${v.anon >= 0.5 && v.anon < v.pss - 0.5 ? ` (anon ${v.anon.toFixed(0)})` : ""}`);
  const fonts = Object.entries(by).filter(([n]) => /\.(ttf|otf|ttc|otc)$/i.test(n)).reduce((a, [, v]) => a + v.pss, 0);
  return `anon ${field("Pss_Anon").toFixed(0)}, file ${field("Pss_File").toFixed(0)} (font files ${fonts.toFixed(1)}), shmem ${field("Pss_Shmem").toFixed(0)}; ${parts.join(", ")}`;
}

/** What the page holds, counted in it: elements, <use> elements, text runs drawn as paths with their path data,
 *  images and canvases with their pixels (decoded size, 4 bytes a pixel). */
const page = (s) =>
  s.executeAsync(`const done = arguments[arguments.length - 1];
    const px = (w, h) => (w * h * 4) / 1048576;
    const images = [...document.querySelectorAll("img, image")];
    const canvases = [...document.querySelectorAll("canvas")];
    const runs = [...document.querySelectorAll("path.run")];
    const d = runs.reduce((a, p) => a + (p.getAttribute("d")?.length ?? 0), 0) / 1048576;
    done(\`elements \${document.getElementsByTagName("*").length}, <use> \${document.getElementsByTagName("use").length},\`
      + \` runs \${runs.length} (path data \${d.toFixed(1)} MB), images \${images.length}, canvases \${canvases.length}\`
      + \` (\${canvases.reduce((a, c) => a + px(c.width, c.height), 0).toFixed(1)} MB)\`);`);

const idle = (s) =>
  s.executeAsync(`const done = arguments[arguments.length - 1];
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => done(true), 3000)));`);

async function main() {
  if (!existsSync(app)) throw new Error(`build the release app first (bash scripts/bench memory does): ${app}`);
  rmSync(work, { recursive: true, force: true });
  const home = join(work, "home");
  mkdirSync(home, { recursive: true });
  const { session: s } = await launch(children, app, shots, { home });
  const measure = async (step) => {
    await idle(s);
    const pid = appPid(home);
    const m = pss(pid);
    const parts = Object.entries(m.by).sort((a, b) => b[1] - a[1]).map(([n, v]) => `${n} ${v.toFixed(0)}`).join(", ");
    console.log(`  ${step.padEnd(34)} ${m.total.toFixed(0).padStart(5)} MB  (${parts})`);
    const a = alone(pid);
    const aparts = Object.entries(a.by).sort((x, y) => y[1] - x[1]).map(([n, v]) => `${n} ${v.toFixed(0)}`).join(", ");
    const qparts = Object.entries(a.quietBy).sort((x, y) => y[1] - x[1]).map(([n, v]) => `${n} ${v.toFixed(0)}`).join(", ");
    console.log(`  ${"".padEnd(34)} quiet ${a.quiet.toFixed(0).padStart(3)} MB  (${qparts}; as if no other zhanban ran)`);
    console.log(`  ${"".padEnd(34)} alone ${a.total.toFixed(0).padStart(3)} MB  (${aparts}; shared only among these)`);
    console.log(`  ${"".padEnd(34)}       the app's own: ${breakdown(pid)}`);
    for (const [p, info] of processes()) {
      if (info.ppid === pid && info.name.startsWith("WebKit")) console.log(`  ${"".padEnd(34)}       ${info.name}: ${breakdown(p)}`);
    }
    console.log(`  ${"".padEnd(34)}       the page: ${await page(s)}`);
    if (settle > 0) {
      // Whether what the reading holds is garbage WebKit gives back when left alone (its memory pressure poll runs
      // every 5 s): the same reading again after `settle` idle seconds more.
      await s.executeAsync(`setTimeout(arguments[arguments.length - 1], ${settle * 1000})`);
      const late = pss(pid);
      const web = Object.entries(late.by).filter(([n]) => n.startsWith("WebKitWeb")).map(([, v]) => v.toFixed(0));
      console.log(`  ${"".padEnd(34)}       ${settle} s later: ${late.total.toFixed(0)} MB (web process ${web.join(", ")})`);
      for (const [p, info] of processes()) {
        if (info.ppid === pid && info.name.startsWith("WebKitWeb")) console.log(`  ${"".padEnd(34)}       ${info.name}: ${breakdown(p)}`);
      }
    }
    return m.total;
  };
  try {
    console.log(`memory: PSS of the release app and its WebKit processes (${app})`);
    await s.find("#create-project", 60000);
    const anchor = await measure("start screen (anchor)");
    await s.createProject("bench");
    await benchProject(s);
    await s.click("#tab-photos");
    await measure("project made and open");

    await s.click("#tab-boards");
    await s.find('[data-testid="board-canvas"]', 120000);
    // The boards counted from the outline: a `layout_boards` through the page would leave a whole payload's garbage
    // in the web process just before the reading.
    await waitFor(s, "the board drawn", `const c = document.querySelector('[data-testid="board-canvas"]');
      return c && c.dataset.glyphs === "ready";`, [], 60000).catch(() => {});
    const count = await s.executeAsync(`const done = arguments[arguments.length - 1];
      done(new Set([...document.querySelectorAll('[data-testid="board-outline"] li[data-drop-board]')].map((li) => li.dataset.dropBoard)).size);`);
    const shown = await measure(`boards shown (${count} boards)`);
    await shot(s, "memory-01-boards");

    for (let i = 0; i < count; i++) {
      await s.click(`[data-testid="board-outline"] li[data-drop-board="${i}"] > button`);
      await waitFor(s, "the board drawn", `const c = document.querySelector('[data-testid="board-canvas"]');
        return c && c.dataset.glyphs === "ready" && !document.querySelector(".canvas-scroll.busy");`, [], 60000).catch(() => {});
    }
    await measure("after visiting every board");

    const out = join(work, "export");
    // The export of 25 boards with 审阅 runs past WebDriver's default 30 s script timeout on a loaded machine.
    await s.call("POST", "/timeouts", { script: 300000 });
    const r = await invoke(s, "export_boards", { dir: out, choice: { bleed: null, crop_marks: true, no_review: false, force: true } });
    if (r?.error) throw new Error(`export: ${JSON.stringify(r.error)}`);
    const end = await measure("after export with 审阅");
    await shot(s, "memory-02-exported");

    console.log(`  boards shown: ${shown.toFixed(0)} MB = ${(shown / anchor).toFixed(2)}× the start screen (goal ≤ 300 MB)`);
    console.log(`  growth from the boards shown to after every board and the export: ${(end - shown).toFixed(0)} MB (goal ≤ 50 MB)`);
  } catch (e) {
    await shot(s, "memory-failed").catch(() => {});
    throw e;
  } finally {
    await s.end();
  }
}

run(main, children);
