//! The font library: finds fonts (bundled, beside the program, ZHANBAN_FONT_DIR, system folders), resolves the
//! names users pick (Chinese names such as 黑体、宋体、楷体 included), loads each face once from its memory-mapped
//! file (shared with every other reader through `zhanban-fontfiles`), and reads each face's embedding permission
//! (OS/2 fsType).
//!
//! Owns font discovery and loading only; it must not shape, break lines or decide fallback order per character.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use read_fonts::TableProvider;
use zhanban_fontfiles::FontFile;
use zhanban_frames::FontFace;

use crate::error::Error;

/// The open-licence faces the set-up command installs (Debian packages fonts-noto-cjk, fonts-lxgw-wenkai,
/// fonts-hanazono). The Windows installer copies the same files to `<exe dir>/fonts`.
pub const BUNDLED_FILES: &[&str] = &[
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
    "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc",
    "/usr/share/fonts/opentype/noto/NotoSerifCJK-Black.ttc",
    "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf",
    "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Bold.ttf",
    "/usr/share/fonts/truetype/hanazono/HanaMinA.ttf",
    "/usr/share/fonts/truetype/hanazono/HanaMinB.ttf",
];

/// Family names of the bundled faces.
pub const SANS: &str = "Noto Sans CJK SC";
pub const SERIF: &str = "Noto Serif CJK SC";
pub const KAI: &str = "LXGW WenKai";
pub const HANA_A: &str = "HanaMinA";
pub const HANA_B: &str = "HanaMinB";

/// Names users pick, with the families that answer to them in order of preference (installed commercial face
/// first, then the bundled open-licence stand-in).
const ALIASES: &[(&str, &[&str])] = &[
    ("黑体", &["SimHei", "黑体", SANS]),
    ("宋体", &["SimSun", "宋体", "NSimSun", SERIF]),
    ("仿宋", &["FangSong", "仿宋", "FangSong_GB2312", "仿宋_GB2312", SERIF]),
    (
        "仿宋_GB2312",
        &["FangSong_GB2312", "仿宋_GB2312", "FangSong", "仿宋", SERIF],
    ),
    ("楷体", &["KaiTi", "楷体", "KaiTi_GB2312", "楷体_GB2312", KAI]),
    ("楷体_GB2312", &["KaiTi_GB2312", "楷体_GB2312", "KaiTi", "楷体", KAI]),
    ("微软雅黑", &["Microsoft YaHei", "微软雅黑", SANS]),
    (
        "方正小标宋简体",
        &["FZXiaoBiaoSong-B05S", "方正小标宋简体", "方正小标宋_GBK", SERIF],
    ),
    (
        "小标宋",
        &["FZXiaoBiaoSong-B05S", "方正小标宋简体", "方正小标宋_GBK", SERIF],
    ),
    ("思源黑体", &[SANS, "Source Han Sans SC", "思源黑体"]),
    ("思源宋体", &[SERIF, "Source Han Serif SC", "思源宋体"]),
    ("霞鹜文楷", &[KAI, "霞鹜文楷"]),
    ("花园明朝", &[HANA_A, HANA_B]),
    ("sans", &[SANS]),
    ("serif", &[SERIF]),
];

/// Chinese display names of the bundled families (their name tables carry English names only).
pub fn chinese_name(family: &str) -> Option<&'static str> {
    match family {
        SANS => Some("思源黑体"),
        SERIF => Some("思源宋体"),
        KAI => Some("霞鹜文楷"),
        HANA_A | HANA_B => Some("花园明朝"),
        _ => None,
    }
}

/// What a face's licence allows for embedding in a PDF (OpenType OS/2 `fsType`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Embedding {
    /// fsType 0: may be embedded and installed.
    Installable,
    /// Bit 3: may be embedded for editing.
    Editable,
    /// Bit 2: may be embedded for preview and print only — reported so preflight can warn.
    Restricted,
    /// Bit 1 (restricted licence) or bitmap-only: must never be embedded.
    Forbidden,
}

impl Embedding {
    /// Interprets an OS/2 fsType value.
    pub fn from_fs_type(fs_type: u16) -> Self {
        // Bit 9: bitmap embedding only — outlines may not be embedded, which is what a print PDF needs.
        if fs_type & 0x0200 != 0 {
            return Embedding::Forbidden;
        }
        // The usage bits 0–3 are exclusive in OS/2 v3+; older fonts may set several: the least restrictive wins.
        let usage = fs_type & 0x000F;
        if usage == 0 {
            Embedding::Installable
        } else if usage & 0x0008 != 0 {
            Embedding::Editable
        } else if usage & 0x0004 != 0 {
            Embedding::Restricted
        } else {
            Embedding::Forbidden
        }
    }
    /// True when the face may go into a PDF at all.
    pub fn may_embed(self) -> bool {
        self != Embedding::Forbidden
    }
    /// True when preflight should mention the licence.
    pub fn needs_report(self) -> bool {
        matches!(self, Embedding::Restricted | Embedding::Forbidden)
    }
}

/// A face loaded into memory, ready for shaping and coverage queries.
pub struct LoadedFace {
    /// Identity for caches.
    pub id: fontdb::ID,
    /// The family name as the user sees it.
    pub family: String,
    pub path: PathBuf,
    pub index: u32,
    /// Weight class of the face (400 regular, 700 bold).
    pub weight: u16,
    /// Units per em.
    pub upem: f32,
    /// Ascender and descender (positive down) in em.
    pub ascender: f32,
    pub descender: f32,
    pub embedding: Embedding,
    /// The parsed font, shared with the shaper.
    pub font: harfrust::Font,
    /// The mapped file the face lives in.
    pub data: Arc<FontFile>,
}

impl std::fmt::Debug for LoadedFace {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LoadedFace")
            .field("family", &self.family)
            .field("path", &self.path)
            .field("index", &self.index)
            .finish()
    }
}

impl LoadedFace {
    /// True when the face has a glyph for `c`.
    pub fn covers(&self, c: char) -> bool {
        self.font.charmap().map_unicode(c).is_some()
    }
    /// The frames description of this face.
    pub fn frame_face(&self, synthetic_bold: bool) -> FontFace {
        FontFace {
            family: self.family.clone(),
            path: self.path.to_string_lossy().into_owned(),
            index: self.index,
            synthetic_bold,
        }
    }
}

/// A loaded face and the bytes of its file.
pub type FaceFile = (Arc<LoadedFace>, Arc<FontFile>);

/// The outcome of resolving a user's font name.
#[derive(Clone, Debug)]
pub struct Resolved {
    pub id: fontdb::ID,
    /// What was asked for.
    pub requested: String,
    /// The family actually used.
    pub family: String,
    /// True when a stand-in is used because the requested font is not installed.
    pub substituted: bool,
    /// True when bold was asked for and the family has no bold face.
    pub synthetic_bold: bool,
}

/// Where to look for fonts.
#[derive(Clone, Debug, Default)]
pub struct FontSources {
    /// Also scan the system font folders (Windows: C:\Windows\Fonts and the per-user folder).
    pub system: bool,
    /// Extra folders to scan (first wins on equal names).
    pub extra_dirs: Vec<PathBuf>,
}

/// All fonts the program can use, found once; faces are loaded lazily and shared.
pub struct FontLibrary {
    db: fontdb::Database,
    loaded: Mutex<HashMap<fontdb::ID, Arc<LoadedFace>>>,
}

impl std::fmt::Debug for FontLibrary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FontLibrary").field("faces", &self.db.len()).finish()
    }
}

impl FontLibrary {
    /// The bundled faces, the `fonts` folder beside the program, `ZHANBAN_FONT_DIR`, and (on Windows, or when
    /// asked) the system font folders.
    pub fn discover(sources: &FontSources) -> Result<Self, Error> {
        let mut db = fontdb::Database::new();
        if let Ok(dir) = std::env::var("ZHANBAN_FONT_DIR") {
            db.load_fonts_dir(dir);
        }
        for dir in &sources.extra_dirs {
            db.load_fonts_dir(dir);
        }
        if let Some(dir) = std::env::current_exe()
            .ok()
            .and_then(|p| dunce::simplified(&p).parent().map(|d| d.join("fonts")))
        {
            if dir.is_dir() {
                db.load_fonts_dir(dir);
            }
        }
        for file in BUNDLED_FILES {
            if Path::new(file).is_file() {
                // A damaged file is skipped: other faces still work and missing glyphs are reported.
                let _ = db.load_font_file(file);
            }
        }
        if sources.system {
            for dir in system_font_dirs() {
                db.load_fonts_dir(dir);
            }
        }
        if db.is_empty() {
            return Err(Error::NoFonts);
        }
        Ok(FontLibrary {
            db,
            loaded: Mutex::new(HashMap::new()),
        })
    }

    /// Bundled faces plus the system folders on Windows (the usual choice for the app).
    pub fn default_sources() -> FontSources {
        FontSources {
            system: cfg!(windows),
            extra_dirs: Vec::new(),
        }
    }

    /// Number of faces found.
    pub fn len(&self) -> usize {
        self.db.len()
    }

    /// True when no face was found.
    pub fn is_empty(&self) -> bool {
        self.db.is_empty()
    }

    /// Every family name found (all localized names), sorted, for font pickers.
    pub fn family_names(&self) -> Vec<String> {
        let mut names: Vec<String> = self
            .db
            .faces()
            .flat_map(|f| f.families.iter().map(|(n, _)| n.clone()))
            .chain(
                ALIASES
                    .iter()
                    .filter(|(a, c)| c.iter().any(|n| self.find_family(n, 400).is_some()) && !a.is_ascii())
                    .map(|(a, _)| a.to_string()),
            )
            .collect();
        names.sort();
        names.dedup();
        names
    }

    /// Finds a face whose family (any localized name) or PostScript name is `name`, closest to `weight`.
    pub fn find_family(&self, name: &str, weight: u16) -> Option<(fontdb::ID, u16)> {
        let key = normalise(name);
        let mut best: Option<(u32, fontdb::ID, u16)> = None;
        for face in self.db.faces() {
            let hit =
                face.families.iter().any(|(n, _)| normalise(n) == key) || normalise(&face.post_script_name) == key;
            if !hit {
                continue;
            }
            let w = face.weight.0;
            let mut score = (i32::from(w) - i32::from(weight)).unsigned_abs();
            if face.style != fontdb::Style::Normal {
                score += 1000;
            }
            if best.is_none_or(|(s, _, _)| score < s) {
                best = Some((score, face.id, w));
            }
        }
        best.map(|(_, id, w)| (id, w))
    }

    /// Resolves a user's font name (English or Chinese, e.g. 黑体) at a weight (400 regular, 700 bold, 900 heavy).
    pub fn resolve(&self, name: &str, weight: u16) -> Result<Resolved, Error> {
        let candidates: Vec<&str> = match ALIASES.iter().find(|(a, _)| normalise(a) == normalise(name)) {
            Some((_, list)) => std::iter::once(name).chain(list.iter().copied()).collect(),
            None => vec![name],
        };
        for (i, cand) in candidates.iter().enumerate() {
            if let Some((id, w)) = self.find_family(cand, weight) {
                let family = self.family_of(id);
                // Asking by an alias for the face it names is not a substitution (思源黑体 → Noto Sans CJK SC).
                let substituted = i > 0 && !is_same_family(name, &family);
                return Ok(Resolved {
                    id,
                    requested: name.to_string(),
                    family,
                    substituted,
                    synthetic_bold: weight >= 600 && w < 600,
                });
            }
        }
        Err(Error::FontNotFound { name: name.to_string() })
    }

    /// The family name a face is shown by (its English/first name).
    pub fn family_of(&self, id: fontdb::ID) -> String {
        self.db
            .face(id)
            .and_then(|f| {
                f.families
                    .iter()
                    .find(|(_, l)| *l == fontdb::Language::English_UnitedStates)
                    .or(f.families.first())
                    .map(|(n, _)| n.clone())
            })
            .unwrap_or_default()
    }

    /// Loads (once) and returns a face.
    pub fn load(&self, id: fontdb::ID) -> Result<Arc<LoadedFace>, Error> {
        if let Some(f) = lock(&self.loaded).get(&id) {
            return Ok(f.clone());
        }
        let info = self.db.face(id).ok_or_else(|| Error::FontNotFound {
            name: format!("{id:?}"),
        })?;
        let path = match &info.source {
            fontdb::Source::File(p) => p.clone(),
            fontdb::Source::SharedFile(p, _) => p.clone(),
            fontdb::Source::Binary(_) => {
                return Err(Error::FontNotFound {
                    name: self.family_of(id),
                })
            }
        };
        // fontdb canonicalises symbolic links; on Windows that gives `\\?\C:\…` paths, which must not reach the UI,
        // preflight messages or the frames.
        let path = dunce::simplified(&path).to_path_buf();
        let data = file_data(&path)?;
        let blob: Arc<dyn AsRef<[u8]> + Send + Sync> = data.clone();
        let font = harfrust::Font::new(blob, info.index).ok_or_else(|| Error::FontInvalid {
            path: path.clone(),
            index: info.index,
        })?;
        let fref = read_fonts::FontRef::from_index(data.as_slice(), info.index).map_err(|_| Error::FontInvalid {
            path: path.clone(),
            index: info.index,
        })?;
        let upem = f32::from(font.units_per_em().max(1));
        let (fs_type, asc, desc) = match fref.os2() {
            Ok(os2) => (
                os2.fs_type(),
                f32::from(os2.s_typo_ascender()),
                -f32::from(os2.s_typo_descender()),
            ),
            Err(_) => (0, 0.88 * upem, 0.12 * upem),
        };
        let face = Arc::new(LoadedFace {
            id,
            family: self.family_of(id),
            path,
            index: info.index,
            weight: info.weight.0,
            upem,
            ascender: asc / upem,
            descender: desc / upem,
            embedding: Embedding::from_fs_type(fs_type),
            font,
            data,
        });
        lock(&self.loaded).insert(id, face.clone());
        Ok(face)
    }

    /// The face the frames name by file and collection index (`FontFace::path`, `index`), loaded, with its file's
    /// bytes (shared with the shaper) — `None` when this library did not find that face, so a caller serving glyphs
    /// to the UI hands out no other file.
    pub fn load_file_face(&self, path: &Path, index: u32) -> Result<Option<FaceFile>, Error> {
        let found = self.db.faces().find(|f| {
            f.index == index
                && match &f.source {
                    fontdb::Source::File(p) | fontdb::Source::SharedFile(p, _) => dunce::simplified(p) == path,
                    fontdb::Source::Binary(_) => false,
                }
        });
        let Some(id) = found.map(|f| f.id) else {
            return Ok(None);
        };
        let face = self.load(id)?;
        let data = face.data.clone();
        Ok(Some((face, data)))
    }
}

/// The font file at `path`, mapped once per process.
fn file_data(path: &Path) -> Result<Arc<FontFile>, Error> {
    zhanban_fontfiles::open(path).map_err(|source| Error::FontRead {
        path: path.to_path_buf(),
        source,
    })
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    // A panic elsewhere while holding the lock leaves plain caches behind: still usable.
    m.lock().unwrap_or_else(|e| e.into_inner())
}

fn normalise(name: &str) -> String {
    name.chars()
        .filter(|c| !c.is_whitespace() && *c != '-' && *c != '_')
        .flat_map(char::to_lowercase)
        .collect()
}

fn is_same_family(requested: &str, family: &str) -> bool {
    normalise(requested) == normalise(family) || chinese_name(family).is_some_and(|c| c == requested)
}

/// The system font folders of this platform.
pub fn system_font_dirs() -> Vec<PathBuf> {
    let mut dirs = Vec::new();
    if cfg!(windows) {
        let var = |name: &str| std::env::var(name).ok();
        dirs = windows_font_dirs(var("WINDIR"), var("SystemRoot"), var("LOCALAPPDATA"));
    } else if cfg!(target_os = "macos") {
        dirs.push("/System/Library/Fonts".into());
        dirs.push("/Library/Fonts".into());
    } else {
        dirs.push("/usr/share/fonts".into());
        dirs.push("/usr/local/share/fonts".into());
        if let Ok(home) = std::env::var("HOME") {
            dirs.push(PathBuf::from(home).join(".local/share/fonts"));
        }
    }
    dirs
}

/// The Windows font folders, from the values of `%WINDIR%`, `%SystemRoot%` and `%LOCALAPPDATA%`: the system folder
/// (`C:\Windows\Fonts` when neither of the first two is set) and the per-user folder where Windows 10 (1809+) puts
/// fonts a user installs without admin rights (`%LOCALAPPDATA%\Microsoft\Windows\Fonts`). Empty values count as
/// unset; `\\?\` prefixes are dropped. Built as strings so that it is the same, and tested, on every platform.
pub fn windows_font_dirs(
    windir: Option<String>,
    system_root: Option<String>,
    local_app_data: Option<String>,
) -> Vec<PathBuf> {
    fn clean(v: Option<String>) -> Option<String> {
        let v = v?;
        let v = v.trim();
        let v = v.strip_prefix(r"\\?\").unwrap_or(v);
        let v = v.trim_end_matches(['\\', '/']);
        (!v.is_empty()).then(|| v.to_string())
    }
    let windows = clean(windir)
        .or_else(|| clean(system_root))
        .unwrap_or_else(|| r"C:\Windows".into());
    let mut dirs = vec![PathBuf::from(format!(r"{windows}\Fonts"))];
    if let Some(local) = clean(local_app_data) {
        dirs.push(PathBuf::from(format!(r"{local}\Microsoft\Windows\Fonts")));
    }
    dirs
}

#[cfg(test)]
mod windows_dirs_tests {
    use super::windows_font_dirs;
    use std::path::PathBuf;

    fn s(v: &str) -> Option<String> {
        Some(v.to_string())
    }
    fn p(v: &[&str]) -> Vec<PathBuf> {
        v.iter().map(PathBuf::from).collect()
    }

    #[test]
    fn system_and_per_user_folders() {
        assert_eq!(
            windows_font_dirs(s(r"C:\WINDOWS"), s(r"C:\Windows"), s(r"C:\Users\张 三\AppData\Local")),
            p(&[
                r"C:\WINDOWS\Fonts",
                r"C:\Users\张 三\AppData\Local\Microsoft\Windows\Fonts"
            ])
        );
    }

    #[test]
    fn falls_back_to_system_root_then_c_windows() {
        assert_eq!(windows_font_dirs(None, s(r"D:\Win\"), None), p(&[r"D:\Win\Fonts"]));
        assert_eq!(windows_font_dirs(s(""), s("  "), s("")), p(&[r"C:\Windows\Fonts"]));
        assert_eq!(windows_font_dirs(None, None, None), p(&[r"C:\Windows\Fonts"]));
    }

    #[test]
    fn drops_verbatim_prefixes_and_trailing_separators() {
        assert_eq!(
            windows_font_dirs(s(r"\\?\C:\Windows\"), None, s(r"\\?\E:\用户 数据\Local\")),
            p(&[r"C:\Windows\Fonts", r"E:\用户 数据\Local\Microsoft\Windows\Fonts"])
        );
    }
}
