//! The `zhanban` desktop binary: everything is in `zhanban::shell`.
// No console window on Windows in release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    std::process::exit(zhanban::shell::run());
}
