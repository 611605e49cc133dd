//! JPEG marker walk: frame header (size, precision, components, coding process) and the application segments
//! that matter later (Adobe APP14 colour transform, ICC profile, EXIF), read without decoding any pixels.
//!
//! Owns only the segment structure up to the first scan and the end-of-image check; it must not decode entropy data.

/// Adobe APP14 colour transform flag (0 = none/CMYK or RGB, 1 = YCbCr, 2 = YCCK).
pub type AdobeTransform = u8;

/// What the JPEG header says, before any pixel is decoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JpegHeader {
    pub width: u32,
    pub height: u32,
    /// Bits per sample (8 for nearly every photo; 12 exists).
    pub precision: u8,
    /// Number of components: 1 grey, 3 YCbCr/RGB, 4 CMYK/YCCK.
    pub components: u8,
    pub progressive: bool,
    /// Lossless, hierarchical or arithmetic-coded: a variant we do not decode.
    pub exotic: Option<&'static str>,
    /// Present when the file has an Adobe APP14 segment: its transform flag.
    pub adobe: Option<AdobeTransform>,
    pub has_icc: bool,
    /// Byte offset of the first SOS marker.
    pub first_scan: usize,
}

/// Frame header fields: width, height, precision, components, progressive, exotic coding.
type Frame = (u32, u32, u8, u8, bool, Option<&'static str>);

/// Why the header could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HeaderError {
    /// The file ends before the frame header or the first scan.
    Truncated,
    /// The segment structure is broken.
    Corrupt(String),
}

/// Reads the header of a JPEG (the bytes must start with FF D8).
pub fn read_header(b: &[u8]) -> Result<JpegHeader, HeaderError> {
    if b.len() < 4 || b[0] != 0xFF || b[1] != 0xD8 {
        return Err(HeaderError::Corrupt("no SOI marker".into()));
    }
    let mut pos = 2usize;
    let mut frame: Option<Frame> = None;
    let mut adobe = None;
    let mut has_icc = false;
    loop {
        // Find the next marker, tolerating fill bytes and (like libjpeg) stray bytes between segments.
        while pos < b.len() && b[pos] != 0xFF {
            pos += 1;
        }
        while pos < b.len() && b[pos] == 0xFF {
            pos += 1;
        }
        if pos >= b.len() {
            return Err(HeaderError::Truncated);
        }
        let marker = b[pos];
        pos += 1;
        match marker {
            0x01 | 0xD0..=0xD7 => continue, // TEM, RSTn: no length
            0xD8 => return Err(HeaderError::Corrupt("second SOI marker".into())),
            0xD9 => {
                return Err(if frame.is_some() {
                    HeaderError::Corrupt("end of image before any scan".into())
                } else {
                    HeaderError::Corrupt("end of image before the frame header".into())
                })
            }
            _ => {}
        }
        if pos + 2 > b.len() {
            return Err(HeaderError::Truncated);
        }
        let len = u16::from_be_bytes([b[pos], b[pos + 1]]) as usize;
        if len < 2 {
            return Err(HeaderError::Corrupt(format!(
                "segment length {len} of marker {marker:02X}"
            )));
        }
        let seg_start = pos + 2;
        let seg_end = pos + len;
        if seg_end > b.len() {
            return Err(HeaderError::Truncated);
        }
        let seg = &b[seg_start..seg_end];
        match marker {
            0xC0..=0xCF if !matches!(marker, 0xC4 | 0xC8 | 0xCC) => {
                if seg.len() < 6 {
                    return Err(HeaderError::Corrupt("short frame header".into()));
                }
                let precision = seg[0];
                let height = u16::from_be_bytes([seg[1], seg[2]]) as u32;
                let width = u16::from_be_bytes([seg[3], seg[4]]) as u32;
                let components = seg[5];
                let exotic = match marker {
                    0xC3 => Some("lossless"),
                    0xC5..=0xC7 => Some("hierarchical"),
                    0xC9..=0xCB => Some("arithmetic coding"),
                    0xCD..=0xCF => Some("hierarchical arithmetic coding"),
                    _ => None,
                };
                let progressive = matches!(marker, 0xC2 | 0xCA | 0xCE);
                if width == 0 {
                    return Err(HeaderError::Corrupt("zero width".into()));
                }
                frame = Some((width, height, precision, components, progressive, exotic));
            }
            0xEE if seg.len() >= 12 && seg.starts_with(b"Adobe") => adobe = Some(seg[11]),
            0xE2 if seg.starts_with(b"ICC_PROFILE\0") => has_icc = true,
            0xDA => {
                let Some((width, height, precision, components, progressive, exotic)) = frame else {
                    return Err(HeaderError::Corrupt("scan before the frame header".into()));
                };
                return Ok(JpegHeader {
                    width,
                    height,
                    precision,
                    components,
                    progressive,
                    exotic,
                    adobe,
                    has_icc,
                    first_scan: pos - 2,
                });
            }
            _ => {}
        }
        pos = seg_end;
    }
}

/// True when an end-of-image marker (FF D9) follows the first scan. Inside entropy-coded data FF is always followed
/// by 00 or a restart marker, so FF D9 there can only be the real end; a file without it was cut short.
pub fn has_end_marker(b: &[u8], first_scan: usize) -> bool {
    b.get(first_scan..)
        .is_some_and(|tail| tail.windows(2).rev().any(|w| w == [0xFF, 0xD9]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_of_a_minimal_frame() {
        // SOI, SOF0 (8 bit, 16x8, 3 components), SOS, EOI.
        let mut b = vec![0xFF, 0xD8, 0xFF, 0xC0, 0, 17, 8, 0, 8, 0, 16, 3];
        b.extend_from_slice(&[1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
        b.extend_from_slice(&[0xFF, 0xDA, 0, 2, 0xFF, 0xD9]);
        let h = read_header(&b).unwrap();
        assert_eq!((h.width, h.height, h.components, h.progressive), (16, 8, 3, false));
        assert!(has_end_marker(&b, h.first_scan));
        assert!(!has_end_marker(&b[..b.len() - 2], h.first_scan));
        assert_eq!(read_header(&b[..10]), Err(HeaderError::Truncated));
    }
}
