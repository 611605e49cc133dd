// Build script: with the desktop feature, Tauri's build step reads tauri.conf.json (at the package root), makes one
// permission per command of the app (`allow-<command>`, from src/commands.rs) and checks the window's capability
// against them, so the page can call exactly the commands its capability lists; without it there is nothing to do.

#[cfg(feature = "desktop")]
include!("src/commands.rs");

fn main() {
    #[cfg(feature = "desktop")]
    {
        let manifest = tauri_build::AppManifest::new().commands(COMMANDS);
        if let Err(e) = tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest)) {
            panic!("tauri build step: {e:#}");
        }
    }
}
