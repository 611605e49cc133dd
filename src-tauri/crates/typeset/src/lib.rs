//! Chinese typesetting for Zhanban Studio: fonts and per-style fallback, shaping (HarfRust), line breaking and
//! justification by clreq (strict), paragraph styles, fitting, and output as frames `TextRun`s.
//!
//! The crate root only wires the modules together and holds the [`Typesetter`] entry point; each module owns one
//! job (see its header). It must not know about boards, layout of photos, PDFs or Tauri.

pub mod breaker;
pub mod clreq;
pub mod command;
pub mod error;
pub mod fallback;
pub mod fit;
pub mod fonts;
pub mod layout;
pub mod prepare;
pub mod shape;
pub mod style;

use std::collections::HashMap;
use std::sync::Mutex;

pub use breaker::{BreakParams, LineSpan};
pub use command::{typeset_command, typeset_command_with as typeset_command_with_ts, TypesetCommandOptions};
pub use error::Error;
pub use fallback::{FontChain, Substitution, TextReport};
pub use fit::{Fitted, SetBlock};
pub use fonts::{Embedding, FontLibrary, FontSources};
pub use layout::FontTable;
pub use prepare::Prepared;
pub use style::{Align, ParagraphStyle, StyleSet};

/// The typesetter: a font library, the shaping cache and resolved font chains. Create one per process and share it
/// (it is `Sync`); prepared paragraphs can be re-broken at any width and size without touching it again.
pub struct Typesetter {
    fonts: FontLibrary,
    cache: shape::ShapeCache,
    chains: Mutex<HashMap<(String, u16), FontChain>>,
}

impl std::fmt::Debug for Typesetter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Typesetter")
            .field("fonts", &self.fonts)
            .field("cache", &self.cache)
            .finish()
    }
}

impl Typesetter {
    /// Finds fonts the usual way (bundled, beside the program, ZHANBAN_FONT_DIR, system fonts on Windows).
    pub fn new() -> Result<Self, Error> {
        Ok(Self::with_library(FontLibrary::discover(
            &FontLibrary::default_sources(),
        )?))
    }

    /// Uses a given font library.
    pub fn with_library(fonts: FontLibrary) -> Self {
        Typesetter {
            fonts,
            cache: shape::ShapeCache::default(),
            chains: Mutex::new(HashMap::new()),
        }
    }

    pub fn fonts(&self) -> &FontLibrary {
        &self.fonts
    }

    /// Shaping cache statistics (hits, misses).
    pub fn cache_stats(&self) -> (usize, usize) {
        self.cache.stats()
    }

    /// The fallback chain for a font name and weight (resolved once).
    pub fn chain(&self, font: &str, weight: u16) -> Result<FontChain, Error> {
        let key = (font.to_string(), weight);
        if let Some(c) = self.chains.lock().unwrap_or_else(|e| e.into_inner()).get(&key) {
            return Ok(c.clone());
        }
        let chain = FontChain::build(&self.fonts, font, weight)?;
        self.chains
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(key, chain.clone());
        Ok(chain)
    }

    /// Shapes and measures one paragraph (line breaks inside `text` are treated as spaces).
    pub fn prepare(&self, text: &str, style: &ParagraphStyle) -> Result<Prepared, Error> {
        let chain = self.chain(&style.font, style.weight)?;
        let clean: std::borrow::Cow<'_, str> = if text.contains(['\n', '\r']) {
            text.replace("\r\n", " ").replace(['\n', '\r'], " ").into()
        } else {
            text.into()
        };
        prepare::prepare(
            &clean,
            &chain,
            &self.cache,
            style.letter_spacing_em as f32,
            style.hanging_punctuation,
        )
    }
}

impl Prepared {
    /// Breaks for a width in mm at a size in points, with the style's indent.
    pub fn break_at(&self, width_mm: f64, size_pt: f64, style: &ParagraphStyle) -> Vec<LineSpan> {
        let em = size_pt * zhanban_frames::MM_PER_PT;
        self.break_lines(&BreakParams {
            width: (width_mm / em) as f32,
            indent: style.indent_em as f32,
            min_last_letters: 2,
        })
    }

    /// The text of each line, exactly as broken (no indent, no justification spaces).
    pub fn line_texts(&self, lines: &[LineSpan]) -> Vec<String> {
        lines
            .iter()
            .map(|l| self.text[self.atoms[l.start].start..self.atoms[l.end - 1].end].to_string())
            .collect()
    }
}
