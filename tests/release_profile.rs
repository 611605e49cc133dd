//! The release profile's one trap (issue #20). With fat LTO the whole program is optimised once more when it is
//! linked, at the opt-level of the crate being linked — the binaries `zhanban` and `zhanban-cli` of this root
//! package. Built for size ("s"), this package made that last pass -Os for every crate, the engine's hot paths
//! included: the size inliner's thresholds and no vectoriser (the review export ~10 % slower). Crates only the shell
//! uses may be built for size — their functions keep LLVM's size attribute through LTO — but not this package.

use std::collections::HashMap;

/// `[section]` → its `key = value` lines, from a manifest's plain text (values unquoted).
fn sections(manifest: &str) -> HashMap<String, HashMap<String, String>> {
    let mut all: HashMap<String, HashMap<String, String>> = HashMap::new();
    let mut current = String::new();
    for line in manifest.lines().map(str::trim) {
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            current = name.trim_matches(['[', ']']).to_string();
            all.entry(current.clone()).or_default();
        } else if let Some((key, value)) = line.split_once('=') {
            if !line.starts_with('#') {
                let value = value.trim().trim_matches('"').to_string();
                all.entry(current.clone())
                    .or_default()
                    .insert(key.trim().to_string(), value);
            }
        }
    }
    all
}

#[test]
fn the_package_that_links_the_binaries_is_not_built_for_size() {
    let manifest = include_str!("../Cargo.toml");
    let s = sections(manifest);
    let release = &s["profile.release"];
    assert_eq!(
        release.get("lto").map(String::as_str),
        Some("fat"),
        "the profile this test is about"
    );
    let root = env!("CARGO_PKG_NAME");
    let level = s
        .get(&format!("profile.release.package.{root}"))
        .and_then(|p| p.get("opt-level"))
        .or(release.get("opt-level"))
        .map_or("3", String::as_str);
    assert!(
        !matches!(level, "s" | "z" | "0" | "1"),
        "the root package `{root}` at opt-level {level}: fat LTO would optimise the whole program at it"
    );
}
