//! Issue 14: nothing of a page's chrome becomes a title, heading or paragraph; the title rule; cut-off paragraphs;
//! script; empty write-ups refused (issue 19 point 4). Inputs are page copies of the genre as a user pastes or
//! saves them (e-paper readers, portal article pages, log-in bars, reposts, truncated pages).

mod common;

use zhanban_writeup::{
    looks_like_chrome, read_file, script_of, structure_html, structure_text, BlockKind, Error, Options, Script, WriteUp,
};

fn s(text: &str) -> WriteUp {
    structure_text(text, &Options::default())
}

const P1: &str = "2023年，市直机关各级党组织坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大精神，紧紧围绕市委中心工作，扎实推进模范机关建设，机关党建工作质量持续提升。";
const P2: &str = "一年来，市直机关工委把政治建设摆在首位，组织开展主题教育专题读书班12期，覆盖党员干部3600余人次，推动理论学习走深走实。";
const P3: &str = "下一步，市直机关工委将继续聚焦主责主业，持续深化“四强”党支部创建，以高质量机关党建服务保障全市经济社会高质量发展。";

/// Every block and the title: none may look like chrome.
fn assert_clean(w: &WriteUp) {
    if let Some(t) = &w.title {
        assert!(zhanban_writeup::title_chrome(t).is_none(), "title {t:?}");
    }
    for b in &w.blocks {
        assert!(looks_like_chrome(&b.text).is_none(), "block {:?}", b.text);
    }
}

fn texts(w: &WriteUp) -> Vec<&str> {
    w.blocks.iter().map(|b| b.text.as_str()).collect()
}

#[test]
fn e_paper_reader_page() {
    let page = format!(
        "忻州日报\n2023年12月29日 星期五\n版面导航\n第A01版：要闻\n上一版 下一版\n版面：第A01版：要闻 上一篇 下一篇\n\n\
         凝心聚力谱新篇 砥砺奋进开新局\n——2023年忻州市直机关党建工作综述\n本报记者 王晓红\n\n{P1}\n{P2}\n（图1）\n{P3}\n\n\
         - 投稿郵箱：xzrbtg@126.com\n忻州日报社版权所有 晋ICP备05000734号\n"
    );
    let w = s(&page);
    assert_eq!(w.title.as_deref(), Some("凝心聚力谱新篇 砥砺奋进开新局"));
    assert_eq!(w.subtitle.as_deref(), Some("2023年忻州市直机关党建工作综述"));
    assert_eq!(texts(&w), [P1, P2, P3]);
    assert_clean(&w);
    for junk in [
        "版面：第A01版：要闻 上一篇 下一篇",
        "- 投稿郵箱：xzrbtg@126.com",
        "（图1）",
        "上一版 下一版",
    ] {
        assert!(w.dropped.iter().any(|d| d.text == junk), "{junk} not set aside");
    }
}

#[test]
fn portal_page_with_log_in_bar_breadcrumb_and_statistics() {
    let page = format!(
        "欢迎您，访客\n• [登录]\n• [注册]\n• [退出]\n首页 | 新闻中心 | 政务公开 | 机关党建 | 互动交流\n\
         2019年文化部banner嵌入 當前位置：首页 > 机关党建 > 工作动态\n\
         打造“四强”党支部 推动机关党建高质量发展\n发布时间：2019-06-12 来源：机关党委 点击数：1024\n\n{P1}\n\n{P2}\n\n{P3}\n\n\
         【打印本页】 【关闭窗口】\n网站数据统计\n今日访问：123 总访问量：456789\n主办单位：中共某某市委市直机关工委\n"
    );
    let w = s(&page);
    assert_eq!(w.title.as_deref(), Some("打造“四强”党支部 推动机关党建高质量发展"));
    assert_eq!(w.byline.date_iso.as_deref(), Some("2019-06-12"));
    assert_eq!(texts(&w), [P1, P2, P3]);
    assert!(w.blocks.iter().all(|b| b.kind == BlockKind::Paragraph));
    assert_clean(&w);
}

#[test]
fn no_real_title_gives_none() {
    // a log-in bar, a file name and a bullet line above the text: none of them is a title
    for top in [
        "• [退出]",
        "08_xinzhou_2023_review_digits",
        "- 投稿郵箱：xzrbtg@126.com",
        "转自：人民网-中国共产党新闻网",
    ] {
        let w = s(&format!("{top}\n\n{P1}\n{P2}"));
        assert_eq!(w.title, None, "{top}");
        assert_eq!(texts(&w), [P1, P2], "{top}");
    }
    let w = s(&format!("2019年文化部banner嵌入 當前位置：首页 > 工作动态\n{P1}"));
    assert_eq!(w.title, None);
}

#[test]
fn repost_with_address_and_print_timestamp() {
    let page = format!(
        "转自：人民网-中国共产党新闻网\nhttp://dangjian.people.com.cn/n1/2023/0504/c117092-32678901.html 2023/5/4 10:21:33\n\
         以党建引领激发机关干部干事创业活力\n{P1}\n{P2}\n"
    );
    let w = s(&page);
    assert_eq!(w.title.as_deref(), Some("以党建引领激发机关干部干事创业活力"));
    assert_eq!(texts(&w), [P1, P2]);
    assert_clean(&w);
}

#[test]
fn navigation_lines_are_no_headings() {
    let page =
        format!("党建引领聚合力\n{P1}\n上一篇 下一篇\n{P2}\n首页 新闻中心 政务公开 办事服务 互动交流 专题专栏\n{P3}\n");
    let w = s(&page);
    assert!(
        w.blocks.iter().all(|b| b.kind == BlockKind::Paragraph),
        "{:?}",
        texts(&w)
    );
    assert_eq!(texts(&w), [P1, P2, P3]);
}

#[test]
fn figure_references_leave_paragraphs() {
    let w = s(&format!(
        "党建引领聚合力\n{P1}\n党员志愿者走进社区开展政策宣讲（图1），群众纷纷点赞（见图2）。\n"
    ));
    assert_eq!(w.blocks[1].text, "党员志愿者走进社区开展政策宣讲，群众纷纷点赞。");
}

#[test]
fn link_list_after_the_article_is_set_aside() {
    // a copied page ends with the site's link list and footer lines, one per line
    let w = s(&format!(
        "党建引领聚合力\n{P1}\n{P2}\n{P3}\n市委组织部\n市纪委监委\n市政府办公室\n市发展改革委\n技术支持：某某网络科技有限公司\n"
    ));
    assert_eq!(texts(&w), [P1, P2, P3]);
    // a closing signature of unit and date stays
    let w = s(&format!(
        "党建引领聚合力\n{P1}\n{P2}\n中共某某市委市直机关工委\n2023年12月29日\n"
    ));
    assert_eq!(texts(&w)[..3], [P1, P2, "中共某某市委市直机关工委"]);
    assert!(w.blocks.iter().all(|b| !b.cut_off));
}

#[test]
fn pasted_html_nav_footer_and_link_lists() {
    let html = format!(
        r#"<html><body><header><div class="logo">某某市直机关党建网</div><ul class="menu"><li><a href="/">首页</a></li><li><a href="/x">工作动态</a></li></ul></header>
        <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/x">工作动态</a></div>
        <div class="article position-relative" id="js_share_content"><h1>打造“四强”党支部 推动机关党建高质量发展</h1>
        <p>{P1}</p><h2><a href="/s2">强化政治引领</a></h2><p>{P2}</p><p>{P3}</p></div>
        <div class="related"><h3>相关新闻</h3><ul><li><a href="/a">市直机关开展主题党日活动</a></li><li><a href="/b">机关党建工作推进会召开</a></li></ul></div>
        <nav><a href="/prev">上一篇：机关党建工作推进会召开</a></nav>
        <div id="footer"><p>主办：中共某某市委市直机关工委</p><p>地址：某某市人民路1号</p></div>
        <p><a href="/l1">市委组织部</a> <a href="/l2">市委宣传部</a></p></body></html>"#
    );
    let w = structure_html(&html, &Options::default());
    assert_eq!(w.title.as_deref(), Some("打造“四强”党支部 推动机关党建高质量发展"));
    // a heading of the article that is a link stays
    assert_eq!(texts(&w), [P1, "强化政治引领", P2, P3]);
    assert_clean(&w);
}

#[test]
fn cut_off_paragraph_is_marked() {
    let cut = "同时，市直机关工委还将进一步完善考核评价体系，推动机关党建与业务工作深度融";
    let w = s(&format!("党建引领聚合力\n{P1}\n{cut}"));
    let last = w.blocks.last().unwrap();
    assert_eq!(last.text, cut);
    assert!(last.cut_off);
    assert_eq!(w.cut_off().map(|b| b.text.as_str()), Some(cut));
    // the JSON says so, and only there
    let json = serde_json::to_value(&w).unwrap();
    assert_eq!(json["blocks"][1]["cut_off"], true);
    assert!(json["blocks"][0].get("cut_off").is_none());
    // a complete write-up has none
    let w = s(&format!("党建引领聚合力\n{P1}\n{P2}"));
    assert!(w.cut_off().is_none());
    // a short paragraph cut under its heading is cut off too; a closing signature is not
    let w = s(&format!(
        "党建引领聚合力\n{P1}\n（二）加强学习文化建设，提高素质能力水平\n把学习宣传贯彻习近平新时代中国特色社会"
    ));
    assert!(w.blocks.last().unwrap().cut_off);
    for end in ["中共某某市委市直机关工委", "2023年12月29日", "王晓红"] {
        let w = s(&format!("党建引领聚合力\n{P1}\n{P2}\n{end}"));
        assert!(w.cut_off().is_none(), "{end}");
    }
}

#[test]
fn script_of_boards_and_simplified_conversion() {
    let trad = "以黨建引領激發機關幹部幹事創業活力\n\n2023年，市直機關各級黨組織堅持以習近平新時代中國特色社會主義思想為指導，紮實推進模範機關建設。\n一、強化政治引領\n各級黨組織組織開展專題讀書班12期。\n";
    let w = structure_text(trad, &Options::default());
    assert!(w.traditional);
    assert_eq!(script_of(w.title.as_deref().unwrap()), Script::Traditional);
    let w = structure_text(trad, &Options { simplified: true });
    assert!(w.simplified);
    let mut all: Vec<&str> = vec![w.title.as_deref().unwrap()];
    all.extend(w.blocks.iter().map(|b| b.text.as_str()));
    for t in all {
        assert_ne!(script_of(t), Script::Traditional, "{t}");
    }
    assert_eq!(w.title.as_deref(), Some("以党建引领激发机关干部干事创业活力"));
}

#[test]
fn empty_write_ups_are_refused_in_every_format() {
    let dir = common::scratch("empty");
    let chrome_only = "首页 | 新闻中心 | 政务公开 | 机关党建 | 互动交流\n【打印本页】 【关闭窗口】\n网站数据统计\n晋ICP备05000734号\n";
    let cases: [(&str, &[u8]); 7] = [
        ("empty.txt", b""),
        ("spaces.txt", " \n\t\n\u{3000}\n".as_bytes()),
        ("chrome.txt", chrome_only.as_bytes()),
        ("empty.md", b"\n\n"),
        ("empty.html", b"<html><body><p> </p></body></html>"),
        (
            "nav.html",
            "<html><body><nav><a href='/'>首页</a></nav><footer>版权所有</footer></body></html>".as_bytes(),
        ),
        ("empty.docx", &docx_of("")),
    ];
    for (name, bytes) in cases {
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        let e = read_file(&path, &Options::default()).unwrap_err();
        assert!(matches!(e, Error::Empty(ref n) if n == name), "{name}: {e}");
        assert!(e.to_string().contains("没有文章内容"), "{e}");
    }
    // a docx with one paragraph of text is read
    let path = dir.join("one.docx");
    std::fs::write(&path, docx_of(P1)).unwrap();
    assert!(read_file(&path, &Options::default()).is_ok());
}

fn docx_of(text: &str) -> Vec<u8> {
    use std::io::Write;
    let doc = format!(
        r#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>"#
    );
    let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default();
    z.start_file("word/document.xml", opts).unwrap();
    z.write_all(doc.as_bytes()).unwrap();
    z.finish().unwrap().into_inner()
}

#[test]
fn title_found_above_the_byline_under_a_sidebar() {
    // a portal page whose sidebar (slogan, search, column names) stands above the article
    let page = format!(
        "宣传人大制度 交流人大经验；推进民主法制建设 构建和谐文明。地震之后，家园依然美丽！\n信息搜索：\n主任之窗\n自身建设\n\n\
         某某州人大常委会机关公文处理办法\n更新日期：2024-01-12 来源：州人大\n{P1}\n{P2}\n"
    );
    let w = s(&page);
    assert_eq!(w.title.as_deref(), Some("某某州人大常委会机关公文处理办法"));
    assert_eq!(w.byline.date_iso.as_deref(), Some("2024-01-12"));
    assert_eq!(texts(&w), [P1, P2]);
}

#[test]
fn page_title_over_headline_and_site_suffix() {
    let w = s(&format!(
        "市机关事务处2024年上半年工作总结范文\n市机关事务处2024年上半年工作总结\n{P1}"
    ));
    assert_eq!(w.title.as_deref(), Some("市机关事务处2024年上半年工作总结"));
    let w = s(&format!("陕西省机关运行保障条例\n陕西省机关运行保障条例\n{P1}"));
    assert_eq!(w.title.as_deref(), Some("陕西省机关运行保障条例"));
    let w = s(&format!("论机关效能建设 - 行政论文\n{P1}"));
    assert_eq!(w.title.as_deref(), Some("论机关效能建设"));
}

#[test]
fn bylines_from_lead_in_medium_line_and_name_line() {
    let w = s(&format!(
        "深化模范机关创建提升机关党建质量水平\n\n本报讯（记者 林宗楷 实习生 郑仲宇）昨天，市直机关党建工作会议召开。{P1}"
    ));
    assert_eq!(w.byline.reporter.as_deref(), Some("林宗楷"));
    assert!(w.blocks[0].text.starts_with("本报讯"));
    let w = s(&format!(
        "泉州举办机关特色党建项目评展\n泉州晚报\n2022-11-10 15:35\n\n{P1}"
    ));
    assert_eq!(w.title.as_deref(), Some("泉州举办机关特色党建项目评展"));
    assert_eq!(w.byline.source.as_deref(), Some("泉州晚报"));
    let w = s(&format!(
        "任弼时论增强党性的五重路径\n\n发布时间：2024-08-27 09:33:44 浏览次数：97\n\n刘金新\n\n{P1}"
    ));
    assert_eq!(w.byline.author.as_deref(), Some("刘金新"));
    assert_eq!(w.byline.date_iso.as_deref(), Some("2024-08-27"));
    assert_eq!(texts(&w), [P1]);
}

#[test]
fn contents_metadata_and_signature() {
    let w = s(&format!(
        "某某省机关运行保障条例\n目 录\n第一章 总 则\n第二章 保障事项\n第三章 附 则\n第一章 总 则\n{P1}\n第二章 保障事项\n{P2}"
    ));
    let heads: Vec<&str> = w
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Heading)
        .map(|b| b.text.as_str())
        .collect();
    assert_eq!(heads, ["第一章总则", "第二章 保障事项"]);
    assert_eq!(w.dropped.len(), 4, "{:?}", w.dropped);
    let w = s(&format!(
        "城市基层党建的整合与创新\n〔关键词〕城市基层党建；区域化党建；行业党建；两新组织；社区党建\n〔中图分类号〕D267 〔文献标识码〕A 〔文章编号〕2095-8048-(2019)04-0025-07\n{P1}"
    ));
    assert_eq!(texts(&w), [P1]);
    // a notice closes with its issuing unit and date: text, not a heading and a byline
    let w = s(&format!(
        "关于印发2023年度工作总结的通知\n发布日期：2024-01-08 信息来源：办公室\n{P1}\n舟山市机关事务管理中心\n2024年1月4日\n{P2}"
    ));
    assert_eq!(w.byline.date_iso.as_deref(), Some("2024-01-08"));
    assert_eq!(texts(&w), [P1, "舟山市机关事务管理中心", "2024年1月4日", P2]);
    assert!(w.blocks.iter().all(|b| b.kind == BlockKind::Paragraph));
}

#[test]
fn no_block_of_the_corpus_looks_like_chrome() {
    // layout refuses to print chrome-like lines: the real articles must lose nothing to that test
    for name in [
        "changdao-review-2024.txt",
        "laixi-organ-party-building-2022.txt",
        "qingdao-case-four-threes-traditional.txt",
        "qingdao-model-organs-2023.txt",
        "qingdao-party-leads-2021.txt",
    ] {
        let w = s(&common::corpus_text(name));
        assert!(w.blocks.len() >= 5, "{name}");
        assert_clean(&w);
        assert!(w.cut_off().is_none(), "{name}");
    }
}

#[test]
fn site_name_over_the_headline_and_numbered_captions() {
    let w = s(&format!(
        "学海荡舟手机网\n论机关效能建设\n{P1}\n党员志愿者在社区开展政策宣讲 图1\n{P2}"
    ));
    assert_eq!(w.title.as_deref(), Some("论机关效能建设"));
    assert!(w.dropped.iter().any(|d| d.text == "学海荡舟手机网"));
    let kinds: Vec<BlockKind> = w.blocks.iter().map(|b| b.kind).collect();
    assert_eq!(kinds, [BlockKind::Paragraph, BlockKind::Caption, BlockKind::Paragraph]);
}

#[test]
fn indented_paragraph_after_a_cut_line_stays_apart() {
    // a copied page whose paragraphs were each cut short: the next indented paragraph is not their continuation
    let cut = "活动中，党员志愿者们分成两组，分别对社区幸福家园小区、张圩小区环境卫生进行打扫，同时看望慰问了社区的困难群众，与他们拉家常、聊生活";
    let w = s(&format!("党建引领聚合力\n\n  {P1}\n\n  {cut}\n\n  {P2}\n"));
    assert_eq!(texts(&w), [P1, cut, P2]);
}

#[test]
fn contributing_unit_in_brackets_after_the_text_is_the_source() {
    let w = s(&format!("党建引领聚合力\n{P1}\n{P2}\n（泸州市龙马潭区）\n"));
    assert_eq!(w.byline.source.as_deref(), Some("泸州市龙马潭区"));
    assert_eq!(texts(&w), [P1, P2]);
    let w = s(&format!("党建引领聚合力\n{P1}\n{P2}\n（未完待续）\n"));
    assert_eq!(w.byline.source, None);
}

#[test]
fn a_note_in_brackets_is_no_heading() {
    let note = "（2025年7月30日陕西省第十四届人民代表大会常务委员会第十七次会议通过）";
    // as a regulation's page shows it: the page title, the headline, the note, the first chapter
    let w = s(&format!(
        "陕西省机关运行保障条例\n陕西省机关运行保障条例\n{note}\n第一章 总 则\n{P1}\n{P2}"
    ));
    assert_eq!(w.title.as_deref(), Some("陕西省机关运行保障条例"));
    let b = w.blocks.iter().find(|b| b.text == note).unwrap();
    assert_eq!(b.kind, BlockKind::Paragraph);
}

#[test]
fn photo_captions_and_list_items() {
    let w = s(&format!(
        "微光成炬 基层党建风采图片展开幕\n{P1}\n图片展现场\n{P2}\n- 坚持党建引领\n- 完善工作机制\n{P3}"
    ));
    let kinds: Vec<(BlockKind, &str)> = w.blocks.iter().map(|b| (b.kind, b.text.as_str())).collect();
    assert_eq!(
        kinds,
        [
            (BlockKind::Paragraph, P1),
            (BlockKind::Caption, "图片展现场"),
            (BlockKind::Paragraph, P2),
            (BlockKind::Paragraph, "- 坚持党建引领"),
            (BlockKind::Paragraph, "- 完善工作机制"),
            (BlockKind::Paragraph, P3),
        ]
    );
}

/// Issue 14: a picture's event line (a named person with an official title doing something, unnumbered, short)
/// is no heading — it would become a group of boards and a board title. Between paragraphs it is a sentence
/// without its full stop; next to a picture it is the picture's caption. A real short heading stays one.
#[test]
fn a_pictures_event_line_is_no_heading() {
    let p1 = "7月1日上午，街道党工委在党群服务中心举行庆祝建党活动，辖区各党组织负责人和党员代表共80余人参加。";
    let p2 = "活动中，与会党员重温入党誓词，集体学习了党章，大家纷纷表示要立足岗位作贡献，在基层一线践行初心使命。";
    let p3 = "活动最后，街道党工委向党龄满五十年的党员送上慰问品，并邀请他们为年轻党员讲述入党经历和工作故事。";
    for event in [
        "李华书记为老党员代表佩戴纪念章",
        "街道党工委书记王明向困难党员赠送慰问品",
        "区委副书记陈刚在活动现场讲话",
    ] {
        let w = s(&format!(
            "街道党工委开展庆祝建党主题活动\n\n{p1}\n\n{event}\n\n{p2}\n\n{p3}\n"
        ));
        assert!(
            w.blocks.iter().all(|b| b.kind != BlockKind::Heading),
            "{event}: {:?}",
            w.blocks.iter().map(|b| (b.kind, b.text.as_str())).collect::<Vec<_>>()
        );
        assert!(w
            .blocks
            .iter()
            .any(|b| b.kind == BlockKind::Paragraph && b.text == event));
        // above a picture (Markdown image): its caption
        let md = format!("# 街道党工委开展庆祝建党主题活动\n\n{p1}\n\n{event}\n\n![](a.jpg)\n\n{p2}\n\n{p3}\n");
        let w = zhanban_writeup::structure_markdown(&md, &Options::default());
        assert!(
            w.blocks.iter().any(|b| b.kind == BlockKind::Caption && b.text == event),
            "{event}: {:?}",
            w.blocks.iter().map(|b| (b.kind, b.text.as_str())).collect::<Vec<_>>()
        );
    }
    // in bold in pasted HTML (captions are often bold): still no heading
    let html = format!(
        "<h1>街道党工委开展庆祝建党主题活动</h1><p>{p1}</p><p><strong>李华书记为老党员代表佩戴纪念章</strong></p><p>{p2}</p><p>{p3}</p>"
    );
    let w = structure_html(&html, &Options::default());
    assert!(w.blocks.iter().all(|b| b.kind != BlockKind::Heading), "{:?}", w.blocks);
    // a short section heading between paragraphs stays a heading
    let w = s(&format!(
        "街道党工委开展庆祝建党主题活动\n\n{p1}\n\n重温入党誓词\n\n{p2}\n\n{p3}\n"
    ));
    assert!(w
        .blocks
        .iter()
        .any(|b| b.kind == BlockKind::Heading && b.text == "重温入党誓词"));
}

/// Chrome of portal and campus-news pages that reached boards on pages the corpus never held (a last look at five
/// unseen pages, 2026-12-05): a metadata line ending in bracketed buttons read as a heading, a read-aloud widget's
/// label as a paragraph, a column tag run into the headline, a breadcrumb with dashes as the kicker, and byline
/// labels in brackets. Written here in other words, so that no page is tuned to.
#[test]
fn buttons_widgets_column_tags_dash_breadcrumbs_and_bracketed_labels() {
    let page = format!(
        "首页---通知公告\n【要闻】区机关工委召开党建工作推进会\n作者：王某某 [发布时间]:2024-01-02 [来源]: [点击数]:\n\
         语音播报：\n【发布时间：2024/1/2  点击数：【我要打印】【关闭窗口】\n{P1}\n{P2}\n{P3}\n"
    );
    let w = s(&page);
    assert_eq!(w.title.as_deref(), Some("区机关工委召开党建工作推进会"), "{w:#?}");
    assert_eq!(w.kicker, None, "the breadcrumb is no kicker");
    assert_eq!(w.byline.author.as_deref(), Some("王某某"));
    assert_eq!(w.byline.date.as_deref(), Some("2024-01-02"));
    assert_clean(&w);
    assert_eq!(texts(&w), [P1, P2, P3]);
    let dropped: Vec<&str> = w.dropped.iter().map(|d| d.text.as_str()).collect();
    assert!(
        dropped.contains(&"【要闻】"),
        "the column tag is set aside, restorable: {dropped:?}"
    );
    for line in [
        "【发布时间：2024/1/2  点击数：【我要打印】【关闭窗口】",
        "语音播报：",
        "人工智能朗读:",
        "[打印本页]",
    ] {
        assert!(looks_like_chrome(line).is_some(), "{line}");
    }
    // not chrome: a heading that mentions reading aloud, a bracketed term in prose, a subtitle dash
    for line in [
        "诗歌朗读比赛",
        "开展“【学习强国】”答题活动，党员参与率达98%。",
        "不忘初心——记优秀共产党员张三",
    ] {
        assert!(looks_like_chrome(line).is_none(), "{line}");
    }
}

/// Credits after the text (文、攝：…, ■ 摄影 通讯员 …, （文：… 图：…） closing the last paragraph) are the byline,
/// never a paragraph or a caption.
#[test]
fn credits_after_the_text_are_the_byline() {
    let w = s(&format!("{P1}\n{P2}\n\n（文、攝：蔡鳴明）\n"));
    assert_eq!(w.byline.author.as_deref(), Some("蔡鳴明"), "{w:#?}");
    assert_eq!(texts(&w), [P1, P2]);

    let w = s(&format!("{P1}\n■ 摄影 通讯员 朱红\n"));
    assert_eq!(w.byline.correspondent.as_deref(), Some("朱红"), "{w:#?}");
    assert_eq!(texts(&w), [P1], "no caption: {w:#?}");

    let w = s(&format!("{P1}\n\n{P2}（文：王文诗 图：汤誉沣）\n"));
    assert_eq!(w.byline.author.as_deref(), Some("王文诗"), "{w:#?}");
    assert_eq!(texts(&w), [P1, P2]);
}

/// Picture names left where the pictures stood, numbered one after another, are set aside; a caption repeated
/// word for word (two pictures of the same scene) is no picture name.
#[test]
fn numbered_picture_names_are_set_aside() {
    let w = s(&format!(
        "机关党支部参观红色场馆\n\n{P1}\n\n{P2}\n\n3.26主题党日2\n\n3.26主题党日\n"
    ));
    assert_eq!(texts(&w), [P1, P2], "{w:#?}");
    assert!(w.dropped.iter().any(|d| d.text == "3.26主题党日2"));

    let w = s(&format!(
        "机关党支部参观红色场馆\n\n{P1}\n\n义务劳动现场1\n\n{P2}\n\n义务劳动现场2\n\n{P3}\n"
    ));
    assert_eq!(texts(&w), [P1, P2, P3], "{w:#?}");

    // a model-text page's headline printed three times over its first piece's "…总结1" (fresh11 y05): the
    // numbered copy goes, the headline is the title
    let w = s(&format!(
        "当前位置:范文网>职场文书>工作总结>文明创建工作总结\n\n文明创建工作总结\n\n时间:2021-09-28 09:28:41\n\n文明创建工作总结\n\n{P1}\n\n文明创建工作总结\n\n文明创建工作总结1\n\n{P2}\n"
    ));
    assert_eq!(w.title.as_deref(), Some("文明创建工作总结"), "{w:#?}");
    assert_eq!(texts(&w), [P1, P2], "{w:#?}");

    let w = s(&format!("图片展开幕\n\n图片展现场\n\n图片展现场\n\n{P1}\n"));
    let captions = w.blocks.iter().filter(|b| b.kind == BlockKind::Caption).count();
    assert_eq!(captions, 2, "{w:#?}");
}

/// A government page's metadata list, each value on its own line under its label, is the page's: dropped whole,
/// and its dates are not the byline's. A row of the information-disclosure table is chrome.
#[test]
fn a_metadata_list_of_labels_and_values_is_set_aside() {
    let page = format!(
        "返回顶部\n\n某县人民政府工作规则\n\n  • 索引号:\n\n    6107280000/2024-001005\n  • 主题分类:\n\n  • 发文机构:\n\n    \
         县政府网站\n  • 发文日期:\n\n    2024年04月06日 16:40\n  • 有效性:\n\n  • 内容概述:\n\n某县人民政府工作规则\n\n{P1}\n\n{P2}\n"
    );
    let w = s(&page);
    assert_eq!(w.title.as_deref(), Some("某县人民政府工作规则"), "{w:#?}");
    assert_eq!(texts(&w), [P1, P2], "{w:#?}");
    assert_eq!(w.byline.date, None, "the document's date is no byline");
    assert_clean(&w);

    for line in [
        "发布机构: 城南新区(三江街道) 公开日期: 2017-03-28 00:00:00",
        "有效性: 有效 发文字号   -",
        "索 引 号: 11330683742010670P/2017-84094 主题分类: 其他",
    ] {
        assert!(looks_like_chrome(line).is_some(), "{line}");
    }
    // prose that starts with the same word is no metadata
    for line in [
        "有效性：各项措施的有效性在实践中得到检验，群众满意度持续提升。",
        "主题分类开展学习",
    ] {
        assert!(looks_like_chrome(line).is_none(), "{line}");
    }
}

/// A photo page: sentences closed by the photographer's credit are captions, never a title, a subtitle or one
/// hard-wrapped paragraph; a credit alone is the byline (见习记者, 本報記者 … 攝); a letter-spaced column label over
/// the text is the page's.
#[test]
fn photo_credits_make_captions_and_bylines() {
    let w = s(
        "全国人大代表、省委书记、省人大常委会主任审议政府工作报告。本报记者 吕建荣摄\n\
               全国人大代表、省委副书记、省长审议政府工作报告。本报记者 吕建荣摄\n\
               全国人大代表、省委副书记审议政府工作报告。本报记者 吕建荣摄",
    );
    assert_eq!(w.title, None, "{w:#?}");
    assert_eq!(w.subtitle, None);
    let captions = w.blocks.iter().filter(|b| b.kind == BlockKind::Caption).count();
    assert_eq!((captions, w.blocks.len()), (3, 3), "{w:#?}");
    assert!(w.cut_off().is_none());

    let w = s(&format!("图 说 现 场\n{P1}\n见习记者 张健辉 摄"));
    assert_eq!(w.title, None, "{w:#?}");
    assert_eq!(w.byline.reporter.as_deref(), Some("张健辉"));
    assert_eq!(w.byline.source, None);
    assert_eq!(texts(&w), [P1]);

    let w = s(&format!("{P1}\n本報記者 黃冉 攝\n"));
    assert_eq!(w.byline.reporter.as_deref(), Some("黃冉"), "{w:#?}");
    assert_eq!(w.byline.source, None);
}

/// Model-essay and document sites: the site's blurb, a piece label (篇一：/第1篇:), a paywall marker between dashes
/// and a placeholder source (网友投稿) are the site's, not the article's.
#[test]
fn collection_pages_blurbs_piece_labels_and_paywalls() {
    let page = format!(
        "党支部标准化五个基本17篇 下面是小编为大家整理的党支部标准化五个基本17篇，供大家参考。\n\
         篇一：党支部标准化五个基本\n教育中心标准化党支部建设标准（试行）\n一、总则\n{P1}\n---此处隐藏3057字，下载后查看---\n{P2}"
    );
    let w = s(&page);
    assert_eq!(
        w.title.as_deref(),
        Some("教育中心标准化党支部建设标准（试行）"),
        "{w:#?}"
    );
    assert_eq!(texts(&w), ["一、总则", P1, P2], "{w:#?}");
    assert_clean(&w);

    let w = s(&format!(
        "以下是为大家整理的文章5篇，欢迎品鉴！\n\n第1篇: 标准化党支部建设标准\n{P1}\n{P2}"
    ));
    assert_eq!(w.title.as_deref(), Some("标准化党支部建设标准"), "{w:#?}");
    assert_eq!(texts(&w), [P1, P2]);

    // a piece label after the piece's headline, set off by a space (fresh11 y08): the headline is a heading
    let w = s(&format!(
        "一季度精神文明創建總結【精彩多篇】\n\n創建文明城市工作自查報告 篇一\n\n一、領導重視，安排部署好\n\n{P1}\n\n{P2}"
    ));
    assert_eq!(w.title.as_deref(), Some("一季度精神文明創建總結"), "{w:#?}");
    assert!(
        w.blocks
            .iter()
            .any(|b| b.kind == BlockKind::Heading && b.text == "創建文明城市工作自查報告"),
        "{w:#?}"
    );
    assert!(w.dropped.iter().any(|d| d.text == "篇一"), "{w:#?}");

    let w = s(&format!(
        "2020党支部标准化规范化建设工作总结\n\n更新时间:2022-10 来源:网友投稿\n\n{P1}"
    ));
    assert_eq!(w.byline.source, None, "a placeholder is no source");
    assert_eq!(w.byline.date.as_deref(), Some("2022-10"));
}

/// A members-only platform page: the log-in bar (even worded as a sentence), the page's fields with their values on
/// the next line; the labelled title (标题：) is the title and its publication time the date.
#[test]
fn a_platform_page_with_a_log_in_bar_and_labelled_fields() {
    let page = format!(
        "提示信息\n您还未登陆，【点击这里】进行登陆操作；注册请【点击这里】\n标题：“上海团长”能给基层治理带来什么启示？\n\
         查看权限：\n需要 [决策要情] 级别以上才能查看。\n发布时间：\n2022-04-15 09:23:21\n文章摘要：\n{P1}"
    );
    let w = s(&page);
    assert_eq!(
        w.title.as_deref(),
        Some("“上海团长”能给基层治理带来什么启示？"),
        "{w:#?}"
    );
    assert_eq!(w.byline.date.as_deref(), Some("2022-04-15 09:23:21"));
    assert_eq!(texts(&w), [P1], "{w:#?}");
    assert!(looks_like_chrome("您还未登陆，【点击这里】进行登陆操作；注册请【点击这里】").is_some());
}

/// Journal reposts: authors fused to the date, the author's name over the headline and again under it, the
/// institution with its postcode, an unlabelled keyword list, a reader's button and an English translation.
#[test]
fn journal_reposts_names_institutions_keywords_translations() {
    let page = format!("何爱云\n治理现代化视角下基层党组织的功能定位与作用发挥\n何爱云\n{P1}\n治理现代化；基层党组织；功能定位；作用发挥\n{P2}");
    let w = s(&page);
    assert_eq!(
        w.title.as_deref(),
        Some("治理现代化视角下基层党组织的功能定位与作用发挥"),
        "{w:#?}"
    );
    assert_eq!(w.byline.author.as_deref(), Some("何爱云"));
    assert_eq!(texts(&w), [P1, P2], "{w:#?}");

    let w = s(&format!("党建引领小微公共空间更新的机制与路径研究\n\n2024-07-09 06:44刘文波奚婷霞高嘉\n上海党史与党建 2024年3期\n\n{P1}"));
    assert_eq!(w.byline.author.as_deref(), Some("刘文波奚婷霞高嘉"), "{w:#?}");
    assert_eq!(w.byline.source.as_deref(), Some("上海党史与党建2024年3期"));

    for line in [
        "（兰州大学 马克思主义学院，甘肃 兰州 730000）",
        "论文部分内容阅读",
        "The municipal party newspaper shoulders the mission of delivering the voice of the party and the government to the people.",
    ] {
        assert!(looks_like_chrome(line).is_some(), "{line}");
    }
    // not chrome: a sentence with semicolons, a bracketed note with a year, a Chinese sentence naming an English title
    for line in [
        "坚持党建引领；强化组织建设；推动工作落实，取得明显成效。",
        "（2025年7月30日陕西省第十四届人民代表大会常务委员会第十七次会议通过）",
        "党员们观看了纪录片《The Road》，深受教育。",
    ] {
        assert!(looks_like_chrome(line).is_none(), "{line}");
    }
}

/// A font-size bar with a print button between bars, and a reporter's label without names, are chrome.
#[test]
fn font_bars_and_nameless_reporter_labels() {
    for line in ["字号：默认 超大 | 打印 |", "新华社记者", "本报记者"] {
        assert!(looks_like_chrome(line).is_some(), "{line}");
    }
    for line in [
        "记者节座谈会",
        "优秀通讯员表彰大会召开",
        "致敬一线记者",
        "读完《党章》有感",
    ] {
        assert!(looks_like_chrome(line).is_none(), "{line}");
    }
}

/// A rewritten news page: a reading-time widget on top, the headline only as picture alt text between paragraphs
/// and in a footer of labelled fields (来源, 标题, 地址); a hash line and a spam "source" of digits from a mirror;
/// a paper page's labels (摘要, Abstract, 基金项目) and what stands under the back-matter ones.
#[test]
fn widgets_alt_texts_footer_titles_and_paper_labels() {
    let t = "虹口区机管局开展主题党日活动 提高党支部凝聚力";
    let page = format!(
        "本篇文章316字，读完约1分钟\n\n{P1}\n\n{t}\n\n{P2}\n\n{t}\n\n{P3}\n\n来源：上海热线新闻网\n\n标题：{t}\n\n地址：http://www.example.org/59218.html"
    );
    let w = s(&page);
    assert_eq!(w.title.as_deref(), Some(t), "{w:#?}");
    assert_eq!(texts(&w), [P1, P2, P3], "{w:#?}");
    assert_eq!(w.byline.source.as_deref(), Some("上海热线新闻网"));
    assert!(w.cut_off().is_none());

    let w = s(&format!("市委办机关支部开展主题党日活动\n发布时间:2018-04-03 10:13:00|  来源:38365365备用网址\n{P1}\n42c99f123b87c90222d69cb5eb359212"));
    assert_eq!(w.byline.source, None, "{w:#?}");
    assert_eq!(texts(&w), [P1]);

    let w = s(&format!("庆七一 学党史\n发布者:上海材料研究所2020-07-03阅读数:\n{P1}"));
    assert_eq!(
        (w.byline.date.as_deref(), w.byline.author.as_deref()),
        (Some("2020-07-03"), None),
        "{w:#?}"
    );

    let w = s(&format!(
        "摘要\n{P1}\nAbstract\nThe mission and task of institutional construction in the new era is to create a model institution.\n基金项目\n国家消防救援局昆明训练总队党建项目(JG202323)"
    ));
    assert_eq!(w.title, None, "{w:#?}");
    assert_eq!(texts(&w), [P1], "{w:#?}");
}

/// A document-sharing page: the file name stands for the title (without its extension), and the download, log-in
/// and payment widgets and the site's notes about downloading are chrome; authors between commas over the text are
/// the byline.
#[test]
fn document_sharing_pages_and_author_lists() {
    let page = format!(
        "    文书的处理剖析.ppt\n\n    快捷下载 游客一键下载\n    会员登录下载\n    下载资源需要15金币\n    邮箱/手机:\n    温馨提示:\n    \
         验证码:   换一换\n    加入VIP免费专享\n    账号:\n    密码:\n    友情提示\n    \
         3、本站不支持迅雷下载，请使用电脑自带的IE浏览器，或者360浏览器、谷歌浏览器下载即可。\n\n    文书的处理剖析.ppt\n\n{P1}"
    );
    let w = s(&page);
    assert_eq!(w.title.as_deref(), Some("文书的处理剖析"), "{w:#?}");
    assert_eq!(texts(&w), [P1], "{w:#?}");
    assert_clean(&w);

    // a line that mentions downloading is no widget
    assert!(looks_like_chrome("党员志愿者指导群众下载国家反诈中心软件").is_none());

    let w = s(&format!(
        "韩 伟，李晨柳\n（西北工业大学 人文与经法学院，陕西 西安 710129）\n{P1}"
    ));
    assert_eq!(w.title, None, "{w:#?}");
    assert_eq!(w.byline.author.as_deref(), Some("韩伟，李晨柳"));
}

/// Issue 14, fifth round: a site's column or channel label is never the title, even twice over the headline with its
/// English gloss, or alone over the text (the page then has no title); the real headline found below it is.
#[test]
fn a_column_label_is_never_the_title() {
    let w = s(&format!(
        "新闻动态\nnews information\n新闻动态\nnews information\n\n\
         一次别开生面的主题党日活动——院机关第二党支部党员集体过“政治生日”\n\n发布日期:2020-04-25 20:24:22\n\n{P1}\n\n{P2}"
    ));
    assert_eq!(w.title.as_deref(), Some("一次别开生面的主题党日活动"));
    assert_eq!(w.subtitle.as_deref(), Some("院机关第二党支部党员集体过“政治生日”"));
    let w = s(&format!(
        "党群工作\n党群动态\n开辟伟大道路 建立伟大功业 铸就伟大精神 积累宝贵经验\n发布日期:2021-06-28\n\n{P1}\n{P2}"
    ));
    assert_eq!(
        w.title.as_deref(),
        Some("开辟伟大道路 建立伟大功业 铸就伟大精神 积累宝贵经验")
    );
    // a label alone over the text is no title
    let w = s(&format!("工作动态\n\n{P1}\n{P2}"));
    assert_eq!(w.title, None);
    assert_eq!(texts(&w), vec![P1, P2]);
    // a short real headline that ends in a channel word stays the title when nothing wider follows
    let w = s(&format!("扎实推进机关党建工作\n\n{P1}\n{P2}"));
    assert_eq!(w.title.as_deref(), Some("扎实推进机关党建工作"));
}

/// A page's marker after the headline is no part of the title: "（图）", "/图", "[复制链接]".
#[test]
fn a_pages_marker_after_the_headline_is_dropped() {
    for (head, want) in [
        ("后勤集团机关党支部开展党日活动（图）", "后勤集团机关党支部开展党日活动"),
        (
            "甘肃省直机关万名党员志愿者服务活动启动/图",
            "甘肃省直机关万名党员志愿者服务活动启动",
        ),
        (
            "大连市党政干部大年初一扫大街 [复制链接]",
            "大连市党政干部大年初一扫大街",
        ),
        // a site's category gloss goes
        ("党支部党建工作制度（汇总14篇）", "党支部党建工作制度"),
        // (and a model-text site's "several pieces" gloss in 【】: fresh11 y08)
        ("一季度精神文明創建總結【精彩多篇】", "一季度精神文明創建總結"),
        // a bracket that says something stays: the headline's own words
        ("读完《党章》有感（二）", "读完《党章》有感（二）"),
        (
            "学习贯彻党的二十大精神心得体会（第一篇）",
            "学习贯彻党的二十大精神心得体会（第一篇）",
        ),
    ] {
        let w = s(&format!("{head}\n\n{P1}\n{P2}"));
        assert_eq!(w.title.as_deref(), Some(want), "{head}");
    }
}

/// A line under the headline that stops at a comma or opens with a news lead-in is the text's first half, never a
/// subtitle; its lead-in gives the source and the reporters.
#[test]
fn a_lead_in_under_the_headline_is_no_subtitle() {
    let w = s(&format!(
        "滄州市機關幹部社區居民積極收看兩會盛況\n\n長城網滄州1月25日訊（記者龔磊 徐亮）今天，河北省第十三屆人民代表大會第一次會議在省會石家莊隆重召開，\n\n各單位組織幹部職工集中收看開幕會直播。\n\n{P1}"
    ));
    assert_eq!(w.subtitle, None);
    assert_eq!(w.byline.source.as_deref(), Some("長城網"));
    assert_eq!(w.byline.reporter.as_deref(), Some("龔磊 徐亮"));
}

/// QR-code and follow widgets are set aside, and never make the last paragraph look cut off.
#[test]
fn qr_code_and_follow_widgets_are_set_aside() {
    for widget in [
        "扫一扫在手机打开当前页",
        "扫一扫在手机打开当前页面",
        "关注我们,后续将提供更多服务",
    ] {
        let w = s(&format!("{P1}\n\n{P2}\n\n{widget}"));
        assert_eq!(texts(&w), vec![P1, P2], "{widget}");
        assert!(w.cut_off().is_none(), "{widget}");
        assert!(looks_like_chrome(widget).is_some(), "{widget}");
    }
    // a sentence that starts so is no widget
    assert!(looks_like_chrome("关注我们身边的好党员，是每个支部的责任。").is_none());
}

/// A credit line after the text is no anchor for a title: the picture's label above it stays in the text and the
/// page has no title ("活动现场照片" over "（供稿人：一支部 冯欣）").
#[test]
fn a_credit_after_the_text_anchors_no_title() {
    let w = s(&format!("{P1}\n{P2}\n活动现场照片\n(供稿人:一支部 冯欣)"));
    assert_eq!(w.title, None);
    assert!(texts(&w).contains(&P1) && texts(&w).contains(&P2));
}

/// A contact field whose value is an account or number is chrome (a WeChat editor block's "小编微信：sm20181207"),
/// never a heading; a sentence that names a channel is text.
#[test]
fn contact_fields_are_chrome() {
    for line in [
        "小编微信:sm20181207",
        "小编微信：sm20181207",
        "QQ：12345678",
        "联系电话：0531-86061234",
    ] {
        assert!(looks_like_chrome(line).is_some(), "{line}");
        let w = s(&format!("{P1}\n{P2}\n{line}"));
        assert_eq!(texts(&w), vec![P1, P2], "{line}");
    }
    assert!(looks_like_chrome("微信公众号：上外党建").is_none());
    assert!(looks_like_chrome("通过微信公众号展示亮点案例，促进各党组织互学互鉴。").is_none());
}

/// The tail of a forum or news page: reply boxes, previous/next buttons and a shouting like-button after the text are
/// set aside; a short line ending in 照片 between paragraphs is the picture's caption.
#[test]
fn forum_tails_buttons_and_photo_labels() {
    let w = s(&format!("{P1}\n{P2}\n快速回复\n上一个 下一个"));
    assert_eq!(texts(&w), vec![P1, P2]);
    let w = s(&format!(
        "{P1}\n\n{P2}\n\nNext Article\n喜欢就按个赞吧!!!\n点击关闭提示"
    ));
    assert_eq!(texts(&w), vec![P1, P2]);
    for nav in ["上一主题 下一主题", "上一个 下一个"] {
        assert!(looks_like_chrome(nav).is_some(), "{nav}");
    }
    let w = s(&format!("{P1}\n活动现场照片\n{P2}"));
    assert_eq!(w.blocks[1].kind, BlockKind::Caption);
}

/// A note wholly in brackets over the text ("（資料圖片僅供參考）") and a quoted sentence with a full stop inside are
/// never the title; footers in traditional script and "点此查看" buttons are chrome.
#[test]
fn notes_speech_and_traditional_footers_are_no_title_or_text() {
    let w = s(&format!("(資料圖片僅供參考)\n{P1}\n{P2}"));
    assert_eq!(w.title, None);
    let w = s(&format!("“爺爺笑一笑，看這兒，3-2-1。好！很漂亮！”\n\n{P1}\n{P2}"));
    assert_eq!(w.title, None);
    for footer in [
        "轉載請注明來源,京ICP備18060497號-1,京公網安備11010102006249號",
        "文章有问题？点此查看未经处理的缓存",
    ] {
        assert!(looks_like_chrome(footer).is_some(), "{footer}");
        let w = s(&format!("{P1}\n{P2}\n{footer}"));
        assert_eq!(texts(&w), vec![P1, P2], "{footer}");
        assert!(w.cut_off().is_none(), "{footer}");
    }
}

/// A document-sharing page: pagers, page thumbnails named after the file, the upload row, the button bar and the
/// site's note naming the file are chrome; a table of contents whose entries run into each other is set aside to its
/// end.
#[test]
fn document_sharing_widgets_and_long_contents_entries() {
    for line in [
        "第1页 / 共118页",
        "公文处理培训讲义(襄垣).ppt_第1页",
        "上传人:小飞机 文档编号:6552432 上传时间:2023-11-11 格式:PPT 页数:118 大小:6.08MB",
        "返回 下载 相关 举报",
        "点击查看更多>>",
        "《公文处理培训讲义(襄垣).ppt》由会员分享,可在线阅读,更多相关《公文处理培训讲义(襄垣).ppt(118页珍藏版)》请在三一办公上搜索。",
    ] {
        assert!(looks_like_chrome(line).is_some(), "{line}");
    }
    // text that only looks near: a sentence with a page count, a slogan of short words, an event's fields
    for line in [
        "全书共118页，第1页收录了序言。",
        "学思想 强党性 重实践 建新功",
        "时间：6月1日 地点：会议室",
    ] {
        assert!(looks_like_chrome(line).is_none(), "{line}");
    }
    let w = s(&format!(
        "材料合集\n目 录\n一、党政机关\n1.某市委直属机关工委:\n\"6543\"机制推进机关党支部标准化规范化建设 1\n\
         7.某省委政策研究室:\n新时代推进党支部标准化规范化建设存在的问题及对策8.中央统战部机关党委:以党支部标准化规范化建设为抓手\n\
         系统基层党组织全面进步全面过硬 24\n{P1}"
    ));
    assert_eq!(texts(&w), vec![P1]);
}

/// A headline of parallel phrases between spaces with its ——subtitle is no menu.
#[test]
fn a_headline_of_parallel_phrases_is_no_menu() {
    let head = "开辟伟大道路 建立伟大功业 铸就伟大精神 积累宝贵经验 ——“奋斗百年路 启航新征程”";
    assert!(looks_like_chrome(head).is_none());
    let w = s(&format!(
        "党群工作\n党群动态\n{head}\n发布日期:2021-06-28\n\n{P1}\n\n{P2}"
    ));
    assert_eq!(
        w.title.as_deref(),
        Some("开辟伟大道路 建立伟大功业 铸就伟大精神 积累宝贵经验")
    );
    assert_eq!(w.subtitle.as_deref(), Some("“奋斗百年路 启航新征程”"));
    // a menu stays one
    assert!(looks_like_chrome("首页 新闻中心 党建工作 通知公告 联系我们").is_some());
}

/// A sidebar of dated links under "热点新闻" ends where its shape ends: the headline and the author under it are the
/// article's. A header rendered as a list ("- title" over "- 发布日期: …") loses its bullets, not its title. Two
/// lines with chrome set aside between them are not halves of one title.
#[test]
fn link_lists_end_with_their_shape_and_list_bullets_in_the_header() {
    let w = s(&format!(
        "热点新闻\n·   张涛看望慰问春节... 01/22\n·   我校举行2023级领... 10/12\n·   张涛看望慰问老同志 01/20\n\
         跨界治理理论与数字政府建设\n刘祺 \n\n{P1}\n\n{P2}"
    ));
    assert_eq!(w.title.as_deref(), Some("跨界治理理论与数字政府建设"));
    assert_eq!(w.byline.author.as_deref(), Some("刘祺"));
    let w = s(&format!(
        "- 关于建立“主题党日”制度的通知\n- 发布日期: 2016-06-13 阅读次数:次 【关闭窗口】\n{P1}\n{P2}"
    ));
    assert_eq!(w.title.as_deref(), Some("关于建立“主题党日”制度的通知"));
    assert_eq!(w.byline.date.as_deref(), Some("2016-06-13"));
    let w = s(&format!(
        "公文处理培训讲义(襄垣).ppt\n点击查看更多>>\n资源描述\n\n{P1}\n\n{P2}"
    ));
    assert_eq!(w.title.as_deref(), Some("公文处理培训讲义（襄垣）"));
    // (a four-character label under the title is no author's name)
    assert_eq!(w.byline.author, None);
}

/// A WeChat account's credit block (letter-spaced 监 制/主 编 labels) and a reprint note in brackets are chrome.
#[test]
fn credit_blocks_and_reprint_notes() {
    for line in [
        "监 制:朱传强",
        "主 编:李庆领 王宜海",
        "(本文为山东武警原创文章,转载请联系授权)",
    ] {
        let w = s(&format!("{P1}\n{P2}\n{line}"));
        assert_eq!(texts(&w), vec![P1, P2], "{line}");
    }
    let w = s(&format!("{P1}\n主编的《机关党建》一书出版。\n{P2}"));
    assert_eq!(texts(&w).len(), 3);
}

/// E-paper page labels, a navigation widget's label and a page's empty fields are chrome; a heading ending in a
/// colon that is no page field stays.
#[test]
fn page_labels_and_empty_fields() {
    for line in [
        "00004版:庆祝中华人民共和国成立75周年特别报道",
        "A03版：要闻",
        "文章导航",
        "专栏:",
        "文件下载:",
        "关联文件:",
        "热门搜索:",
    ] {
        assert!(looks_like_chrome(line).is_some(), "{line}");
    }
    for line in ["调查情况:", "主要发现：", "2024年版：新修订的条例"] {
        assert!(looks_like_chrome(line).is_none(), "{line}");
    }
}

/// A separator bar after the last finished sentence ("…取得实效。 |") is no part of the text and does not make the
/// paragraph look cut off.
#[test]
fn a_trailing_bar_after_a_sentence_is_dropped() {
    let w = s(&format!("{P1}\n{P2} |"));
    assert_eq!(texts(&w), vec![P1, P2]);
    assert!(w.cut_off().is_none());
}

/// Bylines of court, procuratorate and news pages: a date value stops at its time, a lead-in's names alone are the
/// writers, a credit in 【】 opening the text names the reporters, two names in brackets after the text are both
/// authors, a site-version bar is chrome, and a category gloss after the headline is the site's.
#[test]
fn fifth_round_bylines_bars_and_glosses() {
    let w = s(&format!(
        "新闻客户端 手机版\n当前位置: 首页 > 党建工作\n滨海新区法院中心法庭开展系列活动庆建党百周年\n\
         作者:肖冶   发布时间:2021-06-09 14:08:49 打印 字号: | |\n\n{P1}\n\n{P2}"
    ));
    assert_eq!(w.title.as_deref(), Some("滨海新区法院中心法庭开展系列活动庆建党百周年"));
    assert_eq!(w.kicker, None);
    assert_eq!(w.byline.date.as_deref(), Some("2021-06-09 14:08:49"));
    let w = s(&format!("【全媒体记者 胡强 通讯员 吴竹子】{P1}\n{P2}"));
    assert_eq!(
        (w.byline.reporter.as_deref(), w.byline.correspondent.as_deref()),
        (Some("胡强"), Some("吴竹子"))
    );
    let w = s(&format!("廉政中国讯(边志文   宗飞){P1}\n{P2}"));
    assert_eq!(w.byline.author.as_deref(), Some("边志文 宗飞"));
    let w = s(&format!("{P1}\n本报讯 {P2} (郑新培 张蝶) |"));
    assert_eq!(w.byline.author.as_deref(), Some("郑新培 张蝶"));
    let w = s(&format!(
        "臨洮稅務:突出史志元素打造黨建文化新陣地(稅務局黨建文化品牌案例)\n{P1}\n{P2}"
    ));
    assert_eq!(w.title.as_deref(), Some("臨洮稅務：突出史志元素打造黨建文化新陣地"));
}

/// An editor's note's sign-off alone on its line ("——编者") and a lone "全文" link are set aside; a dash before a
/// sentence stays text.
#[test]
fn editor_sign_offs_and_full_text_links() {
    for line in ["——编者", "——本刊编辑部", "全文"] {
        let w = s(&format!("{P1}\n{line}\n{P2}"));
        assert_eq!(texts(&w), vec![P1, P2], "{line}");
    }
}

/// Units and then a name alone in brackets after the text are the byline ("（门诊党支部 中医科 张杨）"); a picture's
/// disclaimer in brackets is chrome.
#[test]
fn units_and_a_name_after_the_text_and_picture_disclaimers() {
    let w = s(&format!("{P1}\n\n{P2}\n\n(门诊党支部 中医科 张杨)"));
    assert_eq!(w.byline.author.as_deref(), Some("门诊党支部 中医科 张杨"));
    assert_eq!(texts(&w), vec![P1, P2]);
    let w = s(&format!("(資料圖片僅供參考)\n{P1}\n{P2}"));
    assert_eq!((w.title.as_deref(), texts(&w)), (None, vec![P1, P2]));
}

/// In plain text, a short line right after a picture's file name (set aside) is the picture's caption; a paragraph
/// there stays a paragraph.
#[test]
fn a_short_line_under_a_picture_name_is_its_caption() {
    let w = s(&format!(
        "{P1}\n.jpg)\n参观党史陈列馆\n{P2}\n.jpg)\n段谭云主任为老党员颁发“光荣在党50年”纪念章\n{P3}"
    ));
    let kinds: Vec<BlockKind> = w.blocks.iter().map(|b| b.kind).collect();
    assert_eq!(
        kinds,
        vec![
            BlockKind::Paragraph,
            BlockKind::Caption,
            BlockKind::Paragraph,
            BlockKind::Caption,
            BlockKind::Paragraph
        ]
    );
    let w = s(&format!("{P1}\nwechat_2025-11-06_110818_754.png\n{P2}"));
    assert_eq!(texts(&w), vec![P1, P2]);
    assert!(w.blocks.iter().all(|b| b.kind == BlockKind::Paragraph));
}

/// A call to follow the unit's account under the article (WeChat and web reposts end with one) is chrome, never the
/// article's last paragraph; a sentence of the report that names a 公众号 stays (found on a board made from a page
/// never studied: "关注微信公众号" printed as the last line of the text).
#[test]
fn a_call_to_follow_the_account_is_chrome() {
    for line in [
        "关注微信公众号",
        "扫码关注我们",
        "长按识别二维码，关注我们",
        "点击上方蓝字关注",
        "扫一扫 关注微博",
    ] {
        assert!(looks_like_chrome(line).is_some(), "{line}");
    }
    for line in [
        "开通“莱西机关党建”微信公众号，宣传刊发基层党组织经验性稿件90余篇。",
        "关注群众身边小事",
        "微信公众号建设",
        "平台上线，扫码关注公众号。",
    ] {
        assert!(looks_like_chrome(line).is_none(), "{line}");
    }
    let w = s("各单位认真组织学习，取得良好效果，受到群众广泛好评和一致认可。\n关注微信公众号");
    assert!(texts(&w).iter().all(|t| !t.contains("公众号")), "{:?}", texts(&w));
}
