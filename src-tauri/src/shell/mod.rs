//! The desktop shell: the Tauri 2 window and the typed commands the web UI calls. It only translates between the
//! UI and the engine (store, projects list); errors cross as [`CommandError`], already in Chinese.
//! This is the only module that imports `tauri`.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

use tauri::{Emitter, State};

use crate::edits::{Edit, History};
use crate::import::{ImportReport, Step};
use crate::messages;
use crate::payloads::{CommandError, OpenedProject, Thumb};
use crate::projects::{self, RecentList, RecentProject};
use zhanban_layout::{LayoutEngine, TypesetSetter};
use zhanban_store::{PhotoRow, Project, ProjectInfo, StoreError};

type CommandResult<T> = Result<T, CommandError>;

mod boards;
mod writeups;

/// The shell's state: the open project (at most one per window), its undo history, the layout engine (kept while
/// the app runs: it caches shaped text), and the recent-projects list.
pub struct AppState {
    project: Mutex<Option<Project>>,
    history: Mutex<History>,
    engine: Mutex<Option<LayoutEngine<TypesetSetter>>>,
    /// The engine's typesetter (its font library), also serving the canvas's glyph outlines without waiting for a
    /// layout that holds the engine. Set once, with the engine.
    typesetter: std::sync::OnceLock<std::sync::Arc<zhanban_typeset::Typesetter>>,
    recent: RecentList,
    cancel_import: AtomicBool,
    cancel_export: AtomicBool,
    /// Whether the start-up project has been handed out (going back to the start screen must not reopen it).
    started: AtomicBool,
    /// Sharp canvas previews made this session (photo hash, JPEG); photos never change under a hash.
    previews: Mutex<Vec<(String, Vec<u8>)>>,
    /// Font embedding licences preflight has read (font files do not change while the app runs).
    font_licences: Mutex<zhanban_preflight::FontFiles>,
}

fn lock(state: &AppState) -> CommandResult<std::sync::MutexGuard<'_, Option<Project>>> {
    state
        .project
        .lock()
        .map_err(|_| CommandError::Internal(messages::internal_error("project state poisoned")))
}

/// The open project, or the Chinese "no project is open" error.
fn current(guard: &Option<Project>) -> CommandResult<&Project> {
    guard
        .as_ref()
        .ok_or_else(|| CommandError::User(messages::no_project_open()))
}

fn current_mut(guard: &mut Option<Project>) -> CommandResult<&mut Project> {
    guard
        .as_mut()
        .ok_or_else(|| CommandError::User(messages::no_project_open()))
}

fn history(state: &AppState) -> CommandResult<std::sync::MutexGuard<'_, History>> {
    state
        .history
        .lock()
        .map_err(|_| CommandError::Internal(messages::internal_error("history poisoned")))
}

fn opened(state: &AppState, project: Project) -> CommandResult<OpenedProject> {
    let info = project.info()?;
    let name = project
        .path()
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    // The recent list is a convenience: failing to save it must not fail the opening.
    let _ = state.recent.touch(project.path());
    *lock(state)? = Some(project);
    *history(state)? = History::default();
    Ok(OpenedProject { name, info })
}

#[tauri::command]
fn default_project_dir() -> String {
    projects::default_project_dir().display().to_string()
}

/// The project to open at start-up (command-line file, else the last project), once per run.
#[tauri::command]
fn startup_project(state: State<'_, AppState>) -> Option<String> {
    if state.started.swap(true, Ordering::SeqCst) {
        return None;
    }
    projects::startup_project(std::env::args_os(), &state.recent.load())
}

#[tauri::command]
fn recent_projects(state: State<'_, AppState>) -> Vec<RecentProject> {
    state.recent.load()
}

#[tauri::command]
fn create_project(state: State<'_, AppState>, dir: String, name: String) -> CommandResult<OpenedProject> {
    let dir = PathBuf::from(dir);
    let path =
        projects::project_path(&dir, &name).ok_or_else(|| CommandError::User(messages::invalid_project_name(&name)))?;
    std::fs::create_dir_all(&dir).map_err(|source| StoreError::Io {
        path: dir.clone(),
        source,
    })?;
    // Close the current project first, so that creating another never keeps two files locked.
    lock(&state)?.take();
    let project = Project::create(&path)?;
    opened(&state, project)
}

#[tauri::command]
fn open_project(state: State<'_, AppState>, path: String) -> CommandResult<OpenedProject> {
    let path = PathBuf::from(path);
    let mut current = lock(&state)?;
    if current.as_ref().is_some_and(|p| p.path() == path) {
        let project = current
            .take()
            .ok_or_else(|| CommandError::User(messages::no_project_open()))?;
        drop(current);
        return opened(&state, project);
    }
    current.take();
    drop(current);
    let project = Project::open(&path)?;
    opened(&state, project)
}

#[tauri::command]
fn close_project(state: State<'_, AppState>) -> CommandResult<()> {
    lock(&state)?.take();
    *history(&state)? = History::default();
    Ok(())
}

#[tauri::command]
fn project_info(state: State<'_, AppState>) -> CommandResult<ProjectInfo> {
    let guard = lock(&state)?;
    let project = current(&guard)?;
    Ok(project.info()?)
}

/// Imports dropped or chosen paths into the open project, emitting `import-progress` (ImportProgress) and
/// `import-step` (the stored file's report line) events as it goes. Runs off the UI thread.
#[tauri::command]
async fn import_paths(app: tauri::AppHandle, paths: Vec<String>) -> CommandResult<ImportReport> {
    tauri::async_runtime::spawn_blocking(move || {
        use tauri::Manager;
        let state = app.state::<AppState>();
        state.cancel_import.store(false, Ordering::SeqCst);
        let mut guard = lock(&state)?;
        let project = current_mut(&mut guard)?;
        let paths: Vec<PathBuf> = paths.into_iter().map(PathBuf::from).collect();
        let report = crate::import::import(project, &paths, &state.cancel_import, |step| {
            let _ = match step {
                Step::Progress(p) => app.emit("import-progress", p),
                other => app.emit("import-step", messages::import_step(&other)),
            };
        })?;
        Ok(report)
    })
    .await
    .map_err(|e| CommandError::Internal(messages::internal_error(&e.to_string())))?
}

#[tauri::command]
fn cancel_import(state: State<'_, AppState>) {
    state.cancel_import.store(true, Ordering::SeqCst);
}

/// A photo's thumbnail as a data URL (the strict CSP allows data: images, nothing remote).
#[tauri::command]
fn photo_thumbnail(state: State<'_, AppState>, id: i64, size: u32) -> CommandResult<Option<Thumb>> {
    let guard = lock(&state)?;
    let project = current(&guard)?;
    Ok(project.thumbnail(id, size)?.map(Thumb::from))
}

#[tauri::command]
fn set_caption(state: State<'_, AppState>, photo: String, caption: String) -> CommandResult<PhotoRow> {
    let guard = lock(&state)?;
    let project = current(&guard)?;
    history(&state)?.apply(project, Edit::caption(project, &photo, &caption)?)?;
    project
        .photo(&photo)?
        .ok_or_else(|| CommandError::User(messages::no_such_photo(&photo)))
}

/// Starts the desktop app and returns its exit code.
pub fn run() -> i32 {
    let state = AppState {
        project: Mutex::new(None),
        history: Mutex::new(History::default()),
        engine: Mutex::new(None),
        typesetter: std::sync::OnceLock::new(),
        recent: RecentList::per_user(),
        cancel_import: AtomicBool::new(false),
        cancel_export: AtomicBool::new(false),
        started: AtomicBool::new(false),
        previews: Mutex::new(Vec::new()),
        font_licences: Mutex::new(zhanban_preflight::FontFiles::default()),
    };
    let result = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .register_asynchronous_uri_scheme_protocol(boards::PROTOCOL, boards::serve)
        .manage(state)
        .invoke_handler(tauri::generate_handler![
            default_project_dir,
            startup_project,
            recent_projects,
            create_project,
            open_project,
            close_project,
            project_info,
            import_paths,
            cancel_import,
            photo_thumbnail,
            set_caption,
            boards::layout_boards,
            boards::adjust,
            boards::undo,
            boards::redo,
            boards::export_boards,
            boards::cancel_export,
            boards::open_folder,
            boards::glyph_outlines,
            writeups::writeup_list,
            writeups::writeup_paste,
            writeups::writeup_draft_edit,
            writeups::writeup_accept,
            writeups::writeup_open,
            writeups::writeup_edit,
            writeups::writeup_remove
        ])
        .run(tauri::generate_context!());
    match result {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("{}", messages::internal_error(&e.to_string()));
            2
        }
    }
}
