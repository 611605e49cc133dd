// The write-ups of the open project: the list, a paste or import becoming a draft, the "what we understood" review
// with its corrections, 确认使用, and editing of stored write-ups (every stored change goes through the shell's undo
// history). All logic lives here (tested in writeups.test.ts); components only display it.
import { errorMessage } from "../api";
import { t } from "../i18n";
import type { DroppedLine, Review, Row, RowKey, RowKind, WriteUpRow, WriteupOp, WriteupApi } from "./api";

/** What the kind select offers: a row kind, or 删除. */
export type KindChoice = Exclude<RowKind, "photo"> | "delete";
export const kindChoices: KindChoice[] = [
  "title", "subtitle", "kicker", "heading1", "heading2", "paragraph", "caption", "delete",
];

/** A stable string for a row key (for keyed lists and element ids). */
export function keyId(key: RowKey): string {
  return typeof key === "string" ? key : `b${key.block}`;
}

/** The indices a..b inclusive, in either order. */
function range(a: number, b: number): number[] {
  const [lo, hi] = a <= b ? [a, b] : [b, a];
  return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
}

export class Writeups {
  list = $state<WriteUpRow[]>([]);
  review = $state<Review | null>(null);
  busy = $state(false);
  error = $state<string | null>(null);
  message = $state<string | null>(null);
  /** The source line numbers to highlight (the row under the pointer or being edited). */
  highlight = $state<number[]>([]);
  /** The selected understood rows (indices into review.rows) and the row a shift+click extends from. */
  selected = $state<number[]>([]);
  anchor = $state<number | null>(null);
  /** The selected dropped lines (their indices) and the line a shift+click extends from. */
  selectedDropped = $state<number[]>([]);
  droppedAnchor = $state<number | null>(null);

  constructor(private api: WriteupApi) {}

  /** True while the review shows a paste or import not yet stored. */
  get isDraft(): boolean {
    return this.review !== null && this.review.id === null;
  }

  async load(): Promise<void> {
    try {
      this.list = await this.api.list();
    } catch (e) {
      this.error = errorMessage(e);
    }
  }

  private async run(action: () => Promise<Review | null>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.error = null;
    try {
      const r = await action();
      if (r) {
        this.review = r;
        this.clearSelection();
      }
    } catch (e) {
      this.error = errorMessage(e);
    } finally {
      this.busy = false;
    }
  }

  /** A paste: the clipboard's HTML when it has some (Word, WPS, WeChat, web pages), else its plain text. */
  async paste(html: string | null, text: string): Promise<void> {
    const h = html && html.trim() ? html : null;
    if (!h && !text.trim()) return;
    this.message = null;
    await this.run(() => this.api.paste(h, text));
  }

  /** Applies a correction to the draft or, through the undo history, to the stored write-up. */
  async apply(op: WriteupOp): Promise<void> {
    const r = this.review;
    if (!r) return;
    this.message = null;
    await this.run(() => (r.id === null ? this.api.draftEdit(r.draft, op) : this.api.edit(r.id, op)));
    if (r.id !== null) await this.load();
  }

  async setKind(row: Row, choice: KindChoice): Promise<void> {
    if (choice === row.kind) return;
    await this.apply(choice === "delete" ? { op: "delete", row: row.key } : { op: "set_kind", row: row.key, kind: choice });
  }

  async setText(row: Row, text: string): Promise<void> {
    if (text.trim() === row.text) return;
    await this.apply({ op: "set_text", row: row.key, text });
  }

  async remove(row: Row): Promise<void> {
    await this.apply({ op: "delete", row: row.key });
  }

  async restore(d: DroppedLine): Promise<void> {
    await this.apply({ op: "restore", dropped: d.index });
  }

  /** A click on a row selects it; shift+click selects the range from the last clicked row; Ctrl+click adds or
   * removes one row. */
  selectRow(index: number, mods: { shift?: boolean; toggle?: boolean } = {}): void {
    if (mods.shift && this.anchor !== null) {
      this.selected = range(this.anchor, index);
    } else if (mods.toggle) {
      this.selected = this.selected.includes(index)
        ? this.selected.filter((i) => i !== index)
        : [...this.selected, index].sort((a, b) => a - b);
      this.anchor = index;
    } else {
      this.selected = [index];
      this.anchor = index;
    }
  }

  /** The same for the dropped lines (by their index in review.dropped). */
  selectDropped(index: number, mods: { shift?: boolean; toggle?: boolean } = {}): void {
    if (mods.shift && this.droppedAnchor !== null) {
      this.selectedDropped = range(this.droppedAnchor, index);
    } else if (mods.toggle) {
      this.selectedDropped = this.selectedDropped.includes(index)
        ? this.selectedDropped.filter((i) => i !== index)
        : [...this.selectedDropped, index].sort((a, b) => a - b);
      this.droppedAnchor = index;
    } else {
      this.selectedDropped = [index];
      this.droppedAnchor = index;
    }
  }

  clearSelection(): void {
    this.selected = [];
    this.anchor = null;
    this.selectedDropped = [];
    this.droppedAnchor = null;
  }

  /** The keys of rows that can be changed (pictures keep their place and kind). */
  private keys(indices: number[]): RowKey[] {
    const rows = this.review?.rows ?? [];
    return indices.filter((i) => rows[i] && rows[i].kind !== "photo").map((i) => rows[i].key);
  }

  /** Sets the selected rows aside, as one step. */
  async deleteSelected(): Promise<void> {
    const rows = this.keys(this.selected);
    if (rows.length) await this.apply({ op: "delete_rows", rows });
  }

  /** Sets aside every row above (or below) the given one, as one step (page chrome before or after an article). */
  async dropBeyond(index: number, side: "above" | "below"): Promise<void> {
    const n = this.review?.rows.length ?? 0;
    if (index < 0 || index >= n) return;
    const span = side === "above" ? (index > 0 ? range(0, index - 1) : []) : index < n - 1 ? range(index + 1, n - 1) : [];
    const rows = this.keys(span);
    if (rows.length) await this.apply({ op: "delete_rows", rows });
  }

  /** Gives the selected rows one kind (or deletes them), as one step. */
  async setKindSelected(choice: KindChoice): Promise<void> {
    if (choice === "delete") return this.deleteSelected();
    const rows = this.keys(this.selected);
    if (rows.length) await this.apply({ op: "set_kinds", rows, kind: choice });
  }

  /** Brings the selected dropped lines back, as one step. */
  async restoreSelected(): Promise<void> {
    const dropped = [...this.selectedDropped];
    if (dropped.length) await this.apply({ op: "restore_many", dropped });
  }

  async simplify(): Promise<void> {
    await this.apply({ op: "simplify" });
  }

  /** 确认使用: stores the draft; the review goes on as the stored write-up's editor. */
  async accept(): Promise<void> {
    const r = this.review;
    if (!r || r.id !== null) return;
    await this.run(() => this.api.accept(r.draft));
    if (this.review?.id !== null && !this.error) {
      this.message = t.writeup.accepted;
      await this.load();
    }
  }

  discard(): void {
    this.clearSelection();
    this.review = null;
    this.message = null;
    this.error = null;
    this.highlight = [];
  }

  async open(id: number): Promise<void> {
    this.message = null;
    await this.run(() => this.api.open(id));
  }

  /** Imports .docx/.txt files through the same command as the photo import; one write-up opens at once. */
  async importFiles(paths: string[]): Promise<void> {
    if (paths.length === 0 || this.busy) return;
    this.busy = true;
    this.error = null;
    this.message = null;
    let opened: number | null = null;
    try {
      const report = await this.api.importPaths(paths);
      const n = report.writeups.length;
      this.message =
        n === 0 ? t.writeup.importedNone
        : n === 1 ? t.writeup.importedOne(report.writeups[0].title ?? report.writeups[0].path)
        : t.writeup.importedMany(n);
      if (report.failed.length) {
        this.error = t.writeup.importFailed(report.failed.length) + report.failed.map((f) => f.reason).join("；");
      }
      if (n === 1) opened = report.writeups[0].id;
    } catch (e) {
      this.error = errorMessage(e);
    } finally {
      this.busy = false;
    }
    await this.load();
    if (opened !== null) {
      const keep = this.message;
      await this.open(opened);
      this.message = keep;
    }
  }

  /** Removes a stored write-up from the project; Ctrl+Z brings it back. */
  async removeStored(id: number): Promise<void> {
    const title = this.list.find((w) => w.id === id)?.title ?? t.writeup.untitled;
    try {
      this.list = await this.api.remove(id);
      this.message = t.writeup.removed(title);
    } catch (e) {
      this.error = errorMessage(e);
    }
  }

  /** After an undo or redo made elsewhere (Ctrl+Z in the project view): the list and the open write-up anew. */
  async refresh(): Promise<void> {
    await this.load();
    const r = this.review;
    if (r && r.id !== null) {
      const id = r.id;
      const keep = this.message;
      await this.run(() => this.api.open(id));
      this.message = keep;
    }
  }

  /** 撤销 / 重做 while a stored write-up is open: the project's one history, then the write-up as it now is. */
  async undo(): Promise<void> {
    await this.walk(() => this.api.undo());
  }

  async redo(): Promise<void> {
    await this.walk(() => this.api.redo());
  }

  private async walk(step: () => Promise<void>): Promise<void> {
    const r = this.review;
    if (!r || r.id === null || this.busy) return;
    const id = r.id;
    await this.run(async () => {
      await step();
      return this.api.open(id);
    });
    await this.load();
  }
}
