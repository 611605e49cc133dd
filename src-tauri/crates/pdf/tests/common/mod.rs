//! Test material: a realistic board built by hand from real fonts, real photos and real corpus text.
#![allow(dead_code)]

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use zhanban_frames::*;

pub const SANS_BOLD: &str = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc";
pub const SANS: &str = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
pub const KAI: &str = "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf";
/// Face index of Simplified Chinese in the Noto CJK collections.
pub const SC: u32 = 2;

pub fn crate_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}
pub fn shared() -> PathBuf {
    crate_dir().join("../../../../shared")
}
pub fn out_dir(name: &str) -> PathBuf {
    let d = crate_dir().join("test-output").join(name);
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

pub fn run(cmd: &str, args: &[&str]) -> (bool, String, String) {
    let o = Command::new(cmd)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{cmd}: {e}"));
    (
        o.status.success(),
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

/// A glyph run for `text`, shaped simply: cmap glyph ids and the font's advances.
pub fn run_of(font_path: &str, index: u32, font: usize, size_pt: f64, x: f64, y: f64, text: &str) -> TextRun {
    let data = std::fs::read(font_path).unwrap();
    let face = ttf_parser::Face::parse(&data, index).unwrap();
    let size_mm = size_pt * MM_PER_PT;
    let mut pen = 0.0;
    let glyphs = text
        .chars()
        .map(|c| {
            let gid = face.glyph_index(c).unwrap_or_else(|| panic!("font lacks {c}"));
            let adv = face.glyph_hor_advance(gid).unwrap() as f64 / face.units_per_em() as f64 * size_mm;
            let g = Glyph {
                id: gid.0,
                x: pen,
                advance: adv,
                text: c.to_string(),
            };
            pen += adv;
            g
        })
        .collect();
    TextRun {
        font,
        size_pt,
        color: Color::rgb(0x20, 0x20, 0x20),
        origin: Point { x, y },
        glyphs,
    }
}

/// The corpus paragraphs used on the board.
pub fn corpus_lines() -> (String, Vec<String>, String) {
    let text = std::fs::read_to_string(shared().join("corpus/qingdao-model-organs-2023.txt")).unwrap();
    let paras: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    let title = paras[0].split_whitespace().next().unwrap().to_string(); // 创新党建与业务融合模式
    let body: Vec<char> = paras[3].chars().collect(); // “推动党建与业务工作紧密结合”…
    let lines = body.chunks(28).take(3).map(|c| c.iter().collect::<String>()).collect();
    let caption = "■ 青岛市模范机关建设工作成果展示".to_string();
    (title, lines, caption)
}

pub struct Material {
    pub dir: PathBuf,
    pub photos: HashMap<String, PathBuf>,
}

/// Photos: an RGB original, the same photo stored rotated with EXIF orientation 6 (and GPS + serial added to show
/// they are stripped), and a CMYK (Adobe) JPEG.
pub fn material(dir: &Path) -> Material {
    let bg = Path::new("/usr/share/backgrounds");
    let orig = dir.join("bridge.jpg");
    std::fs::copy(bg.join("Bridge_by_Sander_Klootwijk.jpg"), &orig).unwrap();
    let rot = dir.join("bridge-rot6.jpg");
    // Stored turned 90° anticlockwise; orientation 6 says "turn clockwise to show": displays like the original.
    let (ok, _, e) = run(
        "jpegtran",
        &[
            "-rotate",
            "270",
            "-copy",
            "all",
            "-outfile",
            rot.to_str().unwrap(),
            orig.to_str().unwrap(),
        ],
    );
    assert!(ok, "{e}");
    let (ok, _, e) = run(
        "exiftool",
        &[
            "-q",
            "-overwrite_original",
            "-n",
            "-Orientation=6",
            "-GPSLatitude=36.0671",
            "-GPSLatitudeRef=N",
            "-GPSLongitude=120.3826",
            "-GPSLongitudeRef=E",
            "-SerialNumber=ZBSERIAL4711",
            "-XMP:Creator=ZBXMPSECRET",
            "-Comment=ZBCOMMENTSECRET",
            rot.to_str().unwrap(),
        ],
    );
    assert!(ok, "{e}");
    let cmyk = dir.join("dragonfly-cmyk.jpg");
    let (ok, _, e) = run(
        "convert",
        &[
            "/usr/share/backgrounds/Dragonfly_by_Bolly.jpg",
            "-resize",
            "1600x",
            "-colorspace",
            "CMYK",
            "-quality",
            "90",
            cmyk.to_str().unwrap(),
        ],
    );
    assert!(ok, "{e}");
    let photos = HashMap::from([
        ("orig".to_string(), orig),
        ("rot6".to_string(), rot),
        ("cmyk".to_string(), cmyk),
    ]);
    Material {
        dir: dir.to_path_buf(),
        photos,
    }
}

pub fn jpeg_size(path: &Path) -> (u32, u32) {
    let b = std::fs::read(path).unwrap();
    let i = zhanban_pdf::jpeg::info(&b).unwrap();
    (i.width, i.height)
}

pub fn image_item(hash: &str, path: &Path, orientation: u8, rect: Rect) -> ItemKind {
    let (w, h) = jpeg_size(path);
    let (dw, dh) = zhanban_pdf::displayed_size(orientation, w, h);
    // Crop to the rect's aspect, centred.
    let aspect = rect.w / rect.h;
    let (cw, ch) = if dw as f64 / dh as f64 > aspect {
        (dh as f64 * aspect, dh as f64)
    } else {
        (dw as f64, dw as f64 / aspect)
    };
    ItemKind::Image(ImageItem {
        photo: hash.into(),
        rect,
        crop: Rect::new((dw as f64 - cw) / 2.0, (dh as f64 - ch) / 2.0, cw, ch),
        orientation,
        pixel_width: dw,
        pixel_height: dh,
    })
}

pub const ORIG_RECT: Rect = Rect {
    x: 40.0,
    y: 330.0,
    w: 360.0,
    h: 240.0,
};
pub const ROT_RECT: Rect = Rect {
    x: 420.0,
    y: 330.0,
    w: 360.0,
    h: 240.0,
};
pub const CMYK_RECT: Rect = Rect {
    x: 800.0,
    y: 330.0,
    w: 360.0,
    h: 240.0,
};

/// The realistic board: a bleeding title band, a title in Noto Sans CJK SC Bold, three body lines in Noto Sans CJK
/// SC Regular, a caption in LXGW WenKai with synthetic bold, and three photos.
pub fn board(m: &Material) -> BoardFrame {
    let (title, lines, caption) = corpus_lines();
    let fonts = vec![
        FontFace {
            family: "Noto Sans CJK SC".into(),
            path: SANS.into(),
            index: SC,
            synthetic_bold: false,
        },
        FontFace {
            family: "Noto Sans CJK SC".into(),
            path: SANS_BOLD.into(),
            index: SC,
            synthetic_bold: false,
        },
        FontFace {
            family: "LXGW WenKai".into(),
            path: KAI.into(),
            index: 0,
            synthetic_bold: true,
        },
    ];
    let mut items = vec![Item {
        id: "band".into(),
        source: Source::Theme,
        kind: ItemKind::Rect(RectItem {
            rect: Rect::new(-3.0, -3.0, 1206.0, 143.0),
            fill: Some(Color::rgb(0xc8, 0x10, 0x2e)),
            stroke: None,
            radius: 0.0,
        }),
    }];
    let mut t = run_of(SANS_BOLD, SC, 1, 72.0, 40.0, 100.0, &title);
    t.color = Color::WHITE;
    items.push(Item {
        id: "title".into(),
        source: Source::Exhibition { field: "title".into() },
        kind: ItemKind::Text(TextBlock {
            rect: Rect::new(40.0, 60.0, 1100.0, 60.0),
            role: TextRole::BoardTitle,
            min_size_pt: 72.0,
            runs: vec![t],
        }),
    });
    let runs = lines
        .iter()
        .enumerate()
        .map(|(i, l)| run_of(SANS, SC, 0, 28.0, 40.0, 180.0 + i as f64 * 16.0, l))
        .collect();
    items.push(Item {
        id: "body".into(),
        source: Source::Block { writeup: 1, block: 3 },
        kind: ItemKind::Text(TextBlock {
            rect: Rect::new(40.0, 165.0, 1120.0, 60.0),
            role: TextRole::Body,
            min_size_pt: 28.0,
            runs,
        }),
    });
    items.push(Item {
        id: "frame".into(),
        source: Source::Theme,
        kind: ItemKind::Rect(RectItem {
            rect: Rect::new(35.0, 325.0, 1130.0, 250.0),
            fill: None,
            stroke: Some(Stroke {
                color: Color::rgb(0xc8, 0x10, 0x2e),
                width: 1.0,
            }),
            radius: 8.0,
        }),
    });
    for (id, hash, o, rect) in [
        ("p1", "orig", 1, ORIG_RECT),
        ("p2", "rot6", 6, ROT_RECT),
        ("p3", "cmyk", 1, CMYK_RECT),
    ] {
        items.push(Item {
            id: id.into(),
            source: Source::Photo { hash: hash.into() },
            kind: image_item(hash, &m.photos[hash], o, rect),
        });
    }
    items.push(Item {
        id: "cap".into(),
        source: Source::Caption { hash: "orig".into() },
        kind: ItemKind::Text(TextBlock {
            rect: Rect::new(40.0, 585.0, 700.0, 15.0),
            role: TextRole::Caption,
            min_size_pt: 24.0,
            runs: vec![run_of(KAI, 0, 2, 24.0, 40.0, 598.0, &caption)],
        }),
    });
    items.push(Item {
        id: "rule".into(),
        source: Source::Theme,
        kind: ItemKind::Path(PathItem {
            ops: vec![
                PathOp::MoveTo { x: 40.0, y: 860.0 },
                PathOp::LineTo { x: 1160.0, y: 860.0 },
            ],
            fill: None,
            stroke: Some(Stroke {
                color: Color::rgb(0xc8, 0x10, 0x2e),
                width: 2.0,
            }),
        }),
    });
    BoardFrame {
        id: "b1".into(),
        number: 1,
        name: "前言".into(),
        width: 1200.0,
        height: 900.0,
        bleed: 3.0,
        safe: 20.0,
        background: Color::rgb(0xfb, 0xf7, 0xef),
        fonts,
        items,
    }
}
