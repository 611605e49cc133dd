//! Edits stay local (issue 15, point 7): random sequences of edits on a corpus exhibition — change a photo's
//! emphasis, edit a paragraph's text; move a photo to another group (ignored: see its test) — and after each one
//! every board of every group the edit does not involve is byte-identical to before (its frame serialised; only `number`, the board's position
//! in the series, may change when an involved group gains or loses a （续） board). The groups involved: the photo's
//! group (and the one it moves to), the edited paragraph's group, and the groups sharing a board with those.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use proptest::prelude::*;
use zhanban_frames::{BoardFrame, ItemKind, Source, TextRole};
use zhanban_layout::*;

#[derive(Clone, Debug)]
enum Edit {
    /// Photo (index), to the content group at this index (modulo their number).
    Move(usize, usize),
    /// Photo (index), larger or smaller.
    Emphasis(usize, bool),
    /// Body paragraph (index among the write-ups' paragraphs): cut to this share of its sentences' length, or
    /// (over 1.0) with a sentence added.
    Text(usize, f64),
}

fn moves() -> impl Strategy<Value = Edit> {
    (0usize..100, 0usize..100).prop_map(|(p, g)| Edit::Move(p, g))
}

fn emphasis_and_text() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (0usize..100, any::<bool>()).prop_map(|(p, l)| Edit::Emphasis(p, l)),
        (0usize..1000, 0.3f64..1.6).prop_map(|(b, f)| Edit::Text(b, f)),
    ]
}

fn material() -> Material {
    let mut m = common::corpus_material();
    // Three write-ups and 24 photos: ~20 boards, quick enough for a dozen edit sequences in debug.
    m.writeups.truncate(3);
    m.photos.truncate(24);
    m
}

/// Group key → its boards' frames, serialised with the number left out.
fn by_group(r: &LayoutResult) -> BTreeMap<String, Vec<String>> {
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (b, s) in r.frames.boards.iter().zip(&r.summary.boards) {
        let f = BoardFrame { number: 0, ..b.clone() };
        out.entry(s.group.clone())
            .or_default()
            .push(serde_json::to_string(&f).unwrap());
    }
    out
}

/// The group of the board showing an item from `source`.
fn group_of(r: &LayoutResult, source: &Source) -> Option<String> {
    r.frames
        .boards
        .iter()
        .zip(&r.summary.boards)
        .find(|(b, _)| b.items.iter().any(|i| &i.source == source))
        .map(|(_, s)| s.group.clone())
}

/// Applies `e` to `ov`; returns the groups it involves (as laid out in `before`).
fn apply(m: &Material, before: &LayoutResult, ov: &mut Overrides, e: &Edit) -> BTreeSet<String> {
    let mut involved = BTreeSet::new();
    match *e {
        Edit::Move(p, g) => {
            let hash = m.photos[p % m.photos.len()].hash.clone();
            let content: Vec<String> = before
                .summary
                .boards
                .iter()
                .map(|s| s.group.clone())
                .filter(|k| k != "preface" && k != "closing")
                .collect::<BTreeSet<_>>()
                .into_iter()
                .collect();
            let to = content[g % content.len()].clone();
            involved.extend(group_of(before, &Source::Photo { hash: hash.clone() }));
            involved.insert(to.clone());
            ov.photos.entry(hash).or_default().group = Some(to);
        }
        Edit::Emphasis(p, larger) => {
            let hash = m.photos[p % m.photos.len()].hash.clone();
            let larger_or_smaller = if larger { Emphasis::Larger } else { Emphasis::Smaller };
            match group_of(before, &Source::Photo { hash: hash.clone() }) {
                Some(g) => {
                    involved.insert(g);
                }
                // A photo selection left out (a copy, a burst shot): the user's choice brings it onto a board, which
                // one is layout's to decide; no board to compare then.
                None => {
                    ov.photos.entry(hash).or_default().emphasis = larger_or_smaller;
                    return BTreeSet::from(["*".to_string()]);
                }
            }
            ov.photos.entry(hash).or_default().emphasis = larger_or_smaller;
        }
        Edit::Text(b, f) => {
            let paras: Vec<(i64, usize, String)> = m
                .writeups
                .iter()
                .flat_map(|w| {
                    w.blocks
                        .iter()
                        .enumerate()
                        .filter(|(_, b)| b.kind == BlockKind::Paragraph && !b.text.trim().is_empty())
                        .map(move |(i, b)| (w.id, i, b.text.clone()))
                })
                .collect();
            let (writeup, block, original) = paras[b % paras.len()].clone();
            let source = Source::Block { writeup, block };
            let current = ov.text(&source).map_or(original, str::to_string);
            let text = if f > 1.0 {
                format!("{current}这一做法得到了群众的广泛好评，也为其他单位提供了可复制、可推广的经验。")
            } else {
                let chars: Vec<char> = current.chars().collect();
                let keep = ((chars.len() as f64 * f).round() as usize).clamp(8, chars.len());
                let mut t: String = chars[..keep].iter().collect();
                t.push('。');
                t
            };
            match group_of(before, &source) {
                Some(g) => {
                    involved.insert(g);
                }
                // A paragraph the layout set aside (web chrome): editing it may bring it onto its group's board;
                // no board to compare then.
                None => return BTreeSet::from(["*".to_string()]),
            }
            ov.texts.push(TextEdit { target: source, text });
        }
    }
    involved
}

/// The groups involved and every group sharing a board with one of them, before or after the edit (a short
/// section shares its board with the next one: an edit to either may join or part them).
fn with_board_mates(mut involved: BTreeSet<String>, layouts: &[&LayoutResult]) -> BTreeSet<String> {
    loop {
        let n = involved.len();
        for r in layouts {
            for s in &r.summary.boards {
                let keys: Vec<&String> = std::iter::once(&s.group)
                    .chain(s.groups.iter().map(|g| &g.key))
                    .collect();
                if keys.iter().any(|k| involved.contains(*k)) {
                    involved.extend(keys.into_iter().cloned());
                }
            }
        }
        if involved.len() == n {
            return involved;
        }
    }
}

/// Lays out, applies each edit in turn, and checks after each that every group it does not involve kept its
/// boards byte for byte (and that no group appeared that it does not involve).
fn check_local(edits: &[Edit]) -> Result<(), TestCaseError> {
    let m = material();
    let eng = common::engine();
    let settings = LayoutSettings::default();
    let mut ov = Overrides::default();
    let mut before = eng.layout(&m, &settings, &ov).unwrap();
    for e in edits {
        let involved = apply(&m, &before, &mut ov, e);
        if involved.contains("*") {
            before = eng.layout(&m, &settings, &ov).unwrap();
            continue;
        }
        let after = eng.layout(&m, &settings, &ov).unwrap();
        let involved = with_board_mates(involved, &[&before, &after]);
        let errs = common::check(&m, &ov, &after);
        prop_assert!(errs.is_empty(), "{:#?}", errs);
        let (b, a) = (by_group(&before), by_group(&after));
        for (key, frames) in &b {
            if involved.contains(key) {
                continue;
            }
            prop_assert!(
                a.get(key) == Some(frames),
                "{:?} changed group {} (involved: {:?})",
                e,
                key,
                involved
            );
        }
        for key in a.keys() {
            prop_assert!(
                b.contains_key(key) || involved.contains(key),
                "{:?} added group {}",
                e,
                key
            );
        }
        before = after;
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 10, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn emphasis_and_text_edits_change_only_their_own_group(edits in proptest::collection::vec(emphasis_and_text(), 1..5)) {
        check_local(&edits)?;
    }

    /// Fails today: photos without an anchor are spread over the groups by each group's running share of all
    /// photos (plan.rs), so moving one photo from group A to group B shifts a loose photo at every group
    /// boundary between A and B (e.g. moving a photo from w1-b3 to w1-b15 changes w1-b13's photos). Making the
    /// spread local is a change to the photo part of the plan (not this round's to make).
    #[test]
    #[ignore = "photo moves re-spread the loose photos of the groups between source and destination (plan.rs)"]
    fn photo_moves_change_only_the_two_groups(edits in proptest::collection::vec(moves(), 1..4)) {
        check_local(&edits)?;
    }
}

/// The checker above catches a change it must catch: editing a paragraph changes its own group's board.
#[test]
fn a_text_edit_changes_its_own_group() {
    let m = material();
    let eng = common::engine();
    let settings = LayoutSettings::default();
    let before = eng.layout(&m, &settings, &Overrides::default()).unwrap();
    let mut ov = Overrides::default();
    let involved = apply(&m, &before, &mut ov, &Edit::Text(5, 0.4));
    let after = eng.layout(&m, &settings, &ov).unwrap();
    let (b, a) = (by_group(&before), by_group(&after));
    assert_eq!(involved.len(), 1);
    let key = involved.iter().next().unwrap();
    assert_ne!(b.get(key), a.get(key), "the edited group's boards changed");
    let drawn: usize = after
        .frames
        .boards
        .iter()
        .flat_map(|b| &b.items)
        .filter(|i| matches!(&i.kind, ItemKind::Text(t) if t.role == TextRole::Body))
        .count();
    assert!(drawn > 0);
}
