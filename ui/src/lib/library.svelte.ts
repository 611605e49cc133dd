// The photo library of the open project: importing (with progress, cancel and a per-file error list), thumbnails,
// captions. All logic lives here (tested in library.test.ts); components only display it.
import type { Api, ImportProgress, ImportReport, PhotoRow, Thumb } from "./api";
import { errorMessage } from "./api";
import { t } from "./i18n";

export class Library {
  photos = $state<PhotoRow[]>([]);
  thumbs = $state<Record<number, Thumb | null>>({});
  progress = $state<ImportProgress | null>(null);
  report = $state<ImportReport | null>(null);
  message = $state<string | null>(null);
  error = $state<string | null>(null);
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
    } finally {
      this.importing = false;
      this.progress = null;
      const info = await this.api.projectInfo().catch(() => null);
      if (info) await this.show(info.photos);
    }
  }

  onProgress(p: ImportProgress): void {
    if (this.importing) this.progress = p;
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
