//! Real-photo tests of probing and thumbnails: the eight EXIF orientations, CMYK/YCCK, greyscale, alpha, 16-bit PNG,
//! progressive JPEG. Material is made here from Debian's real desktop photos.

mod common;

use common::*;
use image::{imageops, DynamicImage, RgbImage};
use zhanban_photos::{process, ColorModel, Format, PhotoThumbs, ProcessOptions};

fn opts() -> ProcessOptions {
    ProcessOptions::default()
}

/// The upright reference: a real portrait photo, reduced to 683×1026 so the tests stay quick.
fn upright() -> RgbImage {
    let (rgb, w, h) = decode_rgb(&std::fs::read(PHOTO_PORTRAIT).unwrap());
    let (nw, nh) = (683, 1026);
    RgbImage::from_raw(nw, nh, resize_rgb(rgb, w, h, nw, nh)).unwrap()
}

fn thumb_rgb(t: &PhotoThumbs) -> (Vec<u8>, u32, u32) {
    decode_rgb(&t.thumb.jpeg)
}

fn jpeg_of(img: &RgbImage) -> Vec<u8> {
    encode_rgb(img.as_raw(), img.width(), img.height(), 92, false)
}

/// Stored pixels that display as `u` under EXIF orientation `o`, made with the `image` crate's own transforms.
fn stored_for(u: &RgbImage, o: u16) -> RgbImage {
    let d = DynamicImage::ImageRgb8(u.clone());
    match o {
        1 => d,
        2 => d.fliph(),
        3 => d.rotate180(),
        4 => d.flipv(),
        5 => d.rotate90().fliph(),
        6 => d.rotate270(),
        7 => d.rotate90().flipv(),
        _ => d.rotate90(),
    }
    .into_rgb8()
}

#[test]
fn eight_exif_orientations_display_upright() {
    let u = upright();
    let reference = process(&jpeg_of(&u), "ref.jpg", &opts()).unwrap();
    let (ref_px, rw, rh) = thumb_rgb(&reference);
    assert_eq!((rw, rh), (341, 512));
    for o in 1..=8u16 {
        let stored = stored_for(&u, o);
        let bytes = with_orientation(&jpeg_of(&stored), o);
        let t = process(&bytes, "rotated.jpg", &opts()).unwrap();
        assert_eq!(t.info.orientation, o as u8);
        assert_eq!(
            (t.info.width, t.info.height),
            (683, 1026),
            "displayed size, orientation {o}"
        );
        assert_eq!(
            (t.info.stored_width, t.info.stored_height),
            (stored.width(), stored.height())
        );
        // Kept for looking at (git-ignored): material/orientations/thumb-N.jpg should all stand upright.
        let look = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("material/orientations");
        std::fs::create_dir_all(&look).unwrap();
        std::fs::write(look.join(format!("thumb-{o}.jpg")), &t.thumb.jpeg).unwrap();
        let (px, w, h) = thumb_rgb(&t);
        assert_eq!((w, h), (rw, rh), "thumbnail size, orientation {o}");
        let d = mean_abs_diff(&px, &ref_px);
        assert!(
            d < 5.0,
            "orientation {o}: thumbnail differs from the upright reference by {d:.2}"
        );
        // The same bytes without the tag would be wrong: the test can tell.
        if o != 1 && (stored.width(), stored.height()) == (683, 1026) {
            let untagged = process(&jpeg_of(&stored), "untagged.jpg", &opts()).unwrap();
            let d_wrong = mean_abs_diff(&thumb_rgb(&untagged).0, &ref_px);
            assert!(d_wrong > 10.0, "orientation {o}: untagged differs only by {d_wrong:.2}");
        }
    }
}

/// Ink amounts (0 = no ink) by the naive formula; jpeg-encoder stores them Adobe-style (inverted) with APP14.
fn cmyk_of(u: &RgbImage) -> Vec<u8> {
    let mut out = Vec::with_capacity(u.as_raw().len() / 3 * 4);
    for p in u.as_raw().chunks_exact(3) {
        let k = 255 - *p.iter().max().unwrap() as u32;
        let ink = |c: u8| {
            if k == 255 {
                0
            } else {
                ((255 - c as u32 - k) * 255 / (255 - k)) as u8
            }
        };
        out.extend_from_slice(&[ink(p[0]), ink(p[1]), ink(p[2]), k as u8]);
    }
    out
}

#[test]
fn cmyk_and_ycck_jpegs_have_true_colours() {
    let u = upright();
    let reference = process(&jpeg_of(&u), "ref.jpg", &opts()).unwrap();
    let ref_px = thumb_rgb(&reference).0;
    let cmyk = cmyk_of(&u);
    for (ct, model, transform) in [
        (jpeg_encoder::ColorType::Cmyk, ColorModel::Cmyk, 0u8),
        (jpeg_encoder::ColorType::CmykAsYcck, ColorModel::Ycck, 2u8),
    ] {
        let mut bytes = Vec::new();
        jpeg_encoder::Encoder::new(&mut bytes, 95)
            .encode(&cmyk, 683, 1026, ct)
            .unwrap();
        let t = process(&bytes, "cmyk.jpg", &opts()).unwrap();
        assert_eq!(t.info.color_model, model);
        assert!(t.info.adobe_app14);
        assert_eq!(t.info.adobe_transform, Some(transform));
        let px = thumb_rgb(&t).0;
        let d = mean_abs_diff(&px, &ref_px);
        assert!(d < 4.0, "{model:?}: colours differ from the RGB original by {d:.2}");
        let inverted: Vec<u8> = px.iter().map(|v| 255 - v).collect();
        assert!(mean_abs_diff(&inverted, &ref_px) > 40.0);
    }
}

#[test]
fn greyscale_jpegs_real_and_made() {
    // A real greyscale JPEG shipped by KDE Plasma.
    let real = std::fs::read("/usr/share/wallpapers/Grey/contents/images/2560x1600.jpg").unwrap();
    let t = process(&real, "Grey.jpg", &opts()).unwrap();
    assert_eq!(t.info.color_model, ColorModel::Grey);
    assert_eq!(
        (t.info.width, t.info.height, t.thumb.width, t.thumb.height),
        (2560, 1600, 512, 320)
    );
    let (px, _, _) = thumb_rgb(&t);
    assert!(px
        .chunks_exact(3)
        .all(|p| p[0].abs_diff(p[1]) <= 2 && p[1].abs_diff(p[2]) <= 2));

    let u = DynamicImage::ImageRgb8(upright()).into_luma8();
    let mut bytes = Vec::new();
    jpeg_encoder::Encoder::new(&mut bytes, 92)
        .encode(u.as_raw(), 683, 1026, jpeg_encoder::ColorType::Luma)
        .unwrap();
    let t = process(&bytes, "grey.jpg", &opts()).unwrap();
    assert_eq!(t.info.color_model, ColorModel::Grey);
    let want = imageops::resize(&u, 341, 512, imageops::FilterType::Lanczos3);
    let got: Vec<u8> = thumb_rgb(&t).0.chunks_exact(3).map(|p| p[0]).collect();
    assert!(mean_abs_diff(&got, want.as_raw()) < 3.0);
}

#[test]
fn png_with_alpha_is_flattened_onto_white() {
    let u = upright();
    let mut rgba = DynamicImage::ImageRgb8(u.clone()).into_rgba8();
    for (x, _, p) in rgba.enumerate_pixels_mut() {
        if x < 300 {
            p[3] = 0; // left part fully transparent
        }
    }
    let mut png = Vec::new();
    rgba.write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    let t = process(&png, "logo.png", &opts()).unwrap();
    assert_eq!(t.info.format, Format::Png);
    assert!(t.info.has_alpha);
    let (px, w, _) = thumb_rgb(&t);
    // Well inside the transparent part: white; well inside the opaque part: the photo (not white).
    let at = |x: u32, y: u32| &px[((y * w + x) * 3) as usize..((y * w + x) * 3 + 3) as usize];
    assert!(at(40, 256).iter().all(|&v| v >= 250), "{:?}", at(40, 256));
    assert!(at(300, 256).iter().any(|&v| v < 230), "{:?}", at(300, 256));

    // A real transparent wallpaper from MATE.
    let real = std::fs::read("/usr/share/backgrounds/mate/abstract/Arc-Colors-Transparent-Wallpaper.png").unwrap();
    let t = process(&real, "Arc.png", &opts()).unwrap();
    assert!(t.info.has_alpha);
    assert_eq!((t.thumb.width, t.thumb.height), (512, 287));
}

#[test]
fn sixteen_bit_png() {
    let u = upright();
    let wide = DynamicImage::ImageRgb8(u.clone()).into_rgb16();
    let mut png = Vec::new();
    DynamicImage::ImageRgb16(wide)
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    let t = process(&png, "scan16.png", &opts()).unwrap();
    assert_eq!(
        (t.info.bit_depth, t.info.color_model, t.info.has_alpha),
        (16, ColorModel::Rgb, false)
    );
    assert_eq!((t.info.width, t.info.height), (683, 1026));
    let reference = process(&jpeg_of(&u), "ref.jpg", &opts()).unwrap();
    assert!(mean_abs_diff(&thumb_rgb(&t).0, &thumb_rgb(&reference).0) < 3.0);
}

#[test]
fn progressive_jpegs_real_and_made() {
    let real = std::fs::read(PHOTO_PROGRESSIVE).unwrap();
    let t = process(&real, "Picture_1A.jpg", &opts()).unwrap();
    assert!(t.info.progressive);
    assert_eq!(
        (t.info.width, t.info.height, t.thumb.width, t.thumb.height),
        (1365, 1074, 512, 403)
    );
    let (full, w, h) = decode_rgb(&real);
    let want = resize_rgb(full, w, h, 512, 403);
    let d = mean_abs_diff(&thumb_rgb(&t).0, &want);
    // This picture is full of fine detail: the thumbnail's own JPEG compression accounts for most of the difference.
    let own = mean_abs_diff(&decode_rgb(&encode_rgb(&want, 512, 403, 82, false)).0, &want);
    eprintln!("progressive: {d:.2} vs compression alone {own:.2}");
    assert!(
        d < own + 1.5,
        "progressive thumbnail differs from a full decode by {d:.2} (compression alone {own:.2})"
    );
    assert_eq!((t.thumb_small.width, t.thumb_small.height), (160, 126));

    let u = upright();
    let prog = encode_rgb(u.as_raw(), 683, 1026, 92, true);
    let t = process(&prog, "p.jpg", &opts()).unwrap();
    assert!(t.info.progressive);
    let reference = process(&jpeg_of(&u), "ref.jpg", &opts()).unwrap();
    assert!(!reference.info.progressive);
    assert!(mean_abs_diff(&thumb_rgb(&t).0, &thumb_rgb(&reference).0) < 3.0);
}

#[test]
fn metadata_of_a_real_camera_photo() {
    let bytes = std::fs::read(PHOTO_LANDSCAPE).unwrap();
    let info = zhanban_photos::probe(&bytes, "a.jpg", zhanban_photos::DEFAULT_MAX_PIXELS).unwrap();
    assert_eq!(
        (info.format, info.width, info.height, info.bit_depth),
        (Format::Jpeg, 3088, 2056, 8)
    );
    let json = serde_json::to_value(&info).unwrap();
    assert_eq!(json["color_model"], "rgb");
    assert_eq!(json["format"], "jpeg");
}

#[test]
fn camera_and_date_from_exif() {
    let u = upright();
    let app1 = exif_app1_full(6, Some(("HUAWEI", "ELS-AN00", "2024:05:01 09:30:00")));
    let bytes = with_exif(&jpeg_of(&u), &app1);
    let info = zhanban_photos::probe(&bytes, "IMG_20240501.jpg", zhanban_photos::DEFAULT_MAX_PIXELS).unwrap();
    assert_eq!(info.orientation, 6);
    assert_eq!((info.width, info.height), (1026, 683));
    assert_eq!(info.camera_make.as_deref(), Some("HUAWEI"));
    assert_eq!(info.camera_model.as_deref(), Some("ELS-AN00"));
    assert_eq!(info.date_taken.as_deref(), Some("2024-05-01T09:30:00"));
}

/// A progressive JPEG is decoded for its thumbnail from the scans its reduced IDCT reads (`scans.rs`): over every
/// progressive photo of the set-up's wallpaper packages that is decoded reduced, and progressive copies of photos of
/// people (the astronaut, the Solvay group, enlarged so that they are decoded reduced; libjpeg's scan script by
/// `jpegtran -progressive` when it is installed, else jpeg-encoder's), the picture is the one a decode of every scan
/// gives (PSNR, same picture by fingerprint, the same faces found), and it is quicker.
#[test]
fn progressive_thumbnails_from_the_needed_scans() {
    use std::time::{Duration, Instant};
    use zhanban_photos::{faces, fingerprint, scans, thumbnail::fit};
    fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p
                .extension()
                .is_some_and(|x| x.eq_ignore_ascii_case("jpg") || x.eq_ignore_ascii_case("jpeg"))
            {
                out.push(p);
            }
        }
    }
    let mut files = Vec::new();
    for root in ["/usr/share/backgrounds", "/usr/share/wallpapers"] {
        walk(std::path::Path::new(root), &mut files);
    }
    files.sort();
    let mut material: Vec<(String, Vec<u8>)> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for f in &files {
        let bytes = std::fs::read(f).unwrap();
        if seen.insert(zhanban_photos::content_hash(&bytes)) {
            material.push((f.display().to_string(), bytes));
        }
    }
    // Photos of people, enlarged and made progressive.
    let jpegtran = std::process::Command::new("jpegtran").arg("-version").output().is_ok();
    let people = [
        (format!("{PEOPLE_DIR}/astronaut.png"), 4.0),
        (
            crate_file("rustface-0.1.7", "test.png").unwrap().display().to_string(),
            2.4,
        ),
    ];
    for (path, k) in &people {
        let (rgb, w, h) = decode_rgb(&std::fs::read(path).expect("run scripts/setup"));
        let (bw, bh) = ((w as f64 * k) as u32, (h as f64 * k) as u32);
        let big = resize_rgb(rgb, w, h, bw, bh);
        let prog = if jpegtran {
            let base = encode_rgb(&big, bw, bh, 90, false);
            let mut child = std::process::Command::new("jpegtran")
                .args(["-progressive", "-copy", "all"])
                .stdin(std::process::Stdio::piped())
                .stdout(std::process::Stdio::piped())
                .spawn()
                .unwrap();
            std::io::Write::write_all(&mut child.stdin.take().unwrap(), &base).unwrap();
            child.wait_with_output().unwrap().stdout
        } else {
            encode_rgb(&big, bw, bh, 90, true)
        };
        material.push((format!("{path} ×{k} progressive"), prog));
    }
    let decode = |bytes: &[u8], w: u32, h: u32| {
        let mut d = jpeg_decoder::Decoder::new(std::io::Cursor::new(bytes));
        d.read_info().unwrap();
        d.scale(w as u16, h as u16).unwrap();
        let px = d.decode().unwrap();
        let info = d.info().unwrap();
        (px, info.width as u32, info.height as u32)
    };
    let (mut n, mut worst_psnr, mut worst_fp, mut faces_seen) = (0, f64::INFINITY, 0, 0);
    let (mut t_all, mut t_needed) = (Duration::ZERO, Duration::ZERO);
    let mut sizes = (0usize, 0usize);
    for (name, bytes) in &material {
        let Ok(info) = zhanban_photos::probe(bytes, "x", u64::MAX) else {
            continue;
        };
        if !info.progressive || info.color_model != ColorModel::Rgb {
            continue;
        }
        let (tw, th) = fit(info.stored_width, info.stored_height, 512);
        let Some(fewer) = scans::for_decode(bytes, tw, th) else {
            continue;
        };
        n += 1;
        sizes.0 += bytes.len();
        sizes.1 += fewer.len();
        let t0 = Instant::now();
        let (all, w, h) = decode(bytes, tw, th);
        t_all += t0.elapsed();
        let t0 = Instant::now();
        let (needed, w2, h2) = decode(&fewer, tw, th);
        t_needed += t0.elapsed();
        assert_eq!((w, h), (w2, h2));
        let mse = all
            .iter()
            .zip(&needed)
            .map(|(a, b)| (f64::from(*a) - f64::from(*b)).powi(2))
            .sum::<f64>()
            / all.len() as f64;
        let psnr = 10.0 * (255.0f64.powi(2) / mse.max(1e-3)).log10();
        let fp =
            fingerprint::Fingerprint::of_rgb(&all, w, h).distance(&fingerprint::Fingerprint::of_rgb(&needed, w, h));
        let faces_all = faces::detect(&faces::detection_image(&all, w, h, 1));
        let faces_needed = faces::detect(&faces::detection_image(&needed, w, h, 1));
        eprintln!(
            "{name:<70} {w}×{h}  {psnr:>5.1} dB  fingerprint {fp:>2} bits  faces {} / {}  bytes {:.0} %",
            faces_all.len(),
            faces_needed.len(),
            100.0 * fewer.len() as f64 / bytes.len() as f64
        );
        worst_psnr = worst_psnr.min(psnr);
        worst_fp = worst_fp.max(fp);
        faces_seen += faces_all.len();
        // Every face found in the decode of every scan is found in the reduced one (detection at the edge of its
        // size and score may find one more there, never one less).
        for a in &faces_all {
            let found = faces_needed.iter().any(|b| {
                let (ax, ay, bx, by) = (a.x + a.w / 2.0, a.y + a.h / 2.0, b.x + b.w / 2.0, b.y + b.h / 2.0);
                (ax - bx).abs() < a.w / 2.0 && (ay - by).abs() < a.h / 2.0 && (a.w / b.w - 1.0).abs() < 0.3
            });
            assert!(found, "{name}: the face at {a:?} is not found in the reduced decode");
        }
    }
    eprintln!(
        "{n} progressive photos: worst PSNR {worst_psnr:.1} dB, fingerprints ≤ {worst_fp} bits apart, {faces_seen} faces \
         found again; scans kept {:.0} % of the bytes; decode {:.2} s → {:.2} s",
        100.0 * sizes.1 as f64 / sizes.0.max(1) as f64,
        t_all.as_secs_f64(),
        t_needed.as_secs_f64()
    );
    assert!(n >= 10, "only {n} progressive photos found");
    assert!(faces_seen >= 20, "the people photos' faces: {faces_seen}");
    assert!(worst_psnr > 38.0, "worst PSNR {worst_psnr:.1} dB");
    assert!(worst_fp <= 8, "fingerprints {worst_fp} bits apart");
}
