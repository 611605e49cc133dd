//! A small frames → RGBA/PNG rasterizer for proof images and reference tests: draws rectangles, paths and glyph
//! runs (outlines read from the font files the frames name) with tiny-skia. Photos are drawn from pixels supplied
//! through [`ImageSource`] (upright, at any size: the item's crop is scaled to them); [`DecodedPhotos`] decodes the
//! originals from [`PhotoBytes`] (module `photo`), [`NoImages`] draws grey placeholders. [`proof_jpeg`] is the proof
//! image of a board sent for approval. Module [`glyphs`] also gives a glyph's outline as SVG path data, for the
//! desktop canvas.
//!
//! Owns drawing; it must not lay out or break text (photo decoding lives in `photo`).

mod error;
pub mod glyphs;
mod photo;

use std::collections::HashMap;
use std::sync::Arc;

use tiny_skia::{FillRule, Paint, PathBuilder, Pixmap, Transform};
use zhanban_fontfiles::FontFile;
use zhanban_frames::{BoardFrame, Color, FontFace, ImageItem, ItemKind, PathOp, Rect, Stroke, TextBlock};

pub use error::Error;
pub use photo::{decode_upright, decodes, shrink_area, wanted_size, DecodedPhotos, PhotoBytes};

/// Decoded photo pixels, upright (EXIF orientation already applied), straight (not premultiplied) RGBA8.
#[derive(Clone, Debug, PartialEq)]
pub struct RgbaImage {
    pub width: u32,
    pub height: u32,
    pub data: Vec<u8>,
}

/// Supplies photo pixels for `ImageItem`s. The pixels must be the photo as displayed (after orientation); they may be
/// smaller than `pixel_width`×`pixel_height` (decoded for a proof), and `ImageItem::crop` is scaled to them.
pub trait ImageSource {
    /// Pixels for the photo, or `None` to draw a placeholder.
    fn pixels(&self, item: &ImageItem) -> Option<Arc<RgbaImage>>;
}

/// Draws every photo as a placeholder.
#[derive(Clone, Copy, Debug, Default)]
pub struct NoImages;

impl ImageSource for NoImages {
    fn pixels(&self, _item: &ImageItem) -> Option<Arc<RgbaImage>> {
        None
    }
}

/// Rendering options.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RasterOptions {
    /// Pixels per millimetre (e.g. 4 for small reference images, 150/25.4 ≈ 5.9 for a 150 ppi proof).
    pub px_per_mm: f64,
    /// Include the bleed around the trim.
    pub include_bleed: bool,
}

impl Default for RasterOptions {
    fn default() -> Self {
        RasterOptions {
            px_per_mm: 4.0,
            include_bleed: false,
        }
    }
}

/// The drawing: straight RGBA8 pixels.
#[derive(Clone, Debug, PartialEq)]
pub struct Raster {
    pub image: RgbaImage,
}

impl Raster {
    /// Encodes as PNG.
    pub fn to_png(&self) -> Result<Vec<u8>, Error> {
        let pm = self.to_pixmap()?;
        pm.encode_png().map_err(|e| Error::Png(e.to_string()))
    }
    /// Decodes a PNG.
    pub fn from_png(bytes: &[u8]) -> Result<Self, Error> {
        let pm = Pixmap::decode_png(bytes).map_err(|e| Error::Png(e.to_string()))?;
        Ok(Raster::from_pixmap(&pm))
    }
    fn to_pixmap(&self) -> Result<Pixmap, Error> {
        let mut pm = Pixmap::new(self.image.width, self.image.height).ok_or(Error::Size)?;
        for (dst, src) in pm.pixels_mut().iter_mut().zip(self.image.data.chunks_exact(4)) {
            *dst = tiny_skia::ColorU8::from_rgba(src[0], src[1], src[2], src[3]).premultiply();
        }
        Ok(pm)
    }
    fn from_pixmap(pm: &Pixmap) -> Self {
        let mut data = Vec::with_capacity(pm.pixels().len() * 4);
        for p in pm.pixels() {
            let c = p.demultiply();
            data.extend_from_slice(&[c.red(), c.green(), c.blue(), c.alpha()]);
        }
        Raster {
            image: RgbaImage {
                width: pm.width(),
                height: pm.height(),
                data,
            },
        }
    }

    /// Compares with another raster of the same size: (mean absolute difference per channel in 0–255, share of
    /// pixels whose largest channel difference exceeds `threshold`).
    pub fn diff(&self, other: &Raster, threshold: u8) -> Option<(f64, f64)> {
        if self.image.width != other.image.width || self.image.height != other.image.height {
            return None;
        }
        let mut sum = 0u64;
        let mut over = 0usize;
        for (a, b) in self.image.data.chunks_exact(4).zip(other.image.data.chunks_exact(4)) {
            let mut m = 0u8;
            for k in 0..4 {
                let d = a[k].abs_diff(b[k]);
                sum += u64::from(d);
                m = m.max(d);
            }
            if m > threshold {
                over += 1;
            }
        }
        let px = (self.image.data.len() / 4).max(1);
        Some((sum as f64 / (px * 4) as f64, over as f64 / px as f64))
    }
}

/// The font files a drawing uses, memory-mapped through the process-wide `zhanban-fontfiles` cache (so the
/// typesetter, the PDF writer and every draw share one mapping per file); cloning shares them.
#[derive(Clone, Default)]
pub struct FontCache {
    files: HashMap<String, Arc<FontFile>>,
}

impl FontCache {
    /// Hands over a file already opened elsewhere (the PDF writer's), kept for the life of this cache.
    pub fn insert(&mut self, path: &str, data: Arc<FontFile>) {
        self.files.insert(path.to_string(), data);
    }

    fn data(&mut self, face: &FontFace) -> Result<Arc<FontFile>, Error> {
        if let Some(d) = self.files.get(&face.path) {
            return Ok(d.clone());
        }
        let d = zhanban_fontfiles::open(&face.path).map_err(|source| Error::FontRead {
            path: face.path.clone(),
            source,
        })?;
        self.files.insert(face.path.clone(), d.clone());
        Ok(d)
    }
}

/// A canvas in trim space: `area` (mm) maps to the pixmap.
pub struct Canvas {
    pixmap: Pixmap,
    area: Rect,
    scale: f32,
    fonts: FontCache,
}

impl Canvas {
    /// A canvas showing `area` (mm) at `px_per_mm`, filled with `background`.
    pub fn new(area: Rect, px_per_mm: f64, background: Color) -> Result<Self, Error> {
        let w = (area.w * px_per_mm).round().max(1.0) as u32;
        let h = (area.h * px_per_mm).round().max(1.0) as u32;
        let mut pixmap = Pixmap::new(w, h).ok_or(Error::Size)?;
        pixmap.fill(skia_color(background));
        Ok(Canvas {
            pixmap,
            area,
            scale: px_per_mm as f32,
            fonts: FontCache::default(),
        })
    }

    fn transform(&self) -> Transform {
        Transform::from_row(
            self.scale,
            0.0,
            0.0,
            self.scale,
            -self.area.x as f32 * self.scale,
            -self.area.y as f32 * self.scale,
        )
    }

    /// Draws one item.
    pub fn draw_item(&mut self, item: &ItemKind, fonts: &[FontFace], images: &dyn ImageSource) -> Result<(), Error> {
        match item {
            ItemKind::Rect(r) => {
                let path = rect_path(&r.rect, r.radius);
                self.fill_stroke(path, r.fill, r.stroke);
            }
            ItemKind::Path(p) => {
                let mut pb = PathBuilder::new();
                for op in &p.ops {
                    match *op {
                        PathOp::MoveTo { x, y } => pb.move_to(x as f32, y as f32),
                        PathOp::LineTo { x, y } => pb.line_to(x as f32, y as f32),
                        PathOp::CubicTo { x1, y1, x2, y2, x, y } => {
                            pb.cubic_to(x1 as f32, y1 as f32, x2 as f32, y2 as f32, x as f32, y as f32)
                        }
                        PathOp::Close => pb.close(),
                    }
                }
                self.fill_stroke(pb.finish(), p.fill, p.stroke);
            }
            ItemKind::Image(img) => self.draw_image(img, images),
            ItemKind::Text(block) => self.draw_text(block, fonts)?,
        }
        Ok(())
    }

    fn fill_stroke(&mut self, path: Option<tiny_skia::Path>, fill: Option<Color>, stroke: Option<Stroke>) {
        let Some(path) = path else { return };
        let ts = self.transform();
        if let Some(c) = fill {
            self.pixmap.fill_path(&path, &paint(c), FillRule::Winding, ts, None);
        }
        if let Some(s) = stroke {
            let st = tiny_skia::Stroke {
                width: s.width as f32,
                ..Default::default()
            };
            self.pixmap.stroke_path(&path, &paint(s.color), &st, ts, None);
        }
    }

    fn draw_image(&mut self, img: &ImageItem, images: &dyn ImageSource) {
        let ts = self.transform();
        let Some(rect) = tiny_skia::Rect::from_xywh(
            img.rect.x as f32,
            img.rect.y as f32,
            img.rect.w as f32,
            img.rect.h as f32,
        ) else {
            return;
        };
        let pixels = images.pixels(img).and_then(|px| {
            let size = tiny_skia::IntSize::from_wh(px.width, px.height)?;
            let mut pm = Pixmap::new(size.width(), size.height())?;
            for (dst, src) in pm.pixels_mut().iter_mut().zip(px.data.chunks_exact(4)) {
                *dst = tiny_skia::ColorU8::from_rgba(src[0], src[1], src[2], src[3]).premultiply();
            }
            Some(pm)
        });
        match pixels {
            Some(pm) if img.crop.w > 0.0 && img.crop.h > 0.0 => {
                // The crop is in pixels of the photo at `pixel_width`×`pixel_height`; these pixels may be fewer.
                let rx = if img.pixel_width > 0 {
                    pm.width() as f64 / img.pixel_width as f64
                } else {
                    1.0
                };
                let ry = if img.pixel_height > 0 {
                    pm.height() as f64 / img.pixel_height as f64
                } else {
                    1.0
                };
                let (cx, cy, cw, ch) = (img.crop.x * rx, img.crop.y * ry, img.crop.w * rx, img.crop.h * ry);
                let sx = (img.rect.w / cw) as f32;
                let sy = (img.rect.h / ch) as f32;
                let pat = Transform::from_row(
                    sx,
                    0.0,
                    0.0,
                    sy,
                    img.rect.x as f32 - cx as f32 * sx,
                    img.rect.y as f32 - cy as f32 * sy,
                );
                let shader = tiny_skia::Pattern::new(
                    pm.as_ref(),
                    tiny_skia::SpreadMode::Pad,
                    tiny_skia::FilterQuality::Bilinear,
                    1.0,
                    pat,
                );
                let paint = Paint {
                    shader,
                    anti_alias: true,
                    ..Default::default()
                };
                self.pixmap.fill_rect(rect, &paint, ts, None);
            }
            _ => {
                self.pixmap.fill_rect(rect, &paint(Color::rgb(200, 200, 200)), ts, None);
            }
        }
    }

    fn draw_text(&mut self, block: &TextBlock, fonts: &[FontFace]) -> Result<(), Error> {
        for run in &block.runs {
            let face = fonts.get(run.font).ok_or(Error::FontIndex(run.font))?;
            let data = self.fonts.data(face)?;
            let em_mm = run.size_pt * zhanban_frames::MM_PER_PT;
            let outlines = glyphs::outlines(&data, face)?;
            let mut pb = PathBuilder::new();
            for g in &run.glyphs {
                glyphs::append_outline(
                    &outlines,
                    face,
                    g.id,
                    em_mm as f32,
                    (run.origin.x + g.x) as f32,
                    run.origin.y as f32,
                    &mut pb,
                )?;
            }
            if let Some(path) = pb.finish() {
                let ts = self.transform();
                let p = paint(run.color);
                self.pixmap.fill_path(&path, &p, FillRule::Winding, ts, None);
                if face.synthetic_bold {
                    let st = tiny_skia::Stroke {
                        width: (em_mm * 0.03) as f32,
                        ..Default::default()
                    };
                    self.pixmap.stroke_path(&path, &p, &st, ts, None);
                }
            }
        }
        Ok(())
    }

    /// The finished drawing.
    pub fn finish(self) -> Raster {
        Raster::from_pixmap(&self.pixmap)
    }
}

/// Renders a whole board (trim, or trim + bleed).
pub fn render_board(board: &BoardFrame, opts: &RasterOptions, images: &dyn ImageSource) -> Result<Raster, Error> {
    render_board_with(board, opts, images, FontCache::default())
}

/// As [`render_board`], with font bytes already loaded.
pub fn render_board_with(
    board: &BoardFrame,
    opts: &RasterOptions,
    images: &dyn ImageSource,
    fonts: FontCache,
) -> Result<Raster, Error> {
    let area = if opts.include_bleed {
        board.bleed_box()
    } else {
        board.trim()
    };
    let mut canvas = Canvas::new(area, opts.px_per_mm, board.background)?;
    canvas.fonts = fonts;
    for item in &board.items {
        canvas.draw_item(&item.kind, &board.fonts, images)?;
    }
    Ok(canvas.finish())
}

/// The proof image of a board: the trim drawn from its frame with the real photos, `long_edge_px` pixels along its
/// longer side, as a JPEG (quality 85) small enough to send over WeChat for approval.
pub fn proof_jpeg(board: &BoardFrame, photos: &dyn PhotoBytes, long_edge_px: u32) -> Result<Vec<u8>, Error> {
    proof_jpeg_with(board, photos, long_edge_px, &FontCache::default())
}

/// As [`proof_jpeg`], with font bytes already loaded.
pub fn proof_jpeg_with(
    board: &BoardFrame,
    photos: &dyn PhotoBytes,
    long_edge_px: u32,
    fonts: &FontCache,
) -> Result<Vec<u8>, Error> {
    let px_per_mm = proof_px_per_mm(board, long_edge_px)?;
    proof_jpeg_from(board, &DecodedPhotos::new(photos, px_per_mm), fonts)
}

/// The resolution of a board's proof image `long_edge_px` pixels along its longer side, for a [`DecodedPhotos`]
/// that [`proof_jpeg_from`] draws from.
pub fn proof_px_per_mm(board: &BoardFrame, long_edge_px: u32) -> Result<f64, Error> {
    let long_mm = board.width.max(board.height);
    if !(long_mm.is_finite() && long_mm > 0.0) || long_edge_px == 0 {
        return Err(Error::Size);
    }
    Ok(f64::from(long_edge_px) / long_mm)
}

/// As [`proof_jpeg_with`], drawing the photos from `source` (made at [`proof_px_per_mm`]), which may hold photos
/// decoded already (the review page's, see [`DecodedPhotos::offer`]).
pub fn proof_jpeg_from(board: &BoardFrame, source: &DecodedPhotos, fonts: &FontCache) -> Result<Vec<u8>, Error> {
    let opts = RasterOptions {
        px_per_mm: source.px_per_mm(),
        include_bleed: false,
    };
    let raster = render_board_with(board, &opts, source, fonts.clone())?;
    if let Some(e) = source.take_error() {
        return Err(e);
    }
    jpeg_of(raster, 85, None)
}

/// A full-size print image of a board (`--images`, for shops that print only from image files): trim + bleed drawn
/// from its frame at `ppi` with the photos at that resolution, as a JPEG (quality 92) whose JFIF header carries the
/// resolution, so the image opens at the board's physical size. Memory: the canvas (4 bytes a pixel; a 1200×900 mm
/// board at 150 ppi is 38 MP, 150 MB) while it is drawn.
pub fn print_jpeg_with(
    board: &BoardFrame,
    photos: &dyn PhotoBytes,
    ppi: f64,
    fonts: &FontCache,
) -> Result<Vec<u8>, Error> {
    if !(ppi.is_finite() && ppi > 0.0 && ppi <= 600.0) {
        return Err(Error::Size);
    }
    let opts = RasterOptions {
        px_per_mm: ppi / 25.4,
        include_bleed: true,
    };
    let source = DecodedPhotos::new(photos, opts.px_per_mm);
    let raster = render_board_with(board, &opts, &source, fonts.clone())?;
    if let Some(e) = source.take_error() {
        return Err(e);
    }
    jpeg_of(raster, 92, Some(ppi.round() as u16))
}

/// The raster flattened onto white (in place: no second copy of the pixels) and encoded as JPEG (4:2:0, with
/// `jpeg-encoder`'s SIMD paths: `image`'s encoder was ~20 % of a review export's CPU, issue 20).
fn jpeg_of(raster: Raster, quality: u8, dpi: Option<u16>) -> Result<Vec<u8>, Error> {
    let (w, h) = (raster.image.width, raster.image.height);
    let (Ok(w16), Ok(h16)) = (u16::try_from(w), u16::try_from(h)) else {
        return Err(Error::Size);
    };
    let mut px = raster.image.data;
    for p in px.chunks_exact_mut(4) {
        let a = u32::from(p[3]);
        for v in &mut p[..3] {
            *v = ((u32::from(*v) * a + 255 * (255 - a) + 127) / 255) as u8;
        }
    }
    let mut out = Vec::with_capacity(px.len() / 16);
    let mut enc = jpeg_encoder::Encoder::new(&mut out, quality.clamp(1, 100));
    if let Some(d) = dpi {
        enc.set_density(jpeg_encoder::Density::Inch { x: d, y: d });
    }
    // RGBA in, the alpha (all opaque now) left out.
    enc.encode(&px, w16, h16, jpeg_encoder::ColorType::Rgba)
        .map_err(|e| Error::Jpeg(e.to_string()))?;
    Ok(out)
}

fn rect_path(r: &Rect, radius: f64) -> Option<tiny_skia::Path> {
    if radius <= 0.0 {
        let rect = tiny_skia::Rect::from_xywh(r.x as f32, r.y as f32, r.w as f32, r.h as f32)?;
        return Some(PathBuilder::from_rect(rect));
    }
    let rr = radius.min(r.w / 2.0).min(r.h / 2.0) as f32;
    let (x, y, w, h) = (r.x as f32, r.y as f32, r.w as f32, r.h as f32);
    let k = 0.552_284_8 * rr;
    let mut pb = PathBuilder::new();
    pb.move_to(x + rr, y);
    pb.line_to(x + w - rr, y);
    pb.cubic_to(x + w - rr + k, y, x + w, y + rr - k, x + w, y + rr);
    pb.line_to(x + w, y + h - rr);
    pb.cubic_to(x + w, y + h - rr + k, x + w - rr + k, y + h, x + w - rr, y + h);
    pb.line_to(x + rr, y + h);
    pb.cubic_to(x + rr - k, y + h, x, y + h - rr + k, x, y + h - rr);
    pb.line_to(x, y + rr);
    pb.cubic_to(x, y + rr - k, x + rr - k, y, x + rr, y);
    pb.close();
    pb.finish()
}

fn skia_color(c: Color) -> tiny_skia::Color {
    tiny_skia::Color::from_rgba8(c.r, c.g, c.b, (c.a.clamp(0.0, 1.0) * 255.0).round() as u8)
}

fn paint(c: Color) -> Paint<'static> {
    let mut p = Paint::default();
    p.set_color(skia_color(c));
    p.anti_alias = true;
    p
}
