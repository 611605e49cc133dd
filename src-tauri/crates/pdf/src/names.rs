//! File names for exported boards that are safe on Windows: forbidden characters replaced, reserved device names
//! avoided, no trailing dots or spaces, bounded length. Owns naming only; must not touch the file system.

const RESERVED: [&str; 22] = [
    "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2",
    "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
];

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
    let stem = s.split('.').next().unwrap_or("").trim_end().to_ascii_uppercase();
    if RESERVED.contains(&stem.as_str()) {
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
        assert_eq!(sanitize("com1.txt"), "_com1.txt");
        assert_eq!(sanitize("结束语. . "), "结束语");
        assert_eq!(sanitize("  "), "展板");
        assert_eq!(sanitize("a\u{0}b\nc"), "a_b_c");
        assert_eq!(sanitize(&"长".repeat(300)).chars().count(), MAX_CHARS);
        assert_eq!(board_file_name(12, "（续）"), "12-（续）.pdf");
    }
}
