//! Shaping with HarfRust (the HarfBuzz project's Rust port): turns a run of text in one face into glyph ids,
//! advances and offsets in em, with kerning, and full-width forms (`fwid`) for quotes, dashes and ellipses.
//! Results are cached per (run text, face); shaping is size-independent (em units), so re-breaking and size fitting
//! never re-shape.
//!
//! Owns the shaper and its cache; it must not choose fonts or breaks.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use harfrust::{Buffer, Direction, Feature, Language, Script, ShapeOptions, ShaperFont, Tag};

use crate::clreq;
use crate::error::Error;
use crate::fonts::LoadedFace;

/// One shaped glyph: id, the byte offset (within the run) of the cluster it belongs to, and metrics in em.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ShapedGlyph {
    pub id: u16,
    pub cluster: u32,
    pub advance: f32,
    pub x_offset: f32,
}

#[derive(Hash, PartialEq, Eq)]
struct Key {
    text: String,
    face: fontdb::ID,
    western: bool,
}

/// A shaping cache shared by all paragraphs of a typesetter.
#[derive(Default)]
pub struct ShapeCache {
    map: Mutex<HashMap<Key, Arc<[ShapedGlyph]>>>,
    hits: std::sync::atomic::AtomicUsize,
    misses: std::sync::atomic::AtomicUsize,
}

impl std::fmt::Debug for ShapeCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (h, m) = self.stats();
        f.debug_struct("ShapeCache")
            .field("hits", &h)
            .field("misses", &m)
            .finish()
    }
}

impl ShapeCache {
    /// (hits, misses) so far — tests use it to prove that re-breaking does not re-shape.
    pub fn stats(&self) -> (usize, usize) {
        use std::sync::atomic::Ordering::Relaxed;
        (self.hits.load(Relaxed), self.misses.load(Relaxed))
    }

    /// Shapes `text` in `face` (as Latin script when `western`), or returns the cached result.
    pub fn shape(&self, text: &str, face: &LoadedFace, western: bool) -> Result<Arc<[ShapedGlyph]>, Error> {
        use std::sync::atomic::Ordering::Relaxed;
        let key = Key {
            text: text.to_string(),
            face: face.id,
            western,
        };
        if let Some(hit) = self.map.lock().unwrap_or_else(|e| e.into_inner()).get(&key) {
            self.hits.fetch_add(1, Relaxed);
            return Ok(hit.clone());
        }
        self.misses.fetch_add(1, Relaxed);
        let glyphs: Arc<[ShapedGlyph]> = shape_uncached(text, face, western)?.into();
        self.map
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(key, glyphs.clone());
        Ok(glyphs)
    }

    /// Forgets everything (after fonts change).
    pub fn clear(&self) {
        self.map.lock().unwrap_or_else(|e| e.into_inner()).clear();
    }
}

fn shape_uncached(text: &str, face: &LoadedFace, western: bool) -> Result<Vec<ShapedGlyph>, Error> {
    let shaper = ShaperFont::new(&face.font);
    let mut buffer = Buffer::new();
    buffer.push_str(text);
    buffer.set_direction(Direction::LeftToRight);
    // Latin and digit runs are shaped as Latin so the font's Latin kerning applies.
    buffer.set_script(Some(if western { Script::LATIN } else { Script::HAN }));
    buffer.set_language(Language::new("zh-Hans"));
    // Full-width forms for quotes, dashes and ellipses in Chinese text.
    let fwid = Tag::new(b"fwid");
    let features: Vec<Feature> = text
        .char_indices()
        .filter(|(_, c)| clreq::wants_full_width(*c))
        .map(|(i, c)| Feature::new(fwid, 1, i..i + c.len_utf8()))
        .collect();
    harfrust::shape(&shaper, &mut buffer, ShapeOptions::new().features(&features)).map_err(|e| Error::Shaping {
        family: face.family.clone(),
        detail: format!("{e:?}"),
    })?;
    let scale = 1.0 / face.upem;
    Ok(buffer
        .glyph_infos()
        .iter()
        .zip(buffer.glyph_positions())
        .map(|(info, pos)| ShapedGlyph {
            id: u16::try_from(info.glyph_id).unwrap_or(0),
            cluster: info.cluster,
            advance: pos.x_advance as f32 * scale,
            x_offset: pos.x_offset as f32 * scale,
        })
        .collect())
}
