//! The weaker inputs of issue 4 found in real material: a kicker (引题) above the title in plain text, a lone □
//! line that is a heading, Arabic-numbered headings at the right level, Word numbering that lives in a style or a
//! list style (numbering.xml), and text boxes in .docx; then three inputs users paste from WeChat, web pages and
//! Word: a kicker with neither a blank line nor an inner space, pinyin of ruby annotations behind a garbled
//! character, and a short unpunctuated sentence alone between paragraphs. Built from corpus lines.

mod common;

use std::io::{Cursor, Write};

use zhanban_writeup::{read_file, structure_html, structure_text, BlockKind, Options, WriteUp};
use zip::write::SimpleFileOptions;

fn s(text: &str) -> WriteUp {
    structure_text(text, &Options::default())
}

fn kinds(w: &WriteUp) -> Vec<(BlockKind, Option<u8>, String)> {
    w.blocks.iter().map(|b| (b.kind, b.level, b.text.clone())).collect()
}

fn heading(level: u8, text: &str) -> (BlockKind, Option<u8>, String) {
    (BlockKind::Heading, Some(level), text.to_string())
}

const PARA_13: &str = "今年以来,全市机关各级党组织深入学习宣传贯彻党的二十大精神,坚决贯彻习近平总书记关于机关党建工作重要指示要求,锚定市委重点工作,树牢“大党建”理念,创新“融”的举措,做好“合”的文章,让党旗飘扬、党徽闪耀在实体经济招商引资、城市更新建设、营商环境攻坚一线,以模范机关建设优异成绩奋力书写中国式现代化青岛篇章。";
const PARA_19: &str = "上下同欲者胜。今年,市委市直机关工委落实“带好头、作表率,示范带动主题教育走深走实”要求,将深入开展学习贯彻习近平新时代中国特色社会主义思想主题教育作为重大政治任务。";

#[test]
fn kicker_above_the_title_with_a_blank_line_or_as_a_two_part_phrase() {
    // as a newspaper prints it: 引题, blank line, 主题, then the byline
    let w = s(&format!(
        "坚持党建引领 推动高质量发展\n\n创新党建与业务融合模式 奋力书写模范机关建设“青岛答卷”\n\n□青岛日报/观海新闻记者 刘萍 通讯员 徐文琦\n\n{PARA_13}"
    ));
    assert_eq!(w.kicker.as_deref(), Some("坚持党建引领 推动高质量发展"));
    assert_eq!(
        w.title.as_deref(),
        Some("创新党建与业务融合模式 奋力书写模范机关建设“青岛答卷”")
    );
    assert_eq!(w.byline.reporter.as_deref(), Some("刘萍"));
    // directly above (no blank line), a two-part phrase, and a —— subtitle under the title
    let w = s(&format!(
        "学思想 强党性\n模范机关建设工作成果展示\n——青岛市模范机关建设工作成果展示\n\n{PARA_13}"
    ));
    assert_eq!(w.kicker.as_deref(), Some("学思想 强党性"));
    assert_eq!(w.title.as_deref(), Some("模范机关建设工作成果展示"));
    assert_eq!(w.subtitle.as_deref(), Some("青岛市模范机关建设工作成果展示"));
    // a title broken over two lines is still one title (no kicker)
    let w = s(&format!(
        "创新党建与业务融合模式\n奋力书写模范机关建设“青岛答卷”\n——青岛市模范机关建设工作成果展示\n\n{PARA_13}"
    ));
    assert_eq!(w.kicker, None);
    assert!(w.title.as_deref().unwrap().starts_with("创新党建与业务融合模式"));
}

#[test]
fn a_lone_box_line_that_is_not_a_byline_is_a_heading() {
    let w = s(&format!(
        "创新党建与业务融合模式 奋力书写模范机关建设“青岛答卷”\n\n□青岛日报/观海新闻记者 刘萍 通讯员 徐文琦\n\n{PARA_13}\n\n□坚决把牢政治方向\n\n{PARA_19}\n\n□聚力优化营商环境\n\n□创新打造党建品牌\n\n{PARA_13}"
    ));
    assert_eq!(w.byline.reporter.as_deref(), Some("刘萍"));
    let k = kinds(&w);
    assert_eq!(k[1], heading(1, "坚决把牢政治方向"));
    assert_eq!(
        k[3],
        heading(1, "聚力优化营商环境"),
        "two □ lines in a row are headings, not captions"
    );
    assert_eq!(k[4], heading(1, "创新打造党建品牌"));
    // an article that starts with a □ heading has no title taken from it
    let w = s(&format!("□坚决把牢政治方向\n\n{PARA_19}"));
    assert_eq!(w.title, None);
    assert_eq!(kinds(&w)[0], heading(1, "坚决把牢政治方向"));
}

#[test]
fn arabic_numbered_headings_take_their_level_from_the_chinese_ones() {
    // under 一、 the 1. headings are level 2; a run-in "1.标题。正文" is split
    let w = s(&format!(
        "理思路 强措施 抓落实 推动机关党建各项工作再上新水平\n\n一、突出政治建设,增强机关党组织政治功能\n1.强化理论学习\n{PARA_19}\n2、注重廉政教育,筑牢思想防线。运用“学习强国”“灯塔-党建在线”等平台,开展廉政教育和警示教育,引导党员干部知敬畏、存戒惧、守底线。\n二、强化规范提升,推动机关党建均衡发展\n{PARA_13}"
    ));
    let k = kinds(&w);
    assert_eq!(k[0], heading(1, "一、突出政治建设，增强机关党组织政治功能"));
    assert_eq!(k[1], heading(2, "1.强化理论学习"));
    assert_eq!(k[2].0, BlockKind::Paragraph);
    assert_eq!(k[3], heading(2, "2、注重廉政教育，筑牢思想防线"));
    assert_eq!(k[4].0, BlockKind::Paragraph);
    assert!(k[4].2.starts_with("运用“学习强国”"));
    assert_eq!(k[5].1, Some(1));
    // with no Chinese numbers, 1. is the top level and （1） the second
    let w = s(&format!(
        "模范机关建设工作成果展示\n\n{PARA_13}\n\n1. 坚决把牢政治方向\n\n（1）深化理论武装\n\n{PARA_19}\n\n2. 聚力优化营商环境\n\n{PARA_13}"
    ));
    let k = kinds(&w);
    assert_eq!(k[1], heading(1, "1.坚决把牢政治方向"));
    assert_eq!(k[2], heading(2, "（1）深化理论武装"));
    assert_eq!(k[4], heading(1, "2.聚力优化营商环境"));
    // numbers in running text are not headings: 1.5万, a list item that is a whole sentence
    let w = s(&format!(
        "{PARA_13}\n\n1.5万名党员干部下沉一线,开展志愿服务3.1万余人次。\n\n1、全市共有936人获评“学习优秀个人”。\n\n{PARA_19}"
    ));
    assert!(
        w.blocks.iter().all(|b| b.kind == BlockKind::Paragraph),
        "{:?}",
        kinds(&w)
    );
}

// ---- .docx ----

const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml""#;

fn p(style: Option<&str>, text: &str) -> String {
    let ppr = style
        .map(|s| format!(r#"<w:pPr><w:pStyle w:val="{s}"/></w:pPr>"#))
        .unwrap_or_default();
    format!(r#"<w:p>{ppr}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>"#)
}

fn docx(name: &str, body: &str, numbering: Option<&str>, styles: Option<&str>) -> std::path::PathBuf {
    let doc = format!(r#"<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>{body}</w:body></w:document>"#);
    let mut z = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    let mut parts: Vec<(&str, String)> = vec![("word/document.xml", doc)];
    if let Some(n) = numbering {
        parts.push(("word/numbering.xml", format!("<w:numbering {W}>{n}</w:numbering>")));
    }
    if let Some(s) = styles {
        parts.push(("word/styles.xml", format!("<w:styles {W}>{s}</w:styles>")));
    }
    for (n, b) in parts {
        z.start_file(n, opts).unwrap();
        z.write_all(b.as_bytes()).unwrap();
    }
    let bytes = z.finish().unwrap().into_inner();
    let path = common::scratch("weak").join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

const CN_LIST: &str = r#"<w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum>"#;

#[test]
fn word_numbering_through_heading_styles_and_list_styles_is_rendered_as_text() {
    // 标题 1 / 标题 2 numbered through their styles (numPr in styles.xml), as WPS and Word templates do; and a
    // second list that only links to a list style (numStyleLink) and continues its numbers
    let numbering = format!(
        r#"{CN_LIST}<w:abstractNum w:abstractNumId="7"><w:numStyleLink w:val="CaseList"/></w:abstractNum><w:num w:numId="4"><w:abstractNumId w:val="3"/></w:num><w:num w:numId="9"><w:abstractNumId w:val="7"/></w:num>"#
    );
    let styles = r#"<w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:styleId="H2"><w:name w:val="heading 2"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="4"/></w:numPr></w:pPr></w:style><w:style w:type="numbering" w:styleId="CaseList"><w:name w:val="Case List"/><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>"#;
    let laixi = common::corpus_text("laixi-organ-party-building-2022.txt");
    let lines: Vec<&str> = laixi.lines().collect();
    let body3 = lines[4].split_once('。').unwrap().1;
    let body = [
        p(Some("Title"), lines[0]),
        p(None, lines[2]),
        p(Some("H1"), "突出政治建设，增强机关党组织政治功能"),
        p(Some("H2"), "强化理论学习，提高思想觉悟"),
        p(None, body3),
        p(Some("H2"), "注重廉政教育，筑牢思想防线"),
        p(None, body3),
        r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="9"/></w:numPr></w:pPr><w:r><w:t>强化规范提升，推动机关党建均衡发展</w:t></w:r></w:p>"#.to_string(),
        p(None, body3),
        // numbering switched off on the paragraph (numId 0) though its style numbers
        r#"<w:p><w:pPr><w:pStyle w:val="H1"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>结束语</w:t></w:r></w:p>"#.to_string(),
        p(None, body3),
    ]
    .concat();
    let imp = read_file(
        &docx("numbered.docx", &body, Some(&numbering), Some(styles)),
        &Options::default(),
    )
    .unwrap();
    let k = kinds(&imp.writeup);
    let heads: Vec<_> = k.iter().filter(|b| b.0 == BlockKind::Heading).cloned().collect();
    assert_eq!(
        heads,
        vec![
            heading(1, "一、突出政治建设，增强机关党组织政治功能"),
            heading(2, "（一）强化理论学习，提高思想觉悟"),
            heading(2, "（二）注重廉政教育，筑牢思想防线"),
            heading(1, "二、强化规范提升，推动机关党建均衡发展"),
            heading(1, "结束语"),
        ]
    );
}

#[test]
fn docx_text_boxes_are_read_once_and_as_their_own_paragraphs() {
    let laixi = common::corpus_text("laixi-organ-party-building-2022.txt");
    let lines: Vec<&str> = laixi.lines().collect();
    let boxed = |inner: &str| {
        format!(
            r#"<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>{}</w:t></w:r></w:p>"#,
            lines[2]
        )
    };
    let body = [
        p(Some("Title"), lines[0]),
        // a text box holding a heading, anchored in the first paragraph (its text follows the box)
        boxed(&p(None, "突出政治建设，增强机关党组织政治功能")),
        p(None, lines[4]),
        // an old VML text box (no AlternateContent) with two paragraphs: a heading and a caption line
        format!(
            r#"<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent>{}{}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>"#,
            p(None, "强化规范提升，推动机关党建均衡发展"),
            p(None, "■举行市直机关主题教育专题党课，引导机关广大党员干部锤炼坚强党性")
        ),
        p(None, lines[5]),
    ]
    .concat();
    let imp = read_file(&docx("boxes.docx", &body, None, None), &Options::default()).unwrap();
    let w = &imp.writeup;
    let all: String = w.blocks.iter().map(|b| b.text.as_str()).collect::<Vec<_>>().join("\n");
    assert_eq!(
        all.matches("突出政治建设").count(),
        1,
        "the Fallback copy is not read: {all}"
    );
    let k = kinds(w);
    assert_eq!(k[0], heading(1, "突出政治建设，增强机关党组织政治功能"));
    assert_eq!(k[1].0, BlockKind::Paragraph);
    assert!(
        k[1].2.starts_with("莱西市委市直机关工委"),
        "the anchor paragraph keeps its own text: {}",
        k[1].2
    );
    assert!(k.contains(&heading(1, "强化规范提升，推动机关党建均衡发展")), "{k:?}");
    assert!(k
        .iter()
        .any(|b| b.0 == BlockKind::Caption && b.2.starts_with("举行市直机关主题教育专题党课")));
}

// ---- a kicker with neither a blank line nor an inner space ----

#[test]
fn kicker_directly_above_the_title_without_a_gap_or_an_inner_space() {
    // a campaign line above the title, a —— subtitle below
    let w = s(&format!(
        "学习贯彻党的二十大精神\n模范机关建设工作成果展示\n——市直机关工委2023年工作综述\n\n{PARA_13}"
    ));
    assert_eq!(w.kicker.as_deref(), Some("学习贯彻党的二十大精神"));
    assert_eq!(w.title.as_deref(), Some("模范机关建设工作成果展示"));
    assert_eq!(w.subtitle.as_deref(), Some("市直机关工委2023年工作综述"));
    // a slogan typed without its space, a byline below
    let w = s(&format!(
        "奋进新征程建功新时代\n创新党建与业务融合模式 奋力书写模范机关建设“青岛答卷”\n□青岛日报/观海新闻记者 刘萍 通讯员 徐文琦\n\n{PARA_13}"
    ));
    assert_eq!(w.kicker.as_deref(), Some("奋进新征程建功新时代"));
    assert_eq!(
        w.title.as_deref(),
        Some("创新党建与业务融合模式 奋力书写模范机关建设“青岛答卷”")
    );
    assert_eq!(w.byline.reporter.as_deref(), Some("刘萍"));
    // a series with its column (·)
    let w = s(&format!(
        "学习贯彻党的二十大精神·一线见闻\n红帆启航促发展 海岛机关争先锋\n——2024年长岛机关党建工作综述\n\n{PARA_13}"
    ));
    assert_eq!(w.kicker.as_deref(), Some("学习贯彻党的二十大精神·一线见闻"));
    assert_eq!(w.title.as_deref(), Some("红帆启航促发展 海岛机关争先锋"));
    // an adverbial frame (在……下) above a short main title
    let w = s(&format!(
        "在习近平新时代中国特色社会主义思想指引下\n奋力书写模范机关建设“青岛答卷”\n——青岛市模范机关建设工作成果展示\n\n{PARA_13}"
    ));
    assert_eq!(w.kicker.as_deref(), Some("在习近平新时代中国特色社会主义思想指引下"));
    assert_eq!(w.title.as_deref(), Some("奋力书写模范机关建设“青岛答卷”"));
    // a line much shorter than the long title under it
    let w = s(&format!(
        "党建引领\n锚定市委重点工作 创新“融”的举措 做好“合”的文章\n——青岛市模范机关建设工作成果展示\n\n{PARA_13}"
    ));
    assert_eq!(w.kicker.as_deref(), Some("党建引领"));
    assert_eq!(
        w.title.as_deref(),
        Some("锚定市委重点工作 创新“融”的举措 做好“合”的文章")
    );
    // with no subtitle or byline, the kicker is still one when the two lines are the whole header
    let w = s(&format!(
        "学习贯彻党的二十大精神\n模范机关建设工作成果展示\n\n{PARA_13}"
    ));
    assert_eq!(w.kicker.as_deref(), Some("学习贯彻党的二十大精神"));
    assert_eq!(w.title.as_deref(), Some("模范机关建设工作成果展示"));
}

#[test]
fn a_title_broken_over_two_lines_is_not_read_as_a_kicker() {
    let one_title = |text: &str, first: &str, second: &str| {
        let w = s(text);
        assert_eq!(w.kicker, None, "{text}");
        let t = w.title.as_deref().unwrap_or_default();
        assert!(t.starts_with(first) && t.ends_with(second), "{text}: {t}");
    };
    // two halves of a couplet of about the same length (corpus title)
    one_title(
        &format!(
            "创新党建与业务融合模式\n奋力书写模范机关建设“青岛答卷”\n——青岛市模范机关建设工作成果展示\n\n{PARA_13}"
        ),
        "创新党建与业务融合模式",
        "奋力书写模范机关建设“青岛答卷”",
    );
    // the first line does not end a phrase: it ends with a conjunction, or leaves a quote open
    one_title(
        &format!("深入学习贯彻党的二十大精神和\n习近平总书记重要指示精神\n——市直机关工委2023年工作综述\n\n{PARA_13}"),
        "深入学习贯彻党的二十大精神和",
        "习近平总书记重要指示精神",
    );
    one_title(
        &format!("学习贯彻党的二十大精神 奋力书写“模范机关\n建设青岛答卷”\n——市直机关工委2023年工作综述\n\n{PARA_13}"),
        "学习贯彻党的二十大精神",
        "建设青岛答卷”",
    );
    // the second line starts inside a phrase
    one_title(
        &format!("学习贯彻党的二十大精神推进机关党建\n的实践与探索\n——市直机关工委2023年工作综述\n\n{PARA_13}"),
        "学习贯彻党的二十大精神推进机关党建",
        "的实践与探索",
    );
    // the second line is a short tail, not a main title
    one_title(
        &format!("学习贯彻党的二十大精神推动机关党建\n高质量发展\n——市直机关工委2023年工作综述\n\n{PARA_13}"),
        "学习贯彻党的二十大精神推动机关党建",
        "高质量发展",
    );
    // no kicker signal at all: a prepositional first half
    one_title(
        &format!("以高质量党建引领\n机关工作高质量发展\n——市直机关工委2023年工作综述\n\n{PARA_13}"),
        "以高质量党建引领",
        "机关工作高质量发展",
    );
}

// ---- pinyin of ruby annotations behind a garbled character ----

#[test]
fn pinyin_after_a_garbled_character_or_without_brackets_is_removed() {
    let w = s(&format!(
        "融合模式\n\n创新党建与业务融（róng）合模式，市委市直机关工委以“融?róng”促“合”，让党建与业务同频共振。\n\n坚持党建引领，推动融róng合发展，树牢“大党建”理念，创新“融\u{FFFD}róng”的举措。\n\n{PARA_19}"
    ));
    let text: String = w.blocks.iter().map(|b| b.text.as_str()).collect();
    assert!(
        text.contains("创新党建与业务融合模式，市委市直机关工委以“融”促“合”"),
        "{text}"
    );
    assert!(
        text.contains("推动融合发展，树牢“大党建”理念，创新“融”的举措。"),
        "{text}"
    );
    assert!(
        !text.contains("róng") && !text.contains('?') && !text.contains('\u{FFFD}'),
        "{text}"
    );
    // as in a ruby-annotated web copy: one annotation per character, some behind a garbled character
    let w = s("新?xīn时?shí代?dài机jī关guān党dǎng建jiàn，学(xué)习(xí)贯彻。");
    assert_eq!(w.blocks[0].text, "新时代机关党建，学习贯彻。");
    let w = s("创新?xīn机制，开展“两青共进”行动。");
    assert_eq!(w.blocks[0].text, "创新机制，开展“两青共进”行动。");
}

#[test]
fn latin_text_beside_chinese_is_not_taken_for_pinyin() {
    for line in [
        "打开“灯塔-党建在线”App，观看5G直播，访问https://www.qingdao.gov.cn/jgdj查看。",
        "邀请Tom Smith讲授课程，在iPhone和vivo手机上线，步行3km。",
        "巴黎café里的座谈会，和José一起交流。",
        "平台(app)上线，扫码关注公众号(qingdaojgdj)。",
        "这是为什么?lian2024年的问题。",
    ] {
        let w = s(line);
        let got = &w.blocks[0].text;
        let letters = |t: &str| {
            t.chars()
                .filter(|c| c.is_alphanumeric() && c.is_ascii() || "éè".contains(*c))
                .collect::<String>()
        };
        assert_eq!(letters(got), letters(line), "{line} → {got}");
    }
    // a document with toned annotations removes untoned ones too, but only what spells pinyin
    let w = s("學(xué)習(xí)平台(app)上线，關(guān)注公众号(qingdaojgdj)，的(de)。");
    assert_eq!(w.blocks[0].text, "學習平台（app）上线，關注公众号（qingdaojgdj），的。");
}

// ---- a short unpunctuated sentence alone between paragraphs ----

const PARA_21: &str = "说了就算,定了就干。在市直机关的工作要点中,市委市直机关工委提出“一二三六六”工作思路,确保全年工作有目标、有抓手、有成效。";

fn heads(w: &WriteUp) -> Vec<String> {
    w.blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Heading)
        .map(|b| b.text.clone())
        .collect()
}

fn is_paragraph(w: &WriteUp, text: &str) -> bool {
    w.blocks
        .iter()
        .any(|b| b.kind == BlockKind::Paragraph && b.text == text)
}

#[test]
fn a_short_unpunctuated_sentence_between_paragraphs_is_a_paragraph() {
    // unnumbered headings (the corpus's shape), and among them a sentence: a subject and a modal verb
    let w = s(&format!(
        "模范机关建设工作成果展示\n\n{PARA_13}\n\n坚决把牢政治方向\n\n{PARA_19}\n\n我们将继续努力\n\n{PARA_21}\n\n聚力优化营商环境\n\n{PARA_13}\n\n创新打造党建品牌\n\n{PARA_19}"
    ));
    assert_eq!(heads(&w), ["坚决把牢政治方向", "聚力优化营商环境", "创新打造党建品牌"]);
    assert!(is_paragraph(&w, "我们将继续努力"), "{:?}", kinds(&w));
    // a statement of a result: an aspect particle, a key figure
    let w = s(&format!(
        "模范机关建设工作成果展示\n\n{PARA_13}\n\n坚决把牢政治方向\n\n{PARA_19}\n\n机关党员干部的干劲更足了\n\n{PARA_21}\n\n全年开展志愿服务活动120余次\n\n{PARA_13}\n\n聚力优化营商环境\n\n{PARA_19}"
    ));
    assert_eq!(heads(&w), ["坚决把牢政治方向", "聚力优化营商环境"]);
    assert!(is_paragraph(&w, "机关党员干部的干劲更足了"));
    assert!(is_paragraph(&w, "全年开展志愿服务活动120余次"));
    // no headings at all: a lone sentence between two paragraphs
    let w = s(&format!("{PARA_13}\n\n我们将继续努力\n\n{PARA_19}"));
    assert!(
        w.blocks.iter().all(|b| b.kind == BlockKind::Paragraph),
        "{:?}",
        kinds(&w)
    );
    // numbered headings (一、 and （一）): an unnumbered line between two paragraphs is not one of them
    let w = s(&format!(
        "理思路 强措施 抓落实 推动机关党建各项工作再上新水平\n\n一、突出政治建设,增强机关党组织政治功能\n\n（一）强化理论学习,提高思想觉悟\n\n{PARA_19}\n\n机关党员干部理论学习持续走深走实\n\n{PARA_21}\n\n（二）注重廉政教育,筑牢思想防线\n\n{PARA_13}\n\n二、强化规范提升,推动机关党建均衡发展\n\n{PARA_19}"
    ));
    assert!(is_paragraph(&w, "机关党员干部理论学习持续走深走实"), "{:?}", kinds(&w));
    assert_eq!(heads(&w).len(), 4);
    // Arabic-numbered headings likewise
    let w = s(&format!(
        "模范机关建设工作成果展示\n\n{PARA_13}\n\n1.坚决把牢政治方向\n\n{PARA_19}\n\n各项工作取得显著成效\n\n{PARA_21}\n\n2.聚力优化营商环境\n\n{PARA_13}"
    ));
    assert!(is_paragraph(&w, "各项工作取得显著成效"), "{:?}", kinds(&w));
    // HTML whose headings are bold: a line that is not bold is not one of them
    let w = structure_html(
        &format!("<h1>模范机关建设工作成果展示</h1><p>{PARA_13}</p><p><strong>坚决把牢政治方向</strong></p><p>{PARA_19}</p><p>各项工作取得显著成效</p><p>{PARA_21}</p><p><b>聚力优化营商环境</b></p><p>{PARA_13}</p>"),
        &Options::default(),
    );
    assert_eq!(heads(&w), ["坚决把牢政治方向", "聚力优化营商环境"]);
    assert!(is_paragraph(&w, "各项工作取得显著成效"), "{:?}", kinds(&w));
}

#[test]
fn unnumbered_headings_stay_headings() {
    // the corpus's unnumbered headings: model organs (short), party leads (long, two-part), the traditional case
    // (a heading under 【案例概述】 in a document numbered 一、二、)
    let w = s(&common::corpus_text("qingdao-model-organs-2023.txt"));
    assert_eq!(heads(&w).len(), 5);
    let w = s(&common::corpus_text("qingdao-party-leads-2021.txt"));
    assert_eq!(heads(&w).len(), 4);
    let w = s(&common::corpus_text("qingdao-case-four-threes-traditional.txt"));
    assert!(heads(&w).contains(&"“四個三”路徑淬煉“青春之島”先鋒隊伍".to_string()));
    // a lone heading with no sentence signal, in a document without any other heading
    let w = s(&format!("{PARA_13}\n\n全面夯实基层基础\n\n{PARA_19}"));
    assert_eq!(heads(&w), ["全面夯实基层基础"]);
    // a possessive pronoun makes a noun phrase, not a sentence
    let w = s(&format!(
        "模范机关建设工作成果展示\n\n{PARA_13}\n\n我们的主要做法\n\n{PARA_19}\n\n取得的工作成效\n\n{PARA_21}"
    ));
    assert_eq!(heads(&w), ["我们的主要做法", "取得的工作成效"]);
    // section names of a numbered document (结束语, 经验启示) stay headings, as does an unnumbered line that
    // opens a section (a heading follows it) and lines parallel to each other
    let w = s(&format!(
        "理思路 强措施 抓落实 推动机关党建各项工作再上新水平\n\n一、突出政治建设,增强机关党组织政治功能\n\n{PARA_19}\n\n二、强化规范提升,推动机关党建均衡发展\n\n{PARA_13}\n\n经验启示\n\n{PARA_21}\n\n结束语\n\n{PARA_19}"
    ));
    assert_eq!(
        heads(&w),
        [
            "一、突出政治建设，增强机关党组织政治功能",
            "二、强化规范提升，推动机关党建均衡发展",
            "经验启示",
            "结束语"
        ]
    );
    // sentence-like headings are headings when their siblings read the same way
    let w = s(&format!(
        "模范机关建设工作成果展示\n\n{PARA_13}\n\n我们这样把牢政治方向\n\n{PARA_19}\n\n我们这样优化营商环境\n\n{PARA_21}"
    ));
    assert_eq!(heads(&w).len(), 2, "{:?}", kinds(&w));
    // HTML: bold lines stay headings
    let w = structure_html(
        &format!(
            "<h1>模范机关建设工作成果展示</h1><p>{PARA_13}</p><p><strong>我们将继续努力</strong></p><p>{PARA_19}</p>"
        ),
        &Options::default(),
    );
    assert_eq!(heads(&w), ["我们将继续努力"]);
}
