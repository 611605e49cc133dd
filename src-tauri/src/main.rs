//! The `zhanban` desktop binary: everything is in `zhanban::shell`.
// No console window on Windows, in any build.
#![cfg_attr(windows, windows_subsystem = "windows")]

#[cfg(windows)]
mod webview2;

fn main() {
    // Windows: without the WebView2 runtime, a Chinese explanation instead of Tauri's English dialog.
    #[cfg(windows)]
    if !webview2::runtime_available() {
        webview2::show_missing_message();
        std::process::exit(webview2::EXIT_NO_WEBVIEW2);
    }
    std::process::exit(zhanban::shell::run());
}
