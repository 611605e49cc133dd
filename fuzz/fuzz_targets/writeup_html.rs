//! HTML as pasted from Word, WPS, WeChat and web pages.
#![no_main]
use libfuzzer_sys::fuzz_target;
use zhanban_writeup::{html_source_lines, structure_html, Options};

fuzz_target!(|data: &[u8]| {
    let html = String::from_utf8_lossy(data);
    structure_html(&html, &Options::default());
    html_source_lines(&html);
});
