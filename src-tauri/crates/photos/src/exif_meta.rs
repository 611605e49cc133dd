//! EXIF metadata that the library keeps: orientation, date taken, camera make and model.
//!
//! Owns reading those few tags from any container kamadak-exif knows (JPEG, TIFF, PNG, WebP). Broken or missing
//! EXIF is never an error here: a photo without readable EXIF is simply upright and undated. Must not touch pixels.

use std::io::Cursor;

use exif::{In, Tag, Value};

/// The EXIF facts a photo library needs.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ExifMeta {
    /// EXIF Orientation 1–8 (1 when absent or out of range).
    pub orientation: u8,
    /// DateTimeOriginal (or DateTime) as ISO 8601 local time, e.g. `2024-05-01T09:30:00`.
    pub date_taken: Option<String>,
    pub camera_make: Option<String>,
    pub camera_model: Option<String>,
}

/// Reads EXIF from the file's bytes; returns the defaults when there is none or it cannot be parsed.
pub fn read_exif(bytes: &[u8]) -> ExifMeta {
    let mut meta = ExifMeta {
        orientation: 1,
        ..Default::default()
    };
    let Ok(exif) = exif::Reader::new().read_from_container(&mut Cursor::new(bytes)) else {
        return meta;
    };
    if let Some(o) = exif
        .get_field(Tag::Orientation, In::PRIMARY)
        .and_then(|f| f.value.get_uint(0))
    {
        if (1..=8).contains(&o) {
            meta.orientation = o as u8;
        }
    }
    let ascii = |tag: Tag| -> Option<String> {
        let field = exif.get_field(tag, In::PRIMARY)?;
        match &field.value {
            Value::Ascii(parts) => {
                let raw = parts.first()?;
                let s = String::from_utf8_lossy(raw)
                    .trim_matches(|c: char| c == '\0' || c.is_whitespace())
                    .to_string();
                (!s.is_empty()).then_some(s)
            }
            _ => None,
        }
    };
    meta.date_taken = ascii(Tag::DateTimeOriginal)
        .or_else(|| ascii(Tag::DateTime))
        .and_then(|s| iso_date(&s));
    meta.camera_make = ascii(Tag::Make);
    meta.camera_model = ascii(Tag::Model);
    meta
}

/// `2024:05:01 09:30:00` → `2024-05-01T09:30:00`; `None` for blank or malformed dates (`0000:00:00 00:00:00`).
fn iso_date(s: &str) -> Option<String> {
    let b = s.as_bytes();
    if b.len() < 19
        || !b[..19].iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b':' || *c == b'-',
            10 => *c == b' ' || *c == b'T',
            13 | 16 => *c == b':',
            _ => c.is_ascii_digit(),
        })
    {
        return None;
    }
    if &s[0..4] == "0000" {
        return None;
    }
    Some(format!("{}-{}-{}T{}", &s[0..4], &s[5..7], &s[8..10], &s[11..19]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_become_iso() {
        assert_eq!(iso_date("2024:05:01 09:30:00").as_deref(), Some("2024-05-01T09:30:00"));
        assert_eq!(iso_date("0000:00:00 00:00:00"), None);
        assert_eq!(iso_date("    :  :     :  :  "), None);
        assert_eq!(iso_date("garbage"), None);
    }

    #[test]
    fn no_exif_is_upright() {
        assert_eq!(read_exif(b"not an image").orientation, 1);
    }
}
