//! Prints the structure of a write-up file as JSON (a development aid; the real front end is `zhanban-cli structure`).
fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: structure <file> [--simplified]");
        std::process::exit(2);
    };
    let simplified = args.any(|a| a == "--simplified");
    let opts = zhanban_writeup::Options { simplified };
    match zhanban_writeup::read_file(std::path::Path::new(&path), &opts) {
        Ok(imp) => match serde_json::to_string_pretty(&imp.writeup) {
            Ok(s) => println!("{s}"),
            Err(e) => eprintln!("{e}"),
        },
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    }
}
