//! Opening a project file: the careful checks, then SQLite. A refused file must stay unchanged.
#![no_main]
use libfuzzer_sys::fuzz_target;
use zhanban_store::Project;

fuzz_target!(|data: &[u8]| {
    let dir = std::env::temp_dir().join(format!("zhanban-fuzz-open-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let path = dir.join("p.zhanban");
    let _ = std::fs::remove_file(dir.join("p.zhanban-wal"));
    std::fs::write(&path, data).unwrap();
    match Project::open(&path) {
        Ok(p) => {
            let _ = p.info();
            let _ = p.damaged_originals();
        }
        Err(e) => {
            assert!(e.is_user_error(), "{e:?}");
            assert_eq!(std::fs::read(&path).unwrap(), data, "refused file changed");
        }
    }
});
