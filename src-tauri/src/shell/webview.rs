//! The webview's memory settings (issue #20). The app shows one page of its own, never navigates and loads nothing
//! from the network, so on Linux WebKitGTK keeps no page or resource caches (cache model "document viewer": the
//! default "web browser" model keeps decoded resources and back/forward pages for a browser's sake) and no
//! back/forward page cache, and draws without accelerated compositing (`WEBKIT_DISABLE_COMPOSITING_MODE`: the page
//! is a still picture and some forms, nothing a GPU layer tree helps with, while compositing loads Mesa's GL in both
//! processes and keeps layer textures — under software GL ~110 MB more with the boards shown; set
//! `ZHANBAN_WEBVIEW_COMPOSITING=1` to keep it; the end-to-end tests run without it, as the app ships, and take their
//! screenshots from the X server because WebKitWebDriver's never return without it), and with a memory limit for
//! its web process (`pressure` below: WebKit releases caches and collects garbage above 80 MB and 100 MB of its
//! own), and JavaScriptCore without its optimizing JIT tiers (`jsc_options`). On Windows WebView2 is asked to give
//! memory back while the window is in the background (memory usage target level Low) and to work normally again
//! when the user returns to it. Measured by `bash scripts/bench memory`.

use tauri::{Manager, Runtime, Window};

/// Before the first webview exists: on Linux, WebKitGTK without accelerated compositing (unless the user or the
/// test driver chose otherwise, see above), and JavaScriptCore's options for the web process ([`jsc_options`]).
/// WebKit reads the variables when it creates the page and its web process (which inherits the app's environment).
pub fn before_start() {
    #[cfg(target_os = "linux")]
    if std::env::var_os("ZHANBAN_WEBVIEW_COMPOSITING").is_none_or(|v| v == "0")
        && std::env::var_os("WEBKIT_DISABLE_COMPOSITING_MODE").is_none()
    {
        std::env::set_var("WEBKIT_DISABLE_COMPOSITING_MODE", "1");
    }
    #[cfg(target_os = "linux")]
    for (name, value) in jsc_options(std::env::var("ZHANBAN_WEBVIEW_JIT").ok().as_deref()) {
        if std::env::var_os(name).is_none() {
            std::env::set_var(name, value);
        }
    }
    #[cfg(target_os = "linux")]
    pressure::install();
}

/// JavaScriptCore's options for the web process (environment variables it reads at start; one the user set is left
/// as it is), or none with `ZHANBAN_WEBVIEW_JIT=1`: no optimizing JIT tiers (DFG, and so FTL). The page's script is
/// a form and a canvas, run by the interpreter and the baseline JIT; the optimizing compilers' code, their memory and
/// the profiles they keep cost the web process ~10 MB with the boards shown and ~20 MB after every board (`bash
/// scripts/bench memory`), and gave the edits nothing measurable (`bash scripts/bench app`). Without any JIT
/// (`JSC_useJIT=0`) the web process used ~16 MB less, but an edit took ~30 ms longer (c: 81 → 108 ms).
#[cfg(target_os = "linux")]
pub fn jsc_options(var: Option<&str>) -> &'static [(&'static str, &'static str)] {
    if var.is_some_and(|v| v.trim() == "1") {
        return &[];
    }
    &[("JSC_useDFGJIT", "0")]
}

/// WebKitGTK's memory pressure settings for the web process. WebKit measures its web process's own memory (dirty
/// private pages) every few seconds and, above a fraction of the memory limit, releases memory: above the
/// conservative threshold its caches (fonts, decoded images, styles) and the allocator's free pages, above the strict
/// one also JavaScript's compiled code and a garbage collection. By default the limit is the machine's memory (at
/// most 3 GB, thresholds at a third and a half of it), so on an office PC what the boards a user visited left behind
/// stayed in the web process until its garbage collector came round to it (`bash scripts/bench memory`: ~50 MB
/// of anonymous memory more after visiting every board of 25; with these settings ~35 MB less after every board and
/// the export). The app's page holds ~60–80 MB of its own with the boards shown, hence 80 and 100 MB: above what
/// the shown board needs, so an idle app is not collected over and over. The settings can only be given
/// when the web context is made, and wry makes it without asking the app, so the app hands them to WebKit's own
/// property setter: the context's `memory-pressure-settings`, set at construction (to nothing, unless given),
/// receives ours instead.
#[cfg(target_os = "linux")]
mod pressure {
    use std::ffi::CStr;
    use std::sync::OnceLock;
    use webkit2gtk::glib::gobject_ffi::{
        g_type_class_ref, g_value_get_boxed, GObject, GObjectClass, GParamSpec, GValue,
    };
    use webkit2gtk::glib::translate::{from_glib_full, ToGlibPtr};
    use webkit2gtk::glib::value::ToValue;
    use webkit2gtk::glib::Value;
    use webkit2gtk::MemoryPressureSettings;

    /// The web process's memory limit in MB, the fractions of it where WebKit releases memory, and the seconds
    /// between its measurements; `ZHANBAN_WEBVIEW_MEMORY=<MB>,<conservative>,<strict>,<seconds>` gives others (to
    /// measure them), `ZHANBAN_WEBVIEW_MEMORY=0` leaves WebKit's defaults.
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub struct Pressure {
        pub limit_mb: u32,
        pub conservative: f64,
        pub strict: f64,
        pub poll_s: f64,
    }

    pub const DEFAULT: Pressure = Pressure {
        limit_mb: 200,
        conservative: 0.4,
        strict: 0.5,
        poll_s: 5.0,
    };

    /// The settings from `ZHANBAN_WEBVIEW_MEMORY` (None: WebKit's own), [`DEFAULT`] when unset or not understood.
    pub fn chosen(var: Option<&str>) -> Option<Pressure> {
        let Some(var) = var else { return Some(DEFAULT) };
        if var.trim() == "0" {
            return None;
        }
        let n: Vec<f64> = var.split(',').filter_map(|v| v.trim().parse().ok()).collect();
        match n[..] {
            [limit, conservative, strict, poll]
                if limit >= 1.0 && 0.0 < conservative && conservative <= strict && strict < 1.0 && poll > 0.0 =>
            {
                Some(Pressure {
                    limit_mb: limit as u32,
                    conservative,
                    strict,
                    poll_s: poll,
                })
            }
            _ => Some(DEFAULT),
        }
    }

    fn settings(p: Pressure) -> MemoryPressureSettings {
        // Not `MemoryPressureSettings::new()`, which panics unless GTK was initialised on this thread: WebKit's own
        // constructor needs nothing, and a panic here (called from C) would abort the app.
        // SAFETY: a new boxed value, owned from here on.
        let mut settings: MemoryPressureSettings =
            unsafe { from_glib_full(webkit2gtk::ffi::webkit_memory_pressure_settings_new()) };
        settings.set_memory_limit(p.limit_mb);
        // WebKit refuses a conservative threshold above the strict one and a strict one below the conservative one:
        // the strict one first when it goes up, last when it goes down (its defaults are 0.33 and 0.5).
        if p.strict >= 0.5 {
            settings.set_strict_threshold(p.strict);
            settings.set_conservative_threshold(p.conservative);
        } else {
            settings.set_conservative_threshold(p.conservative);
            settings.set_strict_threshold(p.strict);
        }
        settings.set_poll_interval(p.poll_s);
        settings
    }

    static CHOSEN: OnceLock<Option<Pressure>> = OnceLock::new();
    /// Web contexts given our settings (for the test).
    pub static APPLIED: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

    type SetProperty = unsafe extern "C" fn(*mut GObject, u32, *mut GValue, *mut GParamSpec);
    static WEBKIT_SET_PROPERTY: OnceLock<SetProperty> = OnceLock::new();

    unsafe extern "C" fn set_property(object: *mut GObject, id: u32, value: *mut GValue, pspec: *mut GParamSpec) {
        let Some(original) = WEBKIT_SET_PROPERTY.get() else {
            return;
        };
        // SAFETY: GObject calls this with a valid property spec and value for the WebKitWebContext being built.
        unsafe {
            if CStr::from_ptr((*pspec).name) == c"memory-pressure-settings" && g_value_get_boxed(value).is_null() {
                let Some(Some(chosen)) = CHOSEN.get() else {
                    return original(object, id, value, pspec);
                };
                let ours: Value = settings(*chosen).to_value();
                APPLIED.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let ptr: *const GValue = ours.to_glib_none().0;
                // The setter only reads the value (GObject's signature says mutable).
                return original(object, id, ptr.cast_mut(), pspec);
            }
            original(object, id, value, pspec)
        }
    }

    /// Puts the setter in place; before the first web context exists (once per process).
    pub fn install() {
        let chosen = *CHOSEN.get_or_init(|| chosen(std::env::var("ZHANBAN_WEBVIEW_MEMORY").ok().as_deref()));
        if chosen.is_none() {
            return;
        }
        // SAFETY: the class is referenced (kept for the process's life) and its setter replaced on the main thread
        // before any web context is made; the original setter is kept and called for everything.
        unsafe {
            let class = g_type_class_ref(webkit2gtk::ffi::webkit_web_context_get_type()) as *mut GObjectClass;
            if let Some(original) = (*class).set_property {
                if WEBKIT_SET_PROPERTY.set(original).is_ok() {
                    (*class).set_property = Some(set_property);
                }
            }
        }
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

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::pressure::{chosen, Pressure, APPLIED, DEFAULT};
    use std::sync::atomic::Ordering;

    /// Needs an X display, as WebKit does (scripts/test runs it under xvfb-run).
    #[test]
    fn the_web_context_wry_makes_gets_the_apps_memory_pressure_settings() {
        super::pressure::install();
        let before = APPLIED.load(Ordering::Relaxed);
        // As wry makes it: a context of its own, no settings given.
        let _context = webkit2gtk::WebContext::builder().build();
        assert_eq!(APPLIED.load(Ordering::Relaxed), before + 1);
    }

    #[test]
    fn the_web_process_runs_without_the_optimizing_jit_unless_asked() {
        assert_eq!(super::jsc_options(None), &[("JSC_useDFGJIT", "0")]);
        assert_eq!(super::jsc_options(Some("0")), &[("JSC_useDFGJIT", "0")]);
        assert!(super::jsc_options(Some("1")).is_empty());
    }

    #[test]
    fn memory_pressure_settings_from_the_environment() {
        assert_eq!(chosen(None), Some(DEFAULT));
        assert_eq!(chosen(Some("0")), None);
        assert_eq!(
            chosen(Some("250, 0.4,0.5,2")),
            Some(Pressure {
                limit_mb: 250,
                conservative: 0.4,
                strict: 0.5,
                poll_s: 2.0
            })
        );
        // Not understood (a conservative threshold above the strict one, a fraction ≥ 1): the default.
        assert_eq!(chosen(Some("250,0.6,0.5,2")), Some(DEFAULT));
        assert_eq!(chosen(Some("250,0.4,1.5,2")), Some(DEFAULT));
        assert_eq!(chosen(Some("much")), Some(DEFAULT));
    }
}
