//! The webview's memory settings (issue #20). The app shows one page of its own, never navigates and loads nothing
//! from the network, so on Linux WebKitGTK keeps no page or resource caches (cache model "document viewer": the
//! default "web browser" model keeps decoded resources and back/forward pages for a browser's sake) and no
//! back/forward page cache, and draws without accelerated compositing (`WEBKIT_DISABLE_COMPOSITING_MODE`: the page
//! is a still picture and some forms, nothing a GPU layer tree helps with, while compositing loads Mesa's GL in both
//! processes and keeps layer textures — under software GL ~110 MB more with the boards shown; set
//! `ZHANBAN_WEBVIEW_COMPOSITING=1` to keep it; the end-to-end tests run without it, as the app ships, and take their
//! screenshots from the X server because WebKitWebDriver's never return without it). On Windows WebView2 is asked to give memory back while the window is in the background
//! (memory usage target level Low) and to work normally again when the user returns to it. Measured by
//! `bash scripts/bench memory`.

use tauri::{Manager, Runtime, Window};

/// Before the first webview exists: on Linux, WebKitGTK without accelerated compositing (unless the user or the
/// test driver chose otherwise, see above). WebKit reads the variable when it creates the page and its web process.
pub fn before_start() {
    #[cfg(target_os = "linux")]
    if std::env::var_os("ZHANBAN_WEBVIEW_COMPOSITING").is_none_or(|v| v == "0")
        && std::env::var_os("WEBKIT_DISABLE_COMPOSITING_MODE").is_none()
    {
        std::env::set_var("WEBKIT_DISABLE_COMPOSITING_MODE", "1");
    }
}

/// Applies the settings that hold for the whole run, once the main window exists.
pub fn tune<R: Runtime, M: Manager<R>>(app: &M) {
    let Some(window) = app.get_webview_window("main") else {
        return;
    };
    let _ = window.with_webview(|webview| {
        #[cfg(target_os = "linux")]
        {
            use webkit2gtk::{CacheModel, SettingsExt, WebContextExt, WebViewExt};
            if let Some(context) = webview.inner().context() {
                context.set_cache_model(CacheModel::DocumentViewer);
            }
            if let Some(settings) = webview.inner().settings() {
                settings.set_enable_page_cache(false);
            }
        }
        #[cfg(not(target_os = "linux"))]
        let _ = webview;
    });
}

/// The window went to the background (`true`) or came back (`false`): on Windows, WebView2's memory target follows.
pub fn background<R: Runtime>(window: &Window<R>, in_background: bool) {
    #[cfg(windows)]
    {
        use webview2_com::Microsoft::Web::WebView2::Win32::{
            ICoreWebView2_19, COREWEBVIEW2_MEMORY_USAGE_TARGET_LEVEL_LOW, COREWEBVIEW2_MEMORY_USAGE_TARGET_LEVEL_NORMAL,
        };
        use windows_core::Interface;
        let Some(webview) = window.get_webview_window(window.label()) else {
            return;
        };
        let level = if in_background {
            COREWEBVIEW2_MEMORY_USAGE_TARGET_LEVEL_LOW
        } else {
            COREWEBVIEW2_MEMORY_USAGE_TARGET_LEVEL_NORMAL
        };
        let _ = webview.with_webview(move |webview| {
            // SAFETY: COM calls on the controller Tauri hands out, on the thread it calls us on; a runtime older than
            // the interface (WebView2 < 114) simply has no ICoreWebView2_19 and is left as it is.
            unsafe {
                if let Ok(core) = webview.controller().CoreWebView2() {
                    if let Ok(core) = core.cast::<ICoreWebView2_19>() {
                        let _ = core.SetMemoryUsageTargetLevel(level);
                    }
                }
            }
        });
    }
    #[cfg(not(windows))]
    let _ = (window, in_background);
}
