//! The project file's schema, as numbered migrations. `PRAGMA user_version` is the number of migrations applied;
//! `PRAGMA application_id` marks the file as ours. Migrations only ever append: never edit one that has shipped.

/// "ZHBN": marks a SQLite file as a Zhanban Studio project.
pub const APPLICATION_ID: i32 = 0x5A48_424E;

/// Migration N (1-based) is `MIGRATIONS[N - 1]`. The file format version is `MIGRATIONS.len()`.
pub const MIGRATIONS: &[&str] = &[
    // 1: the first schema.
    r#"
    CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL              -- JSON
    );
    CREATE TABLE photos (
        id          INTEGER PRIMARY KEY,
        hash        TEXT NOT NULL UNIQUE, -- content hash of the original bytes
        file_name   TEXT NOT NULL,        -- the source file's base name
        byte_len    INTEGER NOT NULL,
        format      TEXT NOT NULL,        -- jpeg, png, webp, tiff, bmp, gif
        width       INTEGER NOT NULL,     -- pixels as displayed (after EXIF orientation)
        height      INTEGER NOT NULL,
        orientation INTEGER NOT NULL DEFAULT 1,
        color_model TEXT NOT NULL,        -- rgb, rgba, gray, cmyk, ycck ...
        has_icc     INTEGER NOT NULL DEFAULT 0,
        taken_at    TEXT,
        camera      TEXT,
        metadata    TEXT NOT NULL DEFAULT '{}', -- JSON: everything else the decoder found
        caption     TEXT NOT NULL DEFAULT '',
        position    INTEGER NOT NULL,     -- import order
        imported_at TEXT NOT NULL
    );
    CREATE TABLE originals (
        photo_id INTEGER PRIMARY KEY REFERENCES photos(id) ON DELETE CASCADE,
        bytes    BLOB NOT NULL            -- the original file, byte for byte
    );
    CREATE TABLE thumbnails (
        photo_id INTEGER NOT NULL REFERENCES photos(id) ON DELETE CASCADE,
        size     INTEGER NOT NULL,        -- nominal long edge in pixels
        width    INTEGER NOT NULL,
        height   INTEGER NOT NULL,
        jpeg     BLOB NOT NULL,
        PRIMARY KEY (photo_id, size)
    );
    CREATE TABLE writeups (
        id          INTEGER PRIMARY KEY,
        position    INTEGER NOT NULL,
        source_name TEXT NOT NULL,        -- file name, or 粘贴 for pasted text
        source_text TEXT NOT NULL,        -- the text as it arrived, kept for re-structuring
        structure   TEXT NOT NULL,        -- JSON: the structured write-up as the user accepted it
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
    );
    CREATE TABLE boards (
        id       INTEGER PRIMARY KEY,
        position INTEGER NOT NULL,
        spec     TEXT NOT NULL            -- JSON: kind, name, size, theme, assigned content
    );
    CREATE TABLE overrides (
        id       INTEGER PRIMARY KEY,
        board_id INTEGER REFERENCES boards(id) ON DELETE CASCADE,
        target   TEXT NOT NULL,           -- what is overridden (a photo hash, a block, the board)
        kind     TEXT NOT NULL,           -- move, emphasis, focal_point, text, font_size, size, theme ...
        value    TEXT NOT NULL            -- JSON
    );
    CREATE INDEX overrides_board ON overrides(board_id);
    "#,
    // 2 (issue #18): the project's settings become one versioned document under the key 'project' (the
    // application layer reads it as a typed struct with defaults), made from the old separate keys; the undo
    // history moves into the file (so the command-line tool can undo too); the never-used overrides table goes.
    // The boards table stays: issue #20 turns it into the layout cache.
    r#"
    INSERT INTO settings(key, value) VALUES ('project', json_object(
        'version', 1,
        'layout', json(coalesce((SELECT value FROM settings WHERE key = 'layout'), '{}')),
        'exhibition', json(coalesce((SELECT value FROM settings WHERE key = 'exhibition'), '{}')),
        'overrides', json(coalesce((SELECT value FROM settings WHERE key = 'overrides'), '{}'))
    ));
    DELETE FROM settings WHERE key IN ('layout', 'exhibition', 'overrides');
    DROP INDEX overrides_board;
    DROP TABLE overrides;
    CREATE TABLE history (
        id    INTEGER PRIMARY KEY,        -- order of the entries within their stack
        stack TEXT NOT NULL CHECK (stack IN ('done', 'undone')),
        entry TEXT NOT NULL               -- JSON: one reversible edit, as the application layer wrote it
    );
    "#,
    // 3 (issue #16): what each photo shows (measured at import) and how photos relate: the same picture, bursts, "not the same".
    r#"
    CREATE TABLE photo_analysis (
        photo_id    INTEGER PRIMARY KEY REFERENCES photos(id) ON DELETE CASCADE,
        fingerprint TEXT NOT NULL,           -- perceptual hashes of the upright picture and its 3 turns (photos crate)
        faces       TEXT NOT NULL DEFAULT '[]', -- JSON [{x,y,w,h,score}], fractions of the upright picture
        saliency_x  REAL NOT NULL DEFAULT 0.5,  -- the subject's centre, fractions
        saliency_y  REAL NOT NULL DEFAULT 0.5,
        sharpness   REAL NOT NULL DEFAULT 0,    -- variance of the Laplacian of the thumbnail
        same_as     INTEGER REFERENCES photos(id) ON DELETE SET NULL, -- "可能与 X 重复": the same picture, found at import
        burst       INTEGER REFERENCES photos(id) ON DELETE SET NULL  -- burst group: its first photo's id
    );
    CREATE TABLE photo_not_same (            -- the user said these two are different pictures
        a INTEGER NOT NULL REFERENCES photos(id) ON DELETE CASCADE,
        b INTEGER NOT NULL REFERENCES photos(id) ON DELETE CASCADE,
        PRIMARY KEY (a, b),
        CHECK (a < b)
    );
    "#,
];

/// The newest file format version this build understands.
pub fn current_version() -> i64 {
    MIGRATIONS.len() as i64
}
