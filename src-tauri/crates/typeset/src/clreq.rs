//! Character classes and line-breaking rules of the W3C *Requirements for Chinese Text Layout* (clreq), strict
//! level, for horizontal Simplified Chinese: which characters may not start or end a line, which sequences are never
//! split (——, ……, numbers with their units, percentages, Latin words), and which punctuation has a blank half that
//! may be compressed.
//!
//! Owns the rules as pure functions on characters; it must not measure, shape or choose breaks.

/// The layout class of a character.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Class {
    /// Han ideographs, kana, hangul, full-width letters: a break is allowed on either side.
    Ideograph,
    /// Opening brackets and quotes （《「『【〔〈“‘〝 ( [ { and their small and ornamental forms: never end a line.
    Opening,
    /// Closing brackets and quotes ）》」』】〕〉”’〞〟 ) ] } and their small and ornamental forms: never start a line.
    Closing,
    /// Pause and stop marks 。，、；：and their half-width forms: never start a line.
    Stop,
    /// ？！ and ?!: never start a line; not compressed.
    Exclam,
    /// Middle dots · ・: never start a line.
    Middle,
    /// Dashes — ― ⸺ ⸻: never start a line; a pair (——) is never split.
    Dash,
    /// Wave dashes and the full-width solidus ～ 〜 ／ (5～10个, 党员／群众): never start a line.
    Connector,
    /// Ellipsis … ‥: never start a line; a pair (……) is never split.
    Ellipsis,
    /// Small kana, iteration marks and prolonged sound marks: never start a line.
    NonStarter,
    /// ASCII and full-width digits.
    Digit,
    /// Letters of alphabetic scripts.
    Letter,
    /// % ‰ ℃ and the like: stay with the number before them.
    Postfix,
    /// ¥ $ £ € # and the like: stay with the number after them.
    Prefix,
    /// Breakable spaces.
    Space,
    /// No-break space and joiners: never break around them.
    Glue,
    /// Symbols and everything else: breaks allowed around them.
    Other,
}

/// Classifies one character.
pub fn class(c: char) -> Class {
    match c {
        '（' | '《' | '「' | '『' | '【' | '〔' | '〈' | '“' | '‘' | '(' | '[' | '{' | '〖' | '〘' | '〚' | '｢'
        | '⦅' | '«' | '［' | '｛' | '〝' | '｟' | '﹙' | '﹛' | '﹝' | '❨' | '⟨' | '⟪' | '‹' => {
            Class::Opening
        }
        '）' | '》' | '」' | '』' | '】' | '〕' | '〉' | '”' | '’' | ')' | ']' | '}' | '〗' | '〙' | '〛' | '｣'
        | '⦆' | '»' | '］' | '｝' | '〞' | '〟' | '｠' | '﹚' | '﹜' | '﹞' | '❩' | '⟩' | '⟫' | '›' => {
            Class::Closing
        }
        '。' | '，' | '、' | '；' | '：' | '．' | '｡' | '､' | ',' | '.' | ';' | ':' => Class::Stop,
        '？' | '！' | '?' | '!' | '‼' | '⁇' | '⁈' | '⁉' => Class::Exclam,
        '·' | '・' | '･' | '‧' => Class::Middle,
        '—' | '―' | '⸺' | '⸻' => Class::Dash,
        '～' | '〜' | '／' => Class::Connector,
        '…' | '‥' | '⋯' => Class::Ellipsis,
        '々' | '〻' | 'ー' | 'ゝ' | 'ゞ' | 'ヽ' | 'ヾ' | '〆' | 'ぁ' | 'ぃ' | 'ぅ' | 'ぇ' | 'ぉ' | 'っ' | 'ゃ'
        | 'ゅ' | 'ょ' | 'ゎ' | 'ァ' | 'ィ' | 'ゥ' | 'ェ' | 'ォ' | 'ッ' | 'ャ' | 'ュ' | 'ョ' | 'ヮ' | 'ヵ' | 'ヶ' => {
            Class::NonStarter
        }
        '0'..='9' | '０'..='９' => Class::Digit,
        '%' | '‰' | '‱' | '％' | '℃' | '℉' | '°' | '′' | '″' | '¢' => Class::Postfix,
        '¥' | '￥' | '$' | '＄' | '£' | '￡' | '€' | '#' | '＃' | '№' | '±' | '＋' | '－' => Class::Prefix,
        '\u{00A0}' | '\u{2007}' | '\u{202F}' | '\u{2060}' | '\u{FEFF}' | '\u{200D}' => Class::Glue,
        ' ' | '\t' | '\u{3000}' | '\u{2002}'..='\u{2006}' | '\u{2008}'..='\u{200B}' | '\u{205F}' => Class::Space,
        _ if is_cjk(c) => Class::Ideograph,
        _ if c.is_alphabetic() => Class::Letter,
        _ => Class::Other,
    }
}

/// Ideographs and other characters set on the em grid (CJK blocks, kana, hangul, full-width forms).
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x11FF | 0x2E80..=0x2FDF | 0x3005..=0x3007 | 0x3021..=0x3029 | 0x3040..=0x30FF | 0x3100..=0x312F
        | 0x3130..=0x318F | 0x31A0..=0x31FF | 0x3200..=0x33FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xA960..=0xA97F | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0xFF21..=0xFF3A | 0xFF41..=0xFF5A
        | 0x20000..=0x3FFFF)
}

/// True for characters that belong to the em grid of CJK text (ideographs and full-width punctuation), used to
/// decide where a quarter-em CJK–Latin gap goes.
pub fn is_cjk_side(c: char) -> bool {
    is_cjk(c)
        || matches!(c as u32, 0x3000..=0x303F | 0xFF00..=0xFFEF | 0x2014 | 0x2026 | 0x201C | 0x201D | 0x2018 | 0x2019 | 0x00B7)
}

/// True for letters and digits of alphabetic text (the other side of a quarter-em gap).
pub fn is_western(c: char) -> bool {
    matches!(class(c), Class::Letter | Class::Digit) && !is_cjk(c) && !matches!(c as u32, 0xFF10..=0xFF19)
}

/// Never at the start of a line (clreq: closing brackets, pause/stop marks, ·, …, dashes, ～ ／ and the like).
pub fn no_line_start(c: char) -> bool {
    matches!(
        class(c),
        Class::Closing
            | Class::Stop
            | Class::Exclam
            | Class::Middle
            | Class::Ellipsis
            | Class::Dash
            | Class::Connector
            | Class::NonStarter
            | Class::Postfix
    )
}

/// Never at the end of a line (clreq: opening brackets and quotes, and number prefixes).
pub fn no_line_end(c: char) -> bool {
    matches!(class(c), Class::Opening | Class::Prefix)
}

/// Characters that count as "a character" for the 孤字 rule (not punctuation, not space).
pub fn is_letter_like(c: char) -> bool {
    matches!(class(c), Class::Ideograph | Class::Digit | Class::Letter | Class::Other)
}

/// Measure words and units that stay with a number written before them (2023年, 3.1万余人次, 936人, 46支, 20强,
/// 8种, 91.59万元).
pub fn is_unit(c: char) -> bool {
    "万亿千百十余多几年月日时分秒号个人名位次支家项件场元角米吨斤亩公里平方克升户所座条批篇期届周岁天倍份部台辆套本张幅处栋间层章节款例株棵头只双对组队班团室站门册页版度亿兆强种类轮起宗道首块枚颗笔架艘顷遍回趟成级段封集卷股桩".contains(c)
}

/// Digits of a number, in either width (2023, ２０２３).
pub fn is_digit(c: char) -> bool {
    class(c) == Class::Digit
}

/// How far a unit sequence after a number may reach (万余人次 is four).
pub const MAX_UNITS: usize = 4;

/// Which side of a full-width punctuation mark is blank and may be compressed by half an em.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Blank {
    None,
    /// Opening marks: the ink is in the right half.
    Left,
    /// Closing brackets and pause/stop marks (Simplified Chinese position): the ink is in the left half.
    Right,
}

/// The compressible half of a punctuation mark, when it is set full-width.
pub fn blank(c: char) -> Blank {
    match class(c) {
        Class::Opening => Blank::Left,
        Class::Closing => Blank::Right,
        Class::Stop if !c.is_ascii() => Blank::Right,
        _ => Blank::None,
    }
}

/// Marks that may hang past the right edge when hanging punctuation is on (。，、 and the like).
pub fn may_hang(c: char) -> bool {
    matches!(c, '。' | '，' | '、' | '．' | '｡' | '､')
}

/// Characters that want the full-width (`fwid`) form in Chinese text: curly quotes, the em dash, the ellipsis
/// and the middle dot, which many CJK fonts map to proportional Latin forms by default.
pub fn wants_full_width(c: char) -> bool {
    matches!(c, '“' | '”' | '‘' | '’' | '—' | '…' | '·')
}

/// Connectors that keep a Latin word or a number whole when letters or digits stand on both sides (3.1, 1+1, e-mail).
pub fn is_word_joiner(c: char) -> bool {
    matches!(
        c,
        '.' | ',' | '-' | '\'' | '’' | '/' | ':' | '+' | '&' | '@' | '_' | '×' | '~' | '\u{2010}' | '\u{2011}'
    )
}
