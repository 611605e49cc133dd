//! Test and benchmark helpers: real photos from the machine, EXIF tag writing, JPEG making, image comparison.
//! Shared by the integration tests and the benchmark (included with `#[path]`); never part of the library.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// The repository root (three levels above this crate).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../..")
}

/// A scratch folder for generated material (git-ignored), created fresh per name.
pub fn scratch(name: &str) -> PathBuf {
    let d = Path::new(env!("CARGO_MANIFEST_DIR")).join("material").join(name);
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// A real, asymmetric camera photo (baseline JPEG, 2056×3088 portrait) from Debian's desktop backgrounds.
pub const PHOTO_PORTRAIT: &str = "/usr/share/backgrounds/friends_by_Aitzol_Berasategi.jpg";
/// A real progressive JPEG (1365×1074).
pub const PHOTO_PROGRESSIVE: &str = "/usr/share/backgrounds/Picture_1A_by_freespace.jpg";
/// A real baseline landscape photo (3088×2056).
pub const PHOTO_LANDSCAPE: &str = "/usr/share/backgrounds/aitzgorri_by_Aitzol_Berasategi.jpg";

/// A minimal EXIF APP1 segment (big-endian TIFF): IFD0 with Orientation, and optionally Make, Model and an EXIF IFD
/// with DateTimeOriginal (`camera` = (make, model, "YYYY:MM:DD HH:MM:SS")).
pub fn exif_app1_full(orientation: u16, camera: Option<(&str, &str, &str)>) -> Vec<u8> {
    fn ascii(s: &str) -> Vec<u8> {
        let mut v = s.as_bytes().to_vec();
        v.push(0);
        v
    }
    let n0: u16 = if camera.is_some() { 4 } else { 1 };
    let ifd0_len = 2 + 12 * n0 as u32 + 4;
    let exif_ifd_at = 8 + ifd0_len;
    let exif_ifd_len = 2 + 12 + 4;
    let mut data_at = exif_ifd_at + if camera.is_some() { exif_ifd_len } else { 0 };
    let mut data = Vec::new();
    let entry = |out: &mut Vec<u8>, tag: u16, typ: u16, count: u32, value: [u8; 4]| {
        out.extend_from_slice(&tag.to_be_bytes());
        out.extend_from_slice(&typ.to_be_bytes());
        out.extend_from_slice(&count.to_be_bytes());
        out.extend_from_slice(&value);
    };
    let mut tiff = b"MM\0\x2a\0\0\0\x08".to_vec();
    tiff.extend_from_slice(&n0.to_be_bytes());
    let put_ascii = |s: &str, data: &mut Vec<u8>, data_at: &mut u32| -> (u32, [u8; 4]) {
        let a = ascii(s);
        let off = *data_at;
        *data_at += a.len() as u32;
        data.extend_from_slice(&a);
        (a.len() as u32, off.to_be_bytes())
    };
    let mut date = None;
    if let Some((make, model, dt)) = camera {
        let (n, v) = put_ascii(make, &mut data, &mut data_at);
        entry(&mut tiff, 0x010F, 2, n, v);
        let (n, v) = put_ascii(model, &mut data, &mut data_at);
        entry(&mut tiff, 0x0110, 2, n, v);
        date = Some(put_ascii(dt, &mut data, &mut data_at));
    }
    let o = orientation.to_be_bytes();
    entry(&mut tiff, 0x0112, 3, 1, [o[0], o[1], 0, 0]);
    if let Some((n, v)) = date {
        entry(&mut tiff, 0x8769, 4, 1, exif_ifd_at.to_be_bytes());
        tiff.extend_from_slice(&0u32.to_be_bytes());
        tiff.extend_from_slice(&1u16.to_be_bytes());
        entry(&mut tiff, 0x9003, 2, n, v);
    }
    tiff.extend_from_slice(&0u32.to_be_bytes());
    tiff.extend_from_slice(&data);
    let mut seg = vec![0xFF, 0xE1];
    seg.extend_from_slice(&((2 + 6 + tiff.len()) as u16).to_be_bytes());
    seg.extend_from_slice(b"Exif\0\0");
    seg.extend_from_slice(&tiff);
    seg
}

/// A minimal EXIF APP1 segment carrying only Orientation.
pub fn exif_app1(orientation: u16) -> Vec<u8> {
    exif_app1_full(orientation, None)
}

/// The JPEG with any EXIF APP1 removed and a new one carrying `orientation` placed right after SOI.
pub fn with_orientation(jpeg: &[u8], orientation: u16) -> Vec<u8> {
    with_exif(jpeg, &exif_app1(orientation))
}

/// The JPEG with any EXIF APP1 replaced by `app1` (placed right after SOI).
pub fn with_exif(jpeg: &[u8], app1: &[u8]) -> Vec<u8> {
    assert_eq!(&jpeg[..2], &[0xFF, 0xD8]);
    let mut out = vec![0xFF, 0xD8];
    out.extend_from_slice(app1);
    let mut pos = 2;
    // Copy segments up to SOS, dropping EXIF APP1s; then the rest verbatim.
    while pos + 4 <= jpeg.len() && jpeg[pos] == 0xFF {
        let marker = jpeg[pos + 1];
        if marker == 0xDA {
            break;
        }
        let len = u16::from_be_bytes([jpeg[pos + 2], jpeg[pos + 3]]) as usize;
        let seg = &jpeg[pos..pos + 2 + len];
        if !(marker == 0xE1 && seg[4..].starts_with(b"Exif")) {
            out.extend_from_slice(seg);
        }
        pos += 2 + len;
    }
    out.extend_from_slice(&jpeg[pos..]);
    out
}

/// Decodes any image to RGB8 with the `image` crate (full resolution, stored orientation).
pub fn decode_rgb(bytes: &[u8]) -> (Vec<u8>, u32, u32) {
    let img = image::load_from_memory(bytes).unwrap().into_rgb8();
    let (w, h) = img.dimensions();
    (img.into_raw(), w, h)
}

/// Encodes RGB8 as a baseline (or progressive) JPEG.
pub fn encode_rgb(rgb: &[u8], w: u32, h: u32, quality: u8, progressive: bool) -> Vec<u8> {
    let mut out = Vec::new();
    let mut enc = jpeg_encoder::Encoder::new(&mut out, quality);
    enc.set_progressive(progressive);
    enc.encode(rgb, w as u16, h as u16, jpeg_encoder::ColorType::Rgb)
        .unwrap();
    out
}

/// Resizes RGB8 to `w`×`h` with a good filter (for making test material).
pub fn resize_rgb(rgb: Vec<u8>, sw: u32, sh: u32, w: u32, h: u32) -> Vec<u8> {
    use fast_image_resize::{images::Image, FilterType, PixelType, ResizeAlg, ResizeOptions, Resizer};
    let src = Image::from_vec_u8(sw, sh, rgb, PixelType::U8x3).unwrap();
    let mut dst = Image::new(w, h, PixelType::U8x3);
    Resizer::new()
        .resize(
            &src,
            &mut dst,
            &ResizeOptions::new().resize_alg(ResizeAlg::Convolution(FilterType::Lanczos3)),
        )
        .unwrap();
    dst.into_vec()
}

/// Mean absolute difference per channel of two equally sized RGB8 buffers (0–255).
pub fn mean_abs_diff(a: &[u8], b: &[u8]) -> f64 {
    assert_eq!(a.len(), b.len(), "sizes differ");
    a.iter()
        .zip(b)
        .map(|(x, y)| (*x as i32 - *y as i32).unsigned_abs() as u64)
        .sum::<u64>() as f64
        / a.len() as f64
}

/// Photos of people from registry packages: scikit-image's sample data (`astronaut.png`: one person, 512×512;
/// `camera.png`: the cameraman, 512×512 grey), unpacked by scripts/setup from Debian's python3-skimage package.
pub const PEOPLE_DIR: &str = "/usr/local/share/zhanban/test-photos";

/// A file shipped in a crate package that cargo has fetched (e.g. `rustface-0.1.7`, `test.png`: the 1927 Solvay
/// conference group photo, 29 people, 1666×1136, with the demo's face boxes drawn in).
pub fn crate_file(krate: &str, file: &str) -> Option<PathBuf> {
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))?;
    let src = home.join("registry/src");
    let mut regs: Vec<PathBuf> = std::fs::read_dir(&src)
        .ok()?
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .collect();
    regs.sort();
    regs.into_iter().map(|r| r.join(krate).join(file)).find(|p| p.is_file())
}
