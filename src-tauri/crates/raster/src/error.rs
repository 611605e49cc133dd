//! Errors of the rasterizer, with their user-facing (zh-CN) text.
//!
//! Owns messages only; no drawing logic.

/// What can go wrong while drawing frames to pixels.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("图像尺寸无效（过大或为零）。请降低分辨率后重试。")]
    Size,
    #[error("无法读取字体文件 {path}：{source}。请检查字体是否仍在原处，或重新排版后再导出。")]
    FontRead {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("字体文件 {path} 已损坏，无法绘制文字。请重新安装该字体或改选其他字体。")]
    FontInvalid { path: String },
    #[error("版面数据有误：文字引用了不存在的第 {0} 号字体。请重新排版后再导出。")]
    FontIndex(usize),
    #[error("PNG 编码或解码失败：{0}")]
    Png(String),
    #[error("无法读取照片（{hash}）：{reason}。请在项目中重新导入这张照片。")]
    PhotoMissing { hash: String, reason: String },
    #[error("照片（{hash}）无法解码：{reason}。请把它另存为 JPEG 或 PNG 后重新导入。")]
    PhotoUnreadable { hash: String, reason: String },
    #[error("校样图片编码失败：{0}。请重试；如果问题重复出现，请把项目文件发给技术支持。")]
    Jpeg(String),
}
