//! Per-photo analysis (fingerprint, faces, subject centre, sharpness) and the relations between photos: the same
//! picture found at import ("可能与 X 重复"), burst groups, and the user's "not the same".
//!
//! Owns storing and reading these; it must not compute them (the photos crate measures, the caller relates).

use rusqlite::{params, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};

use crate::{Project, Result, StoreError};

/// A face box in fractions of the upright picture (0..1 from the top-left).
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct FaceBox {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
    pub score: f32,
}

/// What a photo shows, and how it relates to photos stored before it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct PhotoAnalysis {
    /// The photos crate's fingerprint in its text form.
    pub fingerprint: String,
    pub faces: Vec<FaceBox>,
    /// The subject's centre, fractions of the upright picture.
    pub saliency: (f32, f32),
    pub sharpness: f32,
    /// The photo this one is probably the same picture as.
    #[ts(type = "number | null")]
    pub same_as: Option<i64>,
    /// The burst group (the id of its first photo).
    #[ts(type = "number | null")]
    pub burst: Option<i64>,
}

/// A stored photo with its analysis, for relating a new photo and for layout.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct AnalysisRow {
    #[ts(type = "number")]
    pub photo_id: i64,
    pub hash: String,
    pub file_name: String,
    pub taken_at: Option<String>,
    pub analysis: PhotoAnalysis,
}

pub(crate) fn insert_analysis(tx: &Transaction, photo_id: i64, a: &PhotoAnalysis) -> Result<()> {
    tx.execute(
        "INSERT OR REPLACE INTO photo_analysis(photo_id, fingerprint, faces, saliency_x, saliency_y, sharpness,
                                               same_as, burst)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            photo_id,
            a.fingerprint,
            serde_json::to_string(&a.faces)?,
            a.saliency.0,
            a.saliency.1,
            a.sharpness,
            a.same_as,
            a.burst,
        ],
    )?;
    // A burst is named by its first photo, which joins its own group when the second shot arrives.
    if let Some(first) = a.burst {
        tx.execute(
            "UPDATE photo_analysis SET burst = ?1 WHERE photo_id = ?1 AND burst IS NULL",
            [first],
        )?;
    }
    Ok(())
}

impl Project {
    /// Every analysed photo, in import order.
    pub fn analyses(&self) -> Result<Vec<AnalysisRow>> {
        let mut stmt = self.conn().prepare(
            "SELECT p.id, p.hash, p.file_name, p.taken_at, a.fingerprint, a.faces, a.saliency_x, a.saliency_y,
                    a.sharpness, a.same_as, a.burst
             FROM photos p JOIN photo_analysis a ON a.photo_id = p.id ORDER BY p.position",
        )?;
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    AnalysisRow {
                        photo_id: r.get(0)?,
                        hash: r.get(1)?,
                        file_name: r.get(2)?,
                        taken_at: r.get(3)?,
                        analysis: PhotoAnalysis {
                            fingerprint: r.get(4)?,
                            faces: Vec::new(),
                            saliency: (r.get(6)?, r.get(7)?),
                            sharpness: r.get(8)?,
                            same_as: r.get(9)?,
                            burst: r.get(10)?,
                        },
                    },
                    r.get::<_, String>(5)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        rows.into_iter()
            .map(|(mut row, faces)| {
                row.analysis.faces = serde_json::from_str(&faces)?;
                Ok(row)
            })
            .collect()
    }

    /// Records the user's word that two photos (by content hash or file name) are different pictures: neither is
    /// marked as the other's copy any more, and they leave each other's burst group.
    pub fn set_not_same(&mut self, photo: &str, other: &str) -> Result<()> {
        let tx = self.conn_mut().transaction()?;
        let id = |p: &str| -> Result<i64> {
            tx.query_row(
                "SELECT id FROM photos WHERE hash = ?1 OR file_name = ?1 ORDER BY (hash = ?1) DESC, position LIMIT 1",
                [p],
                |r| r.get(0),
            )
            .optional()?
            .ok_or_else(|| StoreError::NoSuchPhoto(p.to_string()))
        };
        let (a, b) = (id(photo)?, id(other)?);
        let (a, b) = (a.min(b), a.max(b));
        if a != b {
            tx.execute(
                "INSERT OR IGNORE INTO photo_not_same(a, b) VALUES (?1, ?2)",
                params![a, b],
            )?;
            tx.execute(
                "UPDATE photo_analysis SET same_as = NULL
                 WHERE (photo_id = ?1 AND same_as = ?2) OR (photo_id = ?2 AND same_as = ?1)",
                params![a, b],
            )?;
            // The later of the two leaves a burst the other one is in.
            tx.execute(
                "UPDATE photo_analysis SET burst = NULL
                 WHERE photo_id = ?2 AND burst IS NOT NULL
                   AND burst = (SELECT coalesce(burst, ?1) FROM photo_analysis WHERE photo_id = ?1)",
                params![a, b],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// The pairs of photo ids the user said are different pictures (smaller id first).
    pub fn not_same_pairs(&self) -> Result<Vec<(i64, i64)>> {
        let mut stmt = self.conn().prepare("SELECT a, b FROM photo_not_same ORDER BY a, b")?;
        let rows = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }
}
