// The typed commands of the desktop shell (src-tauri/src/shell). The UI reaches the engine only through these.
import { invoke, type InvokeArgs } from "@tauri-apps/api/core";
import { t } from "./i18n";
import type { Command } from "./bindings/Command";

// Payload types are generated from the Rust types by ts-rs (cargo test writes ./bindings); never edit them here.
import type { CommandError } from "./bindings/CommandError";
import type { NewExhibition } from "./bindings/NewExhibition";
import type { OpenedProject } from "./bindings/OpenedProject";
import type { ProjectInfo } from "./bindings/ProjectInfo";
import type { RecentProject } from "./bindings/RecentProject";
export type { CommandError, NewExhibition, OpenedProject, ProjectInfo, RecentProject };
export type { PhotoRow };
export type { WriteUpRow } from "./bindings/WriteUpRow";
import type { ImportProgress } from "./bindings/ImportProgress";
import type { ImportedPhoto } from "./bindings/ImportedPhoto";
import type { ImportReport } from "./bindings/ImportReport";
import type { PhotoRow } from "./bindings/PhotoRow";
import type { PhotoRelation } from "./bindings/PhotoRelation";
export type { PhotoRelation };
import type { Thumb } from "./bindings/Thumb";
export type { ImportedPhoto, ImportProgress, ImportReport, Thumb };

/** Calls a shell command by name: `Command` is generated from the shell's one list (src-tauri/src/app.rs), so a
 *  misspelt or removed command fails the type check. */
export function call<T>(command: Command, args?: InvokeArgs): Promise<T> {
  return invoke<T>(command, args);
}

/** The shell's commands, as an interface so that tests can stand in for the shell. */
export interface Api {
  defaultProjectDir(): Promise<string>;
  recentProjects(): Promise<RecentProject[]>;
  /** The project to open at start-up (a file given on the command line, else the last one), or null. */
  startupProject(): Promise<string | null>;
  /** Makes a project file `name`.zhanban in `dir`, with the exhibition's details stored from the start. */
  createProject(dir: string, name: string, details: NewExhibition): Promise<OpenedProject>;
  openProject(path: string): Promise<OpenedProject>;
  closeProject(): Promise<void>;
  projectInfo(): Promise<ProjectInfo>;
  importPaths(paths: string[]): Promise<ImportReport>;
  cancelImport(): Promise<void>;
  photoThumbnail(id: number, size: number): Promise<Thumb | null>;
  setCaption(photo: string, caption: string): Promise<PhotoRow>;
  /** Copies of one picture and bursts import found, the user's 不是同一张, faces and subject centre, per photo. */
  photoRelations(): Promise<PhotoRelation[]>;
}

export const tauriApi: Api = {
  defaultProjectDir: () => call("default_project_dir"),
  recentProjects: () => call("recent_projects"),
  startupProject: () => call("startup_project"),
  createProject: (dir, name, details) => call("create_project", { dir, name, details }),
  openProject: (path) => call("open_project", { path }),
  closeProject: () => call("close_project"),
  projectInfo: () => call("project_info"),
  importPaths: (paths) => call("import_paths", { paths }),
  cancelImport: () => call("cancel_import"),
  photoThumbnail: (id, size) => call("photo_thumbnail", { id, size }),
  setCaption: (photo, caption) => call("set_caption", { photo, caption }),
  photoRelations: () => call("photo_relations"),
};

/** The system's own text of a failed read or write, shown under 详细信息 (never in the message), if the error has one. */
export function errorDetail(e: unknown): string | null {
  const c = e as Partial<CommandError> | null;
  return c && typeof c === "object" && typeof c.detail === "string" ? c.detail : null;
}

/** The message to show for anything a command threw. */
export function errorMessage(e: unknown): string {
  const c = e as Partial<CommandError> | null;
  if (c && typeof c === "object" && (c.kind === "user" || c.kind === "internal") && typeof c.message === "string") {
    return c.message;
  }
  return t.unknownError;
}
