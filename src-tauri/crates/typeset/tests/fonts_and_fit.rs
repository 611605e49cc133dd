//! Fonts (Chinese names, SC face by name, fallback and missing reports, fsType), shaping (kerning, full-width
//! quotes, cache), styles (fake bold, presets), fitting, and the CLI command.

mod common;

use common::{corpus_sentence_with, ts};
use zhanban_frames::MM_PER_PT;
use zhanban_typeset::fit::{fit_scale, text_height, SetBlock};
use zhanban_typeset::{fonts, typeset_command_with_ts, Embedding, ParagraphStyle, StyleSet, TypesetCommandOptions};

#[test]
fn chinese_names_resolve_and_the_sc_face_is_picked_by_name() {
    let lib = ts().fonts();
    let r = lib.resolve("黑体", 400).unwrap();
    assert_eq!(r.family, fonts::SANS);
    assert!(r.substituted, "SimHei is not installed here: the stand-in is reported");
    let face = lib.load(r.id).unwrap();
    // The SC face of the collection, found by its name (not index 0, which is the JP face).
    assert!(face.path.to_string_lossy().ends_with("NotoSansCJK-Regular.ttc"));
    assert_ne!(face.index, 0);
    assert_eq!(lib.resolve("思源宋体", 400).unwrap().family, fonts::SERIF);
    assert!(!lib.resolve("思源宋体", 400).unwrap().substituted);
    assert_eq!(lib.resolve("楷体", 400).unwrap().family, fonts::KAI);
    assert_eq!(lib.resolve("仿宋", 400).unwrap().family, fonts::SERIF);
    assert_eq!(lib.resolve("方正小标宋简体", 900).unwrap().family, fonts::SERIF);
    assert_eq!(
        lib.load(lib.resolve("方正小标宋简体", 900).unwrap().id).unwrap().weight,
        900
    );
    assert!(lib.resolve("不存在的字体", 400).is_err());
    assert!(lib.family_names().iter().any(|n| n == "黑体"));
}

#[test]
fn a_face_named_by_file_and_index_is_loaded_only_when_the_library_found_it() {
    let lib = ts().fonts();
    let face = lib.load(lib.resolve("黑体", 400).unwrap().id).unwrap();
    let (found, data) = lib
        .load_file_face(&face.path, face.index)
        .unwrap()
        .expect("the frames' face");
    assert_eq!(found.id, face.id);
    assert!(data.len() > 1_000_000);
    // Another member of the same collection, or a file the library never found, is not handed out.
    assert!(lib.load_file_face(&face.path, 99).unwrap().is_none());
    assert!(lib
        .load_file_face(std::path::Path::new("/etc/passwd"), 0)
        .unwrap()
        .is_none());
}

#[test]
fn rare_characters_are_drawn_by_fallback_and_reported() {
    let text = "李喆、王堃、刘䶮、张𠅤、陈𪚥和赵\u{10FFFD}参加。";
    let st = ParagraphStyle::body("思源黑体", 28.0);
    let p = ts().prepare(text, &st).unwrap();
    let face_of = |ch: &str| {
        let a = p.atoms.iter().find(|a| &p.text[a.start..a.end] == ch).unwrap();
        p.faces[usize::from(a.face)].family.clone()
    };
    for ch in ["喆", "堃", "䶮", "𠅤"] {
        assert_eq!(face_of(ch), fonts::SANS, "{ch}");
        let a = p.atoms.iter().find(|a| &p.text[a.start..a.end] == ch).unwrap();
        assert_ne!(p.glyphs[a.glyphs.0 as usize].id, 0, "{ch} must not be .notdef");
    }
    assert_eq!(
        face_of("𪚥"),
        fonts::HANA_A,
        "Ext-B ideograph outside Noto comes from HanaMin"
    );
    assert!(p
        .report
        .fallback
        .iter()
        .any(|s| s.ch == "𪚥" && s.used == fonts::HANA_A && s.wanted == fonts::SANS));
    assert_eq!(p.report.missing, vec!["\u{10FFFD}".to_string()]);
    assert!(p.report.messages().iter().any(|m| m.contains("𪚥")));
}

#[test]
fn embedding_permissions_follow_fs_type() {
    assert_eq!(Embedding::from_fs_type(0), Embedding::Installable);
    assert_eq!(Embedding::from_fs_type(0x0002), Embedding::Forbidden);
    assert_eq!(Embedding::from_fs_type(0x0004), Embedding::Restricted);
    assert_eq!(Embedding::from_fs_type(0x0008), Embedding::Editable);
    assert_eq!(
        Embedding::from_fs_type(0x0200 | 0x0008),
        Embedding::Forbidden,
        "bitmap-only embedding"
    );
    assert!(
        !Embedding::Forbidden.may_embed() && Embedding::Restricted.may_embed() && Embedding::Restricted.needs_report()
    );
    // The bundled faces are open-licence: nothing to report.
    let p = ts()
        .prepare("模范机关", &ParagraphStyle::body("思源黑体", 28.0))
        .unwrap();
    for f in &p.faces {
        assert!(f.embedding.may_embed(), "{}", f.family);
    }
    assert!(p.report.licence.is_empty());
}

#[test]
fn shaping_kerns_latin_and_sets_chinese_quotes_full_width() {
    let st = ParagraphStyle::body("思源黑体", 28.0);
    let w = |s: &str| {
        let p = ts().prepare(s, &st).unwrap();
        p.atoms.iter().map(|a| a.width).sum::<f32>()
    };
    let pair = w("AV");
    let apart = w("A") + w("V");
    assert!(pair < apart - 0.01, "AV should kern: {pair} vs {apart}");
    let p = ts().prepare("“模范”", &st).unwrap();
    assert!(
        (p.atoms[0].width - 1.0).abs() < 0.01,
        "opening quote is full-width in Chinese: {}",
        p.atoms[0].width
    );
    // Digits are proportional Latin forms, narrower than an ideograph.
    assert!(w("2023") < 3.0);
}

#[test]
fn rebreaking_and_fitting_do_not_reshape() {
    let text = corpus_sentence_with("说了就算,定了就干。");
    let st = ParagraphStyle::body("思源黑体", 28.0);
    // A typesetter of its own, so other tests running in parallel do not touch its cache counters.
    let own = zhanban_typeset::Typesetter::with_library(
        zhanban_typeset::FontLibrary::discover(&zhanban_typeset::FontSources::default()).unwrap(),
    );
    let p = own.prepare(&text, &st).unwrap();
    let before = own.cache_stats().1;
    assert!(before > 0);
    let again = own.prepare(&text, &st).unwrap();
    assert_eq!(
        own.cache_stats().1,
        before,
        "preparing the same text again hits the cache"
    );
    assert_eq!(again.glyphs, p.glyphs);
    let blocks = [SetBlock {
        prepared: &p,
        style: &st,
    }];
    let h1 = text_height(&blocks, 300.0, 1.0);
    let fitted = fit_scale(&blocks, 300.0, 120.0, 0.5, 2.0).unwrap();
    assert_eq!(own.cache_stats().1, before, "no shaping after prepare");
    // Height at a width and size: lines × line height.
    let lines = p.break_at(300.0, 28.0, &st).len();
    assert!((h1 - lines as f64 * 1.6 * 28.0 * MM_PER_PT).abs() < 1e-6);
    // The largest size that fits: fits, and 2 % larger does not.
    assert!(fitted.height <= 120.0);
    assert!(text_height(&blocks, 300.0, fitted.scale * 1.02) > 120.0);
    assert!(
        fit_scale(&blocks, 300.0, 5.0, 0.9, 1.0).is_err(),
        "does not fit at the minimum size"
    );
}

#[test]
fn bold_is_simulated_only_without_a_bold_face() {
    let real = ts()
        .prepare(
            "模范",
            &ParagraphStyle {
                weight: 700,
                ..ParagraphStyle::body("思源黑体", 28.0)
            },
        )
        .unwrap();
    assert!(!real.synthetic_bold && real.report.synthetic_bold.is_none());
    assert!(real.faces[0].weight >= 700);
    let fake = ts()
        .prepare(
            "模范",
            &ParagraphStyle {
                weight: 700,
                ..ParagraphStyle::body("花园明朝", 28.0)
            },
        )
        .unwrap();
    assert!(fake.synthetic_bold);
    assert_eq!(fake.report.synthetic_bold.as_deref(), Some(fonts::HANA_A));
}

#[test]
fn presets_give_the_gongwen_hierarchy_and_the_board_sizes() {
    let g = StyleSet::gongwen(1.0);
    let fam = |s: &ParagraphStyle| ts().chain(&s.font, s.weight).unwrap().primary.family;
    assert_eq!(fam(&g.title), fonts::SERIF);
    assert_eq!(g.title.weight, 900);
    assert_eq!(fam(&g.heading1), fonts::SANS);
    assert_eq!(fam(&g.heading2), fonts::KAI);
    assert_eq!(fam(&g.body), fonts::SERIF);
    assert_eq!(g.body.indent_em, 2.0);
    let b = StyleSet::board(1.0);
    assert_eq!(fam(&b.body), fonts::SANS);
    assert_eq!(
        (b.title.size_pt, b.heading1.size_pt, b.body.size_pt, b.caption.size_pt),
        (72.0, 40.0, 28.0, 24.0)
    );
    assert!(b.title.letter_spacing_em > 0.0);
    // Letter spacing widens a title.
    let plain = ts()
        .prepare(
            "模范机关",
            &ParagraphStyle {
                letter_spacing_em: 0.0,
                ..b.title.clone()
            },
        )
        .unwrap();
    let spaced = ts().prepare("模范机关", &b.title).unwrap();
    let w = |p: &zhanban_typeset::Prepared| {
        p.break_lines(&zhanban_typeset::BreakParams {
            width: 50.0,
            indent: 0.0,
            min_last_letters: 2,
        })[0]
            .natural
    };
    assert!((w(&spaced) - w(&plain) - 0.3).abs() < 1e-3);
}

#[test]
fn cli_prints_lines_as_broken_and_json_reports_fonts() {
    let text = corpus_sentence_with("上下同欲者胜。");
    let out = typeset_command_with_ts(
        ts(),
        &text,
        &TypesetCommandOptions {
            width_em: 12.0,
            ..Default::default()
        },
    )
    .unwrap();
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines.len() > 3);
    assert_eq!(lines.concat(), text);
    assert!(lines.iter().all(|l| !l.starts_with(' ') && !l.starts_with('。')));
    let json = typeset_command_with_ts(
        ts(),
        "王䶮与陈𪚥、赵\u{10FFFD}。",
        &TypesetCommandOptions {
            width_em: 5.0,
            json: true,
            font: Some("黑体".into()),
            ..Default::default()
        },
    )
    .unwrap();
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["missing"][0], "\u{10FFFD}");
    assert_eq!(v["fallback"][0]["ch"], "𪚥");
    let chars: Vec<(String, String)> = v["lines"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|l| {
            l["chars"].as_array().unwrap().iter().map(|c| {
                (
                    c["ch"].as_str().unwrap().to_string(),
                    c["font"].as_str().unwrap().to_string(),
                )
            })
        })
        .collect();
    assert!(chars.contains(&("𪚥".to_string(), fonts::HANA_A.to_string())));
    assert!(chars.contains(&("䶮".to_string(), fonts::SANS.to_string())));
}
