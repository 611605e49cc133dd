//! File names for exported boards that are safe on Windows: forbidden characters replaced, reserved device names
//! avoided, no trailing dots or spaces, bounded length. Owns naming only; must not touch the file system.

/// Whether a file name (its part before the first dot, trailing spaces ignored, any case) is a Windows device name:
/// CON PRN AUX NUL CONIN$ CONOUT$, COM0–COM9 and LPT0–LPT9, also with the superscript digits ¹ ² ³.
pub fn is_reserved_name(name: &str) -> bool {
    let stem = name.split('.').next().unwrap_or("").trim_end().to_uppercase();
    if matches!(stem.as_str(), "CON" | "PRN" | "AUX" | "NUL" | "CONIN$" | "CONOUT$") {
        return true;
    }
    let mut chars = stem.chars();
    let prefix: String = chars.by_ref().take(3).collect();
    let rest: Vec<char> = chars.collect();
    (prefix == "COM" || prefix == "LPT") && rest.len() == 1 && (rest[0].is_ascii_digit() || "¹²³".contains(rest[0]))
}

/// Longest name part in characters (Windows allows 255 UTF-16 units per component; leave room for the number).
const MAX_CHARS: usize = 80;

/// Makes `name` usable as (part of) a Windows file name.
pub fn sanitize(name: &str) -> String {
    let mut s: String = name
        .chars()
        .map(|c| match c {
            '<' | '>' | ':' | '"' | '/' | '\\' | '|' | '?' | '*' => '_',
            c if (c as u32) < 0x20 || c == '\u{7f}' => '_',
            c => c,
        })
        .collect();
    s = s.chars().take(MAX_CHARS).collect();
    let trimmed = s.trim_matches(|c: char| c == ' ' || c == '.' || c == '\u{3000}');
    let mut s = trimmed.to_string();
    if s.is_empty() {
        s = "展板".to_string();
    }
    if is_reserved_name(&s) {
        s.insert(0, '_');
    }
    s
}

/// `01-前言.pdf`, `02-一、坚决把牢政治方向.pdf` …
pub fn board_file_name(number: usize, name: &str) -> String {
    format!("{number:02}-{}.pdf", sanitize(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_rules() {
        assert_eq!(board_file_name(1, "前言"), "01-前言.pdf");
        assert_eq!(sanitize("一、政治<方向>: \"A/B\\C|D?*"), "一、政治_方向__ _A_B_C_D__");
        assert_eq!(sanitize("CON"), "_CON");
        for reserved in ["com0", "LPT0", "COM¹", "lpt³", "CONIN$", "conout$.txt", "NUL .pdf"] {
            assert!(is_reserved_name(reserved), "{reserved}");
        }
        for fine in ["COM10", "LPT", "CONSOLE", "前言", "COM1a", "AUX展板"] {
            assert!(!is_reserved_name(fine), "{fine}");
        }
        assert_eq!(sanitize("com1.txt"), "_com1.txt");
        assert_eq!(sanitize("结束语. . "), "结束语");
        assert_eq!(sanitize("  "), "展板");
        assert_eq!(sanitize("a\u{0}b\nc"), "a_b_c");
        assert_eq!(sanitize(&"长".repeat(300)).chars().count(), MAX_CHARS);
        assert_eq!(board_file_name(12, "（续）"), "12-（续）.pdf");
    }
}
