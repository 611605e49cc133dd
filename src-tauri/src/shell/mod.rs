//! The desktop shell: the Tauri 2 window and the commands the web UI calls. Each `#[tauri::command]` only forwards
//! to the plain function of the same name in `crate::app` (off the UI thread where it may take a while) and emits
//! progress events; errors cross as [`CommandError`], already in Chinese. This is the only module that imports
//! `tauri`.

use tauri::{Builder, Emitter, Manager, Runtime, State};

use crate::app::{self, App, CommandResult};
use crate::messages;
use crate::payloads::{
    CommandError, FontRequest, GlyphOutlines, ImportedPhoto, OpenedProject, PhotoChoice, PhotoRelation, Thumb,
};
use crate::projects::{RecentList, RecentProject};
use zhanban_project::import::{ImportReport, Step};
use zhanban_project::payload::BoardsPayload;
use zhanban_project::pipeline::Candidate;
use zhanban_project::review::{Draft, Review, WriteupOp};
use zhanban_project::{Change, ExportChoice, NewExhibition};
use zhanban_store::{PhotoRow, ProjectInfo, WriteUpRow};

mod protocol;
mod webview;

/// The window on its screen at the first start: one larger than the screen's work area (1280×820 on a 1366×768
/// laptop, the office's common screen, put its title bar above the top of the screen) is fitted to the work area
/// and maximized, so every control is on screen.
fn fit_to_screen<R: Runtime, M: Manager<R>>(app: &M) {
    let Some(window) = app.get_webview_window("main") else {
        return;
    };
    let (Ok(Some(monitor)), Ok(size)) = (window.current_monitor(), window.outer_size()) else {
        return;
    };
    let area = monitor.work_area();
    if size.width <= area.size.width && size.height <= area.size.height {
        return;
    }
    let _ = window.set_size(tauri::PhysicalSize::new(
        size.width.min(area.size.width),
        size.height.min(area.size.height),
    ));
    let _ = window.set_position(area.position);
    let _ = window.maximize();
}

/// Runs `f` with the app state off the UI thread (then, once the app is idle, gives freed memory back).
async fn blocking<R: Runtime, T: Send + 'static>(
    handle: tauri::AppHandle<R>,
    f: impl FnOnce(&App) -> CommandResult<T> + Send + 'static,
) -> CommandResult<T> {
    tauri::async_runtime::spawn_blocking(move || {
        let r = f(&handle.state::<App>());
        crate::trim::when_idle();
        r
    })
    .await
    .map_err(|e| CommandError::internal(messages::internal_error(&e.to_string())))?
}

#[tauri::command]
fn default_project_dir() -> String {
    app::default_project_dir()
}

#[tauri::command]
fn startup_project(state: State<'_, App>) -> Option<String> {
    app::startup_project(&state)
}

#[tauri::command]
fn recent_projects(state: State<'_, App>) -> Vec<RecentProject> {
    app::recent_projects(&state)
}

#[tauri::command]
fn create_project(
    state: State<'_, App>,
    dir: String,
    name: String,
    details: NewExhibition,
) -> CommandResult<OpenedProject> {
    app::create_project(&state, &dir, &name, &details)
}

#[tauri::command]
fn open_project(state: State<'_, App>, path: String) -> CommandResult<OpenedProject> {
    app::open_project(&state, &path)
}

#[tauri::command]
fn close_project(state: State<'_, App>) -> CommandResult<()> {
    let r = app::close_project(&state);
    crate::trim::when_idle();
    r
}

#[tauri::command]
fn project_info(state: State<'_, App>) -> CommandResult<ProjectInfo> {
    app::project_info(&state)
}

/// Emits `import-progress` (ImportProgress), `import-photo` (ImportedPhoto: each photo as it is stored) and
/// `import-step` (the stored file's report line) events as it goes.
#[tauri::command]
async fn import_paths<R: Runtime>(handle: tauri::AppHandle<R>, paths: Vec<String>) -> CommandResult<ImportReport> {
    let emitter = handle.clone();
    blocking(handle, move |state| {
        app::import_paths(state, paths, |step| {
            let _ = match step {
                Step::Progress(p) => emitter.emit("import-progress", p),
                Step::Stored(row, thumb) => emitter.emit(
                    "import-photo",
                    ImportedPhoto {
                        photo: row.clone(),
                        thumb: thumb.cloned().map(Thumb::from),
                    },
                ),
                other => emitter.emit("import-step", messages::import_step(&other)),
            };
        })
    })
    .await
}

#[tauri::command]
fn cancel_import(state: State<'_, App>) {
    state.cancel_import.store(true, std::sync::atomic::Ordering::SeqCst);
}

#[tauri::command]
fn photo_thumbnail(state: State<'_, App>, id: i64, size: u32) -> CommandResult<Option<Thumb>> {
    app::photo_thumbnail(&state, id, size)
}

#[tauri::command]
fn set_caption(state: State<'_, App>, photo: String, caption: String) -> CommandResult<PhotoRow> {
    app::set_caption(&state, &photo, &caption)
}

#[tauri::command]
async fn layout_boards<R: Runtime>(handle: tauri::AppHandle<R>) -> CommandResult<BoardsPayload> {
    blocking(handle, app::layout_boards).await
}

#[tauri::command]
async fn adjust<R: Runtime>(
    handle: tauri::AppHandle<R>,
    adjustment: Change,
    known: Option<Vec<String>>,
) -> CommandResult<BoardsPayload> {
    blocking(handle, move |state| {
        app::adjust(state, &adjustment, &known.unwrap_or_default())
    })
    .await
}

#[tauri::command]
async fn undo<R: Runtime>(handle: tauri::AppHandle<R>, known: Option<Vec<String>>) -> CommandResult<BoardsPayload> {
    blocking(handle, move |state| app::undo(state, &known.unwrap_or_default())).await
}

#[tauri::command]
async fn redo<R: Runtime>(handle: tauri::AppHandle<R>, known: Option<Vec<String>>) -> CommandResult<BoardsPayload> {
    blocking(handle, move |state| app::redo(state, &known.unwrap_or_default())).await
}

/// Emits `export-progress` (zhanban_pdf::Progress) per step.
#[tauri::command]
async fn export_boards<R: Runtime>(
    handle: tauri::AppHandle<R>,
    dir: String,
    choice: ExportChoice,
) -> CommandResult<zhanban_pdf::FolderReport> {
    let emitter = handle.clone();
    blocking(handle, move |state| {
        let progress = |p: &zhanban_pdf::Progress| {
            let _ = emitter.emit("export-progress", p);
        };
        app::export_boards(state, &dir, &choice, &progress)
    })
    .await
}

#[tauri::command]
fn cancel_export(state: State<'_, App>) {
    state.cancel_export.store(true, std::sync::atomic::Ordering::SeqCst);
}

/// Off the UI thread: an opener is given up to two seconds to say whether it could.
#[tauri::command]
async fn open_folder<R: Runtime>(handle: tauri::AppHandle<R>, dir: String) -> CommandResult<Option<String>> {
    blocking(handle, move |app| app::open_folder(app, &dir)).await
}

#[tauri::command]
async fn glyph_outlines<R: Runtime>(
    handle: tauri::AppHandle<R>,
    font: FontRequest,
    ids: Vec<u16>,
) -> CommandResult<GlyphOutlines> {
    blocking(handle, move |state| app::glyph_outlines(state, &font, ids)).await
}

#[tauri::command]
fn photo_override(state: State<'_, App>, photo: String) -> CommandResult<PhotoChoice> {
    app::photo_override(&state, &photo)
}

#[tauri::command]
async fn photo_relations<R: Runtime>(handle: tauri::AppHandle<R>) -> CommandResult<Vec<PhotoRelation>> {
    blocking(handle, app::photo_relations).await
}

#[tauri::command]
async fn arrangements<R: Runtime>(handle: tauri::AppHandle<R>, board: String) -> CommandResult<Vec<Candidate>> {
    blocking(handle, move |state| app::arrangements(state, &board)).await
}

#[tauri::command]
fn writeup_list(state: State<'_, App>) -> CommandResult<Vec<WriteUpRow>> {
    app::writeup_list(&state)
}

#[tauri::command]
fn writeup_paste(html: Option<String>, text: String) -> CommandResult<Review> {
    app::writeup_paste(html.as_deref(), &text)
}

#[tauri::command]
fn writeup_draft_edit(draft: Draft, op: WriteupOp) -> CommandResult<Review> {
    app::writeup_draft_edit(draft, &op)
}

#[tauri::command]
fn writeup_accept(state: State<'_, App>, draft: Draft) -> CommandResult<Review> {
    app::writeup_accept(&state, draft)
}

#[tauri::command]
fn writeup_open(state: State<'_, App>, id: i64) -> CommandResult<Review> {
    app::writeup_open(&state, id)
}

#[tauri::command]
fn writeup_edit(state: State<'_, App>, id: i64, op: WriteupOp) -> CommandResult<Review> {
    app::writeup_edit(&state, id, op)
}

#[tauri::command]
fn writeup_remove(state: State<'_, App>, id: i64) -> CommandResult<Vec<WriteUpRow>> {
    app::writeup_remove(&state, id)
}

/// The app's state and every command of [`crate::commands::COMMANDS`] on a builder of any runtime (the real one in
/// [`run`], Tauri's mock runtime in the tests, which then call the commands over IPC as the page does).
pub fn with_commands<R: Runtime>(builder: Builder<R>, app: App) -> Builder<R> {
    builder.manage(app).invoke_handler(tauri::generate_handler![
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
        layout_boards,
        adjust,
        undo,
        redo,
        export_boards,
        cancel_export,
        open_folder,
        glyph_outlines,
        photo_override,
        photo_relations,
        arrangements,
        writeup_list,
        writeup_paste,
        writeup_draft_edit,
        writeup_accept,
        writeup_open,
        writeup_edit,
        writeup_remove
    ])
}

/// Starts the desktop app and returns its exit code.
pub fn run() -> i32 {
    crate::trim::configure();
    webview::before_start();
    let builder = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .register_asynchronous_uri_scheme_protocol(protocol::PROTOCOL, protocol::serve)
        // The system's drop, seen here before the page hears of it: what the user dropped may be imported even from
        // a network share (a path typed or crafted in the page may not).
        .on_window_event(|window, event| match event {
            tauri::WindowEvent::DragDrop(tauri::DragDropEvent::Drop { paths, .. }) => {
                app::allow_dropped(&window.state::<App>(), paths);
            }
            // The window going away closes the project, which stores the layout the engine holds (a cache: the
            // next open reads it instead of laying out again).
            tauri::WindowEvent::Destroyed => {
                let _ = app::close_project(&window.state::<App>());
            }
            tauri::WindowEvent::Focused(focused) => webview::background(window, !focused),
            _ => {}
        })
        .setup(|app| {
            webview::tune(app);
            fit_to_screen(app);
            Ok(())
        });
    let result = with_commands(builder, App::new(RecentList::per_user())).run(tauri::generate_context!());
    match result {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("{}", messages::internal_error(&e.to_string()));
            2
        }
    }
}
