//! The 前言 offered when the user wrote none: a short, editable text for the user to adopt and correct in 展览信息,
//! shaped as this genre's prefaces are — a sentence saying why the exhibition is held (the organiser and the
//! exhibition's title), one lead sentence per write-up saying what was done (the first sentence of its opening that
//! states the work, without a news lead-in or page chrome; a dated account only when there is nothing else, and then
//! without its date), and the closing formula with what the exhibition holds (its parts and pictures, counted). It is
//! offered: until the user writes or adopts a preface, the 前言 board carries the opening paragraphs of the first
//! write-up whose opening states the work (see `model::default_preface_blocks`), and this draft only when every
//! opening narrates an event.
//!
//! Owns only the drafting; it must not decide what a board shows.

use zhanban_writeup::looks_like_chrome;

use crate::chrome::strip_lead_in;
use crate::messages;
use crate::model::{BlockKind, Material};

/// At most this many characters in the draft (about a 前言 panel's worth on 1200×900 at its display size).
const DRAFT_MAX_CHARS: usize = 440;
/// A lead sentence shorter than this says too little to stand in a preface.
const MIN_SENTENCE_CHARS: usize = 12;

/// The draft: why the exhibition is held, the write-ups' lead sentences, what it holds (its parts, and `photos`: the
/// pictures on its boards, not the library's — a copy, a burst's other shots or one too coarse to print are not
/// shown) — each its own paragraph (lines), at most [`DRAFT_MAX_CHARS`]; empty when no write-up has a usable lead
/// sentence.
pub fn draft_preface(material: &Material, photos: usize) -> String {
    let e = &material.exhibition;
    let nonempty = |s: &Option<String>| {
        s.as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_string)
    };
    let opening = messages::preface_opening(nonempty(&e.organiser).as_deref(), nonempty(&e.title).as_deref());
    let parts = material.writeups.iter().filter(|w| !w.blocks.is_empty()).count();
    let closing = messages::preface_closing(parts, photos);
    let room = DRAFT_MAX_CHARS.saturating_sub(opening.chars().count() + closing.chars().count());
    let leads = lead_sentences(material, room);
    if leads.is_empty() {
        return String::new();
    }
    let mut out = vec![opening];
    out.extend(leads);
    out.push(closing);
    out.join("\n")
}

/// One lead sentence per write-up, in the exhibition's order, until `max_chars`; empty when no write-up has a usable
/// one.
fn lead_sentences(material: &Material, max_chars: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut chars = 0;
    for w in &material.writeups {
        let leads: Vec<String> = w
            .blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Paragraph && looks_like_chrome(&b.text).is_none())
            // (a picture's caption read as a paragraph — …慰问品。（某某社区供图）, 图为… — describes a photo)
            .filter(|b| !(b.text.contains("供图") || b.text.trim_start().starts_with("图为")))
            .filter_map(|b| lead_sentence(&b.text))
            .take(LEADS_WEIGHED)
            // (direct speech — “臧老师，我们几个想…” — is a story's voice, never the preface's; a label in 【】 —
            // a document site's 【篇一：…】 run into the text, 【打印】 — is a page's, never the preface's)
            .filter(|s| !s.starts_with(['“', '"', '「', '『', '‘']) && !s.contains(['【', '】']))
            // (a report's list item — 第一，认真学习…; 二是… — or a sentence that leans on the one before — 此次活动内容
            // 丰富…; 同时，… — says nothing alone)
            .filter(|s| !crate::quote::enumerated(s) && !leans_on_context(s))
            .collect();
        // The first that states what was done; else the one that says most of it (a story's opening — 在枣庄，零售户
        // 某某患有… — is how a feature begins, not what a preface says); a dated account or a visit (4月25日上午，…莅临
        // 医院调研…) only when the write-up has nothing else, and then without its date.
        // (a sentence set in a scene — 会上，…; 在机务社区，… — tells the proceedings, less than the account itself)
        let event = |s: &String| crate::headline::narrates_an_event(s);
        let rank = |s: &String| {
            if in_a_scene(s) {
                0
            } else if event(s) {
                1
            } else {
                2
            }
        };
        let Some(sentence) = leads
            .iter()
            .find(|s| substance(s) >= STATEMENT_WORDS && rank(s) == 2)
            // (the account that opens the report says what it is about — 机关第二党支部开展主题党日活动 —, more than
            // a later sentence that names little of the work; later accounts tell its course)
            .or_else(|| leads.iter().find(|s| rank(s) == 1))
            .or_else(|| {
                leads
                    .iter()
                    .filter(|s| rank(s) == 2)
                    .max_by_key(|s| (substance(s), std::cmp::Reverse(s.len())))
            })
            .or_else(|| leads.first())
            .map(|s| without_dateline(s))
        else {
            continue;
        };
        let n = sentence.chars().count();
        if chars + n > max_chars && !out.is_empty() {
            break;
        }
        if !out.contains(&sentence) {
            chars += n;
            out.push(sentence);
        }
    }
    // One script in the draft: a traditional-script page's sentence among simplified ones is converted (the
    // exhibition's own words; the page's text on its board stays as written).
    let traditional = |s: &String| zhanban_writeup::script_of(s) == zhanban_writeup::Script::Traditional;
    if !out.iter().all(traditional) {
        for s in out.iter_mut().filter(|s| traditional(s)) {
            *s = zhanban_writeup::to_simplified(s);
        }
    }
    out
}

/// How many of a write-up's first paragraphs offer their lead sentence.
const LEADS_WEIGHED: usize = 3;
/// A lead sentence with this many words of the genre's work (below) states what was done.
const STATEMENT_WORDS: usize = 2;
/// Words of what the genre reports — the work of organs and party organisations — as opposed to a story's people and
/// scenes; a lead sentence that names none tells an anecdote or sets a scene.
const WORK_WORDS: [&str; 40] = [
    "党建",
    "党员",
    "党组织",
    "党支部",
    "党委",
    "党组",
    "机关",
    "支部",
    "建设",
    "推进",
    "推动",
    "坚持",
    "围绕",
    "聚焦",
    "落实",
    "深化",
    "提升",
    "强化",
    "工作",
    "服务",
    "发展",
    "创新",
    "品牌",
    "载体",
    "效能",
    "治理",
    "模范",
    "作风",
    "队伍",
    "责任",
    "实践",
    "主题",
    "学习",
    "教育",
    "政府",
    "群众",
    "基层",
    "开展",
    "打造",
    "构建",
];

/// Words that open a sentence leaning on what came before (此次活动…, 会后，…) besides the connectives a pull quote
/// avoids (`quote::LEANING`): such a sentence needs its context, which a preface does not give.
const ANAPHORS: [&str; 10] = [
    "此次", "本次", "这次", "此项", "该", "随后", "会后", "其间", "期间", "为此",
];

fn leans_on_context(s: &str) -> bool {
    crate::quote::LEANING.iter().chain(&ANAPHORS).any(|w| s.starts_with(w))
}

/// How many of [`WORK_WORDS`] a sentence names.
fn substance(sentence: &str) -> usize {
    WORK_WORDS.iter().filter(|w| sentence.contains(*w)).count()
}

/// A sentence that opens on its scene: a short first clause of a place or an occasion (会上，…; 活动中，…; 在机务社区，…).
fn in_a_scene(sentence: &str) -> bool {
    let first = crate::headline::clauses(sentence)
        .into_iter()
        .next()
        .unwrap_or_default()
        .trim();
    let n = first.chars().count();
    n < sentence.chars().count() && n <= 10 && (first.starts_with('在') || first.ends_with(['上', '中']))
}

/// The sentence without the clauses that only date it (近日，…; 4月25日上午，…): a preface says what was done, not when.
fn without_dateline(sentence: &str) -> String {
    let mut out = String::new();
    let mut at = 0;
    for c in crate::headline::clauses(sentence) {
        let start = c.as_ptr() as usize - sentence.as_ptr() as usize;
        let end = sentence[start + c.len()..]
            .chars()
            .next()
            .map_or(start + c.len(), |sep| start + c.len() + sep.len_utf8());
        if crate::headline::dated(c.trim()) && end < sentence.len() {
            out.push_str(&sentence[at..start]);
            at = end;
        }
    }
    out.push_str(&sentence[at..]);
    out
}

/// Labels that open a paper's or an editor's lead paragraph (摘要：…, 【编者按】…): the label is not preface text.
/// (编前语 too, and the traditional forms: the parser runs such a label into the note, fresh26 i04, i10)
const LEAD_LABELS: [&str; 11] = [
    "内容摘要",
    "内容提要",
    "核心提示",
    "摘要",
    "提要",
    "编者按",
    "编前语",
    "编者的话",
    "編者按",
    "編前語",
    "导读",
];

/// The paragraph without a leading label of [`LEAD_LABELS`] (with its colon or brackets).
pub(crate) fn strip_label(text: &str) -> &str {
    let t = text.trim_start().trim_start_matches(['【', '[', '〔']);
    for label in LEAD_LABELS {
        if let Some(after) = t.strip_prefix(label) {
            // A label, not a word that begins the sentence: a colon or a closing bracket follows it.
            let rest = after.trim_start_matches(['】', ']', '〕', '：', ':', ' ', '\u{3000}']);
            if rest.len() < after.len() && !rest.is_empty() {
                return rest;
            }
        }
    }
    text
}

/// The first sentence of a paragraph (to its 。！？), without a news lead-in or a label such as 摘要：, when it is long
/// enough to say something.
fn lead_sentence(text: &str) -> Option<String> {
    let t = strip_label(strip_lead_in(text).unwrap_or(text)).trim();
    // (a colon ends it too, but not one in a time of day: 下午15:00)
    let end = t
        .char_indices()
        .find(|&(i, c)| {
            matches!(c, '。' | '！' | '？' | '：')
                || (c == ':' && !t[i + 1..].starts_with(|d: char| d.is_ascii_digit()))
        })
        .map_or(t.len(), |(i, c)| i + c.len_utf8());
    let mut s = t[..end].trim();
    // A sentence that announces what follows (…，活动内容如下：) says what was done in the clauses before its last.
    if s.ends_with(['：', ':']) {
        s = s[..s.rfind(['，', ',']).unwrap_or(0)].trim();
    }
    let s = if s.ends_with(['。', '！', '？']) {
        s.to_string()
    } else {
        format!("{s}。")
    };
    (s.chars().count() >= MIN_SENTENCE_CHARS).then_some(s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{BlockInput, ExhibitionDetails, WriteUpInput};

    fn writeup(id: i64, paras: &[&str]) -> WriteUpInput {
        WriteUpInput {
            id,
            title: format!("文稿{id}"),
            blocks: paras
                .iter()
                .map(|p| BlockInput {
                    kind: BlockKind::Paragraph,
                    text: p.to_string(),
                })
                .collect(),
            key_figures: Vec::new(),
        }
    }

    #[test]
    fn one_lead_sentence_per_write_up_without_lead_ins_or_chrome() {
        let material = Material {
            exhibition: ExhibitionDetails::default(),
            writeups: vec![
                writeup(
                    1,
                    &[
                        "人工智能朗读：",
                        "某某网2024年2月4日讯（记者 王某）市直机关工委近日召开党建工作会议，总结一年来的工作。会议指出……",
                    ],
                ),
                writeup(2, &["（通讯员 李某）区税务局党委扎实推进“五型”模范机关建设，成效明显。下一步……"]),
                writeup(3, &["好。", "很好"]),
                writeup(4, &["摘要：新一代信息通信技术的蓬勃发展，助推传统科层式政府向数字化政府转型。数字政府……"]),
                writeup(5, &["【编者按】模范机关建设是一项长期任务，需要久久为功。"]),
                writeup(6, &["活動倡議一經發出，各部室便積極行動起來，拿起相機、手機，抓拍精彩鏡頭。"]),
                writeup(
                    7,
                    &[
                        "现场为环卫工人送去“清凉”慰问品。（翔鹭社区供图）",
                        "图为党员志愿者在社区服务站为群众解答问题。",
                    ],
                ),
            ],
            photos: Vec::new(),
        };
        assert_eq!(
            lead_sentences(&material, DRAFT_MAX_CHARS).join("\n"),
            "市直机关工委近日召开党建工作会议，总结一年来的工作。\n区税务局党委扎实推进“五型”模范机关建设，成效明显。\n\
             新一代信息通信技术的蓬勃发展，助推传统科层式政府向数字化政府转型。\n\
             模范机关建设是一项长期任务，需要久久为功。\n\
             活动倡议一经发出，各部室便积极行动起来，拿起相机、手机，抓拍精彩镜头。"
        );
        // A feature that opens on a story: the first paragraph that states the work stands in the preface.
        let story = Material {
            writeups: vec![writeup(
                1,
                &[
                    "在枣庄，零售户孙某患有先天性疾病，店铺经营状况不理想。愁困之际，区局上门帮扶。",
                    "“臧老师，我们几个想拍一张与党旗合影的照片，党建工作能帮忙吗？”学生们围了上来。",
                    "打造党建品牌，夯实落地载体，办好民生实事，推动党建优势转化为治理效能。",
                ],
            )],
            ..material.clone()
        };
        assert_eq!(
            lead_sentences(&story, DRAFT_MAX_CHARS).join("\n"),
            "打造党建品牌，夯实落地载体，办好民生实事，推动党建优势转化为治理效能。"
        );
        assert_eq!(
            draft_preface(
                &Material {
                    writeups: Vec::new(),
                    ..material
                },
                0
            ),
            ""
        );
    }

    /// Issue 14, eighteenth round: the draft prefers a lead sentence that states the work over a dated account; a
    /// report that has only its account gives it without the date, never a scene of its proceedings (会上，…).
    #[test]
    fn a_lead_sentence_states_the_work_before_an_account() {
        let material = Material {
            writeups: vec![
                writeup(
                    1,
                    &[
                        "近日，市直机关工委召开党建工作推进会，总结交流经验。",
                        "市直机关工委坚持以党建引领业务工作，推动机关党建与中心工作深度融合。",
                    ],
                ),
                writeup(
                    2,
                    &[
                        "4月25日上午，市卫计委组织处处长曹文龙、副处长高莉和张金志莅临医院调研党建工作，了解党建文化品牌创建工作开展情况。",
                        "会上，市口腔党支部书记顾红政分别介绍了2018年党建重点工作、医院党建文化品牌主要思路。",
                    ],
                ),
            ],
            ..Default::default()
        };
        assert_eq!(
            lead_sentences(&material, DRAFT_MAX_CHARS).join("\n"),
            "市直机关工委坚持以党建引领业务工作，推动机关党建与中心工作深度融合。\n\
             市卫计委组织处处长曹文龙、副处长高莉和张金志莅临医院调研党建工作，了解党建文化品牌创建工作开展情况。"
        );
    }

    #[test]
    fn a_sentence_with_a_sites_label_in_square_brackets_is_no_lead() {
        // fresh12 z10 (a document-sharing page): the site's category, the document's title twice and its
        // 【篇一：…】 label run into the first sentence, which the draft put in the 前言 (lead's look).
        let material = Material {
            writeups: vec![writeup(
                1,
                &[
                    "材料范文之活动经验交流材料活动经验交流材料【篇一:文化工作经验交流材料】文化和谐发展社会安定文明新忽热苏木文化站2012年4月5日新忽热苏木东与包头市达茂旗接壤,南与石哈河镇相邻,北与巴音乌兰苏木毗邻,西连海流图镇。",
                    "全苏木党员干部围绕基层文化建设工作，推动文化惠民工程落地见效。",
                ],
            )],
            ..Default::default()
        };
        let draft = draft_preface(&material, material.photos.len());
        assert!(!draft.contains('【') && draft.contains("文化惠民工程"), "{draft}");
    }

    /// Lead's look (2026-12-07, four real 主题党日 reports of a 机关): the draft gave a report's list item (第一，认真学习
    /// …), a sentence leaning on its context (此次活动内容丰富、形式多样。) and a closing appraisal (此次主题党日活动不仅是一次
    /// 视觉的盛宴…) where each report's opening says what was done; and an opening announcing a list (…，活动内容如下：)
    /// came out as "…如下：。".
    #[test]
    fn a_short_reports_lead_is_what_it_opens_with_never_a_list_item_or_an_aside() {
        let material = Material {
            writeups: vec![
                writeup(
                    1,
                    &[
                        "2020年1月19日，机关第二党支部开展主题党日和民族团结联谊活动。院办公室主任孙利辉回顾了2019年重点工作完成情况。",
                        "此次活动内容丰富、形式多样。期间开展民族团结联谊活动，大家互道祝福，共贺新春。",
                    ],
                ),
                writeup(
                    2,
                    &[
                        "根据院党委安排，2月23日下午，一支部集中开展2月主题党日活动，活动内容如下：",
                        "第一，认真学习习近平总书记在二十届中央纪委三次全会上发表重要讲话的精神。",
                        "第二，根据《中国共产党章程》和关于民主评议党员的相关规定，开展党员民主评议。",
                    ],
                ),
                writeup(
                    3,
                    &[
                        "10月12日上午，集团综合办公室党支部召开主题党日活动，组织支部党员前往省文联艺术展览中心，观赏书画摄影展。",
                        "本次展览集中展出省直机关干部职工创作的书画作品和摄影佳作。",
                        "此次主题党日活动不仅是一次视觉的盛宴，更是一次深刻的思想洗礼。",
                    ],
                ),
                writeup(4, &["2018年6月28日下午15:00，市直机关工委召开党建工作推进会，总结交流经验。"]),
            ],
            ..Default::default()
        };
        assert_eq!(
            lead_sentences(&material, DRAFT_MAX_CHARS).join("\n"),
            "机关第二党支部开展主题党日和民族团结联谊活动。\n\
             根据院党委安排，一支部集中开展2月主题党日活动。\n\
             集团综合办公室党支部召开主题党日活动，组织支部党员前往省文联艺术展览中心，观赏书画摄影展。\n\
             市直机关工委召开党建工作推进会，总结交流经验。"
        );
    }

    /// Lead's look (2026-12-07): the drafted 前言 on the board said 展出图片 10 幅 where the boards showed 8 — two
    /// WeChat copies too coarse to print stayed in the library. The board's draft counts the pictures shown.
    #[test]
    fn the_drafted_preface_on_the_board_counts_the_pictures_shown() {
        let photo = |hash: &str, w: u32, h: u32| crate::model::PhotoInput {
            hash: hash.into(),
            file_name: format!("{hash}.jpg"),
            width_px: w,
            height_px: h,
            orientation: 1,
            caption: None,
            anchor: None,
            facts: Default::default(),
        };
        let material = Material {
            writeups: vec![writeup(
                1,
                &["4月27日下午，市总工会集中主题党日活动在一楼会议室举行。市总工会机关全体党员参加活动。"],
            )],
            photos: vec![photo("a", 4000, 3000), photo("b", 4000, 3000), photo("c", 320, 240)],
            ..Default::default()
        };
        let plan = crate::plan::plan(&material, &crate::overrides::Overrides::default());
        let preface = plan.groups.iter().find(|g| g.key == "preface").expect("a 前言");
        let text: String = preface.paras.iter().map(|p| p.text.as_str()).collect();
        assert!(text.contains("展出图片 2 幅"), "{text}");
        assert!(draft_preface(&material, 3).contains("展出图片 3 幅"));
    }

    /// The draft reads as a preface of the genre: why the exhibition is held (organiser and title), what was done
    /// (the lead sentences), what the exhibition holds (its parts and pictures, counted), within a panel's length.
    #[test]
    fn the_draft_opens_with_the_exhibition_and_closes_with_what_it_holds() {
        let photo = |hash: &str| crate::model::PhotoInput {
            hash: hash.into(),
            file_name: format!("{hash}.jpg"),
            width_px: 4000,
            height_px: 3000,
            orientation: 1,
            caption: None,
            anchor: None,
            facts: Default::default(),
        };
        let material = Material {
            exhibition: ExhibitionDetails {
                title: Some("模范机关建设成果展".into()),
                organiser: Some("中共某某市直机关工作委员会".into()),
                ..Default::default()
            },
            writeups: vec![
                writeup(1, &["区税务局党委扎实推进“五型”模范机关建设，成效明显。下一步……"]),
                writeup(2, &["市直机关工委持续深化党建品牌创建，推动党建与业务深度融合。"]),
            ],
            photos: vec![photo("a"), photo("b"), photo("c")],
        };
        let draft = draft_preface(&material, material.photos.len());
        let lines: Vec<&str> = draft.lines().collect();
        assert_eq!(lines.len(), 4, "{draft}");
        assert!(
            lines[0].contains("中共某某市直机关工作委员会") && lines[0].contains("模范机关建设成果展"),
            "{draft}"
        );
        assert_eq!(lines[1], "区税务局党委扎实推进“五型”模范机关建设，成效明显。");
        assert!(lines[3].contains("2 个部分") && lines[3].contains("3 幅"), "{draft}");
        assert!(draft.chars().count() <= DRAFT_MAX_CHARS);
        // many long write-ups: the lead sentences give way, the frame stays
        let long = "市直机关工委坚持以党建引领业务工作，推动机关党建与中心工作深度融合，在服务大局、服务基层、服务群众中取得了明显成效，得到了上级的充分肯定。";
        let many = Material {
            writeups: (1..=8).map(|i| writeup(i, &[long])).collect(),
            ..material.clone()
        };
        let draft = draft_preface(&many, many.photos.len());
        assert!(
            draft.chars().count() <= DRAFT_MAX_CHARS + long.chars().count(),
            "{draft}"
        );
        assert!(draft.lines().last().is_some_and(|l| l.contains("8 个部分")), "{draft}");
        // nothing to say: no draft at all
        assert_eq!(
            draft_preface(
                &Material {
                    writeups: Vec::new(),
                    ..material
                },
                0
            ),
            ""
        );
    }

    /// Issue 14, twenty-first round (fresh26 i04): the label of an editor's note run into it ("编前语：…", as the parser
    /// reads it) opened the default 前言.
    #[test]
    fn an_editors_note_label_run_into_the_note_is_no_preface_text() {
        assert_eq!(
            strip_label("编前语：文明是历史的交响，精神是时代的强音。"),
            "文明是历史的交响，精神是时代的强音。"
        );
        assert_eq!(
            strip_label("編者按：風雨兼程，我們站在又一個“十年”節點之上。"),
            "風雨兼程，我們站在又一個“十年”節點之上。"
        );
        assert_eq!(strip_label("编前语言简洁"), "编前语言简洁");
    }
}
