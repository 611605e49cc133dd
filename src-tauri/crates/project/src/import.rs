//! Importing material into a project: photos (files and folders, through the photo crate's streaming pipeline) and
//! write-up files (.txt .md .html .docx, through the write-up crate, with a Word file's pictures going to the photo
//! library). Each photo and each write-up is stored in its own transaction, so a cancel, a crash or a bad file never
//! leaves the project half-written. Used alike by `zhanban-cli import` and the desktop shell; no Tauri here.

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use serde::Serialize;
use ts_rs::TS;

use zhanban_photos::fingerprint::{relate, Fingerprint, Known};
use zhanban_photos::{ImportEvent, ImportOptions, Processed};
use zhanban_store::{AddPhoto, FaceBox, NewPhoto, PhotoAnalysis, PhotoRow, Project, StoreError, Thumbnail};

/// File extensions treated as write-ups rather than photos.
const WRITEUP_EXTENSIONS: [&str; 6] = ["txt", "md", "markdown", "html", "htm", "docx"];
/// Old Word formats: refused with a message asking for .docx.
const OLD_WORD_EXTENSIONS: [&str; 3] = ["doc", "wps", "rtf"];

/// What an import did, file by file.
#[derive(Debug, Default, Clone, Serialize, TS)]
#[ts(export)]
pub struct ImportReport {
    pub imported: Vec<ImportedFile>,
    pub duplicates: Vec<DuplicateFile>,
    pub failed: Vec<FailedFile>,
    pub writeups: Vec<ImportedWriteUp>,
    /// Files in dropped folders passed over quietly (hidden, system, not images).
    pub skipped: usize,
    /// The user cancelled: what is listed was stored, nothing else was touched.
    pub cancelled: bool,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ImportedFile {
    pub path: String,
    pub file_name: String,
    pub hash: String,
    pub width: u32,
    pub height: u32,
    /// The file name of a photo already in the project that this is probably the same picture as (可能与 X 重复):
    /// a resized, re-encoded, turned or cropped copy. Both are kept; layout uses the better one.
    pub same_as: Option<String>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct DuplicateFile {
    pub path: String,
    pub file_name: String,
    /// The file name under which the same photo is already in the project.
    pub existing_file_name: String,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct FailedFile {
    pub path: String,
    pub file_name: String,
    /// What went wrong and what to do, in Chinese.
    pub reason: String,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ImportedWriteUp {
    pub path: String,
    #[ts(type = "number")]
    pub id: i64,
    pub title: Option<String>,
    pub blocks: usize,
    /// Pictures the file carried, imported into the photo library.
    pub pictures: usize,
}

/// Progress as the UI and the CLI show it.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ImportProgress {
    pub done: usize,
    pub total: usize,
    pub current: String,
}

/// What the caller is told while importing: progress, and each file's outcome as soon as it is stored.
pub enum Step<'a> {
    Progress(&'a ImportProgress),
    Imported(&'a ImportedFile),
    Duplicate(&'a DuplicateFile),
    Failed(&'a FailedFile),
    WriteUp(&'a ImportedWriteUp),
    /// A photo just stored, as the library lists it, with its small thumbnail (so it shows while the import goes on).
    Stored(&'a PhotoRow, Option<&'a Thumbnail>),
}

fn is_writeup(path: &Path) -> bool {
    ext_in(path, &WRITEUP_EXTENSIONS) || ext_in(path, &OLD_WORD_EXTENSIONS)
}

fn ext_in(path: &Path, list: &[&str]) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| list.iter().any(|x| e.eq_ignore_ascii_case(x)))
}

fn name_of(path: &Path) -> String {
    zhanban_photos::import::display_name(path)
}

/// Imports `paths` (photo files, folders of photos, write-up files) into `project`. `on_step` hears about each
/// stored file; `cancel` stops the run between files. Errors about single files are in the report; only a failure
/// to write the project itself is returned as an error. `simplified` converts traditional write-ups at import.
pub fn import(
    project: &mut Project,
    paths: &[PathBuf],
    simplified: bool,
    cancel: &AtomicBool,
    mut on_step: impl FnMut(Step<'_>),
) -> Result<ImportReport, StoreError> {
    let (writeups, photos): (Vec<PathBuf>, Vec<PathBuf>) = paths.iter().cloned().partition(|p| is_writeup(p));
    let mut report = ImportReport::default();
    let mut library = Library::load(project)?;

    if !photos.is_empty() {
        let known: std::collections::HashSet<String> = project.photos()?.into_iter().map(|p| p.hash).collect();
        let summary = zhanban_photos::import_paths(
            &photos,
            &ImportOptions::default(),
            cancel,
            &|hash: &str| known.contains(hash),
            |event| -> Result<(), StoreError> {
                match event {
                    ImportEvent::Started { .. } => {}
                    ImportEvent::Progress { done, total, current } => {
                        on_step(Step::Progress(&ImportProgress {
                            done,
                            total,
                            current: name_of(&current),
                        }));
                    }
                    ImportEvent::Processed(p) => store_photo(project, &mut library, *p, &mut report, &mut on_step)?,
                    ImportEvent::Duplicate {
                        file_name, path, hash, ..
                    } => {
                        let existing_file_name = existing_name(project, &hash, &file_name)?;
                        let d = DuplicateFile {
                            path: path.display().to_string(),
                            file_name,
                            existing_file_name,
                        };
                        on_step(Step::Duplicate(&d));
                        report.duplicates.push(d);
                    }
                    ImportEvent::Failed { path, error, .. } => {
                        let f = FailedFile {
                            path: path.display().to_string(),
                            file_name: name_of(&path),
                            reason: error.to_string(),
                        };
                        on_step(Step::Failed(&f));
                        report.failed.push(f);
                    }
                }
                Ok(())
            },
        )?;
        report.skipped = summary.skipped;
        report.cancelled = summary.cancelled;
    }

    for path in writeups {
        if cancel.load(std::sync::atomic::Ordering::Relaxed) {
            report.cancelled = true;
            break;
        }
        import_writeup(project, &mut library, &path, simplified, &mut report, &mut on_step)?;
    }
    Ok(report)
}

fn existing_name(project: &Project, hash: &str, fallback: &str) -> Result<String, StoreError> {
    Ok(project
        .photo(hash)?
        .map(|p| p.file_name)
        .unwrap_or_else(|| fallback.into()))
}

fn new_photo(p: Processed) -> NewPhoto {
    let info = &p.info;
    let camera = match (&info.camera_make, &info.camera_model) {
        (Some(make), Some(model)) if model.starts_with(make.as_str()) => Some(model.clone()),
        (Some(make), Some(model)) => Some(format!("{make} {model}")),
        (a, b) => a.clone().or(b.clone()),
    };
    NewPhoto {
        format: serde_json::to_value(info.format)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default(),
        width: info.width,
        height: info.height,
        orientation: info.orientation,
        color_model: serde_json::to_value(info.color_model)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default(),
        has_icc: info.has_icc,
        taken_at: info.date_taken.clone(),
        camera,
        metadata: serde_json::to_value(info).unwrap_or_default(),
        thumbnails: [(512, &p.thumb), (160, &p.thumb_small)]
            .into_iter()
            .map(|(size, t)| Thumbnail {
                size,
                width: t.width,
                height: t.height,
                jpeg: t.jpeg.clone(),
            })
            .collect(),
        analysis: Some(PhotoAnalysis {
            fingerprint: String::from(p.analysis.fingerprint),
            faces: p
                .analysis
                .faces
                .iter()
                .map(|f| FaceBox {
                    x: f.x,
                    y: f.y,
                    w: f.w,
                    h: f.h,
                    score: f.score,
                })
                .collect(),
            saliency: p.analysis.saliency,
            sharpness: p.analysis.sharpness,
            same_as: None,
            burst: None,
        }),
        hash: p.hash,
        file_name: p.file_name,
        original: p.bytes,
    }
}

/// The project's photos as relating a new one needs them: read once per import and grown as photos are stored, so
/// an import of n photos into a library of m reads the library once (not once per photo).
struct Library {
    photos: Vec<KnownPhoto>,
}

struct KnownPhoto {
    id: i64,
    fingerprint: Fingerprint,
    taken_at: Option<String>,
    burst: Option<i64>,
    file_name: String,
}

impl Library {
    fn load(project: &Project) -> Result<Library, StoreError> {
        let photos = project
            .analyses()?
            .into_iter()
            .filter_map(|r| {
                Some(KnownPhoto {
                    id: r.photo_id,
                    fingerprint: r.analysis.fingerprint.parse().ok()?,
                    taken_at: r.taken_at,
                    burst: r.analysis.burst,
                    file_name: r.file_name,
                })
            })
            .collect();
        Ok(Library { photos })
    }

    /// Marks a new photo as the same picture as one in the project, or as one of a burst, from the fingerprints.
    /// Returns the file name of the photo it probably repeats.
    fn relate(&self, photo: &mut NewPhoto) -> Option<String> {
        let taken_at = photo.taken_at.as_deref();
        let a = photo.analysis.as_mut()?;
        let fingerprint = a.fingerprint.parse::<Fingerprint>().ok()?;
        let known: Vec<Known> = self
            .photos
            .iter()
            .map(|k| Known {
                id: k.id,
                fingerprint: &k.fingerprint,
                taken_at: k.taken_at.as_deref(),
                burst: k.burst,
            })
            .collect();
        let rel = relate(&fingerprint, taken_at, &known);
        a.same_as = rel.same_as;
        a.burst = rel.burst;
        let id = rel.same_as?;
        self.photos.iter().find(|k| k.id == id).map(|k| k.file_name.clone())
    }

    /// A photo just stored joins the library (and the first photo of a burst its own group, as the store does).
    fn add(&mut self, id: i64, photo: &NewPhoto) {
        let Some(a) = &photo.analysis else { return };
        if let Some(first) = a.burst {
            if let Some(k) = self.photos.iter_mut().find(|k| k.id == first && k.burst.is_none()) {
                k.burst = Some(first);
            }
        }
        if let Ok(fingerprint) = a.fingerprint.parse() {
            self.photos.push(KnownPhoto {
                id,
                fingerprint,
                taken_at: photo.taken_at.clone(),
                burst: a.burst,
                file_name: photo.file_name.clone(),
            });
        }
    }
}

fn store_photo(
    project: &mut Project,
    library: &mut Library,
    p: Processed,
    report: &mut ImportReport,
    on_step: &mut impl FnMut(Step<'_>),
) -> Result<(), StoreError> {
    let path = p.path.display().to_string();
    let (width, height) = (p.info.width, p.info.height);
    let mut photo = new_photo(p);
    let same_as = library.relate(&mut photo);
    match project.add_photo(&photo)? {
        AddPhoto::Added { id } => {
            library.add(id, &photo);
            if let Some(row) = project.photo(&photo.hash)? {
                on_step(Step::Stored(&row, photo.thumbnails.iter().find(|t| t.size == 160)));
            }
            let f = ImportedFile {
                path,
                file_name: photo.file_name,
                hash: photo.hash,
                width,
                height,
                same_as,
            };
            on_step(Step::Imported(&f));
            report.imported.push(f);
        }
        AddPhoto::Duplicate { file_name, .. } => {
            let d = DuplicateFile {
                path,
                file_name: photo.file_name,
                existing_file_name: file_name,
            };
            on_step(Step::Duplicate(&d));
            report.duplicates.push(d);
        }
    }
    Ok(())
}

fn import_writeup(
    project: &mut Project,
    library: &mut Library,
    path: &Path,
    simplified: bool,
    report: &mut ImportReport,
    on_step: &mut impl FnMut(Step<'_>),
) -> Result<(), StoreError> {
    let fail = |report: &mut ImportReport, on_step: &mut dyn FnMut(Step<'_>), reason: String| {
        let f = FailedFile {
            path: path.display().to_string(),
            file_name: name_of(path),
            reason,
        };
        on_step(Step::Failed(&f));
        report.failed.push(f);
    };
    let imported = match zhanban_writeup::read_file(path, &zhanban_writeup::Options { simplified }) {
        Ok(i) => i,
        Err(e) => {
            fail(report, on_step, e.to_string());
            return Ok(());
        }
    };
    let source_text = std::fs::read(path)
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap_or_default();
    let source_text = if ext_in(path, &["docx"]) {
        String::new()
    } else {
        source_text
    };
    let mut writeup = imported.writeup;
    let mut pictures = 0;
    for picture in imported.pictures {
        match zhanban_photos::process(&picture.bytes, &picture.file_name, &Default::default()) {
            Ok(t) => {
                let hash = zhanban_photos::content_hash(&picture.bytes);
                let processed = Processed {
                    index: 0,
                    file_name: picture.file_name.clone(),
                    path: path.join(&picture.file_name),
                    bytes: picture.bytes,
                    hash: hash.clone(),
                    info: t.info,
                    thumb: t.thumb,
                    thumb_small: t.thumb_small,
                    analysis: t.analysis,
                };
                store_photo(project, library, processed, report, on_step)?;
                if let Some(caption) = picture.caption.filter(|c| !c.is_empty()) {
                    if project.photo(&hash)?.is_some_and(|p| p.caption.is_empty()) {
                        project.set_caption(&hash, &caption)?;
                    }
                }
                if let Some(block) = writeup.blocks.get_mut(picture.block_index) {
                    block.image = Some(hash);
                }
                pictures += 1;
            }
            Err(e) => fail(report, on_step, e.to_string()),
        }
    }
    let structure = serde_json::to_value(&writeup)?;
    let id = project.add_writeup(&name_of(path), &source_text, &structure)?;
    let w = ImportedWriteUp {
        path: path.display().to_string(),
        id,
        title: writeup.title.clone(),
        blocks: writeup.blocks.len(),
        pictures,
    };
    on_step(Step::WriteUp(&w));
    report.writeups.push(w);
    Ok(())
}
