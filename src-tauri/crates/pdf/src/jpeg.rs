//! JPEG passthrough: reads a JPEG's frame header and Adobe/ICC segments, and removes the segments that can leak
//! private metadata (EXIF with GPS and camera serials, XMP, IPTC, comments, maker data) without touching the
//! compressed image data. Owns only byte-level JPEG surgery; it never decodes pixels and knows nothing of PDF.

/// What a PDF image dictionary needs to know about a JPEG.
#[derive(Clone, Debug, PartialEq)]
pub struct JpegInfo {
    pub width: u32,
    pub height: u32,
    /// 1 (grey), 3 (YCbCr/RGB) or 4 (CMYK/YCCK).
    pub components: u8,
    pub bits: u8,
    /// An Adobe APP14 segment is present (Adobe CMYK JPEGs store inverted values).
    pub adobe: bool,
    /// The embedded ICC profile, reassembled from its APP2 chunks, if any.
    pub icc: Option<Vec<u8>>,
}

/// Why a JPEG could not be used.
#[derive(Clone, Debug, PartialEq)]
pub struct JpegError(pub String);

fn err<T>(s: &str) -> Result<T, JpegError> {
    Err(JpegError(s.to_string()))
}

/// True when the bytes start like a JPEG.
pub fn is_jpeg(data: &[u8]) -> bool {
    data.len() > 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF
}

/// A segment as found in the file: marker byte and the byte range of the whole segment (marker included).
struct Segment {
    marker: u8,
    start: usize,
    end: usize,
}

/// Walks the file: every marker segment, with the entropy-coded data after each SOS folded into the SOS segment.
/// Stops after EOI (anything after it, such as MPF secondary images, is not part of this image), or, with
/// `header_only`, at the first SOS (its segment then ends with its header).
fn segments(data: &[u8], header_only: bool) -> Result<Vec<Segment>, JpegError> {
    if !is_jpeg(data) {
        return err("不是 JPEG 文件");
    }
    let mut out = vec![Segment {
        marker: 0xD8,
        start: 0,
        end: 2,
    }];
    let mut i = 2;
    loop {
        // Skip fill bytes.
        while i + 1 < data.len() && data[i] == 0xFF && data[i + 1] == 0xFF {
            i += 1;
        }
        if i + 1 >= data.len() || data[i] != 0xFF {
            return err("文件被截断或已损坏");
        }
        let marker = data[i + 1];
        let start = i;
        match marker {
            0xD9 => {
                out.push(Segment {
                    marker,
                    start,
                    end: i + 2,
                });
                return Ok(out);
            }
            0x01 | 0xD0..=0xD7 => {
                i += 2;
                out.push(Segment { marker, start, end: i });
                continue;
            }
            _ => {}
        }
        if i + 3 >= data.len() {
            return err("文件被截断或已损坏");
        }
        let len = u16::from_be_bytes([data[i + 2], data[i + 3]]) as usize;
        if len < 2 || i + 2 + len > data.len() {
            return err("段长度无效");
        }
        i += 2 + len;
        if marker == 0xDA && header_only {
            out.push(Segment { marker, start, end: i });
            return Ok(out);
        }
        if marker == 0xDA {
            // Entropy-coded data runs to the next marker that is not a stuffed 0xFF00 or a restart marker.
            // memchr finds each 0xFF at memory speed: this scan over megabytes of photo data was a quarter of an
            // export's time when done byte by byte (perf, issue 7 bench).
            while i + 1 < data.len() {
                match memchr::memchr(0xFF, &data[i..data.len() - 1]) {
                    None => {
                        i = data.len() - 1;
                        break;
                    }
                    Some(k) => i += k,
                }
                if data[i + 1] != 0x00 && !(0xD0..=0xD7).contains(&data[i + 1]) {
                    break;
                }
                i += 1;
            }
            if i + 1 >= data.len() {
                // Missing EOI: accept what is there, as viewers do.
                out.push(Segment {
                    marker,
                    start,
                    end: data.len(),
                });
                return Ok(out);
            }
        }
        out.push(Segment { marker, start, end: i });
    }
}

fn payload<'a>(data: &'a [u8], s: &Segment) -> &'a [u8] {
    data.get(s.start + 4..s.end).unwrap_or(&[])
}

fn is_icc(p: &[u8]) -> bool {
    p.starts_with(b"ICC_PROFILE\0")
}

/// Segments that stay in the embedded copy: everything needed to decode, plus JFIF (APP0), ICC (APP2) and Adobe
/// (APP14). Everything else that carries metadata goes: APP1 (EXIF, XMP), APP13 (IPTC/Photoshop), COM, the other
/// APPn (maker data, FlashPix, MPF) and whatever follows EOI.
fn keep(data: &[u8], s: &Segment) -> bool {
    match s.marker {
        0xE0 => true,
        0xE2 => is_icc(payload(data, s)),
        0xEE => payload(data, s).starts_with(b"Adobe"),
        0xE1 | 0xE3..=0xED | 0xEF | 0xFE => false,
        _ => true,
    }
}

/// Reads the frame header and the colour-relevant segments, from the segments before the first scan, as decoders
/// read them (libjpeg's `jpeg_read_header`): the megabytes of compressed data are not walked (issue 20).
pub fn info(data: &[u8]) -> Result<JpegInfo, JpegError> {
    let segs = segments(data, true)?;
    let mut info = None;
    let mut adobe = false;
    let mut icc_chunks: Vec<(u8, Vec<u8>)> = Vec::new();
    for s in &segs {
        let p = payload(data, s);
        match s.marker {
            0xC0..=0xCF if !matches!(s.marker, 0xC4 | 0xC8 | 0xCC) && info.is_none() => {
                if p.len() < 6 {
                    return err("帧头无效");
                }
                let bits = p[0];
                let height = u16::from_be_bytes([p[1], p[2]]) as u32;
                let width = u16::from_be_bytes([p[3], p[4]]) as u32;
                let components = p[5];
                if width == 0 || height == 0 {
                    return err("图像尺寸为零");
                }
                if !matches!(components, 1 | 3 | 4) {
                    return err("不支持的颜色通道数");
                }
                info = Some((width, height, components, bits));
            }
            0xEE if p.starts_with(b"Adobe") => adobe = true,
            0xE2 if is_icc(p) && p.len() > 14 => icc_chunks.push((p[12], p[14..].to_vec())),
            _ => {}
        }
    }
    let Some((width, height, components, bits)) = info else {
        return err("没有找到图像帧");
    };
    icc_chunks.sort_by_key(|c| c.0);
    let icc = (!icc_chunks.is_empty()).then(|| icc_chunks.into_iter().flat_map(|c| c.1).collect::<Vec<u8>>());
    Ok(JpegInfo {
        width,
        height,
        components,
        bits,
        adobe,
        icc,
    })
}

/// The JPEG without its leaking metadata: the kept segments moved together byte for byte, in order, in the same
/// buffer — no second copy of a photo's megabytes (the copy and its fresh pages were ~a fifth of a board export's
/// CPU, issue 20); nothing moves when nothing goes.
pub fn strip_metadata(mut data: Vec<u8>) -> Result<Vec<u8>, JpegError> {
    let segs = segments(&data, false)?;
    let kept: Vec<(usize, usize)> = segs
        .iter()
        .filter(|s| keep(&data, s))
        .map(|s| (s.start, s.end))
        .collect();
    let mut len = 0;
    for (start, end) in kept {
        if start != len {
            data.copy_within(start..end, len);
        }
        len += end - start;
    }
    data.truncate(len);
    Ok(data)
}

/// The bytes from the first SOS marker to the end of the image (EOI included): the compressed image data that
/// must pass through unchanged.
pub fn scan_data(data: &[u8]) -> Option<&[u8]> {
    let segs = segments(data, false).ok()?;
    let first = segs.iter().find(|s| s.marker == 0xDA)?;
    let last = segs.last()?;
    data.get(first.start..last.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seg(marker: u8, body: &[u8]) -> Vec<u8> {
        let mut v = vec![0xFF, marker];
        v.extend_from_slice(&((body.len() + 2) as u16).to_be_bytes());
        v.extend_from_slice(body);
        v
    }

    #[test]
    fn strips_exif_xmp_iptc_comments_keeps_icc_adobe_and_scan() {
        let mut j = vec![0xFF, 0xD8];
        j.extend(seg(0xE0, b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0"));
        j.extend(seg(0xE1, b"Exif\0\0GPS serial 12345"));
        j.extend(seg(0xE2, b"ICC_PROFILE\0\x01\x01PROFILEBYTES"));
        j.extend(seg(0xED, b"Photoshop 3.0\0IPTC"));
        j.extend(seg(0xFE, b"a comment"));
        j.extend(seg(0xEE, b"Adobe\0\x64\0\0\0\0\x02"));
        j.extend(seg(
            0xC0,
            &[8, 0, 2, 0, 3, 4, 1, 0x11, 0, 2, 0x11, 0, 3, 0x11, 0, 4, 0x11, 0],
        ));
        j.extend(seg(0xDA, &[1, 1, 0, 0, 63, 0]));
        let scan = [0x12, 0xFF, 0x00, 0x34, 0xFF, 0xD0, 0x56];
        j.extend_from_slice(&scan);
        j.extend_from_slice(&[0xFF, 0xD9]);
        j.extend_from_slice(b"trailing MPF image");
        let out = strip_metadata(j.clone()).unwrap();
        let find = |hay: &[u8], n: &[u8]| hay.windows(n.len()).any(|w| w == n);
        assert!(!find(&out, b"Exif") && !find(&out, b"IPTC") && !find(&out, b"comment") && !find(&out, b"MPF"));
        assert!(find(&out, b"PROFILEBYTES") && find(&out, b"Adobe") && find(&out, b"JFIF"));
        assert_eq!(scan_data(&out), scan_data(&j));
        assert!(scan_data(&out).unwrap().ends_with(&[0x56, 0xFF, 0xD9]));
        let i = info(&out).unwrap();
        assert_eq!((i.width, i.height, i.components, i.bits, i.adobe), (3, 2, 4, 8, true));
        assert_eq!(i.icc.as_deref(), Some(&b"PROFILEBYTES"[..]));
    }

    #[test]
    fn rejects_garbage() {
        assert!(info(b"not a jpeg").is_err());
        assert!(strip_metadata(vec![0xFF, 0xD8, 0xFF, 0xE1, 0xFF]).is_err());
    }

    /// A minimal baseline JPEG's segments: SOI, an EXIF segment when asked, SOF0, SOS, a scan, EOI.
    fn tiny(exif: bool) -> Vec<u8> {
        let mut j = vec![0xFF, 0xD8];
        if exif {
            j.extend(seg(0xE1, b"Exif\0\0GPS serial 12345"));
        }
        j.extend(seg(0xC0, &[8, 0, 2, 0, 3, 1, 1, 0x11, 0]));
        j.extend(seg(0xDA, &[1, 1, 0, 0, 63, 0]));
        j.extend_from_slice(&[0x12, 0xFF, 0x00, 0x34, 0xFF, 0xD0, 0x56, 0xFF, 0xD9]);
        j
    }

    /// Issue 20: the photo's bytes are stripped where they lie — the same buffer comes back, the kept segments moved
    /// together in it — and a file with nothing to strip comes back as it was.
    #[test]
    fn strips_in_the_same_buffer() {
        let j = tiny(true);
        let at = j.as_ptr();
        let out = strip_metadata(j).unwrap();
        assert_eq!(out.as_ptr(), at, "no second buffer");
        assert_eq!(out, tiny(false));
        let plain = tiny(false);
        assert_eq!(strip_metadata(plain.clone()).unwrap(), plain);
    }

    /// Issue 20: `info` reads the header as a decoder does and stops at the first scan: what follows it (here a
    /// segment whose length runs past the end, which the full walk rejects) is not read.
    #[test]
    fn info_reads_only_the_header() {
        let mut j = tiny(false);
        j.truncate(j.len() - 2);
        j.extend_from_slice(&[0xFF, 0xE1, 0x7F, 0xFF]);
        assert!(strip_metadata(j.clone()).is_err(), "the full walk sees the bad segment");
        let i = info(&j).unwrap();
        assert_eq!((i.width, i.height, i.components), (3, 2, 1));
    }
}
