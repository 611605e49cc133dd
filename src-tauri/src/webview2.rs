//! Windows only: before Tauri starts, makes sure the Microsoft Edge WebView2 runtime is installed. Without it, Tauri
//! would show an English dialog (or nothing); we show a Chinese message box instead and end the program.
//!
//! Owns that one check and message; it must not touch Tauri's set-up. The text lives in `messages::webview2`.

use std::ffi::c_void;

use zhanban::messages::webview2 as msg;

/// Exit code of the desktop app when WebView2 is missing (the Wine smoke test checks it).
pub const EXIT_NO_WEBVIEW2: i32 = 3;

/// True when a WebView2 runtime is available. Asks WebView2Loader (GetAvailableCoreWebView2BrowserVersionString):
/// it looks where Microsoft documents — the EdgeUpdate keys under HKLM (both registry views) and HKCU, and a fixed
/// version runtime named by WEBVIEW2_BROWSER_EXECUTABLE_FOLDER.
pub fn runtime_available() -> bool {
    tauri::webview_version().is_ok_and(|v| !v.is_empty() && v != "0.0.0.0")
}

/// Shows the Chinese explanation (modal, without a parent window).
pub fn show_missing_message() {
    let text = wide(msg::MISSING);
    let caption = wide(msg::TITLE);
    // SAFETY: both strings are NUL-terminated UTF-16 buffers that outlive the call; a null owner window is allowed.
    unsafe {
        MessageBoxW(
            std::ptr::null_mut(),
            text.as_ptr(),
            caption.as_ptr(),
            MB_OK | MB_ICONERROR | MB_SETFOREGROUND,
        );
    }
}

const MB_OK: u32 = 0x0000_0000;
const MB_ICONERROR: u32 = 0x0000_0010;
const MB_SETFOREGROUND: u32 = 0x0001_0000;

#[link(name = "user32")]
extern "system" {
    fn MessageBoxW(hwnd: *mut c_void, text: *const u16, caption: *const u16, kind: u32) -> i32;
}

fn wide(s: &str) -> Vec<u16> {
    s.encode_utf16().chain(std::iter::once(0)).collect()
}
