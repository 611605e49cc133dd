// The benchmarks' project, made in the app as a user makes it (tests/e2e/bench/app.mjs and memory.mjs): 24 real photos
// through `import_paths` (as the drop handler calls it), every corpus article and twelve real pages of the genre from
// the write-up tests (kept as retrieved, with their answer keys) through `writeup_paste` + `writeup_accept` (as 文稿's
// paste and 确认使用), then four boards given three photos more each with `move_photo` (as 移到展板 does): about 25
// boards (the corpus alone gives 13), four of them with four photos so that a photo can be dragged onto another.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { invoke, realPhotos } from "../driver.mjs";

const root = resolve(import.meta.dirname, "../../..");
const corpus = resolve(root, "../shared/corpus");
const pages = join(root, "src-tauri/crates/writeup/tests/pages");
const PAGES = ["p01_hbjgdj_mofan_jiguan", "p08_genhe_pinpai_guihua", "p13_zhongzq_yuyangli", "p20_abrd_gongwen",
  "p25_cnsxzh_mofan", "p29_alatiku_shiwu", "p32_zhoushan_zongjie", "p34_scjgdj_pinpai", "p41_szhgh_makesi",
  "p60_mtdzj_dangjianlianmeng", "p9n_quzhou_liangxin", "p9o_changzhou_yingji"].map((f) => f + ".txt");

/** Makes the project in the open session `s` (a project already created); resolves to the write-ups' files. */
export async function benchProject(s) {
  const photos = realPhotos().slice(0, 24);
  const report = await invoke(s, "import_paths", { paths: photos });
  if (report.error) throw new Error(`import: ${JSON.stringify(report.error)}`);
  const articles = [
    ...readdirSync(corpus).filter((f) => f.endsWith(".txt")).sort().map((f) => join(corpus, f)),
    ...PAGES.map((f) => join(pages, f)),
  ];
  for (const f of articles) {
    const review = await invoke(s, "writeup_paste", { html: null, text: readFileSync(f, "utf8") });
    if (review.error) throw new Error(`paste ${f}: ${JSON.stringify(review.error)}`);
    const stored = await invoke(s, "writeup_accept", { draft: review.draft });
    if (stored.error) throw new Error(`accept ${f}: ${JSON.stringify(stored.error)}`);
  }

  // Laid out alone, the 24 loose photos spread one to a board, where a drag onto another photo cannot happen:
  // as a user gathers photos with 移到展板, four boards are given three photos more each (four in all), so that (d)
  // measures a swap on a board of several photos. With the corpus alone that left 13 boards, hence the pages;
  // gathering only two photos onto one board kept more boards but its swap sent a photo on to the next board.
  const first = await invoke(s, "layout_boards");
  if (first.error) throw new Error(`layout: ${JSON.stringify(first.error)}`);
  const loose = first.frames.boards.map((b, i) => ({ group: first.summary.boards[i].group, photos: (b?.items ?? []).filter((it) => it.type === "image").map((it) => it.photo) }))
    .filter((b) => b.group !== "preface" && b.group !== "closing" && b.photos.length > 0);
  const gathering = loose.filter((_, i) => i % 4 === 0).slice(0, 4);
  const givers = loose.filter((_, i) => i % 4 !== 0);
  for (const [n, g] of gathering.entries()) {
    for (const from of givers.slice(3 * n, 3 * n + 3)) {
      const r = await invoke(s, "adjust", { adjustment: { kind: "move_photo", photo: from.photos[0], group: g.group, position: null } });
      if (r.error) throw new Error(`move a photo to ${g.group}: ${JSON.stringify(r.error)}`);
    }
  }
  return { articles };
}

/** Runs a bench's `main`: its error printed and the exit code set, the processes it started stopped either way. */
export function run(main, children) {
  main()
    .catch((e) => {
      console.error(e);
      process.exitCode = 1;
    })
    .finally(() => {
      for (const c of children.reverse()) c.kill("SIGTERM");
    });
}
