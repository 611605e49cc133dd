// The boards view's shell commands (src-tauri/src/shell/boards.rs), as an interface so tests can stand in.
import { invoke } from "@tauri-apps/api/core";
import type { Adjustment } from "../bindings/Adjustment";
import type { BoardsPayload } from "../bindings/BoardsPayload";
import type { FontRequest } from "../bindings/FontRequest";
import type { GlyphOutlines } from "../bindings/GlyphOutlines";
import { HeldFrames, type Layout } from "./held";
export type { Adjustment, BoardsPayload, FontRequest, GlyphOutlines, Layout };

export interface ExportChoice {
  bleed: number | null;
  crop_marks: boolean;
  no_review: boolean;
  force: boolean;
  /** "cmyk": images and colours converted to CMYK with the FOGRA39 profile (the print shop's choice). */
  colour?: "rgb" | "cmyk";
  /** Only these boards (ids), e.g. to reprint one after a correction; null or absent: all. */
  boards?: string[] | null;
}
export interface ExportProgress { stage: string; done: number; total: number; board: string }
export interface ExportReport {
  boards: { path: string }[];
  review: string | null;
  proofs: string[];
  print_list: string;
}

export interface BoardsApi {
  layout(): Promise<Layout>;
  adjust(adjustment: Adjustment): Promise<Layout>;
  undo(): Promise<Layout>;
  redo(): Promise<Layout>;
  exportBoards(dir: string, choice: ExportChoice): Promise<ExportReport>;
  cancelExport(): Promise<void>;
  openFolder(dir: string): Promise<void>;
}

/** The boards this window holds: layouts after an edit bring only the boards that changed (held.ts). */
const held = new HeldFrames();

/** The whole layout of a command's payload; should it leave out a board not held, the whole layout is asked for. */
async function whole(payload: Promise<BoardsPayload>): Promise<Layout> {
  const layout = held.take(await payload) ?? held.take(await invoke<BoardsPayload>("layout_boards"));
  if (!layout) throw new Error("layout_boards left out a board");
  return layout;
}

export const tauriBoardsApi: BoardsApi = {
  layout: () => whole(invoke("layout_boards")),
  adjust: (adjustment) => whole(invoke("adjust", { adjustment, known: held.known })),
  undo: () => whole(invoke("undo", { known: held.known })),
  redo: () => whole(invoke("redo", { known: held.known })),
  exportBoards: (dir, choice) => invoke("export_boards", { dir, choice }),
  cancelExport: () => invoke("cancel_export"),
  openFolder: (dir) => invoke("open_folder", { dir }),
};

/** The canvas's glyph outlines (shell command `glyph_outlines`): SVG paths in font units of a face the frames name. */
export interface GlyphApi {
  glyphOutlines(font: FontRequest, ids: number[]): Promise<GlyphOutlines>;
}

export const tauriGlyphApi: GlyphApi = {
  glyphOutlines: (font, ids) => invoke("glyph_outlines", { font, ids }),
};
