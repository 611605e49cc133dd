//! The desktop app's commands as plain functions over [`App`] (the app's state), without Tauri: the shell's
//! `#[tauri::command]`s only forward here, so tests drive exactly what the app does without a window. Each body
//! translates between the UI's arguments and the session (`zhanban_project`); no change is written here but
//! through `Session::apply`. [`COMMANDS`] is the one list of command names: the shell registers these, the UI's
//! typed calls are checked against the `Command` type generated from it (see the tests).

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};

use zhanban_project::payload::BoardsPayload;
use zhanban_project::review::{self, Draft, Review, WriteupOp};
use zhanban_project::{Change, EditTarget, Engine, ExportChoice, NewExhibition, PipelineError, Session};
use zhanban_store::{PhotoRow, Project, ProjectInfo, StoreError, WriteUpRow};
use zhanban_typeset::Typesetter;

use crate::messages;
use crate::payloads::{CommandError, FontRequest, GlyphOutlines, OpenedProject, PhotoChoice, PhotoRelation, Thumb};
use crate::projects::{self, RecentList, RecentProject};
use zhanban_project::import::{ImportReport, Step};

pub type CommandResult<T> = Result<T, CommandError>;

pub use crate::commands::COMMANDS;

/// The app's state: the open project's session (at most one per window), an engine kept for the next project
/// while none is open, the typesetter (the engine's font library, also serving the canvas's glyph outlines), the
/// recent-projects list, cancel flags, and sharp canvas previews made this run.
pub struct App {
    session: Mutex<Option<Session>>,
    spare_engine: Mutex<Option<Engine>>,
    typesetter: OnceLock<Arc<Typesetter>>,
    pub recent: RecentList,
    pub cancel_import: AtomicBool,
    pub cancel_export: AtomicBool,
    /// Whether the start-up project has been handed out (going back to the start screen must not reopen it).
    pub started: AtomicBool,
    /// Sharp canvas previews made this run (photo hash, JPEG); photos never change under a hash.
    previews: Mutex<Vec<(String, Vec<u8>)>>,
    /// Folders exported into this run (as the file system names them): the only ones `open_folder` opens, besides
    /// the open project's own folder.
    exported: Mutex<Vec<PathBuf>>,
    /// Paths the user dropped onto the window, as the shell saw the system's drop (never a string from the page): a
    /// network share dragged in from Explorer may be imported, though typed or crafted network paths are refused.
    dropped: Mutex<Vec<PathBuf>>,
}

impl App {
    pub fn new(recent: RecentList) -> App {
        App {
            session: Mutex::new(None),
            spare_engine: Mutex::new(None),
            typesetter: OnceLock::new(),
            recent,
            cancel_import: AtomicBool::new(false),
            cancel_export: AtomicBool::new(false),
            started: AtomicBool::new(false),
            previews: Mutex::new(Vec::new()),
            exported: Mutex::new(Vec::new()),
            dropped: Mutex::new(Vec::new()),
        }
    }
}

fn poisoned(what: &str) -> CommandError {
    CommandError::internal(messages::internal_error(&format!("{what} poisoned")))
}

fn lock(app: &App) -> CommandResult<MutexGuard<'_, Option<Session>>> {
    app.session.lock().map_err(|_| poisoned("session"))
}

/// The open project's session, or the Chinese "no project is open" error.
fn current(guard: &mut Option<Session>) -> CommandResult<&mut Session> {
    guard
        .as_mut()
        .ok_or_else(|| CommandError::user(messages::no_project_open()))
}

/// The typesetter, made on first use (it finds the fonts, which takes a moment).
pub fn typesetter(app: &App) -> CommandResult<Arc<Typesetter>> {
    if let Some(ts) = app.typesetter.get() {
        return Ok(ts.clone());
    }
    let ts = Arc::new(Typesetter::new().map_err(|e| CommandError::user(e.to_string()))?);
    Ok(app.typesetter.get_or_init(|| ts).clone())
}

/// The session, with the app's engine (over the app's typesetter) given to it before its first layout.
fn with_engine(app: &App, session: &mut Session) -> CommandResult<()> {
    if !session.has_engine() {
        let spare = app.spare_engine.lock().map_err(|_| poisoned("engine"))?.take();
        let engine = match spare {
            Some(e) => e,
            None => Engine::with_typesetter(typesetter(app)?).keep_later(),
        };
        session.set_engine(engine);
    }
    Ok(())
}

/// Closes the open session (if any), keeping its engine for the next project.
fn close(app: &App, guard: &mut Option<Session>) -> CommandResult<()> {
    if let Some(engine) = guard.take().and_then(Session::close) {
        *app.spare_engine.lock().map_err(|_| poisoned("engine"))? = Some(engine);
    }
    Ok(())
}

fn opened(app: &App, guard: &mut Option<Session>, session: Session) -> CommandResult<OpenedProject> {
    let project = session.project();
    let info = project.info()?;
    let name = project
        .path()
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    // The recent list is a convenience: failing to save it must not fail the opening.
    let _ = app.recent.touch(project.path());
    let read_only = session.read_only();
    *guard = Some(session);
    Ok(OpenedProject { name, info, read_only })
}

pub fn default_project_dir() -> String {
    projects::default_project_dir().display().to_string()
}

/// The project to open at start-up (command-line file, else the last project), once per run.
pub fn startup_project(app: &App) -> Option<String> {
    if app.started.swap(true, Ordering::SeqCst) {
        return None;
    }
    // Once per run, at start: the temporary files of an export a crash or power cut interrupted are removed.
    app.recent.clean_export_leftovers();
    projects::startup_project(std::env::args_os(), &app.recent.load())
}

pub fn recent_projects(app: &App) -> Vec<RecentProject> {
    app.recent.load()
}

/// Refuses network (UNC) and device paths: a page script must not make the app read or write outside this PC.
fn local(path: &Path) -> CommandResult<()> {
    zhanban_store::check_local(path).map_err(|e| CommandError::user(e.to_string()))
}

pub fn create_project(app: &App, dir: &str, name: &str, details: &NewExhibition) -> CommandResult<OpenedProject> {
    let dir = PathBuf::from(dir);
    local(&dir)?;
    let path =
        projects::project_path(&dir, name).ok_or_else(|| CommandError::user(messages::invalid_project_name(name)))?;
    std::fs::create_dir_all(&dir).map_err(|source| StoreError::Io {
        path: dir.clone(),
        source,
    })?;
    // Close the current project first, so that creating another never keeps two files locked.
    let mut guard = lock(app)?;
    close(app, &mut guard)?;
    let project = zhanban_project::settings::create(&path, details)?;
    opened(app, &mut guard, Session::new(project))
}

pub fn open_project(app: &App, path: &str) -> CommandResult<OpenedProject> {
    let path = PathBuf::from(path);
    local(&path)?;
    let mut guard = lock(app)?;
    close(app, &mut guard)?;
    // A project that cannot be written where it is opens for viewing and export; the window says so.
    let session = Session::open_for_viewing(&path)?;
    opened(app, &mut guard, session)
}

pub fn close_project(app: &App) -> CommandResult<()> {
    close(app, &mut *lock(app)?)
}

pub fn project_info(app: &App) -> CommandResult<ProjectInfo> {
    Ok(current(&mut *lock(app)?)?.project().info()?)
}

/// Records paths the user dropped onto the window (called by the shell on the system's drop event, before the page
/// hears of it): importing them is allowed even from a network share.
pub fn allow_dropped(app: &App, paths: &[PathBuf]) {
    if let Ok(mut dropped) = app.dropped.lock() {
        dropped.extend(paths.iter().cloned());
    }
}

/// Imports paths into the open project (not a change: imports are not undone), reporting each step.
pub fn import_paths(app: &App, paths: Vec<String>, on_step: impl FnMut(Step<'_>)) -> CommandResult<ImportReport> {
    app.cancel_import.store(false, Ordering::SeqCst);
    let mut guard = lock(app)?;
    let session = current(&mut guard)?;
    let paths: Vec<PathBuf> = paths.into_iter().map(PathBuf::from).collect();
    let dropped = app.dropped.lock().map_err(|_| poisoned("dropped"))?.clone();
    paths
        .iter()
        .filter(|p| !dropped.iter().any(|d| p.starts_with(d)))
        .try_for_each(|p| local(p))?;
    Ok(zhanban_project::import::import(
        session.project_mut(),
        &paths,
        false,
        &app.cancel_import,
        on_step,
    )?)
}

pub fn photo_thumbnail(app: &App, id: i64, size: u32) -> CommandResult<Option<Thumb>> {
    Ok(current(&mut *lock(app)?)?
        .project()
        .thumbnail(id, size)?
        .map(Thumb::from))
}

pub fn set_caption(app: &App, photo: &str, caption: &str) -> CommandResult<PhotoRow> {
    let mut guard = lock(app)?;
    let session = current(&mut guard)?;
    let change = Change::Caption {
        photo: photo.to_string(),
        text: caption.to_string(),
    };
    session.apply(&change)?;
    Ok(zhanban_project::change::find_photo(session.project(), photo)?)
}

fn payload(
    app: &App,
    session: &mut Session,
    changed: Option<EditTarget>,
    known: &[String],
) -> CommandResult<BoardsPayload> {
    with_engine(app, session)?;
    Ok(session.payload(changed, known)?)
}

/// Lays out the open project with its saved settings and changes.
pub fn layout_boards(app: &App) -> CommandResult<BoardsPayload> {
    let mut guard = lock(app)?;
    payload(app, current(&mut guard)?, None, &[])
}

/// Applies one change and lays out again. `known`: the keys of the boards the UI holds (absent: send every board).
pub fn adjust(app: &App, change: &Change, known: &[String]) -> CommandResult<BoardsPayload> {
    let mut guard = lock(app)?;
    let session = current(&mut guard)?;
    session.apply(change)?;
    payload(app, session, None, known)
}

/// Undoes the last change (of any kind) and lays out again.
pub fn undo(app: &App, known: &[String]) -> CommandResult<BoardsPayload> {
    let mut guard = lock(app)?;
    let session = current(&mut guard)?;
    let changed = session.undo()?;
    payload(app, session, changed, known)
}

/// Redoes the last undone change and lays out again.
pub fn redo(app: &App, known: &[String]) -> CommandResult<BoardsPayload> {
    let mut guard = lock(app)?;
    let session = current(&mut guard)?;
    let changed = session.redo()?;
    payload(app, session, changed, known)
}

/// A photo's stored choices (size, focal point, place, taken off the boards), so the inspector shows the chosen one;
/// all automatic when the user changed nothing.
pub fn photo_override(app: &App, photo: &str) -> CommandResult<PhotoChoice> {
    let mut guard = lock(app)?;
    let mut settings = current(&mut guard)?.settings()?;
    Ok(PhotoChoice::from(
        settings.overrides.photos.remove(photo).unwrap_or_default(),
    ))
}

/// How each photo relates to the others (copies of one picture, bursts, the user's 不是同一张) and what is in it
/// (faces, the subject's centre), for the library.
pub fn photo_relations(app: &App) -> CommandResult<Vec<PhotoRelation>> {
    let mut guard = lock(app)?;
    let session = current(&mut guard)?;
    let overrides = session.settings()?.overrides;
    let photos = zhanban_project::pipeline::material(session.project())?.photos;
    let all: Vec<String> = photos.iter().map(|p| p.hash.clone()).collect();
    Ok(photos
        .into_iter()
        .map(|p| PhotoRelation::new(p, &all, &overrides))
        .collect())
}

/// How many arrangements 换一种排法 shows at once.
const ARRANGEMENTS_SHOWN: usize = 4;

/// The candidate arrangements of a board (换一种排法 shows them side by side): the one shown now and the next best
/// that look different, each with the `n` that `Change::Arrangement { board, n }` takes. Nothing is stored.
pub fn arrangements(app: &App, board: &str) -> CommandResult<Vec<zhanban_project::pipeline::Candidate>> {
    let mut guard = lock(app)?;
    let session = current(&mut guard)?;
    with_engine(app, session)?;
    Ok(session.arrangements(board, ARRANGEMENTS_SHOWN)?)
}

/// Exports every (chosen) board into `dir`, reporting each step.
pub fn export_boards(
    app: &App,
    dir: &str,
    choice: &ExportChoice,
    progress: &(dyn Fn(&zhanban_pdf::Progress) + Sync),
) -> CommandResult<zhanban_pdf::FolderReport> {
    local(Path::new(dir))?;
    app.cancel_export.store(false, Ordering::SeqCst);
    let mut guard = lock(app)?;
    let session = current(&mut guard)?;
    with_engine(app, session)?;
    // Remembered before writing, so that the next start can tidy up after an export that never finished.
    let _ = app.recent.exporting_to(session.project().path(), Path::new(dir));
    let (report, _) = session.export(Path::new(dir), choice, progress, &app.cancel_export)?;
    if let (Ok(done), Ok(mut exported)) = (std::fs::canonicalize(dir), app.exported.lock()) {
        if !exported.contains(&done) {
            exported.push(done);
        }
    }
    Ok(report)
}

/// The outlines of glyphs `ids` of a face the frames name. Only faces the engine's font library found are served
/// (through its cache of font files); any other path is refused.
pub fn glyph_outlines(app: &App, font: &FontRequest, ids: Vec<u16>) -> CommandResult<GlyphOutlines> {
    let ts = typesetter(app)?;
    let unknown = || CommandError::user(messages::glyph_font_unknown(&font.path));
    let (face, data) = ts
        .fonts()
        .load_file_face(Path::new(&font.path), font.index)
        .map_err(|e| CommandError::user(e.to_string()))?
        .ok_or_else(unknown)?;
    let face = zhanban_frames::FontFace {
        family: face.family.clone(),
        path: font.path.clone(),
        index: face.index,
        synthetic_bold: false,
    };
    let glyphs = |e: zhanban_raster::Error| CommandError::user(e.to_string());
    let units_per_em = zhanban_raster::glyphs::units_per_em(&data, &face).map_err(glyphs)?;
    let outlines = zhanban_raster::glyphs::outlines(&data, &face).map_err(glyphs)?;
    let paths = ids
        .into_iter()
        .map(|id| (id, zhanban_raster::glyphs::svg_path(&outlines, id)))
        .collect();
    Ok(GlyphOutlines { units_per_em, paths })
}

fn stored_review(project: &Project, id: i64) -> CommandResult<Review> {
    let rec = project.writeup(id)?;
    let draft = Draft {
        source_name: rec.source_name,
        source_text: rec.source_text,
        structure: rec.structure,
    };
    Ok(review::review(Some(id), draft).map_err(PipelineError::from)?)
}

/// The project's write-ups in order.
pub fn writeup_list(app: &App) -> CommandResult<Vec<WriteUpRow>> {
    Ok(current(&mut *lock(app)?)?.project().writeups()?)
}

/// Understands pasted text (the clipboard's HTML when it has one): a draft to review, nothing stored yet.
pub fn writeup_paste(html: Option<&str>, text: &str) -> CommandResult<Review> {
    let draft = review::understand_paste(html, text).map_err(PipelineError::from)?;
    Ok(review::review(None, draft).map_err(PipelineError::from)?)
}

/// Applies a correction to a draft (not stored; no history needed).
pub fn writeup_draft_edit(draft: Draft, op: &WriteupOp) -> CommandResult<Review> {
    let draft = review::apply_to_draft(draft, op).map_err(PipelineError::from)?;
    Ok(review::review(None, draft).map_err(PipelineError::from)?)
}

/// 确认使用: stores a reviewed draft and returns it as stored.
pub fn writeup_accept(app: &App, draft: Draft) -> CommandResult<Review> {
    let mut guard = lock(app)?;
    let session = current(&mut guard)?;
    let applied = session.apply(&Change::WriteupAdd { draft })?;
    let id = applied
        .writeup
        .ok_or_else(|| CommandError::internal(messages::internal_error("no write-up id")))?;
    stored_review(session.project(), id)
}

/// Removes a stored write-up (undoable: Ctrl+Z puts it back in its place); returns the list as it now is.
pub fn writeup_remove(app: &App, id: i64) -> CommandResult<Vec<WriteUpRow>> {
    let mut guard = lock(app)?;
    let session = current(&mut guard)?;
    session.apply(&Change::WriteupRemove { id })?;
    Ok(session.project().writeups()?)
}

/// A stored write-up, for review and editing.
pub fn writeup_open(app: &App, id: i64) -> CommandResult<Review> {
    stored_review(current(&mut *lock(app)?)?.project(), id)
}

/// Applies a correction to a stored write-up.
pub fn writeup_edit(app: &App, id: i64, op: WriteupOp) -> CommandResult<Review> {
    let mut guard = lock(app)?;
    let session = current(&mut guard)?;
    session.apply(&Change::WriteupEdit { id, op })?;
    stored_review(session.project(), id)
}

/// How many sharp previews are kept in memory (about 0.5 MB each).
const KEEP_PREVIEWS: usize = 32;

/// The sizes of a photo's upright preview the board canvas asks for, by how large the photo is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Preview {
    /// The stored ~160 px thumbnail: board thumbnails and photos shown that small.
    Small,
    /// The stored ~512 px thumbnail.
    Medium,
    /// A sharp one (2048 px) for high zoom, made from the original on first use (outside the session lock) and kept
    /// for a while.
    Large,
}

/// A photo's upright preview (JPEG) at `size` for the board canvas.
pub fn photo_preview(app: &App, hash: &str, size: Preview) -> Option<Vec<u8>> {
    if let Preview::Small | Preview::Medium = size {
        let mut guard = app.session.lock().ok()?;
        let project = guard.as_mut()?.project();
        let row = project.photo(hash).ok()??;
        let px = if size == Preview::Small { 160 } else { 512 };
        return Some(project.thumbnail(row.id, px).ok()??.jpeg);
    }
    if let Some((_, jpeg)) = app.previews.lock().ok()?.iter().find(|(h, _)| h == hash) {
        return Some(jpeg.clone());
    }
    let (bytes, name) = {
        let mut guard = app.session.lock().ok()?;
        let project = guard.as_mut()?.project();
        let row = project.photo(hash).ok()??;
        (project.original(hash).ok()?, row.file_name)
    };
    let jpeg = zhanban_project::payload::large_preview(&bytes, &name)?;
    let mut cache = app.previews.lock().ok()?;
    if cache.len() >= KEEP_PREVIEWS {
        cache.remove(0);
    }
    cache.push((hash.to_string(), jpeg.clone()));
    Some(jpeg)
}

/// The programs that may open a folder in the file manager, tried in turn.
const OPENERS: &[&[&str]] = if cfg!(windows) {
    &[&["explorer"]]
} else if cfg!(target_os = "macos") {
    &[&["open"]]
} else {
    &[&["xdg-open"], &["gio", "open"]]
};

/// Opens a folder in the system's file manager (Explorer on Windows; on Linux `xdg-open`, else `gio open`). Only a
/// folder this run exported into, or the open project's folder: never a file, a URI, a network path (the system
/// opener would run or fetch those) or any other string from the page. `None` when it opened; when no opener could,
/// a Chinese note saying so and where the folder is (the UI offers the path to copy) — never an OS error.
pub fn open_folder(app: &App, dir: &str) -> CommandResult<Option<String>> {
    open_folder_with(app, dir, OPENERS)
}

fn open_folder_with(app: &App, dir: &str, openers: &[&[&str]]) -> CommandResult<Option<String>> {
    openable(app, dir)?;
    if openers.iter().any(|cmd| opens(cmd, dir)) {
        return Ok(None);
    }
    let tried: Vec<String> = openers.iter().map(|cmd| cmd.join(" ")).collect();
    Ok(Some(messages::no_folder_opener(dir, &tried)))
}

/// Whether an opener took the folder: it started and did not fail within two seconds (an opener that stays —
/// xdg-open running the file manager itself — counts as opened; Explorer reports 1 even when it opened).
fn opens(cmd: &[&str], dir: &str) -> bool {
    let Some((program, args)) = cmd.split_first() else {
        return false;
    };
    let Ok(mut child) = std::process::Command::new(program).args(args).arg(dir).spawn() else {
        return false;
    };
    let until = std::time::Instant::now() + std::time::Duration::from_secs(2);
    while std::time::Instant::now() < until {
        match child.try_wait() {
            Ok(Some(status)) => return status.success() || cfg!(windows),
            Ok(None) => std::thread::sleep(std::time::Duration::from_millis(20)),
            Err(_) => return false,
        }
    }
    // Still running: reaped when it ends, off this thread.
    std::thread::spawn(move || child.wait());
    true
}

/// The folder `dir` names, when `open_folder` may open it: a local folder this run exported into, or the open
/// project's folder.
fn openable(app: &App, dir: &str) -> CommandResult<PathBuf> {
    local(Path::new(dir))?;
    let refuse = |why: &str| CommandError::user(messages::open_folder_failed(dir, why));
    let folder = std::fs::canonicalize(dir)
        .ok()
        .filter(|p| p.is_dir())
        .ok_or_else(|| refuse(messages::NOT_A_LOCAL_FOLDER))?;
    let project_folder = lock(app)?
        .as_ref()
        .and_then(|s| s.project().path().parent().and_then(|p| std::fs::canonicalize(p).ok()));
    let exported = app.exported.lock().map_err(|_| poisoned("exported"))?.contains(&folder);
    if !exported && project_folder.as_ref() != Some(&folder) {
        return Err(refuse(messages::NOT_OUR_FOLDER));
    }
    Ok(folder)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A crafted call from the page cannot make the opener run a file, fetch a URI or reach a network share.
    #[test]
    fn open_folder_opens_only_local_folders() {
        let recent = tempfile::tempdir().unwrap();
        let app = App::new(RecentList::at(recent.path().join("recent.json")));
        let file = std::env::current_exe().unwrap();
        for bad in [
            r"\\evil-host\share",
            "//evil-host/share",
            r"\\?\C:\Windows",
            r"\\.\PhysicalDrive0",
            "https://example.invalid/x",
            file.to_str().unwrap(),
        ] {
            assert!(
                matches!(
                    open_folder_with(&app, bad, &[&["true"]]),
                    Err(CommandError::User { .. })
                ),
                "{bad} was not refused"
            );
        }
        // An existing local folder the app did not export into is not opened either.
        let other = tempfile::tempdir().unwrap();
        let err = open_folder_with(&app, other.path().to_str().unwrap(), &[&["true"]]).unwrap_err();
        assert!(
            matches!(&err, CommandError::User { message: m, .. } if m.contains(messages::NOT_OUR_FOLDER)),
            "{err:?}"
        );
        // The open project's folder and a folder exported into are.
        let projects = tempfile::tempdir().unwrap();
        create_project(
            &app,
            projects.path().to_str().unwrap(),
            "开放文件夹",
            &NewExhibition::default(),
        )
        .unwrap();
        assert!(openable(&app, projects.path().to_str().unwrap()).is_ok());
        app.exported
            .lock()
            .unwrap()
            .push(std::fs::canonicalize(other.path()).unwrap());
        assert!(openable(&app, other.path().to_str().unwrap()).is_ok());
    }

    /// Every command that takes a path refuses network and device paths typed or crafted in the page (a path from a
    /// native dialog is a local one), before touching anything — the open project stays open.
    #[test]
    fn every_command_that_takes_a_path_refuses_network_and_device_paths() {
        let cfg = tempfile::tempdir().unwrap();
        let app = App::new(RecentList::at(cfg.path().join("recent.json")));
        let dir = tempfile::tempdir().unwrap();
        create_project(&app, dir.path().to_str().unwrap(), "甲", &NewExhibition::default()).unwrap();
        let choice = ExportChoice::default();
        for bad in [
            r"\\evil-host\share\x",
            "//evil-host/share/x",
            r"\\?\C:\x",
            r"\\.\PhysicalDrive0",
        ] {
            let refused = |r: Result<(), CommandError>, what: &str| {
                let err = r.expect_err(what);
                let said = matches!(&err, CommandError::User { message, .. }
                    if message.contains("不能使用网络路径") || message.contains("不能使用设备路径"));
                assert!(said, "{what} {bad}: {err:?}");
            };
            refused(
                create_project(&app, bad, "乙", &NewExhibition::default()).map(drop),
                "create_project",
            );
            refused(open_project(&app, bad).map(drop), "open_project");
            refused(
                import_paths(&app, vec![bad.to_string()], |_| {}).map(drop),
                "import_paths",
            );
            refused(export_boards(&app, bad, &choice, &|_| {}).map(drop), "export_boards");
            refused(open_folder(&app, bad).map(drop), "open_folder");
            assert!(project_info(&app).is_ok(), "the open project stays open after {bad}");
        }
        // What the user dropped onto the window from a network share (the system's drop, which the page cannot
        // fake) is imported; here the share is not there, so the file is reported as not read — not refused.
        let share = std::path::PathBuf::from(r"\\fileserver\展览\照片");
        allow_dropped(&app, std::slice::from_ref(&share));
        let inside = share.join("会议.jpg").display().to_string();
        let report = import_paths(&app, vec![inside], |_| {}).expect("a dropped share is not refused");
        assert_eq!(report.failed.len(), 1, "{report:?}");
        let typed = r"\\fileserver\其他\x.jpg".to_string();
        assert!(
            import_paths(&app, vec![typed], |_| {}).is_err(),
            "only what was dropped"
        );
    }

    /// The app's start removes what an interrupted export left in the folder a recent project last exported to.
    #[test]
    fn the_start_tidies_the_last_export_folder() {
        let cfg = tempfile::tempdir().unwrap();
        let app = App::new(RecentList::at(cfg.path().join("recent.json")));
        let dir = tempfile::tempdir().unwrap();
        let made = create_project(&app, dir.path().to_str().unwrap(), "甲", &NewExhibition::default()).unwrap();
        let out = dir.path().join("导出");
        std::fs::create_dir_all(&out).unwrap();
        app.recent.exporting_to(Path::new(&made.info.path), &out).unwrap();
        std::fs::write(out.join(".02 展板.pdf.77.part"), b"half").unwrap();
        assert!(startup_project(&app).is_some());
        assert!(!out.join(".02 展板.pdf.77.part").exists());
    }

    /// A project whose file cannot be written opens for viewing and export, says so, and refuses edits in Chinese as
    /// the user's situation (not "内部错误").
    #[test]
    fn a_read_only_project_opens_for_viewing() {
        let recent = tempfile::tempdir().unwrap();
        let app = App::new(RecentList::at(recent.path().join("recent.json")));
        let dir = tempfile::tempdir().unwrap();
        let made = create_project(&app, dir.path().to_str().unwrap(), "只读", &NewExhibition::default()).unwrap();
        assert!(!made.read_only);
        close_project(&app).unwrap();
        let path = made.info.path.clone();
        let mut perms = std::fs::metadata(&path).unwrap().permissions();
        perms.set_readonly(true);
        std::fs::set_permissions(&path, perms).unwrap();

        let opened = open_project(&app, &path).unwrap();
        assert!(opened.read_only);
        assert!(layout_boards(&app).is_ok(), "a read-only project is laid out");
        let change = Change::Layout {
            size: "900x1200".into(),
            theme: "blue".into(),
        };
        let err = adjust(&app, &change, &[]).unwrap_err();
        assert!(
            matches!(&err, CommandError::User { message: m, .. } if m.contains("只读")),
            "{err:?}"
        );
    }

    /// Least privilege: the window's capability allows each command of [`COMMANDS`] by its own permission (the build
    /// script generates them from the same list) and, besides, only app events and the native dialogs — a command
    /// added without its permission, or a broad grant, fails here.
    #[test]
    fn the_window_may_call_exactly_the_apps_commands() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let conf: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(root.join("tauri.conf.json")).unwrap()).unwrap();
        let caps = conf["app"]["security"]["capabilities"]
            .as_array()
            .expect("capabilities");
        assert_eq!(caps.len(), 1, "one capability, for the main window");
        assert_eq!(caps[0]["windows"], serde_json::json!(["main"]));
        let granted: Vec<&str> = caps[0]["permissions"]
            .as_array()
            .expect("permissions")
            .iter()
            .map(|p| p.as_str().expect("a permission by name"))
            .collect();
        let mut expected = vec![
            "core:event:default",
            "dialog:allow-open",
            "dialog:allow-save",
            "dialog:allow-message",
        ]
        .into_iter()
        .map(String::from)
        .collect::<Vec<_>>();
        expected.extend(COMMANDS.iter().map(|c| format!("allow-{}", c.replace('_', "-"))));
        assert_eq!(
            granted, expected,
            "tauri.conf.json's capability must list exactly these"
        );
        let build = std::fs::read_to_string(root.join("src-tauri/build.rs")).unwrap();
        assert!(build.contains("include!(\"src/commands.rs\")") && build.contains(".commands(COMMANDS)"));
    }

    /// A system without any opener (or with openers that fail) gets a Chinese note with the folder's path to copy,
    /// never an OS error like "No such file or directory"; a working opener opens.
    #[test]
    fn open_folder_falls_back_to_the_next_opener_and_then_to_the_path() {
        let recent = tempfile::tempdir().unwrap();
        let app = App::new(RecentList::at(recent.path().join("recent.json")));
        let dir = tempfile::tempdir().unwrap();
        app.exported
            .lock()
            .unwrap()
            .push(std::fs::canonicalize(dir.path()).unwrap());
        let path = dir.path().to_str().unwrap();
        let missing: &[&[&str]] = &[&["zhanban-no-such-opener"], &["false"]];
        let note = open_folder_with(&app, path, missing).unwrap().expect("no opener could");
        assert!(note.contains(path), "{note}");
        assert!(
            note.contains("zhanban-no-such-opener") && note.contains("请复制"),
            "{note}"
        );
        assert!(!note.contains("No such file"), "{note}");
        let fallback: &[&[&str]] = &[&["zhanban-no-such-opener"], &["true"]];
        assert_eq!(
            open_folder_with(&app, path, fallback).unwrap(),
            None,
            "the second opener opened"
        );
    }

    /// The shell registers exactly [`COMMANDS`] (a renamed or missing handler fails here), and the UI's `Command`
    /// type is generated from it (a call to a name not in the list fails the UI's type check).
    #[test]
    fn the_shell_registers_every_command_and_the_ui_gets_their_names() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let shell = std::fs::read_to_string(root.join("src-tauri/src/shell/mod.rs")).unwrap();
        let list = shell
            .split("generate_handler![")
            .nth(1)
            .and_then(|s| s.split(']').next())
            .expect("the shell's generate_handler! list");
        let registered: Vec<&str> = list
            .split(',')
            .map(|s| s.trim().rsplit("::").next().unwrap_or_default())
            .filter(|s| !s.is_empty())
            .collect();
        assert_eq!(
            registered, COMMANDS,
            "shell/mod.rs registers other commands than app::COMMANDS"
        );
        let names: Vec<String> = COMMANDS.iter().map(|c| format!("\"{c}\"")).collect();
        let ts = format!(
            "// Generated from src-tauri/src/commands.rs (COMMANDS) by app.rs's tests; do not edit.\n\
             /** The name of a command the desktop shell registers. */\n\
             export type Command = {};\n",
            names.join(" | ")
        );
        let out = root.join("ui/src/lib/bindings/Command.ts");
        if std::fs::read_to_string(&out).ok().as_deref() != Some(ts.as_str()) {
            std::fs::write(&out, ts).unwrap();
        }
    }
}
