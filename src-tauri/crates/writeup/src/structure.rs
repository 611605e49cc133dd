//! Decides what each line of a write-up is — title, subtitle, kicker, byline, heading (level 1 or 2), paragraph,
//! caption, photo, or junk set aside — the way a careful editor would, and re-joins hard-wrapped and broken
//! paragraphs. Input is a list of source lines with optional hints from rich sources (.docx/.html/.md styles).
//!
//! This module owns the structure decisions and the few words they rest on (organisation suffixes, caption and
//! kicker words); character cleaning is `normalize`, web-junk and byline vocabulary is `junk`/`byline`, and it
//! must not read files.
//!
//! Plain-text rules beyond the obvious ones: a kicker (引题) is the line directly above the title when a subtitle
//! or byline follows the title and the kicker is set apart by a blank line or reads as a two-part phrase
//! ("学思想 强党性"); with neither, it shows in its wording and length (`kicker_over`: a series column ·, an
//! adverbial frame 在……下, much shorter than the title, or kicker words such as 学习贯彻……精神 over a title that is
//! not a short tail), and then the two lines may also be the whole header; a line that stops mid-phrase (ends with
//! 的/和/与…, leaves a quote open, or the next starts with 的/之…) is never a kicker but the first half of a title.
//! A □ line that is not a byline is a heading; `1.` `1、` headings are level 2 under 一、/（一） headings and level 1
//! without them, `（1）` is level 2, and a numbered line that is a whole sentence stays a paragraph. A short
//! unpunctuated line alone is a heading unless it is a sentence without its full stop (`lone_sentences`): it reads
//! as one (我们将…, …了, 取得了, 120余次) where its sibling headings do not, or it is the one unmarked line between
//! two paragraphs of a document whose headings are numbered, □-marked, bold or styled.
//!
//! A site's column label (新闻动态) is never the title, and a page's marker or category gloss after the headline is
//! dropped. In the body, a question without a number is a sentence, three or more short lines set apart by blank lines
//! are verse-like text, a short label and its colon over text heads a section, and unnumbered headings nest by position
//! (one right under another) and wording (one whose words are part of the heading above).
//!
//! Known weak spots: a kicker with no gap, no inner space and none of those signals is still read as the first
//! line of a two-line title; two lines that read alike either way ("学习贯彻党的二十大精神" over
//! "推动机关党建高质量发展") are taken as kicker and title. In a document of unnumbered headings, a short sentence
//! with none of those signals ("各项工作稳步推进") cannot be told from a heading and stays one.

use crate::byline;
use crate::chrome;
use crate::convert;
use crate::figures;
use crate::junk;
use crate::messages as m;
use crate::model::{Block, BlockKind, Byline, Dropped, Options, WriteUp};
use crate::normalize::{self, is_han, is_terminator, letters, tidy_spaces, width};

/// What a rich source says about a line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Hint {
    None,
    Title,
    Subtitle,
    Kicker,
    Heading(u8),
    /// A short line set entirely in bold.
    Bold,
    Caption,
    /// A picture (its file name).
    Photo(String),
    /// A paragraph of a rich source (no hard-wrap re-joining).
    Para,
}

/// One source line (plain text) or paragraph (rich source).
#[derive(Clone, Debug)]
pub(crate) struct SrcLine {
    pub raw: String,
    pub nums: Vec<usize>,
    pub hint: Hint,
    /// A rich source says the line is page chrome (HTML: inside nav/footer/aside/header or a menu-like element,
    /// or a short line that is mostly link text).
    pub boiler: bool,
}

impl SrcLine {
    pub fn new(raw: impl Into<String>, num: usize, hint: Hint) -> Self {
        SrcLine {
            raw: raw.into(),
            nums: vec![num],
            hint,
            boiler: false,
        }
    }
}

#[derive(Clone, Debug)]
struct Item {
    raw: String,
    text: String,
    nums: Vec<usize>,
    hint: Hint,
    gap_before: bool,
    indented: bool,
    /// The line before it (blank lines aside) was set aside as a picture's file name or placeholder.
    after_picture: bool,
}

/// Plain text: one source line per input line.
pub(crate) fn lines_of(text: &str) -> Vec<SrcLine> {
    text.split('\n')
        .enumerate()
        .map(|(i, l)| SrcLine::new(l.strip_suffix('\r').unwrap_or(l), i + 1, Hint::None))
        .collect()
}

const CN_DIGITS: &str = "一二三四五六七八九十百零〇两";

/// 一、 二、 … 第一部分 …: a level-1 number at the start.
fn numbered_l1(t: &str) -> bool {
    let n = t.chars().take_while(|c| CN_DIGITS.contains(*c)).count();
    if n > 0 && n <= 3 {
        let rest: String = t.chars().skip(n).take(1).collect();
        return rest == "、" || rest == "．" || rest == ".";
    }
    if let Some(r) = t.strip_prefix('第') {
        let n = r
            .chars()
            .take_while(|c| CN_DIGITS.contains(*c) || c.is_ascii_digit())
            .count();
        let rest: String = r.chars().skip(n).take(2).collect();
        return n > 0 && (rest.starts_with('部') || rest.starts_with('章') || rest.starts_with('篇'));
    }
    false
}

/// （一） (一): a level-2 number at the start.
fn numbered_l2(t: &str) -> bool {
    let Some(r) = t.strip_prefix('（') else {
        return false;
    };
    let n = r.chars().take_while(|c| CN_DIGITS.contains(*c)).count();
    n > 0 && n <= 3 && r.chars().nth(n) == Some('）')
}

/// How an Arabic-numbered line starts: `1.` `1．` `1、` (a list level under 一、/（一）) or `（1）`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Arabic {
    Dot,
    Paren,
}

/// 1. / 1、 / （1） at the start (one or two digits; "1.5万" and "2021." are not numbers of a heading).
fn numbered_arabic(t: &str) -> Option<Arabic> {
    let (body, paren) = match t.strip_prefix(['（', '(']) {
        Some(r) => (r, true),
        None => (t, false),
    };
    let n = body.chars().take_while(|c| c.is_ascii_digit()).count();
    if n == 0 || n > 2 {
        return None;
    }
    let mut rest = body.chars().skip(n);
    let sep = rest.next()?;
    let after = rest.next();
    if paren {
        return (matches!(sep, '）' | ')') && after.is_some()).then_some(Arabic::Paren);
    }
    let ok = matches!(sep, '.' | '．' | '、') && after.is_some_and(|c| !c.is_ascii_digit() && c != '.');
    ok.then_some(Arabic::Dot)
}

/// A decimal section number at the start: "1.3党支部委员会选举程序", "1.3.1选举准备阶段" (two or more groups).
fn decimal_numbered(t: &str) -> bool {
    let head: String = t.chars().take_while(|c| c.is_ascii_digit() || *c == '.').collect();
    let groups: Vec<&str> = head.trim_end_matches('.').split('.').collect();
    groups.len() >= 2 && groups.iter().all(|g| (1..=2).contains(&g.len()))
}

/// A paper's section number (GB/T 7713: "0", "1", "1.1", "2.3.1") and a space before the head's words, as a
/// journal article converted to text prints them: "0 引言" (level 1), "1.1 标准化建设的理论内涵" (level 2). A count
/// and its measure word ("10 个支部") is no section number.
fn paper_section(raw: &str) -> Option<u8> {
    let t = raw.trim_start();
    let head: String = t.chars().take_while(|c| c.is_ascii_digit() || *c == '.').collect();
    let groups: Vec<&str> = head.trim_end_matches('.').split('.').collect();
    if groups.len() > 3 || groups.iter().any(|g| !(1..=2).contains(&g.len())) {
        return None;
    }
    let rest = &t[head.len()..];
    let words = rest.trim_start_matches([' ', '\u{3000}']);
    let first = words.chars().next()?;
    let measure = "个名人项次年月日号家位元万亿届期条件所座支批岁天".contains(first);
    (words.len() < rest.len() && is_han(first) && !measure).then_some(if groups.len() == 1 { 1 } else { 2 })
}

/// The number and its mark at the start of an Arabic-numbered line: "5、" → (5, '、').
fn arabic_number(t: &str) -> Option<(u32, char)> {
    let digits: String = t.chars().take_while(|c| c.is_ascii_digit()).collect();
    let mark = t.chars().nth(digits.chars().count())?;
    let n = digits.parse().ok()?;
    matches!(mark, '.' | '．' | '、').then_some((n, mark))
}

/// Whether `b` is the item after `a` in one numbered list ("5、…" then "6、…").
fn follows_in_list(a: &str, b: &str) -> bool {
    matches!((arabic_number(a), arabic_number(b)), (Some((n, x)), Some((m, y))) if m == n + 1 && x == y)
}

/// An Arabic-numbered heading, alone on its line or running into its paragraph ("1.强化理论武装。坚持…"):
/// stricter than 一、 because numbered list items are often whole sentences.
fn split_arabic(t: &str) -> Option<(String, Option<String>)> {
    // "1. 标题": the space after the number is a stray one
    let owned;
    let t = match t.find(['.', '．', '、', '）', ')']) {
        Some(i) if t[i..].chars().nth(1) == Some(' ') => {
            let sep = t[i..].chars().next().map_or(1, char::len_utf8);
            owned = format!("{}{}", &t[..i + sep], t[i + sep..].trim_start());
            owned.as_str()
        }
        _ => t,
    };
    let w = width(t);
    if w <= 30.0 && !has_inner_terminator(t) && !t.ends_with(['。', '；', '，', '：', '！', '？']) {
        return Some((t.to_string(), None));
    }
    let chars: Vec<char> = t.chars().collect();
    let p = chars.iter().position(|c| matches!(c, '。' | '！' | '？'))?;
    let head: String = chars[..p].iter().collect();
    let rest: String = chars[p + 1..].iter().collect();
    let rest = rest.trim().to_string();
    (width(&head) <= 24.0 && width(&rest) >= 20.0).then_some((head, Some(rest)))
}

/// A line marked with □ that is not a byline ("□坚持党建引领"): a heading, without its mark.
fn box_heading(t: &str) -> Option<String> {
    let rest = t.strip_prefix('□')?.trim();
    if rest.is_empty() || width(rest) > 40.0 || has_inner_terminator(rest) || rest.ends_with(['。', '；', '，']) {
        return None;
    }
    if byline::parse(t).is_some() || !rest.chars().any(is_han) {
        return None;
    }
    Some(rest.to_string())
}

/// A kicker (引题) reads as a phrase of its own: two parts set apart by a space or a comma.
fn kicker_like(t: &str) -> bool {
    t.trim().contains([' ', '，', '\u{3000}'])
}

/// How a kicker (引题) typically opens or ends: the campaign or occasion the article belongs to
/// ("学习贯彻党的二十大精神", "奋进新征程建功新时代", "喜迎二十大", "庆祝建党100周年", "模范机关建设在行动").
const KICKER_OPENS: [&str; 12] = [
    "学习贯彻",
    "深入学习",
    "学习宣传",
    "贯彻落实",
    "喜迎",
    "迎接",
    "庆祝",
    "献礼",
    "礼赞",
    "纪念",
    "奋进",
    "踔厉奋发",
];
const KICKER_ENDS: [&str; 11] = [
    "精神",
    "周年",
    "主题教育",
    "新征程",
    "新时代",
    "二十大",
    "在行动",
    "进行时",
    "见闻",
    "巡礼",
    "系列报道",
];

/// The text outside quotes and brackets (a quoted slogan inside a title says nothing about the title's shape).
fn outside_quotes(t: &str) -> String {
    let mut depth: i32 = 0;
    let mut out = String::new();
    for c in t.chars() {
        match c {
            '“' | '《' | '「' | '『' | '（' | '‘' | '【' | '(' => depth += 1,
            '”' | '》' | '」' | '』' | '）' | '’' | '】' | ')' => depth = (depth - 1).max(0),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Line `b` continues line `a` in the middle of a phrase: `a` ends with a word that needs what follows (的 和 与
/// 及 暨 并 把 将 对 在 于 …) or with open punctuation, leaves a quote or bracket open, or `b` starts with a word
/// that cannot start a phrase (的 之 而 等 了) or with closing punctuation. Then `a` and `b` are one title.
fn continues(a: &str, b: &str) -> bool {
    let opened = |o: char, c: char| a.matches(o).count() > a.matches(c).count();
    a.ends_with([
        '的', '和', '与', '及', '暨', '并', '或', '之', '把', '将', '对', '在', '向', '从', '于', '让', '被',
    ]) || ends_open(a)
        || opened('“', '”')
        || opened('《', '》')
        || opened('（', '）')
        || opened('「', '」')
        || opened('‘', '’')
        || b.starts_with(['的', '之', '而', '等', '了', '”', '》', '）', '」', '’', '、', '，'])
}

/// Line `a`, directly above `b` with no blank line and no inner space, is a kicker (引题) over the title `b`
/// rather than the first half of a title broken over two lines. Signals, since the two read alike: `a` names a
/// series column (·), is an adverbial frame (在……指引下), is much shorter than `b`, or opens or ends like a kicker
/// (学习贯彻……, ……精神) over a `b` that is not a short tail. Never when `b` continues `a` mid-phrase, nor for the
/// two equal halves of a short couplet ("奋进新征程" / "建功新时代" on two lines).
fn kicker_over(a: &str, b: &str) -> bool {
    let (wa, wb) = (width(a), width(b));
    if continues(a, b) || (wa == wb && wa <= 7.0) {
        return false;
    }
    let bare = outside_quotes(a);
    let column = bare.contains('·');
    let frame = a.starts_with('在') && a.ends_with(['下', '中', '上']) && wa >= 8.0;
    let much_shorter = wa <= 12.0 && wa <= 0.6 * wb;
    let campaign = KICKER_OPENS.iter().any(|k| bare.starts_with(k)) || KICKER_ENDS.iter().any(|k| bare.ends_with(k));
    // (a whole clause with its comma over a headline half its length: "杨浦通过空间迭代与资源整合，让党建服务从“有形覆盖”
    // 迈向“有效覆盖”" over "UP主党员有了“家门口的活动阵地”", fresh26 i09)
    let clause = bare.contains('，') && !a.ends_with(['，', '、']) && wa >= 16.0 && wa >= 1.8 * wb;
    column || frame || much_shorter || (campaign && wb >= 0.6 * wa) || clause
}

const CAPTION_MARKS: [char; 9] = ['■', '▲', '△', '◆', '●', '▼', '★', '☆', '◎'];

fn caption_mark(t: &str) -> bool {
    t.starts_with(CAPTION_MARKS)
}

fn strip_caption_mark(t: &str) -> String {
    t.trim_start_matches(CAPTION_MARKS).trim_start().to_string()
}

/// A person's place in a picture in brackets: "（前排左）", "（左一）", "（右二）", "（中）" — only a caption says it.
fn picture_position(t: &str) -> bool {
    t.match_indices(['（', '(']).any(|(p, o)| {
        let inner: String = t[p + o.len()..]
            .chars()
            .take_while(|c| !matches!(c, '）' | ')'))
            .collect();
        let rest = inner
            .trim_start_matches(['前', '后', '後', '中'])
            .trim_start_matches('排');
        let n = inner.chars().count();
        (1..=4).contains(&n)
            && rest.starts_with(['左', '右', '中'])
            && rest.chars().skip(1).all(|c| "一二三四五六1234567".contains(c))
    })
}

fn caption_words(t: &str) -> bool {
    let w = width(t);
    // a photo report's caption, however long: a lead, then 图为… about the picture, closed by its photographers
    // ("…驻足观看。 记者白永民通讯员张磊摄")
    let photo_news = w <= 300.0 && (t.contains("。图为") || t.contains("。圖為")) && ends_with_photo_credit(t);
    photo_news
        || w <= 100.0
            && (picture_position(t)
                || ["图为", "图：", "上图", "下图", "左图", "右图", "（图为"]
                    .iter()
                    .any(|p| t.starts_with(p))
                || t.ends_with("摄）")
                || t.ends_with("攝）")
                || t.ends_with("供图）")
                || t.ends_with("供圖）")
                || t.ends_with("供图")
                || t.ends_with("供圖")
                || ends_with_figure_number(t)
                || ends_with_photo_credit(t)
                || spaced_photo_credit(t)
                || supplied_by_unit(t)
                || bracketed_photo_credit(t)
                || credited_work(t)
                || (w <= 40.0
                    && !t.contains(['。', '，'])
                    && ["现场", "合影", "合影留念", "留影", "一角", "照片", "剪影", "掠影"]
                        .iter()
                        .any(|e| t.ends_with(e))))
}

/// A sentence about a picture closed by the photographer's credit: "…审议政府工作报告。本报记者 吕建荣摄",
/// "启动仪式现场。本网记者 李秀清 摄". The credit alone on a line is a byline, not a caption.
fn ends_with_photo_credit(t: &str) -> bool {
    let t = t.trim_end();
    // (or an agency's picture after a space: "…吸引眾多參觀者。視覺中國 圖", fresh26 i10)
    if !t.ends_with(['摄', '攝']) && !t.ends_with(" 图") && !t.ends_with(" 圖") {
        return false;
    }
    // the credit after the sentence's full stop, or after a slash: "…会议现场/陆伟摄"
    let Some((p, mark)) = t
        .rfind('。')
        .map(|p| (p, '。'))
        .or_else(|| t.rfind(['/', '／']).map(|p| (p, '/')))
    else {
        return false;
    };
    let tail = &t[p + mark.len_utf8().max(t[p..].chars().next().map_or(1, char::len_utf8))..];
    p > 0 && (2.0..=20.0).contains(&width(tail)) && !tail.contains(['，', '；'])
}

/// A picture's description without sentence marks, then a space and its photographer's name and 摄: "湖北宜都化工园
/// 鸟瞰图 冯建 摄", "…龙头企业——东阳光冬虫夏草三期 徐磊摄" (fresh19 m03). The credit alone is a byline.
fn spaced_photo_credit(t: &str) -> bool {
    let Some(rest) = t.trim_end().strip_suffix(['摄', '攝']) else {
        return false;
    };
    let Some((text, name)) = rest.trim_end().rsplit_once(' ') else {
        return false;
    };
    let name = name.trim_start_matches("记者").trim_start_matches("記者");
    // (a short one too, "掰苞谷 余双江 摄" in a gallery, fresh20 n17; a reporter's label is the credit's own)
    let label = ["记者", "記者", "通讯员", "通訊員", "摄影", "攝影", "图", "圖", "文"]
        .iter()
        .any(|l| text.ends_with(l));
    width(text) >= 3.0
        && !label
        && !t.contains(['。', '，', '；'])
        && byline::person_name(name)
        && byline::common_surname(name)
}

/// A picture's description without sentence marks closed by the unit that supplied it: "遼煙雷鋒志愿服務隊清掃衛生死角
/// 供圖 錦州市煙草專賣局（公司）", "…教育基地供圖 錦州市煙草專賣局（公司）" (fresh24 l17; they had titled a board).
fn supplied_by_unit(t: &str) -> bool {
    let Some((text, unit)) = t.rsplit_once("供圖 ").or_else(|| t.rsplit_once("供图 ")) else {
        return false;
    };
    let (tw, uw) = (width(text), width(unit));
    tw >= 6.0 && (2.0..=20.0).contains(&uw) && !t.contains(['。', '，', '；', '：', ':'])
}

/// A picture's description closed by its photographer in brackets: "天水市委机关全景（摄影：天水在线网友曲径通幽）"; or by
/// when and by whom it was taken, or that it is an archive picture: "進瓦鋪村采訪的盤山路（許露露拍攝于2019年6月10日）",
/// "瓦鋪村俯瞰（資料照片）" (fresh32 ae10, where they stood as headings).
fn bracketed_photo_credit(t: &str) -> bool {
    let Some(inner) = t
        .strip_suffix('）')
        .and_then(|r| r.rfind('（').map(|p| &r[p + '（'.len_utf8()..]))
    else {
        return false;
    };
    let labelled = ["摄影", "攝影", "图片", "圖片", "摄", "攝"]
        .iter()
        .any(|l| inner.strip_prefix(l).is_some_and(|r| r.starts_with(['：', ':'])));
    let taken = ["拍摄于", "拍攝于", "拍攝於", "拍摄於"]
        .iter()
        .any(|l| inner.contains(l));
    let archive = ["资料照片", "資料照片", "资料图片", "資料圖片", "资料图", "資料圖"].contains(&inner);
    width(t) <= 60.0 && !t.contains('。') && (labelled || taken || archive)
}

/// A picture shown as a work with its author, as a contest's page prints it under the picture: "一等奖:《终于等到你》
/// 作者:石伟红  妇产科" (the work's title in 《》, then its author's or photographer's label and a name).
fn credited_work(t: &str) -> bool {
    let Some(after) = t.rfind('》').map(|p| &t[p + '》'.len_utf8()..]) else {
        return false;
    };
    let credit = ["作者", "摄影", "攝影"].iter().any(|l| {
        after
            .trim_start()
            .strip_prefix(l)
            .is_some_and(|r| r.starts_with(['：', ':']))
    });
    width(t) <= 40.0 && t.contains('《') && !t.contains(['。', '，', '；']) && credit
}

/// A caption numbered at its end: "党员志愿者在社区开展宣讲 图1", "活动现场（图2）".
fn ends_with_figure_number(t: &str) -> bool {
    let bare = t.trim_end_matches(['）', ')']);
    let digits = bare.chars().rev().take_while(|c| c.is_ascii_digit()).count();
    let head: String = bare.chars().rev().skip(digits).take(1).collect();
    digits > 0 && digits <= 2 && head == "图" && width(t) >= 6.0 && !t.contains('。')
}

/// Splits "title——subtitle" at a —— that is not inside quotes or brackets.
fn split_dash(t: &str) -> Option<(String, String)> {
    let chars: Vec<char> = t.chars().collect();
    let mut depth: i32 = 0;
    let mut i = 0;
    while i + 1 < chars.len() {
        match chars[i] {
            '“' | '《' | '「' | '『' | '（' | '‘' | '【' | '(' => depth += 1,
            '”' | '》' | '」' | '』' | '）' | '’' | '】' | ')' => depth = (depth - 1).max(0),
            // (or ASCII dashes after a space, "巡河护闸我先行 ---省流域中心…")
            d @ ('—' | '-') if chars[i + 1] == d && depth == 0 && i > 0 && (d == '—' || chars[i - 1] == ' ') => {
                let a: String = chars[..i].iter().collect();
                let mut j = i;
                while j < chars.len() && chars[j] == d {
                    j += 1;
                }
                let b: String = chars[j..].iter().collect();
                let (a, b) = (a.trim().to_string(), b.trim().to_string());
                if letters(&a).is_empty() || letters(&b).is_empty() {
                    return None;
                }
                return Some((a, b));
            }
            _ => {}
        }
        i += 1;
    }
    None
}

const ORG_SUFFIX: [&str; 44] = [
    "工委",
    "委员会",
    "党委",
    "党组",
    "局",
    "办公室",
    "办公厅",
    "中心",
    "部",
    "厅",
    "政府",
    "支部",
    "总支",
    "公司",
    "集团",
    "学校",
    "大学",
    "街道",
    "社区",
    "研究室",
    "法院",
    "检察院",
    "委",
    "联合会",
    // (a college, an institute, a hospital, an association: the units that sign a branch's news)
    "学院",
    "研究所",
    "研究院",
    "医院",
    "协会",
    // traditional forms
    "委員會",
    "黨委",
    "黨組",
    "辦公室",
    "辦公廳",
    "廳",
    "總支",
    "集團",
    "學校",
    "大學",
    "檢察院",
    "聯合會",
    "學院",
    "醫院",
    "協會",
];

/// Splits an issuing unit off the end of a subtitle: "2024年工作综述 长岛机关工委" or "…（长岛机关工委）".
fn split_unit(sub: &str) -> (String, Option<String>) {
    if sub.ends_with('）') {
        if let Some(p) = sub.rfind('（') {
            let inner = &sub[p + '（'.len_utf8()..sub.len() - '）'.len_utf8()];
            if ORG_SUFFIX.iter().any(|s| inner.ends_with(s)) && width(inner) <= 24.0 && p > 0 {
                return (sub[..p].trim().to_string(), Some(inner.trim().to_string()));
            }
        }
    }
    if let Some(p) = sub.rfind(' ') {
        let last = &sub[p + 1..];
        if ORG_SUFFIX.iter().any(|s| last.ends_with(s)) && width(last) >= 4.0 && width(last) <= 24.0 {
            return (sub[..p].trim().to_string(), Some(last.to_string()));
        }
    }
    (sub.to_string(), None)
}

fn has_inner_terminator(t: &str) -> bool {
    let chars: Vec<char> = t.chars().collect();
    chars.len() > 1
        && chars[..chars.len() - 1]
            .iter()
            .any(|c| matches!(c, '。' | '；' | '！' | '？'))
}

fn ends_open(t: &str) -> bool {
    t.ends_with(['，', '、', '：', '；', ',', ':']) || t.ends_with("——")
}

/// A section head of a feature story: a short phrase, a dash, and the line it heads ("壮美画卷徐徐铺展——开启……").
fn dash_head(t: &str) -> bool {
    split_dash(t).is_some_and(|(a, _)| (4.0..=16.0).contains(&width(&a)) && !a.contains(['，', '、', '。']))
}

/// A line that reads like running text (starts the body).
fn body_like(it: &Item) -> bool {
    let t = &it.text;
    let w = width(t);
    if matches!(it.hint, Hint::Para) && (w > 40.0 || t.ends_with('。')) {
        return true;
    }
    if matches!(it.hint, Hint::Heading(_) | Hint::Photo(_) | Hint::Caption) {
        return true;
    }
    numbered_l1(t)
        || numbered_l2(t)
        || numbered_arabic(t).is_some()
        || box_heading(t).is_some()
        || caption_mark(t)
        || t.ends_with(['。', '；', '：'])
        || w > 70.0
        || (w > 40.0 && t.contains('。'))
}

/// A short line with no sentence punctuation: a heading, or a caption when several come together.
fn heading_candidate(it: &Item) -> bool {
    let t = &it.text;
    let w = width(t);
    if !matches!(it.hint, Hint::None | Hint::Para | Hint::Bold) {
        return false;
    }
    // a line wholly in brackets is a note ("（2025年7月30日……会议通过）"), not a heading
    let note = t.starts_with('（') && t.find('）') == Some(t.len() - '）'.len_utf8());
    // a list item ("- 坚持……", "• 完善……") is text, not a heading
    let item = t.starts_with(['-', '•', '·', '▪', '*', '◦', '‣']) && !t.starts_with("--");
    (2.0..=80.0).contains(&w)
        && !note
        && !item
        && !t.contains(" | ")
        && !has_inner_terminator(t)
        && !t.ends_with(['。', '；'])
        && !ends_open(t)
        && !leaves_open(t)
        && t.chars().any(is_han)
}

/// A line that leaves a quotation or a bracket open: a wrapped sentence's first half ("…指出，要“坚持党建工作和业务工作
/// 一起谋划、一起部", fresh30 ac01), never a heading.
fn leaves_open(t: &str) -> bool {
    [('“', '”'), ('（', '）'), ('《', '》')]
        .iter()
        .any(|&(o, c)| t.matches(o).count() > t.matches(c).count())
}

struct Ctx {
    out: WriteUp,
    relaxed: bool,
    /// The byline's date came from a date line with its weekday and nothing else ("2023年03月29日 星期三"): a
    /// site's or reader's date widget as often as the article's date, so a labelled date after it wins.
    date_of_widget: bool,
}

impl Ctx {
    fn drop_item(&mut self, it: &Item, reason: &str) {
        self.out.dropped.push(Dropped {
            text: it.raw.clone(),
            reason: reason.to_string(),
            lines: it.nums.clone(),
        });
    }

    fn merge_byline(&mut self, p: byline::Parsed, it: &Item) {
        let b: &mut Byline = &mut self.out.byline;
        // a line read as byline once is not read again (its text would be kept twice)
        if !it.nums.is_empty() && it.nums.iter().all(|n| b.lines.contains(n)) {
            return;
        }
        fn fill(slot: &mut Option<String>, v: Option<String>) {
            if slot.is_none() {
                *slot = v;
            }
        }
        fill(&mut b.source, p.source);
        fill(&mut b.author, p.author);
        fill(&mut b.reporter, p.reporter);
        fill(&mut b.correspondent, p.correspondent);
        // (a labelled date, "发布日期:2011-11-03", over the date of a widget read before it)
        let labelled = ["日期", "时间", "時間", "发布", "發布", "发表", "發表"]
            .iter()
            .any(|l| it.text.contains(l));
        if b.date.is_none() || (self.date_of_widget && labelled) {
            if let Some(d) = p.date {
                b.date_iso = byline::date_iso(&d);
                b.date = Some(d);
                let bare: String = it.text.chars().filter(|c| !c.is_whitespace()).collect();
                self.date_of_widget = !labelled
                    && byline::find_date(&bare).is_some_and(|(_, n)| {
                        let rest: String = bare.chars().skip(n).collect();
                        byline::weekday(&rest)
                    });
            }
        }
        b.lines.extend(it.nums.iter().copied());
        b.raw.push(it.raw.clone());
        for e in p.extras {
            self.out.dropped.push(Dropped {
                text: e,
                reason: m::BYLINE_EXTRA.to_string(),
                lines: it.nums.clone(),
            });
        }
    }
}

/// Structures a list of source lines. `rich` is true for .docx/.html/.md input (no hard-wrap re-joining).
pub(crate) fn structure(src: Vec<SrcLine>, rich: bool, opts: &Options) -> WriteUp {
    let all_raw: String = src.iter().map(|l| l.raw.as_str()).collect::<Vec<_>>().join("\n");
    let relaxed = normalize::has_ruby(&all_raw);
    let mut cx = Ctx {
        out: WriteUp::default(),
        relaxed,
        date_of_widget: false,
    };

    // 1. clean lines, set junk aside
    let src = header_list_bullets(src);
    // (a hijacked page's betting phrase in place of the unit's name goes from every line)
    let injected = crate::spam::injected_phrases(src.iter().map(|l| l.raw.as_str()));
    for p in &injected {
        cx.out.dropped.push(Dropped {
            text: p.clone(),
            reason: m::INJECTED_SPAM.to_string(),
            lines: src
                .iter()
                .filter(|l| l.raw.contains(p.as_str()))
                .flat_map(|l| l.nums.iter().copied())
                .collect(),
        });
    }
    let mut items: Vec<Item> = Vec::new();
    let mut gap = false;
    let mut region: Option<&'static str> = None;
    // items of the shape of a link list seen in the region
    let mut region_items = 0usize;
    // a table of contents: (its first entry, once seen); it ends where that entry comes again or prose starts
    let mut toc: Option<Option<String>> = None;
    // how many lines were set aside before the line at hand
    let mut seen_dropped = 0usize;
    for l in src {
        // (a forum's anti-scraping garbage stripped from the line is set aside, never lost)
        if let Some(garbage) = normalize::jammer(&l.raw, cx.relaxed) {
            cx.out.dropped.push(Dropped {
                text: garbage,
                reason: m::CHROME_JUNK.to_string(),
                lines: l.nums.clone(),
            });
        }
        let text = without_trailing_bar(normalize::light(&l.raw, cx.relaxed));
        let text = injected.iter().fold(text, |t, p| crate::spam::without(&t, p));
        let (text, mut debris) = without_debris(text);
        let text = match site_prefix(&text) {
            Some((site, rest)) => {
                debris.push(site.to_string());
                rest.to_string()
            }
            None => text,
        };
        for d in debris {
            cx.out.dropped.push(Dropped {
                text: d,
                reason: m::CHROME_JUNK.to_string(),
                lines: l.nums.clone(),
            });
        }
        // a shared document's file name stands for its title: the name without the extension
        let text = chrome::document_name(&text).map(str::to_string).unwrap_or(text);
        let is_photo = matches!(l.hint, Hint::Photo(_));
        let mut it = Item {
            indented: l.raw.starts_with("  ") || l.raw.starts_with(['\u{3000}', '\t']),
            raw: l.raw,
            text,
            nums: l.nums,
            hint: l.hint,
            gap_before: gap,
            after_picture: false,
        };
        if it.text.is_empty() && !is_photo {
            gap = true;
            continue;
        }
        gap = false;
        // whether the line before was set aside as a picture's file name or placeholder (".jpg)", "img_0032.jpg")
        if cx.out.dropped.len() > seen_dropped {
            let picture = [m::IMAGE_PLACEHOLDER, m::PICTURE_NAME, m::CHROME_FILE_NAME];
            // (or a lone "?", the mark a copy of a WeChat article leaves where a picture was, right above the line)
            let lost = |d: &Dropped| {
                d.reason == m::EMPTY_MARKUP && !it.gap_before && d.text.trim().chars().all(|c| matches!(c, '?' | '？'))
            };
            it.after_picture = cx
                .out
                .dropped
                .last()
                .is_some_and(|d| picture.contains(&d.reason.as_str()) || lost(d));
        }
        seen_dropped = cx.out.dropped.len();
        if !is_photo {
            let key = letters(&it.text);
            if let Some(first) = &mut toc {
                // (an entry may run into the next one, "…存在的问题及对策8.中央统战部机关党委：以…": only a sentence
                // ends the contents)
                let entry = width(&it.text) <= 80.0 && !it.text.contains(['。', '，', '；']);
                if entry && first.as_deref() != Some(key.as_str()) {
                    first.get_or_insert(key);
                    cx.drop_item(&it, m::CONTENTS);
                    continue;
                }
                toc = None;
            }
            if matches!(key.as_str(), "目录" | "目錄") {
                toc = Some(None);
                cx.drop_item(&it, m::CONTENTS);
                continue;
            }
            if let Some(r) = region {
                let w = width(&it.text);
                // a list of links has a shape (bullets, dates, cut titles): after two such items, the first line
                // without it ends the list ("热点新闻" over a sidebar of dated links, then the headline)
                let listy = list_item_shape(&it.text);
                // (a teaser cut with dots is an item of the list however long: "暑假期间，…绝无虚假。没...")
                let teaser = it.text.trim_end().ends_with("...") || it.text.trim_end().ends_with('…');
                let prose = w >= 60.0 && it.text.contains('。') && !(r == m::RECOMMENDED && teaser);
                // (a labelled source in brackets closing the page, "（来源:中国绿色时报）" under an empty "推荐阅读:",
                // is the text's, not the list's: fresh22 r04)
                let t = it.text.trim();
                let source_credit = r == m::RECOMMENDED
                    && t.starts_with(['（', '('])
                    && t.ends_with(['）', ')'])
                    && byline::parse(t.trim_start_matches(['（', '(']).trim_end_matches(['）', ')']))
                        .is_some_and(|p| p.source.is_some());
                if prose || source_credit || (r == m::RECOMMENDED && !listy && region_items >= 2) {
                    region = None;
                } else {
                    region_items += usize::from(listy);
                    let reason = junk::opens_junk_region(&it.text)
                        .or_else(|| junk::junk_reason(&it.text))
                        .unwrap_or(r);
                    if let Some(r2) = junk::opens_junk_region(&it.text) {
                        region = Some(r2);
                    }
                    cx.drop_item(&it, reason);
                    continue;
                }
            }
            // (a site's label for its list of recommendations, once the article's prose has been read: "新闻推荐")
            let after_prose = items.iter().any(|p| width(&p.text) >= 60.0 && p.text.contains('。'));
            let label = (after_prose && junk::recommendation_label(&it.text)).then_some(m::RECOMMENDED);
            if let Some(r) = junk::opens_junk_region(&it.text).or(label) {
                region = Some(r);
                region_items = 0;
                cx.drop_item(&it, r);
                continue;
            }
            // the credits closing a text on a line of their own, "（文 王小俊 图 王小俊 审核 孙开进）", name its writer
            // (they would read as a bar of short words)
            let inner = it
                .text
                .trim()
                .strip_prefix(['（', '('])
                .and_then(|r| r.strip_suffix(['）', ')']));
            if let Some(a) = inner
                .and_then(closing_credit)
                .filter(|_| cx.out.byline.author.is_none())
            {
                cx.out.byline.author = Some(a);
                cx.out.byline.lines.extend(it.nums.iter().copied());
                cx.out.byline.raw.push(it.raw.clone());
                continue;
            }
            // the writer's labelled name on a line of its own after the prose began, "本文作者：李艳" under a repost's
            // lead paragraphs and its headline (fresh32 ae05, where it stood as a heading): the byline's
            let labelled_writer = ["本文作者", "作者"]
                .iter()
                .any(|l| it.text.strip_prefix(l).is_some_and(|r| r.starts_with(['：', ':'])));
            let writer = it.text.trim_start_matches("本文");
            if let Some(a) = byline::parse(writer)
                .filter(|_| labelled_writer && after_prose && cx.out.byline.author.is_none())
                .and_then(|p| p.author.filter(|a| a.split(' ').all(byline::person_name)))
            {
                cx.out.byline.author = Some(a);
                cx.out.byline.lines.extend(it.nums.iter().copied());
                cx.out.byline.raw.push(it.raw.clone());
                continue;
            }
            if let Some(r) = junk::junk_reason(&it.text).filter(|_| !byline_with_fields(&it.text)) {
                cx.drop_item(&it, r);
                continue;
            }
            if byline::parse(&it.text).is_none() {
                if l.boiler && !matches!(it.hint, Hint::Title) {
                    cx.drop_item(&it, m::CHROME_HTML);
                    continue;
                }
                if let Some(k) = chrome::looks_like_chrome(&it.text) {
                    cx.drop_item(&it, k.reason());
                    continue;
                }
            }
        }
        items.push(it);
    }

    // 1b. page chrome told by position and repetition: runs of short items around the article's prose, a
    // metadata list of labels, the names of pictures numbered one after another
    let items = drop_field_list(&mut cx, items);
    let items = drop_picture_names(&mut cx, items);
    let items = drop_watermark(&mut cx, items);
    let items = piece_labels(&mut cx, items);
    let items = glued_captions(&mut cx, items);
    let items = fields_into_text(items);
    let items = headline_over_fields(items);
    let items = flattened_paragraphs(items);
    let items = drop_quote_credits(&mut cx, items);
    let items = drop_short_runs(&mut cx, items);
    let items = drop_after_footer(&mut cx, items);
    let items = drop_widget_labels(&mut cx, items);
    let items = drop_chrome_openers(&mut cx, items);
    let items = credits_over_lines(&mut cx, items);

    // 2. re-join hard-wrapped lines and paragraphs broken mid-sentence
    let wrap = if rich { None } else { wrap_width(&items) };
    let items = rejoin(items, wrap);
    let items = drop_text_again(&mut cx, items);

    // 3. the header: kicker, title, subtitle, byline
    let mut consumed = vec![false; items.len()];
    header(&mut cx, &items, &mut consumed, wrap);

    // 4. the body
    title_from_footer(&mut cx, &items, &mut consumed);
    drop_title_again(&mut cx, &items, &mut consumed);
    drop_summary_again(&mut cx, &items, &mut consumed);
    drop_site_footer(&mut cx, &items, &mut consumed);
    date_from_header_chrome(&mut cx, &items, &consumed);
    let body: Vec<&Item> = items
        .iter()
        .zip(&consumed)
        .filter(|(_, c)| !**c)
        .map(|(i, _)| i)
        .collect();
    body_blocks(&mut cx, &body);

    // 5. finishing: traditional → simplified, key figures
    let mut out = cx.out;
    let mut all = String::new();
    for t in [&out.title, &out.subtitle, &out.kicker].into_iter().flatten() {
        all.push_str(t);
    }
    for b in &out.blocks {
        all.push_str(&b.text);
    }
    out.traditional = convert::is_mostly_traditional(&all);
    if opts.simplified {
        let conv = |s: &mut Option<String>| {
            if let Some(v) = s {
                *v = convert::to_simplified(v);
            }
        };
        conv(&mut out.title);
        conv(&mut out.subtitle);
        conv(&mut out.kicker);
        let b = &mut out.byline;
        for f in [
            &mut b.source,
            &mut b.author,
            &mut b.reporter,
            &mut b.correspondent,
            &mut b.date,
        ] {
            conv(f);
        }
        for blk in &mut out.blocks {
            blk.text = convert::to_simplified(&blk.text);
        }
        out.simplified = true;
    }
    out.key_figures = figures::find(&out.blocks);
    out.dropped.sort_by_key(|d| d.lines.first().copied().unwrap_or(0));
    out
}

/// A line right above a line set aside as chrome is the chrome's too when it opens it: a label whose colon
/// introduces the chrome ("通版阅读请点击：" over 展开通版 / 收缩通版) or a date over a weekday (an e-paper reader's date
/// widget, "2026-01-19" / "星期一": the day it was read, not the article's date).
fn drop_chrome_openers(cx: &mut Ctx, items: Vec<Item>) -> Vec<Item> {
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        let next = it.nums.last().map(|n| n + 1);
        let below = cx
            .out
            .dropped
            .iter()
            .find(|d| {
                d.lines.first().copied() == next
                    && [
                        m::PAGE_NAV,
                        m::CHROME_MASTHEAD,
                        m::CHROME_HTML,
                        m::BREADCRUMB,
                        m::CHROME_JUNK,
                    ]
                    .contains(&d.reason.as_str())
            })
            .map(|d| (d.text.trim().to_string(), d.reason.clone()));
        let opens = below.as_ref().is_some_and(|(t, _)| {
            let label = it.text.ends_with(['：', ':'])
                && width(&it.text) <= 16.0
                && !it.text.contains(['。', '，', '；'])
                && byline::parse(&it.text).is_none();
            let date =
                byline::weekday(t) && byline::find_date(&it.text).is_some_and(|(_, n)| n == it.text.chars().count());
            label || date
        });
        match below.filter(|_| opens) {
            Some((_, reason)) => cx.drop_item(&it, &reason),
            None => out.push(it),
        }
    }
    out
}

/// A page that prints its publication time only on a chrome line of the header (the site address with a timestamp):
/// when the byline has no date, the time on a line set aside above the first line of the body is the date.
fn date_from_header_chrome(cx: &mut Ctx, items: &[Item], consumed: &[bool]) {
    if cx.out.byline.date.is_some() {
        return;
    }
    let Some(body_start) = items
        .iter()
        .zip(consumed)
        .find(|(_, c)| !**c)
        .and_then(|(it, _)| it.nums.first().copied())
    else {
        return;
    };
    let found = cx.out.dropped.iter().find_map(|d| {
        // (a date of the page's metadata list is the document's)
        let before = d.lines.first().is_some_and(|&l| l < body_start) && d.reason != m::FIELD_LIST;
        before
            .then(|| byline::printed_date_time(&d.text))
            .flatten()
            .map(|t| (t, d.lines.clone(), d.text.clone()))
    });
    if let Some((date, lines, text)) = found {
        let b = &mut cx.out.byline;
        b.date_iso = byline::date_iso(&date);
        b.date = Some(date);
        b.lines.extend(lines);
        // (and its labelled source after the time: "慧聪广电网 2020-05-06 15:04 来源:闪电新闻", fresh29 ab18 — the labelled
        // source wins over the site's name before the date)
        let source = ["来源", "來源"]
            .iter()
            .find_map(|l| text.find(l).map(|p| &text[p..]))
            .and_then(byline::parse)
            .and_then(|p| p.source);
        if b.source.is_none() {
            b.source = source;
        }
    }
}

/// A page without a headline above its text that names it in a labelled field below ("标题：……" beside 来源 and
/// 地址 in a footer): that is the title.
fn title_from_footer(cx: &mut Ctx, items: &[Item], consumed: &mut [bool]) {
    if cx.out.title.is_some() {
        return;
    }
    let found = items.iter().enumerate().find_map(|(i, it)| {
        // (or the original headline a repost names in brackets: "（原标题：区统计局举办…宣传活动）")
        let t = it.text.trim();
        let t = t
            .strip_prefix(['（', '('])
            .and_then(|r| r.strip_suffix(['）', ')']))
            .unwrap_or(t);
        let rest = ["标题：", "標題：", "原标题：", "原標題："]
            .iter()
            .find_map(|l| t.strip_prefix(l))?;
        (!consumed[i] && heading_like_title(rest) && chrome::title_chrome(rest).is_none()).then(|| (i, rest.trim()))
    });
    if let Some((i, t)) = found {
        consumed[i] = true;
        cx.drop_item(&items[i], m::DUPLICATE_TITLE);
        cx.out.title = Some(tidy_spaces(t));
        cx.out.title_lines = items[i].nums.clone();
        return;
    }
    // (a repost note set aside already that names the original headline after the text: "原标题:教育部公示名单!优秀,
    // 榜上有名!", fresh29 ab06 — commas and all, the label says it is a headline)
    let original = cx.out.dropped.iter().find_map(|d| {
        let rest = ["原标题：", "原標題：", "原标题:", "原標題:"]
            .iter()
            .find_map(|l| d.text.trim().strip_prefix(l))?
            .trim();
        let headline = width(rest) <= 60.0 && !rest.ends_with('。') && rest.chars().filter(|c| is_han(*c)).count() >= 6;
        (headline && chrome::title_chrome(rest).is_none()).then(|| (normalize::light(rest, false), d.lines.clone()))
    });
    // (or a content farm's address line after the text, the link's words before the address: "本文地址:大山的女儿http://
    // www.3399wenxue.com/a/156731.html", fresh32 ae19, where no headline stands above the text)
    let linked = || {
        cx.out.dropped.iter().find_map(|d| {
            let t = normalize::light(d.text.trim(), false);
            let rest = ["本文地址：", "本文链接：", "本文鏈接：", "本文網址：", "本文网址："]
                .iter()
                .find_map(|l| t.strip_prefix(l))?;
            let words = rest[..rest.find("http")?].trim();
            let headline = width(words) <= 60.0
                && !words.contains(['。', '：'])
                && words.chars().filter(|c| is_han(*c)).count() >= 4;
            (headline && chrome::title_chrome(words).is_none()).then(|| (words.to_string(), d.lines.clone()))
        })
    };
    if let Some((t, lines)) = original.or_else(linked) {
        cx.out.title = Some(tidy_spaces(&t));
        cx.out.title_lines = lines;
    }
}

/// The title printed again before the text, whole or broken over lines (portal pages print the headline in the page
/// header and again above the text): lines between the header and the first line of prose under it whose words
/// are all in the title.
/// A site's summary of the text under its label, the text's own opening cut short ("摘要:今天,我们要讨论的是…
/// ……" over the paragraph that opens so, fresh21 o04): the text again, set aside. Repetition, not the label: a
/// summary of its own words stays.
fn drop_summary_again(cx: &mut Ctx, items: &[Item], consumed: &mut [bool]) {
    for i in 0..items.len() {
        if consumed[i] {
            continue;
        }
        let t = items[i].text.trim();
        let Some(value) = ["摘要", "内容摘要", "內容摘要", "导读", "導讀"]
            .iter()
            .find_map(|l| t.strip_prefix(l))
            .and_then(|r| r.strip_prefix(['：', ':']))
        else {
            continue;
        };
        let value = letters(value.trim_end_matches(['.', '…', '。', ' ']));
        let again = value.chars().count() >= 20
            && items[i + 1..]
                .iter()
                .zip(&consumed[i + 1..])
                .any(|(it, c)| !c && letters(&it.text).contains(&value));
        if again {
            consumed[i] = true;
            cx.drop_item(&items[i], m::TEXT_AGAIN);
        }
    }
}

fn drop_title_again(cx: &mut Ctx, items: &[Item], consumed: &mut [bool]) {
    let Some(title) = cx.out.title.as_deref().map(letters) else {
        return;
    };
    // from the end of the header to the first line of prose under it
    let Some(start) = consumed.iter().rposition(|c| *c) else {
        return;
    };
    let end = (start..items.len())
        .find(|&i| prose_line(&items[i]))
        .unwrap_or(items.len());
    // the first prose under the header that names the whole headline in book-title brackets is the copy site's blurb
    // about its page ("千文网小编为你整理了多篇相关的《…精选(范文四篇)》,但愿对你工作学习有帮助…", fresh30 ac02), never the
    // text's opening (a headline of its own in brackets, a book's name, is left alone)
    if end < items.len() && !consumed[end] && title.chars().count() >= 10 {
        let t = &items[end].text;
        let names_title = t
            .split('《')
            .skip(1)
            .filter_map(|r| r.split_once('》'))
            .any(|(q, _)| letters(q) == title);
        if names_title && !cx.out.title.as_deref().is_some_and(|x| x.starts_with('《')) {
            consumed[end] = true;
            cx.drop_item(&items[end], m::SITE_BLURB);
        }
    }
    let subtitle = cx.out.subtitle.as_deref().map(letters);
    for (i, it) in items.iter().enumerate().take(end).skip(start) {
        let t = letters(&it.text);
        if !consumed[i] && t.chars().count() >= 6 && title.contains(&t) && !it.text.contains('。') {
            consumed[i] = true;
            fuller_title(cx, &it.text);
            cx.drop_item(it, m::DUPLICATE_TITLE);
            continue;
        }
        // (the ——subtitle printed again, a speech's date and meeting line under its title twice, fresh22 r13)
        if !consumed[i] && subtitle.as_deref() == Some(letters(it.text.trim_start_matches(['—', '-', '－'])).as_str())
        {
            consumed[i] = true;
            cx.drop_item(it, m::DUPLICATE_TITLE);
            continue;
        }
        // the speaker under a speech's or report's title, a unit, the post and the name ("甘肃省人民检察院检察长朱玉"):
        // the author, never a heading (it titled the report's board); printed again, the repeat
        if let Some(name) = speaker(&it.text).filter(|_| !consumed[i]) {
            consumed[i] = true;
            match cx.out.byline.author.as_deref() {
                None => {
                    cx.out.byline.author = Some(name);
                    cx.out.byline.lines.extend(it.nums.iter().copied());
                    cx.out.byline.raw.push(it.raw.clone());
                }
                Some(a) if a == name => cx.drop_item(it, m::DUPLICATE_TITLE),
                Some(_) => consumed[i] = false,
            }
        }
    }
    // anywhere in the body, the whole headline again (a picture's alt text, a repeat, "…样本 图1") is never printed
    // twice — in either script: a traditional-script copy keeps its pictures' alt text in the original simplified
    // ("我县“三中心”揭牌" under 我縣“三中心”揭牌, fresh19 m19)
    let mut title_simplified: Option<String> = None;
    let mut same_as_title = |t: &str| {
        t == title
            || (t.chars().count() == title.chars().count()
                && convert::to_simplified(t) == *title_simplified.get_or_insert_with(|| convert::to_simplified(&title)))
    };
    for (i, it) in items.iter().enumerate() {
        let numbered = ends_with_figure_number(&it.text);
        let bare = if numbered {
            it.text
                .trim_end_matches(|c: char| c.is_ascii_digit() || matches!(c, '）' | ')' | ' '))
                .trim_end_matches(['图', '圖', '（', '('])
        } else {
            it.text.as_str()
        };
        // (after a column tag the title lost: "【“四型”机关创建】…" as each picture's alt text, fresh19 m12)
        let untagged = column_tag(bare).map(|(_, rest)| rest);
        let bare = untagged.as_deref().unwrap_or(bare);
        // (after a collection's numeral and colon, "一：机关党建工作调研报告": the header of its first piece)
        let bare = bare
            .split_once(['：', ':'])
            .filter(|(n, _)| !n.trim().is_empty() && n.trim().chars().all(|c| CN_DIGITS.contains(c)))
            .map_or(bare, |(_, r)| r.trim());
        // (or twice and more on one line, the alt texts of pictures side by side, fresh20 n06)
        let lb = letters(bare);
        let copies = lb.len() / title.len().max(1);
        let repeated = copies >= 2 && lb.len() == copies * title.len() && lb == title.repeat(copies);
        if !consumed[i] && title.chars().count() >= 6 && (repeated || same_as_title(&lb)) {
            consumed[i] = true;
            fuller_title(cx, bare);
            cx.drop_item(it, m::DUPLICATE_TITLE);
        }
    }
}

/// The name at the end of a speaker's line: a unit, an official's post and a name, nothing else
/// ("甘肃省人民检察院检察长朱玉" → 朱玉).
fn speaker(t: &str) -> Option<String> {
    const POSTS: [&str; 16] = [
        "检察长",
        "院长",
        "局长",
        "书记",
        "主任",
        "市长",
        "县长",
        "区长",
        "省长",
        "部长",
        "厅长",
        "主席",
        "校长",
        "董事长",
        "镇长",
        "乡长",
    ];
    let t = t.trim();
    if !t.chars().all(is_han) || width(t) > 30.0 {
        return None;
    }
    POSTS.iter().find_map(|p| {
        let (unit, name) = t.rsplit_once(p)?;
        let n = name.chars().count();
        (unit.chars().count() >= 2 && (2..=3).contains(&n) && byline::common_surname(name)).then(|| name.to_string())
    })
}

/// The headline printed again in full, with the placeholders the page's title left out ("××市××小学…" under
/// "市××小学…", a model text's), is the title.
fn fuller_title(cx: &mut Ctx, again: &str) {
    if let Some(t) = cx.out.title.as_deref().and_then(|printed| fuller(printed, again)) {
        cx.out.title = Some(t);
    }
}

/// `again` when it is `printed` with placeholder marks added (×, ＊, ○, X).
fn fuller(printed: &str, again: &str) -> Option<String> {
    let again = again.trim();
    if printed.is_empty() || again.chars().count() <= printed.chars().count() || !again.contains(printed) {
        return None;
    }
    let extra = again.replacen(printed, "", 1);
    extra
        .chars()
        .all(|c| matches!(c, '×' | '＊' | '*' | '○' | 'X' | 'x' | 'Ｘ'))
        .then(|| again.to_string())
}

/// A byline line that names a source, an author, a reporter or a date (not one of only extras such as 字号).
fn byline_with_fields(t: &str) -> bool {
    byline::parse(t)
        .is_some_and(|p| p.source.is_some() || p.author.is_some() || p.reporter.is_some() || p.date.is_some())
}

/// A line of running prose: the lines around which the article stands.
fn prose_line(it: &Item) -> bool {
    let w = width(&it.text);
    (w >= 40.0 && it.text.chars().any(is_terminator))
        || (w >= 30.0 && matches!(it.hint, Hint::Para) && it.text.ends_with('。'))
}

/// A name standing alone under a quotation is the quotation's credit, never a heading: a name of 2–4 characters
/// (optionally led by a dash, "——…") right after a line that ends a sentence, when the line reads as a quoted
/// saying — the name is led by a dash, or the line is wholly in quotation marks, or it is a single sentence opening
/// the page (a banner above the article). A banner quotation opening the page goes with its credit; elsewhere the
/// quotation stays text. A name closing the text is the writer's signature and is left to the byline.
fn drop_quote_credits(cx: &mut Ctx, items: Vec<Item>) -> Vec<Item> {
    let mut drop: Vec<Option<&'static str>> = vec![None; items.len()];
    for k in 1..items.len().saturating_sub(1) {
        let t = items[k].text.trim();
        let bare = t.trim_start_matches(['—', '－', '-', '─']).trim();
        let dashed = bare.len() < t.len();
        let plain = |it: &Item| matches!(it.hint, Hint::None | Hint::Para | Hint::Bold);
        if !plain(&items[k]) || !name_line(bare) || byline::parse(t).is_some_and(|p| p.date.is_some()) {
            continue;
        }
        let q = items[k - 1].text.trim();
        let ends_sentence = q.ends_with(['。', '！', '？', '!', '?', '”', '」', '』']);
        if !plain(&items[k - 1]) || !ends_sentence || width(q) < 8.0 || drop[k - 1].is_some() {
            continue;
        }
        let body = q.trim_end_matches(['。', '！', '？', '!', '?']);
        let wholly_quoted = q.starts_with(['“', '「', '『', '"']) && body.ends_with(['”', '」', '』', '"']);
        let banner = k == 1 && width(q) <= 100.0 && !has_inner_terminator(body);
        if !(dashed || wholly_quoted || banner) {
            continue;
        }
        drop[k] = Some(m::QUOTE_CREDIT);
        if k == 1 {
            drop[0] = Some(m::BANNER_QUOTE);
        }
    }
    let mut out = Vec::with_capacity(items.len());
    for (it, d) in items.into_iter().zip(drop) {
        match d {
            Some(r) => cx.drop_item(&it, r),
            None => out.push(it),
        }
    }
    out
}

/// A short item of a menu or link list: no sentence punctuation, not a byline, caption, numbered heading or photo.
fn short_item(it: &Item, max: f32) -> bool {
    let t = &it.text;
    matches!(it.hint, Hint::None | Hint::Para | Hint::Bold)
        && width(t) <= max
        && !t.contains(['。', '，', '；', '！', '？'])
        && !caption_words(t)
        && !caption_mark(t)
        && !starts_block(t)
        && numbered_arabic(t).is_none()
        && byline::parse(t).is_none()
}

/// Page chrome told by position relative to the article's prose (the densest-run idea of Readability/jusText):
/// before the first line of prose, a run of four or more very short items (a menu copied one item per line), or of
/// two or three items of 2–6 characters that are not all of one heading's shape (all bold, a section name such as
/// "主要做法"); after
/// the last line of prose, a run of three or more short items (link lists, footers, buttons) when at least one of
/// them looks like chrome or they are four or more. A closing signature (unit and date) is two lines and stays.
fn drop_short_runs(cx: &mut Ctx, items: Vec<Item>) -> Vec<Item> {
    let Some(first) = items.iter().position(prose_line) else {
        return items;
    };
    let last = items.iter().rposition(prose_line).unwrap_or(first);
    let mut drop = vec![false; items.len()];
    let mut i = 0;
    while i < first {
        let mut j = i;
        // (a menu printed one item a line ends at a blank line: the short line after it, "国家统计局:" over an
        // e-paper's headline, is the kicker, fresh23 j02)
        let block_ends = |j: usize| j >= i + 4 && items[j].gap_before && !items[i + 1..j].iter().any(|x| x.gap_before);
        while j < first && short_item(&items[j], 6.0) && !block_ends(j) {
            j += 1;
        }
        let run = &items[i..j];
        let menu = run.len() >= 2
            && run.iter().all(|it| it.text.trim().chars().count() >= 2)
            && !run.iter().all(|it| matches!(it.hint, Hint::Bold))
            && !run.iter().any(|it| SECTION_NAMES.contains(&letters(&it.text).as_str()));
        if j - i >= 4 || menu {
            drop[i..j].iter_mut().for_each(|d| *d = true);
        }
        i = j.max(i + 1);
    }
    // the same told by context before the prose (jusText: a short line between two lines set aside as chrome is
    // chrome): a forum's header puts its log-in widget's tagline and a user's badge among buttons and counters
    // ("只需一步,快速开始" between QQ登录 and 新浪微博登陆, "新浪微博达人勋" between [复制链接] and 鲜花(0) 鸡蛋(0); fresh23
    // j16). A short headline between chrome stays when no longer line stands before the prose to head the page.
    let chrome_lines: std::collections::BTreeSet<usize> = cx
        .out
        .dropped
        .iter()
        .filter(|d| d.reason != m::INJECTED_SPAM)
        .flat_map(|d| d.lines.iter().copied())
        .collect();
    let mut known = chrome_lines.clone();
    known.extend(items.iter().flat_map(|it| it.nums.iter().copied()));
    let headline_like =
        |it: &Item| width(&it.text) >= 12.0 && !it.text.contains('。') && byline::parse(&it.text).is_none();
    for k in 0..first {
        let it = &items[k];
        let (Some(&a), Some(&b)) = (it.nums.first(), it.nums.last()) else {
            continue;
        };
        let chrome_at = |n: Option<&usize>| n.is_some_and(|n| chrome_lines.contains(n));
        let between = chrome_at(known.range(..a).next_back()) && chrome_at(known.range(b + 1..).next());
        // (the page's first line over chrome, its slogan over an app's banner: "知东莞，知天下！" over 打开客户端… 立即
        // 打开, fresh26 i04 — it had titled a board; a slogan may shout)
        let banner = |n: Option<&usize>| {
            n.is_some_and(|n| {
                cx.out
                    .dropped
                    .iter()
                    .any(|d| d.lines.contains(n) && [m::PAGE_NAV, m::APP_PROMPT].contains(&d.reason.as_str()))
            })
        };
        let on_top = known.range(..a).next().is_none() && banner(known.range(b + 1..).next());
        let shout = it.text.trim_end_matches(['！', '!']);
        let slogan = on_top
            && width(&it.text) <= 10.0
            && !shout.contains(['。', '！', '？', '：', ':'])
            && byline::parse(&it.text).is_none();
        let longer = items[..first]
            .iter()
            .enumerate()
            .any(|(j, o)| j != k && headline_like(o) && width(&o.text) >= 2.0 * width(&it.text));
        let short = width(&it.text) <= 10.0
            && !it.text.contains(['。', '！', '？', '：', ':'])
            && byline::parse(&it.text).is_none();
        if !drop[k] && ((short && between) || slogan) && longer {
            drop[k] = true;
        }
        // (the column's name printed again under the breadcrumb that names it: "当前位置:首页 > 图片报道" over
        // "图片报道", fresh23 j17 — the page's label, never a kicker)
        let crumb = cx.out.dropped.iter().any(|d| {
            d.lines.last().is_some_and(|&n| n + 1 == a)
                && d.text.contains(['>', '»', '＞'])
                && d.text.split(['>', '»', '＞']).any(|x| x.trim() == it.text.trim())
        });
        if short && crumb {
            drop[k] = true;
        }
    }
    // a list of related links with their dates (title, date, title, date…): short items and date-only lines
    // alternating, at least two of each, before the text
    let date_only = |it: &Item| byline::find_date(&it.text).is_some_and(|(_, n)| n == it.text.chars().count());
    let mut i = 0;
    while i < first {
        let mut j = i;
        while j < first && (date_only(&items[j]) || short_item(&items[j], 30.0)) {
            j += 1;
        }
        let dates = items[i..j].iter().filter(|it| date_only(it)).count();
        if dates >= 2 && j - i - dates >= 2 {
            // the run starts at its first link item, not at a date of the byline above it
            let start = (i..j).find(|&k| !date_only(&items[k])).unwrap_or(i);
            drop[start..j].iter_mut().for_each(|d| *d = true);
        }
        i = j.max(i + 1);
    }
    let tail = &items[last + 1..];
    // (a button may shout: "喜欢就按个赞吧！！！")
    let button = |it: &Item| {
        let t = it.text.trim_end_matches(['！', '!']);
        width(&it.text) <= 16.0 && !t.contains(['。', '，', '；', '！', '？']) && byline::parse(t).is_none()
    };
    if tail.len() >= 3 && tail.iter().all(|it| short_item(it, 30.0) || button(it)) {
        let chromy = tail.iter().any(|it| chrome::title_chrome(&it.text).is_some());
        if chromy || tail.len() >= 4 {
            drop[last + 1..].iter_mut().for_each(|d| *d = true);
        }
    }
    // the same run told by its context (jusText: short lines among chrome are chrome): after the last prose and any
    // credit in brackets, two or more short items with lines already set aside as chrome among or after them — a
    // footer's links with their bars ("公眾號 |", "手機版 |" around "|" and empty picture links), an app's widgets
    // one a line ("阅读", "转发" among 点赞, 评论 under the editor's sign-off). A text cut off after its prose leaves one
    // fragment, never two short items (fresh22 r03, r12)
    let credit = |it: &Item| {
        let t = it.text.trim();
        t.starts_with(['（', '(']) && t.ends_with(['）', ')'])
    };
    let start = tail.iter().rposition(credit).map_or(last + 1, |k| last + 2 + k);
    let run = &items[start..];
    // (one short item after the page's buttons or footer is theirs too, not the text cut off: "网" under 打印本页 关闭窗口,
    // fresh23 j17 — the text stops before its page's buttons, never after them)
    if let [only] = run {
        let from = items[start - 1].nums.last().copied().unwrap_or(0);
        let to = only.nums.first().copied().unwrap_or(0);
        let footer_between = cx.out.dropped.iter().any(|d| {
            d.lines.iter().any(|&n| n > from && n < to)
                && [m::PAGE_NAV, m::FOOTER, m::CHROME_STATISTICS].contains(&d.reason.as_str())
        });
        if footer_between && short_item(only, 4.0) {
            drop[start] = true;
        }
        // (nor is a link's title after a finished paragraph: two spaced phrases without a mark, one of them a year's
        // feature, "篤行致遠 2024中國煙草行業發展觀察" under a 烟草 item, fresh24 l17 — a cut-off text is a sentence's
        // start, not a headline with its year)
        let finished = items[start - 1]
            .text
            .trim_end()
            .ends_with(['。', '！', '？', '”', '）']);
        if finished && link_title_with_year(&only.text) {
            drop[start] = true;
        }
        // (nor the name of the unit's account, the label of its code: "中共安徽省委黨校微信公眾號" over a footer,
        // fresh26 i13 — it had titled a board)
        let account = ["公众号", "公眾號", "视频号", "視頻號", "官方微信", "官方微博"]
            .iter()
            .any(|w| only.text.trim_end().ends_with(w));
        if finished && account && short_item(only, 20.0) {
            drop[start] = true;
        }
    }
    if run.len() >= 2 && !drop[start] && run.iter().all(|it| short_item(it, 16.0) || button(it)) {
        let from = items[start - 1].nums.last().copied().unwrap_or(0);
        let among = cx
            .out
            .dropped
            .iter()
            .any(|d| d.lines.iter().any(|&n| n > from) && d.reason != m::INJECTED_SPAM);
        if among {
            drop[start..].iter_mut().for_each(|d| *d = true);
        }
    }
    let mut out = Vec::with_capacity(items.len());
    for (k, (it, d)) in items.into_iter().zip(drop).enumerate() {
        if d {
            let reason = if k < first { m::PAGE_NAV } else { m::CHROME_TAIL };
            cx.drop_item(&it, reason);
        } else {
            out.push(it);
        }
    }
    out
}

/// A link's title of two or three spaced phrases without a mark, one of them a year's feature run into its name
/// ("篤行致遠 2024中國煙草行業發展觀察"); a date ("2024年5月6日") is a signature's, not a feature's year.
fn link_title_with_year(t: &str) -> bool {
    let parts: Vec<&str> = t.split_whitespace().collect();
    let feature = |p: &str| {
        let cs: Vec<char> = p.chars().collect();
        cs.windows(5)
            .any(|w| w[..4].iter().all(char::is_ascii_digit) && is_han(w[4]) && w[4] != '年')
            && cs.first().is_some_and(char::is_ascii_digit)
    };
    (2..=3).contains(&parts.len())
        && width(t) <= 30.0
        && parts.iter().all(|p| p.chars().count() >= 4)
        && !t.chars().any(|c| "。，、；：！？（）()“”《》,.:;!?".contains(c))
        && parts.iter().any(|p| feature(p))
}

/// A page's debris inside a line of prose, set apart from the text: a web address in brackets after the name of the
/// site it links ("…全國高校思想政治工作網（http://www.sizhengwang.cn）上…", fresh29 ab08: the name stays) and an e-paper's
/// jump marker after the last sentence, a circled number and a page number ("…走深走實。② 16", fresh29 ab02).
fn without_debris(text: String) -> (String, Vec<String>) {
    let mut debris = Vec::new();
    let mut t = text;
    let prose = |t: &str| width(t) >= 30.0 && t.contains(['。', '，']);
    while prose(&t) {
        let found = t.char_indices().find_map(|(i, c)| {
            let close = match c {
                '（' => '）',
                '(' => ')',
                _ => return None,
            };
            let inner_at = i + c.len_utf8();
            let end = t[inner_at..].find(close)? + inner_at;
            let inner = t[inner_at..end].trim().to_ascii_lowercase();
            let address = (inner.starts_with("http://") || inner.starts_with("https://") || inner.starts_with("www."))
                && !inner.contains(char::is_whitespace);
            // (or the office's contact details, an e-mail among an address's or a phone's labels: "（地址：丽水市花园路
            // 1号，邮编：323000，电话：…，电子邮箱：lsxxgk@lishui.gov.cn）", fresh32 ae13 — a page's, not a board's)
            let mail = inner.split(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '@' | '.' | '_' | '-')));
            let mail = mail.into_iter().any(|w| {
                w.split_once('@')
                    .is_some_and(|(u, d)| !u.is_empty() && d.contains('.') && !d.ends_with('.'))
            });
            let labels = ["地址", "邮编", "郵編", "电话", "電話"]
                .iter()
                .filter(|l| inner.contains(*l))
                .count();
            let contact = mail && labels >= 2;
            (address || contact).then_some((i, end + close.len_utf8()))
        });
        let Some((a, b)) = found else { break };
        debris.push(t[a..b].to_string());
        t = format!("{}{}", &t[..a], &t[b..]);
    }
    // (the marker: a circled number, a space and one to three digits, right after a sentence's end)
    let cut = t.trim_end().rsplit_once(' ').and_then(|(head, page)| {
        let marker = head.chars().last().filter(|c| ('①'..='⑳').contains(c))?;
        let head = head.strip_suffix(marker)?;
        let digits = (1..=3).contains(&page.chars().count()) && page.chars().all(|c| c.is_ascii_digit());
        (digits && head.trim_end().ends_with(['。', '！', '？', '”'])).then(|| head.trim_end().len())
    });
    if let Some(k) = cut.filter(|_| prose(&t)) {
        debris.push(t[k..].trim().to_string());
        t.truncate(k);
    }
    // (a link to a site left open after the last sentence, its bracket never closed: "…有名的“落后村”。[公文写作网",
    // fresh32 ae08, where it had joined the paragraph to the next)
    let open_link = t.rfind(['[', '【']).filter(|&k| {
        let name = t[k..].trim_start_matches(['[', '【']).trim();
        let site = (3..=8).contains(&name.chars().count())
            && name.chars().all(is_han)
            && (name.ends_with('网') || name.ends_with('網'));
        site && t[..k].trim_end().ends_with(['。', '！', '？', '”'])
    });
    if let Some(k) = open_link.filter(|_| prose(&t)) {
        debris.push(t[k..].trim().to_string());
        t.truncate(k);
        t = t.trim_end().to_string();
    }
    (t, debris)
}

/// A site's name and its address in brackets before a colon, glued before the headline a content farm copied:
/// "法治时空（http://www.ghwshi.cn/）：这是一次令人落泪的采访！穿越大半个中国只为读懂你" (fresh32 ae02, where the line
/// was set aside whole for its address and the headline lost). Gives the prefix and the headline.
fn site_prefix(t: &str) -> Option<(&str, &str)> {
    let open = t.find(['（', '('])?;
    let name = &t[..open];
    let after = &t[open..];
    let close = after.find(['）', ')'])?;
    let inner = after[after.chars().next()?.len_utf8()..close]
        .trim()
        .to_ascii_lowercase();
    let addressed = (inner.starts_with("http://") || inner.starts_with("https://") || inner.starts_with("www."))
        && !inner.contains(char::is_whitespace);
    let rest = after[close..].strip_prefix(['）', ')'])?;
    let rest = rest.strip_prefix(['：', ':'])?.trim();
    let named = (2..=10).contains(&name.chars().count()) && name.chars().all(is_han);
    let headline = rest.chars().filter(|c| is_han(*c)).count() >= 8 && !chrome::has_url(rest);
    (addressed && named && headline).then(|| (&t[..t.len() - rest.len()], rest))
}

/// A separator bar left after a finished sentence by a page's layout ("…取得实效。 |"): no part of the text.
fn without_trailing_bar(text: String) -> String {
    let t = text.trim_end();
    let ends = |h: &str| h.trim_end().ends_with(['。', '！', '？', '”', '）', '」', ')']);
    match t.strip_suffix(['|', '｜', '丨']) {
        Some(head) if ends(head) => head.trim_end().to_string(),
        // (a widget's word and its bar after the last sentence and a space: "…推上新的台阶。 赞赏 |")
        Some(head) => match head.trim_end().rsplit_once(' ') {
            Some((text, word)) if ends(text) && (1..=4).contains(&word.chars().count()) && word.chars().all(is_han) => {
                text.trim_end().to_string()
            }
            _ => text,
        },
        None => text,
    }
}

/// A page's header rendered as a list ("- 关于建立“主题党日”制度的通知" over "- 发布日期: 2016-06-13 …"): when the
/// first two lines carry the same bullet and the second is a byline without it, the bullets are the list's, not the
/// lines', and are taken off both.
fn header_list_bullets(mut src: Vec<SrcLine>) -> Vec<SrcLine> {
    // (a page's banner pictures listed above it, "• banner1-1.png", "• 1.jpg", are no part of the header)
    let picture = |t: &str| {
        let t = t
            .trim()
            .trim_start_matches(['-', '•', '·', '*', ' '])
            .to_ascii_lowercase();
        [".png", ".jpg", ".jpeg", ".gif"].iter().any(|e| t.ends_with(e)) && !t.contains(' ')
    };
    let firsts: Vec<usize> = src
        .iter()
        .enumerate()
        .filter(|(_, l)| !l.raw.trim().is_empty())
        .skip_while(|(_, l)| picture(&l.raw))
        .map(|(i, _)| i)
        .take(2)
        .collect();
    let [a, b] = firsts[..] else {
        return src;
    };
    for bullet in ["- ", "• ", "· ", "* "] {
        let strip = |l: &SrcLine| {
            l.raw
                .trim_start()
                .strip_prefix(bullet)
                .map(|r| r.trim_start().to_string())
        };
        // (the byline under a bulleted headline may stand without a bullet, indented: "    发表时间:… 来源:…")
        let rb = strip(&src[b]).or_else(|| {
            let t = src[b].raw.trim();
            (src[b].raw.starts_with(' ') && byline::parse(t).is_some()).then(|| t.to_string())
        });
        if let (Some(ra), Some(rb)) = (strip(&src[a]), rb) {
            if byline::parse(&rb).is_some() && !ra.is_empty() {
                src[a].raw = ra;
                src[b].raw = rb;
            }
            break;
        }
    }
    src
}

/// The shape of an item of a list of links: a bullet before it, a date after it ("01/22", "2024-05-06"), or a title
/// cut short ("张涛看望慰问春节...").
fn list_item_shape(t: &str) -> bool {
    let t = t.trim();
    let tail: String = t.chars().rev().take(10).collect::<Vec<_>>().into_iter().rev().collect();
    let dated = byline::find_date(&tail).is_some()
        || t.rsplit(' ').next().is_some_and(|x| {
            let x = x.trim_matches(['(', ')', '（', '）', '[', ']']);
            x.len() >= 3
                && x.chars().all(|c| c.is_ascii_digit() || matches!(c, '/' | '-' | '.'))
                && x.contains(['/', '-', '.'])
        });
    t.starts_with(['·', '•', '-', '▪', '●', '○', '◆', '>', '»', '▸', '*'])
        || dated
        || t.contains("...")
        || t.contains('…')
}

/// A field label with nothing after it, bullets aside: "• 索引号：", "发文机构:", "索 引 号：".
fn bare_label(t: &str) -> bool {
    let t = t.trim_start_matches(['•', '·', '▪', '-', '*', ' ']).trim_end();
    let Some(label) = t.strip_suffix(['：', ':']) else {
        return false;
    };
    let han = label.chars().filter(|c| is_han(*c)).count();
    (2..=6).contains(&han) && label.chars().all(|c| is_han(c) || c == ' ')
}

/// A page's metadata list (索引号, 主题分类, 发文机构, 发文日期…) with each value on its own line: three or more
/// field labels with nothing after them, each within two lines of the next. The labels and the values between them
/// are the page's, not the article's (a date among them is the document's, not the byline's).
fn drop_field_list(cx: &mut Ctx, items: Vec<Item>) -> Vec<Item> {
    let labels: Vec<usize> = (0..items.len()).filter(|&i| bare_label(&items[i].text)).collect();
    let mut drop = vec![false; items.len()];
    let mut taken = vec![false; items.len()];
    let mut a = 0;
    while a < labels.len() {
        let mut b = a;
        while b + 1 < labels.len() && labels[b + 1] - labels[b] <= 3 {
            b += 1;
        }
        if b - a >= 2 {
            let (first, last) = (labels[a], labels[b]);
            drop[first..=last].iter_mut().for_each(|d| *d = true);
            // a publication time among the fields is the byline's ("发布时间：" over its value)
            for k in first..last {
                if bare_label(&items[k].text) && !bare_label(&items[k + 1].text) {
                    let label = items[k].text.trim_start_matches(['•', '·', '▪', '-', '*', ' ']);
                    let field = format!("{label}{}", items[k + 1].text.trim());
                    let published = label.starts_with("发布") || label.starts_with("發布");
                    if let Some(p) = byline::parse(&field).filter(|p| published && p.date.is_some()) {
                        cx.merge_byline(p, &items[k + 1]);
                        taken[k + 1] = true;
                    }
                }
            }
        }
        a = b + 1;
    }
    let mut out = Vec::with_capacity(items.len());
    for ((it, d), t) in items.into_iter().zip(drop).zip(taken) {
        if t {
            continue;
        }
        if d {
            cx.drop_item(&it, m::FIELD_LIST);
        } else {
            out.push(it);
        }
    }
    out
}

/// Picture names left where the pictures stood, numbered one after another ("3.26主题党日", "3.26主题党日2",
/// "义务劳动现场1", "义务劳动现场2"): two or more short unpunctuated lines that differ only in a trailing number.
/// Captions repeated word for word ("图片展现场" twice) carry no number and stay.
fn drop_picture_names(cx: &mut Ctx, items: Vec<Item>) -> Vec<Item> {
    let stem = |it: &Item| -> Option<(String, bool)> {
        let t = it.text.trim();
        let plain = matches!(it.hint, Hint::None | Hint::Para | Hint::Bold)
            && width(t) <= 30.0
            && !t.contains(['。', '，', '；', '！', '？', '、', ' '])
            && !numbered_l1(t)
            && !numbered_l2(t);
        if !plain {
            return None;
        }
        let s = t.trim_end_matches(|c: char| c.is_ascii_digit());
        (s.chars().filter(|c| is_han(*c)).count() >= 2).then(|| (s.to_string(), s.len() < t.len()))
    };
    let stems: Vec<Option<(String, bool)>> = items.iter().map(stem).collect();
    let mut drop = vec![false; items.len()];
    for (i, si) in stems.iter().enumerate() {
        let Some((s, _)) = si else { continue };
        let same: Vec<usize> = (0..items.len())
            .filter(|&j| stems[j].as_ref().is_some_and(|(x, _)| x == s))
            .collect();
        let numbered = same.iter().any(|&j| stems[j].as_ref().is_some_and(|(_, n)| *n));
        // (a line printed unnumbered twice or more beside one numbered copy is the page's headline repeated, over a
        // model text's "…总结1": the numbered copy goes, the headline stays)
        let unnumbered = same
            .iter()
            .filter(|&&j| stems[j].as_ref().is_some_and(|(_, n)| !*n))
            .count();
        let this_numbered = si.as_ref().is_some_and(|(_, n)| *n);
        if same.len() >= 2 && numbered && (this_numbered || unnumbered <= 1) {
            drop[i] = true;
        }
    }
    let mut out = Vec::with_capacity(items.len());
    for (it, d) in items.into_iter().zip(drop) {
        if d {
            cx.drop_item(&it, m::PICTURE_NAME);
        } else {
            out.push(it);
        }
    }
    out
}

/// How a picture's caption on a news page ends: its photo credit in brackets ("…慰问品。（翔鹭社区供图）").
const CREDIT_ENDS: [&str; 8] = ["供图）", "供图)", "供圖）", "供圖)", "摄）", "摄)", "攝）", "攝)"];

/// Captions run into the text: a page flattened to text puts its pictures' captions, each closed by its photo
/// credit, before the article on the same line, separated by a space ("现场为环卫工人送去“清凉”慰问品。（翔鹭社区供图）
/// 当天的文艺汇演（翔鹭社区供图） 东南网6月17日讯…"). They are set aside (the pictures are not in the write-up), so the
/// text opens with its own first words — and a news lead-in there names the reporters.
fn glued_captions(cx: &mut Ctx, mut items: Vec<Item>) -> Vec<Item> {
    for it in &mut items {
        for _ in 0..6 {
            let Some(end) = CREDIT_ENDS
                .iter()
                .filter_map(|e| it.text.find(e).map(|i| i + e.len()))
                .min()
            else {
                break;
            };
            let (caption, rest) = it.text.split_at(end);
            let spaced = rest.starts_with([' ', '\u{3000}']);
            let rest = rest.trim_start();
            // (a caption says what the picture shows: some words before its credit)
            let words = caption.chars().filter(|c| is_han(*c)).count();
            if !spaced
                || words < 6
                || caption.chars().count() > 60
                || width(rest) < 20.0
                || !caption_words(caption.trim())
            {
                break;
            }
            cx.out.dropped.push(Dropped {
                text: caption.trim().to_string(),
                reason: m::GLUED_CAPTION.to_string(),
                lines: it.nums.clone(),
            });
            it.text = rest.to_string();
            // (what is left is the line from now on: a later stage that sets the line aside sets aside only that)
            it.raw = it.text.clone();
        }
    }
    items
}

/// A line of fields whose last value, a date, runs into the text's first sentence: "来源:西庄教育组 作者:张红霞 加入
/// 时间:2016-10-09日前,西庄教育组组织召开了…" (fresh24 l18; the fields were printed as the first paragraph). The line
/// is split after the date into the fields and the text, both keeping its line number.
fn fields_into_text(items: Vec<Item>) -> Vec<Item> {
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        let split = date_ends(&it.text).into_iter().find(|&e| {
            let (fields, rest) = it.text.split_at(e);
            let labelled = ["时间：", "日期：", "時間：", "日期:"]
                .iter()
                .any(|l| fields.contains(l));
            labelled
                && width(rest) >= 20.0
                && rest.contains(['，', '。'])
                && rest.chars().next().is_some_and(is_han)
                && byline::parse(fields).is_some()
        });
        match split {
            Some(e) => {
                let (fields, rest) = it.text.split_at(e);
                let (fields, rest) = (fields.trim().to_string(), rest.trim().to_string());
                out.push(Item {
                    raw: fields.clone(),
                    text: fields,
                    ..it.clone()
                });
                out.push(Item {
                    raw: rest.clone(),
                    text: rest,
                    gap_before: false,
                    ..it
                });
            }
            None => out.push(it),
        }
    }
    out
}

/// A headline with the page's fields run after it on its line, after a space: "民进宿州市直支部开展基层组织建设交流活动
/// 浏览:3030 发布人:组织部 发布时间:2019/10/16 【字号" (fresh32 ae20, where the whole line had titled the board). Before
/// the first sentence of prose, the line is split where a field's label opens after a space, when the head is a
/// headline (a phrase of Chinese without a label's colon) and the tail reads as fields; both keep its line number.
fn headline_over_fields(items: Vec<Item>) -> Vec<Item> {
    const LABELS: [&str; 12] = [
        "浏览",
        "瀏覽",
        "点击",
        "點擊",
        "发布人",
        "發布人",
        "发布时间",
        "發布時間",
        "发布日期",
        "發布日期",
        "来源",
        "來源",
    ];
    let mut out = Vec::with_capacity(items.len());
    let mut prose = false;
    for it in items {
        prose = prose || (width(&it.text) >= 60.0 && it.text.contains('。'));
        let split = (!prose)
            .then(|| {
                it.text.match_indices(' ').map(|(i, _)| i + 1).find(|&i| {
                    let (head, tail) = (it.text[..i].trim(), &it.text[i..]);
                    let labelled = LABELS
                        .iter()
                        .any(|l| tail.strip_prefix(l).is_some_and(|r| r.starts_with(['：', ':'])));
                    let fields = LABELS.iter().filter(|l| tail.contains(*l)).count() >= 2;
                    labelled
                        && fields
                        && head.chars().filter(|c| is_han(*c)).count() >= 8
                        && !head.contains(['：', ':', '。'])
                        && byline::parse(tail).is_some()
                })
            })
            .flatten();
        match split {
            Some(i) => {
                let (head, tail) = (it.text[..i].trim().to_string(), it.text[i..].trim().to_string());
                out.push(Item {
                    raw: head.clone(),
                    text: head,
                    ..it.clone()
                });
                out.push(Item {
                    raw: tail.clone(),
                    text: tail,
                    gap_before: false,
                    ..it
                });
            }
            None => out.push(it),
        }
    }
    out
}

/// The byte offsets where a numeric date ends in a line ("2016-10-09", "2016/10/09").
fn date_ends(t: &str) -> Vec<usize> {
    let cs: Vec<(usize, char)> = t.char_indices().collect();
    let mut ends = Vec::new();
    let mut i = 0;
    while i < cs.len() {
        let digits = |from: usize| cs[from..].iter().take_while(|(_, c)| c.is_ascii_digit()).count();
        let y = digits(i);
        if y == 4 && cs.get(i + 4).is_some_and(|(_, c)| matches!(c, '-' | '/')) {
            let m = digits(i + 5);
            if (1..=2).contains(&m) && cs.get(i + 5 + m).is_some_and(|(_, c)| matches!(c, '-' | '/')) {
                let d = digits(i + 6 + m);
                if (1..=2).contains(&d) {
                    let end = i + 6 + m + d;
                    ends.push(cs.get(end).map_or(t.len(), |(b, _)| *b));
                    i = end;
                    continue;
                }
            }
        }
        i += y.max(1);
    }
    ends
}

/// The shortest line split by [`flattened_paragraphs`], and the shortest paragraph it makes (characters).
const FLATTENED_LINE: usize = 120;
const FLATTENED_PART: usize = 40;

/// Paragraphs run together on one line: a page flattened to text separates its paragraphs by a space after the full
/// stop ("…在厦门市翔鹭社区举办。 翔鹭社区工会联合会抓住…"), which Chinese prose never has inside a paragraph. A
/// long line is split there into paragraphs of its own (each at least a sentence long), keeping its line number.
fn flattened_paragraphs(items: Vec<Item>) -> Vec<Item> {
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        if it.text.chars().count() < FLATTENED_LINE {
            out.push(it);
            continue;
        }
        let mut parts: Vec<String> = vec![String::new()];
        let mut chars = it.text.chars().peekable();
        while let Some(c) = chars.next() {
            let last = parts.last_mut().expect("one part at least");
            last.push(c);
            if matches!(c, '。' | '！' | '？') && chars.peek().is_some_and(|n| matches!(n, ' ' | '\u{3000}')) {
                while chars.peek().is_some_and(|n| matches!(n, ' ' | '\u{3000}')) {
                    chars.next();
                }
                if chars
                    .peek()
                    .is_some_and(|n| is_han(*n) || matches!(n, '“' | '（' | '('))
                {
                    parts.push(String::new());
                } else {
                    last.push(' ');
                }
            }
        }
        // a short piece stays with the paragraph before it (a closing sentence, a slogan)
        let mut merged: Vec<String> = Vec::new();
        for p in parts {
            match merged.last_mut() {
                Some(prev) if p.chars().count() < FLATTENED_PART || prev.chars().count() < FLATTENED_PART => {
                    prev.push_str(&p);
                }
                _ => merged.push(p),
            }
        }
        if merged.len() < 2 {
            out.push(it);
            continue;
        }
        for p in merged {
            out.push(Item {
                raw: p.clone(),
                text: p,
                ..it.clone()
            });
        }
    }
    out
}

/// The label of one piece in a model-essay collection page, and the text after it: "篇一：…", "第1篇: …".
fn piece_label(t: &str) -> Option<(String, String)> {
    let t = t.trim();
    // (or after the piece's headline, set off by a space: "創建文明城市工作自查報告 篇一")
    if let Some((head, tail)) = t.rsplit_once(' ') {
        let digits = tail
            .strip_prefix('篇')
            .filter(|d| !d.is_empty() && d.chars().all(|c| CN_DIGITS.contains(c)));
        if digits.is_some() && head.chars().filter(|c| is_han(*c)).count() >= 4 && !head.contains(['。', '，']) {
            return Some((tail.to_string(), head.trim().to_string()));
        }
    }
    // (in brackets: "【篇一】…", "【第1篇】")
    if let Some(inner) = t.strip_prefix('【') {
        let (label, rest) = inner.split_once('】')?;
        let numbered = |d: &str| !d.is_empty() && d.chars().all(|c| CN_DIGITS.contains(c) || c.is_ascii_digit());
        let piece = label.strip_prefix('篇').is_some_and(numbered)
            || label
                .strip_prefix('第')
                .and_then(|r| r.strip_suffix('篇'))
                .is_some_and(numbered);
        return piece.then(|| (format!("【{label}】"), rest.trim().to_string()));
    }
    let body = t
        .strip_prefix('篇')
        .map(|r| r.trim_start_matches(|c: char| CN_DIGITS.contains(c)))
        .or_else(|| {
            t.strip_prefix('第')
                .map(|r| r.trim_start_matches(|c: char| c.is_ascii_digit() || CN_DIGITS.contains(c)))
                .and_then(|r| r.strip_prefix('篇'))
        })?;
    let rest = body.strip_prefix(['：', ':'])?;
    let label = &t[..t.len() - rest.len()];
    (label.chars().count() >= 3).then(|| (label.to_string(), rest.trim().to_string()))
}

/// A collection page's piece label before a piece: the label is the site's; the words after it are the piece's
/// headline, unless the piece's own title follows on the next line (then the whole line is the site's).
fn piece_labels(cx: &mut Ctx, mut items: Vec<Item>) -> Vec<Item> {
    let mut k = 0;
    while k < items.len() {
        let Some((label, rest)) = piece_label(&items[k].text) else {
            k += 1;
            continue;
        };
        let titled_below = items
            .get(k + 1)
            .is_some_and(|n| heading_like_title(&n.text) && !prose_line(n) && !n.text.contains('。'));
        if rest.is_empty() || titled_below {
            let it = items.remove(k);
            cx.drop_item(&it, m::PIECE_LABEL);
            continue;
        }
        cx.out.dropped.push(Dropped {
            text: label,
            reason: m::PIECE_LABEL.to_string(),
            lines: items[k].nums.clone(),
        });
        items[k].text = rest;
        k += 1;
    }
    items
}

/// The width at which a PDF copy was hard-wrapped, if the text looks wrapped.
fn wrap_width(items: &[Item]) -> Option<f32> {
    let mut hist: std::collections::BTreeMap<i32, usize> = Default::default();
    let mut n = 0;
    for w in items.windows(2) {
        if w[1].gap_before {
            continue;
        }
        let wd = width(&w[0].text);
        // (a numbered or marked head is no wrapped line, however many heads share one width)
        if wd < 12.0 || starts_block(&w[0].text) {
            continue;
        }
        n += 1;
        *hist.entry(wd.round() as i32).or_default() += 1;
    }
    let (&mode, _) = hist.iter().max_by_key(|(_, c)| **c)?;
    let near: usize = hist.range(mode - 1..=mode + 1).map(|(_, c)| *c).sum();
    // (no line of a wrapped copy runs past its width: a headline and its section heads sharing one width over
    // paragraphs several times as long are no wrap, "诸城税务：锻造“四强”堡垒 勇担兴税使命" over a paragraph a line each)
    let longer: usize = hist.range(mode + 3..).map(|(_, c)| *c).sum();
    if mode >= 12 && near >= 3 && near * 10 >= n * 3 && longer * 3 <= near {
        Some(mode as f32)
    } else {
        None
    }
}

fn starts_block(t: &str) -> bool {
    numbered_l1(t) || numbered_l2(t) || caption_mark(t) || t.starts_with('【') || t.starts_with("——")
}

fn join_text(a: &str, b: &str) -> String {
    let sp = a.ends_with(|c: char| c.is_ascii_alphanumeric()) && b.starts_with(|c: char| c.is_ascii_alphanumeric());
    if sp {
        format!("{a} {b}")
    } else {
        format!("{a}{b}")
    }
}

/// A site's watermark: a short stamp without a sentence mark ("Xwd滁州机关党建网") that the page inserts after
/// its paragraphs, glued to a paragraph's last sentence and on lines of its own — three times or more, at least
/// once each way. Repetition and position, not wording: a caption or a heading printed twice stands on its own
/// lines only and stays. The lines are set aside and the stamp cut from the paragraphs' ends, recorded with its line.
fn drop_watermark(cx: &mut Ctx, items: Vec<Item>) -> Vec<Item> {
    let stamp_like =
        |t: &str| (4..=20).contains(&t.chars().count()) && !t.contains(['。', '，', '！', '？', '；', '：', ',', ':']);
    let glued = |text: &str, stamp: &str| {
        text.strip_suffix(stamp)
            .is_some_and(|head| head.chars().count() >= 10 && head.trim_end().ends_with(is_terminator))
    };
    let stamp = items.iter().map(|it| it.text.trim()).find(|t| {
        let alone = items.iter().filter(|it| it.text.trim() == *t).count();
        let tails = items.iter().filter(|it| glued(it.text.trim_end(), t)).count();
        stamp_like(t) && alone >= 1 && tails >= 1 && alone + tails >= 3
    });
    let Some(stamp) = stamp.map(str::to_string) else {
        return items;
    };
    let mut kept = Vec::with_capacity(items.len());
    for mut it in items {
        if it.text.trim() == stamp {
            cx.drop_item(&it, m::WATERMARK);
            continue;
        }
        if glued(it.text.trim_end(), &stamp) {
            let cut = it.text.trim_end().len() - stamp.len();
            it.text.truncate(cut);
            cx.out.dropped.push(Dropped {
                text: stamp.clone(),
                reason: m::WATERMARK.to_string(),
                lines: it.nums.clone(),
            });
        }
        kept.push(it);
    }
    kept
}

/// The text printed again after itself, as mirrors and badly cut pages do: from a paragraph of prose equal to an
/// earlier one to the end of the page, every item is the earlier one's sequence again, the last one perhaps cut short
/// ("据悉，本次图片" under the first paragraph again). Repetition of a run, not wording, and not one paragraph said
/// twice: the first copy stays.
fn drop_text_again(cx: &mut Ctx, items: Vec<Item>) -> Vec<Item> {
    let keys: Vec<String> = items.iter().map(|it| letters(&it.text)).collect();
    let n = items.len();
    let prose = |i: usize| width(&items[i].text) >= 30.0 && items[i].text.contains(['。', '，']);
    let again_from = (1..n.saturating_sub(1)).find(|&i| {
        let Some(j) = (0..i).find(|&j| prose(j) && keys[j] == keys[i]) else {
            return false;
        };
        // (a sequence, not one text said over and over)
        if keys[j + 1] == keys[j] {
            return false;
        }
        (1..n - i).all(|k| {
            let (a, b) = (&keys[j + k], &keys[i + k]);
            j + k < i
                && (a == b
                    || (i + k == n - 1
                        && b.chars().count() >= 4
                        && a.len() > b.len()
                        && a.starts_with(b.as_str())
                        && !items[i + k].text.trim_end().ends_with(is_terminator)))
        })
    });
    let mut items = items;
    if let Some(i) = again_from {
        for it in items.drain(i..) {
            cx.drop_item(&it, m::TEXT_AGAIN);
        }
    }
    items
}

/// The items of a breadcrumb but its last (the page itself, "正文" or the article's headline).
fn crumb_parts(t: &str) -> Vec<String> {
    let parts: Vec<&str> = t.split(|c: char| !is_han(c)).filter(|p| !p.is_empty()).collect();
    let upper = parts.split_last().map_or(&[][..], |(_, r)| r);
    upper
        .iter()
        .filter(|p| (2..=8).contains(&p.chars().count()))
        .map(|p| p.to_string())
        .collect()
}

/// A short line between the byline and a share bar set aside is the bar's too: a column's link over the share buttons
/// ("关注学习进行时" over "微博" and "Qzone", under the date and source line, fresh27 e19; it had been a heading). Short
/// lines among chrome are chrome (jusText's context); only before the text, right under a byline line.
fn drop_widget_labels(cx: &mut Ctx, items: Vec<Item>) -> Vec<Item> {
    let Some(first) = items.iter().position(prose_line) else {
        return items;
    };
    let nav_at = |n: usize| {
        cx.out
            .dropped
            .iter()
            .any(|d| d.reason == m::PAGE_NAV && d.lines.first() == Some(&n))
    };
    let drop: Vec<bool> = (0..items.len())
        .map(|k| {
            let t = items[k].text.trim();
            let short = width(t) <= 12.0 && !t.contains(['。', '，', '！', '？', '：']);
            k > 0
                && k < first
                && short
                && byline::parse(&items[k - 1].text).is_some()
                && byline::parse(t).is_none()
                && items[k].nums.last().is_some_and(|&l| nav_at(l + 1))
        })
        .collect();
    let mut keep = Vec::new();
    for (it, d) in items.into_iter().zip(drop) {
        if d {
            cx.drop_item(&it, m::PAGE_NAV);
        } else {
            keep.push(it);
        }
    }
    keep
}

/// A picture's caption numbered as the pictures are: a short phrase of Chinese with the picture's number glued to its
/// end ("参观文化长廊1"), alone between two paragraphs of prose (fresh27 e18: it had been a heading). A head is never
/// numbered at its end.
fn numbered_picture(body: &[&Item], k: usize) -> bool {
    let t = body[k].text.trim();
    let digits = t.chars().rev().take_while(char::is_ascii_digit).count();
    let words: String = t.chars().take(t.chars().count() - digits).collect();
    (1..=2).contains(&digits)
        && (3..=12).contains(&words.chars().count())
        && words.chars().all(is_han)
        && k > 0
        && body.get(k - 1).is_some_and(|b| prose_line(b))
        && body.get(k + 1).is_some_and(|b| prose_line(b))
}

/// What follows the site's copyright or ICP line under the text is the page's, never the text: the footer ends the
/// article (jusText's context: what comes after a footer is boilerplate), however long or punctuated the lines after it
/// are ("亚洲人成中文字幕在线观看 | …" keywords a spam host appended under "今日湖北網版權所有 鄂ICP備…", fresh27 e17).
/// Only once prose stood above the footer line (a page may open with its site's footer-like masthead).
fn drop_after_footer(cx: &mut Ctx, items: Vec<Item>) -> Vec<Item> {
    let Some(first) = items
        .iter()
        .find(|it| prose_line(it))
        .and_then(|it| it.nums.first().copied())
    else {
        return items;
    };
    let footer = cx
        .out
        .dropped
        .iter()
        .filter(|d| d.reason == m::FOOTER)
        .filter(|d| {
            [
                "ICP",
                "icp",
                "版权所有",
                "版權所有",
                "版权声明",
                "版權聲明",
                "免责声明",
                "免責聲明",
            ]
            .iter()
            .any(|x| d.text.contains(x))
        })
        .filter_map(|d| d.lines.first().copied())
        .filter(|&n| n > first)
        .min();
    let Some(f) = footer else {
        return items;
    };
    let (keep, after): (Vec<Item>, Vec<Item>) = items
        .into_iter()
        .partition(|it| it.nums.first().is_none_or(|&n| n <= f));
    for it in &after {
        cx.drop_item(it, m::FOOTER);
    }
    keep
}

/// The site's title bar again at the page's foot, after the text: a line without a sentence mark made of parts
/// joined by -, |, _ or spaces, two of them the items of the breadcrumb met above the text ("上海分类信息网-上海免费
/// 发布信息-上海新闻网" under "上海分类信息网 > 上海新闻网 > 浦东新闻"). Repetition of the header, not the site's words.
fn drop_site_footer(cx: &mut Ctx, items: &[Item], consumed: &mut [bool]) {
    let crumbs: Vec<String> = cx
        .out
        .dropped
        .iter()
        .filter(|d| junk::is_breadcrumb(&d.text))
        .flat_map(|d| crumb_parts(&d.text))
        .collect();
    if crumbs.is_empty() {
        return;
    }
    for i in (0..items.len()).rev() {
        if consumed[i] {
            continue;
        }
        let t = &items[i].text;
        let parts: Vec<&str> = t
            .split(|c: char| c.is_whitespace() || matches!(c, '-' | '－' | '|' | '｜' | '_'))
            .filter(|p| !p.is_empty())
            .collect();
        let repeated = parts.iter().filter(|p| crumbs.iter().any(|c| c == *p)).count();
        let prose_before = items[..i]
            .iter()
            .any(|p| width(&p.text) >= 60.0 && p.text.contains('。'));
        if !(prose_before && repeated >= 2 && width(t) <= 50.0 && !t.contains(['。', '，', '！', '？'])) {
            break;
        }
        consumed[i] = true;
        cx.drop_item(&items[i], m::FOOTER);
    }
}

/// Which items stand in a run of three or more lines opening with the same bracket or quote (a list of works,
/// "《…》（… 摄）" line after line): items of a list, never the halves of a hard-wrapped line, whatever their widths.
fn parallel_openers(texts: &[&str]) -> Vec<bool> {
    let lead = |t: &str| t.chars().next().filter(|c| matches!(c, '《' | '【' | '“' | '「'));
    let mut out = vec![false; texts.len()];
    let mut i = 0;
    while i < texts.len() {
        let Some(c) = lead(texts[i]) else {
            i += 1;
            continue;
        };
        let mut j = i + 1;
        while j < texts.len() && lead(texts[j]) == Some(c) {
            j += 1;
        }
        if j - i >= 3 {
            out[i..j].iter_mut().for_each(|p| *p = true);
        }
        i = j;
    }
    out
}

fn rejoin(items: Vec<Item>, wrap: Option<f32>) -> Vec<Item> {
    let listed = parallel_openers(&items.iter().map(|it| it.text.as_str()).collect::<Vec<_>>());
    let mut out: Vec<Item> = Vec::with_capacity(items.len());
    // the width of the last source line of each item of `out` (a joined paragraph is as wide as its last line)
    let mut last_width = 0.0;
    for (it, listed) in items.into_iter().zip(listed) {
        if let Some(prev) = out.last_mut() {
            let textual = |h: &Hint| matches!(h, Hint::None | Hint::Para);
            let both_text = textual(&prev.hint) && textual(&it.hint);
            let pw = width(&prev.text);
            // (a line short of the wrap that ends a sentence ends its paragraph, unless the next line cannot open
            // one: a wrapped copy's items, "…的引领作用。" over "严守政治纪律…", fresh30 ac01; short by more than the
            // two or three ems a copy's squeezed punctuation lets a full line fall short)
            let ended_short = wrap.is_some_and(|w| last_width < w - 2.5)
                && ends_sentence(&prev.text)
                && !it.text.starts_with(|c: char| closing_punct(c));
            let hard_wrapped = wrap.is_some_and(|w| pw >= w - 1.5)
                && !ended_short
                && !it.gap_before
                && !it.indented
                && !starts_block(&it.text);
            let last = prev.text.chars().last().unwrap_or(' ');
            let next_first = it.text.chars().next().unwrap_or(' ');
            // (an indented line opens a paragraph of its own)
            // (a shorter line too, when it ends at a comma or inside a word after a sentence of its own: a run-in
            // item wrapped where its copy was, "（一）真实性。选送的案例要来自基层党组织建设的真" over "实实践，…")
            // (a line whose copy ends in a closing tag, "…合作?!?/span>", ended its element there: fresh23 j07)
            let closed_element = prev.raw.trim_end().ends_with('>');
            let broken_mid_sentence = (pw >= 30.0 || (pw >= 16.0 && starts_block(&prev.text)))
                && !closed_element
                && !it.indented
                && has_inner_terminator(&prev.text)
                && (is_han(last) || last.is_ascii_alphanumeric() || last == '，')
                && (is_han(next_first) || next_first.is_ascii_digit())
                && !starts_block(&it.text)
                && (it.text.contains('。') || width(&it.text) >= 30.0);
            // (a line that leaves a book title's bracket open, over a line that closes it, is one sentence broken
            // inside the title: "…和《上实附小党支部" over "2023年度…实施方案》，布置了…")
            // (or a quotation: "…指出，要“坚持党建工作和业务工作一起谋划、一起部" over "署、一起落实、一起检查”。…", fresh30
            // ac01)
            let broken_in_title = pw >= 20.0
                && !it.gap_before
                && !it.indented
                && [('《', '》'), ('“', '”')].iter().any(|&(o, c)| {
                    let closes_at = it.text.find(c);
                    prev.text.matches(o).count() > prev.text.matches(c).count()
                        && closes_at.is_some_and(|c| it.text.find(o).is_none_or(|o| o > c))
                });
            // (a salutation wrapped before its colon, "各位领导、各位" over "同志:", fresh30 ac03: one salutation, never a
            // heading and its paragraph)
            let broken_salutation = !it.gap_before && salutation_cut(&prev.text, &it.text);
            // a line closed by a photographer's credit is a caption, never the first half of a wrapped line
            if both_text
                && !listed
                && (hard_wrapped || broken_mid_sentence || broken_in_title || broken_salutation)
                && !ends_with_photo_credit(&prev.text)
            {
                last_width = width(&it.text);
                prev.text = join_text(&prev.text, &it.text);
                prev.raw = format!("{}\n{}", prev.raw, it.raw);
                prev.nums.extend(it.nums);
                continue;
            }
        }
        last_width = width(&it.text);
        out.push(it);
    }
    out
}

/// The run-in label that opens an item, a few words closed by a full stop before its text ("教育事业。进一步规范…").
fn run_in_label(t: &str) -> Option<&str> {
    let (label, rest) = t.split_once('。')?;
    let label = label.trim();
    ((2..=8).contains(&label.chars().count()) && label.chars().all(is_han) && !rest.trim().is_empty()).then_some(label)
}

/// A salutation's opening words ("各位…", "尊敬的…", "亲爱的…") with no sentence mark and no colon, over the few words
/// that end it with the colon ("同志:"): one salutation broken by a copy's wrap.
fn salutation_cut(first: &str, next: &str) -> bool {
    let opens = ["各位", "尊敬的", "亲爱的", "親愛的"]
        .iter()
        .any(|o| first.starts_with(o));
    let first_open = !first.contains(['。', '，', '：', ':', '！', '？']) && width(first) <= 20.0;
    let rest = next.trim_end().strip_suffix(['：', ':']);
    opens && first_open && rest.is_some_and(|r| (1..=6).contains(&r.chars().count()) && r.chars().all(is_han))
}

/// A text that ends a sentence: a terminator, perhaps inside a closing quote or bracket ("…检查”。", "…。”").
fn ends_sentence(t: &str) -> bool {
    t.trim_end()
        .trim_end_matches(['”', '’', '）', ')', '》', '」'])
        .ends_with(is_terminator)
}

/// Punctuation that closes or continues what came before and so never opens a paragraph.
fn closing_punct(c: char) -> bool {
    matches!(
        c,
        '，' | '、' | '。' | '；' | '：' | '！' | '？' | '”' | '’' | '）' | '》' | '」' | ',' | ';' | ':' | ')'
    )
}

fn header(cx: &mut Ctx, items: &[Item], consumed: &mut [bool], wrap: Option<f32>) {
    // the header is what comes before the first line of running text
    let mut head: Vec<usize> = Vec::new();
    for (i, it) in items.iter().enumerate().take(12) {
        let hinted = matches!(it.hint, Hint::Title | Hint::Subtitle | Hint::Kicker);
        let first = head.first().map(|&h| items[h].text.as_str());
        if !hinted
            && body_like(it)
            && byline::parse(&it.text).is_none()
            && source_into_headline(&it.text, first).is_none()
        {
            break;
        }
        head.push(i);
    }
    let mut cands: Vec<usize> = Vec::new();
    // each field with the items it came from
    let mut kicker: Option<(String, Vec<usize>)> = None;
    let mut title: Option<(String, Vec<usize>)> = None;
    let mut subtitle: Option<(String, Vec<usize>)> = None;
    // the items of a breadcrumb met above the text (set aside already, or met in the header)
    let mut crumbs: Vec<String> = Vec::new();
    // (not its last item: the page itself, "正文" or the article's headline, "…>工作总结>文明创建工作总结")
    for d in cx.out.dropped.iter().filter(|d| junk::is_breadcrumb(&d.text)) {
        crumbs.extend(crumb_parts(&d.text));
    }
    for &i in &head {
        let it = &items[i];
        // the title rule: a line that looks like chrome is never a title, kicker or subtitle
        let chrome = match it.hint {
            Hint::Subtitle | Hint::Kicker => chrome::looks_like_chrome(&it.text),
            _ => chrome::title_chrome(&it.text),
        };
        if let Some(k) = chrome.filter(|_| byline::parse(&it.text).is_none() && !it.text.starts_with("——")) {
            consumed[i] = true;
            cx.drop_item(it, k.reason());
            continue;
        }
        match it.hint {
            Hint::Title => {
                consumed[i] = true;
                match &mut title {
                    Some((t, used)) => {
                        *t = format!("{t} {}", it.text);
                        used.push(i);
                    }
                    None => title = Some((it.text.clone(), vec![i])),
                }
                continue;
            }
            Hint::Subtitle => {
                consumed[i] = true;
                subtitle = Some((it.text.trim_start_matches(['—', '-']).trim().to_string(), vec![i]));
                continue;
            }
            Hint::Kicker => {
                consumed[i] = true;
                kicker = Some((it.text.clone(), vec![i]));
                continue;
            }
            _ => {}
        }
        // (a line made only of the breadcrumb's items, "党团建设", "支部活动掠影" under "当前位置:首页 >> 党团建设 >>
        // 党建工作 >> 支部活动掠影", is the column's label repeated by the template, never a byline or the title)
        let crumb_items = !crumbs.is_empty()
            && it
                .text
                .split_whitespace()
                .all(|p| crumbs.iter().any(|c| c == p) && p.chars().all(is_han));
        if crumb_items {
            consumed[i] = true;
            cx.drop_item(it, m::BREADCRUMB);
        } else if let Some(p) = byline::parse(&it.text) {
            consumed[i] = true;
            cx.merge_byline(p, it);
        } else if crumb_to_headline(&it.text, items, i) {
            // (a line above it that opens on the breadcrumb's first item is the site's blurb: "300字范文，内容丰富有趣，
            // 生活中的好帮手！" over "300字范文 > …")
            consumed[i] = true;
            let site = it.text[..it.text.rfind(['>', '＞', '»', '›']).unwrap_or(0)].trim();
            cands.retain(|&c| {
                let blurb = site.chars().count() >= 2 && items[c].text.starts_with(site);
                if blurb {
                    consumed[c] = true;
                    cx.drop_item(&items[c], m::ABOVE_TITLE);
                }
                !blurb
            });
            cx.drop_item(it, m::BREADCRUMB);
        } else if junk::is_breadcrumb(&it.text) || letter_spaced_label(&it.text) || column_line(&it.text) {
            consumed[i] = true;
            if junk::is_breadcrumb(&it.text) {
                crumbs.extend(crumb_parts(&it.text));
            }
            cx.drop_item(it, m::BREADCRUMB);
        } else if let Some(k) = it
            .text
            .strip_prefix("标题：")
            .or_else(|| it.text.strip_prefix("標題："))
        {
            // a labelled title (platform pages print their fields): whatever stands above it is the page's
            consumed[i] = true;
            for &c in &cands {
                consumed[c] = true;
                cx.drop_item(&items[c], m::ABOVE_TITLE);
            }
            cands.clear();
            title = Some((k.trim().to_string(), vec![i]));
        } else if let Some(k) = it.text.strip_prefix("引题：") {
            consumed[i] = true;
            kicker = Some((k.trim().to_string(), vec![i]));
        } else if !cands.is_empty() && account_over_date(&it.text, items.get(i + 1)) {
            // an account's name on a line of its own over a date alone, under the headline ("政知见" / "2023-04-23"
            // / "+ 关注", an account article's meta lines one per line, fresh20 n14): the source, never the title
            // (a person's name there is the writer's)
            consumed[i] = true;
            let name = Some(it.text.trim().to_string());
            let person = byline::person_name(&it.text) && byline::common_surname(&it.text);
            let p = if person {
                byline::Parsed {
                    author: name,
                    ..Default::default()
                }
            } else {
                byline::Parsed {
                    source: name,
                    ..Default::default()
                }
            };
            cx.merge_byline(p, it);
        } else if let Some(src) = source_into_headline(&it.text, cands.first().map(|&c| items[c].text.as_str())) {
            // a source field whose value runs into a piece of the headline: "来源:台海网厦门机场海关国门战疫。" under
            // "厦门机场海关国门战疫:全力守好…" (a forum's copy of a repost, fresh20 n04): the medium is the source
            consumed[i] = true;
            cx.merge_byline(
                byline::Parsed {
                    source: Some(src),
                    ..Default::default()
                },
                it,
            );
        } else {
            cands.push(i);
        }
    }
    // the lines over a breadcrumb are the site's header (its owner's names, the column's), when a headline follows the
    // breadcrumb with its byline or text under it: "呼和浩特市人民政府" / "呼和浩特市医疗保障局" / "旗县区动态" / 当前位置:… /
    // headline / 发布日期… (fresh24 l07; the site's names had titled the board)
    let crumb_line = cx
        .out
        .dropped
        .iter()
        .filter(|d| junk::is_breadcrumb(&d.text))
        .flat_map(|d| d.lines.iter().copied())
        .min();
    if let (None, Some(crumb)) = (&title, crumb_line) {
        let above = cands
            .iter()
            .take_while(|&&c| items[c].nums.last().is_some_and(|&l| l < crumb))
            .count();
        let headline = cands.get(above).is_some_and(|&c| {
            let b = &items[c];
            b.nums.first().is_some_and(|&l| l > crumb)
                && heading_like_title(&b.text)
                && width(&b.text) >= 8.0
                && items
                    .get(c + 1)
                    .is_some_and(|n| byline::parse(&n.text).is_some() || body_like(n))
        });
        let names = cands[..above]
            .iter()
            .all(|&c| width(&items[c].text) <= 24.0 && !items[c].text.contains(['。', '，', '；']));
        if above > 0 && headline && names {
            for &c in &cands[..above] {
                consumed[c] = true;
                cx.drop_item(&items[c], m::ABOVE_TITLE);
            }
            cands.drain(..above);
        }
    }
    // a site's column or channel label ("新闻动态", "党群工作 党群动态"), alone or over the headline, is never the
    // title: it is set aside when a wider headline-like line follows in the header, or when it is a short label alone
    if title.is_none() {
        while let Some((&first, later)) = cands.split_first() {
            let a = &items[first];
            // (the headline may stand past the header's end: a headline——subtitle line read as text)
            let headline_follows = (first + 1..items.len().min(first + 6)).any(|j| {
                let b = &items[j];
                column_label(&b.text, 6).is_none()
                    && heading_like_title(&b.text)
                    && width(&b.text) >= 8.0
                    && width(&b.text) >= 1.5 * width(&a.text)
            });
            let max = if headline_follows { 6 } else { 4 };
            if column_label(&a.text, max).is_none() || (!headline_follows && !later.is_empty()) {
                break;
            }
            consumed[first] = true;
            cx.drop_item(a, m::BREADCRUMB);
            cands.remove(0);
        }
    }
    let mut rest = cands.as_slice();
    // whatever stands above the page's chrome (a breadcrumb, a reader's buttons or date) is the page's too, when a
    // headline with its byline or text under it follows the chrome: a site's slogan, a reader's name, a label that
    // introduces the buttons ("打造网上国际投资促进平台…" / 当前位置… / headline; "通版阅读请点击：" / 展开通版 …)
    while title.is_none() && rest.len() >= 2 {
        let (a, b) = (&items[rest[0]], &items[rest[1]]);
        let (from, to) = (
            a.nums.last().copied().unwrap_or(0),
            b.nums.first().copied().unwrap_or(0),
        );
        // (a strip of a few lines: a headline over a long field list or a document page's header is no slogan)
        // (the chrome right under the line: a byline first would make the line the headline)
        let first_chrome = cx
            .out
            .dropped
            .iter()
            .flat_map(|d| d.lines.iter().copied())
            .filter(|&l| l > from && l < to)
            .min();
        let first_byline = (rest[0] + 1..rest[1])
            .filter_map(|k| items[k].nums.first().copied())
            .min();
        let chrome_between = to <= from + 6 && first_chrome.is_some_and(|c| first_byline.is_none_or(|b| c < b));
        // (a headline, not a short label: "资源描述" under a document's name is no headline)
        let headline = heading_like_title(&b.text)
            && width(&b.text) >= 8.0
            && column_label(&b.text, 6).is_none()
            && items
                .get(rest[1] + 1)
                .is_some_and(|n| byline::parse(&n.text).is_some() || body_like(n));
        // (nothing but byline lines between them)
        let next = (rest[0] + 1..rest[1]).all(|k| consumed[k]);
        if !next || !chrome_between || !headline {
            break;
        }
        consumed[rest[0]] = true;
        cx.drop_item(a, m::ABOVE_TITLE);
        rest = &rest[1..];
    }
    // a site's or paper's name at the very top, over the headline, is the page's masthead
    if title.is_none() && rest.len() >= 2 && rest[0] == 0 {
        let (a, b) = (&items[rest[0]], &items[rest[1]]);
        if media_name(&a.text) && heading_like_title(&b.text) && width(&b.text) >= width(&a.text) {
            consumed[rest[0]] = true;
            cx.drop_item(a, m::CHROME_MASTHEAD);
            rest = &rest[1..];
        }
    }
    // a sidebar's or menu's entries over the headline, one per line ("政府信息公开指南" / "政府信息公开制度" / … / "依申请公开"
    // over the headline and its 时间/作者 line, the lead's look of 2026-12-08: the first entry had titled the board and
    // the others printed as text): three or more short labels without punctuation, then a wider headline-like line
    // standing right over a byline line
    if title.is_none() && rest.len() >= 4 {
        let (&last, labels) = rest.split_last().expect("four or more");
        let label = |it: &Item| width(&it.text) <= 16.0 && !it.text.contains(['。', '，', '；', '：', ':', '、']);
        let over_byline = items
            .get(last + 1)
            .is_some_and(|n| consumed[last + 1] && byline_with_fields(&n.text));
        let widest = labels.iter().map(|&c| width(&items[c].text)).fold(0.0, f32::max);
        if over_byline
            && labels.iter().all(|&c| label(&items[c]))
            && heading_like_title(&items[last].text)
            && width(&items[last].text) > widest
        {
            for &c in labels {
                consumed[c] = true;
                cx.drop_item(&items[c], m::ABOVE_TITLE);
            }
            rest = &rest[labels.len()..];
        }
    }
    // the author's name alone above the headline (journal reposts): "何爱云" over a headline three times its width,
    // or over the text itself when the page has no headline
    if title.is_none() && !rest.is_empty() {
        let a = &items[rest[0]];
        let over_title = rest
            .get(1)
            .map(|&j| &items[j])
            .is_some_and(|b| heading_like_title(&b.text) && width(&b.text) >= 3.0 * width(&a.text));
        let over_text = rest.len() == 1 && items.get(rest[0] + 1).is_some_and(body_like);
        let bare: String = a.text.chars().filter(|c| *c != ' ').collect();
        // one name, or a few names between commas ("韩 伟，李晨柳")
        let parts: Vec<&str> = bare.split(['，', ',', '、']).collect();
        let names =
            (1..=4).contains(&parts.len()) && parts.iter().all(|p| byline::person_name(p) && p.chars().count() <= 3);
        if (name_line(&a.text) || parts.len() > 1)
            && names
            && (over_title || over_text)
            && cx.out.byline.author.is_none()
        {
            consumed[rest[0]] = true;
            cx.out.byline.author = Some(bare);
            cx.out.byline.lines.extend(a.nums.iter().copied());
            cx.out.byline.raw.push(a.raw.clone());
            rest = &rest[1..];
        }
    }
    if title.is_none() {
        // a short column name above the real title, set apart by a blank line, is not the title
        if rest.len() >= 2 {
            let (a, b) = (&items[rest[0]], &items[rest[1]]);
            let wa = width(&a.text);
            if wa <= 10.0
                && !a.text.chars().any(normalize::is_cjk_punct)
                && b.gap_before
                && width(&b.text) > wa
                && !b.text.starts_with('—')
                && rest[0] < head.iter().copied().find(|i| !cands.contains(i)).unwrap_or(usize::MAX)
            {
                consumed[rest[0]] = true;
                cx.drop_item(a, m::BREADCRUMB);
                rest = &rest[1..];
            }
        }
        // a kicker (引题) directly above the title, when a subtitle or byline follows the title
        if rest.len() >= 2 {
            let (ia, ib) = (rest[0], rest[1]);
            let (a, b) = (&items[ia], &items[ib]);
            let closes_header = items
                .get(ib + 1)
                .is_some_and(|n| n.text.starts_with('—') || byline::parse(&n.text).is_some());
            let (la, lb) = (letters(&a.text), letters(&b.text));
            // with neither a blank line nor an inner space, the kicker shows in its wording and length; then the
            // two lines may also be the whole header
            let marked = b.gap_before || kicker_like(&a.text);
            let over = kicker_over(&a.text, &b.text);
            let worded = !marked && over;
            // (a medium's name alone over a date line is the source under the headline, never the title)
            let source_over_date =
                media_name(&b.text) && items.get(ib + 1).is_some_and(|d| byline::find_date(&d.text).is_some());
            if ib == ia + 1
                && !source_over_date
                && !editors_note_label(&b.text)
                && (closes_header || (over && rest.len() == 2))
                && (marked || worded)
                && !continues(&a.text, &b.text)
                && heading_like_title(&a.text)
                && heading_like_title(&b.text)
                && !a.text.starts_with('—')
                && !b.text.starts_with('—')
                && width(&a.text) <= 40.0
                && split_dash(&a.text).is_none()
                && !la.contains(&lb)
                && !lb.contains(&la)
            {
                consumed[ia] = true;
                kicker = Some((a.text.clone(), vec![ia]));
                rest = &rest[1..];
            }
        }
        if let Some((&first, tail)) = rest.split_first() {
            let it = &items[first];
            // a picture's caption left over the text ("会议现场" over "九华新闻网12月7日讯(通讯员 张莹)…", fresh29 ab03): a
            // short line in a caption's words right over a news lead-in is the picture's, never the headline
            let caption_over_lead = width(&it.text) <= 12.0
                && caption_words(&it.text)
                && items
                    .get(first + 1)
                    .is_some_and(|n| body_like(n) && byline::lead_in(&n.text).is_some());
            if !it.text.starts_with('—')
                && heading_like_title(&it.text)
                && !editors_note_label(&it.text)
                && !caption_over_lead
            {
                consumed[first] = true;
                let mut t = it.text.clone();
                let mut used = vec![first];
                rest = tail;
                // the same headline twice (a page title with a suffix over the headline): keep the shorter
                if let Some(&next) = rest.first().filter(|&&n| n == first + 1) {
                    let n = &items[next];
                    let (lt, ln) = (letters(&t), letters(&n.text));
                    let dup =
                        ln.chars().count() >= 4 && lt.chars().count() >= 4 && (lt.contains(&ln) || ln.contains(&lt));
                    // (the headline again broken over two lines under it: "…活动圆满落幕" / "…活动" / "圆满落幕")
                    let rest_of_it = rest
                        .get(1)
                        .filter(|&&k| k == next + 1)
                        .filter(|&&k| ln.len() < lt.len() && format!("{ln}{}", letters(&items[k].text)) == lt);
                    if let Some(&k) = rest_of_it.filter(|_| dup && heading_like_title(&n.text)) {
                        for j in [next, k] {
                            consumed[j] = true;
                            cx.drop_item(&items[j], m::DUPLICATE_TITLE);
                        }
                        rest = &rest[2..];
                    } else if dup && heading_like_title(&n.text) && !n.text.starts_with('—') {
                        consumed[next] = true;
                        if ln.len() < lt.len() {
                            cx.drop_item(it, m::DUPLICATE_TITLE);
                            t = n.text.clone();
                            used = vec![next];
                        } else {
                            cx.drop_item(n, m::DUPLICATE_TITLE);
                        }
                        rest = &rest[1..];
                    }
                }
                // a medium's name alone under the title, over a date line, is the source: "泉州晚报" / "2022-11-10"
                if let Some(&next) = rest.first().filter(|&&n| n == first + 1) {
                    let n = &items[next];
                    let dated = items
                        .get(next + 1)
                        .is_some_and(|d| byline::find_date(&d.text).is_some());
                    if dated && media_name(&n.text) && cx.out.byline.source.is_none() {
                        consumed[next] = true;
                        cx.out.byline.source = Some(n.text.clone());
                        cx.out.byline.lines.extend(n.nums.iter().copied());
                        cx.out.byline.raw.push(n.raw.clone());
                        rest = &rest[1..];
                    }
                }
                // a unit's field under the title, not a known byline label: "提交医院：重庆大学附属肿瘤医院" (a case
                // library's submitting unit, fresh19 m05) is the author, never half of the title
                if let Some(&next) = rest.first().filter(|&&n| n == first + 1) {
                    let n = &items[next];
                    if let Some(unit) = unit_field(&n.text).filter(|_| cx.out.byline.author.is_none()) {
                        consumed[next] = true;
                        cx.out.byline.author = Some(unit);
                        cx.out.byline.lines.extend(n.nums.iter().copied());
                        cx.out.byline.raw.push(n.raw.clone());
                        rest = &rest[1..];
                    }
                }
                // a title broken over two lines
                if let Some(&next) = rest.first().filter(|_| used.len() == 1 && used[0] == first) {
                    let n = &items[next];
                    // (the author's name again under the title is no half of it)
                    let author = cx
                        .out
                        .byline
                        .author
                        .as_deref()
                        .is_some_and(|a| letters(a) == letters(&n.text));
                    // (halves of one title stand on adjacent lines: nothing set aside between them)
                    let adjacent = n.nums.first().copied() == it.nums.last().map(|x| x + 1);
                    if split_dash(&t).is_none()
                        && !author
                        && !editors_note_label(&n.text)
                        && !credit_roles(&n.text)
                        && !name_line(&n.text)
                        && !unit_alone(&n.text)
                        && !n.gap_before
                        && adjacent
                        && next == first + 1
                        && !n.text.starts_with('—')
                        && width(&n.text) <= 40.0
                        && width(&t) + width(&n.text) <= 64.0
                        && heading_like_title(&n.text)
                    {
                        let glue = if wrap.is_some_and(|w| width(&t) >= w - 1.5) || continues(&t, &n.text) {
                            ""
                        } else {
                            " "
                        };
                        t = format!("{t}{glue}{}", n.text);
                        consumed[next] = true;
                        used.push(next);
                        rest = &rest[1..];
                    }
                }
                title = Some((t, used));
            }
        }
    }
    if title.is_none() {
        title = anchored_title(cx, items, consumed);
    }
    // a page title's site or column suffix: "论机关效能建设 - 行政论文", "标题_某某网"
    if let Some((t, used)) = &mut title {
        // (or a bar without spaces after a column's label: "党建在线|竹园小学第一党支部 …", fresh20 n15; a word of the
        // headline's own, "喜报|我院党委…", stays)
        let bar = || t.find(['|', '｜']).filter(|&p| column_label(&t[..p], 6).is_some());
        // (a series' name before the bar 丨, which only sets a tag off a headline: "新时代文明实践丨区市场局:…",
        // fresh24 l06)
        // (or before a plain bar, "共赴文明之约|长安守国门，…", "奔流十年|高樓、江邊、里弄，…", fresh26 i04, i10, when the
        // headline after it is at least twice as long)
        let han_of = |s: &str| s.chars().filter(|c| is_han(*c)).count();
        let series = || {
            t.find('丨')
                .filter(|&p| (4..=8).contains(&han_of(&t[..p])))
                .or_else(|| {
                    t.find(['|', '｜']).filter(|&p| {
                        let tail = t[p..].trim_start_matches(['|', '｜']);
                        (4..=6).contains(&han_of(&t[..p])) && han_of(tail) >= 10.max(2 * han_of(&t[..p]))
                    })
                })
        };
        if let Some(p) = t
            .find(" - ")
            .or_else(|| t.find(" | "))
            .or_else(|| t.find('_'))
            .or_else(bar)
            .or_else(series)
        {
            let head = t[..p].trim();
            let tail = t[p..].trim_start_matches([' ', '-', '|', '｜', '丨', '_']).trim();
            let han = |s: &str| s.chars().filter(|c| is_han(*c)).count();
            // (a short column tag before a much longer headline is the tag, not a site's suffix: "青春三下乡 | 走进党群
            // 社区，深入实践观察——…")
            let short = han(head) <= 6 || (han(head) <= 8 && t[p..].starts_with('丨'));
            let tag_first = short && han(tail) >= 10 && han(tail) >= 2 * han(head);
            if tag_first && chrome::title_chrome(tail).is_none() {
                // (the bar 丨 is a character: it goes with the tag, never lost — each of a run of them)
                let sep = &t[p..t.len() - t[p..].trim_start_matches([' ', '-', '|', '｜', '丨', '_']).len()];
                let bar: String = sep.chars().filter(|&c| c == '丨').collect();
                cx.out.dropped.push(Dropped {
                    text: format!("{head}{bar}"),
                    reason: chrome::ChromeKind::Masthead.reason().to_string(),
                    lines: used.iter().flat_map(|&i| items[i].nums.iter().copied()).collect(),
                });
                *t = tail.to_string();
            } else if han(head) >= 4 && chrome::title_chrome(head).is_none() && !t[p..].starts_with('丨') {
                let tail = t[p..].to_string();
                let lines = items.iter().zip(consumed.iter()).filter(|(_, c)| **c).map(|(i, _)| i);
                let nums = lines
                    .filter(|i| i.text.contains(tail.trim()))
                    .flat_map(|i| i.nums.clone())
                    .take(1)
                    .collect();
                cx.out.dropped.push(Dropped {
                    text: tail,
                    reason: m::BREADCRUMB.to_string(),
                    lines: nums,
                });
                *t = head.to_string();
            }
        }
    }
    if let Some((t, used)) = &title {
        if let Some((a, b)) = split_dash(t) {
            let used = used.clone();
            // a subtitle that is only the unit ("……主题党日活动——中共某某学校党支部") is the source
            // (but "——记…" names the feature's subject: "…同频共振——记兰州市委宣传部机关党委第三党支部" is a subtitle)
            let whole_unit = ORG_SUFFIX.iter().any(|s| b.ends_with(s))
                && width(&b) <= 24.0
                && !b.contains(' ')
                && !b.starts_with(['记', '記']);
            let (sub, unit) = if whole_unit {
                (String::new(), Some(b.clone()))
            } else {
                split_unit(&b)
            };
            if cx.out.byline.source.is_none() {
                cx.out.byline.source = unit;
            } else if let Some(u) = unit {
                // keep it visible: the unit goes back onto the subtitle
                subtitle.get_or_insert_with(|| (format!("{sub} {u}"), used.clone()));
            }
            if !sub.is_empty() {
                subtitle.get_or_insert((sub, used.clone()));
            }
            title = Some((a, used));
        }
    }
    for &i in rest {
        // a line already taken (the title found by its anchor) is not read again
        if consumed[i] {
            continue;
        }
        let it = &items[i];
        let t = &it.text;
        if subtitle.is_none() && (t.starts_with("——") || t.starts_with("—")) {
            let s = t.trim_start_matches(['—', '-', ' ']).to_string();
            // the page's list title over the fields, then the article's own headline and its ——subtitle, which the
            // list title only shortens ("宣传局、新闻中心党支部联合开展主题党日活动" / fields / "学习科技前沿 启迪创新思维" /
            // "——宣传局党支部、新闻中心党支部联合开展主题党日活动", fresh23 j12): the article's headline is the title
            let above = i.checked_sub(1).filter(|&h| {
                rest.contains(&h)
                    && !consumed[h]
                    && !items[i].gap_before
                    && width(&items[h].text) <= 30.0
                    && heading_like_title(&items[h].text)
                    && byline::parse(&items[h].text).is_none()
            });
            let shortens = title.as_ref().is_some_and(|(tt, _)| {
                let mut sub = letters(&s).chars().collect::<Vec<_>>().into_iter();
                let short = letters(tt);
                short.chars().count() >= 8 && short != letters(&s) && short.chars().all(|c| sub.any(|x| x == c))
            });
            if let (Some(h), true) = (above, shortens) {
                if let Some((tt, used)) = title.take() {
                    cx.out.dropped.push(Dropped {
                        text: tt,
                        reason: m::DUPLICATE_TITLE.to_string(),
                        lines: used.iter().flat_map(|&k| items[k].nums.iter().copied()).collect(),
                    });
                }
                consumed[h] = true;
                consumed[i] = true;
                title = Some((items[h].text.clone(), vec![h]));
                subtitle = Some((s, vec![i]));
                continue;
            }
            let (sub, unit) = split_unit(&s);
            if cx.out.byline.source.is_none() && unit.is_some() {
                cx.out.byline.source = unit;
                subtitle = Some((sub, vec![i]));
            } else {
                subtitle = Some((s, vec![i]));
            }
            consumed[i] = true;
        } else if let Some((s, used)) = subtitle.as_mut().filter(|(_, u)| {
            // the ——subtitle broken over two lines: a short unmarked rest right under it, over the byline
            // ("——辽宁省通信管理局…相关党支部" / "开展主题党日活动" / "发布时间:…", fresh20 n11)
            u.last() == Some(&(i - 1))
                && !it.gap_before
                && width(t) <= 16.0
                && t.chars().all(|c| is_han(c) || "“”\"".contains(c))
                && items.get(i + 1).is_some_and(|n| byline::parse(&n.text).is_some())
        }) {
            s.push_str(t);
            used.push(i);
            consumed[i] = true;
        } else if let Some((tt, used)) = &mut title {
            let (a, b) = (letters(tt), letters(t));
            if b.chars().count() >= 4 && (a.contains(&b) || b.contains(&a)) {
                consumed[i] = true;
                match fuller(tt, t) {
                    // (the page's shorter title is then the repeat that is set aside)
                    Some(full) => {
                        cx.out.dropped.push(Dropped {
                            text: tt.clone(),
                            reason: m::DUPLICATE_TITLE.to_string(),
                            lines: used.iter().flat_map(|&k| items[k].nums.iter().copied()).collect(),
                        });
                        *tt = full;
                        *used = vec![i];
                    }
                    None => cx.drop_item(it, m::DUPLICATE_TITLE),
                }
            } else if subtitle.is_none()
                && width(t) > 35.0
                && !t.ends_with(['。', '，', ',', '；', '：'])
                && byline::lead_in(t).is_none()
                && !caption_words(t)
                && !(width(t) > 50.0 && t.contains(['，', ',']) && t.starts_with(|c: char| c.is_ascii_digit()))
            {
                // (a line that stops at a comma, or opens with a news lead-in, is the text's first half; one of a
                // sentence's length opening on the date with a clause inside is the text's first paragraph, its full
                // stop lost: "512新闻系…联合教工党支部前往杨开慧纪念馆和长沙县融媒体中心，开展“…”主题党日活动", fresh22
                // r07 — a subtitle of clauses, "青岛将党建统领作为…“强磁场”，以高质量党建统领高质量发展", stays)
                consumed[i] = true;
                subtitle = Some((t.clone(), vec![i]));
            } else if unit_alone(t)
                && cx.out.byline.author.is_none()
                && (used.last() == Some(&(i - 1)) || subtitle.as_ref().is_some_and(|(_, u)| u.last() == Some(&(i - 1))))
            {
                // a unit's name alone right under the title or its subtitle ("市级机关工委", centred under a Word
                // file's headline) is the author, never a heading or half of the title
                consumed[i] = true;
                cx.out.byline.author = Some(t.trim().to_string());
                cx.out.byline.lines.extend(it.nums.iter().copied());
                cx.out.byline.raw.push(it.raw.clone());
            } else if name_line(t) && cx.out.byline.author.as_deref().is_none_or(|a| letters(a) == letters(t)) {
                // the author's name alone on a line under the title or byline (or again, under a date+name line)
                consumed[i] = true;
                cx.out.byline.author = Some(t.replace(' ', ""));
                cx.out.byline.lines.extend(it.nums.iter().copied());
                cx.out.byline.raw.push(it.raw.clone());
            }
        }
    }
    // never a chrome-like title, even when joined from two lines or cut from a title——subtitle line
    if let Some(k) = title.as_ref().and_then(|(t, _)| chrome::title_chrome(t)) {
        if let Some((t, used)) = title.take() {
            cx.out.dropped.push(Dropped {
                text: t,
                reason: k.reason().to_string(),
                lines: used.iter().flat_map(|&i| items[i].nums.iter().copied()).collect(),
            });
        }
    }
    // a site's column tag run into the headline, "【党务动态】志愿服务践党性…": the tag is the page's, not the title's
    if let Some((t, used)) = title.as_mut() {
        if let Some((tag, rest)) = column_tag(t).or_else(|| feed_label(t)) {
            cx.out.dropped.push(Dropped {
                text: tag,
                reason: chrome::ChromeKind::Masthead.reason().to_string(),
                lines: used.iter().flat_map(|&i| items[i].nums.iter().copied()).collect(),
            });
            *t = rest;
        }
    }
    // decoration around a headline ("……清醒和坚定******") is no part of it
    let deco = ['*', '＊', '★', '☆', '※', '#', '＃', '='];
    // a page's marker after the headline ("（图）", "/图", "[复制链接]") is the page's, not the title's
    if let Some((t, used)) = title.as_mut() {
        if let Some((head, tail)) = title_marker(t) {
            cx.out.dropped.push(Dropped {
                text: tail,
                reason: m::CHROME_JUNK.to_string(),
                lines: used.iter().flat_map(|&i| items[i].nums.iter().copied()).collect(),
            });
            *t = head;
        }
    }
    let lines = |used: &[usize]| {
        used.iter()
            .flat_map(|&i| items[i].nums.iter().copied())
            .collect::<Vec<_>>()
    };
    if let Some((t, used)) = title {
        // (nor a hyphen left dangling where a page joined its list title to a dash: "长三角党建品牌-——…", fresh29 ab12)
        let t = t
            .trim_matches(|c: char| deco.contains(&c) || c == ' ')
            .trim_end_matches(['-', '－', ' ']);
        cx.out.title = Some(tidy_spaces(doubled(t).unwrap_or(t)));
        cx.out.title_lines = lines(&used);
    }
    if let Some((s, used)) = subtitle {
        cx.out.subtitle = Some(tidy_spaces(&s));
        cx.out.subtitle_lines = lines(&used);
    }
    if let Some((k, used)) = kicker {
        cx.out.kicker = Some(tidy_spaces(&k));
        cx.out.kicker_lines = lines(&used);
    }
}

/// A page title that prints the headline twice, joined by a dash, an underscore or a bar ("机关党建工作调研报告-机关
/// 党建工作调研报告", a collection page's template): the headline once.
fn doubled(t: &str) -> Option<&str> {
    let (a, b) = t.split_once(['-', '_', '|', '－', '—'])?;
    let (a, b) = (
        a.trim(),
        b.trim_matches(|c: char| matches!(c, '-' | '_' | '|' | '－' | '—' | ' ')),
    );
    (a.chars().filter(|c| is_han(*c)).count() >= 4 && letters(a) == letters(b)).then_some(a)
}

/// Words a site's category gloss after a headline ends with (a case, a model text) or holds (a collection).
const GLOSS_ENDS: [&str; 3] = ["案例", "范文", "範文"];
const GLOSS_WORDS: [&str; 6] = ["汇总", "匯總", "合集", "精选", "精選", "多篇"];

/// A page's marker after a headline: a short bracketed note of a picture, video or link ("（图）", "（组图）",
/// "[复制链接]"), a "/图" credit stub, a template's bar after a space ("…助推警务融合发展 |") or the site's name after
/// a hyphen, as a page's <title> prints it ("…先進集體”稱号-中國電子科技集團有限公司", fresh29 ab20). Returns the headline
/// and the marker.
fn title_marker(t: &str) -> Option<(String, String)> {
    let t = t.trim_end();
    let marks = ["图", "圖", "视频", "視頻", "链接", "鏈接"];
    let cut = if let Some(h) = t.strip_suffix("/图").or_else(|| t.strip_suffix("/圖")) {
        h.len()
    } else if let Some(h) = t.strip_suffix(['|', '｜']).filter(|h| h.ends_with(' ')) {
        h.len()
    } else if let Some(p) = site_after_hyphen(t) {
        p
    } else {
        let close = t.chars().last()?;
        let open = match close {
            '）' => '（',
            ')' => '(',
            ']' => '[',
            '】' => '【',
            _ => return None,
        };
        let p = t.rfind(open)?;
        let inner = &t[p + open.len_utf8()..t.len() - close.len_utf8()];
        let n = inner.chars().count();
        // a site's category gloss: "（稅務局黨建文化品牌案例）", "（汇总14篇）"
        let gloss = (2..=16).contains(&n)
            && (GLOSS_ENDS.iter().any(|e| inner.ends_with(e)) || GLOSS_WORDS.iter().any(|w| inner.contains(w)));
        if !gloss && (!(1..=4).contains(&n) || !marks.iter().any(|m| inner.contains(m))) {
            return None;
        }
        p
    };
    let head = t[..cut].trim_end();
    (head.chars().filter(|c| is_han(*c)).count() >= 4).then(|| (head.to_string(), t[cut..].trim().to_string()))
}

/// A breadcrumb of one arrow whose last item is the headline, printed again on a line of its own near it: "300字范文 >
/// 河南遂平：创新传播形式 打通“两中心”建设“最后一公里”" over that headline (a copy site's page, fresh29 ab16). The one
/// arrow and the repeat say so without the home page's name that `junk::is_breadcrumb` asks of a single arrow.
fn crumb_to_headline(t: &str, items: &[Item], at: usize) -> bool {
    let Some(p) = t.rfind(['>', '＞', '»', '›']) else {
        return false;
    };
    let (first, last) = (t[..p].trim(), letters(&t[p..]));
    let short_first = (1..=12).contains(&first.chars().count()) && !first.contains(['。', '，']);
    short_first
        && last.chars().filter(|c| is_han(*c)).count() >= 6
        && items
            .iter()
            .enumerate()
            .take(at + 12)
            .any(|(j, o)| j != at && letters(&o.text) == last)
}

/// Where a site's or unit's name begins after the last hyphen of a page title: the name ends like a unit (公司, 集团, 网,
/// 政府, 大学…), holds no mark and is shorter than the headline before it, which is a phrase of Chinese.
fn site_after_hyphen(t: &str) -> Option<usize> {
    let p = t.rfind(['-', '－'])?;
    let (head, tail) = (t[..p].trim_end(), t[p..].trim_start_matches(['-', '－']).trim());
    let unit = (3..=20).contains(&tail.chars().count())
        && tail.chars().all(|c| is_han(c) || matches!(c, '（' | '）' | '(' | ')'))
        && (ORG_SUFFIX.iter().any(|s| tail.ends_with(s)) || tail.ends_with(['网', '網']) || tail.ends_with("官网"));
    let headline = head.chars().filter(|c| is_han(*c)).count() >= 8 && head.chars().count() > tail.chars().count();
    (unit && headline && !head.ends_with(['-', '－', '—'])).then_some(p)
}

/// An account's or medium's name alone (two to eight characters, no mark) over a line that is a date alone.
fn account_over_date(t: &str, next: Option<&Item>) -> bool {
    let t = t.trim();
    let name = (2..=8).contains(&t.chars().count()) && t.chars().all(is_han);
    let date_alone = next.is_some_and(|n| {
        let d = n.text.trim();
        !n.gap_before && byline::find_date(d).is_some_and(|(_, k)| k == d.chars().count())
    });
    name && date_alone
}

/// The medium named by a source field whose value runs on into a piece of the headline above it: ("来源:台海网…", the
/// headline "厦门机场海关国门战疫:…") → "台海网". The medium ends in 网, 报, 台 or 社 and the rest is the headline's.
fn source_into_headline(t: &str, headline: Option<&str>) -> Option<String> {
    let value = ["来源", "來源"]
        .iter()
        .find_map(|l| t.trim().strip_prefix(l))?
        .strip_prefix(['：', ':'])?
        .trim()
        .trim_end_matches(['。', '.']);
    let headline = letters(headline?);
    value.char_indices().find_map(|(at, c)| {
        let medium = &value[..at + c.len_utf8()];
        let rest = letters(&value[at + c.len_utf8()..]);
        ((2..=8).contains(&medium.chars().count())
            && matches!(c, '网' | '網' | '报' | '報' | '台' | '社')
            && medium.chars().all(is_han)
            && rest.chars().count() >= 4
            && headline.starts_with(&rest))
        .then(|| medium.to_string())
    })
}

/// A short column tag in 【】 at the start of a headline and the headline after it: ("【党务动态】", "志愿服务…").
fn column_tag(t: &str) -> Option<(String, String)> {
    // (a forum thread's category in square brackets, "[乐清市委机关工委] …", is one too: fresh23 j16)
    if let Some(rest) = chrome::forum_tag(t.trim_start()) {
        let tag = t.trim_start()[..t.trim_start().len() - rest.len()].trim_end();
        return Some((tag.to_string(), rest.to_string()));
    }
    let inner = t.trim_start().strip_prefix('【')?;
    let end = inner.find('】')?;
    let tag = &inner[..end];
    let rest = inner[end + '】'.len_utf8()..].trim_start();
    // (a campaign's two phrases between a space or a dot: "【文化保定 乐享生活】", "【脫貧攻堅 扶貧人物】"; a quoted
    // name in it: "【“四型”机关创建】", fresh19 m12)
    let n = tag.chars().filter(|c| is_han(*c)).count();
    let words = tag
        .chars()
        .all(|c| is_han(c) || matches!(c, ' ' | '·' | '・' | '“' | '”' | '"'))
        && !tag.starts_with([' ', '·', '・'])
        && !tag.ends_with([' ', '·', '・']);
    ((2..=12).contains(&n) && words && rest.chars().filter(|c| is_han(*c)).count() >= 6)
        .then(|| (format!("【{tag}】"), rest.to_string()))
}

/// The last words of a site's feed, channel or gallery label ("天天熱文", "今日头条", "图片新闻", "摄影大赛组图"): a unit
/// or a person before a headline's colon never ends so ("梅山街道：", "健安社区：", "樸永超：").
const FEED_ENDS: [&str; 20] = [
    "热文", "熱文", "热点", "熱點", "头条", "頭條", "推荐", "推薦", "快讯", "快訊", "资讯", "資訊", "要闻", "要聞",
    "新闻", "新聞", "组图", "組圖", "图集", "圖集",
];

/// A site's feed label and its colon before the headline, and the headline after it: ("天天熱文：", "第五屆…").
fn feed_label(t: &str) -> Option<(String, String)> {
    let t = t.trim_start();
    let (label, rest) = t.split_once(['：', ':'])?;
    let n = label.chars().count();
    ((2..=6).contains(&n)
        && label.chars().all(is_han)
        && FEED_ENDS.iter().any(|e| label.ends_with(e))
        && rest.chars().filter(|c| is_han(*c)).count() >= 6)
        .then(|| (t[..t.len() - rest.len()].to_string(), rest.trim_start().to_string()))
}

/// A credit whose roles stand on a line of their own over its names, before the prose: "撰文摄影（除署名外）" over
/// "周宇编辑" over "迟名" (fresh32 ae11: the writer's name, then the next role run into it, then that role's name, the
/// wrap of "撰文摄影（除署名外） 周宇 / 编辑 迟名"). The roles' line is the byline's; the name after it is the author,
/// and an editor's name after the editor's role is set aside as a sign-off.
fn credits_over_lines(cx: &mut Ctx, items: Vec<Item>) -> Vec<Item> {
    let prose = |it: &Item| width(&it.text) >= 60.0 && it.text.contains('。');
    let first_prose = items.iter().position(prose).unwrap_or(items.len());
    let roles_only = |t: &str| {
        let bare = match t.find(['（', '(']) {
            Some(b) if t.ends_with(['）', ')']) => &t[..b],
            Some(_) => return false,
            None => t,
        };
        credit_roles(t) && (2..=6).contains(&bare.chars().count()) && bare.chars().all(is_han)
    };
    let Some(at) = items[..first_prose].iter().position(|it| roles_only(it.text.trim())) else {
        return items;
    };
    let adjacent = |a: &Item, b: &Item| b.nums.first().copied() == a.nums.last().map(|x| x + 1);
    let editor_roles = ["编辑", "編輯", "责编", "責編", "审核", "審核"];
    let name_of = |t: &str| {
        let t = t.trim();
        editor_roles
            .iter()
            .find_map(|r| t.strip_suffix(r).map(|name| name.trim().to_string()))
            .unwrap_or_else(|| t.to_string())
    };
    let below = items[at].nums.last().map(|x| x + 1);
    let mut skip = vec![at];
    // (the names' line, kept, or already set aside as an editor's sign-off for the role run into it)
    let name = match items.get(at + 1).filter(|n| adjacent(&items[at], n)) {
        Some(n) if byline::person_name(&name_of(&n.text)) => {
            skip.push(at + 1);
            cx.out.byline.lines.extend(n.nums.iter().copied());
            cx.out.byline.raw.push(n.raw.clone());
            Some(name_of(&n.text))
        }
        _ => cx
            .out
            .dropped
            .iter()
            .find(|d| d.lines.first().copied() == below && d.lines.len() == 1)
            .map(|d| name_of(&d.text))
            .filter(|n| byline::person_name(n)),
    };
    cx.out.byline.lines.extend(items[at].nums.iter().copied());
    cx.out.byline.raw.push(items[at].raw.clone());
    if cx.out.byline.author.is_none() {
        cx.out.byline.author = name;
    }
    items
        .into_iter()
        .enumerate()
        .filter(|(i, _)| !skip.contains(i))
        .map(|(_, it)| it)
        .collect()
}

/// A credit's roles opening a short line: "撰文摄影（除署名外）", "文/图：…", "责编 …" — the start of the page's credits,
/// never the second half of a headline (fresh32 ae11, where it had been run into the board's title).
fn credit_roles(t: &str) -> bool {
    const ROLES: [&str; 16] = [
        "撰文", "摄影", "攝影", "文字", "文/", "图/", "圖/", "文图", "图文", "文圖", "圖文", "责编", "責編", "编辑",
        "編輯", "文：",
    ];
    width(t) <= 24.0 && ROLES.iter().any(|r| t.starts_with(r))
}

/// An editor's note's label alone on its line: "编者按：", "【編者按】", "编前语" (fresh26 i04, where it had been taken
/// for the author, and i10, where it had been run into the headline).
fn editors_note_label(t: &str) -> bool {
    let label = t.trim_matches(['【', '】', '：', ':', ' ', '[', ']']);
    matches!(
        label,
        "编者按" | "編者按" | "编者的话" | "編者的話" | "编前语" | "編前語" | "编前话" | "編前話"
    )
}

/// A column's name alone in 【】 in the header: "【深入学习宣传贯彻党的二十大精神】" (a note such as 【编者按】 runs into text).
fn column_line(t: &str) -> bool {
    t.strip_prefix('【')
        .and_then(|r| r.strip_suffix('】'))
        .is_some_and(|inner| (4..=24).contains(&inner.chars().count()) && !inner.contains(['【', '】', '：']))
}

/// The channel words a site's column or channel label ends with (新闻动态, 党群工作, 通知公告, 要聞).
const CHANNEL_ENDS: [&str; 26] = [
    "动态", "動態", "新闻", "新聞", "资讯", "資訊", "要闻", "要聞", "公告", "快讯", "快訊", "简讯", "簡訊", "专栏",
    "專欄", "专题", "專題", "频道", "頻道", "信息", "工作", "园地", "之窗", "聚焦", "视点", "在线",
];

/// A site's column or channel label: one or two short all-Chinese parts (each of 2 to `max` characters) that end
/// in a channel word ("新闻动态", "党群工作 党群动态"). Returns the label as printed.
fn column_label(t: &str, max: usize) -> Option<&str> {
    let t = t.trim();
    let parts: Vec<&str> = t.split_whitespace().collect();
    let label = |p: &&str| {
        let n = p.chars().count();
        (2..=max).contains(&n) && p.chars().all(is_han) && CHANNEL_ENDS.iter().any(|e| p.ends_with(e))
    };
    ((1..=2).contains(&parts.len()) && parts.iter().all(label)).then_some(t)
}

/// A column label set letter-spaced over the text ("图 说 现 场", "要 闻"): a page's label, never a headline.
fn letter_spaced_label(t: &str) -> bool {
    // (a name letter-spaced to the width of three, "孙 璐", is a byline's)
    let parts: Vec<&str> = t.split_whitespace().collect();
    (4..=6).contains(&parts.len()) && parts.iter().all(|p| p.chars().count() == 1 && p.chars().all(is_han))
}

/// The name of a newspaper, site, agency or broadcaster alone on a line (泉州晚报, 人民网, 新华社, 学习时报).
fn media_name(t: &str) -> bool {
    let w = width(t);
    (3.0..=10.0).contains(&w)
        && t.chars().all(is_han)
        && [
            "报", "網", "网", "社", "台", "刊", "杂志", "频道", "新闻", "时报", "融媒",
        ]
        .iter()
        .any(|e| t.ends_with(e))
}

/// A personal name alone on a line (2–4 Chinese characters, possibly letter-spaced "孙 璐"), not a section name.
fn name_line(t: &str) -> bool {
    let bare: String = t.chars().filter(|c| *c != ' ').collect();
    let n = bare.chars().count();
    (2..=4).contains(&n)
        && bare.chars().all(is_han)
        // (four characters are a name only after a common surname: "资源描述" is a label)
        && (n < 4 || byline::common_surname(&bare))
        && t.matches(' ').count() <= 1
        && !SECTION_NAMES.contains(&bare.as_str())
        && !["摘要", "目录", "附件", "附则", "总则"].contains(&bare.as_str())
        && !editors_note_label(&bare)
}

/// A portal article page whose header the first pass did not find (sidebars, slogans and menus stand above it):
/// the title is the headline-like line directly above the first byline line (来源/发布日期…) of the page's first
/// forty lines, and whatever stands above the title is the page's, not the article's.
fn anchored_title(cx: &mut Ctx, items: &[Item], consumed: &mut [bool]) -> Option<(String, Vec<usize>)> {
    let b = items
        .iter()
        .take(40)
        // (a credit in brackets closes a text, "（供稿人：一支部 冯欣）": it anchors no headline)
        .position(|it| {
            byline_with_fields(&it.text) && width(&it.text) <= 60.0 && !it.text.starts_with(['（', '(', '【', '['])
        })?;
    let j = (0..b).rev().find(|&j| !consumed[j])?;
    let it = &items[j];
    // (a headline has its text under it: a unit and a date after the last of the prose are the text's signature,
    // "政府管理学院" / "2021年4月6日", and anchor nothing)
    if !items[b + 1..].iter().any(prose_line) {
        return None;
    }
    if !heading_like_title(&it.text) || chrome::title_chrome(&it.text).is_some() || width(&it.text) < 4.0 {
        return None;
    }
    let p = byline::parse(&items[b].text)?;
    // (a paper's kicker right above the headline may name the unit the story is about, its colon leading into the
    // headline: "国家统计局：" over "“结对”同心解难题办实事", fresh23 j02 — the article's, not the page's)
    let named = |t: &str| {
        t.strip_suffix(['：', ':'])
            .is_some_and(|n| (2..=10).contains(&n.chars().count()) && n.chars().all(is_han))
    };
    if let Some(k) = j
        .checked_sub(1)
        .filter(|&k| !consumed[k] && named(&items[k].text) && it.gap_before)
    {
        consumed[k] = true;
        cx.out.kicker = Some(items[k].text.clone());
        cx.out.kicker_lines = items[k].nums.clone();
    }
    for k in 0..j {
        if !consumed[k] {
            consumed[k] = true;
            cx.drop_item(&items[k], m::ABOVE_TITLE);
        }
    }
    consumed[j] = true;
    consumed[b] = true;
    cx.merge_byline(p, &items[b]);
    Some((it.text.clone(), vec![j]))
}

fn heading_like_title(t: &str) -> bool {
    // (a note wholly in brackets, "（資料圖片僅供參考）", and speech with a full stop inside are no headlines)
    let note = (t.starts_with('（') && t.ends_with('）')) || (t.starts_with('(') && t.ends_with(')'));
    width(t) <= 64.0
        && !note
        && !t.contains('。')
        && !t.ends_with(['。', '；', '，', '：'])
        && t.chars().any(is_han)
        && !numbered_l1(t)
        && !numbered_l2(t)
        && numbered_arabic(t).is_none()
        && !t.starts_with('□')
        && !ends_with_photo_credit(t)
}

/// Splits a numbered heading that runs straight into its paragraph: "（一）强化理论学习，提高思想觉悟。把学懂…".
fn split_run_in(t: &str) -> Option<(String, Option<String>)> {
    let chars: Vec<char> = t.chars().collect();
    let w = width(t);
    if w <= 40.0 && !has_inner_terminator(t) {
        return Some((t.trim_end_matches('。').to_string(), None));
    }
    let p = chars.iter().position(|c| is_terminator(*c))?;
    let head: String = chars[..p].iter().collect();
    if width(&head) > 40.0 {
        return None;
    }
    let keep_mark = chars[p] != '。';
    let head: String = chars[..p + usize::from(keep_mark)].iter().collect();
    let rest: String = chars[p + 1..].iter().collect();
    let rest = rest.trim().to_string();
    Some((head, if rest.is_empty() { None } else { Some(rest) }))
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Pre {
    Numbered(u8),
    /// An Arabic-numbered heading: its level depends on the Chinese-numbered headings around it.
    Arabic(Arabic),
    /// A □ heading: levelled like an unnumbered heading, never taken for a caption.
    Marked,
    Heading(u8),
    /// A short unpunctuated line: a heading, a caption (in a run) or a sentence; bold in a rich source or not.
    Cand(bool),
    Caption,
    Para,
    Photo,
}

/// Section names of case write-ups and reports: headings even where the other headings are numbered.
const SECTION_NAMES: [&str; 22] = [
    "前言",
    "引言",
    "序言",
    "结束语",
    "结语",
    "后记",
    "概述",
    "案例概述",
    "基本情况",
    "案例背景",
    "背景",
    "主要做法",
    "经验做法",
    "具体做法",
    "取得成效",
    "工作成效",
    "主要成效",
    "经验启示",
    "启示",
    "存在问题",
    "下一步打算",
    "下步打算",
];

/// Official titles that, after a name or a unit, make a person the subject of a line ("…主任为…颁发…").
const PERSON_TITLES: [&str; 26] = [
    "书记",
    "主任",
    "局长",
    "部长",
    "厅长",
    "处长",
    "科长",
    "县长",
    "市长",
    "区长",
    "镇长",
    "乡长",
    "省长",
    "主席",
    "院长",
    "校长",
    "所长",
    "站长",
    "队长",
    "社长",
    "董事长",
    "总经理",
    "经理",
    "会长",
    "馆长",
    "委员",
];

/// What a person does in a picture's event line: the verb or preposition that follows the person and title.
const PERSON_ACTIONS: [&str; 31] = [
    "为", "向", "给", "在", "与", "带领", "率队", "走访", "看望", "慰问", "颁发", "讲话", "致辞", "发言", "调研",
    "出席", "参观", "宣讲", "授课", "讲授", "作", "主持", "授旗", "赠送", "佩戴", "检查", "指导", "听取", "会见",
    "一行", "讲解",
];

/// What a person named without a title does at the lectern in a picture: "何秀超讲话", "王明主持会议".
const SPEAKING: [&str; 7] = ["讲话", "致辞", "发言", "讲解", "授课", "讲课", "主持"];

/// A picture's event line: a person named with an official title doing something ("王明书记为老党员佩戴纪念章",
/// "区委书记李华在社区调研"), short and unnumbered. Headings of the genre are noun phrases or imperatives without
/// a subject; a named person acting is the subject of a statement, the way captions under pictures read.
fn event_line(t: &str) -> bool {
    let bare = outside_quotes(t);
    if width(t) > 40.0 || bare.contains(['。', '；']) || numbered_l1(t) || numbered_l2(t) {
        return false;
    }
    // a name alone at the lectern: a surname and one or two characters, then the speaking, then at most a few
    // characters ("何秀超讲话", "王明主持会议")
    let chars: Vec<char> = bare.chars().collect();
    let speaking = (2..=3).any(|n| {
        let rest: String = chars.iter().skip(n).collect();
        chars.len() > n
            && chars[..n].iter().all(|c| is_han(*c))
            && byline::common_surname(&bare)
            && SPEAKING
                .iter()
                .any(|a| rest.starts_with(a) && rest.chars().count() <= a.chars().count() + 4)
    });
    speaking
        || PERSON_TITLES.iter().any(|title| {
            bare.match_indices(title).any(|(i, _)| {
                // a name or a unit before the title (two characters at least, or a surname alone: "张部长")
                let han_before: Vec<char> = bare[..i].chars().rev().take_while(|c| is_han(*c)).collect();
                let named = han_before.len() >= 2
                    || (han_before.len() == 1 && byline::common_surname(&han_before[0].to_string()));
                // the action right after the title, or after a name of two or three characters behind it
                let rest = &bare[i + title.len()..];
                let skip = |n: usize| rest.char_indices().nth(n).map_or("", |(j, _)| &rest[j..]);
                named && (0..=3).any(|n| PERSON_ACTIONS.iter().any(|a| skip(n).starts_with(a)))
            })
        })
}

/// What makes a short line read as a statement rather than a heading (headings of this genre are noun phrases
/// or imperatives without a subject): bit 0 a subject pronoun (我们将…, not the possessive 我们的…), bit 1 a
/// sentence-final particle (…了, …吧, …呢), bit 2 an aspect 了 or a statement of time or plan (取得了, 将继续,
/// 已经, 正在), bit 3 a key figure (120余次, 936人), bit 4 a named person with an official title acting (a
/// picture's event line, [`event_line`]). Quoted text does not count.
fn sentence_signals(t: &str) -> u8 {
    let bare = outside_quotes(t);
    let chars: Vec<char> = bare.chars().collect();
    let mut sig = 0;
    for p in ["我们", "咱们", "你们", "他们", "她们", "大家"] {
        if let Some(i) = bare.find(p) {
            let next = bare[i + p.len()..].chars().next();
            if next.is_some_and(|c| !matches!(c, '的' | '庭')) {
                sig |= 1;
            }
        }
    }
    // (the line's own end: a quotation closing it ends no sentence on its particle, "耄耋再相会，段渠有了“荣誉村民”" is a
    // feature's section head, the lead's look of 2026-12-08)
    let particles = ['了', '吧', '呢', '啊', '吗', '呀', '啦', '嘛'];
    if chars.len() >= 4 && bare.ends_with(particles) && t.trim_end().ends_with(particles) {
        sig |= 2;
    }
    let aspect = chars
        .windows(3)
        .any(|w| w[1] == '了' && is_han(w[0]) && !matches!(w[0], '为' | '除' | '明' | '不' | '受') && w[2] != '解');
    let plan = ["将继续", "将进一步", "将持续", "将不断", "将全力", "已经", "正在"]
        .iter()
        .any(|p| bare.contains(p));
    if aspect || plan {
        sig |= 4;
    }
    let probe = [Block::new(BlockKind::Paragraph, None, bare.clone(), vec![])];
    if !figures::find(&probe).is_empty() {
        sig |= 8;
    }
    if event_line(t) {
        sig |= 16;
    }
    sig
}

/// The lone candidate headings that are sentences standing alone between paragraphs (a line of the text without
/// its full stop). Headings of this genre are numbered (一、（一）1.), marked (□, bold in a rich source, 【】) or
/// short noun phrases parallel to their siblings; a candidate is a sentence when
/// - it reads as one (`sentence_signals`) and no sibling heading reads the same way (where all headings read like
///   sentences — "抓党建就是抓全局，党建统领成为……" — that is the document's style), or
/// - the document marks its headings (two or more numbered, □, bold or styled ones), this line is unmarked, stands
///   between two paragraphs, is no section name (结束语, 经验启示…) and no other unmarked line of about its length
///   is a heading beside it.
///
/// A lone unmarked line without either signal stays a heading: nothing in the text tells it from a short heading.
fn lone_sentences(pres: &[(Pre, String, Vec<usize>, Option<String>)]) -> Vec<usize> {
    let heading = |p: &Pre| {
        matches!(
            p,
            Pre::Numbered(_) | Pre::Arabic(_) | Pre::Marked | Pre::Heading(_) | Pre::Cand(_)
        )
    };
    // each heading's signals, and how many headings show each signal
    let sigs: Vec<u8> = pres
        .iter()
        .map(|p| if heading(&p.0) { sentence_signals(&p.1) } else { 0 })
        .collect();
    let mut per_bit = [0usize; 8];
    for sig in &sigs {
        for (b, n) in per_bit.iter_mut().enumerate() {
            *n += usize::from(sig & (1 << b) != 0);
        }
    }
    let unmarked: Vec<usize> = (0..pres.len()).filter(|&k| pres[k].0 == Pre::Cand(false)).collect();
    let marked = pres.iter().filter(|p| heading(&p.0)).count() - unmarked.len();
    let is_para = |k: usize| pres.get(k).is_some_and(|p| p.0 == Pre::Para);
    let mut out = Vec::new();
    for &k in &unmarked {
        let (t, sig) = (&pres[k].1, sigs[k]);
        // a person acting is never the document's heading style: such lines are captions or sentences
        let shared = (0..8).any(|b| b != 4 && sig & (1 << b) != 0 && per_bit[b] >= 2);
        if sig != 0 && !shared {
            out.push(k);
            continue;
        }
        let name = t.trim_matches(['【', '】', ' ']);
        let w = width(t);
        let parallel = unmarked
            .iter()
            .any(|&o| o != k && sigs[o] == 0 && (0.7..=1.43).contains(&(width(&pres[o].1) / w)));
        if marked >= 2 && k > 0 && is_para(k - 1) && is_para(k + 1) && !SECTION_NAMES.contains(&name) && !parallel {
            out.push(k);
        }
    }
    out
}

fn body_blocks(cx: &mut Ctx, body: &[&Item]) {
    // first pass: a preliminary class for each item
    let mut pres: Vec<(Pre, String, Vec<usize>, Option<String>)> = Vec::new();
    let mut after_photo = false;
    let n = body.len();
    // a list of articles: two or more 一、 items too long to be headings (a regulation's or plan's numbered clauses)
    let articles = body
        .iter()
        .filter(|it| numbered_l1(&it.text) && !it.text.starts_with('第') && split_run_in(&it.text).is_none())
        .count()
        >= 2;
    let listed = parallel_openers(&body.iter().map(|it| it.text.as_str()).collect::<Vec<_>>());
    for (k, it) in body.iter().enumerate() {
        let mut t = it.text.clone();
        // a short label's trailing dash is a rule drawn after it, no part of it ("品牌介绍 —")
        if width(&t) <= 16.0 && t.ends_with(['—', '－']) {
            let bare = t.trim_end_matches(['—', '－', ' ']);
            if bare.chars().count() >= 2 && bare.chars().all(is_han) {
                t = bare.to_string();
            }
        }
        let w = width(&t);
        let was_photo = after_photo;
        after_photo = false;
        if let Hint::Photo(name) = &it.hint {
            pres.push((Pre::Photo, t, it.nums.clone(), Some(name.clone())));
            after_photo = true;
            continue;
        }
        if let Hint::Heading(l) = it.hint {
            pres.push((Pre::Heading(l.clamp(1, 2)), t, it.nums.clone(), None));
            continue;
        }
        if matches!(it.hint, Hint::Title | Hint::Kicker) {
            pres.push((Pre::Heading(1), t, it.nums.clone(), None));
            continue;
        }
        // the items of a list, line after line opening alike ("《…》（… 摄）" for each prize-winning work): text,
        // never captions without their pictures nor heads
        if listed[k] && it.hint == Hint::None {
            pres.push((Pre::Para, t, it.nums.clone(), None));
            continue;
        }
        // a photo credit behind a caption mark ("■ 摄影 通讯员 朱红") is a byline, not a caption
        if caption_mark(&t) && w <= 30.0 {
            let credit = byline::parse(&t).filter(|p| {
                p.source.is_none() && (p.reporter.is_some() || p.correspondent.is_some() || p.author.is_some())
            });
            if let Some(p) = credit {
                cx.merge_byline(p, it);
                continue;
            }
        }
        // a marked section head, "● 党建铸魂：筑牢发展根基，激活文明创建新动能": a label and its colon, no sentence end,
        // no picture's words (a caption mark before a picture's sentence stays a caption)
        let bare = strip_caption_mark(&t);
        if caption_mark(&t)
            && !matches!(it.hint, Hint::Caption)
            && width(&bare) <= 36.0
            && bare.contains('：')
            && !bare.ends_with(['。', '！', '？'])
            && !caption_words(&bare)
        {
            pres.push((Pre::Marked, bare, it.nums.clone(), None));
            continue;
        }
        if matches!(it.hint, Hint::Caption) || caption_mark(&t) {
            pres.push((Pre::Caption, strip_caption_mark(&t), it.nums.clone(), None));
            continue;
        }
        // (in plain text, a short line right after a picture's file name is its caption: ".jpg)" over "参观党史陈列馆")
        // (a photographer's credit alone under it, "摄影:谭勇", is a credit, set aside like an editor's sign-off)
        let credit = ["摄影", "攝影"]
            .iter()
            .any(|l| t.strip_prefix(l).is_some_and(|r| r.starts_with(['：', ':'])));
        if credit && it.after_picture && w <= 20.0 {
            cx.drop_item(it, m::EDITOR);
            continue;
        }
        // (the writer's credit under the pictures, "文/李加彬" below three file names, is the byline's, fresh22 r07)
        let writer = t
            .strip_prefix('文')
            .is_some_and(|r| r.trim_start().starts_with(['/', '／', '：', ':']));
        if writer && it.after_picture && w <= 20.0 {
            if let Some(p) = byline::parse(&t).filter(|p| p.author.is_some() && p.source.is_none()) {
                cx.merge_byline(p, it);
                continue;
            }
        }
        // (a credit wholly in brackets under the pictures, "（港澳台委办 杜晖）", is the writer's, fresh20 n10)
        let bracketed = t.starts_with(['（', '(']) && t.ends_with(['）', ')']);
        let under_picture = it.after_picture && w <= 40.0 && !has_inner_terminator(&t) && !bracketed;
        if (was_photo && w <= 80.0 || under_picture) && !numbered_l1(&t) && !numbered_l2(&t) && !ends_open(&t) {
            pres.push((Pre::Caption, t, it.nums.clone(), None));
            continue;
        }
        if w <= 60.0 && !t.ends_with('。') {
            if let Some(p) = byline::parse(&t) {
                // a date alone after the text, when the byline has its date: the closing date (落款) of a notice
                // (or under the issuing unit: the unit and the date are the notice's signature)
                let after_unit = pres
                    .last()
                    .is_some_and(|x| matches!(x.0, Pre::Cand(_)) && ORG_SUFFIX.iter().any(|s| x.1.ends_with(s)));
                let closing_date = p.date.is_some()
                    && (cx.out.byline.date.is_some() || after_unit)
                    && byline::find_date(&t).is_some_and(|(_, n)| n == t.chars().count())
                    && pres.iter().any(|x| x.0 == Pre::Para);
                if closing_date {
                    if let Some(prev) = pres.last_mut().filter(|x| matches!(x.0, Pre::Cand(false))) {
                        // the issuing unit above it is part of the signature, not a heading
                        prev.0 = Pre::Para;
                    }
                    // (and the units signing over it, a unit and its branch on lines of their own: "材料学院研究生党总支
                    // 宣教组" over "材研1806党支部")
                    for prev in pres.iter_mut().rev().skip(1) {
                        let unit = width(&prev.1) <= 24.0 && unit_like_end(&prev.1);
                        match prev.0 {
                            Pre::Cand(false) if unit => prev.0 = Pre::Para,
                            Pre::Para if unit => {}
                            _ => break,
                        }
                    }
                    pres.push((Pre::Para, t, it.nums.clone(), None));
                    continue;
                }
                cx.merge_byline(p, it);
                continue;
            }
        }
        if caption_words(&t) || numbered_picture(body, k) {
            pres.push((Pre::Caption, t, it.nums.clone(), None));
            continue;
        }
        if let Some(h) = box_heading(&t) {
            pres.push((Pre::Marked, h, it.nums.clone(), None));
            continue;
        }
        // the next item of a list whose items are sentences is one too, even cut short by the page end ("6、组")
        let next_of_list = pres
            .last()
            .is_some_and(|p| p.0 == Pre::Para && follows_in_list(&p.1, &t));
        if let Some(a) = numbered_arabic(&t).filter(|_| !next_of_list) {
            if let Some((h, rest)) = split_arabic(&t) {
                pres.push((Pre::Arabic(a), h, it.nums.clone(), None));
                if let Some(r) = rest {
                    pres.push((Pre::Para, r, it.nums.clone(), None));
                }
                continue;
            }
        }
        // a paper's section number and a space, alone on its line: "0 引言", "1.1 标准化建设的理论内涵"
        if let Some(level) = paper_section(&it.raw).filter(|_| it.nums.len() == 1) {
            if width(&t) <= 40.0 && !t.chars().any(is_terminator) {
                pres.push((Pre::Heading(level), t, it.nums.clone(), None));
                continue;
            }
        }
        // a part's number alone on its line between the paragraphs of a story ("一" over "小时候，…", fresh32 ae04)
        // heads the part
        let bare = (1..=2).contains(&t.chars().count()) && t.chars().all(|c| CN_DIGITS.contains(c));
        if bare && k > 0 && k + 1 < n && width(&body[k + 1].text) >= 30.0 {
            pres.push((Pre::Heading(1), t, it.nums.clone(), None));
            continue;
        }
        let level = if numbered_l1(&t) {
            Some(1)
        } else if numbered_l2(&t) {
            Some(2)
        } else {
            None
        };
        // the items of a numbered list of articles ("一、根据……制定本规则。") are paragraphs, not headings
        let article = level == Some(1) && articles && !t.starts_with('第') && t.chars().any(is_terminator);
        if let Some(level) = level.filter(|_| !article) {
            if let Some((h, rest)) = split_run_in(&t) {
                pres.push((Pre::Numbered(level), h, it.nums.clone(), None));
                if let Some(r) = rest {
                    pres.push((Pre::Para, r, it.nums.clone(), None));
                }
                continue;
            }
        }
        // a short label and its colon alone over text ("调查情况：", "主要发现：") heads a section; a notice's
        // salutation ("各党支部：", "尊敬的…") and a speech's lead ("会议指出：") do not
        if let Some(label) = t.strip_suffix('：').filter(|_| k + 1 < n && it.hint == Hint::None) {
            let c = label.chars().count();
            let speech = [
                "指出", "强调", "強調", "表示", "要求", "认为", "認為", "提出", "说", "說", "如下", "介绍", "介紹",
            ];
            // (nor a lead-in over the quotation it introduces: "信中写到：" over "“爸爸到底是…”", fresh32 ae05)
            let quoted = body.get(k + 1).is_some_and(|b| b.text.starts_with(['“', '「']));
            if (2..=6).contains(&c)
                && label.chars().all(is_han)
                && !label.starts_with(['各', '致'])
                && !label.starts_with("尊敬")
                && !label.starts_with("亲爱")
                && !label.starts_with("親愛")
                && !label.contains("同志")
                && !label.ends_with('们')
                && !speech.iter().any(|v| label.ends_with(v))
                && !quoted
                && !byline_with_fields(&t)
            {
                pres.push((Pre::Heading(1), t, it.nums.clone(), None));
                continue;
            }
        }
        // a question without a number is a sentence of the text, never a caption or a heading
        if t.ends_with(['？', '?']) && !matches!(it.hint, Hint::Bold) {
            pres.push((Pre::Para, t, it.nums.clone(), None));
            continue;
        }
        if t.starts_with('【') && t.ends_with('】') && w <= 24.0 {
            pres.push((Pre::Heading(1), t, it.nums.clone(), None));
            continue;
        }
        // (a dash-led line in a run of them closed by sentence marks is an item of a list, "——社区是基层基础，…才能
        // 稳固；" after "…有着深邃的思考：": text, fresh27 e19; dash-led summaries each over their paragraphs stay heads)
        let dash_item = |j: usize| {
            body.get(j)
                .is_some_and(|b| b.text.starts_with("——") && b.text.ends_with(['；', '。', ';']))
        };
        let listed = dash_item(k) && ((k > 0 && dash_item(k - 1)) || dash_item(k + 1));
        if t.starts_with("——") && w > 12.0 && k + 1 < n && !listed {
            pres.push((Pre::Heading(1), t, it.nums.clone(), None));
            continue;
        }
        // the line right under a label and its colon ("名称：" / "党旗引路 绿色畅行") is the label's value, not a
        // heading (set apart by a blank line, "人民日报社：" / "唱响…最强音", it is a heading of its own)
        let value = !it.gap_before
            && pres
                .last()
                .is_some_and(|p| p.0 == Pre::Heading(1) && p.1.ends_with('：') && width(&p.1) <= 12.0);
        // an item's label whose text the copy left out ("工会工作" between "卫生保健。在继续抓好…" and "司法信访。认真接待…",
        // fresh30 ac04): a label like its neighbours' run-in labels, never a heading (it had titled a board)
        let run_in = |j: usize| body.get(j).is_some_and(|b| run_in_label(&b.text).is_some());
        let bare_label = run_in_label(&format!("{t}。…")).is_some() && k > 0 && run_in(k - 1) && run_in(k + 1);
        if heading_candidate(it) && k + 1 < n && !value && !bare_label {
            // bold does not make a picture's event line a heading (captions are often set in bold)
            let bold = it.hint == Hint::Bold && !event_line(&t);
            pres.push((Pre::Cand(bold), t, it.nums.clone(), None));
            continue;
        }
        pres.push((Pre::Para, t, it.nums.clone(), None));
    }
    bare_numbered_lists(&mut pres);
    // a section head of two parallel phrases of one length on adjacent lines, over text ("強化黨建引領" / "厚植文明根基",
    // fresh19 m09): one head broken in two, not a head and its subhead (phrases of five characters or more: "主要做法"
    // over "强化引领" is a section's name over its first point)
    let mut k = 0;
    while k + 2 < pres.len() {
        let (a, b) = (&pres[k], &pres[k + 1]);
        let n = a.1.chars().count();
        let phrase = |t: &str| t.chars().all(is_han);
        let adjacent = matches!((a.2.last(), b.2.first()), (Some(x), Some(y)) if *y == x + 1);
        if matches!(a.0, Pre::Cand(_))
            && matches!(b.0, Pre::Cand(_))
            && (5..=8).contains(&n)
            && b.1.chars().count() == n
            && phrase(&a.1)
            && phrase(&b.1)
            && adjacent
            && pres[k + 2].0 == Pre::Para
        {
            let (_, t, nums, _) = pres.remove(k + 1);
            let head = &mut pres[k];
            head.1 = format!("{} {t}", head.1);
            head.2.extend(nums);
        }
        k += 1;
    }
    // an editor's note's label alone over the note ("编者按：" / "2021年是…", fresh19 m06) is the note's run-in label:
    // one paragraph, never a heading (and never a board's title)
    let mut k = 0;
    while k + 1 < pres.len() {
        if editors_note_label(&pres[k].1) && pres[k + 1].0 == Pre::Para {
            let (_, t, nums, _) = pres.remove(k);
            let next = &mut pres[k];
            next.1 = format!("{}：{}", t.trim_matches(['【', '】', '：', ':', ' ', '[', ']']), next.1);
            next.2 = nums.into_iter().chain(next.2.iter().copied()).collect();
        }
        k += 1;
    }
    // second pass: runs of two or more candidate lines of some length are captions (their photos are gone);
    // a single one is a heading, unless it reads as a sentence (third pass)
    let mut i = 0;
    while i < pres.len() {
        if !matches!(pres[i].0, Pre::Cand(_)) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < pres.len() && matches!(pres[j].0, Pre::Cand(_)) {
            j += 1;
        }
        let long = pres[i..j].iter().all(|p| width(&p.1) >= 12.0);
        if j - i >= 2 && long {
            for p in &mut pres[i..j] {
                p.0 = Pre::Caption;
            }
        }
        // a single line too long for a heading is a paragraph without its full stop
        for p in &mut pres[i..j] {
            if matches!(p.0, Pre::Cand(_)) && width(&p.1) > 40.0 && !dash_head(&p.1) {
                p.0 = Pre::Para;
            }
        }
        i = j;
    }
    // the captions of a feature's pictures, printed before its text (the pictures gone): the unpunctuated lines
    // above the first paragraph of prose, three or more, one of them a caption by its own words (a photographer's
    // credit), are all captions ("宜都高新投公司到五眼泉镇中小学开展共同缔造美好校园活动" over "…三期 徐磊 摄", fresh19 m03)
    if let Some(first) = pres
        .iter()
        .position(|p| p.0 == Pre::Para && width(&p.1) >= 40.0 && p.1.contains('。'))
    {
        let run = &pres[..first];
        let captionlike = |p: &(Pre, String, Vec<usize>, Option<String>)| {
            matches!(p.0, Pre::Cand(_) | Pre::Caption | Pre::Para)
                && !p.1.contains(['。', '，', '；', '：', ':', '！', '？'])
                && width(&p.1) <= 60.0
        };
        if run.len() >= 3 && run.iter().all(captionlike) && run.iter().any(|p| p.0 == Pre::Caption) {
            for p in &mut pres[..first] {
                p.0 = Pre::Caption;
            }
        }
    }
    // a lone short line between paragraphs, on a page whose pictures left captions, is one more caption when its words
    // are those of the paragraph just before it ("…前往东街政治生活馆开展现场教学…" over "东街政治生活馆现场教学"): a
    // heading names what follows, a caption what the text has just told
    if pres.iter().any(|p| p.0 == Pre::Caption) {
        for k in 1..pres.len().saturating_sub(1) {
            let t = &pres[k].1;
            let between = pres[k - 1].0 == Pre::Para && pres[k + 1].0 == Pre::Para;
            if !matches!(pres[k].0, Pre::Cand(false)) || !between || t.contains(['：', '，', '、', ':', '“']) {
                continue;
            }
            let han: Vec<char> = t.chars().filter(|c| is_han(*c)).collect();
            if han.len() < 6 {
                continue;
            }
            let prev = &pres[k - 1].1;
            let found = han
                .windows(2)
                .filter(|w| prev.contains(&format!("{}{}", w[0], w[1])))
                .count();
            if found * 5 >= (han.len() - 1) * 4 {
                pres[k].0 = Pre::Caption;
            }
        }
    }
    // short lines wholly in brackets, two or more in a row between paragraphs, are the labels under pictures
    // ("（示范品牌）" "（典型品牌）"): parallel short items, not notes
    let label = |p: &(Pre, String, Vec<usize>, Option<String>)| {
        let t = &p.1;
        p.0 == Pre::Para && t.starts_with('（') && t.ends_with('）') && width(t) <= 20.0 && !t.contains('。')
    };
    let mut i = 0;
    while i < pres.len() {
        let mut j = i;
        while j < pres.len() && label(&pres[j]) {
            j += 1;
        }
        // (or one alone right above a paragraph, after a caption or a paragraph: "（天水市委常委会议室）", its picture
        // gone from the copy)
        let lone = j == i + 1
            && i > 0
            && matches!(pres[i - 1].0, Pre::Para | Pre::Caption)
            && pres.get(j).is_some_and(|p| p.0 == Pre::Para && width(&p.1) >= 40.0)
            && width(&pres[i].1) >= 6.0
            && !pres[i].1.contains(['：', '，', '、']);
        if (j - i >= 2 || lone) && i > 0 && j < pres.len() {
            for p in &mut pres[i..j] {
                p.0 = Pre::Caption;
            }
        }
        i = j.max(i + 1);
    }
    // third pass: a short sentence standing alone is a paragraph without its full stop, or the caption of a
    // picture when it is a picture's event line standing next to a picture or another caption
    for k in lone_sentences(&pres) {
        let beside = |j: Option<usize>| {
            j.and_then(|j| pres.get(j))
                .is_some_and(|p| matches!(p.0, Pre::Photo | Pre::Caption))
        };
        let caption = event_line(&pres[k].1) && (beside(k.checked_sub(1)) || beside(Some(k + 1)));
        pres[k].0 = if caption { Pre::Caption } else { Pre::Para };
    }
    // event lines in a row by a picture's caption are all captions ("张部长讲解…" / "张部长在…讲解" / "红船上合影"),
    // and on a page whose pictures left captions, a short event line alone between paragraphs is one more
    // ("何秀超讲话" between two paragraphs, "会议现场" above)
    let has_caption = pres.iter().any(|p| p.0 == Pre::Caption);
    let mut changed = true;
    while changed {
        changed = false;
        for k in 0..pres.len() {
            let beside = |j: Option<usize>| {
                j.and_then(|j| pres.get(j))
                    .is_some_and(|p| matches!(p.0, Pre::Photo | Pre::Caption))
            };
            let para = |j: Option<usize>| j.and_then(|j| pres.get(j)).is_some_and(|p| p.0 == Pre::Para);
            let (before, after) = (k.checked_sub(1), Some(k + 1));
            let short = width(&pres[k].1) <= 16.0 && !pres[k].1.contains(['，', '。', '：', ':']);
            let alone = has_caption && short && para(before) && para(after);
            if matches!(pres[k].0, Pre::Para | Pre::Cand(_))
                && event_line(&pres[k].1)
                && (beside(before) || beside(after) || alone)
            {
                pres[k].0 = Pre::Caption;
                changed = true;
            }
        }
    }
    // verse-like lines: three or more short unmarked lines in a row, each set apart by a blank line, with no text
    // between them are lines of the text (a photo report's lyrical opening), not a stack of headings (the decks of
    // a newspaper headline stand on adjacent lines)
    let apart = |a: &[usize], b: &[usize]| matches!((a.last(), b.first()), (Some(x), Some(y)) if *y > x + 1);
    let mut i = 0;
    while i < pres.len() {
        let mut j = i;
        while j < pres.len() && pres[j].0 == Pre::Cand(false) && (j == i || apart(&pres[j - 1].2, &pres[j].2)) {
            j += 1;
        }
        if j - i >= 3 {
            for p in &mut pres[i..j] {
                p.0 = Pre::Para;
            }
        }
        i = j.max(i + 1);
    }
    // (or on adjacent lines right after a paragraph of the text: a WeChat post's centred lines under its opening,
    // "青春逢盛世,奮斗正當時" / "和團團一起回顧一周動態" / "走進工作亮點和特色風采吧~", fresh23 j09 — a headline's decks
    // stand over the text, never under a paragraph)
    let adjacent = |a: &[usize], b: &[usize]| matches!((a.last(), b.first()), (Some(x), Some(y)) if *y == x + 1);
    let mut i = 1;
    while i < pres.len() {
        let mut j = i;
        while j < pres.len() && pres[j].0 == Pre::Cand(false) && (j == i || adjacent(&pres[j - 1].2, &pres[j].2)) {
            j += 1;
        }
        if j - i >= 3 && pres[i - 1].0 == Pre::Para && adjacent(&pres[i - 1].2, &pres[i].2) {
            for p in &mut pres[i..j] {
                p.0 = Pre::Para;
            }
        }
        i = j.max(i + 1);
    }
    // a short label ending in a colon over a short unpunctuated line ("人民日报社：" over its slogan, in a round-up
    // of units): the label heads the section and the line under it is its subhead
    for k in 0..pres.len().saturating_sub(1) {
        let t = &pres[k].1;
        let label = matches!(pres[k].0, Pre::Para | Pre::Heading(1))
            && t.ends_with(['：', ':'])
            && width(t) <= 16.0
            && !t.contains(['，', '。', '；', '、'])
            && t.chars().any(is_han);
        if label && matches!(pres[k + 1].0, Pre::Cand(_)) {
            pres[k].0 = Pre::Heading(1);
            pres[k + 1].0 = Pre::Heading(2);
        }
    }
    // levels: unnumbered headings are level 1 until a numbered 一、 heading has been seen, level 2 after it
    let mut seen_numbered_l1 = false;
    // the last unnumbered level-1 heading, and whether the block before is that heading: an unnumbered heading right
    // under it, or one whose words are part of it ("导向功能" under "党建品牌的内涵与导向功能"), is its subheading
    let mut parent: Option<String> = None;
    let mut under_parent = false;
    // Arabic numbers are the top level only where no Chinese-numbered heading is: under 一、 or （一） they are level 2
    let has_cn = pres.iter().any(|p| matches!(p.0, Pre::Numbered(_)));
    let mut blocks: Vec<Block> = Vec::new();
    for (pre, text, nums, image) in pres {
        // (an ellipsis set off by a space after a word is a copy's truncation mark, "…每年召開全系統黨建工作會 ……": the
        // space stays, so that the text reads as cut off — see `reads_cut_off`)
        let open_ellipsis = {
            let r = text.trim_end();
            let body = r.trim_end_matches('…');
            body.len() < r.len() && body.ends_with([' ', '\u{3000}'])
        };
        let mut text = tidy_spaces(&text);
        if open_ellipsis {
            let k = text.trim_end_matches('…').len();
            if !text[..k].ends_with(' ') {
                text.insert(k, ' ');
            }
        }
        let block = match pre {
            Pre::Numbered(l) => {
                if l == 1 {
                    seen_numbered_l1 = true;
                }
                Block::new(BlockKind::Heading, Some(l), text, nums)
            }
            Pre::Heading(l) => Block::new(BlockKind::Heading, Some(l), text, nums),
            Pre::Arabic(a) => {
                let l = if has_cn || a == Arabic::Paren { 2 } else { 1 };
                Block::new(BlockKind::Heading, Some(l), text, nums)
            }
            Pre::Cand(_) | Pre::Marked => {
                // (marked headings, □ or ●, are siblings of one style: they do not nest)
                let marked = pre == Pre::Marked;
                // (a decimal number, "1.3…", "1.3.1…", numbers a section under "1、": level 2)
                let part_of_parent = parent.as_deref().is_some_and(|p| {
                    let (p, t) = (letters(p), letters(&text));
                    t.chars().count() >= 2 && p.chars().count() > t.chars().count() && p.contains(&t)
                });
                let nested = !marked && (under_parent || part_of_parent);
                let l = if seen_numbered_l1 || decimal_numbered(&text) || nested {
                    2
                } else {
                    if !marked {
                        parent = Some(text.clone());
                    }
                    1
                };
                under_parent = l == 1 && !marked;
                blocks.push(Block::new(BlockKind::Heading, Some(l), text, nums));
                continue;
            }
            Pre::Caption => Block::new(BlockKind::Caption, None, text, nums),
            Pre::Para => {
                // (the references set aside, never lost: the review shows them)
                let (text, refs) = normalize::figure_refs(&normalize::strip_image_markup(&text));
                for r in refs {
                    cx.out.dropped.push(Dropped {
                        text: r,
                        reason: m::IMAGE_PLACEHOLDER.to_string(),
                        lines: nums.clone(),
                    });
                }
                let (text, talk) = normalize::page_talk(&text);
                for t in talk {
                    cx.out.dropped.push(Dropped {
                        text: t,
                        reason: m::PAGE_TALK.to_string(),
                        lines: nums.clone(),
                    });
                }
                Block::new(BlockKind::Paragraph, None, text, nums)
            }
            Pre::Photo => {
                let mut b = Block::new(BlockKind::Photo, None, String::new(), nums);
                b.image = image;
                b
            }
        };
        blocks.push(block);
        under_parent = false;
    }
    // only level-2 headings: they are the top level
    let has_l1 = blocks.iter().any(|b| b.level == Some(1));
    if !has_l1 {
        for b in &mut blocks {
            if b.level == Some(2) {
                b.level = Some(1);
            }
        }
    }
    // a trailing attribution "（青岛日报/观海新闻记者 刘佳旎）" at the end of the last paragraph
    if let Some(last) = blocks.iter_mut().rev().find(|b| b.kind == BlockKind::Paragraph) {
        if last.text.ends_with('）') {
            if let Some(p) = last.text.rfind('（') {
                let inner = last.text[p..].to_string();
                // a name alone, or a unit and a name, closing the text: "（刘扬平）", "（图书馆 孙静蕾）"
                let named = || {
                    let bare = inner.trim_matches(['（', '）']);
                    let name = bare.rsplit(' ').next().unwrap_or("");
                    let closes = last.text[..p].ends_with(['。', '！', '？', '”']);
                    // (two writers, "（郑新培 张蝶）", are both the authors, not a unit and a name)
                    let parts: Vec<&str> = bare.split_whitespace().collect();
                    let writers = parts.len() >= 2
                        && parts
                            .iter()
                            .all(|x| byline::person_name(x) && byline::common_surname(x));
                    let name = if writers { parts.join(" ") } else { name.to_string() };
                    (closes
                        && bare.split(' ').count() <= 2
                        && byline::person_name(bare.rsplit(' ').next().unwrap_or("")))
                    .then(|| byline::Parsed {
                        author: Some(name),
                        ..Default::default()
                    })
                };
                let credit = || {
                    let closes = last.text[..p].ends_with(['。', '！', '？', '”']);
                    closing_credit(inner.trim_matches(['（', '）']))
                        .filter(|_| closes)
                        .map(|a| byline::Parsed {
                            author: Some(a),
                            ..Default::default()
                        })
                };
                let useful = |p: &byline::Parsed| {
                    p.reporter.is_some() || p.source.is_some() || p.author.is_some() || p.correspondent.is_some()
                };
                // the contributing unit after the last sentence: "…交流讨论。（文化宫支部）", "（机关党委供稿）"
                let unit = || {
                    let closes = last.text[..p].ends_with(['。', '！', '？', '”']);
                    let bare = inner.trim_matches(['（', '）']);
                    let bare = bare.strip_suffix("供稿").unwrap_or(bare);
                    (closes
                        && (3.0..=16.0).contains(&width(bare))
                        && bare.chars().all(is_han)
                        && ORG_SUFFIX.iter().any(|s| bare.ends_with(s)))
                    .then(|| byline::Parsed {
                        source: Some(bare.to_string()),
                        ..Default::default()
                    })
                };
                // a credit of labelled fields after the last sentence, the writing unit among them: "（单位：化工171、
                // 172团支部；指导老师：段文健）" (fresh23 j11; the teacher and other roles are no writers)
                let fields = || {
                    let closes = last.text[..p].ends_with(['。', '！', '？', '”']);
                    let bare = inner.trim_matches(['（', '）']);
                    let all: Vec<&str> = bare.split(['；', ';']).collect();
                    let labelled: Vec<(&str, &str)> = all.iter().filter_map(|f| f.split_once(['：', ':'])).collect();
                    let unit = labelled.iter().find(|(l, v)| {
                        matches!(l.trim(), "单位" | "單位" | "供稿单位" | "供稿單位") && !v.trim().is_empty()
                    });
                    (closes && all.len() >= 2 && labelled.len() == all.len())
                        .then_some(unit)
                        .flatten()
                        .map(|(_, v)| byline::Parsed {
                            author: Some(v.trim().to_string()),
                            ..Default::default()
                        })
                };
                if let Some(parsed) = byline::parse(&inner)
                    .filter(useful)
                    .or_else(named)
                    .or_else(credit)
                    .or_else(unit)
                    .or_else(fields)
                {
                    // (a correspondent named alone with the label counts too: "（通讯员：林小专）")
                    if parsed.reporter.is_some()
                        || parsed.source.is_some()
                        || parsed.author.is_some()
                        || parsed.correspondent.is_some()
                    {
                        let fake = Item {
                            raw: inner.clone(),
                            text: inner,
                            nums: last.lines.clone(),
                            hint: Hint::None,
                            gap_before: false,
                            indented: false,
                            after_picture: false,
                        };
                        last.text.truncate(p);
                        cx.merge_byline(parsed, &fake);
                    }
                }
            }
        }
    }
    // a credit in brackets opening a paragraph, "（通讯员 谭婷）6月20日，…" (the lead's look): byline, not text — a
    // writer named under a credit's label, the prose after it
    for b in blocks.iter_mut().filter(|b| b.kind == BlockKind::Paragraph) {
        let Some(rest) = b.text.strip_prefix(['（', '(']) else {
            continue;
        };
        let Some(close) = rest.find(['）', ')']) else {
            continue;
        };
        let inner = rest[..close].to_string();
        let after = rest[close..].trim_start_matches(['）', ')']).trim_start().to_string();
        let named = |p: &byline::Parsed| p.reporter.is_some() || p.correspondent.is_some() || p.author.is_some();
        let prose =
            after.chars().count() >= 10 && after.chars().next().is_some_and(|c| is_han(c) || c.is_ascii_digit());
        let Some(parsed) = byline::parse(&inner).filter(named).filter(|_| prose) else {
            continue;
        };
        let fake = Item {
            raw: format!("（{inner}）"),
            text: format!("（{inner}）"),
            nums: b.lines.clone(),
            hint: Hint::None,
            gap_before: false,
            indented: false,
            after_picture: false,
        };
        b.text = after;
        cx.merge_byline(parsed, &fake);
    }
    // the writers' names alone in brackets on the last line, the bracket maybe cut off by the page end: "（徐宣  徐纪"
    if let Some(last) = blocks
        .last()
        .filter(|b| b.kind == BlockKind::Paragraph && b.lines.len() == 1)
    {
        // (a character lost after the closing bracket, "（罗宗华）?", is no part of it)
        let t = last.text.trim();
        let t = if t.ends_with(['）', ')']) {
            t
        } else {
            t.strip_suffix('?').filter(|r| r.ends_with(['）', ')'])).unwrap_or(t)
        };
        let inner = t
            .strip_prefix(['（', '('])
            .map(|r| r.strip_suffix(['）', ')']).unwrap_or(r).trim());
        // (or units and then a name: "（门诊党支部 中医科 张杨）")
        let unit_like = |p: &str| {
            p.chars().all(is_han)
                && (ORG_SUFFIX.iter().any(|s| p.ends_with(s))
                    || p.ends_with(['科', '室', '处', '部', '组', '所', '院', '局', '委', '队', '站', '办']))
        };
        let names = |i: &&str| {
            let parts: Vec<&str> = i.split_whitespace().collect();
            let units_then_name = parts.len() >= 2
                && parts
                    .last()
                    .is_some_and(|p| byline::person_name(p) && byline::common_surname(p))
                && parts[..parts.len() - 1].iter().all(|p| unit_like(p));
            (1..=3).contains(&parts.len()) && (parts.iter().all(|p| byline::person_name(p)) || units_then_name)
        };
        // unbracketed after prose: a name alone ("刘洋"), or a unit and a name ("团市委 唐青"), whose name is the writer
        let after_prose = blocks.len() >= 2 && {
            let prev = &blocks[blocks.len() - 2];
            prev.kind == BlockKind::Paragraph && width(&prev.text) >= 40.0 && !reads_cut_off(&prev.text)
        };
        let signed = inner.is_none() && after_prose && width(t) <= 16.0 && {
            let parts: Vec<&str> = t.split_whitespace().collect();
            let name = parts.last().copied().unwrap_or("");
            (1..=2).contains(&parts.len())
                && byline::person_name(name)
                && byline::common_surname(name)
                && (parts.len() == 1 || unit_like(parts[0]) || parts[0].ends_with(['委', '会']))
        };
        // or a medium's name and its writers' names after a space each: "平輿融媒 常啟慧 朱青 單江坤" (a county media
        // centre's copy, fresh29 ab15): the medium is the source, the names the authors
        let media_signed = (inner.is_none() && after_prose && width(t) <= 30.0)
            .then(|| {
                let parts: Vec<&str> = t.split_whitespace().collect();
                let (medium, names) = parts.split_first()?;
                let medium_like = (2..=8).contains(&medium.chars().count())
                    && medium.chars().all(is_han)
                    && ["融媒", "融媒体", "媒体", "新闻", "新聞", "报", "報", "网", "網", "台"]
                        .iter()
                        .any(|e| medium.ends_with(e));
                let people = (1..=3).contains(&names.len())
                    && names.iter().all(|n| byline::person_name(n))
                    && names.iter().any(|n| byline::common_surname(n));
                (medium_like && people).then(|| (medium.to_string(), names.join(" ")))
            })
            .flatten();
        let media_signed = media_signed.filter(|_| cx.out.byline.author.is_none() && blocks.len() >= 2);
        let credited = inner.and_then(closing_credit);
        let author = if media_signed.is_some() {
            None
        } else if signed {
            t.split_whitespace().last().map(str::to_string)
        } else if let Some(c) = credited {
            Some(c)
        } else {
            // (a unit before the name, "（院办公室 闫曼曼）", is the writer's unit, no part of the name)
            inner.filter(names).map(|i| {
                let parts: Vec<&str> = i.split_whitespace().collect();
                match parts[..] {
                    [unit, name] if unit_like(unit) && !unit_like(name) => name.to_string(),
                    _ => i.to_string(),
                }
            })
        };
        if let Some(inner) = author {
            if cx.out.byline.author.is_none() && blocks.len() >= 2 {
                cx.out.byline.author = Some(inner.to_string());
                cx.out.byline.lines.extend(last.lines.iter().copied());
                cx.out.byline.raw.push(last.text.clone());
                blocks.pop();
            }
        } else if let Some((medium, names)) = media_signed {
            if cx.out.byline.source.is_none() {
                cx.out.byline.source = Some(medium);
            }
            cx.out.byline.author = Some(names);
            cx.out.byline.lines.extend(last.lines.iter().copied());
            cx.out.byline.raw.push(last.text.clone());
            blocks.pop();
        }
    }
    // the contributing unit alone in brackets after the text: "（泸州市龙马潭区）", "（省委省直机关工委宣传部）"
    if let Some(last) = blocks.last().filter(|b| b.kind == BlockKind::Paragraph) {
        let t = last.text.trim();
        let inner = t.strip_prefix('（').and_then(|r| r.strip_suffix('）'));
        // (a unit's contribution, "（机关党委供稿）", "（集团组织人事部 供稿）": the unit is the source)
        let inner = inner.map(|i| {
            i.strip_suffix("供稿")
                .map(str::trim_end)
                .filter(|u| width(u) >= 2.0)
                .unwrap_or(i)
        });
        // (or several units between spaces, "（党政办公室 组织部 文化旅游与公共管理学院 美术学院）")
        let one = |i: &str| width(i) <= 24.0 && width(i) >= 3.0 && i.chars().all(is_han) && !i.contains(['完', '续']);
        let unit = |i: &&str| {
            let parts: Vec<&str> = i.split_whitespace().collect();
            match parts.len() {
                1 => one(i),
                2..=5 => parts.iter().all(|p| one(p) && unit_like_end(p)),
                _ => false,
            }
        };
        if let Some(inner) = inner.filter(unit) {
            if cx.out.byline.source.is_none() && blocks.len() >= 2 {
                cx.out.byline.source = Some(inner.split_whitespace().collect::<Vec<_>>().join(" "));
                cx.out.byline.lines.extend(last.lines.iter().copied());
                cx.out.byline.raw.push(last.text.clone());
                blocks.pop();
            }
        }
    }
    // a news lead-in names the reporters: 本报讯（记者 …）
    if let Some(p) = blocks
        .iter()
        .find(|b| b.kind == BlockKind::Paragraph)
        .and_then(|b| byline::lead_in(&b.text))
    {
        let b = &mut cx.out.byline;
        if b.reporter.is_none() && b.correspondent.is_none() {
            b.reporter = p.reporter;
            b.correspondent = p.correspondent;
            // (names alone in the lead-in's brackets are the writers: "廉政中国讯（边志文 宗飞）")
            if b.author.is_none() {
                b.author = p.author;
            }
            if b.source.is_none() {
                b.source = p.source;
            }
        }
    }
    // a heading with nothing under it at the end of the write-up, as long as a sentence, is the text cut off after
    // its number ("1.各党总支、直属党支部要把评选工作作为加强支"), not a section of its own
    let prose_before = blocks.iter().rev().skip(1).any(|b| b.kind == BlockKind::Paragraph);
    // (or shorter than its parallel heads, two or more of one length before it: "三、创新活动方式，保障实效落" after
    // "一、精准锚定目标，筑牢融合根基" and "二、聚焦核心内容，彰显农垦特色")
    let cut_short = blocks.split_last().is_some_and(|(last, before)| {
        let heads: Vec<usize> = before
            .iter()
            .filter(|b| b.kind == BlockKind::Heading && b.level == last.level)
            .map(|b| b.text.chars().count())
            .collect();
        heads.len() >= 2 && heads.iter().all(|n| *n == heads[0]) && last.text.chars().count() < heads[0]
    });
    if let Some(last) = blocks.last_mut().filter(|_| prose_before) {
        if last.kind == BlockKind::Heading
            && (width(&last.text) >= 20.0 || cut_short)
            && !last.text.ends_with(['：', ':'])
        {
            last.kind = BlockKind::Paragraph;
            last.level = None;
        }
    }
    // a writer's name run into the end of the last sentence ("…营造了人人参与志愿服务的良好氛围。王晶晶"): the
    // byline's author, no text cut off (not a title such as 王书记: the next sentence's first words)
    let b = &cx.out.byline;
    if b.author.is_none() && b.reporter.is_none() && b.correspondent.is_none() {
        if let Some(last) = blocks.last_mut().filter(|l| l.kind == BlockKind::Paragraph) {
            let stop = last.text.rfind(['。', '！', '？']).map(|p| p + '。'.len_utf8());
            let tail = stop.map(|p| last.text[p..].trim().to_string()).unwrap_or_default();
            let n = tail.chars().count();
            if (2..=3).contains(&n)
                && width(&last.text) >= 40.0
                && byline::person_name(&tail)
                && byline::common_surname(&tail)
                && !tail.ends_with(['长', '记', '任', '志', '总', '席', '员', '师', '们'])
            {
                last.text.truncate(stop.unwrap_or(last.text.len()));
                cx.out.byline.author = Some(tail);
            }
        }
    }
    // the writer's credit opened in brackets after the last sentence and never closed ("…具有非常重要的积极作用。
    // （辛建翔", fresh19 m11): the byline's, not the text cut off
    if let Some(last) = blocks.last_mut().filter(|l| l.kind == BlockKind::Paragraph) {
        let stop = last.text.rfind(['。', '！', '？']).map(|p| p + '。'.len_utf8());
        if let Some(stop) = stop.filter(|_| width(&last.text) >= 40.0) {
            let tail = last.text[stop..].trim();
            let name = tail.strip_prefix(['（', '(']).map(str::trim).unwrap_or_default();
            if byline::person_name(name) && byline::common_surname(name) {
                let name = name.to_string();
                last.text.truncate(stop);
                let b = &mut cx.out.byline;
                if b.author.is_none() && b.reporter.is_none() && b.correspondent.is_none() {
                    b.author = Some(name);
                }
            }
        }
    }
    mark_cut_off(&mut blocks);
    cx.out.blocks = blocks;
}

/// Three or more Arabic-numbered lines one after another in one list (1. 2. 3. …), with no text of their own under
/// any of them, are the items of a list ("可参考以下九个方面：" over "1.强化基层党组织政治功能" … "9.促进学校事业发展"),
/// not a stack of headings: a heading has text under it.
fn bare_numbered_lists(pres: &mut [(Pre, String, Vec<usize>, Option<String>)]) {
    let mut i = 0;
    while i < pres.len() {
        let mut j = i + 1;
        while j < pres.len()
            && matches!(pres[j - 1].0, Pre::Arabic(Arabic::Dot))
            && matches!(pres[j].0, Pre::Arabic(Arabic::Dot))
            && follows_in_list(&pres[j - 1].1, &pres[j].1)
        {
            j += 1;
        }
        if j - i >= 3 {
            for p in &mut pres[i..j] {
                p.0 = Pre::Para;
            }
        }
        i = j;
    }
}

/// The writer named by a credit that closes a text, inside its brackets or alone on its line: names joined by 、
/// ("唐欣欣、王帮迎"), role words before the names ("文 王小俊 图 王小俊 审核 孙开进" → 王小俊) or after them
/// ("黄素心撰稿 周秋君摄影" → 黄素心). The writer is the name after 文/撰稿/供稿, else the first name.
fn closing_credit(inner: &str) -> Option<String> {
    const ROLES: [&str; 15] = [
        "撰稿", "供稿", "摄影", "审核", "审稿", "编辑", "责编", "初审", "复审", "复核", "终审", "文", "图", "摄", "稿",
    ];
    let writer_role = |r: &str| matches!(r, "文" | "撰稿" | "供稿" | "稿");
    // (beside a role word a name may end like a unit: "黄素心撰稿")
    let name = |t: &str| (2..=4).contains(&t.chars().count()) && t.chars().all(is_han) && byline::common_surname(t);
    let bare = inner.trim();
    if bare.contains(['、', '，', ',']) && !bare.contains(char::is_whitespace) {
        let parts: Vec<&str> = bare.split(['、', '，', ',']).collect();
        if (2..=4).contains(&parts.len()) && parts.iter().all(|p| name(p)) {
            return Some(bare.to_string());
        }
        // (commas between the credit's parts are its separators: "办公室供稿，图、文，刘建彪", fresh3 h07)
        if !bare.contains(['，', ',']) {
            return None;
        }
    }
    let mut names: Vec<(Option<&str>, String)> = Vec::new();
    let mut role: Option<&str> = None;
    let mut any_role = false;
    // (a role and its name joined by a colon: "撰稿:鲁佳佳 初审:鲁佳佳 复核:朱贤军", fresh21 o06)
    let toks = bare
        .split(|c: char| c.is_whitespace() || matches!(c, '，' | ','))
        .filter(|tok| !tok.is_empty())
        .flat_map(|tok| match tok.split_once(['：', ':']) {
            Some((r, who)) if ROLES.contains(&r) && !who.is_empty() => vec![r, who],
            _ => vec![tok],
        });
    for tok in toks {
        if let Some(r) = ROLES.iter().find(|r| tok == **r) {
            role = Some(r);
            any_role = true;
            continue;
        }
        // (roles joined by 、, "图、文": the writer's role when 文 is among them)
        let joined: Vec<&str> = tok.split('、').collect();
        if joined.len() >= 2 && joined.iter().all(|r| ROLES.contains(r)) {
            role = Some(if joined.contains(&"文") { "文" } else { joined[0] });
            any_role = true;
            continue;
        }
        // a name with its role after it: "黄素心撰稿"
        if let Some(r) = ROLES
            .iter()
            .filter(|r| r.chars().count() == 2)
            .find(|r| tok.ends_with(**r))
        {
            let who = &tok[..tok.len() - r.len()];
            // (the unit that contributed the text, "办公室供稿", names no writer)
            if *r == "供稿" && unit_like_end(who) {
                any_role = true;
                continue;
            }
            if !name(who) {
                return None;
            }
            names.push((Some(r), who.to_string()));
            any_role = true;
            continue;
        }
        // (the writer's unit or post before the first name: "科技党支部書记 黃泽文撰稿", fresh20 n05)
        let post = ["书记", "書記", "書记", "主任", "干事", "委员", "委員"]
            .iter()
            .any(|p| tok.ends_with(p));
        let unit = unit_like_end(tok) || tok.ends_with("街道");
        if names.is_empty() && role.is_none() && tok.chars().all(is_han) && (post || unit) {
            continue;
        }
        if !name(tok) {
            return None;
        }
        names.push((role.take(), tok.to_string()));
    }
    // (editors' sign-offs alone name no writer: "编辑:张素伟", "初审:… 终审:…")
    let editorial = |r: &str| matches!(r, "审核" | "审稿" | "编辑" | "责编" | "初审" | "复审" | "复核" | "终审");
    if !any_role || names.is_empty() || names.iter().all(|(r, _)| r.is_some_and(editorial)) {
        return None;
    }
    let writer = names
        .iter()
        .find(|(r, _)| r.is_some_and(writer_role))
        .unwrap_or(&names[0]);
    Some(writer.1.clone())
}

/// Marks the last block when it is a paragraph of prose that ends without terminal punctuation (the page or copy
/// was cut off mid-sentence), and no other block: called again after every correction so that the mark follows the
/// text. A closing signature line (the issuing unit, a date, a name) is no cut-off paragraph.
pub fn mark_cut_off(blocks: &mut [Block]) {
    for b in blocks.iter_mut() {
        b.cut_off = false;
    }
    // a few words of a sentence left after long prose (the copy stops at "考察组人员纷纷"): no signature, a name, a
    // unit or a date, but the start of the next sentence
    let n = blocks.len();
    let fragment = n >= 2 && {
        let (prev, last) = (&blocks[n - 2], &blocks[n - 1]);
        let t = last.text.trim();
        prev.kind == BlockKind::Paragraph
            && width(&prev.text) >= 40.0
            && prev.text.trim_end().ends_with(['。', '！', '？'])
            && (1..=9).contains(&t.chars().count())
            && t.chars().all(is_han)
            && !name_line(t)
            && !ORG_SUFFIX.iter().any(|s| t.ends_with(s))
            && !unit_like_end(t)
            && column_label(t, 9).is_none()
    };
    if let Some(last) = blocks.last_mut() {
        last.cut_off = last.kind == BlockKind::Paragraph && (reads_cut_off(&last.text) || fragment);
    }
}

/// Ends like a unit's name (…科, …部, …委): a signature, not a sentence.
/// Ends of a unit's name that a title's half does not end on (工委, 党委, 办公室, 局…; "新局", "大局" are words).
const UNIT_ENDS: [&str; 20] = [
    "工委",
    "委员会",
    "党委",
    "党组",
    "纪委",
    "县委",
    "市委",
    "区委",
    "省委",
    "组织部",
    "宣传部",
    "统战部",
    "办公室",
    "办公厅",
    "支部",
    "总支",
    "局",
    "政府",
    "法院",
    "检察院",
];

/// A unit's name alone on a line: "市级机关工委", "中共某某县委组织部", "市交通运输局机关党委".
fn unit_alone(t: &str) -> bool {
    let t = t.trim();
    (4.0..=20.0).contains(&width(t))
        && t.chars().all(|c| is_han(c) || matches!(c, '（' | '）'))
        && UNIT_ENDS.iter().any(|e| t.ends_with(e))
        && !["新局", "大局", "格局", "开局", "全局", "布局", "变局", "结局"]
            .iter()
            .any(|w| t.ends_with(w))
}

/// A short label and its colon, then a unit's name and nothing else: "提交医院：重庆大学附属肿瘤医院" → the unit.
fn unit_field(t: &str) -> Option<String> {
    let (label, value) = t.split_once(['：', ':'])?;
    let (label, value) = (label.trim(), value.trim());
    let n = label.chars().count();
    ((2..=4).contains(&n)
        && label.chars().all(is_han)
        && (4..=20).contains(&value.chars().count())
        && value.chars().all(|c| is_han(c) || matches!(c, '（' | '）'))
        && unit_like_end(value))
    .then(|| value.to_string())
}

fn unit_like_end(t: &str) -> bool {
    t.ends_with([
        '科', '室', '处', '部', '组', '所', '院', '局', '委', '队', '站', '会', '办', '厅', '社', '网', '报', '校',
        '司', '村', '镇', '街', '心', '支',
    ])
}

/// True when a text that closes a write-up stops mid-sentence: prose without terminal punctuation, not a
/// signature line (the issuing unit, a date, a name). The one test, shared with preflight.
pub fn reads_cut_off(text: &str) -> bool {
    // a paper's pointer to the rest of the story after the last sentence ("…胜利召开！ 详见P7", "（下转第3版）") is no
    // part of it
    let t = without_page_pointer(text);
    let ends = t.ends_with([
        '。', '！', '？', '!', '?', '…', '”', '’', '」', '』', '）', ')', '】', '》', '.', '；', '~', '～',
    ]);
    // a closing quote ends a sentence only after its own stop ("…去做。”"); after a word ("…使用“安全账户”") the
    // sentence goes on, in prose of a clause's length ("…落地使得“全面从严治党永远在路上”", fresh20 n15)
    let mut back = t.chars().rev();
    let quote_mid = matches!(back.next(), Some('”' | '’' | '」' | '』'))
        && back.next().is_some_and(|c| is_han(c) || c.is_ascii_alphanumeric())
        && width(t) >= 20.0;
    let ends = ends && !quote_mid;
    // a sentence under way, not a signature line (the issuing unit, a date, a name)
    let date = byline::find_date(t).is_some_and(|(_, n)| n * 2 >= t.chars().count());
    let unit = ORG_SUFFIX.iter().any(|s| t.ends_with(s)) && !t.contains(['，', '。']);
    let prose = width(t) >= 40.0 || (width(t) >= 10.0 && !date && !unit && !name_line(t));
    // a numbered item of a list of sentences stops mid-sentence however short it is ("6、组"), and a number alone
    // ("2.") is an item cut off before its first word
    let bare_number = arabic_number(t).is_some() && t.chars().filter(|c| !c.is_ascii_digit()).count() == 1;
    // and a title left open however short ("《河北省保定市直機": the last item of a list of works, cut inside its 《》)
    let open_title = t.matches('《').count() > t.matches('》').count();
    // (a copy's truncation mark, an ellipsis set off by a space after a word: "…大力推 ……" stops where the copy
    // stopped, fresh27 e05, fresh28 aa10; an ellipsis right after the words, "…話發展護平安……", closes a list)
    let truncated = {
        let body = t.trim_end_matches('…');
        body.len() < t.len() && body.ends_with(' ') && body.trim_end().chars().last().is_some_and(is_han)
    };
    bare_number || (truncated && prose) || (!ends && (prose || open_title || arabic_number(t).is_some()))
}

/// A text without the paper's pointer to a page that ends it ("…胜利召开！ 详见P7" → "…胜利召开！", "（下转第3版）"):
/// on a board there is no page 7. Shared with layout, which prints the text without it.
pub fn without_page_pointer(text: &str) -> &str {
    let t = text.trim_end();
    let pointer_at = POINTER_WORDS
        .iter()
        .filter_map(|w| t.rfind(w))
        .map(|i| {
            t[..i]
                .rfind(['（', '('])
                .filter(|b| t[*b..i].trim().is_empty())
                .unwrap_or(i)
        })
        .find(|&i| page_pointer(&t[i..]));
    pointer_at.map_or(t, |i| t[..i].trim_end())
}

/// A paper's pointer to a page: "详见P7", "详见第7版", "（下转第3版）", "转A2版".
const POINTER_WORDS: [&str; 7] = ["详见", "詳見", "下转", "下轉", "转", "轉", "接"];

fn page_pointer(t: &str) -> bool {
    let t = t.trim().trim_matches(['（', '）', '(', ')']);
    let Some(rest) = POINTER_WORDS.iter().find_map(|w| t.strip_prefix(w)) else {
        return false;
    };
    let rest = rest.trim_start_matches('第');
    let page = rest
        .strip_prefix(['P', 'p'])
        .or_else(|| rest.strip_suffix('版'))
        .map(|n| n.trim_start_matches(|c: char| c.is_ascii_uppercase()));
    page.is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
}

/// Structures pasted plain text.
pub fn structure_text(text: &str, opts: &Options) -> WriteUp {
    structure(lines_of(text), false, opts)
}
