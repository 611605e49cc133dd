//! The narrow interface layout needs from text setting ([`TextSetter`]): set a text in a style at a width and get
//! its lines (glyph runs relative to the line's top-left, and line heights). Also a memo ([`CachedSetter`]) so a
//! re-layout only re-sets what changed, and a simple monospaced setter ([`MonoSetter`]) for unit tests.
//!
//! Owns the interface and caching; it must not choose sizes or positions on a board.

use std::hash::{Hash, Hasher};
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use zhanban_frames::{Color, FontFace, Glyph, Point, TextRun, MM_PER_PT};

use crate::error::LayoutError;
use crate::memo::Memo;

/// Horizontal alignment of lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Align {
    Justify,
    Left,
    Center,
    Right,
}

/// How a piece of text is set.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TextStyle {
    pub font: String,
    pub weight: u16,
    pub size_pt: f64,
    /// Baseline distance as a multiple of the size.
    pub line_height: f64,
    /// First-line indent in em.
    pub indent_em: f64,
    pub align: Align,
    pub color: Color,
    pub letter_spacing_em: f64,
}

impl TextStyle {
    pub fn em(&self) -> f64 {
        self.size_pt * MM_PER_PT
    }
    fn key(&self, h: &mut impl Hasher) {
        self.font.hash(h);
        self.weight.hash(h);
        self.size_pt.to_bits().hash(h);
        self.line_height.to_bits().hash(h);
        self.indent_em.to_bits().hash(h);
        self.align.hash(h);
        (self.color.r, self.color.g, self.color.b).hash(h);
        self.letter_spacing_em.to_bits().hash(h);
    }
}

/// One set line: runs whose origins are relative to the line box's top-left corner, and the line's height.
#[derive(Clone, Debug, PartialEq)]
pub struct SetLine {
    pub runs: Vec<TextRun>,
    pub height: f64,
}

/// A text as set at one width: its lines and the faces its runs refer to (run.font indexes [`SetText::fonts`]).
/// The lines' count and heights are known at once; the glyph runs may be built on first use
/// ([`SetText::deferred`]): a board tries hundreds of widths and sizes and keeps the runs of a few.
#[derive(Clone, Default)]
pub struct SetText {
    /// Per line: its height and whether it has no runs.
    metrics: Vec<(f64, bool)>,
    built: std::sync::OnceLock<Built>,
    build: Option<Arc<BuildRuns>>,
}

/// The lines and faces of a set text.
type Built = (Vec<SetLine>, Vec<FontFace>);
/// Builds a deferred text's lines (their heights as promised) and faces.
pub type BuildRuns = dyn Fn() -> Built + Send + Sync;

impl SetText {
    /// A text whose lines are built already.
    pub fn new(lines: Vec<SetLine>, fonts: Vec<FontFace>) -> Self {
        SetText {
            metrics: lines.iter().map(|l| (l.height, l.runs.is_empty())).collect(),
            built: std::sync::OnceLock::from((lines, fonts)),
            build: None,
        }
    }

    /// A text whose lines (`metrics`: height, and no runs) `build` makes when they are first asked for.
    pub fn deferred(metrics: Vec<(f64, bool)>, build: Arc<BuildRuns>) -> Self {
        SetText {
            metrics,
            built: std::sync::OnceLock::new(),
            build: Some(build),
        }
    }

    fn built(&self) -> &Built {
        self.built.get_or_init(|| match &self.build {
            Some(b) => b(),
            None => Default::default(),
        })
    }

    /// The lines, runs relative to each line box's top-left corner.
    pub fn lines(&self) -> &[SetLine] {
        &self.built().0
    }

    /// Faces the runs refer to.
    pub fn fonts(&self) -> &[FontFace] {
        &self.built().1
    }

    pub fn line_count(&self) -> usize {
        self.metrics.len()
    }

    pub fn line_height(&self, i: usize) -> f64 {
        self.metrics[i].0
    }

    /// Whether line `i` has no runs.
    pub fn line_blank(&self, i: usize) -> bool {
        self.metrics[i].1
    }

    pub fn height(&self) -> f64 {
        self.metrics.iter().map(|l| l.0).sum()
    }
}

impl std::fmt::Debug for SetText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SetText")
            .field("lines", &self.lines())
            .field("fonts", &self.fonts())
            .finish()
    }
}

impl PartialEq for SetText {
    fn eq(&self, other: &Self) -> bool {
        self.lines() == other.lines() && self.fonts() == other.fonts()
    }
}

/// What layout needs from a typesetter.
pub trait TextSetter: Sync {
    /// Sets `text` (one paragraph) in `style` at `width_mm`.
    fn set(&self, text: &str, style: &TextStyle, width_mm: f64) -> Result<Arc<SetText>, LayoutError>;
    /// A layout ended: memos inside the setter may forget what it did not use (see [`crate::memo`]).
    fn retire(&self) {}
}

/// Memoises another setter by (text, style, width): after a one-word edit only the edited paragraph is set again.
/// What a layout no longer sets is forgotten (a generational [`Memo`]).
pub struct CachedSetter<S> {
    inner: S,
    memo: Memo<u64, Arc<SetText>>,
}

impl<S: TextSetter> CachedSetter<S> {
    pub fn new(inner: S) -> Self {
        CachedSetter {
            inner,
            memo: Memo::new(),
        }
    }
    pub fn inner(&self) -> &S {
        &self.inner
    }
    /// Number of memoised settings.
    pub fn len(&self) -> usize {
        self.memo.len()
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl<S: TextSetter> TextSetter for CachedSetter<S> {
    fn set(&self, text: &str, style: &TextStyle, width_mm: f64) -> Result<Arc<SetText>, LayoutError> {
        let mut h = std::hash::BuildHasher::build_hasher(&foldhash::quality::FixedState::with_seed(0));
        text.hash(&mut h);
        style.key(&mut h);
        width_mm.to_bits().hash(&mut h);
        let key = h.finish();
        if let Some(v) = self.memo.get(&key) {
            return Ok(v);
        }
        let v = self.inner.set(text, style, width_mm)?;
        self.memo.insert(key, v.clone());
        Ok(v)
    }

    fn retire(&self) {
        self.memo.retire();
        self.inner.retire();
    }
}

/// A deliberately simple setter for unit tests: every character one em wide (Latin half), greedy breaking, no
/// clreq rules. Not for production boards.
#[derive(Clone, Debug, Default)]
pub struct MonoSetter;

impl TextSetter for MonoSetter {
    fn set(&self, text: &str, style: &TextStyle, width_mm: f64) -> Result<Arc<SetText>, LayoutError> {
        let em = style.em();
        let pitch = style.line_height * em;
        let mut lines = Vec::new();
        let mut glyphs: Vec<Glyph> = Vec::new();
        let mut x = style.indent_em * em;
        let flush = |glyphs: &mut Vec<Glyph>, lines: &mut Vec<SetLine>| {
            lines.push(SetLine {
                runs: vec![TextRun {
                    font: 0,
                    size_pt: style.size_pt,
                    color: style.color,
                    origin: Point { x: 0.0, y: pitch * 0.8 },
                    glyphs: std::mem::take(glyphs),
                }],
                height: pitch,
            });
        };
        for c in text.chars() {
            let adv = if c.is_ascii() { em * 0.5 } else { em };
            if x + adv > width_mm + 1e-9 && !glyphs.is_empty() {
                flush(&mut glyphs, &mut lines);
                x = 0.0;
            }
            glyphs.push(Glyph {
                id: 1,
                x,
                advance: adv,
                text: c.to_string(),
            });
            x += adv;
        }
        if !glyphs.is_empty() {
            flush(&mut glyphs, &mut lines);
        }
        let fonts = vec![FontFace {
            family: "mono".into(),
            path: String::new(),
            index: 0,
            synthetic_bold: false,
        }];
        Ok(Arc::new(SetText::new(lines, fonts)))
    }
}
