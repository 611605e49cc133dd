//! The realistic board exported to PDF and checked with independent tools (qpdf, poppler, MuPDF, pdf-audit).

mod common;
use common::*;

use std::path::Path;
use std::sync::atomic::AtomicBool;

use zhanban_frames::Rect;
use zhanban_pdf::{export_board, export_board_with, export_folder, ExportOptions, FolderOptions, FontCache, PdfError};

const DPI: f64 = 20.0;
const OFFSET_MM: f64 = 18.0; // bleed 3 + marks margin 15

fn raster(path: &Path) -> image::RgbImage {
    image::open(path).unwrap().to_rgb8()
}

/// Mean colour of a trim-space rectangle in a rendering at DPI (inset by 2 px).
fn region(img: &image::RgbImage, r: &Rect) -> Vec<[f64; 3]> {
    let px = |mm: f64| ((OFFSET_MM + mm) / 25.4 * DPI).round() as u32;
    let mut out = Vec::new();
    for y in px(r.y) + 2..px(r.bottom()) - 2 {
        for x in px(r.x) + 2..px(r.right()) - 2 {
            let p = img.get_pixel(x, y).0;
            out.push([p[0] as f64, p[1] as f64, p[2] as f64]);
        }
    }
    out
}

fn mean_abs_diff(a: &[[f64; 3]], b: &[[f64; 3]]) -> f64 {
    assert_eq!(a.len(), b.len());
    a.iter()
        .zip(b)
        .map(|(p, q)| (0..3).map(|i| (p[i] - q[i]).abs()).sum::<f64>() / 3.0)
        .sum::<f64>()
        / a.len() as f64
}

fn mean(a: &[[f64; 3]]) -> [f64; 3] {
    let n = a.len() as f64;
    [0, 1, 2].map(|i| a.iter().map(|p| p[i]).sum::<f64>() / n)
}

#[test]
fn board_pdf_passes_print_checks_and_renders_alike() {
    let dir = out_dir("board");
    let m = material(&dir);
    let b = board(&m);
    let out = dir.join("01-前言.pdf");
    let opts = ExportOptions {
        crop_marks: true,
        date: Some("2024-05-01".into()),
        ..Default::default()
    };
    let rep = export_board(&b, &m.photos, &opts, &out).unwrap();
    assert_eq!(rep.images, 3);
    let f = out.to_str().unwrap();

    // Independent audit: boxes, bleed, fonts embedded + subset + ToUnicode, ppi, PDF/X OutputIntent, renders.
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

    // Copy-paste: the Chinese comes back in reading order.
    let (ok, text, _) = run("pdftotext", &[f, "-"]);
    assert!(ok);
    let flat: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let (title, lines, caption) = corpus_lines();
    let mut at = 0;
    for piece in
        std::iter::once(title)
            .chain(lines)
            .chain([caption.replace(' ', ""), "01前言".into(), "2024-05-01".into()])
    {
        let p: String = piece.chars().filter(|c| !c.is_whitespace()).collect();
        let found = flat[at..]
            .find(&p)
            .unwrap_or_else(|| panic!("{p:?} not found in order in {flat:?}"));
        at += found + p.len();
    }

    // No leaking metadata; JPEG data passed through unchanged.
    let bytes = std::fs::read(&out).unwrap();
    let has = |n: &[u8]| bytes.windows(n.len()).any(|w| w == n);
    for secret in [
        &b"ZBSERIAL4711"[..],
        b"ZBXMPSECRET",
        b"ZBCOMMENTSECRET",
        b"Exif\0\0",
        b"GPS",
    ] {
        assert!(!has(secret), "{} leaked", String::from_utf8_lossy(secret));
    }
    let orig_rot = std::fs::read(&m.photos["rot6"]).unwrap();
    assert!(
        orig_rot.windows(12).any(|w| w == b"ZBSERIAL4711"),
        "the test photo really carries the serial"
    );
    let imgs = dir.join("img");
    std::fs::create_dir_all(&imgs).unwrap();
    let (ok, _, e) = run("pdfimages", &["-all", f, imgs.join("i").to_str().unwrap()]);
    assert!(ok, "{e}");
    let mut extracted: Vec<Vec<u8>> = Vec::new();
    for entry in std::fs::read_dir(&imgs).unwrap() {
        let p = entry.unwrap().path();
        assert_eq!(p.extension().unwrap(), "jpg", "every photo stays a JPEG");
        extracted.push(
            zhanban_pdf::jpeg::scan_data(&std::fs::read(&p).unwrap())
                .unwrap()
                .to_vec(),
        );
    }
    assert_eq!(extracted.len(), 3);
    for key in ["orig", "rot6", "cmyk"] {
        let original = std::fs::read(&m.photos[key]).unwrap();
        let scan = zhanban_pdf::jpeg::scan_data(&original).unwrap();
        assert!(extracted.iter().any(|e| e == scan), "{key}: compressed data changed");
    }

    // Poppler and MuPDF agree.
    let pop = dir.join("pop");
    let (ok, _, e) = run(
        "pdftoppm",
        &["-r", "20", "-png", "-singlefile", f, pop.to_str().unwrap()],
    );
    assert!(ok, "{e}");
    let mu = dir.join("mu.png");
    let (ok, _, e) = run("mutool", &["draw", "-q", "-r", "20", "-o", mu.to_str().unwrap(), f]);
    assert!(ok, "{e}");
    let (a, c) = (raster(&dir.join("pop.png")), raster(&mu));
    assert!(a.width().abs_diff(c.width()) <= 1 && a.height().abs_diff(c.height()) <= 1);
    let whole = Rect::new(-3.0, -3.0, 1206.0, 906.0);
    let (ra, rc) = (region(&a, &whole), region(&c, &whole));
    let d = mean_abs_diff(&ra, &rc);
    // MuPDF here is built without ICC support (it warns so), poppler applies the ICC profiles: the CMYK photo
    // differs most, so the whole page gets a wider tolerance than the RGB photos below.
    assert!(d < 10.0, "poppler and MuPDF differ by {d:.1} on average");
    for r in [ORIG_RECT, ROT_RECT] {
        let d = mean_abs_diff(&region(&a, &r), &region(&c, &r));
        assert!(d < 10.0, "photo at {r:?} differs by {d:.1}"); // different downsampling filters at 20 dpi
    }

    // The EXIF-rotated copy renders upright: like the unrotated original, pixel by pixel.
    let (po, pr) = (region(&a, &ORIG_RECT), region(&a, &ROT_RECT));
    let upright = mean_abs_diff(&po, &pr);
    assert!(upright < 6.0, "rotated photo differs from the original by {upright:.1}");
    let mut flipped = pr.clone();
    flipped.reverse(); // the same photo turned 180°: must be clearly different, or the check proves nothing
    assert!(mean_abs_diff(&po, &flipped) > 3.0 * upright.max(1.0));

    // The CMYK (Adobe, inverted) JPEG keeps its colours: close to the RGB source, not a negative.
    let src = image::open("/usr/share/backgrounds/Dragonfly_by_Bolly.jpg")
        .unwrap()
        .to_rgb8();
    let sm = mean(
        &src.pixels()
            .map(|p| [p.0[0] as f64, p.0[1] as f64, p.0[2] as f64])
            .collect::<Vec<_>>(),
    );
    let cm = mean(&region(&a, &CMYK_RECT));
    for i in 0..3 {
        assert!(
            (sm[i] - cm[i]).abs() < 35.0,
            "CMYK photo colour channel {i}: {:.0} vs source {:.0}",
            cm[i],
            sm[i]
        );
    }
}

#[test]
fn folder_export_review_print_list_and_cancel() {
    let dir = out_dir("folder");
    let m = material(&dir);
    let b1 = board(&m);
    let mut b2 = board(&m);
    b2.id = "b2".into();
    b2.number = 2;
    b2.name = "一、坚决把牢政治方向：“模范”/机关?".into();
    let frames = vec![b1, b2];
    let out = dir.join("out");
    let opts = FolderOptions {
        parallel: true,
        title: "模范机关建设成果展".into(),
        // `--images` (150 ppi in the CLI); 20 ppi keeps the test quick.
        images_ppi: Some(20.0),
        ..Default::default()
    };
    let seen = std::sync::Mutex::new(Vec::new());
    let rep = export_folder(
        &frames,
        &m.photos,
        &opts,
        &out,
        &|p| seen.lock().unwrap().push(p.clone()),
        &AtomicBool::new(false),
    )
    .unwrap();
    assert_eq!(
        seen.lock().unwrap().len(),
        6,
        "one report per board, per board image and per review page"
    );
    let names: Vec<String> = rep
        .boards
        .iter()
        .map(|r| r.path.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["01-前言.pdf", "02-一、坚决把牢政治方向：“模范”_机关_.pdf"]);
    let review = rep.review.unwrap();
    assert_eq!(review, out.join("审阅/模范机关建设成果展-审阅.pdf"));
    let r = review.to_str().unwrap();
    let (ok, o, e) = run("qpdf", &["--check", r]);
    assert!(ok, "{o}{e}");
    let (_, info, _) = run("pdfinfo", &[r]);
    assert!(
        info.lines()
            .any(|l| l.starts_with("Pages:") && l.split_whitespace().nth(1) == Some("2")),
        "{info}"
    );
    let audit = shared().join("tools/pdf-audit");
    let (ok, o, e) = run(
        "python3",
        &[
            audit.to_str().unwrap(),
            r,
            "--trim",
            "1200x900",
            "--bleed",
            "3",
            "--pdfx",
            "--min-ppi",
            "72",
        ],
    );
    assert!(ok, "review pdf-audit:\n{o}\n{e}");
    // Review photos are downsampled towards 100 ppi, far smaller than the print file.
    let (_, list, _) = run("pdfimages", &["-list", r]);
    for line in list.lines().skip(2) {
        let cols: Vec<&str> = line.split_whitespace().collect();
        let ppi: f64 = cols[12].parse().unwrap();
        assert!(ppi <= 151.0, "review image at {ppi} ppi");
    }
    // A proof JPEG per board beside the review PDF, 2,000 px on the long edge, drawn with the real photos: the
    // EXIF-rotated copy comes out like the upright original, the CMYK photo is not a negative.
    assert_eq!(
        rep.proofs,
        [
            out.join("审阅/01-前言.jpg"),
            out.join("审阅/02-一、坚决把牢政治方向：“模范”_机关_.jpg")
        ]
    );
    let proof = image::open(&rep.proofs[0]).unwrap().to_rgb8();
    assert_eq!(proof.dimensions(), (2000, 1500));
    let k = 2000.0 / 1200.0;
    let area = |r: &Rect| -> Vec<[f64; 3]> {
        let mut v = Vec::new();
        for y in (r.y * k) as u32 + 3..(r.bottom() * k) as u32 - 3 {
            for x in (r.x * k) as u32 + 3..(r.right() * k) as u32 - 3 {
                let p = proof.get_pixel(x, y).0;
                v.push([p[0] as f64, p[1] as f64, p[2] as f64]);
            }
        }
        v
    };
    let (orig, rot) = (area(&ORIG_RECT), area(&ROT_RECT));
    let d = mean_abs_diff(&orig, &rot);
    assert!(
        d < 4.0,
        "rotated photo differs from the upright original in the proof: {d}"
    );
    let mut flipped = rot.clone();
    flipped.reverse();
    assert!(
        mean_abs_diff(&orig, &flipped) > 4.0 * d.max(2.0),
        "the comparison can tell orientations apart"
    );
    let grey = [200.0, 200.0, 200.0];
    assert!(
        mean(&orig).iter().zip(grey).any(|(a, b)| (a - b).abs() > 10.0),
        "a placeholder, not the photo"
    );
    let review_len = std::fs::metadata(&review).unwrap().len();
    assert!(
        review_len < rep.boards[0].file_bytes,
        "review {review_len} vs board {}",
        rep.boards[0].file_bytes
    );
    let csv = std::fs::read_to_string(out.join("打印清单.csv")).unwrap();
    assert!(csv.starts_with('\u{feff}'));
    assert!(csv.contains("1,前言,1200,900,3,1,KT板,01-前言.pdf"), "{csv}");
    assert_eq!(csv.lines().count(), 3);

    // Full-size board images: trim + bleed at the asked resolution, which the JPEG header carries.
    assert_eq!(rep.images.len(), 2);
    assert_eq!(rep.images[0], out.join("图像/01-前言.jpg"));
    let (ok, id, e) = run("identify", &["-format", "%w %h %x %U", rep.images[0].to_str().unwrap()]);
    assert!(ok, "{e}");
    let f: Vec<&str> = id.split_whitespace().collect();
    let (w, h): (f64, f64) = (f[0].parse().unwrap(), f[1].parse().unwrap());
    assert!(
        (w - 1206.0 / 25.4 * 20.0).abs() <= 1.5 && (h - 906.0 / 25.4 * 20.0).abs() <= 1.5,
        "{id}"
    );
    assert_eq!((f[2], f[3]), ("20", "PixelsPerInch"), "{id}");

    // The print list as a PDF: Chinese text that copies back, fonts embedded and subset.
    let list = rep.print_list_pdf.clone().expect("打印清单.pdf written");
    assert_eq!(list, out.join("打印清单.pdf"));
    let l = list.to_str().unwrap();
    let (ok, o, e) = run("qpdf", &["--check", l]);
    assert!(ok, "{o}{e}");
    let (ok, text, e) = run("pdftotext", &["-layout", l, "-"]);
    assert!(ok, "{e}");
    for want in [
        "打印清单",
        "模范机关建设成果展",
        "前言",
        "1200×900",
        "KT板",
        "01-前言.pdf",
        "共 2 块展板",
    ] {
        assert!(text.contains(want), "{want} missing from the print list:\n{text}");
    }
    let (ok, fonts, e) = run("pdffonts", &[l]);
    assert!(ok, "{e}");
    let font_lines: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!font_lines.is_empty(), "{fonts}");
    for f in font_lines {
        // name+subset tag, "emb" and "sub" columns both yes.
        assert!(
            f.contains('+') && f.matches(" yes ").count() >= 2,
            "font not embedded and subset: {f}\n{fonts}"
        );
    }
    let leftovers: Vec<_> = walk(&out)
        .into_iter()
        .filter(|p| p.to_string_lossy().ends_with(".part"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");

    // Cancelled before it starts: an error, and no file at all.
    let out2 = dir.join("cancelled");
    let err = export_folder(&frames, &m.photos, &opts, &out2, &|_| {}, &AtomicBool::new(true)).unwrap_err();
    assert!(matches!(err, PdfError::Cancelled));
    assert!(walk(&out2).is_empty());
}

fn walk(d: &Path) -> Vec<std::path::PathBuf> {
    let mut v = Vec::new();
    if let Ok(rd) = std::fs::read_dir(d) {
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                v.extend(walk(&p));
            } else {
                v.push(p);
            }
        }
    }
    v
}

#[test]
fn subsets_are_built_once_per_face_and_glyph_set_and_shared() {
    // Issue #20: a board's print PDF and its review page embed the same subsets; with one cache per export they are
    // built once. The second export of the board (review options) builds none and embeds the same bytes.
    let dir = out_dir("subsets");
    let m = material(&dir);
    let b = board(&m);
    let fonts = FontCache::new();
    let print = export_board_with(
        &b,
        &m.photos,
        &ExportOptions::default(),
        &fonts,
        &dir.join("print.pdf"),
        None,
    )
    .unwrap();
    let built = fonts.subsets_built();
    assert!(built >= 2, "the board uses several faces: {built}");
    let review_opts = ExportOptions {
        target_ppi: Some(100.0),
        crop_marks: false,
        ..Default::default()
    };
    let review = export_board_with(&b, &m.photos, &review_opts, &fonts, &dir.join("review.pdf"), None).unwrap();
    assert_eq!(fonts.subsets_built(), built, "the review page built its subsets again");
    assert_eq!(print.font_bytes, review.font_bytes);
    // A fresh cache builds them again: the count is real.
    let other = FontCache::new();
    export_board_with(&b, &m.photos, &review_opts, &other, &dir.join("again.pdf"), None).unwrap();
    assert_eq!(other.subsets_built(), built);
}

/// Two boards that draw different text, as in an exhibition: with the export planned, each face is subset once for
/// both boards (issue 20: subsetting a CJK face board by board was a quarter of a folder export's time), both PDFs
/// embed the same font programs, and each still copies back its own text. Unplanned, each board builds its own.
#[test]
fn a_planned_export_subsets_each_face_once_for_all_boards() {
    let dir = out_dir("planned_subsets");
    let m = material(&dir);
    let b1 = board(&m);
    let mut b2 = board(&m);
    b2.id = "b2".into();
    b2.number = 2;
    let other = "机关党建工作要坚持服务中心建设队伍两大任务";
    for item in &mut b2.items {
        if let zhanban_frames::ItemKind::Text(t) = &mut item.kind {
            if item.id == "body" {
                t.runs = vec![run_of(SANS, SC, 0, 28.0, 40.0, 180.0, other)];
            }
            if item.id == "title" {
                t.runs = vec![run_of(SANS_BOLD, SC, 1, 72.0, 40.0, 100.0, "机关党建成果展")];
            }
        }
    }
    let frames = [b1, b2];
    let opts = ExportOptions {
        crop_marks: true,
        date: Some("2024-05-01".into()),
        ..Default::default()
    };
    let export = |fonts: &FontCache, name: &str| -> Vec<zhanban_pdf::BoardReport> {
        frames
            .iter()
            .enumerate()
            .map(|(i, f)| {
                export_board_with(f, &m.photos, &opts, fonts, &dir.join(format!("{name}{i}.pdf")), None).unwrap()
            })
            .collect()
    };
    let alone = FontCache::new();
    let own = export(&alone, "own");
    // Body and title differ between the boards, the caption (in its own face) does not.
    assert_eq!(alone.subsets_built(), 5, "three faces, two boards");
    assert_ne!(own[0].font_bytes, own[1].font_bytes, "the boards draw different glyphs");

    let planned = FontCache::new();
    planned.plan(&frames, &opts).unwrap();
    let one = export(&planned, "planned");
    assert_eq!(planned.subsets_built(), 3, "one subset per face for the export");
    assert_eq!(one[0].font_bytes, one[1].font_bytes);
    assert!(one[1].font_bytes >= own[1].font_bytes);
    let (ok, text, e) = run("pdftotext", &[one[1].path.to_str().unwrap(), "-"]);
    assert!(ok, "{e}");
    assert!(text.replace(char::is_whitespace, "").contains(other), "{text}");
    let (title, lines, _) = corpus_lines();
    let (_, text, _) = run("pdftotext", &[one[0].path.to_str().unwrap(), "-"]);
    let text = text.replace(char::is_whitespace, "");
    assert!(text.contains(&title) && text.contains(&lines[0]), "{text}");
    let audit = shared().join("tools/pdf-audit");
    for r in &one {
        let args = [
            audit.to_str().unwrap(),
            r.path.to_str().unwrap(),
            "--trim",
            "1200x900",
            "--bleed",
            "3",
            "--pdfx",
        ];
        let (ok, o, e) = run("python3", &args);
        assert!(ok, "pdf-audit:\n{o}\n{e}");
    }
}
