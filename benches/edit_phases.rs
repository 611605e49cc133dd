//! Benchmark: where the Rust side of one edit in the desktop app spends its time, phase by phase, on a real project
//! — the one `tests/e2e/bench/app.mjs` made in the app (`bash scripts/bench app` runs both). It repeats what the
//! shell's `adjust` command does (src-tauri/src/app.rs → `Session::apply` and `Session::payload`), with the same
//! functions: the edit stored through the undo history (in the project file), the layout (material read, the engine's re-layout, its inputs' key — the app holds the layout in memory and
//! stores it in the project once, at close or export: timed once at the end), the boards payload
//! (preflight of the boards the edit changed, settings, the keys of the boards) and its JSON, which Tauri sends as the command's answer — only the
//! boards the UI does not hold yet, as in the app. The engine's re-layout is the floor the rest is compared with.
//!
//! Run: `cargo bench --bench edit_phases -- <project.zhanban>` (release build). The project is changed (the edits
//! are stored), so give it a copy or the bench's own project.

use std::time::Instant;

use zhanban_frames::{ItemKind, Source, TextRole};
use zhanban_layout::LayoutSettings;
use zhanban_project::payload::{self, BoardsPayload, SentFrames};
use zhanban_project::{change, history, pipeline, settings, Change as Adjustment, Engine};

const EDITS: usize = 36;
const WARM_UP: usize = 3;
const WORDS: [&str; 12] = [
    "单位", "部门", "系统", "支部", "组织", "队伍", "干部", "党员", "岗位", "窗口", "基层", "一线",
];

/// The paragraph with its k-th word in place of the first 机关 (or its first two characters), as app.mjs edits it.
fn edited(base: &str, k: usize) -> String {
    let word = format!("{}{}", WORDS[k % WORDS.len()], "、".repeat(k / WORDS.len()));
    match base.find("机关") {
        Some(at) => format!("{}{word}{}", &base[..at], &base[at + "机关".len()..]),
        None => format!("{word}{}", base.chars().skip(2).collect::<String>()),
    }
}

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1000.0
}

fn main() {
    let Some(path) = std::env::args().skip(1).find(|a| !a.starts_with('-')) else {
        eprintln!("usage: cargo bench --bench edit_phases -- <project.zhanban> (made by tests/e2e/bench/app.mjs)");
        std::process::exit(2);
    };
    let mut project = zhanban_store::Project::open(std::path::Path::new(&path)).expect("the project opens");
    let mut engine = Engine::new().expect("fonts");

    let t = Instant::now();
    let first = pipeline::layout(&mut project, &mut engine).expect("layout");
    let cold = ms(t);

    // The longest body paragraph drawn whole on one board (app.mjs edits the same one).
    let key = |s: &Source| format!("{s:?}");
    let mut count = std::collections::HashMap::<String, usize>::new();
    for b in &first.frames.boards {
        let on: std::collections::HashSet<String> = b
            .items
            .iter()
            .filter(|i| matches!(i.kind, ItemKind::Text(_)))
            .map(|i| key(&i.source))
            .collect();
        for k in on {
            *count.entry(k).or_default() += 1;
        }
    }
    let (target, base) = first
        .frames
        .boards
        .iter()
        .flat_map(|b| &b.items)
        .filter_map(|i| match (&i.kind, &i.source) {
            (ItemKind::Text(t), Source::Block { .. }) if t.role == TextRole::Body && count[&key(&i.source)] == 1 => {
                Some((i.source.clone(), t.runs.iter().map(|r| r.text()).collect::<String>()))
            }
            _ => None,
        })
        .max_by_key(|(_, text)| text.chars().count())
        .expect("a body paragraph on one board");
    let boards = first.frames.boards.len();

    // Each phase's times over the edits: store, material, engine, layout kept, preflight, payload, JSON.
    let names = [
        "edit stored (undo history)",
        "material read from the project",
        "engine re-layout",
        "layout key (held in memory)",
        "full preflight (for comparison)",
        "payload built (preflight included)",
        "payload to JSON",
    ];
    let mut times: Vec<Vec<f64>> = vec![Vec::new(); names.len()];
    let mut total = Vec::new();
    let mut sent = Vec::new();
    // How many boards the payload's preflight checked again (the others' findings kept: an edit changes one or two).
    let mut rechecked = Vec::new();
    let mut bytes = Vec::new();
    // For comparison: the same payload with every board in it (as before the UI sent the keys it holds).
    let mut every_json = Vec::new();
    let mut every_bytes = Vec::new();
    // The keys of the boards the UI holds (it sends them with each command): those are not sent again.
    let mut known = payload::sent_frames(first.frames.boards.clone(), &[]).1;
    let (mut last_key, mut last) = (String::new(), None);
    for k in 0..EDITS + WARM_UP {
        let mut phase = Vec::new();
        let t = Instant::now();
        let adjustment = Adjustment::Text {
            target: target.clone(),
            text: Some(edited(&base, k)),
        };
        let (edit, _) = change::edit_for(&project, &adjustment).expect("edit");
        history::apply(&project, &edit).expect("stored");
        phase.push(ms(t));

        // pipeline::layout, phase by phase.
        let t = Instant::now();
        let stored = settings::load(&project).expect("settings");
        let layout_settings = LayoutSettings {
            spec: pipeline::parse_size(&stored.layout.size).expect("size"),
            theme: stored.layout.theme,
        };
        let material = pipeline::material(&project).expect("material");
        phase.push(ms(t));
        let t = Instant::now();
        let result = engine
            .layout_engine()
            .layout(&material, &layout_settings, &stored.overrides)
            .expect("re-layout");
        phase.push(ms(t));
        // The key of the layout's inputs, as pipeline::layout makes it after each edit (the app's engine holds the
        // layout under it and stores it at close: `Engine::keep_later`).
        let t = Instant::now();
        last_key = pipeline::layout_key(&material, &layout_settings, &stored.overrides, &mut engine).expect("key");
        last = Some(result.clone());
        phase.push(ms(t));

        let t = Instant::now();
        pipeline::check(&project, &result, &mut engine).expect("preflight");
        phase.push(ms(t));
        let every = result.frames.boards.clone();
        let t = Instant::now();
        let payload = payload::payload(&project, result, &mut engine, None, &known).expect("payload");
        phase.push(ms(t));
        let checked = engine.boards_checked();
        let t = Instant::now();
        let json = serde_json::to_string(&payload).expect("json");
        phase.push(ms(t));
        known = payload.keys.clone();
        let with_every = BoardsPayload {
            frames: SentFrames {
                boards: every.into_iter().map(Some).collect(),
            },
            ..payload.clone()
        };
        let t = Instant::now();
        let every_len = serde_json::to_string(&with_every).expect("json").len();
        let every_ms = ms(t);

        if k >= WARM_UP {
            every_json.push(every_ms);
            every_bytes.push(every_len);
            bytes.push(json.len());
            sent.push(payload.frames.boards.iter().flatten().count());
            rechecked.push(checked);
            // The preflight measured on its own is also inside the payload: count it once.
            total.push(phase.iter().sum::<f64>() - phase[4]);
            for (i, p) in phase.into_iter().enumerate() {
                times[i].push(p);
            }
        }
    }
    // What the app does once, when the project is closed or exported: the held layout stored in the project.
    let t = Instant::now();
    pipeline::keep(&mut project, &last_key, &last.expect("a layout")).expect("kept");
    let stored_at_close = ms(t);
    let stat = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        (v[v.len() / 2], v[v.len() - 1])
    };
    println!(
        "edit phases (Rust side of `adjust`): {boards} boards, {EDITS} one-word edits of a {}-character paragraph; \
         cold layout {cold:.0} ms",
        base.chars().count()
    );
    let (engine_median, _) = stat(&mut times[2].clone());
    for (name, v) in names.iter().zip(times.iter_mut()) {
        let (median, worst) = stat(v);
        println!("  {name:<36} median {median:6.1} ms, worst {worst:6.1} ms");
    }
    let (median, worst) = stat(&mut total);
    println!(
        "  {:<36} median {median:6.1} ms, worst {worst:6.1} ms",
        "all of the above"
    );
    println!("  layout stored once at close or export: {stored_at_close:.1} ms");
    bytes.sort_unstable();
    sent.sort_unstable();
    rechecked.sort_unstable();
    every_bytes.sort_unstable();
    let (every_median, every_worst) = stat(&mut every_json);
    println!(
        "  payload: {} kB of JSON, {} of {boards} boards sent, {} checked by its preflight (medians); the whole is \
         {:.2}× the engine's re-layout",
        bytes[bytes.len() / 2] / 1000,
        sent[sent.len() / 2],
        rechecked[rechecked.len() / 2],
        median / engine_median
    );
    println!(
        "  for comparison, the payload with every board: {} kB, to JSON median {every_median:.1} ms, worst \
         {every_worst:.1} ms",
        every_bytes[every_bytes.len() / 2] / 1000
    );
}
