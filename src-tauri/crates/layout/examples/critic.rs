//! The design critic on boards already laid out: reads board frames as JSON, one per line, and prints one line per
//! board (largest empty rectangle, fill, misaligned edges) — for looking at a project's boards as the design bench
//! looks at its own. A project's frames: `sqlite3 p.zhanban "select json_extract(spec,'$.frame') from boards order
//! by position" | cargo run -p zhanban-layout --no-default-features --example critic`.

use std::io::BufRead;

use zhanban_frames::BoardFrame;
use zhanban_layout::critic;

fn main() {
    for line in std::io::stdin().lock().lines() {
        let line = line.expect("a line of input");
        if line.trim().is_empty() {
            continue;
        }
        let frame: BoardFrame = serde_json::from_str(&line).expect("a board frame as JSON");
        let c = critic::critique(&frame);
        println!(
            "{:>2} {:<24} hole {:>5.1} %  fill {:>3.0} %  misaligned {} {}",
            frame.number,
            frame.name.chars().take(16).collect::<String>(),
            c.hole_share * 100.0,
            c.fill * 100.0,
            c.misaligned,
            c.misaligned_at.join(", ")
        );
    }
}
