//! CMYK output (`Colour::Cmyk`): one colour-managed transform from sRGB (or a photo's own RGB profile) to the
//! printing condition of the output intent — the Coated FOGRA39 profile printpdf embeds, read back from a document
//! printpdf writes so that the conversion and the OutputIntent can never disagree. The CMS is moxcms (pure Rust,
//! BSD-3-Clause OR Apache-2.0, already in the build through `image`), perceptual intent. Owns colour conversion
//! and the black rules; must not write PDF objects.

use std::sync::{Arc, OnceLock};

use moxcms::{ColorProfile, Layout, RenderingIntent, Transform8BitExecutor, TransformOptions};
use printpdf::{PdfConformance, PdfDocument, PdfSaveOptions};
use zhanban_frames::Color as FColor;

use crate::error::{PdfError, Result};

/// The colour model of the exported boards.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(rename_all = "lowercase")]
pub enum Colour {
    /// RGB content tagged sRGB, for the shop's own conversion (PDF/X-4).
    #[default]
    Rgb,
    /// Everything converted to DeviceCMYK for Coated FOGRA39 (PDF/X-4 with CMYK-only content).
    Cmyk,
}

/// Rich black for large black areas: C40 M30 Y30 K100 (total area coverage 200 %).
pub const RICH_BLACK: [f32; 4] = [0.40, 0.30, 0.30, 1.0];
/// Plain black for small text, thin lines and small areas (no misregistration fringes).
pub const PLAIN_BLACK: [f32; 4] = [0.0, 0.0, 0.0, 1.0];
/// A filled black area gets rich black when both sides of its bounding box are at least this many mm.
pub const RICH_BLACK_MIN_MM: f64 = 10.0;
/// Black text gets rich black from this size up (pt); smaller black text is K100 only.
pub const RICH_BLACK_TEXT_PT: f64 = 36.0;

/// A colour counts as black when it is a neutral (channels within 8 of each other) no lighter than #333333: the
/// near-blacks designers use for "black" text. Converted through the profile these would become four-colour
/// greys (e.g. #202020 → C75 M65 Y60 K79), which fringe on a press with any misregistration.
pub fn is_black(c: &FColor) -> bool {
    let (hi, lo) = (c.r.max(c.g).max(c.b), c.r.min(c.g).min(c.b));
    hi <= 0x33 && hi - lo <= 8
}

/// The bytes of the output-intent profile printpdf embeds (Coated FOGRA39), taken from a document it writes.
pub fn output_intent_profile() -> Result<Vec<u8>> {
    let mut doc = PdfDocument::new("profile");
    doc.metadata.info.conformance = PdfConformance::X4_2010_PDF_1_4;
    let opts = PdfSaveOptions {
        optimize: false,
        subset_fonts: false,
        secure: true,
        image_optimization: None,
    };
    let lo = doc.to_lopdf_document(&opts, &mut Vec::new());
    let root = lo.trailer.get(b"Root").and_then(lopdf::Object::as_reference)?;
    let intents = lo.get_dictionary(root)?.get(b"OutputIntents")?.as_array()?;
    for oi in intents {
        let oi = match oi {
            lopdf::Object::Reference(r) => lo.get_dictionary(*r)?,
            o => o.as_dict()?,
        };
        let p = oi
            .get(b"DestinationOutputProfile")
            .or_else(|_| oi.get(b"DestOutputProfile"))?
            .as_reference()?;
        let s = lo.get_object(p)?.as_stream()?;
        let bytes = s.decompressed_content().unwrap_or_else(|_| s.content.clone());
        if bytes.len() > 128 && &bytes[16..20] == b"CMYK" {
            return Ok(bytes);
        }
    }
    Err(PdfError::Pdf("printpdf 未嵌入 CMYK 输出意图特性文件".into()))
}

/// RGB → CMYK for the output intent.
pub struct CmykTransform {
    from_srgb: Arc<Transform8BitExecutor>,
    target: ColorProfile,
}

fn options() -> TransformOptions {
    TransformOptions {
        rendering_intent: RenderingIntent::Perceptual,
        ..Default::default()
    }
}

fn cms(e: impl std::fmt::Debug) -> PdfError {
    PdfError::Pdf(format!("色彩转换失败：{e:?}"))
}

impl CmykTransform {
    fn new() -> Result<CmykTransform> {
        let target = ColorProfile::new_from_slice(&output_intent_profile()?).map_err(cms)?;
        let from_srgb = ColorProfile::new_srgb()
            .create_transform_8bit(Layout::Rgb, &target, Layout::Rgba, options())
            .map_err(cms)?;
        Ok(CmykTransform { from_srgb, target })
    }

    /// The process-wide transform (built once; the profile is parsed once).
    pub fn get() -> Result<&'static CmykTransform> {
        static T: OnceLock<std::result::Result<CmykTransform, String>> = OnceLock::new();
        T.get_or_init(|| CmykTransform::new().map_err(|e| e.to_string()))
            .as_ref()
            .map_err(|e| PdfError::Pdf(e.clone()))
    }

    /// Converts packed 8-bit RGB pixels to packed CMYK (0 = no ink), from `icc` when it is a usable RGB profile,
    /// else from sRGB.
    pub fn pixels(&self, rgb: &[u8], icc: Option<&[u8]>) -> Result<Vec<u8>> {
        let own = icc
            .filter(|p| p.len() > 128 && &p[16..20] == b"RGB ")
            .and_then(|p| ColorProfile::new_from_slice(p).ok())
            .and_then(|src| {
                src.create_transform_8bit(Layout::Rgb, &self.target, Layout::Rgba, options())
                    .ok()
            });
        let t = own.as_ref().unwrap_or(&self.from_srgb);
        let mut out = vec![0u8; rgb.len() / 3 * 4];
        // In slices, so that a failure reports early and the executor's scratch stays small.
        const CHUNK: usize = 3 * 65_536;
        for (src, dst) in rgb.chunks(CHUNK).zip(out.chunks_mut(CHUNK / 3 * 4)) {
            t.transform(src, dst).map_err(cms)?;
        }
        Ok(out)
    }

    /// One sRGB colour as CMYK fractions (0–1), through the same transform as the photos.
    pub fn colour(&self, c: &FColor) -> Result<[f32; 4]> {
        let v = self.pixels(&[c.r, c.g, c.b], None)?;
        Ok([v[0], v[1], v[2], v[3]].map(|x| x as f32 / 255.0))
    }

    /// A vector colour: black by the black rules (`large`: rich black applies), anything else converted.
    pub fn vector(&self, c: &FColor, large: bool) -> [f32; 4] {
        if is_black(c) {
            return if large { RICH_BLACK } else { PLAIN_BLACK };
        }
        self.colour(c).unwrap_or(PLAIN_BLACK)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_output_intent_profile_is_a_cmyk_printer_profile_and_converts_plausibly() {
        let p = output_intent_profile().unwrap();
        assert_eq!(&p[12..20], b"prtrCMYK");
        let t = CmykTransform::get().unwrap();
        let white = t.colour(&FColor::rgb(255, 255, 255)).unwrap();
        assert!(white.iter().all(|v| *v < 0.02), "white {white:?}");
        let red = t.colour(&FColor::rgb(220, 30, 30)).unwrap();
        assert!(red[1] > 0.7 && red[2] > 0.7 && red[0] < 0.2, "red {red:?}");
        let blue = t.colour(&FColor::rgb(20, 60, 160)).unwrap();
        assert!(blue[0] > 0.7 && blue[2] < 0.3, "blue {blue:?}");
        assert_eq!(t.vector(&FColor::BLACK, true), RICH_BLACK);
        assert_eq!(t.vector(&FColor::BLACK, false), PLAIN_BLACK);
        assert_eq!(t.vector(&FColor::rgb(0x20, 0x20, 0x20), false), PLAIN_BLACK);
        assert_ne!(t.vector(&FColor::rgb(0x20, 0x20, 0x60), false), PLAIN_BLACK);
        assert_ne!(t.vector(&FColor::rgb(0x44, 0x44, 0x44), false), PLAIN_BLACK);
    }
}
