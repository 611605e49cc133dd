//! The print list (打印清单) as a PDF for the print shop: A4 landscape pages with the exhibition's title and a table
//! of the boards (number, name, finished size, bleed, quantity, material, file), set in the boards' own body font
//! (subset and embedded like every board font). The pages are frames like any board and go through the same PDF
//! writer. Owns the list's page layout; must not decide what the list contains (that is the CSV's row model).

use zhanban_frames::{BoardFrame, Color, FontFace, Glyph, Item, ItemKind, Point, Rect, RectItem, Source, TextBlock};
use zhanban_frames::{TextRole, TextRun, MM_PER_PT};

use crate::error::{PdfError, Result};
use crate::export::{print_rows, FolderOptions};
use crate::fonts::FontCache;

/// Name of the PDF print list.
pub const PRINT_LIST_PDF: &str = "打印清单.pdf";

const PAGE_W: f64 = 297.0;
const PAGE_H: f64 = 210.0;
const MARGIN: f64 = 15.0;
const ROW_H: f64 = 8.0;
const BODY_PT: f64 = 10.0;
const TITLE_PT: f64 = 18.0;
const TABLE_TOP: f64 = 42.0;
/// Column left edges and widths (mm): 序号, 展板, 成品尺寸, 出血, 数量, 材质, 文件.
const COLS: [(f64, f64); 7] = [
    (15.0, 12.0),
    (28.0, 75.0),
    (104.0, 34.0),
    (139.0, 16.0),
    (156.0, 14.0),
    (171.0, 22.0),
    (194.0, 88.0),
];
const HEADERS: [&str; 7] = ["序号", "展板", "成品尺寸（毫米）", "出血", "数量", "材质", "文件"];

struct Shaper {
    data: std::sync::Arc<zhanban_fontfiles::FontFile>,
    index: u32,
}

impl Shaper {
    /// A run of `text` at `size_pt` from `x` on baseline `y`, cut with "…" to `max_w` mm.
    fn run(&self, text: &str, size_pt: f64, x: f64, y: f64, max_w: f64) -> Result<TextRun> {
        let face = ttf_parser::Face::parse(&self.data, self.index).map_err(|e| PdfError::Pdf(e.to_string()))?;
        let scale = size_pt * MM_PER_PT / f64::from(face.units_per_em());
        let glyph = |c: char| {
            let id = face.glyph_index(c).map_or(0, |g| g.0);
            let adv = face.glyph_hor_advance(ttf_parser::GlyphId(id)).map_or(0.0, f64::from) * scale;
            (id, adv)
        };
        let ellipsis = glyph('…').1;
        let chars: Vec<char> = text.chars().collect();
        let total: f64 = chars.iter().map(|&c| glyph(c).1).sum();
        let limit = if total > max_w { max_w - ellipsis } else { f64::MAX };
        let mut glyphs = Vec::new();
        let mut pen = 0.0;
        for &c in &chars {
            let (id, adv) = glyph(c);
            if pen + adv > limit {
                let (id, adv) = glyph('…');
                glyphs.push(Glyph {
                    id,
                    x: pen,
                    advance: adv,
                    text: "…".into(),
                });
                break;
            }
            glyphs.push(Glyph {
                id,
                x: pen,
                advance: adv,
                text: c.to_string(),
            });
            pen += adv;
        }
        Ok(TextRun {
            font: 0,
            size_pt,
            color: Color::BLACK,
            origin: Point { x, y },
            glyphs,
        })
    }
}

fn rule(id: String, y: f64, weight: f64) -> Item {
    Item {
        id,
        source: Source::Theme,
        kind: ItemKind::Rect(RectItem {
            rect: Rect::new(MARGIN, y, PAGE_W - 2.0 * MARGIN, weight),
            fill: Some(Color::BLACK),
            stroke: None,
            radius: 0.0,
        }),
    }
}

fn text(id: String, runs: Vec<TextRun>, rect: Rect) -> Item {
    Item {
        id,
        source: Source::Theme,
        kind: ItemKind::Text(TextBlock {
            rect,
            role: TextRole::Body,
            min_size_pt: 0.0,
            runs,
        }),
    }
}

/// The print list's pages as frames (A4 landscape, no bleed), in the font of the first board's first face.
pub(crate) fn pages(frames: &[BoardFrame], opts: &FolderOptions, fonts: &FontCache) -> Result<Vec<BoardFrame>> {
    // The body text's face (regular weight), else any face the boards use.
    let body = frames.iter().find_map(|f| {
        f.items.iter().find_map(|i| match &i.kind {
            ItemKind::Text(t) if t.role == TextRole::Body => t.runs.first().and_then(|r| f.fonts.get(r.font)),
            _ => None,
        })
    });
    let Some(face) = body
        .or_else(|| frames.iter().flat_map(|f| f.fonts.iter()).find(|f| !f.synthetic_bold))
        .or_else(|| frames.iter().flat_map(|f| f.fonts.iter()).next())
    else {
        return Ok(Vec::new());
    };
    let face = FontFace {
        synthetic_bold: false,
        ..face.clone()
    };
    let shaper = Shaper {
        data: fonts.bytes(&face.path)?,
        index: face.index,
    };
    let rows = print_rows(frames, opts);
    let per_page = ((PAGE_H - MARGIN - TABLE_TOP - ROW_H) / ROW_H).floor().max(1.0) as usize;
    let page_count = rows.len().div_ceil(per_page).max(1);
    let quantity: u64 = rows.iter().map(|r| r[5].parse::<u64>().unwrap_or(0)).sum();
    let mut pages = Vec::new();
    for (p, chunk) in rows.chunks(per_page).enumerate() {
        let mut items = Vec::new();
        let title = format!("打印清单　{}", opts.title);
        items.push(text(
            "title".into(),
            vec![shaper.run(&title, TITLE_PT, MARGIN, MARGIN + 8.0, PAGE_W - 2.0 * MARGIN)?],
            Rect::new(MARGIN, MARGIN, PAGE_W - 2.0 * MARGIN, 10.0),
        ));
        let note = format!(
            "共 {} 块展板，合计 {} 张；每块展板一个 PDF/X-4 文件（含出血）。第 {}/{} 页",
            frames.len(),
            quantity,
            p + 1,
            page_count
        );
        items.push(text(
            "note".into(),
            vec![shaper.run(&note, BODY_PT, MARGIN, MARGIN + 17.0, PAGE_W - 2.0 * MARGIN)?],
            Rect::new(MARGIN, MARGIN + 12.0, PAGE_W - 2.0 * MARGIN, 7.0),
        ));
        let header_y = TABLE_TOP;
        items.push(rule("rule-top".into(), header_y - 1.0, 0.5));
        let mut runs = Vec::new();
        for (c, h) in HEADERS.iter().enumerate() {
            runs.push(shaper.run(h, BODY_PT, COLS[c].0, header_y + 5.0, COLS[c].1 - 2.0)?);
        }
        items.push(text(
            "header".into(),
            runs,
            Rect::new(MARGIN, header_y, PAGE_W - 2.0 * MARGIN, ROW_H),
        ));
        items.push(rule("rule-head".into(), header_y + ROW_H - 0.5, 0.3));
        for (i, row) in chunk.iter().enumerate() {
            let y = header_y + ROW_H * (i + 1) as f64;
            let size = format!("{}×{}", row[2], row[3]);
            let cells = [
                row[0].as_str(),
                row[1].as_str(),
                size.as_str(),
                row[4].as_str(),
                row[5].as_str(),
                row[6].as_str(),
                row[7].as_str(),
            ];
            let mut runs = Vec::new();
            for (c, cell) in cells.iter().enumerate() {
                runs.push(shaper.run(cell, BODY_PT, COLS[c].0, y + 5.5, COLS[c].1 - 2.0)?);
            }
            items.push(text(
                format!("row{i}"),
                runs,
                Rect::new(MARGIN, y, PAGE_W - 2.0 * MARGIN, ROW_H),
            ));
            items.push(rule(format!("rule{i}"), y + ROW_H - 0.2, 0.15));
        }
        pages.push(BoardFrame {
            id: format!("print-list-{}", p + 1),
            number: p + 1,
            name: "打印清单".into(),
            width: PAGE_W,
            height: PAGE_H,
            bleed: 0.0,
            safe: MARGIN,
            background: Color::WHITE,
            fonts: vec![face.clone()],
            items,
        });
    }
    Ok(pages)
}
