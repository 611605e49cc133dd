//! The realistic board exported to PDF and checked with independent tools (qpdf, poppler, MuPDF, pdf-audit).

mod common;
use common::*;

use zhanban_pdf::{export_board, ExportOptions};

#[test]
fn quick_look() {
    let dir = out_dir("quick");
    let m = material(&dir);
    let b = board(&m);
    let out = dir.join("01-前言.pdf");
    let opts = ExportOptions { crop_marks: true, ..Default::default() };
    let r = export_board(&b, &m.photos, &opts, &out).unwrap();
    eprintln!("{r:?}");
}
