//! Character-level cleaning of one line of Chinese text: whitespace, punctuation width, quotes, stray spaces and
//! garbage pinyin. These are the only ways the engine ever changes the characters of the text (besides the caption
//! marks and dashes the structure pass removes, and the optional simplified conversion).
//!
//! This module owns character classes and line cleaning; it must not decide what a line is (title, junk…).

/// A CJK ideograph (the characters that make up Chinese words).
pub fn is_han(c: char) -> bool {
    matches!(c as u32,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2EBEF | 0x30000..=0x3134F)
        || c == '〇'
}

/// Full-width / Chinese punctuation and symbols that appear in Chinese running text.
pub fn is_cjk_punct(c: char) -> bool {
    matches!(c as u32, 0x3000..=0x303F | 0xFF00..=0xFF0F | 0xFF1A..=0xFF20 | 0xFF3B..=0xFF40 | 0xFF5B..=0xFF65)
        || matches!(
            c,
            '“' | '”' | '‘' | '’' | '…' | '—' | '·' | '■' | '□' | '▲' | '●' | '◆' | '★'
        )
}

/// Chinese text: an ideograph or Chinese punctuation.
pub fn is_cjkish(c: char) -> bool {
    is_han(c) || is_cjk_punct(c)
}

/// Sentence-ending punctuation.
pub fn is_terminator(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?')
}

/// Display width in ems: Chinese characters count 1, ASCII 0.5.
pub fn width(s: &str) -> f32 {
    s.chars().map(|c| if c.is_ascii() { 0.5 } else { 1.0 }).sum()
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{00A0}' | '\u{3000}' | '\u{202F}' | '\u{2007}')
}

fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'
    ) || (c.is_control() && !is_space(c))
}

/// The "light" cleaning used to classify lines: whitespace collapsed and trimmed, invisible characters removed,
/// garbage pinyin removed, half-width punctuation next to Chinese made full-width, straight quotes curled.
/// Spaces between words are kept (bylines and slogans need them).
pub fn light(s: &str, relaxed_pinyin: bool) -> String {
    let mut chars: Vec<char> = Vec::with_capacity(s.len());
    let mut last_space = true;
    for c in s.chars() {
        if is_invisible(c) {
            continue;
        }
        if is_space(c) {
            if !last_space {
                chars.push(' ');
            }
            last_space = true;
        } else {
            chars.push(c);
            last_space = false;
        }
    }
    while chars.last() == Some(&' ') {
        chars.pop();
    }
    let chars = strip_pinyin_chars(&chars, relaxed_pinyin);
    let chars = full_width_punct(&chars);
    let chars = full_width_parens(&chars);
    let chars = curl_quotes(&chars);
    chars.into_iter().collect()
}

/// Full cleaning for text shown in a block: [`light`] plus stray spaces removed.
pub fn clean(s: &str, relaxed_pinyin: bool) -> String {
    tidy_spaces(&light(s, relaxed_pinyin))
}

const TONED: &str = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ";

fn is_pinyin_letter(c: char) -> bool {
    c.is_ascii_lowercase() || TONED.contains(c)
}

/// Plausible pinyin syllable shape (used when the document already has toned annotations).
fn plausible_syllable(s: &str) -> bool {
    let vowels = s
        .chars()
        .filter(|c| "aeiouv".contains(*c) || TONED.contains(*c))
        .count();
    (1..=3).contains(&vowels) && s.chars().count() <= 6
}

/// Counts annotations like `學(xué)` whose content has a tone mark; used to switch on the relaxed mode.
pub fn count_toned_pinyin(s: &str) -> usize {
    let chars: Vec<char> = s.chars().collect();
    let mut n = 0;
    for i in 0..chars.len() {
        if let Some((end, toned)) = pinyin_at(&chars, i) {
            if toned {
                n += 1;
            }
            let _ = end;
        }
    }
    n
}

/// If `chars[i]` opens a pinyin annotation right after a Chinese character, returns (index after the closing
/// bracket, whether it carries a tone mark).
fn pinyin_at(chars: &[char], i: usize) -> Option<(usize, bool)> {
    if i == 0 || !is_han(chars[i - 1]) || !matches!(chars[i], '(' | '（') {
        return None;
    }
    let mut j = i + 1;
    let mut toned = false;
    while j < chars.len() && j <= i + 8 && is_pinyin_letter(chars[j]) {
        if !chars[j].is_ascii() {
            toned = true;
        }
        j += 1;
    }
    if j == i + 1 || j >= chars.len() || !matches!(chars[j], ')' | '）') {
        return None;
    }
    let body: String = chars[i + 1..j].iter().collect();
    if !plausible_syllable(&body) {
        return None;
    }
    Some((j + 1, toned))
}

fn strip_pinyin_chars(chars: &[char], relaxed: bool) -> Vec<char> {
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        if let Some((end, toned)) = pinyin_at(chars, i) {
            if toned || relaxed {
                i = end;
                continue;
            }
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

fn prev_non_space(chars: &[char], i: usize) -> Option<char> {
    chars[..i].iter().rev().find(|c| **c != ' ').copied()
}

fn next_non_space(chars: &[char], i: usize) -> Option<char> {
    chars[i + 1..].iter().find(|c| **c != ' ').copied()
}

fn full_width_punct(chars: &[char]) -> Vec<char> {
    let mut out = chars.to_vec();
    for i in 0..chars.len() {
        let full = match chars[i] {
            ',' => '，',
            ':' => '：',
            ';' => '；',
            '!' => '！',
            '?' => '？',
            _ => continue,
        };
        let prev = prev_non_space(chars, i);
        let next = next_non_space(chars, i);
        let prev_cjk = prev.is_some_and(|c| is_cjkish(c) && !matches!(c, '“' | '‘'));
        let next_cjk = next.is_some_and(is_cjkish);
        let prev_alnum = prev.is_some_and(|c| c.is_ascii_alphanumeric());
        if prev_cjk || (next_cjk && !prev_alnum) {
            out[i] = full;
        }
    }
    out
}

fn full_width_parens(chars: &[char]) -> Vec<char> {
    let mut out = chars.to_vec();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '(' {
            // find the matching ')' within a reasonable distance
            let mut depth = 0;
            let mut close = None;
            for (j, c) in chars.iter().enumerate().skip(i).take(120) {
                match c {
                    '(' => depth += 1,
                    ')' => {
                        depth -= 1;
                        if depth == 0 {
                            close = Some(j);
                            break;
                        }
                    }
                    _ => {}
                }
            }
            let prev = if i > 0 { Some(chars[i - 1]) } else { None };
            let inside_cjk = close.is_some_and(|j| chars[i + 1..j].iter().any(|c| is_han(*c)));
            let after = close.and_then(|j| chars.get(j + 1).copied());
            let around_cjk = prev.is_some_and(is_cjkish) || after.is_some_and(is_cjkish);
            if inside_cjk || (around_cjk && !prev.is_some_and(|c| c.is_ascii_alphanumeric())) {
                out[i] = '（';
                if let Some(j) = close {
                    out[j] = '）';
                }
            }
        }
        i += 1;
    }
    // a lone ')' right after Chinese text
    for i in 0..chars.len() {
        if out[i] == ')' && i > 0 && is_han(out[i - 1]) && !out[..i].contains(&'(') {
            out[i] = '）';
        }
    }
    out
}

fn curl_quotes(chars: &[char]) -> Vec<char> {
    if !chars.iter().any(|c| is_han(*c)) {
        return chars.to_vec();
    }
    let mut out = chars.to_vec();
    let mut open = true;
    for (i, c) in chars.iter().enumerate() {
        if *c == '"' {
            out[i] = if open { '“' } else { '”' };
            open = !open;
        }
    }
    let mut open = true;
    for i in 0..chars.len() {
        if chars[i] == '\'' {
            let prev = if i > 0 { Some(chars[i - 1]) } else { None };
            let next = chars.get(i + 1).copied();
            let prev_letter = prev.is_some_and(|c| c.is_ascii_alphabetic());
            let next_letter = next.is_some_and(|c| c.is_ascii_alphabetic());
            if prev_letter && next_letter {
                continue; // an apostrophe in a Latin word
            }
            if prev.is_some_and(is_cjkish) || next.is_some_and(is_cjkish) || !open {
                out[i] = if open { '‘' } else { '’' };
                open = !open;
            }
        }
    }
    out
}

/// Removes stray spaces: beside Chinese punctuation, between Chinese and Latin letters or digits, inside
/// letter-spaced words (机 关 党 建), and around a single Chinese character split off (今 年以来, 刘 萍).
/// Spaces between multi-character Chinese phrases (“学思想 强党性 共奋斗”) are kept: they are intended.
pub fn tidy_spaces(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    if !chars.contains(&' ') {
        return s.to_string();
    }
    let n = chars.len();
    let mut keep = vec![true; n];
    for i in 0..n {
        if chars[i] != ' ' || !keep[i] {
            continue;
        }
        let a = if i > 0 { Some(chars[i - 1]) } else { None };
        let b = chars.get(i + 1).copied();
        let (Some(a), Some(b)) = (a, b) else {
            keep[i] = false;
            continue;
        };
        let beside_punct = is_cjk_punct(a) || is_cjk_punct(b);
        let han_latin = (is_han(a) && b.is_ascii_alphanumeric()) || (a.is_ascii_alphanumeric() && is_han(b));
        if beside_punct || han_latin {
            keep[i] = false;
        } else if is_han(a) && is_han(b) {
            let left = chars[..i].iter().rev().take_while(|c| is_han(**c)).count();
            let right = chars[i + 1..].iter().take_while(|c| is_han(**c)).count();
            if left == 1 || right == 1 {
                keep[i] = false;
            }
        }
    }
    chars.iter().zip(keep).filter(|(_, k)| *k).map(|(c, _)| *c).collect()
}

/// The characters that carry meaning (ideographs, letters, digits), used to compare lines for duplicates.
pub fn letters(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pinyin_removed_from_corpus_line() {
        assert_eq!(light("為深入學(xué)習(xí)貫徹", false), "為深入學習貫徹");
        assert_eq!(light("創(chuàng)新", false), "創新");
        // Chinese in brackets is kept, and the brackets become full-width
        assert_eq!(light("电视片(党课)观摩", false), "电视片（党课）观摩");
        // plain Latin in brackets after a character is not pinyin unless the document has toned pinyin
        assert_eq!(light("平台(app)上线", false), "平台（app）上线");
    }

    #[test]
    fn punctuation_width() {
        assert_eq!(light("2024年,长岛综合试验区", false), "2024年，长岛综合试验区");
        assert_eq!(
            light("信息来源:长岛 发布日期:2025-03-05", false),
            "信息来源：长岛 发布日期：2025-03-05"
        );
        assert_eq!(
            light("发布时间:2022/3/25 19:54:39", false),
            "发布时间：2022/3/25 19:54:39"
        );
        assert_eq!(light("促发展!青岛", false), "促发展！青岛");
        assert_eq!(light("1,000 and 3:00", false), "1,000 and 3:00");
        assert_eq!(light("(一)强化理论学习", false), "（一）强化理论学习");
    }

    #[test]
    fn quotes_curled() {
        assert_eq!(light("开展\"学雷锋\"活动", false), "开展“学雷锋”活动");
        assert_eq!(light("担当'1+1'行动", false), "担当‘1+1’行动");
        assert_eq!(light("don't \"panic\"", false), "don't \"panic\"");
    }

    #[test]
    fn stray_spaces() {
        assert_eq!(tidy_spaces("对系统 49个先进"), "对系统49个先进");
        assert_eq!(tidy_spaces("“学思想 强党性 共奋斗”"), "“学思想 强党性 共奋斗”");
        assert_eq!(tidy_spaces("机 关 党 建工作"), "机关党建工作");
        assert_eq!(tidy_spaces("刘 萍"), "刘萍");
        assert_eq!(tidy_spaces("发展 ，推动"), "发展，推动");
        assert_eq!(
            clean("  红帆启航促发展\u{3000}海岛机关争先锋 ", false),
            "红帆启航促发展 海岛机关争先锋"
        );
    }
}
