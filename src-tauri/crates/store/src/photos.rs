//! Photos in the project: each original stored once (keyed by content hash) with its metadata, thumbnails and
//! caption. Adding a photo is one transaction: a row never exists without its bytes and thumbnails.

use rusqlite::{params, OptionalExtension};
use serde::Serialize;

use crate::analysis::{insert_analysis, PhotoAnalysis};
use crate::{Project, Result, StoreError};

/// A photo ready to be stored, as the import pipeline produced it.
#[derive(Debug, Clone, Default)]
pub struct NewPhoto {
    pub hash: String,
    pub file_name: String,
    pub original: Vec<u8>,
    pub format: String,
    /// Pixel size as displayed (after EXIF orientation).
    pub width: u32,
    pub height: u32,
    pub orientation: u8,
    pub color_model: String,
    pub has_icc: bool,
    pub taken_at: Option<String>,
    pub camera: Option<String>,
    /// Further metadata as JSON (an object).
    pub metadata: serde_json::Value,
    pub thumbnails: Vec<Thumbnail>,
    /// What the photo shows and how it relates to photos already stored (none for photos from before analysis).
    pub analysis: Option<PhotoAnalysis>,
}

/// A JPEG thumbnail of a photo, already upright.
#[derive(Debug, Clone, Default)]
pub struct Thumbnail {
    /// Nominal long edge (e.g. 512 or 160).
    pub size: u32,
    pub width: u32,
    pub height: u32,
    pub jpeg: Vec<u8>,
}

/// What adding a photo did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum AddPhoto {
    Added {
        id: i64,
    },
    /// The same bytes were already in the project, under this id and file name.
    Duplicate {
        id: i64,
        file_name: String,
    },
}

/// A stored photo's metadata, as listed by `info`.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct PhotoRow {
    #[ts(type = "number")]
    pub id: i64,
    pub hash: String,
    pub file_name: String,
    #[ts(type = "number")]
    pub byte_len: i64,
    pub format: String,
    pub width: u32,
    pub height: u32,
    pub orientation: u8,
    pub color_model: String,
    pub has_icc: bool,
    pub taken_at: Option<String>,
    pub camera: Option<String>,
    pub caption: String,
}

const PHOTO_COLUMNS: &str = "id, hash, file_name, byte_len, format, width, height, orientation, color_model, \
                             has_icc, taken_at, camera, caption";

fn photo_row(r: &rusqlite::Row) -> rusqlite::Result<PhotoRow> {
    Ok(PhotoRow {
        id: r.get(0)?,
        hash: r.get(1)?,
        file_name: r.get(2)?,
        byte_len: r.get(3)?,
        format: r.get(4)?,
        width: r.get(5)?,
        height: r.get(6)?,
        orientation: r.get(7)?,
        color_model: r.get(8)?,
        has_icc: r.get(9)?,
        taken_at: r.get(10)?,
        camera: r.get(11)?,
        caption: r.get(12)?,
    })
}

impl Project {
    /// Stores a photo with its thumbnails in one transaction, or reports the photo already stored with that hash.
    pub fn add_photo(&mut self, p: &NewPhoto) -> Result<AddPhoto> {
        let tx = self.conn_mut().transaction()?;
        let existing: Option<(i64, String)> = tx
            .query_row("SELECT id, file_name FROM photos WHERE hash = ?1", [&p.hash], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()?;
        if let Some((id, file_name)) = existing {
            return Ok(AddPhoto::Duplicate { id, file_name });
        }
        tx.execute(
            "INSERT INTO photos(hash, file_name, byte_len, format, width, height, orientation, color_model, has_icc,
                                taken_at, camera, metadata, position, imported_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12,
                     (SELECT coalesce(max(position), 0) + 1 FROM photos),
                     strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
            params![
                p.hash,
                p.file_name,
                p.original.len() as i64,
                p.format,
                p.width,
                p.height,
                p.orientation,
                p.color_model,
                p.has_icc,
                p.taken_at,
                p.camera,
                serde_json::to_string(&p.metadata)?,
            ],
        )?;
        let id = tx.last_insert_rowid();
        tx.execute(
            "INSERT INTO originals(photo_id, bytes) VALUES (?1, ?2)",
            params![id, p.original],
        )?;
        for t in &p.thumbnails {
            tx.execute(
                "INSERT INTO thumbnails(photo_id, size, width, height, jpeg) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![id, t.size, t.width, t.height, t.jpeg],
            )?;
        }
        if let Some(a) = &p.analysis {
            insert_analysis(&tx, id, a)?;
        }
        tx.commit()?;
        Ok(AddPhoto::Added { id })
    }

    /// The id of the photo with this content hash, if the project has it.
    pub fn photo_id_by_hash(&self, hash: &str) -> Result<Option<i64>> {
        Ok(self
            .conn()
            .query_row("SELECT id FROM photos WHERE hash = ?1", [hash], |r| r.get(0))
            .optional()?)
    }

    /// The photo with this content hash, if the project has it.
    pub fn photo(&self, hash: &str) -> Result<Option<PhotoRow>> {
        Ok(self
            .conn()
            .query_row(
                &format!("SELECT {PHOTO_COLUMNS} FROM photos WHERE hash = ?1"),
                [hash],
                photo_row,
            )
            .optional()?)
    }

    /// All photos in import order.
    pub fn photos(&self) -> Result<Vec<PhotoRow>> {
        let mut stmt = self
            .conn()
            .prepare(&format!("SELECT {PHOTO_COLUMNS} FROM photos ORDER BY position"))?;
        let rows = stmt.query_map([], photo_row)?.collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// The original bytes of the photo with this content hash, verified: bytes whose BLAKE3 no longer matches the
    /// hash they were stored under (a damaged disk or file) are refused with [`StoreError::DamagedOriginal`], which
    /// names the photo, and are never handed out.
    pub fn original(&self, hash: &str) -> Result<Vec<u8>> {
        let (bytes, file_name) = self.original_unverified(hash)?;
        verify_original(hash, &bytes, &file_name)?;
        Ok(bytes)
    }

    /// The original bytes of the photo with this content hash and its file name, NOT verified: for a reader that
    /// checks them with [`verify_original`] itself (outside a lock, or once per export).
    pub fn original_unverified(&self, hash: &str) -> Result<(Vec<u8>, String)> {
        self.conn()
            .query_row(
                "SELECT o.bytes, p.file_name FROM originals o JOIN photos p ON p.id = o.photo_id WHERE p.hash = ?1",
                [hash],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?
            .ok_or_else(|| StoreError::NoSuchPhoto(hash.to_string()))
    }

    /// Checks every stored original against its hash and lists the photos whose bytes are damaged (empty when all
    /// are sound). Reads one original at a time.
    pub fn damaged_originals(&self) -> Result<Vec<PhotoRow>> {
        let mut damaged = Vec::new();
        for photo in self.photos()? {
            match self.original(&photo.hash) {
                Ok(_) => {}
                Err(StoreError::DamagedOriginal { .. }) => damaged.push(photo),
                Err(e) => return Err(e),
            }
        }
        Ok(damaged)
    }

    /// The thumbnail of a photo closest to (and not smaller than, when there is one) the requested size.
    pub fn thumbnail(&self, photo_id: i64, size: u32) -> Result<Option<Thumbnail>> {
        Ok(self
            .conn()
            .query_row(
                "SELECT size, width, height, jpeg FROM thumbnails WHERE photo_id = ?1
                 ORDER BY (size < ?2), abs(size - ?2) LIMIT 1",
                params![photo_id, size],
                |r| {
                    Ok(Thumbnail {
                        size: r.get(0)?,
                        width: r.get(1)?,
                        height: r.get(2)?,
                        jpeg: r.get(3)?,
                    })
                },
            )
            .optional()?)
    }

    /// Sets (or, with an empty text, clears) the caption of the photo named by its file name or content hash.
    /// When several photos share a file name, the first imported is meant; name it by hash to pick another.
    pub fn set_caption(&self, photo: &str, caption: &str) -> Result<PhotoRow> {
        let id: i64 = self
            .conn()
            .query_row(
                "SELECT id FROM photos WHERE hash = ?1 OR file_name = ?1 ORDER BY (hash = ?1) DESC, position LIMIT 1",
                [photo],
                |r| r.get(0),
            )
            .optional()?
            .ok_or_else(|| StoreError::NoSuchPhoto(photo.to_string()))?;
        self.conn().execute(
            "UPDATE photos SET caption = ?1 WHERE id = ?2",
            params![caption.trim(), id],
        )?;
        Ok(self.conn().query_row(
            &format!("SELECT {PHOTO_COLUMNS} FROM photos WHERE id = ?1"),
            [id],
            photo_row,
        )?)
    }
}

/// Refuses bytes whose BLAKE3 is not the hash they were stored under ([`StoreError::DamagedOriginal`], naming the
/// photo by `file_name`).
pub fn verify_original(hash: &str, bytes: &[u8], file_name: &str) -> Result<()> {
    if blake3::hash(bytes).to_hex().as_str() != hash {
        return Err(StoreError::DamagedOriginal {
            file_name: file_name.to_string(),
            hash: hash.to_string(),
        });
    }
    Ok(())
}
