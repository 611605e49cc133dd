//! Which of a write-up's key figures a board sets as big-number tiles, and how each is labelled (issue 15,
//! point 5): the label says what the number counts without repeating it ("936人" / "获评“学习优秀个人”"), labels
//! are unique, and trivial counts are not tiles — the audience of a meeting ("观众100多人", "30余人参加"), halls,
//! rooms and pages ("4个展厅", "75页"), and a few sessions or issues ("7场次", "3期"). Those stay in the text.
//! Owns this choice only; the tiles are placed by `compose`.

use crate::model::KeyFigure;

/// Words of an audience or of attending: the people counted beside them came to an event.
const AUDIENCE: &[&str] = &[
    "参加", "参与", "出席", "参会", "与会", "列席", "到场", "参观", "观看", "收看", "聆听", "观众", "听众", "现场",
    "到会", "參加", "參與", "參會", "與會", "參觀", "觀看", "觀眾", "聽眾",
];

/// Places, rooms and pages: counting them says nothing of an achievement.
const VENUES: &[&str] = &[
    "间",
    "层",
    "展厅",
    "展区",
    "展馆",
    "展室",
    "展板",
    "房间",
    "会议室",
    "活动室",
    "教室",
    "会场",
    "楼层",
    "层楼",
    "页",
    "版面",
    "展廳",
    "展區",
    "展館",
    "會議室",
    "活動室",
    "會場",
    "頁",
];

/// Units of sessions and issues: a few of them are routine, not a result.
const SESSIONS: &[&str] = &["场次", "场", "期", "次", "节", "轮", "場次", "場", "節", "輪"];

/// Fewer sessions or issues than this are no key figure (召开学习研讨会7场次, 举办3期培训班).
const SESSIONS_MIN: f64 = 100.0;

/// People attending are an audience, not an achievement, below this count.
const AUDIENCE_MAX: f64 = 1000.0;

/// The leading number of a figure's value with its multiplier (万, 亿, 千, 百), and the unit after it.
fn parse(value: &str) -> (f64, &str) {
    let v = value.trim();
    let digits: String = v
        .chars()
        .take_while(|c| c.is_ascii_digit() || matches!(c, '.' | ','))
        .filter(|c| *c != ',')
        .collect();
    let mut n: f64 = digits.trim_end_matches('.').parse().unwrap_or(0.0);
    let rest = v[v
        .char_indices()
        .find(|(_, c)| !(c.is_ascii_digit() || matches!(c, '.' | ',')))
        .map_or(v.len(), |(i, _)| i)..]
        .trim_start();
    let mut rest = rest;
    for (m, f) in [
        ('万', 1e4),
        ('亿', 1e8),
        ('千', 1e3),
        ('百', 1e2),
        ('萬', 1e4),
        ('億', 1e8),
    ] {
        if let Some(r) = rest.strip_prefix(m) {
            n *= f;
            rest = r;
            break;
        }
    }
    (n, rest.trim_start())
}

/// The label without the figure in it: the value (or, failing that, its number) taken out, with the punctuation
/// and connecting words it leaves at either end.
pub fn clean_label(f: &KeyFigure) -> String {
    let value = f.value.trim();
    let number: String = value
        .chars()
        .take_while(|c| c.is_ascii_digit() || matches!(c, '.' | ','))
        .collect();
    let mut label = f.label.trim().to_string();
    // The value as written, and as it is often written in the text: with a space before its unit ("100 多人").
    let spaced = value.replacen(number.as_str(), &format!("{number} "), 1);
    // Once: a clause with two figures ("评选出10个“先锋”品牌和10个“新锐”品牌") keeps the other.
    let mut cut = false;
    for needle in [value, spaced.as_str()] {
        if !needle.is_empty() && label.contains(needle) {
            label = label.replacen(needle, " ", 1);
            cut = true;
            break;
        }
    }
    if !cut && !number.is_empty() && label.contains(number.as_str()) {
        label = label.replacen(number.as_str(), " ", 1);
    }
    let edge = |c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '，' | '。' | '；' | '：' | '、' | '！' | '？' | ',' | ';' | ':' | '.' | '—' | '…' | '（' | '）'
            )
    };
    // Words that only joined the number to its clause ("共计", "达", "约").
    let mut l = label.trim_matches(edge).to_string();
    for w in [
        "共计", "累计", "总计", "合计", "共有", "达到", "超过", "近", "约", "达", "共", "计",
    ] {
        if let Some(r) = l.strip_suffix(w) {
            l = r.trim_matches(edge).to_string();
        }
    }
    for w in ["余", "多", "餘"] {
        if let Some(r) = l.strip_prefix(w) {
            l = r.trim_matches(edge).to_string();
        }
    }
    // What stays around the cut: both halves, joined.
    l.split_whitespace().collect::<Vec<_>>().join("")
}

/// Whether a figure is a trivial count no designer would set in a tile.
pub fn is_trivial(f: &KeyFigure) -> bool {
    let (n, unit) = parse(&f.value);
    let label = f.label.as_str();
    let value = f.value.replace(' ', "");
    let approximate = value.contains(['余', '多', '餘'])
        || ["近", "约", "大约", "左右"].iter().any(|w| {
            label.contains(&format!("{w}{}", f.value.trim())) || label.contains(&format!("{}{w}", f.value.trim()))
        });
    let unit = unit.trim_start_matches(['余', '多', '餘']).trim_start();
    let people = ["人", "名", "位"].iter().any(|u| unit.starts_with(u)) && !unit.starts_with("人次");
    if people && n < AUDIENCE_MAX && approximate {
        return true;
    }
    // Whoever attended (people, units, teams: "84家…参加了会议") is the audience of an event.
    let measure = [
        "%",
        "％",
        "元",
        "米",
        "公里",
        "平方",
        "亩",
        "吨",
        "倍",
        "百分点",
        "个百分点",
    ]
    .iter()
    .any(|m| unit.starts_with(m));
    if n < AUDIENCE_MAX && !measure && !unit.contains("次") && AUDIENCE.iter().any(|w| label.contains(w)) {
        return true;
    }
    // The words right after the figure in its clause say what was counted.
    let after = label
        .find(f.value.trim())
        .map(|i| &label[i + f.value.trim().len()..])
        .unwrap_or("");
    let after: String = after.chars().take(4).collect();
    if VENUES.iter().any(|v| unit.starts_with(v) || after.starts_with(v)) {
        return true;
    }
    SESSIONS.contains(&unit) && n < SESSIONS_MIN
}

/// The same count written twice (13个, 13 个); rates and shares are never the same fact by their value alone.
fn same_count(a: &str, b: &str) -> bool {
    let (a, b) = (a.replace(' ', ""), b.replace(' ', ""));
    a == b && !a.contains(['%', '％', '‰']) && !a.contains("成")
}

/// The figures worth a tile, in order, each labelled without its number; a figure whose label is then empty or
/// broken (its quotation marks unpaired), a second figure with the same label and a second figure of the same
/// count (the same count said twice: 13个支部, 13个党支部; two rates of 100 % are two facts) are left to the text.
pub fn tiles(figures: &[KeyFigure]) -> Vec<KeyFigure> {
    let mut out: Vec<KeyFigure> = Vec::new();
    for (i, f) in figures.iter().enumerate() {
        if is_trivial(f) {
            continue;
        }
        let shared = figures.iter().filter(|o| o.label.trim() == f.label.trim()).count() > 1;
        let label = if shared {
            counted(figures, i)
        } else {
            Some(clean_label(f))
        };
        let Some(label) = label else { continue };
        let value = f.value.trim();
        if label.chars().count() < 2
            // (a clause cut inside a quotation, 成效明显反响好”概括了…, does not read as a label)
            || !zhanban_writeup::paired(&label)
            || out.iter().any(|o| o.label == label || same_count(&o.value, value))
        {
            continue;
        }
        out.push(KeyFigure {
            value: f.value.trim().to_string(),
            label,
        });
    }
    out
}

/// The label of `figures[i]` when its clause holds other figures too (共104个党支部1950名党员): the words after its
/// value up to the next figure's ("党支部", "党员"), without a joining word at their end (和, 及, 与); None when
/// those words are no name of what is counted — empty, holding a number, or ending on a verb or preposition
/// (将20项制度细分为46项指标要求: "制度细分为") — so the clause gives the tiles that read, never a label saying
/// another tile's number.
fn counted(figures: &[KeyFigure], i: usize) -> Option<String> {
    let clause = figures[i].label.trim();
    let mut spans: Vec<(usize, usize, usize)> = Vec::new();
    let mut cursor = 0;
    for (k, f) in figures.iter().enumerate().filter(|(_, o)| o.label.trim() == clause) {
        let value = f.value.trim();
        let number = number(value);
        let spaced = value.replacen(number, &format!("{number} "), 1);
        let (at, len) = [value, spaced.as_str()]
            .iter()
            .filter_map(|v| clause[cursor..].find(v).map(|a| (cursor + a, v.len())))
            .min()?;
        spans.push((k, at, at + len));
        cursor = at + len;
    }
    let pos = spans.iter().position(|(k, _, _)| *k == i)?;
    let from = spans[pos].2;
    let to = spans.get(pos + 1).map_or(clause.len(), |s| s.1);
    let edge = |c: char| c.is_whitespace() || "，。；：、,;:（）()".contains(c);
    let mut words = clause[from..to]
        .trim_matches(edge)
        .trim_start_matches(['余', '多', '餘']);
    for w in ["以及", "和", "及", "与", "并"] {
        words = words.strip_suffix(w).unwrap_or(words).trim_matches(edge);
    }
    let broken = words.chars().count() < 2
        || words.chars().any(|c| c.is_ascii_digit())
        || words.ends_with([
            '为', '到', '至', '成', '给', '于', '了', '对', '把', '将', '向', '在', '是', '有', '从',
        ]);
    (!broken).then(|| words.to_string())
}

/// Whether a body paragraph of `paras` says `value` (936人, or 936 人 as typeset).
pub fn said_in(paras: &[crate::plan::Para], value: &str) -> bool {
    let value = value.trim();
    let n = number(value).len();
    let spaced = format!("{} {}", &value[..n], &value[n..]);
    paras
        .iter()
        .any(|p| p.role == zhanban_frames::TextRole::Body && (p.text.contains(value) || p.text.contains(&spaced)))
}

/// The number a figure's value opens with (`2.5` of 2.5万余人次; empty when it opens otherwise).
fn number(value: &str) -> &str {
    let n = value
        .char_indices()
        .find(|(_, c)| !(c.is_ascii_digit() || matches!(c, '.' | ',')))
        .map_or(value.len(), |(i, _)| i);
    &value[..n]
}

/// Whether `text` says the number of `value` as a number of its own (15 in 培育 15 个, not in 150 or 2015).
pub fn says_number(text: &str, value: &str) -> bool {
    let value = value.trim();
    let num = number(value).trim_end_matches(['.', ',']);
    if num.is_empty() {
        return text.contains(value);
    }
    let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit() || c == '.');
    text.match_indices(num)
        .any(|(i, _)| !digit(text[..i].chars().next_back()) && !digit(text[i + num.len()..].chars().next()))
}

/// `more` appended to `figures` except those whose label or value a figure there already has (two joined sections
/// on one board show each label and each count once).
pub fn extend_unique(figures: &mut Vec<KeyFigure>, more: &[KeyFigure]) {
    for f in more {
        if !figures
            .iter()
            .any(|o| o.label == f.label || same_count(&o.value, &f.value))
        {
            figures.push(f.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_number_is_said_on_its_own() {
        assert!(says_number("培育 15 个机关党建示范点", "15个"));
        assert!(says_number("培育15個示范點", "15 個"));
        assert!(!says_number("2015 年以来，150 个", "15个"));
        assert!(says_number("受众 2.5 万余人次", "2.5万余人次"));
        assert!(!says_number("受众 12.5 万", "2.5万"));
    }

    fn fig(value: &str, label: &str) -> KeyFigure {
        KeyFigure {
            value: value.into(),
            label: label.into(),
        }
    }

    /// Real clauses from the writeup crate's tests/pages and the corpus, as the write-up's figure finder labels them.
    #[test]
    fn trivial_counts_are_not_tiles() {
        // the audience of a meeting or an event, however counted
        assert!(is_trivial(&fig("100多人", "社区群众、敬老院全体人员观众100多人")));
        assert!(is_trivial(&fig("100 多人", "社区群众、敬老院全体人员观众100 多人")));
        assert!(is_trivial(&fig("30余人", "党员干部30余人参加")));
        assert!(is_trivial(&fig("800余人", "参加党员800余人")));
        assert!(is_trivial(&fig("30余人", "部书记、党员代表等30余人参加会议")));
        // units attending a meeting (a fresh8 page, held out: v01)
        assert!(is_trivial(&fig("84家", "来自全市84家市直单位党组织负责人参加了会议")));
        // halls, rooms, pages (the first two made up in the corpus' manner; the page count is a real page's line)
        assert!(is_trivial(&fig("12个", "建成12个展厅")));
        assert!(is_trivial(&fig("12间", "改造12间党员活动室")));
        assert!(is_trivial(&fig("75页", "全文页数:75页")));
        // a few sessions or issues
        assert!(is_trivial(&fig("7场次", "召开中心组(扩大)学习研讨会7场次")));
        assert!(is_trivial(&fig("13场次", "会学习13场次")));
        assert!(is_trivial(&fig("63期", "启航新征程”特刊63期")));
        // achievements stay, and so do many sessions and people served
        assert!(!is_trivial(&fig("936人", "936人获评“学习优秀个人”")));
        assert!(!is_trivial(&fig("7000多场次", "举办微型党课7000多场次")));
        assert!(!is_trivial(&fig("379期", "举办“海岛夜校”379期")));
        assert!(!is_trivial(&fig("3.1万余人次", "常态化开展志愿服务3.1万余人次")));
        assert!(!is_trivial(&fig("20000余人次", "20000余人次")));
        assert!(!is_trivial(&fig("108个", "模范机关建设突出集体")));
        assert!(!is_trivial(&fig("2500余场", "主题宣讲、专题党课")));
        assert!(!is_trivial(&fig("1.2万名", "全市1.2万名党员参加志愿服务")));
        assert!(!is_trivial(&fig("5%", "参与率达5%")));
    }

    #[test]
    fn labels_never_repeat_the_number() {
        for (value, label, want) in [
            ("936人", "936人获评“学习优秀个人”", "获评“学习优秀个人”"),
            ("125支", "组建125支“红色志愿服务队”", "组建“红色志愿服务队”"),
            ("3.1万余人次", "常态化开展志愿服务3.1万余人次", "常态化开展志愿服务"),
            ("445个", "服务社区445个", "服务社区"),
            ("100%", "群众好评率达100%", "群众好评率"),
            ("390多期", "宣传专刊、学习园地共计390多期", "宣传专刊、学习园地"),
            // a clause with two figures loses only this one (fresh8 v01, held out)
            (
                "10个",
                "最终评选出10个“先锋”机关党建品牌和10个“新锐”品牌",
                "最终评选出“先锋”机关党建品牌和10个“新锐”品牌",
            ),
            // a label that never held the number stays as it is
            ("108个", "模范机关建设突出集体", "模范机关建设突出集体"),
        ] {
            assert_eq!(clean_label(&fig(value, label)), want);
        }
        for f in tiles(&[
            fig("936人", "936人获评“学习优秀个人”"),
            fig("125支", "组建125支“红色志愿服务队”"),
            fig("28300元", "共捐款人民币28300元"),
        ]) {
            let digits: String = f.value.chars().filter(char::is_ascii_digit).collect();
            assert!(!f.label.contains(&digits), "{} / {}", f.value, f.label);
        }
    }

    #[test]
    fn a_count_said_twice_and_a_label_cut_inside_a_quotation_are_not_tiles() {
        // fresh12 z02 on 900×1200 (lead's look): two tiles "13 个", the second labelled from a clause cut inside a
        // quotation.
        let t = tiles(&[
            fig("13个", "全院13个党支部依次上台汇报"),
            fig("13个", "成效明显反响好”概括了13个支部展示的突出特点"),
        ]);
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].label, "全院党支部依次上台汇报");
        assert!(tiles(&[fig("5个", "成效明显反响好”概括了5个支部展示的突出特点")]).is_empty());
        // Two rates of 100 % are two facts.
        let t = tiles(&[fig("100%", "党员参学率100%"), fig("100%", "群众满意率100%")]);
        assert_eq!(t.len(), 2, "{t:?}");
    }

    #[test]
    fn figures_sharing_a_clause_are_labelled_by_what_each_counts() {
        // A look at never-seen pages (a 发展研究中心's and a 机关工委's 模范机关 reports): two tiles from one clause,
        // each labelled by the clause less its own number, so each label said the other tile's number. Each is
        // labelled by what it counts, where that reads.
        let got = |figs: &[KeyFigure]| -> Vec<(String, String)> {
            tiles(figs).into_iter().map(|f| (f.value, f.label)).collect()
        };
        let pair = |v: &str, l: &str| (v.to_string(), l.to_string());
        let clause = "将20项制度细分为46项指标要求";
        let other = fig("3个", "搭建国家、省、市调研基地3个");
        assert_eq!(
            got(&[fig("20项", clause), fig("46项", clause), other]),
            vec![pair("46项", "指标要求"), pair("3个", "搭建国家、省、市调研基地")]
        );
        let clause = "共104个党支部1950名党员";
        assert_eq!(
            got(&[fig("104个", clause), fig("1950名", clause)]),
            vec![pair("104个", "党支部"), pair("1950名", "党员")]
        );
        let clause = "最终评选出10个“先锋”机关党建品牌和8个“新锐”品牌";
        assert_eq!(
            got(&[fig("10个", clause), fig("8个", clause)]),
            vec![pair("10个", "“先锋”机关党建品牌"), pair("8个", "“新锐”品牌")]
        );
    }

    #[test]
    fn labels_are_unique_and_never_empty() {
        let t = tiles(&[
            fig("16名", "岗位标兵16名"),
            fig("20名", "岗位标兵20名"),
            fig("445个", "445个"),
            fig("30余人", "党员干部30余人参加"),
            fig("10个", "优秀案例10个"),
        ]);
        let got: Vec<(&str, &str)> = t.iter().map(|f| (f.value.as_str(), f.label.as_str())).collect();
        assert_eq!(got, vec![("16名", "岗位标兵"), ("10个", "优秀案例")]);
        let mut joined = t.clone();
        extend_unique(&mut joined, &[fig("18名", "岗位标兵"), fig("5%", "增长率")]);
        assert_eq!(joined.len(), 3);
    }
}
