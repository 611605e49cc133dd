//! Finds key figures in block text: a number with its unit (936人, 108支, 3.1万余人次, 100%) and the clause that
//! says what it counts. Years, dates, ordinals and times are not key figures, and neither are figures no designer
//! would set in a big-number tile (`tile_worthy`): a bare count under ten ("3名", "2个") and a count of the people
//! who attended an event ("40余人参加", "近300人参观") — amounts, percentages and measures always are.
//!
//! This module owns only figure extraction; it must not change block text.

use crate::model::{Block, BlockKind, KeyFigure};

// Longest first, so that 人次 wins over 人.
const UNITS: &[&str] = &[
    "平方公里",
    "平方米",
    "人次",
    "万元",
    "亿元",
    "千米",
    "公里",
    "小时",
    "余次",
    "家次",
    "件次",
    "个百分点",
    "百分点",
    "人",
    "名",
    "位",
    "个",
    "支",
    "场",
    "次",
    "件",
    "家",
    "项",
    "条",
    "篇",
    "期",
    "节",
    "户",
    "所",
    "座",
    "台",
    "辆",
    "套",
    "本",
    "册",
    "部",
    "处",
    "批",
    "元",
    "米",
    "亩",
    "吨",
    "天",
    "%",
    "％",
    "倍",
    "余",
    "多",
    "栋",
    "间",
    "块",
    "份",
    "组",
    "队",
    "村",
    "镇",
    "课",
    "堂",
    "首",
    "幅",
    "张",
    "种",
    "类",
    "门",
    "萬元",
    "億元",
    "個",
    "場",
    "項",
    "條",
    "節",
    "戶",
    "餘",
    "張",
    "種",
    "門",
    "隊",
];

/// Units of amounts, shares and measures: a key figure whatever its size (5%, 3倍, 800元).
const MEASURES: &[&str] = &[
    "平方公里",
    "平方米",
    "万元",
    "亿元",
    "萬元",
    "億元",
    "千米",
    "公里",
    "个百分点",
    "百分点",
    "元",
    "米",
    "亩",
    "吨",
    "%",
    "％",
    "倍",
];

/// Words of attending an event: the people counted in such a clause are its audience, not an achievement.
const ATTENDING: &[&str] = &[
    "参加", "参与", "出席", "参会", "与会", "列席", "到场", "参观", "观看", "收看", "聆听", "參加", "參與", "參會",
    "與會", "參觀", "觀看",
];

/// Whether a figure is one a designer would set in a big-number tile: an amount, share or measure always; a count
/// only from ten up (or with 万/亿/余/多), and a count of people not when its clause says they attended an event
/// (under a thousand).
fn tile_worthy(number: &str, unit: &str, qualified: bool, label: &str) -> bool {
    if MEASURES.contains(&unit) {
        return true;
    }
    let big = number.ends_with(['万', '亿', '千', '百', '萬', '億']);
    let value: f64 = number
        .trim_end_matches(|c: char| !c.is_ascii_digit())
        .replace(',', "")
        .parse()
        .unwrap_or(0.0);
    if !big && !qualified && value < 10.0 {
        return false;
    }
    let people = matches!(unit, "人" | "名" | "位");
    !(people && !big && value < 1000.0 && ATTENDING.iter().any(|w| label.contains(w)))
}

const NOT_AFTER: &[char] = &[
    '年', '月', '日', '届', '级', '号', '时', '分', '秒', '岁', '周', '点', '版',
];

fn is_num_char(c: char) -> bool {
    c.is_ascii_digit() || c == '.' || c == ','
}

/// Key figures of all paragraph and caption blocks.
pub fn find(blocks: &[Block]) -> Vec<KeyFigure> {
    let mut out = Vec::new();
    for (bi, b) in blocks.iter().enumerate() {
        if !matches!(b.kind, BlockKind::Paragraph | BlockKind::Caption) {
            continue;
        }
        let chars: Vec<char> = b.text.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            if !chars[i].is_ascii_digit()
                || (i > 0 && (is_num_char(chars[i - 1]) || chars[i - 1].is_ascii_alphabetic()))
            {
                i += 1;
                continue;
            }
            let start = i;
            let mut j = i;
            while j < chars.len() && is_num_char(chars[j]) {
                j += 1;
            }
            // trailing '.' or ',' is punctuation, not part of the number
            while j > start && matches!(chars[j - 1], '.' | ',') {
                j -= 1;
            }
            let mut num_end = j;
            if j < chars.len() && matches!(chars[j], '万' | '亿' | '千' | '百' | '萬' | '億') {
                num_end = j + 1;
            }
            let ordinal = start > 0 && chars[start - 1] == '第';
            let mut k = num_end;
            let mut qualifier = false;
            if k < chars.len() && matches!(chars[k], '余' | '多' | '餘') {
                k += 1;
                qualifier = true;
            }
            let rest: String = chars[k..chars.len().min(k + 4)].iter().collect();
            let unit = UNITS.iter().find(|u| rest.starts_with(**u)).copied();
            let unit = match unit {
                Some(u) if !(qualifier && matches!(u, "余" | "多" | "餘")) => Some(u),
                _ if qualifier => None,
                u => u,
            };
            let end = k + unit.map(|u| u.chars().count()).unwrap_or(0);
            let next = chars.get(end).copied();
            let blocked =
                next.is_some_and(|c| NOT_AFTER.contains(&c) && unit.is_none_or(|u| matches!(u, "余" | "多" | "餘")));
            if let (Some(u), false, false) = (unit, ordinal, blocked) {
                if matches!(u, "余" | "多" | "餘") {
                    i = end;
                    continue;
                }
                let text: String = chars[start..end].iter().collect();
                let number: String = chars[start..num_end].iter().collect();
                let label = clause(&chars, start, end);
                if !tile_worthy(&number, u, qualifier, &label) {
                    i = end;
                    continue;
                }
                out.push(KeyFigure {
                    text,
                    number,
                    unit: u.to_string(),
                    label,
                    block: bi,
                });
            }
            i = end.max(start + 1);
        }
    }
    out
}

fn clause(chars: &[char], start: usize, end: usize) -> String {
    let stop = |c: char| matches!(c, '，' | '。' | '；' | '！' | '？' | '：' | '、' | '…' | ',' | ';');
    let mut a = start;
    while a > 0 && !stop(chars[a - 1]) {
        a -= 1;
    }
    let mut b = end;
    while b < chars.len() && !stop(chars[b]) {
        b += 1;
    }
    // keep the label short: at most about 30 characters around the figure
    if b - a > 32 {
        a = a.max(start.saturating_sub(14));
        b = b.min(end + 14);
    }
    chars[a..b].iter().collect::<String>().trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn para(t: &str) -> Vec<Block> {
        vec![Block::new(BlockKind::Paragraph, None, t.to_string(), vec![1])]
    }

    #[test]
    fn corpus_figures() {
        let f = find(&para(
            "组织万余名机关党员参加全国知识挑战赛，936人获评“学习优秀个人”，居全国第二；",
        ));
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].text, "936人");
        assert_eq!(f[0].label, "936人获评“学习优秀个人”");
        let f = find(&para(
            "组建125支“红色志愿服务队”，常态化开展志愿服务3.1万余人次，服务社区445个。",
        ));
        let texts: Vec<&str> = f.iter().map(|k| k.text.as_str()).collect();
        assert_eq!(texts, vec!["125支", "3.1万余人次", "445个"]);
        assert_eq!(f[1].number, "3.1万");
        assert_eq!(f[1].unit, "人次");
        // years, dates, ordinals are not figures
        assert!(find(&para("2024年，第29届大会于3月25日召开，5A级景区。")).is_empty());
        assert_eq!(find(&para("群众好评率达100%。"))[0].text, "100%");
    }

    fn texts(t: &str) -> Vec<String> {
        find(&para(t)).into_iter().map(|k| k.text).collect()
    }

    #[test]
    fn only_tile_worthy_figures() {
        // a bare count under ten is no big-number tile; the achievements beside it are
        assert_eq!(
            texts("对14名优秀共产党员、3名优秀党务工作者、2个先进党支部进行了表彰。"),
            vec!["14名"]
        );
        assert_eq!(
            texts("共捐款人民币28300元；评选上半年度办案能手4名、岗位标兵16名、优秀案例10个。"),
            vec!["28300元", "16名", "10个"]
        );
        // the audience of an event is no achievement, however counted
        assert!(texts("两级法院三个支部40余名党员参加学习，近300人参观成果展。").is_empty());
        assert!(texts("3名党员代表出席会议。").is_empty());
        // but people served, amounts, shares and large counts are
        assert_eq!(texts("累计服务群众3000人次，参与率达5%。"), vec!["3000人次", "5%"]);
        assert_eq!(texts("全市1.2万名党员参加志愿服务。"), vec!["1.2万名"]);
        assert_eq!(texts("资金增长3倍，投入8万元。"), vec!["3倍", "8万元"]);
    }
}
