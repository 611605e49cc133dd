//! Bad input: each case gets its own error kind and a Chinese message naming the file; nothing panics.

mod common;

use std::path::PathBuf;
use std::sync::atomic::AtomicBool;
use std::time::Instant;

use common::*;
use zhanban_photos::{
    import_paths, process, ErrorKind, ImportEvent, ImportOptions, PhotoError, ProcessOptions, ReadFailure,
};

fn real_jpeg() -> Vec<u8> {
    std::fs::read(PHOTO_LANDSCAPE).unwrap()
}

fn fails(bytes: &[u8], file: &str) -> PhotoError {
    let e = process(bytes, file, &ProcessOptions::default()).expect_err("must fail");
    let msg = e.to_string();
    assert!(msg.contains(file), "message does not name the file: {msg}");
    assert!(msg.contains("请"), "message does not say what to do: {msg}");
    e
}

#[test]
fn zero_byte() {
    assert_eq!(fails(b"", "空.jpg").kind, ErrorKind::Empty);
}

#[test]
fn truncated_jpeg_png_and_progressive() {
    let jpeg = real_jpeg();
    for cut in [jpeg.len() / 2, jpeg.len() - 100, 300, 5] {
        let e = fails(&jpeg[..cut], "截断.jpg");
        assert_eq!(e.kind, ErrorKind::Truncated, "cut at {cut}: {e:?}");
    }
    let prog = std::fs::read(PHOTO_PROGRESSIVE).unwrap();
    assert_eq!(fails(&prog[..prog.len() * 2 / 3], "p.jpg").kind, ErrorKind::Truncated);
    let png = std::fs::read("/usr/share/backgrounds/mate/abstract/Silk.png").unwrap();
    let e = fails(&png[..png.len() / 2], "截断.png");
    assert_eq!(e.kind, ErrorKind::Truncated, "{e:?}");
}

#[test]
fn corrupt_jpeg_and_png() {
    // Damage the first Huffman table definition of a real JPEG: its code counts no longer fit.
    let mut jpeg = real_jpeg();
    let dht = jpeg.windows(2).position(|w| w == [0xFF, 0xC4]).unwrap();
    for b in &mut jpeg[dht + 5..dht + 21] {
        *b = 0xFF;
    }
    let e = fails(&jpeg, "损坏.jpg");
    assert!(matches!(e.kind, ErrorKind::Corrupt { .. }), "{e:?}");

    // Flip bytes inside a PNG's image data: the chunk checksum or the deflate stream breaks.
    let mut png = std::fs::read("/usr/share/backgrounds/mate/abstract/Silk.png").unwrap();
    let idat = png.windows(4).position(|w| w == b"IDAT").unwrap();
    for b in &mut png[idat + 100..idat + 140] {
        *b ^= 0x5A;
    }
    let e = fails(&png, "损坏.png");
    assert!(matches!(e.kind, ErrorKind::Corrupt { .. }), "{e:?}");
}

#[test]
fn non_image_renamed_jpg() {
    let corpus = repo_root().join("../shared/corpus");
    let article = std::fs::read_dir(&corpus)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.is_file())
        .unwrap();
    let bytes = std::fs::read(article).unwrap();
    assert_eq!(fails(&bytes, "工作总结.jpg").kind, ErrorKind::NotAnImage);
    assert_eq!(
        fails(b"PK\x03\x04\x14\0\x06\0 docx", "案例.jpg").kind,
        ErrorKind::NotAnImage
    );
}

#[test]
fn heic_gets_conversion_advice() {
    let mut heic = vec![0, 0, 0, 0x18];
    heic.extend_from_slice(b"ftypheic\0\0\0\0mif1heic");
    heic.resize(4096, 0);
    let e = fails(&heic, "IMG_1234.HEIC");
    assert_eq!(e.kind, ErrorKind::Heic);
    assert!(e.to_string().contains("JPEG"));
}

/// A PNG whose header claims `w`×`h` followed by a tiny (bogus) image data chunk.
fn png_header(w: u32, h: u32) -> Vec<u8> {
    fn chunk(out: &mut Vec<u8>, kind: &[u8], data: &[u8]) {
        out.extend_from_slice(&(data.len() as u32).to_be_bytes());
        let mut c = kind.to_vec();
        c.extend_from_slice(data);
        out.extend_from_slice(&c);
        out.extend_from_slice(&crc32(&c).to_be_bytes());
    }
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&w.to_be_bytes());
    ihdr.extend_from_slice(&h.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
    chunk(&mut out, b"IHDR", &ihdr);
    chunk(&mut out, b"IDAT", &[0x78, 0x9C, 0x03, 0x00, 0, 0, 0, 1]);
    chunk(&mut out, b"IEND", &[]);
    out
}

fn crc32(data: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in data {
        crc ^= b as u32;
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

#[test]
fn decompression_bombs_are_refused_before_decoding() {
    let t0 = Instant::now();
    // 60 000 × 60 000 PNG (3.6 GP, ~10 GB of RGB) in a few hundred bytes.
    let e = fails(&png_header(60_000, 60_000), "炸弹.png");
    assert!(
        matches!(
            e.kind,
            ErrorKind::TooManyPixels {
                width: 60_000,
                height: 60_000,
                ..
            }
        ),
        "{e:?}"
    );
    assert!(e.to_string().contains("3600"), "{e}");
    // A real JPEG whose frame header is rewritten to 65 000 × 65 000.
    let mut jpeg = real_jpeg();
    let sof = jpeg
        .windows(2)
        .position(|w| w == [0xFF, 0xC0] || w == [0xFF, 0xC2])
        .unwrap();
    jpeg[sof + 5..sof + 9].copy_from_slice(&[0xFD, 0xE8, 0xFD, 0xE8]);
    let e = fails(&jpeg, "炸弹.jpg");
    assert!(matches!(e.kind, ErrorKind::TooManyPixels { .. }), "{e:?}");
    assert!(t0.elapsed().as_secs_f64() < 2.0, "refusal must not decode");
    // The limit is the caller's: a real 6.3 MP photo is refused under a 5 MP limit and accepted under the default.
    let opts = ProcessOptions {
        max_pixels: 5_000_000,
        ..Default::default()
    };
    let e = process(&real_jpeg(), "大图.jpg", &opts).unwrap_err();
    assert!(
        matches!(
            e.kind,
            ErrorKind::TooManyPixels {
                width: 3088,
                height: 2056,
                limit: 5_000_000
            }
        ),
        "{e:?}"
    );
    assert!(process(&real_jpeg(), "大图.jpg", &ProcessOptions::default()).is_ok());
}

#[test]
fn io_errors_are_classified() {
    let nf = PhotoError::from_io("a.jpg", &std::io::Error::from(std::io::ErrorKind::NotFound));
    assert!(matches!(
        nf.kind,
        ErrorKind::Unreadable {
            reason: ReadFailure::NotFound,
            ..
        }
    ));
    let pd = PhotoError::from_io("a.jpg", &std::io::Error::from(std::io::ErrorKind::PermissionDenied));
    assert!(matches!(
        pd.kind,
        ErrorKind::Unreadable {
            reason: ReadFailure::PermissionDenied,
            ..
        }
    ));
    // Windows ERROR_SHARING_VIOLATION: the file is open in another program.
    let locked = PhotoError::from_io("a.jpg", &std::io::Error::from_raw_os_error(32));
    if cfg!(windows) {
        assert!(matches!(
            locked.kind,
            ErrorKind::Unreadable {
                reason: ReadFailure::Locked,
                ..
            }
        ));
        assert!(locked.to_string().contains("占用"));
    }
    for e in [nf, pd, locked] {
        assert!(e.to_string().contains("a.jpg") && e.to_string().contains("请"));
    }
}

/// A batch with every bad case beside good files, in a folder whose name has Chinese characters and spaces.
#[test]
fn bad_files_fail_alone_and_good_ones_import() {
    let dir = scratch("bad batch").join("材料 2024").join("第一批 照片");
    std::fs::create_dir_all(&dir).unwrap();
    let good = real_jpeg();
    std::fs::write(dir.join("会议 现场.jpg"), &good).unwrap();
    std::fs::write(
        dir.join("进度 PNG.png"),
        std::fs::read("/usr/share/backgrounds/mate/abstract/Silk.png").unwrap(),
    )
    .unwrap();
    std::fs::write(dir.join("空文件.jpg"), b"").unwrap();
    std::fs::write(dir.join("截断.jpg"), &good[..good.len() / 3]).unwrap();
    std::fs::write(dir.join("改名的文档.jpg"), "这不是图片，是一段文字。").unwrap();
    std::fs::write(dir.join("炸弹.png"), png_header(30_000, 30_000)).unwrap();
    std::fs::write(dir.join("说明.txt"), "skipped quietly").unwrap();
    std::fs::write(dir.join(".隐藏.jpg"), &good).unwrap();
    let missing = dir.join("不存在 的照片.jpg");

    let mut processed = Vec::new();
    let mut failed = Vec::new();
    let summary = import_paths(
        &[dir.clone(), missing.clone()],
        &ImportOptions::default(),
        &AtomicBool::new(false),
        &|_| false,
        |ev| {
            match ev {
                ImportEvent::Processed(p) => processed.push(p.file_name.clone()),
                ImportEvent::Failed { error, path, .. } => failed.push((path, error)),
                _ => {}
            }
            Ok::<(), ()>(())
        },
    )
    .unwrap();
    processed.sort();
    assert_eq!(processed, ["会议 现场.jpg", "进度 PNG.png"]);
    assert_eq!(
        (summary.total, summary.processed, summary.failed, summary.skipped),
        (7, 2, 5, 2)
    );
    let kind_of = |name: &str| -> ErrorKind {
        let (_, e) = failed.iter().find(|(p, _)| p.file_name().unwrap() == name).unwrap();
        assert!(e.to_string().contains(name), "{e}");
        e.kind.clone()
    };
    assert_eq!(kind_of("空文件.jpg"), ErrorKind::Empty);
    assert_eq!(kind_of("截断.jpg"), ErrorKind::Truncated);
    assert_eq!(kind_of("改名的文档.jpg"), ErrorKind::NotAnImage);
    assert!(matches!(kind_of("炸弹.png"), ErrorKind::TooManyPixels { .. }));
    assert!(matches!(
        kind_of("不存在 的照片.jpg"),
        ErrorKind::Unreadable {
            reason: ReadFailure::NotFound,
            ..
        }
    ));
    let _: PathBuf = missing;
}
