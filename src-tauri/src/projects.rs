//! Where projects live on this machine: the default folder for new projects, project-name checks, and the list of
//! recently opened projects with the folder each last exported to (a small JSON file in the per-user config folder;
//! the app cleans an interrupted export's temporary files there at start). No Tauri here: the shell and tests use it
//! alike.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// How many projects the recent list keeps.
const RECENT_LIMIT: usize = 12;

/// A recently opened project, as the start screen lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct RecentProject {
    pub path: String,
    pub name: String,
    /// Seconds since the Unix epoch of the last opening.
    #[ts(type = "number")]
    pub opened_at: u64,
    /// Whether the file is still there (filled in when listing).
    #[serde(default)]
    pub exists: bool,
    /// The folder the project was last exported to, if any.
    #[serde(default)]
    pub export_dir: Option<String>,
}

/// The folder new projects go to by default: 文档/展板工坊.
/// The project the desktop app opens when it starts: a `.zhanban` file given on the command line (as a double-click
/// on the file does once the installer has registered the association), else the last project opened, if its file is
/// still there (a missing last project shows the start screen, which marks it). `None` shows the start screen.
pub fn startup_project(args: impl IntoIterator<Item = std::ffi::OsString>, recent: &[RecentProject]) -> Option<String> {
    let given = args.into_iter().skip(1).map(PathBuf::from).find(|p| {
        p.extension()
            .is_some_and(|e| e.eq_ignore_ascii_case(crate::store::EXTENSION))
    });
    match given {
        Some(p) => Some(p.display().to_string()),
        None => recent.first().filter(|r| r.exists).map(|r| r.path.clone()),
    }
}

pub fn default_project_dir() -> PathBuf {
    let docs = dirs::document_dir()
        .or_else(|| dirs::home_dir().map(|h| h.join("Documents")))
        .unwrap_or_else(std::env::temp_dir);
    docs.join("展板工坊")
}

/// The project file for a project name in a folder, or `None` when the name cannot be a file name on Windows.
pub fn project_path(dir: &Path, name: &str) -> Option<PathBuf> {
    let name = name.trim();
    let forbidden = |c: char| c.is_control() || matches!(c, '\\' | '/' | ':' | '*' | '?' | '"' | '<' | '>' | '|');
    let stem = name.strip_suffix(".zhanban").unwrap_or(name);
    let reserved = zhanban_pdf::names::is_reserved_name(stem);
    if stem.is_empty() || stem.chars().any(forbidden) || stem.ends_with('.') || reserved || stem.chars().count() > 120 {
        return None;
    }
    Some(dir.join(format!("{stem}.zhanban")))
}

/// The recent-projects list kept in `file`.
pub struct RecentList {
    file: PathBuf,
}

impl RecentList {
    /// The list in the per-user config folder (e.g. %APPDATA%\展板工坊 on Windows, ~/.config/展板工坊 on Linux).
    pub fn per_user() -> RecentList {
        let dir = dirs::config_dir().unwrap_or_else(std::env::temp_dir).join("展板工坊");
        RecentList {
            file: dir.join("recent.json"),
        }
    }

    pub fn at(file: PathBuf) -> RecentList {
        RecentList { file }
    }

    /// The projects, most recent first, each marked with whether its file still exists. A missing or unreadable
    /// list is an empty list: it is a convenience, never a reason to fail.
    pub fn load(&self) -> Vec<RecentProject> {
        let mut list: Vec<RecentProject> = std::fs::read(&self.file)
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default();
        for p in &mut list {
            p.exists = Path::new(&p.path).is_file();
        }
        list
    }

    /// Puts `path` at the top of the list and saves it (written to a temporary file, then renamed).
    pub fn touch(&self, path: &Path) -> std::io::Result<Vec<RecentProject>> {
        let path_str = path.display().to_string();
        let mut list = self.load();
        let export_dir = list
            .iter()
            .find(|p| p.path == path_str)
            .and_then(|p| p.export_dir.clone());
        list.retain(|p| p.path != path_str);
        let name = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0);
        list.insert(
            0,
            RecentProject {
                path: path_str,
                name,
                opened_at: now,
                exists: true,
                export_dir,
            },
        );
        list.truncate(RECENT_LIMIT);
        self.save(&list)?;
        Ok(list)
    }

    /// Remembers that the project at `path` (in the list once opened) is being exported to `dir`.
    pub fn exporting_to(&self, path: &Path, dir: &Path) -> std::io::Result<()> {
        let path_str = path.display().to_string();
        let mut list = self.load();
        let Some(entry) = list.iter_mut().find(|p| p.path == path_str) else {
            return Ok(());
        };
        entry.export_dir = Some(dir.display().to_string());
        self.save(&list)
    }

    /// Removes the temporary files an interrupted export left in the folders the listed projects last exported to
    /// (see `zhanban_pdf::clean_leftovers`: only its own `.…part` files); returns how many. A folder that is gone or
    /// unreadable is skipped: this is tidying, never a reason to fail.
    pub fn clean_export_leftovers(&self) -> usize {
        let mut dirs: Vec<String> = self.load().into_iter().filter_map(|p| p.export_dir).collect();
        dirs.sort();
        dirs.dedup();
        dirs.iter()
            .map(|d| zhanban_pdf::clean_leftovers(Path::new(d)).unwrap_or(0))
            .sum()
    }

    /// Saves the list (written to a temporary file, then renamed).
    fn save(&self, list: &[RecentProject]) -> std::io::Result<()> {
        if let Some(dir) = self.file.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let tmp = self.file.with_extension("json.tmp");
        std::fs::write(&tmp, serde_json::to_vec_pretty(&list)?)?;
        std::fs::rename(&tmp, &self.file)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn startup_opens_a_project_given_on_the_command_line_else_the_last_one_if_it_exists() {
        let recent = |exists: bool| {
            vec![RecentProject {
                path: "/d/上次.zhanban".into(),
                name: "上次".into(),
                opened_at: 1,
                exists,
                export_dir: None,
            }]
        };
        let args = |a: &[&str]| a.iter().map(std::ffi::OsString::from).collect::<Vec<_>>();
        assert_eq!(
            startup_project(args(&["zhanban", "--flag", "D:\\展览\\成果展.ZHANBAN"]), &recent(true)).as_deref(),
            Some("D:\\展览\\成果展.ZHANBAN")
        );
        assert_eq!(
            startup_project(args(&["zhanban"]), &recent(true)).as_deref(),
            Some("/d/上次.zhanban")
        );
        assert_eq!(startup_project(args(&["zhanban"]), &recent(false)), None);
        assert_eq!(startup_project(args(&["zhanban", "照片.jpg"]), &[]), None);
        // The program's own path is never taken for a project, whatever its name.
        assert_eq!(startup_project(args(&["a.zhanban"]), &[]), None);
    }

    use super::*;

    #[test]
    fn project_names_must_be_windows_file_names() {
        let dir = Path::new("/tmp");
        assert_eq!(
            project_path(dir, " 模范机关 成果展 "),
            Some(dir.join("模范机关 成果展.zhanban"))
        );
        assert_eq!(project_path(dir, "展览.zhanban"), Some(dir.join("展览.zhanban")));
        for bad in [
            "",
            "  ",
            "a/b",
            "a\\b",
            "问题?",
            "CON",
            "com1",
            "lpt9.txt",
            "COM0",
            "CONIN$",
            "lpt²",
            "结尾点.",
            "引号\"",
            "a|b",
            "x\u{7}",
        ] {
            assert_eq!(project_path(dir, bad), None, "{bad:?}");
        }
        assert!(project_path(dir, "COM10").is_some());
    }

    #[test]
    fn recent_list_keeps_the_latest_first_and_marks_missing_files() {
        let dir = tempfile::tempdir().unwrap();
        let list = RecentList::at(dir.path().join("cfg").join("recent.json"));
        assert!(list.load().is_empty());
        let a = dir.path().join("甲.zhanban");
        let b = dir.path().join("乙.zhanban");
        std::fs::write(&a, b"x").unwrap();
        list.touch(&a).unwrap();
        list.touch(&b).unwrap();
        list.touch(&a).unwrap();
        let loaded = list.load();
        let names: Vec<_> = loaded.iter().map(|p| (p.name.as_str(), p.exists)).collect();
        assert_eq!(names, [("甲", true), ("乙", false)]);
        std::fs::write(dir.path().join("cfg").join("recent.json"), b"{not json").unwrap();
        assert!(list.load().is_empty(), "a damaged list is an empty list");
    }

    /// An export killed midway leaves its hidden `.part` files; the next start of the app removes them from the folder
    /// each recent project last exported to — and nothing else there.
    #[test]
    fn leftovers_of_an_interrupted_export_are_cleaned_at_the_next_start() {
        let dir = tempfile::tempdir().unwrap();
        let list = RecentList::at(dir.path().join("cfg").join("recent.json"));
        let project = dir.path().join("甲.zhanban");
        let out = dir.path().join("导出");
        std::fs::create_dir_all(&out).unwrap();
        std::fs::write(&project, b"x").unwrap();
        list.touch(&project).unwrap();
        list.exporting_to(&project, &out).unwrap();
        std::fs::write(out.join(".01 前言.pdf.4242.part"), b"half").unwrap();
        std::fs::write(out.join("01 前言.pdf"), b"done").unwrap();
        std::fs::write(out.join("说明.part"), b"not ours").unwrap();
        // Opening the project again keeps the folder it exported to.
        list.touch(&project).unwrap();
        assert_eq!(
            list.load()[0].export_dir.as_deref(),
            Some(out.display().to_string().as_str())
        );
        assert_eq!(list.clean_export_leftovers(), 1);
        assert!(!out.join(".01 前言.pdf.4242.part").exists());
        assert!(out.join("01 前言.pdf").exists() && out.join("说明.part").exists());
        // A folder that is gone is skipped.
        std::fs::remove_dir_all(&out).unwrap();
        assert_eq!(list.clean_export_leftovers(), 0);
    }
}
