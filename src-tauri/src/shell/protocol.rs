//! The `zb:` protocol that serves photo previews to the board canvas by content hash: `photo/<hash>` the upright
//! preview (~512 px), `photo/<hash>/small` the ~160 px one (thumbnails, small photos), `photo/<hash>/large` a sharp
//! one (2048 px) for high zoom (see `app::photo_preview`); the UI asks for the size it shows.

use tauri::Manager;

use crate::app::{self, App, Preview};

/// The URI scheme of photo previews: `zb://localhost/photo/<hash>` (Windows: `http://zb.localhost/photo/<hash>`).
pub const PROTOCOL: &str = "zb";

pub fn serve<R: tauri::Runtime>(
    ctx: tauri::UriSchemeContext<'_, R>,
    request: tauri::http::Request<Vec<u8>>,
    responder: tauri::UriSchemeResponder,
) {
    let handle = ctx.app_handle().clone();
    let path = request.uri().path().trim_start_matches('/').to_string();
    tauri::async_runtime::spawn_blocking(move || {
        let state = handle.state::<App>();
        let found = match path
            .strip_prefix("photo/")
            .map(|p| p.split_once('/').unwrap_or((p, "")))
        {
            Some((hash, "small")) => app::photo_preview(&state, hash, Preview::Small),
            Some((hash, "")) => app::photo_preview(&state, hash, Preview::Medium),
            Some((hash, "large")) => app::photo_preview(&state, hash, Preview::Large),
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
