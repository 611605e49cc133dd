// Every command the desktop shell registers and the UI may call, by name — the one list. The shell's handler, the
// window's capability (one `allow-<command>` permission each, in tauri.conf.json), the build script's app manifest
// (`include!`d there: Tauri generates those permissions from it) and the UI's `Command` type all follow it; the
// tests in `app` check each against it.

/// The commands, by name.
pub const COMMANDS: &[&str] = &[
    "default_project_dir",
    "startup_project",
    "recent_projects",
    "create_project",
    "open_project",
    "close_project",
    "project_info",
    "import_paths",
    "cancel_import",
    "photo_thumbnail",
    "set_caption",
    "layout_boards",
    "adjust",
    "undo",
    "redo",
    "export_boards",
    "cancel_export",
    "open_folder",
    "glyph_outlines",
    "photo_override",
    "photo_relations",
    "arrangements",
    "writeup_list",
    "writeup_paste",
    "writeup_draft_edit",
    "writeup_accept",
    "writeup_open",
    "writeup_edit",
    "writeup_remove",
];
