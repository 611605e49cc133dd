//! Font files for the whole process: each file is memory-mapped (memmap2) once and the mapping is shared by every
//! reader — the typesetter, the glyph-outline server and proof renderer (raster), the PDF writer and preflight's
//! licence reader — so a 10–20 MB CJK collection is never copied into the heap, let alone once per reader. Only
//! the pages a reader touches (cmap, layout tables, the outlines of the glyphs used) become resident, and they are
//! clean file pages the system can drop under pressure.
//!
//! Owns opening and sharing font bytes; it must not parse, shape or subset fonts.

use std::collections::HashMap;
use std::fs::File;
use std::io;
use std::ops::Deref;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock, Weak};

use memmap2::Mmap;

/// The bytes of one font file, mapped read-only.
pub struct FontFile {
    path: PathBuf,
    bytes: Bytes,
}

enum Bytes {
    Mapped(Mmap),
    /// An empty file cannot be mapped on every platform; it is (not) a font either way.
    Empty,
}

impl FontFile {
    /// The file this was mapped from.
    pub fn path(&self) -> &Path {
        &self.path
    }
    /// The file's bytes.
    pub fn as_slice(&self) -> &[u8] {
        match &self.bytes {
            Bytes::Mapped(m) => m,
            Bytes::Empty => &[],
        }
    }
}

impl Deref for FontFile {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        self.as_slice()
    }
}

impl AsRef<[u8]> for FontFile {
    fn as_ref(&self) -> &[u8] {
        self.as_slice()
    }
}

impl std::fmt::Debug for FontFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FontFile")
            .field("path", &self.path)
            .field("len", &self.as_slice().len())
            .finish()
    }
}

/// Mapped files by path. Entries are weak: a file stays mapped while some reader holds it (the typesetter's loaded
/// faces do for the life of the process) and is unmapped when the last one lets go.
fn cache() -> &'static Mutex<HashMap<PathBuf, Weak<FontFile>>> {
    static CACHE: OnceLock<Mutex<HashMap<PathBuf, Weak<FontFile>>>> = OnceLock::new();
    CACHE.get_or_init(|| Mutex::new(HashMap::new()))
}

/// The font file at `path`, mapped once per process: a second call while the first result is alive returns the
/// same mapping.
pub fn open(path: impl AsRef<Path>) -> io::Result<Arc<FontFile>> {
    let path = path.as_ref();
    // A panic elsewhere while holding the lock leaves a plain map of weak references behind: still usable.
    let mut files = cache().lock().unwrap_or_else(|e| e.into_inner());
    if let Some(f) = files.get(path).and_then(Weak::upgrade) {
        return Ok(f);
    }
    let file = File::open(path)?;
    let bytes = if file.metadata()?.len() == 0 {
        Bytes::Empty
    } else {
        // SAFETY: the mapping is read-only and font files are not rewritten while the program runs (they live in
        // the system, bundled or user font folders). A file truncated underneath would fault on access, as it
        // does for every program that maps fonts (fontdb, FreeType, DirectWrite all map them).
        Bytes::Mapped(unsafe { Mmap::map(&file)? })
    };
    let f = Arc::new(FontFile {
        path: path.to_path_buf(),
        bytes,
    });
    files.retain(|_, w| w.strong_count() > 0);
    files.insert(path.to_path_buf(), Arc::downgrade(&f));
    Ok(f)
}

/// Drops the pages of every mapped font file from this process's memory (Unix; elsewhere nothing): they stay in the
/// system's file cache, and a later read finds them there again (a minor fault, no disk read). The desktop app calls
/// this when idle (issue #20): every page the typesetter or the glyph server had read stayed counted in the app's
/// own memory while the files stayed mapped (up to ~6 MB a CJK collection with the boards shown). Returns the files
/// let go.
pub fn release_pages() -> usize {
    let files: Vec<Arc<FontFile>> = cache()
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .values()
        .filter_map(Weak::upgrade)
        .collect();
    files
        .iter()
        .filter(|f| match &f.bytes {
            #[cfg(unix)]
            // SAFETY: the mapping is read-only and file-backed, so discarding its pages loses nothing: the next read
            // of a page maps the file's (unchanged) bytes again. Readers on other threads just fault them back.
            Bytes::Mapped(m) => unsafe { m.unchecked_advise(memmap2::UncheckedAdvice::DontNeed) }.is_ok(),
            _ => false,
        })
        .count()
}

/// Number of font files mapped now (for tests and benchmarks).
pub fn mapped_count() -> usize {
    cache()
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .values()
        .filter(|w| w.strong_count() > 0)
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_mapping_per_file_while_held_and_the_bytes_are_the_file() {
        let dir = std::env::temp_dir().join(format!("zhanban-fontfiles-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let p = dir.join("a.ttf");
        std::fs::write(&p, b"\x00\x01\x00\x00 not really a font").unwrap();
        let a = open(&p).unwrap();
        let b = open(&p).unwrap();
        assert!(Arc::ptr_eq(&a, &b), "the second open must share the first mapping");
        assert_eq!(&a[..], &std::fs::read(&p).unwrap()[..]);
        let weak = Arc::downgrade(&a);
        drop((a, b));
        assert!(weak.upgrade().is_none(), "the mapping goes with its last reader");
        let empty = dir.join("empty.ttf");
        std::fs::write(&empty, b"").unwrap();
        assert!(open(&empty).unwrap().is_empty());
        assert!(open(dir.join("missing.ttf")).is_err());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// Resident kB of this process's mapping of `path` (Linux's /proc/self/smaps).
    #[cfg(target_os = "linux")]
    fn resident_kb(path: &Path) -> u64 {
        let smaps = std::fs::read_to_string("/proc/self/smaps").unwrap();
        let name = path.to_str().unwrap();
        let mut ours = false;
        let mut kb = 0;
        for line in smaps.lines() {
            let range = line.split_whitespace().next().unwrap_or("");
            if range.contains('-') && range.chars().all(|c| c.is_ascii_hexdigit() || c == '-') {
                ours = line.ends_with(name);
            } else if let (true, Some(v)) = (ours, line.strip_prefix("Rss:")) {
                kb += v.trim().trim_end_matches(" kB").trim().parse::<u64>().unwrap();
            }
        }
        kb
    }

    #[test]
    #[cfg(target_os = "linux")]
    fn released_pages_leave_the_process_and_read_back_the_same() {
        let dir = std::env::temp_dir().join(format!("zhanban-fontfiles-release-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let p = dir.join("big.otf");
        let bytes: Vec<u8> = (0..4u32 << 20).map(|i| (i % 251) as u8).collect();
        std::fs::write(&p, &bytes).unwrap();
        let f = open(&p).unwrap();
        let sum = |f: &FontFile| f.iter().step_by(4096).map(|&b| u64::from(b)).sum::<u64>();
        let before = sum(&f); // every page read
        assert!(
            resident_kb(&p) >= 4000,
            "read pages are resident: {} kB",
            resident_kb(&p)
        );
        assert!(release_pages() >= 1);
        assert!(resident_kb(&p) < 100, "released: {} kB left", resident_kb(&p));
        assert_eq!(sum(&f), before, "the bytes read back are the file's");
        assert_eq!(&f[..], &bytes[..]);
        drop(f);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
