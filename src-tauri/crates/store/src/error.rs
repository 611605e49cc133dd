//! The store's errors and their Chinese messages (the one place the store's user-facing text lives).
//! Every variant that names a file says which file and what the user can do about it.

use std::path::PathBuf;

/// Everything that can go wrong with a project file.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("找不到项目文件“{0}”。请检查路径是否正确，或新建一个项目。")]
    NotFound(PathBuf),
    #[error("“{0}”已存在，未做任何改动。请换一个文件名，或直接打开它。")]
    AlreadyExists(PathBuf),
    #[error("“{0}”是空文件（0 字节），不是展板工坊项目。它可能在保存时被中断；请打开备份，或新建项目。")]
    Empty(PathBuf),
    #[error("“{0}”不是展板工坊项目文件（.zhanban）。请确认选择的是项目文件，而不是照片或其他文档。")]
    NotAProject(PathBuf),
    #[error("项目文件“{0}”不完整（文件被截断），未做任何改动。它可能没有复制完整；请重新复制，或打开备份。")]
    Truncated(PathBuf),
    #[error("项目文件“{path}”已损坏（{detail}），未做任何改动。请打开备份，或联系技术支持。")]
    Corrupt { path: PathBuf, detail: String },
    #[error(
        "项目文件“{path}”由更新版本的展板工坊创建（文件格式 {found}，本程序支持到 {supported}），\
         为避免损坏未打开。请升级展板工坊后再打开。"
    )]
    NewerVersion { path: PathBuf, found: i64, supported: i64 },
    #[error("项目文件“{0}”正在被另一个展板工坊窗口或程序使用。请先关闭那个窗口，再打开。")]
    Locked(PathBuf),
    #[error(
        "无法读写“{path}”：{}。请检查文件是否存在、是否有权限，以及磁盘空间是否足够。",
        io_reason(source)
    )]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error(
        "项目文件“{0}”是只读的（文件设为只读，或所在文件夹、光盘、U 盘不允许写入），无法在此编辑。\
         可以只读打开查看和导出；要编辑，请把它复制到可写的文件夹（如“文档”），或取消文件的只读属性。"
    )]
    ReadOnly(PathBuf),
    #[error("项目以只读方式打开，不能修改。要编辑，请把项目文件复制到可写的文件夹后重新打开。")]
    ReadOnlyEdit,
    #[error("磁盘空间已满，这一步没有保存（项目中已有的内容不受影响）。请清理磁盘或把项目移到空间充足的磁盘后再试。")]
    DiskFull,
    #[error(
        "照片“{file_name}”的原件在项目文件中已损坏（内容与导入时的校验值不符），未使用。\
         请删除这张照片后从原始文件重新导入，或打开项目的备份。"
    )]
    DamagedOriginal { file_name: String, hash: String },
    #[error("项目中没有名为“{0}”的照片。")]
    NoSuchPhoto(String),
    #[error("项目中没有编号为 {0} 的文稿。")]
    NoSuchWriteUp(i64),
    #[error("项目数据库出错：{0}")]
    Database(rusqlite::Error),
    #[error("项目数据格式出错：{0}")]
    Json(#[from] serde_json::Error),
}

impl StoreError {
    /// True for errors caused by the user's input (a bad path or file), false for internal failures.
    pub fn is_user_error(&self) -> bool {
        !matches!(self, StoreError::Database(_) | StoreError::Json(_))
    }

    /// The operating system's own text for an I/O failure, for a "详细信息" field — never in the message.
    pub fn detail(&self) -> Option<String> {
        match self {
            StoreError::Io { source, .. } => Some(source.to_string()),
            _ => None,
        }
    }
}

/// The Chinese words for why the system refused to read or write the project file.
fn io_reason(e: &std::io::Error) -> &'static str {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::NotFound | K::NotADirectory => "文件或文件夹不存在",
        K::PermissionDenied => "没有读写权限，或文件正被其他程序使用",
        K::ReadOnlyFilesystem => "磁盘或文件夹是只读的",
        K::StorageFull | K::QuotaExceeded => "磁盘空间已满",
        K::InvalidFilename => "文件名或路径太长，或含有不允许的字符",
        K::NetworkDown | K::NetworkUnreachable | K::ConnectionReset | K::ConnectionAborted => "网络连接已断开",
        _ => "系统拒绝了这次读写",
    }
}

impl From<rusqlite::Error> for StoreError {
    /// A write refused because the project is open read-only, or because the disk is full, is the user's situation,
    /// not a database fault.
    fn from(e: rusqlite::Error) -> Self {
        match e.sqlite_error_code() {
            Some(rusqlite::ErrorCode::ReadOnly) => StoreError::ReadOnlyEdit,
            // The disk filled up mid-write: SQLite rolled the step back; the user can make room and try again.
            Some(rusqlite::ErrorCode::DiskFull) => StoreError::DiskFull,
            _ => StoreError::Database(e),
        }
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::StoreError;

    /// A full disk is said in Chinese as the user's situation (what to do), never "内部错误 … 这是程序的问题".
    #[test]
    fn a_full_disk_is_the_users_situation() {
        let full = rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_FULL), None);
        let e = StoreError::from(full);
        assert!(matches!(e, StoreError::DiskFull), "{e:?}");
        assert!(e.is_user_error());
        assert!(e.to_string().contains("磁盘空间已满"));
    }

    /// The system's (English, on most machines) text stays out of the message and is kept as the detail.
    #[test]
    fn io_failures_keep_the_system_text_as_detail() {
        let source = std::io::Error::new(std::io::ErrorKind::PermissionDenied, "Permission denied (os error 13)");
        let e = StoreError::Io {
            path: "D:/展览/甲.zhanban".into(),
            source,
        };
        let message = e.to_string();
        assert!(
            message.contains("没有读写权限") && message.contains("甲.zhanban"),
            "{message}"
        );
        assert!(!message.contains("Permission denied"), "{message}");
        assert_eq!(e.detail().as_deref(), Some("Permission denied (os error 13)"));
    }
}
