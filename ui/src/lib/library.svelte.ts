// The photo library of the open project: importing (with progress, cancel and a per-file error list), thumbnails,
// captions, copies of one picture and bursts shown together, face/subject markers. All logic lives here (tested in
// library.test.ts); components only display it.
import type { Api, ImportedPhoto, ImportProgress, ImportReport, PhotoRelation, PhotoRow, Thumb } from "./api";
import { errorDetail, errorMessage } from "./api";
import { t } from "./i18n";

/** Which photos the grid shows. */
export type PhotoFilter = "all" | "unused" | "low" | "uncaptioned";
export type PhotoSort = "imported" | "name" | "taken";

/** Below this many pixels a photo cannot fill a sixth of a 1200×900 board at 100 ppi: flagged as low resolution. */
export const LOW_RESOLUTION_PIXELS = 2_500_000;

export const isLowResolution = (p: PhotoRow) => p.width * p.height < LOW_RESOLUTION_PIXELS;

/** Photos the grid shows together: copies of one picture, or shots of one burst. `chosen`: the one on the boards
 *  (else the first imported), shown first; the others are marked against it. */
export type PhotoGroup = { kind: "single" | "copies" | "burst"; photos: PhotoRow[]; chosen: PhotoRow | null };

/** A marker over a thumbnail (percent of the 4:3 thumbnail box; the picture is fitted inside it). */
export type Marker = { kind: "face" | "centre"; left: number; top: number; width: number; height: number };

/** Where an upright `w`×`h` picture sits in a 4:3 box with `object-fit: contain`, in percent of the box. */
function fitted(w: number, h: number) {
  const a = w / Math.max(h, 1) / (4 / 3);
  return a >= 1 ? { left: 0, top: (100 - 100 / a) / 2, width: 100, height: 100 / a }
    : { left: (100 - 100 * a) / 2, top: 0, width: 100 * a, height: 100 };
}

/** The faces found in a photo (or, without faces, its subject's centre), placed over its thumbnail. */
export function markers(p: PhotoRow, rel: PhotoRelation | undefined): Marker[] {
  if (!rel) return [];
  const box = fitted(p.width, p.height);
  const at = (x: number, y: number, w: number, h: number) => ({
    left: box.left + x * box.width, top: box.top + y * box.height, width: w * box.width, height: h * box.height,
  });
  if (rel.faces.length > 0) return rel.faces.map(([x, y, w, h]) => ({ kind: "face" as const, ...at(x, y, w, h) }));
  return rel.centre ? [{ kind: "centre", ...at(rel.centre[0], rel.centre[1], 0, 0) }] : [];
}

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
  /** Per photo hash: how it relates to the others and what is in it (loaded with the photos, again after changes). */
  relations = $state<Record<string, PhotoRelation>>({});

  constructor(private api: Api) {}

  /** Reloads the photos' relations (after an import or a change such as 不是同一张 or its undo). */
  async loadRelations(): Promise<void> {
    const list = await this.api.photoRelations().catch(() => null);
    if (list) this.relations = Object.fromEntries(list.map((r) => [r.hash, r]));
  }

  /** The user said `a` and `b` are not the same picture (nor one burst). */
  notSame(a: string, b: string): boolean {
    return !!this.relations[a]?.not_same.includes(b) || !!this.relations[b]?.not_same.includes(a);
  }

  /** Every photo's group of copies or burst shots (as import found them, less what the user said is not the same),
   *  by hash; photos alone are not listed. `used`: the hashes on boards (null: not laid out yet). */
  groupsOf(used: Set<string> | null): Map<string, PhotoGroup> {
    const byHash = new Map(this.photos.map((p) => [p.hash, p]));
    const parent = new Map<string, string>();
    const root = (h: string): string => {
      let r = h;
      while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
      return r;
    };
    const sets = new Map<string, { kind: "copies" | "burst"; members: PhotoRow[] }>();
    for (const p of this.photos) {
      const other = this.relations[p.hash]?.same_as;
      if (other && byHash.has(other) && !this.notSame(p.hash, other)) parent.set(root(p.hash), root(other));
    }
    const copies = new Map<string, PhotoRow[]>();
    for (const p of this.photos) copies.set(root(p.hash), [...(copies.get(root(p.hash)) ?? []), p]);
    const inCopies = new Set<string>();
    for (const [r, members] of copies) {
      if (members.length < 2) continue;
      sets.set(`c:${r}`, { kind: "copies", members });
      for (const p of members) inCopies.add(p.hash);
    }
    for (const p of this.photos) {
      const burst = this.relations[p.hash]?.burst;
      if (!burst || inCopies.has(p.hash)) continue;
      const set = sets.get(`b:${burst}`) ?? { kind: "burst" as const, members: [] };
      set.members.push(p);
      sets.set(`b:${burst}`, set);
    }
    const out = new Map<string, PhotoGroup>();
    for (const { kind, members } of sets.values()) {
      const pixels = (p: PhotoRow) => p.width * p.height;
      const chosen = members.find((p) => used?.has(p.hash))
        ?? members.reduce((best, p) => (pixels(p) > pixels(best) ? p : best));
      // A photo the user said is not the same as the chosen one stands alone, as selection keeps it.
      const kept = members.filter((p) => p === chosen || !this.notSame(p.hash, chosen.hash));
      if (kept.length < 2) continue;
      const group = { kind, photos: [chosen, ...kept.filter((p) => p !== chosen)], chosen };
      for (const p of kept) out.set(p.hash, group);
    }
    return out;
  }

  /** The grid's rows: the visible photos, each group of copies or burst shots together at its first member's place
   *  (the chosen one first). */
  arranged(used: Set<string> | null): PhotoGroup[] {
    const visible = this.visible(used);
    const shown = new Set(visible.map((p) => p.hash));
    const groups = this.groupsOf(used);
    const done = new Set<PhotoGroup>();
    const out: PhotoGroup[] = [];
    for (const p of visible) {
      const g = groups.get(p.hash);
      if (!g) {
        out.push({ kind: "single", photos: [p], chosen: null });
      } else if (!done.has(g)) {
        done.add(g);
        const photos = g.photos.filter((q) => shown.has(q.hash));
        out.push(photos.length > 1 ? { ...g, photos } : { kind: "single", photos, chosen: null });
      }
    }
    return out;
  }

  /** Shows the project's photos and loads their thumbnails, the first ones first. */
  async show(photos: PhotoRow[]): Promise<void> {
    this.photos = photos;
    await this.loadRelations();
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
