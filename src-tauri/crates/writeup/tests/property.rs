//! Property: no input, however malformed, panics or loses text. Every ideograph, digit and capital letter of the
//! input ends up in the title, subtitle, kicker, a block, a byline line or a dropped line. (Lower-case letters may
//! go with garbage pinyin, punctuation and spaces may be normalised: the documented normalisations.)

use proptest::prelude::*;
use zhanban_writeup::{structure_html, structure_text, Options, WriteUp};

fn counts(s: &str) -> std::collections::BTreeMap<char, usize> {
    let mut m = std::collections::BTreeMap::new();
    for c in s.chars() {
        if c.is_ascii_digit() || c.is_ascii_uppercase() || zhanban_writeup::normalize::is_han(c) {
            *m.entry(c).or_insert(0) += 1;
        }
    }
    m
}

fn everything(w: &WriteUp) -> String {
    let mut s = String::new();
    for t in [&w.title, &w.subtitle, &w.kicker].into_iter().flatten() {
        s.push_str(t);
    }
    for b in &w.blocks {
        s.push_str(&b.text);
    }
    for r in &w.byline.raw {
        s.push_str(r);
    }
    // a byline line's extras (点击率：0 …) are set aside as cleaned text: compare by letters
    let letters = zhanban_writeup::normalize::letters;
    for d in &w.dropped {
        let dl = letters(&d.text);
        // (only a piece of a byline line itself: a line of its own whose letters the byline happens to contain —
        // "来源:H" then "H■" — is counted)
        let of_byline = !d.lines.is_empty() && d.lines.iter().all(|l| w.byline.lines.contains(l));
        if !(of_byline
            && w.byline.raw.iter().any(|r| {
                // (the extras are cleaned text: ruby pinyin gone, "周晓学(xué)2021…" → "周晓学2021…")
                let cleaned = letters(&zhanban_writeup::normalize::light(r, true));
                r.contains(d.text.as_str())
                    || d.text.contains(r.as_str())
                    || letters(r).contains(&dl)
                    || cleaned.contains(&dl)
            }))
        {
            s.push_str(&d.text);
        }
    }
    s
}

const PIECES: &[&str] = &[
    "一、",
    "（一）",
    "(二)",
    "一是",
    "■",
    "□记者 刘萍 通讯员 徐文琦",
    "——",
    "“",
    "”",
    "\"",
    "'",
    ",",
    ":",
    ";",
    "!",
    "?",
    "(",
    ")",
    "。",
    "，",
    "、",
    "学(xué)",
    "習(xí)",
    "来源:",
    "作者:",
    "发布时间:2022/3/25 19:54:39",
    "点击率:0",
    "最新评论",
    "精彩推荐",
    "打开APP",
    "责任编辑:周晓",
    "Produced By",
    "【案例概述】",
    "\n",
    "\n\n",
    "\r\n",
    " ",
    "\u{3000}",
    "\u{a0}",
    "\t",
    "今",
    "年以来",
    "936人",
    "3.1万余人次",
    "APP",
    "首页 > 新闻",
    "2021-02-23 06:42",
    "青岛日报",
    "坚决把牢政治方向",
    "机关党建",
    "A",
    "Z9",
    "\u{feff}",
    "\u{200b}",
    "图为",
    "摄）",
    "<",
    ">",
    "&",
    "…",
    "—",
    "%",
];

fn input() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        proptest::sample::select(PIECES).prop_map(|s| s.to_string()),
        "[\u{4e00}-\u{4e40}]{1,30}",
        "[a-zA-Z0-9 ]{1,6}",
        any::<char>().prop_map(|c| c.to_string()),
    ];
    proptest::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn text_is_never_lost(text in input()) {
        let w = structure_text(&text, &Options::default());
        prop_assert_eq!(counts(&everything(&w)), counts(&text));
        // JSON round trip
        let json = serde_json::to_string(&w).unwrap();
        let back: WriteUp = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(back, w);
    }

    #[test]
    fn html_never_panics(text in input()) {
        let _ = structure_html(&text, &Options::default());
        let _ = structure_html(&format!("<p><b>{text}</b></p><img src=x.jpg><table><tr><td>{text}"), &Options::default());
    }
}
