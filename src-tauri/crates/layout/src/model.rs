//! The layout engine's own input model: an exhibition's details, its write-ups (blocks with kinds) and its photos.
//! Plain serde data; the shell converts the project's write-ups into it. Owns the input shape and the defaults
//! (the title taken from the first write-up, the preface from the first whose opening states the work); it must not
//! lay anything out.

use serde::{Deserialize, Serialize};

/// Everything an exhibition is made of.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Material {
    pub exhibition: ExhibitionDetails,
    pub writeups: Vec<WriteUpInput>,
    pub photos: Vec<PhotoInput>,
}

/// What the user sets in 展览信息; `None` means "not set yet, use the default".
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ExhibitionDetails {
    pub title: Option<String>,
    pub organiser: Option<String>,
    pub date: Option<String>,
    pub preface: Option<String>,
    pub closing: Option<String>,
    /// Optional user logo shown in every title band.
    #[serde(default)]
    pub logo: Option<ImageRef>,
    /// Optional user background image covering every board (under everything else).
    #[serde(default)]
    pub background: Option<ImageRef>,
    /// Where the photos no section chose go: onto 活动剪影 gallery boards at the end of the exhibition (`None` or
    /// `true`, the default), or nowhere — they stay in the library as unused (`false`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gallery: Option<bool>,
    /// A title board (展标) opens the exhibition: `Some(true)`; off by default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_board: Option<bool>,
}

impl ExhibitionDetails {
    /// The 活动剪影 boards are on (the default).
    pub fn gallery_on(&self) -> bool {
        self.gallery.unwrap_or(true)
    }
    /// The title board (展标) is on (off by default).
    pub fn title_board_on(&self) -> bool {
        self.title_board.unwrap_or(false)
    }
}

/// A picture from the project used by the theme (logo, background).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ImageRef {
    pub hash: String,
    pub width_px: u32,
    pub height_px: u32,
    #[serde(default = "upright")]
    pub orientation: u8,
}

fn upright() -> u8 {
    1
}

/// One write-up (案例 or article).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct WriteUpInput {
    /// The write-up's id in the project (used in `Source::Block` and in board keys).
    pub id: i64,
    pub title: String,
    pub blocks: Vec<BlockInput>,
    #[serde(default)]
    pub key_figures: Vec<KeyFigure>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BlockInput {
    pub kind: BlockKind,
    pub text: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    /// Level-1 heading (一、…): starts a board.
    Heading1,
    /// Level-2 heading (（一）…): a heading inside the text.
    Heading2,
    Paragraph,
    /// A photo caption (■ …); its photo is the one anchored to it, else it is an open slot.
    Caption,
    /// Where a picture sat in the write-up (the photo anchored here goes with this part of the text).
    Photo,
}

/// A big number with its label (936人 / 参与党员).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct KeyFigure {
    pub value: String,
    pub label: String,
}

/// A photo of the project as layout needs it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PhotoInput {
    /// Content hash (the key of the original in the project).
    pub hash: String,
    pub file_name: String,
    /// Pixel size as displayed (after EXIF orientation).
    pub width_px: u32,
    pub height_px: u32,
    /// EXIF orientation of the original bytes (1–8), passed through to the frames.
    #[serde(default = "upright")]
    pub orientation: u8,
    pub caption: Option<String>,
    /// Where the photo belongs in the write-ups: (index into `Material::writeups`, block index).
    pub anchor: Option<Anchor>,
    /// What import measured of the photo and how it relates to the others; empty for photos never analysed.
    #[serde(default)]
    pub facts: PhotoFacts,
}

/// What import measured of a photo, as selection and cropping use it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct PhotoFacts {
    /// Face boxes `[x, y, w, h]`, fractions of the upright picture.
    pub faces: Vec<[f64; 4]>,
    /// The subject's centre (the faces', else where the detail is), fractions; `None` when unknown.
    pub centre: Option<(f64, f64)>,
    /// Variance of the Laplacian of the thumbnail (higher is sharper); 0 when unknown.
    pub sharpness: f64,
    /// The content hash of a photo this one probably is the same picture as (a resized, re-encoded, turned or
    /// cropped copy).
    pub same_as: Option<String>,
    /// The burst it belongs to (the content hash of the burst's first photo).
    pub burst: Option<String>,
    /// The file carries the camera's EXIF (an original rather than a chat app's re-encode).
    pub from_camera: bool,
    /// The file's size in bytes (a re-encode is usually smaller at the same pixel size).
    pub byte_len: u64,
}

/// Room kept above a face box, in face heights: the detector's box starts about at the brows, so a quarter of a
/// face height is the rest of the head, then 0.3 face heights of air above it.
pub const HEAD_ABOVE: f64 = 0.25 + 0.3;
/// Room kept below a face box (the chin), in face heights.
pub const CHIN_BELOW: f64 = 0.2;
/// Room kept left and right of a face box (the ears), in face widths.
pub const FACE_SIDE: f64 = 0.15;

impl PhotoFacts {
    /// The part of the picture no crop may cut: every face whole, with its margin above the head, as
    /// `[x0, y0, x1, y1]` fractions; `None` without faces.
    pub fn keep(&self) -> Option<[f64; 4]> {
        self.faces.iter().fold(None, |acc: Option<[f64; 4]>, f| {
            let [x, y, w, h] = *f;
            let r = [
                (x - FACE_SIDE * w).max(0.0),
                (y - HEAD_ABOVE * h).max(0.0),
                (x + w + FACE_SIDE * w).min(1.0),
                (y + h + CHIN_BELOW * h).min(1.0),
            ];
            Some(acc.map_or(r, |a| [a[0].min(r[0]), a[1].min(r[1]), a[2].max(r[2]), a[3].max(r[3])]))
        })
    }

    /// The default crop focal point: the subject's centre, else the middle.
    pub fn focal(&self) -> (f64, f64) {
        self.centre.unwrap_or((0.5, 0.5))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Anchor {
    pub writeup: usize,
    pub block: usize,
}

impl PhotoInput {
    /// Width over height as displayed.
    pub fn aspect(&self) -> f64 {
        f64::from(self.width_px.max(1)) / f64::from(self.height_px.max(1))
    }
}

/// A paragraph that is a label and a list of names: a colon near its start, then four or more items between 、 and
/// no clause after them.
pub(crate) fn list_after_label(t: &str) -> bool {
    let Some((label, list)) = t.split_once(['：', ':']) else {
        return false;
    };
    label.chars().count() <= 30 && list.matches('、').count() >= 4 && !list.contains(['，', ',', '；'])
}

/// The most characters of opening paragraphs taken for the default preface.
const PREFACE_MAX_CHARS: usize = 400;

impl Material {
    /// The exhibition title: the user's, else the first write-up's title.
    pub fn title(&self) -> String {
        match &self.exhibition.title {
            Some(t) if !t.trim().is_empty() => t.clone(),
            _ => self.writeups.first().map(|w| w.title.clone()).unwrap_or_default(),
        }
    }

    /// The write-up (its index) and its blocks that make the default preface when the user has not written one: the
    /// opening paragraphs (before any heading or caption, up to about 400 characters) of the first write-up whose
    /// opening states the work (`preface::states_the_work`: 近年来，…坚持…; a unit and its course), never a news
    /// report's dated account or a visit (4月25日上午，…莅临医院调研…: no designer prints that under 前言), a feature's
    /// epigraph or a salutation. None when the user wrote a preface or no
    /// opening states the work (the 前言 board then carries the offered draft, `preface::draft_preface`).
    pub fn default_preface_blocks(&self) -> Option<(usize, Vec<usize>)> {
        if self.exhibition.preface.as_ref().is_some_and(|p| !p.trim().is_empty()) {
            return None;
        }
        self.writeups.iter().enumerate().find_map(|(wi, w)| {
            let blocks = opening_blocks(w);
            let first = blocks.first().map(|&b| w.blocks[b].text.as_str())?;
            crate::preface::states_the_work(first).then_some((wi, blocks))
        })
    }
}

/// A write-up's opening paragraphs, before any heading or caption, up to about [`PREFACE_MAX_CHARS`].
fn opening_blocks(w: &WriteUpInput) -> Vec<usize> {
    let mut out = Vec::new();
    let mut chars = 0;
    for (i, b) in w.blocks.iter().enumerate() {
        if b.kind != BlockKind::Paragraph {
            break;
        }
        // (an opening that only lists names after a label, "这11个党支部分别为:…党支部、…党支部、…", introduces
        // nothing: the 前言 starts at the prose after it, fresh21 o02)
        if out.is_empty() && list_after_label(&b.text) {
            continue;
        }
        let n = b.text.chars().count();
        if !out.is_empty() && chars + n > PREFACE_MAX_CHARS {
            break;
        }
        out.push(i);
        chars += n;
        if chars >= PREFACE_MAX_CHARS / 2 {
            break;
        }
    }
    out
}
