//! Gives the memory a job freed back to the system once the app is idle. On Linux, glibc's allocator keeps freed
//! memory in its arenas (one per thread that allocated, up to 8 per core) and raises its mmap threshold after the
//! first large free, so what an import, a layout or an export used stayed counted against the app long after it was
//! dropped (`bash scripts/bench memory`: the app's own PSS went from 84 MB to 306 MB on making the bench project, of
//! which 124 MB came back at once with `malloc_trim`; its live heap was 24 MB). The desktop app therefore caps the
//! arenas, keeps large blocks (≥ 1 MiB: pixels, canvases, file bytes) in their own mappings, returned when freed,
//! and trims the arenas two seconds after the last command, not during an edit (a trim and the page faults after it
//! would cost the next edit time). Windows' heap returns large blocks by itself; there all of this does nothing.
//! The same idle moment also drops the font files' mapped pages from the app's memory (`zhanban_fontfiles`).

use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

/// How long the app must be idle before the trim.
const IDLE: Duration = Duration::from_secs(2);

/// At start, before any other thread runs.
pub fn configure() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets allocator parameters; called before the app starts its threads.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 2);
        libc::mallopt(libc::M_MMAP_THRESHOLD, 1 << 20);
    }
}

/// After a command: trims once no command has ended for [`IDLE`] (one thread, started on first use).
pub fn when_idle() {
    if !cfg!(all(target_os = "linux", target_env = "gnu")) {
        return;
    }
    static TRIMMER: OnceLock<Mutex<Sender<()>>> = OnceLock::new();
    let sender = TRIMMER.get_or_init(|| {
        let (tx, rx) = mpsc::channel::<()>();
        std::thread::spawn(move || {
            while rx.recv().is_ok() {
                loop {
                    match rx.recv_timeout(IDLE) {
                        Ok(()) => continue,
                        Err(RecvTimeoutError::Timeout) => break,
                        Err(RecvTimeoutError::Disconnected) => return,
                    }
                }
                idle_release();
            }
        });
        Mutex::new(tx)
    });
    if let Ok(tx) = sender.lock() {
        let _ = tx.send(());
    }
}

/// Hands free pages of every arena back to the system (also the CLI's export, once the layout's memory is let go).
pub fn release() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim walks the allocator's own free lists under its locks.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// After the idle wait: the heap, and the font files' pages the typesetter and the glyph server read (clean file
/// pages that stayed counted in the app's memory while mapped; the system's file cache keeps them for the next read).
fn idle_release() {
    release();
    zhanban_fontfiles::release_pages();
}
