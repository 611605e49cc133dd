//! CMYK output (`Colour::Cmyk`): the realistic board exported RGB and CMYK; the CMYK PDF has no RGB image or colour
//! operator, its colours are the colour-management transform's, its blacks follow the black rules, it passes
//! pdf-audit, and it renders close to the RGB one.

mod common;
use common::*;

use lopdf::{content::Content, Document, Object};
use zhanban_frames::{Color, Item, ItemKind, RectItem, Source};
use zhanban_pdf::cmyk::{CmykTransform, PLAIN_BLACK, RICH_BLACK};
use zhanban_pdf::{export_board, Colour, ExportOptions};

/// Every colour operator of the page content: (operator, operands).
fn colour_ops(doc: &Document) -> Vec<(String, Vec<f32>)> {
    let mut out = Vec::new();
    for page in doc.get_pages().values() {
        let content = Content::decode(&doc.get_page_content(*page)).unwrap();
        for op in content.operations {
            if ["rg", "RG", "k", "K", "g", "G", "sc", "SC", "scn", "SCN", "cs", "CS"].contains(&op.operator.as_str()) {
                let nums = op.operands.iter().filter_map(|o| o.as_float().ok()).collect();
                out.push((op.operator, nums));
            }
        }
    }
    out
}

fn close(a: &[f32], b: &[f32; 4]) -> bool {
    a.len() == 4 && a.iter().zip(b).all(|(x, y)| (x - y).abs() < 0.006)
}

/// LittleCMS's CMYK (percent) for an sRGB colour through `profile`, perceptual intent.
fn transicc(profile: &std::path::Path, c: &Color) -> [f32; 4] {
    use std::io::Write;
    let mut child = std::process::Command::new("transicc")
        .args(["-i", "*sRGB", "-o", profile.to_str().unwrap(), "-t", "0", "-n"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("transicc (Debian liblcms2-utils, scripts/setup installs it)");
    write!(child.stdin.take().unwrap(), "{}\n{}\n{}\n", c.r, c.g, c.b).unwrap();
    let out = String::from_utf8(child.wait_with_output().unwrap().stdout).unwrap();
    let v: Vec<f32> = out
        .lines()
        .last()
        .unwrap()
        .split_whitespace()
        .map(|x| x.parse().unwrap())
        .collect();
    [v[0], v[1], v[2], v[3]]
}

fn mean_rgb(img: &image::RgbImage) -> [f64; 3] {
    let n = (img.width() * img.height()) as f64;
    [0, 1, 2].map(|i| img.pixels().map(|p| p.0[i] as f64).sum::<f64>() / n)
}

#[test]
fn cmyk_board_has_only_cmyk_colours_and_renders_close_to_rgb() {
    let dir = out_dir("cmyk");
    let m = material(&dir);
    let mut b = board(&m);
    // A large black area (rich black) and a small one (plain K100).
    for (id, rect) in [
        ("black-area", zhanban_frames::Rect::new(900.0, 620.0, 250.0, 200.0)),
        ("black-dot", zhanban_frames::Rect::new(40.0, 620.0, 5.0, 5.0)),
    ] {
        b.items.push(Item {
            id: id.into(),
            source: Source::Theme,
            kind: ItemKind::Rect(RectItem {
                rect,
                fill: Some(Color::BLACK),
                stroke: None,
                radius: 0.0,
            }),
        });
    }
    let mut pdfs = Vec::new();
    for (name, colour) in [("rgb", Colour::Rgb), ("cmyk", Colour::Cmyk)] {
        let out = dir.join(format!("{name}.pdf"));
        let opts = ExportOptions {
            crop_marks: true,
            date: Some("2024-05-01".into()),
            colour,
            ..Default::default()
        };
        let rep = export_board(&b, &m.photos, &opts, &out).unwrap();
        assert_eq!(rep.images, 3);
        pdfs.push(out);
    }
    let (rgb_pdf, cmyk_pdf) = (&pdfs[0], &pdfs[1]);
    let f = cmyk_pdf.to_str().unwrap();

    // Independent audit, as for every board.
    let audit = shared().join("tools/pdf-audit");
    let (ok, o, e) = run(
        "python3",
        &[
            audit.to_str().unwrap(),
            f,
            "--trim",
            "1200x900",
            "--bleed",
            "3",
            "--pdfx",
            "--min-ppi",
            "72",
        ],
    );
    assert!(ok, "pdf-audit failed:\n{o}\n{e}");
    let (ok, o, e) = run("qpdf", &["--check", f]);
    assert!(ok, "qpdf --check: {o}{e}");

    // Content: only CMYK colour operators (k/K), no rg/RG, no colour-space switches.
    let doc = Document::load(cmyk_pdf).unwrap();
    let ops = colour_ops(&doc);
    assert!(!ops.is_empty());
    for (op, _) in &ops {
        assert!(op == "k" || op == "K", "colour operator {op} in CMYK output");
    }
    // The theme's red swatch is the colour-management transform's CMYK for it; and plausibly a red.
    let t = CmykTransform::get().unwrap();
    let red = t.colour(&Color::rgb(0xc8, 0x10, 0x2e)).unwrap();
    assert!(red[0] < 0.2 && red[1] > 0.8 && red[2] > 0.6, "#c8102e as {red:?}");
    assert!(
        ops.iter().any(|(op, v)| op == "k" && close(v, &red)),
        "band fill {red:?} in {ops:?}"
    );
    assert!(
        ops.iter().any(|(op, v)| op == "K" && close(v, &red)),
        "rule stroke {red:?}"
    );
    // The same conversions by LittleCMS (transicc, liblcms2-utils), an independent CMS: perceptual sRGB → the
    // profile bytes we convert with. moxcms and LittleCMS agree within 3 points of ink on every channel.
    let profile = dir.join("output-intent.icc");
    std::fs::write(&profile, zhanban_pdf::cmyk::output_intent_profile().unwrap()).unwrap();
    for c in [
        Color::rgb(0xc8, 0x10, 0x2e),
        Color::rgb(0xfb, 0xf7, 0xef),
        Color::rgb(0x14, 0x3c, 0xa0),
        Color::rgb(0x20, 0x20, 0x20),
    ] {
        let ours = t.colour(&c).unwrap();
        let lcms = transicc(&profile, &c);
        for i in 0..4 {
            assert!(
                (ours[i] * 100.0 - lcms[i]).abs() < 3.0,
                "{c:?}: moxcms {ours:?} vs LittleCMS {lcms:?}"
            );
        }
    }
    let cream = t.colour(&Color::rgb(0xfb, 0xf7, 0xef)).unwrap();
    assert!(
        ops.iter().any(|(op, v)| op == "k" && close(v, &cream)),
        "background {cream:?}"
    );
    // Black rules: rich black for the large area, K100 for the small one, the crop marks, the slug and the
    // #202020 body text (28 pt); no four-colour near-black left.
    assert!(
        ops.iter().any(|(op, v)| op == "k" && close(v, &RICH_BLACK)),
        "rich black"
    );
    assert!(
        ops.iter().any(|(op, v)| op == "k" && close(v, &PLAIN_BLACK)),
        "plain black fill"
    );
    assert!(
        ops.iter().any(|(op, v)| op == "K" && close(v, &PLAIN_BLACK)),
        "K100 crop marks"
    );
    let grey = t.colour(&Color::rgb(0x20, 0x20, 0x20)).unwrap();
    assert!(
        !ops.iter().any(|(_, v)| close(v, &grey)),
        "#202020 text as four-colour {grey:?}"
    );

    // Images: every image XObject DeviceCMYK (soft masks DeviceGray), no DefaultRGB, no RGB ICC profile.
    let mut images = 0;
    for obj in doc.objects.values() {
        let Object::Stream(s) = obj else { continue };
        if s.dict.get(b"Subtype").and_then(Object::as_name).ok() != Some(b"Image".as_slice()) {
            continue;
        }
        images += 1;
        let cs = s.dict.get(b"ColorSpace").unwrap();
        let cs = match cs {
            Object::Reference(r) => doc.get_object(*r).unwrap(),
            o => o,
        };
        let name = match cs {
            Object::Name(n) => String::from_utf8_lossy(n).into_owned(),
            Object::Array(a) => {
                // [/ICCBased <stream>] of a CMYK JPEG's own profile: N must be 4.
                let r = a[1].as_reference().unwrap();
                let n = doc.get_object(r).unwrap().as_stream().unwrap().dict.get(b"N").unwrap();
                assert_eq!(n.as_i64().unwrap(), 4, "ICCBased image space with N≠4");
                "ICCBased4".into()
            }
            o => panic!("unexpected colour space {o:?}"),
        };
        assert!(
            ["DeviceCMYK", "DeviceGray", "ICCBased4"].contains(&name.as_str()),
            "image in {name}"
        );
    }
    assert!(images >= 3);
    let bytes = std::fs::read(cmyk_pdf).unwrap();
    let has = |n: &[u8]| bytes.windows(n.len()).any(|w| w == n);
    assert!(!has(b"DefaultRGB") && !has(b"DeviceRGB"), "RGB left in the CMYK PDF");
    // Poppler's view: every image is CMYK (soft masks grey).
    let (ok, list, e) = run("pdfimages", &["-list", f]);
    assert!(ok, "{e}");
    for line in list.lines().skip(2) {
        let cols: Vec<&str> = line.split_whitespace().collect();
        assert!(cols[5] == "cmyk" || (cols[2] == "smask" && cols[5] == "gray"), "{line}");
    }
    // The CMYK JPEG passes through unchanged.
    let imgs = dir.join("img");
    std::fs::create_dir_all(&imgs).unwrap();
    let (ok, _, e) = run("pdfimages", &["-all", f, imgs.join("i").to_str().unwrap()]);
    assert!(ok, "{e}");
    let original = std::fs::read(&m.photos["cmyk"]).unwrap();
    let scan = zhanban_pdf::jpeg::scan_data(&original).unwrap();
    let passed = std::fs::read_dir(&imgs).unwrap().any(|e| {
        let d = std::fs::read(e.unwrap().path()).unwrap();
        zhanban_pdf::jpeg::scan_data(&d).is_some_and(|s| s == scan)
    });
    assert!(passed, "the CMYK photo's compressed data changed");

    // Rendered (poppler, 20 dpi), the CMYK board is close to the RGB one.
    let mut renders = Vec::new();
    for (pdf, stem) in [(rgb_pdf, "rgb-20dpi"), (cmyk_pdf, "cmyk-20dpi")] {
        let png = dir.join(stem);
        let (ok, _, e) = run(
            "pdftoppm",
            &[
                "-r",
                "20",
                "-png",
                "-singlefile",
                pdf.to_str().unwrap(),
                png.to_str().unwrap(),
            ],
        );
        assert!(ok, "{e}");
        renders.push(image::open(dir.join(format!("{stem}.png"))).unwrap().to_rgb8());
    }
    let (a, c) = (&renders[0], &renders[1]);
    assert_eq!(a.dimensions(), c.dimensions());
    let diff = a
        .pixels()
        .zip(c.pixels())
        .map(|(p, q)| (0..3).map(|i| (p.0[i] as f64 - q.0[i] as f64).abs()).sum::<f64>() / 3.0)
        .sum::<f64>()
        / (a.width() * a.height()) as f64;
    let (ma, mc) = (mean_rgb(a), mean_rgb(c));
    eprintln!("RGB vs CMYK rendering: mean |Δ| {diff:.1} per channel; means {ma:.0?} vs {mc:.0?}");
    assert!(diff < 25.0, "CMYK rendering differs from RGB by {diff:.1} on average");
    for i in 0..3 {
        assert!(
            (ma[i] - mc[i]).abs() < 20.0,
            "channel {i}: {:.0} vs {:.0}",
            ma[i],
            mc[i]
        );
    }
}
