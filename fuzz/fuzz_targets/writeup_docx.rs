//! .docx files (zip container, document.xml, numbering.xml, pictures).
#![no_main]
use libfuzzer_sys::fuzz_target;
use zhanban_writeup::{structure_docx, Options};

fuzz_target!(|data: &[u8]| {
    let _ = structure_docx(data.to_vec(), "输入.docx", &Options::default());
});
