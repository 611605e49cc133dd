//! Nothing lost, nothing let in: a crash (kill -9) at any moment leaves a project that opens and passes
//! `integrity_check`; a crash in the middle of a checkpoint (main file shorter than its header says, the rest in the
//! WAL) is recovered, not refused; read-only projects are refused for editing in Chinese (or opened read-only);
//! damaged photo originals are named and never handed out.
//!
//! The kill test re-runs this test binary as the writer (`crash_writer_child`, active only with ZHANBAN_CRASH_CHILD).
//! Stress run against the CLI: ZHANBAN_CRASH_TRIALS=200 ZHANBAN_CRASH_CLI=<target>/debug/zhanban-cli
//! ZHANBAN_CRASH_PHOTOS=<folder of photos> cargo test -p zhanban-store --test reliability crash -- --nocapture

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use zhanban_store::{AddPhoto, NewPhoto, Project, StoreError};

/// A small deterministic generator (xorshift64*), so a failing trial can be replayed from its seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    fn bytes(&mut self, n: usize) -> Vec<u8> {
        (0..n).map(|_| self.next() as u8).collect()
    }
}

fn photo(rng: &mut Rng, i: usize, len: usize) -> NewPhoto {
    let original = rng.bytes(len);
    NewPhoto {
        hash: blake3::hash(&original).to_hex().to_string(),
        file_name: format!("照片{i:03}.jpg"),
        original,
        format: "jpeg".into(),
        width: 4000,
        height: 3000,
        orientation: 1,
        color_model: "rgb".into(),
        thumbnails: vec![zhanban_store::Thumbnail {
            size: 512,
            width: 512,
            height: 384,
            jpeg: rng.bytes(20_000),
        }],
        ..Default::default()
    }
}

/// Opens a project the way a user would after a crash and checks it completely: it opens (not refused), SQLite's
/// full `integrity_check` says ok, and every stored original still matches its hash. Returns the photo count.
fn opens_sound(path: &Path) -> Result<usize, String> {
    let project = Project::open(path).map_err(|e| format!("refused: {e}"))?;
    let info = project.info().map_err(|e| format!("info: {e}"))?;
    let damaged = project.damaged_originals().map_err(|e| format!("originals: {e}"))?;
    if !damaged.is_empty() {
        return Err(format!("{} damaged originals", damaged.len()));
    }
    drop(project);
    let conn = rusqlite::Connection::open(path).map_err(|e| e.to_string())?;
    let verdict: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .map_err(|e| e.to_string())?;
    if verdict != "ok" {
        return Err(format!("integrity_check: {verdict}"));
    }
    Ok(info.photos.len())
}

fn sidecar(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_os_string();
    s.push(suffix);
    PathBuf::from(s)
}

/// The state a kill during a checkpoint leaves: the checkpoint has written page 1 (whose header now counts every
/// page) but not yet the pages after the old end of the file; the WAL still holds them all. SQLite recovers this, so
/// the careful open must not refuse it as truncated.
#[test]
fn crash_mid_checkpoint_is_recovered_not_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("项目.zhanban");
    Project::create(&path).unwrap();
    let crashed = dir.path().join("崩溃后.zhanban");
    let mut rng = Rng(7);
    let mut hashes = Vec::new();
    {
        // Copy the files while the project is open, before any checkpoint: what a kill leaves.
        let mut project = Project::open(&path).unwrap();
        for i in 0..12 {
            let p = photo(&mut rng, i, 100_000);
            hashes.push(p.hash.clone());
            assert!(matches!(project.add_photo(&p).unwrap(), AddPhoto::Added { .. }));
        }
        // Project's own connection autocheckpoints at 1000 pages: 12 × ~120 kB stays below, so all is in the WAL.
        std::fs::copy(&path, &crashed).unwrap();
        std::fs::copy(sidecar(&path, "-wal"), sidecar(&crashed, "-wal")).unwrap();
    }
    let wal = std::fs::read(sidecar(&crashed, "-wal")).unwrap();
    assert!(wal.len() > 32, "the WAL holds the photos");
    let page = u32::from_be_bytes(wal[8..12].try_into().unwrap()) as usize;
    // The newest copy of page 1 in the WAL (frames: 24-byte header, then the page).
    let mut page1 = None;
    let mut at = 32;
    while at + 24 + page <= wal.len() {
        if u32::from_be_bytes(wal[at..at + 4].try_into().unwrap()) == 1 {
            page1 = Some(wal[at + 24..at + 24 + page].to_vec());
        }
        at += 24 + page;
    }
    let page1 = page1.expect("page 1 is in the WAL");
    let mut main = std::fs::read(&crashed).unwrap();
    main[..page].copy_from_slice(&page1);
    std::fs::write(&crashed, &main).unwrap();
    // The header now counts more pages than the file holds (the state the old open refused).
    let be32 = |i: usize| u32::from_be_bytes(main[i..i + 4].try_into().unwrap()) as usize;
    assert_eq!(be32(92), be32(24), "header page count is valid");
    assert!(main.len() < be32(28) * page, "main file shorter than its header says");

    assert_eq!(opens_sound(&crashed), Ok(12));
    let project = Project::open(&crashed).unwrap();
    for h in &hashes {
        assert_eq!(blake3::hash(&project.original(h).unwrap()).to_hex().as_str(), h);
    }
}

/// A truncated main file without a WAL is still refused as truncated (the WAL exception is only for a WAL).
#[test]
fn truncated_without_wal_still_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.zhanban");
    Project::create(&path).unwrap();
    let bytes = std::fs::read(&path).unwrap();
    std::fs::write(&path, &bytes[..bytes.len() - 4096]).unwrap();
    std::fs::write(sidecar(&path, "-wal"), b"").unwrap();
    assert!(matches!(Project::open(&path), Err(StoreError::Truncated(_))));
}

/// The writer killed by `crash_recovery_under_kill_9`: imports photos of random sizes (so WAL checkpoints happen
/// all the time) until it is killed. Does nothing in a normal test run.
#[test]
fn crash_writer_child() {
    let Some(project) = std::env::var_os("ZHANBAN_CRASH_CHILD") else {
        return;
    };
    let seed: u64 = std::env::var("ZHANBAN_CRASH_SEED").unwrap().parse().unwrap();
    let mut rng = Rng(seed | 1);
    let mut project = Project::open(Path::new(&project)).unwrap();
    for i in 0.. {
        let len = 20_000 + rng.below(1_500_000) as usize;
        project.add_photo(&photo(&mut rng, i, len)).unwrap();
        if i % 5 == 4 {
            project
                .set_setting(
                    "progress",
                    &serde_json::json!({"i": i, "pad": "x".repeat(rng.below(9000) as usize)}),
                )
                .unwrap();
        }
    }
}

/// kill -9 at seeded random moments of an import (in this test's own writer, or `zhanban-cli import` when
/// ZHANBAN_CRASH_CLI is set), then open every result: none refused, none corrupt.
#[test]
fn crash_recovery_under_kill_9() {
    let trials: u64 = std::env::var("ZHANBAN_CRASH_TRIALS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20);
    let cli = std::env::var_os("ZHANBAN_CRASH_CLI").map(PathBuf::from);
    let photos = std::env::var_os("ZHANBAN_CRASH_PHOTOS").map(PathBuf::from);
    let exe = std::env::current_exe().unwrap();
    let mut rng = Rng(0x5eed_2026);
    let (mut refused, mut corrupt, mut total_photos) = (Vec::new(), Vec::new(), 0);
    for trial in 0..trials {
        let seed = rng.next();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("项目.zhanban");
        Project::create(&path).unwrap();
        let mut child = match (&cli, &photos) {
            (Some(cli), Some(photos)) => {
                // Fresh bytes per trial (a different tail after each image), so every file is imported anew.
                let folder = dir.path().join("照片");
                std::fs::create_dir(&folder).unwrap();
                for (i, e) in std::fs::read_dir(photos).unwrap().enumerate() {
                    let e = e.unwrap();
                    let mut bytes = std::fs::read(e.path()).unwrap();
                    bytes.extend_from_slice(&seed.wrapping_add(i as u64).to_le_bytes());
                    std::fs::write(folder.join(e.file_name()), bytes).unwrap();
                }
                Command::new(cli)
                    .arg("import")
                    .arg(&path)
                    .arg(&folder)
                    .stderr(Stdio::null())
                    .spawn()
            }
            _ => Command::new(&exe)
                .args(["--exact", "crash_writer_child", "--nocapture", "--test-threads=1"])
                .env("ZHANBAN_CRASH_CHILD", &path)
                .env("ZHANBAN_CRASH_SEED", seed.to_string())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn(),
        }
        .unwrap();
        let wait = Duration::from_millis(30 + seed % 1500);
        let start = Instant::now();
        while start.elapsed() < wait {
            if child.try_wait().unwrap().is_some() {
                break;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        let _ = child.kill(); // SIGKILL on Unix, TerminateProcess on Windows: no chance to clean up
        let _ = child.wait();
        match opens_sound(&path) {
            Ok(n) => total_photos += n,
            Err(e) if e.starts_with("refused") => refused.push(format!("trial {trial} (seed {seed}): {e}")),
            Err(e) => corrupt.push(format!("trial {trial} (seed {seed}): {e}")),
        }
    }
    eprintln!(
        "crash recovery: {trials} trials, {} refused, {} corrupt, {total_photos} photos survived in all",
        refused.len(),
        corrupt.len()
    );
    assert!(refused.is_empty() && corrupt.is_empty(), "{refused:#?}\n{corrupt:#?}");
    assert!(total_photos > 0, "the kills should land after some photos were stored");
}

/// A read-only project file is refused for editing with the Chinese reason (never an internal "disk I/O error"),
/// and opens read-only for viewing, where every edit is refused in Chinese and the file stays unchanged.
#[test]
fn read_only_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("只读.zhanban");
    let mut rng = Rng(3);
    {
        let mut p = Project::create(&path).unwrap();
        p.add_photo(&photo(&mut rng, 1, 5000)).unwrap();
    }
    let mut perms = std::fs::metadata(&path).unwrap().permissions();
    perms.set_readonly(true);
    std::fs::set_permissions(&path, perms).unwrap();
    let before = std::fs::read(&path).unwrap();

    let err = Project::open(&path).err().expect("refused for editing");
    assert!(matches!(err, StoreError::ReadOnly(_)), "{err:?}");
    assert!(err.is_user_error());
    assert!(err.to_string().contains("只读"), "{err}");

    let p = Project::open_read_only(&path).unwrap();
    assert!(p.is_read_only());
    let info = p.info().unwrap();
    assert_eq!(info.photos.len(), 1);
    assert!(
        p.original(&info.photos[0].hash).is_ok(),
        "viewing and export read originals"
    );
    let err = p.set_setting("x", &1).unwrap_err();
    assert!(matches!(err, StoreError::ReadOnlyEdit), "{err:?}");
    assert!(err.is_user_error() && err.to_string().contains("只读"), "{err}");
    assert!(matches!(
        p.set_caption(&info.photos[0].hash, "说明"),
        Err(StoreError::ReadOnlyEdit)
    ));
    drop(p);
    assert_eq!(std::fs::read(&path).unwrap(), before, "the read-only file is unchanged");
    let mut perms = std::fs::metadata(&path).unwrap().permissions();
    #[allow(clippy::permissions_set_readonly_false)]
    perms.set_readonly(false);
    std::fs::set_permissions(&path, perms).unwrap();
}

/// A project in a folder that does not let us create files (SQLite's -wal goes beside it): refused for editing with
/// the Chinese reason, opens read-only. Root ignores folder permissions, so as root the test runs itself again as
/// `nobody` (the child does the checks).
#[cfg(unix)]
#[test]
fn read_only_folder() {
    use std::os::unix::fs::PermissionsExt;
    use std::os::unix::process::CommandExt;
    if let Some(path) = std::env::var_os("ZHANBAN_RO_CHILD") {
        return read_only_folder_checks(Path::new(&path));
    }
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("光盘");
    std::fs::create_dir(&folder).unwrap();
    let path = folder.join("只读目录.zhanban");
    Project::create(&path).unwrap().set_setting("k", &"v").unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o555)).unwrap();
    let is_root = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(folder.join("probe"))
        .is_ok();
    if is_root {
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
        // The test binary may sit under root's home (mode 700), out of nobody's reach: run a copy from the temp dir.
        let exe = dir.path().join("reliability-as-nobody");
        std::fs::copy(std::env::current_exe().unwrap(), &exe).unwrap();
        std::fs::set_permissions(&exe, std::fs::Permissions::from_mode(0o755)).unwrap();
        let status = Command::new(&exe)
            .args(["--exact", "read_only_folder", "--nocapture", "--test-threads=1"])
            .env("ZHANBAN_RO_CHILD", &path)
            .uid(65534)
            .gid(65534)
            .status()
            .unwrap();
        assert!(status.success(), "the checks as nobody failed");
    } else {
        read_only_folder_checks(&path);
    }
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o755)).unwrap();
}

#[cfg(unix)]
fn read_only_folder_checks(path: &Path) {
    let err = Project::open(path).err().expect("refused for editing");
    assert!(matches!(err, StoreError::ReadOnly(_)), "{err:?}");
    assert!(err.is_user_error());
    let p = Project::open_read_only(path).unwrap();
    assert_eq!(p.setting::<String>("k").unwrap().as_deref(), Some("v"));
    assert!(matches!(p.set_setting("k", &"w"), Err(StoreError::ReadOnlyEdit)));
}

/// One changed byte in a stored original: reading it names the photo in Chinese and hands out nothing;
/// `damaged_originals` lists exactly that photo.
#[test]
fn damaged_original_is_named_and_never_used() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.zhanban");
    let mut rng = Rng(11);
    let (good, bad) = (photo(&mut rng, 1, 3000), photo(&mut rng, 2, 3000));
    {
        let mut p = Project::create(&path).unwrap();
        p.add_photo(&good).unwrap();
        p.add_photo(&bad).unwrap();
    }
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        let mut bytes = bad.original.clone();
        bytes[100] ^= 0x01;
        let changed = conn
            .execute(
                "UPDATE originals SET bytes = ?1 WHERE photo_id = (SELECT id FROM photos WHERE hash = ?2)",
                (&bytes, &bad.hash),
            )
            .unwrap();
        assert_eq!(changed, 1);
    }
    let p = Project::open(&path).unwrap();
    assert_eq!(p.original(&good.hash).unwrap(), good.original);
    let err = p.original(&bad.hash).unwrap_err();
    assert!(matches!(err, StoreError::DamagedOriginal { .. }), "{err:?}");
    let msg = err.to_string();
    assert!(msg.contains("照片002.jpg") && msg.contains("已损坏"), "{msg}");
    assert!(err.is_user_error());
    let damaged = p.damaged_originals().unwrap();
    assert_eq!(damaged.len(), 1);
    assert_eq!(damaged[0].hash, bad.hash);
}
