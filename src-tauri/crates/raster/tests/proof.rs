//! Proof images on real photos: every EXIF orientation comes out upright, CMYK JPEGs keep their colours, the crop is
//! honoured and the proof has the asked size. The proofs are written to `test-output/proof/` to be looked at.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use zhanban_frames::*;
use zhanban_raster::{proof_jpeg, Error};

const SRC: &str = "/usr/share/backgrounds/Bridge_by_Sander_Klootwijk.jpg"; // 4352×2448, MCU-aligned
const DRAGONFLY: &str = "/usr/share/backgrounds/Dragonfly_by_Bolly.jpg";

fn out_dir(name: &str) -> PathBuf {
    let d = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("test-output").join(name);
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn run(cmd: &str, args: &[&str]) {
    let o = Command::new(cmd)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{cmd}: {e}"));
    assert!(
        o.status.success(),
        "{cmd} {args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
}

/// The upright photo stored as EXIF orientation `o` would store it: transformed losslessly so that applying `o`
/// gives the original back, with the tag set.
fn stored_as(dir: &Path, o: u8) -> PathBuf {
    let out = dir.join(format!("bridge-o{o}.jpg"));
    let op: &[&str] = match o {
        1 => &[],
        2 => &["-flip", "horizontal"],
        3 => &["-rotate", "180"],
        4 => &["-flip", "vertical"],
        5 => &["-transpose"],
        6 => &["-rotate", "270"],
        7 => &["-transverse"],
        _ => &["-rotate", "90"],
    };
    let mut args = vec!["-perfect", "-copy", "all"];
    args.extend_from_slice(op);
    args.extend_from_slice(&["-outfile", out.to_str().unwrap(), SRC]);
    run("jpegtran", &args);
    run(
        "exiftool",
        &[
            "-q",
            "-overwrite_original",
            "-n",
            &format!("-Orientation={o}"),
            out.to_str().unwrap(),
        ],
    );
    out
}

fn photo(hash: &str, rect: Rect, crop: Rect, o: u8, w: u32, h: u32) -> Item {
    Item {
        id: hash.into(),
        source: Source::Photo { hash: hash.into() },
        kind: ItemKind::Image(ImageItem {
            photo: hash.into(),
            rect,
            crop,
            orientation: o,
            pixel_width: w,
            pixel_height: h,
        }),
    }
}

fn board(width: f64, height: f64, items: Vec<Item>) -> BoardFrame {
    BoardFrame {
        id: "b".into(),
        number: 1,
        name: "校样".into(),
        width,
        height,
        bleed: 3.0,
        safe: 20.0,
        background: Color::rgb(0xfb, 0xf7, 0xef),
        fonts: vec![],
        items,
    }
}

/// Mean absolute difference per channel between two RGB images of the same size.
fn mad(a: &image::RgbImage, b: &image::RgbImage) -> f64 {
    assert_eq!(a.dimensions(), b.dimensions());
    let s: u64 = a
        .as_raw()
        .iter()
        .zip(b.as_raw())
        .map(|(x, y)| u64::from(x.abs_diff(*y)))
        .sum();
    s as f64 / a.as_raw().len() as f64
}

/// The part of the proof covering `r` (mm) at `k` px/mm, inset by 3 px against edge blending.
fn cut(img: &image::RgbImage, r: &Rect, k: f64) -> image::RgbImage {
    let (x0, y0) = ((r.x * k).ceil() as u32 + 3, (r.y * k).ceil() as u32 + 3);
    let (x1, y1) = ((r.right() * k).floor() as u32 - 3, (r.bottom() * k).floor() as u32 - 3);
    image::imageops::crop_imm(img, x0, y0, x1 - x0, y1 - y0).to_image()
}

#[test]
fn every_exif_orientation_comes_out_upright_with_its_crop() {
    let dir = out_dir("orientations");
    let mut photos: HashMap<String, PathBuf> = HashMap::new();
    // The right half of the photo (displayed pixels), in eight cells of a 1200×900 board.
    let crop = Rect::new(2176.0, 0.0, 2176.0, 2448.0);
    let cell = |i: usize| {
        Rect::new(
            40.0 + (i % 4) as f64 * 285.0,
            100.0 + (i / 4) as f64 * 380.0,
            260.0,
            292.5,
        )
    };
    let mut items = Vec::new();
    for o in 1..=8u8 {
        let hash = format!("o{o}");
        photos.insert(hash.clone(), stored_as(&dir, o));
        items.push(photo(&hash, cell(o as usize - 1), crop, o, 4352, 2448));
    }
    let b = board(1200.0, 900.0, items);
    let jpg = proof_jpeg(&b, &photos, 2000).unwrap();
    std::fs::write(dir.join("proof.jpg"), &jpg).unwrap();
    let proof = image::load_from_memory(&jpg).unwrap().to_rgb8();
    assert_eq!(
        proof.dimensions(),
        (2000, 1500),
        "2,000 px on the long edge, the board's aspect"
    );
    assert!(jpg.len() < 2_000_000, "small enough for WeChat: {} bytes", jpg.len());

    // The reference: the upright source's right half, scaled to the cell.
    let k = 2000.0 / 1200.0;
    let src = image::open(SRC).unwrap().to_rgb8();
    let right = image::imageops::crop_imm(&src, 2176, 0, 2176, 2448).to_image();
    let c0 = cell(0);
    let (w, h) = ((c0.w * k).round() as u32, (c0.h * k).round() as u32);
    let want_full = image::imageops::resize(&right, w, h, image::imageops::FilterType::Triangle);
    let want = {
        let (x0, y0) = (
            (c0.x * k).ceil() as u32 + 3 - (c0.x * k).round() as u32,
            (c0.y * k).ceil() as u32 + 3 - (c0.y * k).round() as u32,
        );
        let got = cut(&proof, &c0, k);
        image::imageops::crop_imm(&want_full, x0, y0, got.width(), got.height()).to_image()
    };
    for o in 1..=8u8 {
        let got = cut(&proof, &cell(o as usize - 1), k);
        let d = mad(&got, &want);
        assert!(d < 6.0, "orientation {o}: differs from the upright source by {d:.1}");
    }
    // The test can tell: the left half, or the photo upside down, is far off.
    let left = image::imageops::crop_imm(&src, 0, 0, 2176, 2448).to_image();
    let wrong = image::imageops::resize(
        &left,
        want.width(),
        want.height(),
        image::imageops::FilterType::Triangle,
    );
    assert!(mad(&cut(&proof, &c0, k), &wrong) > 15.0);
    let upside_down = image::imageops::rotate180(&want);
    assert!(mad(&cut(&proof, &c0, k), &upside_down) > 15.0);
}

#[test]
fn cmyk_photos_keep_their_colours_and_portrait_proofs_have_the_long_edge_vertical() {
    let dir = out_dir("cmyk");
    let rgb = dir.join("dragonfly.jpg");
    let cmyk = dir.join("dragonfly-cmyk.jpg");
    run(
        "convert",
        &[DRAGONFLY, "-resize", "1600x", "-quality", "92", rgb.to_str().unwrap()],
    );
    run(
        "convert",
        &[
            DRAGONFLY,
            "-resize",
            "1600x",
            "-colorspace",
            "CMYK",
            "-quality",
            "92",
            cmyk.to_str().unwrap(),
        ],
    );
    let (w, h) = image::image_dimensions(&rgb).unwrap();
    let photos = HashMap::from([("rgb".to_string(), rgb), ("cmyk".to_string(), cmyk)]);
    let full = Rect::new(0.0, 0.0, w as f64, h as f64);
    let (ra, rb) = (
        Rect::new(50.0, 100.0, 800.0, 500.0),
        Rect::new(50.0, 650.0, 800.0, 500.0),
    );
    let b = board(
        900.0,
        1200.0,
        vec![photo("rgb", ra, full, 1, w, h), photo("cmyk", rb, full, 1, w, h)],
    );
    let jpg = proof_jpeg(&b, &photos, 1600).unwrap();
    std::fs::write(dir.join("proof.jpg"), &jpg).unwrap();
    let proof = image::load_from_memory(&jpg).unwrap().to_rgb8();
    assert_eq!(proof.dimensions(), (1200, 1600));
    let k = 1600.0 / 1200.0;
    let (a, c) = (cut(&proof, &ra, k), cut(&proof, &rb, k));
    let d = mad(&a, &c);
    assert!(d < 8.0, "CMYK photo differs from the RGB original by {d:.1}");
    let mut negative = c.clone();
    image::imageops::invert(&mut negative);
    assert!(mad(&a, &negative) > 40.0, "the test would see a negative");
}

#[test]
fn a_missing_photo_is_an_error_that_names_it() {
    let photos: HashMap<String, PathBuf> = HashMap::new();
    let r = Rect::new(10.0, 10.0, 100.0, 100.0);
    let b = board(600.0, 400.0, vec![photo("gone", r, r, 1, 100, 100)]);
    let err = proof_jpeg(&b, &photos, 1000).unwrap_err();
    assert!(
        matches!(err, Error::PhotoMissing { ref hash, .. } if hash == "gone"),
        "{err}"
    );
    assert!(err.to_string().contains("重新导入"));
}
