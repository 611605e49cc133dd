//! Glyph outlines: reads a glyph's outline from font bytes (skrifa) and appends it, placed and scaled, to a path
//! in trim-space millimetres (y down) for the PNG renderer; or gives it as SVG path data in font units (y up, see
//! [`svg_path`]) for the desktop canvas, which draws the very glyphs the engine shaped from the same font files.
//!
//! Owns outline extraction only; it must not choose fonts or positions.

use std::fmt::Write as _;

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

/// Units per em of a face (the scale of [`svg_path`]'s numbers).
pub fn units_per_em(data: &[u8], face: &FontFace) -> Result<u16, Error> {
    let font = FontRef::from_index(data, face.index).map_err(|_| Error::FontInvalid {
        path: face.path.clone(),
    })?;
    Ok(font
        .metrics(Size::unscaled(), LocationRef::default())
        .units_per_em
        .max(1))
}

/// Glyph `id`'s outline as SVG path data in font units, y up (draw it with `scale(s -s)`, s = em / units per em):
/// only `M L Q C Z`, numbers rounded to a tenth of a unit (fonts are integer-unit; CFF may give halves) and written
/// without trailing zeros. Empty for a glyph without outline (a space), an unknown id or an outline that cannot
/// be read.
pub fn svg_path(outlines: &OutlineGlyphCollection<'_>, id: u16) -> String {
    let Some(glyph) = outlines.get(GlyphId::new(u32::from(id))) else {
        return String::new();
    };
    let mut pen = SvgPen(String::new());
    let settings = DrawSettings::unhinted(Size::unscaled(), LocationRef::default());
    match glyph.draw(settings, &mut pen) {
        Ok(_) => pen.0,
        Err(_) => String::new(),
    }
}

/// Writes SVG path commands.
struct SvgPen(String);

impl SvgPen {
    fn command(&mut self, c: char, xy: &[f32]) {
        self.0.push(c);
        for (i, v) in xy.iter().enumerate() {
            let v = (v * 10.0).round() / 10.0;
            // A minus sign separates numbers by itself.
            if i > 0 && v >= 0.0 {
                self.0.push(' ');
            }
            if v.fract() == 0.0 {
                let _ = write!(self.0, "{}", v as i32);
            } else {
                let _ = write!(self.0, "{v:.1}");
            }
        }
    }
}

impl OutlinePen for SvgPen {
    fn move_to(&mut self, x: f32, y: f32) {
        self.command('M', &[x, y]);
    }
    fn line_to(&mut self, x: f32, y: f32) {
        self.command('L', &[x, y]);
    }
    fn quad_to(&mut self, cx0: f32, cy0: f32, x: f32, y: f32) {
        self.command('Q', &[cx0, cy0, x, y]);
    }
    fn curve_to(&mut self, cx0: f32, cy0: f32, cx1: f32, cy1: f32, x: f32, y: f32) {
        self.command('C', &[cx0, cy0, cx1, cy1, x, y]);
    }
    fn close(&mut self) {
        self.0.push('Z');
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use skrifa::raw::FileRef;
    use skrifa::string::StringId;

    /// Noto Sans CJK SC regular as `zhanban_typeset::fonts::BUNDLED_FILES` names it (scripts/setup installs it).
    const SANS: &str = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";

    /// The collection's bytes and the frames face of its SC member (found by its family name, as fontdb does).
    fn sans_sc() -> (Vec<u8>, FontFace) {
        let data = std::fs::read(SANS).expect("the bundled Noto Sans CJK is installed (scripts/setup)");
        let count = match FileRef::new(&data).expect("a font file") {
            FileRef::Collection(c) => c.len(),
            FileRef::Font(_) => 1,
        };
        let index = (0..count)
            .find(|&i| {
                let font = FontRef::from_index(&data, i).expect("a face");
                let family = font.localized_strings(StringId::FAMILY_NAME).english_or_first();
                family.is_some_and(|n| n.chars().eq("Noto Sans CJK SC".chars()))
            })
            .expect("the collection has Noto Sans CJK SC");
        let face = FontFace {
            family: "Noto Sans CJK SC".into(),
            path: SANS.into(),
            index,
            synthetic_bold: false,
        };
        (data, face)
    }

    fn gid(data: &[u8], face: &FontFace, c: char) -> u16 {
        let font = FontRef::from_index(data, face.index).unwrap();
        font.charmap()
            .map(c)
            .map(|g| g.to_u32() as u16)
            .expect("the face has the character")
    }

    /// Splits path data into (command, numbers), checking that only M L Q C Z appear with their number counts.
    fn parse(d: &str) -> Vec<(char, Vec<f64>)> {
        let mut out: Vec<(char, Vec<f64>)> = Vec::new();
        let mut num = String::new();
        let flush = |num: &mut String, out: &mut Vec<(char, Vec<f64>)>| {
            if !num.is_empty() {
                let v: f64 = num.parse().unwrap_or_else(|_| panic!("a number: {num:?} in {d}"));
                out.last_mut().expect("a command first").1.push(v);
                num.clear();
            }
        };
        for c in d.chars() {
            match c {
                'M' | 'L' | 'Q' | 'C' | 'Z' => {
                    flush(&mut num, &mut out);
                    out.push((c, Vec::new()));
                }
                ' ' => flush(&mut num, &mut out),
                '-' => {
                    flush(&mut num, &mut out);
                    num.push(c);
                }
                '0'..='9' | '.' => num.push(c),
                other => panic!("unexpected {other:?} in {d}"),
            }
        }
        flush(&mut num, &mut out);
        for (c, args) in &out {
            let want = match c {
                'M' | 'L' => 2,
                'Q' => 4,
                'C' => 6,
                _ => 0,
            };
            assert_eq!(args.len(), want, "{c} takes {want} numbers in {d}");
        }
        out
    }

    #[test]
    fn a_cjk_glyph_is_compact_svg_path_data_in_font_units_y_up() {
        let (data, face) = sans_sc();
        assert_eq!(units_per_em(&data, &face).unwrap(), 1000);
        let outlines = outlines(&data, &face).unwrap();
        let d = svg_path(&outlines, gid(&data, &face, '展'));
        let cmds = parse(&d);
        assert!(cmds.len() > 20, "展 has many segments: {d}");
        assert_eq!(cmds[0].0, 'M');
        assert_eq!(
            cmds.iter().filter(|(c, _)| *c == 'Z').count(),
            cmds.iter().filter(|(c, _)| *c == 'M').count()
        );
        // Inside the em, y up: the glyph sits above the baseline (ascender 880) and its feet dip at most to the
        // descender (−120); numbers have at most one decimal.
        let nums: Vec<f64> = cmds.iter().flat_map(|(_, a)| a.iter().copied()).collect();
        let ys: Vec<f64> = nums.iter().skip(1).step_by(2).copied().collect();
        assert!(ys.iter().all(|y| (-130.0..=900.0).contains(y)), "{d}");
        assert!(ys.iter().any(|&y| y > 700.0), "y grows upwards: {d}");
        assert!(nums.iter().all(|v| (v * 10.0 - (v * 10.0).round()).abs() < 1e-9), "{d}");
        assert!(!d.contains(".0") && !d.contains("  "), "compact: {d}");
        // About 10 bytes a segment: a full page of distinct characters stays a few hundred kilobytes.
        assert!(
            d.len() < cmds.len() * 24,
            "{} bytes for {} commands",
            d.len(),
            cmds.len()
        );
    }

    #[test]
    fn a_space_and_an_unknown_glyph_have_empty_paths() {
        let (data, face) = sans_sc();
        let outlines = outlines(&data, &face).unwrap();
        assert_eq!(svg_path(&outlines, gid(&data, &face, ' ')), "");
        assert_eq!(svg_path(&outlines, u16::MAX), "");
    }

    #[test]
    fn numbers_round_to_a_tenth_and_negatives_need_no_separator() {
        let mut pen = SvgPen(String::new());
        pen.move_to(12.04, -0.04);
        pen.line_to(-3.5, 7.25);
        pen.curve_to(1.0, -2.0, 0.5, 100.0, -1.96, 0.0);
        pen.close();
        assert_eq!(pen.0, "M12 0L-3.5 7.3C1-2 0.5 100-2 0Z");
        parse(&pen.0);
    }
}
