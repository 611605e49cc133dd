//! The exhibition's title board (展标): the exhibition title set large (150–250 pt on 1200×900, in proportion on
//! other presets; on one line where a size in that range allows, else on two; on roll-ups two large lines) at the board's optical centre under the theme's band, a short rule under it, then the organiser
//! and the date — on roll-ups in the upper part, nothing in the stand's base zone.
//!
//! Owns the title board's composition; the theme draws its decoration, `dress` nothing (no tabs, photos or panel).

use zhanban_frames::{BoardFrame, Item, ItemKind, Rect, RectItem, Source, TextRole, MM_PER_PT};

use crate::compose::{Board, BoardInput, BoardMetrics, Composed, Styles};
use crate::error::LayoutError;
use crate::presets::{content_bottom, is_rollup, BoardSpec};
use crate::text::{Align, TextSetter};

/// The title's largest and smallest size on a 1200×900 board, in points (in proportion to the preset's minimum
/// title size elsewhere).
pub const TITLE_MAX_PT: f64 = 250.0;
pub const TITLE_MIN_PT: f64 = 150.0;

/// The id of the exhibition title's item on a title board (what makes a board one: [`is_title_board`]).
pub const TITLE_ID: &str = "cover-title";

/// A title board (展标): its content is the exhibition title set large.
pub fn is_title_board(frame: &BoardFrame) -> bool {
    frame.items.iter().any(|i| i.id == TITLE_ID)
}

/// Composes the title board of `input` (its `exhibition_title`), with these organiser and date lines.
pub fn compose(
    input: &BoardInput<'_>,
    organiser: &str,
    date: &str,
    setter: &dyn TextSetter,
) -> Result<Composed, LayoutError> {
    let spec = input.spec;
    let t = input.theme;
    let st = Styles { min: spec.min_sizes() };
    let scale = st.min.title / BoardSpec::new(1200.0, 900.0).min_sizes().title;
    let safe = Rect::new(
        spec.safe,
        spec.safe,
        spec.width - 2.0 * spec.safe,
        spec.height - 2.0 * spec.safe,
    );
    let bottom = content_bottom(spec.width, spec.height, spec.safe);
    // The theme's band as a top zone of the board, empty of text: the title stands below it.
    let band_bottom = safe.y + (bottom - safe.y) * 0.08;
    let measure = (safe.w * 0.86).floor();
    let mut title_style = st.band(t, &t.fonts.title, TITLE_MAX_PT * scale, 900, Align::Center);
    title_style.color = t.heading;
    title_style.letter_spacing_em = 0.08;
    title_style.line_height = 1.3;
    // The largest size (in steps of 10 pt at 1200×900) at which the title takes one line; else the largest at which
    // it takes two (a designer sets 模范机关建设成果展示 on one line at 180 pt rather than break a word at 250).
    let mut tset = setter.set(&input.exhibition_title, &title_style, measure)?;
    let mut two = None;
    let mut pt = TITLE_MAX_PT;
    // A roll-up is read down a narrow board: two large lines fill it better than one small one.
    let rollup = is_rollup(spec.width, spec.height);
    loop {
        if tset.line_count() == 1 || (rollup && tset.line_count() == 2) {
            two = None;
            break;
        }
        if tset.line_count() == 2 && two.is_none() {
            two = Some((title_style.size_pt, tset.clone()));
        }
        if pt <= TITLE_MIN_PT {
            break;
        }
        pt -= 10.0;
        title_style.size_pt = pt * scale;
        tset = setter.set(&input.exhibition_title, &title_style, measure)?;
    }
    if let Some((size, set)) = two {
        title_style.size_pt = size;
        tset = set;
    }
    let em = title_style.size_pt * MM_PER_PT;
    let mut line_style = st.band(
        t,
        &t.fonts.heading,
        (title_style.size_pt * 0.28).max(st.min.heading),
        700,
        Align::Center,
    );
    line_style.color = t.body;
    line_style.letter_spacing_em = 0.1;
    let lines: Vec<(&str, &str)> = [("organiser", organiser), ("date", date)]
        .into_iter()
        .filter(|(_, s)| !s.trim().is_empty())
        .collect();
    let sets = lines
        .iter()
        .map(|(_, s)| setter.set(s, &line_style, measure))
        .collect::<Result<Vec<_>, _>>()?;
    let rule_h = (em * 0.06).max(1.0);
    let (gap_rule, gap_lines) = (em * 0.45, em * 0.55);
    let lines_h: f64 = sets.iter().map(|s| s.height()).sum();
    let block_h = tset.height() + gap_rule + rule_h + if sets.is_empty() { 0.0 } else { gap_lines + lines_h };
    // At the optical centre of the space under the band (a little above the middle); on a roll-up in its upper
    // part, where it is read from afar.
    let centre = if rollup { 0.36 } else { 0.44 };
    let room = bottom - band_bottom;
    let top = (band_bottom + room * centre - block_h / 2.0).clamp(band_bottom, (bottom - block_h).max(band_bottom));

    let mut board = Board {
        fonts: Vec::new(),
        items: t.decoration(
            spec.width,
            spec.height,
            spec.bleed,
            spec.safe,
            band_bottom,
            input.background,
        ),
    };
    let x = safe.x + (safe.w - measure) / 2.0;
    board.set_text(
        TITLE_ID.into(),
        Source::Exhibition { field: "title".into() },
        &tset,
        Rect::new(x, top, measure, 0.0),
        TextRole::BoardTitle,
        st.min.title,
    );
    let mut y = top + tset.height() + gap_rule;
    let rule_w = (measure * 0.18).max(em * 2.0);
    board.items.push(Item {
        id: "cover-rule".into(),
        source: Source::Theme,
        kind: ItemKind::Rect(RectItem {
            rect: Rect::new(safe.x + (safe.w - rule_w) / 2.0, y, rule_w, rule_h),
            fill: Some(t.accent),
            stroke: None,
            radius: 0.0,
        }),
    });
    y += rule_h + gap_lines;
    for ((field, _), set) in lines.iter().zip(&sets) {
        board.set_text(
            (*field).into(),
            Source::Exhibition { field: (*field).into() },
            set,
            Rect::new(x, y, measure, 0.0),
            TextRole::Organiser,
            st.min.caption,
        );
        y += set.height();
    }
    let frame = board.into_frame(input, t);
    let metrics = BoardMetrics {
        coverage: None,
        mean_crop: None,
        body_pt: st.min.body,
        score: 0.0,
        arrangement: 0,
        arrangements: 1,
        figures_shown: 0,
        fill: 0.0,
        // Not a content board: no hole to fill, nothing to share it with.
        hole: 0.0,
        bare_hole: 0.0,
    };
    Ok(Composed {
        frame: std::sync::Arc::new(frame),
        metrics,
    })
}
