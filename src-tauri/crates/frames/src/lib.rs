//! Frames: the one contract between layout and every renderer.
//!
//! Layout produces, for every board, a plain serialisable description of what is drawn where: each line of text
//! already broken and positioned glyph by glyph, each photo with its crop and orientation, each shape with its
//! colours. The PDF writer, the on-screen preview and the proof-image renderer read frames and never re-flow text or
//! re-arrange anything themselves; that is how the preview equals the PDF.
//!
//! Coordinates are millimetres in the board's trim space: the origin is the top-left corner of the trim (the finished
//! board), x grows to the right and y grows downwards. Content that bleeds has negative coordinates or coordinates
//! beyond the trim size, up to the bleed. Font sizes are in points (1 pt = 25.4/72 mm).
//!
//! This crate owns only data types and small geometric helpers; it must not depend on any other Zhanban crate.

use serde::{Deserialize, Serialize};

/// Millimetres per PostScript point.
pub const MM_PER_PT: f64 = 25.4 / 72.0;

/// A point in millimetres (trim space: origin top-left, y down).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

/// An axis-aligned rectangle in millimetres (trim space).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl Rect {
    pub fn new(x: f64, y: f64, w: f64, h: f64) -> Self {
        Rect { x, y, w, h }
    }
    pub fn right(&self) -> f64 {
        self.x + self.w
    }
    pub fn bottom(&self) -> f64 {
        self.y + self.h
    }
    pub fn area(&self) -> f64 {
        self.w.max(0.0) * self.h.max(0.0)
    }
    /// True when the two rectangles share some area (touching edges do not count).
    pub fn overlaps(&self, other: &Rect) -> bool {
        const EPS: f64 = 1e-6;
        self.x < other.right() - EPS
            && other.x < self.right() - EPS
            && self.y < other.bottom() - EPS
            && other.y < self.bottom() - EPS
    }
    /// True when `other` lies wholly inside `self` (within a micrometre).
    pub fn contains(&self, other: &Rect) -> bool {
        const EPS: f64 = 1e-3;
        other.x >= self.x - EPS
            && other.y >= self.y - EPS
            && other.right() <= self.right() + EPS
            && other.bottom() <= self.bottom() + EPS
    }
    /// The rectangle grown by `d` on every side (shrunk when `d` is negative).
    pub fn inflate(&self, d: f64) -> Rect {
        Rect::new(self.x - d, self.y - d, self.w + 2.0 * d, self.h + 2.0 * d)
    }
}

/// An sRGB colour with 8 bits per channel, and optional opacity (1.0 = opaque).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Color {
    pub r: u8,
    pub g: u8,
    pub b: u8,
    #[serde(default = "opaque", skip_serializing_if = "is_opaque")]
    pub a: f32,
}

fn opaque() -> f32 {
    1.0
}
fn is_opaque(a: &f32) -> bool {
    *a >= 1.0
}

impl Color {
    pub const BLACK: Color = Color::rgb(0, 0, 0);
    pub const WHITE: Color = Color::rgb(255, 255, 255);
    pub const fn rgb(r: u8, g: u8, b: u8) -> Self {
        Color { r, g, b, a: 1.0 }
    }
    /// Parses `#rrggbb`.
    pub fn from_hex(s: &str) -> Option<Self> {
        let s = s.strip_prefix('#')?;
        if s.len() != 6 || !s.is_ascii() {
            return None;
        }
        let c = |i: usize| u8::from_str_radix(&s[i..i + 2], 16).ok();
        Some(Color::rgb(c(0)?, c(2)?, c(4)?))
    }
    pub fn to_hex(&self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }
}

/// A font face used by a board's text, listed once per board and referred to by index from text runs.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct FontFace {
    /// The family name as the user sees it (e.g. "Noto Sans CJK SC", "LXGW WenKai").
    pub family: String,
    /// Where the font's bytes are: a file path on this machine.
    pub path: String,
    /// The face index inside a font collection (.ttc/.otc); 0 for single fonts.
    pub index: u32,
    /// True when bold is simulated (stroked outlines) because the family has no bold face.
    #[serde(default)]
    pub synthetic_bold: bool,
}

/// One glyph of a text run: the font's glyph id, its pen position along the baseline, and the text it stands for.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Glyph {
    /// Glyph id in the run's font.
    pub id: u16,
    /// Offset of the glyph's origin from the run's origin along the baseline, in millimetres.
    pub x: f64,
    /// Horizontal advance the glyph was given, in millimetres (after compression or justification).
    pub advance: f64,
    /// The characters this glyph draws (one or more; empty for the second glyph of a multi-glyph cluster).
    pub text: String,
}

/// A run of glyphs in one font, size and colour on one baseline: a line, or part of a line where the font changes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct TextRun {
    /// Index into [`BoardFrame::fonts`].
    pub font: usize,
    /// Font size in points.
    pub size_pt: f64,
    pub color: Color,
    /// The run's origin on the baseline, in millimetres (trim space).
    pub origin: Point,
    pub glyphs: Vec<Glyph>,
}

impl TextRun {
    /// The text the run draws, in order.
    pub fn text(&self) -> String {
        self.glyphs.iter().map(|g| g.text.as_str()).collect()
    }
}

/// A block of text as laid out: its box, its role, and its lines as glyph runs (already broken and justified).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct TextBlock {
    /// The box the text was set into (mm); every run's glyphs stay inside it.
    pub rect: Rect,
    pub role: TextRole,
    /// The smallest size the board allows for this role, in points (for preflight).
    pub min_size_pt: f64,
    pub runs: Vec<TextRun>,
}

/// What a piece of text is, for sizing rules, preflight and the editor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum TextRole {
    ExhibitionTitle,
    BoardTitle,
    Organiser,
    Heading1,
    Heading2,
    Body,
    Caption,
    KeyFigure,
    KeyFigureLabel,
    Footer,
}

/// A photo placed on a board.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct ImageItem {
    /// The photo's content hash in the project (the key of its original bytes).
    pub photo: String,
    /// Where the visible part of the photo goes on the board (mm); the photo is clipped to it.
    pub rect: Rect,
    /// The part of the photo shown, in pixels of the photo as displayed (after EXIF orientation).
    pub crop: Rect,
    /// EXIF orientation (1–8) of the original bytes; renderers rotate/flip by it so the photo appears upright.
    pub orientation: u8,
    /// Pixel size of the photo as displayed (after orientation).
    pub pixel_width: u32,
    pub pixel_height: u32,
}

impl ImageItem {
    /// Effective resolution in pixels per inch at printed size (the lower of the two axes).
    pub fn effective_ppi(&self) -> f64 {
        let px = self.crop.w / (self.rect.w / 25.4);
        let py = self.crop.h / (self.rect.h / 25.4);
        px.min(py)
    }
}

/// A stroke: colour and width in millimetres.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Stroke {
    pub color: Color,
    pub width: f64,
}

/// A filled and/or stroked rectangle, optionally with rounded corners.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct RectItem {
    pub rect: Rect,
    pub fill: Option<Color>,
    pub stroke: Option<Stroke>,
    #[serde(default)]
    pub radius: f64,
}

/// One segment of a vector path (mm, trim space).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(tag = "op", rename_all = "snake_case")]
#[ts(export)]
pub enum PathOp {
    MoveTo {
        x: f64,
        y: f64,
    },
    LineTo {
        x: f64,
        y: f64,
    },
    CubicTo {
        x1: f64,
        y1: f64,
        x2: f64,
        y2: f64,
        x: f64,
        y: f64,
    },
    Close,
}

/// A vector shape (ornaments, rules).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct PathItem {
    pub ops: Vec<PathOp>,
    pub fill: Option<Color>,
    pub stroke: Option<Stroke>,
}

/// What an item was made from, so the editor and preflight can point back at the user's material.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export)]
pub enum Source {
    /// Decoration from the theme.
    Theme,
    /// A block of a write-up: the write-up's id and the block's index.
    Block {
        #[ts(type = "number")]
        writeup: i64,
        block: usize,
    },
    /// A photo, by content hash.
    Photo { hash: String },
    /// A photo's caption, by the photo's content hash.
    Caption { hash: String },
    /// Exhibition details (title, organiser, preface, closing).
    Exhibition { field: String },
}

/// Everything drawn on a board, in painting order (first is bottom-most).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(tag = "type", rename_all = "snake_case")]
#[ts(export)]
pub enum ItemKind {
    Rect(RectItem),
    Path(PathItem),
    Image(ImageItem),
    Text(TextBlock),
}

/// One drawn item with a stable id (unique on its board) and where it came from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Item {
    pub id: String,
    pub source: Source,
    #[serde(flatten)]
    pub kind: ItemKind,
}

/// A board, ready to render: its size, margins, fonts and items.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct BoardFrame {
    /// Stable board id from the project.
    pub id: String,
    /// 1-based position in the exhibition.
    pub number: usize,
    /// The board's name as the user sees it (e.g. 前言, 一、坚决把牢政治方向（续）).
    pub name: String,
    /// Finished (trim) width and height in mm.
    pub width: f64,
    pub height: f64,
    /// Bleed on every side in mm.
    pub bleed: f64,
    /// Safe margin inside the trim in mm, where text must stay.
    pub safe: f64,
    /// Background colour covering trim + bleed.
    pub background: Color,
    pub fonts: Vec<FontFace>,
    pub items: Vec<Item>,
}

impl BoardFrame {
    /// The finished board in trim space.
    pub fn trim(&self) -> Rect {
        Rect::new(0.0, 0.0, self.width, self.height)
    }
    /// The area inside the safe margin.
    pub fn safe_area(&self) -> Rect {
        self.trim().inflate(-self.safe)
    }
    /// The trim plus bleed.
    pub fn bleed_box(&self) -> Rect {
        self.trim().inflate(self.bleed)
    }
}

/// The frames of a whole exhibition, in board order.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Frames {
    pub boards: Vec<BoardFrame>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rect_geometry() {
        let a = Rect::new(0.0, 0.0, 10.0, 10.0);
        let b = Rect::new(10.0, 0.0, 5.0, 5.0);
        assert!(!a.overlaps(&b), "touching edges do not overlap");
        assert!(a.overlaps(&Rect::new(9.0, 9.0, 5.0, 5.0)));
        assert!(a.contains(&Rect::new(1.0, 1.0, 9.0, 9.0)));
        assert!(!a.contains(&Rect::new(1.0, 1.0, 9.5, 9.5)));
        assert_eq!(a.inflate(-2.0), Rect::new(2.0, 2.0, 6.0, 6.0));
    }

    #[test]
    fn colour_hex_round_trip() {
        let c = Color::from_hex("#c8102e").unwrap();
        assert_eq!(c, Color::rgb(0xc8, 0x10, 0x2e));
        assert_eq!(c.to_hex(), "#c8102e");
        assert!(Color::from_hex("c8102e").is_none());
        assert!(Color::from_hex("#c8102").is_none());
        assert!(Color::from_hex("#红色红").is_none());
    }

    #[test]
    fn effective_ppi_uses_the_weaker_axis() {
        let img = ImageItem {
            photo: "h".into(),
            rect: Rect::new(0.0, 0.0, 254.0, 127.0),
            crop: Rect::new(0.0, 0.0, 1500.0, 1000.0),
            orientation: 1,
            pixel_width: 1500,
            pixel_height: 1000,
        };
        assert!((img.effective_ppi() - 150.0).abs() < 1e-9);
    }

    #[test]
    fn frames_round_trip_through_json() {
        let board = BoardFrame {
            id: "b1".into(),
            number: 1,
            name: "前言".into(),
            width: 1200.0,
            height: 900.0,
            bleed: 3.0,
            safe: 20.0,
            background: Color::WHITE,
            fonts: vec![FontFace {
                family: "Noto Sans CJK SC".into(),
                path: "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc".into(),
                index: 2,
                synthetic_bold: false,
            }],
            items: vec![Item {
                id: "t1".into(),
                source: Source::Exhibition { field: "title".into() },
                kind: ItemKind::Text(TextBlock {
                    rect: Rect::new(20.0, 20.0, 500.0, 40.0),
                    role: TextRole::BoardTitle,
                    min_size_pt: 72.0,
                    runs: vec![TextRun {
                        font: 0,
                        size_pt: 72.0,
                        color: Color::BLACK,
                        origin: Point { x: 20.0, y: 45.0 },
                        glyphs: vec![Glyph {
                            id: 1,
                            x: 0.0,
                            advance: 25.4,
                            text: "前".into(),
                        }],
                    }],
                }),
            }],
        };
        let frames = Frames { boards: vec![board] };
        let json = serde_json::to_string(&frames).unwrap();
        assert!(json.contains("\"type\":\"text\""));
        let back: Frames = serde_json::from_str(&json).unwrap();
        assert_eq!(back, frames);
        assert_eq!(back.boards[0].safe_area(), Rect::new(20.0, 20.0, 1160.0, 860.0));
    }
}
