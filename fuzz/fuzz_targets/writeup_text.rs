//! Text files: encoding detection (UTF-8/16, GBK/GB18030), then plain text and Markdown structuring.
#![no_main]
use libfuzzer_sys::fuzz_target;
use zhanban_writeup::{structure_markdown, structure_text, Options};

fuzz_target!(|data: &[u8]| {
    if let Some(text) = zhanban_writeup::decode::decode(data) {
        structure_text(&text, &Options::default());
        structure_markdown(&text, &Options { simplified: true });
    }
});
