//! The boards view's commands: lay out the open project and hand the frames to the UI's canvas, apply the user's
//! adjustments (as undoable edits, then re-layout), undo/redo, export with progress, the glyph outlines the canvas
//! draws (from the very font files the frames name, and only those the engine's font library found), and the `zb:`
//! protocol that serves photo previews to the canvas by content hash. Translation only: the logic is in `adjust`,
//! `edits` and `exhibition`.

use std::sync::atomic::Ordering;
use std::sync::Arc;

use tauri::{Emitter, Manager, State};
use zhanban_frames::FontFace;
use zhanban_layout::{LayoutEngine, TypesetSetter};
use zhanban_typeset::Typesetter;

use super::{current, current_mut, history, lock, AppState, CommandResult};
use crate::adjust::{self, Adjustment};
use crate::boards::BoardsPayload;
use crate::edits::{EditTarget, History};
use crate::exhibition::{self, ExportChoice, PipelineError};
use crate::messages;
use crate::payloads::{CommandError, FontRequest, GlyphOutlines};

/// The URI scheme of photo previews: `zb://localhost/photo/<hash>` (Windows: `http://zb.localhost/photo/<hash>`).
pub const PROTOCOL: &str = "zb";

fn user(e: PipelineError) -> CommandError {
    if e.is_user_error() {
        CommandError::User(e.to_string())
    } else {
        CommandError::Internal(messages::internal_error(&e.to_string()))
    }
}

/// The layout engine, made on first use (it finds the fonts, which takes a moment) and kept while the app runs.
fn engine(state: &AppState) -> CommandResult<std::sync::MutexGuard<'_, Option<LayoutEngine<TypesetSetter>>>> {
    let mut engine = state
        .engine
        .lock()
        .map_err(|_| CommandError::Internal(messages::internal_error("engine poisoned")))?;
    if engine.is_none() {
        // As `exhibition::engine()`, keeping a handle on the typesetter.
        let ts = match state.typesetter.get() {
            Some(ts) => ts.clone(),
            None => {
                let ts = Arc::new(Typesetter::new().map_err(|e| CommandError::User(e.to_string()))?);
                state.typesetter.get_or_init(|| ts).clone()
            }
        };
        *engine = Some(LayoutEngine::new(TypesetSetter::new(ts)));
    }
    Ok(engine)
}

/// The engine's typesetter, making the engine first if no layout has run yet.
fn typesetter(state: &AppState) -> CommandResult<Arc<Typesetter>> {
    if let Some(ts) = state.typesetter.get() {
        return Ok(ts.clone());
    }
    drop(engine(state)?);
    state
        .typesetter
        .get()
        .cloned()
        .ok_or_else(|| CommandError::Internal(messages::internal_error("no typesetter")))
}

/// Lays out again and builds the payload; boards whose keys are in `known` (the UI holds them) are not sent again.
fn relayout(state: &AppState, changed: Option<EditTarget>, known: &[String]) -> CommandResult<BoardsPayload> {
    let mut guard = lock(state)?;
    let project = current_mut(&mut guard)?;
    let mut engine = engine(state)?;
    let engine = engine.as_mut().expect("engine() makes one");
    let result = exhibition::layout(project, engine).map_err(user)?;
    let h = history(state)?;
    let mut fonts = state
        .font_licences
        .lock()
        .map_err(|_| CommandError::Internal(messages::internal_error("font licences poisoned")))?;
    crate::boards::payload(project, result, &mut *fonts, h.can_undo(), h.can_redo(), changed, known).map_err(user)
}

/// Lays out the open project with its saved choices and overrides.
#[tauri::command]
pub async fn layout_boards(app: tauri::AppHandle) -> CommandResult<BoardsPayload> {
    blocking(app, |state| relayout(state, None, &[])).await
}

/// Applies one adjustment as an undoable edit and lays out again. `known`: the keys of the boards the UI holds
/// (absent: send every board).
#[tauri::command]
pub async fn adjust(
    app: tauri::AppHandle,
    adjustment: Adjustment,
    known: Option<Vec<String>>,
) -> CommandResult<BoardsPayload> {
    blocking(app, move |state| {
        {
            let guard = lock(state)?;
            let project = current(&guard)?;
            let edit = adjust::edit_for(project, &adjustment).map_err(user)?;
            history(state)?.apply(project, edit)?;
        }
        relayout(state, None, &known.unwrap_or_default())
    })
    .await
}

/// Undoes the last edit (of any kind) and lays out again.
#[tauri::command]
pub async fn undo(app: tauri::AppHandle, known: Option<Vec<String>>) -> CommandResult<BoardsPayload> {
    walk(app, History::undo, known).await
}

/// Redoes the last undone edit and lays out again.
#[tauri::command]
pub async fn redo(app: tauri::AppHandle, known: Option<Vec<String>>) -> CommandResult<BoardsPayload> {
    walk(app, History::redo, known).await
}

/// One step through the history (undo or redo), then a layout that shows the result.
async fn walk(
    app: tauri::AppHandle,
    step: fn(&mut History, &zhanban_store::Project) -> Result<Option<EditTarget>, zhanban_store::StoreError>,
    known: Option<Vec<String>>,
) -> CommandResult<BoardsPayload> {
    blocking(app, move |state| {
        let changed = {
            let guard = lock(state)?;
            let project = current(&guard)?;
            step(&mut *history(state)?, project)?
        };
        relayout(state, changed, &known.unwrap_or_default())
    })
    .await
}

/// Exports every board into `dir`, emitting `export-progress` (zhanban_pdf::Progress) per step.
#[tauri::command]
pub async fn export_boards(
    app: tauri::AppHandle,
    dir: String,
    choice: ExportChoice,
) -> CommandResult<zhanban_pdf::FolderReport> {
    let emitter = app.clone();
    blocking(app, move |state| {
        state.cancel_export.store(false, Ordering::SeqCst);
        let mut guard = lock(state)?;
        let project = current_mut(&mut guard)?;
        let mut engine = engine(state)?;
        let engine = engine.as_mut().expect("engine() makes one");
        let progress = |p: &zhanban_pdf::Progress| {
            let _ = emitter.emit("export-progress", p);
        };
        exhibition::export(
            project,
            engine,
            std::path::Path::new(&dir),
            &choice,
            &progress,
            &state.cancel_export,
        )
        .map_err(user)
    })
    .await
}

/// The outlines of glyphs `ids` of a face the frames name, for the canvas to draw exactly the glyphs the engine
/// shaped. Only faces the engine's font library found are served (through its cache of font files); any other
/// path is refused.
#[tauri::command]
pub async fn glyph_outlines(app: tauri::AppHandle, font: FontRequest, ids: Vec<u16>) -> CommandResult<GlyphOutlines> {
    blocking(app, move |state| {
        let ts = typesetter(state)?;
        let unknown = || CommandError::User(messages::glyph_font_unknown(&font.path));
        let (face, data) = ts
            .fonts()
            .load_file_face(std::path::Path::new(&font.path), font.index)
            .map_err(|e| CommandError::User(e.to_string()))?
            .ok_or_else(unknown)?;
        let face = FontFace {
            family: face.family.clone(),
            path: font.path.clone(),
            index: face.index,
            synthetic_bold: false,
        };
        let glyphs = |e: zhanban_raster::Error| CommandError::User(e.to_string());
        let units_per_em = zhanban_raster::glyphs::units_per_em(&data, &face).map_err(glyphs)?;
        let outlines = zhanban_raster::glyphs::outlines(&data, &face).map_err(glyphs)?;
        let paths = ids
            .into_iter()
            .map(|id| (id, zhanban_raster::glyphs::svg_path(&outlines, id)))
            .collect();
        Ok(GlyphOutlines { units_per_em, paths })
    })
    .await
}

#[tauri::command]
pub fn cancel_export(state: State<'_, AppState>) {
    state.cancel_export.store(true, Ordering::SeqCst);
}

/// Opens a folder in the system's file manager (Explorer on Windows).
#[tauri::command]
pub fn open_folder(dir: String) -> CommandResult<()> {
    let program = if cfg!(windows) { "explorer" } else { "xdg-open" };
    std::process::Command::new(program)
        .arg(&dir)
        .spawn()
        .map(|_| ())
        .map_err(|e| CommandError::User(messages::open_folder_failed(&dir, &e.to_string())))
}

/// Runs `f` with the app state off the UI thread.
async fn blocking<T: Send + 'static>(
    app: tauri::AppHandle,
    f: impl FnOnce(&AppState) -> CommandResult<T> + Send + 'static,
) -> CommandResult<T> {
    tauri::async_runtime::spawn_blocking(move || f(&app.state::<AppState>()))
        .await
        .map_err(|e| CommandError::Internal(messages::internal_error(&e.to_string())))?
}

/// Serves `photo/<hash>`: the photo's upright preview (JPEG, ~512 px) for the board canvas, and
/// `photo/<hash>/large` a sharp one (2048 px) for high zoom, made from the original on first use and kept for a while.
pub fn serve<R: tauri::Runtime>(
    ctx: tauri::UriSchemeContext<'_, R>,
    request: tauri::http::Request<Vec<u8>>,
    responder: tauri::UriSchemeResponder,
) {
    let app = ctx.app_handle().clone();
    let path = request.uri().path().trim_start_matches('/').to_string();
    tauri::async_runtime::spawn_blocking(move || {
        let state = app.state::<AppState>();
        let found = match path
            .strip_prefix("photo/")
            .map(|p| p.split_once('/').unwrap_or((p, "")))
        {
            Some((hash, "large")) => large(&state, hash),
            Some((hash, "")) => (|| {
                let guard = state.project.lock().ok()?;
                let project = guard.as_ref()?;
                let row = project.photo(hash).ok()??;
                Some(project.thumbnail(row.id, 512).ok()??.jpeg)
            })(),
            _ => None,
        };
        let response = match found {
            Some(jpeg) => tauri::http::Response::builder()
                .header("Content-Type", "image/jpeg")
                .header("Cache-Control", "max-age=31536000, immutable")
                .body(jpeg),
            None => tauri::http::Response::builder().status(404).body(Vec::new()),
        };
        responder.respond(response.unwrap_or_else(|_| tauri::http::Response::new(Vec::new())));
    });
}

/// How many sharp previews are kept in memory (about 0.5 MB each).
const KEEP_PREVIEWS: usize = 32;

/// The sharp preview of a photo: from the cache, else made from its original (outside the project lock).
fn large(state: &AppState, hash: &str) -> Option<Vec<u8>> {
    if let Some((_, jpeg)) = state.previews.lock().ok()?.iter().find(|(h, _)| h == hash) {
        return Some(jpeg.clone());
    }
    let (bytes, name) = {
        let guard = state.project.lock().ok()?;
        let project = guard.as_ref()?;
        let row = project.photo(hash).ok()??;
        (project.original(hash).ok()?, row.file_name)
    };
    let jpeg = crate::boards::large_preview(&bytes, &name)?;
    let mut cache = state.previews.lock().ok()?;
    if cache.len() >= KEEP_PREVIEWS {
        cache.remove(0);
    }
    cache.push((hash.to_string(), jpeg.clone()));
    Some(jpeg)
}
