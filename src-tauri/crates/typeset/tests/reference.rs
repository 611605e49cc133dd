//! Reference images: a few paragraphs set and drawn by zhanban-raster, compared with the PNGs checked in under
//! tests/reference/. Tolerance: mean absolute channel difference ≤ 1.5 (of 255) and at most 0.5 % of pixels
//! differing by more than 64. Regenerate with ZHANBAN_UPDATE_REFERENCES=1.

mod common;

use std::path::PathBuf;

use common::{corpus_sentence_with, ts};
use zhanban_frames::{Color, ItemKind, Rect, RectItem, Stroke, TextRole};
use zhanban_raster::{Canvas, NoImages, Raster};
use zhanban_typeset::fit::{set_block, SetBlock};
use zhanban_typeset::{Align, FontTable, ParagraphStyle, StyleSet};

const PX_PER_MM: f64 = 3.0;

fn render(name: &str, paras: &[(String, ParagraphStyle)], width_mm: f64) {
    let prepared: Vec<_> = paras.iter().map(|(t, s)| ts().prepare(t, s).unwrap()).collect();
    let blocks: Vec<SetBlock<'_>> = prepared
        .iter()
        .zip(paras)
        .map(|(p, (_, s))| SetBlock { prepared: p, style: s })
        .collect();
    let height = zhanban_typeset::fit::text_height(&blocks, width_mm, 1.0);
    let rect = Rect::new(4.0, 4.0, width_mm, height);
    let mut fonts = FontTable::default();
    let block = set_block(&blocks, rect, 1.0, TextRole::Body, 10.0, &mut fonts);
    let mut canvas = Canvas::new(
        Rect::new(0.0, 0.0, width_mm + 8.0, height + 8.0),
        PX_PER_MM,
        Color::WHITE,
    )
    .unwrap();
    let frame = ItemKind::Rect(RectItem {
        rect,
        fill: None,
        stroke: Some(Stroke {
            color: Color::rgb(200, 16, 46),
            width: 0.2,
        }),
        radius: 0.0,
    });
    canvas.draw_item(&frame, &fonts.faces, &NoImages).unwrap();
    canvas
        .draw_item(&ItemKind::Text(block), &fonts.faces, &NoImages)
        .unwrap();
    let raster = canvas.finish();
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/reference")
        .join(format!("{name}.png"));
    if std::env::var("ZHANBAN_UPDATE_REFERENCES").is_ok_and(|v| v == "1") || !path.exists() {
        std::fs::write(&path, raster.to_png().unwrap()).unwrap();
        if std::env::var("ZHANBAN_UPDATE_REFERENCES").is_err() {
            panic!("reference {name}.png was missing and has been written: look at it, then run again");
        }
        return;
    }
    let reference = Raster::from_png(&std::fs::read(&path).unwrap()).unwrap();
    let (mean, share) = raster
        .diff(&reference, 64)
        .unwrap_or_else(|| panic!("{name}: size changed"));
    if mean > 1.5 || share > 0.005 {
        let out = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target-test-output");
        std::fs::create_dir_all(&out).unwrap();
        std::fs::write(out.join(format!("{name}.png")), raster.to_png().unwrap()).unwrap();
        panic!(
            "{name}: differs from the reference (mean {mean:.2}, {:.2} % pixels); new image in target-test-output/",
            share * 100.0
        );
    }
}

#[test]
fn body_paragraph_sans_justified() {
    let st = ParagraphStyle::body("思源黑体", 12.0);
    render("body-sans", &[(corpus_sentence_with("说了就算,定了就干。"), st)], 90.0);
}

#[test]
fn gongwen_hierarchy() {
    let g = StyleSet::gongwen(0.75);
    render(
        "gongwen",
        &[
            (
                "创新党建与业务融合模式 奋力书写模范机关建设“青岛答卷”".into(),
                g.title.clone(),
            ),
            ("一、坚决把牢政治方向".into(), g.heading1.clone()),
            ("（一）聚力优化营商环境".into(), g.heading2.clone()),
            (corpus_sentence_with("“推动党建与业务工作紧密结合”"), g.body.clone()),
        ],
        110.0,
    );
}

#[test]
fn caption_with_rare_names_and_figures() {
    let st = ParagraphStyle {
        indent_em: 0.0,
        align: Align::Justify,
        ..ParagraphStyle::body("楷体", 11.0)
    };
    render("caption-rare", &[("■ 王䶮、刘𠅤、张堃、李喆、陈𪚥等同志参加“学思想 强党性 共奋斗”知识挑战赛，936人获评“学习优秀个人”，服务3.1万余人次，增长20%以上……".into(), st)], 70.0);
}

#[test]
fn narrow_column_with_punctuation_runs() {
    let st = ParagraphStyle::body("思源宋体", 12.0);
    render("narrow-serif", &[(corpus_sentence_with("示范品牌”——“连心"), st)], 48.0);
}
