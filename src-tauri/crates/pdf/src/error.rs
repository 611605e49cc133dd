//! Errors of the PDF writer, with the user-facing text (zh-CN) that says what to do.
//! Owns only the error type and its messages; it must not do any I/O or PDF work.

use std::path::PathBuf;

/// Everything that can go wrong while exporting boards to PDF.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error("无法写入文件“{path}”：{source}。请检查导出文件夹是否存在、磁盘是否已满，或文件是否正被其他程序打开。")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("无法读取照片（{hash}）：{reason}。请在项目中重新导入这张照片。")]
    PhotoMissing { hash: String, reason: String },
    #[error("照片（{hash}）无法识别：{reason}。请把它另存为 JPEG 或 PNG 后重新导入。")]
    PhotoUnreadable { hash: String, reason: String },
    #[error("照片（{hash}）的裁切或尺寸信息无效：{reason}。请在版面中重新调整这张照片。")]
    PhotoGeometry { hash: String, reason: String },
    #[error("无法读取字体“{path}”：{reason}。请确认字体文件存在，或在主题中换用其他字体。")]
    FontUnreadable { path: String, reason: String },
    #[error("字体“{family}”无法嵌入（子集化失败：{reason}）。请在主题中换用其他字体。")]
    FontSubset { family: String, reason: String },
    #[error("展板“{board}”引用了不存在的字体（序号 {index}）。请重新排版这块展板。")]
    FontIndex { board: String, index: usize },
    #[error("展板“{board}”的尺寸无效（{width}×{height} 毫米，出血 {bleed} 毫米）。请在展板设置中填写正确的尺寸。")]
    BoardSize {
        board: String,
        width: f64,
        height: f64,
        bleed: f64,
    },
    #[error("生成 PDF 时出错：{0}。请重试；如果问题重复出现，请把项目文件发给技术支持。")]
    Pdf(String),
    #[error("生成校样图片时出错：{0}")]
    Proof(#[from] zhanban_raster::Error),
    #[error("导出已取消，未留下未完成的文件。")]
    Cancelled,
}

impl PdfError {
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        PdfError::Io {
            path: path.into(),
            source,
        }
    }
}

impl From<lopdf::Error> for PdfError {
    fn from(e: lopdf::Error) -> Self {
        PdfError::Pdf(e.to_string())
    }
}

pub type Result<T> = std::result::Result<T, PdfError>;
