//! Pull quotes: on a board whose short text (no photo) leaves the lower part of the body empty, or a wide board's void
//! beside photos at their resolution limit, one sentence of the section set large in a tinted tile with a bar in the
//! theme's accent — a designed element drawn in frames, like the figure tiles — filling the void to the body's end.
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
/// Quote sizes tried, as multiples of the body size (largest first); the last two only while the quote stays at
/// least [`MIN_SCALE`] times the preset's minimum body size — a body already set at a display size (a short
/// section beside photos at their limit, 60–70 pt) takes a quote at 1.25× it where 1.6× needed over three lines.
const SCALES: [f64; 7] = [3.0, 2.6, 2.2, 1.9, 1.6, 1.4, 1.25];
/// The smallest quote, as a multiple of the preset's minimum body size.
const MIN_SCALE: f64 = 1.6;

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

/// The sentence a designer would pull from the section's body paragraphs: one that says what the work means
/// ([`merit`] > 0; the most meaningful, then the nearest [`PREFERRED_CHARS`] long within [`CHARS`], the earliest on
/// a tie), in quotation marks, with the paragraph it comes from. When every such sentence is too long, the opening
/// clauses of one (up to a comma, within [`CHARS`]) followed by an ellipsis. None when no sentence means more than
/// an account of the day, or when the text is so short that a quote would repeat a large part of it. Never one
/// that says a number of `shown` (the values the board's key-figure tiles show: the quote would repeat them), and
/// never one that repeats `title` (the board's title) or a heading among `paras` (a heading run into its first
/// sentence, "坚持党建引领，推动高质量发展。" under "一、坚持党建引领 推动高质量发展": the board would say it three times).
pub fn sentence(paras: &[Para], shown: &[String], title: &str) -> Option<(String, Source)> {
    let body: Vec<&Para> = paras.iter().filter(|p| p.role == TextRole::Body).collect();
    let headings: Vec<String> = paras
        .iter()
        .filter(|p| p.role != TextRole::Body)
        .map(|p| p.text.as_str())
        .chain(std::iter::once(title))
        .map(plain)
        .filter(|h| h.chars().count() >= 4)
        .collect();
    let total: usize = body.iter().map(|p| p.text.chars().count()).sum();
    let mut whole: Option<(f64, String, Source)> = None;
    let mut opening: Option<(f64, String, Source)> = None;
    let consider = |best: &mut Option<(f64, String, Source)>, s: &str, src: &Source| {
        let n = s.chars().count();
        // A quote repeats its sentence: never more than half the text it stands beside.
        if n * 2 > total {
            return;
        }
        let m = merit(s);
        if m <= 0.0 || shown.iter().any(|v| crate::figures::says_number(s, v)) || repeats(s, &headings) {
            return;
        }
        let d = m - n.abs_diff(PREFERRED_CHARS) as f64 / PREFERRED_CHARS as f64;
        if best.as_ref().is_none_or(|(bd, _, _)| d > *bd) {
            *best = Some((d, s.to_string(), src.clone()));
        }
    };
    for p in body {
        let mut start = 0;
        // (sentence_cuts falls back on commas in a paragraph of one sentence: that is one sentence here.)
        let ends = ['。', '！', '？', '；', '!', '?'];
        let last_end = p.text.rfind(ends).unwrap_or(0);
        let one = !p.text[..last_end].contains(ends);
        let unmarked = !p.text.contains(ends);
        let mut cuts = if one { Vec::new() } else { sentence_cuts(&p.text) };
        cuts.push(p.text.len());
        for end in cuts {
            let s = p.text[start..end].trim();
            start = end;
            // A sentence that stops without its closing mark after sentences that have theirs is cut off (a page
            // copied short: "…；坚持…的基础上，将基层党建示"); a line without any mark (a slogan, a caption-like
            // line: "把初心读到行动中，把担当写在岗位上") is whole.
            let closed = s
                .trim_end_matches(['”', '’', '」', '』', '）', ')', '"'])
                .ends_with(ends)
                || unmarked;
            if !closed || !quotable(s) {
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
        // A clause cut at its semicolon ends there, without it (…当好排头兵；).
        let s = s.trim_end_matches(['；', ';']).to_string();
        let quoted = if s.starts_with('“') { s } else { format!("“{s}”") };
        (quoted, src)
    })
}

/// A heading or sentence reduced to its words: no list number, no punctuation or spaces.
fn plain(s: &str) -> String {
    let s = s.trim();
    let s = if enumerated(s) {
        s.trim_start_matches(|c: char| {
            c.is_ascii_digit() || "一二三四五六七八九十(（)）、.．".contains(c) || ('①'..='⑳').contains(&c)
        })
    } else {
        s
    };
    s.chars().filter(|c| c.is_alphanumeric()).collect()
}

/// Whether sentence `s` repeats one of `headings` (each [`plain`]): one holds the other, or they share a run of
/// at least two thirds of the heading.
fn repeats(s: &str, headings: &[String]) -> bool {
    let s: Vec<char> = plain(s).chars().collect();
    headings.iter().any(|h| {
        let h: Vec<char> = h.chars().collect();
        let need = (2 * h.len()).div_ceil(3).min(s.len()).max(4);
        h.len() >= need && h.windows(need).any(|run| s.windows(need).any(|w| w == run))
    })
}

/// Words that open a sentence leaning on the one before (同时对…表示赞赏: who?), which read as a fragment alone.
pub(crate) const LEANING: [&str; 12] = [
    "同时", "此外", "另外", "而且", "并且", "但", "因此", "所以", "并", "还", "也", "其中",
];

/// A sentence a designer would pull: not a news lead opening on its date (近日，…举行了…; 6月16日下午，…) or on a
/// paper's or agency's lead-in (法治日報訊 記者…), and not one that leans on the sentence before it.
fn quotable(s: &str) -> bool {
    let first = s.split(['，', ',']).next().unwrap_or(s).trim();
    !enumerated(s)
        && !crate::headline::dateline(first)
        && !LEANING.iter().any(|w| s.starts_with(w))
        && crate::chrome::strip_lead_in(s).is_none()
}

/// Whether a sentence opens with a list number (一、 （二） (3) 4. ① 一是 第二，): a heading or a list item run into
/// the paragraph (the topic line of a report's item: "二是完善党组织清廉机关创建组织责任机制。"), not a sentence to pull.
pub(crate) fn enumerated(s: &str) -> bool {
    let numeral = |c: char| c.is_ascii_digit() || "一二三四五六七八九十".contains(c);
    let t = s.trim_start_matches(['“', '"']);
    let ordinal = t.strip_prefix('第').unwrap_or(t);
    let n = ordinal
        .chars()
        .take_while(|&c| "一二三四五六七八九十".contains(c))
        .count();
    if n > 0 {
        let after: String = ordinal.chars().skip(n).take(1).collect();
        let is_ordinal = ordinal.len() < t.len();
        if after == "是" || (is_ordinal && matches!(after.as_str(), "，" | "," | "、" | "是")) {
            return true;
        }
    }
    let mut cs = t.chars();
    match cs.next() {
        Some('(' | '（') => {
            let rest: String = cs.collect();
            let inner: String = rest.chars().take_while(|&c| numeral(c)).collect();
            !inner.is_empty() && rest[inner.len()..].starts_with([')', '）'])
        }
        Some(c) if ('①'..='⑳').contains(&c) => true,
        Some(c) if numeral(c) => {
            let rest: String = std::iter::once(c).chain(cs).collect();
            let num: String = rest.chars().take_while(|&c| numeral(c)).collect();
            rest[num.len()..].starts_with(['、', '.', '．'])
        }
        _ => false,
    }
}

/// Openings of a step in the account of a day (first, then, in the morning…): the sentence tells what happened next.
const STEP: [&str; 22] = [
    "首先",
    "接着",
    "随后",
    "然后",
    "最后",
    "之后",
    "随即",
    "紧接着",
    "活动伊始",
    "活动中",
    "活动结束",
    "活动现场",
    "会后",
    "当天",
    "当日",
    "清晨",
    "早上",
    "上午",
    "中午",
    "下午",
    "晚上",
    "傍晚",
];
/// Words of logistics and procedure (who went where, who chaired, who arranged what): an account, not a message.
const PROCEDURE: [&str; 26] = [
    "调研",
    "视察",
    "考察",
    "走访",
    "一行",
    "充分肯定",
    "听取了",
    "进行了介绍",
    "介绍了",
    "作了介绍",
    "讲解",
    "陪同",
    "来到",
    "前往",
    "集合",
    "乘车",
    "奔赴",
    "抵达",
    "主持",
    "安排",
    "宣读",
    "参加了",
    "参观了",
    "出席",
    "合影",
    "签到",
];
/// Words that say what the work means or asks (the message a pull quote carries).
const MEANING: [&str; 40] = [
    "初心",
    "使命",
    "信念",
    "理想",
    "精神",
    "担当",
    "奉献",
    "为民",
    "群众",
    "人民",
    "坚定",
    "增强",
    "提升",
    "凝聚",
    "引领",
    "示范",
    "表率",
    "走在前",
    "牢记",
    "始终",
    "坚持",
    "必须",
    "推动",
    "力量",
    "意识",
    "责任",
    "荣誉",
    "光荣",
    "传承",
    "弘扬",
    "奋斗",
    "奋进",
    "新时代",
    "高质量",
    "实效",
    "作用",
    "服务",
    "意义",
    "信心",
    "民生",
];

/// How much a sentence says what the work means: 0 for an account of the day (a step opening it, a clock time,
/// logistics or procedure), else the number of [`MEANING`] words, more for words someone said (“…” after 表示/
/// 强调/指出/说).
fn merit(s: &str) -> f64 {
    // (read in simplified script: a traditional-script page's sentences are weighed by the same words)
    let simplified = zhanban_writeup::to_simplified(s);
    let s = simplified.as_str();
    let clock = s
        .chars()
        .collect::<Vec<_>>()
        .windows(3)
        .any(|w| w[0].is_ascii_digit() && matches!(w[1], ':' | '：') && w[2].is_ascii_digit());
    if STEP.iter().any(|w| s.starts_with(w)) || clock || PROCEDURE.iter().any(|w| s.contains(w)) {
        return 0.0;
    }
    let words = MEANING.iter().filter(|w| s.contains(*w)).count() as f64;
    let said = ["表示", "强调", "指出", "说"].iter().any(|w| s.contains(w)) && s.contains('“');
    words + if said && words > 0.0 { 1.0 } else { 0.0 }
}

/// The quote in `room` (under the text, as wide as its block), set in `style` at the largest of [`SCALES`] times
/// `body_pt` whose lines fit inside the tile's padding; centred vertically. None when none fits.
pub fn place(
    room: Rect,
    text: &str,
    source: Source,
    style: &TextStyle,
    body_pt: f64,
    min_body_pt: f64,
    setter: &dyn TextSetter,
) -> Result<Option<PullQuote>, LayoutError> {
    for k in SCALES {
        let pt = body_pt * k;
        if k < MIN_SCALE && pt < MIN_SCALE * min_body_pt {
            break;
        }
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
        if h + 2.0 * pad > room.h || set.line_count() > 3 {
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
    min_body_pt: f64,
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
    place(room, text, source, style, body_pt, min_body_pt, setter)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A sentence for a board without key-figure tiles.
    fn sentence(paras: &[Para]) -> Option<(String, Source)> {
        super::sentence(paras, &[], "")
    }

    #[test]
    fn a_quote_never_repeats_the_numbers_the_boards_tiles_show() {
        // Issue 15 point 5 (2400×1200 w4-b23): the quote said "培育 15 个…、11 个…" under tiles of 15 个 and 11 个.
        let said = "牢记初心使命，勇于担当奉献，培育 15 个机关党建示范点、11 个党建“第一课堂”。";
        let other = "各级党组织充分发挥战斗堡垒作用，凝聚起干事创业的强大力量。";
        let paras = [body(&format!("{said}{other}")), body(REST)];
        let (q, _) = sentence(&paras).expect("a sentence");
        assert!(q.contains("15"), "{q}");
        let shown = ["15个".to_string(), "11个".to_string()];
        let (q, _) = super::sentence(&paras, &shown, "").expect("another sentence");
        assert!(!q.contains("15") && !q.contains("11"), "{q}");
    }

    #[test]
    fn a_quote_never_opens_on_a_list_number() {
        // Design bench (X展架 600×1600, w3-b5): the quote beside a lone photo printed "（二）加强示范引领,推进规范化
        // 建设。" — a level-2 heading run into the paragraph, set large as if someone had said it.
        for numbered in [
            "（二）加强示范引领，推进规范化建设。",
            "(3)坚持服务群众，凝聚干事创业的强大力量。",
            "一、坚持党建引领，推动高质量发展。",
            "2.强化责任意识，推动工作落实。",
            "①弘扬奋斗精神，凝聚发展力量。",
            "二是完善党组织清廉机关创建组织责任机制。",
            "第三，坚持把纪律挺在前面，推动作风持续好转。",
        ] {
            assert!(enumerated(numbered) && !quotable(numbered), "{numbered}");
        }
        for plain in [
            "一张承载着党组织关怀与期望的卡片。",
            "2024年，机关党委坚持服务群众。",
            "（记者）说",
            "第一书记扎根基层，带领群众致富。",
        ] {
            assert!(!enumerated(plain), "{plain}");
        }
    }

    #[test]
    fn a_sentence_cut_off_by_the_page_is_never_pulled() {
        // A look at never-seen pages (an 经验研讨材料 copied short): the quote printed "坚持“围绕中心抓党建、抓好党建促
        // 发展”的理念，在进一步提升基层党组织标准化规范化水平的基础上，将基层党建示" — the page's last, unfinished sentence.
        let cut =
            "坚持“围绕中心抓党建、抓好党建促发展”的理念，在进一步提升基层党组织标准化规范化水平的基础上，将基层党建示";
        let paras = [
            body("明确创建标准，立起坚强战斗堡垒“风向标”。市级机关工委以“双示范”创建为抓手，不断推进机关基层党组织标准化规范化建设，鼓励基层党组织积极探索、大胆创新。"),
            body(&format!("“造形”更“铸魂”，培树新时代机关党建“样板间”。市级机关工委突出点面结合、整体推进，分类指导、分级创建；{cut}")),
        ];
        let (q, _) = sentence(&paras).expect("a finished sentence");
        assert!(!q.contains("基层党建示"), "{q}");
        // A line without any closing mark (a slogan set as its own paragraph) is whole, and may be pulled.
        let line = "把初心读到行动中，把担当写在岗位上，争做新时代机关青年先锋";
        let (q, _) = sentence(&[body(REST), body(line)]).expect("a sentence");
        assert!(q.contains("把初心"), "{q}");
        // Finished, with its closing quotation mark after the full stop, it may be.
        let done = "“坚持围绕中心抓党建、抓好党建促发展的理念，把基层党建示范点建成机关党建的样板。”";
        let (q, _) = sentence(&[body(REST), body(done)]).expect("a sentence");
        assert!(q.contains("示范点"), "{q}");
    }

    #[test]
    fn a_quote_never_opens_on_a_papers_lead_in() {
        // fresh19 m07 (a procuratorate's page in traditional script): the quote printed "法治日報訊 記者邢東偉 翟小功
        // 近日,…" — the paper's dateline and its reporters, set large.
        let lead = "法治日報訊 記者邢東偉 翟小功 近日,海南省基層檢察院特色品牌建設成果展示會在海南省人民檢察院舉行,堅定初心使命。";
        let paras = [body(&format!("{lead}{REST}"))];
        let (q, _) = sentence(&paras).expect("a sentence");
        assert!(!q.contains("日報訊") && !q.contains("記者"), "{q}");
    }

    #[test]
    fn a_quote_never_repeats_a_heading_nor_tells_of_a_visit() {
        // Issue 15 point 2: a heading run into its paragraph's first sentence was pulled as the quote, so the board
        // said it three times (title, heading, quote); and a leader's visit (到…调研指导, …给予了充分肯定) is an
        // account of the day, not a message.
        let said = "坚持党建引领，推动机关党建高质量发展。";
        let other = "各级党组织充分发挥战斗堡垒作用，凝聚起干事创业的强大力量。";
        let paras = [body(&format!("{said}{other}")), body(REST)];
        let (q, _) = sentence(&paras).expect("a sentence");
        assert!(q.contains("党建引领"), "{q}");
        // Under the board's title, or a heading of the board, it is not pulled.
        let (q, _) = super::sentence(&paras, &[], "一、坚持党建引领 推动机关党建高质量发展").expect("the other");
        assert!(q.contains("战斗堡垒"), "{q}");
        let heading = Para {
            role: TextRole::Heading2,
            ..body("（二）坚持党建引领，推动机关党建高质量发展")
        };
        let (q, _) = super::sentence(&[heading, paras[0].clone(), body(REST)], &[], "").expect("the other");
        assert!(q.contains("战斗堡垒"), "{q}");
        // A heading the sentence does not repeat does not bar it.
        let (q, _) = super::sentence(&paras, &[], "一、大力建设活力机关").expect("a sentence");
        assert!(q.contains("党建引领"), "{q}");
        // A visit (fresh18 k19 and its genre).
        for visit in [
            "市委副书记李双金一行到西阜新街道机务社区对基层党建工作进行调研指导，坚持人民至上。",
            "李双金对机务社区的社区建设和党建工作给予了充分肯定，对未来党建工作寄予深厚的期望，激励党员担当。",
        ] {
            let q = sentence(&[body(visit), body(REST)]);
            assert!(q.as_ref().is_none_or(|(q, _)| !q.contains("李双金")), "{q:?}");
        }
    }

    fn body(text: &str) -> Para {
        Para {
            role: TextRole::Body,
            text: text.into(),
            source: Source::Block { writeup: 1, block: 2 },
            continued: false,
        }
    }

    /// Real sentences (the five corpus articles' genre) a quote may be drawn from, to give a board text enough.
    const REST: &str = "机关党委坚持把党的政治建设摆在首位，教育引导党员干部增强“四个意识”、坚定“四个自信”、做到“两个维护”，在学习中提升能力，在实践中检验成效，切实把学习成果转化为推动工作的强大动力，以实际行动践行全心全意为人民服务的根本宗旨。围绕中心、建设队伍、服务群众，机关各级党组织把党建工作与业务工作同谋划、同部署、同推进、同考核，推动党建和业务深度融合、相互促进，以高质量党建引领保障机关各项工作高质量发展，为全市经济社会发展大局贡献机关力量。";

    #[test]
    fn the_most_meaningful_sentence_nearest_the_preferred_length_is_quoted() {
        let paras = [
            body("短句。各级党组织充分发挥战斗堡垒作用，凝聚起干事创业的强大力量。还有一句话。"),
            body(REST),
        ];
        let (q, src) = sentence(&paras).expect("a sentence");
        assert!(q.starts_with('“') && q.ends_with('”'), "{q}");
        assert!(q.contains("战斗堡垒"), "{q}");
        assert_eq!(src, Source::Block { writeup: 1, block: 2 });
        assert!(sentence(&[body("太短。")]).is_none());
        // Only long sentences: their opening clauses.
        let long = "注重榜样引领，深化青年显担当实践，创作系列微视频，全景展现重大任务、关键岗位、项目一线敢当善为的榜样风采，让先锋故事激荡时代强音。";
        let (q, _) = sentence(&[body(long), body(REST)]).expect("an opening");
        assert!(q.ends_with("……”") && q.chars().count() <= CHARS.end() + 4, "{q}");
    }

    #[test]
    fn an_account_of_the_day_is_not_pulled_and_a_short_text_is_not_repeated() {
        // Real lines (fresh13 a01, a03, a05, a09) a 2400×1200 look pulled as quotes, each a step in the account
        // of a day: where the party went, what came first or next, at what time, who arranged what.
        for step in [
            "县政府办机关党支部党员们首先来到泸县爱国主义教育基地——屈氏庄园。",
            "活动伊始，全体党员开启集中理论学习环节。",
            "清晨7:30,初中组的全体老师就在单位集合，乘车奔赴金牛湖中学。",
            "接着，全体人员分为若干小组，每个小组由党员担任小组长。",
            "张运学书记安排本学期党建重点工作及本月的党小组活动。",
        ] {
            let (q, _) = sentence(&[body(step), body(REST)]).expect("the meaningful sentence");
            assert!(!q.contains(step.trim_end_matches('。')), "{q}");
        }
        // A long sentence of an account cut at its comma (fresh18 k19, 2400×1200: one word of meaning, 服务).
        let visit = "在机务社区，党总支书记刘新颖同志对社区服务功能、党建工作、党组织活动等情况进行了介绍，并重点对社区推行的“一、三、五、七、九”特色党建项目进行了讲解。";
        let after = "参观了社区办公场所后，李双金对机务社区的社区建设和党建工作给予了充分肯定，对机务社区未来党建工作寄予深厚的期望。";
        let q = sentence(&[body(visit), body(after)]);
        assert!(q.as_ref().is_none_or(|(q, _)| !q.contains("刘新颖")), "{q:?}");
        // A sentence saying what the work means is pulled (fresh13 a03).
        let meant = "一张承载着党组织关怀与期望的卡片，不仅是对党员们入党初心的唤醒，更是激励大家时刻牢记党员身份。";
        let (q, _) = sentence(&[
            body(&format!("活动伊始，全体党员开启集中理论学习环节。{meant}")),
            body(REST),
        ])
        .expect("a quote");
        assert!(q.contains("入党初心"), "{q}");
        // A clause cut at its semicolon (fresh13 a09) is quoted without it.
        let clause = "政教处曾文主任倡导党员教师发挥先锋模范作用，在重点工作中当好排头兵；";
        let (q, _) = sentence(&[body(&format!("{clause}张运学书记安排本学期党建重点工作。")), body(REST)]).unwrap();
        assert!(q.ends_with("排头兵”"), "{q}");
        // A traditional-script page's sentence is weighed by the same words (the corpus's qingdao case).
        let trad = "堅持以黨建引領業務發展，不斷增強幹部職工的責任意識和服務意識。";
        let (q, _) = sentence(&[body(trad), body(REST)]).expect("a quote");
        assert!(q.contains("責任意識"), "{q}");
        // A one-sentence text (fresh13 a05's first sentence): a quote would repeat all of it.
        let short = "在十九大精神的鼓舞下，这一天的视导工作，老师们特别尽心。";
        assert!(sentence(&[body(short)]).is_none());
    }

    #[test]
    fn a_news_lead_on_its_date_and_a_sentence_leaning_on_the_one_before_are_not_pulled() {
        // Real lines (fresh6b t15, t12) a 2400×1200 look pulled as quotes.
        let lead = "近日，涿州市总工会在桃园街道办事处举行了“职工之家”揭牌启用仪式。";
        let leaning = "同时对“小巷总理”卢萍所表现出的工作热情和工作成效表示高度赞赏。";
        // (REST's own sentence is longer than CHARS and its opening clauses say nothing: no quote but these.)
        for s in [
            lead,
            leaning,
            "6月16日下午，“共享之家·职乐翔鹭”翔鹭社区共享职工之家项目启动。",
        ] {
            assert!(
                sentence(&[body(s), body(REST)]).is_none_or(|(q, _)| !q.contains(&s[..12])),
                "{s}"
            );
        }
        let kept = "端午节即将来临，社区居民们自编自导自演文艺演出，传承弘扬中华优秀传统文化。";
        let (q, _) = sentence(&[body(&format!("{lead}{kept}")), body(REST)]).expect("the other sentence");
        assert!(q.contains("文艺演出"), "{q}");
    }
}
