// The boards view's shell commands (src-tauri/src/shell/boards.rs), as an interface so tests can stand in.
import { invoke } from "@tauri-apps/api/core";
import type { Adjustment } from "../bindings/Adjustment";
import type { BoardsPayload } from "../bindings/BoardsPayload";
import type { FontRequest } from "../bindings/FontRequest";
import type { GlyphOutlines } from "../bindings/GlyphOutlines";
export type { Adjustment, BoardsPayload, FontRequest, GlyphOutlines };

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
  layout(): Promise<BoardsPayload>;
  adjust(adjustment: Adjustment): Promise<BoardsPayload>;
  undo(): Promise<BoardsPayload>;
  redo(): Promise<BoardsPayload>;
  exportBoards(dir: string, choice: ExportChoice): Promise<ExportReport>;
  cancelExport(): Promise<void>;
  openFolder(dir: string): Promise<void>;
}

export const tauriBoardsApi: BoardsApi = {
  layout: () => invoke("layout_boards"),
  adjust: (adjustment) => invoke("adjust", { adjustment }),
  undo: () => invoke("undo"),
  redo: () => invoke("redo"),
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
