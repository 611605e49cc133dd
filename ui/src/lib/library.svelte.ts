// The photo library of the open project: importing (with progress, cancel and a per-file error list), thumbnails,
// captions. All logic lives here (tested in library.test.ts); components only display it.
import type { Api, ImportedPhoto, ImportProgress, ImportReport, PhotoRow, Thumb } from "./api";
import { errorDetail, errorMessage } from "./api";
import { t } from "./i18n";

/** Which photos the grid shows. */
export type PhotoFilter = "all" | "unused" | "low" | "uncaptioned";
export type PhotoSort = "imported" | "name" | "taken";

/** Below this many pixels a photo cannot fill a sixth of a 1200×900 board at 100 ppi: flagged as low resolution. */
export const LOW_RESOLUTION_PIXELS = 2_500_000;

export const isLowResolution = (p: PhotoRow) => p.width * p.height < LOW_RESOLUTION_PIXELS;

export class Library {
  filter = $state<PhotoFilter>("all");
  sort = $state<PhotoSort>("imported");
  photos = $state<PhotoRow[]>([]);
  thumbs = $state<Record<number, Thumb | null>>({});
  progress = $state<ImportProgress | null>(null);
  report = $state<ImportReport | null>(null);
  message = $state<string | null>(null);
  error = $state<string | null>(null);
  /** The system's text behind `error`, for 详细信息. */
  errorDetail = $state<string | null>(null);
  importing = $state(false);

  constructor(private api: Api) {}

  /** Shows the project's photos and loads their thumbnails, the first ones first. */
  async show(photos: PhotoRow[]): Promise<void> {
    this.photos = photos;
    for (const p of photos) {
      if (!(p.id in this.thumbs)) {
        this.thumbs[p.id] = await this.api.photoThumbnail(p.id, 160).catch(() => null);
      }
    }
  }

  /** Imports dropped or chosen paths; the project's photos are reloaded afterwards. */
  async import(paths: string[]): Promise<void> {
    if (this.importing || paths.length === 0) return;
    this.importing = true;
    this.error = null;
    this.errorDetail = null;
    this.message = null;
    this.progress = { done: 0, total: paths.length, current: "" };
    try {
      const report = await this.api.importPaths(paths);
      this.report = report;
      this.message = report.cancelled
        ? t.importCancelled
        : t.importDone(report.imported.length, report.duplicates.length, report.failed.length);
    } catch (e) {
      this.error = errorMessage(e);
      this.errorDetail = errorDetail(e);
    } finally {
      this.importing = false;
      this.progress = null;
      const info = await this.api.projectInfo().catch(() => null);
      if (info) await this.show(info.photos);
    }
  }

  /** The photos the grid shows, filtered and sorted; `used` holds the hashes placed on boards (null: not known yet,
   *  then "unused" shows every photo). */
  visible(used: Set<string> | null): PhotoRow[] {
    const keep = (p: PhotoRow) => {
      switch (this.filter) {
        case "unused": return !used || !used.has(p.hash);
        case "low": return isLowResolution(p);
        case "uncaptioned": return !p.caption.trim();
        default: return true;
      }
    };
    const out = this.photos.filter(keep);
    if (this.sort === "name") out.sort((a, b) => a.file_name.localeCompare(b.file_name, "zh-CN", { numeric: true }));
    if (this.sort === "taken") out.sort((a, b) => (a.taken_at ?? "\uffff").localeCompare(b.taken_at ?? "\uffff"));
    return out;
  }

  /** How many photos each filter would show; "unused" is null until the boards are laid out (before, every photo
   *  would count as unused — after reopening a project that said "未用在展板上 20" though all 20 are on boards). */
  counts(used: Set<string> | null): Record<PhotoFilter, number | null> {
    return {
      all: this.photos.length,
      unused: used ? this.photos.filter((p) => !used.has(p.hash)).length : null,
      low: this.photos.filter(isLowResolution).length,
      uncaptioned: this.photos.filter((p) => !p.caption.trim()).length,
    };
  }

  onProgress(p: ImportProgress): void {
    if (this.importing) this.progress = p;
  }

  /** A photo the running import just stored (`import-photo`): shown at once, with its thumbnail. */
  onPhoto(p: ImportedPhoto): void {
    if (!this.photos.some((x) => x.id === p.photo.id)) this.photos = [...this.photos, p.photo];
    if (p.thumb) this.thumbs[p.photo.id] = p.thumb;
  }

  async cancel(): Promise<void> {
    await this.api.cancelImport();
  }

  async setCaption(photo: PhotoRow, caption: string): Promise<void> {
    if (caption.trim() === photo.caption) return;
    try {
      const row = await this.api.setCaption(photo.hash, caption);
      this.photos = this.photos.map((p) => (p.id === row.id ? row : p));
    } catch (e) {
      this.error = errorMessage(e);
    }
  }
}
