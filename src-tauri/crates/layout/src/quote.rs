//! Pull quotes: on a wide board whose short text (no photo) leaves the lower part of the body empty, one sentence
//! of the section set large in a tinted tile with a bar in the theme's accent — a designed element drawn in frames,
//! like the figure tiles — under the text and exactly as wide as its block, filling the body to its bottom.
//!
//! Owns the choice of the sentence and the quote's geometry; compose decides whether a candidate gets one.

use std::sync::Arc;

use zhanban_frames::{Rect, Source, TextRole};

use crate::error::LayoutError;
use crate::exhibition::sentence_cuts;
use crate::plan::Para;
use crate::text::{SetText, TextSetter, TextStyle};

/// The least height of the room under the text, as a share of the body, that takes a quote (less is no void).
pub const MIN_ROOM: f64 = 0.2;
/// The largest void beside photos a quote fills, as a share of the body (1/3 measured: 2400×1200 over 15 % 3 → 8).
const MAX_HOLE: f64 = 0.5;
/// Sentence lengths (characters) a quote may have, and the length preferred.
const CHARS: std::ops::RangeInclusive<usize> = 10..=60;
const PREFERRED_CHARS: usize = 28;
/// Quote sizes tried, as multiples of the body size (largest first).
const SCALES: [f64; 5] = [3.0, 2.6, 2.2, 1.9, 1.6];

/// A placed pull quote.
pub struct PullQuote {
    /// The tinted tile, the accent bar at its left and where the set text goes (top left).
    pub tile: Rect,
    pub bar: Rect,
    pub at: Rect,
    pub pt: f64,
    pub set: Arc<SetText>,
    pub source: Source,
}

/// The sentence of the section's body paragraphs nearest [`PREFERRED_CHARS`] long within [`CHARS`] (the earliest
/// on a tie), in quotation marks, with the paragraph it comes from. When every sentence is too long, the opening
/// clauses of one (up to a comma, within [`CHARS`]) followed by an ellipsis.
pub fn sentence(paras: &[Para]) -> Option<(String, Source)> {
    let mut whole: Option<(usize, String, Source)> = None;
    let mut opening: Option<(usize, String, Source)> = None;
    let consider = |best: &mut Option<(usize, String, Source)>, s: &str, src: &Source| {
        let d = s.chars().count().abs_diff(PREFERRED_CHARS);
        if best.as_ref().is_none_or(|(bd, _, _)| d < *bd) {
            *best = Some((d, s.to_string(), src.clone()));
        }
    };
    for p in paras.iter().filter(|p| p.role == TextRole::Body) {
        let mut start = 0;
        // (sentence_cuts falls back on commas in a paragraph of one sentence: that is one sentence here.)
        let ends = ['。', '！', '？', '；', '!', '?'];
        let last_end = p.text.rfind(ends).unwrap_or(0);
        let one = !p.text[..last_end].contains(ends);
        let mut cuts = if one { Vec::new() } else { sentence_cuts(&p.text) };
        cuts.push(p.text.len());
        for end in cuts {
            let s = p.text[start..end].trim();
            start = end;
            if !quotable(s) {
                continue;
            }
            if CHARS.contains(&s.chars().count()) {
                consider(&mut whole, s, &p.source);
                continue;
            }
            // The longest run of opening clauses that fits.
            let clause = s
                .char_indices()
                .filter(|(_, c)| matches!(c, '，' | ','))
                .map(|(i, _)| &s[..i])
                .take_while(|c| c.chars().count() <= *CHARS.end())
                .last();
            if let Some(c) = clause.filter(|c| CHARS.contains(&c.chars().count())) {
                consider(&mut opening, &format!("{c}……"), &p.source);
            }
        }
    }
    whole.or(opening).map(|(_, s, src)| {
        let quoted = if s.starts_with('“') { s } else { format!("“{s}”") };
        (quoted, src)
    })
}

/// Words that open a sentence leaning on the one before (同时对…表示赞赏: who?), which read as a fragment alone.
const LEANING: [&str; 12] = [
    "同时", "此外", "另外", "而且", "并且", "但", "因此", "所以", "并", "还", "也", "其中",
];

/// A sentence a designer would pull: not a news lead opening on its date (近日，…举行了…; 6月16日下午，…) and not one
/// that leans on the sentence before it.
fn quotable(s: &str) -> bool {
    let first = s.split(['，', ',']).next().unwrap_or(s).trim();
    !crate::headline::dateline(first) && !LEANING.iter().any(|w| s.starts_with(w))
}

/// The quote in `room` (under the text, as wide as its block), set in `style` at the largest of [`SCALES`] times
/// `body_pt` whose lines fit inside the tile's padding; centred vertically. None when none fits.
pub fn place(
    room: Rect,
    text: &str,
    source: Source,
    style: &TextStyle,
    body_pt: f64,
    setter: &dyn TextSetter,
) -> Result<Option<PullQuote>, LayoutError> {
    for k in SCALES {
        let pt = body_pt * k;
        let style = TextStyle {
            size_pt: pt,
            ..style.clone()
        };
        let em = style.em();
        let (bar_w, pad) = ((0.25 * em).ceil(), (1.2 * em).floor());
        let w = (room.w - bar_w - 2.0 * pad).floor();
        if w < 6.0 * em {
            continue;
        }
        let set = setter.set(text, &style, w)?;
        let h = set.height();
        if h + 2.0 * pad > room.h || set.lines.len() > 3 {
            continue;
        }
        let y = room.y + ((room.h - h) / 2.0).floor();
        return Ok(Some(PullQuote {
            tile: room,
            bar: Rect::new(room.x, room.y, bar_w, room.h),
            at: Rect::new(room.x + bar_w + pad, y, w, 0.0),
            pt,
            set,
            source,
        }));
    }
    Ok(None)
}

/// The quote in the largest empty rectangle of `body` around `blocks`, a gap `gap` clear of them, when that
/// rectangle is a hole (over [`crate::critic::HOLE_GOAL`] of the body): the void beside photos at their resolution
/// limit on a wide board.
#[allow(clippy::too_many_arguments)]
pub fn in_hole(
    body: Rect,
    blocks: &[Rect],
    gap: f64,
    text: &str,
    source: Source,
    style: &TextStyle,
    body_pt: f64,
    setter: &dyn TextSetter,
) -> Result<Option<PullQuote>, LayoutError> {
    let e = crate::critic::largest_empty(body, blocks);
    // Larger voids are not a quote's: there the text and photos must grow (a quote over most of the board
    // outweighed its small text on a held-out page).
    if e.area() <= crate::critic::HOLE_GOAL * body.area() || e.area() > MAX_HOLE * body.area() {
        return Ok(None);
    }
    let inset = |edge: f64, body_edge: f64| if (edge - body_edge).abs() < 1e-6 { 0.0 } else { gap };
    let (l, t) = (inset(e.x, body.x), inset(e.y, body.y));
    let (r, b) = (inset(e.right(), body.right()), inset(e.bottom(), body.bottom()));
    let room = Rect::new(
        (e.x + l).ceil(),
        (e.y + t).ceil(),
        (e.w - l - r).floor(),
        (e.h - t - b).floor(),
    );
    if room.w <= 0.0 || room.h < MIN_ROOM * body.h {
        return Ok(None);
    }
    place(room, text, source, style, body_pt, setter)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(text: &str) -> Para {
        Para {
            role: TextRole::Body,
            text: text.into(),
            source: Source::Block { writeup: 1, block: 2 },
            continued: false,
        }
    }

    #[test]
    fn the_sentence_nearest_the_preferred_length_is_quoted() {
        let paras = [
            body("短句。这是一句长度适中、可以作为引语放大排出的句子，共约二十八个字左右。还有一句话。"),
            body("另一段。"),
        ];
        let (q, src) = sentence(&paras).expect("a sentence");
        assert!(q.starts_with('“') && q.ends_with('”'), "{q}");
        assert!(q.contains("长度适中"), "{q}");
        assert_eq!(src, Source::Block { writeup: 1, block: 2 });
        assert!(sentence(&[body("太短。")]).is_none());
        // Only long sentences: their opening clauses.
        let long = "注重榜样引领，深化青年显担当实践，创作系列微视频，全景展现重大任务、关键岗位、项目一线敢当善为的榜样风采，让先锋故事激荡时代强音。";
        let (q, _) = sentence(&[body(long)]).expect("an opening");
        assert!(q.ends_with("……”") && q.contains("创作系列微视频"), "{q}");
    }

    #[test]
    fn a_news_lead_on_its_date_and_a_sentence_leaning_on_the_one_before_are_not_pulled() {
        // Real lines (fresh6b t15, t12) a 2400×1200 look pulled as quotes.
        let lead = "近日，涿州市总工会在桃园街道办事处举行了“职工之家”揭牌启用仪式。";
        let leaning = "同时对“小巷总理”卢萍所表现出的工作热情和工作成效表示高度赞赏。";
        assert!(sentence(&[body(lead)]).is_none());
        assert!(sentence(&[body(leaning)]).is_none());
        assert!(sentence(&[body("6月16日下午，“共享之家·职乐翔鹭”翔鹭社区共享职工之家项目启动。")]).is_none());
        let kept = "端午节即将来临，社区居民们还自编自导自演了一场别开生面的文艺演出。";
        let (q, _) = sentence(&[body(&format!("{lead}{kept}"))]).expect("the other sentence");
        assert!(q.contains("文艺演出"), "{q}");
    }
}
