//! Gives the memory a job freed back to the system once the app is idle. On Linux, glibc's allocator keeps freed
//! memory in its arenas (one per thread that allocated, up to 8 per core) and raises its mmap threshold after the
//! first large free, so what an import, a layout or an export used stayed counted against the app long after it was
//! dropped (`bash scripts/bench memory`: the app's own PSS went from 84 MB to 306 MB on making the bench project, of
//! which 124 MB came back at once with `malloc_trim`; its live heap was 24 MB). The desktop app therefore caps the
//! arenas, keeps large blocks (≥ 1 MiB: pixels, canvases, file bytes) in their own mappings, returned when freed,
//! and trims the arenas two seconds after the last command, not during an edit (a trim and the page faults after it
//! would cost the next edit time). Windows' heap returns large blocks by itself; there all of this does nothing.
//! The same idle moment also drops the font files' mapped pages from the app's memory (`zhanban_fontfiles`), and the
//! pages of the app's own code and read-only data that import, layout and export read (16–18 MB of the binary).

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
    release_own_code();
}

/// Drops the resident pages of the app's binary that are the file's own bytes — its code and read-only data, never
/// written — from the process (the kernel maps 64 kB around each page a fault reads, so a command leaves most of
/// the binary counted in the app's memory). The file cache keeps them: the next command maps back what it runs.
fn release_own_code() {
    #[cfg(target_os = "linux")]
    {
        let (Ok(exe), Ok(smaps)) = (
            std::fs::read_link("/proc/self/exe"),
            std::fs::read_to_string("/proc/self/smaps"),
        ) else {
            return;
        };
        for (start, end) in clean_mappings(&smaps, &exe.to_string_lossy()) {
            // SAFETY: a private mapping of the binary, read-only and holding no page of its own (no relocated or
            // written one: `clean_mappings`), so each page dropped is the file's, mapped again as it was on the next
            // read; code running on other threads just faults its pages back.
            unsafe {
                libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_DONTNEED);
            }
        }
    }
}

/// The mappings of `file` in `/proc/<pid>/smaps` text that hold nothing but the file's bytes: read-only or
/// read-and-execute, none of their pages anonymous (a relocated RELRO segment is read-only too, but its pages are
/// the process's own: dropped, they would come back unrelocated).
#[cfg_attr(not(target_os = "linux"), allow(dead_code))]
fn clean_mappings(smaps: &str, file: &str) -> Vec<(usize, usize)> {
    let mut clean = Vec::new();
    let mut current: Option<(usize, usize)> = None;
    for line in smaps.lines() {
        let mut fields = line.split_whitespace();
        let head = fields.next().unwrap_or("");
        if let Some((start, end)) = head
            .split_once('-')
            .filter(|(a, b)| !a.is_empty() && !b.is_empty() && !head.ends_with(':'))
        {
            let perms = fields.next().unwrap_or("");
            let path = fields.nth(3).unwrap_or("");
            let range = (usize::from_str_radix(start, 16), usize::from_str_radix(end, 16));
            current = match range {
                (Ok(s), Ok(e)) if path == file && matches!(perms, "r--p" | "r-xp") => Some((s, e)),
                _ => None,
            };
        } else if head == "Anonymous:" {
            if let Some(range) = current.take() {
                if fields.next() == Some("0") {
                    clean.push(range);
                }
            }
        }
    }
    clean
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMAPS: &str = "\
55d0c0a00000-55d0c0b00000 r--p 00000000 08:01 1234 /opt/zhanban/zhanban
Size:               1024 kB
Rss:                 512 kB
Anonymous:             0 kB
55d0c0b00000-55d0c1b00000 r-xp 00100000 08:01 1234 /opt/zhanban/zhanban
Size:              16384 kB
Anonymous:             0 kB
55d0c1b00000-55d0c1c00000 r--p 01100000 08:01 1234 /opt/zhanban/zhanban
Size:               1024 kB
Anonymous:           300 kB
55d0c1c00000-55d0c1c10000 rw-p 01200000 08:01 1234 /opt/zhanban/zhanban
Anonymous:             8 kB
7f0000000000-7f0000100000 r-xp 00000000 08:01 99 /usr/lib/libwebkit2gtk-4.1.so.0
Anonymous:             0 kB
7f0000100000-7f0000200000 rw-p 00000000 00:00 0
Anonymous:          1024 kB
";

    #[test]
    fn only_the_binarys_unwritten_read_only_mappings_are_released() {
        let clean = clean_mappings(SMAPS, "/opt/zhanban/zhanban");
        assert_eq!(
            clean,
            vec![(0x55d0c0a00000, 0x55d0c0b00000), (0x55d0c0b00000, 0x55d0c1b00000)]
        );
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn the_code_read_is_let_go_and_runs_again() {
        let exe = std::fs::read_link("/proc/self/exe")
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let resident = || {
            let smaps = std::fs::read_to_string("/proc/self/smaps").unwrap();
            let clean = clean_mappings(&smaps, &exe);
            let mut kb = 0;
            let mut inside = false;
            for line in smaps.lines() {
                if let Some((a, _)) = line
                    .split_once('-')
                    .filter(|(a, _)| usize::from_str_radix(a, 16).is_ok())
                {
                    inside = clean.iter().any(|(s, _)| *s == usize::from_str_radix(a, 16).unwrap());
                } else if inside && line.starts_with("Rss:") {
                    kb += line.split_whitespace().nth(1).unwrap().parse::<usize>().unwrap();
                }
            }
            kb
        };
        let before = resident();
        release_own_code();
        let after = resident();
        // (this test's own code, let go with the rest, ran again to read the second figure)
        assert!(before > 256 && after * 2 < before, "{before} kB → {after} kB");
    }
}
