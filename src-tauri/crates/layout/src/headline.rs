//! A headline for a write-up that has none (a page copied from its body down, its title left behind), read from its
//! opening as an editor would write one: the activity's theme in quotes (以“…”为主题的…活动 → “…”…活动), else the
//! clause that says who did what (郑集镇召开…述职评议会) — never the purpose clause before it (为…，), the date
//! (2月5日下午，) or the closing 。. None when nothing short enough reads as one; the board then takes the exhibition
//! title. Either way the user is told, and can type another title on the board.
//!
//! Owns only the reading; `chrome::fallback_title` decides when a board needs it.

/// The longest headline taken (characters): a board title band holds about this many on two lines.
const MAX_CHARS: usize = 30;
/// The shortest clause that says who did what.
const MIN_CHARS: usize = 8;
/// How much of the opening paragraph is read (characters): the first sentences, where a news report says what happened.
const READ_CHARS: usize = 220;
/// Verbs of an event or an act a report of this genre leads with.
const EVENT_VERBS: [&str; 20] = [
    "召开", "开展", "举办", "举行", "组织", "启动", "走进", "赴", "参观", "慰问", "签订", "签署", "成立", "揭牌",
    "发布", "表彰", "部署", "推出", "开设", "召集",
];
/// How a clause of purpose or circumstance begins (为…，进一步…，在…下，按照…): never the headline.
const NOT_LEADS: [&str; 11] = [
    "为",
    "在",
    "按照",
    "根据",
    "进一步",
    "不断",
    "切实",
    "充分",
    "着力",
    "持续",
    "深入",
];
/// What may follow a quoted theme to make it a headline (…”主题党日活动, …”为主题的…).
const THEME_MARKS: [&str; 2] = ["为主题的", "主题"];

/// The headline read from a write-up's opening paragraph, if one reads as a headline.
pub fn from_opening(paragraph: &str) -> Option<String> {
    let paragraph = crate::chrome::strip_lead_in(paragraph).unwrap_or(paragraph);
    let text: String = paragraph.trim().chars().take(READ_CHARS).collect();
    let text = text.replace(',', "，").replace(';', "；");
    quoted_theme(&text).or_else(|| event_clause(&text))
}

/// “theme” and what it names (…”为主题的校际联动活动 → “theme”校际联动活动; …”主题活动 → “theme”主题活动).
fn quoted_theme(text: &str) -> Option<String> {
    let mut from = 0;
    while let Some(open) = text[from..].find('“').map(|i| from + i) {
        let close = open + text[open..].find('”')?;
        from = close + '”'.len_utf8();
        let theme = &text[open..from];
        if !(4..=24).contains(&theme.chars().count().saturating_sub(2)) {
            continue;
        }
        let after = &text[from..];
        let Some(mark) = THEME_MARKS.iter().find(|m| after.starts_with(*m)) else {
            continue;
        };
        let named: String = after[mark.len()..]
            .chars()
            .take_while(|c| !"，。；：、！？（(".contains(*c))
            .collect();
        let named = if *mark == "主题" {
            format!("主题{named}")
        } else {
            named
        };
        let headline = format!("{theme}{named}");
        if named.chars().count() >= 2 && headline.chars().count() <= MAX_CHARS {
            return Some(headline);
        }
    }
    None
}

/// The first clause that leads with who did what: not a purpose clause, a date or a circumstance.
fn event_clause(text: &str) -> Option<String> {
    // The first two sentences: a report says what happened at once; later clauses describe it.
    let end = text.match_indices('。').nth(1).map_or(text.len(), |(i, _)| i);
    text[..end]
        .split(['，', '。', '；', '！', '？'])
        .map(str::trim)
        .filter(|c| !NOT_LEADS.iter().any(|l| c.starts_with(l)))
        .find(|c| EVENT_VERBS.iter().any(|v| acts(c, v)))
        .map(|c| c.trim_end_matches(['。', '”']).to_string())
        .filter(|c| (MIN_CHARS..=MAX_CHARS).contains(&c.chars().count()) && !c.contains('“'))
}

/// Whether the clause uses the verb as a verb: 组织 acts when people follow it (组织10名…, 组织全馆职工, 组织部分党员);
/// in 党组织, 社会组织活动 or 组织部 it is a noun.
fn acts(clause: &str, verb: &str) -> bool {
    clause.match_indices(verb).any(|(i, _)| {
        let after = clause[i + verb.len()..].chars().next();
        verb != "组织"
            || after.is_some_and(|c| c.is_ascii_digit() || "全部党干职师青学志各本一二三四五六七八九十".contains(c))
    })
}

#[cfg(test)]
mod tests {
    use super::from_opening;

    /// Openings of real reports whose pages lost their titles (school, town, retirees' branch), and one of the
    /// corpus's own kind: each gives the headline an editor would write; a story's opening gives none.
    #[test]
    fn a_report_opening_gives_its_headline() {
        assert_eq!(
            from_opening(
                "为贯彻落实新时代党的建设总要求,进一步搭建党支部交流平台,2024年10月25日下午,崇州市崇平小学校党支部、\
                 成都高新区西芯小学党支部开展了以“党建引领聚合力 共建共享促发展”为主题的校际联动暨支部共建活动。"
            )
            .as_deref(),
            Some("“党建引领聚合力 共建共享促发展”校际联动暨支部共建活动")
        );
        assert_eq!(
            from_opening(
                "为切实了解我镇基层党建工作情况,进一步强化基层党组织凝聚力、战斗力。在严格落实疫情防控要求下,2月5日下午,\
                 郑集镇召开基层党组织书记抓基层党建工作述职评议会。会议由镇党委书记主持。"
            )
            .as_deref(),
            Some("郑集镇召开基层党组织书记抓基层党建工作述职评议会")
        );
        assert_eq!(
            from_opening(
                "为丰富离退休干部的节日文化生活,10月11日,执法队退休支部组织10名退休老干部到古镇开展“九九重阳节,古镇话初心”主题活动。"
            )
            .as_deref(),
            Some("“九九重阳节，古镇话初心”主题活动")
        );
        assert_eq!(
            from_opening("近日，市直机关工委举办青年干部读书分享会，来自32个单位的60余名青年干部参加。").as_deref(),
            Some("市直机关工委举办青年干部读书分享会")
        );
        assert_eq!(
            from_opening("在枣庄，零售户孙某患有先天性疾病，店铺经营状况不理想。"),
            None
        );
        assert_eq!(from_opening("他说：“这是我们应该做的。”大家纷纷点头。"), None);
    }
}
