//! Path policy for every command that takes a path from the UI or the command line: UNC and device paths
//! (`\\?\…`, `\\.\…`, `\\host\share\…`, `//host/share/…`) are refused, so nothing is read from or written to another
//! machine or a raw device unless the user picked it in a native dialog (the caller decides that, not this module).
//!
//! Pure: looks only at the text of the path, never at the file system. Owns this one rule and its Chinese message.

use std::path::Path;

/// Why a path was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PathRefused {
    #[error("不能使用网络路径“{0}”（\\\\服务器\\共享 形式）。请先把文件复制到本机；导入照片和文稿时，也可以从资源管理器直接把它们拖进窗口。")]
    Network(String),
    #[error("不能使用设备路径“{0}”（以 \\\\?\\ 或 \\\\.\\ 开头）。请选择本机磁盘上的普通文件或文件夹。")]
    Device(String),
}

/// What kind of path a text is, for the policy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathKind {
    /// An ordinary local path (absolute or relative).
    Local,
    /// `\\host\share\…` or `//host/share/…` (also `\\?\UNC\host\share`).
    Network,
    /// `\\?\…`, `\\.\…`, `//?/…`, `//./…`: Win32 device and verbatim namespaces.
    Device,
}

/// Classifies a path by its text alone. Both separators count on every platform: a path typed or pasted on Linux
/// may be meant for Windows, and `//host/share` is a network path on Windows.
pub fn path_kind(path: &Path) -> PathKind {
    let s = path.to_string_lossy();
    let b = s.as_bytes();
    let sep = |c: u8| c == b'\\' || c == b'/';
    if b.len() < 2 || !sep(b[0]) || !sep(b[1]) {
        return PathKind::Local;
    }
    // Two leading separators: device (`\\?\`, `\\.\`) or network (`\\host\…`).
    match (b.get(2), b.get(3)) {
        (Some(b'?'), Some(&c)) | (Some(b'.'), Some(&c)) if sep(c) => {
            // `\\?\UNC\host\share` is the verbatim spelling of a network path.
            let rest = &s[4..];
            if rest.len() >= 4 && rest[..3].eq_ignore_ascii_case("UNC") && sep(rest.as_bytes()[3]) {
                PathKind::Network
            } else {
                PathKind::Device
            }
        }
        (Some(b'?'), None) | (Some(b'.'), None) => PathKind::Device,
        (Some(&c), _) if !sep(c) => PathKind::Network,
        // Three or more separators: `///x` is a local path on Linux but `\\\x` makes no sense on Windows either;
        // Windows treats it as UNC, so refuse it as a network path.
        (Some(_), _) => PathKind::Network,
        (None, _) => PathKind::Network,
    }
}

/// Accepts a local path, refuses network and device paths with a Chinese message naming the path.
pub fn check_local(path: &Path) -> Result<(), PathRefused> {
    match path_kind(path) {
        PathKind::Local => Ok(()),
        PathKind::Network => Err(PathRefused::Network(path.display().to_string())),
        PathKind::Device => Err(PathRefused::Device(path.display().to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(s: &str) -> PathKind {
        path_kind(Path::new(s))
    }

    #[test]
    fn local_paths_pass() {
        for s in [
            r"C:\Users\张三\Documents\展板.zhanban",
            "C:/Users/a/b.jpg",
            r"D:\",
            "/home/zhang/展板/导出",
            "relative/photo.jpg",
            r"relative\photo.jpg",
            "./x",
            "/",
            "",
            r"\single\leading",
            "照片.jpg",
        ] {
            assert_eq!(kind(s), PathKind::Local, "{s}");
            assert!(check_local(Path::new(s)).is_ok(), "{s}");
        }
    }

    #[test]
    fn device_paths_are_refused() {
        for s in [
            r"\\?\C:\Users\a\b.zhanban",
            r"\\.\PhysicalDrive0",
            r"\\.\COM1",
            "//?/C:/x",
            "//./pipe/x",
            r"\\?",
            r"\\.",
        ] {
            assert_eq!(kind(s), PathKind::Device, "{s}");
            let msg = check_local(Path::new(s)).unwrap_err().to_string();
            assert!(msg.contains("设备路径"), "{msg}");
        }
    }

    #[test]
    fn network_paths_are_refused() {
        for s in [
            r"\\host\share\展板.zhanban",
            r"\\192.168.1.10\公共\照片",
            "//host/share/x.pdf",
            r"\/host/share",
            r"\\?\UNC\host\share\x",
            r"\\?\unc\host\share",
            "//?/UNC/host/share",
            r"\\\triple",
            r"\\",
            "//",
        ] {
            assert_eq!(kind(s), PathKind::Network, "{s}");
            let msg = check_local(Path::new(s)).unwrap_err().to_string();
            assert!(msg.contains("网络路径") && msg.contains(s), "{msg}");
        }
    }
}
