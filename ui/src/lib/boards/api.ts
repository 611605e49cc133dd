// The boards view's shell commands (src-tauri/src/app.rs), as an interface so tests can stand in.
import { call } from "../api";
import type { Change } from "../bindings/Change";
import type { BoardsPayload } from "../bindings/BoardsPayload";
import type { ExportChoice as ExportChoiceAll } from "../bindings/ExportChoice";
import type { FolderReport } from "../bindings/FolderReport";
import type { Progress } from "../bindings/Progress";
import type { FontRequest } from "../bindings/FontRequest";
import type { GlyphOutlines } from "../bindings/GlyphOutlines";
import type { PhotoChoice } from "../bindings/PhotoChoice";
import type { Candidate } from "../bindings/Candidate";
import { HeldFrames, type Layout } from "./held";
export type { BoardsPayload, Candidate, FontRequest, GlyphOutlines, Layout, PhotoChoice };

/** A change the boards view makes (any `Change` goes through the one `adjust` command). */
export type Adjustment = Change;
/** Export options; the ones the shell defaults (`#[serde(default)]`) may be left out. */
export type ExportChoice = Omit<ExportChoiceAll, "images" | "colour" | "boards"> &
  Partial<Pick<ExportChoiceAll, "images" | "colour" | "boards">>;
export type ExportProgress = Progress;
export type ExportReport = FolderReport;

export interface BoardsApi {
  layout(): Promise<Layout>;
  adjust(adjustment: Adjustment): Promise<Layout>;
  undo(): Promise<Layout>;
  redo(): Promise<Layout>;
  exportBoards(dir: string, choice: ExportChoice): Promise<ExportReport>;
  cancelExport(): Promise<void>;
  /** Opens a folder in the file manager; null when it did, else a Chinese note saying none could (and where it is). */
  openFolder(dir: string): Promise<string | null>;
  /** A photo's stored choices (its chosen size shows in the inspector). */
  photoOverride(photo: string): Promise<PhotoChoice>;
  /** 换一种排法: the board as its arrangement now and the next best that look different would make it (each with the
   *  `n` of its `arrangement` change); nothing stored. */
  arrangements(board: string): Promise<Candidate[]>;
}

/** The boards this window holds: layouts after an edit bring only the boards that changed (held.ts). */
const held = new HeldFrames();

/** The whole layout of a command's payload; should it leave out a board not held, the whole layout is asked for. */
async function whole(payload: Promise<BoardsPayload>): Promise<Layout> {
  const layout = held.take(await payload) ?? held.take(await call<BoardsPayload>("layout_boards"));
  if (!layout) throw new Error("layout_boards left out a board");
  return layout;
}

export const tauriBoardsApi: BoardsApi = {
  layout: () => whole(call("layout_boards")),
  adjust: (adjustment) => whole(call("adjust", { adjustment, known: held.known })),
  undo: () => whole(call("undo", { known: held.known })),
  redo: () => whole(call("redo", { known: held.known })),
  exportBoards: (dir, choice) => call("export_boards", { dir, choice }),
  cancelExport: () => call("cancel_export"),
  openFolder: (dir) => call("open_folder", { dir }),
  photoOverride: (photo) => call("photo_override", { photo }),
  arrangements: (board) => call("arrangements", { board }),
};

/** The canvas's glyph outlines (shell command `glyph_outlines`): SVG paths in font units of a face the frames name. */
export interface GlyphApi {
  glyphOutlines(font: FontRequest, ids: number[]): Promise<GlyphOutlines>;
}

export const tauriGlyphApi: GlyphApi = {
  glyphOutlines: (font, ids) => call("glyph_outlines", { font, ids }),
};
