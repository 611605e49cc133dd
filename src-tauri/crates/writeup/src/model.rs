//! The write-up model: plain serde data stored as JSON in the project and printed by `zhanban-cli structure --json`.
//!
//! This module owns only the data types and their JSON shape; it must not detect, clean or read anything.
//!
//! # JSON schema (paste into the README)
//!
//! ```text
//! {
//!   "title":    string | null,        // null when the text has none (never a source, author or breadcrumb line)
//!   "subtitle": string | null,        // the —— line, stored without its leading dashes
//!   "kicker":   string | null,        // 引题 above the title (rich text, an explicit 引题: line, or a phrase set
//!                                     // apart directly above the title when a subtitle or byline follows it)
//!   "title_lines": [int], "subtitle_lines": [int], "kicker_lines": [int],
//!                                     // the source lines each header field came from (absent when none: a title
//!                                     // from a file name, a field typed by the user, a write-up stored before)
//!   "byline": {                       // every field string | null
//!     "source": ..., "author": ..., "reporter": ..., "correspondent": ...,
//!     "date": ...,                    // as printed, e.g. "2022/3/25 19:54:39"
//!     "date_iso": ...,                // "2022-03-25", only when the year is printed
//!     "lines": [int],                 // source line numbers the byline came from
//!     "raw": [string]                 // the byline lines as they came in
//!   },
//!   "blocks": [                       // reading order
//!     { "kind": "heading" | "paragraph" | "caption" | "photo",
//!       "level": 1 | 2,               // headings only (1: 一、 or an unnumbered section line; 2: （一）;
//!                                     // 1. 1、 are level 2 under Chinese numbers, else 1; （1） is 2)
//!       "text": string,               // cleaned text ("" on photos: the caption is the next block)
//!       "lines": [int],               // 1-based source line numbers (for .docx/.html: paragraph numbers)
//!       "image": string,              // photo only: file name of the picture in `Imported::pictures`
//!       "cut_off": true               // only on the last paragraph, when it ends without terminal punctuation
//!                                     // (the page or copy was truncated): review and preflight flag it
//!     }
//!   ],
//!   "key_figures": [
//!     { "text": "936人", "number": "936", "unit": "人",
//!       "label": "936人获评“学习优秀个人”",   // the clause saying what it counts
//!       "block": int }                // index into blocks
//!   ],
//!   "dropped": [
//!     { "text": string,               // the line exactly as it came in (restorable)
//!       "reason": string,             // why, in Chinese, for the user
//!       "lines": [int] }
//!   ],
//!   "traditional": bool,              // the input was mostly traditional characters (offer conversion)
//!   "simplified": bool                // the text was converted to simplified
//! }
//! ```
//!
//! Documented normalisations (the only ways text changes): half-width `,:;()!?` next to Chinese become full-width;
//! straight quotes become “ ” ‘ ’ in Chinese text; stray spaces (runs, spaces beside Chinese punctuation, between
//! Chinese and Latin/digits, letter-spaced words, single characters split off) are removed; garbage pinyin after a
//! character (學(xué) → 學, 融róng → 融, 新?xīn → 新: ruby annotations of web pages) is removed; caption marks
//! (■ ▲ …) and a subtitle's leading —— are removed; references to the page's pictures in paragraphs ("（图1）")
//! are removed; a run-in heading loses its closing 。; traditional characters
//! become simplified only when asked.

use serde::{Deserialize, Serialize};

/// Options chosen by the user.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Options {
    /// Convert traditional characters to simplified (OpenCC t2s).
    pub simplified: bool,
}

/// A structured write-up.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct WriteUp {
    pub title: Option<String>,
    pub subtitle: Option<String>,
    pub kicker: Option<String>,
    /// The source lines of the title, subtitle and kicker (as `Block::lines` counts them).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub title_lines: Vec<usize>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub subtitle_lines: Vec<usize>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kicker_lines: Vec<usize>,
    pub byline: Byline,
    pub blocks: Vec<Block>,
    pub key_figures: Vec<KeyFigure>,
    pub dropped: Vec<Dropped>,
    #[serde(default)]
    pub traditional: bool,
    #[serde(default)]
    pub simplified: bool,
}

/// Who wrote it, where it comes from and when.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Byline {
    pub source: Option<String>,
    pub author: Option<String>,
    pub reporter: Option<String>,
    pub correspondent: Option<String>,
    pub date: Option<String>,
    pub date_iso: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lines: Vec<usize>,
    /// The byline lines as they came in (restorable).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub raw: Vec<String>,
}

impl Byline {
    /// True when no field is set.
    pub fn is_empty(&self) -> bool {
        self.source.is_none()
            && self.author.is_none()
            && self.reporter.is_none()
            && self.correspondent.is_none()
            && self.date.is_none()
    }
}

/// What a block is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BlockKind {
    Heading,
    Paragraph,
    Caption,
    Photo,
}

/// One block of the write-up, in reading order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    pub kind: BlockKind,
    /// 1 or 2 on headings, absent otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<u8>,
    pub text: String,
    /// 1-based source line numbers (paragraph numbers for .docx and .html).
    #[serde(default)]
    pub lines: Vec<usize>,
    /// Photo blocks: the picture's file name in [`crate::Imported::pictures`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    /// The last paragraph of the write-up ends without terminal punctuation: the source was probably cut off.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub cut_off: bool,
}

impl Block {
    pub fn new(kind: BlockKind, level: Option<u8>, text: String, lines: Vec<usize>) -> Self {
        Block {
            kind,
            level,
            text,
            lines,
            image: None,
            cut_off: false,
        }
    }
}

impl WriteUp {
    /// True when nothing of an article is left: no title and no heading, paragraph, caption or photo with content
    /// (an empty file, only whitespace, or only lines set aside as chrome or junk).
    pub fn is_empty(&self) -> bool {
        self.title.as_deref().is_none_or(|t| t.trim().is_empty())
            && self
                .blocks
                .iter()
                .all(|b| b.kind != BlockKind::Photo && b.text.trim().is_empty())
    }

    /// The block marked as cut off, if any (see [`Block::cut_off`]).
    pub fn cut_off(&self) -> Option<&Block> {
        self.blocks.iter().find(|b| b.cut_off)
    }
}

/// A number with its unit and what it counts (e.g. 936人 获评“学习优秀个人”).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyFigure {
    /// As printed, e.g. "3.1万余人次".
    pub text: String,
    /// The number as printed, e.g. "3.1万".
    pub number: String,
    /// The unit, e.g. "人次".
    pub unit: String,
    /// The clause saying what it counts.
    pub label: String,
    /// Index into `blocks`.
    pub block: usize,
}

/// A line kept aside: shown to the user and restorable.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dropped {
    /// The text exactly as it came in.
    pub text: String,
    /// Why it was dropped (Chinese, for the user).
    pub reason: String,
    pub lines: Vec<usize>,
}

/// A picture found in a .docx or .html file, in reading order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Picture {
    pub file_name: String,
    pub bytes: Vec<u8>,
    pub caption: Option<String>,
    /// Index of its photo block in `WriteUp::blocks`.
    pub block_index: usize,
}

/// The result of reading a write-up file.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Imported {
    pub writeup: WriteUp,
    pub pictures: Vec<Picture>,
}
