//! Write-ups in the project: the text as it arrived and its structure (JSON, as the write-up crate made it and the
//! user corrected it). The store does not interpret the structure beyond reading its title for listings.

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

use crate::{Project, Result, StoreError};

/// A write-up as listed by `info`.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct WriteUpRow {
    #[ts(type = "number")]
    pub id: i64,
    pub source_name: String,
    pub title: Option<String>,
    pub blocks: usize,
}

/// A stored write-up in full.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WriteUpRecord {
    pub id: i64,
    pub source_name: String,
    pub source_text: String,
    pub structure: serde_json::Value,
}

impl Project {
    /// Stores a write-up at the end of the list and returns its id.
    pub fn add_writeup(&self, source_name: &str, source_text: &str, structure: &serde_json::Value) -> Result<i64> {
        self.conn().execute(
            "INSERT INTO writeups(position, source_name, source_text, structure, created_at, updated_at)
             VALUES ((SELECT coalesce(max(position), 0) + 1 FROM writeups), ?1, ?2, ?3,
                     strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
            params![source_name, source_text, serde_json::to_string(structure)?],
        )?;
        Ok(self.conn().last_insert_rowid())
    }

    /// Replaces a write-up's structure (after the user corrected it).
    pub fn update_writeup(&self, id: i64, structure: &serde_json::Value) -> Result<()> {
        let n = self.conn().execute(
            "UPDATE writeups SET structure = ?1, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?2",
            params![serde_json::to_string(structure)?, id],
        )?;
        if n == 0 {
            return Err(StoreError::NoSuchWriteUp(id));
        }
        Ok(())
    }

    pub fn writeup(&self, id: i64) -> Result<WriteUpRecord> {
        let row: Option<(String, String, String)> = self
            .conn()
            .query_row(
                "SELECT source_name, source_text, structure FROM writeups WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        let (source_name, source_text, structure) = row.ok_or(StoreError::NoSuchWriteUp(id))?;
        Ok(WriteUpRecord {
            id,
            source_name,
            source_text,
            structure: serde_json::from_str(&structure)?,
        })
    }

    /// Removes a write-up and returns it with its place in the list, so that [`Project::restore_writeup`] can put
    /// it back exactly (same id: overrides and photo anchors that name it keep working).
    pub fn remove_writeup(&self, id: i64) -> Result<(WriteUpRecord, i64)> {
        let record = self.writeup(id)?;
        let position = self.writeup_position(id)?;
        self.conn().execute("DELETE FROM writeups WHERE id = ?1", [id])?;
        Ok((record, position))
    }

    /// A write-up's place in the list (its `position`).
    pub fn writeup_position(&self, id: i64) -> Result<i64> {
        self.conn()
            .query_row("SELECT position FROM writeups WHERE id = ?1", [id], |r| r.get(0))
            .optional()?
            .ok_or(StoreError::NoSuchWriteUp(id))
    }

    /// Puts a removed write-up back with its id and place.
    pub fn restore_writeup(&self, record: &WriteUpRecord, position: i64) -> Result<()> {
        self.conn().execute(
            "INSERT INTO writeups(id, position, source_name, source_text, structure, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
            params![
                record.id,
                position,
                record.source_name,
                record.source_text,
                serde_json::to_string(&record.structure)?
            ],
        )?;
        Ok(())
    }

    /// All write-ups in order, with their titles and block counts.
    pub fn writeups(&self) -> Result<Vec<WriteUpRow>> {
        let mut stmt = self.conn().prepare(
            "SELECT id, source_name, json_extract(structure, '$.title'), \
                    coalesce(json_array_length(structure, '$.blocks'), 0)
             FROM writeups ORDER BY position",
        )?;
        let rows = stmt
            .query_map([], |r| {
                Ok(WriteUpRow {
                    id: r.get(0)?,
                    source_name: r.get(1)?,
                    title: r.get(2)?,
                    blocks: r.get::<_, i64>(3)? as usize,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }
}
