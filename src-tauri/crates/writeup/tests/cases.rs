//! One test per case of issue 4, points 2–4, built from real corpus lines.

mod common;

use zhanban_writeup::{is_mostly_traditional, structure_text, BlockKind, Options, WriteUp};

fn s(text: &str) -> WriteUp {
    structure_text(text, &Options::default())
}

/// The texts of the blocks of one kind, in order.
fn texts_of(w: &WriteUp, kind: BlockKind) -> Vec<&str> {
    w.blocks
        .iter()
        .filter(|b| b.kind == kind)
        .map(|b| b.text.as_str())
        .collect()
}

fn kinds(w: &WriteUp) -> Vec<(BlockKind, Option<u8>, String)> {
    w.blocks.iter().map(|b| (b.kind, b.level, b.text.clone())).collect()
}

const PARA_13: &str = "今年以来,全市机关各级党组织深入学习宣传贯彻党的二十大精神,坚决贯彻习近平总书记关于机关党建工作重要指示要求,锚定市委重点工作,树牢“大党建”理念,创新“融”的举措,做好“合”的文章,让党旗飘扬、党徽闪耀在实体经济招商引资、城市更新建设、营商环境攻坚一线,以模范机关建设优异成绩奋力书写中国式现代化青岛篇章。";

#[test]
fn title_broken_over_two_lines() {
    let w = s(&format!(
        "创新党建与业务融合模式\n奋力书写模范机关建设“青岛答卷”\n——青岛市模范机关建设工作成果展示\n□青岛日报/观海新闻记者 刘萍 通讯员 徐文琦\n\n{PARA_13}"
    ));
    assert_eq!(
        w.title.as_deref(),
        Some("创新党建与业务融合模式 奋力书写模范机关建设“青岛答卷”")
    );
    assert_eq!(w.subtitle.as_deref(), Some("青岛市模范机关建设工作成果展示"));
    assert_eq!(w.blocks.len(), 1);
}

#[test]
fn dash_inside_quotes_is_not_a_subtitle() {
    let w = s(&format!(
        "“深化作风能力再出发——优化营商环境见行动”最美瞬间展示\n\n{PARA_13}"
    ));
    assert_eq!(
        w.title.as_deref(),
        Some("“深化作风能力再出发——优化营商环境见行动”最美瞬间展示")
    );
    assert_eq!(w.subtitle, None);
}

#[test]
fn title_subtitle_and_unit_on_one_line() {
    let w = s(&format!(
        "红帆启航促发展 海岛机关争先锋——2024年长岛机关党建工作综述 长岛综合实验区机关工委\n{PARA_13}"
    ));
    assert_eq!(w.title.as_deref(), Some("红帆启航促发展 海岛机关争先锋"));
    assert_eq!(w.subtitle.as_deref(), Some("2024年长岛机关党建工作综述"));
    assert_eq!(w.byline.source.as_deref(), Some("长岛综合实验区机关工委"));
    let w = s(&format!(
        "红帆启航促发展 海岛机关争先锋——2024年长岛机关党建工作综述（长岛综合实验区机关工委）\n{PARA_13}"
    ));
    assert_eq!(w.byline.source.as_deref(), Some("长岛综合实验区机关工委"));
}

#[test]
fn bylines_in_their_forms() {
    let w = s(&format!(
        "理思路 强措施 抓落实 推动机关党建各项工作再上新水平\n作者: 发布时间:2022/3/25 19:54:39 点击率:0\n{PARA_13}"
    ));
    assert_eq!(
        w.title.as_deref(),
        Some("理思路 强措施 抓落实 推动机关党建各项工作再上新水平")
    );
    assert_eq!(w.byline.date_iso.as_deref(), Some("2022-03-25"));
    assert_eq!(w.byline.author, None);
    assert!(w.dropped.iter().any(|d| d.text.contains("点击率")));

    let w = s(&format!(
        "海岛机关争先锋\n信息来源:长岛综合实验区机关工委 发布日期:2025-03-05\n{PARA_13}"
    ));
    assert_eq!(w.byline.source.as_deref(), Some("长岛综合实验区机关工委"));
    assert_eq!(w.byline.date_iso.as_deref(), Some("2025-03-05"));

    let w = s(&format!(
        "青岛以高质量党建统领高质量发展\n\n2021-02-23 06:42    青岛日报\n\n{PARA_13}"
    ));
    assert_eq!(w.byline.source.as_deref(), Some("青岛日报"));
    assert_eq!(w.byline.date_iso.as_deref(), Some("2021-02-23"));

    let w = s(&format!("青岛以高质量党建统领高质量发展\n来源：青岛日报\n{PARA_13}"));
    assert_eq!(w.byline.source.as_deref(), Some("青岛日报"));
    assert_eq!(w.blocks.len(), 1);
}

#[test]
fn source_or_byline_is_never_the_title() {
    let w = s(&format!(
        "信息来源:长岛综合实验区机关工委 发布日期:2025-03-05\n{PARA_13}"
    ));
    assert_eq!(w.title, None);
    let w = s(&format!("首页 > 机关党建 > 正文\n{PARA_13}"));
    assert_eq!(w.title, None);
    assert_eq!(w.dropped.len(), 1);
    // text that starts with running text has no title
    let w = s(&common::corpus_text("qingdao-case-four-threes-traditional.txt"));
    assert_eq!(w.title, None);
}

#[test]
fn headings_two_levels_and_run_in() {
    let text = common::corpus_text("laixi-organ-party-building-2022.txt");
    let w = s(&text);
    let k = kinds(&w);
    assert_eq!(
        k[1],
        (
            BlockKind::Heading,
            Some(1),
            "一、突出政治建设，增强机关党组织政治功能".into()
        )
    );
    assert_eq!(
        k[2],
        (BlockKind::Heading, Some(2), "（一）强化理论学习，提高思想觉悟".into())
    );
    assert_eq!(k[3].0, BlockKind::Paragraph);
    assert!(k[3].2.starts_with("把学懂弄通做实习近平新时代中国特色社会主义思想"));
    // unnumbered section lines
    let w = s(&common::corpus_text("qingdao-model-organs-2023.txt"));
    let heads = texts_of(&w, BlockKind::Heading);
    assert_eq!(
        heads,
        [
            "坚决把牢政治方向",
            "聚力优化营商环境",
            "创新打造党建品牌",
            "全面夯实基层基础",
            "大力建设活力机关"
        ]
    );
}

#[test]
fn run_in_points_are_not_headings() {
    let w = s("一是强化理论学习，提高思想觉悟。把学懂弄通做实习近平新时代中国特色社会主义思想作为首要政治任务。\n二是注重廉政教育，筑牢思想防线。运用“学习强国”等线上平台学习资源。");
    assert!(
        w.blocks.iter().all(|b| b.kind == BlockKind::Paragraph),
        "{:?}",
        kinds(&w)
    );
    assert_eq!(w.blocks.len(), 2);
}

#[test]
fn captions_marked_and_unmarked() {
    let w = s(&common::corpus_text("qingdao-model-organs-2023.txt"));
    let caps: Vec<&str> = w
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Caption)
        .map(|b| b.text.as_str())
        .collect();
    assert_eq!(caps.len(), 11);
    assert!(caps[0].starts_with("举行市直机关主题教育专题党课"));
    // runs of short unpunctuated lines whose photos were lost are captions, not headings
    let w = s(&common::corpus_text("qingdao-case-four-threes-traditional.txt"));
    let caps = w.blocks.iter().filter(|b| b.kind == BlockKind::Caption).count();
    assert_eq!(caps, 8);
}

#[test]
fn hard_wrapped_text_rejoined() {
    // a PDF copy wrapped every 28 characters
    let text = common::corpus_text("laixi-organ-party-building-2022.txt");
    let paras: Vec<&str> = text.lines().filter(|l| l.chars().count() > 100).take(4).collect();
    let mut wrapped = String::from("理思路 强措施 抓落实 推动机关党建各项工作再上新水平\n");
    for p in &paras {
        let chars: Vec<char> = p.chars().collect();
        for chunk in chars.chunks(28) {
            wrapped.push_str(&chunk.iter().collect::<String>());
            wrapped.push('\n');
        }
    }
    let w = s(&wrapped);
    let bodies: Vec<&str> = w.blocks.iter().map(|b| b.text.as_str()).collect();
    let want: Vec<String> = paras
        .iter()
        .map(|p| zhanban_writeup::normalize::clean(p, false))
        .collect();
    assert!(bodies.len() >= 4, "{bodies:?}");
    // the run-in heading of each paragraph is split off; the rest must be whole
    let joined: String = bodies.concat();
    for p in &want {
        let tail: String = p.chars().skip(40).collect();
        assert!(joined.contains(&tail), "paragraph not re-joined: {tail}");
    }
    assert!(w
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Paragraph)
        .all(|b| b.text.chars().count() > 28));
}

#[test]
fn paragraph_broken_mid_word_rejoined() {
    let text = common::corpus_text("qingdao-model-organs-2023.txt");
    let w = s(&text);
    let b = w
        .blocks
        .iter()
        .find(|b| b.text.contains("推动党建“第一责任”深度融入发展“第一要务”。"))
        .unwrap();
    assert!(b
        .text
        .contains("“第一要务”。今年以来，市委市直机关工委先后赴市企业联合会"));
    assert_eq!(b.lines, vec![31, 33]);
}

#[test]
fn junk_dropped_with_reasons() {
    let w = s(&common::corpus_text("qingdao-party-leads-2021.txt"));
    let dropped: Vec<&str> = w.dropped.iter().map(|d| d.text.as_str()).collect();
    for j in [
        "青岛新闻APP",
        "打开",
        "最新评论",
        "打开APP查看更多评论",
        "精彩推荐",
        "速看!青岛人才住房新政",
        "查看更多",
    ] {
        assert!(dropped.contains(&j), "{j} not dropped");
    }
    assert!(w.dropped.iter().all(|d| !d.reason.is_empty()));
    assert!(w
        .blocks
        .iter()
        .all(|b| !b.text.contains("精彩推荐") && !b.text.contains("APP查看")));
    let w = s(&common::corpus_text("changdao-review-2024.txt"));
    assert!(w.dropped.iter().any(|d| d.text.contains("Produced By")));
    let w = s(&common::corpus_text("qingdao-case-four-threes-traditional.txt"));
    assert!(w.dropped.iter().any(|d| d.text.starts_with("責(zé)任編輯")));
    let w = s(&format!("{PARA_13}\n【打印】【关闭】\n上一条 下一条\nCopyright © 2024 青岛市委市直机关工委 版权所有\n鲁ICP备05004412号\n[图片]"));
    assert_eq!(w.blocks.len(), 1);
    assert_eq!(w.dropped.len(), 5);
}

#[test]
fn punctuation_quotes_spaces_and_pinyin_normalised() {
    let w = s(&common::corpus_text("changdao-review-2024.txt"));
    assert!(w.blocks[0].text.starts_with("2024年，长岛综合试验区深入学习贯彻"));
    assert!(w
        .blocks
        .iter()
        .any(|b| b.text.contains("观摩交流活动（党课）") || b.text.contains("电视片（党课）")));
    let w = s("组织开展\"我和我的支部\"微视频征集,对系统 49个先进基层党组织予以表彰。");
    assert_eq!(
        w.blocks[0].text,
        "组织开展“我和我的支部”微视频征集，对系统49个先进基层党组织予以表彰。"
    );
    let w = s(&common::corpus_text("qingdao-case-four-threes-traditional.txt"));
    assert!(w.blocks[0].text.starts_with("為深入學習貫徹習近平總書記關于機關黨建"));
    assert!(w
        .blocks
        .iter()
        .all(|b| !b.text.contains("(xí)") && !b.text.contains("(guān)")));
}

#[test]
fn traditional_detected_and_converted_on_request() {
    let text = common::corpus_text("qingdao-case-four-threes-traditional.txt");
    assert!(is_mostly_traditional(&text));
    assert!(!is_mostly_traditional(&common::corpus_text(
        "qingdao-model-organs-2023.txt"
    )));
    let w = s(&text);
    assert!(w.traditional && !w.simplified);
    let w = structure_text(&text, &Options { simplified: true });
    assert!(w.simplified);
    let h: Vec<&str> = w
        .blocks
        .iter()
        .filter(|b| b.level == Some(1))
        .map(|b| b.text.as_str())
        .collect();
    assert!(h.contains(&"一、修好“三门课”，铸就政治忠诚硬脊梁"), "{h:?}");
    assert!(w.blocks[0].text.starts_with("为深入学习贯彻习近平总书记关于机关党建"));
    // dropped lines stay as they came in
    assert!(w.dropped.iter().any(|d| d.text.starts_with("責")));
}

#[test]
fn key_figures_found() {
    let w = s(&common::corpus_text("qingdao-model-organs-2023.txt"));
    let f = w.key_figures.iter().find(|k| k.text == "936人").unwrap();
    assert_eq!(f.label, "936人获评“学习优秀个人”");
    assert!(w.blocks[f.block].text.contains("936人获评"));
}

// ---- issue 14, second round: cross-site signals (lines from the tuning pages p04, p16, p20, p34, p37) ----

#[test]
fn bracketed_labels_between_paragraphs_are_captions() {
    let w = s(&format!(
        "{PARA_13}\n（示范品牌）\n（典型品牌）\n（优秀品牌）\n{PARA_13}"
    ));
    let k: Vec<BlockKind> = w.blocks.iter().map(|b| b.kind).collect();
    use BlockKind::{Caption, Paragraph};
    assert_eq!(k, [Paragraph, Caption, Caption, Caption, Paragraph]);
}

#[test]
fn related_links_with_dates_before_the_text_are_chrome() {
    let w = s(&format!(
        "更新时间:2020-09-30\n消防演练活动总结个人汇报\n2023-05-15\n2023-05-15\n幼儿园开展防震减灾疏散演练活动总结\n2023-05-15\n\n{PARA_13}"
    ));
    assert_eq!(w.title, None);
    assert_eq!(w.blocks.len(), 1);
    assert!(w.dropped.iter().any(|d| d.lines == [2]) && w.dropped.iter().any(|d| d.lines == [5]));
}

#[test]
fn the_title_printed_again_broken_over_lines_is_dropped() {
    let w = s(&format!(
        "阿坝藏族羌族自治州人民代表大会常务委员会机关公文处理办法\n\n来源:州人大\n更新日期:2024-01-12\n\n阿坝藏族羌族自治州人民代表大会\n\n常务委员会机关公文处理办法\n\n{PARA_13}"
    ));
    assert_eq!(
        w.title.as_deref(),
        Some("阿坝藏族羌族自治州人民代表大会常务委员会机关公文处理办法")
    );
    assert_eq!(w.blocks.len(), 1, "{:?}", kinds(&w));
}

#[test]
fn a_timestamp_on_the_address_line_is_the_date() {
    let w = s(&format!(
        "泸州市龙马潭区直机关举行党建示范品牌评定会\n\nhttp://www.scjgdj.gov.cn/  (2023-01-05 09:45:05)\n\n{PARA_13}"
    ));
    assert_eq!(w.byline.date.as_deref(), Some("2023-01-05 09:45:05"));
    assert_eq!(w.blocks.len(), 1);
}

#[test]
fn a_colon_label_over_a_slogan_heads_a_section() {
    let w = s(&format!(
        "标题\n\n{PARA_13}\n\n人民日报社:\n\n唱响众志成城抗击疫情最强音\n\n{PARA_13}"
    ));
    let heads: Vec<(Option<u8>, String)> = w
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Heading)
        .map(|b| (b.level, b.text.clone()))
        .collect();
    assert_eq!(
        heads,
        [
            (Some(1), "人民日报社：".to_string()),
            (Some(2), "唱响众志成城抗击疫情最强音".to_string())
        ]
    );
}

/// In a list of articles (a regulation's 一、 clauses, two or more too long to be headings), a short clause with
/// a full stop is a paragraph too, not a heading; a clause does not split into a run-in heading.
#[test]
fn short_numbered_articles_are_paragraphs() {
    let long1 = "一、根据《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》，参照上级人民政府工作规则的有关规定，结合本县实际，制定本规则。";
    let long2 = "二、县政府工作的指导思想是，以习近平新时代中国特色社会主义思想为指导，认真执行党的路线方针政策，全面正确履行政府职能，努力建设人民满意的服务型政府。";
    let short = "三、县政府由县长、副县长和各工作部门主要负责人组成。";
    let run_in = "四、县政府实行县长负责制。县长主持县政府全面工作，副县长协助县长工作。";
    let w = s(&format!(
        "某县人民政府工作规则\n\n第一章 总则\n\n{long1}\n\n{long2}\n\n第二章 组成人员\n\n{short}\n\n{run_in}\n"
    ));
    let k = kinds(&w);
    let heads: Vec<&str> = k
        .iter()
        .filter(|b| b.0 == BlockKind::Heading)
        .map(|b| b.2.as_str())
        .collect();
    assert_eq!(heads, ["第一章 总则", "第二章 组成人员"], "{k:#?}");
    let paras = k.iter().filter(|b| b.0 == BlockKind::Paragraph).count();
    assert_eq!(paras, 4, "{k:#?}");

    // an ordinary document: 一、 headings over their text stay headings
    let w = s(&format!(
        "某单位工作总结\n\n一、主要做法\n\n{PARA_13}\n\n二、下一步打算。\n\n{PARA_13}\n"
    ));
    let heads = w.blocks.iter().filter(|b| b.kind == BlockKind::Heading).count();
    assert_eq!(heads, 2, "{w:#?}");
}

/// The item after a numbered sentence of a list is a sentence too, and cut short by the page end it is marked so:
/// "6、组" after "5、加强对党员的教育……。" is no heading.
#[test]
fn a_numbered_item_cut_short_is_a_paragraph_cut_off() {
    let w = s(&format!(
        "某单位党支部建设标准\n\n{PARA_13}\n\n4、围绕党在各个时期的中心工作，深入开展多种形式的创先争优活动。\n\n\
         5、加强对党员的教育、管理和监督，提高党员素质，增强党性。\n\n6、组"
    ));
    let last = w.blocks.last().unwrap();
    assert_eq!(
        (last.kind, last.text.as_str()),
        (BlockKind::Paragraph, "6、组"),
        "{w:#?}"
    );
    assert!(last.cut_off);
}

/// Credits and signatures of news items and notices: a caption credited after a slash, a name (or unit and name)
/// in brackets closing the text, the medium of a …讯 lead-in, the fields of a credit line (新聞來源, 攝像, 網絡編輯),
/// the clerk who posted the page (发布人) who is no author, the unit after a headline's dash, and a notice's
/// signature (unit, date) that stays text.
#[test]
fn credits_signatures_and_lead_ins() {
    let w = s(&format!(
        "{PARA_13}\n浙江共产党员杂志集团2022年度全省宣传工作会议现场/陆伟摄\n{PARA_13}"
    ));
    assert_eq!(w.blocks[1].kind, BlockKind::Caption, "{w:#?}");

    let w = s(&format!(
        "{PARA_13}\n今年以来，该局组织党员志愿者深入结对社区开展系列活动，推动社区志愿服务常态化。（刘扬平）"
    ));
    assert_eq!(w.byline.author.as_deref(), Some("刘扬平"), "{w:#?}");
    assert!(w.blocks[1].text.ends_with("常态化。"), "{w:#?}");
    let w = s(&format!("{PARA_13}\n将一如既往地开展好志愿服务活动。（图书馆 孙静蕾）"));
    assert_eq!(w.byline.author.as_deref(), Some("孙静蕾"), "{w:#?}");

    let w = s(&format!(
        "萧山日报讯 （首席记者 张莎 实习生 蒋静）2月7日，社区院坝里好热闹。{PARA_13}"
    ));
    assert_eq!(
        (w.byline.source.as_deref(), w.byline.reporter.as_deref()),
        (Some("萧山日报"), Some("张莎"))
    );
    let w = s(&format!("本报讯（记者 林宗楷）昨天，{PARA_13}"));
    assert_eq!(w.byline.source, None, "本报 is no source");

    let w = s(&format!(
        "{PARA_13}\n新聞來源:機關黨總支 通訊員:張美麗 攝像:經曉巍 網絡編輯:李冰"
    ));
    assert_eq!(w.byline.source.as_deref(), Some("機關黨總支"), "{w:#?}");
    assert_eq!(w.byline.correspondent.as_deref(), Some("張美麗"));
    assert_eq!(w.blocks.len(), 1);

    let w = s(&format!(
        "“志愿服务人人有责”主题党日活动——中共某某学校党支部\n浏览次数:次 发布时间:2020-06-08 发布人:校办\n{PARA_13}"
    ));
    assert_eq!(w.title.as_deref(), Some("“志愿服务人人有责”主题党日活动"), "{w:#?}");
    assert_eq!(
        (w.subtitle, w.byline.source.as_deref()),
        (None, Some("中共某某学校党支部"))
    );
    assert_eq!((w.byline.author, w.byline.date.as_deref()), (None, Some("2020-06-08")));

    let w = s(&format!(
        "关于加强党建工作信息报送的通知\n各党（总）支部：\n{PARA_13}\n集团党委办公室\n2019年4月10日"
    ));
    assert_eq!(w.byline.date, None, "{w:#?}");
    let paras = texts_of(&w, BlockKind::Paragraph);
    assert_eq!(paras[paras.len() - 2..], ["集团党委办公室", "2019年4月10日"], "{w:#?}");
    assert!(w.blocks.iter().all(|b| b.kind != BlockKind::Heading));
}

/// A short last line without its full stop is cut off too ("褚定华回顾了浙江共产党"), not only long ones.
#[test]
fn a_short_fragment_at_the_end_is_cut_off() {
    let w = s(&format!("{PARA_13}\n褚定华回顾了浙江共产党"));
    assert!(w.blocks.last().unwrap().cut_off, "{w:#?}");
}

/// A feature story: a short line ending in a dash leads into the next paragraph (no heading); a long line headed by
/// a short phrase and a dash is a section head; an author's name alone over the text (no headline) is the byline.
#[test]
fn dash_lines_and_a_lone_author() {
    let w = s(&format!(
        "事关全局的探路示范\n\n这里是浙江——\n\n{PARA_13}\n\n壮美画卷徐徐铺展——开启第二个百年奋斗目标的新征程上，促进全体人民共同富裕摆在更加重要的位置\n\n{PARA_13}"
    ));
    let k = kinds(&w);
    assert_eq!(k[0].0, BlockKind::Paragraph, "{k:#?}");
    assert_eq!((k[2].0, k[2].1), (BlockKind::Heading, Some(1)), "{k:#?}");

    let w = s(&format!(
        "李延绍\n〔摘要〕贯彻以人民为中心的发展思想，就要紧紧依靠人民落实各项重大决策部署。\n{PARA_13}"
    ));
    assert_eq!(w.title, None, "{w:#?}");
    assert_eq!(w.byline.author.as_deref(), Some("李延绍"));
}

/// A theory repost: decoration after the headline, the column's name alone in 【】 under it, and the author's
/// title in brackets after the name.
#[test]
fn headline_decoration_column_line_and_author_title() {
    let w = s(&format!(
        "必须时刻保持解决大党独有难题的清醒和坚定******\n【深入学习宣传贯彻党的二十大精神】\n作者：郑文涛（北京市某研究中心特约研究员）\n{PARA_13}"
    ));
    assert_eq!(
        w.title.as_deref(),
        Some("必须时刻保持解决大党独有难题的清醒和坚定"),
        "{w:#?}"
    );
    assert_eq!(w.byline.author.as_deref(), Some("郑文涛"));
    assert_eq!(w.blocks.len(), 1, "{w:#?}");
}

/// Issue 14, fifth round: three or more short unmarked lines in a row, with no text between them, are verse-like
/// lines of the text (a photo report's lyrical opening), never a stack of headings; two such lines can still be a
/// heading and its subheading.
#[test]
fn verse_like_lines_are_no_stack_of_headings() {
    let w = s(&format!(
        "{PARA_13}\n\n熠熠数十载，灼灼向党心\n\n闪耀无悔的忠诚\n\n印证无言的奉献\n\n镌刻无声的坚守\n\n{PARA_13}"
    ));
    assert!(
        w.blocks.iter().all(|b| b.kind == BlockKind::Paragraph),
        "{:?}",
        kinds(&w)
    );
    assert_eq!(w.blocks.len(), 6);
}

/// A heading numbered with a decimal section number ("1.3…", "1.3.1…") is level 2, under the "1、" heading.
#[test]
fn decimal_numbered_headings_are_level_two() {
    let w = s(&format!(
        "1、支部班子建设标准化\n{PARA_13}\n1.3党支部委员会选举程序\n1.3.1选举准备阶段\n{PARA_13}"
    ));
    let heads: Vec<(Option<u8>, &str)> = w
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Heading)
        .map(|b| (b.level, b.text.as_str()))
        .collect();
    assert_eq!(
        heads,
        vec![
            (Some(1), "1、支部班子建设标准化"),
            (Some(2), "1.3党支部委员会选举程序"),
            (Some(2), "1.3.1选举准备阶段")
        ]
    );
}

/// Issue 14, fifth round: a question without a number is a sentence of the text (never a caption or a heading,
/// even three in a row); a marked section head with a colon ("● 党建铸魂：…") is a heading, while a mark before a
/// picture's sentence stays a caption.
#[test]
fn questions_are_text_and_marked_heads_are_headings() {
    let w = s(&format!(
        "{PARA_13}\n当青春遇上党建，会擦出怎样的火花？\n杂交水稻发源地的税务人，如何将“种子精神”发扬光大？\n\
         坐上红色专列，感受沿途风景怎样与党史学习教育巧妙串联？\n{PARA_13}\n如何找准发力点，压实品牌创建责任？\n{PARA_13}"
    ));
    assert!(
        w.blocks.iter().all(|b| b.kind == BlockKind::Paragraph),
        "{:?}",
        kinds(&w)
    );
    let w = s(&format!("{PARA_13}\n● 党建铸魂：筑牢发展根基，激活文明创建新动能\n{PARA_13}\n■ 党员志愿者在社区开展政策宣讲。\n{PARA_13}"));
    let k = kinds(&w);
    assert_eq!((k[1].0, k[1].1), (BlockKind::Heading, Some(1)), "{k:?}");
    assert_eq!(k[1].2, "党建铸魂：筑牢发展根基，激活文明创建新动能");
    assert_eq!(k[3].0, BlockKind::Caption, "{k:?}");
}

/// Issue 14, fifth round: a short label and its colon alone over text ("调查情况：") heads a section; a notice's
/// salutation ("各党支部：") and a speech's lead ("会议指出：") stay text.
#[test]
fn a_label_and_its_colon_over_text_is_a_heading() {
    let w = s(&format!("{PARA_13}\n調查情況:\n{PARA_13}\n主要發現:\n{PARA_13}"));
    let k = kinds(&w);
    assert_eq!(
        (k[1].0, k[1].1, k[1].2.as_str()),
        (BlockKind::Heading, Some(1), "調查情況：")
    );
    assert_eq!(k[3].0, BlockKind::Heading);
    for lead in ["各党支部：", "会议指出：", "尊敬的各位领导："] {
        let w = s(&format!("{PARA_13}\n{lead}\n{PARA_13}"));
        assert!(
            w.blocks.iter().all(|b| b.kind == BlockKind::Paragraph),
            "{lead}: {:?}",
            kinds(&w)
        );
    }
}

/// Issue 14, fifth round: unnumbered headings nest by position and wording: one right under another, or one whose
/// words are part of the heading above ("导向功能" under "党建品牌的内涵与导向功能"), is its subheading; the headline
/// again with a figure number ("… 图1") is a picture's alt text, never printed.
#[test]
fn unnumbered_subheadings_and_the_headline_as_alt_text() {
    let w = s(&format!(
        "党建品牌建设-打造党建示范样本\n\n{PARA_13}\n\n党建品牌建设-打造党建示范样本 图1\n\n党建品牌的内涵与导向功能\n\n品牌内涵\n\n\
         {PARA_13}\n\n导向功能\n\n{PARA_13}\n\n党建品牌建设成效的评估体系\n\n{PARA_13}"
    ));
    let heads: Vec<(Option<u8>, &str)> = w
        .blocks
        .iter()
        .filter(|b| b.kind != BlockKind::Paragraph)
        .map(|b| (b.level, b.text.as_str()))
        .collect();
    assert_eq!(
        heads,
        vec![
            (Some(1), "党建品牌的内涵与导向功能"),
            (Some(2), "品牌内涵"),
            (Some(2), "导向功能"),
            (Some(1), "党建品牌建设成效的评估体系")
        ]
    );
}

/// Issue 14, fifth round: a sentence naming a person's place in the picture ("（前排左）", "（左二）") is a caption.
#[test]
fn a_persons_place_in_the_picture_makes_a_caption() {
    let cap = "湖南省委常委、省直机关工委书记张剑飞（前排左）率省直厅局机关党委书记近300人参观湖南税务系统党建成果展。";
    let w = s(&format!("{PARA_13}\n\n{cap}\n\n{PARA_13}"));
    assert_eq!(w.blocks[1].kind, BlockKind::Caption, "{:?}", kinds(&w));
    // a bracket that says something else stays text
    let w = s(&format!(
        "{PARA_13}\n\n党员干部（左侧为新党员）认真学习党章，交流体会。\n\n{PARA_13}"
    ));
    assert_eq!(w.blocks[1].kind, BlockKind::Paragraph, "{:?}", kinds(&w));
}

/// Issue 14, sixth round (read off fresh5a): a correspondent named alone with the label in brackets closing the text
/// ("（通讯员：林小专）") is the byline's, not the text's.
#[test]
fn a_correspondent_alone_closing_the_text() {
    let w = s(&format!("{PARA_13}\n\n{PARA_13}（通讯员：林小专）"));
    assert_eq!(w.byline.correspondent.as_deref(), Some("林小专"));
    assert!(
        w.blocks.last().is_some_and(|b| !b.text.contains("通讯员")),
        "{:?}",
        kinds(&w)
    );
}

/// Issue 14, sixth round: a closing quote after a word does not end the last sentence of long prose; after the
/// sentence's own stop it does.
#[test]
fn a_closing_quote_after_a_word_is_no_stop() {
    assert!(zhanban_writeup::reads_cut_off(
        "通过大量图片对比，讲解真假币的识别要点，通过案例提示中老年人群防范“猜猜我是谁”及冒充公检法使用“安全账户”"
    ));
    assert!(!zhanban_writeup::reads_cut_off(
        "他说：“我们要把学习成效转化为实际行动，为推动学校教育事业高质量发展作出新的更大贡献。”"
    ));
    // (a short line ending in a name in quotes is no prose under way)
    assert!(!zhanban_writeup::reads_cut_off("荣获“先进党支部”"));
}

/// Issue 14, sixth round (read off fresh5a): a model text's title printed again under the page's title with the
/// placeholders the page title left out ("××市××小学…" under "市××小学…") is the title.
#[test]
fn the_headline_again_with_its_placeholders_is_the_title() {
    let w = s(&format!(
        "市××小学党建工作简述\n\n2022-07-21\n\n××市××小学党建工作简述\n\n{PARA_13}"
    ));
    assert_eq!(w.title.as_deref(), Some("××市××小学党建工作简述"));
    assert_eq!(kinds(&w).len(), 1, "{:?}", kinds(&w));
    // (the page's shorter title is set aside as the repeat)
    assert!(w.dropped.iter().any(|d| d.lines == [1]), "{:?}", w.dropped);
}

/// Issue 14, sixth round (read off p9p, a training page): a few words of a sentence left after long prose are the
/// text cut off; a unit, a name or a date closing the text is not.
#[test]
fn a_fragment_after_long_prose_is_cut_off() {
    let w = s(&format!("{PARA_13}\n\n{PARA_13}\n\n考察组人员纷纷"));
    assert!(w.blocks.last().is_some_and(|b| b.cut_off), "{:?}", kinds(&w));
    for end in ["东坡区委统战部", "2021年3月9日", "张文", "济宁本地新闻"] {
        let w = s(&format!("{PARA_13}\n\n{PARA_13}\n\n{end}"));
        assert!(w.blocks.iter().all(|b| !b.cut_off), "{end}: {:?}", kinds(&w));
    }
}

/// Issue 14, sixth round (read off the pending batch, p9s, p9t, p9v): a headline and its subtitle between ASCII
/// dashes after a space; a header rendered as a list under a list of banner pictures; a character lost after the
/// closing bracket of the writer's name.
#[test]
fn ascii_dashes_picture_bullets_and_a_lost_character() {
    let w = s(&format!(
        "不忘初心强党性 巡河护闸我先行 ---省流域中心流域三部党支部联合开展主题党日活动\n\n发布时间:2022-07-30\n\n{PARA_13}"
    ));
    assert_eq!(w.title.as_deref(), Some("不忘初心强党性 巡河护闸我先行"));
    assert_eq!(
        w.subtitle.as_deref(),
        Some("省流域中心流域三部党支部联合开展主题党日活动")
    );
    let w = s(&format!(
        "• banner1-1.png\n  • 1.jpg\n  • 火车开到哪里 堡垒就筑到哪里——昆明机务段流动党员管理纪实\n    发表时间:2019-04-15 来源:光明日报\n\n{PARA_13}"
    ));
    assert_eq!(w.title.as_deref(), Some("火车开到哪里 堡垒就筑到哪里"));
    assert_eq!(w.byline.source.as_deref(), Some("光明日报"));
    let w = s(&format!("{PARA_13}\n\n{PARA_13}\n\n(罗宗华)?"));
    assert_eq!(w.byline.author.as_deref(), Some("罗宗华"));
    // (a date with single hyphens is no dash)
    let w = s(&format!("党支部开展主题党日活动 2021-05-13\n\n{PARA_13}"));
    assert!(w.subtitle.is_none());
}

/// Issue 14, seventh round (read off fresh6a's t17): numbered heads of one width, each over its text without a blank
/// line, are no hard-wrap width; each stays a heading over its own paragraph.
#[test]
fn numbered_heads_of_one_width_are_no_wrap() {
    // (paragraphs of different lengths: the heads' width is the commonest one)
    let para = |n: usize| format!("{}。", PARA_13.chars().take(n).collect::<String>());
    let w = s(&format!(
        "{}\n一、参观受降遗址,重温初心使命\n{}\n二、探访研学中心,开拓发展视野\n{}\n三、参与知识抢答,巩固党建成果\n{}",
        para(60),
        para(90),
        para(120),
        para(150)
    ));
    let heads = texts_of(&w, BlockKind::Heading);
    assert_eq!(heads.len(), 3, "{:?}", kinds(&w));
    assert_eq!(w.blocks.len(), 7, "{:?}", kinds(&w));
}

/// Issue 14, seventh round (read off fresh6a's t11): the headline printed again under itself, broken over two lines,
/// is the repeat; the whole headline stays the title.
#[test]
fn the_headline_again_over_two_lines_is_the_repeat() {
    let w = s(&format!("黄石物流园团支部主题摄影比赛活动圆满落幕\n黄石物流园团支部主题摄影比赛活动\n圆满落幕\n文/杨莹 图/王曦\n{PARA_13}"));
    assert_eq!(w.title.as_deref(), Some("黄石物流园团支部主题摄影比赛活动圆满落幕"));
    assert_eq!(w.blocks.len(), 1, "{:?}", kinds(&w));
    assert!(w.dropped.iter().any(|d| d.lines == [2]) && w.dropped.iter().any(|d| d.lines == [3]));
    // (a page title with a suffix over the headline still gives way to the shorter headline)
    let w = s(&format!(
        "市直机关开展主题党日活动_某某网\n市直机关开展主题党日活动\n\n{PARA_13}"
    ));
    assert_eq!(w.title.as_deref(), Some("市直机关开展主题党日活动"));
}

/// Issue 14, seventh round (read off fresh6a's t07): a numbered line as long as a sentence closing the page, with
/// nothing under it, is the text cut off after its number, not a heading.
#[test]
fn a_long_numbered_line_closing_the_page_is_text_cut_off() {
    let w = s(&format!(
        "{PARA_13}\n\n四、工作要求\n\n1.各党总支、直属党支部要把评选工作作为加强支"
    ));
    let last = w.blocks.last().unwrap();
    assert_eq!(last.kind, BlockKind::Paragraph, "{:?}", kinds(&w));
    assert!(last.cut_off);
    // (a short heading at the end stays one)
    let w = s(&format!("{PARA_13}\n\n四、工作要求"));
    assert_eq!(w.blocks.last().unwrap().kind, BlockKind::Heading, "{:?}", kinds(&w));
}

/// Issue 14, seventh round (read off fresh6a's t05): a rule drawn after a short label is no part of it, and the line
/// right under a label and its colon is the label's value, not a heading; set apart by a blank line it is a heading.
#[test]
fn a_labels_dash_and_its_value() {
    let w = s(&format!(
        "{PARA_13}\n品牌介绍 —\n名称：\n党旗引路 绿色畅行\n释义：\n{PARA_13}"
    ));
    assert_eq!(w.blocks[1].text, "品牌介绍", "{:?}", kinds(&w));
    let value = w.blocks.iter().find(|b| b.text == "党旗引路 绿色畅行").unwrap();
    assert_eq!(value.kind, BlockKind::Paragraph, "{:?}", kinds(&w));
    let w = s(&format!(
        "{PARA_13}\n\n人民日报社：\n\n唱响众志成城抗击疫情最强音\n\n{PARA_13}"
    ));
    let head = w
        .blocks
        .iter()
        .find(|b| b.text == "唱响众志成城抗击疫情最强音")
        .unwrap();
    assert_eq!(head.kind, BlockKind::Heading, "{:?}", kinds(&w));
}

/// Issue 14, seventh round (read off fresh7's u07): a unit and a date after the last of the prose are the text's
/// signature; they anchor no headline, and the text above them stays.
#[test]
fn a_signature_after_the_prose_anchors_no_title() {
    let w = s(&format!("{PARA_13}\n{PARA_13}\n政府管理学院\n2021年4月6日"));
    assert_eq!(w.title, None);
    assert!(
        w.blocks.iter().filter(|b| b.kind == BlockKind::Paragraph).count() >= 2,
        "{:?}",
        kinds(&w)
    );
}

/// Issue 14, eighth round (the board of fresh7's u07 was titled "政府管理学院"): the unit that signs a text on its
/// last lines, under the prose and over the date (or alone), is the text's signature: lines of the text, never a
/// heading and so never a board title; the date under it is the signature's, not the byline's. A short unnumbered
/// heading over a paragraph, even at the end, stays one.
#[test]
fn a_closing_signature_is_no_heading() {
    let last = "最后,为打造“学习型支部”,政府管理学院第一教工党支部以“书香支部”为支部特色,进行了第一次支部特色活动,由支部成员张宪丽进行了名著领读。本次“书香支部”特色主题活动激发了支部党员们工作和学习的热情,增加了知识储备,营造爱读书、读好书、善读书的学习氛围,引领广大党员养成良好读书习惯。(黄素心撰稿 周秋君摄影)";
    for signature in [
        "政府管理学院\n2021年4月6日",
        "中共某某县委组织部\n2023年5月12日",
        "马克思主义学院",
    ] {
        let w = s(&format!("{PARA_13}\n{last}\n{signature}"));
        assert!(
            w.blocks.iter().all(|b| b.kind != BlockKind::Heading),
            "{signature}: {:?}",
            kinds(&w)
        );
        assert_eq!(w.byline.date, None, "{signature}");
        let tail: Vec<&str> = signature.split('\n').collect();
        let texts: Vec<&str> = w.blocks.iter().map(|b| b.text.as_str()).collect();
        assert!(texts.ends_with(&tail), "{signature}: {:?}", kinds(&w));
    }
    let w = s(&format!("{PARA_13}\n\n主要成效\n\n{last}"));
    assert_eq!(w.blocks[1].kind, BlockKind::Heading, "{:?}", kinds(&w));
}

/// Issue 14, eighth round (read off fresh8's v03, a photo report whose pictures are gone from the copy): a line
/// closed by its photographer in brackets is a caption, and so is a short bracketed phrase alone between the text's
/// paragraphs.
#[test]
fn captions_of_pictures_gone_from_the_copy() {
    let w = s(&format!(
        "争创省级文明单位标兵\n省上验收市委机关创建工作\n\n天水市委机关全景(摄影:天水在线网友曲径通幽)\n{PARA_13}\n\n(天水市委机关获得的国家级荣誉)\n{PARA_13}\n\n(天水市委常委会议室)\n{PARA_13}"
    ));
    let captions: Vec<&str> = w
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Caption)
        .map(|b| b.text.as_str())
        .collect();
    assert_eq!(captions.len(), 3, "{:?}", kinds(&w));
    assert_eq!(w.blocks.iter().filter(|b| b.kind == BlockKind::Paragraph).count(), 3);
}

/// Issue 14, eighth round (read off fresh8's e-paper readers and a portal repost): a reader's date widget (the date
/// over a weekday), its state fields (当前报纸名称：…) and a label whose colon introduces its buttons (通版阅读请点击：
/// over 展开通版 / 收缩通版) are chrome, never a title, heading, author or date; whatever stands right above such a strip
/// of chrome, over a headline with its byline or text under it (a reader's name, a site's slogan over its
/// breadcrumb), is the page's, not a kicker or the title.
#[test]
fn an_e_paper_readers_header() {
    let body = "  本报讯 昨天下午,“先锋聚力、全域争先”——第二届全市机关党建品牌展评暨“双建”争先工作推进会成功举行。宁波市直机关工委副书记徐向波,慈溪市委常委、组织部部长、市委直属机关工委书记施宇峰出席并讲话。";
    let w = s(&format!(
        "电子报阅读机\n2026-01-19\n星期一\n当前报纸名称:慈溪日报\n\n第二届全市机关党建品牌展评 暨“双建”争先工作推进会举行\n\n日期:12-28\n字号:\n版面:第A01版:要闻       上一篇    下一篇\n\n{body}\n\n{PARA_13}"
    ));
    assert_eq!(
        w.title.as_deref(),
        Some("第二届全市机关党建品牌展评暨“双建”争先工作推进会举行")
    );
    assert_eq!(w.byline.author, None);
    assert_eq!(w.byline.date.as_deref(), Some("12-28"));
    assert!(
        w.blocks.iter().all(|b| b.kind == BlockKind::Paragraph),
        "{:?}",
        kinds(&w)
    );
    let w = s(&format!(
        "通版阅读请点击:\n展开通版\n收缩通版\n当前版:02版\n发布日期:\n市政府发展研究中心模范机关建设再添硕果\n  滨州日报/滨州网滨州讯(通讯员张国庆报道)近日,市政府发展研究中心在“我和模范机关共成长”征文比赛、模范机关建设“金点子”征集活动中收获颇丰。\n{PARA_13}"
    ));
    assert_eq!(w.title.as_deref(), Some("市政府发展研究中心模范机关建设再添硕果"));
    assert!(
        w.blocks.iter().all(|b| b.kind == BlockKind::Paragraph),
        "{:?}",
        kinds(&w)
    );
    let w = s(&format!(
        "打造网上国际投资促进平台 致力于中国投资促进事业\n您现在的位置:首页 > 开发区新闻 > 温州 > 文字新闻\n机关党建服务品牌首次赛擂台\n发布时间:2021-10-27  来源:乐清日报\n\n{PARA_13}"
    ));
    assert_eq!(w.title.as_deref(), Some("机关党建服务品牌首次赛擂台"));
    assert_eq!(w.kicker, None);
    // (a line of the text that starts with 当前 stays: "当前存在的主要问题：" is no state field)
    let w = s(&format!("{PARA_13}\n\n当前存在的主要问题：\n\n{PARA_13}"));
    assert_eq!(w.blocks[1].text, "当前存在的主要问题：", "{:?}", kinds(&w));
}

/// Issue 14, eighth round (read off fresh8, first measured on pages nobody had seen): the credits of other sites'
/// pages — the contributing unit in brackets after the last sentence (with or without 供稿), 本网消息 for 本网讯, the
/// writers' unit before the writer in a lead-in — name the source, correspondent or author and leave the text; a
/// 审稿 sign-off and a log-in box's prompts under the text are set aside.
#[test]
fn credits_and_widgets_of_other_sites() {
    let last = "会后,各支部召开会议,以“转作风,抓落实”为主题进行交流讨论。(文化宫支部)";
    let w = s(&format!("{PARA_13}\n{last}"));
    assert_eq!(w.byline.source.as_deref(), Some("文化宫支部"));
    assert!(
        w.blocks.iter().all(|b| !b.text.contains("文化宫支部")),
        "{:?}",
        kinds(&w)
    );
    let w = s(&format!("{PARA_13}\n{PARA_13}\n(机关党委供稿)\n|"));
    assert_eq!(w.byline.source.as_deref(), Some("机关党委"));
    let w = s(&format!(
        "本网消息(通讯员罗中华 刘海燕) 为让各党总支之间互相学习、交流经验、相互促进,推动党建工作标准化和规范化,4月30日,城步苗族自治县西岩镇联校总支委员会、儒林镇联校总支委员会携手开展了为期一天的基层党建工作参观学习交流活动。\n{PARA_13}"
    ));
    assert_eq!(w.byline.correspondent.as_deref(), Some("罗中华 刘海燕"));
    let w = s(&format!(
        "【党建】点亮微心愿,书香递能量\n本网讯(行政二党支部 汪琳)9月1日,我院行政二党支部向界牌社区颐和嘉苑党建(红色)会客厅送去书架和“红色”书籍,助力社区党建工作。\n{PARA_13}\n账号+密码登录\n手机+密码登录\n还没有账号?\n立即注册"
    ));
    assert_eq!(w.byline.author.as_deref(), Some("汪琳"));
    assert_eq!(w.blocks.len(), 2, "{:?}", kinds(&w));
    let w = s(&format!("{PARA_13}\n{PARA_13}\n\n审稿:孙 薇\n编审:何文玲\n终审:张之稳"));
    assert_eq!(w.blocks.len(), 2, "{:?}", kinds(&w));
}

/// Issue 14, seventh round (read off fresh7's u01, u02, u04, u07, u09): the writers' credit closing the text, as
/// pages print it — names joined by 、 in brackets, a name with its role after it, a name alone or a unit and a name
/// on the last line — names the author and leaves the text; one character left after long prose is the text cut off.
#[test]
fn credits_closing_the_text() {
    let w = s(&format!("{PARA_13}\n{PARA_13}(唐欣欣、王帮迎)"));
    assert_eq!(w.byline.author.as_deref(), Some("唐欣欣、王帮迎"));
    let w = s(&format!("{PARA_13}\n{PARA_13}(黄素心撰稿 周秋君摄影)"));
    assert_eq!(w.byline.author.as_deref(), Some("黄素心"));
    assert!(w.blocks.iter().all(|b| !b.text.contains("撰稿")), "{:?}", kinds(&w));
    let w = s(&format!("{PARA_13}\n\n{PARA_13}\n\n(文 王小俊 图 王小俊 审核 孙开进)"));
    assert_eq!(w.byline.author.as_deref(), Some("王小俊"));
    assert_eq!(w.blocks.len(), 2, "{:?}", kinds(&w));
    let w = s(&format!("{PARA_13}\n{PARA_13}\n刘洋"));
    assert_eq!(w.byline.author.as_deref(), Some("刘洋"));
    assert_eq!(w.blocks.len(), 2, "{:?}", kinds(&w));
    let w = s(&format!("{PARA_13}\n{PARA_13}\n团市委 唐青"));
    assert_eq!(w.byline.author.as_deref(), Some("唐青"));
    let w = s(&format!("{PARA_13}\n{PARA_13}\n此"));
    assert!(w.blocks.last().is_some_and(|b| b.cut_off), "{:?}", kinds(&w));
    // (a column label or a unit alone after the text names no author)
    let w = s(&format!("{PARA_13}\n{PARA_13}\n济宁本地新闻"));
    assert_eq!(w.byline.author, None);
}

/// Issue 14, seventh round (read off fresh7's u10): a site's disclaimer in brackets after the text is chrome, and
/// "来源：网站原创" names no source.
#[test]
fn a_sites_disclaimer_and_its_own_source() {
    let w = s(&format!(
        "共青团进社区志愿服务活动\n\n2014-09-18 21:00来源:网站原创浏览:手机版\n{PARA_13}\n\n(本网站所发布文章只作为信息传播使用,不代表本网观点)"
    ));
    assert_eq!(w.byline.source, None);
    assert_eq!(w.blocks.len(), 1, "{:?}", kinds(&w));
}

const PARA_T15: &str = "揭牌仪式结束后,一行人实地参观了“职工之家”建设项目成果,听取了街道办事处2021年工会特色工作的相关介绍,要求发挥好“职工之家”服务职工的重要窗口作用,不断提升职工的文化素养。";

fn headings(w: &WriteUp) -> Vec<String> {
    w.blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Heading)
        .map(|b| b.text.clone())
        .collect()
}

// Issue 14, the lead's look at fresh6b's t15: a banner quotation opening the page, then the speaker's name alone on
// a line. The name is the quotation's credit, never a heading; the banner goes with it.
#[test]
fn a_quotations_credit_is_no_heading() {
    let quote = "要树立大抓基层的鲜明导向,坚持眼睛向下,面向基层,把力量和资源向基层倾斜投放,把广大职工凝聚在党的周围。";
    // the t15 shape: banner quotation, speaker
    let w = s(&format!("{quote}\n习近平\n{PARA_13}\n{PARA_T15}"));
    assert_eq!(headings(&w), Vec::<String>::new());
    assert_eq!(w.title, None);
    assert_eq!(w.blocks.len(), 2, "{:?}", kinds(&w));
    assert!(w.dropped.iter().any(|d| d.text == "习近平"));
    assert!(w.dropped.iter().any(|d| d.text == quote));
    // a credit led by a dash under a quotation inside the text: the credit goes, the quotation stays text
    let w = s(&format!("{PARA_13}\n“{quote}”\n——习近平\n{PARA_T15}"));
    assert_eq!(headings(&w), Vec::<String>::new());
    assert_eq!(w.blocks.len(), 3, "{:?}", kinds(&w));
    assert!(w.dropped.iter().any(|d| d.text == "——习近平"));
    // must stay headings: a short heading right after a paragraph that ends in 。, followed by its paragraph
    let w = s(&format!("{PARA_13}\n强基础\n{PARA_T15}"));
    assert_eq!(headings(&w), vec!["强基础".to_string()], "{:?}", kinds(&w));
    // … and a two-level numbered pair after a paragraph
    let w = s(&format!("{PARA_13}\n一、总体要求\n（一）指导思想\n{PARA_T15}"));
    assert_eq!(
        headings(&w),
        vec!["一、总体要求".to_string(), "（一）指导思想".to_string()]
    );
}

// Issue 14, t15 again: two site-navigation items ("网站群", "微信矩阵") between the banner and the article are a
// menu (the short-run signal of drop_short_runs, now from two items of 2–6 characters), not headings.
#[test]
fn a_short_menu_above_the_text_is_no_heading() {
    let w = s(&format!("网站群\n微信矩阵\n{PARA_13}\n{PARA_T15}"));
    assert_eq!(headings(&w), Vec::<String>::new(), "{:?}", kinds(&w));
    assert_eq!(w.title, None);
    assert_eq!(w.blocks.len(), 2);
    assert!(w.dropped.iter().any(|d| d.text == "微信矩阵"));
    // the whole t15 shape
    let quote = "要树立大抓基层的鲜明导向,坚持眼睛向下,面向基层,把力量和资源向基层倾斜投放,把广大职工凝聚在党的周围。";
    let w = s(&format!("{quote}\n习近平\n网站群\n微信矩阵\n{PARA_13}\n{PARA_T15}"));
    assert_eq!(headings(&w), Vec::<String>::new(), "{:?}", kinds(&w));
    assert_eq!(w.blocks.len(), 2, "{:?}", kinds(&w));
    // must stay headings: numbered pairs, a section name over its first point, a heading after a paragraph
    let w = s(&format!("一、总体要求\n（一）指导思想\n{PARA_13}\n{PARA_T15}"));
    assert_eq!(
        headings(&w),
        vec!["一、总体要求".to_string(), "（一）指导思想".to_string()]
    );
    let w = s(&format!("创新党建与业务融合模式 奋力书写模范机关建设答卷\n来源：青岛日报 2024-05-06\n主要做法\n强化引领\n{PARA_13}\n{PARA_T15}"));
    assert_eq!(
        headings(&w),
        vec!["主要做法".to_string(), "强化引领".to_string()],
        "{:?}",
        kinds(&w)
    );
    let w = s(&format!("创新党建与业务融合模式 奋力书写模范机关建设答卷\n来源：青岛日报 2024-05-06\n一、总体要求\n（一）指导思想\n{PARA_13}"));
    assert_eq!(
        headings(&w),
        vec!["一、总体要求".to_string(), "（一）指导思想".to_string()]
    );
    let w = s(&format!("{PARA_13}\n强基础\n{PARA_T15}"));
    assert_eq!(headings(&w), vec!["强基础".to_string()]);
    // two bold lines of one heading's shape (pasted HTML) stay headings
    let html = format!(
        "<h1>创新党建与业务融合模式 奋力书写模范机关建设答卷</h1><p>来源：青岛日报 2024-05-06</p>\
         <p><b>学思践悟</b></p><p><b>强化引领</b></p><p>{PARA_13}</p><p>{PARA_T15}</p>"
    );
    let w = zhanban_writeup::structure_html(&html, &Options::default());
    assert_eq!(
        headings(&w),
        vec!["学思践悟".to_string(), "强化引领".to_string()],
        "{:?}",
        kinds(&w)
    );
}

// Issue 14, seen on a board made from fresh6b's t09: a news page flattened to text puts its pictures' captions, each
// closed by its photo credit, before the article on one line. They are set aside (the pictures are not in the
// write-up), the text opens with its lead-in, and the lead-in's reporters are the byline's.
#[test]
fn captions_run_into_the_text_are_set_aside() {
    let w = s("社区职工之家项目启动\n\
        志愿者为快递小哥送上防暑药品。(城东社区供图) 文艺汇演现场(城东社区供图) 江南网7月2日讯(本网记者 王晓明 通讯员 李红)7月1日上午,城东社区职工之家项目启动仪式在社区广场举办,辖区企业职工代表一百余人参加。");
    let para = w
        .blocks
        .iter()
        .find(|b| b.kind == BlockKind::Paragraph)
        .expect("a paragraph");
    assert!(para.text.starts_with("江南网7月2日讯"), "{}", para.text);
    assert!(!para.text.contains("供图"), "{}", para.text);
    assert_eq!(w.byline.reporter.as_deref(), Some("王晓明"));
    assert_eq!(w.byline.correspondent.as_deref(), Some("李红"));
    assert_eq!(
        w.dropped.iter().filter(|d| d.text.contains("供图")).count(),
        2,
        "{:?}",
        w.dropped
    );
    // a credit inside a sentence of the text, or a caption not followed by the text, stays where it is
    let w = s("社区职工之家项目启动\n\
        7月1日上午,城东社区职工之家项目启动仪式举办。社区拍摄的照片(城东社区供图)已在宣传栏展出,辖区企业职工代表一百余人参加了活动。");
    assert!(w.dropped.iter().all(|d| !d.text.contains("供图")), "{:?}", w.dropped);
}

// Issue 14, the same page: its paragraphs run together on one line, separated by a space after the full stop. Each
// becomes a paragraph; a short sentence stays with the one before it; an ordinary line is not split.
#[test]
fn paragraphs_run_together_on_one_line_are_split() {
    let one = "7月1日上午,城东社区职工之家项目启动仪式在社区广场举办,辖区企业职工代表一百余人参加,区总工会负责同志出席并讲话。";
    let two =
        "城东社区工会联合会抓住全区深化职工之家创建活动的契机,在区总工会和街道工会的支持下,将工会服务延伸到职工身边。";
    let three =
        "现场,社区工会联合会与辖区部分商家签订协议,为会员提供优惠服务,并为环卫工人送去清凉慰问品,受到一致好评。";
    let w = s(&format!("社区职工之家项目启动\n{one} {two} 好评如潮。 {three}"));
    let paras = texts_of(&w, BlockKind::Paragraph);
    assert_eq!(paras.len(), 3, "{paras:?}");
    assert!(paras[1].ends_with("好评如潮。"), "{paras:?}");
    let w = s(&format!("社区职工之家项目启动\n{one}{two}"));
    assert_eq!(w.blocks.iter().filter(|b| b.kind == BlockKind::Paragraph).count(), 1);
}

/// Issue 14, ninth round (the kinds of fresh9's misses, first measured on pages nobody had seen): three or more
/// numbered lines one after another with no text under any of them are a list's items, not headings ("可参考以下九个
/// 方面：" over "1.强化基层党组织政治功能" … with blank lines between); numbered heads with their text under them stay
/// headings. A number alone closing the page ("2.") is an item cut off before its first word.
#[test]
fn a_bare_numbered_list_is_no_stack_of_headings() {
    let list = "1.强化基层党组织政治功能\n\n2.提升党组织组织力\n\n3.加强支部班子建设\n\n4.提高发展党员质量";
    let w = s(&format!(
        "一、工作目标\n\n{PARA_13}\n\n二、选题内容\n\n可参考以下四个方面的选题内容进行凝炼：\n\n{list}\n\n三、内容要求\n\n{PARA_13}"
    ));
    let paras = texts_of(&w, BlockKind::Paragraph);
    assert!(paras.contains(&"1.强化基层党组织政治功能"), "{:?}", kinds(&w));
    assert!(paras.contains(&"4.提高发展党员质量"), "{:?}", kinds(&w));
    assert_eq!(texts_of(&w, BlockKind::Heading).len(), 3, "{:?}", kinds(&w));
    // (numbered heads over their own text are headings)
    let w = s(&format!(
        "1.强化基层党组织政治功能\n{PARA_13}\n2.提升党组织组织力\n{PARA_13}\n3.加强支部班子建设\n{PARA_13}"
    ));
    assert_eq!(texts_of(&w, BlockKind::Heading).len(), 3, "{:?}", kinds(&w));
    // (a number alone closing the page: cut off)
    let w = s(&format!("{PARA_13}\n\n1.每个分党委可推荐报送2~3个典型工作案例。\n\n2."));
    assert!(w.blocks.last().is_some_and(|b| b.cut_off), "{:?}", kinds(&w));
}

/// Issue 14, ninth round (fresh9): a numbered run-in item wrapped where its copy was, shorter than the wrap of
/// running prose — "（一）真实性。选送的案例要来自基层党组织建设的真" over "实实践，禁止虚构和杜撰。", or stopping at a comma —
/// is one paragraph with its next line; a numbered head alone over its text is not joined to it.
#[test]
fn a_wrapped_run_in_item_is_one_paragraph() {
    let w = s(&format!(
        "二、案例标准和要求\n（一）真实性。选送的案例要来自基层党组织建设的真\n实实践，禁止虚构和杜撰。\n（三）实效性。选送的案例应对提高基层党建工作质量，\n推动基层党建全面进步、全面过硬具有明显的推进作用，工作成效得到上级党组织和党员群众的认可。\n{PARA_13}"
    ));
    let paras = texts_of(&w, BlockKind::Paragraph);
    assert!(
        paras.contains(&"选送的案例要来自基层党组织建设的真实实践，禁止虚构和杜撰。"),
        "{:?}",
        kinds(&w)
    );
    assert!(
        paras
            .iter()
            .any(|p| p.starts_with("选送的案例应对提高基层党建工作质量，推动基层党建")),
        "{:?}",
        kinds(&w)
    );
    let w = s(&format!("（一）真实性\n{PARA_13}"));
    assert_eq!(
        texts_of(&w, BlockKind::Heading),
        vec!["（一）真实性"],
        "{:?}",
        kinds(&w)
    );
}

/// Issue 14, ninth round (fresh9): a page's counters under the headline, their figures left out or cut off
/// ("2013-03-29    浏览次数", "2017年12月28日 00:00 浏览(", "2024年04月16日  点击:[]"), name no source; a comment
/// form under the text (我要留言： / 昵 称： / 留 言： / 查看) is set aside and its button names no author; a site's name
/// with its version over the headline ("…精神文明网(旧版)") is the site's, not half of the title.
#[test]
fn counters_comment_forms_and_site_versions() {
    let w = s(&format!(
        "我校三项优秀组织生活案例获得市教卫工作党委表彰\n\n2013-03-29                  浏览次数\n\n{PARA_13}"
    ));
    assert_eq!(w.byline.source, None);
    assert_eq!(w.byline.date.as_deref(), Some("2013-03-29"));
    let w = s(&format!("{PARA_13}\n\n我要留言:\n昵 称:\n留 言:\n\n查看"));
    assert_eq!(w.byline.author, None);
    assert_eq!(w.blocks.len(), 1, "{:?}", kinds(&w));
    let w = s(&format!(
        "上海交大欧洲杯竞猜平台精神文明网(旧版)\n欧洲杯竞猜平台工青妇党支部赴瑞金二路街道社区党建服务中心开展互访互学\n  2017年12月28日 00:00 浏览(\n\n{PARA_13}"
    ));
    // (a betting site's phrase in place of the unit's name is no part of it: see a_hijacked_pages_betting_phrase…)
    assert_eq!(
        w.title.as_deref(),
        Some("工青妇党支部赴瑞金二路街道社区党建服务中心开展互访互学")
    );
    assert_eq!(w.byline.source, None);
}

/// Issue 14, ninth round (fresh9): a unit and a name in brackets on the last line ("（院办公室 闫曼曼）", "（機關黨委
/// 張付安）") name the writer, without the unit; a photo report's one caption — a lead, then 图为… about the picture,
/// closed by the photographers — is a caption however long, and is not cut off.
#[test]
fn a_writers_unit_and_a_long_photo_caption() {
    let w = s(&format!("{PARA_13}\n{PARA_13}\n（院办公室 闫曼曼）"));
    assert_eq!(w.byline.author.as_deref(), Some("闫曼曼"));
    let w = s(&format!("{PARA_13}\n{PARA_13}\n（郑新培 张蝶）"));
    assert_eq!(w.byline.author.as_deref(), Some("郑新培 张蝶"));
    let w = s("我市紧紧围绕争创全省全国一流党建目标,积极探索创新发展党建文化的新模式、新方法,在农村筹建了党建红色文化长廊,以漫画、歌谣、顺口溜等群众喜闻乐见的方式,大力宣传普及基层党建知识,公示公开基层党建相关信息,在全市形成了人人懂党建、人人讲党建、人人促党建的良好工作格局。图为周村镇李张蒙村党员群众在党建红色文化长廊前驻足观看。 记者白永民通讯员张磊摄");
    assert_eq!(w.blocks.len(), 1, "{:?}", kinds(&w));
    assert_eq!(w.blocks[0].kind, BlockKind::Caption, "{:?}", kinds(&w));
    assert!(!w.blocks[0].cut_off);
    // (a long paragraph that only mentions a picture stays a paragraph)
    let w = s(&format!(
        "{PARA_13}图为群众在长廊前驻足观看的场景,大家纷纷表示受益匪浅。"
    ));
    assert_eq!(w.blocks[0].kind, BlockKind::Paragraph, "{:?}", kinds(&w));
}

/// Issue 14, ninth round (the kinds of fresh10's misses, measured first on pages nobody had seen): a reporter's credit
/// in brackets opening the text with no …讯 before it names the reporter; several contributing units in brackets on
/// the last line are the source; a picture credit left after the pictures (图片由…提供) is set aside, not the text cut
/// off; a headline's "——记…" names the feature's subject and is its subtitle, not the source.
#[test]
fn credits_picture_credits_and_a_features_subject() {
    let w = s(&format!("(记者 文琰)9月12日,九宫庙街道锦霞社区开展党建联席会,区质监局、区公安分局等党建联席会成员单位参加会议。\n{PARA_13}"));
    assert_eq!(w.byline.reporter.as_deref(), Some("文琰"));
    let w = s(&format!(
        "{PARA_13}\n{PARA_13}\n(党政办公室 组织部 文化旅游与公共管理学院 美术学院)"
    ));
    assert_eq!(
        w.byline.source.as_deref(),
        Some("党政办公室 组织部 文化旅游与公共管理学院 美术学院")
    );
    assert_eq!(w.blocks.len(), 2, "{:?}", kinds(&w));
    let w = s(&format!(
        "{PARA_13}\n{PARA_13}\n中国吉林网 吉刻APP 记者 越明\n图片由中天社区提供"
    ));
    assert_eq!(w.blocks.len(), 2, "{:?}", kinds(&w));
    assert!(!w.blocks.iter().any(|b| b.cut_off), "{:?}", kinds(&w));
    let w = s(&format!(
        "党建与业务深度融合同频共振——记兰州市委宣传部机关党委第三党支部\n原标题:党建与业务深度融合同频共振 ——记市委宣传部机关党委第三党支部\n{PARA_13}"
    ));
    assert_eq!(w.title.as_deref(), Some("党建与业务深度融合同频共振"));
    assert_eq!(w.subtitle.as_deref(), Some("记兰州市委宣传部机关党委第三党支部"));
    assert_eq!(w.byline.source, None);
    // (a unit after the dash is still the source: "……主题党日活动——中共某某学校党支部")
    let w = s(&format!("开展主题党日活动——中共某某学校党支部\n{PARA_13}"));
    assert_eq!(w.byline.source.as_deref(), Some("中共某某学校党支部"));
}

/// Issue 14, tenth round (read off fresh11 y03): on a page whose pictures left their captions between the paragraphs,
/// a lone short line whose words are those of the paragraph just before it is one more caption, not a heading; on a
/// page without captions, a short line over a section stays a heading.
#[test]
fn a_lone_caption_that_repeats_the_text_before_it() {
    let p1 = "在党内生活制度情景模拟教学环节,区审计局机关支部书记赵晓萍、区开发公司机关支部书记李滨为大家具体演示党组织换届选举党员大会流程、吸收预备党员大会流程。";
    let p2 = "最后,大家前往东街政治生活馆开展现场教学,参观学习了党史和新中国史,结合区直机关工委展版内容进一步学习“138”机关党建工作机制的具体内涵等。";
    let p3 = "通过培训,与会同志进一步理解了新形势下机关党的建设工作的总要求和总原则,增强了做好基层党建工作的责任感、使命感、紧迫感。";
    let w = s(&format!(
        "{p1}\n区审计局机关支部书记赵晓萍演示党组织换届选举党员大会流程\n区开发公司机关支部书记李滨演示吸收预备党员大会流程\n{p2}\n东街政治生活馆现场教学\n{p3}"
    ));
    assert_eq!(texts_of(&w, BlockKind::Caption).len(), 3, "{:#?}", kinds(&w));
    assert!(texts_of(&w, BlockKind::Heading).is_empty(), "{:#?}", kinds(&w));
    // (no captions on the page: the line heads what follows)
    let w = s(&format!("{p1}\n{p2}\n东街政治生活馆现场教学\n{p3}"));
    assert_eq!(
        texts_of(&w, BlockKind::Heading),
        ["东街政治生活馆现场教学"],
        "{:#?}",
        kinds(&w)
    );
}

/// Issue 14, tenth round (read off fresh13 a04): a line that leaves a book title's bracket open, over a line that
/// closes it, is one paragraph broken inside the title; a line after a closed title opens a paragraph of its own.
#[test]
fn a_paragraph_broken_inside_a_book_title() {
    let a = "然后,蔡书记解读了《上实附小2023年度工作计划》和《上实附小党支部";
    let b = "2023年度学习贯彻党的二十大精神办好人民满意的教育的实施方案》,布置了近期开展的党组织组织生活会和开展民主评议党员的工作。";
    let p =
        "首先,由蔡书记介绍了本次主题党日活动的具体安排。接着,由支委委员赵老师向党员们宣讲微党课——党章发展的历史进程。";
    let w = s(&format!("{p}\n{a}\n{b}"));
    assert_eq!(texts_of(&w, BlockKind::Paragraph).len(), 2, "{:#?}", kinds(&w));
    assert!(w.blocks[1].text.contains("党支部2023年度"), "{:#?}", kinds(&w));
    // (a title closed on its own line leaves the next line a paragraph of its own)
    let w = s(&format!("{p}\n然后,蔡书记解读了《上实附小2023年度工作计划》。\n{b}"));
    assert_eq!(texts_of(&w, BlockKind::Paragraph).len(), 3, "{:#?}", kinds(&w));
}

/// Issue 14, eleventh round (fresh14 b10, a hospital portal whose board was titled by the site's name): a line made
/// of the breadcrumb's items under it ("党团建设", "支部活动掠影") is the column's label repeated by the template —
/// never a byline name, never the title — and the breadcrumb's last item (the page itself) is not one of them.
#[test]
fn the_breadcrumbs_items_repeated_as_column_labels() {
    let p = "    在4-5月,乳腺中心党支部在新成立的西院区组织员工进行了以“建设美丽西院、创建良好环境”为主题的摄影大赛,展示科室内部风采,凸显科室文化,创建优美的文化环境。";
    let head = "北京大学肿瘤医院\n\n大众版专业版手机APP\n\n返回\n\n顶部\n\n网站导航\n当前位置:首页 >> 党团建设 >> 党建工作 >> 支部活动掠影 >> 正文\n\n党团建设\n\n支部活动掠影\n\n";
    let title = "乳腺中心党支部开展“建设美丽西院、创建良好环境”摄影大赛";
    let w = s(&format!("{head}{title}\n\n    {title}\n\n{p}"));
    assert_eq!(w.title.as_deref(), Some(title), "{:#?}", kinds(&w));
    assert_eq!(w.byline.author, None);
    assert_eq!(texts_of(&w, BlockKind::Paragraph).len(), 1, "{:#?}", kinds(&w));
    assert_eq!(w.blocks.len(), 1, "{:#?}", kinds(&w));
    // (a breadcrumb that closes on the headline leaves the headline the title: fresh11 y05)
    let w = s(&format!(
        "当前位置:范文网>职场文书>工作总结>文明创建工作总结\n\n文明创建工作总结\n\n{p}"
    ));
    assert_eq!(w.title.as_deref(), Some("文明创建工作总结"), "{:#?}", kinds(&w));
}

/// Issue 14, eleventh round (fresh14 b14, a hospital's photo contest): a work shown with its title in 《》 and its
/// author under the picture is a caption, not a last paragraph cut off; a sentence naming a work and its author is
/// text.
#[test]
fn a_contest_works_caption() {
    let p = "据悉,南溪山医院此次“迎七一”职工摄影比赛是该院工会、宣传科、党办为迎接建党96周年而举办的一次活动。比赛一共收到来自医院七个党支部、分工会职工的摄影作品99幅。";
    let w = s(&format!(
        "{p}\n\n通讯员  张超群\n\n一等奖:《终于等到你》 作者:石伟红  妇产科  \n"
    ));
    assert_eq!(
        texts_of(&w, BlockKind::Caption),
        ["一等奖：《终于等到你》作者：石伟红 妇产科"],
        "{:#?}",
        kinds(&w)
    );
    assert!(w.blocks.iter().all(|b| !b.cut_off), "{:#?}", kinds(&w));
    let w = s(&format!(
        "{p}\n\n其中，一等奖作品《终于等到你》的作者是妇产科石伟红医生。"
    ));
    assert!(texts_of(&w, BlockKind::Caption).is_empty(), "{:#?}", kinds(&w));
}

/// Issue 14, eleventh round (fresh14 b05, a WeChat article copied to a company's site, whose board was titled by a
/// picture's caption): a short line right under the lone "?" a copy leaves where a picture was is the picture's
/// caption, not a heading; set apart from it by a blank line it stays a heading.
#[test]
fn a_caption_under_a_lost_pictures_mark() {
    let a = "近日,西航港開發區黨工委以“凝心鑄魂 二十大精神深入基層”為主題,開展了“兩新”黨組織百人聯建活動,特銳德川開電氣黨員代表應邀參加。";
    let b = "活動現場,西航港開發區黨工委副書記、管委會主任成云波表示,黨建工作是一切工作的根本保證,服務保障經濟社會發展是黨建工作的初心使命。";
    let w = s(&format!("{a}\n?\n領導發言\n\n?\n{b}"));
    assert_eq!(texts_of(&w, BlockKind::Caption), ["領導發言"], "{:#?}", kinds(&w));
    let w = s(&format!("{a}\n?\n\n領導發言\n\n{b}"));
    assert!(texts_of(&w, BlockKind::Caption).is_empty(), "{:#?}", kinds(&w));
}

/// Issue 14, eleventh round (fresh14 b09, a prefecture portal cut inside its third heading; fresh9 w05 likewise): a
/// numbered heading closing the page, shorter than two or more parallel heads of one length before it, is the text
/// cut off; one as long as they are, or after a single other head, stays a heading.
#[test]
fn a_closing_head_shorter_than_its_parallel_heads_is_cut_off() {
    let page = |last: &str| {
        format!("{PARA_13}\n\n一、精准锚定目标,筑牢融合根基\n\n{PARA_13}\n\n二、聚焦核心内容,彰显农垦特色\n\n{PARA_13}\n\n{last}")
    };
    let w = s(&page("三、创新活动方式,保障实效落"));
    let last = w.blocks.last().unwrap();
    assert_eq!(
        (last.kind, last.cut_off),
        (BlockKind::Paragraph, true),
        "{:#?}",
        kinds(&w)
    );
    let w = s(&page("三、创新活动方式,保障实效落地"));
    assert_eq!(w.blocks.last().unwrap().kind, BlockKind::Heading, "{:#?}", kinds(&w));
    let w = s(&format!(
        "{PARA_13}\n\n1、把握主题,服务专业\n\n{PARA_13}\n\n2、服务引领"
    ));
    assert_eq!(w.blocks.last().unwrap().kind, BlockKind::Heading, "{:#?}", kinds(&w));
}

/// Issue 14, eleventh round (fresh15 c08, a company e-paper's column opener, after its first measure): a paper's
/// pointer to a page after the last sentence ("详见P7") leaves the text complete; a sentence cut before it does not.
#[test]
fn a_pointer_to_a_page_after_the_last_sentence() {
    let w = s("开栏语 近年来,上汽集团各级党组织积极响应上海“四大品牌”建设,8个党建品牌获评上海国企党建品牌。本报将逐一介绍这8个党建品牌,以实际行动迎接党的二十大胜利召开! 详见P7");
    assert!(w.blocks.iter().all(|b| !b.cut_off), "{:#?}", kinds(&w));
    let w = s("近年来,上汽集团各级党组织积极响应上海“四大品牌”建设,8个党建品牌获评上海国企党建品牌。本报将逐一介绍这8个党建品牌 详见P7");
    assert!(w.blocks.iter().any(|b| b.cut_off), "{:#?}", kinds(&w));
}

/// Issue 14, twelfth round (fresh9 w20, fresh f07 and fresh16 d09, three hijacked pages): a betting site's phrase
/// standing in the unit's name ("欧洲杯竞猜平台", "靠谱的菠菜app", "华体会正规平台") leaves the title and every
/// sentence; a quiz (知识竞猜) or an app named in the text stays.
#[test]
fn a_hijacked_pages_betting_phrase_leaves_title_and_text() {
    let w = s("欧洲杯竞猜平台工青妇党支部赴瑞金二路街道社区党建服务中心开展互访互学\n\n2017年12月15日,欧洲杯竞猜平台工青妇党支部赴瑞金二路街道社区党建服务中心开展工作学习交流活动。欧洲杯竞猜平台党办主任李洪亮一行参观了党建服务中心。");
    assert_eq!(
        w.title.as_deref(),
        Some("工青妇党支部赴瑞金二路街道社区党建服务中心开展互访互学")
    );
    assert!(w.blocks.iter().all(|b| !b.text.contains("竞猜")), "{:#?}", kinds(&w));
    let w = s("为庆祝中国共产党成立102周年,2023年6月30日,华体会正规平台在文科楼1105会议室开展系列庆祝活动。\n活动伊始,全体党员一起奏唱了国歌;接着华体会正规平台党委副书记黄也亮带领新老党员进行入党宣誓。");
    assert_eq!(
        texts_of(&w, BlockKind::Paragraph)[1],
        "活动伊始，全体党员一起奏唱了国歌；接着党委副书记黄也亮带领新老党员进行入党宣誓。"
    );
    let kept = "支部开展党史知识竞猜活动,党员们依托学习强国app踊跃作答,气氛热烈。";
    let w = s(kept);
    assert!(
        texts_of(&w, BlockKind::Paragraph)[0].contains("知识竞猜活动"),
        "{:#?}",
        kinds(&w)
    );
    assert!(
        texts_of(&w, BlockKind::Paragraph)[0].contains("学习强国app"),
        "{:#?}",
        kinds(&w)
    );
}

/// Issue 14, twelfth round (fresh15 c07, a content farm; fresh16 d06 and d14): a site's feed label and its colon
/// before the headline (天天熱文：) and a campaign's column tag of two phrases in 【】 are the site's, not the title's;
/// a unit or a person before a headline's colon stays.
#[test]
fn a_feed_label_or_a_campaign_tag_before_the_headline_is_the_sites() {
    let para = "本報北京9月8日電(宋晨)8日,國資委宣傳局、人民網聯合主辦的第五屆中央企業優秀故事發布活動在京舉辦。";
    let w = s(&format!("天天熱文:第五屆中央企業優秀故事發布活動舉辦\n\n{para}"));
    assert_eq!(w.title.as_deref(), Some("第五屆中央企業優秀故事發布活動舉辦"));
    let w = s(&format!(
        "【文化保定 乐享生活】涿博《中国共产党历次全国代表大会专题展》开展\n{PARA_13}"
    ));
    assert_eq!(w.title.as_deref(), Some("涿博《中国共产党历次全国代表大会专题展》开展"));
    let w = s(&format!("梅山街道:開展“慶七一”系列文體活動\n\n{para}"));
    assert_eq!(w.title.as_deref(), Some("梅山街道：開展“慶七一”系列文體活動"));
    let w = s(&format!("樸永超:用雙腳丈量責任\n\n{para}"));
    assert_eq!(w.title.as_deref(), Some("樸永超：用雙腳丈量責任"));
}

/// Issue 14, twelfth round (fresh16 d02, a model-text collection): a page title printing the headline twice
/// ("…报告-…报告") is the headline once, and the collection's header before a piece — "【篇一】", or a numeral and a
/// colon before the headline ("一 : 机关党建工作调研报告") — is the site's; a numbered section head stays.
#[test]
fn a_collections_piece_header_is_the_sites() {
    let w = s(&format!("机关党建工作调研报告-机关党建工作调研报告\n\n一 : 机关党建工作调研报告\n\n{PARA_13}\n\n一、机关党建的基本现状\n\n{PARA_13}"));
    assert_eq!(w.title.as_deref(), Some("机关党建工作调研报告"));
    assert_eq!(
        texts_of(&w, BlockKind::Heading),
        ["一、机关党建的基本现状"],
        "{:#?}",
        kinds(&w)
    );
    let w = s(&format!("机关党建工作总结\n\n【篇一】\n\n{PARA_13}"));
    assert_eq!(w.title.as_deref(), Some("机关党建工作总结"));
    assert!(w.blocks.iter().all(|b| !b.text.contains("篇一")), "{:#?}", kinds(&w));
}

/// Issue 14, twelfth round (fresh16 d04, whose board was titled by its signing unit): the units signing the text on
/// lines of their own over the closing date — a unit and its branch — are its signature, never a heading.
#[test]
fn units_signing_over_the_closing_date_are_no_heading() {
    let w = s(&format!(
        "{PARA_13}\n通过此次线上主题党日活动,支部党员同志对于打赢这场疫情战斗更加有信心和决心。\n材料学院研究生党总支宣教组\n材研1806党支部\n2020年2月17日"
    ));
    assert!(texts_of(&w, BlockKind::Heading).is_empty(), "{:#?}", kinds(&w));
    let w = s(&format!("{PARA_13}\n\n二、加强队伍建设\n\n{PARA_13}"));
    assert_eq!(
        texts_of(&w, BlockKind::Heading),
        ["二、加强队伍建设"],
        "{:#?}",
        kinds(&w)
    );
}

/// Issue 14, thirteenth round (fresh17 e05, an industry portal whose board was titled "中国电力网"): the site's name
/// alone under the headline, over the date, is the source, never the title with the headline as its kicker.
#[test]
fn a_sites_name_under_the_headline_over_the_date_is_the_source() {
    let w = s(&format!(
        "首页 | 行业要闻\n\n华能启动陇东能源基地“党建引领、联建共建”\n\n中国电力网\n2022-02-25\n\n  {PARA_13}\n\n  {PARA_13}"
    ));
    assert_eq!(w.title.as_deref(), Some("华能启动陇东能源基地“党建引领、联建共建”"));
    assert_eq!(w.kicker, None);
    assert_eq!(w.byline.source.as_deref(), Some("中国电力网"));
    assert_eq!(w.byline.date.as_deref(), Some("2022-02-25"));
}

/// Issue 14, thirteenth round (fresh17 e16 and e01, captions of pictures gone read as headings): event lines in a row
/// by a picture's caption are captions — a surname with a title ("张部长") names a person acting — and on a page whose
/// pictures left captions a speaker's line alone between paragraphs ("何秀超讲话") is one more. A heading of the
/// genre stays one.
#[test]
fn event_lines_by_a_caption_and_a_speakers_line_are_captions() {
    let w = s(&format!(
        "{PARA_13}\n首先,支部一行13人来到了我校南区红色文化园,宣传统战部部长张兴业详细介绍了红色文化园项目,并带领我们参观了一大展览室。\n张部长讲解红色文化园项目概况\n张部长在一大展览室讲解\n红船上合影\n通过这次活动,我们深刻领会中国共产党艰苦卓绝的创建历程,在思想上对党又有了一次新的认识。"
    ));
    assert!(texts_of(&w, BlockKind::Heading).is_empty(), "{:#?}", kinds(&w));
    assert_eq!(texts_of(&w, BlockKind::Caption).len(), 3, "{:#?}", kinds(&w));
    let w = s(&format!(
        "{PARA_13}\n\n会议现场\n\n{PARA_13}\n\n何秀超讲话\n\n{PARA_13}"
    ));
    assert_eq!(
        texts_of(&w, BlockKind::Caption),
        ["会议现场", "何秀超讲话"],
        "{:#?}",
        kinds(&w)
    );
    let w = s(&format!(
        "{PARA_13}\n\n会议现场\n\n{PARA_13}\n\n强化政治引领\n\n{PARA_13}"
    ));
    assert_eq!(texts_of(&w, BlockKind::Heading), ["强化政治引领"], "{:#?}", kinds(&w));
}

/// Issue 14, thirteenth round (fresh17 e04, a journal article converted to text whose section heads were read as
/// captions): a paper's section number and a space ("0 引言", "1 …", "1.1 …") heads a section, level 1 or 2.
#[test]
fn a_papers_numbered_section_heads() {
    let w = s(&format!(
        "基层党组织标准化建设在施工项目的路径研究\n\n0 引言\n\n{PARA_13}\n\n1 基层党组织标准化建设的理论内涵与现实意义\n\n1.1 标准化建设的理论内涵\n\n{PARA_13}\n\n1.2 施工项目中标准化建设的现实必要性\n\n{PARA_13}"
    ));
    let heads: Vec<(Option<u8>, &str)> = w
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Heading)
        .map(|b| (b.level, b.text.as_str()))
        .collect();
    assert_eq!(
        heads,
        [
            (Some(1), "0引言"),
            (Some(1), "1基层党组织标准化建设的理论内涵与现实意义"),
            (Some(2), "1.1标准化建设的理论内涵"),
            (Some(2), "1.2施工项目中标准化建设的现实必要性"),
        ],
        "{:#?}",
        kinds(&w)
    );
}

/// Issue 14, thirteenth round (p46 and fresh17 e03: a search engine's name left under the text as a line of its own;
/// with it set aside, p46's photographer's credit under the last picture's file name must stay a credit): "Baidu"
/// is no line of the text, "摄影:谭勇" no caption.
#[test]
fn a_search_engines_name_after_the_text_and_a_credit_under_a_picture() {
    let w = s(&format!(
        "{PARA_13}\n\n义务劳动现场2_网站.jpg\n\n\n\n摄影:谭勇\n责任编辑:璇子\n\nBaidu"
    ));
    assert!(texts_of(&w, BlockKind::Caption).is_empty(), "{:#?}", kinds(&w));
    assert_eq!(texts_of(&w, BlockKind::Paragraph).len(), 1, "{:#?}", kinds(&w));
}

/// Issue 14, fourteenth round (fresh18 k18, a journal's notice and its list of prize-winning photo works): lines
/// opening alike one after another ("《…》 (… /攝)") are the items of a list — each a paragraph, never joined as a
/// hard-wrapped line because three of them happen to share a width, nor read as captions without their pictures.
#[test]
fn a_list_of_works_line_after_line() {
    let w = s("所有來稿經評審，共評選出12篇優秀作品。獲獎名單如下(以發表時間先后為序):\n《“福建省機關黨建先鋒林實踐教育基地”項目啟動》 (福建省直機關工委/供稿)\n《新華社工會舉辦2012年新華社職工歌手大賽》 (新華社機關黨委 姜云妹/攝)\n《廣西壯族自治區政協機關開展黨日活動》 (廣西自治區政協辦公廳 甘德培/攝)\n《河北省保定市直機");
    assert_eq!(texts_of(&w, BlockKind::Paragraph).len(), 5, "{:#?}", kinds(&w));
    assert!(w.blocks.last().is_some_and(|b| b.cut_off), "{:#?}", kinds(&w));
}

/// Issue 14, fourteenth round (fresh18 k17, a company site mirroring a government item): the text printed again
/// after its end — a paragraph equal to the first, then the next one's first words cut ("据悉,本次图片") — is no new
/// text and no text cut off.
#[test]
fn the_text_printed_again_after_itself() {
    let first = "6月28日,“新时代新面貌”——庆祝中国共产党成立100周年宜春城市建设摄影图片展在宜春市政大楼一楼大厅举行。于秀明、张鉴武等市四套班子领导参观。";
    let w = s(&format!(
        "宜春举办城市建设摄影图片展\n{first}\n据悉,本次图片展由市直属机关工委、市文联主办,市摄影家协会承办,展出组图和单图作品100件。\n{first}\n据悉,本次图片"
    ));
    assert_eq!(texts_of(&w, BlockKind::Paragraph).len(), 2, "{:#?}", kinds(&w));
    assert!(!w.blocks.iter().any(|b| b.cut_off), "{:#?}", kinds(&w));
}

/// Issue 14, fourteenth round (fresh18 k06, a city news site): after the article's prose, a label of the site's
/// own wording for its recommendations ("新闻推荐") opens the list under it, and a teaser cut with dots stays in the
/// list however long it is.
#[test]
fn a_sites_recommendation_label_after_the_text() {
    let w = s(&format!(
        "{PARA_13}\n□兰州日报全媒体记者刘超\n新闻推荐\n暑假期间,突然学校交流群里发出通知,召开全体教师会议!外出旅游的,纷纷在群里请假,并共享位置,意即真真切切在外地,绝无虚假。没...\n兰州新闻,新鲜有料。可以走尽是天涯,难以品尽是故乡。距离兰州再远也不是问题。世界很大,期待在此相遇。"
    ));
    assert_eq!(w.blocks.len(), 1, "{:#?}", kinds(&w));
    assert_eq!(w.byline.reporter.as_deref(), Some("刘超"));
}

/// Issue 14, fourteenth round (fresh18 k10 and k11): a medium's name right before the credit in brackets, after the
/// portal reposting it, is a lead-in without 讯; and an indent lost to the page's encoding ("??? ", and a ? for the
/// space inside the credit) hides no lead-in.
#[test]
fn a_mediums_name_before_the_credit_and_a_lost_indent() {
    let w = s("中国徐州网-徐州日报(记者 郑薇 通讯员 王晶 常惟茜)日前,贾汪区纪委官方微信“贾汪清风”,开通了“四风”问题“随手拍”举报平台。");
    assert_eq!(w.byline.source.as_deref(), Some("徐州日报"));
    assert_eq!(w.byline.reporter.as_deref(), Some("郑薇"));
    assert_eq!(w.byline.correspondent.as_deref(), Some("王晶 常惟茜"));
    let w = s("??? 德州新聞網訊(通訊員? 孫守華)“儉以養德,廉以立身。”近日,宿安鄉的機關干部及村支部書記均收到了鄉紀委發送的廉潔微信。");
    assert_eq!(w.byline.source.as_deref(), Some("德州新聞網"));
    assert_eq!(w.byline.correspondent.as_deref(), Some("孫守華"));
    assert!(!w.blocks[0].text.starts_with('?'), "{:#?}", kinds(&w));
}

/// Issue 14, fourteenth round (fresh18 k12, k19, k16: what stood after the last sentence made the text read as cut
/// off, and printed on the board): a writer's name run into the end of the last sentence ("…良好氛围。王晶晶") is the
/// byline's author; a widget's word and its bar after the last sentence ("…台阶。 赞赏 |") is no text; and the
/// site's title bar again at the foot, made of the breadcrumb's items ("上海分类信息网-上海免费发布信息-上海新闻网"), is
/// the page's footer.
#[test]
fn what_stands_after_the_last_sentence() {
    let w = s("河东社区开展“志愿服务清扫积雪保障居民安全出行”活动\n此次活动,不仅充分发挥了社区党员志愿者服务群众的先锋模范作用,还消除了居民群众出行安全隐患。同时,也拉近了社区与居民之间的距离,营造了人人参与志愿服务的良好氛围。王晶晶");
    assert_eq!(w.byline.author.as_deref(), Some("王晶晶"));
    assert!(
        !w.blocks.iter().any(|b| b.cut_off || b.text.contains("王晶晶")),
        "{:#?}",
        kinds(&w)
    );
    let w = s("8月23日下午,市委副书记李双金一行到西阜新街道机务社区对基层党建工作进行调研指导。 李双金表示,有关部门对社区的帮扶要更尽一份心,再出一份力,要多打造这样的新典型,把社区的各项工作推上新的台阶。 赞赏 |");
    assert!(
        !w.blocks.iter().any(|b| b.cut_off || b.text.contains("赞赏")),
        "{:#?}",
        kinds(&w)
    );
    let w = s(&format!(
        "上海分类信息网 > 上海新闻网 > 浦东新闻\n\n百幅书画摄影作品展现老港变化\n\n{PARA_13}\n\n \n\n\n\n\n\n上海分类信息网-上海免费发布信息-上海新闻网"
    ));
    assert_eq!(w.blocks.len(), 1, "{:#?}", kinds(&w));
    assert!(!w.blocks[0].cut_off);
}

/// Issue 14, fourteenth round (fresh18 k04, k14, k05: boards titled "（原标题：…）" and "青春三下乡", a site's date
/// widget as the article's date): a repost's original headline in brackets is the title when the copy has no other;
/// a short column tag before a bar and a much longer headline is the tag ("青春三下乡 | …"; a site's suffix after the
/// headline stays the suffix); a labelled date ("发布日期:") wins over a date read with its weekday from a widget.
#[test]
fn an_original_headline_a_column_tag_before_a_bar_and_a_widgets_date() {
    let w = s("(原标题:区统计局举办第十届“中国统计开放日”宣传活动)\n9月20日,是第十届“中国统计开放日”,银州区统计局专题开展了以“坚守统计初心,践行时代使命”为主题的宣传活动。");
    assert_eq!(w.title.as_deref(), Some("区统计局举办第十届“中国统计开放日”宣传活动"));
    assert_eq!(w.blocks.len(), 1, "{:#?}", kinds(&w));
    let w = s(&format!(
        "青春三下乡 | 走进党群社区,深入实践观察——学子赴无锡峰影社区开展志愿服务\n\n发布时间:2024-08-15\n\n{PARA_13}"
    ));
    assert_eq!(w.title.as_deref(), Some("走进党群社区，深入实践观察"));
    assert_eq!(w.subtitle.as_deref(), Some("学子赴无锡峰影社区开展志愿服务"));
    let w = s(&format!("论机关效能建设 - 行政论文\n\n{PARA_13}"));
    assert_eq!(w.title.as_deref(), Some("论机关效能建设"));
    let w = s(&format!(
        "2023年03月29日 星期三\n\n市委市直机关工委大力加强机关党建文化建设\n\n发布日期:2011-11-03\n\n{PARA_13}"
    ));
    assert_eq!(w.byline.date.as_deref(), Some("2011-11-03"));
}

/// Issue 14, fifteenth round (fresh19 m19, a WeChat article copied in traditional script): the pictures' alt text
/// kept the headline in the original simplified script, and each was printed as a heading (a board titled
/// "我县“三中心”揭牌" under 我縣“三中心”揭牌); the follow prompt above the text was a heading too. The headline again
/// in the other script is the headline again.
#[test]
fn the_headline_again_in_the_other_script() {
    let w = s("我縣“三中心”揭牌\n\n↑ 點擊上方“不可思議的修武”關注我們\n\n12月26日上午,我縣新時代文明實踐中心、融媒體中心、志願服務中心“三中心”揭牌儀式在縣文化藝術中心舉行。市委常委、縣委書記郭鵬,市委常委、市委宣傳部長宮松奇共同為我縣“三中心”揭牌。\n\n我县“三中心”揭牌\n我县“三中心”揭牌\n\n儀式上,宋振宇代表縣委向各位領導的到來表示歡迎,向長期以來關心、關注和支持修武發展的各位領導、各位朋友表示衷心的感謝。");
    assert_eq!(w.title.as_deref(), Some("我縣“三中心”揭牌"));
    assert_eq!(w.blocks.len(), 2, "{:#?}", kinds(&w));
    assert!(
        w.blocks.iter().all(|b| b.kind == BlockKind::Paragraph),
        "{:#?}",
        kinds(&w)
    );
}

/// Issue 14, fifteenth round (fresh19 m03, a feature whose pictures' captions stand before its text, the pictures
/// gone): each caption was printed as a heading (boards titled "宜都双创产业园全面建成"). A description, a space, a
/// photographer and 摄 is a caption, and the unpunctuated lines above the first paragraph of prose, one of them such
/// a caption, are all captions.
#[test]
fn captions_before_the_text() {
    let w = s("——探尋宜都高新區快速發展背后的“黨建密碼”\n宜都高新區管委會、高新投公司、豐源擔保公司全體干部職工參觀紅色教育基地賀炳炎紀念館\n宜都高新投公司到五眼泉鎮中小學開展共同締造美好校園活動\n華陽化工黨支部全體黨員到賀炳炎舊居開展主題黨日活動\n宜都雙創產業園全面建成\n宜都生物醫藥產業園龍頭企業——東陽光冬蟲夏草三期 徐磊 攝\n湖北宜都化工園鳥瞰圖 馮建 攝\n從小到大,從弱到強,在67.4平方公里的土地上,宜都高新技術產業園區(以下簡稱宜都高新區)走過了一條波瀾壯闊、碩果累累的高質量發展之路。\n各項指標領跑全省,經濟規模穩步增長。2022年,宜都高新區實現工業總產值1269.8億元,生產總值379.5億元。");
    let k = kinds(&w);
    assert_eq!(k.iter().filter(|b| b.0 == BlockKind::Caption).count(), 6, "{k:#?}");
    assert_eq!(k.iter().filter(|b| b.0 == BlockKind::Paragraph).count(), 2, "{k:#?}");
    // (headings over the text stay headings: no caption among them)
    let w = s("一、强化政治引领\n坚持党建引领\n筑牢思想根基\n党支部始终把政治建设摆在首位，组织党员深入学习党的创新理论，开展主题党日活动十二次，覆盖全体党员。");
    assert!(kinds(&w).iter().all(|b| b.0 != BlockKind::Caption), "{:#?}", kinds(&w));
}

/// Issue 14, fifteenth round (fresh19 m05, a hospital case library): the submitting hospital's field under the
/// headline was joined to it as the title's second half. A short label and a unit's name under the title is the
/// author.
#[test]
fn a_units_field_under_the_title() {
    let w = s("医院高质量发展背景下党建品牌体系的构建\n提交医院:重庆大学附属肿瘤医院\n案例详情\n根据国家卫建委、重庆市卫健委要求,结合医院历史文化、自身定位、志愿服务等开展“一支部一品牌”活动,本案例通过制定《创建活动方案》,指导各党支部按步骤、有计划、分阶段的创建。");
    assert_eq!(w.title.as_deref(), Some("医院高质量发展背景下党建品牌体系的构建"));
    assert_eq!(w.byline.author.as_deref(), Some("重庆大学附属肿瘤医院"));
}

/// A Word file's head as staff write it (a look at a .docx made like one): the headline, a ——subtitle, and the unit
/// centred under them. The unit was read as a level-1 heading under the subtitle, and joined to the headline as its
/// second half without a subtitle. A unit's name alone right under the title or subtitle is the author.
#[test]
fn a_units_name_alone_under_the_title() {
    let body = "为深入贯彻落实习近平总书记重要讲话精神，扎实推进市级机关做好“三个表率”、建设模范机关，有效促进市级机关党建工作质量提升。";
    let w = s(&format!(
        "树典型示范引领 促党建质量提升\n——市级机关“双示范”创建工作经验材料\n市级机关工委\n{body}\n一、主要做法\n{body}"
    ));
    assert_eq!(w.title.as_deref(), Some("树典型示范引领 促党建质量提升"));
    assert_eq!(w.byline.author.as_deref(), Some("市级机关工委"));
    assert_eq!(texts_of(&w, BlockKind::Heading), vec!["一、主要做法"]);
    let w = s(&format!("树典型示范引领 促党建质量提升\n中共某某县委组织部\n{body}"));
    assert_eq!(w.title.as_deref(), Some("树典型示范引领 促党建质量提升"));
    assert_eq!(w.byline.author.as_deref(), Some("中共某某县委组织部"));
    // A title's second half that ends on a word (新局) stays the title's.
    let w = s(&format!("以高质量党建引领\n奋力开创机关工作新局\n{body}"));
    assert_eq!(w.title.as_deref(), Some("以高质量党建引领 奋力开创机关工作新局"));
}

/// Issue 14, fifteenth round (fresh19 m12, a 组工网 page): a column tag with a quoted name before the headline
/// ("【“四型”机关创建】市水利和湖泊局：…") stayed in the title. It is the tag, and the headline again with it is the
/// headline again.
#[test]
fn a_column_tag_with_a_quoted_name() {
    let w = s(&format!(
        "【“四型”机关创建】市水利和湖泊局:积极创建“碧水丹心·水美天门”党建品牌\n发布时间:2023/5/12 点击数:\n\n{PARA_13}\n\n【“四型”机关创建】市水利和湖泊局:积极创建“碧水丹心·水美天门”党建品牌\n\n{PARA_13}"
    ));
    // (and the headline again with its tag, as a picture's alt text, is the headline again)
    assert_eq!(w.blocks.len(), 2, "{:#?}", kinds(&w));
    assert_eq!(
        w.title.as_deref(),
        Some("市水利和湖泊局：积极创建“碧水丹心·水美天门”党建品牌")
    );
}

/// Issue 14, fifteenth round (fresh19 m06, m11): an e-paper column's "编者按：" alone over the editor's note titled a
/// board as a heading; a writer's credit opened in brackets after the last sentence and never closed ("…积极作用。
/// （辛建翔") was printed and marked the text as cut off. The label runs into its note; the credit is the byline's.
#[test]
fn an_editors_notes_label_and_a_credit_left_open() {
    let w = s("编者按:\n2021年是中国共产党成立100周年,是实施“十四五”规划、开启全面建设社会主义现代化国家新征程的第一年。市委直属机关工委特在《安阳日报》推出“党组(党委)书记抓党建系列谈”专栏。\n□本报记者 尚丽娟\n“法院是审判机关,更是政治机关。机关党建工作做得好不好,事关审判职能作用的发挥。”3月17日,市中级人民法院党组书记曹更生在接受记者采访时说。");
    assert_eq!(w.blocks[0].kind, BlockKind::Paragraph, "{:#?}", kinds(&w));
    assert!(w.blocks[0].text.starts_with("编者按：2021年"), "{:#?}", kinds(&w));
    let w = s("定边县公安局党建思政展示中心建成投用\n\n今年以来,定边县公安局党委多次专题研究、考察学习,将局党建思政展示中心作为党建“书记项目”来抓,成立专班推动落实。\n\n党建思政展示中心的建成,将对于该局坚持党建引领高质量发展,引导和激励全警踔厉奋发、勇毅前行具有非常重要的积极作用。(辛建翔");
    let last = w.blocks.last().unwrap();
    assert!(last.text.ends_with("积极作用。"), "{:#?}", kinds(&w));
    assert!(!last.cut_off);
    assert_eq!(w.byline.author.as_deref(), Some("辛建翔"));
}

/// Issue 14, fifteenth round (fresh19 m09, a 纪实 with section heads of two parallel phrases on two lines): each head
/// was read as a heading and its subheading. Two phrases of one length on adjacent lines over text are one head.
#[test]
fn a_head_of_two_phrases_on_two_lines() {
    let w = s("近日,走進四川省廣元市利州區人民檢察院,文明新風如春風拂面般撲面而來,電子屏幕滾動播放著文明創建故事,宣傳欄展示著文明創建足跡。\n強化黨建引領\n厚植文明根基\n利州區檢察院始終堅持以“黨旗紅”引領“檢察藍”,將“黨建+”融入精神文明建設,形成黨建互促共進的良好局面。\n豐富創建內涵\n涵養文明新風\n文化是凝聚人心的精神紐帶,為全國文明單位創建注入強大動力。");
    let heads: Vec<_> = kinds(&w).into_iter().filter(|b| b.0 == BlockKind::Heading).collect();
    assert_eq!(heads.len(), 2, "{:#?}", kinds(&w));
    assert_eq!(heads[0].2, "強化黨建引領 厚植文明根基");
}

/// Issue 14, sixteenth round (fresh20 n02, a tax feature): a headline and two section heads of one width over
/// paragraphs of a line each read as a copy hard-wrapped at that width, and the whole page became one paragraph. No
/// line of a wrapped copy runs past its width: paragraphs several times as long say the copy is not wrapped.
#[test]
fn a_headline_and_heads_of_one_width_over_long_paragraphs() {
    let w = s("诸城税务:锻造“四强”堡垒 勇担兴税使命\n潍坊诸城是中共一大代表王尽美的故乡。薪火相传,使命在肩,国家税务总局诸城市税务局机关党委(党建工作股)党支部将红色基因深深融入血脉,做“尽美精神”的忠诚践行者。2025年6月,该支部被税务总局党委命名为全国税务系统“四强”党支部。\n筑牢“政治功能强”根基,把稳“忠诚之舵”\n为让理论学习融入日常,支部每年开展“树牢政治机关意识、做到对党绝对忠诚”专题研讨,推动“三会一课”制度深入落实,主题党日开展有声有色。今年以来,组织开展主题党日11次,集中学习11次,支部书记讲党课3次,有效增强党内政治生活吸引力、感染力、凝聚力。\n对照“讲政治、守纪律、负责任、有效率”的要求,支部积极推动模范机关建设,点燃党员创先争优的热情。如今,山东省税务局机关党委已荣获10项集体荣誉,其中3项为省部级荣誉。\n锻造“支部班子强”引擎,激发“头雁之效”\n走进诸城市税务局的办公楼,数字化党建长廊里,党史故事与税收政策触手可及。这个“多功能合一、一键秒切换”的宣传阵地,正是支部班子创新党建工作的生动体现。");
    assert_eq!(w.title.as_deref(), Some("诸城税务：锻造“四强”堡垒 勇担兴税使命"));
    assert_eq!(texts_of(&w, BlockKind::Heading).len(), 2, "{:#?}", kinds(&w));
    assert_eq!(texts_of(&w, BlockKind::Paragraph).len(), 4, "{:#?}", kinds(&w));
}

/// Issue 14, sixteenth round (fresh20 n14, an account article on an app page): the account's name, the date and the
/// follow button one per line under the headline made the name the title, the headline its kicker and "+ 关注" a
/// heading that titled the board. A name over a date alone under the headline is the source; the button is chrome.
#[test]
fn an_accounts_name_over_a_date_and_its_follow_button() {
    let w = s("全国政协副主席密集外出调研,有几个重要细节\n政知见\n2023-04-23\n+ 关注\n\n据《四川日报》报道,4月17日至22日,全国政协副主席胡春华率全国政协农业和农村委员会“加强农村污水治理,建设宜居宜业和美乡村”专题调研组在四川调研。\n\n调研组先后赴巴中、达州、广安、遂宁、南充等市,前往多个村镇实地查看农村生活污水治理、黑臭水体治理、人居环境建设等情况。");
    assert_eq!(w.title.as_deref(), Some("全国政协副主席密集外出调研，有几个重要细节"));
    assert_eq!(w.kicker, None);
    assert_eq!(w.byline.source.as_deref(), Some("政知见"));
    assert_eq!(w.byline.date.as_deref(), Some("2023-04-23"));
    assert_eq!(texts_of(&w, BlockKind::Paragraph).len(), 2, "{:#?}", kinds(&w));
    assert!(texts_of(&w, BlockKind::Heading).is_empty(), "{:#?}", kinds(&w));
}

/// Issue 14, sixteenth round (fresh20 n04, a forum's copy of a repost): the source field ran on into a piece of the
/// headline ("来源:台海网厦门机场海关国门战疫。") and was printed as the board's first paragraph. The medium before the
/// headline's words is the source.
#[test]
fn a_source_field_run_into_the_headline() {
    let w = s("厦门机场海关国门战疫:全力守好祖国东南最大航空口岸\n来源:台海网厦门机场海关国门战疫。\n台海网7月6日讯 据厦门日报报道 6月29日,厦门机场海关机关党委被授予“全国先进基层党组织”荣誉称号,机关党委书记黄艺作为代表前往北京参加“两优一先”表彰大会。\n铸魂固本强党建\n“聚航号”是厦门机场海关机关党委在工作中总结提炼的党建品牌,17个支部品牌被打造成企业眼里叫得响的支部名片。");
    assert_eq!(w.byline.source.as_deref(), Some("台海网"));
    assert!(w.blocks[0].text.starts_with("台海网7月6日讯"), "{:#?}", kinds(&w));
}

/// Issue 14, sixteenth round (fresh20 n11, a ministry bureau's portal): the ——subtitle broken over two lines left its
/// rest ("开展主题党日活动") as a heading that titled the board. A short unmarked rest right under the subtitle, over
/// the byline, is the subtitle's.
#[test]
fn a_subtitle_broken_over_two_lines() {
    let w = s("学深悟透四中全会精神 实干担当谱写“十五五”新篇章\n——辽宁省通信管理局第二、第六党支部联合省气象局相关党支部\n开展主题党日活动\n发布时间:2025-11-27 10:40\n11月21日,辽宁省通信管理局第二、第六党支部联合辽宁省气象局观测网络处党支部、法规处党支部开展主题党日活动。局党组成员、副局长徐继承以普通党员身份参加活动。");
    assert_eq!(
        w.subtitle.as_deref(),
        Some("辽宁省通信管理局第二、第六党支部联合省气象局相关党支部开展主题党日活动")
    );
    assert!(texts_of(&w, BlockKind::Heading).is_empty(), "{:#?}", kinds(&w));
}

/// Issue 14, sixteenth round (fresh20 n05, n10, n20): credits closing the text were printed as its last line or kept
/// as a caption waiting for a photo: the writer after a unit's post ("（科技党支部書记 黃泽文撰稿）"), a unit ending in
/// 办 and a name under the pictures' file names ("（港澳台委办 杜晖）"), a unit's contribution with a space before 供稿.
#[test]
fn credits_closing_the_text_after_a_post_a_unit_or_pictures() {
    const P: &str = "活动后,党员同志纷纷表示,通过在粤海关博物馆的参观学习,拓宽了自己的爱国主义教育新视野,促进了党建与业务互融深融、基层党支部共同进步,达到了预期效果。";
    let w = s(&format!("{P}\n{P}\n(科技党支部書记 黃泽文撰稿)"));
    assert_eq!(w.byline.author.as_deref(), Some("黃泽文"));
    assert_eq!(w.blocks.len(), 2, "{:#?}", kinds(&w));
    let w = s(&format!("港澳台委员会办公室联合省气象局办公室党支部开展主题党日活动\n\n  {P}\n\n活动现场照片1.jpg活动现场照片2.jpg\n\n  (港澳台委办 杜晖)"));
    assert_eq!(w.byline.author.as_deref(), Some("杜晖"));
    assert!(texts_of(&w, BlockKind::Caption).is_empty(), "{:#?}", kinds(&w));
    let w = s(&format!("{P}\n{P}\n(集团组织人事部 供稿)"));
    assert_eq!(w.byline.source.as_deref(), Some("集团组织人事部"));
    assert_eq!(w.blocks.len(), 2, "{:#?}", kinds(&w));
}

/// Issue 14, sixteenth round (fresh20 n15, n17): a column's label before a bar without spaces ("党建在线|…") and a
/// gallery's label before a colon ("摄影大赛组图：…") stayed in board titles. Both are the page's; a word of the
/// headline's own before a bar ("喜报|…") stays.
#[test]
fn a_columns_label_before_a_bar_and_a_gallerys_label() {
    let w = s(&format!("党建在线|竹园小学第一党支部 强化使命担当 服务发展大局——庆祝中国共产党成立104周年主题党日活动\n\n时间:2025/6/29 18:07:39\n\n{PARA_13}"));
    assert_eq!(w.title.as_deref(), Some("竹园小学第一党支部 强化使命担当 服务发展大局"));
    assert_eq!(w.subtitle.as_deref(), Some("庆祝中国共产党成立104周年主题党日活动"));
    let w = s(&format!(
        "摄影大赛组图:志愿的力量闪耀在美丽的田野上\n2018-09-07 14:59   责任编辑:   来源:今日合川网\n\n{PARA_13}"
    ));
    assert_eq!(w.title.as_deref(), Some("志愿的力量闪耀在美丽的田野上"));
    let w = s(&format!(
        "喜报|我院党委报送案例荣获优秀党建创新典型案例一等奖\n\n{PARA_13}"
    ));
    assert_eq!(
        w.title.as_deref(),
        Some("喜报|我院党委报送案例荣获优秀党建创新典型案例一等奖")
    );
}

/// Issue 14, sixteenth round (fresh20 n17, a photo-contest gallery): the captions with the shortest descriptions
/// ("讲给你听 陈英 摄", "掰苞谷 余双江 摄") were read as headings among the others, and the gallery's link as the text
/// cut off. A description, a space, a photographer and 摄 is a caption however short; a reporter's label before the
/// name is the credit's own.
#[test]
fn short_captions_in_a_gallery() {
    let w = s(include_str!("pages/fresh20/n17_jrhcw_photo_sheying_zhiyuan_zutu.txt"));
    let captions = texts_of(&w, BlockKind::Caption);
    assert_eq!(captions.len(), 9, "{:#?}", kinds(&w));
    assert!(
        captions.contains(&"讲给你听 陈英摄") && captions.contains(&"掰苞谷 余双江摄"),
        "{captions:#?}"
    );
    assert!(texts_of(&w, BlockKind::Heading).is_empty(), "{:#?}", kinds(&w));
    assert!(w.blocks.iter().all(|b| !b.cut_off), "{:#?}", kinds(&w));
    // (a reporter's label before the name is the credit's own, never a caption's description)
    let w = s(&format!("{PARA_13}\n本报记者 陈英 摄"));
    assert!(texts_of(&w, BlockKind::Caption).is_empty(), "{:#?}", kinds(&w));
}

/// Issue 14, sixteenth round (fresh20 n06, a traditional-script content farm): the headline twice on one line where
/// two pictures were, and the site's disclaimer cut off at the page's end, were printed as text (and the text marked
/// cut off). The headline repeated on one line is the headline again; the disclaimer is the site's.
#[test]
fn the_headline_twice_on_one_line_and_a_sites_disclaimer() {
    let w = s("深化黨日教育,中國僑聯婦委會蓡觀海關博物館\n\n爲貫徹落實中國僑聯黨組書記、主蓆萬立駿關於織好“兩張網”的指示精神,加強與其他單位和群團組織的聯絡郃作,中國僑聯直屬機關婦委會部分代表共同赴中國海關博物館開展聯郃主題黨日活動。\n\n深化黨日教育,中國僑聯婦委會蓡觀海關博物館 深化黨日教育,中國僑聯婦委會蓡觀海關博物館\n\n蓡觀最後,雙方就今後在涉僑權益保護、涉外商事海事等領域進一步加強郃作交流進行了廣泛的溝通。\n\n聲明:本站所有作品(圖文、音眡頻)均由用戶自行上傳分享,本文由\"泡芙味的");
    assert_eq!(w.blocks.len(), 2, "{:#?}", kinds(&w));
    assert!(!w.blocks[1].cut_off);
}

/// Issue 14, sixteenth round (fresh20 n15): the page cut inside a clause that closes on a quote ("八项规定的进一步落地
/// 使得“全面从严治党永远在路上”") was printed as complete. A closing quote after a word ends no sentence in a line of
/// a clause's length either; a quoted heading stays whole.
#[test]
fn a_clause_cut_after_its_closing_quote() {
    let w = s(&format!(
        "{PARA_13}\n\n八项规定的进一步落地使得“全面从严治党永远在路上”"
    ));
    assert!(w.blocks.last().unwrap().cut_off, "{:#?}", kinds(&w));
    assert!(zhanban_writeup::reads_cut_off(
        "八项规定的进一步落地使得“全面从严治党永远在路上”"
    ));
    assert!(!zhanban_writeup::reads_cut_off("党员们纷纷表示要争做“四有”好老师。"));
}

/// Issue 14, sixteenth round, second batch (fresh21 o01, o06, measured first with the rules read off fresh20): a
/// portal's footer one item a line after the text kept its link groups' labels as headings ("其他友情链接", "其他系统")
/// behind a browser advice read as text; a credit of roles and names joined by colons run into the last paragraph
/// ("（人民路街道 撰稿:鲁佳佳 初审:鲁佳佳 复核:朱贤军 终审:吴捷）") named no writer. The advice is chrome, so the labels
/// are the short run closing the page; the writer is the name after 撰稿, and editors' sign-offs alone name no one.
#[test]
fn a_footer_one_item_a_line_and_a_credit_of_roles_with_colons() {
    let w = s(include_str!(
        "pages/fresh21/o01_fujian_yaojian_lianhe_dangri_footer.txt"
    ));
    assert_eq!(w.blocks.len(), 3, "{:#?}", kinds(&w));
    assert!(
        w.blocks.iter().all(|b| b.kind == BlockKind::Paragraph),
        "{:#?}",
        kinds(&w)
    );
    let w = s(&format!(
        "{PARA_13}\n下一步,人民路街道东正社区将继续坚持党建引领惠民生,让群众的生活更加美好。(人民路街道 撰稿:鲁佳佳 初审:鲁佳佳 复核:朱贤军 终审:吴捷)"
    ));
    assert_eq!(w.byline.author.as_deref(), Some("鲁佳佳"));
    assert!(
        w.blocks.last().unwrap().text.ends_with("更加美好。"),
        "{:#?}",
        kinds(&w)
    );
    let w = s(&format!("{PARA_13}\n\n(编辑:张素伟)"));
    assert_eq!(w.byline.author, None);
}

/// Issue 14, sixteenth round, second batch (fresh21 o04, a medical site): the site's summary under its label, the
/// text's own opening cut short with dots, was printed above the text it repeats. The text again is set aside; a
/// summary in words of its own stays.
#[test]
fn a_sites_summary_that_repeats_the_texts_opening() {
    let w = s(
        "恪尽职守 不辱使命 全面提升监管水平\n\n摘要:今天,我们要讨论的是被人们喻为21世纪的“钻石产业”——生物制药。近年来,世界生物制药产业的发展速度远远超过了传统制药业。......\n\n  又到岁末,又是一个回顾过去、迎接新年的时刻。今天,我们要讨论的是被人们喻为21世纪的“钻石产业”——生物制药。近年来,世界生物制药产业的发展速度远远超过了传统制药业,我国在基因治疗、基因重组疫苗等领域已经走在前列。",
    );
    assert_eq!(w.blocks.len(), 1, "{:#?}", kinds(&w));
    let w = s(&format!(
        "摘要:本文梳理了市直机关党建品牌创建的做法与成效,提出了深化创建的路径。\n\n{PARA_13}"
    ));
    assert_eq!(w.blocks.len(), 2, "{:#?}", kinds(&w));
}

/// Issue 14, seventeenth round (fresh22, pages nobody had seen): what follows the last sentence. A footer's links
/// with their bars ("公眾號 |", "手機版 |" around a lone "|" and empty picture links) and an app's widgets one a line
/// ("阅读", "转发" among 点赞 and 评论) were printed as headings and text: two or more short items after the prose,
/// with lines set aside as chrome among or after them, are the page's — the credit in brackets before them stays
/// the byline's. A call to scan the code and follow the accounts, longer than a widget, hid the writer's name in
/// brackets before it; a source in brackets under an empty 推荐阅读: label is the text's; the writer's credit under
/// the pictures' file names is the byline's, the review's sign-offs (一审:/二审:/三审:) are no headings, a loading
/// widget and an empty attachments field are no text. A fragment of a text cut off after its prose stays one.
#[test]
fn what_follows_the_last_sentence_of_pages_nobody_had_seen() {
    let w = s(include_str!("pages/fresh22/r03_cchgjx_trad_linye_lianhe_dangri.txt"));
    assert_eq!(texts_of(&w, BlockKind::Paragraph).len(), 3, "{:#?}", kinds(&w));
    assert_eq!(w.blocks.len(), 3, "{:#?}", kinds(&w));
    assert_eq!(w.byline.source.as_deref(), Some("省森林資源監測中心"));
    let w = s(include_str!("pages/fresh22/r12_nctvcloud_tag_jiedao_shequ_canguan.txt"));
    assert_eq!(w.blocks.len(), 3, "{:#?}", kinds(&w));
    let w = s(include_str!(
        "pages/fresh22/r05_jrjingshan_linchang_lianxue_lianzuo.txt"
    ));
    assert_eq!(w.byline.author.as_deref(), Some("严丽霞"));
    assert!(!w.blocks.last().unwrap().cut_off, "{:#?}", kinds(&w));
    assert_eq!(w.blocks.len(), 4, "{:#?}", kinds(&w));
    let w = s(include_str!("pages/fresh22/r04_yuanlin_linye_banshishi_tuijian.txt"));
    assert_eq!(w.byline.source.as_deref(), Some("中国绿色时报"));
    let w = s(include_str!(
        "pages/fresh22/r07_pier73_spam_xueyuan_jiaogong_dangri.txt"
    ));
    assert_eq!(w.byline.author.as_deref(), Some("李加彬"));
    assert!(
        w.blocks.iter().all(|b| b.kind == BlockKind::Paragraph),
        "{:#?}",
        kinds(&w)
    );
    let w = s(&format!("{PARA_13}\n\n相关附件"));
    assert_eq!(w.blocks.len(), 1, "{:#?}", kinds(&w));
    assert!(!w.blocks[0].cut_off);
    // (one fragment after the prose is the text cut off, whatever follows it)
    let w = s(&format!("{PARA_13}\n考察组人员纷纷\n\n|\n"));
    assert!(w.blocks.last().unwrap().cut_off, "{:#?}", kinds(&w));
    // (a court's text keeps its 一审判决)
    let w = s(&format!("{PARA_13}\n一审判决后，被告人提出上诉。"));
    assert_eq!(w.blocks.len(), 2, "{:#?}", kinds(&w));
}

/// Issue 14, seventeenth round (fresh22 r07, r10, r15, hijacked pages nobody had seen): boards were titled
/// "8590am海洋之神官网与明光新城医院…", "威廉希尔组织教工党员…" and "…半岛（中国）新闻系广告系…": a brand said twice
/// or more with a web site's tail (网页版, 官网, (中国), its domain's code glued before it) or a known betting brand
/// stands in place of the unit's name and goes from the headline and the text.
#[test]
fn a_betting_brand_with_a_sites_tail_leaves_the_headline() {
    let w = s(include_str!(
        "pages/fresh22/r15_sywtzl_spam_hospital_jiedui_gongjian.txt"
    ));
    assert_eq!(w.title.as_deref(), Some("与明光新城医院党组织结对共建活动"));
    assert!(
        w.blocks.iter().all(|b| !b.text.contains("海洋之神")),
        "{:#?}",
        kinds(&w)
    );
    let w = s(include_str!("pages/fresh22/r10_xbug_spam_xueyuan_xiaohong_guju.txt"));
    assert_eq!(w.title.as_deref(), Some("组织教工党员参观萧红故居"));
    let w = s(include_str!(
        "pages/fresh22/r07_pier73_spam_xueyuan_jiaogong_dangri.txt"
    ));
    assert!(!w.title.as_deref().unwrap_or("").contains("半岛"), "{:?}", w.title);
    assert!(w.blocks.iter().all(|b| !b.text.contains("半岛")), "{:#?}", kinds(&w));
}

/// Issue 14, seventeenth round (fresh22 r13, a work report on a 人大 portal, never seen before): the speaker's line
/// under the report's title, a unit, the post and the name ("甘肃省人民检察院检察长朱玉"), was read as a heading and
/// titled the report's board; the page prints the ——date-and-meeting line and the speaker twice. The speaker is the
/// author, the repeats are set aside; the report's part head and sections stay headings.
#[test]
fn a_speakers_line_under_a_reports_title() {
    let w = s(include_str!("pages/fresh22/r13_gsrdw_jianchayuan_gongzuo_baogao.txt"));
    assert_eq!(w.byline.author.as_deref(), Some("朱玉"));
    assert_eq!(
        texts_of(&w, BlockKind::Heading),
        vec!["2021年工作回顾", "一、强化政治引领，确保检察工作正确方向"],
        "{:#?}",
        kinds(&w)
    );
    // (a heading that names a post in a sentence's words stays one)
    let w = s(&format!("一、市委书记带头抓党建\n{PARA_13}"));
    assert_eq!(texts_of(&w, BlockKind::Heading).len(), 1, "{:#?}", kinds(&w));
}

/// Issue 14, seventeenth round (fresh22 r07): the text's first paragraph under the headline, its full stop lost,
/// was read as a subtitle. A line of a sentence's length opening on the date with a clause inside is the text's; a
/// long subtitle that names units without a clause stays one (and one of clauses without the date, the corpus's
/// qingdao-party-leads-2021, `tests/corpus.rs`).
#[test]
fn a_first_paragraph_without_its_full_stop_is_no_subtitle() {
    let w = s(&format!(
        "传承红色基因,提升媒介实践能力 新闻系广告系联合教工党支部开展主题党日活动\n\n512新闻系广告系联合教工党支部前往杨开慧纪念馆和长沙县融媒体中心,开展“传承红色基因提升媒介实践能力”主题党日活动\n\n{PARA_13}"
    ));
    assert_eq!(w.subtitle, None, "{:#?}", kinds(&w));
    assert_eq!(texts_of(&w, BlockKind::Paragraph).len(), 2, "{:#?}", kinds(&w));
    let w = s(&format!(
        "不忘初心强党性 巡河护闸我先行\n省流域中心流域三部党支部、淄博市河湖长制保障服务中心第二党支部、高青县河湖长制保障服务中心党支部 联合开展主题党日活动\n\n{PARA_13}"
    ));
    assert!(w.subtitle.is_some(), "{:#?}", kinds(&w));
}

/// Issue 14, eighteenth round (fresh23 j16, a city forum's thread nobody had seen): its board was titled
/// "只需一步，快速开始" (the log-in widget's tagline) under a share bar as subtitle, with "查看：365|回复：0",
/// "新浪微博达人勋" and "鲜花（0）鸡蛋（0）" printed as text, and the thread's own headline set aside as a link. Counters,
/// a share bar naming its targets, log-in buttons named for their accounts and [复制链接] are chrome; a short line
/// between two lines of chrome before the prose is chrome when a longer line stands there to head the page; a
/// category in square brackets before the headline is the thread's tag.
#[test]
fn a_forum_threads_header_nobody_had_seen() {
    let w = s(include_str!("pages/fresh23/j16_21yq_forum_shuili_minjian_hezhang.txt"));
    assert_eq!(w.title.as_deref(), Some("党建引领聚合力 政民协同护清流"));
    assert_eq!(
        w.subtitle.as_deref(),
        Some("乐清市水利局创新推行“民间河长+属地流域所”联合制度")
    );
    assert_eq!(texts_of(&w, BlockKind::Paragraph).len(), 3, "{:#?}", kinds(&w));
    assert_eq!(w.blocks.len(), 3, "{:#?}", kinds(&w));
    // (a short headline between a breadcrumb and a date line, with no longer line above the prose, stays the title)
    let w = s(&format!(
        "当前位置：首页 > 工作动态\n党旗引领幸福路\n发布时间：2024-05-06 10:21:33\n{PARA_13}"
    ));
    assert_eq!(w.title.as_deref(), Some("党旗引领幸福路"));
}

/// Issue 14, eighteenth round (fresh23 j15, j17, j18): a loading message over the text titled its write-up
/// ("稍等片刻..."); a lone "网" left under 打印本页 关闭窗口 was printed as the text's last line; a column's name printed
/// again under the breadcrumb that names it was read as a kicker and, run into 报道, as a reporter "图片"; a repost
/// note after the text (本文轉載自“長興黨建”微信公眾號) was a heading. The text stops before its page's buttons, the
/// column's name is the page's, the repost note names the source.
#[test]
fn a_loading_message_a_word_under_the_buttons_a_column_again_and_a_repost_note() {
    let w = s(include_str!(
        "pages/fresh23/j15_cdttjt_loading_jiguan_zhibu_huanjie.txt"
    ));
    assert_eq!(w.title, None);
    assert_eq!(w.blocks.len(), 2, "{:#?}", kinds(&w));
    let w = s(include_str!("pages/fresh23/j17_jxslj_shuili_xunhe_zhiyuan.txt"));
    assert_eq!(w.kicker, None);
    assert_eq!(w.byline.reporter, None);
    assert_eq!(w.blocks.len(), 5, "{:#?}", kinds(&w));
    assert!(!w.blocks.last().unwrap().cut_off);
    let w = s(include_str!(
        "pages/fresh23/j18_bnimex_spam_trad_hehu_dangri_zhuanzai.txt"
    ));
    assert_eq!(w.byline.source.as_deref(), Some("長興黨建"));
    assert!(texts_of(&w, BlockKind::Heading).is_empty(), "{:#?}", kinds(&w));
    // (a fragment right after the prose is still the text cut off; a reporter run into 报道 still is one)
    let w = s(&format!("{PARA_13}\n考察组人员纷纷\n"));
    assert!(w.blocks.last().unwrap().cut_off, "{:#?}", kinds(&w));
    let w = s(&format!("□记者王方炎报道\n{PARA_13}"));
    assert_eq!(w.byline.reporter.as_deref(), Some("王方炎"));
}

/// Issue 14, eighteenth round (fresh23 j07, j11; fresh3 h09): boards printed "…攜手推進信息化合作？!?/span>" and
/// "…我感到很自豪？!?/p>" (a closing tag and the characters the page's encoding mangled before it), "BET体育365投注官网"
/// in place of a college's name (a betting phrase whose brand has Latin letters and digits), and the credit
/// "（单位：化工171、172团支部；指导老师：段文健）" as the end of the text. The tag and its debris are set aside and the
/// line still ends its paragraph; the phrase goes; the unit of a credit of labelled fields is the author.
#[test]
fn markup_debris_a_brand_of_letters_and_digits_and_a_credit_of_fields() {
    for page in [
        include_str!("pages/fresh23/j07_babelcn_trad_ziranziyuan_tieta_dangri.txt"),
        include_str!("pages/fresh3/h09_thenutrichic_trad_laodangyuan.txt"),
    ] {
        let w = s(page);
        assert!(
            w.blocks.iter().all(|b| !b.text.contains('>') && !b.text.contains("?!")),
            "{:#?}",
            kinds(&w)
        );
    }
    let w = s(include_str!(
        "pages/fresh23/j07_babelcn_trad_ziranziyuan_tieta_dangri.txt"
    ));
    assert_eq!(texts_of(&w, BlockKind::Paragraph).len(), 4, "{:#?}", kinds(&w));
    let w = s(include_str!("pages/fresh23/j11_czhtqp_spam_huagong_tuanri.txt"));
    assert!(w.blocks.iter().all(|b| !b.text.contains("投注")), "{:#?}", kinds(&w));
    assert_eq!(w.byline.author.as_deref(), Some("化工171、172团支部"));
    assert!(
        w.blocks.last().unwrap().text.ends_with("生日快乐！"),
        "{:#?}",
        kinds(&w)
    );
}

/// Issue 14, eighteenth round (fresh23 j02, a national paper's e-paper reader nobody had seen): the credit line
/// "作者:本报记者 张翼 《光明日报》( 2021年11月17日 11版)" was set aside as a page button and the kicker "国家统计局:" was
/// swallowed by the menu above it (its items one a line, then a blank line). The paper's citation gives the source
/// and the date, the reporter is named; a menu printed one item a line ends at a blank line; a short name with a
/// colon right over the headline is its kicker.
#[test]
fn an_e_paper_readers_credit_with_the_papers_citation_and_a_kicker_under_its_menu() {
    let w = s(include_str!("pages/fresh23/j02_gmw_epaper_tongjiju_jiedui.txt"));
    assert_eq!(w.title.as_deref(), Some("“结对”同心解难题办实事"));
    assert_eq!(w.kicker.as_deref(), Some("国家统计局："));
    assert_eq!(w.byline.reporter.as_deref(), Some("张翼"));
    assert_eq!(w.byline.source.as_deref(), Some("光明日报"));
    assert_eq!(w.byline.date.as_deref(), Some("2021年11月17日"));
    assert_eq!(texts_of(&w, BlockKind::Paragraph).len(), 4, "{:#?}", kinds(&w));
}

/// Issue 14, eighteenth round (fresh23 j12): a page printed its list title twice over the fields, then the article's
/// own headline and a ——subtitle that the list title only shortens; the board was titled by the list title with the
/// headline as a heading. The article's headline with its subtitle is the title; a headline whose own subtitle
/// stands under it keeps it.
#[test]
fn the_articles_own_headline_under_the_pages_list_title() {
    let w = s(include_str!("pages/fresh23/j12_sasac_yangqi_xuanchuanju_kejiguan.txt"));
    assert_eq!(w.title.as_deref(), Some("学习科技前沿 启迪创新思维"));
    assert_eq!(
        w.subtitle.as_deref(),
        Some("宣传局党支部、新闻中心党支部联合开展主题党日活动")
    );
    assert!(texts_of(&w, BlockKind::Heading).is_empty(), "{:#?}", kinds(&w));
    let w = s(&format!(
        "学习科技前沿 启迪创新思维\n——宣传局党支部、新闻中心党支部联合开展主题党日活动\n文章来源:新闻中心 发布时间:2015-03-02\n{PARA_13}"
    ));
    assert_eq!(w.title.as_deref(), Some("学习科技前沿 启迪创新思维"));
}

/// Issue 14, eighteenth round (fresh23 j09, a WeChat weekly reposted in traditional script): three short centred
/// lines under its opening paragraph ("青春逢盛世,奮斗正當時" / "和團團一起回顧一周動態" / "走進工作亮點和特色風采吧~")
/// were read as headings, one of them titling its board, and pushed the real heads a level down. Adjacent short lines
/// right after a paragraph are lines of the text; the part head over a unit's name is level 1 over level 2.
#[test]
fn centred_lines_under_an_opening_paragraph_are_text() {
    let w = s(include_str!(
        "pages/fresh23/j09_digipub_trad_wangyihao_tuanwei_dongtai.txt"
    ));
    let heads: Vec<(Option<u8>, &str)> = w
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Heading)
        .map(|b| (b.level, b.text.as_str()))
        .collect();
    assert_eq!(
        heads[..2],
        [(Some(1), "各縣（市、區）特色亮點"), (Some(2), "團沙灣區委")],
        "{:#?}",
        kinds(&w)
    );
    assert_eq!(texts_of(&w, BlockKind::Paragraph).len(), 6, "{:#?}", kinds(&w));
}

/// Issue 14, nineteenth round (fresh24 l07, l06, l05; pages nobody had seen): a 医保 portal printed the city's and the
/// bureau's names and the column's over its breadcrumb, and its board was titled "呼和浩特市人民政府 呼和浩特市医疗
/// 保障局" with the column 旗县区动态 as a heading; a series' name set off by 丨 titled another board with the headline
/// ("新时代文明实践丨区市场局：…"). The lines over a breadcrumb are the site's header when a headline follows it; a
/// series tag before 丨 is no part of the headline.
#[test]
fn the_sites_names_over_its_breadcrumb_and_a_series_tag_before_the_headline() {
    let w = s(include_str!("pages/fresh24/l07_huhhot_yibao_xueleifeng_dangri.txt"));
    assert_eq!(w.title.as_deref(), Some("新城区：组织党员干部开展主题党日活动"));
    assert_eq!(w.byline.author, None);
    assert!(texts_of(&w, BlockKind::Heading).is_empty(), "{:#?}", kinds(&w));
    let w = s(include_str!("pages/fresh24/l06_shwmsj_shichang_jiance_xueleifeng.txt"));
    assert_eq!(w.title.as_deref(), Some("区市场局：雷锋精神我传承 争当文明市监人"));
    // (a short word of the headline's own before 丨 stays; a headline over its breadcrumb stays)
    let w = s(&format!("喜报丨我院党委荣获先进基层党组织称号\n{PARA_13}"));
    assert_eq!(w.title.as_deref(), Some("喜报丨我院党委荣获先进基层党组织称号"));
    let w = s(&format!(
        "市交通运输局机关党支部开展主题党日活动\n当前位置：首页 > 新闻中心 > 工作动态\n{PARA_13}"
    ));
    assert_eq!(w.title.as_deref(), Some("市交通运输局机关党支部开展主题党日活动"));
}

/// Issue 14, nineteenth round (fresh24 l03, l13, l17, l12): boards printed a three-level review's sign-offs in
/// brackets ("（一审：潘诗文）"), a visitor counter ("您是第 - 位访客 |") and pictures' captions closed by the unit that
/// supplied them ("…清掃衛生死角 供圖 錦州市煙草專賣局（公司）", one of them the board's title); a read-aloud button
/// ("朗读") was taken for the writer. They are the page's sign-offs, statistics, captions and widget.
#[test]
fn sign_offs_in_brackets_a_visitor_counter_captions_supplied_by_a_unit_and_a_read_aloud_button() {
    let w = s(include_str!(
        "pages/fresh24/l03_xuancheng_jiaotong_jiaojing_lianhe_dangri.txt"
    ));
    assert_eq!(w.blocks.len(), 4, "{:#?}", kinds(&w));
    let w = s(include_str!("pages/fresh24/l13_sjjgz_shenji_linshi_dangzhibu.txt"));
    assert_eq!(w.blocks.len(), 3, "{:#?}", kinds(&w));
    let w = s(include_str!("pages/fresh24/l17_0832_trad_yancao_xueleifeng_pinpai.txt"));
    assert_eq!(texts_of(&w, BlockKind::Caption).len(), 3, "{:#?}", kinds(&w));
    assert!(texts_of(&w, BlockKind::Heading).is_empty(), "{:#?}", kinds(&w));
    let w = s(include_str!("pages/fresh24/l12_jinhua_shenji_kaohe_xianjin.txt"));
    assert_eq!(w.byline.author.as_deref(), Some("王院生"));
}

/// Issue 14, nineteenth round (fresh24 l18, l02): a line of fields ran into the text's first sentence ("来源：西庄教育组
/// 作者：张红霞 加入时间：2016-10-09日前，西庄教育组组织召开了…") and was printed as the first paragraph; a source was
/// glued to its date ("来源:机关工会2025-11-25 16:46") and lost. The fields are the byline, the rest is the text.
#[test]
fn fields_run_into_the_first_sentence_and_a_source_glued_to_its_date() {
    let w = s(include_str!("pages/fresh24/l18_021bag_xiaoxue_zhiwei_xuanju.txt"));
    assert_eq!(w.byline.source.as_deref(), Some("西庄教育组"));
    assert_eq!(w.byline.author.as_deref(), Some("张红霞"));
    assert_eq!(w.byline.date.as_deref(), Some("2016-10-09"));
    let first = texts_of(&w, BlockKind::Paragraph)[0];
    assert!(first.starts_with("日前，西庄教育组"), "{first}");
    let w = s(include_str!(
        "pages/fresh24/l02_yueyang_jiaotong_xinxi_gongkai_sanshen.txt"
    ));
    assert_eq!(w.byline.source.as_deref(), Some("机关工会"));
}

/// Issue 14, nineteenth round (fresh24 l15): a 美篇 item copied with its markup printed "<p class=“ql-block”>" and
/// "</p>" inside its paragraph on a board. The tags of running text are set aside, the text stays.
#[test]
fn the_tags_of_a_texts_markup_copied_as_plain_text() {
    let w = s(include_str!("pages/fresh24/l15_jiudian163_trad_html_tuiyi_weiwen.txt"));
    let text: String = texts_of(&w, BlockKind::Paragraph).concat();
    assert!(!text.contains(['<', '>']), "{text}");
    assert!(text.starts_with("中秋佳節"), "{text}");
    assert!(text.contains("此次慰問活動"), "{text}");
}

/// Issue 14, nineteenth round (fresh24 l17): a link's title after the last finished paragraph ("篤行致遠 2024中國煙草
/// 行業發展觀察") was printed as the text's last line and marked cut off. A cut-off text is a sentence's start; a
/// signature with its date stays.
#[test]
fn a_links_title_with_its_year_after_the_last_paragraph() {
    let w = s(include_str!("pages/fresh24/l17_0832_trad_yancao_xueleifeng_pinpai.txt"));
    let last = w.blocks.last().unwrap();
    assert!(last.text.ends_with("熠熠生輝。"), "{:#?}", kinds(&w));
    assert!(!last.cut_off);
    let w = s(&format!("{PARA_13}\n中共某某支部委员会 2024年5月6日\n"));
    assert!(w.blocks.len() >= 2 || w.byline.date.is_some(), "{:#?}", kinds(&w));
}

/// Issue 14, twentieth round (fresh25 m13, m14; pages nobody had seen): a line of fields each in its own brackets
/// ("【发布日期:2024-12-06】 【来源:本站】 【阅读:次】【作者:龚晓芬】") was run into the headline over it, which titled the
/// board with the fields; a text-size widget in brackets ("【字體:大 中 小】") titled a page and its real headline was set
/// aside as the header above it.
#[test]
fn fields_each_in_brackets_and_a_size_widget_in_brackets() {
    let w = s(include_str!("pages/fresh25/m13_ptwbs_wanbao_minzheng_nongtian.txt"));
    assert_eq!(w.title.as_deref(), Some("集体认领农地 体验农耕文化"));
    assert_eq!(w.byline.author.as_deref(), Some("龚晓芬"));
    assert_eq!(w.byline.date.as_deref(), Some("2024-12-06"));
    // ("来源:本站", the page's own site, names no one)
    assert_eq!(w.byline.source, None);
    let w = s(include_str!(
        "pages/fresh25/m14_77xxqq_trad_tielu_kaixinling_dangri.txt"
    ));
    let title = w.title.as_deref().unwrap_or_default();
    assert!(title.starts_with("黨委工作部"), "{title}");
    assert!(
        !kinds(&w).iter().any(|k| format!("{k:?}").contains("字體")),
        "{:#?}",
        kinds(&w)
    );
}

/// Issue 14, twenty-first round (fresh26 i04; a page nobody had seen): a news app's banner over the page — its slogan
/// ("知东莞，知天下！", the page's first line right over the banner's buttons) had titled the board and its button
/// ("立即打开") was a heading; a series' name before a plain bar ("共赴文明之约|…") stayed in the headline, printed as
/// the first paragraph; an editor's note's label ("编前语") was taken for the author.
#[test]
fn an_apps_banner_a_series_name_before_a_plain_bar_and_an_editors_note_label() {
    let w = s(include_str!("pages/fresh26/i04_sun0769_app_haiguan_wenming_danwei.txt"));
    assert_eq!(
        w.title.as_deref(),
        Some("长安守国门，文明促发展！东莞长安海关获评“全国文明单位”")
    );
    assert_eq!(w.byline.author, None);
    let text: Vec<&str> = w.blocks.iter().map(|b| b.text.as_str()).collect();
    assert!(
        !text
            .iter()
            .any(|t| t.contains("立即打开") || t.contains("知东莞") || t.contains("共赴文明之约|")),
        "{:#?}",
        kinds(&w)
    );
    assert!(text[0].starts_with("编前语："), "{:#?}", kinds(&w));
    // (a short headline at the top over a breadcrumb, not over an app's banner, stays: fresh6a t04)
    let w = s(include_str!("pages/fresh6a/t04_sdchorography_nianjian_jiguan.txt"));
    assert_eq!(w.title.as_deref(), Some("市直机关工委工作"));
}

/// Issue 14, twenty-first round (fresh26 i10, i09; pages nobody had seen): a series' name before a bar and the label
/// 【編者按】 were run into one board title ("奔流十年|高樓、江邊、里弄，…【編者按】"); a designer's credit ("祝碧晨 設計")
/// was a heading and an agency's caption ("…參觀者。視覺中國 圖") was joined to the next paragraph; a whole clause over a
/// headline half its length was run into it instead of standing as its kicker.
#[test]
fn a_series_name_a_note_label_a_designers_credit_an_agencys_caption_and_a_clause_as_kicker() {
    let w = s(include_str!(
        "pages/fresh26/i10_jackiebrutsche_spam_trad_pengpai_benliu.txt"
    ));
    assert_eq!(w.title.as_deref(), Some("高樓、江邊、里弄，黨建在人民需要的每一個地方"));
    assert!(w.blocks[0].text.starts_with("編者按："), "{:#?}", kinds(&w));
    assert!(!w.blocks.iter().any(|b| b.text.contains("祝碧晨")), "{:#?}", kinds(&w));
    let caption = w.blocks.iter().find(|b| b.text.starts_with("2022年10月4日")).unwrap();
    assert_eq!(caption.kind, BlockKind::Caption, "{:#?}", kinds(&w));
    assert!(caption.text.ends_with("圖"), "{}", caption.text);
    let w = s(include_str!(
        "pages/fresh26/i09_yptimes_epaper_jiedao_dangqun_zhongxin.txt"
    ));
    assert_eq!(w.title.as_deref(), Some("UP主党员有了“家门口的活动阵地”"));
    assert_eq!(
        w.kicker.as_deref(),
        Some("杨浦通过空间迭代与资源整合，让党建服务从“有形覆盖”迈向“有效覆盖”")
    );
}

/// Issue 14, twenty-first round (fresh26 i13, i12; pages nobody had seen): a footer's account name ("中共安徽省委黨校微信
/// 公眾號", the label of its code) titled the board and its address with the postcode was printed as text, marked cut
/// off; a gallery's count of its pictures ("（图片共8张）") was the first paragraph.
#[test]
fn a_footers_account_and_address_and_a_gallerys_count() {
    let w = s(include_str!("pages/fresh26/i13_gracese_trad_dangxiao_jiaoshijie.txt"));
    assert_eq!(w.blocks.len(), 2, "{:#?}", kinds(&w));
    assert!(!w
        .blocks
        .iter()
        .any(|b| b.text.contains("公眾號") || b.text.contains("郵編")));
    assert!(!w.blocks[1].cut_off);
    let w = s(include_str!("pages/fresh26/i12_ses_zhongxue_shuji_shuzhi.txt"));
    assert!(w.blocks[0].text.starts_with("12月22日上午"), "{:#?}", kinds(&w));
    assert_eq!(w.byline.date.as_deref(), Some("2023-12-22"));
}

/// Issue 14, twenty-second round (fresh27, pages nobody had seen): what follows a site's copyright and ICP line under
/// the text is the page's — a spam host's keyword lines after "今日湖北網版權所有 鄂ICP備…" had been kept as a caption
/// and a paragraph (and the last marked cut off); share buttons one a line under the date are no author ("微博" had
/// been), and dash-led items closed by a semicolon or a full stop are text, not four level-1 heads.
#[test]
fn the_tail_after_a_footer_share_buttons_and_dash_items() {
    let w = s(include_str!(
        "pages/fresh27/e17_otuountil_spam_trad_shequ_dubaojiao.txt"
    ));
    assert!(!w.blocks.iter().any(|b| b.text.contains("亚洲")), "{:#?}", kinds(&w));
    assert!(!w.blocks.last().unwrap().cut_off);
    let w = s(include_str!("pages/fresh27/e19_ahgpjz_xinhua_diyi_guancha_shequ.txt"));
    assert_eq!(w.byline.author, None);
    let items: Vec<_> = w.blocks.iter().filter(|b| b.text.starts_with("——")).collect();
    assert_eq!(items.len(), 4, "{:#?}", kinds(&w));
    assert!(items.iter().all(|b| b.kind == BlockKind::Paragraph), "{:#?}", kinds(&w));
}

/// Issue 14, twenty-second round (fresh27): a column's link between the byline and share buttons is the bar's (it had
/// been a heading printed on a board), a numbered picture caption between paragraphs is a caption (it had been a
/// heading), and fields under spun labels are the source and the date (the spun source had titled a board).
#[test]
fn a_widgets_label_a_numbered_caption_and_spun_fields() {
    let w = s(include_str!("pages/fresh27/e19_ahgpjz_xinhua_diyi_guancha_shequ.txt"));
    assert!(
        !w.blocks.iter().any(|b| b.text.contains("关注学习进行时")),
        "{:#?}",
        kinds(&w)
    );
    let w = s(include_str!("pages/fresh27/e18_ncmzj_minzheng_wenhua_changlang.txt"));
    assert_eq!(texts_of(&w, BlockKind::Caption), ["参观文化长廊1"], "{:#?}", kinds(&w));
    let w = s(include_str!("pages/fresh27/e03_glmsg_spun_guoziwei_tongqihui.txt"));
    assert_eq!(w.title, None);
    assert_eq!(w.byline.source.as_deref(), Some("国务院国资在网站"));
    assert_eq!(w.byline.date.as_deref(), Some("2021-10-13"));
}

/// Issue 14, twenty-third round (fresh28, pages nobody had seen): a copyright or disclaimer label under the text ends
/// the article like a copyright line — the disclaimer after "版权与免责声明:" (aa08) and the two lines after "版权声明"
/// (aa11) had been paragraphs printed on boards, the last marked cut off; a credit block's ◆-led 编辑/二审/三审 lines are
/// no headings, and its ◆文/记者 … 通讯员 … line is the byline.
#[test]
fn a_disclaimers_label_ends_the_article_and_a_credit_blocks_bullets() {
    let w = s(include_str!(
        "pages/fresh28/aa11_ytjingchang_spam_fengshoujie_xiachen.txt"
    ));
    assert!(!w.blocks.iter().any(|b| b.text.contains("本文")), "{:#?}", kinds(&w));
    assert!(w.cut_off().is_none());
    let w = s(include_str!(
        "pages/fresh28/aa08_zsnews_shequ_dangqun_zhongxin_qiyong.txt"
    ));
    assert!(!w.blocks.iter().any(|b| b.text.contains("凡本网")), "{:#?}", kinds(&w));
    assert!(w.cut_off().is_none());
    assert_eq!(w.byline.reporter.as_deref(), Some("徐钧钻"));
    assert_eq!(w.byline.correspondent.as_deref(), Some("胡志锦"));
    let heads = texts_of(&w, BlockKind::Heading);
    assert!(
        !heads.iter().any(|h| h.contains("审") || h.contains("编辑")),
        "{:#?}",
        kinds(&w)
    );
}

/// Issue 14, twenty-fourth round (fresh29, pages nobody had seen), what reached its boards: a page title's trailing bar
/// (ab10) and its "-company" tail (ab20) are no part of the headline; a breadcrumb of one arrow whose last item is the
/// headline printed again, and the site's blurb over it that opens on the crumb's first item, are the page's (ab16: the
/// two had titled a board); a caption in its words over a news lead-in is no headline (ab03, "会议现场"); a list title
/// keeps no hyphen left dangling before its dash (ab12); a medium's name and its writers' names closing the text are
/// the byline, not a paragraph warned cut off (ab15); a web address in brackets inside a sentence and an e-paper's jump
/// marker after the last sentence are set aside (ab08, ab02), never printed.
#[test]
fn a_page_titles_tails_a_crumb_to_the_headline_a_caption_over_a_lead_in_and_a_medias_credit() {
    let w = s(include_str!("pages/fresh29/ab10_changzhou_gaj_lanling_paichusuo.txt"));
    assert_eq!(w.title.as_deref(), Some("兰陵派出所：“高质量党建”助推警务融合发展"));
    let w = s(include_str!("pages/fresh29/ab20_chorstar_trad_cetc_xuanjiangtuan.txt"));
    assert_eq!(
        w.title.as_deref(),
        Some("中國電科傑出青年宣講團榮獲中宣部“2022年全國基層理論宣講先進集體”稱号")
    );
    let w = s(include_str!("pages/fresh29/ab16_50zi_fanwen_suiping_liangzhongxin.txt"));
    assert_eq!(
        w.title.as_deref(),
        Some("河南遂平：创新传播形式 打通“两中心”建设“最后一公里”")
    );
    let w = s(include_str!(
        "pages/fresh29/ab03_jiuhua_rednet_qingliandating_tuijinhui.txt"
    ));
    assert_eq!(w.title, None);
    assert_eq!(texts_of(&w, BlockKind::Caption), ["会议现场"], "{:#?}", kinds(&w));
    let w = s(include_str!(
        "pages/fresh29/ab12_cctvcitycn_gongan_dangjian_pinpai_jiaoliu.txt"
    ));
    assert!(w.title.as_deref().is_some_and(|t| !t.ends_with('-')), "{:?}", w.title);
    assert_eq!(w.kicker, None);
    let w = s(include_str!("pages/fresh29/ab15_lcww_trad_pingyu_rongmeihao.txt"));
    assert_eq!(w.byline.source.as_deref(), Some("平輿融媒"));
    assert_eq!(w.byline.author.as_deref(), Some("常啟慧 朱青 單江坤"));
    assert!(w.cut_off().is_none());
    let w = s(include_str!(
        "pages/fresh29/ab08_heizuowen_spam_trad_shuangchuang_mingdan.txt"
    ));
    assert!(!w.blocks.iter().any(|b| b.text.contains("http")), "{:#?}", kinds(&w));
    assert!(w.blocks.iter().any(|b| b.text.contains("全國高校思想政治工作網上")));
    let w = s(include_str!(
        "pages/fresh29/ab02_zonecy_trad_epaper_qinglian_guanmo.txt"
    ));
    assert!(
        w.blocks.last().is_some_and(|b| b.text.ends_with("走深走實。")),
        "{:#?}",
        kinds(&w)
    );
    assert!(w.cut_off().is_none());
}

/// Issue 14, twenty-fourth round (fresh29): a page with no headline over its text that names the original headline in
/// a repost note after it (原标题:…, set aside as a repost note) takes it as its title, commas and all (ab06; fresh19
/// m20's the same); a site's timestamp line set aside as chrome gives its labelled source with the date ("慧聪广电网
/// 2020-05-06 15:04 来源:闪电新闻", ab18), and a placeholder there ("来源: 原创") gives none.
#[test]
fn an_original_headline_in_a_repost_note_and_a_source_on_a_timestamp_line() {
    let w = s(include_str!(
        "pages/fresh29/ab06_shaanxi_china_gaoxiao_shuangchuang.txt"
    ));
    assert_eq!(w.title.as_deref(), Some("教育部公示名单！优秀，榜上有名！"));
    let w = s(include_str!(
        "pages/fresh29/ab18_hczyw_ningjin_rongmeiti_fenzhongxin.txt"
    ));
    assert_eq!(w.byline.source.as_deref(), Some("闪电新闻"));
    assert_eq!(w.byline.date.as_deref(), Some("2020-05-06 15:04"));
    let w = s(include_str!("pages/fresh28/aa04_hznaoa_spam_jiading_tongzhan_ditu.txt"));
    assert_ne!(w.byline.source.as_deref(), Some("原创"));
}

/// Issue 14, twenty-fourth round (point 3 of the brief: a page ending in …… not marked cut off): an ellipsis set off by
/// a space after a word is a copy's truncation mark — the text stops where the copy stopped ("…大力推 ……", fresh27 e05;
/// "…每年召開全系統黨建工作會 ……", fresh28 aa10; both keys say cut off) and the review and preflight say so; an ellipsis
/// right after the words closes a list and the text is whole.
#[test]
fn an_ellipsis_set_off_by_a_space_is_a_copys_truncation_mark() {
    for page in [
        include_str!("pages/fresh27/e05_lnbds_trad_guoziwei_zuotanhui.txt"),
        include_str!("pages/fresh28/aa10_yunpinvg_trad_yangqi_dangjian_jingyan.txt"),
    ] {
        let w = s(page);
        assert!(w.cut_off().is_some(), "{:#?}", kinds(&w));
    }
    let w = s("今年以來，市公安局堅持以黨的政治建設為統領，在企業學校，互聯共建干部召開警企警校懇談會，話發展護平安……");
    assert!(w.cut_off().is_none(), "{:#?}", kinds(&w));
}

/// Issue 14, twenty-fifth round (fresh30 ac01, a 文库 site's PDF-to-text copy wrapped at ~33 characters): a line short of
/// the wrap that ends a sentence ends its item, though the copy puts no blank line between items; a line that leaves a
/// quotation open joins the line that closes it, and alone it is never a heading.
#[test]
fn a_wrapped_copys_items_end_on_a_short_sentence_and_an_open_quote_is_no_heading() {
    let text = "心怀“国之大者”强化政治担当。坚持党中央决策部署到哪里、市委工\n作安排到哪里,机关党建就引领到哪里、模范机关创建就延伸到哪里,紧紧\n围绕中国式现代化这个最大政治,谋划创建思路,突出创建重点,制定创建\n措施。评选优秀案例、宣传典型经验,实现沿黄九市区机关党组织联创联\n建,充分发挥机关党建工作在落实重大国家战略中的引领作用。\n严守政治纪律政治规矩恪守政治忠诚。把坚定拥护“两个确立”、坚决\n做到“两个维护”作为最高政治原则和根本政治规矩,贯穿模范机关创建各\n方面全过程。坚持以政治监督为统领,健全完善政治监督活页制度,指导市\n直部门单位动态更新,为市委重点工作在有关行业领域落地见效保驾护航。\n坚持以防范风险为底线,强化意识形态领域风险监测预警,及早发现苗头\n性、倾向性问题,第一时间综合分析、妥善化解。\n二、聚焦中心大局,以打造担当有为的模范机关服务现代化强市建设\n习近平总书记指出,要“坚持党建工作和业务工作一起谋划、一起部\n署、一起落实、一起检查”。我们坚持把服务高质量发展作为模范机关创建\n的硬道理,建立业务有困惑、党建找思路,业务有压力、党建找动力,业务\n有问题、党建找原因的“三有三找”党建寻解机制,以党建思维破解发展难\n题,切实把党建优势转化为发展优势。";
    let w = s(text);
    let spans: Vec<(BlockKind, Vec<usize>)> = w.blocks.iter().map(|b| (b.kind, b.lines.clone())).collect();
    assert_eq!(
        spans,
        vec![
            (BlockKind::Paragraph, (1..=5).collect()),
            (BlockKind::Paragraph, (6..=11).collect()),
            (BlockKind::Heading, vec![12]),
            (BlockKind::Paragraph, (13..=17).collect()),
        ],
        "{:?}",
        kinds(&w)
    );
    // the open quotation's line alone, over a paragraph that does not close it, is text, not a heading
    let w = s(&format!(
        "二、聚焦中心大局\n习近平总书记指出,要“坚持党建工作和业务工作一起谋划、一起部\n{PARA_13}"
    ));
    assert_eq!(
        texts_of(&w, BlockKind::Heading),
        vec!["二、聚焦中心大局"],
        "{:?}",
        kinds(&w)
    );
}

/// Issue 14, twenty-fifth round (fresh30 ac02, a 范文 site's copy): the first prose under the headline that names the
/// whole headline in book-title brackets is the site's blurb about its page, set aside (it had been printed as the
/// board's first paragraph); a text that opens on a book's name, or names a document inside its headline, keeps it.
#[test]
fn a_blurb_naming_the_whole_headline_in_book_brackets_is_the_sites() {
    let w = s(&format!(
        "2020年市政园林局工作总结及工作计划精选(范文四篇)\n\n2022-07-21 09:17:34\n\n千文网小编为你整理了多篇相关的《2020年市政园林局工作总结及工作计划精选(范文四篇)》,但愿对你工作学习有帮助,当然你在千文网还可以找到更多《2020年市政园林局工作总结及工作计划精选(范文四篇)》。\n\n{PARA_13}"
    ));
    assert_eq!(
        texts_of(&w, BlockKind::Paragraph),
        vec![PARA_13.replace(',', "，")],
        "{:?}",
        kinds(&w)
    );
    assert!(w.dropped.iter().any(|d| d.lines == vec![5]), "{:?}", w.dropped);
    let w = s(&format!(
        "关于印发《机关党建工作考核办法》的通知\n\n各支部：现将《机关党建工作考核办法》印发给你们，请结合实际认真贯彻落实。\n\n{PARA_13}"
    ));
    assert_eq!(texts_of(&w, BlockKind::Paragraph).len(), 2, "{:?}", kinds(&w));
}

/// The lead's look of 2026-12-08 (a 政务公开 page, http://www.hezuo.gov.cn/info/2889/48597.htm, as pasted): a
/// sidebar's entries stood one per line over the headline and its 时间/作者 line; the first entry titled the board and
/// the other four printed as its first paragraphs. Short labels over a wider headline that stands on its byline line
/// are the page's.
#[test]
fn a_sidebars_entries_over_the_headline_on_its_byline_are_the_pages() {
    let w = s(&format!(
        "政府信息公开指南\n\n政府信息公开制度\n\n政府信息公开年报\n\n法定主动公开内容\n\n依申请公开\n\n\
         “圆圆甜甜庆元宵,党的关怀暖人心”主题党日活动\n\n时间:2023-02-02 09:24:25   作者: 点击数:  \n\n{PARA_13}"
    ));
    assert_eq!(
        w.title.as_deref(),
        Some("“圆圆甜甜庆元宵，党的关怀暖人心”主题党日活动"),
        "{:?}",
        kinds(&w)
    );
    assert_eq!(texts_of(&w, BlockKind::Paragraph), vec![PARA_13.replace(',', "，")]);
    assert_eq!(
        w.dropped
            .iter()
            .filter(|d| d.text.starts_with("政府信息公开") || d.text == "依申请公开" || d.text == "法定主动公开内容")
            .count(),
        5
    );
}

/// The lead's look of 2026-12-08 (a life story, http://www1.hvliw.com/sstx/4811.html): a section head that ends on
/// a quotation after 有了 ("耄耋再相会,段渠有了“荣誉村民”") was read as a sentence without its full stop — its 了 is no
/// sentence-final particle when the quotation closes the line — and printed as text.
#[test]
fn a_head_closing_on_a_quotation_after_le_is_a_head() {
    let w = s(&format!(
        "{PARA_13}\n\n耄耋再相会,段渠有了“荣誉村民”\n\n年新春,在兰州一幢老旧家属楼内,退休居家、年已耄耋的高级干部单得真,被静宁县三合乡段渠村村民授予“荣誉村民”称号。\n\n{PARA_13}"
    ));
    assert_eq!(
        texts_of(&w, BlockKind::Heading),
        vec!["耄耋再相会，段渠有了“荣誉村民”"],
        "{:?}",
        kinds(&w)
    );
    // a line that ends on its particle is still a sentence ("…大家都舍不得他了")
    let w = s(&format!("{PARA_13}\n\n从此大家都舍不得他了\n\n{PARA_13}"));
    assert!(texts_of(&w, BlockKind::Heading).is_empty(), "{:?}", kinds(&w));
}

/// Issue 14, twenty-sixth round (fresh31, the short activity report of a branch, after its first measure): a credit
/// is byline wherever it sits — a date's label set off from its date by a space, the font-size widget glued after it
/// ("发布日期 2019-09-21字号调整" had titled a board), the roles in either order at a paragraph's tail ("（文 图/何世桢）"),
/// an editor's sign-off with slashes on its own line ("(编辑/冯超 审核/张玲霞)", printed as the last paragraph), a
/// credit whose closing bracket the page's end cut off ("(文/文理学院 李东毓 责编/刘雨顺"); a phone-reading widget is
/// no heading (ad05, ad04).
#[test]
fn a_branch_reports_credits_wherever_they_sit() {
    let w = s(include_str!(
        "pages/fresh31a/ad05_hnzhy_yiyuan_dangxuangong_zhiyuan.txt"
    ));
    assert_eq!(
        w.title.as_deref(),
        Some("我院党宣工支部开展“不忘初心、牢记使命”志愿服务活动")
    );
    assert_eq!(w.kicker, None);
    assert_eq!(w.byline.date.as_deref(), Some("2019-09-21"));
    assert_eq!(w.byline.author.as_deref(), Some("何世桢"));
    assert!(texts_of(&w, BlockKind::Heading).is_empty(), "{:#?}", kinds(&w));
    let last = texts_of(&w, BlockKind::Paragraph).last().map(|t| t.to_string());
    assert!(last.as_deref().is_some_and(|t| t.ends_with("再实践！")), "{last:?}");
    let w = s(include_str!("pages/fresh31a/ad04_katykaty_wenli_zhiyuan_fuwuzhou.txt"));
    assert_eq!(w.byline.author.as_deref(), Some("李东毓"));
}

/// Issue 14, twenty-sixth round (fresh31 ad14): a site's watermark, a short stamp that the page inserts after its
/// paragraphs — glued to a paragraph's last sentence and on lines of its own — is set aside everywhere ("Xwd滁州机关党建网"
/// had titled a board, stood as headings and closed four paragraphs); a caption printed twice on lines of its own
/// stays (fresh2's "图片展现场" is a page of the set that keeps it).
#[test]
fn a_sites_watermark_after_the_paragraphs_is_set_aside() {
    let w = s(include_str!(
        "pages/fresh31a/ad14_czszdyzj_zhengxie_jiguan_shuxiang_dangri.txt"
    ));
    assert!(!w.blocks.iter().any(|b| b.text.contains("Xwd")), "{:#?}", kinds(&w));
    assert_eq!(texts_of(&w, BlockKind::Paragraph).len(), 4, "{:#?}", kinds(&w));
    assert!(w.dropped.iter().filter(|d| d.text.contains("Xwd")).count() >= 7);
    let twice = "“微光成炬”图片展开幕\n\n图片展现场\n\n东方网记者曹子琛6月19日报道：昨天，图片展在上海科技馆拉开帷幕，展出照片200余张。\n\n图片展现场\n\n本次图片展在上海科技馆二楼特展厅举办，为期一个月。";
    assert_eq!(
        texts_of(&s(twice), BlockKind::Caption).len(),
        2,
        "{:#?}",
        kinds(&s(twice))
    );
}

/// Issue 14, twenty-sixth round: a sentence that talks about the page itself is no body text for a board — an
/// invitation to look at the pictures below (fresh3 h07, from the lead's look: "下面，笔者撷取其中部分相片，让大家来感受
/// 一下…吧。" had been printed and pulled as a quote), a picture's caption run into the text (fresh31 ad19 "圖為捐贈現場。");
/// each is set aside with its line, the writer's credit after it still read. A pointer without a picture or a look
/// ("下面，我就三个方面谈几点体会。") stays.
#[test]
fn a_sentence_about_the_pages_pictures_is_set_aside() {
    let w = s(include_str!("pages/fresh3/h07_guoguoyigou_photo_xianxue.txt"));
    assert!(
        !w.blocks.iter().any(|b| b.text.contains("笔者撷取")),
        "{:#?}",
        kinds(&w)
    );
    assert!(w.dropped.iter().any(|d| d.text.starts_with("下面，笔者撷取")));
    assert_eq!(w.byline.author.as_deref(), Some("刘建彪"));
    let w = s(include_str!(
        "pages/fresh31a/ad19_jcurcio_trad_shenji_zhibu_juanzeng.txt"
    ));
    assert!(!w.blocks.iter().any(|b| b.text.contains("圖為")), "{:#?}", kinds(&w));
    let kept = "下面，我就三个方面谈几点体会。\n\n机关党委组织党员开展主题党日活动，全体党员重温入党誓词。";
    assert!(s(kept).blocks.iter().any(|b| b.text.starts_with("下面，我就")));
}

/// Issue 14, twenty-sixth round (the lead's look at fresh30's boards): a salutation or an item label is never a title
/// or a heading — a salutation wrapped before its colon ("各位领导、各位" / "同志:", ac03, printed as a heading) is one
/// paragraph; an item's label whose text the copy left out, between items opening on run-in labels ("工会工作", ac04,
/// which had titled its board), is text. A short head over prose that is no such item stays a heading.
#[test]
fn a_salutation_or_an_item_label_is_never_a_heading() {
    let w = s(include_str!("pages/fresh30/ac03_6dgww_wrapped_gonghui_zhuchici.txt"));
    assert!(
        !texts_of(&w, BlockKind::Heading).iter().any(|t| t.starts_with("各位")),
        "{:#?}",
        kinds(&w)
    );
    assert!(
        texts_of(&w, BlockKind::Paragraph).contains(&"各位领导、各位同志："),
        "{:#?}",
        kinds(&w)
    );
    let w = s(include_str!(
        "pages/fresh30/ac04_xuexue6_wrapped_zhen_nianzhong_zongjie.txt"
    ));
    assert!(texts_of(&w, BlockKind::Heading).is_empty(), "{:#?}", kinds(&w));
    assert_eq!(w.title, None);
    let head = "机关党建\n\n教育事业。进一步规范学校财务管理，规范招生行为。\n\n工会工作\n\n本年度工会组织职工开展文体活动十余次，参与职工三百余人次。";
    assert_eq!(
        texts_of(&s(head), BlockKind::Heading),
        ["工会工作"],
        "{:#?}",
        kinds(&s(head))
    );
}

/// Issue 14, twenty-sixth round (the lead's look): a credit in brackets opening a paragraph ("（通讯员 谭婷）市石门水库
/// 管理局按照…", fresh16 d01) is byline, not text: the paragraph opens on its prose. A bracket that names no writer
/// ("（一）…") stays.
#[test]
fn a_credit_in_brackets_at_a_paragraphs_head_is_byline() {
    let w = s(include_str!("pages/fresh16/d01_changanyouth_shimen_wuxing_mofan.txt"));
    assert_eq!(w.byline.correspondent.as_deref(), Some("谭婷"));
    assert!(!w.blocks.iter().any(|b| b.text.contains("谭婷")), "{:#?}", kinds(&w));
    assert!(w.blocks.iter().any(|b| b.text.starts_with("市石门水库管理局按照")));
    let w = s(include_str!("pages/fresh10/x02_ddknews_lianxihui.txt"));
    assert!(
        w.blocks.iter().any(|b| b.text.starts_with("9月12日")),
        "{:#?}",
        kinds(&w)
    );
    let kept = "机关党建工作要点\n\n（一）加强政治建设，坚持把党的政治建设摆在首位，全面提高政治能力。";
    assert!(
        s(kept).blocks.iter().any(|b| b.text.contains("（一）")),
        "{:#?}",
        kinds(&s(kept))
    );
}

/// Issue 14, twenty-seventh round (fresh32, the genre's longer pages): what stood around a feature's or a portal page's
/// headline reached its board. A headline with the page's fields run after it on its line ("…交流活动 浏览:3030 发布人:
/// 组织部 发布时间:2019/10/16 【字号", ae20, which had titled the board whole) is the headline, then the fields; a site's
/// name and address glued before a copied headline ("法治时空(http://…/):这是一次令人落泪的采访!…", ae02, set aside whole
/// so that a section head titled the board) leaves the headline; a credit's roles on a line of their own under the
/// headline ("撰文摄影(除署名外)" over "周宇编辑", ae11) are the byline, never half of the title or a heading.
#[test]
fn the_pages_chrome_around_a_features_headline() {
    let w = s(include_str!(
        "pages/fresh32a/ae20_ahmj_minjin_suzhou_jiceng_jiaoliu.txt"
    ));
    assert_eq!(w.title.as_deref(), Some("民进宿州市直支部开展基层组织建设交流活动"));
    assert_eq!(w.byline.date.as_deref(), Some("2019/10/16"));
    let w = s(include_str!("pages/fresh32a/ae02_ghwshi_jizhe_shouji_shao_shikun.txt"));
    assert_eq!(
        w.title.as_deref(),
        Some("这是一次令人落泪的采访！穿越大半个中国只为读懂你")
    );
    assert!(w.dropped.iter().any(|d| d.text.starts_with("法治时空")));
    assert!(texts_of(&w, BlockKind::Heading).contains(&"写邵世坤们生死测量 泪涌眼眶"));
    let w = s(include_str!(
        "pages/fresh32a/ae11_tradexfiles_wang_shaoju_xinwen_lianbo.txt"
    ));
    assert_eq!(w.title.as_deref(), Some("他和他为啥上了新闻联播头条"));
    assert_eq!(w.byline.author.as_deref(), Some("周宇"));
    assert!(!w.blocks.iter().any(|b| b.text.contains("撰文")), "{:#?}", kinds(&w));
}

/// Issue 14, twenty-seventh round (fresh32 ae10): a picture's description closed in brackets by when and by whom it was
/// taken, or by "资料照片", is a caption, never a heading ("進瓦鋪村采訪的盤山路（許露露拍攝于2019年6月10日）" and "瓦鋪村俯瞰
/// （資料照片）" stood as headings between the paragraphs). A head ending in other brackets stays a heading.
#[test]
fn a_pictures_description_with_when_it_was_taken_is_a_caption() {
    let w = s(include_str!(
        "pages/fresh32a/ae10_www699289_trad_xiangcun_ganbu_zhucun.txt"
    ));
    let captions = texts_of(&w, BlockKind::Caption);
    for c in [
        "瓦鋪村俯瞰（資料照片）",
        "進瓦鋪村采訪的盤山路（許露露拍攝于2019年6月10日）",
    ] {
        assert!(captions.contains(&c), "{:#?}", kinds(&w));
    }
    assert!(texts_of(&w, BlockKind::Heading).is_empty(), "{:#?}", kinds(&w));
    let head = format!("{PARA_13}\n\n坚持党建引领（二〇二三年）\n\n{PARA_13}");
    assert_eq!(
        texts_of(&s(&head), BlockKind::Heading),
        vec!["坚持党建引领（二〇二三年）"]
    );
}

/// Issue 14, twenty-seventh round (fresh32): a page's debris inside the prose — an office's contact details in brackets
/// with its e-mail ("（地址：…，邮编：…，电话：…，电子邮箱：lsxxgk@lishui.gov.cn）", ae13, printed in a report's first
/// paragraph), a link to a site left open after a sentence ("…“落后村”。[公文写作网", ae08, which joined two
/// paragraphs) — is set apart with its line; a site's name as the author ("作者:倾述作文网", ae19) names no writer, and
/// the link's words before the address in "本文地址:" after the text are the title of a page with none above it; a
/// writer's labelled name after the lead paragraphs ("本文作者：李艳", ae05) is the byline, not a heading.
#[test]
fn debris_in_the_prose_and_credits_of_the_site() {
    let w = s(include_str!("pages/fresh32a/ae13_lishui_xxgk_niandu_baogao_2017.txt"));
    assert!(!w.blocks.iter().any(|b| b.text.contains('@')), "{:#?}", kinds(&w));
    assert!(w.dropped.iter().any(|d| d.text.contains("lsxxgk@lishui.gov.cn")));
    let w = s(include_str!(
        "pages/fresh32a/ae08_7rdy_cun_zhibu_shiji_sanbu_shengfushou.txt"
    ));
    assert!(
        !w.blocks.iter().any(|b| b.text.contains("公文写作网")),
        "{:#?}",
        kinds(&w)
    );
    assert_eq!(texts_of(&w, BlockKind::Paragraph).len(), 5, "{:#?}", kinds(&w));
    let w = s(include_str!(
        "pages/fresh32a/ae19_3399wenxue_huang_wenxiu_dashan_nver.txt"
    ));
    assert_eq!(w.byline.author, None);
    assert_eq!(w.byline.date.as_deref(), Some("2025-05-13 12:23:08"));
    // (the page names its title only in its address line after the text: "本文地址:大山的女儿http://…")
    assert_eq!(w.title.as_deref(), Some("大山的女儿"));
    let w = s(include_str!("pages/fresh32a/ae05_kgongcn_xu_limin_dierrencheng.txt"));
    assert_eq!(w.byline.author.as_deref(), Some("李艳"));
    assert!(
        !w.blocks.iter().any(|b| b.text.contains("本文作者")),
        "{:#?}",
        kinds(&w)
    );
}

/// Issue 14, twenty-seventh round (fresh32): a person's story has its parts numbered without the 一、 of a report — a
/// part's number alone on its line ("一", ae04, printed as a paragraph of one character) heads the part; a lead-in over
/// the quotation it introduces ("信中写到：" over "“爸爸到底是…”", ae05) is text, never a heading — it had been the one
/// level-1 head, which put the story's （一）（二） at level 2; a graphic's credit alone in brackets
/// ("（制图：刘岩）", ae02, printed on its board) is set aside. Under a 一、 head, （一） stays the second level.
#[test]
fn a_storys_parts_and_lead_ins() {
    let w = s(include_str!(
        "pages/fresh32a/ae04_guangyuanzuojia_fu_yin_jiang_zhi_sheng.txt"
    ));
    assert!(
        w.blocks.iter().any(|b| b.kind == BlockKind::Heading && b.text == "一"),
        "{:#?}",
        kinds(&w)
    );
    let w = s(include_str!("pages/fresh32a/ae05_kgongcn_xu_limin_dierrencheng.txt"));
    let heads: Vec<(Option<u8>, &str)> = w
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Heading)
        .map(|b| (b.level, b.text.as_str()))
        .collect();
    assert_eq!(heads, vec![(Some(1), "（一）"), (Some(1), "（二）")]);
    assert!(texts_of(&w, BlockKind::Paragraph).contains(&"信中写到："));
    let w = s(include_str!("pages/fresh32a/ae02_ghwshi_jizhe_shouji_shao_shikun.txt"));
    assert!(!w.blocks.iter().any(|b| b.text.contains("制图")), "{:#?}", kinds(&w));
    let report = format!("一、主要做法\n\n{PARA_13}\n\n（一）强化政治引领\n\n{PARA_13}");
    let w = s(&report);
    assert!(
        w.blocks
            .iter()
            .any(|b| b.text == "（一）强化政治引领" && b.level == Some(2)),
        "{:#?}",
        kinds(&w)
    );
}

/// The lead's look of 2026-12-08 (a college office's branch report, http://ttmc.edu.cn/info/1003/8989.htm): its credit
/// of names each with a role after a slash, "吴婷(财务科)/文图 张雪/传", printed as the report's last paragraph.
#[test]
fn a_credit_of_names_with_roles_after_slashes_is_set_aside() {
    let w = s(&format!("{PARA_13}\n吴婷(财务科)/文图 张雪/传"));
    assert_eq!(
        texts_of(&w, BlockKind::Paragraph),
        vec![PARA_13.replace(',', "，")],
        "{:?}",
        kinds(&w)
    );
    // a sentence with a slash in it stays text
    let w = s(&format!("{PARA_13}\n党建/业务融合是我们的工作方向"));
    assert_eq!(texts_of(&w, BlockKind::Paragraph).len(), 2, "{:?}", kinds(&w));
}
