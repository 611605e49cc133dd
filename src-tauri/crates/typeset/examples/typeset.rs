//! Stand-in for `zhanban-cli typeset` until the CLI wires it: `cargo run -p zhanban-typeset --example typeset --
//! --width 20 [--size 12] [--font 黑体] [--json] < paragraph.txt`.

use std::io::Read;

use zhanban_typeset::{typeset_command, TypesetCommandOptions};

fn main() {
    let mut opts = TypesetCommandOptions::default();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut i = 0;
    while i < args.len() {
        let val = args.get(i + 1).cloned().unwrap_or_default();
        match args[i].as_str() {
            "--width" => opts.width_em = val.parse().unwrap_or(0.0),
            "--size" => opts.size_pt = val.parse().unwrap_or(0.0),
            "--font" => opts.font = Some(val),
            "--indent" => opts.indent_em = val.parse().unwrap_or(0.0),
            "--json" => {
                opts.json = true;
                i += 1;
                continue;
            }
            "--hanging" => {
                opts.hanging = true;
                i += 1;
                continue;
            }
            other => {
                eprintln!("未知参数：{other}");
                std::process::exit(2);
            }
        }
        i += 2;
    }
    let mut text = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut text) {
        eprintln!("无法读取标准输入：{e}");
        std::process::exit(1);
    }
    match typeset_command(&text, &opts) {
        Ok(s) => print!("{s}"),
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    }
}
