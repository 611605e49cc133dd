//! Parses byline lines in their many forms (□记者…通讯员…, 作者：发布时间：点击率：, 信息来源…发布日期…, 来源：,
//! a dateline "2021-02-23 06:42 青岛日报", a trailing "（…记者 刘佳旎）") into fields, and dates into ISO form.
//!
//! This module owns the byline vocabulary; it must not decide where in the document a byline may stand.

use crate::normalize::{is_han, tidy_spaces, width};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Field {
    Source,
    Author,
    Reporter,
    Correspondent,
    Date,
    Extra,
}

/// The fields found on one byline line.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Parsed {
    pub source: Option<String>,
    pub author: Option<String>,
    pub reporter: Option<String>,
    pub correspondent: Option<String>,
    pub date: Option<String>,
    /// Parts that are not kept as fields (点击率：0…), to be shown as dropped.
    pub extras: Vec<String>,
}

// (label, field, needs a separator after it)
const LABELS: &[(&str, Field, bool)] = &[
    ("信息来源", Field::Source, true),
    // one label for both: "来源(作者):南宁市档案馆 粟盛民" (fresh26 i14; the unit is the source, the name the author)
    ("来源(作者)", Field::Source, true),
    ("来源（作者）", Field::Source, true),
    ("來源（作者）", Field::Source, true),
    // the issuing department of a unit's own page: "发文部门:第二党支部" (fresh15 c05)
    ("发文部门", Field::Source, true),
    ("發文部門", Field::Source, true),
    ("发布部门", Field::Source, true),
    ("發布部門", Field::Source, true),
    ("文章来源", Field::Source, true),
    ("文章來源", Field::Source, true),
    ("稿件来源", Field::Source, true),
    ("新闻来源", Field::Source, true),
    ("新聞來源", Field::Source, true),
    ("信息來源", Field::Source, true),
    ("来源", Field::Source, true),
    ("转载自", Field::Source, true),
    ("转自", Field::Source, true),
    ("轉載自", Field::Source, true),
    ("轉自", Field::Source, true),
    ("稿源", Field::Source, true),
    ("來源", Field::Source, true),
    ("出处", Field::Source, true),
    ("文章出处", Field::Source, true),
    ("文章出處", Field::Source, true),
    ("供稿审核", Field::Extra, true),
    ("责任编辑", Field::Extra, true),
    ("責任編輯", Field::Extra, true),
    ("审核人", Field::Extra, true),
    ("審核人", Field::Extra, true),
    ("选稿", Field::Extra, true),
    ("選稿", Field::Extra, true),
    ("一审", Field::Extra, true),
    ("二审", Field::Extra, true),
    ("三审", Field::Extra, true),
    ("责编", Field::Extra, true),
    ("初审", Field::Extra, true),
    ("复审", Field::Extra, true),
    ("终审", Field::Extra, true),
    ("审核", Field::Extra, true),
    ("審核", Field::Extra, true),
    ("作者", Field::Author, true),
    ("撰稿人", Field::Author, true),
    ("撰稿", Field::Author, true),
    ("撰文", Field::Author, true),
    ("供稿人", Field::Author, true),
    ("供稿", Field::Author, true),
    // credits of text and pictures together: 文、摄：…, 图文：… (before 文 and 图 alone)
    ("文、摄", Field::Author, true),
    ("文、攝", Field::Author, true),
    ("文、图", Field::Author, true),
    // (the slash is the separator: a pictograph or a space may follow, "文/图🖊 李金秋")
    ("文/图", Field::Author, false),
    ("图/文", Field::Author, false),
    ("文／图", Field::Author, false),
    ("图／文", Field::Author, false),
    ("图、文", Field::Author, true),
    ("圖、文", Field::Author, true),
    ("文、圖", Field::Author, true),
    ("图文", Field::Author, true),
    // (the two roles in the other order, the space between them gone: "（文 图/何世桢）" → "（文图/何世桢）", fresh31 ad05)
    ("文图", Field::Author, true),
    ("文圖", Field::Author, true),
    ("圖文", Field::Author, true),
    // the clerk who posted the page, not the author
    ("发布者", Field::Extra, true),
    ("发布人", Field::Extra, true),
    ("發布者", Field::Extra, true),
    ("發布人", Field::Extra, true),
    ("文", Field::Author, true),
    ("见习记者", Field::Reporter, false),
    ("見習記者", Field::Reporter, false),
    ("記者", Field::Reporter, false),
    ("记者", Field::Reporter, false),
    ("通讯员", Field::Correspondent, false),
    ("实习生", Field::Extra, false),
    ("實習生", Field::Extra, false),
    ("通訊員", Field::Correspondent, false),
    ("发布日期", Field::Date, true),
    ("发布时间", Field::Date, true),
    ("發布日期", Field::Date, true),
    ("發布時間", Field::Date, true),
    ("更新时间", Field::Date, true),
    ("更新日期", Field::Date, true),
    ("更新時間", Field::Date, true),
    ("发表时间", Field::Date, true),
    // a content system's stamp: "加入时间:2016-10-09", "录入时间:…" (fresh24 l18 had read "张红霞 加入" as the writer)
    ("加入时间", Field::Date, true),
    ("录入时间", Field::Date, true),
    ("添加时间", Field::Date, true),
    ("发表于", Field::Date, true),
    ("發表於", Field::Date, true),
    ("发文日期", Field::Date, true),
    ("成文日期", Field::Date, true),
    ("日期", Field::Date, true),
    ("时间", Field::Date, true),
    ("時間", Field::Date, true),
    // a read-aloud widget among the fields: "作者:  语音阅读:"
    ("语音阅读", Field::Extra, true),
    ("語音閱讀", Field::Extra, true),
    ("点击率", Field::Extra, true),
    ("点击数", Field::Extra, true),
    ("点击次数", Field::Extra, true),
    ("阅读次数", Field::Extra, true),
    ("点击量", Field::Extra, true),
    ("點擊率", Field::Extra, true),
    ("点击", Field::Extra, true),
    ("浏览次数", Field::Extra, true),
    ("浏览量", Field::Extra, true),
    ("浏览", Field::Extra, true),
    ("瀏覽次數", Field::Extra, true),
    ("瀏覽", Field::Extra, true),
    ("閱讀", Field::Extra, true),
    ("點擊", Field::Extra, true),
    ("阅读量", Field::Extra, true),
    ("阅读数", Field::Extra, true),
    ("阅读", Field::Extra, true),
    ("访问量", Field::Extra, true),
    ("字号", Field::Extra, true),
    ("字體", Field::Extra, true),
    ("字体", Field::Extra, true),
    ("编辑", Field::Extra, true),
    ("摄影", Field::Extra, true),
    ("摄像", Field::Extra, true),
    ("攝像", Field::Extra, true),
    ("网络编辑", Field::Extra, true),
    ("網絡編輯", Field::Extra, true),
    ("攝影", Field::Extra, true),
    ("摄", Field::Extra, true),
    ("攝", Field::Extra, true),
    ("图", Field::Extra, true),
    ("圖", Field::Extra, true),
    // the reviewer of a credit line: "图文/姚红 审/唐圣琴"
    ("审", Field::Extra, true),
    ("審", Field::Extra, true),
];

/// Role words of a credit that may stand before the names without a separator (摄影 通讯员 …).
const CREDIT_ROLES: [char; 6] = ['摄', '攝', '影', '图', '圖', '文'];

fn is_sep(c: char) -> bool {
    matches!(c, '：' | ':' | '/' | '／' | '｜' | '|')
}

fn boundary(prev: Option<char>) -> bool {
    match prev {
        None => true,
        Some(c) => matches!(
            c,
            ' ' | '□' | '■' | '◎' | '|' | '｜' | '】' | '（' | '(' | '[' | '【' | '丨'
        ),
    }
}

struct Hit {
    start: usize,
    end: usize,
    field: Field,
    label: &'static str,
}

fn find_labels(chars: &[char]) -> Vec<Hit> {
    let mut hits = Vec::new();
    let mut i = 0;
    'outer: while i < chars.len() {
        for (label, field, needs_sep) in LABELS {
            let lc: Vec<char> = label.chars().collect();
            if chars.len() >= i + lc.len() && chars[i..i + lc.len()] == lc[..] {
                let mut end = i + lc.len();
                // optional spaces before the separator
                let mut k = end;
                while k < chars.len() && chars[k] == ' ' {
                    k += 1;
                }
                let prev = if i > 0 { Some(chars[i - 1]) } else { None };
                // a label in brackets, "[发表时间]:" or "【来源】": the closing bracket ends it (a separator may follow)
                let in_brackets = matches!(prev, Some('[' | '【')) && k < chars.len() && matches!(chars[k], ']' | '】');
                if in_brackets {
                    k += 1;
                    while k < chars.len() && chars[k] == ' ' {
                        k += 1;
                    }
                    if k < chars.len() && is_sep(chars[k]) {
                        k += 1;
                    }
                }
                // (a date's label set off from its date by a space alone: "发布日期 2019-09-21字号调整", fresh31 ad05)
                let spaced_date = *field == Field::Date && k > end && starts_with_date(&chars[k..]).is_some();
                let has_sep = in_brackets || spaced_date || k < chars.len() && is_sep(chars[k]);
                // after a first label, the spaces between fields may be gone ("文：王文诗图：汤誉沣",
                // "余麗英圖/湯丹審/劉婷"): a colon or a slash right after the label is enough
                let colon = k < chars.len() && matches!(chars[k], '：' | ':' | '/' | '／');
                // a field word with a short qualifier before it at the start of the line is the label too:
                // "发文时间：", "资料来源：", "刊发日期：" (one or two characters, nothing before them)
                // (a date label so qualified must be followed by a date: "会议时间：上午" is a sentence's)
                let value_start = (k + 1..chars.len()).find(|&j| chars[j] != ' ').unwrap_or(chars.len());
                let qualified = hits.is_empty()
                    && has_sep
                    && (1..=2).contains(&i)
                    && chars[..i].iter().all(|c| is_han(*c))
                    && label.chars().count() == 2
                    && match *field {
                        Field::Source => true,
                        // (a stamp of the page's own is no publication date: "归档时间:2024/2/27 12:33:21")
                        Field::Date => {
                            let q: String = chars[..i].iter().collect();
                            starts_with_date(&chars[value_start..]).is_some()
                                && !matches!(q.as_str(), "归档" | "歸檔" | "打印" | "访问" | "訪問")
                        }
                        // (an author's field left empty before the next field: "新闻作者:    发布时间:…")
                        Field::Author => {
                            let rest: String = chars[value_start..].iter().collect();
                            rest.is_empty() || LABELS.iter().any(|(l, _, _)| rest.starts_with(l))
                        }
                        _ => false,
                    };
                let ok = if *needs_sep {
                    has_sep && (boundary(prev) || (!hits.is_empty() && colon) || qualified)
                } else {
                    true
                };
                if !ok {
                    continue;
                }
                if in_brackets || spaced_date {
                    end = k;
                } else if has_sep {
                    end = k + 1;
                }
                hits.push(Hit {
                    start: if in_brackets {
                        i - 1
                    } else if qualified && !boundary(prev) {
                        0
                    } else {
                        i
                    },
                    end,
                    field: *field,
                    label,
                });
                i = end;
                continue 'outer;
            }
        }
        i += 1;
    }
    hits
}

fn starts_with_date(chars: &[char]) -> Option<usize> {
    // YYYY-MM-DD, YYYY/M/D, YYYY.M.D, YYYY年M月D日, optionally followed by a time hh:mm(:ss)
    let s: String = chars.iter().collect();
    let (_, len) = find_date(&s)?;
    if !s.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let mut end = len;
    // time
    let rest: Vec<char> = chars[end..].to_vec();
    let mut k = 0;
    while k < rest.len() && rest[k] == ' ' {
        k += 1;
    }
    let t0 = k;
    while k < rest.len() && (rest[k].is_ascii_digit() || rest[k] == ':' || rest[k] == '：') {
        k += 1;
    }
    if k > t0 && rest[t0..k].iter().any(|c| *c == ':' || *c == '：') {
        end += k;
    }
    Some(end)
}

/// A reporter's qualifier that a page may run into the medium's name ("兰州日报社全媒体记者…", "隨州日報全媒記者 …").
const REPORTER_QUALIFIERS: [&str; 9] = [
    "全媒体",
    "全媒體",
    "融媒体",
    "融媒體",
    "全媒",
    "融媒",
    "特约",
    "特約",
    "首席",
];

/// A publication time printed on a line that is otherwise chrome ("http://www.scjgdj.gov.cn/  (2023-01-05 09:45:05)"):
/// the first date that carries a time of day, as printed.
pub fn printed_date_time(s: &str) -> Option<String> {
    let chars: Vec<char> = s.chars().collect();
    (0..chars.len())
        .filter(|&i| chars[i].is_ascii_digit() && (i == 0 || !chars[i - 1].is_ascii_digit()))
        .find_map(|i| {
            let end = starts_with_date(&chars[i..])?;
            let printed: String = chars[i..i + end].iter().collect();
            let printed = printed.trim();
            printed.contains([':', '：']).then(|| printed.to_string())
        })
}

/// Finds the first date with a year in `s`: returns ("YYYY-MM-DD", length in chars of the printed date starting at
/// the beginning of `s` when it starts there, else 0).
pub fn find_date(s: &str) -> Option<(String, usize)> {
    let chars: Vec<char> = s.chars().collect();
    for i in 0..chars.len() {
        if i > 0 && chars[i - 1].is_ascii_digit() {
            continue;
        }
        if let Some((iso, len)) = date_at(&chars[i..]) {
            return Some((iso, if i == 0 { len } else { 0 }));
        }
    }
    None
}

/// A date of ten characters, its day of two digits, with more digits glued after it ("2023-12-221225": a view count
/// run into the date's field).
fn glued_counter(vc: &[char]) -> bool {
    let sep = |c: &char| matches!(c, '-' | '/' | '.');
    vc.len() > 10
        && vc[..4].iter().all(char::is_ascii_digit)
        && sep(&vc[4])
        && vc[7] == vc[4]
        && vc[5..7].iter().chain(&vc[8..10]).all(char::is_ascii_digit)
        && vc[10..].iter().all(char::is_ascii_digit)
        && date_at(&vc[..10]).is_some()
}

fn digits(chars: &[char], max: usize) -> (u32, usize) {
    let mut v = 0u32;
    let mut n = 0;
    while n < chars.len() && n < max && chars[n].is_ascii_digit() {
        v = v * 10 + chars[n].to_digit(10).unwrap_or(0);
        n += 1;
    }
    (v, n)
}

fn date_at(chars: &[char]) -> Option<(String, usize)> {
    let (y, n) = digits(chars, 4);
    if n != 4 || !(1949..=2100).contains(&y) {
        return day_first(chars);
    }
    let mut i = 4;
    let sep = *chars.get(i)?;
    if !matches!(sep, '-' | '/' | '.' | '年') {
        return None;
    }
    i += 1;
    let (m, n) = digits(&chars[i..], 2);
    if n == 0 || !(1..=12).contains(&m) {
        return None;
    }
    i += n;
    let sep2 = *chars.get(i)?;
    let ok = match sep {
        '年' => sep2 == '月',
        s => sep2 == s,
    };
    if !ok {
        return None;
    }
    i += 1;
    let (d, n) = digits(&chars[i..], 2);
    if n == 0 || !(1..=31).contains(&d) {
        return None;
    }
    i += n;
    if sep == '年' && chars.get(i) == Some(&'日') {
        i += 1;
    }
    if chars.get(i).is_some_and(|c| c.is_ascii_digit()) {
        return None;
    }
    Some((format!("{y:04}-{m:02}-{d:02}"), i))
}

/// A date printed day first with dots or slashes, "26.07.2014" (some sites' templates).
fn day_first(chars: &[char]) -> Option<(String, usize)> {
    let (d, n1) = digits(chars, 2);
    let sep = *chars.get(n1)?;
    if n1 == 0 || !(1..=31).contains(&d) || !matches!(sep, '.' | '/') {
        return None;
    }
    let (m, n2) = digits(&chars[n1 + 1..], 2);
    let i = n1 + 1 + n2;
    if n2 == 0 || !(1..=12).contains(&m) || chars.get(i) != Some(&sep) {
        return None;
    }
    let (y, n3) = digits(&chars[i + 1..], 4);
    let end = i + 1 + n3;
    if n3 != 4 || !(1949..=2100).contains(&y) || chars.get(end).is_some_and(|c| c.is_ascii_digit()) {
        return None;
    }
    Some((format!("{y:04}-{m:02}-{d:02}"), end))
}

/// The ISO date (YYYY-MM-DD) of a printed date, when the year is there.
pub fn date_iso(s: &str) -> Option<String> {
    find_date(s).map(|(iso, _)| iso)
}

/// The text without bracket pairs that hold nothing but spaces ("王向阳 【 】").
fn without_empty_brackets(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        let close = match chars[i] {
            '【' => Some('】'),
            '[' => Some(']'),
            '（' => Some('）'),
            '(' => Some(')'),
            _ => None,
        };
        if let Some(close) = close {
            let mut j = i + 1;
            while j < chars.len() && chars[j].is_whitespace() {
                j += 1;
            }
            if chars.get(j) == Some(&close) {
                i = j + 1;
                continue;
            }
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

/// What page templates print where no source or author was given: no value.
const PLACEHOLDERS: [&str; 17] = [
    "佚名",
    "未知",
    // "来源：网站原创": the page's own site, named nowhere (and "来源：本站", fresh25 m13; "来源: 原创", fresh28 aa04)
    "原创",
    "原創",
    "网站原创",
    "本站原创",
    "本站",
    "网友投稿",
    "網友投稿",
    "网络",
    "互联网",
    // a medium's own word before the next label ("作者:本报记者 …") names no one
    "本报",
    "本報",
    "本网",
    "本網",
    "本刊",
    "本台",
];

fn clean_value(v: &[char]) -> Option<String> {
    // a field of the page's own after the value, with a label this parser does not know ("乐清日报  发布开发区：浙江
    // 乐清经济开发区"), is no part of it: the value ends at the space before a short label and its colon
    let cut = (1..v.len()).find(|&i| {
        v[i - 1] == ' '
            && v[i] != ' '
            && (2..=6).any(|n| {
                v.get(i + n).is_some_and(|c| matches!(c, '：' | ':')) && v[i..i + n].iter().all(|c| is_han(*c))
            })
    });
    let v = &v[..cut.unwrap_or(v.len())];
    let s: String = v.iter().collect();
    // empty brackets left by a page template ("王向阳【】") say nothing
    let s = without_empty_brackets(&s);
    // a pictograph a page sets before the names ("文/图🖊 李金秋") is no part of them
    let s = s.trim_start_matches(|c: char| (c as u32) >= 0x1F000 || ('\u{2600}'..='\u{27BF}').contains(&c));
    // separators left at either end ("张莎莎；" before 一审：…, "李玮；", "通讯员 - 胡晓庆") are no part of it
    let s = s.trim_matches(|c: char| matches!(c, ' ' | '|' | '｜' | '丨' | '　' | '，' | ',' | '；' | ';' | '-' | '—'));
    let s = tidy_spaces(s);
    if s.is_empty() || PLACEHOLDERS.contains(&s.as_str()) {
        None
    } else {
        Some(s)
    }
}

/// Names without a closing 报道 and the place before it: "丁斯斯 长沙报道" → "丁斯斯", "趙磊 報道" → "趙磊".
fn without_report_word(v: &str) -> String {
    let Some(head) = v.strip_suffix("报道").or_else(|| v.strip_suffix("報道")) else {
        return v.to_string();
    };
    let head = head.trim_end();
    match head.rfind(' ') {
        // a place of two to four characters after the names: "丁斯斯 长沙"
        Some(p)
            if v[..p].trim().chars().count() >= 2
                && (2..=4).contains(&head[p + 1..].chars().count())
                && !v.ends_with(" 报道")
                && !v.ends_with(" 報道") =>
        {
            head[..p].trim().to_string()
        }
        _ => head.to_string(),
    }
}

/// A page's counter of views or clicks, with its figure or without: "浏览次数", "浏览(", "点击:[]", "阅读：126".
fn counter(t: &str) -> bool {
    const WORDS: [&str; 10] = [
        "浏览", "瀏覽", "点击", "點擊", "阅读", "閱讀", "访问", "訪問", "人气", "人氣",
    ];
    let t = t.trim();
    WORDS.iter().any(|w| {
        t.strip_prefix(w).is_some_and(|rest| {
            let rest = rest.trim_start_matches(['次', '数', '數', '量', '率']);
            rest.chars()
                .all(|c| c.is_ascii_digit() || " ：:()（）[]【】次".contains(c))
        })
    })
}

fn names_like(v: &str) -> bool {
    let w = width(v);
    (2.0..=16.0).contains(&w) && v.chars().all(|c| is_han(c) || matches!(c, ' ' | '、' | '·' | '，'))
}

/// Parses one line (after light cleaning) as a byline. Returns `None` when it is not one.
/// The reporters named in a news lead-in at the start of a paragraph: "本报讯（记者 林宗楷 实习生 郑仲宇）昨天，…",
/// "宜都融媒讯(记者 江传堃)4月27日，…", "新华社北京5月4日电（记者 …）". The paragraph keeps its text.
pub fn lead_in(text: &str) -> Option<Parsed> {
    let chars: Vec<char> = text.chars().collect();
    // a credit in brackets opening the text: "【全媒体记者 胡强 通讯员 吴竹子】赓续红色精神，…", "（记者 文琰）9月12日，…"
    if matches!(chars.first(), Some('【' | '［' | '（' | '(')) {
        let close = chars
            .iter()
            .take(40)
            .position(|c| matches!(c, '】' | '］' | '）' | ')'))?;
        let inner: String = chars[1..close].iter().collect();
        let p = parse(&inner)?;
        return (p.reporter.is_some() || p.correspondent.is_some()).then_some(p);
    }
    // a medium's name right before the credit, without 讯 (after the portal that reposts it): "中国徐州网-徐州日报（记者
    // 郑薇 通讯员 王晶 常惟茜）日前，…"
    if let Some(open) = chars.iter().take(24).position(|c| matches!(c, '（' | '(')) {
        let before: String = chars[..open].iter().collect();
        let name = before.rsplit(['-', '－', '—', ' ']).next().unwrap_or_default();
        let name_chars: Vec<char> = name.chars().collect();
        let close = chars[open..].iter().take(40).position(|c| matches!(c, '）' | ')'));
        if let Some(close) = close.filter(|_| medium_before(&name_chars, false).as_deref() == Some(name)) {
            let inner: String = chars[open + 1..open + close].iter().collect();
            if let Some(mut p) = parse(&inner).filter(|p| p.reporter.is_some() || p.correspondent.is_some()) {
                p.source = Some(name.to_string());
                return Some(p);
            }
        }
    }
    // (or 消息 after the paper's or site's own name: "本网消息（通讯员罗中华 刘海燕）为…")
    let own_news = (0..chars.len().min(24).saturating_sub(1))
        .find(|&k| chars[k] == '消' && chars[k + 1] == '息' && chars.first() == Some(&'本') && (2..=4).contains(&k));
    let head = own_news.map(|k| k + 1).or_else(|| {
        chars
            .iter()
            .take(24)
            .position(|c| matches!(c, '讯' | '訊' | '电' | '電'))
    })?;
    let mut i = head + 1;
    while chars.get(i) == Some(&' ') {
        i += 1;
    }
    let inner: String = if matches!(chars.get(i), Some('（' | '(')) {
        let close = chars[i..].iter().take(40).position(|c| matches!(c, '）' | ')'))? + i;
        // (a credit asks nothing: a question mark in it is a space lost to the page's encoding, "通訊員? 孫守華")
        let inner: String = chars[i + 1..close]
            .iter()
            .map(|c| if matches!(c, '?' | '？') { ' ' } else { *c })
            .collect();
        // a unit contributing the text: "校新闻网讯(政府管理学院供稿)" (fresh26 i03; the unit is the source, as
        // "（机关党委供稿）" after the text is)
        if let Some(unit) = inner.trim().strip_suffix("供稿").map(str::trim) {
            if unit.chars().count() >= 3 && unit.chars().all(is_han) && unit_end(unit) {
                return Some(Parsed {
                    source: Some(unit.to_string()),
                    ..Parsed::default()
                });
            }
        }
        // names alone in the brackets are the writers: "廉政中国讯（边志文 宗飞）"
        let mut names: Vec<&str> = inner.split_whitespace().collect();
        // (after the writers' unit: "本网讯（行政二党支部 汪琳）")
        if names.len() >= 2 && unit_end(names[0]) && !person_name(names[0]) {
            names.remove(0);
        }
        // (a rarer surname among them, "（谭伟旗 代金元）" after a wire's 电, fresh22 r11: names of two or three
        // characters, one at least after a common surname, and no credit's label among them)
        let rarer = names
            .iter()
            .all(|n| person_name(n) && (2..=3).contains(&n.chars().count()))
            && names.iter().any(|n| common_surname(n))
            && parse(&inner).is_none();
        let all_common = names.iter().all(|n| person_name(n) && common_surname(n));
        if !names.is_empty() && names.len() <= 4 && (all_common || rarer) {
            let mut p = Parsed {
                author: Some(names.join(" ")),
                ..Parsed::default()
            };
            p.source = medium_before(&chars[..head], true);
            return Some(p);
        }
        inner
    } else if let Some(credit) = spaced_credit(&chars[i..]) {
        credit
    } else {
        // without brackets the credit closes with 报道 and a colon: "本網訊通訊員白涵報道：近日，…"
        let rest: String = chars[i..chars.len().min(i + 30)].iter().collect();
        let end = rest.find("报道").or_else(|| rest.find("報道"))?;
        let after = rest[end + "报道".len()..].chars().next();
        if !matches!(after, Some('：' | ':')) {
            return None;
        }
        rest[..end + "报道".len()].to_string()
    };
    let mut p = parse(&inner)?;
    if let Some(m) = medium_before(&chars[..head], false) {
        p.source = Some(m);
    }
    (p.reporter.is_some() || p.correspondent.is_some()).then_some(p)
}

/// A credit without brackets between spaces after 讯: "記者邢東偉 翟小功" in "法治日報訊 記者邢東偉 翟小功 近日，…"
/// (fresh19 m07): a reporter's or correspondent's label run into a name, more names alone, then the text.
fn spaced_credit(chars: &[char]) -> Option<String> {
    let rest: String = chars.iter().take(40).collect();
    let mut tokens = rest.split(' ');
    let first = tokens.next()?;
    let name = ["记者", "記者", "通讯员", "通訊員"]
        .iter()
        .find_map(|l| first.strip_prefix(l))?;
    if !(person_name(name) && common_surname(name)) {
        return None;
    }
    let mut credit = vec![first];
    for t in tokens {
        if person_name(t) && common_surname(t) {
            credit.push(t);
        } else {
            // (the text follows, after the names)
            return t.chars().any(is_han).then(|| credit.join(" "));
        }
    }
    None
}

/// The medium before 讯/电 of a lead-in is the source: "萧山日报讯", "中国甘肃网7月26日讯" (本报, 本网… are none);
/// with `bare`, a name without its kind right before 讯 too ("廉政中国讯", when writers' names follow, not a
/// county media centre's reporters: "宜都融媒讯（记者…）").
fn medium_before(chars: &[char], bare: bool) -> Option<String> {
    let before: String = chars.iter().collect();
    // a dateline "红网时刻岳阳8月3日讯": the medium, the place (two characters) and the date; the medium's name holds
    // its kind inside ("红网时刻")
    if let Some(head) = before
        .strip_suffix('日')
        .map(|h| h.trim_end_matches(|c: char| c.is_ascii_digit() || c == '月'))
    {
        let n = head.chars().count();
        let medium: String = head.chars().take(n.saturating_sub(2)).collect();
        let plain = medium_before(&head.chars().collect::<Vec<_>>(), false);
        if plain.as_ref().is_none_or(|m| m.chars().count() < 3)
            && head.len() < before.len()
            && (3..=8).contains(&medium.chars().count())
            && medium.chars().all(is_han)
            && medium.contains(['网', '網', '报', '報', '台', '社'])
            && !medium.starts_with('本')
        {
            return Some(medium);
        }
    }
    let medium = match before.rfind(['报', '報', '网', '網', '台', '社']) {
        Some(end) => before[..end + before[end..].chars().next().map_or(0, char::len_utf8)].to_string(),
        None if bare => before.clone(),
        None => return None,
    };
    let n = medium.chars().count();
    ((3..=10).contains(&n) && medium.chars().all(is_han) && !medium.starts_with('本')).then_some(medium)
}

/// A personal name: two to four Chinese characters that do not end like a unit, a medium or a column (人民网,
/// 学习时报, 新华社, 宣传部).
pub(crate) fn person_name(t: &str) -> bool {
    let n = t.chars().count();
    // (an editor's note's label is no name: "编前语" under a headline had been taken for its author, fresh26 i04)
    let note = matches!(t, "编前语" | "編前語" | "编者按" | "編者按" | "编后语" | "編後語");
    (2..=4).contains(&n) && t.chars().all(is_han) && !unit_end(t) && !weekday(t) && !note
}

/// A day of the week alone ("星期一", "禮拜三"): an e-paper reader's date widget, never a name. (周一 alone may head
/// a day of a weekly plan.)
pub(crate) fn weekday(t: &str) -> bool {
    let t = t.trim();
    ["星期", "礼拜", "禮拜"].iter().any(|p| {
        t.strip_prefix(p)
            .is_some_and(|d| matches!(d, "一" | "二" | "三" | "四" | "五" | "六" | "日" | "天"))
    })
}

/// The most common Chinese surnames (simplified and traditional forms), for names run together without spaces.
const COMMON_SURNAMES: &str = "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閻段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯常温溫康施文牛樊葛邢安齐齊易乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹申欧歐耿关關兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌毕畢单單季裴霍涂成苗谷盛曲翁冉骆駱蓝藍路游辛靳管柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解牟艾尤阳陽时時穆农農司卓古吉缪繆简簡车車项項连連芦蘆麦麥褚娄婁窦竇戚岑景党黨宫宮费費卜冷晏席卫衛米柏宗瞿桂全佟应應臧闵閔苟邬鄔边邊卞姬师師和仇栾欒隋商刁沙荣榮巫寇桑郎甄丛叢仲虞敖巩鞏明佘池查麻苑迟遲邝鄺";

/// Whether a name starts with one of the most common surnames.
pub(crate) fn common_surname(t: &str) -> bool {
    t.chars().next().is_some_and(|c| COMMON_SURNAMES.contains(c))
}

/// Ends like a unit, a medium or a column (人民网, 学习时报, 新华社, 宣传部): no person's name.
fn unit_end(t: &str) -> bool {
    t.ends_with([
        '网', '網', '报', '報', '社', '台', '刊', '站', '部', '委', '局', '院', '会', '會', '办', '辦', '厅', '廳',
        '处', '處', '室', '所', '校', '队', '隊', '司', '团', '團', '区', '區', '县', '縣', '市', '省', '村', '镇',
        '鎮', '街', '心', '闻', '聞',
    ])
}

/// A journal and its issue alone on a line: "行政与法 2023年12期", "《党政研究》2019年第4期".
fn journal_issue(t: &str) -> bool {
    let Some(body) = t.strip_suffix('期') else {
        return false;
    };
    let chars: Vec<char> = body.chars().collect();
    let n = chars.iter().rev().take_while(|c| c.is_ascii_digit()).count();
    let rest = &chars[..chars.len() - n];
    let rest: String = rest.iter().collect();
    let rest = rest.strip_suffix('第').unwrap_or(&rest);
    let Some(name) = rest.strip_suffix('年') else {
        return false;
    };
    let y = name.chars().rev().take_while(|c| c.is_ascii_digit()).count();
    let name: String = name.chars().take(name.chars().count() - y).collect();
    let han = name.chars().filter(|c| is_han(*c)).count();
    (1..=2).contains(&n) && y == 4 && (2..=12).contains(&han) && !name.contains(['，', '。'])
}

/// The account a publishing system files a page under when nobody is named ("本文来源: 系统", "作者：admin"): no
/// source and no author.
fn cms_account(v: &str) -> bool {
    matches!(
        v.trim().to_lowercase().as_str(),
        "系统" | "系統" | "管理员" | "管理員" | "超级管理员" | "超級管理員" | "admin" | "administrator"
    )
}

/// The regions a WeChat article's meta line closes with (its IP region): the provinces, in both scripts.
const REGIONS: &[&str] = &[
    "北京",
    "天津",
    "上海",
    "重庆",
    "重慶",
    "河北",
    "山西",
    "辽宁",
    "遼寧",
    "吉林",
    "黑龙江",
    "黑龍江",
    "江苏",
    "江蘇",
    "浙江",
    "安徽",
    "福建",
    "江西",
    "山东",
    "山東",
    "河南",
    "湖北",
    "湖南",
    "广东",
    "廣東",
    "海南",
    "四川",
    "贵州",
    "貴州",
    "云南",
    "雲南",
    "陕西",
    "陝西",
    "甘肃",
    "甘肅",
    "青海",
    "台湾",
    "臺灣",
    "内蒙古",
    "广西",
    "廣西",
    "西藏",
    "宁夏",
    "寧夏",
    "新疆",
    "香港",
    "澳门",
    "澳門",
    "內蒙古",
];

/// A WeChat article's meta line as copies keep it: the account's name, the date and time it was published and its IP
/// region ("川開電氣有限公司 2023年04月27日 17:59 四川", "文摘   2024-11-06 20:02   山东"). The account is the source,
/// unless it is the platform's tag (原创, 文摘), which names none.
fn wechat_meta(t: &str) -> Option<Parsed> {
    let parts: Vec<&str> = t.split_whitespace().collect();
    let (region, rest) = parts.split_last()?;
    if !REGIONS.contains(region) {
        return None;
    }
    let (account, when) = match rest.first() {
        Some(a) if !a.starts_with(|c: char| c.is_ascii_digit()) => (Some(*a), &rest[1..]),
        _ => (None, rest),
    };
    let when = when.join(" ");
    let wc: Vec<char> = when.chars().collect();
    if starts_with_date(&wc) != Some(wc.len()) || !when.contains([':', '：']) {
        return None;
    }
    let source = account
        .filter(|a| !matches!(*a, "原创" | "原創" | "文摘" | "转载" | "轉載"))
        .filter(|a| a.chars().all(is_han) && (2..=20).contains(&a.chars().count()));
    if account.is_some() && source.is_none() && !account.is_some_and(|a| a.chars().all(is_han)) {
        return None;
    }
    Some(Parsed {
        source: source.map(str::to_string),
        date: Some(when),
        ..Parsed::default()
    })
}

/// A paper's citation closing a credit line: the credit before it, the paper's name in 《》 and the date of the issue
/// in brackets before its page ("… 《光明日报》( 2021年11月17日 11版)").
fn paper_citation(t: &str) -> Option<(&str, &str, &str)> {
    let open = t.rfind('《')?;
    let (paper, rest) = t[open + '《'.len_utf8()..].split_once('》')?;
    let inner = rest.trim().strip_prefix(['(', '（'])?.strip_suffix([')', '）'])?.trim();
    let (date, page) = inner.rsplit_once(' ')?;
    let chars: Vec<char> = date.trim().chars().collect();
    let dated = starts_with_date(&chars) == Some(chars.len());
    let paged = page.ends_with('版') && page.trim_end_matches('版').chars().all(|c| c.is_ascii_alphanumeric());
    (dated && paged && (2..=10).contains(&paper.chars().count())).then(|| (t[..open].trim(), paper, date.trim()))
}

/// Where a numeric date ("2025-11-25") starts right after a Chinese character, with no space between.
fn glued_date(t: &str) -> Option<usize> {
    let cs: Vec<(usize, char)> = t.char_indices().collect();
    (1..cs.len()).find_map(|i| {
        let year = cs[i..].iter().take(4).filter(|(_, c)| c.is_ascii_digit()).count() == 4;
        let dash = cs.get(i + 4).is_some_and(|(_, c)| matches!(c, '-' | '/'));
        let month = cs.get(i + 5).is_some_and(|(_, c)| c.is_ascii_digit());
        (is_han(cs[i - 1].1) && year && dash && month).then_some(cs[i].0)
    })
}

/// A field whose label a spun or odd template renamed, told by its value alone: a site's name is the source
/// ("起源:国务院国资在网站"), a bare numeric date (and its time) the date ("颁布功夫:2021-10-13"; fresh27 e03's synonym-spun
/// 来源 and 发布时间). The label is a short word of Chinese; an organiser's label (主办, 承办…) is a footer's.
fn spun_field(t: &str) -> Option<Parsed> {
    let (label, value) = t.split_once(['：', ':'])?;
    let (label, value) = (label.trim(), value.trim());
    let organiser = ["主办", "承办", "协办", "主管", "支持", "主辦", "承辦", "協辦"];
    if !(2..=4).contains(&label.chars().count())
        || !label.chars().all(is_han)
        || organiser.iter().any(|o| label.contains(o))
    {
        return None;
    }
    let n = value.chars().count();
    if (4..=12).contains(&n) && value.chars().all(is_han) && (value.ends_with("网站") || value.ends_with("網站")) {
        return Some(Parsed {
            source: Some(value.to_string()),
            ..Parsed::default()
        });
    }
    // (a label that names a time is not spun but another time: "归档时间:2024/2/27 12:33:21" is the archive's, fresh13
    // a01, and the publication date comes under its own label)
    let time_label = ["时间", "時間", "日期", "时", "時", "日"]
        .iter()
        .any(|x| label.ends_with(x));
    let numeric = !time_label
        && value
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '-' | '/' | ':' | ' '));
    let dated = find_date(value).is_some_and(|(_, len)| len >= 8);
    if numeric && dated && value.chars().take(4).all(|c| c.is_ascii_digit()) {
        return Some(Parsed {
            date: Some(value.to_string()),
            ..Parsed::default()
        });
    }
    None
}

pub fn parse(line: &str) -> Option<Parsed> {
    let mut t = line.trim();
    // a whole line in brackets: （记者 张三 通讯员 李四）
    if (t.starts_with('（') && t.ends_with('）'))
        || (t.starts_with('(') && t.ends_with(')'))
        || (t.starts_with('【') && t.ends_with('】') && t.matches('【').count() == 1)
    {
        let inner: String = {
            let c: Vec<char> = t.chars().collect();
            c[1..c.len().saturating_sub(1)].iter().collect()
        };
        return parse(&inner);
    }
    if t.contains('。') || width(t) > 90.0 || t.is_empty() {
        return None;
    }
    // a credit whose closing bracket the page's end cut off: "(文/文理学院 李东毓 责编/刘雨顺" (fresh31 ad04)
    if let Some(inner) = t
        .strip_prefix(['（', '('])
        .filter(|r| !r.contains(['）', ')', '（', '(']))
    {
        return parse(inner);
    }
    if let Some(p) = spun_field(t) {
        return Some(p);
    }
    // fields each in its own brackets: "【发布日期:2024-12-06】 【来源:本站】 【阅读:次】【作者:龚晓芬】" (fresh25 m13, where the
    // line had been run into the headline): the brackets are the template's separators
    if t.starts_with('【') && t.ends_with('】') && t.matches('【').count() >= 2 {
        let spaced = t.replace(['【', '】'], " ");
        if let Some(p) = parse(spaced.trim()).filter(|p| *p != Parsed::default()) {
            return Some(p);
        }
    }
    // a labelled value run into the date after it: "来源:机关工会2025-11-25 16:46" (fresh24 l02) is the source, then
    // the date
    if let Some(at) = glued_date(t).filter(|_| t.contains(['：', ':'])) {
        return parse(&format!("{} {}", &t[..at], &t[at..]));
    }
    // a reporter's credit alone: "趙磊 報道", "王聪 报道" (run together, the name opens on a common surname: a column's
    // "图片报道" repeated under its breadcrumb names no reporter, fresh23 j17)
    if let Some(names) = t.strip_suffix("报道").or_else(|| t.strip_suffix("報道")) {
        let spaced = names.ends_with(' ');
        let names = names.trim();
        let named = |n: &str| person_name(n) && (spaced || common_surname(n));
        if names.len() < t.len() && width(names) <= 12.0 && names.split(' ').all(named) {
            return Some(Parsed {
                reporter: Some(names.to_string()),
                ..Parsed::default()
            });
        }
    }
    // a repost note after the text naming the account it came from: "本文轉載自“長興黨建”微信公眾號" (fresh23 j18)
    let repost = [
        "本文转载自",
        "本文轉載自",
        "本文转自",
        "本文轉自",
        "本文来源于",
        "本文來源於",
    ]
    .iter()
    .find_map(|p| t.strip_prefix(p));
    if let Some((name, _)) = repost.and_then(|r| r.strip_prefix('“')).and_then(|r| r.split_once('”')) {
        if (2..=16).contains(&name.chars().count()) {
            return Some(Parsed {
                source: Some(name.to_string()),
                ..Parsed::default()
            });
        }
    }
    // a paper's citation after the writer's credit: "作者:本报记者 张翼 《光明日报》( 2021年11月17日 11版)" (an e-paper
    // reader's line under the headline, fresh23 j02): the paper is the source, its date the date
    if let Some((head, paper, date)) = paper_citation(t) {
        let mut p = parse(head).unwrap_or_default();
        p.source.get_or_insert_with(|| paper.to_string());
        p.date.get_or_insert_with(|| date.to_string());
        return Some(p);
    }
    if journal_issue(t) {
        return Some(Parsed {
            source: Some(tidy_spaces(t)),
            ..Parsed::default()
        });
    }
    // (a bullet of a metadata list, "  • 来源:法规科", "◆文/记者 …", is no part of the line; a box before a name is kept
    // in mind)
    let boxed = t.starts_with(['□', '■', '◎']);
    t = t.trim_start_matches(['□', '◎', '●', '■', '◆', '•', '▪', ' ']);
    // a page's address before the fields, "http://wmf.fjsen.com 2014-04-22 15:49:16 来源:…": the page's, not a source
    if t.starts_with("http") || t.starts_with("www.") {
        t = t.split_once(' ').map_or("", |(_, r)| r).trim_start();
        // (the brackets a template prints between the fields, "www.… 】 【 2021-05-28 16:37:18 】 【 来源:…", are
        // separators)
        t = t.trim_start_matches(['】', '【', ' ']);
        if t.is_empty() {
            return None;
        }
        if t.contains(" 】 【 ") {
            return parse(&t.replace(" 】 【 ", " "));
        }
    }
    // a site's name, its address and a date under the headline: "精神文明建设网    www.ggj.gov.cn    2017年02月28日",
    // the date perhaps followed by the fields ("国家林业和草原局政府网 http://www.forestry.gov.cn 2025-11-25 来源: …",
    // fresh22 r01, r02: a labelled source wins over the site's name)
    let parts: Vec<&str> = t.split_whitespace().collect();
    if let [site, address, date, ..] = parts[..] {
        let site_ok = site.chars().all(is_han)
            && (3..=12).contains(&site.chars().count())
            && site.ends_with(['网', '網', '报', '報', '台', '社', '刊', '站']);
        let address_ok = address.starts_with("www.") || address.starts_with("http");
        let dc: Vec<char> = date.chars().collect();
        if site_ok && address_ok && starts_with_date(&dc) == Some(dc.len()) {
            let fields = if parts.len() > 3 {
                parse(&parts[2..].join(" "))
            } else {
                None
            };
            let mut p = fields.unwrap_or_else(|| Parsed {
                date: Some(date.to_string()),
                ..Parsed::default()
            });
            p.source.get_or_insert_with(|| site.to_string());
            return Some(p);
        }
    }
    if let Some(p) = wechat_meta(t) {
        return Some(p);
    }
    let chars: Vec<char> = t.chars().collect();
    let mut p = Parsed::default();
    let mut chars_from = 0;
    if let Some(end) = starts_with_date(&chars) {
        p.date = clean_value(&chars[..end]);
        chars_from = end;
        let rest: String = chars[end..].iter().collect();
        let rest = rest.trim();
        // (a page counter after the date, its count left out or cut off, "2013-03-29    浏览次数", "00:00 浏览(",
        // "点击:[]", is no source; nor a day of the week, "2016年06月28日 星期二", an e-paper reader's date widget)
        if rest.is_empty() || counter(rest) || weekday(rest) {
            return Some(p);
        }
        let rc: Vec<char> = rest.chars().collect();
        if find_labels(&rc).is_empty() {
            // a name run straight into the date ("2019-08-03黄俊尧", journal-repost sites) is the author's
            let fused = chars.get(end).is_some_and(|c| is_han(*c));
            // (several names fused together, "2024-07-09 06:44刘文波奚婷霞高嘉", are the authors too, never a source)
            // (they start with a surname: "2024-11-25下载文档一键复制全文" is a button, not names)
            let surname = rest.chars().next().is_some_and(|c| COMMON_SURNAMES.contains(c));
            let names = surname && rest.chars().all(is_han) && rest.chars().count() <= 16 && !unit_end(rest);
            if fused && (person_name(rest) || names) {
                p.author = Some(rest.to_string());
                return Some(p);
            }
            // (run straight into the date, only a medium's name is a source: "2019-08-03人民网"; words with figures
            // after it are a price or a counter, "2022-07-21 10.00元 免费试读", and no source)
            if width(rest) <= 24.0 && rest.chars().any(is_han) && !rest.contains('，') {
                if (!fused || unit_end(rest)) && !rest.chars().any(|c| c.is_ascii_digit()) {
                    p.source = clean_value(&rc);
                }
                return Some(p);
            }
            return None;
        }
    }
    let chars = &chars[chars_from..];
    let hits = find_labels(chars);
    if hits.is_empty() {
        return None;
    }
    // names after 记者/通讯员 must look like names; other text before the first label is a source only before 记者
    let prefix: String = chars[..hits[0].start].iter().collect();
    // a photo credit's role word before the names ("摄影 通讯员 朱红") is no source
    let prefix = prefix.trim();
    let role_only = prefix.chars().all(|c| CREDIT_ROLES.contains(&c));
    // a qualifier run into a correspondent's label ("职工通讯员", "特约通讯员") is no source
    let qualifier = hits[0].field == Field::Correspondent
        && hits[0].start > 0
        && chars[hits[0].start - 1] != ' '
        && (1..=3).contains(&prefix.chars().count())
        && prefix.chars().all(is_han);
    if !role_only && !qualifier {
        if hits[0].field != Field::Reporter || width(prefix) > 20.0 || prefix.contains('，') {
            return None;
        }
        // (a reporter's qualifier is no source: "全媒体记者", "融媒体记者", "特约记者")
        if !matches!(
            prefix,
            "本报"
                | "本刊"
                | "本网"
                | "本台"
                | "本站"
                | "本報"
                | "本網"
                | "本臺"
                | "全媒体"
                | "全媒體"
                | "融媒体"
                | "融媒體"
                | "特约"
                | "特約"
                | "首席"
        ) {
            // a name before the reporter's label, set off by a box ("□ 姚 琼 记者 汪宏胜"), is a contributing
            // writer (the correspondent), never a source
            let name: String = prefix.chars().filter(|c| !matches!(c, '□' | '■' | '◎' | ' ')).collect();
            if boxed && person_name(&name) && common_surname(&name) {
                p.correspondent = Some(tidy_spaces(prefix.trim_start_matches(['□', '■', '◎', ' '])));
            } else {
                // (a reporter's qualifier run into the medium's name is no part of it: "兰州日报社全媒体记者…")
                // (and its short form: "隨州日報全媒記者 張清", fresh19 m13)
                let medium = REPORTER_QUALIFIERS
                    .iter()
                    .find_map(|q| prefix.strip_suffix(q).filter(|m| m.chars().count() >= 2))
                    .unwrap_or(prefix);
                p.source = Some(tidy_spaces(medium));
            }
        }
    }
    let mut any_strong = false;
    for (k, h) in hits.iter().enumerate() {
        let mut vend = hits.get(k + 1).map(|n| n.start).unwrap_or(chars.len());
        // a date printed after a source or an author ends the value and is the date: "来源: 孙雨静 郭龙 2024-07-04 11:28:04"
        if matches!(h.field, Field::Source | Field::Author) {
            let found = (h.end + 1..vend).find_map(|i| {
                let after_space = chars[i - 1] == ' ';
                after_space
                    .then(|| starts_with_date(&chars[i..vend]).map(|n| (i, n)))
                    .flatten()
            });
            if let Some((i, n)) = found {
                if p.date.is_none() {
                    p.date = clean_value(&chars[i..i + n]);
                }
                vend = i;
            }
        }
        let value = clean_value(&chars[h.end..vend]);
        match h.field {
            Field::Reporter | Field::Correspondent => {
                let Some(v) = value else { continue };
                let v = v.trim_end_matches([' ', '摄', '攝']).trim().to_string();
                // "李白蕾/文 俞松/摄": the name before its role marker
                let v = match v.find(['/', '／']) {
                    Some(k) if k > 0 => v[..k].trim().to_string(),
                    _ => v,
                };
                // "丁斯斯 长沙报道", "白涵報道": the report's dateline is no part of the names
                let v = without_report_word(&v);
                // (the next credit's own medium, "本报记者 任维东 本报通讯员 …", is no part of the names)
                let v = ["本报", "本網", "本网", "本刊", "本台", "本報"]
                    .iter()
                    .find_map(|m| v.strip_suffix(m))
                    .map_or(v.clone(), |r| r.trim().to_string());
                if !names_like(&v) {
                    return None;
                }
                any_strong = true;
                if h.field == Field::Reporter {
                    p.reporter = Some(v);
                } else {
                    p.correspondent = Some(v);
                }
            }
            Field::Source => {
                any_strong = true;
                // a page's button after the source ("来源:福州新闻网    我来说两句") is no part of it
                let value = value.map(|v| match v.rsplit_once(' ') {
                    Some((head, tail)) if crate::chrome::looks_like_chrome(tail).is_some() => head.trim().to_string(),
                    _ => v,
                });
                // a reporter's qualifier between the medium and the reporter's label is no part of the source:
                // "来源:盐阜大众报报业集团融媒体记者 曹恒锋" (fresh22 r08)
                let reporter_next = hits
                    .get(k + 1)
                    .is_some_and(|n| n.field == Field::Reporter && n.start == vend);
                let value = value.map(|v| {
                    REPORTER_QUALIFIERS
                        .iter()
                        .find_map(|q| v.strip_suffix(q).filter(|m| reporter_next && m.chars().count() >= 2))
                        .map_or(v.clone(), |m| m.trim().to_string())
                });
                // (a unit and a writer's name after it, "南宁市档案馆 粟盛民" under 来源(作者), fresh26 i14: the name is
                // the author)
                let value = match value.as_deref().map(|v| v.split_whitespace().collect::<Vec<_>>()) {
                    Some(parts) if p.author.is_none() && h.label.contains("作者") => match parts[..] {
                        [unit, name]
                            if unit.chars().count() >= 3
                                && unit.chars().all(is_han)
                                && person_name(name)
                                && (2..=3).contains(&name.chars().count()) =>
                        {
                            p.author = Some(name.to_string());
                            Some(unit.to_string())
                        }
                        _ => value,
                    },
                    _ => value,
                };
                // (the publishing system's own account, "本文来源: 系统", names no source)
                if value.as_deref().is_some_and(|v| !cms_account(v)) {
                    p.source = value;
                }
            }
            Field::Author => {
                any_strong = true;
                // the author's title or unit in brackets after the name: "郑文涛（北京市……特约研究员）"
                let value = value.map(|v| match v.find(['（', '(']) {
                    Some(b) if v.ends_with(['）', ')']) && person_name(v[..b].trim()) => v[..b].trim().to_string(),
                    _ => v,
                });
                // the writer's department before the name: "文/拓展部 沈潜" (two names, "李金秋 赵常浩", stay both)
                let value = value.map(|v| match v.split_whitespace().collect::<Vec<_>>()[..] {
                    [unit, name] if unit_end(unit) && unit.chars().all(is_han) && person_name(name) => name.to_string(),
                    _ => v,
                });
                // units alone contributing the text, "供稿:移交安置处、军休中心" (fresh24 l09), are its source, as
                // "（机关党委供稿）" after the text is
                let units = value.as_deref().is_some_and(|v| {
                    v.split(['、', ' '])
                        .all(|u| u.chars().count() >= 3 && u.chars().all(is_han) && unit_end(u))
                });
                // (a site's own name as the author, "作者:倾述作文网" (fresh32 ae19), names no writer)
                let site = value.as_deref().is_some_and(|v| {
                    (4..=10).contains(&v.chars().count())
                        && v.chars().all(is_han)
                        && ["网", "網", "网站", "網站"].iter().any(|e| v.ends_with(e))
                });
                if h.label == "供稿" && units && p.source.is_none() {
                    p.source = value;
                } else if value.as_deref().is_some_and(|v| !cms_account(v)) && !site {
                    p.author = value;
                }
            }
            Field::Date => {
                any_strong = true;
                // only the printed date and time: "2021-06-09 14:08:49打印", "2019-05-09访问次数：1573"
                let value = value.map(|v| {
                    // (a date in the template's brackets: "日期:[2018年09月13日] -- 华商报 -- 版次:[J2]", fresh19 m18)
                    let v = match v
                        .strip_prefix(['[', '［', '【'])
                        .and_then(|r| r.split_once([']', '］', '】']))
                    {
                        Some((d, _)) if date_iso(d).is_some() => d.trim().to_string(),
                        _ => v,
                    };
                    let vc: Vec<char> = v.chars().collect();
                    // (or the widgets of the bar it stands in: "2018-01-16 10:57:12│【加入收藏】【打印此文】")
                    let words_after = |n: usize| {
                        vc[n..]
                            .iter()
                            .find(|c| **c != ' ')
                            .is_some_and(|c| is_han(*c) || matches!(c, '│' | '┃' | '|' | '｜' | '丨' | '【' | '['))
                    };
                    match starts_with_date(&vc) {
                        Some(n) if n < vc.len() && words_after(n) => {
                            vc[..n].iter().collect::<String>().trim().to_string()
                        }
                        // (a counter glued to a day of two digits: "2023-12-221225", fresh26 i12)
                        None if glued_counter(&vc) => vc[..10].iter().collect(),
                        _ => v,
                    }
                });
                if value.is_some() {
                    p.date = value;
                }
            }
            Field::Extra => {
                let s: String = chars[h.start..vend].iter().collect();
                let s = s.trim().to_string();
                if !s.is_empty() {
                    p.extras.push(s);
                }
                let _ = h.label;
            }
        }
    }
    // a date run into another field's value ("发布者：上海材料研究所2020-07-03阅读数："): still the date
    if p.date.is_none() {
        p.date = (0..chars.len())
            .filter(|&i| i == 0 || !chars[i - 1].is_ascii_digit())
            .find_map(|i| date_at(&chars[i..]).map(|(_, n)| chars[i..i + n].iter().collect()));
        any_strong |= p.date.is_some();
    }
    if !any_strong {
        return None;
    }
    // a source made of a number is a mirror's spam, not a source ("38365365备用网址")
    if p.source
        .as_deref()
        .is_some_and(|s| s.chars().filter(|c| c.is_ascii_digit()).count() >= 6)
    {
        p.source = None;
    }
    Some(p)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 14, eleventh round (fresh15 c05, a college office's page, after its first measure): the issuing
    /// department under its label is the source.
    /// Fields under labels a spun copy renamed (fresh27 e03): a site's name is the source, a numeric date the date;
    /// an organiser's site in a footer, a headline with a label and another time's label stay as they were.
    #[test]
    fn fields_under_spun_labels() {
        let p = parse("起源：国务院国资在网站").unwrap();
        assert_eq!(p.source.as_deref(), Some("国务院国资在网站"));
        let p = parse("颁布功夫：2021-10-13").unwrap();
        assert_eq!(p.date.as_deref(), Some("2021-10-13"));
        for t in [
            "主办单位：中国政府网站",
            "专访：走进社区网站建设",
            "归档时间：2024/2/27 12:33:21",
        ] {
            assert!(parse(t).is_none_or(|p| p.source.is_none() && p.date.is_none()), "{t}");
        }
    }

    #[test]
    fn the_issuing_department_is_the_source() {
        let p = parse("发布时间:2023-02-20   发文部门:第二党支部    作者:龚志威   点击:").expect("byline");
        assert_eq!(
            (p.date.as_deref(), p.source.as_deref(), p.author.as_deref()),
            (Some("2023-02-20"), Some("第二党支部"), Some("龚志威"))
        );
    }

    /// Issue 14, eleventh round (fresh14 b14, a hospital portal): the account a publishing system files a page under
    /// names no source and no author.
    #[test]
    fn the_systems_own_account_names_no_one() {
        let p = parse("发布时间:2017-10-27 15:39 本文来源: 系统").expect("byline");
        assert_eq!((p.source, p.date.as_deref()), (None, Some("2017-10-27 15:39")));
        assert_eq!(parse("作者：admin 发布时间：2020-01-02").expect("byline").author, None);
        assert_eq!(
            parse("来源：系统工程学院").expect("byline").source.as_deref(),
            Some("系统工程学院")
        );
    }

    /// Issue 14, eleventh round (fresh14 b05, a WeChat article copied to a company's site): the meta line of a WeChat
    /// article is its byline, the account its source (a platform tag names none); a line that merely ends on a
    /// province is not.
    #[test]
    fn a_wechat_meta_line() {
        let p = parse("川開電氣有限公司 2023年04月27日 17:59 四川").expect("meta line");
        assert_eq!(p.source.as_deref(), Some("川開電氣有限公司"));
        assert_eq!(p.date.as_deref(), Some("2023年04月27日 17:59"));
        // (fresh5b s08)
        let p = parse("文摘   2024-11-06 20:02   山东  ").expect("meta line");
        assert_eq!((p.source, p.date.as_deref()), (None, Some("2024-11-06 20:02")));
        assert!(wechat_meta("2023年04月27日 我们来到四川").is_none());
        assert!(wechat_meta("党员志愿服务队 2023年04月27日 四川").is_none());
    }

    /// Issue 14, eighth round (read off fresh8's v02): a field of the page's own after a value, under a label this
    /// parser does not know, is no part of the value.
    #[test]
    fn a_value_ends_before_an_unknown_label() {
        let p = parse("发布时间:2021-10-27  来源:乐清日报  发布开发区:浙江乐清经济开发区").unwrap();
        assert_eq!(p.source.as_deref(), Some("乐清日报"));
        assert_eq!(p.date.as_deref(), Some("2021-10-27"));
    }

    #[test]
    fn empty_template_brackets_leave_values() {
        let p = parse("作者:王向阳 【 】 浏览:").unwrap();
        assert_eq!(p.author.as_deref(), Some("王向阳"));
    }

    #[test]
    fn a_publication_time_on_a_chrome_line() {
        assert_eq!(
            printed_date_time("http://www.scjgdj.gov.cn/  (2023-01-05 09:45:05)").as_deref(),
            Some("2023-01-05 09:45:05")
        );
        assert_eq!(printed_date_time("当前位置：首页 > 2023-01-05"), None);
    }

    #[test]
    fn a_name_run_into_the_date_is_the_author() {
        let p = parse("2019-08-03黄俊尧").unwrap();
        assert_eq!(
            (p.date.as_deref(), p.author.as_deref(), p.source),
            (Some("2019-08-03"), Some("黄俊尧"), None)
        );
        let p = parse("2019-08-03人民网").unwrap();
        assert_eq!((p.author, p.source.as_deref()), (None, Some("人民网")));
        // run into the date, a button is neither an author nor a source
        let p = parse("2024-11-25下载文档一键复制全文").unwrap();
        assert_eq!(
            (p.date.as_deref(), p.author, p.source),
            (Some("2024-11-25"), None, None)
        );
    }

    #[test]
    fn journal_issue_is_a_source() {
        let source = |t: &str| parse(t).and_then(|p| p.source);
        assert_eq!(source("行政与法 2023年12期").as_deref(), Some("行政与法2023年12期"));
        assert_eq!(
            source("《党政研究》2019年第4期").as_deref(),
            Some("《党政研究》2019年第4期")
        );
        assert!(parse("第二期").is_none());
    }

    #[test]
    fn corpus_bylines() {
        let p = parse("□青岛日报/观海新闻记者 刘萍 通讯员 徐文琦").unwrap();
        assert_eq!(p.source.as_deref(), Some("青岛日报/观海新闻"));
        assert_eq!(p.reporter.as_deref(), Some("刘萍"));
        assert_eq!(p.correspondent.as_deref(), Some("徐文琦"));

        let p = parse("作者： 发布时间：2022/3/25 19:54:39 点击率：0").unwrap();
        assert_eq!(p.author, None);
        assert_eq!(p.date.as_deref(), Some("2022/3/25 19:54:39"));
        assert_eq!(p.extras, vec!["点击率：0".to_string()]);
        assert_eq!(date_iso("2022/3/25 19:54:39").as_deref(), Some("2022-03-25"));

        let p = parse("信息来源：长岛综合实验区机关工委 发布日期：2025-03-05").unwrap();
        assert_eq!(p.source.as_deref(), Some("长岛综合实验区机关工委"));
        assert_eq!(p.date.as_deref(), Some("2025-03-05"));

        let p = parse("2021-02-23 06:42 青岛日报").unwrap();
        assert_eq!(p.date.as_deref(), Some("2021-02-23 06:42"));
        assert_eq!(p.source.as_deref(), Some("青岛日报"));

        let p = parse("（青岛日报/观海新闻记者 刘佳旎）").unwrap();
        assert_eq!(p.reporter.as_deref(), Some("刘佳旎"));
        assert_eq!(parse("来源：青岛日报").unwrap().source.as_deref(), Some("青岛日报"));
        assert_eq!(date_iso("2023年5月6日").as_deref(), Some("2023-05-06"));
        assert_eq!(date_iso("5月6日"), None);
    }

    #[test]
    fn a_value_stops_at_the_next_credit() {
        let author = |t: &str| parse(t).and_then(|p| p.author);
        assert_eq!(
            author("图文：张莎莎；一审：李霞；二审：刘志成；三审：刘文红").as_deref(),
            Some("张莎莎")
        );
        assert_eq!(author("作者：梅小龙 审核人：王耀军").as_deref(), Some("梅小龙"));
        assert_eq!(author("作者：姜文凈 責任編輯：張禹").as_deref(), Some("姜文凈"));
        assert_eq!(author("文/余麗英圖/湯丹審/劉婷").as_deref(), Some("余麗英"));
        assert_eq!(author("(图、文/机关党委)").as_deref(), Some("机关党委"));
        assert_eq!(author("【图文/姚红 审/唐圣琴】").as_deref(), Some("姚红"));
        assert_eq!(author("(图文:王明;审核:李霞)").as_deref(), Some("王明"));
        // authors between semicolons stay together
        assert_eq!(author("作者：徐宁; 万龙云").as_deref(), Some("徐宁; 万龙云"));
        let p = parse("来源：东方网 选稿：王珂然").unwrap();
        assert_eq!(p.source.as_deref(), Some("东方网"));
        let p = parse("发布日期：2025-08-22 08:29     字体：").unwrap();
        assert_eq!(p.date.as_deref(), Some("2025-08-22 08:29"));
        let p = parse("發布時間：2014-03-07文章來源：民進中央").unwrap();
        assert_eq!(
            (p.date.as_deref(), p.source.as_deref()),
            (Some("2014-03-07"), Some("民進中央"))
        );
    }

    #[test]
    fn dates_after_values_and_bulleted_fields() {
        let p = parse("来源: 孙雨静 郭龙 2024-07-04 11:28:04 责编: 余红霞").unwrap();
        assert_eq!(
            (p.source.as_deref(), p.date.as_deref(), p.author),
            (Some("孙雨静 郭龙"), Some("2024-07-04 11:28:04"), None)
        );
        assert_eq!(
            parse("  • 来源:法规科").and_then(|p| p.source).as_deref(),
            Some("法规科")
        );
        assert_eq!(
            parse("  • 时间:2023-11-13").and_then(|p| p.date).as_deref(),
            Some("2023-11-13")
        );
        let date = parse("发表于:2010-05-25 来源: 点击:876").and_then(|p| p.date);
        assert_eq!(date.as_deref(), Some("2010-05-25"));
        assert_eq!(parse("趙磊 報道").and_then(|p| p.reporter).as_deref(), Some("趙磊"));
        assert!(parse("新闻报道").is_none());
    }

    #[test]
    fn fifth_round_byline_forms() {
        let p = parse("作者:肖冶   发布时间:2021-06-09 14:08:49 打印 字号: | |").unwrap();
        assert_eq!(p.date.as_deref(), Some("2021-06-09 14:08:49"));
        let p = parse("作者: 余文钦    发布时间:2019-05-09  访问次数:1573").unwrap();
        assert_eq!(
            (p.author.as_deref(), p.date.as_deref()),
            (Some("余文钦"), Some("2019-05-09"))
        );
        assert_eq!(
            parse("文章出处: 黄冈中院").and_then(|p| p.source).as_deref(),
            Some("黄冈中院")
        );
        let p = parse("http://wmf.fjsen.com 2014-04-22 15:49:16 来源:福州新闻网    我来说两句").unwrap();
        assert_eq!(
            (p.date.as_deref(), p.source.as_deref()),
            (Some("2014-04-22 15:49:16"), Some("福州新闻网"))
        );
        let p = parse("(福州日报记者 李白蕾/文 俞松/摄)").unwrap();
        assert_eq!(
            (p.source.as_deref(), p.reporter.as_deref()),
            (Some("福州日报"), Some("李白蕾"))
        );
        let p = lead_in("【全媒体记者 胡强 通讯员 吴竹子】赓续红色精神，永葆党员本色。").unwrap();
        assert_eq!(
            (p.reporter.as_deref(), p.correspondent.as_deref()),
            (Some("胡强"), Some("吴竹子"))
        );
        assert_eq!(p.source, None);
        // a county media centre's lead-in names no source; a date and a time joined by a dash stay whole
        assert_eq!(
            lead_in("宜都融媒訊（記者 江傳堃）4月27日，會議召開。").and_then(|p| p.source),
            None
        );
        let p = parse("发布日期：2017-03-28-00:00:00").unwrap();
        assert_eq!(p.date.as_deref(), Some("2017-03-28-00:00:00"));
        let p = lead_in("廉政中国讯(边志文   宗飞)为锚定检察工作高质量发展目标，深化协作。").unwrap();
        assert_eq!(
            (p.author.as_deref(), p.source.as_deref()),
            (Some("边志文 宗飞"), Some("廉政中国"))
        );
    }

    #[test]
    fn day_first_dates_and_pictographs() {
        let p = parse("26.07.2014 22:46").unwrap();
        assert_eq!(p.date.as_deref(), Some("26.07.2014 22:46"));
        assert_eq!(date_iso("26.07.2014").as_deref(), Some("2014-07-26"));
        assert_eq!(date_iso("1.2.3"), None);
        assert_eq!(
            parse("文/图🖊 李金秋 赵常浩").and_then(|p| p.author).as_deref(),
            Some("李金秋 赵常浩")
        );
    }

    #[test]
    fn reporters_in_their_other_forms() {
        let p = parse("红网时刻记者 丁斯斯 长沙报道").unwrap();
        assert_eq!(
            (p.source.as_deref(), p.reporter.as_deref()),
            (Some("红网时刻"), Some("丁斯斯"))
        );
        assert_eq!(
            parse("通讯员 - 胡晓庆").and_then(|p| p.correspondent).as_deref(),
            Some("胡晓庆")
        );
        let p = lead_in("本站讯(职工通讯员 冯英)4月17日，院机关第二党支部召开党员大会。").unwrap();
        assert_eq!((p.correspondent.as_deref(), p.source), (Some("冯英"), None));
        let p = lead_in("本網訊通訊員白涵報道：近日，宜城市委組織部開展活動。").unwrap();
        assert_eq!(p.correspondent.as_deref(), Some("白涵"));
        let p = lead_in("長城網滄州1月25日訊（記者龔磊 徐亮）今天，河北省人代會隆重召開，").unwrap();
        assert_eq!(
            (p.source.as_deref(), p.reporter.as_deref()),
            (Some("長城網"), Some("龔磊 徐亮"))
        );
        // a lead-in without a credit is none
        assert!(lead_in("本报讯 为庆祝建党99周年，近日，市中级人民法院开展系列活动。").is_none());
    }

    /// Issue 14, sixth round (read off fresh5a): a field word with a short qualifier at the start of a line is a label
    /// (发文时间, 资料来源, 刊发日期); a read-aloud widget (语音阅读) is no author.
    #[test]
    fn qualified_labels() {
        let p = parse("发文时间:2025-10-20").unwrap();
        assert_eq!(p.date.as_deref(), Some("2025-10-20"));
        let p = parse("资料来源:青山区应急管理局").unwrap();
        assert_eq!(p.source.as_deref(), Some("青山区应急管理局"));
        let p = parse("刊发日期:2020-12-16 阅读次数: 作者:  语音阅读:").unwrap();
        assert_eq!((p.date.as_deref(), p.author.as_deref()), (Some("2020-12-16"), None));
        // (a page's archiving or printing stamp is no date of the article: fresh13 a01)
        assert!(parse("归档时间:2024/2/27 12:33:21").and_then(|p| p.date).is_none());
        assert!(parse("打印时间:2024-02-27").and_then(|p| p.date).is_none());
        // (three characters or more before the field word are words of a sentence, not a qualifier)
        assert!(parse("党员干部来源:各支部").and_then(|p| p.source).is_none());
    }

    /// Issue 14, fifteenth round (fresh19 m07, a traditional-script copy of a 法治日报 item): a credit without brackets
    /// between spaces after 讯.
    #[test]
    fn a_credit_between_spaces_after_the_datelines_word() {
        let p = lead_in(
            "法治日報訊 記者邢東偉 翟小功 近日，2024年海南省基層檢察院特色品牌建設成果展示會在海南省人民檢察院舉行。",
        )
        .unwrap();
        assert_eq!(p.source.as_deref(), Some("法治日報"));
        assert_eq!(p.reporter.as_deref(), Some("邢東偉 翟小功"));
        // (a reporter who is the sentence's subject is no credit)
        assert!(lead_in("本报讯 记者近日走访了多个社区，了解党建引领基层治理的做法。").is_none());
    }

    /// Issue 14, fifteenth round (fresh19 m17, a county paper's e-paper): its fields line with an empty author and an
    /// empty counter was printed as a heading, and the reader's date widget with its weekday taken for the date.
    #[test]
    fn an_epapers_fields_with_an_empty_counter() {
        let p = parse("新闻作者:    发布时间:2019年04月03日  查看次数:次").unwrap();
        assert_eq!((p.date.as_deref(), p.author.as_deref()), (Some("2019年04月03日"), None));
        // (a qualified author's label with a value is words of a sentence)
        assert!(parse("新闻作者:张三").and_then(|p| p.author).is_none());
    }

    /// Issue 14, fifteenth round (fresh19 m18, an e-paper page): a date in the template's brackets.
    #[test]
    fn a_date_in_brackets() {
        let p = parse("日期:[2018年09月13日] -- 华商报 -- 版次:[J2]").unwrap();
        assert_eq!(p.date.as_deref(), Some("2018年09月13日"));
    }

    /// Issue 14, fifteenth round (fresh19 m13): a reporter's short qualifier run into the medium's name is no part of
    /// it ("隨州日報全媒記者 張清 通訊員 占賽").
    #[test]
    fn a_short_qualifier_after_the_medium() {
        let p = parse("隨州日報全媒記者 張清 通訊員 占賽").unwrap();
        assert_eq!(p.source.as_deref(), Some("隨州日報"));
        assert_eq!(p.reporter.as_deref(), Some("張清"));
    }

    /// Issue 14, sixth round: a price after a date is no source ("2022-07-21 10.00元 免费试读").
    #[test]
    fn a_price_after_the_date_is_no_source() {
        let p = parse("2022-07-21 10.00元 免费试读").unwrap();
        assert_eq!((p.date.as_deref(), p.source.as_deref()), (Some("2022-07-21"), None));
        // (a medium's name after the date stays the source)
        assert_eq!(
            parse("2019-08-03 人民网").and_then(|p| p.source).as_deref(),
            Some("人民网")
        );
    }

    /// Issue 14, tenth round (fresh12): a date stops before the bar of widgets it stands in, and a writer's
    /// department before the name is no part of it; two writers stay both.
    #[test]
    fn a_date_in_a_bar_and_a_writers_department() {
        let p = parse("点击数:850│更新时间:2018-01-16 10:57:12│【加入收藏】【打印此文】").unwrap();
        assert_eq!(p.date.as_deref(), Some("2018-01-16 10:57:12"));
        assert_eq!(parse("文/拓展部 沈潜").and_then(|p| p.author).as_deref(), Some("沈潜"));
        assert_eq!(
            parse("文/李金秋 赵常浩").and_then(|p| p.author).as_deref(),
            Some("李金秋 赵常浩")
        );
    }

    /// Issue 14, sixth round: a page's address with the template's brackets between the fields, and a site's name,
    /// its address and a date on one line.
    #[test]
    fn addresses_among_the_fields() {
        let p = parse("www.sichuanpeace.gov.cn 】 【 2021-05-28 16:37:18 】 【 来源:四川长安网").unwrap();
        assert_eq!(
            (p.date.as_deref(), p.source.as_deref()),
            (Some("2021-05-28 16:37:18"), Some("四川长安网"))
        );
        let p = parse("精神文明建设网    www.ggj.gov.cn    2017年02月28日").unwrap();
        assert_eq!(
            (p.source.as_deref(), p.date.as_deref()),
            (Some("精神文明建设网"), Some("2017年02月28日"))
        );
        // (a name that is no site's, or no date, is no byline)
        assert!(parse("党员干部    www.ggj.gov.cn    2017年02月28日").is_none_or(|p| p.source.is_none()));
        assert!(parse("会议时间：上午").is_none());
        assert!(parse("精神文明建设网    www.ggj.gov.cn    欢迎访问").is_none_or(|p| p.source.is_none()));
    }

    /// Issue 14, sixth round (read off fresh5a): a dateline's medium before its place and date is the source.
    #[test]
    fn a_datelines_medium() {
        let p = lead_in("红网时刻岳阳8月3日讯(通讯员 杨小丽 李奕佳)近日，岳阳市发改委机关二党支部开展联学联创活动。")
            .unwrap();
        assert_eq!(
            (p.source.as_deref(), p.correspondent.as_deref()),
            (Some("红网时刻"), Some("杨小丽 李奕佳"))
        );
        // (a medium named in full keeps its name; 本报 is none)
        let p = lead_in("中国甘肃网7月26日讯（本网记者 李秀清）省直机关万名党员志愿者服务活动启动。").unwrap();
        assert_eq!(p.source.as_deref(), Some("中国甘肃网"));
        let p = lead_in("本报北京5月4日讯（记者 王聪）近日，机关党委开展主题党日活动。").unwrap();
        assert_eq!(p.source, None);
    }

    /// Issue 14, sixth round: a name set off by a box before the reporter's label is a correspondent, not a source.
    #[test]
    fn a_boxed_name_before_the_reporter() {
        let p = lead_in("本报讯 (□ 姚 琼 记者 汪宏胜)为促进银政合作，近日举办了党建知识竞赛活动。").unwrap();
        assert_eq!(
            (p.source.as_deref(), p.correspondent.as_deref(), p.reporter.as_deref()),
            (None, Some("姚琼"), Some("汪宏胜"))
        );
        // (a medium's own word before the next label names no one: "作者:本报记者 … 本报通讯员 …", read off p9t)
        let p = parse("作者:本报记者 任维东 本报通讯员 张伟明 韩富关").unwrap();
        assert_eq!(
            (p.author.as_deref(), p.reporter.as_deref(), p.correspondent.as_deref()),
            (None, Some("任维东"), Some("张伟明 韩富关"))
        );
        // (a medium before the label stays the source)
        let p = parse("新华社记者 王聪").unwrap();
        assert_eq!(p.source.as_deref(), Some("新华社"));
    }

    /// Issue 14, ninth round (fresh9): a page counter after the date, its figure left out or cut off, is no source;
    /// the date stays. A medium's name after the date is still the source.
    #[test]
    fn a_counter_after_the_date_is_no_source() {
        for line in [
            "2013-03-29                  浏览次数",
            "2017年12月28日 00:00 浏览(",
            "2024年04月16日  点击:[]",
        ] {
            let p = parse(line).unwrap_or_else(|| panic!("{line}"));
            assert_eq!(p.source, None, "{line}");
            assert!(p.date.is_some(), "{line}");
        }
        assert_eq!(
            parse("2019-08-03 人民网").and_then(|p| p.source).as_deref(),
            Some("人民网")
        );
        assert!(!counter("浏览器"));
    }

    /// Issue 14, ninth round (fresh9): a reporter's qualifier run into the medium's name is no part of the source.
    #[test]
    fn a_qualifier_run_into_the_medium() {
        let p = parse("兰州日报社全媒体记者赵万山").unwrap();
        assert_eq!(p.source.as_deref(), Some("兰州日报社"));
        assert_eq!(p.reporter.as_deref(), Some("赵万山"));
    }

    /// Issue 14, seventeenth round (fresh22 r11): writers' names alone in brackets after a wire's 电, one of them of a
    /// rarer surname; a credit with its label stays the reporter's.
    #[test]
    fn units_alone_contributing_the_text_are_its_source() {
        // (fresh24 l09: "（供稿：移交安置处、军休中心）" named the units as the writer)
        let p = parse("（供稿：移交安置处、军休中心）").unwrap();
        assert_eq!(p.source.as_deref(), Some("移交安置处、军休中心"));
        assert_eq!(p.author, None);
        let p = parse("（供稿：校机关党委 王英）").unwrap();
        assert_eq!(p.author.as_deref(), Some("王英"));
    }

    #[test]
    fn names_alone_after_a_wires_dateline() {
        let p =
            lead_in("中新网吉林新闻5月10日电 (谭伟旗 代金元)近日，汪清林区基层法院官方公众号发布消息介绍。").unwrap();
        assert_eq!(p.author.as_deref(), Some("谭伟旗 代金元"));
        let p = lead_in("中新网吉林新闻5月10日电 (记者 代金元)近日，该院召开会议。").unwrap();
        assert_eq!(p.reporter.as_deref(), Some("代金元"));
        assert_eq!(p.author, None);
    }

    /// Issue 14, seventeenth round (fresh22 r01, r02, r08, never seen before): a site's name and address before the
    /// date and its fields, the labelled source winning; a reporter's qualifier between a labelled source and the
    /// reporter's label.
    #[test]
    fn a_papers_citation_after_the_credit() {
        // (fresh23 j02)
        let p = parse("作者:本报记者 张翼 《光明日报》( 2021年11月17日 11版)").unwrap();
        assert_eq!(p.reporter.as_deref(), Some("张翼"));
        assert_eq!(p.source.as_deref(), Some("光明日报"));
        assert_eq!(p.date.as_deref(), Some("2021年11月17日"));
        // (a book's edition in brackets is no citation)
        assert!(parse("学习《中国共产党章程》(2022年版 单行本)").is_none_or(|p| p.source.is_none()));
    }

    #[test]
    fn a_sites_address_before_the_fields_and_a_qualifier_after_the_source() {
        let p = parse("国家林业和草原局政府网 http://www.forestry.gov.cn 2025-11-25 来源: 国家林草局规划院").unwrap();
        assert_eq!(p.source.as_deref(), Some("国家林草局规划院"));
        assert_eq!(p.date.as_deref(), Some("2025-11-25"));
        let p = parse("国家林业和草原局政府网 http://www.forestry.gov.cn/ 2025-01-22 来源:动植物处").unwrap();
        assert_eq!(p.source.as_deref(), Some("动植物处"));
        let p = parse("2022-06-29 12:19 来源:盐阜大众报报业集团融媒体记者 曹恒锋 字号:").unwrap();
        assert_eq!(p.source.as_deref(), Some("盐阜大众报报业集团"));
        assert_eq!(p.reporter.as_deref(), Some("曹恒锋"));
    }

    #[test]
    fn not_bylines() {
        assert!(parse("坚决把牢政治方向").is_none());
        assert!(parse("举办记者节活动，共有100名记者参加。").is_none());
        assert!(parse("会议时间：上午").is_none());
        assert!(parse("一、突出政治建设，增强机关党组织政治功能").is_none());
    }

    /// Issue 14, twelfth round (fresh16 d12, a city daily's e-paper reader): the weekday after the reader's date is
    /// no source.
    #[test]
    fn a_weekday_after_the_date_is_no_source() {
        let p = parse("2016年06月28日 星期二").unwrap();
        assert_eq!(p.source, None);
        assert_eq!(p.date.as_deref(), Some("2016年06月28日"));
        assert_eq!(
            parse("来源：新华社 2016年06月28日").unwrap().source.as_deref(),
            Some("新华社")
        );
    }

    /// Issue 14, twenty-first round (fresh26 i03, i12, i14; pages nobody had seen): a unit contributing the text in a
    /// lead-in's brackets is the source; a view count glued to the date's day is no part of it; one label for source
    /// and author gives the unit and the name.
    #[test]
    fn a_contributing_unit_a_count_glued_to_the_date_and_a_label_for_source_and_author() {
        let p =
            lead_in("校新闻网讯(政府管理学院供稿)为了深入学习贯彻党的二十届三中全会精神，…一行赴京唐港海关开展活动。")
                .unwrap();
        assert_eq!(p.source.as_deref(), Some("政府管理学院"));
        let p = parse("作者:马季荣 来源:上海市实验学校 日期:2023-12-221225").unwrap();
        assert_eq!(
            (p.author.as_deref(), p.source.as_deref(), p.date.as_deref()),
            (Some("马季荣"), Some("上海市实验学校"), Some("2023-12-22"))
        );
        let p = parse("发布时间:2022-06-24 17:52:42来源(作者):南宁市档案馆 粟盛民").unwrap();
        assert_eq!(
            (p.date.as_deref(), p.source.as_deref(), p.author.as_deref()),
            (Some("2022-06-24 17:52:42"), Some("南宁市档案馆"), Some("粟盛民"))
        );
        // (a unit and a name under 来源 alone stay the source as printed, fresh13 a01's key)
        let p = parse("来源:县政府办 庞西梅 发布时间:2018-05-19 13:00:00").unwrap();
        assert_eq!(p.source.as_deref(), Some("县政府办 庞西梅"));
    }
}
