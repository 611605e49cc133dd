// Every icon button (one whose face is a symbol — ×, ＋, ✎ — rather than words) carries a Chinese tooltip and an
// accessible name: read from the components' source, so a new icon button without them fails here.
import { describe, expect, it } from "vitest";

/** Every component's source, by path (Vite reads them as text). */
const sources = import.meta.glob("./**/*.svelte", { query: "?raw", import: "default", eager: true }) as Record<string, string>;

/** Each `<button …>face</button>` of a component: its attributes and its face with markup and expressions removed. */
function buttons(source: string): { attrs: string; face: string }[] {
  const out: { attrs: string; face: string }[] = [];
  const re = /<button\b((?:[^>{]|\{[^}]*\})*)>([\s\S]*?)<\/button>/g;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    out.push({ attrs: m[1], face: m[2].replace(/<[^>]*>/g, "").trim() });
  }
  return out;
}

const isIcon = (face: string) => face.length > 0 && face.length <= 2 && !/[\p{L}{]/u.test(face);

describe("icon buttons", () => {
  const files = Object.entries(sources);
  it("finds the components and their icon buttons", () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
    const icons = files.flatMap(([, src]) => buttons(src).filter((b) => isIcon(b.face)));
    // The close ×, zoom －/＋, the outline's ×, the review's ✎ at least.
    expect(icons.length).toBeGreaterThanOrEqual(4);
  });
  it.each(files)("%s: every icon button has a tooltip and a name", (_, src) => {
    for (const b of buttons(src).filter((x) => isIcon(x.face))) {
      expect(b.attrs, `button “${b.face}”`).toMatch(/\btitle=/);
      expect(b.attrs, `button “${b.face}”`).toMatch(/\baria-label=/);
    }
  });
});
