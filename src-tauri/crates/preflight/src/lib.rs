//! zhanban-preflight: checks laid-out boards before export and lists every problem a print shop or a reader would
//! find, each with its severity (错误 blocks export, 警告, 提示), the board and item it is about, and a Chinese
//! sentence saying what to do.
//!
//! It reads the frames (what is drawn where), the layout summary (unplaced content, open caption slots, notes) and
//! a few facts about the photos (pixel size and colour model of the originals), and the fonts' files for their
//! embedding licence. It never lays out, renders or writes anything, never touches the project file and never
//! imports Tauri. Checks (issue 7, point 6):
//! - photo resolution at printed size: below 100 ppi a warning, below 72 ppi an error;
//! - characters no font has (drawn with glyph 0, .notdef): error, with the characters themselves;
//! - simulated (fake) bold: warning;
//! - text outside its box (overflow) and content the layout could not place: error;
//! - text smaller than the board's minimum for its role: error;
//! - text, or a photo that neither bleeds nor keeps the margin, inside the safe margin: warning;
//! - boards with no body text, photo or key figure: warning;
//! - half-empty boards (the layout's design critic finds an empty rectangle of 30 % of the body or more) and thin
//!   （续） boards (under 150 characters and under 3 photos): warnings;
//! - photos without a caption: hint; captions waiting for a photo (open slots): warning;
//! - the same photo placed twice: warning;
//! - font licences: embedding forbidden is an error, restricted (preview & print) a warning;
//! - colour: an RGB → CMYK note for the exhibition, and a note on each CMYK photo: hints;
//! - a write-up whose last printed paragraph stops mid-sentence (a page copied in part): warning (`cutoff`).
//!
//! After an edit in the app, [`check_kept`] checks only the boards whose frames changed (`kept`).

mod cutoff;
mod kept;
pub mod messages;
mod text;

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};
use zhanban_frames::{BoardFrame, Frames, ImageItem, ItemKind, Rect, Source, TextBlock, TextRole};
use zhanban_layout::{critic, Summary, Unplaced};
use zhanban_typeset::Embedding;

pub use kept::{check_kept, Kept};

/// How serious a finding is. Errors block export unless the user overrides.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Severity {
    Error,
    Warning,
    Hint,
}

impl Severity {
    /// 错误 / 警告 / 提示.
    pub fn label(self) -> &'static str {
        match self {
            Severity::Error => messages::ERROR,
            Severity::Warning => messages::WARNING,
            Severity::Hint => messages::HINT,
        }
    }
}

/// What kind of problem a finding is (stable names for the UI and `--json`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Kind {
    LowResolution,
    MissingCharacters,
    FakeBold,
    TextOverflow,
    Unplaced,
    TextTooSmall,
    SafeMargin,
    EmptyBoard,
    HalfEmpty,
    ThinBoard,
    ChromeText,
    MixedScript,
    CutOff,
    NoCaption,
    OpenCaptionSlot,
    DuplicatePhoto,
    FontLicence,
    FontUnreadable,
    Colour,
    LayoutNote,
}

/// The board a finding is about.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct BoardRef {
    pub id: String,
    /// 1-based position in the exhibition.
    pub number: usize,
    pub name: String,
}

/// One problem found.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Finding {
    pub kind: Kind,
    pub severity: Severity,
    /// 错误 / 警告 / 提示 (for display).
    pub severity_label: String,
    /// The board, or none for the whole exhibition (unplaced content, open slots, notes).
    pub board: Option<BoardRef>,
    /// The item's id on its board (frames), when the finding is about one item.
    pub item: Option<String>,
    /// What the user knows the item by: a photo's file name, the beginning of a text, a font family.
    pub subject: Option<String>,
    /// The photo's content hash, when the finding is about a photo.
    pub photo: Option<String>,
    /// What is wrong and what to do (zh-CN), in plain words.
    pub message: String,
    /// The technical terms behind the message, for whoever asks (the print shop's words: PDF/X-4, sRGB, FOGRA39),
    /// shown on demand under 详细说明.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<String>,
    /// For missing characters: the characters themselves, each once.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub characters: Vec<String>,
    /// For low resolution: the effective ppi at printed size.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ppi: Option<f64>,
}

/// Everything preflight found, errors first, then by board.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct PreflightReport {
    pub findings: Vec<Finding>,
    pub errors: usize,
    pub warnings: usize,
    pub hints: usize,
    /// True when there are errors: export refuses unless forced.
    pub blocks_export: bool,
}

impl PreflightReport {
    fn from_findings(mut findings: Vec<Finding>) -> Self {
        findings.sort_by_key(|f| (f.severity, f.board.as_ref().map_or(0, |b| b.number)));
        let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
        let (errors, warnings, hints) = (count(Severity::Error), count(Severity::Warning), count(Severity::Hint));
        PreflightReport {
            findings,
            errors,
            warnings,
            hints,
            blocks_export: errors > 0,
        }
    }

    /// The findings of one severity.
    pub fn of(&self, severity: Severity) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(move |f| f.severity == severity)
    }

    /// One line per finding: `[错误] 第 2 块“…”：message`.
    pub fn line(f: &Finding) -> String {
        let place = f.board.as_ref().map_or(messages::WHOLE_EXHIBITION.to_string(), |b| {
            messages::board_label(b.number, &b.name)
        });
        format!("[{}] {place}：{}", f.severity_label, f.message)
    }

    /// The human-readable report (zh-CN): one line per finding and a summary line.
    pub fn to_text(&self) -> String {
        let mut s = String::new();
        for f in &self.findings {
            s.push_str(&Self::line(f));
            s.push('\n');
        }
        s.push_str(&messages::summary(self.errors, self.warnings, self.hints));
        s.push('\n');
        s
    }
}

/// What preflight knows about a photo original (from the project).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PhotoFacts {
    pub file_name: String,
    /// Pixel size as displayed (after EXIF orientation).
    pub width: u32,
    pub height: u32,
    /// rgb, rgba, gray, cmyk, ycck …
    pub color_model: String,
}

/// A font file's embedding licence, read once per face.
pub trait FontLicences {
    /// The embedding permission of the face at `path`/`index`, or None when the file cannot be read.
    fn embedding(&mut self, path: &str, index: u32) -> Option<Embedding>;
}

/// Reads the OS/2 fsType from the font files themselves (mapped through the process-wide `zhanban-fontfiles`
/// cache: the same mapping the typesetter shaped with, never a copy).
#[derive(Default)]
pub struct FontFiles {
    seen: HashMap<(String, u32), Option<Embedding>>,
}

impl FontLicences for FontFiles {
    fn embedding(&mut self, path: &str, index: u32) -> Option<Embedding> {
        *self.seen.entry((path.to_string(), index)).or_insert_with(|| {
            let data = zhanban_fontfiles::open(path).ok()?;
            let face = ttf_parser::RawFace::parse(&data, index).ok()?;
            let os2 = face.table(ttf_parser::Tag::from_bytes(b"OS/2"));
            // No OS/2 table: no restriction stated.
            let fs_type = os2
                .and_then(|t| t.get(8..10))
                .map_or(0, |b| u16::from_be_bytes([b[0], b[1]]));
            Some(Embedding::from_fs_type(fs_type))
        })
    }
}

/// Thresholds (issue 7): below `warn_ppi` a warning, below `error_ppi` an error.
pub const WARN_PPI: f64 = 100.0;
pub const ERROR_PPI: f64 = 72.0;
/// Half a ppi of rounding: layout caps photos at exactly 100 ppi, which must not read as "below 100".
const PPI_EPS: f64 = 0.5;
/// Tolerance for geometry (mm) and sizes (pt).
const EPS_MM: f64 = 0.5;
const EPS_PT: f64 = 0.05;

/// Runs every check with the fonts read from their files.
pub fn check(frames: &Frames, summary: &Summary, photos: &HashMap<String, PhotoFacts>) -> PreflightReport {
    check_with(frames, summary, photos, &mut FontFiles::default())
}

/// Runs every check.
pub fn check_with(
    frames: &Frames,
    summary: &Summary,
    photos: &HashMap<String, PhotoFacts>,
    fonts: &mut dyn FontLicences,
) -> PreflightReport {
    let mut out = Vec::new();
    for board in &frames.boards {
        out.extend(board_findings(board, photos, fonts));
    }
    exhibition_findings(frames, summary, photos, &mut out);
    PreflightReport::from_findings(out)
}

/// The findings about one board that depend on it alone (its frame, its photos' facts, its fonts' licences).
fn board_findings(
    board: &BoardFrame,
    photos: &HashMap<String, PhotoFacts>,
    fonts: &mut dyn FontLicences,
) -> Vec<Finding> {
    let mut out = Vec::new();
    check_board(board, photos, fonts, &mut out);
    check_design(board, &mut out);
    text::check_text(board, &mut out);
    out
}

/// The checks across boards (a write-up cut off, the same photo twice) and of the layout summary and colour.
fn exhibition_findings(
    frames: &Frames,
    summary: &Summary,
    photos: &HashMap<String, PhotoFacts>,
    out: &mut Vec<Finding>,
) {
    cutoff::check_cut_off(frames, out);
    check_duplicates(frames, photos, out);
    check_summary(summary, out);
    check_colour(frames, photos, out);
}

fn board_ref(b: &BoardFrame) -> BoardRef {
    BoardRef {
        id: b.id.clone(),
        number: b.number,
        name: b.name.clone(),
    }
}

fn finding(kind: Kind, severity: Severity, board: Option<&BoardFrame>, message: String) -> Finding {
    Finding {
        kind,
        severity,
        severity_label: severity.label().to_string(),
        board: board.map(board_ref),
        item: None,
        subject: None,
        photo: None,
        message,
        details: None,
        characters: Vec::new(),
        ppi: None,
    }
}

fn excerpt(s: &str) -> String {
    const N: usize = 16;
    let s = s.trim();
    let mut out: String = s.chars().take(N).collect();
    if s.chars().count() > N {
        out.push('…');
    }
    out
}

fn block_text(t: &TextBlock) -> String {
    t.runs.iter().map(|r| r.text()).collect()
}

fn file_name(photo: &str, photos: &HashMap<String, PhotoFacts>) -> String {
    photos
        .get(photo)
        .map(|p| p.file_name.clone())
        .unwrap_or_else(|| photo.chars().take(12).collect())
}

/// Effective ppi of a placed photo, measured against the original's real pixel size when known.
pub fn effective_ppi(img: &ImageItem, facts: Option<&PhotoFacts>) -> f64 {
    let ratio = match facts {
        Some(f) if img.pixel_width > 0 && f.width > 0 => f.width as f64 / img.pixel_width as f64,
        _ => 1.0,
    };
    img.effective_ppi() * ratio
}

/// The ink extent of a text run's glyphs along the baseline: (left, right) in mm.
fn run_extent(run: &zhanban_frames::TextRun) -> Option<(f64, f64)> {
    let mut it = run
        .glyphs
        .iter()
        .filter(|g| !g.text.trim().is_empty())
        .map(|g| (run.origin.x + g.x, run.origin.x + g.x + g.advance));
    let first = it.next()?;
    Some(it.fold(first, |a, b| (a.0.min(b.0), a.1.max(b.1))))
}

fn check_board(
    board: &BoardFrame,
    photos: &HashMap<String, PhotoFacts>,
    fonts: &mut dyn FontLicences,
    out: &mut Vec<Finding>,
) {
    let safe = board.safe_area();
    let mut used_fonts: Vec<usize> = Vec::new();
    let mut missing: Vec<String> = Vec::new();
    let mut missing_item: Option<(String, String)> = None;
    let mut captions: Vec<&str> = Vec::new();
    let mut has_content = false;

    for item in &board.items {
        match &item.kind {
            ItemKind::Text(t) => {
                let text = block_text(t);
                // A title board's (展标's) content is the exhibition title it sets large.
                if (item.id == zhanban_layout::cover::TITLE_ID
                    || matches!(
                        t.role,
                        TextRole::Body | TextRole::Caption | TextRole::KeyFigure | TextRole::KeyFigureLabel
                    ))
                    && !text.trim().is_empty()
                {
                    has_content = true;
                }
                if let Source::Caption { hash } = &item.source {
                    captions.push(hash);
                }
                let mut too_small: Option<f64> = None;
                let mut overflow = false;
                let mut in_margin = false;
                for run in &t.runs {
                    if !used_fonts.contains(&run.font) {
                        used_fonts.push(run.font);
                    }
                    for g in &run.glyphs {
                        if g.id == 0 {
                            for c in g.text.chars().filter(|c| !c.is_whitespace() && !c.is_control()) {
                                let c = c.to_string();
                                if !missing.contains(&c) {
                                    missing.push(c);
                                }
                                missing_item.get_or_insert_with(|| (item.id.clone(), excerpt(&block_text(t))));
                            }
                        }
                    }
                    if t.min_size_pt > 0.0 && run.size_pt < t.min_size_pt - EPS_PT && !run.text().trim().is_empty() {
                        too_small = Some(too_small.map_or(run.size_pt, |s: f64| s.min(run.size_pt)));
                    }
                    if let Some((l, r)) = run_extent(run) {
                        let y = run.origin.y;
                        if l < t.rect.x - EPS_MM
                            || r > t.rect.right() + EPS_MM
                            || y < t.rect.y - EPS_MM
                            || y > t.rect.bottom() + EPS_MM
                        {
                            overflow = true;
                        }
                        let ink = Rect::new(l, y - run.size_pt * zhanban_frames::MM_PER_PT * 0.8, r - l, 0.0);
                        if !safe.inflate(EPS_MM).contains(&ink) {
                            in_margin = true;
                        }
                    }
                }
                let ex = excerpt(&text);
                let mut push = |kind, severity, message| {
                    let mut f = finding(kind, severity, Some(board), message);
                    f.item = Some(item.id.clone());
                    f.subject = Some(ex.clone());
                    out.push(f);
                };
                if overflow {
                    push(Kind::TextOverflow, Severity::Error, messages::overflow(&ex));
                }
                if let Some(size) = too_small {
                    push(
                        Kind::TextTooSmall,
                        Severity::Error,
                        messages::too_small(&ex, size, t.min_size_pt),
                    );
                }
                if in_margin {
                    push(
                        Kind::SafeMargin,
                        Severity::Warning,
                        messages::text_in_margin(&ex, board.safe),
                    );
                }
            }
            ItemKind::Image(img) => {
                has_content = true;
                let facts = photos.get(&img.photo);
                let name = file_name(&img.photo, photos);
                let ppi = effective_ppi(img, facts);
                let mut push = |kind, severity, message, ppi: Option<f64>| {
                    let mut f = finding(kind, severity, Some(board), message);
                    f.item = Some(item.id.clone());
                    f.subject = Some(name.clone());
                    f.photo = Some(img.photo.clone());
                    f.ppi = ppi;
                    out.push(f);
                };
                if ppi.is_finite() && ppi < ERROR_PPI - PPI_EPS {
                    push(
                        Kind::LowResolution,
                        Severity::Error,
                        messages::ppi_error(&name, ppi),
                        Some(ppi),
                    );
                } else if ppi.is_finite() && ppi < WARN_PPI - PPI_EPS {
                    push(
                        Kind::LowResolution,
                        Severity::Warning,
                        messages::ppi_warning(&name, ppi),
                        Some(ppi),
                    );
                }
                if photo_edge_in_margin(&img.rect, board) {
                    push(
                        Kind::SafeMargin,
                        Severity::Warning,
                        messages::photo_in_margin(&name, board.safe),
                        None,
                    );
                }
            }
            ItemKind::Rect(_) | ItemKind::Path(_) => {}
        }
    }

    // Photos without a caption on the same board.
    for item in &board.items {
        if let ItemKind::Image(img) = &item.kind {
            if !captions.contains(&img.photo.as_str()) {
                let name = file_name(&img.photo, photos);
                let mut f = finding(
                    Kind::NoCaption,
                    Severity::Hint,
                    Some(board),
                    messages::no_caption(&name),
                );
                f.item = Some(item.id.clone());
                f.subject = Some(name);
                f.photo = Some(img.photo.clone());
                out.push(f);
            }
        }
    }

    if !missing.is_empty() {
        let mut f = finding(
            Kind::MissingCharacters,
            Severity::Error,
            Some(board),
            messages::missing_chars(&missing.join(" ")),
        );
        if let Some((item, subject)) = missing_item {
            f.item = Some(item);
            f.subject = Some(subject);
        }
        f.characters = missing;
        out.push(f);
    }

    used_fonts.sort_unstable();
    let mut fake_bold_done: Vec<&str> = Vec::new();
    let mut licence_done: Vec<(&str, u32)> = Vec::new();
    for i in used_fonts {
        let Some(face) = board.fonts.get(i) else { continue };
        if face.synthetic_bold && !fake_bold_done.contains(&face.family.as_str()) {
            fake_bold_done.push(&face.family);
            let mut f = finding(
                Kind::FakeBold,
                Severity::Warning,
                Some(board),
                messages::fake_bold(&face.family),
            );
            f.subject = Some(face.family.clone());
            out.push(f);
        }
        if licence_done.contains(&(face.path.as_str(), face.index)) {
            continue;
        }
        licence_done.push((&face.path, face.index));
        let (kind, severity, message) = match fonts.embedding(&face.path, face.index) {
            None => (
                Kind::FontUnreadable,
                Severity::Error,
                messages::font_unreadable(&face.family, &face.path),
            ),
            Some(Embedding::Forbidden) => (
                Kind::FontLicence,
                Severity::Error,
                messages::licence_forbidden(&face.family),
            ),
            Some(Embedding::Restricted) => (
                Kind::FontLicence,
                Severity::Warning,
                messages::licence_restricted(&face.family),
            ),
            Some(_) => continue,
        };
        let mut f = finding(kind, severity, Some(board), message);
        f.subject = Some(face.family.clone());
        out.push(f);
    }

    if !has_content {
        out.push(finding(
            Kind::EmptyBoard,
            Severity::Warning,
            Some(board),
            messages::empty_board(),
        ));
    }
}

/// The design critic's verdict: a half-empty board (a large empty rectangle in its body) or a thin （续） board.
/// Boards with no content at all are left to the empty-board check.
fn check_design(board: &BoardFrame, out: &mut Vec<Finding>) {
    let c = critic::critique(board);
    if c.characters == 0 && c.photos == 0 && c.figure_tiles == 0 {
        return;
    }
    if c.hole_share >= critic::HALF_EMPTY {
        out.push(finding(
            Kind::HalfEmpty,
            Severity::Warning,
            Some(board),
            messages::half_empty(100.0 * c.hole_share),
        ));
    }
    if c.thin {
        out.push(finding(
            Kind::ThinBoard,
            Severity::Warning,
            Some(board),
            messages::thin_board(c.characters, c.photos),
        ));
    }
}

/// True when one of the photo's edges lies inside the safe margin band without reaching the trim: a photo may bleed
/// (edge at or beyond the trim) or keep the margin, but an edge a few millimetres from the cut shows every cutting
/// error.
fn photo_edge_in_margin(r: &Rect, board: &BoardFrame) -> bool {
    if board.safe <= EPS_MM {
        return false;
    }
    let in_band = |dist_from_trim: f64| dist_from_trim > EPS_MM && dist_from_trim < board.safe - EPS_MM;
    in_band(r.x) || in_band(r.y) || in_band(board.width - r.right()) || in_band(board.height - r.bottom())
}

fn check_duplicates(frames: &Frames, photos: &HashMap<String, PhotoFacts>, out: &mut Vec<Finding>) {
    let mut uses: BTreeMap<&str, Vec<(&BoardFrame, &str)>> = BTreeMap::new();
    for b in &frames.boards {
        for item in &b.items {
            if let ItemKind::Image(img) = &item.kind {
                uses.entry(&img.photo).or_default().push((b, &item.id));
            }
        }
    }
    for (hash, places) in uses {
        if places.len() < 2 {
            continue;
        }
        let name = file_name(hash, photos);
        let (b, id) = places[1];
        let mut f = finding(
            Kind::DuplicatePhoto,
            Severity::Warning,
            Some(b),
            messages::duplicate_photo(&name, places.len()),
        );
        f.item = Some(id.to_string());
        f.subject = Some(name);
        f.photo = Some(hash.to_string());
        out.push(f);
    }
}

fn check_summary(summary: &Summary, out: &mut Vec<Finding>) {
    for u in &summary.unplaced {
        let (message, subject, photo) = match u {
            Unplaced::Text { text, reason, .. } => {
                (messages::unplaced_text(&excerpt(text), reason), excerpt(text), None)
            }
            Unplaced::Photo {
                file_name,
                hash,
                reason,
                ..
            } => (
                messages::unplaced_photo(file_name, reason),
                file_name.clone(),
                Some(hash.clone()),
            ),
            Unplaced::Figures { count, reason, .. } => {
                (messages::unplaced_figures(*count, reason), String::new(), None)
            }
        };
        let mut f = finding(Kind::Unplaced, Severity::Error, None, message);
        f.subject = Some(subject).filter(|s| !s.is_empty());
        f.photo = photo;
        out.push(f);
    }
    for slot in &summary.open_slots {
        let mut f = finding(
            Kind::OpenCaptionSlot,
            Severity::Warning,
            None,
            messages::open_slot(&excerpt(&slot.text), &slot.reason),
        );
        f.subject = Some(excerpt(&slot.text));
        out.push(f);
    }
    for note in &summary.notes {
        out.push(finding(
            Kind::LayoutNote,
            Severity::Hint,
            None,
            messages::layout_note(note),
        ));
    }
}

fn check_colour(frames: &Frames, photos: &HashMap<String, PhotoFacts>, out: &mut Vec<Finding>) {
    if frames.boards.is_empty() {
        return;
    }
    out.push(Finding {
        details: Some(messages::rgb_note_details()),
        ..finding(Kind::Colour, Severity::Hint, None, messages::rgb_note())
    });
    let mut seen: Vec<&str> = Vec::new();
    for b in &frames.boards {
        for item in &b.items {
            let ItemKind::Image(img) = &item.kind else { continue };
            let Some(facts) = photos.get(&img.photo) else { continue };
            let cmyk = matches!(facts.color_model.to_ascii_lowercase().as_str(), "cmyk" | "ycck");
            if cmyk && !seen.contains(&img.photo.as_str()) {
                seen.push(&img.photo);
                let mut f = finding(
                    Kind::Colour,
                    Severity::Hint,
                    Some(b),
                    messages::cmyk_photo(&facts.file_name),
                );
                f.item = Some(item.id.clone());
                f.subject = Some(facts.file_name.clone());
                f.photo = Some(img.photo.clone());
                out.push(f);
            }
        }
    }
}

#[cfg(test)]
mod tests;
