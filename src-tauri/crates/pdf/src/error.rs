//! Errors of the PDF writer, with the user-facing text (zh-CN) that says what to do.
//! Owns only the error type and its messages; it must not do any I/O or PDF work.

use std::path::PathBuf;

/// Everything that can go wrong while exporting boards to PDF.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// `path` is the file the user asked for (never a temporary name); `reason` says in Chinese what went wrong;
    /// `detail` keeps the operating system's own words for the "详细信息" part of the dialog and for support.
    #[error("无法写入“{path}”：{reason}。请检查导出文件夹是否存在、磁盘是否已满，或文件是否正被其他程序打开。")]
    Io {
        path: PathBuf,
        reason: &'static str,
        detail: String,
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
    /// An I/O failure on `path`, which must be the name the user knows (the final file or folder).
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        PdfError::Io {
            path: path.into(),
            reason: io_reason(&source),
            detail: source.to_string(),
        }
    }

    /// The operating system's own text for an I/O failure (shown under "详细信息", not in the message).
    pub fn detail(&self) -> Option<&str> {
        match self {
            PdfError::Io { detail, .. } => Some(detail),
            _ => None,
        }
    }

    /// True for failures the user can act on (a folder, a disk, a damaged or missing photo, a font, a size, a
    /// cancel); false for faults of the program.
    pub fn is_user_error(&self) -> bool {
        !matches!(self, PdfError::Pdf(_) | PdfError::FontIndex { .. } | PdfError::Proof(_))
    }
}

/// The Chinese words for an I/O failure.
fn io_reason(e: &std::io::Error) -> &'static str {
    use std::io::ErrorKind as K;
    // Windows: ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION (a PDF reader has the file open).
    if matches!(e.raw_os_error(), Some(32) | Some(33)) && cfg!(windows) {
        return "文件正被其他程序打开（例如 PDF 阅读器）";
    }
    match e.kind() {
        K::NotFound => "文件夹不存在，或已被移动、删除",
        K::PermissionDenied => "没有写入权限，或文件正被其他程序打开",
        K::ReadOnlyFilesystem => "磁盘或文件夹是只读的",
        K::StorageFull => "磁盘空间已满",
        K::QuotaExceeded => "超出了磁盘配额",
        K::FileTooLarge => "文件超过了磁盘格式允许的大小（如 FAT32 U 盘的 4 GB 上限）",
        K::NotADirectory => "路径中有一个同名文件挡住了文件夹",
        K::IsADirectory => "同名的文件夹已存在",
        K::InvalidFilename => "文件名或路径太长，或含有不允许的字符",
        K::AlreadyExists => "同名文件已存在",
        K::Interrupted | K::TimedOut | K::WouldBlock => "操作被中断",
        K::NetworkDown | K::NetworkUnreachable | K::ConnectionReset | K::ConnectionAborted => "网络连接已断开",
        _ => "系统拒绝了这次读写",
    }
}

impl From<lopdf::Error> for PdfError {
    fn from(e: lopdf::Error) -> Self {
        PdfError::Pdf(e.to_string())
    }
}

pub type Result<T> = std::result::Result<T, PdfError>;
