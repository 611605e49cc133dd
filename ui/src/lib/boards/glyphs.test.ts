// The canvas's glyph cache: only missing glyphs are asked for, batched per font with one request in flight per
// font, faces keyed by file and index to small numbers, a refused face left to the system fonts, outlines bounded,
// and a run drawn as one path.
import { describe, expect, it, vi } from "vitest";
import type { FontRequest, GlyphApi, GlyphOutlines } from "./api";
import { glyphScale, type TextRun } from "./frames";
import { fontKey, GlyphCache, outline, runPath, SPARE } from "./glyphs.svelte";

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

describe("GlyphCache", () => {
  it("batches the wants of one task into one request per font", async () => {
    const { api, calls, release } = held();
    const cache = new GlyphCache(api);
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
    const cache = new GlyphCache(api);
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
    const cache = new GlyphCache(api);
    expect(cache.ready(sans, [1])).toBeNull();
    cache.hold([[sans, [1, 3]]]);
    await tick();
    expect(cache.ready(sans, [1])).toBeNull();
    const v = cache.version;
    await release();
    expect(cache.version).toBe(v + 1);
    const font = cache.ready(sans, [1, 3]);
    expect(font?.upem).toBe(1000);
    expect(font?.paths.get(1)).toEqual([0, " 0l1 1z"]);
    expect(font?.paths.get(3)).toBeNull(); // a space: loaded, nothing to draw
    expect(cache.ready(sans, [1, 7])).toBeNull();
    expect(cache.ready(undefined, [1])).toBeNull();
  });

  it("maps each face (file and index) to its own small number", async () => {
    const { api, calls, release } = held();
    const cache = new GlyphCache(api);
    cache.hold([[sans, [10]], [sansJp, [10]], [kai, [10]], [{ ...sans }, [11]]]);
    await tick();
    await release();
    expect(fontKey(sans)).toBe("/fonts/NotoSansCJK-Regular.ttc#2");
    expect([sans, sansJp, kai].map((f) => cache.ready(f, [10])?.no)).toEqual([0, 1, 2]);
    expect(calls.map((c) => c.ids)).toEqual([[10, 11], [10], [10]]);
    expect(cache.stats).toMatchObject({ requests: 3, glyphs: 4 });
  });

  it("leaves a refused face to the system fonts and does not ask again", async () => {
    const api: GlyphApi = { glyphOutlines: vi.fn(async () => Promise.reject({ kind: "user", message: "不是排版所用的字体" })) };
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const cache = new GlyphCache(api);
    cache.want(kai, [1]);
    await tick();
    cache.want(kai, [1, 2]);
    await tick();
    expect(api.glyphOutlines).toHaveBeenCalledTimes(1);
    expect(cache.ready(kai, [1])).toBeNull();
    warn.mockRestore();
  });

});

describe("GlyphCache's bounds (issue #20)", () => {
  it("keeps a released glyph in memory and draws it again without asking, when a board holds it again", async () => {
    const api: GlyphApi = { glyphOutlines: vi.fn(async (_f: FontRequest, ids: number[]) => answer(ids)) };
    const cache = new GlyphCache(api);
    const first = cache.hold([[sans, [1, 2]]]);
    await tick();
    const second = cache.hold([[sans, [2, 4]]]);
    await tick();
    expect(cache.counts).toEqual({ held: 3, loaded: 3 });
    first();
    first(); // twice is once
    cache.sweep();
    expect(cache.counts).toEqual({ held: 2, loaded: 3 });
    second();
    cache.sweep();
    const again = cache.hold([[sans, [1, 2, 4]]]);
    expect(cache.ready(sans, [1, 2, 4])).not.toBeNull();
    expect(api.glyphOutlines).toHaveBeenCalledTimes(2);
    again();
  });

  it("keeps only the SPARE most recently released outlines in memory; a forgotten one is asked for again", async () => {
    const api: GlyphApi = { glyphOutlines: vi.fn(async (_f: FontRequest, ids: number[]) => answer(ids)) };
    const cache = new GlyphCache(api);
    const ids = Array.from({ length: SPARE + 500 }, (_, i) => i + 10);
    cache.hold([[sans, ids]])();
    await tick();
    cache.sweep();
    expect(cache.counts).toEqual({ held: 0, loaded: SPARE });
    cache.hold([[sans, [10, SPARE + 509]]]); // the first released is forgotten, the last kept
    await tick();
    expect(vi.mocked(api.glyphOutlines).mock.calls.at(-1)?.[1]).toEqual([10]);
    expect(cache.ready(sans, [10, SPARE + 509])).not.toBeNull();
  });
});

describe("runPath", () => {
  it("keeps an outline as its first x and the rest relative, so that moving it along the run moves only that x", () => {
    expect(outline("M10 20L30 20L30 -5Z")).toEqual([10, " 20l20 0l0-25z"]);
    // A second contour starts relative to where the first closed; curves' control points too; float noise rounded.
    expect(outline("M0.3 0L0.6 0ZM1 1Q1.1 1.2 1.3 1.4C2 2 2.2 2.3 -0.5 0Z")).toEqual([0.3, " 0l0.3 0zm0.7 1q0.1 0.2 0.3 0.4c0.7 0.6 0.9 0.9-1.8-1.4z"]);
    expect(outline("")).toBeNull();
  });

  it("draws a run's glyphs as one path at their x in font units, leaving out glyphs without outline", () => {
    const font = { no: 2, upem: 1000, paths: new Map([[5, outline("M10 0L20 0L20 700Z")], [3, null], [7, outline("M0 0L5 5Z")]]) };
    const run = { glyphs: [{ id: 5 }, { id: 3 }, { id: 7 }, { id: 5 }] };
    const d = runPath(font, run, [0, 1000, 1500, 2000.2]);
    expect(d).toBe("M10 0l10 0l0 700zM1500 0l5 5zM2010.2 0l10 0l0 700z");
    // Parsed, it is the glyphs' absolute outlines moved by their x.
    const path = document.createElementNS("http://www.w3.org/2000/svg", "path");
    path.setAttribute("d", d);
    expect(path.getAttribute("d")).toBe(d);
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
