//! Paragraph styles: font, size, weight, line height, spacing, indent, alignment, colour, letter spacing, hanging
//! punctuation; and the two preset hierarchies (公文 and board).
//!
//! Owns plain style data and presets; it must not load fonts or set text.

use serde::{Deserialize, Serialize};
use zhanban_frames::Color;

/// Horizontal alignment of lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Align {
    /// Justified; the last line of a paragraph left-aligned (the default for Chinese body text).
    Justify,
    Left,
    Center,
    Right,
}

/// How a paragraph is set.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ParagraphStyle {
    /// Font name as the user picks it: 黑体, 宋体, 仿宋, 楷体, 微软雅黑, 方正小标宋简体, 思源黑体, or a family name.
    pub font: String,
    /// Size in points.
    pub size_pt: f64,
    /// Weight: 400 regular, 700 bold, 900 heavy. Bold is simulated (and reported) when the family has none.
    pub weight: u16,
    /// Distance between baselines as a multiple of the size.
    pub line_height: f64,
    /// First-line indent in em (2 for Chinese body text).
    pub indent_em: f64,
    /// Space before and after the paragraph, in em of this style's size.
    pub space_before_em: f64,
    pub space_after_em: f64,
    pub align: Align,
    pub color: Color,
    /// Extra space after every character, in em (titles).
    pub letter_spacing_em: f64,
    /// Let 。，、 hang past the right edge at line end (off by default).
    pub hanging_punctuation: bool,
}

impl Default for ParagraphStyle {
    fn default() -> Self {
        ParagraphStyle {
            font: "思源黑体".into(),
            size_pt: 28.0,
            weight: 400,
            line_height: 1.6,
            indent_em: 2.0,
            space_before_em: 0.0,
            space_after_em: 0.5,
            align: Align::Justify,
            color: Color::BLACK,
            letter_spacing_em: 0.0,
            hanging_punctuation: false,
        }
    }
}

impl ParagraphStyle {
    /// Body text: justified, first line indented two characters.
    pub fn body(font: &str, size_pt: f64) -> Self {
        ParagraphStyle {
            font: font.into(),
            size_pt,
            ..Default::default()
        }
    }
    /// A heading or title: no indent, the given weight and alignment.
    pub fn heading(font: &str, size_pt: f64, weight: u16, align: Align) -> Self {
        ParagraphStyle {
            font: font.into(),
            size_pt,
            weight,
            line_height: 1.3,
            indent_em: 0.0,
            space_before_em: 0.5,
            space_after_em: 0.5,
            align,
            ..Default::default()
        }
    }
}

/// A set of styles for the roles of a write-up.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StyleSet {
    pub title: ParagraphStyle,
    pub heading1: ParagraphStyle,
    pub heading2: ParagraphStyle,
    pub body: ParagraphStyle,
    pub caption: ParagraphStyle,
}

impl StyleSet {
    /// The 公文 hierarchy (GB/T 9704 habits): title in 小标宋-like heavy serif, level-1 headings in 黑体, level-2
    /// in 楷体, body in 仿宋; sizes 二号 (22 pt) and 三号 (16 pt), scaled by `scale` for boards.
    pub fn gongwen(scale: f64) -> Self {
        let mut title = ParagraphStyle::heading("方正小标宋简体", 22.0 * scale, 900, Align::Center);
        title.letter_spacing_em = 0.05;
        let mut body = ParagraphStyle::body("仿宋", 16.0 * scale);
        body.line_height = 1.75;
        let mut caption = ParagraphStyle::body("楷体", 14.0 * scale);
        caption.indent_em = 0.0;
        caption.align = Align::Center;
        StyleSet {
            title,
            heading1: ParagraphStyle::heading("黑体", 16.0 * scale, 400, Align::Left),
            heading2: ParagraphStyle::heading("楷体", 16.0 * scale, 700, Align::Left),
            body,
            caption,
        }
    }

    /// The board hierarchy: sans throughout, sizes from the KT-board row of the product's table
    /// (title 72, headings 40, body 28, captions 24 pt), scaled by `scale` for other presets.
    pub fn board(scale: f64) -> Self {
        let mut title = ParagraphStyle::heading("思源黑体", 72.0 * scale, 700, Align::Center);
        title.letter_spacing_em = 0.1;
        let mut caption = ParagraphStyle::body("思源黑体", 24.0 * scale);
        caption.indent_em = 0.0;
        caption.line_height = 1.4;
        StyleSet {
            title,
            heading1: ParagraphStyle::heading("思源黑体", 40.0 * scale, 700, Align::Left),
            heading2: ParagraphStyle::heading("楷体", 34.0 * scale, 700, Align::Left),
            body: ParagraphStyle::body("思源黑体", 28.0 * scale),
            caption,
        }
    }
}
