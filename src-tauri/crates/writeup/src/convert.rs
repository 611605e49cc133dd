//! Traditional → simplified conversion (OpenCC's t2s dictionaries via the Apache-2.0 `ferrous-opencc` crate) and
//! the test whether a text is mostly traditional (so the app can offer the conversion).
//!
//! This module owns only script conversion; it must not touch punctuation or structure.

use std::sync::OnceLock;

use ferrous_opencc::config::BuiltinConfig;
use ferrous_opencc::OpenCC;

use crate::normalize::is_han;

fn converter() -> Option<&'static OpenCC> {
    static CONV: OnceLock<Option<OpenCC>> = OnceLock::new();
    CONV.get_or_init(|| OpenCC::from_config(BuiltinConfig::T2s).ok())
        .as_ref()
}

/// Converts traditional characters and phrases to simplified. Text that is already simplified is unchanged.
pub fn to_simplified(text: &str) -> String {
    match converter() {
        Some(c) => c.convert(text),
        None => text.to_string(),
    }
}

/// True when at least 5 % of the Chinese characters (and at least three) are traditional forms.
pub fn is_mostly_traditional(text: &str) -> bool {
    let han: Vec<char> = text.chars().filter(|c| is_han(*c)).collect();
    if han.is_empty() {
        return false;
    }
    let src: String = han.iter().collect();
    let conv = to_simplified(&src);
    let conv_chars: Vec<char> = conv.chars().collect();
    let changed = if conv_chars.len() == han.len() {
        han.iter().zip(&conv_chars).filter(|(a, b)| a != b).count()
    } else {
        han.len().abs_diff(conv_chars.len()).max(1) * 3
    };
    changed >= 3 && changed * 20 >= han.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_corpus_sentence() {
        assert_eq!(
            to_simplified("時代各有不同，青春一脈相承。"),
            "时代各有不同，青春一脉相承。"
        );
        assert_eq!(to_simplified("青島市委市直機關工委"), "青岛市委市直机关工委");
        assert!(is_mostly_traditional("全市機關各級黨組織將滿載此次展示交流豐碩收獲"));
        assert!(!is_mostly_traditional("全市机关各级党组织将满载此次展示交流丰硕收获"));
        // one stray traditional character in a simplified text is not a traditional text
        assert!(!is_mostly_traditional(
            "今年，为激励各級党组织和广大党员奋勇争先、建功立业，市委市直机关工委决定表扬"
        ));
    }
}
