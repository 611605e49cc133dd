// The start screen's logic: loading, creating, opening, errors shown in Chinese, no double submits.
import { describe, expect, it, vi } from "vitest";
import type { Api, OpenedProject } from "./api";
import { AppModel } from "./app.svelte";
import { t } from "./i18n";

const opened = (name: string): OpenedProject => ({
  name,
  info: { path: `/d/${name}.zhanban`, format_version: 1, created_at: "", created_by: "", photos: [], writeups: [], boards: 0 },
  read_only: false,
});

function fakeApi(overrides: Partial<Api> = {}): Api {
  return {
    defaultProjectDir: vi.fn(async () => "/home/u/文档/展板工坊"),
    recentProjects: vi.fn(async () => [{ path: "/d/甲.zhanban", name: "甲", opened_at: 1, exists: true, export_dir: null }]),
    startupProject: vi.fn(async () => null),
    createProject: vi.fn(async (_dir: string, name: string) => opened(name)),
    openProject: vi.fn(async (path: string) => opened(path.replace(/.*\//, "").replace(".zhanban", ""))),
    closeProject: vi.fn(async () => {}),
    projectInfo: vi.fn(async () => opened("x").info),
    importPaths: vi.fn(),
    cancelImport: vi.fn(),
    photoThumbnail: vi.fn(),
    setCaption: vi.fn(),
    photoRelations: vi.fn(async () => []),
    ...overrides,
  };
}

describe("AppModel", () => {
  it("loads the default folder and recent projects", async () => {
    const m = new AppModel(fakeApi());
    await m.init();
    expect(m.projectDir).toBe("/home/u/文档/展板工坊");
    expect(m.recent.map((r) => r.name)).toEqual(["甲"]);
    expect(m.project).toBeNull();
  });

  it("opens the start-up project, and stays on the start screen with the reason when it cannot", async () => {
    const m = new AppModel(fakeApi({ startupProject: vi.fn(async () => "/d/乙.zhanban") }));
    await m.init();
    expect(m.project?.name).toBe("乙");
    const locked = new AppModel(
      fakeApi({
        startupProject: vi.fn(async () => "/d/乙.zhanban"),
        openProject: vi.fn(async () => Promise.reject({ kind: "user", message: "这个项目已在另一个窗口中打开。" })),
      }),
    );
    await locked.init();
    expect(locked.project).toBeNull();
    expect(locked.error).toBe("这个项目已在另一个窗口中打开。");
    expect(locked.recent.length).toBe(1);
  });

  it("creates a project with the trimmed name in the chosen folder", async () => {
    const api = fakeApi();
    const m = new AppModel(api);
    await m.init();
    m.projectName = "  党建创新成果展 ";
    await m.create();
    expect(api.createProject).toHaveBeenCalledWith("/home/u/文档/展板工坊", "党建创新成果展", {
      title: "党建创新成果展",
      organiser: "",
      date: "",
    });
    expect(m.project?.name).toBe("党建创新成果展");
    expect(m.error).toBeNull();
  });

  it("sends the exhibition's title, organiser and date given in the form", async () => {
    const api = fakeApi();
    const m = new AppModel(api);
    await m.init();
    m.projectName = "2024成果展";
    m.exhibitionTitle = " 模范机关建设成果展示 ";
    m.organiser = "中共某某市直机关工委";
    m.exhibitionDate = "2024年6月";
    await m.create();
    expect(api.createProject).toHaveBeenCalledWith("/home/u/文档/展板工坊", "2024成果展", {
      title: "模范机关建设成果展示",
      organiser: "中共某某市直机关工委",
      date: "2024年6月",
    });
  });

  it("refuses an empty name without calling the shell", async () => {
    const api = fakeApi();
    const m = new AppModel(api);
    m.projectName = "   ";
    await m.create();
    expect(api.createProject).not.toHaveBeenCalled();
    expect(m.error).toBe(t.nameRequired);
  });

  it("shows the shell's Chinese message when opening fails, and refreshes the recent list", async () => {
    const message = "“/d/坏.zhanban”不是展板工坊项目文件（.zhanban）。";
    const api = fakeApi({ openProject: vi.fn(async () => Promise.reject({ kind: "user", message })) });
    const m = new AppModel(api);
    await m.open("/d/坏.zhanban");
    expect(m.error).toBe(message);
    expect(m.project).toBeNull();
    expect(m.busy).toBe(false);
    expect(api.recentProjects).toHaveBeenCalled();
  });

  it("shows a generic Chinese message for unexpected failures", async () => {
    const m = new AppModel(fakeApi({ openProject: vi.fn(async () => Promise.reject(new Error("boom"))) }));
    await m.open("/x.zhanban");
    expect(m.error).toBe(t.unknownError);
  });

  it("ignores a second submit while the first is running", async () => {
    let release!: () => void;
    const api = fakeApi({
      createProject: vi.fn(() => new Promise<OpenedProject>((r) => (release = () => r(opened("甲"))))),
    });
    const m = new AppModel(api);
    const first = m.create();
    await m.create();
    release();
    await first;
    expect(api.createProject).toHaveBeenCalledTimes(1);
  });

  it("goes back to the start screen and closes the project", async () => {
    const api = fakeApi();
    const m = new AppModel(api);
    await m.open("/d/甲.zhanban");
    expect(m.project).not.toBeNull();
    await m.backToStart();
    expect(api.closeProject).toHaveBeenCalled();
    expect(m.project).toBeNull();
  });
});
