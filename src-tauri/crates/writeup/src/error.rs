//! Errors of the write-up reader, and the one place where their Chinese messages live.
//!
//! Every message says what happened and what the user can do. This module must not read files itself.

use thiserror::Error;

/// Why a write-up file could not be read.
#[derive(Debug, Error)]
pub enum Error {
    #[error("无法读取文件“{path}”：{}。请确认文件存在且没有被其他程序占用。", io_reason(source))]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("文件“{0}”太大（超过 {1} MB），不像是一篇文稿。请只导入文稿本身。")]
    TooLarge(String, u64),
    #[error("“{0}”是旧版 Word/WPS 文件（.doc/.wps），无法直接读取。请在 Word 或 WPS 中打开，选择“另存为”→“Word 文档 (*.docx)”，再导入新文件。")]
    OldWordFormat(String),
    #[error("不支持“{0}”这种文件。请导入 .txt、.md、.html 或 .docx 文稿，或直接粘贴文字。")]
    Unsupported(String),
    #[error("“{0}”不是有效的 .docx 文件（可能已损坏或只是改了扩展名）。请在 Word 或 WPS 中打开并重新另存为 .docx。")]
    NotDocx(String),
    #[error("“{0}”解压后过大或压缩比异常，可能是损坏或恶意的文件，已拒绝导入。请在 Word 中重新保存后再试。")]
    ZipBomb(String),
    #[error("“{0}”的内容结构异常（{1}），已拒绝导入。请在 Word 中打开并重新另存为 .docx 后再试。")]
    BadXml(String, String),
    #[error("“{0}”里没有文章内容（文件是空的，或只有空白、网页导航和页脚等），未导入任何内容。请确认选对了文件，或把文章正文复制到文件里再导入。")]
    Empty(String),
    #[error("无法识别“{0}”的文字编码。请用记事本打开，另存为“UTF-8”编码后再导入。")]
    Encoding(String),
}

/// Why the system would not let the file be read, in Chinese (the system's own text stays in `source`).
fn io_reason(e: &std::io::Error) -> &'static str {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::NotFound => "文件不存在，或已被移动、删除",
        K::PermissionDenied => "没有读取权限，或文件正被其他程序使用",
        K::IsADirectory => "这是一个文件夹，不是文件",
        K::InvalidFilename => "文件名或路径太长，或含有不允许的字符",
        _ => "系统拒绝了读取",
    }
}
