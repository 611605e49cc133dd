//! The exhibition pipeline over a project: turns what the project holds (write-ups, photos, settings) into the
//! layout engine's input, lays it out, checks it (preflight) and exports the frames as PDFs; and the [`Engine`]
//! that does it (the layout engine with its font library and caches, one per app). It converts between the engine
//! crates' types; it adds no layout or rendering logic of its own.

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::atomic::AtomicBool;
use std::sync::Mutex;

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use zhanban_frames::BoardFrame;
use zhanban_layout::{
    Anchor, BlockInput, BlockKind, BoardSpec, KeyFigure, LayoutEngine, LayoutResult, LayoutSettings, Material,
    PhotoFacts, PhotoInput, TypesetSetter, WriteUpInput,
};
use zhanban_preflight::PreflightReport;
use zhanban_store::{Project, StoreError};
use zhanban_typeset::Typesetter;

use crate::review::{EditError, RowKind};
use crate::settings;

/// A failure of the pipeline: the message is Chinese and meant for the user unless `internal`.
#[derive(Debug, thiserror::Error)]
pub enum PipelineError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("{0}")]
    User(String),
    #[error("{0}")]
    Internal(String),
    /// A file or folder the system would not read or write: the message is Chinese, `detail` the system's own text.
    #[error("{message}")]
    Io { message: String, detail: String },
}

impl From<EditError> for PipelineError {
    fn from(e: EditError) -> Self {
        PipelineError::User(e.0)
    }
}

impl PipelineError {
    pub fn is_user_error(&self) -> bool {
        match self {
            PipelineError::Store(e) => e.is_user_error(),
            PipelineError::User(_) | PipelineError::Io { .. } => true,
            PipelineError::Internal(_) => false,
        }
    }

    /// The operating system's own text of an I/O failure, for a "详细信息" field (never part of the message).
    pub fn detail(&self) -> Option<String> {
        match self {
            PipelineError::Store(e) => e.detail(),
            PipelineError::Io { detail, .. } => Some(detail.clone()),
            _ => None,
        }
    }
}

/// The layout engine's input, built from the project: write-ups in order (blocks kept one-to-one, so block indices
/// match), photos in import order, each anchored where a write-up placed it (a Word file's picture) or to the
/// ■ caption whose text equals its caption.
pub fn material(project: &Project) -> Result<Material, StoreError> {
    let mut writeups = Vec::new();
    for row in project.writeups()? {
        let record = project.writeup(row.id)?;
        let w: zhanban_writeup::WriteUp = serde_json::from_value(record.structure)?;
        // A file's name may stand in for a missing title; a pasted text has none ("粘贴的文稿" names the paste, not
        // the article: layout then takes a headline from its opening, or the exhibition title).
        let stem = (row.source_name != crate::messages::pasted_source_name())
            .then(|| Path::new(&row.source_name).file_stem())
            .flatten()
            .map(|s| s.to_string_lossy().into_owned());
        writeups.push((row.id, w, stem.unwrap_or_default()));
    }
    let anchor_of = |hash: &str, caption: &str| -> Option<Anchor> {
        for (wi, (_, w, _)) in writeups.iter().enumerate() {
            for (bi, b) in w.blocks.iter().enumerate() {
                let by_image = b.kind == zhanban_writeup::BlockKind::Photo && b.image.as_deref() == Some(hash);
                let by_caption =
                    b.kind == zhanban_writeup::BlockKind::Caption && !caption.is_empty() && b.text == caption;
                if by_image || by_caption {
                    return Some(Anchor { writeup: wi, block: bi });
                }
            }
        }
        None
    };
    let rows = project.photos()?;
    let hash_of: HashMap<i64, String> = rows.iter().map(|p| (p.id, p.hash.clone())).collect();
    let mut analyses: HashMap<i64, zhanban_store::PhotoAnalysis> = project
        .analyses()?
        .into_iter()
        .map(|r| (r.photo_id, r.analysis))
        .collect();
    let photos = rows
        .into_iter()
        .map(|p| {
            let facts = analyses
                .remove(&p.id)
                .map(|a| PhotoFacts {
                    faces: a
                        .faces
                        .iter()
                        .map(|f| [f64::from(f.x), f64::from(f.y), f64::from(f.w), f64::from(f.h)])
                        .collect(),
                    centre: Some((f64::from(a.saliency.0), f64::from(a.saliency.1))),
                    sharpness: f64::from(a.sharpness),
                    same_as: a.same_as.and_then(|id| hash_of.get(&id).cloned()),
                    burst: a.burst.and_then(|id| hash_of.get(&id).cloned()),
                    from_camera: p.camera.is_some(),
                    byte_len: u64::try_from(p.byte_len).unwrap_or(0),
                })
                .unwrap_or_default();
            PhotoInput {
                anchor: anchor_of(&p.hash, &p.caption),
                caption: Some(p.caption.clone()).filter(|c| !c.is_empty()),
                hash: p.hash,
                file_name: p.file_name,
                width_px: p.width,
                height_px: p.height,
                orientation: p.orientation,
                facts,
            }
        })
        .collect();
    let writeups = writeups
        .into_iter()
        .map(|(id, w, stem)| WriteUpInput {
            id,
            // (a page with a deck and no headline — "——我局机关党委组织党员干部开展无偿献血" over a photo report — is
            // titled by its deck, without the dash, before the file's name)
            title: w
                .title
                .clone()
                .or_else(|| {
                    w.subtitle
                        .as_deref()
                        .map(|s| zhanban_layout::tidy_heading(s).to_string())
                })
                .unwrap_or(stem),
            blocks: w
                .blocks
                .iter()
                .map(|b| BlockInput {
                    kind: match RowKind::of(b) {
                        RowKind::Heading2 => BlockKind::Heading2,
                        RowKind::Paragraph => BlockKind::Paragraph,
                        RowKind::Caption => BlockKind::Caption,
                        RowKind::Photo => BlockKind::Photo,
                        _ => BlockKind::Heading1,
                    },
                    text: b.text.clone(),
                })
                .collect(),
            key_figures: w
                .key_figures
                .iter()
                .map(|k| KeyFigure {
                    value: k.text.clone(),
                    label: k.label.clone(),
                })
                .collect(),
        })
        .collect();
    Ok(Material {
        exhibition: settings::load(project)?.exhibition,
        writeups,
        photos,
    })
}

/// Parses and checks a board size "WxH" in mm (e.g. 1200x900).
pub fn parse_size(size: &str) -> Result<BoardSpec, PipelineError> {
    let spec = BoardSpec::parse(size).ok_or_else(|| PipelineError::User(crate::messages::bad_size(size)))?;
    spec.validate().map_err(|e| PipelineError::User(e.to_string()))?;
    Ok(spec)
}

/// Checks a theme name (党建红, 党建白, 政务蓝, 简约白, or red/light/blue/plain).
pub fn check_theme(theme: &str) -> Result<(), PipelineError> {
    zhanban_layout::Theme::by_id(theme)
        .map(|_| ())
        .map_err(|e| PipelineError::User(e.to_string()))
}

/// The layout engine with the bundled and system fonts, its typesetter (also serving the canvas's glyph outlines)
/// and the font licences preflight has read. Keep one while the app runs: it caches shaping and font files.
pub struct Engine {
    layout: LayoutEngine<TypesetSetter>,
    typesetter: Arc<Typesetter>,
    fonts: zhanban_preflight::FontFiles,
    /// The findings of the boards preflight checked last, by board key (see [`check_kept`]).
    kept: zhanban_preflight::Kept,
    /// How many times [`layout`] ran the layout engine, and how many times it took a layout already made.
    layouts: usize,
    stored_layouts: usize,
    /// A hash of the fonts the typesetter found (part of the stored layout's key).
    fonts_key: Option<String>,
    /// The last layout, under its key, and whether the project keeps it yet (see [`Engine::keep_later`]).
    held: Option<Held>,
    keep_later: bool,
    /// For one export only: what hands the memory let go back to the system (see [`Engine::one_shot`]).
    one_shot: Option<fn()>,
}

/// The last layout an engine made or read, in memory.
struct Held {
    key: String,
    result: LayoutResult,
    kept: bool,
    /// Each board's key (`payload::board_key`) once made; carried over from the layout before for the boards an
    /// edit left as they were (see [`board_keys`]).
    board_keys: Vec<Option<String>>,
}

impl Held {
    fn new(key: String, result: LayoutResult, kept: bool, before: Option<Held>) -> Held {
        let mut before: HashMap<String, (BoardFrame, Option<String>)> = before
            .map(|h| h.result.frames.boards.into_iter().zip(h.board_keys))
            .into_iter()
            .flatten()
            .map(|(b, k)| (b.id.clone(), (b, k)))
            .collect();
        let board_keys = (result.frames.boards.iter())
            .map(|b| before.remove(&b.id).filter(|(old, _)| old == b).and_then(|(_, k)| k))
            .collect();
        Held {
            key,
            result,
            kept,
            board_keys,
        }
    }
}

impl Engine {
    /// Finds the fonts (takes a moment).
    pub fn new() -> Result<Engine, PipelineError> {
        let ts = Typesetter::new().map_err(|e| PipelineError::User(e.to_string()))?;
        Ok(Engine::with_typesetter(Arc::new(ts)))
    }

    /// An engine over a typesetter already made.
    pub fn with_typesetter(typesetter: Arc<Typesetter>) -> Engine {
        Engine {
            layout: LayoutEngine::new(TypesetSetter::new(typesetter.clone())),
            typesetter,
            fonts: Default::default(),
            kept: Default::default(),
            layouts: 0,
            stored_layouts: 0,
            fonts_key: None,
            held: None,
            keep_later: false,
            one_shot: None,
        }
    }

    /// An engine for one export and no further layout (the CLI's `export`): once the boards are laid out and checked,
    /// it lets go of what it remembers for the next layout — the set text of every paragraph (~50 MB for the corpus
    /// exhibition) — so that the photos the export reads do not come on top of it (issue 20: the export's peak);
    /// `give_back` then hands the freed memory to the system (the CLI: glibc's `malloc_trim`).
    pub fn one_shot(mut self, give_back: fn()) -> Engine {
        self.one_shot = Some(give_back);
        self
    }

    /// Lets go of the layout engine's memory (set text, composed boards) and the layout held; the next layout
    /// starts cold.
    fn release(&mut self) {
        self.layout = LayoutEngine::new(TypesetSetter::new(self.typesetter.clone()));
        self.held = None;
    }

    /// Holds new layouts in memory and stores them in the project only on [`flush`] (the desktop app: storing
    /// every board's frames after each edit took ~7 ms of an edit's answer; the app flushes when the project is
    /// closed or exported). Without it (the CLI) each new layout is stored at once.
    pub fn keep_later(mut self) -> Engine {
        self.keep_later = true;
        self
    }

    /// How many layouts this engine made, and how many it took instead — from memory or from the project that keeps
    /// them (the inputs unchanged since): for tests and benchmarks.
    pub fn layout_counts(&self) -> (usize, usize) {
        (self.layouts, self.stored_layouts)
    }

    /// How many boards the last [`check_kept`] checked (the others' findings were kept): for tests and benchmarks.
    pub fn boards_checked(&self) -> usize {
        self.kept.checked()
    }

    pub fn typesetter(&self) -> &Arc<Typesetter> {
        &self.typesetter
    }

    pub fn layout_engine(&mut self) -> &mut LayoutEngine<TypesetSetter> {
        &mut self.layout
    }
}

fn layout_settings(s: &settings::Settings) -> Result<LayoutSettings, PipelineError> {
    Ok(LayoutSettings {
        spec: parse_size(&s.layout.size)?,
        theme: s.layout.theme.clone(),
    })
}

/// What a stored layout's key covers besides the material, settings and overrides: the program (a build with
/// another composer lays out differently) and the fonts the typesetter found.
fn build_id() -> &'static str {
    static ID: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    ID.get_or_init(|| {
        let exe = std::env::current_exe().ok();
        let meta = exe.as_ref().and_then(|e| std::fs::metadata(e).ok());
        let modified = meta
            .as_ref()
            .and_then(|m| m.modified().ok())
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_nanos());
        format!(
            "{} {:?} {} {modified}",
            env!("CARGO_PKG_VERSION"),
            exe,
            meta.map_or(0, |m| m.len())
        )
    })
}

/// The key of a layout: a hash of everything it is made from.
pub fn layout_key(
    material: &Material,
    settings: &LayoutSettings,
    overrides: &zhanban_layout::Overrides,
    engine: &mut Engine,
) -> Result<String, PipelineError> {
    let fonts = engine
        .fonts_key
        .get_or_insert_with(|| {
            let lib = engine.typesetter.fonts();
            format!("{} {:?}", lib.len(), lib.family_names())
        })
        .clone();
    let mut h = blake3::Hasher::new();
    h.update(build_id().as_bytes());
    h.update(fonts.as_bytes());
    for part in [
        serde_json::to_vec(material),
        serde_json::to_vec(settings),
        serde_json::to_vec(overrides),
    ] {
        let part = part.map_err(StoreError::from)?;
        h.update(&(part.len() as u64).to_le_bytes());
        h.update(&part);
    }
    Ok(h.finalize().to_hex().to_string())
}

/// One board of a stored layout, as a row of the project's boards table: the key of the inputs the layout was
/// made from, the board's summary and frame, and (first row only) the rest of the summary.
#[derive(Serialize)]
struct RowOut<'a> {
    key: &'a str,
    board: &'a zhanban_layout::BoardSummary,
    frame: &'a BoardFrame,
    #[serde(skip_serializing_if = "Option::is_none")]
    rest: Option<&'a zhanban_layout::Summary>,
}

#[derive(Deserialize)]
struct RowIn {
    key: String,
    board: zhanban_layout::BoardSummary,
    frame: BoardFrame,
    rest: Option<zhanban_layout::Summary>,
}

/// The layout the project keeps, when it was made from exactly the inputs of `key` (its key is checked on the
/// first row by SQLite before anything is loaded).
fn stored_layout(project: &Project, key: &str) -> Option<LayoutResult> {
    if project.first_board_field("key").ok()?.as_deref() != Some(key) {
        return None;
    }
    let mut summary: Option<zhanban_layout::Summary> = None;
    let mut frames = zhanban_frames::Frames::default();
    for (i, row) in project.boards_json().ok()?.iter().enumerate() {
        let row: RowIn = serde_json::from_str(row).ok()?;
        if row.key != key {
            return None;
        }
        if i == 0 {
            summary = Some(row.rest?);
        }
        summary.as_mut()?.boards.push(row.board);
        frames.boards.push(row.frame);
    }
    Some(LayoutResult {
        frames,
        summary: summary?,
    })
}

/// The rows [`stored_layout`] reads.
fn layout_rows(key: &str, result: &LayoutResult) -> Result<Vec<String>, StoreError> {
    let rest = zhanban_layout::Summary {
        boards: Vec::new(),
        ..result.summary.clone()
    };
    let rows = result.summary.boards.iter().zip(&result.frames.boards).enumerate();
    rows.map(|(i, (board, frame))| {
        let row = RowOut {
            key,
            board,
            frame,
            rest: (i == 0).then_some(&rest),
        };
        serde_json::to_string(&row).map_err(StoreError::from)
    })
    .collect()
}

/// Keeps a layout in the project's boards table under the key of its inputs (rows [`stored_layout`] reads back).
pub fn keep(project: &mut Project, key: &str, result: &LayoutResult) -> Result<(), PipelineError> {
    if result.summary.boards.len() == result.frames.boards.len() {
        project.replace_boards_json(&layout_rows(key, result)?)?;
    } else {
        project.replace_boards_json(&[])?;
    }
    Ok(())
}

/// Lays out the project's exhibition with its saved settings, and keeps the result in the project under a hash of
/// its inputs; when the project already keeps the layout of these very inputs (nothing changed since, e.g. a
/// second `zhanban-cli export`), that is returned instead of laying out again.
pub fn layout(project: &mut Project, engine: &mut Engine) -> Result<LayoutResult, PipelineError> {
    let s = settings::load(project)?;
    let material = material(project)?;
    let settings = layout_settings(&s)?;
    let key = layout_key(&material, &settings, &s.overrides, engine)?;
    if let Some(held) = engine.held.as_ref().filter(|h| h.key == key) {
        engine.stored_layouts += 1;
        return Ok(held.result.clone());
    }
    if let Some(result) = stored_layout(project, &key) {
        engine.stored_layouts += 1;
        engine.held = Some(Held::new(key, result.clone(), true, engine.held.take()));
        return Ok(result);
    }
    let result = engine
        .layout
        .layout(&material, &settings, &s.overrides)
        .map_err(|e| PipelineError::User(e.to_string()))?;
    engine.layouts += 1;
    let kept = !engine.keep_later;
    if kept {
        keep(project, &key, &result)?;
    }
    engine.held = Some(Held::new(key, result.clone(), kept, engine.held.take()));
    Ok(result)
}

/// The keys of `result`'s boards (`payload::board_key`, a hash of each frame's JSON): taken from the layout the
/// engine holds where a board is the same frame — after an edit, every board but the one or two it changed, whose
/// keys the layout before had made — and made anew for the others.
pub fn board_keys(engine: &mut Engine, result: &LayoutResult) -> Vec<String> {
    let mut held = engine.held.as_mut();
    let mut keys = Vec::with_capacity(result.frames.boards.len());
    for (i, board) in result.frames.boards.iter().enumerate() {
        let same = held
            .as_deref_mut()
            .filter(|h| h.result.frames.boards.get(i) == Some(board));
        keys.push(match same {
            Some(h) => h.board_keys[i]
                .get_or_insert_with(|| crate::payload::board_key(board))
                .clone(),
            None => crate::payload::board_key(board),
        });
    }
    keys
}

/// Stores the layout the engine holds in the project, if it is not stored yet (see [`Engine::keep_later`]).
pub fn flush(project: &mut Project, engine: &mut Engine) -> Result<(), PipelineError> {
    if let Some(held) = engine.held.as_mut().filter(|h| !h.kept) {
        keep(project, &held.key, &held.result)?;
        held.kept = true;
    }
    Ok(())
}

/// Forgets the layout the engine holds (after [`flush`]), before the engine serves another project.
pub fn forget(engine: &mut Engine) {
    engine.held = None;
}

/// One candidate arrangement of a board (换一种排法): the board as `Change::Arrangement { board, n }` lays it out.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct Candidate {
    #[ts(type = "number")]
    pub n: usize,
    #[ts(type = "import(\"../boards/frames\").BoardFrame")]
    pub board: BoardFrame,
}

/// How many of a board's arrangements are laid out at most to find candidates that look different.
const TRIED: usize = 10;

/// Whether two arrangements of a board look different where they are compared — side by side as thumbnails about
/// a tenth of the board's size on screen: a photo or text block appears in one only, its centre moves by more than
/// a tenth of the board's width or height, or its area changes by more than a third. (The ranking's neighbours often
/// differ by a few centimetres only, a few pixels in a thumbnail: the same picture to the eye.)
pub fn looks_different(a: &BoardFrame, b: &BoardFrame) -> bool {
    let boxes = |f: &BoardFrame| -> Vec<(String, zhanban_frames::Rect)> {
        f.items
            .iter()
            .filter_map(|i| match &i.kind {
                zhanban_frames::ItemKind::Image(img) => Some((i.id.clone(), img.rect)),
                zhanban_frames::ItemKind::Text(t) => Some((i.id.clone(), t.rect)),
                _ => None,
            })
            .collect()
    };
    let (ba, bb) = (boxes(a), boxes(b));
    let (tx, ty) = (a.width * 0.10, a.height * 0.10);
    let area = |r: &zhanban_frames::Rect| (r.w * r.h).max(1e-6);
    ba.len() != bb.len()
        || ba.iter().any(|(id, r)| match bb.iter().find(|(other, _)| other == id) {
            None => true,
            Some((_, o)) => {
                ((r.x + r.w / 2.0) - (o.x + o.w / 2.0)).abs() > tx
                    || ((r.y + r.h / 2.0) - (o.y + o.h / 2.0)).abs() > ty
                    || (area(r) / area(o)).ln().abs() > (4.0f64 / 3.0).ln()
            }
        })
}

/// The candidate arrangements of one board (换一种排法), at most `max`, in the ranking's order: the one shown now
/// and the next best that each look different from those already taken (of the first [`TRIED`]). Nothing is
/// stored. Empty when no board has that id.
pub fn arrangements(
    project: &Project,
    engine: &mut Engine,
    board: &str,
    max: usize,
) -> Result<Vec<Candidate>, PipelineError> {
    let s = settings::load(project)?;
    let settings = layout_settings(&s)?;
    let material = material(project)?;
    let current = s.overrides.arrangements.get(board).copied().unwrap_or(0);
    let mut overrides = s.overrides;
    let mut out: Vec<Candidate> = Vec::new();
    let mut count = TRIED;
    for n in std::iter::once(current).chain((0..TRIED).filter(|&n| n != current)) {
        if out.len() >= max {
            break;
        }
        if n >= count && n != current {
            continue;
        }
        overrides.arrangements.insert(board.to_string(), n);
        let result = engine
            .layout
            .layout(&material, &settings, &overrides)
            .map_err(|e| PipelineError::User(e.to_string()))?;
        let summary = result.summary.boards.iter().find(|b| b.id == board);
        let frame = result.frames.boards.into_iter().find(|b| b.id == board);
        let (Some(summary), Some(frame)) = (summary, frame) else {
            break;
        };
        count = count.min(summary.arrangements);
        if out.iter().all(|c| looks_different(&c.board, &frame)) {
            out.push(Candidate { n, board: frame });
        }
    }
    out.sort_by_key(|c| c.n);
    Ok(out)
}

/// The project's photo originals, for the PDF writer (which reads them from worker threads): read from the project
/// under its lock, verified against their hash outside it, and each verified once per export — when its board is
/// built (a damaged original stops the export with no board written) — not again for the review page.
struct ProjectPhotos<'a> {
    project: Mutex<&'a mut Project>,
    verified: Mutex<HashSet<String>>,
}

impl<'a> ProjectPhotos<'a> {
    fn new(project: &'a mut Project) -> Self {
        ProjectPhotos {
            project: Mutex::new(project),
            verified: Mutex::default(),
        }
    }
}

impl zhanban_pdf::PhotoBytes for ProjectPhotos<'_> {
    fn original(&self, hash: &str) -> std::io::Result<Vec<u8>> {
        let poisoned = || std::io::Error::other("project lock poisoned");
        let (bytes, file_name) = {
            let project = self.project.lock().map_err(|_| poisoned())?;
            project.original_unverified(hash)
        }
        .map_err(|e| std::io::Error::other(e.to_string()))?;
        if !self.verified.lock().map_err(|_| poisoned())?.contains(hash) {
            zhanban_store::verify_original(hash, &bytes, &file_name)
                .map_err(|e| std::io::Error::other(e.to_string()))?;
            self.verified.lock().map_err(|_| poisoned())?.insert(hash.to_string());
        }
        Ok(bytes)
    }
}

/// What preflight knows of the project's photos: file name, displayed pixel size and colour model, by hash.
pub fn photo_facts(project: &Project) -> Result<HashMap<String, zhanban_preflight::PhotoFacts>, PipelineError> {
    Ok(project
        .photos()?
        .into_iter()
        .map(|p| {
            let facts = zhanban_preflight::PhotoFacts {
                file_name: p.file_name,
                width: p.width,
                height: p.height,
                color_model: p.color_model,
            };
            (p.hash, facts)
        })
        .collect())
}

/// Preflight of a layout already made, with the engine's remembered font licences (font files are read once,
/// not on every re-layout).
pub fn check(project: &Project, result: &LayoutResult, engine: &mut Engine) -> Result<PreflightReport, PipelineError> {
    Ok(zhanban_preflight::check_with(
        &result.frames,
        &result.summary,
        &photo_facts(project)?,
        &mut engine.fonts,
    ))
}

/// Preflight of a layout after an edit (the boards view's payload): the same report as [`check`], but only the
/// boards whose key (`payload::board_key`, in `keys`) is not among those the engine checked last are checked again.
pub fn check_kept(
    project: &Project,
    result: &LayoutResult,
    keys: &[String],
    engine: &mut Engine,
) -> Result<PreflightReport, PipelineError> {
    Ok(zhanban_preflight::check_kept(
        &result.frames,
        keys,
        &result.summary,
        &photo_facts(project)?,
        &mut engine.fonts,
        &mut engine.kept,
    ))
}

/// Preflight on demand (the desktop app's 印前检查 and `zhanban-cli preflight`): lays out the exhibition and lists
/// every problem, errors first. Errors block export unless forced.
pub fn preflight(project: &mut Project, engine: &mut Engine) -> Result<PreflightReport, PipelineError> {
    let result = layout(project, engine)?;
    check(project, &result, engine)
}

/// Export options as the CLI and the export dialog set them.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct ExportChoice {
    /// Bleed in mm (None: the board's own, 3 mm by default).
    pub bleed: Option<f64>,
    pub crop_marks: bool,
    /// Skip the 审阅/ folder (review PDF, proof images).
    pub no_review: bool,
    /// Also write a 150 ppi JPEG of each board (trim + bleed) into 图像/.
    #[serde(default)]
    pub images: bool,
    /// "rgb" (default: tagged sRGB, converted by the shop) or "cmyk" (converted here to Coated FOGRA39, rich black).
    #[serde(default)]
    pub colour: zhanban_pdf::Colour,
    /// Export even though preflight found errors (unplaced content, low resolution, missing characters…).
    pub force: bool,
    /// Only these boards (by board id), e.g. to reprint one after a correction; `None`: all of them. Preflight
    /// errors then block only when they are on a chosen board.
    #[serde(default)]
    pub boards: Option<Vec<String>>,
}

/// Lays out and exports every board into `out_dir`; refuses (a user error listing them) when preflight finds
/// errors, unless `choice.force`.
pub fn export(
    project: &mut Project,
    engine: &mut Engine,
    out_dir: &Path,
    choice: &ExportChoice,
    progress: &(dyn Fn(&zhanban_pdf::Progress) + Sync),
    cancel: &AtomicBool,
) -> Result<zhanban_pdf::FolderReport, PipelineError> {
    export_checked(project, engine, out_dir, choice, progress, cancel).map(|(report, _)| report)
}

/// [`export`], also returning the preflight report it ran first.
pub fn export_checked(
    project: &mut Project,
    engine: &mut Engine,
    out_dir: &Path,
    choice: &ExportChoice,
    progress: &(dyn Fn(&zhanban_pdf::Progress) + Sync),
    cancel: &AtomicBool,
) -> Result<(zhanban_pdf::FolderReport, PreflightReport), PipelineError> {
    if let Some(b) = choice.bleed {
        if !(0.0..=10.0).contains(&b) {
            return Err(PipelineError::User(crate::messages::bad_bleed(b)));
        }
    }
    // What every PDF shares is prepared on another core while the boards are laid out and checked.
    zhanban_pdf::warm_up();
    let mut result = layout(project, engine)?;
    let checked = check(project, &result, engine)?;
    if let Some(give_back) = engine.one_shot {
        engine.release();
        give_back();
    }
    let chosen = |id: &str| choice.boards.as_ref().is_none_or(|ids| ids.iter().any(|c| c == id));
    let blocking = checked.findings.iter().any(|f| {
        f.severity == zhanban_preflight::Severity::Error
            && (choice.boards.is_none() || f.board.as_ref().is_some_and(|b| chosen(&b.id)))
    });
    if blocking && !choice.force {
        return Err(PipelineError::User(crate::messages::export_blocked_preflight(&checked)));
    }
    result.frames.boards.retain(|b| chosen(&b.id));
    if result.frames.boards.is_empty() {
        return Err(PipelineError::User(crate::messages::no_board_chosen()));
    }
    let mut opts = zhanban_pdf::FolderOptions {
        review: !choice.no_review,
        ..Default::default()
    };
    opts.board.bleed = choice.bleed;
    opts.board.crop_marks = choice.crop_marks;
    opts.board.colour = choice.colour;
    opts.images_ppi = choice.images.then_some(150.0);
    let title = material(project)?.title();
    if !title.is_empty() {
        opts.title = title;
    }
    let photos = ProjectPhotos::new(project);
    let report = zhanban_pdf::export_folder(&result.frames.boards, &photos, &opts, out_dir, progress, cancel)
        .map_err(export_error)?;
    Ok((report, checked))
}

/// An export failure as the user hears it: a damaged or missing photo, a folder that cannot be written — the user's
/// situation in Chinese, with the system's own text apart as the detail; anything else is our fault.
fn export_error(e: zhanban_pdf::PdfError) -> PipelineError {
    if let Some(detail) = e.detail() {
        PipelineError::Io {
            message: e.to_string(),
            detail: detail.to_string(),
        }
    } else if e.is_user_error() {
        PipelineError::User(e.to_string())
    } else {
        PipelineError::Internal(crate::messages::internal_error(&e.to_string()))
    }
}

#[cfg(test)]
mod tests {
    /// A folder the system would not write: the message is Chinese and names the user's file; the system's text is
    /// the detail the app shows under 详细信息.
    #[test]
    fn an_export_io_failure_keeps_the_system_text_as_detail() {
        let dir = tempfile::tempdir().unwrap();
        let blocked = dir.path().join("文件挡住了文件夹");
        std::fs::write(&blocked, b"x").unwrap();
        let pdf_err = zhanban_pdf::clean_leftovers(&blocked).unwrap_err();
        let e = super::export_error(pdf_err);
        assert!(e.is_user_error());
        let detail = e.detail().expect("the system's text is kept");
        assert!(!e.to_string().contains(&detail), "{e}");
        assert!(
            e.to_string().chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
            "{e}"
        );
    }

    /// Candidates compared as thumbnails: a block a few centimetres off is the same picture; a tenth of the board
    /// across, or a third larger, is another arrangement.
    #[test]
    fn arrangements_differ_only_where_a_thumbnail_shows_it() {
        use zhanban_frames::{BoardFrame, Color, ImageItem, Item, ItemKind, Rect, Source};
        let board = |photos: &[Rect]| BoardFrame {
            id: "b".into(),
            number: 1,
            name: "一".into(),
            width: 1200.0,
            height: 900.0,
            bleed: 3.0,
            safe: 20.0,
            background: Color {
                r: 255,
                g: 255,
                b: 255,
                a: 1.0,
            },
            fonts: vec![],
            items: photos
                .iter()
                .enumerate()
                .map(|(k, r)| Item {
                    id: format!("p{k}"),
                    source: Source::Photo { hash: format!("h{k}") },
                    kind: ItemKind::Image(ImageItem {
                        photo: format!("h{k}"),
                        rect: *r,
                        crop: Rect::new(0.0, 0.0, 1.0, 1.0),
                        orientation: 1,
                        pixel_width: 4000,
                        pixel_height: 3000,
                    }),
                })
                .collect(),
        };
        let a = board(&[
            Rect::new(40.0, 100.0, 500.0, 375.0),
            Rect::new(600.0, 100.0, 500.0, 375.0),
        ]);
        // Moved by 6 % of the width and 5 % of the height, resized by a tenth: the same to the eye (the old rule of
        // 4 % took it as another arrangement).
        let near = board(&[
            Rect::new(112.0, 145.0, 475.0, 356.0),
            Rect::new(600.0, 100.0, 500.0, 375.0),
        ]);
        assert!(!super::looks_different(&a, &near));
        let moved = board(&[
            Rect::new(40.0, 100.0, 500.0, 375.0),
            Rect::new(600.0, 450.0, 500.0, 375.0),
        ]);
        assert!(super::looks_different(&a, &moved), "a photo a third of the board lower");
        let larger = board(&[
            Rect::new(40.0, 100.0, 620.0, 465.0),
            Rect::new(700.0, 100.0, 400.0, 300.0),
        ]);
        assert!(super::looks_different(&a, &larger), "one photo half as large again");
        assert!(
            super::looks_different(&a, &board(&[Rect::new(40.0, 100.0, 500.0, 375.0)])),
            "a photo fewer"
        );
    }

    /// The export command's answer and progress events are typed for the UI from the PDF crate's own types (the
    /// PDF crate's tests write them too; written here so the application layer's tests alone keep the UI whole).
    #[test]
    fn the_export_report_and_progress_types_reach_the_ui() {
        use ts_rs::TS;
        let cfg = ts_rs::Config::from_env();
        zhanban_pdf::FolderReport::export_all(&cfg).unwrap();
        zhanban_pdf::Progress::export_all(&cfg).unwrap();
    }
}
