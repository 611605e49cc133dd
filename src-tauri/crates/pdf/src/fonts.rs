//! Fonts for one board: opens font files (memory-mapped once per process by `zhanban-fontfiles`, held for the
//! export), subsets each face to the glyphs the board uses
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
/// embed the same subset, built once per export.
#[derive(Default)]
pub struct FontCache {
    files: Mutex<HashMap<String, Arc<FontFile>>>,
    subsets: Mutex<HashMap<SubsetKey, Arc<Vec<u8>>>>,
    subsets_built: std::sync::atomic::AtomicUsize,
}

/// A face (file, collection index) and the glyphs a subset keeps.
type SubsetKey = (String, u32, Vec<u16>);

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

    /// The subset of `face` keeping `used`, built by `build` the first time it is asked for.
    fn subset(
        &self,
        face: &FontFace,
        used: &BTreeSet<u16>,
        build: impl FnOnce() -> Result<Vec<u8>>,
    ) -> Result<Arc<Vec<u8>>> {
        let key = (face.path.clone(), face.index, used.iter().copied().collect::<Vec<_>>());
        if let Some(s) = self.subsets.lock().ok().and_then(|m| m.get(&key).cloned()) {
            return Ok(s);
        }
        let s = Arc::new(build()?);
        self.subsets_built.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        if let Ok(mut m) = self.subsets.lock() {
            m.insert(key, s.clone());
        }
        Ok(s)
    }
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

    /// Subsets the face to the used glyphs (once per export for a glyph set) and registers it with the document
    /// under `id`.
    pub fn embed(&mut self, doc: &mut PdfDocument, id: &FontId, cache: &FontCache) -> Result<()> {
        let mut remap = GlyphRemapper::new();
        for &g in &self.used {
            remap.remap(g);
        }
        let subset_err = |reason: String| PdfError::FontSubset {
            family: self.face.family.clone(),
            reason,
        };
        let subset = cache.subset(&self.face, &self.used, || {
            subsetter::subset(&self.data, self.face.index, &remap).map_err(|e| subset_err(e.to_string()))
        })?;
        let ps_name = {
            let f = self.parse()?;
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
        let mut parsed = ParsedFont::from_bytes(&subset, 0, &mut warnings)
            .ok_or_else(|| subset_err("printpdf 无法解析子集字体".to_string()))?;
        // printpdf writes /BaseFont and /FontName from font_name; it adds the subset tag only when it subsets
        // itself, and here we subset (so the embedded program is a real subset): the tag is ours to add.
        parsed.font_name = Some(format!("{}+{}", subset_tag(&self.used, &self.face), ps_name));
        self.subset_len = subset.len();
        doc.resources.fonts.map.insert(id.clone(), PdfFont::new(parsed));
        self.remap = remap;
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
