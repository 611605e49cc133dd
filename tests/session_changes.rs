//! Every kind of change, through the front ends, on a real project (a corpus article and real photos, the real
//! layout engine):
//! - through `zhanban-cli` (`adjust` with the change as JSON, and the dedicated `caption`, `exhibition`, `layout`
//!   (`--size`/`--theme`, `--gallery on|off`) commands), a change alters the project and `zhanban-cli undo` restores
//!   it byte for byte (state and frames);
//! - the same sequence of changes through the CLI and through the desktop shell's command functions (`zhanban::app`,
//!   which the `#[tauri::command]`s only forward to) gives byte-identical project state, history and frames;
//! - with the `shell-test` feature, the same again through the shell itself: its `#[tauri::command]`s under Tauri's
//!   mock runtime, called over IPC with the JSON the page sends, through the app's real capability (ACL).

mod common;

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use common::{corpus, real_photos};
use serde_json::{json, Value};
use zhanban_project::{Change, Engine, Session};
use zhanban_store::Stack;

/// A project with a corpus article and two real photos, imported by the CLI.
fn template(dir: &Path) -> PathBuf {
    let project = dir.join("模板.zhanban");
    run(&["new".into(), project.clone().into()]);
    let mut import: Vec<OsString> = vec!["import".into(), project.clone().into()];
    import.push(corpus("qingdao-model-organs-2023.txt").into());
    import.extend(real_photos().into_iter().take(2).map(OsString::from));
    run(&import);
    project
}

fn run(args: &[OsString]) -> String {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_zhanban-cli"))
        .args(args)
        .output()
        .expect("zhanban-cli runs");
    assert!(
        out.status.success(),
        "zhanban-cli {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn copy(from: &Path, dir: &Path, name: &str) -> PathBuf {
    let to = dir.join(format!("{name}.zhanban"));
    std::fs::copy(from, &to).unwrap();
    to
}

/// The project's state as stored: settings document, photos with captions, write-ups in order in full.
fn stored(session: &Session) -> String {
    let p = session.project();
    let settings: Value = p.setting(zhanban_project::settings::KEY).unwrap().unwrap();
    let photos: Vec<(String, String)> = p.photos().unwrap().into_iter().map(|r| (r.hash, r.caption)).collect();
    let writeups: Vec<Value> = p
        .writeups()
        .unwrap()
        .iter()
        .map(|w| serde_json::to_value(p.writeup(w.id).unwrap()).unwrap())
        .collect();
    serde_json::to_string(&json!({ "settings": settings, "photos": photos, "writeups": writeups })).unwrap()
}

/// The undo history as stored (both stacks, top entries and sizes).
fn history(session: &Session) -> String {
    let p = session.project();
    format!(
        "{:?} {:?} {:?} {:?}",
        p.history_len(Stack::Done).unwrap(),
        p.history_top(Stack::Done).unwrap(),
        p.history_len(Stack::Undone).unwrap(),
        p.history_top(Stack::Undone).unwrap()
    )
}

/// The stored state and the frames a layout makes of it (one engine reused between calls).
fn state(path: &Path, engine: &mut Option<Engine>) -> (String, String) {
    let mut session = Session::open(path).unwrap();
    if let Some(e) = engine.take() {
        session.set_engine(e);
    }
    let frames = serde_json::to_string(&session.layout().unwrap().frames).unwrap();
    let out = (stored(&session), frames);
    *engine = session.close();
    out
}

/// One change per kind of [`Change`], with real keys from the template's layout. The match in `kind` is exhaustive:
/// a new kind of change does not compile here until it is added to the table.
fn changes(project: &Path) -> Vec<Change> {
    let mut session = Session::open(project).unwrap();
    let laid = session.layout().unwrap();
    let p = session.project();
    let photos = p.photos().unwrap();
    let writeup = p.writeups().unwrap()[0].id;
    // Every group on each board (a short section shares its board with the next one).
    let mut groups: Vec<String> = laid
        .summary
        .boards
        .iter()
        .flat_map(|b| b.groups.iter().map(|g| g.key.clone()))
        .collect();
    groups.dedup();
    let sections: Vec<String> = groups
        .iter()
        .filter(|g| *g != "preface" && *g != "closing")
        .cloned()
        .collect();
    assert!(sections.len() >= 3, "the article makes several sections: {groups:?}");
    let structure: zhanban_writeup::WriteUp = serde_json::from_value(p.writeup(writeup).unwrap().structure).unwrap();
    let paragraph = structure
        .blocks
        .iter()
        .rposition(|b| b.kind == zhanban_writeup::BlockKind::Paragraph)
        .unwrap();
    let draft = zhanban_project::review::understand_paste(
        None,
        "机关党建工作简报\n\n今年以来，机关各级党组织深入学习，推动工作提质增效，成效明显。\n",
    )
    .unwrap();
    let (hash, other) = (photos[0].hash.clone(), photos[1].hash.clone());
    let list = vec![
        Change::MovePhoto {
            photo: hash.clone(),
            group: sections[1].clone(),
            position: Some(0),
        },
        Change::OrderPhotos {
            orders: vec![(sections[0].clone(), vec![other.clone(), hash.clone()])],
        },
        Change::HidePhoto {
            photo: other.clone(),
            hidden: true,
        },
        Change::NotSame {
            photo: hash.clone(),
            other: other.clone(),
            not_same: true,
        },
        Change::Emphasis {
            photo: other.clone(),
            emphasis: zhanban_layout::Emphasis::Larger,
        },
        Change::Focal {
            photo: hash.clone(),
            x: 0.25,
            y: 0.75,
        },
        Change::Caption {
            photo: photos[1].file_name.clone(),
            text: " 新的图片说明 ".into(),
        },
        Change::Text {
            target: zhanban_frames::Source::Block {
                writeup,
                block: paragraph,
            },
            text: Some("改过的一段文字。".into()),
        },
        Change::PinSize {
            group: sections[0].clone(),
            body_pt: Some(30.0),
        },
        Change::Arrangement {
            board: laid.frames.boards[1].id.clone(),
            n: 1,
        },
        Change::Order {
            groups: sections.iter().rev().cloned().collect(),
        },
        Change::Merge {
            group: sections[2].clone(),
        },
        Change::Split {
            group: sections[0].clone(),
            before_block: paragraph,
        },
        Change::AddBoard {
            after: Some(sections[0].clone()),
            title: "自己的展板".into(),
            text: "一段说明。".into(),
        },
        Change::RemoveBoard {
            group: sections[1].clone(),
        },
        Change::RestoreBoard {
            group: sections[1].clone(),
        },
        Change::BoardStyle {
            group: sections[0].clone(),
            size: Some("900x1200".into()),
            theme: Some("政务蓝".into()),
        },
        Change::Layout {
            size: "900X1200".into(),
            theme: "简约白".into(),
        },
        Change::Gallery { on: false },
        Change::TitleBoard { on: true },
        Change::Exhibition {
            title: " 模范机关建设成果展 ".into(),
            organiser: "市直机关工委".into(),
            date: "2024年6月".into(),
            preface: "".into(),
            closing: "谢谢观看。".into(),
        },
        Change::WriteupEdit {
            id: writeup,
            op: zhanban_project::review::WriteupOp::SetText {
                row: zhanban_project::review::RowKey::Title,
                text: "改过的标题".into(),
            },
        },
        Change::WriteupAdd { draft },
        Change::WriteupRemove { id: writeup },
    ];
    fn kind(c: &Change) -> &'static str {
        match c {
            Change::MovePhoto { .. } => "move_photo",
            Change::OrderPhotos { .. } => "order_photos",
            Change::HidePhoto { .. } => "hide_photo",
            Change::NotSame { .. } => "not_same",
            Change::Emphasis { .. } => "emphasis",
            Change::Focal { .. } => "focal",
            Change::Caption { .. } => "caption",
            Change::Text { .. } => "text",
            Change::PinSize { .. } => "pin_size",
            Change::Arrangement { .. } => "arrangement",
            Change::Order { .. } => "order",
            Change::Merge { .. } => "merge",
            Change::Split { .. } => "split",
            Change::AddBoard { .. } => "add_board",
            Change::RemoveBoard { .. } => "remove_board",
            Change::RestoreBoard { .. } => "restore_board",
            Change::BoardStyle { .. } => "board_style",
            Change::Layout { .. } => "layout",
            Change::Gallery { .. } => "gallery",
            Change::TitleBoard { .. } => "title_board",
            Change::Exhibition { .. } => "exhibition",
            Change::WriteupEdit { .. } => "writeup_edit",
            Change::WriteupAdd { .. } => "writeup_add",
            Change::WriteupRemove { .. } => "writeup_remove",
        }
    }
    let mut kinds: Vec<&str> = list.iter().map(kind).collect();
    kinds.sort();
    kinds.dedup();
    assert_eq!(kinds.len(), 24, "one change of every kind");
    list
}

fn adjust_args(project: &Path, change: &Change) -> Vec<OsString> {
    vec![
        "adjust".into(),
        project.into(),
        serde_json::to_string(change).unwrap().into(),
    ]
}

/// The dedicated CLI command for a change, where there is one.
fn command_args(project: &Path, change: &Change) -> Option<Vec<OsString>> {
    let p: OsString = project.into();
    match change {
        Change::Caption { photo, text } => Some(vec!["caption".into(), p, photo.into(), text.into()]),
        Change::Layout { size, theme } => Some(vec![
            "layout".into(),
            p,
            "--size".into(),
            size.into(),
            "--theme".into(),
            theme.into(),
        ]),
        Change::Gallery { on } => Some(vec![
            "layout".into(),
            p,
            "--gallery".into(),
            if *on { "on" } else { "off" }.into(),
        ]),
        Change::TitleBoard { on } => Some(vec![
            "layout".into(),
            p,
            "--title-board".into(),
            if *on { "on" } else { "off" }.into(),
        ]),
        Change::Exhibition {
            title,
            organiser,
            date,
            closing,
            ..
        } => {
            let file = project.with_extension("closing.txt");
            std::fs::write(&file, closing).unwrap();
            Some(vec![
                "exhibition".into(),
                p,
                "--title".into(),
                title.into(),
                "--organiser".into(),
                organiser.into(),
                "--date".into(),
                date.into(),
                "--closing".into(),
                file.into(),
            ])
        }
        _ => None,
    }
}

#[test]
fn every_change_through_the_cli_is_undone_by_cli_undo() {
    let dir = tempfile::tempdir().unwrap();
    let template = template(dir.path());
    let changes = changes(&template);
    let mut engine = None;
    let original = state(&template, &mut engine);
    for (i, change) in changes.iter().enumerate() {
        let mut ways = vec![adjust_args as fn(&Path, &Change) -> Vec<OsString>];
        if command_args(&template, change).is_some() {
            ways.push(|p, c| command_args(p, c).unwrap());
        }
        for (w, way) in ways.into_iter().enumerate() {
            let project = copy(&template, dir.path(), &format!("{i}-{w}"));
            // Restoring needs a removed board: removed first (and that removal stays when the restore is undone).
            let before = if let Change::RestoreBoard { group } = change {
                let remove = Change::RemoveBoard { group: group.clone() };
                run(&adjust_args(&project, &remove));
                state(&project, &mut engine)
            } else {
                original.clone()
            };
            run(&way(&project, change));
            let changed = state(&project, &mut engine);
            assert_ne!(changed.0, before.0, "{change:?} changed the project");
            run(&["undo".into(), project.clone().into()]);
            let undone = state(&project, &mut engine);
            assert!(undone.0 == before.0, "undo restores the stored state after {change:?}");
            assert!(undone.1 == before.1, "undo restores the frames after {change:?}");
            run(&["redo".into(), project.clone().into()]);
            assert!(state(&project, &mut engine) == changed, "redo brings {change:?} back");
        }
    }
    // Nothing to undo is a user error, in Chinese.
    let fresh = dir.path().join("空.zhanban");
    run(&["new".into(), fresh.clone().into()]);
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_zhanban-cli"))
        .args([OsString::from("undo"), fresh.into()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("没有可以撤销的更改"));
}

/// The template's copy `cli` after every change through `zhanban-cli`, then undo, undo, redo: what the other ways
/// of editing must make too.
fn by_cli(template: &Path, dir: &Path, changes: &[Change]) -> PathBuf {
    let by_cli = copy(template, dir, "cli");
    for change in changes {
        run(&command_args(&by_cli, change).unwrap_or_else(|| adjust_args(&by_cli, change)));
    }
    run(&["undo".into(), by_cli.clone().into()]);
    run(&["undo".into(), by_cli.clone().into()]);
    run(&["redo".into(), by_cli.clone().into()]);
    by_cli
}

/// Two projects made from the template by the same changes hold the same stored state, frames and history — and
/// not the template's.
fn assert_same_project(by_cli: &Path, other: &Path, template: &Path) {
    let mut engine = None;
    let (cli, app) = (state(by_cli, &mut engine), state(other, &mut engine));
    assert!(cli.0 == app.0, "the same stored state");
    assert!(cli.1 == app.1, "the same frames");
    let hist = |p: &Path| history(&Session::open(p).unwrap());
    assert_eq!(hist(by_cli), hist(other), "the same history");
    assert_ne!(
        cli.0,
        state(template, &mut engine).0,
        "the changes did change the project"
    );
}

#[test]
fn the_cli_and_the_shells_command_functions_make_the_same_project() {
    let dir = tempfile::tempdir().unwrap();
    let template = template(dir.path());
    let changes = changes(&template);
    let by_cli = by_cli(&template, dir.path(), &changes);
    let by_app = copy(&template, dir.path(), "app");

    let app = zhanban::app::App::new(zhanban::projects::RecentList::at(dir.path().join("recent.json")));
    zhanban::app::open_project(&app, by_app.to_str().unwrap()).unwrap();
    for change in &changes {
        match change.clone() {
            Change::Caption { photo, text } => {
                zhanban::app::set_caption(&app, &photo, &text).unwrap();
            }
            Change::WriteupEdit { id, op } => {
                zhanban::app::writeup_edit(&app, id, op).unwrap();
            }
            Change::WriteupAdd { draft } => {
                zhanban::app::writeup_accept(&app, draft).unwrap();
            }
            Change::WriteupRemove { id } => {
                zhanban::app::writeup_remove(&app, id).unwrap();
            }
            other => {
                zhanban::app::adjust(&app, &other, &[]).unwrap();
            }
        }
    }
    zhanban::app::undo(&app, &[]).unwrap();
    zhanban::app::undo(&app, &[]).unwrap();
    let payload = zhanban::app::redo(&app, &[]).unwrap();
    assert!(payload.can_undo && payload.can_redo);
    zhanban::app::close_project(&app).unwrap();

    assert_same_project(&by_cli, &by_app, &template);
}

/// The shell itself, under Tauri's mock runtime: each change is sent over IPC as the page sends it (command name and
/// camelCase JSON arguments), through the window's real capability, and the project ends byte-identical to the
/// CLI's. (`cargo test --features shell-test --test session_changes`; scripts/test runs it.)
#[cfg(feature = "shell-test")]
#[test]
fn the_cli_and_the_shell_over_ipc_make_the_same_project() {
    use tauri::ipc::{CallbackFn, InvokeBody};
    use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
    use tauri::webview::InvokeRequest;

    let dir = tempfile::tempdir().unwrap();
    let template = template(dir.path());
    let changes = changes(&template);
    let by_cli = by_cli(&template, dir.path(), &changes);
    let by_shell = copy(&template, dir.path(), "shell");

    let recent = zhanban::projects::RecentList::at(dir.path().join("recent.json"));
    let app = zhanban::shell::with_commands(mock_builder(), zhanban::app::App::new(recent))
        .build(tauri::generate_context!())
        .expect("the app builds on the mock runtime");
    let window = match tauri::Manager::get_webview_window(&app, "main") {
        Some(w) => w,
        None => tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
            .build()
            .unwrap(),
    };
    let call = |cmd: &str, args: Value| -> Value {
        let request = InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost".parse().unwrap(),
            body: InvokeBody::Json(args.clone()),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        };
        let body = get_ipc_response::<tauri::WebviewWindow<MockRuntime>>(&window, request)
            .unwrap_or_else(|e| panic!("{cmd} {args}: {e}"));
        body.deserialize::<Value>().unwrap()
    };
    call("open_project", json!({ "path": by_shell }));
    for change in &changes {
        match change.clone() {
            Change::Caption { photo, text } => call("set_caption", json!({ "photo": photo, "caption": text })),
            Change::WriteupEdit { id, op } => call("writeup_edit", json!({ "id": id, "op": op })),
            Change::WriteupAdd { draft } => call("writeup_accept", json!({ "draft": draft })),
            Change::WriteupRemove { id } => call("writeup_remove", json!({ "id": id })),
            other => call("adjust", json!({ "adjustment": other, "known": [] })),
        };
    }
    call("undo", json!({ "known": [] }));
    call("undo", json!({ "known": [] }));
    let payload = call("redo", json!({ "known": [] }));
    assert_eq!(
        (payload["can_undo"].as_bool(), payload["can_redo"].as_bool()),
        (Some(true), Some(true))
    );
    call("close_project", json!({}));

    assert_same_project(&by_cli, &by_shell, &template);
}
