//! Opening project files: good ones open; every kind of bad file is refused with its own error and left
//! byte-for-byte unchanged; a project open in one place is refused in another.

use std::path::{Path, PathBuf};

use zhanban_store::{AddPhoto, NewPhoto, Project, StoreError, Thumbnail};

fn new_project(dir: &Path) -> PathBuf {
    let path = dir.join("测试 项目.zhanban");
    Project::create(&path).unwrap();
    path
}

/// Opens `path`, expects an error matching `check`, and asserts the file did not change.
fn refused(path: &Path, check: impl Fn(&StoreError) -> bool) -> StoreError {
    let before = std::fs::read(path).unwrap();
    let err = Project::open(path).err().expect("the file should be refused");
    assert!(check(&err), "unexpected error: {err:?}");
    assert!(err.is_user_error());
    assert_eq!(
        std::fs::read(path).unwrap(),
        before,
        "the refused file must be unchanged"
    );
    let msg = err.to_string();
    assert!(
        msg.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
        "message in Chinese: {msg}"
    );
    err
}

#[test]
fn create_then_open_and_info() {
    let dir = tempfile::tempdir().unwrap();
    let path = new_project(dir.path());
    let info = Project::open(&path).unwrap().info().unwrap();
    assert_eq!(info.format_version, zhanban_store::current_version());
    assert!(info.photos.is_empty() && info.writeups.is_empty());
    assert!(info.created_at.starts_with("20"), "{}", info.created_at);
    // No temporary files are left beside it.
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 1, "{names:?}");
}

#[test]
fn create_refuses_an_existing_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.zhanban");
    std::fs::write(&path, b"keep me").unwrap();
    assert!(matches!(Project::create(&path), Err(StoreError::AlreadyExists(_))));
    assert_eq!(std::fs::read(&path).unwrap(), b"keep me");
}

#[test]
fn missing_file() {
    let dir = tempfile::tempdir().unwrap();
    assert!(matches!(
        Project::open(&dir.path().join("无.zhanban")),
        Err(StoreError::NotFound(_))
    ));
}

#[test]
fn zero_byte_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("empty.zhanban");
    std::fs::write(&path, b"").unwrap();
    refused(&path, |e| matches!(e, StoreError::Empty(_)));
}

#[test]
fn jpeg_renamed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("photo.zhanban");
    let mut jpeg = vec![0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, b'J', b'F', b'I', b'F', 0];
    jpeg.resize(4096, 0x55);
    std::fs::write(&path, &jpeg).unwrap();
    refused(&path, |e| matches!(e, StoreError::NotAProject(_)));
}

#[test]
fn foreign_sqlite_database() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.zhanban");
    foreign_db(&path);
    refused(&path, |e| matches!(e, StoreError::NotAProject(_)));
}

/// Makes a valid SQLite database that is not ours, by creating a project and clearing its application id.
fn foreign_db(path: &Path) {
    let dir = path.parent().unwrap();
    let src = dir.join("src.zhanban");
    Project::create(&src).unwrap();
    let mut bytes = std::fs::read(&src).unwrap();
    bytes[68..72].copy_from_slice(&0u32.to_be_bytes()); // application_id lives at offset 68 of the header
    std::fs::write(path, bytes).unwrap();
}

#[test]
fn truncated_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = new_project(dir.path());
    let bytes = std::fs::read(&path).unwrap();
    assert!(bytes.len() >= 8192);
    std::fs::write(&path, &bytes[..bytes.len() - 4096]).unwrap();
    refused(&path, |e| matches!(e, StoreError::Truncated(_)));
    std::fs::write(&path, &bytes[..1000]).unwrap();
    refused(&path, |e| matches!(e, StoreError::Truncated(_)));
    std::fs::write(&path, &bytes[..50]).unwrap();
    refused(&path, |e| matches!(e, StoreError::Truncated(_)));
}

#[test]
fn corrupted_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = new_project(dir.path());
    let mut bytes = std::fs::read(&path).unwrap();
    let page = u16::from_be_bytes([bytes[16], bytes[17]]) as usize;
    // Overwrite every page after the first (the tables' b-tree pages) with garbage.
    for (i, b) in bytes.iter_mut().enumerate().skip(page) {
        *b = (i * 31 % 251) as u8;
    }
    std::fs::write(&path, &bytes).unwrap();
    refused(&path, |e| matches!(e, StoreError::Corrupt { .. }));
}

/// A header whose schema-format field is out of range (SQLite reads only 1–4) is a damaged file, refused as such —
/// found by the long seeded run of `fuzz_open` (it was "内部错误：项目数据库出错：unsupported file format").
#[test]
fn header_with_an_unknown_schema_format() {
    let dir = tempfile::tempdir().unwrap();
    let path = new_project(dir.path());
    let mut bytes = std::fs::read(&path).unwrap();
    bytes[44..48].copy_from_slice(&44u32.to_be_bytes());
    std::fs::write(&path, &bytes).unwrap();
    refused(&path, |e| matches!(e, StoreError::Corrupt { .. }));
}

/// A header whose format version (user_version) is damaged — negative, zero, or older than the content — is a damaged
/// file, refused as such and left unchanged (found by the long run of `fuzz_open`: "table settings already exists").
#[test]
fn header_with_a_damaged_format_version() {
    for version in [-1_761_607_677i32, 0, 1] {
        let dir = tempfile::tempdir().unwrap();
        let path = new_project(dir.path());
        let mut bytes = std::fs::read(&path).unwrap();
        bytes[60..64].copy_from_slice(&version.to_be_bytes());
        std::fs::write(&path, &bytes).unwrap();
        refused(&path, |e| matches!(e, StoreError::Corrupt { .. }));
    }
}

#[test]
fn newer_version() {
    let dir = tempfile::tempdir().unwrap();
    let path = new_project(dir.path());
    let mut bytes = std::fs::read(&path).unwrap();
    bytes[60..64].copy_from_slice(&99u32.to_be_bytes()); // user_version lives at offset 60 of the header
    std::fs::write(&path, &bytes).unwrap();
    let err = refused(&path, |e| matches!(e, StoreError::NewerVersion { found: 99, .. }));
    assert!(err.to_string().contains("升级"));
}

#[test]
fn a_project_open_elsewhere_is_locked() {
    let dir = tempfile::tempdir().unwrap();
    let path = new_project(dir.path());
    let first = Project::open(&path).unwrap();
    assert!(matches!(Project::open(&path), Err(StoreError::Locked(_))));
    drop(first);
    Project::open(&path).unwrap();
}

/// A photo whose original is `[tag, 2, 3, 4]`, stored under its real BLAKE3 hash (originals are verified on use).
fn photo(tag: u8, name: &str) -> NewPhoto {
    let original = vec![tag, 2, 3, 4];
    NewPhoto {
        hash: blake3::hash(&original).to_hex().to_string(),
        file_name: name.into(),
        original,
        format: "jpeg".into(),
        width: 4000,
        height: 3000,
        orientation: 6,
        color_model: "rgb".into(),
        thumbnails: vec![
            Thumbnail {
                size: 512,
                width: 512,
                height: 384,
                jpeg: vec![9; 10],
            },
            Thumbnail {
                size: 160,
                width: 160,
                height: 120,
                jpeg: vec![8; 5],
            },
        ],
        ..Default::default()
    }
}

#[test]
fn photos_are_stored_once_with_thumbnails_and_captions() {
    let dir = tempfile::tempdir().unwrap();
    let path = new_project(dir.path());
    let mut p = Project::open(&path).unwrap();
    let (h1, h2) = (photo(1, "").hash, photo(2, "").hash);
    assert_eq!(p.add_photo(&photo(1, "一.jpg")).unwrap(), AddPhoto::Added { id: 1 });
    assert_eq!(
        p.add_photo(&photo(1, "copy.jpg")).unwrap(),
        AddPhoto::Duplicate {
            id: 1,
            file_name: "一.jpg".into()
        }
    );
    p.add_photo(&photo(2, "二.jpg")).unwrap();
    assert_eq!(p.original(&h1).unwrap(), vec![1, 2, 3, 4]);
    assert_eq!(p.thumbnail(1, 512).unwrap().unwrap().width, 512);
    assert_eq!(p.thumbnail(1, 100).unwrap().unwrap().size, 160);
    assert_eq!(p.thumbnail(1, 1024).unwrap().unwrap().size, 512);
    assert_eq!(
        p.set_caption("二.jpg", " 机关党员参加知识挑战赛 ").unwrap().caption,
        "机关党员参加知识挑战赛"
    );
    assert!(matches!(p.set_caption("三.jpg", "x"), Err(StoreError::NoSuchPhoto(_))));
    drop(p);
    let info = Project::open(&path).unwrap().info().unwrap();
    let names: Vec<_> = info
        .photos
        .iter()
        .map(|p| (p.file_name.as_str(), p.caption.as_str()))
        .collect();
    assert_eq!(names, [("一.jpg", ""), ("二.jpg", "机关党员参加知识挑战赛")]);
    let p = Project::open(&path).unwrap();
    p.set_caption(&h2, "").unwrap();
    assert_eq!(p.info().unwrap().photos[1].caption, "");
}

#[test]
fn writeups_and_settings() {
    let dir = tempfile::tempdir().unwrap();
    let path = new_project(dir.path());
    let p = Project::open(&path).unwrap();
    let structure = serde_json::json!({"title": "奋力书写模范机关建设“青岛答卷”", "blocks": [{"kind": "paragraph", "text": "正文"}]});
    let id = p.add_writeup("青岛.txt", "原文", &structure).unwrap();
    let rows = p.writeups().unwrap();
    assert_eq!(rows[0].title.as_deref(), Some("奋力书写模范机关建设“青岛答卷”"));
    assert_eq!(rows[0].blocks, 1);
    assert_eq!(p.writeup(id).unwrap().structure, structure);
    assert!(matches!(
        p.update_writeup(99, &structure),
        Err(StoreError::NoSuchWriteUp(99))
    ));
    p.set_setting("exhibition", &serde_json::json!({"title": "模范机关建设成果展示"}))
        .unwrap();
    let v: serde_json::Value = p.setting("exhibition").unwrap().unwrap();
    assert_eq!(v["title"], "模范机关建设成果展示");
}
