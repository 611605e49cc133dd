// The boards view's state: the laid-out series (frames + summary), the board shown, the selected item, adjustments
// (each an undoable edit followed by a re-layout), undo/redo, and export with progress. All logic lives here
// (tested in boards.test.ts); the components only display it.
import { errorDetail, errorMessage } from "../api";
import { t } from "../i18n";
import type { Adjustment, BoardsApi, Candidate, ExportChoice, ExportProgress, ExportReport, Layout, PhotoChoice } from "./api";
import type { BoardFrame, BoardSummary, Finding, Item, RemovedGroup, Source } from "./frames";
import { itemText } from "./frames";
import { groupPhotos } from "./canvas";

export type ChangedHook = (what: "caption" | "setting" | "write_up") => void;

/** A group of boards the user can move a photo to. */
export interface GroupChoice { group: string; name: string }

/** How long a command runs before the canvas is dimmed as busy (ms). */
export const SLOW_MS = 400;

export class Boards {
  /** The last layout, replaced whole, never changed in place: not made deeply reactive (a board that did not
   *  change is the very object it was, so only what changed is drawn again). */
  payload = $state.raw<Layout | null>(null);
  current = $state(0);
  selected = $state<string | null>(null);
  busy = $state(false);
  /** A command has run for SLOW_MS and still runs: only then is the canvas dimmed (dimming it on every quick edit
   *  painted the whole board over twice more before the edit showed, issue #17's redraw time). */
  slow = $state(false);
  error = $state<string | null>(null);
  /** The system's text behind `error`, for 详细信息 (a folder the export could not write). */
  errorDetail = $state<string | null>(null);
  notice = $state<string | null>(null);
  exporting = $state(false);
  progress = $state<ExportProgress | null>(null);
  report = $state<ExportReport | null>(null);
  exportDir = $state<string | null>(null);
  /** The selected photo's stored choices (its chosen size shows in the inspector); null: none selected or unknown. */
  photoChoice = $state<(PhotoChoice & { photo: string }) | null>(null);

  constructor(private api: BoardsApi, private onChanged: ChangedHook = () => {}) {}

  get boards(): BoardFrame[] {
    return this.payload?.frames.boards ?? [];
  }

  get board(): BoardFrame | null {
    return this.boards[this.current] ?? null;
  }

  summaryOf(board: BoardFrame | null): BoardSummary | null {
    if (!board || !this.payload) return null;
    return this.payload.summary.boards.find((b) => b.id === board.id) ?? null;
  }

  get item(): Item | null {
    return this.board?.items.find((i) => i.id === this.selected) ?? null;
  }

  /** Preflight's errors and warnings on a board (hints are not counted), worst first. */
  findingsOf(board: BoardFrame, item?: string): Finding[] {
    return (this.payload?.preflight.findings ?? []).filter(
      (f) => f.severity !== "hint" && f.board?.id === board.id && (item === undefined || f.item === item),
    );
  }

  /** The badge a board gets in the outline: how many problems, and whether any is an error. */
  badgeOf(board: BoardFrame): { count: number; error: boolean } | null {
    const found = this.findingsOf(board);
    return found.length ? { count: found.length, error: found.some((f) => f.severity === "error") } : null;
  }

  /** The 前言 the engine drafted from the write-ups' lead sentences, offered while the preface `typed` is empty. */
  offeredPreface(typed: string): string | null {
    const draft = this.payload?.exhibition.draft_preface ?? "";
    return typed.trim() === "" && draft !== "" ? draft : null;
  }

  /** Findings about the whole exhibition (unplaced content, captions waiting for photos, layout notes). */
  get exhibitionFindings(): Finding[] {
    return (this.payload?.preflight.findings ?? []).filter((f) => f.board === null);
  }

  /** The groups of boards a photo can go to, in order, named by their first board (the preface and closing boards
   *  hold text only). */
  get groups(): GroupChoice[] {
    const seen = new Set<string>(["preface", "closing"]);
    const out: GroupChoice[] = [];
    for (const b of this.payload?.summary.boards ?? []) {
      for (const g of this.groupsOn(b)) {
        if (seen.has(g.group)) continue;
        seen.add(g.group);
        out.push(g);
      }
    }
    return out;
  }

  /** Every group with content on a board, in reading order (a short section shares its board with the next one). */
  groupsOn(b: BoardSummary): GroupChoice[] {
    const name = b.name.replace(t.boards.continued, "");
    if (!b.groups?.length) return [{ group: b.group, name }];
    return b.groups.map((g) => ({ group: g.key, name: g.key === b.group ? name : g.title }));
  }

  /** Where a source's text is drawn on more than one board (then it cannot be edited here as a whole). */
  isSplit(source: Source): boolean {
    const key = JSON.stringify(source);
    let boards = 0;
    for (const b of this.boards) if (b.items.some((i) => JSON.stringify(i.source) === key)) boards++;
    return boards > 1;
  }

  /** The text drawn from a source on every board, one line per text block (as it is edited). */
  textOf(source: Source): string {
    const key = JSON.stringify(source);
    const lines: string[] = [];
    for (const b of this.boards)
      for (const i of b.items) if (i.type === "text" && JSON.stringify(i.source) === key) lines.push(itemText(i));
    return lines.join("\n");
  }

  async load(): Promise<void> {
    await this.run(() => this.api.layout());
  }

  show(index: number): void {
    if (index >= 0 && index < this.boards.length) {
      this.current = index;
      this.selected = null;
      this.photoChoice = null;
      this.candidates = null;
    }
  }

  select(id: string | null): void {
    this.selected = id;
    void this.refreshChoice();
  }

  /** Reads the selected photo's stored choices (after a selection or an edit). */
  async refreshChoice(): Promise<void> {
    const item = this.item;
    if (item?.type !== "image") {
      this.photoChoice = null;
      return;
    }
    const photo = item.photo;
    try {
      const choice = await this.api.photoOverride(photo);
      if (this.item?.type === "image" && this.item.photo === photo) this.photoChoice = { ...choice, photo };
    } catch {
      this.photoChoice = null;
    }
  }

  async adjust(adjustment: Adjustment, follow?: string): Promise<void> {
    await this.run(() => this.api.adjust(adjustment), follow);
  }

  /** Undoes the last edit of any kind — also one made in the photo or write-up views, so no guard on `can_undo`. */
  async undo(): Promise<void> {
    await this.run(() => this.api.undo());
  }

  async redo(): Promise<void> {
    await this.run(() => this.api.redo());
  }

  /** The group of boards a board belongs to. */
  groupOf(board: BoardFrame): string | undefined {
    return this.summaryOf(board)?.group;
  }

  /** The group a photo on a board belongs to (on a board shared by two sections, the one it came with). */
  groupOfPhotoOn(board: BoardFrame, photo: string): string | undefined {
    const s = this.summaryOf(board);
    return s?.groups?.find((g) => g.photos.includes(photo))?.key ?? s?.group;
  }

  /** Swaps two photos (dragged one onto the other on the canvas): each takes the other's group and place; the
   *  groups' photos are pinned in their new order, as one edit (one undo). */
  async swapPhotos(a: string, b: string): Promise<void> {
    if (a === b) return;
    const groupOfPhoto = (hash: string) => {
      const board = this.boards.find((x) => x.items.some((i) => i.type === "image" && i.photo === hash));
      return board && this.groupOfPhotoOn(board, hash);
    };
    const ga = groupOfPhoto(a);
    const gb = groupOfPhoto(b);
    if (!ga || !gb) return;
    const orders = new Map<string, string[]>();
    for (const g of new Set([ga, gb])) {
      orders.set(g, groupPhotos(this.boards, (x, p) => this.groupOfPhotoOn(x, p), g).map((h) => (h === a ? b : h === b ? a : h)));
    }
    await this.adjust({ kind: "order_photos", orders: [...orders] }, a);
  }

  /** Takes the selected photo off the boards (Delete on the canvas); it stays in the library. */
  async hidePhoto(hash: string): Promise<void> {
    await this.adjust({ kind: "hide_photo", photo: hash, hidden: true });
    if (!this.error) this.notice = t.boards.photoRemoved;
  }

  /** Puts a photo taken off the boards back (from the library), and shows the board it lands on. */
  async showPhoto(hash: string): Promise<void> {
    await this.adjust({ kind: "hide_photo", photo: hash, hidden: false }, hash);
  }

  /** Moves a photo (dropped on a board in the outline) to that board's group, after its photos, and follows it. */
  async movePhotoToBoard(hash: string, boardIndex: number): Promise<void> {
    const target = this.boards[boardIndex];
    const group = target && this.groupOf(target);
    if (!group || group === "preface" || group === "closing") {
      this.notice = t.boards.textOnlyBoard;
      return;
    }
    const here = this.boards.find((x) => x.items.some((i) => i.type === "image" && i.photo === hash));
    if (here && (here === target || this.groupOfPhotoOn(here, hash) === group)) return;
    await this.adjust({ kind: "move_photo", photo: hash, group, position: null }, hash);
  }

  /** Replaces the text an item draws (edited in place on the canvas); unchanged text is no edit. */
  async editText(item: Item, text: string): Promise<void> {
    if (item.type !== "text" || text === itemText(item)) return;
    if (item.source.kind === "caption") await this.adjust({ kind: "caption", photo: item.source.hash, text });
    else if (item.source.kind !== "theme") await this.adjust({ kind: "text", target: item.source, text });
  }

  /** Whether a text item can be edited where it is (not a theme ornament, not a paragraph split over boards). */
  editable(item: Item): boolean {
    return item.type === "text" && item.source.kind !== "theme" && (item.source.kind === "caption" || !this.isSplit(item.source));
  }

  /** 换一种排法: the shown board's candidate arrangements, drawn side by side; null when not shown. */
  candidates = $state<{ board: string; list: Candidate[] } | null>(null);

  /** Shows the shown board's candidate arrangements (3–4 that look different), or says there is only one. */
  async showArrangements(): Promise<void> {
    const s = this.summaryOf(this.board);
    if (!s || s.arrangements < 2) {
      this.notice = t.boards.onlyArrangement;
      return;
    }
    this.busy = true;
    this.error = null;
    try {
      const list = await this.api.arrangements(s.id);
      this.candidates = list.length > 1 ? { board: s.id, list } : null;
      if (list.length < 2) this.notice = t.boards.onlyArrangement;
    } catch (e) {
      this.error = errorMessage(e);
    } finally {
      this.busy = false;
    }
  }

  /** Takes arrangement n of the shown board (one undoable edit) and closes the candidates. */
  async pickArrangement(n: number): Promise<void> {
    const c = this.candidates;
    if (!c) return;
    this.candidates = null;
    const s = this.summaryOf(this.board);
    if (s?.id === c.board && s.arrangement === n) return;
    await this.adjust({ kind: "arrangement", board: c.board, n });
  }

  /** Moves a photo to another group of boards and shows the board it lands on. */
  async movePhoto(hash: string, group: string): Promise<void> {
    await this.adjust({ kind: "move_photo", photo: hash, group, position: null }, hash);
  }

  /** Moves a group of boards one place earlier (-1) or later (+1) in the series. */
  async moveGroup(group: string, delta: -1 | 1): Promise<void> {
    const order = this.groups.map((g) => g.group);
    const i = order.indexOf(group);
    const j = i + delta;
    if (i < 0 || j < 0 || j >= order.length) return;
    [order[i], order[j]] = [order[j], order[i]];
    await this.adjust({ kind: "order", groups: order });
  }

  /** Moves a group of boards (dragged in the outline) to place `to` among the movable groups. */
  async reorder(group: string, to: number): Promise<void> {
    const order = this.groups.map((g) => g.group);
    const from = order.indexOf(group);
    if (from < 0 || to < 0 || to >= order.length || to === from) return;
    order.splice(from, 1);
    order.splice(to, 0, group);
    await this.adjust({ kind: "order", groups: order });
  }

  /** Groups of boards the user deleted, to restore. */
  get removed(): RemovedGroup[] {
    return this.payload?.summary.removed ?? [];
  }

  /** Adds a board of the user's own after the shown board's group and shows it. */
  async addBoard(title: string, text: string): Promise<void> {
    const here = this.summaryOf(this.board)?.group ?? null;
    const before = new Set(this.payload?.summary.boards.map((b) => b.group) ?? []);
    await this.adjust({ kind: "add_board", after: here === "closing" ? null : here, title, text });
    const at = this.payload?.summary.boards.findIndex((b) => !before.has(b.group)) ?? -1;
    if (at >= 0 && !this.error) this.show(at);
  }

  /** Takes a group of boards out of the series (restorable, and undoable). */
  async removeGroup(group: string): Promise<void> {
    const name = this.groups.find((g) => g.group === group)?.name ?? group;
    await this.adjust({ kind: "remove_board", group });
    if (!this.error) this.notice = t.boards.removed(name);
  }

  /** Brings a deleted group of boards back and shows it. */
  async restoreGroup(group: string): Promise<void> {
    await this.adjust({ kind: "restore_board", group });
    const at = this.payload?.summary.boards.findIndex((b) => this.groupsOn(b).some((g) => g.group === group)) ?? -1;
    if (at >= 0 && !this.error) this.show(at);
  }

  /** Joins a group's content onto the previous group's boards. */
  async mergeIntoPrevious(group: string): Promise<void> {
    if (this.groups.findIndex((g) => g.group === group) < 1) return;
    await this.adjust({ kind: "merge", group });
  }

  /** Starts a new group of boards at the selected paragraph or heading. */
  async splitAt(group: string, block: number): Promise<void> {
    await this.adjust({ kind: "split", group, before_block: block });
  }

  async export(dir: string, choice: ExportChoice): Promise<void> {
    if (this.exporting) return;
    this.exporting = true;
    this.error = null;
    this.errorDetail = null;
    this.report = null;
    this.progress = null;
    this.exportDir = dir;
    try {
      this.report = await this.api.exportBoards(dir, choice);
      this.notice = t.boards.exportDone(this.report.boards.length);
    } catch (e) {
      this.error = errorMessage(e);
      this.errorDetail = errorDetail(e);
    } finally {
      this.exporting = false;
      this.progress = null;
    }
  }

  /** Progress events of parallel board renders can arrive out of order: the count never goes back. */
  onExportProgress(p: ExportProgress): void {
    if (!this.exporting) return;
    if (this.progress && p.stage === this.progress.stage && p.done < this.progress.done) return;
    this.progress = p;
  }

  async cancelExport(): Promise<void> {
    await this.api.cancelExport().catch(() => {});
  }

  /** The folder the system could not open, shown to copy (null: none), and the shell's note saying so. */
  folderToCopy = $state<string | null>(null);
  folderNote = $state<string | null>(null);

  async openExportFolder(): Promise<void> {
    if (!this.exportDir) return;
    this.folderToCopy = null;
    this.folderNote = null;
    try {
      const note = await this.api.openFolder(this.exportDir);
      if (note) {
        this.folderNote = note;
        this.folderToCopy = this.exportDir;
      }
    } catch (e) {
      this.error = errorMessage(e);
    }
  }

  /** Runs a command that returns a new layout; keeps the shown board (by id), or follows a photo to its board. */
  private async run(action: () => Promise<Layout>, follow?: string): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    const slow = setTimeout(() => (this.slow = true), SLOW_MS);
    this.error = null;
    this.notice = null;
    const shownId = this.board?.id;
    try {
      const payload = await action();
      this.payload = payload;
      let index = payload.frames.boards.findIndex((b) => b.id === shownId);
      if (follow) {
        const at = payload.frames.boards.findIndex((b) =>
          b.items.some((i) => i.type === "image" && i.photo === follow),
        );
        if (at >= 0) index = at;
      }
      this.current = index >= 0 ? index : Math.min(this.current, Math.max(0, payload.frames.boards.length - 1));
      if (!this.item) this.selected = null;
      if (follow) {
        const img = this.board?.items.find((i) => i.type === "image" && i.photo === follow);
        this.selected = img?.id ?? null;
      }
      if (payload.changed) this.onChanged(payload.changed);
      void this.refreshChoice();
    } catch (e) {
      this.error = errorMessage(e);
    } finally {
      clearTimeout(slow);
      this.slow = false;
      this.busy = false;
    }
  }
}
