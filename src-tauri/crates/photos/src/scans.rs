//! What a reduced decode needs of a progressive JPEG. A progressive file holds its picture in scans, each carrying
//! one band of DCT coefficients (zigzag indexes `Ss..=Se`) of one component, or a refinement bit of a band; a
//! decode scaled to 1/8 uses only the DC coefficient of each block, one scaled to 1/4 only the top-left 2×2, one to
//! 1/2 the top-left 4×4 (jpeg-decoder's reduced IDCTs, as libjpeg's). The other scans are most of the file, and
//! entropy-decoding them (every AC band and every refinement bit) was most of a progressive thumbnail's time.
//!
//! [`keep_needed_scans`] copies the file without the scans the scaled IDCT would not read: a band none of whose
//! coefficients is used, and every later scan of the same component overlapping a band left out (a refinement is
//! read against the coefficients decoded so far, so it cannot follow a scan that was left out). The decoder then
//! renders the components from what it has, as it does for any progressive file that ends early. DC scans and
//! their refinements are always kept. What is lost: the low bands' last bits of precision when a refinement scan
//! also covers a band left out (libjpeg's usual script refines the whole 1–63 band at once), measured in
//! `tests/photos.rs` (`progressive_thumbnails_from_the_needed_scans`).
//!
//! Skipping a scan means finding its end (the next marker), never decoding it. Owns only the scan selection; it
//! must not decode (see `decode`).

/// Zigzag index → natural (row-major) index in the 8×8 block.
const NATURAL: [u8; 64] = [
    0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14, 21,
    28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54,
    47, 55, 62, 63,
];

/// The coefficients (bit `k` = zigzag index `k`) an IDCT of `n`×`n` outputs per block reads: the top-left `n`×`n`.
pub fn needed_coefficients(n: usize) -> u64 {
    (0..64)
        .filter(|&k| {
            let i = NATURAL[k] as usize;
            i / 8 < n && i % 8 < n
        })
        .fold(0u64, |m, k| m | 1 << k)
}

/// The IDCT size (1, 2, 4 or 8 output pixels per block side) jpeg-decoder chooses for a decode of a `w`×`h` JPEG
/// to at least `min_w`×`min_h` (`jpeg_decoder::Decoder::scale`).
pub fn idct_size(w: u32, h: u32, min_w: u32, min_h: u32) -> usize {
    let scaled = |len: u32, s: u32| (len * s).saturating_sub(1) / 8 + 1;
    [1, 2, 4]
        .into_iter()
        .find(|&s| scaled(w, s) >= min_w || scaled(h, s) >= min_h)
        .unwrap_or(8) as usize
}

/// The bits `ss..=se`.
fn band(ss: u8, se: u8) -> u64 {
    let (ss, se) = (ss.min(63), se.min(63));
    if ss > se {
        return 0;
    }
    (u64::MAX >> (63 - se)) & (u64::MAX << ss)
}

/// The end of the entropy-coded data starting at `from`: the next FF not followed by 00 (a stuffed byte) or a
/// restart marker.
fn entropy_end(b: &[u8], mut from: usize) -> Option<usize> {
    loop {
        let i = from + b.get(from..)?.iter().position(|&x| x == 0xFF)?;
        match *b.get(i + 1)? {
            0x00 | 0xD0..=0xD7 => from = i + 2,
            _ => return Some(i),
        }
    }
}

/// A copy of the progressive JPEG `b` (its first scan at `first_scan`) without the scans an `n`×`n` IDCT does not
/// need; `None` when every scan is needed, or the file's structure is not as expected (then decode it whole).
pub fn keep_needed_scans(b: &[u8], first_scan: usize, n: usize) -> Option<Vec<u8>> {
    if n >= 8 {
        return None;
    }
    let need = needed_coefficients(n);
    // Per component id: coefficients whose scans were left out.
    let mut dropped = [0u64; 256];
    let mut out = Vec::with_capacity(b.len() / 2);
    out.extend_from_slice(b.get(..first_scan)?);
    let mut pos = first_scan;
    let mut skipped_any = false;
    loop {
        // A marker, after any fill bytes.
        if *b.get(pos)? != 0xFF {
            return None;
        }
        while *b.get(pos + 1)? == 0xFF {
            pos += 1;
        }
        let marker = b[pos + 1];
        match marker {
            0xD9 => {
                out.extend_from_slice(&[0xFF, 0xD9]);
                break;
            }
            0xD0..=0xD7 | 0x01 => {
                out.extend_from_slice(&b[pos..pos + 2]);
                pos += 2;
                continue;
            }
            _ => {}
        }
        let len = u16::from_be_bytes([*b.get(pos + 2)?, *b.get(pos + 3)?]) as usize;
        let seg_end = pos + 2 + len;
        let seg = b.get(pos + 4..seg_end)?;
        if marker != 0xDA {
            out.extend_from_slice(&b[pos..seg_end]);
            pos = seg_end;
            continue;
        }
        // Scan header: Ns, Ns × (Cs, Td/Ta), Ss, Se, Ah/Al.
        let ns = *seg.first()? as usize;
        let ids: Vec<u8> = (0..ns).map(|i| seg.get(1 + 2 * i).copied()).collect::<Option<_>>()?;
        let (ss, se, ah) = (*seg.get(1 + 2 * ns)?, *seg.get(2 + 2 * ns)?, *seg.get(3 + 2 * ns)? >> 4);
        let end = entropy_end(b, seg_end)?;
        let coefficients = band(ss, se);
        let keep = ss == 0
            || ids.iter().all(|&id| {
                let d = dropped[id as usize];
                coefficients & d == 0 && (ah > 0 || coefficients & need != 0)
            });
        if keep {
            out.extend_from_slice(&b[pos..end]);
        } else {
            skipped_any = true;
            for &id in &ids {
                dropped[id as usize] |= coefficients;
            }
        }
        pos = end;
    }
    skipped_any.then_some(out)
}

/// [`keep_needed_scans`] for a decode of the JPEG `b` to at least `min_w`×`min_h` (stored orientation), reading
/// its header first; `None` for a baseline JPEG, or when every scan is needed.
pub fn for_decode(b: &[u8], min_w: u32, min_h: u32) -> Option<Vec<u8>> {
    let h = crate::jpeg_header::read_header(b).ok()?;
    if !h.progressive {
        return None;
    }
    keep_needed_scans(b, h.first_scan, idct_size(h.width, h.height, min_w, min_h))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_needed_coefficients_of_each_reduced_idct() {
        assert_eq!(needed_coefficients(1), 1);
        // 2×2: zigzag 0, 1, 2 and 4 ((1,1)); 3 is (2,0).
        assert_eq!(needed_coefficients(2), 0b10111);
        assert_eq!(needed_coefficients(4).count_ones(), 16);
        assert_eq!(63 - needed_coefficients(4).leading_zeros(), 24);
        assert_eq!(needed_coefficients(8), u64::MAX);
        assert_eq!(band(1, 5), 0b111110);
        assert_eq!(band(0, 63), u64::MAX);
    }

    #[test]
    fn the_idct_size_is_jpeg_decoders() {
        assert_eq!(idct_size(6000, 4000, 512, 341), 1);
        assert_eq!(idct_size(4000, 3000, 512, 384), 2);
        assert_eq!(idct_size(2000, 1500, 512, 384), 4);
        assert_eq!(idct_size(600, 400, 512, 341), 8);
    }
}
