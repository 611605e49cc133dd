//! Traditional → simplified conversion (OpenCC's t2s dictionaries via the Apache-2.0 `ferrous-opencc` crate) and
//! the tests whether a text is mostly traditional (so the app can offer the conversion) and which script a text is
//! written in (so preflight can warn on a board that mixes scripts).
//!
//! This module owns only script conversion; it must not touch punctuation or structure.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use ferrous_opencc::config::BuiltinConfig;
use ferrous_opencc::OpenCC;

use crate::normalize::is_han;

fn converter() -> Option<&'static OpenCC> {
    static CONV: OnceLock<Option<OpenCC>> = OnceLock::new();
    CONV.get_or_init(|| OpenCC::from_config(BuiltinConfig::T2s).ok())
        .as_ref()
}

fn to_traditional(text: &str) -> Option<String> {
    static CONV: OnceLock<Option<OpenCC>> = OnceLock::new();
    CONV.get_or_init(|| OpenCC::from_config(BuiltinConfig::S2t).ok())
        .as_ref()
        .map(|c| c.convert(text))
}

/// The script a text is written in, told by the characters whose forms differ between the scripts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Script {
    Simplified,
    Traditional,
    /// Only characters written alike in both scripts (中国 人民 工作), or no Chinese at all.
    Neutral,
}

/// How many characters of `han` a conversion changes (position by position; a conversion that changes the
/// length counts as changing every character it cannot line up).
fn changed(han: &[char], conv: &str) -> usize {
    let conv: Vec<char> = conv.chars().collect();
    if conv.len() == han.len() {
        han.iter().zip(&conv).filter(|(a, b)| a != b).count()
    } else {
        han.len().abs_diff(conv.len()).max(1)
    }
}

/// Which script a text is in: the characters that are traditional forms (changed by t2s) against those that are
/// simplified forms (changed by s2t), in context (OpenCC's phrases keep 皇后 and 发展 apart). Whichever script has
/// more such characters wins; a text with none, or as many of each, is neutral.
///
/// Remembered per text (preflight asks for every text of every board at each edit, and two OpenCC conversions of
/// all of them were most of an edit's preflight: 24 ms on a 22-board project); at most [`SCRIPTS_KEPT`] texts.
pub fn script_of(text: &str) -> Script {
    let han: Vec<char> = text.chars().filter(|c| is_han(*c)).collect();
    if han.is_empty() {
        return Script::Neutral;
    }
    let src: String = han.iter().collect();
    if let Some(s) = remembered(&src) {
        return s;
    }
    let script = script_of_han(&han, &src);
    if let Ok(mut k) = KNOWN.lock() {
        let k = k.get_or_insert_with(HashMap::new);
        if k.len() >= SCRIPTS_KEPT {
            k.clear();
        }
        k.insert(src, script);
    }
    script
}

/// How many texts [`script_of`] remembers (the texts of a large exhibition's boards several times over).
const SCRIPTS_KEPT: usize = 4096;
/// The scripts read so far, by the text's Chinese characters.
static KNOWN: Mutex<Option<HashMap<String, Script>>> = Mutex::new(None);

fn remembered(han: &str) -> Option<Script> {
    KNOWN.lock().ok()?.as_ref()?.get(han).copied()
}

fn script_of_han(han: &[char], src: &str) -> Script {
    let trad = changed(han, &to_simplified(src));
    let simp = to_traditional(src).map_or(0, |t| changed(han, &t));
    match trad.cmp(&simp) {
        std::cmp::Ordering::Greater => Script::Traditional,
        std::cmp::Ordering::Less => Script::Simplified,
        std::cmp::Ordering::Equal => Script::Neutral,
    }
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
    fn a_texts_script_is_remembered() {
        let text = "全市機關各級黨組織將滿載此次展示交流豐碩收獲（只在此測試中）";
        let han: String = text.chars().filter(|c| is_han(*c)).collect();
        assert_eq!(remembered(&han), None);
        assert_eq!(script_of(text), Script::Traditional);
        assert_eq!(remembered(&han), Some(Script::Traditional));
    }

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

    #[test]
    fn script_of_texts() {
        assert_eq!(
            script_of("全市機關各級黨組織將滿載此次展示交流豐碩收獲"),
            Script::Traditional
        );
        assert_eq!(
            script_of("全市机关各级党组织将满载此次展示交流丰硕收获"),
            Script::Simplified
        );
        assert_eq!(script_of("青岛市委市直机关工委"), Script::Simplified);
        assert_eq!(script_of("青島市委市直機關工委"), Script::Traditional);
        // characters written alike in both scripts
        assert_eq!(script_of("人民工作"), Script::Neutral);
        // 国 is a simplified form (國)
        assert_eq!(script_of("中国人民"), Script::Simplified);
        assert_eq!(script_of("2024"), Script::Neutral);
        assert_eq!(script_of(""), Script::Neutral);
        // a running head in simplified beside a traditional board title: each is told apart
        assert_ne!(script_of("模范机关建设成果展"), script_of("模範機關建設成果展"));
    }
}
