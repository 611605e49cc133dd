//! Per-style font fallback: the chain of faces tried for each character (the chosen font first, then the bundled
//! sans/serif, 楷体, and HanaMin A/B for rare Extension A/B ideographs), and the report of every substitution and
//! every character no face has, for preflight.
//!
//! Owns the chain and the report types; it must not shape or break lines.

use std::sync::Arc;

use serde::Serialize;

use crate::error::{notes, Error};
use crate::fonts::{self, Embedding, FontLibrary, LoadedFace, Resolved};

/// The faces tried, in order, for one style.
#[derive(Clone)]
pub struct FontChain {
    pub faces: Vec<Arc<LoadedFace>>,
    /// How the style's font name was resolved.
    pub primary: Resolved,
}

impl std::fmt::Debug for FontChain {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.faces.iter().map(|x| &x.family)).finish()
    }
}

fn is_serif_like(family: &str) -> bool {
    let l = family.to_lowercase();
    ["serif", "song", "宋", "ming", "fang", "仿", "明"]
        .iter()
        .any(|k| l.contains(k))
}

impl FontChain {
    /// Resolves `font` at `weight` and appends the bundled faces as fallbacks.
    pub fn build(lib: &FontLibrary, font: &str, weight: u16) -> Result<Self, Error> {
        let primary = lib.resolve(font, weight)?;
        let mut ids = vec![primary.id];
        let (first, second) = if is_serif_like(&primary.family) || is_serif_like(font) {
            (fonts::SERIF, fonts::SANS)
        } else {
            (fonts::SANS, fonts::SERIF)
        };
        for fam in [first, second, fonts::KAI, fonts::HANA_A, fonts::HANA_B] {
            if let Some((id, _)) = lib.find_family(fam, weight) {
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
        }
        let faces = ids.into_iter().map(|id| lib.load(id)).collect::<Result<Vec<_>, _>>()?;
        Ok(FontChain { faces, primary })
    }

    /// The first face of the chain that has `c`.
    pub fn pick(&self, c: char) -> Option<usize> {
        self.faces.iter().position(|f| f.covers(c))
    }
}

/// A character drawn from a face other than the chosen one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Substitution {
    /// The character, as itself.
    pub ch: String,
    /// The face that was asked for.
    pub wanted: String,
    /// The face that draws it.
    pub used: String,
}

/// A face whose licence limits embedding.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct LicenceIssue {
    pub family: String,
    pub path: String,
    pub embedding: Embedding,
}

/// Everything preflight needs to know about how a text was set.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct TextReport {
    /// Characters drawn from a fallback face (each distinct character once).
    pub fallback: Vec<Substitution>,
    /// Characters no face has (each distinct character once), written as themselves.
    pub missing: Vec<String>,
    /// The requested font is not installed and another one stands in: (requested, used).
    pub font_substituted: Option<(String, String)>,
    /// Bold is simulated for this family.
    pub synthetic_bold: Option<String>,
    /// Faces whose licence restricts or forbids embedding.
    pub licence: Vec<LicenceIssue>,
}

impl TextReport {
    /// Merges another report into this one (keeping entries distinct).
    pub fn merge(&mut self, other: &TextReport) {
        for s in &other.fallback {
            if !self.fallback.contains(s) {
                self.fallback.push(s.clone());
            }
        }
        for m in &other.missing {
            if !self.missing.contains(m) {
                self.missing.push(m.clone());
            }
        }
        if self.font_substituted.is_none() {
            self.font_substituted.clone_from(&other.font_substituted);
        }
        if self.synthetic_bold.is_none() {
            self.synthetic_bold.clone_from(&other.synthetic_bold);
        }
        for l in &other.licence {
            if !self.licence.contains(l) {
                self.licence.push(l.clone());
            }
        }
    }

    /// True when nothing needs the user's attention.
    pub fn is_clean(&self) -> bool {
        self.fallback.is_empty()
            && self.missing.is_empty()
            && self.font_substituted.is_none()
            && self.synthetic_bold.is_none()
            && self.licence.is_empty()
    }

    /// The report as zh-CN sentences for preflight.
    pub fn messages(&self) -> Vec<String> {
        let mut out = Vec::new();
        if let Some((r, u)) = &self.font_substituted {
            out.push(notes::font_substituted(r, u));
        }
        if let Some(f) = &self.synthetic_bold {
            out.push(notes::synthetic_bold(f));
        }
        for l in &self.licence {
            out.push(match l.embedding {
                Embedding::Forbidden => notes::embedding_forbidden(&l.family),
                _ => notes::embedding_restricted(&l.family),
            });
        }
        for s in &self.fallback {
            out.push(notes::fallback(&s.ch, &s.wanted, &s.used));
        }
        for m in &self.missing {
            out.push(notes::missing(m));
        }
        out
    }
}
