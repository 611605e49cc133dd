//! Errors of the typesetter, with the user-facing (zh-CN) text of each in its Display impl.
//!
//! Owns every message the user can see from this crate; must not hold any logic beyond formatting.

use std::path::PathBuf;

/// What can go wrong while finding fonts or setting text.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// No usable CJK font was found anywhere.
    #[error("找不到可用的中文字体。请重新运行安装程序，或把字体文件放入程序目录下的 fonts 文件夹（也可用环境变量 ZHANBAN_FONT_DIR 指定字体文件夹）。")]
    NoFonts,

    /// The font the user asked for is not installed and has no stand-in.
    #[error("找不到字体“{name}”，也没有可代替它的字体。请安装该字体，或在样式中改选其他字体（如 黑体、宋体、楷体）。")]
    FontNotFound { name: String },

    /// A font file could not be read.
    #[error("无法读取字体文件 {path}：{source}。请检查文件是否存在、是否有读取权限，或改选其他字体。")]
    FontRead {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    /// A font file is damaged or not a font.
    #[error("字体文件 {path} 已损坏或不是受支持的字体（第 {index} 个字面）。请重新安装该字体，或改选其他字体。")]
    FontInvalid { path: PathBuf, index: u32 },

    /// The shaper rejected the text.
    #[error("排版引擎无法处理字体“{family}”中的这段文字（{detail}）。请改选其他字体后重试。")]
    Shaping { family: String, detail: String },

    /// A width or size that cannot be set.
    #[error("排版参数无效：{what}。请输入大于零的宽度和字号。")]
    InvalidParameter { what: String },

    /// Nothing fits in the box even at the smallest allowed size.
    #[error("文字在最小字号 {min_pt} 磅时仍放不下（需要高 {needed_mm:.1} 毫米，只有 {available_mm:.1} 毫米）。请删减文字、加大文本框，或调低最小字号。")]
    DoesNotFit {
        min_pt: f64,
        needed_mm: f64,
        available_mm: f64,
    },

    /// JSON output failed (should not happen).
    #[error("无法生成 JSON 输出：{0}")]
    Json(#[from] serde_json::Error),
}

/// Short zh-CN notes the typesetter attaches to its reports (preflight shows them).
pub mod notes {
    /// A requested font is not installed and another one stands in.
    pub fn font_substituted(requested: &str, used: &str) -> String {
        format!("未安装字体“{requested}”，已改用“{used}”。如需原字体，请先安装。")
    }
    /// Bold is simulated because the family has no bold face.
    pub fn synthetic_bold(family: &str) -> String {
        format!("字体“{family}”没有粗体，粗体为软件模拟（加描边），印刷效果可能偏粗。可改选带粗体的字体。")
    }
    /// A font must not be embedded.
    pub fn embedding_forbidden(family: &str) -> String {
        format!("字体“{family}”的授权禁止嵌入，不能用于送印的 PDF。请改选其他字体。")
    }
    /// A font's licence restricts embedding.
    pub fn embedding_restricted(family: &str) -> String {
        format!("字体“{family}”的授权限制嵌入（仅供预览和打印）。送印前请确认已获得该字体的商用授权。")
    }
    /// A character drawn from another font.
    pub fn fallback(ch: &str, wanted: &str, used: &str) -> String {
        format!("“{ch}”在字体“{wanted}”中没有，已用“{used}”显示。")
    }
    /// A character no font has.
    pub fn missing(ch: &str) -> String {
        format!("“{ch}”在所有可用字体中都没有，会显示为空框。请安装含该字的字体（如花园明朝），或改用常用字。")
    }
}
