// The photo library's logic: importing with progress and a per-file report, reloading photos and thumbnails,
// captions, and errors shown in Chinese.
import { describe, expect, it, vi } from "vitest";
import type { Api, ImportReport, PhotoRelation, PhotoRow } from "./api";
import { Library, markers } from "./library.svelte";

const row = (id: number, caption = ""): PhotoRow => ({
  id, hash: `h${id}`, file_name: `照片${id}.jpg`, byte_len: 1, format: "jpeg", width: 4000, height: 3000,
  orientation: 1, color_model: "rgb", has_icc: false, taken_at: null, camera: null, caption,
});

const report = (over: Partial<ImportReport> = {}): ImportReport => ({
  imported: [], duplicates: [], failed: [], writeups: [], skipped: 0, cancelled: false, ...over,
});

function api(over: Partial<Api> = {}): Api {
  return {
    defaultProjectDir: vi.fn(), recentProjects: vi.fn(), startupProject: vi.fn(), createProject: vi.fn(), openProject: vi.fn(),
    closeProject: vi.fn(),
    projectInfo: vi.fn(async () => ({ path: "", format_version: 1, created_at: "", created_by: "", photos: [row(1), row(2)], writeups: [], boards: 0 })),
    importPaths: vi.fn(async () => report({ imported: [{ path: "/a", file_name: "a", hash: "h1", width: 1, height: 1, same_as: null }] })),
    cancelImport: vi.fn(async () => {}),
    photoThumbnail: vi.fn(async (id: number) => ({ width: 160, height: 120, url: `data:image/jpeg;base64,${id}` })),
    setCaption: vi.fn(async (hash: string, caption: string) => ({ ...row(Number(hash.slice(1))), caption: caption.trim() })),
    photoRelations: vi.fn(async () => []),
    ...over,
  };
}

describe("Library", () => {
  it("imports, reports in Chinese and reloads photos with thumbnails", async () => {
    const a = api({
      importPaths: vi.fn(async () =>
        report({
          imported: [{ path: "/a", file_name: "a", hash: "h1", width: 1, height: 1, same_as: null }],
          duplicates: [{ path: "/b", file_name: "b", existing_file_name: "a" }],
          failed: [{ path: "/c", file_name: "c", reason: "“c”是空文件" }],
        }),
      ),
    });
    const lib = new Library(a);
    await lib.import(["/照片 文件夹"]);
    expect(a.importPaths).toHaveBeenCalledWith(["/照片 文件夹"]);
    expect(lib.message).toBe("导入完成：新照片 1 张，重复 1 张（未再次保存），1 个文件未能导入。");
    expect(lib.report?.failed[0].reason).toContain("空文件");
    expect(lib.photos.map((p) => p.id)).toEqual([1, 2]);
    expect(lib.thumbs[2]?.url).toBe("data:image/jpeg;base64,2");
    expect(lib.importing).toBe(false);
    expect(lib.progress).toBeNull();
  });

  it("shows progress only while importing, and says when the import was cancelled", async () => {
    let finish!: (r: ImportReport) => void;
    const lib = new Library(api({ importPaths: vi.fn(() => new Promise<ImportReport>((r) => (finish = r))) }));
    lib.onProgress({ done: 1, total: 2, current: "x" });
    expect(lib.progress).toBeNull();
    const running = lib.import(["/p"]);
    lib.onProgress({ done: 1, total: 9, current: "会议.jpg" });
    expect(lib.progress).toEqual({ done: 1, total: 9, current: "会议.jpg" });
    await lib.import(["/again"]); // ignored while running
    finish(report({ cancelled: true }));
    await running;
    expect(lib.message).toBe("导入已取消：已导入的照片都已保存。");
  });

  it("shows each photo as the import stores it, before the import ends, and once only", async () => {
    let finish!: (r: ImportReport) => void;
    const lib = new Library(api({ importPaths: vi.fn(() => new Promise<ImportReport>((r) => (finish = r))) }));
    const running = lib.import(["/p"]);
    const seven = row(7);
    lib.onPhoto({ photo: seven, thumb: { width: 1, height: 1, url: "data:image/jpeg;base64,7" } });
    lib.onPhoto({ photo: seven, thumb: null });
    expect(lib.photos.map((p) => p.id)).toContain(7);
    expect(lib.photos.filter((p) => p.id === 7).length).toBe(1);
    expect(lib.thumbs[7]?.url).toBe("data:image/jpeg;base64,7");
    expect(lib.importing).toBe(true);
    finish(report());
    await running;
  });

  it("shows the shell's message when the import fails", async () => {
    const lib = new Library(api({ importPaths: vi.fn(async () => Promise.reject({ kind: "user", message: "当前没有打开的项目。" })) }));
    await lib.import(["/p"]);
    expect(lib.error).toBe("当前没有打开的项目。");
  });

  it("saves a changed caption and skips an unchanged one", async () => {
    const a = api();
    const lib = new Library(a);
    await lib.show([row(1, "旧说明"), row(2)]);
    await lib.setCaption(lib.photos[0], "旧说明");
    expect(a.setCaption).not.toHaveBeenCalled();
    await lib.setCaption(lib.photos[1], " 党员志愿服务 ");
    expect(a.setCaption).toHaveBeenCalledWith("h2", " 党员志愿服务 ");
    expect(lib.photos[1].caption).toBe("党员志愿服务");
  });
});

describe("photo details", () => {
  it("describe size, colour model, date and camera in Chinese", async () => {
    const { t } = await import("./i18n");
    const text = t.photoDetails({ ...row(1), color_model: "cmyk", has_icc: true, taken_at: "2024-05-01T09:30:00", camera: "HUAWEI ELS-AN00" });
    expect(text).toBe(
      "照片1.jpg\n4000×3000 像素（12.0 百万像素），JPEG\n颜色：CMYK（印刷色），含色彩配置文件\n拍摄时间：2024-05-01 09:30:00\n相机：HUAWEI ELS-AN00",
    );
  });

  it("filters unused, low-resolution and uncaptioned photos, and sorts by name or date taken", async () => {
    const lib = new Library(api());
    const wechat = { ...row(3), file_name: "微信图片_10.jpg", width: 1080, height: 1440, taken_at: "2023-05-01T09:00:00" };
    const named = { ...row(4, "表彰大会"), file_name: "微信图片_9.jpg", taken_at: "2022-01-01T09:00:00" };
    lib.photos = [row(1), row(2, "已有说明"), wechat, named];
    const used = new Set(["h1", "h4"]);
    lib.filter = "unused";
    expect(lib.visible(used).map((p) => p.id)).toEqual([2, 3]);
    expect(lib.visible(null).length).toBe(4);
    lib.filter = "low";
    expect(lib.visible(used).map((p) => p.id)).toEqual([3]);
    lib.filter = "uncaptioned";
    expect(lib.visible(used).map((p) => p.id)).toEqual([1, 3]);
    expect(lib.counts(used)).toEqual({ all: 4, unused: 2, low: 1, uncaptioned: 2 });
    // Before the boards are laid out nothing is known to be unused (not "all 4 unused").
    expect(lib.counts(null).unused).toBeNull();
    lib.filter = "all";
    lib.sort = "name";
    expect(lib.visible(used).map((p) => p.file_name)).toEqual(["微信图片_9.jpg", "微信图片_10.jpg", "照片1.jpg", "照片2.jpg"]);
    lib.sort = "taken";
    expect(lib.visible(used).map((p) => p.id).slice(0, 2)).toEqual([4, 3]);
  });
});

const rel = (hash: string, over: Partial<PhotoRelation> = {}): PhotoRelation => ({
  hash, same_as: null, burst: null, not_same: [], faces: [], centre: [0.5, 0.5], ...over,
});

describe("copies and bursts", () => {
  // h1 a WeChat copy (1080×810), h2 its camera original, h3 a turned re-encode of h2; h4–h6 a burst; h7 alone.
  const photos = () => [
    { ...row(1), width: 1080, height: 810 }, row(2), row(3), row(4), row(5), row(6), row(7),
  ];
  const relations = (notSame: [string, string][] = []) =>
    [
      rel("h1"), rel("h2", { same_as: "h1" }), rel("h3", { same_as: "h2" }),
      rel("h4", { burst: "h4" }), rel("h5", { burst: "h4" }), rel("h6", { burst: "h4" }), rel("h7"),
    ].map((r) => ({ ...r, not_same: notSame.filter(([a]) => a === r.hash).map(([, b]) => b) }));
  const view = (lib: Library, used: Set<string> | null) =>
    lib.arranged(used).map((g) => `${g.kind}:${g.photos.map((p) => p.hash).join(",")}${g.chosen ? `>${g.chosen.hash}` : ""}`);

  it("shows copies of one picture and burst shots together, the one on the boards first and marked", async () => {
    const lib = new Library(api({ photoRelations: vi.fn(async () => relations()) }));
    await lib.show(photos());
    // Laid out: the original and the sharpest shot (h5) are on the boards.
    expect(view(lib, new Set(["h2", "h5", "h7"]))).toEqual(["copies:h2,h1,h3>h2", "burst:h5,h4,h6>h5", "single:h7"]);
    // Not laid out yet: the copy with the most pixels stands for the picture, the first shot for the burst.
    expect(view(lib, null)).toEqual(["copies:h2,h1,h3>h2", "burst:h4,h5,h6>h4", "single:h7"]);
    // A filter keeps the group's visible members together; a group of one is a single photo.
    lib.filter = "unused";
    expect(view(lib, new Set(["h2", "h5", "h7"]))).toEqual(["copies:h1,h3>h2", "burst:h4,h6>h5"]);
    lib.filter = "low";
    expect(view(lib, new Set(["h2", "h5", "h7"]))).toEqual(["single:h1"]);
  });

  it("不是同一张: a photo the user said is another picture stands alone, whichever side the word is stored on", async () => {
    for (const word of [[["h1", "h2"], ["h6", "h5"]], [["h2", "h1"], ["h5", "h6"]]] as [string, string][][]) {
      const lib = new Library(api({ photoRelations: vi.fn(async () => relations(word)) }));
      await lib.show(photos());
      expect(lib.notSame("h1", "h2") && lib.notSame("h2", "h1")).toBe(true);
      const used = new Set(["h1", "h2", "h5", "h6", "h7"]);
      expect(view(lib, used)).toEqual(["single:h1", "copies:h2,h3>h2", "burst:h5,h4>h5", "single:h6", "single:h7"]);
    }
    // The relations are read again after a change (its undo clears the word).
    const a = api({ photoRelations: vi.fn(async () => relations([["h1", "h2"]])) });
    const lib = new Library(a);
    await lib.show(photos());
    a.photoRelations = vi.fn(async () => relations());
    await lib.loadRelations();
    expect(view(lib, new Set(["h2"]))[0]).toBe("copies:h2,h1,h3>h2");
  });

  it("places face boxes, or the subject's centre, over the picture as fitted in the 4:3 thumbnail", () => {
    // A 4:3 picture fills the box: fractions become percent.
    const wide = row(1);
    expect(markers(wide, rel("h1", { faces: [[0.25, 0.1, 0.1, 0.2]] }))).toEqual([
      { kind: "face", left: 25, top: 10, width: 10, height: 20 },
    ]);
    // A 3:4 portrait is 56.25 % of the box wide, centred: x = 21.875 % + x · 56.25 %.
    const tall = { ...row(2), width: 3000, height: 4000 };
    const [m] = markers(tall, rel("h2", { faces: [[0.5, 0, 0.2, 0.1]] }));
    expect(m.left).toBeCloseTo(21.875 + 28.125);
    expect(m.width).toBeCloseTo(11.25);
    expect(m.top).toBe(0);
    // A 2:1 panorama: 66.7 % of the box high, centred vertically; without faces, the subject's centre.
    const pano = { ...row(3), width: 4000, height: 2000 };
    const [c] = markers(pano, rel("h3", { centre: [0.5, 0.5] }));
    expect(c.kind).toBe("centre");
    expect(c.top).toBeCloseTo(50);
    expect(markers(pano, rel("h3", { centre: [0, 0] }))[0].top).toBeCloseTo(100 / 6);
    expect(markers(pano, undefined)).toEqual([]);
  });
});
