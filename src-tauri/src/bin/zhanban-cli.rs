//! The `zhanban-cli` console binary: everything is in `zhanban::cli`.
fn main() -> std::process::ExitCode {
    zhanban::cli::run(std::env::args_os())
}
