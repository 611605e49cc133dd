//! Fonts for one board: opens font files (memory-mapped once per process by `zhanban-fontfiles`, held for the
//! export), subsets each face to the glyphs the board uses — or, in a folder export, to the glyphs the whole export
//! uses, so that each face is subset (and parsed, and compressed) once for all boards —
//! (with `subsetter`: CID-keyed CFF OpenType collections such as Noto CJK .ttc by face index, and TrueType), and
//! hands the subset to printpdf as a ParsedFont. Owns glyph-id renumbering and advances; must not place text.

use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, Mutex};

use printpdf::{FontId, ParsedFont, PdfDocument, PdfFont};
use subsetter::GlyphRemapper;
use zhanban_fontfiles::FontFile;
use zhanban_frames::FontFace;

use crate::error::{PdfError, Result};

/// The font files of an export, held from the first board to the last (they are large: 10–20 MB for a CJK
/// collection, mapped, not read, and shared with the typesetter and the proof renderer).
/// Subsets are kept by face and glyph set: a board's print PDF and its review page (and a board exported again)
/// embed the same subset, built once per export. A folder export first [`plans`](FontCache::plan) the glyphs of all
/// its boards: each board then embeds its face's subset of the whole export, built once per face (subsetting a CJK
/// face board by board was a quarter of the export's time, issue 20), with the same bytes in every board, so that
/// their compression is shared too (`board::compress_shared`). A board's `/W` widths and ToUnicode still list only
/// the glyphs it draws.
#[derive(Default)]
pub struct FontCache {
    files: Mutex<HashMap<String, Arc<FontFile>>>,
    subsets: Mutex<HashMap<SubsetKey, Arc<Subset>>>,
    subsets_built: std::sync::atomic::AtomicUsize,
    /// The glyphs each face (file, collection index) draws in the whole export, once planned.
    planned: Mutex<HashMap<(String, u32), Planned>>,
}

/// A face and the glyphs it draws in the whole export.
type Planned = (FontFace, BTreeSet<u16>);

/// A face (file, collection index) and the glyphs a subset keeps.
type SubsetKey = (String, u32, Vec<u16>);

/// A subset as embedded: its bytes, and printpdf's parse of them (named with the subset tag).
struct Subset {
    bytes: Vec<u8>,
    parsed: ParsedFont,
}

impl FontCache {
    pub fn new() -> Self {
        Self::default()
    }

    /// The bytes of a font file.
    pub fn bytes(&self, path: &str) -> Result<Arc<FontFile>> {
        if let Ok(files) = self.files.lock() {
            if let Some(b) = files.get(path) {
                return Ok(b.clone());
            }
        }
        let data = zhanban_fontfiles::open(path).map_err(|e| PdfError::FontUnreadable {
            path: path.to_string(),
            reason: e.to_string(),
        })?;
        if let Ok(mut files) = self.files.lock() {
            files.insert(path.to_string(), data.clone());
        }
        Ok(data)
    }

    /// How many subsets this cache has built (each face and glyph set once).
    pub fn subsets_built(&self) -> usize {
        self.subsets_built.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Plans an export of `frames` with `opts`: every glyph each face draws on any of the boards (their slug lines
    /// included), so that every board exported through this cache embeds its face's subset of the whole export,
    /// built once per face. A board drawing glyphs not planned gets its own subset.
    pub fn plan(&self, frames: &[zhanban_frames::BoardFrame], opts: &crate::board::ExportOptions) -> Result<()> {
        crate::board::plan_fonts(frames, opts, self)
    }

    /// Adds glyphs a face draws somewhere in the export (see [`FontCache::plan`]).
    pub(crate) fn plan_glyphs(&self, face: &FontFace, glyphs: &BTreeSet<u16>) {
        if let Ok(mut planned) = self.planned.lock() {
            planned
                .entry((face.path.clone(), face.index))
                .or_insert_with(|| (face.clone(), BTreeSet::new()))
                .1
                .extend(glyphs.iter().copied());
        }
    }

    /// Builds the subset of every planned face, the faces in parallel (on the caller's rayon pool), before the
    /// boards ask for them: two boards starting at once would otherwise both build the same one.
    pub fn build_planned(&self) -> Result<()> {
        use rayon::prelude::*;
        let planned: Vec<Planned> = match self.planned.lock() {
            Ok(p) => p.values().cloned().collect(),
            Err(_) => return Ok(()),
        };
        planned
            .par_iter()
            .try_for_each(|(face, keep)| self.subset(face, keep).map(|_| ()))
    }

    /// The glyphs a board's subset of `face` keeps: those of the whole export when they were planned and include the
    /// board's (`used`), else the board's own.
    fn keep(&self, face: &FontFace, used: &BTreeSet<u16>) -> BTreeSet<u16> {
        let planned = self.planned.lock().ok();
        match planned.as_ref().and_then(|p| p.get(&(face.path.clone(), face.index))) {
            Some((_, all)) if used.is_subset(all) => all.clone(),
            _ => used.clone(),
        }
    }

    /// The subset of `face` keeping the glyphs `keep` (renumbered in their order), built the first time it is asked
    /// for.
    fn subset(&self, face: &FontFace, keep: &BTreeSet<u16>) -> Result<Arc<Subset>> {
        let key = (face.path.clone(), face.index, keep.iter().copied().collect::<Vec<_>>());
        if let Some(s) = self.subsets.lock().ok().and_then(|m| m.get(&key).cloned()) {
            return Ok(s);
        }
        let s = Arc::new(self.make_subset(face, keep)?);
        self.subsets_built.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        if let Ok(mut m) = self.subsets.lock() {
            m.insert(key, s.clone());
        }
        Ok(s)
    }

    fn make_subset(&self, face: &FontFace, keep: &BTreeSet<u16>) -> Result<Subset> {
        let data = self.bytes(&face.path)?;
        let subset_err = |reason: String| PdfError::FontSubset {
            family: face.family.clone(),
            reason,
        };
        let bytes = subsetter::subset(&data, face.index, &remapper(keep)).map_err(|e| subset_err(e.to_string()))?;
        let ps_name = {
            let f = ttf_parser::Face::parse(&data, face.index).map_err(|e| unreadable(face, &e.to_string()))?;
            f.names()
                .into_iter()
                .filter(|n| n.name_id == ttf_parser::name_id::POST_SCRIPT_NAME)
                .find_map(|n| n.to_string())
                .unwrap_or_else(|| "Font".to_string())
        };
        let ps_name: String = ps_name
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        let mut warnings = Vec::new();
        let mut parsed = ParsedFont::from_bytes(&bytes, 0, &mut warnings)
            .ok_or_else(|| subset_err("printpdf 无法解析子集字体".to_string()))?;
        // printpdf writes /BaseFont and /FontName from font_name; it adds the subset tag only when it subsets
        // itself, and here we subset (so the embedded program is a real subset): the tag is ours to add.
        parsed.font_name = Some(format!("{}+{}", subset_tag(keep, face), ps_name));
        Ok(Subset { bytes, parsed })
    }
}

/// The renumbering a subset keeping `keep` makes: the glyphs in their order (`.notdef` first).
fn remapper(keep: &BTreeSet<u16>) -> GlyphRemapper {
    let mut remap = GlyphRemapper::new();
    for &g in keep {
        remap.remap(g);
    }
    remap
}

/// One face as loaded for a board, before and after subsetting.
pub(crate) struct BoardFont {
    pub face: FontFace,
    data: Arc<FontFile>,
    pub units_per_em: f64,
    used: BTreeSet<u16>,
    remap: GlyphRemapper,
    /// Bytes of the embedded subset (for the "font bytes per board" figure).
    pub subset_len: usize,
}

fn unreadable(face: &FontFace, reason: &str) -> PdfError {
    PdfError::FontUnreadable {
        path: face.path.clone(),
        reason: reason.to_string(),
    }
}

impl BoardFont {
    pub fn load(face: &FontFace, cache: &FontCache) -> Result<Self> {
        let data = cache.bytes(&face.path)?;
        let f = ttf_parser::Face::parse(&data, face.index).map_err(|e| unreadable(face, &e.to_string()))?;
        Ok(BoardFont {
            face: face.clone(),
            units_per_em: f.units_per_em() as f64,
            data,
            used: BTreeSet::new(),
            remap: GlyphRemapper::new(),
            subset_len: 0,
        })
    }

    fn parse(&self) -> Result<ttf_parser::Face<'_>> {
        ttf_parser::Face::parse(&self.data, self.face.index).map_err(|e| unreadable(&self.face, &e.to_string()))
    }

    /// The glyphs the board draws with this face.
    pub fn used(&self) -> &BTreeSet<u16> {
        &self.used
    }

    /// Records that the board draws this glyph.
    pub fn use_glyph(&mut self, gid: u16) {
        self.used.insert(gid);
    }

    /// Glyph ids and advances (in em) for plain text (the slug line), through the font's cmap. Characters the font
    /// lacks are skipped.
    pub fn shape_simple(&mut self, text: &str) -> Result<Vec<(u16, f64, char)>> {
        let upm = self.units_per_em;
        let out: Vec<(u16, f64, char)> = {
            let f = self.parse()?;
            text.chars()
                .filter_map(|c| {
                    let g = f.glyph_index(c)?;
                    Some((g.0, f.glyph_hor_advance(g).unwrap_or(0) as f64 / upm, c))
                })
                .collect()
        };
        for (g, _, _) in &out {
            self.used.insert(*g);
        }
        Ok(out)
    }

    /// Subsets the face to the used glyphs — or to the export's, when planned (once per export for a glyph set) —
    /// and registers it with the document under `id`.
    pub fn embed(&mut self, doc: &mut PdfDocument, id: &FontId, cache: &FontCache) -> Result<()> {
        let keep = cache.keep(&self.face, &self.used);
        let subset = cache.subset(&self.face, &keep)?;
        self.subset_len = subset.bytes.len();
        doc.resources
            .fonts
            .map
            .insert(id.clone(), PdfFont::new(subset.parsed.clone()));
        self.remap = remapper(&keep);
        Ok(())
    }

    /// The glyph id in the embedded subset (after `embed`).
    pub fn new_gid(&self, gid: u16) -> u16 {
        self.remap.get(gid).unwrap_or(0)
    }
}

/// Six capital letters derived from the glyph set, as ISO 32000 asks for subset fonts.
fn subset_tag(used: &BTreeSet<u16>, face: &FontFace) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |b: u8| {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    };
    face.path.bytes().for_each(&mut eat);
    face.index.to_le_bytes().into_iter().for_each(&mut eat);
    for g in used {
        g.to_le_bytes().into_iter().for_each(&mut eat);
    }
    (0..6).map(|i| (b'A' + ((h >> (i * 5)) % 26) as u8) as char).collect()
}
