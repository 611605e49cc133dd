//! Nothing of a web page's chrome on a board. Whatever a write-up's structure says, a board title or body line
//! that looks like chrome (the writeup crate's one test, `zhanban_writeup::looks_like_chrome` / `title_chrome`) is
//! not printed: a chrome title gives way to the write-up's first real heading (else the exhibition title), a
//! chrome line leaves the board, and an article's opening paragraph on a board or a 前言 taken from it loses its
//! news lead-in (本报讯（记者…）, 新华社…电), and a 前言 its editor's label (编者按：). A title or heading set as a sentence loses its lead-in dash or bullet and its closing 。 (a heading
//! carries neither). Text the user typed or edited is theirs and is never touched.
//!
//! Owns only this guard over planned groups; it must not form groups, move photos or measure anything.

use zhanban_frames::{Source, TextRole};
use zhanban_writeup::{looks_like_chrome, paired, title_chrome, title_fragment};

use crate::messages;
use crate::model::{BlockKind, Material};
use crate::overrides::Overrides;
use crate::plan::{Group, GroupKind};

/// A heading without the dash or bullet that leads it in (——这一年…, • 一、…) and without a closing 。 or ；;
/// unchanged when nothing would be left.
pub fn tidy_heading(text: &str) -> &str {
    let t = text
        .trim()
        .trim_start_matches(['—', '─', '-', '－', '•', '·', '▶', '►', '■', '●', '◆', '★'])
        .trim_start()
        .trim_end_matches(['。', '；', ';']);
    if t.chars().count() < 2 {
        text
    } else {
        t
    }
}

/// A title that closes a quotation or a name twice by a typing slip ("…争当时代先锋””主题党日活动", fresh20 n03) with
/// one closing mark, when that pairs every mark: the headline it was meant to be, not a fragment cut by a page.
fn one_closing_mark(title: &str) -> Option<String> {
    if paired(title) {
        return None;
    }
    ["””", "》》", "））", "」」"]
        .iter()
        .filter(|d| title.contains(**d))
        .map(|d| title.replacen(d, &d[..d.len() / 2], 1))
        .find(|fixed| paired(fixed))
}

/// Cleans the groups in place; what it set aside is said in `notes`.
pub(crate) fn guard(groups: &mut [Group], material: &Material, ov: &Overrides, notes: &mut Vec<String>) {
    let edited = |src: &Source| ov.text(src).is_some();
    let mut dropped = 0usize;
    let mut previous_title = String::new();
    for g in groups.iter_mut() {
        if g.kind == GroupKind::Content && !edited(&g.title_source) {
            let continued = g.title.ends_with(messages::CONTINUED);
            let mut title = tidy_heading(g.title.trim_end_matches(messages::CONTINUED)).to_string();
            if let Some(fixed) = one_closing_mark(&title) {
                title = fixed;
            }
            // (a genre label at the head, "经验交流：…", is the page's kind, not its headline)
            if let Some(own) = crate::headline::without_genre_label(&title) {
                title = own;
            }
            // (a line cut inside a quotation by the page's wrapping, or an author line, titles no board either)
            if !reads_as_title(&title) {
                let new = fallback_title(g, material, &previous_title);
                // (an untitled write-up's part has no title to set aside: nothing to say)
                if !title.trim().is_empty() {
                    let why = title_chrome(&title).or_else(|| title_fragment(&title));
                    notes.push(messages::chrome_title(&title, why.map_or("", |k| k.reason()), &new));
                }
                title = new;
            }
            g.title = if continued {
                format!("{title}{}", messages::CONTINUED)
            } else {
                title
            };
        }
        if g.kind == GroupKind::Content {
            previous_title = g.title.trim_end_matches(messages::CONTINUED).to_string();
        }
        let before = g.paras.len();
        g.paras
            .retain(|p| edited(&p.source) || !matches!(p.source, Source::Block { .. }) || !is_chrome(&p.text));
        dropped += before - g.paras.len();
        for p in g.paras.iter_mut() {
            if p.role != TextRole::Body && matches!(p.source, Source::Block { .. }) && !edited(&p.source) {
                p.text = tidy_heading(&p.text).to_string();
            }
            // a paper's pointer to a page after the last sentence ("…胜利召开！详见P7"): a board has no page 7
            if p.role == TextRole::Body && matches!(p.source, Source::Block { .. }) && !edited(&p.source) {
                let kept = zhanban_writeup::without_page_pointer(&p.text);
                if kept.len() < p.text.trim_end().len() && !kept.is_empty() {
                    p.text = kept.to_string();
                }
            }
        }
        // an article's opening paragraph on a board loses its lead-in too: the byline keeps the reporters, and a
        // board presents the unit's work, not the wire's dateline (东南网6月17日讯（本网记者…）6月16日下午，…)
        if g.kind == GroupKind::Content {
            for p in g.paras.iter_mut() {
                let Source::Block { writeup, block } = p.source else {
                    continue;
                };
                let opening = material
                    .writeups
                    .iter()
                    .find(|w| w.id == writeup)
                    .and_then(|w| w.blocks.iter().position(|b| b.kind == BlockKind::Paragraph));
                if p.role == TextRole::Body && opening == Some(block) && !edited(&p.source) {
                    if let Some(rest) = strip_lead_in(&p.text) {
                        p.text = rest.to_string();
                    }
                }
            }
        }
        if g.kind == GroupKind::Preface {
            if let Some(p) = g.paras.first_mut() {
                if p.role == TextRole::Body && !edited(&p.source) && matches!(p.source, Source::Block { .. }) {
                    if let Some(rest) = strip_lead_in(&p.text) {
                        p.text = rest.to_string();
                    }
                    // (and an editor's label, 编者按：…: the board's title says 前言)
                    let rest = crate::preface::strip_label(&p.text);
                    if rest.len() < p.text.len() {
                        p.text = rest.to_string();
                    }
                }
            }
        }
    }
    if dropped > 0 {
        notes.push(messages::chrome_lines_left_out(dropped));
    }
}

/// [`looks_like_chrome`] of a body line, remembered per thread: every layout plans again, and the same paragraphs
/// come back on every edit (a bounded memo, emptied when it grows large).
fn is_chrome(text: &str) -> bool {
    use std::cell::RefCell;
    use std::collections::HashMap;
    thread_local! {
        static SEEN: RefCell<HashMap<String, bool>> = RefCell::new(HashMap::new());
    }
    SEEN.with(|m| {
        if let Some(&c) = m.borrow().get(text) {
            return c;
        }
        let c = looks_like_chrome(text).is_some();
        let mut m = m.borrow_mut();
        if m.len() >= 20_000 {
            m.clear();
        }
        m.insert(text.to_string(), c);
        c
    })
}

/// The title a board gets when its own looks like chrome: the write-up's first level-2 heading that does not, else
/// the headline its opening paragraph gives (`headline`), else its first level-1 heading, else the previous board's
/// title (a level-1 heading that is chrome continues the section before it), else the exhibition
/// title, else a plain "untitled".
fn fallback_title(g: &Group, material: &Material, previous: &str) -> String {
    let writeup = match &g.title_source {
        Source::Block { writeup, .. } => Some(*writeup),
        Source::Exhibition { field } => field
            .strip_prefix("writeup-title-")
            .and_then(|id| id.parse::<i64>().ok()),
        _ => None,
    };
    let is_heading_board = matches!(g.title_source, Source::Block { .. });
    if !is_heading_board {
        let w = material.writeups.iter().find(|w| Some(w.id) == writeup);
        let heading = |kind: BlockKind| {
            w.and_then(|w| {
                w.blocks
                    .iter()
                    .filter(|b| b.kind == kind)
                    .map(|b| b.text.trim())
                    .find(|t| !part_label(t) && reads_as_title(t))
            })
        };
        // The headline its opening paragraph gives (a page copied from the body down) — past an opening that only
        // lists names after a label (fresh21 o02)
        let opening = || {
            w.and_then(|w| {
                w.blocks
                    .iter()
                    .find(|b| {
                        b.kind == BlockKind::Paragraph
                            && looks_like_chrome(&b.text).is_none()
                            && !crate::model::list_after_label(&b.text)
                    })
                    .and_then(|b| crate::headline::from_opening(&b.text))
                    .filter(|h| reads_as_title(h))
            })
        };
        // A level-1 heading titles its own board (or opens its part of this one): the write-up's opening board takes
        // it only when neither a level-2 heading nor the opening gives a title — two boards in a row both titled
        // "品牌介绍" (a traditional-script 党建品牌 page without a headline) read as one board printed twice.
        if let Some(h) = heading(BlockKind::Heading2) {
            return h.to_string();
        }
        if let Some(h) = opening() {
            return h;
        }
        if let Some(h) = heading(BlockKind::Heading1) {
            return h.to_string();
        }
    } else if !previous.is_empty() {
        return previous.to_string();
    }
    material
        .exhibition
        .title
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty() && title_chrome(t).is_none())
        .unwrap_or(messages::UNTITLED)
        .to_string()
}

/// Whether a line can title a board: not empty, nothing of a page's chrome, not a fragment cut by its wrapping.
pub(crate) fn reads_as_title(t: &str) -> bool {
    !t.trim().is_empty() && title_chrome(t).or_else(|| title_fragment(t)).is_none()
}

/// A part's label in brackets over the heading it introduces (【案例概述】, 〔经验做法〕): it names the kind of part, never
/// the write-up, so it stands in for no headline.
fn part_label(t: &str) -> bool {
    let inner = ["【】", "〔〕", "［］", "[]"].iter().find_map(|pair| {
        let mut cs = pair.chars();
        let (open, close) = (cs.next()?, cs.next()?);
        t.strip_prefix(open)?.strip_suffix(close)
    });
    inner.is_some_and(|i| i.chars().count() <= 10 && !i.contains(['【', '】', '〔', '〕', '［', '］', '[', ']']))
}

/// The rest of a paragraph after a news agency's or paper's lead-in (本报讯（记者 王某）…, 新华社北京3月5日电…,
/// （记者 张三）…), or none when it has none.
pub(crate) fn strip_lead_in(text: &str) -> Option<&str> {
    let t = text.trim_start();
    let head: String = t.chars().take(40).collect();
    let mut cut = None;
    for (i, c) in head.char_indices() {
        if !matches!(c, '讯' | '电' | '訊' | '電') {
            continue;
        }
        let before = &head[..i];
        let after = &t[i + c.len_utf8()..];
        let newsy = [
            "本报",
            "新华社",
            "中新社",
            "新华网",
            "人民网",
            "记者",
            "日报",
            "晚报",
            "网讯",
            "融媒",
            "本報",
            "新華社",
            "新華網",
            "人民網",
            "記者",
            "日報",
            "晚報",
            "網訊",
        ]
        .iter()
        .any(|w| before.contains(w))
            || reporters_in_brackets(after)
            // any medium's credit ("本网讯 2月25日，…", "某某台讯：", "青年网北京电（…"): a medium's word before the
            // 讯/电 and no prose right after it ("国网某某供电公司…" is a company, not a credit)
            || (before.chars().any(|c| "报報网網社台刊站媒".contains(c))
                && after.chars().next().is_some_and(|c| !('\u{4e00}'..='\u{9fff}').contains(&c)))
            // a dateline, when the word ends there ("…5月6日电视台…" is no lead-in)
            || (dated(before) && after.chars().next().is_some_and(|c| !('\u{4e00}'..='\u{9fff}').contains(&c)));
        if newsy && before.chars().count() <= 30 {
            cut = Some(i + c.len_utf8());
            break;
        }
    }
    let mut rest = match cut {
        Some(i) => &t[i..],
        None if reporters_in_brackets(t) => t,
        None => return None,
    };
    rest = without_spaced_credit(rest.trim_start());
    for (open, close) in [('（', '）'), ('(', ')')] {
        if rest.starts_with(open) {
            if let Some(end) = rest.find(close) {
                if rest[..end].chars().count() <= 30 {
                    rest = &rest[end + close.len_utf8()..];
                }
            }
        }
    }
    // What is left of a bracketed lead-in ("【本报讯】近日" — the bracket closes after 讯) goes with it.
    let rest = rest.trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, '：' | ':' | '，' | ',' | '—' | '】' | '〕' | ']' | '）' | ')')
    });
    (!rest.is_empty() && rest.len() < t.len()).then_some(rest)
}

/// The rest after a credit set between spaces instead of brackets ("記者邢東偉 翟小功 近日…": the word, then up to
/// four names of 2–4 characters each, then the prose), or the text as it is.
fn without_spaced_credit(text: &str) -> &str {
    let Some(word) = ["记者", "記者", "通讯员", "通訊員"]
        .iter()
        .find(|w| text.starts_with(**w))
    else {
        return text;
    };
    let name =
        |s: &str| (2..=4).contains(&s.chars().count()) && s.chars().all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    let mut end = None;
    let mut rest = &text[word.len()..];
    for k in 0..4 {
        let token_end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let token = &rest[..token_end];
        if !name(token) || token_end == rest.len() {
            break;
        }
        let after = rest[token_end..].trim_start();
        end = Some(text.len() - after.len());
        rest = after;
        if k == 0 && !rest.starts_with(|c: char| ('\u{4e00}'..='\u{9fff}').contains(&c)) {
            break;
        }
    }
    end.map_or(text, |e| &text[e..])
}

/// Text opening with a short bracket that names reporters or correspondents: "（记者 张三）", "（深圳特区报记者 周元春）",
/// "(通讯员 谭婷)".
fn reporters_in_brackets(text: &str) -> bool {
    let t = text.trim_start();
    let Some(inner) = t.strip_prefix('（').or_else(|| t.strip_prefix('(')) else {
        return false;
    };
    let inner: String = inner
        .chars()
        .take_while(|c| !matches!(c, '）' | ')'))
        .take(31)
        .collect();
    inner.chars().count() <= 30 && (inner.contains("记者") || inner.contains("通讯员"))
}

/// A dateline ending in the day: "深圳新闻网2024年2月4日" (before 讯), "北京3月5日" (before 电).
fn dated(before: &str) -> bool {
    let b = before.trim_end();
    b.ends_with('日')
        && b.contains('月')
        && b.chars()
            .rev()
            .nth(1)
            .is_some_and(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(c))
}

#[cfg(test)]
mod tests {
    use super::{one_closing_mark, strip_lead_in, tidy_heading};

    #[test]
    fn a_title_closing_its_quotation_twice_keeps_one_mark() {
        assert_eq!(
            one_closing_mark(
                "温江气象科普基地组织邛崃市机关党建第一团开展“感受气象文化,构建和谐平安,争当时代先锋””主题党日活动"
            )
            .as_deref(),
            Some("温江气象科普基地组织邛崃市机关党建第一团开展“感受气象文化,构建和谐平安,争当时代先锋”主题党日活动")
        );
        // paired already, or cut inside a quotation (a fragment, not a slip): left as it is
        assert_eq!(one_closing_mark("开展“两学一做”学习教育"), None);
        assert_eq!(one_closing_mark("…精心构建“评"), None);
    }

    #[test]
    fn headings_lose_their_lead_in_dash_and_full_stop() {
        assert_eq!(
            tidy_heading("——这一年，长岛综合试验区始终坚持党建与业务深度融合，服务中心大局更加有为。"),
            "这一年，长岛综合试验区始终坚持党建与业务深度融合，服务中心大局更加有为"
        );
        assert_eq!(tidy_heading("• 一、强化政治引领"), "一、强化政治引领");
        assert_eq!(tidy_heading("（一）完善制度规范；"), "（一）完善制度规范");
        // Questions and exclamations are the heading's own; a lone mark stays as it is.
        assert_eq!(tidy_heading("为什么要建设模范机关？"), "为什么要建设模范机关？");
        assert_eq!(tidy_heading("——"), "——");
        assert_eq!(tidy_heading("强化理论学习"), "强化理论学习");
    }

    #[test]
    fn news_lead_ins_are_cut_and_prose_is_kept() {
        assert_eq!(
            strip_lead_in("本报讯（记者 王晓明）近年来，市直机关…"),
            Some("近年来，市直机关…")
        );
        assert_eq!(
            strip_lead_in("新华社北京3月5日电（记者 张三）今年以来…"),
            Some("今年以来…")
        );
        assert_eq!(strip_lead_in("（记者 李四）全市机关党建…"), Some("全市机关党建…"));
        assert_eq!(strip_lead_in("本报讯 近年来，区委…"), Some("近年来，区委…"));
        assert_eq!(
            strip_lead_in("深圳新闻网2024年2月4日讯（深圳特区报记者 周元春）市政协机关…"),
            Some("市政协机关…")
        );
        assert_eq!(
            strip_lead_in("（通讯员 谭婷）市石门水库管理局…"),
            Some("市石门水库管理局…")
        );
        assert_eq!(
            strip_lead_in("某某网3月5日讯 3月5日，区委召开…"),
            Some("3月5日，区委召开…")
        );
        // fresh19 m07 (traditional script, the credit between spaces): a pull quote printed "法治日報訊 記者邢東偉…".
        assert_eq!(
            strip_lead_in("法治日報訊 記者邢東偉 翟小功 近日,2024年海南省基層檢察院特色品牌建設成果展示會…"),
            Some("近日,2024年海南省基層檢察院特色品牌建設成果展示會…")
        );
        assert_eq!(
            strip_lead_in("本报讯 记者王晓明 近年来，市直机关…"),
            Some("近年来，市直机关…")
        );
        // fresh18 k06: the lead-in in square brackets, which closed after 讯 (the board printed "】近日，…").
        assert_eq!(
            strip_lead_in("【本报讯】近日,市直机关第四督察组与市教育局召开…"),
            Some("近日,市直机关第四督察组与市教育局召开…")
        );
        assert_eq!(
            strip_lead_in("本网讯 2 月 25 日，华能陇东…"),
            Some("2 月 25 日，华能陇东…")
        );
        assert_eq!(strip_lead_in("某某县融媒体中心讯：近日，…"), Some("近日，…"));
        assert_eq!(strip_lead_in("国网某某供电公司党委坚持…"), None);
        assert_eq!(strip_lead_in("（一）加强政治建设，推动…"), None);
        assert_eq!(strip_lead_in("5月6日电视台记者来到现场，…"), None);
        assert_eq!(strip_lead_in("近年来，市直机关工委坚持以党建引领…"), None);
        assert_eq!(strip_lead_in("通讯员队伍建设是宣传工作的基础，电视、报纸…"), None);
    }
}
