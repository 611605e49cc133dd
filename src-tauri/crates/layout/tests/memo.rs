//! The layout engine's memos hold what recent layouts used, not every text ever set (issue #20: the desktop app's
//! memory grew with each edit and each material — 139 MB of set text after making a 25-board project — until the
//! memos forgot).

mod common;

use zhanban_layout::*;

#[test]
fn text_no_layout_uses_any_more_is_forgotten() {
    let engine = common::engine();
    let settings = LayoutSettings::default();
    let ov = Overrides::default();
    let corpus = common::corpus_material();
    let (mut a, mut b) = (corpus.clone(), corpus);
    a.writeups.truncate(2);
    b.writeups.drain(..2);
    engine.layout(&a, &settings, &ov).expect("layout");
    let held_a = engine.setter().len();
    let mut held = Vec::new();
    for _ in 0..20 {
        engine.layout(&b, &settings, &ov).expect("layout");
        held.push(engine.setter().len());
    }
    println!("set texts held: {held_a} after the first material, then {held:?}");
    // What the second material added (the first one's unused candidates may already be gone after its first
    // layout, so this may be nothing).
    let first_b = held[0].saturating_sub(held_a);
    assert!(
        *held.last().unwrap() <= first_b,
        "the first material's {held_a} set texts are still held after 20 layouts without it: {held:?}"
    );
}
