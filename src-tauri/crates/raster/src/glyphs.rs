//! Glyph outlines: reads a glyph's outline from font bytes (skrifa) and appends it, placed and scaled, to a path
//! in trim-space millimetres (y down).
//!
//! Owns outline extraction only; it must not choose fonts or positions.

use skrifa::instance::{LocationRef, Size};
use skrifa::outline::{DrawSettings, OutlinePen};
use skrifa::{FontRef, GlyphId, MetadataProvider, OutlineGlyphCollection};
use tiny_skia::PathBuilder;
use zhanban_frames::FontFace;

use crate::error::Error;

struct Pen<'a> {
    pb: &'a mut PathBuilder,
    x: f32,
    y: f32,
}

impl OutlinePen for Pen<'_> {
    fn move_to(&mut self, x: f32, y: f32) {
        self.pb.move_to(self.x + x, self.y - y);
    }
    fn line_to(&mut self, x: f32, y: f32) {
        self.pb.line_to(self.x + x, self.y - y);
    }
    fn quad_to(&mut self, cx0: f32, cy0: f32, x: f32, y: f32) {
        self.pb.quad_to(self.x + cx0, self.y - cy0, self.x + x, self.y - y);
    }
    fn curve_to(&mut self, cx0: f32, cy0: f32, cx1: f32, cy1: f32, x: f32, y: f32) {
        self.pb.cubic_to(
            self.x + cx0,
            self.y - cy0,
            self.x + cx1,
            self.y - cy1,
            self.x + x,
            self.y - y,
        );
    }
    fn close(&mut self) {
        self.pb.close();
    }
}

/// The outlines of a face.
pub fn outlines<'a>(data: &'a [u8], face: &FontFace) -> Result<OutlineGlyphCollection<'a>, Error> {
    let font = FontRef::from_index(data, face.index).map_err(|_| Error::FontInvalid {
        path: face.path.clone(),
    })?;
    Ok(font.outline_glyphs())
}

/// Appends glyph `id` at pen position (`x`, `y`) mm with an em of `em_mm` mm.
pub fn append_outline(
    outlines: &OutlineGlyphCollection<'_>,
    face: &FontFace,
    id: u16,
    em_mm: f32,
    x: f32,
    y: f32,
    pb: &mut PathBuilder,
) -> Result<(), Error> {
    let Some(glyph) = outlines.get(GlyphId::new(u32::from(id))) else {
        return Ok(()); // Unknown glyph id: nothing to draw (preflight reports missing characters).
    };
    let mut pen = Pen { pb, x, y };
    let settings = DrawSettings::unhinted(Size::new(em_mm), LocationRef::default());
    glyph.draw(settings, &mut pen).map_err(|_| Error::FontInvalid {
        path: face.path.clone(),
    })?;
    Ok(())
}
