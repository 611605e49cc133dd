//! The name a hijacked page injects in place of the unit's: a betting or ad site's phrase ("欧洲杯竞猜平台",
//! "靠谱的菠菜app", "华体会正规平台") standing wherever the unit's name stood — in the headline, the breadcrumb and
//! every sentence. Such pages share one vocabulary whatever the site (竞猜, 菠菜, 博彩, 正规平台, a glued "app"), and
//! the injection is one phrase repeated; the phrase is found once, at an occurrence that starts a line or a
//! clause, and then removed everywhere, which leaves the sentence the unit's name had been cut from
//! ("…,华体会正规平台在文科楼…开展" → "…,在文科楼…开展").
//!
//! Owns only finding and removing that phrase; it must not decide what a line is.

use crate::normalize::is_han;

/// Words of betting and ad sites that no write-up of the genre uses (a phrase must hold one of these, or a word of
/// `WEAK` with a tail after it).
const STRONG: [&str; 6] = ["菠菜", "博彩", "娱乐城", "娛樂城", "正规平台", "正規平台"];

/// Words that name a betting site only with a tail after them ("竞猜平台"; a 知识竞猜 is a quiz, 体育彩票 a lottery).
const WEAK: [&str; 5] = ["竞猜", "競猜", "彩票", "投注", "棋牌"];

/// What may follow a marker inside the phrase: "…竞猜平台", "…菠菜app".
const TAILS: [&str; 5] = ["平台", "app", "APP", "官网", "官網"];

/// The longest an injected phrase is, in characters (a brand of two to four, a qualifier, the marker and a tail;
/// a brand of Latin letters and digits glued to Chinese, "BET体育365投注官网", fresh23 j11, counts each).
const MAX: usize = 12;

/// The phrase a hijacked page injected, if its lines hold one: the shortest run from the start of a line or clause
/// to the end of a marker (and its tail), of Chinese and a glued "app" only, found at least once.
pub fn injected_phrase<'a>(lines: impl IntoIterator<Item = &'a str>) -> Option<String> {
    let lines: Vec<&str> = lines.into_iter().collect();
    if let Some(p) = stuffed_pair(&lines) {
        return Some(p);
    }
    let mut best: Option<String> = None;
    for line in lines {
        let chars: Vec<char> = line.chars().collect();
        for marker in STRONG.iter().chain(WEAK.iter()) {
            let m: Vec<char> = marker.chars().collect();
            let mut i = 0;
            while i + m.len() <= chars.len() {
                if chars[i..i + m.len()] != m[..] {
                    i += 1;
                    continue;
                }
                let mut end = i + m.len();
                for t in TAILS {
                    let tc: Vec<char> = t.chars().collect();
                    if chars.get(end..end + tc.len()) == Some(&tc[..]) {
                        end += tc.len();
                        break;
                    }
                }
                if WEAK.contains(marker) && end == i + m.len() {
                    i = end;
                    continue;
                }
                // back to the start of the line or of a clause, over Chinese and a brand's Latin letters and digits
                let mut start = i;
                while start > 0 && (is_han(chars[start - 1]) || chars[start - 1].is_ascii_alphanumeric()) {
                    start -= 1;
                }
                let opens = start == 0 || !chars[start - 1].is_alphanumeric();
                // (something of a unit or a sentence must follow: the phrase stood for a name; an event's quoted
                // name may: "BET体育365投注官网“不忘初心跟党走…”主题团日活动")
                let followed = chars.get(end).is_some_and(|c| is_han(*c) || matches!(c, '“' | '「'));
                if opens && followed && end - start <= MAX && end - start > m.len() {
                    let p: String = chars[start..end].iter().collect();
                    if best.as_ref().is_none_or(|b| p.chars().count() < b.chars().count()) {
                        best = Some(p);
                    }
                }
                i = end;
            }
        }
    }
    best
}

/// A brand stuffed twice in place of the unit's name, the second time with a site's tail: "皇冠体育,皇冠体育平台"
/// ("29日下午,皇冠体育,皇冠体育平台区镇街与…", fresh19 m01) — the shape of keyword stuffing, whatever the brand; two
/// occurrences at least.
fn stuffed_pair(lines: &[&str]) -> Option<String> {
    for line in lines {
        let chars: Vec<char> = line.chars().collect();
        for (c, &comma) in chars.iter().enumerate().filter(|(_, c)| matches!(**c, ',' | '，')) {
            let brand_len = chars[..c]
                .iter()
                .rev()
                .take_while(|x| is_han(**x) || x.is_ascii_alphanumeric())
                .count();
            for n in 2..=brand_len.min(6) {
                let brand = &chars[c - n..c];
                let after = &chars[c + 1..];
                if !after.starts_with(brand) {
                    continue;
                }
                let rest: String = after[n..].iter().collect();
                let Some(tail) = TAILS.iter().find(|t| rest.starts_with(**t)) else {
                    continue;
                };
                let b: String = brand.iter().collect();
                let phrase = format!("{b}{comma}{b}{tail}");
                if lines.iter().map(|l| l.matches(&phrase).count()).sum::<usize>() >= 2 {
                    return Some(phrase);
                }
            }
        }
    }
    None
}

/// Betting brands that hijacked pages of the genre put in place of a unit's name, alone or with a tail ("威廉希尔组织
/// 教工党员…", fresh22 r10): names no write-up of the genre uses for anything else.
const BRANDS: [&str; 6] = ["威廉希尔", "威廉希爾", "必威体育", "必威體育", "九游会", "九遊會"];

/// A site's tail after a brand: "半岛网页版", "半岛(中国)", "8590am海洋之神官网".
const SITE_TAILS: [&str; 10] = [
    "网页版",
    "網頁版",
    "官方网站",
    "官方網站",
    "官网",
    "官網",
    "(中国)",
    "（中国）",
    "登录入口",
    "登錄入口",
];

/// Every phrase a hijacked page injected: the phrase of [`injected_phrase`], a known brand, and a brand of two to six
/// characters with a site's tail said twice or more in place of the unit's name ("半岛网页版" in the breadcrumb,
/// "半岛(中国)" in the headline and the first sentence, fresh22 r07; "8590am海洋之神官网" with the code of its domain
/// in the headline and the text, r15) — the repetition of a name with a web site's tail, whatever the brand. Longest
/// first, so that removing one leaves no piece of another.
pub fn injected_phrases<'a>(lines: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let lines: Vec<&str> = lines.into_iter().collect();
    let mut out: Vec<String> = injected_phrase(lines.iter().copied()).into_iter().collect();
    for b in BRANDS {
        if lines.iter().any(|l| l.contains(b)) {
            out.push(b.to_string());
        }
    }
    out.extend(tailed_brand(&lines));
    // (equal phrases sorted side by side, so that dedup drops every copy)
    out.sort_by(|a, b| b.chars().count().cmp(&a.chars().count()).then_with(|| a.cmp(b)));
    out.dedup();
    out
}

/// A brand with a site's tail said twice or more, at least once standing for a name (Chinese after it): every form
/// of it found (with the tails and the domain's code before it).
fn tailed_brand(lines: &[&str]) -> Vec<String> {
    // (brand, phrase, whether Chinese follows)
    let mut seen: Vec<(String, String, bool)> = Vec::new();
    for line in lines {
        let chars: Vec<char> = line.chars().collect();
        for tail in SITE_TAILS {
            let tc: Vec<char> = tail.chars().collect();
            let mut e = 0;
            while e + tc.len() <= chars.len() {
                if chars[e..e + tc.len()] != tc[..] {
                    e += 1;
                    continue;
                }
                let mut s = e;
                while s > 0 && is_han(chars[s - 1]) && e - s < 6 {
                    s -= 1;
                }
                let brand: String = chars[s..e].iter().collect();
                // (the brand starts its token: "在学校官网" is a sentence's; a unit's own site stays: "学院官网")
                let starts = s == 0 || !is_han(chars[s - 1]);
                let unit = [
                    "学校", "学院", "大学", "医院", "政府", "中心", "协会", "网", "局", "委", "部", "院", "校",
                ]
                .iter()
                .any(|u| brand.ends_with(u));
                if e - s >= 2 && starts && !unit {
                    // (the code of its domain glued before it, letters and digits: "8590am")
                    let mut p = s;
                    while p > 0 && chars[p - 1].is_ascii_alphanumeric() {
                        p -= 1;
                    }
                    let code = &chars[p..s];
                    let code_ok = code.iter().any(char::is_ascii_digit) && code.iter().any(char::is_ascii_alphabetic);
                    let from = if code_ok { p } else { s };
                    let phrase: String = chars[from..e + tc.len()].iter().collect();
                    let named = chars.get(e + tc.len()).is_some_and(|c| is_han(*c));
                    seen.push((brand, phrase, named));
                }
                e += tc.len();
            }
        }
    }
    let mut out = Vec::new();
    for (brand, _, _) in &seen {
        let forms: Vec<&(String, String, bool)> = seen.iter().filter(|x| &x.0 == brand).collect();
        if forms.len() >= 2 && forms.iter().any(|x| x.2) {
            out.extend(forms.iter().map(|x| x.1.clone()));
        }
    }
    out
}

/// The line without the injected phrase (unchanged when it holds none).
pub fn without(line: &str, phrase: &str) -> String {
    // (a stuffed pair's comma and a brand's brackets are full-width once the line is cleaned)
    let wide = phrase.replace(',', "，").replace('(', "（").replace(')', "）");
    line.replace(phrase, "").replace(&wide, "")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_phrase_of_a_hijacked_page() {
        // (real lines of three hijacked pages: fresh9 w20, fresh f07, fresh16 d09)
        let w20 = [
            "上海交大欧洲杯竞猜平台精神文明网(旧版)",
            "欧洲杯竞猜平台工青妇党支部赴瑞金二路街道社区党建服务中心开展互访互学",
            "2017年12月15日，欧洲杯竞猜平台工青妇党支部赴瑞金二路街道社区党建服务中心开展工作学习交流活动。",
        ];
        assert_eq!(injected_phrase(w20).as_deref(), Some("欧洲杯竞猜平台"));
        let f07 = ["靠谱的菠菜app本科生第一黨支部開展以“喜迎二十大 奮進新時代”攝影為主題的黨日活動"];
        assert_eq!(injected_phrase(f07).as_deref(), Some("靠谱的菠菜app"));
        let d09 = [
            "活动伊始，全体党员一起奏唱了中华人民共和国国歌；接着华体会正规平台党委副书记黄也亮带领新老党员进行入党宣誓。",
            "2023年6月30日，华体会正规平台在文科楼1105会议室开展系列庆祝活动。",
        ];
        let p = injected_phrase(d09).unwrap();
        assert_eq!(p, "华体会正规平台");
        assert_eq!(
            without("接着华体会正规平台党委副书记黄也亮带领新老党员进行入党宣誓。", &p),
            "接着党委副书记黄也亮带领新老党员进行入党宣誓。"
        );
    }

    #[test]
    fn a_brand_stuffed_twice() {
        // (real lines of a hijacked district page, fresh19 m01)
        let m01 = [
            "29日下午,皇冠体育,皇冠体育平台区镇街与皇冠体育,皇冠体育平台农商银行等7家金融机构签订结对共建协议。",
            "区委副书记、区长修文,以及市金融工作局、人行皇冠体育,皇冠体育平台中心支行有关领导等参加签约仪式。",
        ];
        let p = injected_phrase(m01).unwrap();
        assert_eq!(p, "皇冠体育,皇冠体育平台");
        assert_eq!(
            without(m01[0], &p),
            "29日下午,区镇街与农商银行等7家金融机构签订结对共建协议。"
        );
        assert_eq!(without("人行皇冠体育，皇冠体育平台中心支行", &p), "人行中心支行");
        // (once is no stuffing; a word said twice without a site's tail is the text's)
        assert_eq!(injected_phrase(["依托学习强国,学习强国平台开展学习。"]), None);
        assert_eq!(
            injected_phrase(["党建引领,党建引领发展。", "党建引领,党建引领发展。"]),
            None
        );
    }

    #[test]
    fn a_brand_with_a_sites_tail_said_twice_or_a_known_brand() {
        // (real lines of three hijacked pages, fresh22 r07, r15, r10)
        let r07 = [
            "您所在位置: 半岛网页版> 党群工作> 新闻公告",
            "传承红色基因,提升媒介实践能力 半岛(中国)新闻系广告系联合教工党支部开展主题党日活动",
            "512半岛(中国)新闻系广告系联合教工党支部前往杨开慧纪念馆和长沙县融媒体中心,开展“传承红色基因提升媒介实践能力”主题党日活动",
        ];
        let ps = injected_phrases(r07);
        assert!(
            ps.contains(&"半岛(中国)".to_string()) && ps.contains(&"半岛网页版".to_string()),
            "{ps:?}"
        );
        let r15 = [
            "8590am海洋之神官网与明光新城医院党组织结对共建活动",
            "  为深化推进公立医院改革,9月8日下午,8590am海洋之神官网与明光新城医院开展党组织结对共建活动。",
        ];
        assert_eq!(injected_phrases(r15), vec!["8590am海洋之神官网".to_string()]);
        let r10 = ["威廉希尔组织教工党员参观萧红故居"];
        assert_eq!(injected_phrases(r10), vec!["威廉希尔".to_string()]);
        // (once is no stuffing; a unit's own site, a sentence's 官网 and a company's (中国) said once stay)
        let kept = [
            "安博网页版学子赴无锡峰影社区开展志愿服务",
            "学院官网发布了活动通知，学院官网同步开设专栏。",
            "通过学校官网、微信公众号发布信息，在学校官网开设专栏。",
            "华为技术(中国)有限公司党委开展主题党日活动。",
        ];
        assert!(injected_phrases(kept).is_empty(), "{:?}", injected_phrases(kept));
    }

    #[test]
    fn a_betting_phrase_with_latin_letters_and_digits_in_its_brand() {
        // (fresh23 j11: said once, in place of a college, before an event's quoted name)
        let j11 = ["4月21日,BET体育365投注官网“不忘初心跟党走,牢记使命勇担当”主题团日活动于沁园广场拉下了帷幕。"];
        assert_eq!(injected_phrase(j11).as_deref(), Some("BET体育365投注官网"));
        // (a lottery's station and a quiz named with digits stay)
        for t in [
            "2023年体育彩票投注站开展党员志愿服务。",
            "第5届党史知识竞猜活动在礼堂举行。",
            "G20竞猜活动圆满结束。",
        ] {
            assert_eq!(injected_phrase([t]), None, "{t}");
        }
    }

    #[test]
    fn text_of_the_genre_holds_no_phrase() {
        let kept = [
            "引导全镇上下注意礼仪、热情友善、文明和谐。",
            "依托学习强国app开展线上学习，党员积分稳步提升。",
            "通过线上学习平台等开展党员日常教育。",
            "开展“学党史 赛知识 迎中秋”党史知识竞赛活动。",
            "支部开展党史知识竞猜活动，党员踊跃作答。",
            "体育彩票公益金资助社区健身设施建设。",
            "下载国家反诈中心app，守护群众钱袋子。",
        ];
        assert_eq!(injected_phrase(kept), None);
    }
}
