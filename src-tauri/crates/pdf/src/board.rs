//! One board → one PDF page: assembles the printpdf document (fonts, photos, content, PDF/X-4 metadata), then
//! extends the document printpdf produces where printpdf lacks something, and saves it atomically.
//! Owns the document structure of a board PDF; must not decide file names or run several boards.
//!
//! How we extend printpdf's output (all in [`finish_document`], on the `lopdf::Document` from
//! `PdfDocument::to_lopdf_document`):
//! - page boxes: printpdf 0.12 has no BleedBox and writes boxes as `[x y w h]` instead of `[llx lly urx ury]`
//!   (harmless only at the origin), so MediaBox, CropBox, BleedBox and TrimBox are (re)written from [`PageGeometry`];
//! - the OutputIntent key: printpdf writes `/DestinationOutputProfile`; ISO 15930 names it `/DestOutputProfile`;
//! - PDF version 1.6 (PDF/X-4 needs ≥ 1.6; printpdf writes 1.3);
//! - RGB content tagged: `/DefaultRGB [/ICCBased sRGB]` in each page's resources;
//! - JPEG data: photos are registered with printpdf as external XObjects with an empty body and their final
//!   dictionary, and the (large) compressed bytes are moved in afterwards, so they are held once, not copied by
//!   printpdf's serializer (which clones every stream), and written to disk as they are.

use std::collections::HashMap;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, OnceLock};

use lopdf::{Dictionary, Object, Stream};
use printpdf::{
    DictItem, ExternalStream, ExternalXObject, FontId, OffsetDateTime, PdfConformance, PdfDocument, PdfPage,
    PdfSaveOptions, Px, XObject, XObjectId,
};
use serde::{Deserialize, Serialize};
use zhanban_frames::{BoardFrame, ItemKind, Rect};

use crate::cmyk::{CmykTransform, Colour};
use crate::draw::{slug_positions, Painter, SLUG_SIZE_PT};
use crate::error::{PdfError, Result};
use crate::fonts::{BoardFont, FontCache};
use crate::geometry::PageGeometry;
use crate::images::{self, PhotoBytes};

/// How a board is exported.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ExportOptions {
    /// Bleed in mm on every side; `None` takes the board's own (layout's, 3 mm by default).
    pub bleed: Option<f64>,
    /// Crop marks (裁切线) and a slug line outside the bleed; the MediaBox grows to make room.
    pub crop_marks: bool,
    /// Downsample photos at twice this resolution or more at printed size (review copies); `None` = full resolution.
    pub target_ppi: Option<f64>,
    /// Date on the slug line (e.g. 2024-05-01); `None` = today (China Standard Time).
    pub date: Option<String>,
    /// RGB (tagged sRGB, default) or CMYK for Coated FOGRA39 (see `cmyk`).
    #[serde(default)]
    pub colour: Colour,
}

/// What was written for one board.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct BoardReport {
    pub path: PathBuf,
    #[ts(type = "number")]
    pub file_bytes: u64,
    /// Bytes of the embedded (subset) font programs.
    pub font_bytes: usize,
    /// Bytes of the embedded image data.
    pub image_bytes: usize,
    pub images: usize,
}

/// Sizes gathered while building.
#[derive(Default)]
pub(crate) struct BuildStats {
    pub font_bytes: usize,
    pub image_bytes: usize,
    pub images: usize,
}

/// Today's date in China Standard Time (UTC+8), as YYYY-MM-DD.
pub fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    let days = (secs + 8 * 3600).div_euclid(86_400);
    // Civil-from-days (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + if m <= 2 { 1 } else { 0 };
    format!("{y:04}-{m:02}-{d:02}")
}

fn fmt_mm(v: f64) -> String {
    let s = format!("{v:.1}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// The slug line: board number and name, finished size, bleed, date.
pub fn slug_text(frame: &BoardFrame, bleed: f64, date: &str) -> String {
    format!(
        "{:02} {}　成品 {}×{} mm　出血 {} mm　{}　展板工坊",
        frame.number,
        frame.name,
        fmt_mm(frame.width),
        fmt_mm(frame.height),
        fmt_mm(bleed),
        date
    )
}

fn geometry(frame: &BoardFrame, opts: &ExportOptions) -> Result<PageGeometry> {
    let bleed = opts.bleed.unwrap_or(frame.bleed);
    let ok = |v: f64| v.is_finite() && v > 0.0 && v <= 20_000.0;
    if !ok(frame.width) || !ok(frame.height) || !bleed.is_finite() || !(0.0..=50.0).contains(&bleed) {
        return Err(PdfError::BoardSize {
            board: frame.name.clone(),
            width: frame.width,
            height: frame.height,
            bleed,
        });
    }
    Ok(PageGeometry::new(frame.width, frame.height, bleed, opts.crop_marks))
}

/// Title safe for both the Info dictionary and the XMP packet (printpdf inserts it into XML unescaped).
fn safe_title(s: &str) -> String {
    s.replace('&', "＆").replace('<', "＜").replace('>', "＞")
}

const DATA_KEY: &str = "ZhanbanData";

/// Builds the board's document: printpdf's document turned into lopdf's and finished for print. `proof`: the
/// board's proof drawing, handed each photo as it is read (see `images::prepare`).
pub(crate) fn build_board(
    frame: &BoardFrame,
    photos: &dyn PhotoBytes,
    opts: &ExportOptions,
    fonts: &FontCache,
    proof: Option<&zhanban_raster::DecodedPhotos>,
) -> Result<(lopdf::Document, BuildStats)> {
    let g = geometry(frame, opts)?;
    let mut doc = PdfDocument::new(&safe_title(&format!("{:02}-{}", frame.number, frame.name)));
    let now = OffsetDateTime::now();
    let info = &mut doc.metadata.info;
    info.conformance = PdfConformance::X4_2010_PDF_1_4;
    info.creator = "展板工坊 Zhanban Studio".into();
    info.producer = "展板工坊 Zhanban Studio (printpdf)".into();
    info.identifier = frame.id.clone();
    info.creation_date = now;
    info.modification_date = now;
    info.metadata_date = now;
    let mut stats = BuildStats::default();
    let cmyk = match opts.colour {
        Colour::Rgb => None,
        Colour::Cmyk => Some(CmykTransform::get()?),
    };

    // Fonts: collect every glyph the board draws, then subset and embed each face once.
    let date = opts.date.clone().unwrap_or_else(today);
    let (mut board_fonts, slug) = board_glyphs(frame, opts, fonts, &g, &date)?;
    let font_ids: Vec<FontId> = (0..frame.fonts.len()).map(|i| FontId(format!("F{i}"))).collect();
    for (i, f) in board_fonts.iter_mut().enumerate() {
        if let Some(f) = f {
            f.embed(&mut doc, &font_ids[i], fonts)?;
            stats.font_bytes += f.subset_len;
        }
    }

    // Photos: one XObject per photo (per item when downsampling, which depends on the printed size).
    let mut data: Vec<Vec<u8>> = Vec::new();
    let mut by_key: HashMap<String, (XObjectId, u32, u32)> = HashMap::new();
    let mut placed: Vec<(XObjectId, Rect, [f64; 6])> = Vec::new();
    for (n, item) in frame.items.iter().enumerate() {
        let ItemKind::Image(img) = &item.kind else { continue };
        let key = match opts.target_ppi {
            None => img.photo.clone(),
            Some(_) => format!("{}#{n}", img.photo),
        };
        if !by_key.contains_key(&key) {
            let prepared = images::prepare(img, photos, opts.target_ppi, cmyk, proof)?;
            let id = XObjectId(format!("Im{}", data.len()));
            let mut dict = prepared.dict;
            dict.insert(DATA_KEY.into(), DictItem::Int(data.len() as i64));
            stats.image_bytes += prepared.data.len();
            stats.images += 1;
            data.push(prepared.data);
            doc.resources.xobjects.map.insert(
                id.clone(),
                XObject::External(ExternalXObject {
                    stream: ExternalStream {
                        dict,
                        content: Vec::new(),
                        compress: false,
                    },
                    width: Some(Px(prepared.width as usize)),
                    height: Some(Px(prepared.height as usize)),
                    dpi: None,
                }),
            );
            by_key.insert(key.clone(), (id, prepared.original_width, prepared.original_height));
        }
        if let Some((id, w, h)) = by_key.get(&key) {
            placed.push((id.clone(), img.rect, images::placement_matrix(img, *w, *h, &g)?));
        }
    }

    // Content, in painting order.
    let mut painter = Painter {
        g,
        ops: Vec::new(),
        doc: &mut doc,
        cmyk,
    };
    painter.fill_rect(&frame.bleed_box_for(g.bleed), &frame.background);
    let mut next_image = placed.into_iter();
    for item in &frame.items {
        match &item.kind {
            ItemKind::Rect(r) => painter.rect(r),
            ItemKind::Path(p) => painter.path(p),
            ItemKind::Image(_) => {
                if let Some((id, rect, m)) = next_image.next() {
                    painter.image(&id, &rect, m);
                }
            }
            ItemKind::Text(t) => {
                for run in &t.runs {
                    if let Some(Some(f)) = board_fonts.get(run.font) {
                        let glyphs: Vec<(u16, f64, String)> = run
                            .glyphs
                            .iter()
                            .map(|gl| (f.new_gid(gl.id), gl.x, gl.text.clone()))
                            .collect();
                        painter.glyph_run(run, &font_ids[run.font], f.face.synthetic_bold, &glyphs);
                    }
                }
            }
        }
    }
    if opts.crop_marks {
        painter.crop_marks();
        if let Some(Some(f)) = board_fonts.first() {
            let xs = slug_positions(&slug.iter().map(|s| s.1).collect::<Vec<_>>());
            let glyphs: Vec<(u16, f64, String)> = slug
                .iter()
                .zip(xs)
                .map(|((gid, _, c), x)| (f.new_gid(*gid), x, c.to_string()))
                .collect();
            let run = zhanban_frames::TextRun {
                font: 0,
                size_pt: SLUG_SIZE_PT,
                color: zhanban_frames::Color::BLACK,
                origin: zhanban_frames::Point {
                    x: 15.0,
                    y: g.height + g.bleed + 8.0,
                },
                glyphs: Vec::new(),
            };
            painter.glyph_run(&run, &font_ids[0], false, &glyphs);
        }
    }
    let ops = std::mem::take(&mut painter.ops);
    doc.pages.push(PdfPage::new(
        printpdf::Mm(g.media_width_mm() as f32),
        printpdf::Mm(g.media_height_mm() as f32),
        ops,
    ));

    let save_opts = PdfSaveOptions {
        optimize: false,
        subset_fonts: false, // we hand printpdf subsets already (its own subsetter needs `text_layout`)
        secure: true,
        image_optimization: None,
    };
    let mut warnings = Vec::new();
    let mut lo = doc.to_lopdf_document(&save_opts, &mut warnings);
    drop(doc);
    finish_document(&mut lo, &g, data, cmyk.is_some())?;
    Ok((lo, stats))
}

/// Each face the board draws with (by its index in `frame.fonts`) and the glyphs it draws, the slug line's included
/// (with its glyph ids and advances).
type Glyphs = (Vec<Option<BoardFont>>, Vec<(u16, f64, char)>);

fn board_glyphs(
    frame: &BoardFrame,
    opts: &ExportOptions,
    fonts: &FontCache,
    g: &PageGeometry,
    date: &str,
) -> Result<Glyphs> {
    let mut board_fonts: Vec<Option<BoardFont>> = (0..frame.fonts.len()).map(|_| None).collect();
    let load = |i: usize, slot: &mut Vec<Option<BoardFont>>| -> Result<()> {
        let face = frame.fonts.get(i).ok_or_else(|| PdfError::FontIndex {
            board: frame.name.clone(),
            index: i,
        })?;
        if slot[i].is_none() {
            slot[i] = Some(BoardFont::load(face, fonts)?);
        }
        Ok(())
    };
    for item in &frame.items {
        if let ItemKind::Text(t) = &item.kind {
            for run in &t.runs {
                load(run.font, &mut board_fonts)?;
                if let Some(f) = board_fonts[run.font].as_mut() {
                    run.glyphs.iter().for_each(|gl| f.use_glyph(gl.id));
                }
            }
        }
    }
    let mut slug = Vec::new();
    if opts.crop_marks && !frame.fonts.is_empty() {
        load(0, &mut board_fonts)?;
        if let Some(f) = board_fonts[0].as_mut() {
            slug = f.shape_simple(&slug_text(frame, g.bleed, date))?;
        }
    }
    Ok((board_fonts, slug))
}

/// Tells `fonts` every glyph the boards draw with each face (the slug line's included), so that each board embeds
/// its face's subset of the whole export, built once (see [`FontCache`]).
pub(crate) fn plan_fonts(frames: &[BoardFrame], opts: &ExportOptions, fonts: &FontCache) -> Result<()> {
    let date = opts.date.clone().unwrap_or_else(today);
    for frame in frames {
        let g = geometry(frame, opts)?;
        let (board_fonts, _) = board_glyphs(frame, opts, fonts, &g, &date)?;
        for f in board_fonts.iter().flatten() {
            fonts.plan_glyphs(&f.face, f.used());
        }
    }
    Ok(())
}

trait BleedBoxFor {
    fn bleed_box_for(&self, bleed: f64) -> Rect;
}
impl BleedBoxFor for BoardFrame {
    fn bleed_box_for(&self, bleed: f64) -> Rect {
        self.trim().inflate(bleed)
    }
}

fn pdf_box(b: [f64; 4]) -> Object {
    Object::Array(b.iter().map(|v| Object::Real(*v as f32)).collect())
}

/// The extensions to printpdf's output listed at the top of this module.
/// `cmyk`: the content is CMYK only, so no DefaultRGB (and no sRGB profile) is added.
fn finish_document(doc: &mut lopdf::Document, g: &PageGeometry, mut data: Vec<Vec<u8>>, cmyk: bool) -> Result<()> {
    doc.version = "1.6".to_string();
    let srgb = (!cmyk).then(|| {
        doc.add_object(Stream::new(
            Dictionary::from_iter(vec![
                ("N", Object::Integer(3)),
                ("Alternate", Object::Name(b"DeviceRGB".to_vec())),
            ]),
            crate::icc::srgb_profile(),
        ))
    });
    // OutputIntent key name.
    let root = doc.trailer.get(b"Root").and_then(Object::as_reference)?;
    let mut profiles = Vec::new();
    if let Ok(Object::Array(intents)) = doc.get_dictionary_mut(root)?.get_mut(b"OutputIntents") {
        for oi in intents.iter_mut() {
            if let Object::Dictionary(d) = oi {
                if let Some(p) = d.remove(b"DestinationOutputProfile") {
                    profiles.extend(p.as_reference().ok());
                    d.set("DestOutputProfile", p);
                }
            }
        }
    }
    // The font programs (the same in every board of a folder export, see `FontCache`).
    for obj in doc.objects.values() {
        if let Object::Dictionary(d) = obj {
            if d.get(b"Type").and_then(Object::as_name).ok() == Some(b"FontDescriptor".as_slice()) {
                let files = [b"FontFile".as_slice(), b"FontFile2", b"FontFile3"];
                profiles.extend(
                    files
                        .iter()
                        .filter_map(|k| d.get(k).and_then(Object::as_reference).ok()),
                );
            }
        }
    }
    for id in profiles {
        if let Ok(Object::Stream(s)) = doc.get_object_mut(id) {
            compress_shared(s);
        }
    }
    // Boxes and DefaultRGB.
    let pages: Vec<lopdf::ObjectId> = doc.get_pages().values().copied().collect();
    for page_id in pages {
        let page = doc.get_dictionary_mut(page_id)?;
        page.set("MediaBox", pdf_box(g.media_box()));
        page.set("CropBox", pdf_box(g.media_box()));
        page.set("BleedBox", pdf_box(g.bleed_box()));
        page.set("TrimBox", pdf_box(g.trim_box()));
        page.remove(b"Annots");
        let Some(srgb) = srgb else { continue };
        let res = page.get(b"Resources").and_then(Object::as_reference)?;
        let res = doc.get_dictionary_mut(res)?;
        res.set(
            "ColorSpace",
            Dictionary::from_iter(vec![(
                "DefaultRGB",
                Object::Array(vec![Object::Name(b"ICCBased".to_vec()), Object::Reference(srgb)]),
            )]),
        );
    }
    // Move the photo bytes in.
    for obj in doc.objects.values_mut() {
        if let Object::Stream(s) = obj {
            let idx = match s.dict.get(DATA_KEY.as_bytes()) {
                Ok(Object::Integer(i)) => *i as usize,
                _ => continue,
            };
            s.dict.remove(DATA_KEY.as_bytes());
            if let Some(d) = data.get_mut(idx) {
                s.set_content(std::mem::take(d));
                s.allows_compression = false;
            }
        }
    }
    compress_rest(doc);
    Ok(())
}

/// Compresses the board's own streams (its content, ToUnicode maps, metadata) at zlib's fast level, as
/// [`compress_shared`] does the shared ones: lopdf's `compress` takes the best level, which was ~7 % of an unchanged
/// 12-board export's CPU (issue 20) for ~4 % smaller streams (1.06 MB of them: 614 kB at level 9, 640 kB fast).
fn compress_rest(doc: &mut lopdf::Document) {
    for obj in doc.objects.values_mut() {
        let Object::Stream(s) = obj else { continue };
        if !s.allows_compression || s.dict.get(b"Filter").is_ok() {
            continue;
        }
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
        if let Ok(c) = z.write_all(&s.content).and_then(|()| z.finish()) {
            // As lopdf: only when it saves more than the filter's entry costs.
            if c.len() + 19 < s.content.len() {
                s.dict.set("Filter", "FlateDecode");
                s.set_content(c);
            }
        }
    }
}

/// Compresses a stream that is the same in every board PDF — the output intent's CMYK printer profile (654 kB), and a
/// face's subset of a folder export (see [`FontCache`]) — once per process, and marks it done so that
/// [`lopdf::Document::compress`] leaves it alone. At zlib's fast level, not lopdf's best: on these (an ICC profile's
/// tables, CFF charstrings) the best level took ~60 ms a page for 0.6 % smaller data (issue 20). Boards built at once
/// wait for a stream another is compressing, not for a different one.
fn compress_shared(s: &mut Stream) {
    /// What lopdf made of the raw bytes (`None`: compressing did not make them shorter), once made.
    type Made = std::sync::Arc<OnceLock<Option<Vec<u8>>>>;
    /// Raw bytes kept, at most: the profiles and a few exports' faces.
    const BUDGET: usize = 8 << 20;
    /// The raw bytes seen and what is made of them, oldest first.
    type Memo = Mutex<Vec<(Vec<u8>, Made)>>;
    static MEMO: OnceLock<Memo> = OnceLock::new();
    if !s.allows_compression || s.dict.get(b"Filter").is_ok() {
        return;
    }
    let made = {
        let mut memo = MEMO
            .get_or_init(Default::default)
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        match memo.iter().find(|(raw, _)| *raw == s.content) {
            Some((_, made)) => made.clone(),
            None => {
                let made = Made::default();
                memo.push((s.content.clone(), made.clone()));
                while memo.iter().map(|(raw, _)| raw.len()).sum::<usize>() > BUDGET && memo.len() > 1 {
                    memo.remove(0);
                }
                made
            }
        }
    };
    let compressed = made.get_or_init(|| {
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
        z.write_all(&s.content)
            .and_then(|()| z.finish())
            .ok()
            .filter(|c| c.len() < s.content.len())
    });
    if let Some(c) = compressed {
        s.dict.set("Filter", "FlateDecode");
        s.set_content(c.clone());
    }
    s.allows_compression = false;
}

/// Compresses the output intent's profile (the part of the first board's export that is the same in every PDF,
/// ~60 ms) on a thread of its own, once per process, so that it is done while the caller lays out and checks the
/// boards. Exporting without it gives the same files.
pub fn warm_up() {
    static STARTED: OnceLock<()> = OnceLock::new();
    STARTED.get_or_init(|| {
        let _ = std::thread::Builder::new().name("pdf-warm-up".into()).spawn(|| {
            if let Ok(profile) = crate::cmyk::output_intent_profile() {
                compress_shared(&mut Stream::new(Dictionary::new(), profile));
            }
        });
    });
}

/// Writes `doc` under the temporary name of `out` in the same folder, flushed to the disk, and returns that name
/// and the file's length; the caller renames it into place (or removes it). Nothing is left on failure.
pub(crate) fn write_part(doc: &mut lopdf::Document, out: &Path, cancel: Option<&AtomicBool>) -> Result<(PathBuf, u64)> {
    let file_name = out
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let tmp = out.with_file_name(crate::export::part_name(&file_name));
    let result = (|| -> Result<u64> {
        let file = std::fs::File::create(&tmp).map_err(|e| PdfError::io(out, e))?;
        let mut w = BufWriter::with_capacity(1 << 20, file);
        doc.save_to(&mut w).map_err(|e| PdfError::io(out, e))?;
        w.flush().map_err(|e| PdfError::io(out, e))?;
        let file = w.into_inner().map_err(|e| PdfError::io(out, e.into_error()))?;
        file.sync_all().map_err(|e| PdfError::io(out, e))?;
        let len = file.metadata().map_err(|e| PdfError::io(out, e))?.len();
        drop(file);
        if cancel.is_some_and(|c| c.load(Ordering::Relaxed)) {
            return Err(PdfError::Cancelled);
        }
        Ok(len)
    })();
    match result {
        Ok(len) => Ok((tmp, len)),
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            Err(e)
        }
    }
}

/// Exports one board to `out_path` (written under a temporary name, then renamed).
pub fn export_board(
    frame: &BoardFrame,
    photos: &dyn PhotoBytes,
    opts: &ExportOptions,
    out_path: &Path,
) -> Result<BoardReport> {
    export_board_with(frame, photos, opts, &FontCache::new(), out_path, None)
}

/// As [`export_board`], sharing font files across boards and honouring a cancel flag.
pub fn export_board_with(
    frame: &BoardFrame,
    photos: &dyn PhotoBytes,
    opts: &ExportOptions,
    fonts: &FontCache,
    out_path: &Path,
    cancel: Option<&AtomicBool>,
) -> Result<BoardReport> {
    let (report, tmp) = stage_board(frame, photos, opts, fonts, out_path, cancel)?;
    std::fs::rename(&tmp, out_path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        PdfError::io(out_path, e)
    })?;
    Ok(report)
}

/// Builds the board and writes it under the temporary name of `out_path` (see [`write_part`]): the report and
/// that name, for the caller to rename into place.
pub(crate) fn stage_board(
    frame: &BoardFrame,
    photos: &dyn PhotoBytes,
    opts: &ExportOptions,
    fonts: &FontCache,
    out_path: &Path,
    cancel: Option<&AtomicBool>,
) -> Result<(BoardReport, PathBuf)> {
    let (mut doc, stats) = build_board(frame, photos, opts, fonts, None)?;
    if cancel.is_some_and(|c| c.load(Ordering::Relaxed)) {
        return Err(PdfError::Cancelled);
    }
    let (tmp, file_bytes) = write_part(&mut doc, out_path, cancel)?;
    let report = BoardReport {
        path: out_path.to_path_buf(),
        file_bytes,
        font_bytes: stats.font_bytes,
        image_bytes: stats.image_bytes,
        images: stats.images,
    };
    Ok((report, tmp))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The output intent's profile, compressed through the memo (first time and from memory): Flate data that
    /// decodes to the profile, smaller, the same both times, and left alone by lopdf's `compress`.
    #[test]
    fn the_shared_profile_is_compressed_once_and_decodes_to_itself() {
        let profile = crate::cmyk::output_intent_profile().unwrap();
        let dict = || Dictionary::from_iter(vec![("N", Object::Integer(4))]);
        let mut first = Vec::new();
        for round in 0..2 {
            let mut s = Stream::new(dict(), profile.clone());
            compress_shared(&mut s);
            assert!(
                !s.allows_compression,
                "round {round}: Document::compress must leave it alone"
            );
            assert_eq!(s.dict.get(b"Filter").unwrap().as_name().unwrap(), b"FlateDecode");
            assert!(s.content.len() < profile.len());
            assert_eq!(s.decompressed_content().unwrap(), profile, "round {round}");
            if round == 0 {
                first = s.content.clone();
            }
            assert_eq!(s.content, first, "round {round}");
        }
        // A stream already filtered is not touched.
        let mut done = Stream::new(dict(), vec![1, 2, 3]);
        done.dict.set("Filter", "DCTDecode");
        compress_shared(&mut done);
        assert_eq!(done.content, vec![1, 2, 3]);
    }
}
