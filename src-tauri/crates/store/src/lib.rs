//! The project file: one self-contained SQLite file per exhibition (`.zhanban`), holding the photos' original
//! bytes and thumbnails, the write-ups, the boards (a cache of the last layout), settings and the undo history.
//!
//! Opening is careful: a file is checked (size, SQLite header, our application id, format version, structure)
//! through a read-only connection before anything may write to it, so a file that is empty, truncated, foreign,
//! corrupt or from a newer version is refused with its own error and left byte-for-byte unchanged. An open project
//! holds SQLite's exclusive lock (a second window or program gets [`StoreError::Locked`]); the file is in WAL mode
//! with full sync, and every multi-step change is one transaction, so a crash or power cut never leaves it torn.
//!
//! This crate knows nothing of images, text structure or layout: it stores what the other crates produce.

mod analysis;
mod error;
mod history;
pub mod paths;
mod photos;
mod schema;
mod writeups;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, OptionalExtension};
use serde::{de::DeserializeOwned, Serialize};

pub use analysis::{AnalysisRow, FaceBox, PhotoAnalysis};
pub use error::{Result, StoreError};
pub use history::Stack;
pub use paths::{check_local, PathRefused};
pub use photos::{verify_original, AddPhoto, NewPhoto, PhotoRow, Thumbnail};
pub use schema::current_version;
pub use writeups::{WriteUpRecord, WriteUpRow};

/// The file extension of project files.
pub const EXTENSION: &str = "zhanban";

/// An open project file. Dropping it closes the file and releases the lock.
pub struct Project {
    conn: Connection,
    path: PathBuf,
    read_only: bool,
}

/// A summary of a project, as `zhanban-cli info --json` prints it.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct ProjectInfo {
    pub path: String,
    #[ts(type = "number")]
    pub format_version: i64,
    pub created_at: String,
    pub created_by: String,
    pub photos: Vec<PhotoRow>,
    pub writeups: Vec<WriteUpRow>,
    pub boards: usize,
}

const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

impl Project {
    /// Creates a new, empty project at `path`, which must not exist yet. The file appears complete or not at all:
    /// it is built under a temporary name beside the target and renamed into place.
    pub fn create(path: &Path) -> Result<Project> {
        if path.exists() {
            return Err(StoreError::AlreadyExists(path.to_path_buf()));
        }
        let io = |source| StoreError::Io {
            path: path.to_path_buf(),
            source,
        };
        let tmp = temp_sibling(path);
        let built = (|| -> Result<()> {
            let conn = Connection::open(&tmp)?;
            conn.pragma_update(None, "journal_mode", "WAL")?;
            conn.pragma_update(None, "application_id", schema::APPLICATION_ID)?;
            let tx = conn.unchecked_transaction()?;
            migrate(&tx, 0)?;
            tx.execute(
                "INSERT INTO settings(key, value) VALUES
                   ('created_at', json_quote(strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))),
                   ('created_by', json_quote(?1))",
                [concat!("展板工坊 ", env!("CARGO_PKG_VERSION"))],
            )?;
            tx.commit()?;
            // Fold the WAL into the main file so the renamed file is complete on its own.
            conn.pragma_update(None, "wal_checkpoint", "TRUNCATE")?;
            conn.close().map_err(|(_, e)| e)?;
            Ok(())
        })();
        if let Err(e) = built {
            remove_sqlite_files(&tmp);
            return Err(e);
        }
        if path.exists() {
            remove_sqlite_files(&tmp);
            return Err(StoreError::AlreadyExists(path.to_path_buf()));
        }
        std::fs::rename(&tmp, path).map_err(io)?;
        remove_sqlite_files(&tmp);
        Project::open(path)
    }

    /// Opens an existing project for reading and writing, after checking it (see the module comment).
    /// A project that cannot be written where it is (read-only file or folder) is refused with
    /// [`StoreError::ReadOnly`]; [`Project::open_read_only`] opens it for viewing and export.
    pub fn open(path: &Path) -> Result<Project> {
        let conn = check_file(path, false)?;
        let mut project = Project {
            conn,
            path: path.to_path_buf(),
            read_only: false,
        };
        // Checks passed: now we may write. Take the write lock (and keep it: exclusive locking mode) by running
        // any pending migrations in one transaction.
        let version: i64 = project.conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        let tx = project
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Exclusive);
        let tx = tx.map_err(|e| classify(path, e))?;
        // The migrations are tested on every older format; one that fails on a file that passed the checks means
        // its version field does not match its content (a damaged header), and the transaction leaves it unchanged.
        migrate(&tx, version).map_err(|e| match e {
            StoreError::Database(e) => StoreError::Corrupt {
                path: path.to_path_buf(),
                detail: format!("文件记录的格式版本与内容不符：{e}"),
            },
            other => other,
        })?;
        tx.commit().map_err(|e| classify(path, e))?;
        Ok(project)
    }

    /// Opens a project for viewing and export only, after the same checks: nothing is ever written to it, and every
    /// edit is refused with [`StoreError::ReadOnlyEdit`]. For projects on read-only media or in read-only folders.
    pub fn open_read_only(path: &Path) -> Result<Project> {
        let conn = check_file(path, true)?;
        let version: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|e| classify(path, e))?;
        if version < schema::current_version() {
            // An older project needs its format brought up to date, which is a write.
            return Err(StoreError::ReadOnly(path.to_path_buf()));
        }
        Ok(Project {
            conn,
            path: path.to_path_buf(),
            read_only: true,
        })
    }

    /// True when the project was opened with [`Project::open_read_only`].
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The project's summary: format version, creation, photos, write-ups and board count.
    pub fn info(&self) -> Result<ProjectInfo> {
        Ok(ProjectInfo {
            path: self.path.display().to_string(),
            format_version: self.conn.query_row("PRAGMA user_version", [], |r| r.get(0))?,
            created_at: self.setting::<String>("created_at")?.unwrap_or_default(),
            created_by: self.setting::<String>("created_by")?.unwrap_or_default(),
            photos: self.photos()?,
            writeups: self.writeups()?,
            boards: self
                .conn
                .query_row("SELECT count(*) FROM boards", [], |r| r.get::<_, i64>(0))? as usize,
        })
    }

    /// Reads a setting stored as JSON.
    pub fn setting<T: DeserializeOwned>(&self, key: &str) -> Result<Option<T>> {
        let raw: Option<String> = self
            .conn
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| r.get(0))
            .optional()?;
        Ok(match raw {
            Some(s) => Some(serde_json::from_str(&s)?),
            None => None,
        })
    }

    /// Stores a setting as JSON.
    pub fn set_setting<T: Serialize + ?Sized>(&self, key: &str, value: &T) -> Result<()> {
        let json = serde_json::to_string(value)?;
        self.conn.execute(
            "INSERT INTO settings(key, value) VALUES (?1, ?2)
             ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, json),
        )?;
        Ok(())
    }

    /// Removes a setting (reading it then gives `None`).
    pub fn remove_setting(&self, key: &str) -> Result<()> {
        self.conn.execute("DELETE FROM settings WHERE key = ?1", [key])?;
        Ok(())
    }

    /// Replaces the stored board list (one JSON summary per board, in order) in one transaction.
    pub fn replace_boards(&mut self, boards: &[serde_json::Value]) -> Result<()> {
        if self.read_only {
            // The boards are a record of the last layout, not the user's work: a project open for viewing keeps the
            // record it has rather than refusing to be laid out.
            return Ok(());
        }
        let tx = self.conn.transaction()?;
        tx.execute("DELETE FROM boards", [])?;
        for (i, b) in boards.iter().enumerate() {
            tx.execute(
                "INSERT INTO boards(position, spec) VALUES (?1, ?2)",
                (i as i64 + 1, serde_json::to_string(b)?),
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// The stored board list (one JSON text per board, in order), as [`Project::replace_boards_json`] wrote it.
    pub fn boards_json(&self) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare("SELECT spec FROM boards ORDER BY position")?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        rows.collect::<std::result::Result<_, _>>().map_err(Into::into)
    }

    /// The text field `field` of the first stored board's JSON (read by SQLite without loading the others), e.g.
    /// the key the application layer stored its layout under.
    pub fn first_board_field(&self, field: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row(
                "SELECT json_extract(spec, '$.' || ?1) FROM boards WHERE json_valid(spec) ORDER BY position LIMIT 1",
                [field],
                |r| r.get::<_, Option<String>>(0),
            )
            .optional()?
            .flatten())
    }

    /// [`Project::replace_boards`] with each board's JSON already made.
    pub fn replace_boards_json(&mut self, boards: &[String]) -> Result<()> {
        if self.read_only {
            return Ok(());
        }
        let tx = self.conn.transaction()?;
        tx.execute("DELETE FROM boards", [])?;
        for (i, b) in boards.iter().enumerate() {
            tx.execute("INSERT INTO boards(position, spec) VALUES (?1, ?2)", (i as i64 + 1, b))?;
        }
        tx.commit()?;
        Ok(())
    }

    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    pub(crate) fn conn_mut(&mut self) -> &mut Connection {
        &mut self.conn
    }
}

/// Applies the migrations after `from` in the given transaction and records the new version.
fn migrate(conn: &Connection, from: i64) -> Result<()> {
    for (i, sql) in schema::MIGRATIONS.iter().enumerate().skip(from.max(0) as usize) {
        conn.execute_batch(sql)?;
        conn.pragma_update(None, "user_version", (i + 1) as i64)?;
    }
    Ok(())
}

/// Checks a file before anything may write to it, and returns the connection that only read it so far.
/// The connection is in exclusive locking mode (no -shm file; no other connection while it is open).
/// With `read_only`, the connection can only read; without, a file that cannot be written where it is is refused.
fn check_file(path: &Path, read_only: bool) -> Result<Connection> {
    let io = |source: std::io::Error| match source.kind() {
        std::io::ErrorKind::NotFound => StoreError::NotFound(path.to_path_buf()),
        _ => StoreError::Io {
            path: path.to_path_buf(),
            source,
        },
    };
    let meta = std::fs::metadata(path).map_err(io)?;
    if meta.is_dir() {
        return Err(StoreError::NotAProject(path.to_path_buf()));
    }
    let len = meta.len();
    if len == 0 {
        return Err(StoreError::Empty(path.to_path_buf()));
    }
    let mut header = Vec::with_capacity(100);
    std::fs::File::open(path)
        .map_err(io)?
        .take(100)
        .read_to_end(&mut header)
        .map_err(io)?;
    let magic_len = header.len().min(SQLITE_MAGIC.len());
    if header[..magic_len] != SQLITE_MAGIC[..magic_len] {
        return Err(StoreError::NotAProject(path.to_path_buf()));
    }
    if header.len() < 100 {
        return Err(StoreError::Truncated(path.to_path_buf()));
    }
    let page_size = match u16::from_be_bytes([header[16], header[17]]) {
        1 => 65536,
        n => u64::from(n),
    };
    if !(512..=65536).contains(&page_size) || !page_size.is_power_of_two() {
        return Err(StoreError::Corrupt {
            path: path.to_path_buf(),
            detail: "页大小无效".into(),
        });
    }
    let be32 = |i: usize| u32::from_be_bytes([header[i], header[i + 1], header[i + 2], header[i + 3]]);
    let (change_counter, pages, valid_for) = (be32(24), u64::from(be32(28)), be32(92));
    // A crash during a checkpoint can leave the main file shorter than its header says, with the missing pages
    // still in the -wal file: SQLite recovers them, so only a file without such a WAL is truncated. (Whether the
    // WAL really holds them, the structure checks below find out.)
    let short = valid_for == change_counter && len < pages * page_size;
    if len % page_size != 0 || (short && !has_wal_frames(path, page_size)) {
        return Err(StoreError::Truncated(path.to_path_buf()));
    }
    if !read_only && read_only_place(path, &meta) {
        return Err(StoreError::ReadOnly(path.to_path_buf()));
    }

    let conn = if read_only {
        // A read-only file cannot be locked, nor can a -shm file be made beside it: open it as immutable (no locks,
        // no WAL). That would miss changes still in a -wal, so such a project is refused rather than shown stale.
        if has_wal_frames(path, page_size) {
            return Err(StoreError::ReadOnly(path.to_path_buf()));
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(immutable_uri(path), flags).map_err(|e| classify(path, e))?;
        conn.pragma_update(None, "query_only", true)
            .map_err(|e| classify(path, e))?;
        conn
    } else {
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(|e| classify(path, e))?;
        conn.busy_timeout(Duration::from_millis(250))
            .map_err(|e| classify(path, e))?;
        // Exclusive mode before the first read: SQLite keeps the WAL index in memory (no -shm file) and never
        // releases its lock, so a second window or program is refused. Only reads happen until every check passed.
        conn.pragma_update(None, "locking_mode", "EXCLUSIVE")
            .map_err(|e| classify(path, e))?;
        conn
    };
    conn.pragma_update(None, "foreign_keys", "ON")
        .map_err(|e| classify(path, e))?;
    conn.pragma_update(None, "synchronous", "FULL")
        .map_err(|e| classify(path, e))?;
    let app_id: i32 = conn
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .map_err(|e| classify(path, e))?;
    if app_id != schema::APPLICATION_ID {
        return Err(StoreError::NotAProject(path.to_path_buf()));
    }
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(|e| classify(path, e))?;
    if version < 1 {
        // Every project is made at version 1 or later (created under a temporary name, renamed when complete).
        return Err(StoreError::Corrupt {
            path: path.to_path_buf(),
            detail: format!("文件头中的格式版本 {version} 无效"),
        });
    }
    if version > schema::current_version() {
        return Err(StoreError::NewerVersion {
            path: path.to_path_buf(),
            found: version,
            supported: schema::current_version(),
        });
    }
    // Check every table's structure except the photo originals (large; their bytes are verified by hash on use).
    let tables: Vec<String> = {
        let mut stmt = conn
            .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name <> 'originals'")
            .map_err(|e| classify(path, e))?;
        let rows = stmt.query_map([], |r| r.get(0)).map_err(|e| classify(path, e))?;
        rows.collect::<rusqlite::Result<_>>().map_err(|e| classify(path, e))?
    };
    for table in tables {
        let verdict: String = conn
            .query_row(
                &format!("PRAGMA quick_check(\"{}\")", table.replace('"', "\"\"")),
                [],
                |r| r.get(0),
            )
            .map_err(|e| classify(path, e))?;
        if verdict != "ok" {
            return Err(StoreError::Corrupt {
                path: path.to_path_buf(),
                detail: verdict,
            });
        }
    }
    Ok(conn)
}

/// Maps SQLite's errors while opening to the user's view of them.
fn classify(path: &Path, e: rusqlite::Error) -> StoreError {
    use rusqlite::ErrorCode::*;
    match e.sqlite_error_code() {
        Some(DatabaseBusy) | Some(DatabaseLocked) => StoreError::Locked(path.to_path_buf()),
        Some(NotADatabase) => StoreError::NotAProject(path.to_path_buf()),
        Some(DatabaseCorrupt) => StoreError::Corrupt {
            path: path.to_path_buf(),
            detail: e.to_string(),
        },
        Some(ReadOnly) => StoreError::ReadOnly(path.to_path_buf()),
        // A header field out of range (e.g. the schema format) comes back as a plain SQLITE_ERROR with this text:
        // the file is damaged, not our SQL.
        Some(Unknown) if e.to_string().contains("unsupported file format") => StoreError::Corrupt {
            path: path.to_path_buf(),
            detail: "文件头中的格式标记无效".into(),
        },
        Some(CannotOpen) | Some(PermissionDenied) => StoreError::Io {
            path: path.to_path_buf(),
            source: std::io::Error::new(std::io::ErrorKind::PermissionDenied, e.to_string()),
        },
        _ => StoreError::Database(e),
    }
}

/// SQLite's URI for opening `path` read-only without locks (`file:/…?immutable=1`), the path percent-encoded.
fn immutable_uri(path: &Path) -> String {
    let text = path.to_string_lossy().replace('\\', "/");
    let mut uri = String::from("file:");
    if text.as_bytes().get(1) == Some(&b':') {
        uri.push_str("///"); // Windows drive letter: file:///C:/…
    }
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"/-_.~:".contains(&b) {
            uri.push(b as char);
        } else {
            uri.push_str(&format!("%{b:02X}"));
        }
    }
    uri.push_str("?immutable=1");
    uri
}

/// True when the WAL beside `path` is one (its magic number) of this page size holding at least one frame (header
/// 32 bytes, frame header 24 bytes plus a page).
fn has_wal_frames(path: &Path, page_size: u64) -> bool {
    let mut wal = path.as_os_str().to_os_string();
    wal.push("-wal");
    let mut header = [0u8; 12];
    let read = std::fs::File::open(PathBuf::from(wal)).and_then(|mut f| {
        let len = f.metadata()?.len();
        f.read_exact(&mut header)?;
        Ok(len)
    });
    let be32 = |i: usize| u32::from_be_bytes([header[i], header[i + 1], header[i + 2], header[i + 3]]);
    read.is_ok_and(|len| {
        matches!(be32(0), 0x377f_0682 | 0x377f_0683) && u64::from(be32(8)) == page_size && len >= 32 + 24 + page_size
    })
}

/// True when the project cannot be written where it is: the file is marked read-only, or its folder does not let us
/// create files (SQLite needs the -wal file beside the project). The folder is tried with a probe file, removed at
/// once, because permissions alone do not tell (ACLs, read-only mounts, network shares).
fn read_only_place(path: &Path, meta: &std::fs::Metadata) -> bool {
    if meta.permissions().readonly() {
        return true;
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let probe = dir.join(format!(".zhanban-write-test-{}", std::process::id()));
    match std::fs::OpenOptions::new().write(true).create_new(true).open(&probe) {
        Ok(f) => {
            drop(f);
            let _ = std::fs::remove_file(&probe);
            false
        }
        Err(e) => matches!(
            e.kind(),
            std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem
        ),
    }
}

fn temp_sibling(path: &Path) -> PathBuf {
    let mut name = path.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(format!(".creating-{}", std::process::id()));
    path.with_file_name(name)
}

fn remove_sqlite_files(path: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut p = path.as_os_str().to_os_string();
        p.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(p));
    }
}

#[cfg(test)]
mod tests {
    use super::Project;

    /// Power loss: the project stays in WAL mode with synchronous=FULL (every commit reaches the disk), also after
    /// reopening.
    #[test]
    fn wal_with_full_sync() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.zhanban");
        let check = |project: Project| {
            let mode: String = project.conn.query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
            let sync: i64 = project.conn.query_row("PRAGMA synchronous", [], |r| r.get(0)).unwrap();
            assert_eq!(
                (mode.as_str(), sync),
                ("wal", 2),
                "journal_mode and synchronous (2 = FULL)"
            );
        };
        check(Project::create(&path).unwrap());
        check(Project::open(&path).unwrap());
    }
}
