// The app's state: which screen shows, the open project, the start screen's form and the recent list.
// All logic the start screen needs lives here (tested in app.test.ts); components only display it.
import type { Api, OpenedProject, RecentProject } from "./api";
import { errorDetail, errorMessage } from "./api";
import { t } from "./i18n";

export class AppModel {
  recent = $state<RecentProject[]>([]);
  projectDir = $state("");
  projectName = $state(t.defaultProjectName);
  /** The new-project form's exhibition details (all optional; an empty title means the project's name). */
  exhibitionTitle = $state("");
  organiser = $state("");
  exhibitionDate = $state("");
  project = $state<OpenedProject | null>(null);
  error = $state<string | null>(null);
  /** The system's text behind `error`, for 详细信息. */
  errorDetail = $state<string | null>(null);
  busy = $state(false);

  constructor(private api: Api) {}

  /** Loads what the start screen shows, then opens the start-up project (command line, else the last one). */
  async init(): Promise<void> {
    try {
      const [dir, recent, startup] = await Promise.all([
        this.api.defaultProjectDir(),
        this.api.recentProjects(),
        this.api.startupProject(),
      ]);
      this.projectDir = dir;
      this.recent = recent;
      if (startup) await this.open(startup);
    } catch (e) {
      this.error = errorMessage(e);
    }
  }

  async create(): Promise<void> {
    const name = this.projectName.trim();
    if (!name) {
      this.error = t.nameRequired;
      return;
    }
    const details = {
      title: this.exhibitionTitle.trim() || name,
      organiser: this.organiser.trim(),
      date: this.exhibitionDate.trim(),
    };
    await this.run(() => this.api.createProject(this.projectDir, name, details));
  }

  async open(path: string): Promise<void> {
    await this.run(() => this.api.openProject(path));
  }

  async backToStart(): Promise<void> {
    try {
      await this.api.closeProject();
    } finally {
      this.project = null;
      this.recent = await this.api.recentProjects().catch(() => this.recent);
    }
  }

  private async run(action: () => Promise<OpenedProject>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.error = null;
    this.errorDetail = null;
    try {
      this.project = await action();
    } catch (e) {
      this.error = errorMessage(e);
      this.errorDetail = errorDetail(e);
      this.recent = await this.api.recentProjects().catch(() => this.recent);
    } finally {
      this.busy = false;
    }
  }
}
