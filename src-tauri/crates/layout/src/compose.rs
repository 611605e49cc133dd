//! Composition of one board: title band (exhibition title, organiser, board title, optional logo), an optional
//! key-figures strip, and the body split between text columns and a photo area. Several candidate splits are
//! tried; each is scored (see [`score`]) and the best wins — or the n-th best when the user asks for "another
//! arrangement". Text is set at the largest size between the board's minimum and [`MAX_TEXT_SCALE`] times it that
//! fits; when no candidate fits at the minimum the board reports overflow instead of shrinking.
//!
//! Owns the geometry of one board; it must not decide which content goes on which board.

use serde::{Deserialize, Serialize};
use zhanban_frames::{
    BoardFrame, FontFace, ImageItem, Item, ItemKind, Point, Rect, RectItem, Source, TextBlock, TextRole, MM_PER_PT,
};

use crate::critic;
use crate::error::LayoutError;
use crate::flow::{self, FlowPara, Placed};
use crate::gallery::{self, Arrangement, Emphasis, GalleryPhoto};
use crate::messages;
use crate::model::{ImageRef, KeyFigure, PhotoInput};
use crate::plan::{Para, PhotoSlot};
use crate::presets::{BoardSpec, MinSizes, MAX_TEXT_SCALE, MIN_PPI, PREFERRED_PPI, TARGET_PPI, TEXT_ONLY_MAX_SCALE};
use crate::text::{Align, SetText, TextSetter, TextStyle};
use crate::theme::Theme;

/// Everything one board is composed from.
#[derive(Clone, Debug, Serialize)]
pub struct BoardInput<'a> {
    pub id: String,
    pub number: usize,
    pub name: String,
    pub title_source: Source,
    pub exhibition_title: String,
    pub organiser: String,
    pub paras: &'a [Para],
    pub photos: &'a [PhotoSlot],
    pub figures: &'a [KeyFigure],
    pub spec: BoardSpec,
    pub theme: &'a Theme,
    pub body_pt: Option<f64>,
    pub arrangement: usize,
    pub logo: Option<&'a ImageRef>,
    pub background: Option<&'a ImageRef>,
    /// Accept, as a last resort, a photo block that does not fill its area beside the text (placed in it, the
    /// rest free; such candidates lose to every other): asked when the alternative is a thin （续） board.
    pub sparse: bool,
    /// The board holds its section whole (nothing of it before or after): a body still holed at the text-only
    /// size may then take a display size, as a designer sets a short section large beside its photos rather than
    /// leave a void (see [`compose`]).
    pub whole: bool,
    /// The exhibition's title board (展标) with its organiser and date lines: the exhibition title set large
    /// instead of a body (see [`crate::cover`]).
    pub cover: Option<(&'a str, &'a str)>,
}

/// Why a board's content does not fit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Overflow {
    /// The text does not fit at the minimum size beside these photos.
    Text,
    /// The photos cannot all keep the minimum photo area.
    Photos,
}

/// What a hole costs a candidate: times [`critic::hole_penalty`] (1 for an empty third of the body).
pub const HOLE_WEIGHT: f64 = 3.0;
/// The largest body size on 前言 and 结束语 boards, whose short text is set in a panel: 90 pt on a 1200×900 board
/// (28 pt minimum), in proportion on other presets.
pub const PANEL_MAX_SCALE: f64 = 90.0 / 28.0;
/// A short section alone on a board that is not wide, still holed with its text at [`TEXT_ONLY_MAX_SCALE`], may set
/// it up to this many times the minimum: 70 pt on 1200×900, where a 前言 panel starts — below the board title (at
/// least 72 pt there), never a body larger than its title.
pub const DISPLAY_MAX_SCALE: f64 = 70.0 / 28.0;
/// The least height of that panel, as a share of the body: a designed surface, never a small block in a void (at
/// 0.42 a short 前言 of one paragraph left a void of ~30 % of the body above and below its panel).
pub const PANEL_MIN_HEIGHT: f64 = 0.58;
/// What a pull quote costs a candidate's score (it repeats a sentence): it must take more than a small hole away.
const QUOTE_PENALTY: f64 = 0.2;
/// The least width (in minimum body ems) of the room beside a lone photo that is offered a pull quote: a quote at
/// its smallest size (1.6× the minimum body) needs about 8.7 of its own ems with the bar and padding.
const QUOTE_ASIDE_MIN_EM: f64 = 14.0;
/// What each outer edge aligned with nothing costs a candidate ([`critic::misaligned_edges`]).
pub const MISALIGNED_WEIGHT: f64 = 0.15;
/// What each photo standing short in its row under a void costs a candidate ([`critic::stepped_photos`]): more
/// than cropping a third of one of two photos to cut the row to one height (`3·mean crop`), as a designer would.
pub const STEPPED_WEIGHT: f64 = 0.5;
/// A caption set beside its photo ([`gallery::caption_beside`]) is at least this many caption characters wide.
const CAPTION_BESIDE_MIN_EM: f64 = 8.0;

/// What a last-resort candidate ([`BoardInput::sparse`]) loses, so that any other wins over it.
pub const LAST_RESORT: f64 = 20.0;

/// The least share of a mat ([`matted`]) that its photos and captions cover.
const MAT_MIN_COVER: f64 = 0.3;
/// A photo goes on a mat only at its limit: printed at most this many times [`TARGET_PPI`].
const MAT_PPI: f64 = 1.05;
/// The id of a photo mat's item.
pub const MAT_ID: &str = "photo-mat";

/// The least share of a photo area (beside text) that photos and captions must cover.
pub const MIN_COVERAGE: f64 = 0.85;

/// Figures of a composed board.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BoardMetrics {
    /// Photos and captions over the photo area (None without photos).
    pub coverage: Option<f64>,
    /// Mean share of each photo cropped away (None without photos).
    pub mean_crop: Option<f64>,
    /// Body size chosen, in points.
    pub body_pt: f64,
    pub score: f64,
    /// The arrangement shown (0 = best) and how many there are.
    pub arrangement: usize,
    pub arrangements: usize,
    pub figures_shown: usize,
    /// Share of the body (below the title band) covered by text blocks, photos, captions and key figures.
    pub fill: f64,
    /// The critic's largest empty rectangle over the body (computed once, with the board).
    #[serde(default)]
    pub hole: f64,
    /// The same without a photo mat ([`MAT_ID`]): the hole the content leaves, what the plan shares boards by — a
    /// mat finishes a board, it never keeps a short report alone on one.
    #[serde(default)]
    pub bare_hole: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Composed {
    /// Shared, so that a memoised board is handed out without copying its glyph runs.
    pub frame: std::sync::Arc<BoardFrame>,
    pub metrics: BoardMetrics,
}

/// Sizes and styles of a board's roles.
pub(crate) struct Styles {
    pub(crate) min: MinSizes,
}

impl Styles {
    fn body(&self, t: &Theme, scale: f64, continued: bool) -> TextStyle {
        TextStyle {
            font: t.fonts.body.clone(),
            weight: 400,
            size_pt: self.min.body * scale,
            line_height: 1.6,
            indent_em: if continued { 0.0 } else { 2.0 },
            align: Align::Justify,
            color: t.body,
            letter_spacing_em: 0.0,
        }
    }
    fn heading(&self, t: &Theme, scale: f64) -> TextStyle {
        TextStyle {
            font: t.fonts.heading.clone(),
            weight: 700,
            size_pt: self.min.heading * scale,
            line_height: 1.35,
            indent_em: 0.0,
            align: Align::Left,
            color: t.heading,
            letter_spacing_em: 0.0,
        }
    }
    fn caption(&self, t: &Theme) -> TextStyle {
        TextStyle {
            font: t.fonts.caption.clone(),
            weight: 400,
            size_pt: self.min.caption,
            line_height: 1.35,
            indent_em: 0.0,
            align: Align::Justify,
            color: t.caption,
            letter_spacing_em: 0.0,
        }
    }
    pub(crate) fn band(&self, t: &Theme, font: &str, size: f64, weight: u16, align: Align) -> TextStyle {
        TextStyle {
            font: font.to_string(),
            weight,
            size_pt: size,
            line_height: 1.25,
            indent_em: 0.0,
            align,
            color: t.band_text,
            letter_spacing_em: 0.0,
        }
    }
}

/// Collects items and the board's font table.
pub(crate) struct Board {
    pub(crate) fonts: Vec<FontFace>,
    pub(crate) items: Vec<Item>,
}

impl Board {
    /// The composed board as the frame every renderer draws: its input's id, number and name, the spec's geometry
    /// and the theme's background.
    pub(crate) fn into_frame(self, input: &BoardInput, t: &Theme) -> BoardFrame {
        let spec = &input.spec;
        BoardFrame {
            id: input.id.clone(),
            number: input.number,
            name: input.name.clone(),
            width: spec.width,
            height: spec.height,
            bleed: spec.bleed,
            safe: spec.safe,
            background: t.background,
            fonts: self.fonts,
            items: self.items,
        }
    }

    fn font(&mut self, f: &FontFace) -> usize {
        if let Some(i) = self.fonts.iter().position(|x| x == f) {
            return i;
        }
        self.fonts.push(f.clone());
        self.fonts.len() - 1
    }
    fn text(&mut self, id: String, source: Source, mut block: TextBlock, fonts: &[FontFace]) {
        for r in &mut block.runs {
            r.font = fonts.get(r.font).map_or(0, |f| self.font(f));
        }
        self.items.push(Item {
            id,
            source,
            kind: ItemKind::Text(block),
        });
    }
    /// Sets `set` (already broken at `rect.w`) at the top of `rect`.
    pub(crate) fn set_text(&mut self, id: String, source: Source, set: &SetText, rect: Rect, role: TextRole, min: f64) {
        let mut runs = Vec::new();
        let mut y = rect.y;
        for l in set.lines() {
            for r in &l.runs {
                let mut r = r.clone();
                r.origin = Point {
                    x: r.origin.x + rect.x,
                    y: r.origin.y + y,
                };
                runs.push(r);
            }
            y += l.height;
        }
        let block = TextBlock {
            rect: Rect::new(rect.x, rect.y, rect.w, y - rect.y),
            role,
            min_size_pt: min,
            runs,
        };
        self.text(id, source, block, set.fonts());
    }
}

/// One candidate split of the body.
#[derive(Clone, Copy, Debug)]
struct Split {
    text: Option<Rect>,
    photos: Option<Rect>,
    /// Photos come before the text in reading order (left or top).
    photos_first: bool,
    /// The photo area moves up to the text actually used (text on top).
    adapt: bool,
    /// Photos sit at the bottom of the last `.0` text columns, `.1` mm tall (text above them in those columns).
    cut: Option<(usize, f64)>,
    /// Balance the text columns (shortest columns that hold the text) before the photo area moves up to them.
    balance: bool,
    /// Made from another split whose photo block came out narrower than its area ([`grid_split`]): the text takes
    /// the block's measure or the width it leaves, so that every outer edge is on the grid. Never derived again.
    grid: bool,
}

struct Candidate {
    text: Option<(f64, flow::Flowed)>,
    photos: Option<(Rect, Arrangement)>,
    /// A tinted panel behind the text (前言 and 结束语).
    panel: Option<Rect>,
    /// The panel's set heading ("前　言", "结束语") and where it goes (top left of its lines; centred across it).
    heading: Option<(Rect, f64, std::sync::Arc<SetText>)>,
    /// A pull quote under a short text on a wide board ([`crate::quote`]).
    quote: Option<crate::quote::PullQuote>,
    /// A tinted mat under photos at their limit, spanning their area ([`matted`]).
    mat: Option<Rect>,
    score: f64,
    /// Share of the body covered by text blocks, photos and captions (and the panel).
    fill: f64,
}

/// The documented score of a candidate (higher is better):
/// `2·coverage − 5·max(0, 0.85 − coverage) − 3·mean crop + size + 1.5·balance − 0.3·(photos before text) −
/// emphasis penalty` (the second term makes a photo area less than 85 % covered lose to any that is), where
/// coverage is photos and captions over the photo area, size is 0 at the minimum body size and 1 at the maximum,
/// and balance is the share of the body used by text and photos (no half-empty columns or holes).
pub fn score(coverage: f64, mean_crop: f64, size: f64, balance: f64, photos_first: bool, emphasis_penalty: f64) -> f64 {
    2.0 * coverage - 5.0 * (0.85 - coverage).max(0.0) - 3.0 * mean_crop + size + 1.5 * balance
        - if photos_first { 0.3 } else { 0.0 }
        - emphasis_penalty
}

/// Photo-area sizes that the photos fill exactly: for widths, the natural heights of 1–4 rows (`heights(w)`), and
/// for a full-height column, the natural widths (`widths`).
struct Natural<'a> {
    heights: &'a mut dyn FnMut(f64) -> Vec<f64>,
    widths: Vec<f64>,
}

fn splits(
    body: Rect,
    has_text: bool,
    has_photos: bool,
    gap: f64,
    n_cols: usize,
    gutter: f64,
    nat: &mut Natural<'_>,
) -> Vec<Split> {
    let none = Split {
        text: None,
        photos: None,
        photos_first: false,
        adapt: false,
        cut: None,
        balance: false,
        grid: false,
    };
    if !has_photos {
        // Text only: also narrower blocks of fewer columns, centred, so short texts are set large and balanced.
        let mut out = vec![Split {
            text: Some(body),
            ..none
        }];
        for n in (1..n_cols).rev() {
            let w = (body.w * n as f64 / n_cols as f64).floor();
            out.push(Split {
                text: Some(Rect::new(body.x + (body.w - w) / 2.0, body.y, w, body.h)),
                ..none
            });
        }
        return out;
    }
    if !has_text {
        return vec![Split {
            photos: Some(body),
            ..none
        }];
    }
    let mut out = Vec::new();
    let side = |f: f64, photos_left: bool| {
        let tw = ((body.w - gap) * f).floor().max(1.0);
        let pw = body.w - gap - tw;
        let (tx, px) = if photos_left {
            (body.x + pw + gap, body.x)
        } else {
            (body.x, body.x + tw + gap)
        };
        Split {
            text: Some(Rect::new(tx, body.y, tw, body.h)),
            photos: Some(Rect::new(px, body.y, pw, body.h)),
            photos_first: photos_left,
            adapt: false,
            cut: None,
            balance: false,
            grid: false,
        }
    };
    let stack = |f: f64, photos_top: bool| {
        let th = ((body.h - gap) * f).floor();
        let ph = body.h - gap - th;
        let (ty, py) = if photos_top {
            (body.y + ph + gap, body.y)
        } else {
            (body.y, body.y + th + gap)
        };
        Split {
            text: Some(Rect::new(body.x, ty, body.w, th)),
            photos: Some(Rect::new(body.x, py, body.w, ph)),
            photos_first: photos_top,
            adapt: !photos_top,
            cut: None,
            balance: false,
            grid: false,
        }
    };
    // Photos in the bottom of the last columns, text flowing above them (newspaper style).
    let cols = flow::columns(body, n_cols, gutter);
    for c in 1..n_cols {
        let x = cols[n_cols - c].x;
        let mut hs = (nat.heights)(body.right() - x);
        hs.push(body.h * 0.55);
        for ph in hs {
            let ph = ph.ceil();
            if ph > body.h * 0.9 || ph < body.h * 0.1 {
                continue;
            }
            out.push(Split {
                text: Some(body),
                photos: Some(Rect::new(x, body.bottom() - ph, body.right() - x, ph)),
                photos_first: false,
                adapt: false,
                cut: Some((c, ph + gap)),
                balance: false,
                grid: false,
            });
        }
    }
    // Text on top, photos below at their natural heights.
    for ph in (nat.heights)(body.w) {
        if ph < body.h * 0.85 && ph > body.h * 0.1 {
            out.push(stack((body.h - gap - ph.ceil()) / (body.h - gap), false));
        }
    }
    if body.w >= body.h * 1.1 {
        for pw in nat.widths.clone() {
            let f = 1.0 - (pw.ceil() + 1.0) / (body.w - gap);
            if (0.25..0.75).contains(&f) {
                out.push(side(f, false));
            }
        }
        for f in [0.33, 0.42, 0.5, 0.58] {
            out.push(side(f, false));
        }
        for f in [0.42, 0.5] {
            out.push(side(f, true));
        }
        for f in [0.35, 0.5, 0.65] {
            out.push(stack(f, false));
        }
    } else {
        for f in [0.25, 0.35, 0.45, 0.55, 0.7, 0.85] {
            out.push(stack(f, false));
        }
        for f in [0.4, 0.55] {
            out.push(stack(f, true));
        }
        if body.w >= body.h * 0.6 {
            out.push(side(0.5, false));
        }
    }
    let balanced: Vec<Split> = out
        .iter()
        .filter(|s| s.adapt)
        .map(|s| Split { balance: true, ..*s })
        .collect();
    out.extend(balanced);
    out
}

/// Composes one board; `Ok(Err(overflow))` when its content does not fit. A board whose text stops at
/// [`MAX_TEXT_SCALE`] and still leaves a hole over [`critic::HOLE_MAX`] is composed again with its body up to
/// [`TEXT_ONLY_MAX_SCALE`] (the preset's range for a short text), kept when that makes the hole smaller; a wide
/// board still holed at that size, up to [`PANEL_MAX_SCALE`], and a board holding its section whole
/// ([`BoardInput::whole`]) on any other preset, up to [`DISPLAY_MAX_SCALE`].
///
/// A board whose figure tiles leave a hole over [`critic::HOLE_GOAL`] or an outer edge off the grid is composed again
/// without them (its figures stay in the text), kept when its hole is smaller, or when it has fewer edges off the
/// grid and no larger hole (past the goal): the tiles' row must not push photos into a void or off the grid.
pub fn compose(
    input: &BoardInput<'_>,
    photos: &[PhotoInput],
    setter: &dyn TextSetter,
) -> Result<Result<Composed, Overflow>, LayoutError> {
    if let Some((organiser, date)) = input.cover {
        return crate::cover::compose(input, organiser, date, setter).map(Ok);
    }
    let best = match compose_sized(input, photos, setter)? {
        Ok(c) => c,
        Err(o) => return Ok(Err(o)),
    };
    if best.metrics.figures_shown == 0 {
        return Ok(Ok(best));
    }
    let off = critic::critique(&best.frame).misaligned;
    if best.metrics.hole <= critic::HOLE_GOAL && off == 0 {
        return Ok(Ok(best));
    }
    let plain = BoardInput {
        figures: &[],
        ..input.clone()
    };
    Ok(Ok(match compose_sized(&plain, photos, setter)? {
        Ok(c) if c.metrics.hole < best.metrics.hole => c,
        Ok(c)
            if c.metrics.hole <= best.metrics.hole.max(critic::HOLE_GOAL)
                && critic::critique(&c.frame).misaligned < off =>
        {
            c
        }
        _ => best,
    }))
}

/// [`compose`] with its figures as given: the body's size range widened while a hole stays.
fn compose_sized(
    input: &BoardInput<'_>,
    photos: &[PhotoInput],
    setter: &dyn TextSetter,
) -> Result<Result<Composed, Overflow>, LayoutError> {
    let targets = emphasis_targets(input, photos, setter)?;
    let wide = input.spec.width >= 1.8 * input.spec.height;
    let mut best = match compose_up_to(input, photos, setter, MAX_TEXT_SCALE, &targets, Ask::default())? {
        Ok(c) => c,
        Err(o) => return Ok(Err(o)),
    };
    let min_body = input.spec.min_sizes().body;
    let at = |c: &Composed, scale: f64| (c.metrics.body_pt / min_body - scale).abs() < 1e-6;
    if input.body_pt.is_some() || input.paras.is_empty() {
        return Ok(Ok(best));
    }
    // Still holed with its text at the largest size tried: the next range — the text-only one, then, on a wide
    // board (2400×1200: a short text and photos at their resolution limit on a board twice as wide), as large as a
    // 前言 panel's ([`PANEL_MAX_SCALE`]) —, kept when the hole shrinks. Wide boards only: elsewhere it cost a
    // re-layout 4 ms (the edited board composed a third time) for text larger than the 前言's.
    // A board holding its section whole, not wide, goes to its display range in one step (its candidates include
    // the text-only sizes): composing it a third time cost every re-layout 4 ms (13.2 → 17.6 ms).
    let steps: &[(f64, f64)] = if !wide && input.whole {
        &[(MAX_TEXT_SCALE, DISPLAY_MAX_SCALE)]
    } else if wide {
        &[
            (MAX_TEXT_SCALE, TEXT_ONLY_MAX_SCALE),
            (TEXT_ONLY_MAX_SCALE, PANEL_MAX_SCALE),
        ]
    } else {
        &[(MAX_TEXT_SCALE, TEXT_ONLY_MAX_SCALE)]
    };
    for &(cap, next) in steps {
        let display = next > TEXT_ONLY_MAX_SCALE;
        // (The display size also when the text-only size did not help: text stopped at MAX_TEXT_SCALE.)
        let stopped = at(&best, cap) || display && at(&best, MAX_TEXT_SCALE);
        if best.metrics.hole <= critic::HOLE_MAX || !stopped {
            continue;
        }
        if let Ok(larger) = compose_up_to(input, photos, setter, next, &targets, Ask::default())? {
            if larger.metrics.hole < best.metrics.hole {
                best = larger;
            }
        }
    }
    // Still holed (photos at their resolution limit beside a short text at its largest size): composed once more
    // with a pull quote offered — a designer's fill for the void the text leaves — kept when the hole shrinks. Only
    // such boards pay for it (issue 15 point 2): over the limit on most presets, over the goal on a wide board, where
    // a short section beside photos at 100 ppi leaves a void the text alone rarely fills. Offered from a wide
    // board's first composition, the quote took each void before the text grew into it (quotes on 51 of 68
    // 2400×1200 content boards in the design bench: a device repeated board after board reads as a template).
    if best.metrics.hole > if wide { critic::HOLE_GOAL } else { critic::HOLE_MAX } {
        let max_text = (best.metrics.body_pt / min_body).max(MAX_TEXT_SCALE);
        if let Ok(quoted) = compose_up_to(
            input,
            photos,
            setter,
            max_text,
            &targets,
            Ask {
                quote: true,
                ..Ask::default()
            },
        )? {
            if quoted.metrics.hole < best.metrics.hole {
                best = quoted;
            }
        }
    }
    // Still over the limit: the best arrangement may have bought its edges on the grid with a hole (the text at the
    // photos' measure, wide margins beside both); composed once more with the candidates within the limit first.
    if best.metrics.hole > critic::HOLE_MAX {
        let max_text = (best.metrics.body_pt / min_body).max(MAX_TEXT_SCALE);
        let quote = best.metrics.hole > if wide { critic::HOLE_GOAL } else { critic::HOLE_MAX };
        if let Ok(within) = compose_up_to(
            input,
            photos,
            setter,
            max_text,
            &targets,
            Ask {
                quote,
                limit: true,
                ..Ask::default()
            },
        )? {
            if within.metrics.hole < best.metrics.hole {
                best = within;
            }
        }
    }
    // Still holed with no photo beside it (a short report whose photo is too small to print, or none; too short to
    // pull a quote from): its text in a panel as a 前言's, up to the display size — a designed surface, never a
    // small block in a void (2400×1200, 150 characters: 68.6 % of the body empty under the text).
    if input.photos.is_empty() && !input.paras.is_empty() && best.metrics.hole > critic::HOLE_MAX {
        let ask = Ask {
            panel: true,
            ..Ask::default()
        };
        if let Ok(panel) = compose_up_to(input, photos, setter, DISPLAY_MAX_SCALE, &targets, ask)? {
            if panel.metrics.hole < best.metrics.hole {
                best = panel;
            }
        }
    }
    Ok(Ok(best))
}

/// What one composition is asked for beyond the sizes: a pull quote offered (`quote`), the candidates within the
/// hole limit first (`limit`), a section's text in a panel as a 前言's (`panel`).
#[derive(Clone, Copy, Default)]
struct Ask {
    quote: bool,
    limit: bool,
    panel: bool,
}

/// What 放大 and 缩小 ask of a board sharing its photos: per photo (in `input.photos`' order), the area (mm²) a
/// photo made larger must reach — [`gallery::LARGER_STEP`] times what it gets on the same board composed without
/// emphasis — or a photo made smaller must stay under ([`gallery::SMALLER_STEP`] times it). None for a photo whose
/// resolution cannot print it that large, or that would fall under the minimum photo area; empty when no photo on
/// the board is emphasised or it has only one (alone, a photo takes what the board gives it).
type EmphasisTargets = Vec<Option<(Emphasis, f64)>>;

fn emphasis_targets(
    input: &BoardInput<'_>,
    photos: &[PhotoInput],
    setter: &dyn TextSetter,
) -> Result<EmphasisTargets, LayoutError> {
    if input.photos.len() < 2 || input.photos.iter().all(|s| s.emphasis == Emphasis::Normal) {
        return Ok(Vec::new());
    }
    let plain: Vec<PhotoSlot> = input
        .photos
        .iter()
        .map(|s| PhotoSlot {
            emphasis: Emphasis::Normal,
            ..s.clone()
        })
        .collect();
    let base_input = BoardInput {
        photos: &plain,
        ..input.clone()
    };
    let Ok(base) = compose(&base_input, photos, setter)? else {
        return Ok(Vec::new());
    };
    let min_area = input.spec.min_photo_area();
    Ok(input
        .photos
        .iter()
        .map(|s| {
            let p = photos.get(s.index)?;
            let a = base.frame.items.iter().find_map(|i| match &i.kind {
                ItemKind::Image(o) if o.photo == p.hash => Some(o.rect.area()),
                _ => None,
            })?;
            match s.emphasis {
                Emphasis::Larger => {
                    let (pw, ph) = (f64::from(p.width_px.max(1)), f64::from(p.height_px.max(1)));
                    let (w, h) = resolution_limit(pw, ph, TARGET_PPI, min_area);
                    let aspect = p.aspect();
                    let most = w.min(h * aspect) * h.min(w / aspect);
                    (most >= gallery::LARGER_STEP * a).then_some((Emphasis::Larger, gallery::LARGER_STEP * a))
                }
                Emphasis::Smaller => {
                    (gallery::SMALLER_STEP * a >= min_area).then_some((Emphasis::Smaller, gallery::SMALLER_STEP * a))
                }
                Emphasis::Normal => None,
            }
        })
        .collect())
}

/// [`compose`] with the body of a board with photos set at most `max_text` times its minimum.
fn compose_up_to(
    input: &BoardInput<'_>,
    photos: &[PhotoInput],
    setter: &dyn TextSetter,
    max_text: f64,
    targets: &EmphasisTargets,
    ask: Ask,
) -> Result<Result<Composed, Overflow>, LayoutError> {
    let Ask {
        quote,
        limit,
        panel: as_panel,
    } = ask;
    let spec = input.spec;
    let t = input.theme;
    let st = Styles { min: spec.min_sizes() };
    let safe = Rect::new(
        spec.safe,
        spec.safe,
        spec.width - 2.0 * spec.safe,
        spec.height - 2.0 * spec.safe,
    );
    let mut board = Board {
        fonts: Vec::new(),
        items: Vec::new(),
    };
    let mut band_items = Board {
        fonts: Vec::new(),
        items: Vec::new(),
    };

    // Title band.
    let title_em = st.min.title * MM_PER_PT;
    let mut x0 = safe.x;
    let logo_side = title_em * 2.2;
    if input.logo.is_some() {
        x0 += logo_side + title_em * 0.4;
    }
    let band_w = (safe.right() - x0).floor();
    let mut y = safe.y;
    let kicker = st.band(
        t,
        &t.fonts.heading,
        st.min.heading.max(st.min.caption),
        700,
        Align::Left,
    );
    let org = st.band(t, &t.fonts.body, st.min.caption, 400, Align::Right);
    let (kw, ow) = ((band_w * 0.62).floor(), (band_w * 0.36).floor());
    let mut title_style = st.band(t, &t.fonts.title, st.min.title, 900, Align::Left);
    title_style.letter_spacing_em = 0.05;
    // The board title a little larger than its minimum when it still fits on one line, in the measure the
    // theme's decoration leaves it (never behind the ribbons).
    let title_w = (t.title_right(spec.width, x0 + band_w, title_em * 0.5) - x0)
        .floor()
        .clamp(title_em * 4.0, band_w);
    // A 前言/结束语 board (its text in a panel under the set heading "前　言") carries the exhibition title as its
    // title, without the kicker: "前言" in the band over "前　言" in the panel said the same thing twice. Not a title
    // that would not fit the band at title size in two lines (a long name without break, e.g. a file's): the kicker
    // then holds it, as on every other board.
    let opening = input.photos.is_empty()
        && input.title_source == Source::Theme
        && input.cover.is_none()
        && !input.exhibition_title.trim().is_empty()
        && {
            let set = setter.set(&input.exhibition_title, &title_style, title_w)?;
            set.line_count() <= 2 && fits(&set, title_w)
        };
    let (name, name_source) = if opening {
        (
            input.exhibition_title.as_str(),
            Source::Exhibition { field: "title".into() },
        )
    } else {
        (input.name.as_str(), input.title_source.clone())
    };
    let kset = setter.set(if opening { "" } else { &input.exhibition_title }, &kicker, kw)?;
    let oset = setter.set(&input.organiser, &org, ow)?;
    if !input.exhibition_title.is_empty() && !opening {
        band_items.set_text(
            "exhibition-title".into(),
            Source::Exhibition { field: "title".into() },
            &kset,
            Rect::new(x0, y, kw, 0.0),
            TextRole::ExhibitionTitle,
            st.min.caption,
        );
    }
    if !input.organiser.is_empty() {
        band_items.set_text(
            "organiser".into(),
            Source::Exhibition {
                field: "organiser".into(),
            },
            &oset,
            Rect::new(x0 + band_w - ow, y, ow, 0.0),
            TextRole::Organiser,
            st.min.caption,
        );
    }
    y += kset.height().max(oset.height()) + title_em * 0.15;
    let mut tset = setter.set(name, &title_style, title_w)?;
    for factor in [1.3, 1.15] {
        let bigger = TextStyle {
            size_pt: st.min.title * factor,
            ..title_style.clone()
        };
        let set = setter.set(name, &bigger, title_w)?;
        if set.line_count() <= 1 {
            tset = set;
            break;
        }
    }
    // A title on two lines breaks where its phrases part (after a colon or a dash, at a space or a comma) when
    // each phrase holds one line: a measure alone broke inside a word (…研讨材料：树 / 典型示范引领 促党建质量提升).
    // Otherwise it is balanced (the narrowest measure that keeps two lines, to a tenth of the width): at the full
    // measure the second line held a word's last characters alone (…现场推 / 进会).
    let phrased = if tset.line_count() == 2 {
        phrase_lines(name, &title_style, title_w, setter)?
    } else {
        None
    };
    if let Some(p) = phrased {
        tset = p;
    } else if tset.line_count() == 2 {
        let (mut lo, mut hi) = (title_w * 0.5, title_w);
        for _ in 0..6 {
            let mid = ((lo + hi) / 2.0).floor();
            if setter.set(name, &title_style, mid)?.line_count() == 2 {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        tset = setter.set(name, &title_style, hi)?;
    }
    band_items.set_text(
        "title".into(),
        name_source,
        &tset,
        Rect::new(x0, y, title_w, 0.0),
        TextRole::BoardTitle,
        st.min.title,
    );
    y += tset.height();
    let band_bottom = y + title_em * t.band_padding_em;
    if let Some(logo) = input.logo {
        let side = (band_bottom - safe.y - title_em * 0.3).min(logo_side);
        let r = Rect::new(safe.x, safe.y, side, side);
        band_items.items.push(Item {
            id: "logo".into(),
            source: Source::Photo {
                hash: logo.hash.clone(),
            },
            kind: ItemKind::Image(contain_image(logo, r)),
        });
    }
    for item in t.decoration(
        spec.width,
        spec.height,
        spec.bleed,
        spec.safe,
        band_bottom,
        input.background,
    ) {
        board.items.push(item);
    }
    let band_fonts = band_items.fonts.clone();
    for mut item in band_items.items {
        if let ItemKind::Text(b) = &mut item.kind {
            for r in &mut b.runs {
                r.font = band_fonts.get(r.font).map_or(0, |f| board.font(f));
            }
        }
        board.items.push(item);
    }

    let gap = (0.025 * spec.width.min(spec.height)).clamp(8.0, 20.0);
    // On roll-ups the body ends above the stand's base.
    let bottom = crate::presets::content_bottom(spec.width, spec.height, spec.safe);
    let mut body = Rect::new(safe.x, band_bottom + gap, safe.w, bottom - band_bottom - gap);
    if body.h < title_em * 2.0 {
        return Ok(Err(Overflow::Text));
    }
    let full_body = body;
    let mut figures_area = 0.0;

    // Boards of text only (前言, 结束语, short sections) may set it larger still, and so may tall boards (roll-ups),
    // whose photos fill their width long before their height, and boards whose photos may not print larger than a
    // third of the body (their resolution): the text takes the room they leave.
    let min_area = spec.min_photo_area();
    let photo_room: f64 = input
        .photos
        .iter()
        .filter_map(|s| photos.get(s.index))
        .map(|p| {
            let (w, h) = resolution_limit(
                f64::from(p.width_px.max(1)),
                f64::from(p.height_px.max(1)),
                TARGET_PPI,
                min_area,
            );
            w.min(body.w) * h.min(body.h)
        })
        .sum();
    // 前言 and 结束语 (titled by the theme): their text in a panel, set large.
    let opening_panel = input.photos.is_empty() && input.title_source == Source::Theme;
    let panel = opening_panel || (as_panel && input.photos.is_empty());
    let max_scale = if opening_panel {
        PANEL_MAX_SCALE
    } else if panel {
        DISPLAY_MAX_SCALE
    } else if input.photos.is_empty() || spec.height >= 1.6 * spec.width || photo_room < body.area() / 3.0 {
        TEXT_ONLY_MAX_SCALE.max(max_text)
    } else {
        max_text
    };

    // Key figures as tiles (issue 15 point 5): one row across the top of the body, right under the title and over
    // the section's text they come from (on a roll-up the bottom stands behind the stand's base; at the bottom of
    // other boards the row lay under the photos, away from its text). The row spans the body, so its outer edges
    // are the safe area's. The body text is then set at most a third of the smallest number.
    let pinned = input.body_pt.map(|pt| pt / st.min.body);
    let mut figures_shown = 0;
    // The numbers the tiles show: a pull quote never repeats them.
    let mut tile_values: Vec<String> = Vec::new();
    let mut body_cap = f64::INFINITY;
    let tiles = figure_tiles(
        input.figures,
        input.paras,
        body,
        gap,
        &st,
        t,
        (pinned.unwrap_or(1.0), pinned.unwrap_or(max_scale)),
        setter,
    )?;
    if let Some(tiles) = tiles {
        if body.h - tiles.h - gap > title_em * 2.0 {
            let top = body.y;
            for (k, (value, label)) in tiles.sets.iter().enumerate() {
                let x = tiles.xs[k];
                for (id, rect, fill) in [
                    (
                        format!("figure-tile-{k}"),
                        Rect::new(x, top, tiles.w, tiles.h),
                        crate::dress::panel_fill(t),
                    ),
                    (
                        format!("figure-bar-{k}"),
                        Rect::new(x, top, tiles.w, tiles.bar),
                        crate::dress::bar_colour(t),
                    ),
                ] {
                    board.items.push(Item {
                        id,
                        source: Source::Theme,
                        kind: ItemKind::Rect(RectItem {
                            rect,
                            fill: Some(fill),
                            stroke: None,
                            radius: 0.0,
                        }),
                    });
                }
                let source = Source::Exhibition {
                    field: "key_figures".into(),
                };
                let inner = Rect::new(
                    x + tiles.pad,
                    top + tiles.bar + tiles.pad,
                    tiles.w - 2.0 * tiles.pad,
                    0.0,
                );
                board.set_text(
                    format!("figure-{k}"),
                    source.clone(),
                    value,
                    inner,
                    TextRole::KeyFigure,
                    st.min.heading,
                );
                let under = Rect::new(inner.x, inner.y + tiles.value_h, inner.w, 0.0);
                board.set_text(
                    format!("figure-label-{k}"),
                    source,
                    label,
                    under,
                    TextRole::KeyFigureLabel,
                    st.min.caption,
                );
            }
            figures_shown = tiles.consumed;
            tile_values = tiles.values.clone();
            figures_area = body.w * tiles.h;
            body.y += tiles.h + gap;
            body.h -= tiles.h + gap;
            body_cap = tiles.value_scale / FIGURE_BODY_RATIO;
        }
    }

    // Candidates.
    let max_scale = max_scale.min(body_cap).max(1.0);
    let scales: Vec<f64> = match pinned {
        Some(scale) => vec![scale.max(1.0)],
        None => (0..=10).map(|k| 1.0 + (max_scale - 1.0) * k as f64 / 10.0).collect(),
    };
    let mut cands: Vec<Candidate> = Vec::new();
    let (mut text_fail, mut photo_fail) = (0, 0);
    let em_min = st.min.body * MM_PER_PT;
    let gutter = 1.5 * em_min;
    // A sentence for a pull quote where a board still holed (`quote`, see `compose_sized`) leaves a void, or beside a
    // lone photo at its limit ([`crate::quote`]).
    let beside_pull = (!panel)
        .then(|| crate::quote::sentence(input.paras, &tile_values, &input.name))
        .flatten();
    let pull = beside_pull.clone().filter(|_| quote);
    if input.photos.is_empty() && !input.paras.is_empty() {
        cands = text_only_candidates(input, &st, &scales, body, panel, &tile_values, setter)?;
    }
    // Resolution limits: photos no larger than PREFERRED_PPI allows (tried when it binds), else TARGET_PPI.
    let pixels: Vec<(f64, f64)> = input
        .photos
        .iter()
        .map(|s| {
            photos.get(s.index).map_or((1.0, 1.0), |p| {
                (f64::from(p.width_px.max(1)), f64::from(p.height_px.max(1)))
            })
        })
        .collect();
    let limits = |ppi: f64| -> Vec<Option<(f64, f64)>> {
        pixels
            .iter()
            .map(|&(pw, ph)| Some(resolution_limit(pw, ph, ppi, min_area)))
            .collect()
    };
    let mut levels = vec![limits(TARGET_PPI)];
    let preferred = limits(PREFERRED_PPI);
    if preferred
        .iter()
        .flatten()
        .any(|&(w, h)| w < body.w - 1.0 || h < body.h - 1.0)
    {
        levels.insert(0, preferred);
    }
    let cap_style = st.caption(t);
    let mut cap_err = None;
    // Caption heights by photo and whole millimetres of width: the gallery asks for the same ones many times per
    // board, and each answer from the setter would hash the caption and its style again.
    let mut cap_memo: std::collections::HashMap<(usize, i64), Option<f64>> = std::collections::HashMap::new();
    let mut caption_h = |i: usize, w: f64| -> Option<f64> {
        let text = input.photos.get(i)?.caption.as_deref()?;
        let w = w.floor();
        if w < 4.0 * cap_style.em() {
            return None;
        }
        *cap_memo
            .entry((i, w as i64))
            .or_insert_with(|| match setter.set(text, &cap_style, w) {
                Ok(s) => Some(s.height()),
                Err(e) => {
                    cap_err = Some(e);
                    None
                }
            })
    };
    // Captionless photos report height 0 through the closure above returning None for a missing caption.
    let mut caption_or_zero = |i: usize, w: f64| -> Option<f64> {
        if input.photos.get(i).is_some_and(|p| p.caption.is_none()) {
            return Some(0.0);
        }
        caption_h(i, w)
    };
    // Photos whose whole picture prints at the floor or better at the board's smallest photo area: no cell may take
    // them under it (by a crop to a shape the minimum area stretched, or a row grown to the grid).
    let printable: Vec<bool> = pixels
        .iter()
        .map(|&(pw, ph)| crate::select::ppi_at_min_area(pw as u32, ph as u32, &spec) >= MIN_PPI)
        .collect();
    let generic = cands.is_empty();
    for (level, limit) in levels.iter().enumerate() {
        if !generic {
            break;
        }
        let gphotos: Vec<GalleryPhoto> = input
            .photos
            .iter()
            .zip(limit)
            .map(|(s, max)| GalleryPhoto {
                aspect: photos.get(s.index).map_or(1.0, PhotoInput::aspect),
                emphasis: s.emphasis,
                max: *max,
                keep: s.keep,
            })
            .collect();
        // A row put on the grid may grow its photos down to TARGET_PPI, whatever this level's limit.
        let at_target: Vec<GalleryPhoto> = gphotos
            .iter()
            .zip(&levels[levels.len() - 1])
            .map(|(g, max)| GalleryPhoto { max: *max, ..g.clone() })
            .collect();
        let mut heights = |w: f64| -> Vec<f64> {
            (1..=gphotos.len().min(4))
                .filter_map(|k| {
                    gallery::natural_height(
                        w,
                        &gphotos,
                        &gallery::even_rows(gphotos.len(), k),
                        gap,
                        &mut caption_or_zero,
                    )
                })
                .collect()
        };
        let cap_est = 2.0 * cap_style.line_height * cap_style.em();
        let widths = (1..=gphotos.len().min(4))
            .map(|k| {
                let rows = gallery::even_rows(gphotos.len(), k);
                gallery::natural_width(body.h, &gphotos, &rows, gap, cap_est)
                    .min(gallery::max_block_width(&gphotos, &rows, gap))
            })
            .collect();
        let all_splits = splits(
            body,
            !input.paras.is_empty(),
            !input.photos.is_empty(),
            gap,
            columns_for(body, em_min, gutter),
            gutter,
            &mut Natural {
                heights: &mut heights,
                widths,
            },
        );
        let mut queue: std::collections::VecDeque<Split> = all_splits.into();
        let mut derived = std::collections::HashSet::new();
        while let Some(split) = queue.pop_front() {
            let text = match split.text {
                Some(r) => {
                    // Columns follow the size chosen (about 30 characters each), except beside photos set into
                    // the bottom of the last columns, whose geometry is fixed.
                    let cols_at = |s: f64| -> Vec<Rect> {
                        if split.cut.is_some() {
                            text_columns(r, split.cut, em_min, gutter)
                        } else {
                            let em = em_min * s;
                            scaled_columns(r, em, 1.5 * em, em_min)
                        }
                    };
                    match fit_text(input, &st, &scales, &cols_at, setter)? {
                        Some(x) => Some(x),
                        None => {
                            text_fail += 1;
                            continue;
                        }
                    }
                }
                None => None,
            };
            let mut text = text;
            // Balanced columns where asked, and always beside photos (no half-empty last column).
            let balance_here = split.balance || (split.cut.is_none() && !split.adapt);
            if let (true, Some(r), Some((sc, _))) = (balance_here, split.text, text.as_ref()) {
                let sc = *sc;
                let cols = if split.cut.is_some() {
                    text_columns(r, split.cut, em_min, gutter)
                } else {
                    scaled_columns(r, em_min * sc, 1.5 * em_min * sc, em_min)
                };
                if let Some(b) = balance(input, &st, sc, &cols, setter)? {
                    text = Some((sc, b));
                }
            }
            // A grid split's text in a strip over or under a tall block may come out a line or two per column:
            // such a text reads as one line with holes in it ([`MIN_BALANCED_LINES`]), so the split is dropped.
            if let (true, Some((_, f))) = (split.grid, text.as_ref()) {
                let mut xs: Vec<i64> = f.blocks.iter().map(|b| (b.rect.x * 10.0).round() as i64).collect();
                xs.sort_unstable();
                xs.dedup();
                let lines: usize = f.blocks.iter().map(Placed::line_count).sum();
                if xs.len() > 1 && lines < MIN_BALANCED_LINES * xs.len() {
                    text_fail += 1;
                    continue;
                }
            }
            let mut photo_area = split.photos;
            let text_bottom = text
                .as_ref()
                .map(|(_, f)| f.blocks.iter().map(|b| b.rect.bottom()).fold(body.y, f64::max));
            if let (true, Some(p), Some(used)) = (split.adapt, photo_area, text_bottom) {
                // The photos move up under the text; they are centred in what is left down to the bottom.
                photo_area = Some(Rect::new(p.x, used + gap, p.w, body.bottom() - used - gap));
            }
            // Photos set into the bottom of the last columns need text above them: no empty column over them —
            // over the last one too (text that stops a column short leaves its right edge off the grid, over the
            // photos' right edge).
            // Such text is balanced over the columns (each as short as the text allows), which brings it over
            // the last one; refused when even that does not.
            if let (Some(r), Some((sc, f)), Some(_)) = (split.text, text.as_ref(), split.cut) {
                let reaches =
                    |f: &flow::Flowed| f.blocks.iter().map(|b| b.rect.right()).fold(0.0, f64::max) >= r.right() - 1.0;
                if !reaches(f) {
                    let cols = text_columns(r, split.cut, em_min, gutter);
                    match balance_in(input, &st, *sc, &cols, setter)? {
                        Some(b) if reaches(&b) => text = Some((*sc, b)),
                        _ => {
                            text_fail += 1;
                            continue;
                        }
                    }
                }
                // ... and each column over the photos holds a paragraph's worth, not a line or two: a strip of
                // two-line columns across the top of a photo block reads as a caption band, not as the text.
                let photos_x = split.photos.map_or(r.right(), |p| p.x);
                if let Some((_, f)) = text.as_ref() {
                    let mut over: Vec<(i64, usize)> = Vec::new();
                    for b in f.blocks.iter().filter(|b| b.rect.x >= photos_x - 1.0) {
                        let x = (b.rect.x * 10.0).round() as i64;
                        match over.iter_mut().find(|(k, _)| *k == x) {
                            Some((_, n)) => *n += b.line_count(),
                            None => over.push((x, b.line_count())),
                        }
                    }
                    if over.iter().any(|&(_, n)| n < MIN_BALANCED_LINES) {
                        text_fail += 1;
                        continue;
                    }
                }
            }
            // The photos in rows (for 3–4 photos, a lead photo beside a column of the others is one of the
            // gallery's arrangements); when the best one's rows stagger, also the best justified one: the critic
            // below weighs the two (on a board of photos alone also a block cropped wider than its resolution).
            let choices: Vec<Option<Arrangement>> = match photo_area {
                Some(r) => {
                    let found = if input.paras.is_empty() {
                        gallery::gallery_choices(r, &gphotos, gap, min_area, &mut caption_or_zero)
                    } else {
                        gallery::arrange_choices(r, &gphotos, gap, min_area, &mut caption_or_zero)
                    };
                    if found.is_empty() {
                        photo_fail += 1;
                        continue;
                    }
                    found.into_iter().map(Some).collect()
                }
                None => vec![None],
            };
            for choice in choices {
                let mut last_resort = false;
                let arr = match photo_area {
                    Some(r) => match choice {
                        // ... and a block as wide as those columns.
                        Some(a) if split.cut.is_some() && a.bounds.w < 0.9 * r.w => {
                            photo_fail += 1;
                            continue;
                        }
                        Some(a) if split.text.is_none() => Some(place_block(r, a, 0.5)),
                        // A block smaller than its area (resolution or width reached) is placed in it and the rest
                        // is free space: centred beside or under text, at the bottom of shortened columns.
                        Some(a) if a.resolution_limited || split.adapt => {
                            let v = if split.cut.is_some() {
                                1.0
                            } else if split.photos_first && !split.adapt && r.w >= body.w - 1.0 {
                                0.0
                            } else {
                                0.5
                            };
                            let placed = place_block(r, a, v);
                            if placed.1.coverage >= MIN_COVERAGE {
                                Some(placed)
                            } else if input.sparse && split.cut.is_none() {
                                last_resort = true;
                                Some(placed)
                            } else {
                                photo_fail += 1;
                                continue;
                            }
                        }
                        // Beside text, a photo area less than 85 % covered is refused: fewer photos go on this board.
                        Some(a) if a.coverage >= MIN_COVERAGE => Some((r, a)),
                        // ... unless asked for a last resort: the block centred in its area, the rest free.
                        Some(a) if input.sparse && split.cut.is_none() => {
                            last_resort = true;
                            Some(place_block(r, a, 0.5))
                        }
                        Some(_) | None => {
                            photo_fail += 1;
                            continue;
                        }
                    },
                    None => None,
                };
                // Grid first: a block narrower than its area gives the text its measure (under or over it) or
                // the width it leaves (beside it), tried as a split of its own — once, however many splits lead
                // to it.
                if let Some(d) = arr.as_ref().and_then(|(_, a)| grid_split(&split, body, extent(a), gap)) {
                    let key = (d.text.map(rect_key), d.photos.map(rect_key), d.adapt, d.balance);
                    if derived.insert(key) {
                        queue.push_back(d);
                    }
                }
                // A row narrower than the others (a pyramid) spans from a column's edge to a column's edge.
                let mut arr = arr;
                // The grid lines: the safe area's edges and the text columns'.
                let (mut lefts, mut rights) = (vec![safe.x], vec![safe.right()]);
                for b in text.iter().flat_map(|(_, f)| &f.blocks) {
                    lefts.push(b.rect.x);
                    rights.push(b.rect.right());
                }
                if let (Some((_, a)), Some(region)) = (arr.as_mut(), photo_area) {
                    // ... unless that opens a larger hole than the rows had (a row moved aside leaves a void), one
                    // over half the critic's goal.
                    let hole_with = |a: &Arrangement| {
                        let mut blocks: Vec<Rect> = text.iter().flat_map(|(_, f)| &f.blocks).map(|b| b.rect).collect();
                        blocks.extend(a.cells.iter().flat_map(|c| std::iter::once(c.rect).chain(c.caption)));
                        critic::largest_empty(body, &blocks).area()
                    };
                    let keep_hole = |a: &mut Arrangement, before: Arrangement| {
                        let (after, was) = (hole_with(a), hole_with(&before));
                        if after > was + 1.0 && after > 0.5 * critic::HOLE_GOAL * body.area() {
                            *a = before;
                        }
                    };
                    let unsnapped = a.clone();
                    if gallery::snap_rows(
                        a,
                        &at_target,
                        region,
                        (&lefts, &rights),
                        gap,
                        min_area,
                        &mut caption_or_zero,
                    ) {
                        keep_hole(a, unsnapped);
                    }
                    // A row still off the grid (a photo at its limit, smaller than its cell) goes to the grid line
                    // on its left, its caption beside it taking the rest of the cell — on the same condition.
                    let unmoved = a.clone();
                    if gallery::caption_beside(
                        a,
                        region,
                        (&lefts, &rights),
                        gap,
                        CAPTION_BESIDE_MIN_EM * cap_style.em(),
                        &mut caption_or_zero,
                    ) {
                        keep_hole(a, unmoved);
                    }
                }
                // Never under the print floor where the photo clears it whole: export would stop on an automatic
                // layout (a 1920×1200 wallpaper at 79 ppi whole, cropped taller in a row on 2400×1200: 66 ppi).
                let under_floor = arr.as_ref().is_some_and(|(_, a)| {
                    a.cells
                        .iter()
                        .zip(&pixels)
                        .zip(&printable)
                        .any(|((c, &(pw, ph)), &ok)| ok && 25.4 * (pw / c.rect.w).min(ph / c.rect.h) < MIN_PPI - 0.05)
                });
                if under_floor {
                    photo_fail += 1;
                    continue;
                }
                // Beside the text, rows that cannot span their area also go flush with the safe area's edge:
                // the void they leave then faces the text, where a pull quote or the text may take it. Such a
                // candidate counts only when the board is then on the grid (its quote included): a row moved
                // to one grid line with its other edge still off only trades a centred void for a larger one.
                let flushed = arr
                    .as_ref()
                    .and_then(|(r, a)| flush_outward(a, photo_area.unwrap_or(*r), body).map(|f| (*r, f)));
                // A lone photo still off the grid (at its limit, no caption to set beside it) goes to a grid line
                // and a pull quote takes the rest of its cell, level with it: offered on every board (it takes
                // two off-grid edges and the voids either side away), counted only when the board is then on the
                // grid ([`gallery::lone_row_aside`]).
                let aside = match (&arr, photo_area, &beside_pull, &text) {
                    (Some((r, a)), Some(region), Some(_), Some(_)) if targets.is_empty() => gallery::lone_row_aside(
                        a,
                        &at_target,
                        region,
                        (&lefts, &rights),
                        gap,
                        QUOTE_ASIDE_MIN_EM * em_min,
                    )
                    .map(|(moved, room)| ((*r, moved), room)),
                    _ => None,
                };
                let (aside, room) = aside.map_or((None, None), |(a, room)| (Some(Some(a)), Some(room)));
                // Photos at their limit centred in their area, off the grid: the block on a tinted mat spanning
                // the area from grid line to grid line, counted only when the board is then on the grid.
                // Every photo at its limit: at 100 ppi or under (a WeChat copy at the minimum area), never one
                // that a larger arrangement could show larger.
                let at_limit = |a: &Arrangement| {
                    a.cells
                        .iter()
                        .zip(&pixels)
                        .all(|(c, &(pw, ph))| 25.4 * (pw / c.rect.w).min(ph / c.rect.h) <= MAT_PPI * TARGET_PPI)
                };
                let mat = match (&arr, photo_area) {
                    (Some((r, a)), Some(region)) if at_limit(a) => {
                        matted(a, region, gap).map(|(m, a)| (Some((*r, a)), m))
                    }
                    _ => None,
                };
                let variants = std::iter::once((arr, None, None))
                    .chain(flushed.map(|f| (Some(f), None, None)))
                    .chain(aside.map(|a| (a, room, None)))
                    .chain(mat.map(|(a, m)| (a, None, Some(m))));
                for (variant, (arr, aside_room, mat)) in variants.enumerate() {
                    let on_grid_only = variant > 0;
                    let size = text
                        .as_ref()
                        .map_or(0.0, |(s, _)| ((s - 1.0) / (MAX_TEXT_SCALE - 1.0)).min(1.0));
                    let text_area: f64 = text
                        .as_ref()
                        .map_or(0.0, |(_, f)| f.blocks.iter().map(|b| b.rect.area()).sum());
                    let photo_area_used: f64 = arr.as_ref().map_or(0.0, |(_, a)| {
                        a.cells
                            .iter()
                            .map(|c| c.rect.area() + c.caption.map_or(0.0, |r| r.area()))
                            .sum()
                    });
                    // On a mat, the mat is the block the eye sees.
                    let photo_area_used = mat.map_or(photo_area_used, |m| m.area());
                    let fill = ((text_area + photo_area_used) / body.area()).min(1.0);
                    let (cov, crop, pen) = arr
                        .as_ref()
                        .map_or((0.0, 0.0, 0.0), |(_, a)| (a.coverage, a.mean_crop, a.emphasis_penalty));
                    // Emphasis: a larger photo's share of the photo area counts for the candidate, a smaller one's against.
                    let emphasis: f64 = arr.as_ref().map_or(0.0, |(r, a)| {
                        a.cells
                            .iter()
                            .zip(input.photos)
                            .map(|(c, p)| match p.emphasis {
                                Emphasis::Larger => 2.0 * c.rect.area() / r.area(),
                                Emphasis::Smaller => -2.0 * c.rect.area() / r.area(),
                                Emphasis::Normal => 0.0,
                            })
                            .sum()
                    });
                    // Resolution: 0 for photos at TARGET_PPI, 1 at PREFERRED_PPI or more (mean over photos).
                    let sharp = arr.as_ref().map_or(0.0, |(_, a)| {
                        let n = a.cells.len().max(1) as f64;
                        a.cells
                            .iter()
                            .zip(&pixels)
                            .map(|(c, &(pw, ph))| {
                                let ppi = 25.4 * (pw / c.rect.w).min(ph / c.rect.h);
                                ((ppi - TARGET_PPI) / (PREFERRED_PPI - TARGET_PPI)).clamp(0.0, 1.0)
                            })
                            .sum::<f64>()
                            / n
                    });
                    // The design critic: a hole in the body (an empty rectangle over 8 % of it) costs the candidate.
                    let mut blocks: Vec<Rect> = text
                        .as_ref()
                        .map_or(Vec::new(), |(_, f)| f.blocks.iter().map(|b| b.rect).collect());
                    if let Some((_, a)) = &arr {
                        blocks.extend(a.cells.iter().flat_map(|c| std::iter::once(c.rect).chain(c.caption)));
                    }
                    let hole = critic::hole_penalty(body, &blocks);
                    let captions: Vec<Rect> = arr
                        .as_ref()
                        .map_or(Vec::new(), |(_, a)| a.cells.iter().filter_map(|c| c.caption).collect());
                    // Captions under their photos follow them; one beside its photo is a block of its own (the critic's
                    // rule).
                    let shots: Vec<Rect> = arr
                        .as_ref()
                        .map_or(Vec::new(), |(_, a)| a.cells.iter().map(|c| c.rect).collect());
                    let captions: Vec<Rect> = captions.into_iter().filter(|r| !critic::is_beside(r, &shots)).collect();
                    blocks.retain(|b| !captions.contains(b));
                    if let Some(m) = mat {
                        blocks.retain(|b| !m.contains(b));
                        blocks.push(m);
                    }
                    // The body text's columns are grid lines of their own (the critic's rule): the rest must hang
                    // from them or the safe area.
                    let mut columns: Vec<bool> = text.as_ref().map_or(Vec::new(), |(_, f)| {
                        f.blocks.iter().map(|b| b.role == TextRole::Body).collect()
                    });
                    columns.resize(blocks.len(), false);
                    let misaligned = critic::misaligned_edges(safe, &blocks, Some(&columns), gap);
                    // A photo standing short in its row under a void (free rows not cut to one height).
                    let stepped = critic::stepped_photos(&shots, &[blocks.as_slice(), &shots].concat(), gap);
                    let score = score(cov, crop, size, fill, split.photos_first, pen - emphasis) + 0.3 * sharp
                        - 0.01 * level as f64
                        - HOLE_WEIGHT * hole
                        - MISALIGNED_WEIGHT * misaligned as f64
                        - STEPPED_WEIGHT * stepped as f64
                        - if last_resort { LAST_RESORT } else { 0.0 };
                    // A wide board's void beside photos at their resolution limit takes a pull quote (scored as any
                    // candidate, a little less for repeating a sentence). Not where the user made a photo larger or
                    // smaller: there the photos' sizes show that step.
                    let quote = match (&pull, &beside_pull, &text, aside_room) {
                        _ if mat.is_some() => None,
                        (_, Some((q, src)), Some((s, _)), Some(room)) => {
                            let style = TextStyle {
                                color: t.figure,
                                ..st.heading(t, 1.0)
                            };
                            let q = crate::quote::place(
                                room,
                                q,
                                src.clone(),
                                &style,
                                st.min.body * s,
                                st.min.body,
                                setter,
                            )?;
                            if q.is_none() {
                                continue;
                            }
                            q
                        }
                        (Some((q, src)), _, Some((s, f)), None) if hole > 0.0 && targets.is_empty() => {
                            let mut around: Vec<Rect> = f.blocks.iter().map(|b| b.rect).collect();
                            if let Some((_, a)) = &arr {
                                around.extend(a.cells.iter().flat_map(|c| std::iter::once(c.rect).chain(c.caption)));
                            }
                            let style = TextStyle {
                                color: t.figure,
                                ..st.heading(t, 1.0)
                            };
                            crate::quote::in_hole(
                                body,
                                &around,
                                gap,
                                q,
                                src.clone(),
                                &style,
                                st.min.body * s,
                                st.min.body,
                                setter,
                            )?
                        }
                        _ => None,
                    };
                    if let Some(q) = quote {
                        let mut with = blocks.clone();
                        with.extend(captions.iter().copied());
                        with.push(q.tile);
                        let qhole = critic::hole_penalty(body, &with);
                        let qfill = (fill + q.tile.area() / body.area()).min(1.0);
                        let qmisaligned = critic::misaligned_edges(
                            safe,
                            &[blocks.clone(), vec![q.tile]].concat(),
                            Some(&[columns.clone(), vec![false]].concat()),
                            gap,
                        );
                        let qscore = score + 1.5 * (qfill - fill) + HOLE_WEIGHT * (hole - qhole)
                            - MISALIGNED_WEIGHT * (qmisaligned as f64 - misaligned as f64)
                            - QUOTE_PENALTY;
                        if !on_grid_only || qmisaligned == 0 {
                            cands.push(Candidate {
                                text: text.clone(),
                                photos: arr.clone(),
                                panel: None,
                                heading: None,
                                quote: Some(q),
                                mat: None,
                                score: qscore,
                                fill: qfill,
                            });
                        }
                    }
                    if (!on_grid_only || misaligned == 0) && aside_room.is_none() {
                        cands.push(Candidate {
                            text: text.clone(),
                            photos: arr,
                            panel: None,
                            heading: None,
                            quote: None,
                            mat,
                            score,
                            fill,
                        });
                    }
                }
            }
        }
    }
    if let Some(e) = cap_err {
        return Err(e);
    }
    // 放大 and 缩小 are a clear step: only candidates that give each emphasised photo its target count; when none
    // gives a larger photo its room, fewer photos go on this board (a smaller photo's target is only preferred).
    if targets.iter().any(Option::is_some) {
        let meets = |c: &Candidate, larger_only: bool| {
            c.photos.as_ref().is_some_and(|(_, a)| {
                a.cells.iter().zip(targets).all(|(cell, t)| match t {
                    Some((Emphasis::Larger, at_least)) => cell.rect.area() >= at_least - 1e-6,
                    Some((_, at_most)) => larger_only || cell.rect.area() <= at_most + 1e-6,
                    None => true,
                })
            })
        };
        if cands.iter().any(|c| meets(c, false)) {
            cands.retain(|c| meets(c, false));
        } else if cands.iter().any(|c| meets(c, true)) {
            cands.retain(|c| meets(c, true));
        } else if targets.iter().flatten().any(|(e, _)| *e == Emphasis::Larger) {
            return Ok(Err(Overflow::Photos));
        }
    }
    if cands.is_empty() {
        return Ok(Err(if photo_fail > 0 && (text_fail == 0 || photo_fail > text_fail) {
            Overflow::Photos
        } else {
            Overflow::Text
        }));
    }
    let mut order: Vec<usize> = (0..cands.len()).collect();
    order.sort_by(|a, b| cands[*b].score.total_cmp(&cands[*a].score).then(a.cmp(b)));
    // Candidates that came out the same (e.g. at both resolution targets) count once.
    let mut seen = std::collections::HashSet::new();
    order.retain(|&i| seen.insert(signature(&cands[i])));
    // Asked to keep within the hole limit (a board still over it after every range and the quote): the candidates
    // within it come first — an arrangement on the grid whose measure leaves wide margins yields to one within.
    if limit {
        let within =
            |&i: &usize| judge(&cands[i], body, safe, gap).2 * body.area() <= critic::HOLE_MAX * full_body.area();
        let (on, off): (Vec<usize>, Vec<usize>) = order.iter().partition(|i| within(i));
        order = on.into_iter().chain(off).collect();
    }
    // A board of photos alone (活动剪影) never centres a short row (issue 15 point 2): the arrangements whose rows
    // line up (justified to one width, or a photo at its limit paired with a wider one) come first, when one of
    // them keeps its hole within the limit — a block with even bands beside it reads as designed, a pyramid does
    // not. The others stay as "another arrangement".
    // Rows on the grid first; where none are, rows lined up with each other (a justified block with even bands
    // either side) before a pyramid.
    if input.paras.is_empty() && !input.photos.is_empty() {
        let judged: Vec<(usize, usize, f64)> = order.iter().map(|&i| judge(&cands[i], body, safe, gap)).collect();
        let on_grid = |&(m, _, h): &(usize, usize, f64)| m == 0 && h <= critic::HOLE_MAX;
        let lined_up = |&(_, m, h): &(usize, usize, f64)| m == 0 && h <= critic::HOLE_MAX;
        let aligned = if judged.iter().any(on_grid) { on_grid } else { lined_up };
        if judged.iter().any(aligned) {
            let (on, off): (Vec<_>, Vec<_>) = order.iter().zip(&judged).partition(|(_, j)| aligned(j));
            order = on.into_iter().chain(off).map(|(&i, _)| i).collect();
        }
    }
    let pick = input.arrangement % order.len();
    let c = &cands[order[pick]];

    // Items: the panel, photos with captions, then text.
    if let Some(p) = c.panel {
        board.items.push(Item {
            id: "panel".into(),
            source: Source::Theme,
            kind: ItemKind::Rect(RectItem {
                rect: p,
                fill: Some(crate::dress::panel_fill(t)),
                stroke: None,
                radius: 0.0,
            }),
        });
    }
    if let Some(m) = c.mat {
        board.items.push(Item {
            id: MAT_ID.into(),
            source: Source::Theme,
            kind: ItemKind::Rect(RectItem {
                rect: m,
                fill: Some(crate::dress::panel_fill(t)),
                stroke: None,
                radius: 0.0,
            }),
        });
    }
    if let Some((at, pt, set)) = &c.heading {
        board.set_text("panel-heading".into(), Source::Theme, set, *at, TextRole::Heading1, *pt);
    }
    if let Some(q) = &c.quote {
        for (id, rect, fill) in [
            ("quote-tile", q.tile, crate::dress::panel_fill(t)),
            ("quote-bar", q.bar, crate::dress::bar_colour(t)),
        ] {
            board.items.push(Item {
                id: id.into(),
                source: Source::Theme,
                kind: ItemKind::Rect(RectItem {
                    rect,
                    fill: Some(fill),
                    stroke: None,
                    radius: 0.0,
                }),
            });
        }
        board.set_text(
            "pull-quote".into(),
            q.source.clone(),
            &q.set,
            q.at,
            TextRole::Heading1,
            q.pt,
        );
    }
    if let Some((_, arr)) = &c.photos {
        for (slot, cell) in input.photos.iter().zip(&arr.cells) {
            let Some(p) = photos.get(slot.index) else { continue };
            let crop = gallery::crop_rect(
                f64::from(p.width_px.max(1)),
                f64::from(p.height_px.max(1)),
                cell.rect,
                slot.focal,
                slot.keep,
            );
            board.items.push(Item {
                id: format!("photo-{}", p.hash),
                source: Source::Photo { hash: p.hash.clone() },
                kind: ItemKind::Image(ImageItem {
                    photo: p.hash.clone(),
                    rect: cell.rect,
                    crop,
                    orientation: p.orientation,
                    pixel_width: p.width_px,
                    pixel_height: p.height_px,
                }),
            });
            if let (Some(cr), Some(text)) = (cell.caption, slot.caption.as_deref()) {
                let set = setter.set(text, &cap_style, cr.w.floor())?;
                board.set_text(
                    format!("caption-{}", p.hash),
                    Source::Caption { hash: p.hash.clone() },
                    &set,
                    Rect::new(cr.x, cr.y, cr.w, 0.0),
                    TextRole::Caption,
                    st.min.caption,
                );
            }
        }
    }
    let mut body_pt = st.min.body;
    if let Some((scale, flowed)) = &c.text {
        body_pt = st.min.body * scale;
        for (k, p) in flowed.blocks.iter().enumerate() {
            board.text(format!("text-{k}"), p.source.clone(), p.block(), p.fonts());
        }
    }
    crate::dress::dress(t, &mut board.items);
    let frame = board.into_frame(input, t);
    let metrics = BoardMetrics {
        coverage: c.photos.as_ref().map(|(_, a)| a.coverage),
        mean_crop: c.photos.as_ref().map(|(_, a)| a.mean_crop),
        body_pt,
        score: c.score,
        arrangement: pick,
        arrangements: order.len(),
        figures_shown,
        fill: ((c.fill * body.area() + figures_area) / full_body.area()).min(1.0),
        hole: critic::critique(&frame).hole_share,
        bare_hole: bare_hole(&frame),
    };
    Ok(Ok(Composed {
        frame: std::sync::Arc::new(frame),
        metrics,
    }))
}

/// The largest scale in `scales` at which the board's paragraphs fit `region` (binary search; height grows with
/// size; the columns may depend on the size), with the poured blocks.
fn fit_text(
    input: &BoardInput<'_>,
    st: &Styles,
    scales: &[f64],
    cols_at: &dyn Fn(f64) -> Vec<Rect>,
    setter: &dyn TextSetter,
) -> Result<Option<(f64, flow::Flowed)>, LayoutError> {
    let try_scale = |s: f64| {
        let cols = cols_at(s);
        if cols.is_empty() {
            return Ok(None);
        }
        pour_at(input, st, s, &cols, setter)
    };
    let Some(mut best) = try_scale(scales[0])? else {
        return Ok(None);
    };
    let mut best_s = scales[0];
    let (mut lo, mut hi) = (0usize, scales.len());
    while hi - lo > 1 {
        let mid = (lo + hi) / 2;
        match try_scale(scales[mid])? {
            Some(f) => {
                lo = mid;
                best = f;
                best_s = scales[mid];
            }
            None => hi = mid,
        }
    }
    Ok(Some((best_s, best)))
}

/// Pours the board's paragraphs into `cols` at body scale `s`.
fn pour_at(
    input: &BoardInput<'_>,
    st: &Styles,
    s: f64,
    cols: &[Rect],
    setter: &dyn TextSetter,
) -> Result<Option<flow::Flowed>, LayoutError> {
    let paras: Vec<FlowPara<'_>> = input
        .paras
        .iter()
        .map(|p| {
            let heading = p.role != TextRole::Body;
            let style = if heading {
                st.heading(input.theme, s)
            } else {
                st.body(input.theme, s, p.continued)
            };
            let em = style.em();
            FlowPara {
                text: &p.text,
                role: p.role,
                min_size_pt: if heading { st.min.heading } else { st.min.body },
                space_after: if heading { 0.3 * em } else { 0.5 * em },
                keep_with_next: heading,
                source: p.source.clone(),
                style,
            }
        })
        .collect();
    flow::pour(&paras, cols, setter)
}

/// Balanced columns hold at least this many lines each; a shorter text takes fewer columns (one short paragraph
/// spread one line per column reads as a single line with holes in it).
const MIN_BALANCED_LINES: usize = 3;

/// A title set as two lines parted where its phrases part: after "：" or "——", at a space, after "，" — the
/// most even such parting whose halves (each at least four characters) hold one line each at `width`; None when
/// there is none. The lines are the halves set one by one, so the title's text reads as before.
fn phrase_lines(
    title: &str,
    style: &TextStyle,
    width: f64,
    setter: &dyn TextSetter,
) -> Result<Option<std::sync::Arc<SetText>>, LayoutError> {
    let title = title.trim();
    let mut best: Option<(usize, &str, &str)> = None;
    for (i, c) in title.char_indices() {
        let after = i + c.len_utf8();
        let (a, b) = match c {
            '：' | ':' | '，' | ',' => (&title[..after], &title[after..]),
            '—' if title[after..].starts_with('—') => {
                (&title[..after + '—'.len_utf8()], &title[after + '—'.len_utf8()..])
            }
            ' ' | '\u{3000}' => (&title[..after], &title[after..]),
            _ => continue,
        };
        // (a space parting stays at the end of the first line: the title reads back as written)
        let (a, b) = (a.trim_start(), b.trim());
        let (na, nb) = (a.chars().count(), b.chars().count());
        if na < 4 || nb < 4 {
            continue;
        }
        let uneven = na.abs_diff(nb);
        if best.is_none_or(|(u, _, _)| uneven < u) {
            best = Some((uneven, a, b));
        }
    }
    let Some((_, a, b)) = best else {
        return Ok(None);
    };
    let (sa, sb) = (setter.set(a, style, width)?, setter.set(b, style, width)?);
    if sa.line_count() != 1 || sb.line_count() != 1 {
        return Ok(None);
    }
    let mut fonts = sa.fonts().to_vec();
    let mut lines = sa.lines().to_vec();
    for line in sb.lines() {
        let mut line = line.clone();
        for r in &mut line.runs {
            let face = &sb.fonts()[r.font];
            r.font = match fonts.iter().position(|f| f == face) {
                Some(k) => k,
                None => {
                    fonts.push(face.clone());
                    fonts.len() - 1
                }
            };
        }
        lines.push(line);
    }
    Ok(Some(std::sync::Arc::new(SetText::new(lines, fonts))))
}

/// The same text at the same size in the shortest columns that hold it (whole millimetres): balanced columns,
/// as many of `cols` (from the left) as give each column at least [`MIN_BALANCED_LINES`] lines.
fn balance(
    input: &BoardInput<'_>,
    st: &Styles,
    s: f64,
    cols: &[Rect],
    setter: &dyn TextSetter,
) -> Result<Option<flow::Flowed>, LayoutError> {
    let best = balance_in(input, st, s, cols, setter)?;
    if let Some(f) = &best {
        let lines: usize = f.blocks.iter().map(Placed::line_count).sum();
        if cols.len() > 1 && lines < MIN_BALANCED_LINES * cols.len() {
            if let Some(fewer) = balance(input, st, s, &cols[..cols.len() - 1], setter)? {
                return Ok(Some(fewer));
            }
        }
    }
    Ok(best)
}

fn balance_in(
    input: &BoardInput<'_>,
    st: &Styles,
    s: f64,
    cols: &[Rect],
    setter: &dyn TextSetter,
) -> Result<Option<flow::Flowed>, LayoutError> {
    let full = cols.iter().map(|c| c.h).fold(0.0, f64::max);
    let (mut lo, mut hi) = (0.0f64, full.floor());
    let mut best = None;
    while hi - lo > 1.0 {
        let mid = ((lo + hi) / 2.0).floor();
        let short: Vec<Rect> = cols.iter().map(|c| Rect::new(c.x, c.y, c.w, c.h.min(mid))).collect();
        match pour_at(input, st, s, &short, setter)? {
            Some(f) => {
                hi = mid;
                best = Some(f);
            }
            None => lo = mid,
        }
    }
    Ok(best)
}

/// The largest empty rectangle the content of a composed board leaves, a photo mat ([`matted`]) not counted.
pub(crate) fn bare_hole(frame: &BoardFrame) -> f64 {
    if !frame.items.iter().any(|i| i.id == MAT_ID) {
        return critic::critique(frame).hole_share;
    }
    let mut bare = frame.clone();
    bare.items.retain(|i| i.id != MAT_ID);
    critic::critique(&bare).hole_share
}

/// The critic's view of a candidate: its outer edges off the grid, those aligned with no block at all (the loose
/// count) and its largest empty rectangle's share of `body`.
fn judge(c: &Candidate, body: Rect, safe: Rect, gap: f64) -> (usize, usize, f64) {
    let mut blocks: Vec<Rect> = c
        .text
        .as_ref()
        .map_or(Vec::new(), |(_, f)| f.blocks.iter().map(|b| b.rect).collect());
    let mut columns: Vec<bool> = c.text.as_ref().map_or(Vec::new(), |(_, f)| {
        f.blocks.iter().map(|b| b.role == TextRole::Body).collect()
    });
    let mut all = Vec::new();
    if let Some((_, a)) = &c.photos {
        let shots: Vec<Rect> = a.cells.iter().map(|c| c.rect).collect();
        blocks.extend(&shots);
        for cap in a.cells.iter().filter_map(|c| c.caption) {
            // A caption under its photo follows it; one beside it is a block of its own.
            if critic::is_beside(&cap, &shots) {
                blocks.push(cap);
            } else {
                all.push(cap);
            }
        }
    }
    blocks.extend(c.quote.as_ref().map(|q| q.tile));
    if let Some(m) = c.mat {
        blocks.retain(|b| !m.contains(b));
        all.retain(|b| !m.contains(b));
        blocks.push(m);
    }
    all.extend(&blocks);
    columns.resize(blocks.len(), false);
    (
        critic::misaligned_edges(safe, &blocks, Some(&columns), gap),
        critic::misaligned_edges(safe, &blocks, None, gap),
        critic::largest_empty(body, &all).area() / body.area().max(1e-9),
    )
}

/// What a candidate looks like, to tell identical ones apart (positions to 0.1 mm).
fn signature(c: &Candidate) -> String {
    let r = |r: &Rect| format!("{:.1},{:.1},{:.1},{:.1};", r.x, r.y, r.w, r.h);
    let mut s = String::new();
    if let Some((scale, f)) = &c.text {
        s.push_str(&format!("{scale:.3}:"));
        for b in &f.blocks {
            s.push_str(&r(&b.rect));
        }
    }
    if let Some(m) = &c.mat {
        s.push_str("m:");
        s.push_str(&r(m));
    }
    if let Some(q) = &c.quote {
        s.push_str("q:");
        s.push_str(&r(&q.tile));
    }
    if let Some((_, a)) = &c.photos {
        s.push('|');
        for cell in &a.cells {
            s.push_str(&r(&cell.rect));
        }
    }
    s
}

/// A rectangle to a tenth of a millimetre, to tell splits apart.
fn rect_key(r: Rect) -> [i64; 4] {
    [r.x, r.y, r.w, r.h].map(|v| (v * 10.0).round() as i64)
}

/// The extent of an arrangement's photos and captions.
fn extent(a: &Arrangement) -> Rect {
    let (mut x0, mut y0, mut x1, mut y1) = (f64::INFINITY, f64::INFINITY, f64::NEG_INFINITY, f64::NEG_INFINITY);
    for c in &a.cells {
        for r in std::iter::once(c.rect).chain(c.caption) {
            x0 = x0.min(r.x);
            y0 = y0.min(r.y);
            x1 = x1.max(r.right());
            y1 = y1.max(r.bottom());
        }
    }
    Rect::new(x0, y0, (x1 - x0).max(0.0), (y1 - y0).max(0.0))
}

/// Photos at their limit (the block smaller than its area: they cannot grow) standing short of their area's edges:
/// the block centred on a tinted mat that spans the area from grid line to grid line —
/// framed, not floating; the mat's edges are the block's (issue 15). None when the photos could grow, when the
/// block leaves no inset of half a gap around it, or when photos and captions would cover under
/// [`MAT_MIN_COVER`] of the mat (a stamp on a tinted field).
fn matted(a: &Arrangement, area: Rect, gap: f64) -> Option<(Rect, Arrangement)> {
    let b = extent(a);
    let (pad, t) = (0.5 * gap, critic::ALIGN_TOLERANCE);
    let short = b.x > area.x + t || b.right() < area.right() - t;
    if !a.resolution_limited || !short || b.w + 2.0 * pad > area.w || b.h + 2.0 * pad > area.h {
        return None;
    }
    let covered: f64 = a
        .cells
        .iter()
        .map(|c| c.rect.area() + c.caption.map_or(0.0, |r| r.area()))
        .sum();
    if covered < MAT_MIN_COVER * area.area() {
        return None;
    }
    let (dx, dy) = (area.x + (area.w - b.w) / 2.0 - b.x, area.y + (area.h - b.h) / 2.0 - b.y);
    let mut a = a.clone();
    for c in &mut a.cells {
        for r in std::iter::once(&mut c.rect).chain(c.caption.as_mut()) {
            r.x += dx;
            r.y += dy;
        }
    }
    a.bounds = Rect::new(a.bounds.x + dx, a.bounds.y + dy, a.bounds.w, a.bounds.h);
    Some((area, a))
}

/// Grid-first sizing: the split that puts a photo block narrower than its area (its photos reached their
/// resolution limit, or the area's height narrowed its rows) on the grid instead of centring it in a void. Beside
/// the text, the block goes to the safe area's edge and the text takes the rest of the width; under or over a
/// full-width text, the text takes the block's measure (both centred, so their edges line up and the margins
/// share the spare width). None when the block already spans its area, for photos set into text columns, and for
/// a split already derived.
fn grid_split(split: &Split, body: Rect, block: Rect, gap: f64) -> Option<Split> {
    if split.grid || split.cut.is_some() {
        return None;
    }
    let (t, p) = (split.text?, split.photos?);
    if block.w >= p.w - 1.0 || block.w <= 0.0 {
        return None;
    }
    let full_h = |r: Rect| r.h >= body.h - 1.0;
    let full_w = |r: Rect| r.w >= body.w - 1.0;
    let (text, photos) = if full_h(t) && full_h(p) {
        let tw = (body.w - block.w - gap).floor();
        if p.x > t.x {
            (
                Rect::new(body.x, body.y, tw, body.h),
                Rect::new(body.right() - block.w, body.y, block.w, body.h),
            )
        } else {
            (
                Rect::new(body.right() - tw, body.y, tw, body.h),
                Rect::new(body.x, body.y, block.w, body.h),
            )
        }
    } else if full_w(t) && full_w(p) {
        let th = (body.h - block.h - gap).floor();
        if th <= 0.0 {
            return None;
        }
        if p.y > t.y {
            (
                Rect::new(block.x, body.y, block.w, th),
                Rect::new(block.x, body.bottom() - block.h, block.w, block.h),
            )
        } else {
            (
                Rect::new(block.x, body.bottom() - th, block.w, th),
                Rect::new(block.x, body.y, block.w, block.h),
            )
        }
    } else {
        return None;
    };
    Some(Split {
        text: Some(text),
        photos: Some(photos),
        grid: true,
        ..*split
    })
}

/// A block of rows placed in `area` (`valign` 0 top, 0.5 centred, 1 bottom); the block itself becomes the photo
/// area, and its coverage is measured on it — on its rows when the photos' resolution made them narrower than the
/// block (each row is centred at the width its photos allow). The rest of `area` is left free.
fn place_block(area: Rect, mut a: Arrangement, valign: f64) -> (Rect, Arrangement) {
    let b = a.bounds;
    let dy = ((area.bottom() - b.bottom()) * valign).max(0.0);
    let covered: f64 = a
        .cells
        .iter()
        .map(|c| c.rect.area() + c.caption.map_or(0.0, |r| r.area()))
        .sum();
    for c in &mut a.cells {
        c.rect.y += dy;
        if let Some(r) = c.caption.as_mut() {
            r.y += dy;
        }
    }
    let placed = Rect::new(b.x, b.y + dy, b.w, b.h);
    a.bounds = placed;
    let photo_area = if a.resolution_limited {
        a.rows_area
    } else {
        placed.area()
    };
    a.coverage = (covered / photo_area.max(1e-9)).min(1.0);
    (placed, a)
}

/// A block beside the text (its area on the body's left or right edge, not both) with rows narrower than the area
/// — photos at their resolution limit, a portrait under a landscape — and each such row moved flush with the
/// body's edge on that side, so that its outer edge is on the safe area and the void it leaves faces the text
/// (where the text or a pull quote may take it). None when no row moves, when the cells are not rows (a lead
/// photo beside a column), or when a caption stands beside its photo (its place is on the grid already).
fn flush_outward(a: &Arrangement, area: Rect, body: Rect) -> Option<Arrangement> {
    const TOL: f64 = 1.0;
    let right = area.right() >= body.right() - TOL && area.x > body.x + TOL;
    let left = area.x <= body.x + TOL && area.right() < body.right() - TOL;
    if !(right || left) || a.cells.is_empty() {
        return None;
    }
    let rows = gallery::rows_of(a)?;
    if a.cells
        .iter()
        .any(|c| c.caption.is_some_and(|r| (r.y - c.rect.bottom()).abs() > 1e-6))
    {
        return None;
    }
    let mut out = a.clone();
    let mut moved = false;
    for (i, j) in rows {
        let (x0, x1) = (a.cells[i].rect.x, a.cells[j - 1].rect.right());
        let dx = if right { area.right() - x1 } else { area.x - x0 };
        if dx.abs() <= TOL {
            continue;
        }
        for c in &mut out.cells[i..j] {
            c.rect.x += dx;
            if let Some(r) = c.caption.as_mut() {
                r.x += dx;
            }
        }
        moved = true;
    }
    if !moved {
        return None;
    }
    let (l, r) = out.cells.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(l, r), c| {
        (l.min(c.rect.x), r.max(c.rect.right()))
    });
    out.bounds = Rect::new(l, out.bounds.y, r - l, out.bounds.h);
    Some(out)
}

/// The largest cell (w, h in mm) a `pw`×`ph` photo may fill at `ppi`; when that is under the board's minimum
/// photo area, the size at which the photo (hardly cropped) still reaches the minimum — such a photo prints below
/// `ppi` and is reported.
pub fn resolution_limit(pw: f64, ph: f64, ppi: f64, min_area: f64) -> (f64, f64) {
    let (mut w, mut h) = (25.4 * pw / ppi, 25.4 * ph / ppi);
    let need = min_area * crate::presets::MIN_AREA_SLACK;
    if w * h < need {
        let k = (need / (w * h)).sqrt();
        w *= k;
        h *= k;
    }
    (w, h)
}

/// Key figures' numbers: this many times the minimum body size, shrunk in quarter steps to one line in their tile.
pub const FIGURE_SCALE: f64 = 4.5;
/// A key figure's number is at least this many times the body size of its board (issue 15 point 5): the body of a
/// board with tiles is set at most this much smaller than its smallest number.
pub const FIGURE_BODY_RATIO: f64 = 3.0;
/// At most this many figure tiles on a board.
pub const FIGURES_MAX: usize = 4;
/// A label takes at most this many lines in its tile; a figure whose label needs more stays in the text.
const LABEL_LINES: usize = 2;

/// A row of key-figure tiles across the body: each tile's left edge, their common width and height, the accent
/// bar's height, the inner padding, the numbers' line height and scale (of the minimum body), each figure's set
/// number and label, and how many of the figures were looked at (the next board starts after them).
struct FigureTiles {
    xs: Vec<f64>,
    w: f64,
    h: f64,
    bar: f64,
    pad: f64,
    value_h: f64,
    value_scale: f64,
    sets: Vec<(std::sync::Arc<SetText>, std::sync::Arc<SetText>)>,
    /// The figures shown (their values), in order.
    values: Vec<String>,
    consumed: usize,
}

/// Whether every glyph of `set` ends within `width` (mm) of its left edge.
fn fits(set: &SetText, width: f64) -> bool {
    set.lines()
        .iter()
        .flat_map(|l| &l.runs)
        .all(|r| r.glyphs.iter().all(|g| r.origin.x + g.x + g.advance <= width + 0.01))
}

/// Up to [`FIGURES_MAX`] figures said in `paras` (the board's text), in order, as tinted tiles of equal width across `body` (the gaps take the rounding,
/// so the row ends on the body's edges): the number on one line at [`FIGURE_BODY_RATIO`] times the largest body
/// scale the board may take (`body_scale`, the user's if pinned), at least [`FIGURE_SCALE`] × the minimum body,
/// shrunk to fit (never under [`FIGURE_BODY_RATIO`] × `least_body`, the least body scale — the minimum, or the
/// user's: the body then stays at most a third of the number), over its label at
/// caption size in at most [`LABEL_LINES`] lines. A figure that does not fit or that the board's text does not say
/// is skipped (it stays in the text; `consumed` counts it); fewer, wider tiles when too few fit. None without figures or when none fits.
#[allow(clippy::too_many_arguments)]
fn figure_tiles(
    figures: &[KeyFigure],
    paras: &[crate::plan::Para],
    body: Rect,
    gap: f64,
    st: &Styles,
    t: &Theme,
    (least_body, body_scale): (f64, f64),
    setter: &dyn TextSetter,
) -> Result<Option<FigureTiles>, LayoutError> {
    let label_style = TextStyle {
        align: Align::Center,
        ..st.caption(t)
    };
    let pad = label_style.em().floor().max(1.0);
    let bar = (0.25 * label_style.em()).ceil();
    let least = FIGURE_BODY_RATIO * least_body.max(1.0);
    let most = FIGURE_SCALE.max(FIGURE_BODY_RATIO * body_scale.max(1.0));
    // (One figure is not a row: a lone tile spanning the body reads as a banner; it stays in the text.)
    for n in (2..=figures.len().min(FIGURES_MAX)).rev() {
        let w = ((body.w - gap * (n as f64 - 1.0)) / n as f64).floor();
        let inner = w - 2.0 * pad;
        if inner < 4.0 * label_style.em() {
            continue;
        }
        let number = |value: &str, scale: f64| {
            let style = TextStyle {
                font: t.fonts.heading.clone(),
                weight: 700,
                size_pt: st.min.body * scale,
                line_height: 1.2,
                indent_em: 0.0,
                align: Align::Center,
                color: t.figure,
                letter_spacing_em: 0.0,
            };
            setter.set(value.trim(), &style, inner)
        };
        let mut sets = Vec::new();
        let mut scales = Vec::new();
        let mut consumed = 0;
        let mut values = Vec::new();
        for f in figures {
            if sets.len() == n {
                break;
            }
            consumed += 1;
            // Next to the text it comes from: only a figure this board's text says.
            if !crate::figures::said_in(paras, &f.value) {
                continue;
            }
            let mut scale = most;
            let value = loop {
                let set = number(&f.value, scale)?;
                // (One line that fits: a number the setter cannot break runs over the width on one line.)
                if set.line_count() <= 1 && fits(&set, inner) {
                    break Some(set);
                }
                scale -= 0.25;
                if scale < least - 1e-9 {
                    break None;
                }
            };
            let Some(value) = value else { continue };
            let label = setter.set(&f.label, &label_style, inner)?;
            if label.line_count() > LABEL_LINES {
                continue;
            }
            sets.push((value, label));
            scales.push((f, scale));
            values.push(f.value.trim().to_string());
        }
        if sets.len() < n {
            continue;
        }
        // The numbers of a row at one size: the smallest any of them needed.
        let scale = scales.iter().map(|&(_, s)| s).fold(f64::INFINITY, f64::min);
        for ((f, s), set) in scales.iter().zip(&mut sets) {
            if *s > scale {
                set.0 = number(&f.value, scale)?;
            }
        }
        let value_h = sets.iter().map(|(v, _)| v.height()).fold(0.0, f64::max);
        let label_h = sets.iter().map(|(_, l)| l.height()).fold(0.0, f64::max);
        let step = if n > 1 { (body.w - w) / (n - 1) as f64 } else { 0.0 };
        return Ok(Some(FigureTiles {
            xs: (0..n).map(|k| body.x + k as f64 * step).collect(),
            w: if n > 1 { w } else { body.w },
            h: (bar + value_h + label_h + 2.0 * pad).ceil(),
            bar,
            pad,
            value_h,
            value_scale: scale,
            sets,
            values,
            consumed,
        }));
    }
    Ok(None)
}

/// How many columns a text region of this width takes: about 30 characters of the size `em_min` each (at most
/// 40), at least 14 (and never fewer than 8) characters wide.
fn columns_for(region: Rect, em_min: f64, gutter: f64) -> usize {
    let mut n = ((region.w / (30.0 * em_min)).round() as usize).clamp(1, 4);
    // No line longer than 40 characters.
    while n < 4 && flow::column_width(region, n, gutter) > 40.0 * em_min {
        n += 1;
    }
    while n > 1 && flow::column_width(region, n, gutter) < 14.0 * em_min {
        n -= 1;
    }
    n
}

/// Columns across `region` for body text of `em` mm: about 30 characters each, at least 14 (never fewer than 8
/// characters of the minimum size `em_min`).
fn scaled_columns(region: Rect, em: f64, gutter: f64, em_min: f64) -> Vec<Rect> {
    let n = columns_for(region, em, gutter);
    if flow::column_width(region, n, gutter) < 8.0 * em_min.max(em * 0.5) {
        return Vec::new();
    }
    flow::columns(region, n, gutter)
}

/// Candidates for a board of text only: a centred block of 1–4 columns whose measure is 30–40 characters at the
/// size chosen, at the largest size at which such a block holds the text (to a quarter of a size step), columns
/// balanced, the block at the top of the body — a 前言/结束语 panel at its optical centre (a little above the
/// middle). Empty when no such block holds the text even at the
/// smallest size (the caller then fills the whole body).
fn text_only_candidates(
    input: &BoardInput<'_>,
    st: &Styles,
    scales: &[f64],
    body: Rect,
    panel: bool,
    tile_values: &[String],
    setter: &dyn TextSetter,
) -> Result<Vec<Candidate>, LayoutError> {
    let mut out = Vec::new();
    let mut found = 0;
    // Whether a candidate's block spans the body (within a tenth): until one does, smaller sizes are tried too — the
    // largest sizes of a short text set one centred column with voids at both sides, where two columns a little
    // smaller span the board (1200×900, 406 characters: 18.4 % → a pull quote under two columns).
    let mut spans = false;
    let rollup = crate::presets::is_rollup(input.spec.width, input.spec.height);
    // (a 前言/结束语's panel has its set heading; a section's, under its own board title, has none)
    let opening = panel && input.title_source == Source::Theme;
    let heading_style = opening.then(|| TextStyle {
        align: Align::Center,
        letter_spacing_em: 0.1,
        ..st.heading(input.theme, 1.0)
    });
    let chars: f64 = input.paras.iter().map(|p| p.text.chars().count() as f64 + 2.0).sum();
    // A short text alone leaves its body's lower part empty on every preset, not only wide ones: a sentence of it
    // in a tile under the text (it wins only where it fills a void).
    let pull = if !panel {
        crate::quote::sentence(input.paras, tile_values, &input.name)
    } else {
        None
    };
    let step = if scales.len() > 1 { scales[1] - scales[0] } else { 0.0 };
    let largest = scales.last().copied().unwrap_or(1.0);
    let mut queue: Vec<f64> = scales.iter().rev().copied().collect();
    let mut next = 0;
    while next < queue.len() {
        let s = queue[next];
        next += 1;
        let before = out.len();
        let em = st.min.body * s * MM_PER_PT;
        let gutter = (2.0 * em).floor();
        // A panel holds its text 1.2 em in from its edges (a measure of the body's width set the text on a roll-up's
        // panel frame); a narrow panel may take a shorter measure, as roll-ups set 26–28 characters a line.
        let inset = if panel { 2.0 * (1.2 * em).floor() } else { 0.0 };
        let measures: &[f64] = if panel {
            &[36.0, 40.0, 32.0, 30.0, 28.0]
        } else {
            &[36.0, 40.0, 32.0, 30.0]
        };
        for n in 1..=4usize {
            for &measure in measures {
                let w = (measure * em).floor();
                let total = n as f64 * w + (n as f64 - 1.0) * gutter;
                // Too wide, or plainly too little room for the text (lines of 1.6 em, some slack).
                if total + inset > body.w || chars * em * em * 1.6 > 1.1 * n as f64 * w * body.h {
                    continue;
                }
                let x = (body.x + (body.w - total) / 2.0).floor();
                let cols: Vec<Rect> = (0..n)
                    .map(|c| Rect::new(x + c as f64 * (w + gutter), body.y, w, body.h))
                    .collect();
                if pour_at(input, st, s, &cols, setter)?.is_none() {
                    continue;
                }
                let Some(f) = balance(input, st, s, &cols, setter)? else {
                    continue;
                };
                let h = f.blocks.iter().map(|b| b.rect.bottom()).fold(body.y, f64::max) - body.y;
                // A panel across the body holds the block with a margin of 1.2 em around it.
                let pad = if panel { (1.2 * em).floor() } else { 0.0 };
                // Its set heading, in the theme's heading style at the text's scale, centred over the text and
                // exactly as wide as its block (so its edges line up with the text's).
                let left = f.blocks.iter().map(|b| b.rect.x).fold(f64::INFINITY, f64::min);
                let right = f.blocks.iter().map(|b| b.rect.right()).fold(body.x, f64::max);
                let heading = match (panel, heading_style.as_ref(), right - left > 0.0) {
                    (true, Some(hs), true) => {
                        let style = TextStyle {
                            size_pt: hs.size_pt * s,
                            ..hs.clone()
                        };
                        let set = setter.set(&messages::panel_heading(&input.name), &style, right - left)?;
                        Some((set.height() + em, style.size_pt, set))
                    }
                    _ => None,
                };
                let hh = heading.as_ref().map_or(0.0, |(hh, _, _)| *hh);
                if h + hh + 2.0 * pad > body.h {
                    continue;
                }
                // The panel is at least PANEL_MIN_HEIGHT of the body tall, heading and text centred in it. On a
                // roll-up it runs from the title zone down to the body's end above the stand's base (a panel at
                // mid-height left voids above and below it), its text at the panel's optical centre.
                // A section's panel (a short report alone on its board) spans its body: the board is the panel.
                let ph = if panel && (rollup || !opening) {
                    body.h.floor()
                } else if panel {
                    (h + hh + 2.0 * pad).max((PANEL_MIN_HEIGHT * body.h).floor())
                } else {
                    h
                };
                // A panel stands a little above the middle of the body; a section's text starts at its top.
                let top = if panel && !rollup {
                    ((body.h - ph) * 0.42).max(0.0).floor()
                } else {
                    0.0
                };
                // A short text on a tall panel stands centred in its upper part, the theme's motif under it
                // (`dress::panel_motif`); else at the panel's optical centre.
                let upper = ph * (1.0 - crate::dress::MOTIF_SHARE);
                let dy = if panel && crate::dress::tall_panel(body.w, ph) && h + hh + 2.0 * pad <= upper {
                    top + ((upper - h - hh) * 0.5).floor() + hh.ceil()
                } else {
                    let inner = if rollup { 0.42 } else { 0.5 };
                    top + ((ph - h - hh) * inner).floor() + hh.ceil()
                };
                let f = shift(f, dy);
                let panel_rect = panel.then(|| Rect::new(body.x, body.y + top, body.w, ph));
                let heading = heading.map(|(_, pt, set)| {
                    let y = body.y + dy - hh.ceil();
                    (Rect::new(left, y, right - left, 0.0), pt, set)
                });
                let mut blocks: Vec<Rect> = f.blocks.iter().map(|b| b.rect).collect();
                blocks.extend(panel_rect);
                let area: f64 = panel_rect.map_or_else(|| blocks.iter().map(Rect::area).sum(), |p| p.area());
                let fill = (area / body.area()).min(1.0);
                // Larger first (up to the text-only range: a display size is there to fill, so beyond it the hole
                // decides — one centred column at 70 pt with voids at both sides lost to nothing); then the measure
                // nearest 36 characters, fewer columns, a fuller block.
                // A 前言/结束语 panel is filled by its type: larger up to the panel's own range (at the text-only
                // range's cap its text sat in a tenth of a roll-up's panel, the measure deciding the rest).
                let cap = match (panel, opening) {
                    (true, true) => PANEL_MAX_SCALE,
                    (true, false) => DISPLAY_MAX_SCALE,
                    _ => TEXT_ONLY_MAX_SCALE,
                };
                let size = (s.min(cap) - 1.0) / (cap - 1.0);
                let hole = critic::hole_penalty(body, &blocks);
                let score = 3.0 * size - 0.03 * (measure - 36.0).abs() - 0.1 * (n as f64 - 1.0) + 0.5 * fill
                    - HOLE_WEIGHT * hole;
                // The room a short text leaves under it takes a pull quote, as wide as the text's
                // block: scored as any candidate (a little less for repeating a sentence), so it wins only where
                // it fills a void.
                let room_top = body.y + h + critic::block_gap(input.spec.width, input.spec.height);
                let room = Rect::new(left, room_top, right - left, (body.bottom() - room_top).floor());
                let quote = match (&pull, panel) {
                    (Some((text, src)), false) if room.h >= crate::quote::MIN_ROOM * body.h => {
                        let style = TextStyle {
                            color: input.theme.figure,
                            ..st.heading(input.theme, 1.0)
                        };
                        crate::quote::place(room, text, src.clone(), &style, st.min.body * s, st.min.body, setter)?
                    }
                    _ => None,
                };
                if let Some(q) = quote {
                    let mut with: Vec<Rect> = f.blocks.iter().map(|b| b.rect).collect();
                    with.push(q.tile);
                    let qfill = ((area + q.tile.area()) / body.area()).min(1.0);
                    let qscore = score + 0.5 * (qfill - fill) + HOLE_WEIGHT * hole
                        - HOLE_WEIGHT * critic::hole_penalty(body, &with)
                        - QUOTE_PENALTY;
                    out.push(Candidate {
                        text: Some((s, f.clone())),
                        photos: None,
                        panel: None,
                        heading: None,
                        quote: Some(q),
                        mat: None,
                        score: qscore,
                        fill: qfill,
                    });
                }
                spans |= right - left >= 0.9 * body.w;
                out.push(Candidate {
                    text: Some((s, f)),
                    photos: None,
                    panel: panel_rect,
                    heading,
                    quote: None,
                    mat: None,
                    score,
                    fill,
                });
                // One measure per column count: the widest that holds the text.
                break;
            }
        }
        if out.len() > before {
            found += 1;
            // A section's text at the largest size that fits is then tried in quarter steps up to the next size
            // (its block fills the body's height, no band left under it).
            if found == 1 && !panel && step > 0.0 && s + step <= largest + 1e-9 {
                queue.splice(next..next, [0.75, 0.5, 0.25].map(|q| s + q * step));
            }
            // The largest size that fits and the next smaller one (for "another arrangement").
            if found >= 2 && (spans || panel) {
                break;
            }
        }
    }
    Ok(out)
}

/// Poured text moved down by `dy` mm.
fn shift(mut f: flow::Flowed, dy: f64) -> flow::Flowed {
    for p in &mut f.blocks {
        p.rect.y += dy;
    }
    f
}

/// The text columns of `region`, the last `cut.0` of them shortened by `cut.1` mm; empty when too narrow.
fn text_columns(region: Rect, cut: Option<(usize, f64)>, em_min: f64, gutter: f64) -> Vec<Rect> {
    let n = columns_for(region, em_min, gutter);
    if flow::column_width(region, n, gutter) < 8.0 * em_min {
        return Vec::new();
    }
    let mut cols = flow::columns(region, n, gutter);
    if let Some((c, h)) = cut {
        for col in cols.iter_mut().skip(n.saturating_sub(c)) {
            col.h -= h;
        }
        cols.retain(|c| c.h > 0.0);
    }
    cols
}

/// A logo fitted inside `rect` without cropping.
fn contain_image(img: &ImageRef, rect: Rect) -> ImageItem {
    let (pw, ph) = (f64::from(img.width_px.max(1)), f64::from(img.height_px.max(1)));
    let s = (rect.w / pw).min(rect.h / ph);
    let (w, h) = (pw * s, ph * s);
    ImageItem {
        photo: img.hash.clone(),
        rect: Rect::new(rect.x + (rect.w - w) / 2.0, rect.y + (rect.h - h) / 2.0, w, h),
        crop: Rect::new(0.0, 0.0, pw, ph),
        orientation: img.orientation,
        pixel_width: img.width_px,
        pixel_height: img.height_px,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolution_limits_of_real_pixel_sizes() {
        let min_area = 1200.0 * 900.0 / 12.0;
        // A 1365×1074 web photo may print at most 347×273 mm (100 ppi) — not the 900 mm it was stretched to.
        let (w, h) = resolution_limit(1365.0, 1074.0, 100.0, min_area);
        assert!((w - 346.7).abs() < 0.1 && (h - 272.8).abs() < 0.1, "{w}×{h}");
        // A 4000×3000 camera photo: 677×508 mm at 150 ppi.
        let (w, _) = resolution_limit(4000.0, 3000.0, 150.0, min_area);
        assert!((w - 677.3).abs() < 0.1);
        // A 640×480 WeChat copy would be 163×122 mm at 100 ppi, under 1/12 of the board: it gets the minimum area
        // (about 47 ppi, reported by the caller).
        let (w, h) = resolution_limit(640.0, 480.0, 100.0, min_area);
        assert!(w * h >= min_area && w * h < min_area * 1.05);
        let ppi = 25.4 * 640.0 / w;
        assert!(ppi > 40.0 && ppi < 72.0, "{ppi}");
    }
}
