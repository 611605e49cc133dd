//! Reading files: .docx built in the test from real corpus text (numbering.xml, styles, a real JPEG, a table),
//! HTML as pasted, GBK and UTF-16 text files, old .doc files and hostile archives.

mod common;

use std::io::{Cursor, Write};

use zhanban_writeup::{read_file, structure_html, BlockKind, Error, Options};
use zip::write::SimpleFileOptions;

const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main""#;

fn para(style: Option<&str>, num: Option<(u32, u32)>, bold: bool, text: &str) -> String {
    let mut ppr = String::new();
    if let Some(s) = style {
        ppr.push_str(&format!(r#"<w:pStyle w:val="{s}"/>"#));
    }
    if let Some((id, lvl)) = num {
        ppr.push_str(&format!(
            r#"<w:numPr><w:ilvl w:val="{lvl}"/><w:numId w:val="{id}"/></w:numPr>"#
        ));
    }
    let rpr = if bold { "<w:rPr><w:b/></w:rPr>" } else { "" };
    let text = text.replace('&', "&amp;").replace('<', "&lt;");
    format!(r#"<w:p><w:pPr>{ppr}</w:pPr><w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r></w:p>"#)
}

fn picture(rid: &str) -> String {
    format!(
        r#"<w:p><w:r><w:drawing><a:graphic><a:graphicData><a:blip r:embed="{rid}"/></a:graphicData></a:graphic></w:drawing></w:r></w:p>"#
    )
}

fn zip_of(parts: &[(&str, &[u8])]) -> Vec<u8> {
    let mut z = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in parts {
        z.start_file(*name, opts).unwrap();
        z.write_all(bytes).unwrap();
    }
    z.finish().unwrap().into_inner()
}

fn write(name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let p = common::scratch("files").join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

#[test]
fn docx_with_styles_numbering_picture_caption_and_table() {
    let laixi = common::corpus_text("laixi-organ-party-building-2022.txt");
    let lines: Vec<&str> = laixi.lines().collect();
    // numbering lives in numbering.xml: strip the typed numbers from the corpus lines
    let h1 = lines[3].trim_start_matches("一、");
    let h2 = &lines[4][..lines[4].find('。').unwrap()].replace("(一)", "");
    let body = &lines[4][lines[4].find('。').unwrap() + 3..];
    let jpeg = std::fs::read("/usr/share/backgrounds/Fossa_by_Jasper_Roks.jpg").unwrap();
    let doc = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{}{}{}{}{}{}{}{}<w:tbl><w:tr><w:tc>{}</w:tc><w:tc>{}</w:tc></w:tr></w:tbl>{}</w:body></w:document>"#,
        para(Some("Title"), None, false, lines[0]),
        para(None, None, false, lines[2]),
        para(Some("1"), Some((1, 0)), false, h1),
        para(None, Some((1, 1)), false, h2),
        para(None, None, false, body),
        picture("rId5"),
        para(
            Some("Caption"),
            None,
            false,
            "举行市直机关主题教育专题党课，引导机关广大党员干部锤炼坚强党性"
        ),
        para(None, None, true, "强化规范提升"),
        para(None, None, false, "单位"),
        para(None, None, false, "示范点10个"),
        para(None, Some((1, 0)), false, "强化规范提升，推动机关党建均衡发展"),
    );
    let numbering = format!(
        r#"<w:numbering {W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#
    );
    let styles = format!(
        r#"<w:styles {W}><w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style><w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/></w:style></w:styles>"#
    );
    let rels = r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.jpeg"/></Relationships>"#;
    let bytes = zip_of(&[
        ("[Content_Types].xml", b"<Types/>"),
        ("word/document.xml", doc.as_bytes()),
        ("word/numbering.xml", numbering.as_bytes()),
        ("word/styles.xml", styles.as_bytes()),
        ("word/_rels/document.xml.rels", rels.as_bytes()),
        ("word/media/image1.jpeg", &jpeg),
    ]);
    let imp = read_file(&write("case.docx", &bytes), &Options::default()).unwrap();
    let w = &imp.writeup;
    assert_eq!(
        w.title.as_deref(),
        Some("理思路 强措施 抓落实 推动机关党建各项工作再上新水平")
    );
    let k: Vec<(BlockKind, Option<u8>, &str)> = w.blocks.iter().map(|b| (b.kind, b.level, b.text.as_str())).collect();
    assert_eq!(
        k[1],
        (BlockKind::Heading, Some(1), "一、突出政治建设，增强机关党组织政治功能")
    );
    assert_eq!(k[2], (BlockKind::Heading, Some(2), "（一）强化理论学习，提高思想觉悟"));
    assert_eq!(k[3].0, BlockKind::Paragraph);
    assert_eq!(k[4].0, BlockKind::Photo);
    assert_eq!(
        k[5],
        (
            BlockKind::Caption,
            None,
            "举行市直机关主题教育专题党课，引导机关广大党员干部锤炼坚强党性"
        )
    );
    assert_eq!(k[6].0, BlockKind::Heading);
    assert_eq!(k[7], (BlockKind::Paragraph, None, "单位 | 示范点10个"));
    assert_eq!(
        k[8],
        (BlockKind::Heading, Some(1), "二、强化规范提升，推动机关党建均衡发展")
    );
    assert_eq!(imp.pictures.len(), 1);
    assert_eq!(imp.pictures[0].bytes, jpeg);
    assert_eq!(imp.pictures[0].block_index, 4);
    assert_eq!(imp.pictures[0].caption.as_deref(), Some(k[5].2));
}

#[test]
fn html_as_pasted() {
    let html = r#"<html><head><style>p{}</style><script>var x="精彩推荐";</script></head><body>
<h1>创新党建与业务融合模式 奋力书写模范机关建设&ldquo;青岛答卷&rdquo;</h1>
<p>——青岛市模范机关建设工作成果展示</p>
<p>□青岛日报/观海新闻记者 刘萍 通讯员 徐文琦</p>
<p>“推动党建与业务工作紧密结合”“促进机关党建工作更出彩”是青岛市推进机关党建工作的总体要求。</p>
<p><strong>坚决把牢政治方向</strong></p>
<p>上下同欲者胜。今年，市委市直机关工委落实要求，坚定走好践行“两个维护”的第一方阵。</p>
<p style="text-align:center"><img src="https://example.invalid/a/photo1.jpg?x=1"></p>
<p style="text-align:center">举行市直机关主题教育专题党课，引导机关广大党员干部锤炼坚强党性。</p>
<h2>聚力优化营商环境</h2><!-- a comment -->
<table><tr><td>单位</td><td>936人</td></tr></table>
</body></html>"#;
    let w = structure_html(html, &Options::default());
    assert_eq!(
        w.title.as_deref(),
        Some("创新党建与业务融合模式 奋力书写模范机关建设“青岛答卷”")
    );
    assert_eq!(w.subtitle.as_deref(), Some("青岛市模范机关建设工作成果展示"));
    assert_eq!(w.byline.reporter.as_deref(), Some("刘萍"));
    let k: Vec<(BlockKind, Option<u8>, &str)> = w.blocks.iter().map(|b| (b.kind, b.level, b.text.as_str())).collect();
    assert_eq!(k[1], (BlockKind::Heading, Some(1), "坚决把牢政治方向"));
    assert_eq!(k[3].0, BlockKind::Photo);
    assert_eq!(w.blocks[3].image.as_deref(), Some("photo1.jpg"));
    assert_eq!(k[4].0, BlockKind::Caption);
    assert_eq!(k[5], (BlockKind::Heading, Some(1), "聚力优化营商环境"));
    assert_eq!(k[6].2, "单位 | 936人");
    assert!(w.blocks.iter().all(|b| !b.text.contains("var x")));
}

#[test]
fn gbk_utf16_and_bom_text_files() {
    let text = common::corpus_text("qingdao-model-organs-2023.txt");
    let want = read_file(&common::corpus("qingdao-model-organs-2023.txt"), &Options::default())
        .unwrap()
        .writeup;
    let (gbk, _, bad) = encoding_rs::GBK.encode(&text);
    assert!(!bad);
    let got = read_file(&write("gbk.txt", &gbk), &Options::default()).unwrap().writeup;
    assert_eq!(got, want);
    let mut le = vec![0xFF, 0xFE];
    le.extend(text.encode_utf16().flat_map(|u| u.to_le_bytes()));
    assert_eq!(
        read_file(&write("utf16le.txt", &le), &Options::default())
            .unwrap()
            .writeup,
        want
    );
    let mut be = vec![0xFE, 0xFF];
    be.extend(text.encode_utf16().flat_map(|u| u.to_be_bytes()));
    assert_eq!(
        read_file(&write("utf16be.txt", &be), &Options::default())
            .unwrap()
            .writeup,
        want
    );
    let mut bom = vec![0xEF, 0xBB, 0xBF];
    bom.extend_from_slice(text.as_bytes());
    assert_eq!(
        read_file(&write("bom.txt", &bom), &Options::default()).unwrap().writeup,
        want
    );
    let md = format!(
        "# 坚决把牢政治方向\n\n![举行市直机关主题教育专题党课](img/a.jpg)\n\n{}\n",
        text.lines().nth(12).unwrap()
    );
    let w = read_file(&write("a.md", md.as_bytes()), &Options::default())
        .unwrap()
        .writeup;
    assert_eq!(w.title.as_deref(), Some("坚决把牢政治方向"));
    assert_eq!(w.blocks[0].kind, BlockKind::Photo);
    assert_eq!(w.blocks[1].kind, BlockKind::Caption);
}

#[test]
fn old_and_hostile_files_get_clear_errors() {
    // old Word file (OLE header)
    let ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];
    let e = read_file(&write("old.doc", &ole), &Options::default()).unwrap_err();
    assert!(matches!(e, Error::OldWordFormat(_)));
    assert!(e.to_string().contains("另存为"), "{e}");
    assert!(matches!(
        read_file(&write("old.wps", &ole), &Options::default()),
        Err(Error::OldWordFormat(_))
    ));
    assert!(matches!(
        read_file(&write("renamed.docx", &ole), &Options::default()),
        Err(Error::OldWordFormat(_))
    ));
    // not a zip
    let e = read_file(&write("fake.docx", "这不是压缩包".as_bytes()), &Options::default()).unwrap_err();
    assert!(matches!(e, Error::NotDocx(_)), "{e}");
    // a zip without a document
    let e = read_file(&write("empty.docx", &zip_of(&[("a.txt", b"x")])), &Options::default()).unwrap_err();
    assert!(matches!(e, Error::NotDocx(_)));
    // zip bomb: 40 MB of zeros that pack to a few kB
    let zeros = vec![b'0'; 40 * 1024 * 1024];
    let e = read_file(
        &write("bomb.docx", &zip_of(&[("word/document.xml", &zeros)])),
        &Options::default(),
    )
    .unwrap_err();
    assert!(matches!(e, Error::ZipBomb(_)), "{e}");
    // path tricks
    let e = read_file(
        &write("trick.docx", &zip_of(&[("../../evil.xml", b"<x/>")])),
        &Options::default(),
    )
    .unwrap_err();
    assert!(matches!(e, Error::BadXml(..)), "{e}");
    // deeply nested XML
    let deep = format!(
        "<w:document {W}>{}{}</w:document>",
        "<w:x>".repeat(5000),
        "</w:x>".repeat(5000)
    );
    let e = read_file(
        &write("deep.docx", &zip_of(&[("word/document.xml", deep.as_bytes())])),
        &Options::default(),
    )
    .unwrap_err();
    assert!(matches!(e, Error::BadXml(..)), "{e}");
    // malformed XML
    let e = read_file(
        &write("bad.docx", &zip_of(&[("word/document.xml", b"<w:p><w:t>abc</w:p>")])),
        &Options::default(),
    )
    .unwrap_err();
    assert!(matches!(e, Error::BadXml(..)), "{e}");
    // unsupported type
    assert!(matches!(
        read_file(&write("a.pdf", b"%PDF"), &Options::default()),
        Err(Error::Unsupported(_))
    ));
    // undecodable bytes
    let junk: Vec<u8> = (0..4000u32).map(|i| (i * 7919 % 251) as u8 | 0x80).collect();
    let r = read_file(&write("junk.txt", &junk), &Options::default());
    assert!(matches!(r, Err(Error::Encoding(_)) | Ok(_)));
}

/// A file the system will not read is said in Chinese (the system's own English text is not in the message).
#[test]
fn an_unreadable_file_is_said_in_chinese() {
    let missing = std::env::temp_dir().join(format!("zhanban-不在这里-{}.txt", std::process::id()));
    let err = read_file(&missing, &Options::default()).unwrap_err();
    assert!(matches!(err, Error::Io { .. }), "{err:?}");
    let message = err.to_string();
    assert!(message.contains("文件不存在"), "{message}");
    assert!(
        !message.contains("No such file") && !message.contains("os error"),
        "{message}"
    );
}
