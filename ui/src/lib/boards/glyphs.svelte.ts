// The board canvas's glyphs: the outlines of the very glyphs the engine shaped (by glyph id), read by the shell
// from the font files the frames name, so the canvas shows what the PDF shows without the fonts being installed
// (on Windows they sit beside the program) and keeps the shaper's substitutions (punctuation forms, alternates).
// Each glyph a shown board holds becomes a <path id="g-<font number>-<glyph id>"> in one hidden document-level
// <svg><defs> sprite, which the canvas draws with <use>. Only missing glyphs are asked for, batched per font, one
// request in flight per font; `version` changes when glyphs arrive, so what reads `ready` draws again.
// Bounded (issue #20): the canvas holds the glyphs of the board it shows (`hold`, released when it shows another);
// a glyph no board holds leaves the sprite a moment later, and its outline stays in memory only among the most
// recently released `SPARE` (then it is asked for again when needed), so visiting every board of a large exhibition
// does not leave every glyph of it in the page.
// Owns the cache and the sprite; it must not place glyphs (the canvas does, from the frames).
import { tauriGlyphApi, type FontRequest, type GlyphApi } from "./api";

const SVG = "http://www.w3.org/2000/svg";

/** One face: its small number (for element ids), units per em once known, and which glyphs are where. */
export interface GlyphFont {
  readonly no: number;
  /** 0 until the first answer. */
  upem: number;
  /** Loaded glyphs: id → SVG path data in font units, y up ("" for a glyph without outline, e.g. a space). */
  readonly paths: Map<number, string>;
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
  /** The glyphs now in the sprite. */
  readonly shown: Set<number>;
}

/** Outlines kept in memory beyond the glyphs held (the most recently released), so going back to a board just seen
 *  asks for nothing. A CJK outline is ~1–2 kB of path data. */
export const SPARE = 3000;

/** Where loaded glyphs go: the hidden sprite, or anything standing in for it in tests. */
export interface GlyphSink {
  add(font: number, paths: [number, string][]): void;
  /** Takes glyphs out of the sprite (no board holds them any more). */
  remove(font: number, ids: number[]): void;
  /** A request's size and time, for the curious (the e2e test logs them). */
  record?(glyphs: number, ms: number): void;
}

/** The document-level sprite, made on first use at the end of <body>. */
export class DomSprite implements GlyphSink {
  private defs: SVGDefsElement | null = null;
  /** Glyphs and requests so far, and the time spent waiting for them (shown as data-* attributes for tests). */
  readonly stats = { requests: 0, glyphs: 0, ms: 0 };

  add(font: number, paths: [number, string][]): void {
    if (typeof document === "undefined") return;
    if (!this.defs) {
      const svg = document.createElementNS(SVG, "svg");
      svg.setAttribute("class", "glyph-sprite");
      svg.setAttribute("data-testid", "glyph-sprite");
      svg.setAttribute("width", "0");
      svg.setAttribute("height", "0");
      svg.setAttribute("aria-hidden", "true");
      svg.setAttribute("focusable", "false");
      this.defs = document.createElementNS(SVG, "defs");
      svg.appendChild(this.defs);
      document.body.appendChild(svg);
    }
    const batch = document.createDocumentFragment();
    for (const [id, d] of paths) {
      if (!d) continue;
      const path = document.createElementNS(SVG, "path");
      path.setAttribute("id", glyphId(font, id));
      path.setAttribute("d", d);
      batch.appendChild(path);
    }
    this.defs.appendChild(batch);
  }

  remove(font: number, ids: number[]): void {
    if (typeof document === "undefined") return;
    for (const id of ids) document.getElementById(glyphId(font, id))?.remove();
  }

  /** How many glyphs the sprite holds (for tests and the e2e checks). */
  get size(): number {
    return this.defs?.childElementCount ?? 0;
  }

  /** Records a request's time on the sprite element (data-requests, data-glyphs, data-ms). */
  record(glyphs: number, ms: number): void {
    this.stats.requests += 1;
    this.stats.glyphs += glyphs;
    this.stats.ms += ms;
    const svg = this.defs?.parentElement;
    if (!svg) return;
    svg.setAttribute("data-requests", String(this.stats.requests));
    svg.setAttribute("data-glyphs", String(this.stats.glyphs));
    svg.setAttribute("data-ms", String(Math.round(this.stats.ms)));
  }
}

/** The element id of a glyph in the sprite. */
export function glyphId(font: number, id: number): string {
  return `g-${font}-${id}`;
}

/** A run's glyphs as <use> elements of the sprite, x in font units (`xs`, from glyphScale), as markup: the canvas
 *  sets a run with one parse instead of a component block per glyph (thousands a board: the JS objects per glyph
 *  were most of a board's cost to draw and stayed on the heap until collected). Glyphs without outline are left out. */
export function usesMarkup(font: GlyphFont, run: { glyphs: { id: number }[] }, xs: number[]): string {
  let out = "";
  run.glyphs.forEach((g, i) => {
    if (font.paths.get(g.id)) out += `<use href="#${glyphId(font.no, g.id)}" x="${xs[i]}"/>`;
  });
  return out;
}

/** The cache key of a face: its file and index in the collection. */
export function fontKey(face: FontRequest): string {
  return `${face.path}#${face.index}`;
}

export class GlyphCache {
  /** Changes whenever glyphs arrive (or a face fails): readers of `ready` run again. */
  version = $state(0);
  private fonts = new Map<string, Entry>();

  constructor(
    private api: GlyphApi = tauriGlyphApi,
    private sprite: GlyphSink = new DomSprite(),
  ) {}

  private entry(face: FontRequest): Entry {
    const key = fontKey(face);
    let e = this.fonts.get(key);
    if (!e) {
      e = {
        no: this.fonts.size, upem: 0, paths: new Map(), request: { path: face.path, index: face.index },
        queue: new Set(), asked: new Set(), failed: false, refs: new Map(), shown: new Set(),
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
      for (const [id, d] of answer.paths) e.paths.set(id, d);
      // An id the answer left out would be asked for forever: it has no outline.
      for (const id of ids) if (!e.paths.has(id)) e.paths.set(id, "");
      this.show(e, ids);
      this.sprite.record?.(ids.length, performance.now() - start);
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

  /** Puts the loaded, held glyphs of `ids` that are not in the sprite into it. */
  private show(e: Entry, ids: Iterable<number>): boolean {
    const add: [number, string][] = [];
    for (const id of ids) {
      if (e.shown.has(id) || !e.refs.get(id)) continue;
      const d = e.paths.get(id);
      if (d === undefined) continue;
      e.shown.add(id);
      if (d) add.push([id, d]);
    }
    if (add.length) this.sprite.add(e.no, add);
    return add.length > 0;
  }

  /** Holds the glyphs of `runs` (face and ids) for one holder — the shown board — until the returned release is
   *  called: they are asked for when missing and stay in the sprite meanwhile. Reads no reactive state. */
  hold(runs: Iterable<[FontRequest | undefined, Iterable<number>]>): () => void {
    const held: [Entry, number[]][] = [];
    let added = false;
    for (const [face, ids] of runs) {
      if (!face) continue;
      const e = this.entry(face);
      const list = [...ids];
      for (const id of list) e.refs.set(id, (e.refs.get(id) ?? 0) + 1);
      held.push([e, list]);
      this.want(face, list);
      added = this.show(e, list) || added;
    }
    // Outlines kept from before went back into the sprite: what waits on `ready` draws them.
    if (added) queueMicrotask(() => (this.version += 1));
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

  /** A moment after a release (a holder taking the next board holds its glyphs first), takes the glyphs nobody
   *  holds out of the sprite and forgets the outlines beyond the SPARE most recently released. */
  private sweepSoon(): void {
    if (this.sweeping) return;
    this.sweeping = true;
    setTimeout(() => this.sweep(), 0);
  }

  /** Runs the sweep now (tests). */
  sweep(): void {
    this.sweeping = false;
    const out = new Map<Entry, number[]>();
    let spare = 0;
    for (const [key, [e, id]] of this.loose) if (e.refs.get(id)) this.loose.delete(key);
    const over = this.loose.size - SPARE;
    for (const [key, [e, id]] of this.loose) {
      if (e.shown.delete(id)) {
        const list = out.get(e) ?? [];
        list.push(id);
        out.set(e, list);
      }
      if (spare++ < over) {
        e.paths.delete(id);
        this.loose.delete(key);
      }
    }
    for (const [e, ids] of out) this.sprite.remove(e.no, ids);
  }

  /** The face when every glyph of `ids` is loaded and in the sprite, else null (draw the run another way
   *  meanwhile). Reactive. */
  ready(face: FontRequest | undefined, ids: Iterable<number>): GlyphFont | null {
    void this.version;
    if (!face) return null;
    const e = this.fonts.get(fontKey(face));
    if (!e || e.failed || e.upem === 0) return null;
    for (const id of ids) if (!e.shown.has(id)) return null;
    return e;
  }

  /** Glyphs in the sprite and outlines in memory, over every face (tests). */
  get counts(): { shown: number; loaded: number } {
    let shown = 0;
    let loaded = 0;
    for (const e of this.fonts.values()) {
      shown += e.shown.size;
      loaded += e.paths.size;
    }
    return { shown, loaded };
  }
}

/** The app's one cache (the sprite is document-level, so there is one of it too). */
export const glyphs = new GlyphCache();
