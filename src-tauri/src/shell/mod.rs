//! The desktop shell: the Tauri 2 window and the typed commands the web UI calls. It only translates between the
//! UI and the engine (store, projects list); errors cross as [`CommandError`], already in Chinese.
//! This is the only module that imports `tauri`.

use std::path::PathBuf;
use std::sync::Mutex;

use tauri::State;

use crate::messages;
use crate::payloads::{CommandError, OpenedProject};
use crate::projects::{self, RecentList, RecentProject};
use zhanban_store::{Project, ProjectInfo, StoreError};

type CommandResult<T> = Result<T, CommandError>;

/// The shell's state: the open project (at most one per window) and the recent-projects list.
pub struct AppState {
    project: Mutex<Option<Project>>,
    recent: RecentList,
}

fn lock(state: &AppState) -> CommandResult<std::sync::MutexGuard<'_, Option<Project>>> {
    state.project.lock().map_err(|_| CommandError::Internal(messages::internal_error("project state poisoned")))
}

fn opened(state: &AppState, project: Project) -> CommandResult<OpenedProject> {
    let info = project.info()?;
    let name = project.path().file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    // The recent list is a convenience: failing to save it must not fail the opening.
    let _ = state.recent.touch(project.path());
    *lock(state)? = Some(project);
    Ok(OpenedProject { name, info })
}

#[tauri::command]
fn default_project_dir() -> String {
    projects::default_project_dir().display().to_string()
}

#[tauri::command]
fn recent_projects(state: State<'_, AppState>) -> Vec<RecentProject> {
    state.recent.load()
}

#[tauri::command]
fn create_project(state: State<'_, AppState>, dir: String, name: String) -> CommandResult<OpenedProject> {
    let dir = PathBuf::from(dir);
    let path = projects::project_path(&dir, &name).ok_or_else(|| CommandError::User(messages::invalid_project_name(&name)))?;
    std::fs::create_dir_all(&dir).map_err(|source| StoreError::Io { path: dir.clone(), source })?;
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
        let project = current.take().ok_or_else(|| CommandError::User(messages::no_project_open()))?;
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
    Ok(())
}

#[tauri::command]
fn project_info(state: State<'_, AppState>) -> CommandResult<ProjectInfo> {
    let guard = lock(&state)?;
    let project = guard.as_ref().ok_or_else(|| CommandError::User(messages::no_project_open()))?;
    Ok(project.info()?)
}

/// Starts the desktop app and returns its exit code.
pub fn run() -> i32 {
    let state = AppState { project: Mutex::new(None), recent: RecentList::per_user() };
    let result = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .manage(state)
        .invoke_handler(tauri::generate_handler![
            default_project_dir,
            recent_projects,
            create_project,
            open_project,
            close_project,
            project_info
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
