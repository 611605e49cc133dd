// The board canvas's glyphs: the outlines of the very glyphs the engine shaped (by glyph id), read by the shell
// from the font files the frames name, so the canvas shows what the PDF shows without the fonts being installed
// (on Windows they sit beside the program) and keeps the shaper's substitutions (punctuation forms, alternates).
// The canvas paints each text item's glyphs into a layer (textlayer.ts) or draws each run as one <path> of their
// outlines (`runPath`): WebKit gives every <use> of a shared glyph a shadow tree, an element and a rendered path of
// its own, thousands a board (issue #20). Only missing
// glyphs are asked for, batched per font, one request in flight per font; `version` changes when glyphs arrive, so
// what reads `ready` draws again.
// Bounded (issue #20): the canvas holds the glyphs of the board it shows (`hold`, released when it shows another);
// a glyph no board holds stays in memory only among the most recently released `SPARE` (then it is asked for again
// when needed), so visiting every board of a large exhibition does not leave every glyph of it in the page.
// Owns the cache; it must not place glyphs (the canvas does, from the frames).
import { tauriGlyphApi, type FontRequest, type GlyphApi } from "./api";

/** A glyph's outline ready to be placed: its first point's x (font units), and the rest of its path data from there
 *  — the first point's y, then relative commands — so a glyph placed `dx` along the run is `M${x + dx}${rest}`. */
export type Outline = readonly [x: number, rest: string];

/** One face: its small number, units per em once known, and the glyphs loaded. */
export interface GlyphFont {
  readonly no: number;
  /** 0 until the first answer. */
  upem: number;
  /** Loaded glyphs: id → outline in font units, y up (null for a glyph without outline, e.g. a space). */
  readonly paths: Map<number, Outline | null>;
}

interface Entry extends GlyphFont {
  readonly request: FontRequest;
  /** Wanted, not yet asked for. */
  readonly queue: Set<number>;
  /** Asked for, answer not yet in. */
  readonly asked: Set<number>;
  /** The shell refused the face or failed: the canvas keeps drawing its runs with system fonts. */
  failed: boolean;
  /** How many holders (shown boards) hold each glyph. */
  readonly refs: Map<number, number>;
}

/** Outlines kept in memory beyond the glyphs held (the most recently released), so going back to a board just seen
 *  asks for nothing. A CJK outline is ~1–2 kB of path data. */
export const SPARE = 3000;

/** A number in tenths of a unit (an integer) as path data: "12", "-0.5". */
function tenths(t: number): string {
  if (t % 10 === 0) return String(t / 10);
  const a = Math.abs(t);
  return `${t < 0 ? "-" : ""}${(a - (a % 10)) / 10}.${a % 10}`;
}

/** Numbers in tenths as SVG path arguments: a minus sign separates a number by itself. */
function args(ts: number[], from = 0): string {
  let out = "";
  for (let i = from; i < ts.length; i++) out += i > from && ts[i] >= 0 ? ` ${tenths(ts[i])}` : tenths(ts[i]);
  return out;
}

/** The shell's path data (absolute `M L Q C Z`, x y pairs, numbers to a tenth of a unit) as an [`Outline`]; null
 *  for an empty one. One pass over the characters, in integer tenths (glyphs arrive a thousand at a time). */
export function outline(d: string): Outline | null {
  let x0 = NaN;
  let rest = "";
  let cx = 0, cy = 0, sx = 0, sy = 0;
  let cmd = "";
  const n: number[] = [];
  const flush = () => {
    if (cmd === "Z") {
      rest += "z";
      cx = sx;
      cy = sy;
    } else if (cmd && n.length >= 2 && n.length % 2 === 0) {
      const ex = n[n.length - 2];
      const ey = n[n.length - 1];
      if (Number.isNaN(x0)) {
        x0 = n[0] / 10;
        rest = (n[1] >= 0 ? " " : "") + args(n, 1);
      } else {
        for (let i = 0; i < n.length; i++) n[i] -= i % 2 ? cy : cx;
        rest += cmd.toLowerCase() + args(n);
      }
      cx = ex;
      cy = ey;
      if (cmd === "M") {
        sx = cx;
        sy = cy;
      }
    }
    n.length = 0;
  };
  let i = 0;
  while (i < d.length) {
    const c = d.charCodeAt(i);
    if (c === 45 || (c >= 48 && c <= 57)) {
      // A number: its digits, then at most one decimal (the shell writes tenths).
      const neg = c === 45;
      let v = 0;
      let j = neg ? i + 1 : i;
      for (; j < d.length && d.charCodeAt(j) >= 48 && d.charCodeAt(j) <= 57; j++) v = v * 10 + d.charCodeAt(j) - 48;
      v *= 10;
      if (d.charCodeAt(j) === 46) {
        j++;
        if (j < d.length && d.charCodeAt(j) >= 48 && d.charCodeAt(j) <= 57) v += d.charCodeAt(j++) - 48;
        while (j < d.length && d.charCodeAt(j) >= 48 && d.charCodeAt(j) <= 57) j++;
      }
      n.push(neg ? -v : v);
      i = j;
    } else {
      if (c !== 32 && c !== 44) {
        flush();
        cmd = d[i];
      }
      i++;
    }
  }
  flush();
  return Number.isNaN(x0) ? null : [x0, rest];
}

/** A number of font units as path data, to a tenth of a unit. */
function num(v: number): string {
  return tenths(Math.round(v * 10));
}

/** A run's glyphs as one path's data, each outline moved to its x in font units (`xs`, from glyphScale); glyphs
 *  without outline are left out. */
export function runPath(font: GlyphFont, run: { glyphs: { id: number }[] }, xs: number[]): string {
  let d = "";
  run.glyphs.forEach((g, i) => {
    const o = font.paths.get(g.id);
    if (o) d += `M${num(o[0] + xs[i])}${o[1]}`;
  });
  return d;
}

/** The cache key of a face: its file and index in the collection. */
export function fontKey(face: FontRequest): string {
  return `${face.path}#${face.index}`;
}

export class GlyphCache {
  /** Changes whenever glyphs arrive (or a face fails): readers of `ready` run again. */
  version = $state(0);
  /** Requests so far, the glyphs they asked for and the time spent waiting for them (ms). */
  readonly stats = { requests: 0, glyphs: 0, ms: 0 };
  private fonts = new Map<string, Entry>();

  constructor(private api: GlyphApi = tauriGlyphApi) {}

  private entry(face: FontRequest): Entry {
    const key = fontKey(face);
    let e = this.fonts.get(key);
    if (!e) {
      e = {
        no: this.fonts.size, upem: 0, paths: new Map(), request: { path: face.path, index: face.index },
        queue: new Set(), asked: new Set(), failed: false, refs: new Map(),
      };
      this.fonts.set(key, e);
    }
    return e;
  }

  /** Asks for the glyphs of `ids` that are neither loaded nor asked for; they are sent together once the current
   *  task's other wants are in (one request per font at a time). Reads no reactive state: safe in an $effect. */
  want(face: FontRequest | undefined, ids: Iterable<number>): void {
    if (!face) return;
    const e = this.entry(face);
    if (e.failed) return;
    const before = e.queue.size;
    for (const id of ids) {
      if (!e.paths.has(id) && !e.asked.has(id)) e.queue.add(id);
    }
    if (e.queue.size > before && e.asked.size === 0) queueMicrotask(() => this.send(e));
  }

  private async send(e: Entry): Promise<void> {
    if (e.asked.size > 0 || e.queue.size === 0) return; // in flight (the answer sends the rest) or nothing to do
    const ids = [...e.queue];
    e.queue.clear();
    for (const id of ids) e.asked.add(id);
    const start = performance.now();
    try {
      const answer = await this.api.glyphOutlines(e.request, ids);
      e.upem = answer.units_per_em;
      for (const [id, d] of answer.paths) e.paths.set(id, outline(d));
      // An id the answer left out would be asked for forever: it has no outline.
      for (const id of ids) if (!e.paths.has(id)) e.paths.set(id, null);
      this.stats.requests += 1;
      this.stats.glyphs += ids.length;
      this.stats.ms += performance.now() - start;
    } catch (err) {
      // A face the shell will not serve: its runs stay drawn by the system fonts, and it is not asked for again.
      console.warn("glyph outlines", e.request.path, err);
      e.failed = true;
      e.queue.clear();
    } finally {
      e.asked.clear();
      this.version += 1;
    }
    if (e.queue.size > 0) void this.send(e);
  }

  /** Holds the glyphs of `runs` (face and ids) for one holder — the shown board — until the returned release is
   *  called: they are asked for when missing and stay in memory meanwhile. Reads no reactive state. */
  hold(runs: Iterable<[FontRequest | undefined, Iterable<number>]>): () => void {
    const held: [Entry, number[]][] = [];
    for (const [face, ids] of runs) {
      if (!face) continue;
      const e = this.entry(face);
      const list = [...ids];
      for (const id of list) e.refs.set(id, (e.refs.get(id) ?? 0) + 1);
      held.push([e, list]);
      this.want(face, list);
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      for (const [e, list] of held) {
        for (const id of list) {
          const n = (e.refs.get(id) ?? 1) - 1;
          if (n > 0) e.refs.set(id, n);
          else {
            e.refs.delete(id);
            this.loose.delete(`${e.no}:${id}`);
            this.loose.set(`${e.no}:${id}`, [e, id]);
          }
        }
      }
      this.sweepSoon();
    };
  }

  /** Glyphs no holder holds, oldest release first. */
  private loose = new Map<string, [Entry, number]>();
  private sweeping = false;

  /** A moment after a release (a holder taking the next board holds its glyphs first), forgets the outlines
   *  nobody holds beyond the SPARE most recently released. */
  private sweepSoon(): void {
    if (this.sweeping) return;
    this.sweeping = true;
    setTimeout(() => this.sweep(), 0);
  }

  /** Runs the sweep now (tests). */
  sweep(): void {
    this.sweeping = false;
    for (const [key, [e, id]] of this.loose) if (e.refs.get(id)) this.loose.delete(key);
    let over = this.loose.size - SPARE;
    for (const [key, [e, id]] of this.loose) {
      if (over-- <= 0) break;
      e.paths.delete(id);
      this.loose.delete(key);
    }
  }

  /** The face when every glyph of `ids` is loaded, else null (draw the run another way meanwhile). Reactive. */
  ready(face: FontRequest | undefined, ids: Iterable<number>): GlyphFont | null {
    void this.version;
    if (!face) return null;
    const e = this.fonts.get(fontKey(face));
    if (!e || e.failed || e.upem === 0) return null;
    for (const id of ids) if (!e.paths.has(id)) return null;
    return e;
  }

  /** Glyphs held and outlines in memory, over every face (tests). */
  get counts(): { held: number; loaded: number } {
    let held = 0;
    let loaded = 0;
    for (const e of this.fonts.values()) {
      held += e.refs.size;
      loaded += e.paths.size;
    }
    return { held, loaded };
  }
}

/** The app's one cache. */
export const glyphs = new GlyphCache();
