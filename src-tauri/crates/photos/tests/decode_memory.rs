//! Decoding within a memory budget: the worst images still accepted (15000×15000 = 225 MP, under the 250 MP limit)
//! are processed with a heap peak ≤ 600 MB, and images whose full decode would exceed the budget in formats that
//! cannot be read in strips are refused with a Chinese reason before their pixels are allocated.
//!
//! Each measurement runs in a child process (this test binary again) with a counting allocator, so the peak is that
//! one photo's alone. The PNGs are written row by row here (compressed they are a few MB).

use std::alloc::{GlobalAlloc, Layout, System};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

use zhanban_photos::{process, ErrorKind, ProcessOptions};

struct Counting;

static NOW: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = NOW.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        NOW.fetch_sub(layout.size(), Ordering::Relaxed);
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size > layout.size() {
                let now = NOW.fetch_add(new_size - layout.size(), Ordering::Relaxed) + new_size - layout.size();
                PEAK.fetch_max(now, Ordering::Relaxed);
            } else {
                NOW.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        p
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

const CHILD: &str = "ZHANBAN_DECODE_MEMORY_CHILD";
const LIMIT: usize = 600 << 20;

/// Child: processes the file named by CHILD and prints "peak <bytes> <outcome>".
#[test]
fn decode_memory_child() {
    let Some(path) = std::env::var_os(CHILD) else {
        return;
    };
    let bytes = std::fs::read(&path).unwrap();
    PEAK.store(NOW.load(Ordering::Relaxed), Ordering::Relaxed);
    let outcome = match process(&bytes, "测试.png", &ProcessOptions::default()) {
        Ok(t) => format!(
            "ok {}x{} {}x{}",
            t.info.width, t.info.height, t.thumb.width, t.thumb.height
        ),
        Err(e) => format!("err {:?} {e}", e.kind),
    };
    println!("peak {} {outcome}", PEAK.load(Ordering::Relaxed));
}

fn measure(path: &Path) -> (usize, String) {
    let out = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "decode_memory_child", "--nocapture", "--test-threads=1"])
        .env(CHILD, path)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let line = stdout
        .lines()
        .find_map(|l| l.find("peak ").map(|i| &l[i + "peak ".len()..]))
        .unwrap_or_else(|| panic!("child failed: {stdout}\n{}", String::from_utf8_lossy(&out.stderr)));
    let (peak, outcome) = line.split_once(' ').unwrap();
    (peak.parse().unwrap(), outcome.to_string())
}

/// Writes a `size`×`size` PNG row by row: a gradient with a pattern, so it compresses to a few MB.
fn write_png(path: &Path, size: u32, color: png::ColorType, depth: png::BitDepth) {
    let file = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    let mut enc = png::Encoder::new(file, size, size);
    enc.set_color(color);
    enc.set_depth(depth);
    enc.set_compression(png::Compression::Fast);
    let mut w = enc.write_header().unwrap().into_stream_writer().unwrap();
    let samples = color.samples();
    let bytes_per_sample = if depth == png::BitDepth::Sixteen { 2 } else { 1 };
    let mut row = vec![0u8; size as usize * samples * bytes_per_sample];
    for y in 0..size {
        for (i, b) in row.iter_mut().enumerate() {
            let x = i / (samples * bytes_per_sample);
            *b = match i % (samples * bytes_per_sample) {
                // Alpha (last sample) opaque in the top half, half transparent below.
                j if samples == 4 && j / bytes_per_sample == 3 => {
                    if y < size / 2 {
                        255
                    } else {
                        128
                    }
                }
                _ => ((x / 64 + y as usize / 64) % 2 * 150) as u8 + (y / 256) as u8,
            };
        }
        w.write_all(&row).unwrap();
    }
    w.finish().unwrap();
}

fn scratch(name: &str) -> PathBuf {
    let d = Path::new(env!("CARGO_MANIFEST_DIR")).join("material").join(name);
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn the_largest_accepted_pngs_decode_within_600_mb() {
    let dir = scratch("decode-memory");
    for (name, color, depth, full_decode_mb) in [
        (
            "rgba16.png",
            png::ColorType::Rgba,
            png::BitDepth::Sixteen,
            225 * 8 + 225 * 4 + 225 * 3,
        ),
        ("rgb8.png", png::ColorType::Rgb, png::BitDepth::Eight, 225 * 3),
    ] {
        let path = dir.join(name);
        write_png(&path, 15000, color, depth);
        let (peak, outcome) = measure(&path);
        eprintln!(
            "{name}: {} bytes on disk, heap peak {} MB (a whole decode would hold ~{full_decode_mb} MB)",
            std::fs::metadata(&path).unwrap().len(),
            peak >> 20
        );
        assert_eq!(outcome, "ok 15000x15000 512x512", "{name}");
        assert!(peak <= LIMIT, "{name}: peak {} MB > 600 MB", peak >> 20);
        std::fs::remove_file(&path).unwrap();
    }
}

/// A BMP header claiming 12000×12000 24-bit pixels (432 MB decoded; BMP cannot be read in strips here): refused by
/// the budget with the Chinese reason, before any pixel memory is taken.
#[test]
fn formats_without_strips_are_refused_over_budget() {
    let (w, h) = (12000u32, 12000u32);
    let row = (w * 3).div_ceil(4) * 4;
    let mut bmp = Vec::new();
    bmp.extend_from_slice(b"BM");
    bmp.extend_from_slice(&(54 + row * h).to_le_bytes());
    bmp.extend_from_slice(&[0; 4]);
    bmp.extend_from_slice(&54u32.to_le_bytes());
    bmp.extend_from_slice(&40u32.to_le_bytes());
    bmp.extend_from_slice(&(w as i32).to_le_bytes());
    bmp.extend_from_slice(&(h as i32).to_le_bytes());
    bmp.extend_from_slice(&1u16.to_le_bytes());
    bmp.extend_from_slice(&24u16.to_le_bytes());
    bmp.extend_from_slice(&[0; 24]);
    bmp.resize(bmp.len() + 4096, 0x80);
    let dir = scratch("decode-budget");
    let path = dir.join("超大.bmp");
    std::fs::write(&path, &bmp).unwrap();
    let (peak, outcome) = measure(&path);
    assert!(outcome.starts_with("err TooMuchMemory"), "{outcome}");
    assert!(outcome.contains("内存") && outcome.contains("12000×12000"), "{outcome}");
    assert!(peak < 64 << 20, "refused before allocating: peak {} MB", peak >> 20);
    let e = process(&bmp, "超大.bmp", &ProcessOptions::default()).unwrap_err();
    assert!(matches!(
        e.kind,
        ErrorKind::TooMuchMemory {
            width: 12000,
            height: 12000,
            ..
        }
    ));
}
