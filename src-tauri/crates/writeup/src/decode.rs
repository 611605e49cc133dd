//! Turns the bytes of a text file into a string: UTF-8 (with or without BOM), UTF-16 LE/BE (BOM, or detected by its
//! zero bytes), and GBK/GB18030 as old Chinese Windows files are saved.
//!
//! This module owns only encoding detection; it must not look at the text's meaning.

use encoding_rs::{Encoding, GB18030, UTF_16BE, UTF_16LE};

/// Decodes `bytes`, or returns `None` when no supported encoding reads them cleanly.
pub fn decode(bytes: &[u8]) -> Option<String> {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (s, had_errors) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        return if had_errors && enc != encoding_rs::UTF_8 {
            None
        } else {
            Some(s.into_owned())
        };
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        if looks_utf16(bytes).is_none() {
            return Some(s.to_string());
        }
    }
    if let Some(enc) = looks_utf16(bytes) {
        let (s, had_errors) = enc.decode_without_bom_handling(bytes);
        if !had_errors {
            return Some(s.into_owned());
        }
    }
    let (s, had_errors) = GB18030.decode_without_bom_handling(bytes);
    if !had_errors {
        return Some(s.into_owned());
    }
    // a UTF-8 file with a few damaged bytes: keep it, the damage shows as �
    let lossy = String::from_utf8_lossy(bytes);
    let bad = lossy.chars().filter(|c| *c == '\u{FFFD}').count();
    if bad * 100 <= lossy.chars().count() {
        return Some(lossy.into_owned());
    }
    None
}

/// BOM-less UTF-16: many zero bytes at odd (LE) or even (BE) positions.
fn looks_utf16(bytes: &[u8]) -> Option<&'static Encoding> {
    if bytes.len() < 4 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let sample = &bytes[..bytes.len().min(4096)];
    let pairs = sample.len() / 2;
    let even_zero = sample.chunks(2).filter(|p| p[0] == 0).count();
    let odd_zero = sample.chunks(2).filter(|p| p[1] == 0).count();
    if odd_zero * 3 >= pairs && even_zero * 10 < pairs {
        Some(UTF_16LE)
    } else if even_zero * 3 >= pairs && odd_zero * 10 < pairs {
        Some(UTF_16BE)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings() {
        let s = "模范机关建设，936人获评。";
        assert_eq!(decode(s.as_bytes()).as_deref(), Some(s));
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice(s.as_bytes());
        assert_eq!(decode(&bom).as_deref(), Some(s));
        let (gbk, _, _) = encoding_rs::GBK.encode(s);
        assert_eq!(decode(&gbk).as_deref(), Some(s));
        let le: Vec<u8> = s.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        let mut le_bom = vec![0xFF, 0xFE];
        le_bom.extend_from_slice(&le);
        assert_eq!(decode(&le_bom).as_deref(), Some(s));
        let be: Vec<u8> = s.encode_utf16().flat_map(|u| u.to_be_bytes()).collect();
        let mut be_bom = vec![0xFE, 0xFF];
        be_bom.extend_from_slice(&be);
        assert_eq!(decode(&be_bom).as_deref(), Some(s));
        let ascii_le: Vec<u8> = "abc def".encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        assert_eq!(decode(&ascii_le).as_deref(), Some("abc def"));
    }
}
