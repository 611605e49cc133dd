//! Seeded mutation fuzzing of the write-up entry points (text decoding, plain text, Markdown, HTML, .docx): real
//! corpus articles and a real-shaped .docx are mutated (bit flips, random and markup bytes inserted, ranges cut,
//! duplicated or truncated) and fed in; no input may panic. A short run is part of the normal tests; a long run:
//! ZHANBAN_FUZZ_SECONDS=600 cargo test -p zhanban-writeup --test fuzz_seeded -- --nocapture
//! A panicking input is saved in the temp folder and named in the failure; it becomes a regression test.
//! (Coverage-guided fuzzing of the same entry points: fuzz/ with cargo-fuzz.)

use std::io::{Cursor, Write};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::{Duration, Instant};

use zhanban_writeup::{structure_docx, structure_html, structure_markdown, structure_text, Options};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Tokens that matter to the parsers: markup, numbering, full-width punctuation, encodings' special bytes.
const TOKENS: &[&[u8]] = &[
    b"<",
    b">",
    b"</",
    b"<p>",
    b"</p>",
    b"<br>",
    b"<table><tr><td>",
    b"<script>",
    b"<!--",
    b"-->",
    b"&amp;",
    b"&#x",
    b"<w:p>",
    b"</w:p>",
    b"<w:t>",
    b"</w:t>",
    b"<w:numPr>",
    b"\"",
    b"\n",
    b"\r\n",
    b"\t",
    b"#",
    b"**",
    b"> ",
    "一、".as_bytes(),
    "（一）".as_bytes(),
    "图为".as_bytes(),
    "记者".as_bytes(),
    "　".as_bytes(),
    b"\xEF\xBB\xBF",
    b"\xFF\xFE",
    b"\xFE\xFF",
    b"\x00",
    b"\xC0\x80",
    b"\xED\xA0\x80",
    b"PK\x03\x04",
    b"PK\x01\x02",
    b"PK\x05\x06",
];

fn mutate(rng: &mut Rng, seed: &[u8]) -> Vec<u8> {
    let mut v = seed.to_vec();
    for _ in 0..1 + rng.below(8) {
        let len = v.len();
        match rng.below(7) {
            0 if len > 0 => {
                let i = rng.below(len);
                v[i] ^= 1 << rng.below(8);
            }
            1 if len > 0 => {
                let i = rng.below(len);
                v[i] = rng.next() as u8;
            }
            2 => {
                let t = TOKENS[rng.below(TOKENS.len())];
                let i = rng.below(len + 1);
                v.splice(i..i, t.iter().copied());
            }
            3 if len > 0 => {
                let a = rng.below(len);
                let b = (a + rng.below(64)).min(len);
                v.drain(a..b);
            }
            4 if len > 0 => {
                let a = rng.below(len);
                let b = (a + rng.below(256)).min(len);
                let chunk = v[a..b].to_vec();
                let i = rng.below(len + 1);
                v.splice(i..i, chunk);
            }
            5 if len > 0 => v.truncate(rng.below(len)),
            _ => {
                let i = rng.below(len + 1);
                let n = rng.below(16);
                let bytes: Vec<u8> = (0..n).map(|_| rng.next() as u8).collect();
                v.splice(i..i, bytes);
            }
        }
    }
    v
}

fn corpus() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../../shared/corpus");
    let mut v: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| std::fs::read_to_string(e.path()).unwrap())
        .collect();
    v.sort();
    // Keep the runs quick: the first few thousand characters of each article.
    v.iter().map(|t| t.chars().take(3000).collect()).collect()
}

fn docx_seed(text: &str) -> Vec<u8> {
    let body: String = text
        .lines()
        .take(20)
        .map(|l| {
            let l = l.replace('&', "&amp;").replace('<', "&lt;");
            format!(r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t xml:space="preserve">{l}</w:t></w:r></w:p>"#)
        })
        .collect();
    let doc = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
    );
    let numbering = r#"<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#;
    let mut z = zip::ZipWriter::new(Cursor::new(Vec::new()));
    // Stored, not deflated: mutations then hit the XML itself, not only the compressed stream.
    let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, bytes) in [
        ("word/document.xml", doc.as_bytes()),
        ("word/numbering.xml", numbering.as_bytes()),
    ] {
        z.start_file(name, opts).unwrap();
        z.write_all(bytes).unwrap();
    }
    z.finish().unwrap().into_inner()
}

/// Every entry point on one input.
fn feed(data: &[u8]) {
    let opts = Options::default();
    let simplified = Options { simplified: true };
    if let Some(text) = zhanban_writeup::decode::decode(data) {
        structure_text(&text, &opts);
        structure_markdown(&text, &opts);
        structure_html(&text, &simplified);
    }
    let lossy = String::from_utf8_lossy(data);
    structure_html(&lossy, &opts);
    let _ = structure_docx(data.to_vec(), "输入.docx", &opts);
}

#[test]
fn no_mutated_write_up_panics() {
    let seconds: u64 = std::env::var("ZHANBAN_FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let iterations = if seconds > 0 { u64::MAX } else { 150 };
    let texts = corpus();
    let mut seeds: Vec<Vec<u8>> = texts.iter().map(|t| t.as_bytes().to_vec()).collect();
    seeds.push(docx_seed(&texts[0]));
    seeds.push(docx_seed(&texts[1]));
    let html: String = texts[2].lines().map(|l| format!("<p>{l}</p>")).collect();
    seeds.push(format!("<html><body><h1>标题</h1>{html}</body></html>").into_bytes());
    let mut rng = Rng(std::env::var("ZHANBAN_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x2026_1204));
    let start = Instant::now();
    let mut n = 0u64;
    while n < iterations && (seconds == 0 || start.elapsed() < Duration::from_secs(seconds)) {
        let seed = &seeds[rng.below(seeds.len())];
        let input = mutate(&mut rng, seed);
        if catch_unwind(AssertUnwindSafe(|| feed(&input))).is_err() {
            let path = std::env::temp_dir().join(format!("zhanban-writeup-fuzz-crash-{n}"));
            std::fs::write(&path, &input).unwrap();
            panic!("input {n} panicked; saved to {}", path.display());
        }
        n += 1;
    }
    eprintln!("write-up fuzz: {n} inputs in {:.0?}, no panic", start.elapsed());
}
