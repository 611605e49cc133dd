//! zhanban-pdf: board frames → print-ready PDF files (PDF/X-4, exact TrimBox, BleedBox, optional crop marks and
//! slug, subset fonts with ToUnicode, photos from the originals with JPEG passthrough) and the export folder
//! (one PDF per board, combined review PDF, print list). It reads frames and photo bytes; it never lays out text,
//! never imports Tauri and never touches the project store.

mod board;
pub mod cmyk;
mod draw;
pub mod error;
mod export;
mod fonts;
pub mod geometry;
mod icc;
mod images;
pub mod jpeg;
mod merge;
pub mod names;
mod print_list;

pub use board::{export_board, export_board_with, slug_text, today, warm_up, BoardReport, ExportOptions};
pub use cmyk::Colour;
pub use error::{PdfError, Result};
pub use export::{
    clean_leftovers, export_folder, print_list_csv, FolderOptions, FolderReport, PrintInfo, Progress, Stage,
    IMAGES_DIR, PRINT_LIST, REVIEW_DIR,
};
pub use fonts::FontCache;
pub use images::{displayed_size, PhotoBytes};
pub use names::board_file_name;
pub use print_list::PRINT_LIST_PDF;
