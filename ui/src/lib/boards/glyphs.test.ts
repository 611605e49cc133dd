// The canvas's glyph cache: only missing glyphs are asked for, batched per font with one request in flight per
// font, faces keyed by file and index to small numbers for element ids, a refused face left to the system fonts,
// and the document-level sprite.
import { describe, expect, it, vi } from "vitest";
import type { FontRequest, GlyphApi, GlyphOutlines } from "./api";
import { glyphScale, type TextRun } from "./frames";
import { DomSprite, fontKey, GlyphCache, glyphId, SPARE, usesMarkup, type GlyphSink } from "./glyphs.svelte";

const sans: FontRequest = { path: "/fonts/NotoSansCJK-Regular.ttc", index: 2 };
const sansJp: FontRequest = { path: "/fonts/NotoSansCJK-Regular.ttc", index: 0 };
const kai: FontRequest = { path: "/fonts/LXGWWenKai-Regular.ttf", index: 0 };

/** Paths "d<id>", except glyph 3 (a space): no outline. */
const answer = (ids: number[]): GlyphOutlines => ({ units_per_em: 1000, paths: ids.map((id) => [id, id === 3 ? "" : `M0 0L${id} 1Z`]) });

/** An API whose answers wait until `release()`; records every call. */
function held() {
  const calls: { font: FontRequest; ids: number[] }[] = [];
  const waiting: (() => void)[] = [];
  const api: GlyphApi = {
    glyphOutlines: vi.fn((font: FontRequest, ids: number[]) => {
      calls.push({ font, ids });
      return new Promise<GlyphOutlines>((ok) => waiting.push(() => ok(answer(ids))));
    }),
  };
  const release = async () => {
    for (const w of waiting.splice(0)) w();
    await tick();
  };
  return { api, calls, release };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

function sink(): GlyphSink & { added: [number, [number, string][]][]; removed: [number, number[]][] } {
  const added: [number, [number, string][]][] = [];
  const removed: [number, number[]][] = [];
  return { added, removed, add: (font, paths) => void added.push([font, paths]), remove: (font, ids) => void removed.push([font, ids]) };
}

describe("GlyphCache", () => {
  it("batches the wants of one task into one request per font", async () => {
    const { api, calls, release } = held();
    const cache = new GlyphCache(api, sink());
    cache.want(sans, [1, 2]);
    cache.want(sans, [2, 3]);
    cache.want(kai, [1]);
    expect(calls).toEqual([]); // sent once the task's other wants are in
    await Promise.resolve();
    expect(calls).toEqual([{ font: sans, ids: [1, 2, 3] }, { font: kai, ids: [1] }]);
    await release();
  });

  it("asks only for glyphs neither loaded nor asked for, and keeps one request in flight per font", async () => {
    const { api, calls, release } = held();
    const cache = new GlyphCache(api, sink());
    cache.want(sans, [1, 2]);
    await tick();
    cache.want(sans, [2, 4]);
    cache.want(sans, [5]);
    await tick();
    expect(calls.map((c) => c.ids)).toEqual([[1, 2]]); // 4 and 5 wait for the first answer
    await release();
    expect(calls.map((c) => c.ids)).toEqual([[1, 2], [4, 5]]);
    await release();
    cache.want(sans, [1, 2, 4, 5]);
    await tick();
    expect(calls.length).toBe(2); // all loaded: nothing asked
  });

  it("is ready for a run once all its glyphs are in, and counts arrivals in `version`", async () => {
    const { api, release } = held();
    const cache = new GlyphCache(api, sink());
    expect(cache.ready(sans, [1])).toBeNull();
    cache.hold([[sans, [1, 3]]]);
    await tick();
    expect(cache.ready(sans, [1])).toBeNull();
    const v = cache.version;
    await release();
    expect(cache.version).toBe(v + 1);
    const font = cache.ready(sans, [1, 3]);
    expect(font?.upem).toBe(1000);
    expect(font?.paths.get(1)).toBe("M0 0L1 1Z");
    expect(font?.paths.get(3)).toBe(""); // a space: loaded, nothing to draw
    expect(cache.ready(sans, [1, 7])).toBeNull();
    expect(cache.ready(undefined, [1])).toBeNull();
  });

  it("maps each face (file and index) to its own small number for element ids", async () => {
    const { api, release } = held();
    const out = sink();
    const cache = new GlyphCache(api, out);
    cache.hold([[sans, [10]], [sansJp, [10]], [kai, [10]], [{ ...sans }, [11]]]);
    await tick();
    await release();
    expect(fontKey(sans)).toBe("/fonts/NotoSansCJK-Regular.ttc#2");
    expect([sans, sansJp, kai].map((f) => cache.ready(f, [10])?.no)).toEqual([0, 1, 2]);
    expect(out.added.map(([no, paths]) => [no, paths.map(([id]) => id)])).toEqual([[0, [10, 11]], [1, [10]], [2, [10]]]);
    expect(glyphId(2, 10)).toBe("g-2-10");
  });

  it("leaves a refused face to the system fonts and does not ask again", async () => {
    const api: GlyphApi = { glyphOutlines: vi.fn(async () => Promise.reject({ kind: "user", message: "不是排版所用的字体" })) };
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const cache = new GlyphCache(api, sink());
    cache.want(kai, [1]);
    await tick();
    cache.want(kai, [1, 2]);
    await tick();
    expect(api.glyphOutlines).toHaveBeenCalledTimes(1);
    expect(cache.ready(kai, [1])).toBeNull();
    warn.mockRestore();
  });

  it("puts loaded outlines into one hidden document-level sprite, skipping empty ones", async () => {
    const sprite = new DomSprite();
    const cache = new GlyphCache({ glyphOutlines: async (_f, ids) => answer(ids) }, sprite);
    cache.hold([[sans, [1, 2, 3]], [kai, [1]]]);
    await tick();
    const svgs = document.querySelectorAll("svg.glyph-sprite");
    expect(svgs.length).toBe(1);
    expect(svgs[0].getAttribute("aria-hidden")).toBe("true");
    expect(svgs[0].parentElement).toBe(document.body);
    expect([...svgs[0].querySelectorAll("defs > path")].map((p) => p.id)).toEqual(["g-0-1", "g-0-2", "g-1-1"]);
    expect(document.getElementById("g-0-2")?.getAttribute("d")).toBe("M0 0L2 1Z");
    expect(svgs[0].getAttribute("data-requests")).toBe("2");
    expect(svgs[0].getAttribute("data-glyphs")).toBe("4");
  });
});

describe("GlyphCache's bounds (issue #20)", () => {
  it("takes a glyph out of the sprite once no shown board holds it, and keeps the ones another board holds", async () => {
    const out = sink();
    const cache = new GlyphCache({ glyphOutlines: async (_f, ids) => answer(ids) }, out);
    const first = cache.hold([[sans, [1, 2]]]);
    await tick();
    const second = cache.hold([[sans, [2, 4]]]);
    await tick();
    expect(cache.counts.shown).toBe(3);
    first();
    first(); // twice is once
    cache.sweep();
    expect(out.removed).toEqual([[0, [1]]]);
    expect(cache.ready(sans, [1])).toBeNull(); // not drawable: not in the sprite
    expect(cache.ready(sans, [2, 4])).not.toBeNull();
    second();
    cache.sweep();
    expect(cache.counts.shown).toBe(0);
  });

  it("shows a released glyph again from memory without asking, when a board holds it again before or after the sweep", async () => {
    const out = sink();
    const api: GlyphApi = { glyphOutlines: vi.fn(async (_f: FontRequest, ids: number[]) => answer(ids)) };
    const cache = new GlyphCache(api, out);
    const first = cache.hold([[sans, [1, 2]]]);
    await tick();
    first();
    cache.hold([[sans, [1]]]); // the next board, held in the same task as the release: nothing leaves
    cache.sweep();
    expect(out.removed).toEqual([[0, [2]]]);
    const again = cache.hold([[sans, [2]]]);
    expect(cache.ready(sans, [1, 2])).not.toBeNull();
    expect(api.glyphOutlines).toHaveBeenCalledTimes(1);
    expect(out.added.at(-1)).toEqual([0, [[2, "M0 0L2 1Z"]]]);
    again();
  });

  it("keeps only the SPARE most recently released outlines in memory; a forgotten one is asked for again", async () => {
    const api: GlyphApi = { glyphOutlines: vi.fn(async (_f: FontRequest, ids: number[]) => answer(ids)) };
    const cache = new GlyphCache(api, sink());
    const ids = Array.from({ length: SPARE + 500 }, (_, i) => i + 10);
    cache.hold([[sans, ids]])();
    await tick();
    cache.sweep();
    expect(cache.counts).toEqual({ shown: 0, loaded: SPARE });
    cache.hold([[sans, [10, SPARE + 509]]]); // the first released is forgotten, the last kept
    await tick();
    expect(vi.mocked(api.glyphOutlines).mock.calls.at(-1)?.[1]).toEqual([10]);
    expect(cache.ready(sans, [10, SPARE + 509])).not.toBeNull();
  });

  it("the DOM sprite loses the paths of released glyphs", async () => {
    const sprite = new DomSprite();
    const cache = new GlyphCache({ glyphOutlines: async (_f, ids) => answer(ids) }, sprite);
    const before = sprite.size;
    const release = cache.hold([[sansJp, [101, 102]]]);
    await tick();
    expect(sprite.size).toBe(before + 2);
    release();
    cache.sweep();
    expect(sprite.size).toBe(before);
    expect(document.getElementById("g-0-101")).toBeNull();
  });
});

describe("usesMarkup", () => {
  it("gives a run's glyphs as <use> of the sprite at their x in font units, leaving out glyphs without outline", () => {
    const font = { no: 2, upem: 1000, paths: new Map([[5, "M0 0Z"], [3, ""], [7, "M1 1Z"]]) };
    const run = { glyphs: [{ id: 5 }, { id: 3 }, { id: 7 }] };
    expect(usesMarkup(font, run, [0, 1000, 1500])).toBe('<use href="#g-2-5" x="0"/><use href="#g-2-7" x="1500"/>');
    // Parsed inside an SVG element, they are SVG <use> elements.
    const g = document.createElementNS("http://www.w3.org/2000/svg", "g");
    g.innerHTML = usesMarkup(font, run, [0, 1000, 1500]);
    expect([...g.children].map((c) => [c.namespaceURI, c.localName, c.getAttribute("x")])).toEqual([
      ["http://www.w3.org/2000/svg", "use", "0"], ["http://www.w3.org/2000/svg", "use", "1500"],
    ]);
  });
});

describe("glyphScale", () => {
  it("gives the run's scale (em in mm per font unit) and each glyph's x in font units", () => {
    const run: TextRun = {
      font: 0, size_pt: 72, color: { r: 0, g: 0, b: 0 }, origin: { x: 20, y: 40 },
      glyphs: [
        { id: 5, x: 0, advance: 25.4, text: "展" },
        { id: 3, x: 25.4, advance: 12.7, text: " " },
        { id: 7, x: 38.1, advance: 25.4, text: "板" },
      ],
    };
    // 72 pt = 25.4 mm an em; 1000 units per em.
    expect(glyphScale(run, 1000)).toEqual({ s: 0.0254, xs: [0, 1000, 1500], text: "展 板" });
    // 10.5 pt on a 2048-unit face: six significant digits keep every glyph within 0.1 unit of its place.
    const small = glyphScale({ ...run, size_pt: 10.5 }, 2048);
    expect(small.s).toBe(0.00180868);
    expect(Math.abs(small.xs[2] * small.s - 38.1)).toBeLessThan(0.0001);
  });
});
