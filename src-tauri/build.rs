// Build script: with the desktop feature, Tauri's build step reads tauri.conf.json (at the package root)
// and the capabilities; without it there is nothing to do.
fn main() {
    #[cfg(feature = "desktop")]
    tauri_build::build();
}
