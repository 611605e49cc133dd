//! Errors of the photo library and every user-facing message of this crate (zh-CN), in one place.
//!
//! Each error names the file it is about and says what the user can do. This module owns the wording only;
//! it must not decide what is an error (the decoders and the import pipeline do that).

use std::fmt;
use std::io;

/// What went wrong with one file. The file it concerns travels beside it in [`PhotoError`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// The file has zero bytes.
    Empty,
    /// The file ends before the image data does (interrupted copy or download).
    Truncated,
    /// The image data is damaged; `detail` is the decoder's own (English) words, for support.
    Corrupt { detail: String },
    /// The content is not an image we know (e.g. a document renamed to `.jpg`).
    NotAnImage,
    /// HEIC/HEIF (iPhone default): not decoded by this build.
    Heic,
    /// A known image format in a variant we cannot decode (12-bit or lossless JPEG, arithmetic coding…).
    Unsupported { detail: String },
    /// More pixels than the limit: refused before any pixel memory is allocated.
    TooManyPixels { width: u64, height: u64, limit: u64 },
    /// Decoding would need more memory than one photo may take (pixels × bytes per pixel, e.g. a huge 16-bit TIFF
    /// or an interlaced PNG): refused before the pixels are allocated.
    TooMuchMemory {
        width: u32,
        height: u32,
        need_mb: u64,
        budget_mb: u64,
    },
    /// The file itself is larger than the byte limit.
    FileTooLarge { bytes: u64, limit: u64 },
    /// The file cannot be read: missing, locked by another program, no permission…
    Unreadable { reason: ReadFailure, detail: String },
    /// Making the thumbnail failed after a successful decode (should not happen; reported, never panicked).
    Thumbnail { detail: String },
}

/// Why a file could not be read, as far as the operating system tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadFailure {
    NotFound,
    PermissionDenied,
    Locked,
    IsDirectory,
    Other,
}

/// An error about one file: its display name (base name) and what went wrong.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct PhotoError {
    /// The file's base name as the user knows it (e.g. `IMG_0001.jpg`), or a path when there is no name.
    pub file: String,
    pub kind: ErrorKind,
}

impl PhotoError {
    pub fn new(file: impl Into<String>, kind: ErrorKind) -> Self {
        PhotoError {
            file: file.into(),
            kind,
        }
    }

    /// Classifies an I/O error met while opening or reading `file`.
    pub fn from_io(file: impl Into<String>, err: &io::Error) -> Self {
        let reason = match err.kind() {
            io::ErrorKind::NotFound => ReadFailure::NotFound,
            io::ErrorKind::PermissionDenied => ReadFailure::PermissionDenied,
            io::ErrorKind::IsADirectory => ReadFailure::IsDirectory,
            // Windows: ERROR_SHARING_VIOLATION (32), ERROR_LOCK_VIOLATION (33).
            _ if matches!(err.raw_os_error(), Some(32) | Some(33)) => ReadFailure::Locked,
            _ => ReadFailure::Other,
        };
        PhotoError::new(
            file,
            ErrorKind::Unreadable {
                reason,
                detail: err.to_string(),
            },
        )
    }

    /// A stable English identifier of the kind, for JSON reports and tests (the message itself is for people).
    pub fn code(&self) -> &'static str {
        match self.kind {
            ErrorKind::Empty => "empty",
            ErrorKind::Truncated => "truncated",
            ErrorKind::Corrupt { .. } => "corrupt",
            ErrorKind::NotAnImage => "not_an_image",
            ErrorKind::Heic => "heic",
            ErrorKind::Unsupported { .. } => "unsupported",
            ErrorKind::TooManyPixels { .. } => "too_many_pixels",
            ErrorKind::TooMuchMemory { .. } => "too_much_memory",
            ErrorKind::FileTooLarge { .. } => "file_too_large",
            ErrorKind::Unreadable { .. } => "unreadable",
            ErrorKind::Thumbnail { .. } => "thumbnail",
        }
    }
}

impl fmt::Display for PhotoError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let file = &self.file;
        match &self.kind {
            ErrorKind::Empty => write!(
                f,
                "「{file}」是空文件（0 字节），里面没有照片。请从相机、手机或原文件夹重新复制这张照片后再导入。"
            ),
            ErrorKind::Truncated => write!(
                f,
                "「{file}」不完整（文件在图像数据中途结束），可能是复制或下载被中断。请重新复制或下载原图后再导入。"
            ),
            ErrorKind::Corrupt { .. } => write!(
                f,
                "「{file}」已损坏，无法读出图像。请先用看图软件打开确认；如果也打不开，请换用相机或手机里的原始照片。"
            ),
            ErrorKind::NotAnImage => write!(
                f,
                "「{file}」不是图片（文件内容与扩展名不符，可能是改了扩展名的其他文件）。请选择 JPEG、PNG、WebP、TIFF、BMP 或 GIF 格式的照片。"
            ),
            ErrorKind::Heic => write!(
                f,
                "「{file}」是 HEIC/HEIF 格式（苹果手机默认的照片格式），本软件暂不能直接读取。请用 Windows“照片”应用打开它并“另存为”JPEG，\
                 或在 iPhone 的“设置 > 相机 > 格式”中选择“兼容性最佳”、或在“设置 > 照片”中把“传输到 Mac 或 PC”设为“自动”后重新导出，再导入 JPEG 文件。"
            ),
            ErrorKind::Unsupported { .. } => write!(
                f,
                "「{file}」使用了本软件不支持的图像编码方式（如 12 位或无损 JPEG）。请用图像软件把它另存为普通 JPEG 或 PNG 后再导入。"
            ),
            ErrorKind::TooManyPixels { width: 0, .. } | ErrorKind::TooManyPixels { height: 0, .. } => write!(
                f,
                "「{file}」解码所需的内存超过了上限，可能是异常或恶意文件。如确实需要这张图，请先用图像软件把它缩小或另存为普通 JPEG 再导入。"
            ),
            ErrorKind::TooManyPixels { width, height, limit } => write!(
                f,
                "「{file}」的像素过多（{width}×{height}，约 {} 百万像素），超过了 {} 百万像素的上限，可能是异常或恶意文件。\
                 如确实需要这张图，请先用图像软件把它缩小到 {} 百万像素以内再导入。",
                (width * height).div_ceil(1_000_000),
                limit / 1_000_000,
                limit / 1_000_000
            ),
            ErrorKind::TooMuchMemory { width, height, need_mb, budget_mb } => write!(
                f,
                "「{file}」（{width}×{height} 像素）解码需要约 {need_mb} MB 内存，超过了每张照片 {budget_mb} MB 的上限\
                 （常见于 16 位色深、带透明通道或隔行扫描的超大图）。为免电脑内存不足，未导入。\
                 请用图像软件把它另存为普通 JPEG（或缩小尺寸）后再导入。"
            ),
            ErrorKind::FileTooLarge { bytes, limit } => write!(
                f,
                "「{file}」文件太大（{} MB），超过了 {} MB 的上限。请先用图像软件把它另存为较小的 JPEG 再导入。",
                bytes.div_ceil(1 << 20),
                limit >> 20
            ),
            ErrorKind::Unreadable { reason, .. } => {
                let why = match reason {
                    ReadFailure::NotFound => "文件不存在，可能已被移动、改名或删除",
                    ReadFailure::PermissionDenied => "没有读取权限，或文件正被其他程序占用",
                    ReadFailure::Locked => "文件正被其他程序占用（锁定）",
                    ReadFailure::IsDirectory => "这是一个文件夹而不是文件",
                    ReadFailure::Other => "系统拒绝读取",
                };
                write!(
                    f,
                    "无法读取「{file}」：{why}。请确认文件还在原处、有读取权限，并关闭正在使用它的程序（如图片编辑软件、正在同步的网盘）后重试。"
                )
            }
            ErrorKind::Thumbnail { .. } => write!(
                f,
                "「{file}」读取成功，但生成缩略图失败。请用图像软件把它另存为普通 JPEG 后再导入，并把此情况告诉技术支持。"
            ),
        }
    }
}

impl PhotoError {
    /// Technical detail for logs and support (English, from the decoder or the OS); empty when there is none.
    pub fn detail(&self) -> &str {
        match &self.kind {
            ErrorKind::Corrupt { detail }
            | ErrorKind::Unsupported { detail }
            | ErrorKind::Unreadable { detail, .. }
            | ErrorKind::Thumbnail { detail } => detail,
            _ => "",
        }
    }
}
