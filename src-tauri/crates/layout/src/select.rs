//! Which photos go on the boards: one per picture (of the copies import found — a WeChat copy, a turned re-encode —
//! the better: more pixels, then the camera's original over a re-encode), one per burst (anchored or captioned shots
//! first, then the sharpest), never one the user took off the boards, always one the user placed, enlarged, pointed
//! or asked for, and none printed below the print floor at the board's smallest photo size. A photo the user said
//! is not the same picture (不是同一张) as the copy or shot used is kept beside it. The rest are listed with their
//! reasons, never dropped silently.
//!
//! Owns choosing; it must not place (plan), measure (compose) or word messages (messages).

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use crate::gallery::Emphasis;
use crate::messages;
use crate::model::{Material, PhotoInput};
use crate::overrides::{Overrides, PhotoOverride};
use crate::plan::{PhotoSlot, Plan};
use crate::presets::{BoardSpec, MIN_AREA_SLACK, MIN_PPI, TARGET_PPI};

/// Why a photo is not on the boards.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum LeftOutKind {
    /// The user took it off the boards (it stays in the library).
    Hidden,
    /// Another copy of the same picture is used (or was taken off the boards).
    SamePicture,
    /// Another shot of the same burst is used.
    Burst,
    /// Even at the board's smallest photo size it would print below the print floor.
    LowResolution,
    /// It belongs to a section (or a board) the user deleted; it comes back with the board, or when asked for.
    BoardRemoved,
    /// Its section chose other photos for the room beside its text, and it is not on a 活动剪影 board (those are
    /// off or deleted, or it would print under 100 ppi there).
    NotChosen,
}

/// A photo left out of the boards, and why.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct LeftOut {
    pub file_name: String,
    pub hash: String,
    pub kind: LeftOutKind,
    /// The file name of the photo used instead (same picture or burst).
    pub instead: Option<String>,
    /// The group of boards (section) it was meant for, when its section did not choose it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub group: Option<String>,
    pub reason: String,
}

impl LeftOut {
    /// `p` left out for `reason`, with no photo used instead.
    pub fn of(p: &PhotoInput, kind: LeftOutKind, group: Option<String>, reason: String) -> Self {
        LeftOut {
            file_name: p.file_name.clone(),
            hash: p.hash.clone(),
            kind,
            instead: None,
            group,
            reason,
        }
    }
}

/// `used[i]` for `Material::photos[i]`, and the others with their reasons.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Selection {
    pub used: Vec<bool>,
    pub left_out: Vec<LeftOut>,
}

/// The user placed, enlarged, pointed or asked for this photo: it is always used (unless taken off the boards).
pub fn wanted(po: Option<&PhotoOverride>) -> bool {
    po.is_some_and(|o| {
        !o.hidden
            && (o.wanted
                || o.group.is_some()
                || o.position.is_some()
                || o.focal.is_some()
                || o.emphasis != Emphasis::Normal)
    })
}

/// The photo's place in the write-ups or its caption speaks for it (a burst keeps every such shot).
fn spoken_for(p: &PhotoInput) -> bool {
    p.anchor.is_some() || p.caption.as_deref().is_some_and(|c| !c.trim().is_empty())
}

fn root(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

/// Chooses the photos to lay out.
pub fn select(material: &Material, ov: &Overrides) -> Selection {
    let photos = &material.photos;
    let n = photos.len();
    let po = |i: usize| ov.photos.get(&photos[i].hash);
    let hidden = |i: usize| po(i).is_some_and(|o| o.hidden);
    let mut used = vec![true; n];
    let mut left_out = Vec::new();
    let mut leave = |used: &mut Vec<bool>, i: usize, kind, instead: Option<usize>, reason: String| {
        used[i] = false;
        left_out.push(LeftOut {
            file_name: photos[i].file_name.clone(),
            hash: photos[i].hash.clone(),
            kind,
            instead: instead.map(|j| photos[j].file_name.clone()),
            group: None,
            reason,
        });
    };
    for i in (0..n).filter(|&i| hidden(i)) {
        leave(&mut used, i, LeftOutKind::Hidden, None, messages::left_out_hidden());
    }

    // Copies of one picture (import links each copy to one photo before it): the better one is used.
    let index: HashMap<&str, usize> = photos.iter().enumerate().map(|(i, p)| (p.hash.as_str(), i)).collect();
    let mut parent: Vec<usize> = (0..n).collect();
    for (i, p) in photos.iter().enumerate() {
        if let Some(&j) = p.facts.same_as.as_deref().and_then(|h| index.get(h)) {
            if ov.not_same(&p.hash, &photos[j].hash) {
                continue;
            }
            let (a, b) = (root(&mut parent, i), root(&mut parent, j));
            parent[a] = b;
        }
    }
    let better = |p: &PhotoInput| {
        (
            u64::from(p.width_px) * u64::from(p.height_px),
            p.facts.from_camera,
            p.facts.byte_len,
        )
    };
    let mut clusters: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..n {
        let r = root(&mut parent, i);
        clusters.entry(r).or_default().push(i);
    }
    for c in clusters.into_values().filter(|c| c.len() > 1) {
        // The best copy of all (the first on a tie); when the user took it off the boards, the picture stays off.
        let Some(&best) = c
            .iter()
            .max_by(|&&a, &&b| better(&photos[a]).cmp(&better(&photos[b])).then(b.cmp(&a)))
        else {
            continue;
        };
        let best_hidden = hidden(best);
        let shown = if best_hidden {
            c.iter().copied().find(|&i| used[i] && wanted(po(i)))
        } else {
            Some(best)
        };
        for &i in &c {
            let user_says_other = shown.is_some_and(|s| ov.not_same(&photos[i].hash, &photos[s].hash));
            if !used[i] || Some(i) == shown || wanted(po(i)) || user_says_other {
                continue;
            }
            let reason = match shown {
                Some(s) => messages::left_out_same_picture(&photos[s].file_name),
                None => messages::left_out_copy_of_hidden(&photos[best].file_name),
            };
            leave(&mut used, i, LeftOutKind::SamePicture, shown.or(Some(best)), reason);
        }
    }

    // Bursts: one shot each (anchored or captioned ones, and the user's, all stay), the sharpest, then the largest.
    let mut bursts: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, p) in photos.iter().enumerate() {
        if let Some(b) = p.facts.burst.as_deref() {
            bursts.entry(b).or_default().push(i);
        }
    }
    let rank = |i: usize| {
        let p = &photos[i];
        (
            wanted(po(i)) || spoken_for(p),
            p.facts.sharpness,
            u64::from(p.width_px) * u64::from(p.height_px),
        )
    };
    for b in bursts.into_values().filter(|b| b.len() > 1) {
        let live: Vec<usize> = b.iter().copied().filter(|&i| used[i]).collect();
        let Some(&best) = live.iter().max_by(|&&x, &&y| {
            let (a, c) = (rank(x), rank(y));
            a.0.cmp(&c.0)
                .then(a.1.total_cmp(&c.1))
                .then(a.2.cmp(&c.2))
                .then(y.cmp(&x))
        }) else {
            continue;
        };
        for &i in &live {
            let user_says_other = ov.not_same(&photos[i].hash, &photos[best].hash);
            if i != best && !wanted(po(i)) && !spoken_for(&photos[i]) && !user_says_other {
                let reason = messages::left_out_burst(&photos[best].file_name);
                leave(&mut used, i, LeftOutKind::Burst, Some(best), reason);
            }
        }
    }
    Selection { used, left_out }
}

/// The best a `pw`×`ph` photo can print in the smallest cell the composer gives a photo (the board's smallest photo
/// area and [`MIN_AREA_SLACK`]; ppi), kept whole.
pub fn ppi_at_min_area(pw: u32, ph: u32, spec: &BoardSpec) -> f64 {
    let (pw, ph) = (f64::from(pw.max(1)), f64::from(ph.max(1)));
    let min_area = spec.min_photo_area() * MIN_AREA_SLACK;
    let w_mm = (min_area * pw / ph).sqrt();
    25.4 * pw / w_mm
}

/// Whether a photo prints at [`MIN_PPI`] at least on a board of `spec`, at its smallest photo area, or the user
/// asked for it anyway.
pub(crate) fn printable(p: &PhotoInput, spec: &BoardSpec, ov: &Overrides) -> bool {
    ppi_at_min_area(p.width_px, p.height_px, spec) >= MIN_PPI || wanted(ov.photos.get(&p.hash))
}

/// Takes out of the plan every photo that would print below [`MIN_PPI`] even at its board's smallest photo area,
/// unless the user asked for it; they join `plan.left_out`. `spec_of` gives a group's board size.
pub fn leave_out_unprintable(
    plan: &mut Plan,
    material: &Material,
    ov: &Overrides,
    spec_of: impl Fn(&str) -> BoardSpec,
) {
    for g in &mut plan.groups {
        let spec = spec_of(&g.key);
        let left = &mut plan.left_out;
        g.photos.retain(|slot| {
            let Some(p) = material.photos.get(slot.index) else {
                return true;
            };
            if printable(p, &spec, ov) {
                return true;
            }
            let ppi = ppi_at_min_area(p.width_px, p.height_px, &spec);
            left.push(LeftOut {
                file_name: p.file_name.clone(),
                hash: p.hash.clone(),
                kind: LeftOutKind::LowResolution,
                instead: None,
                group: None,
                reason: messages::left_out_low_resolution(ppi),
            });
            false
        });
    }
}

/// How many photos a section's boards have room for beside its text: as many per board as the flow puts beside
/// text, on as many boards as its text needs at the board's minimum body size — the flow's own estimates
/// (`exhibition::Estimates`), so that a section's photos never make （续） boards of photos alone.
pub fn section_room(spec: &BoardSpec, chars: usize) -> usize {
    let e = crate::exhibition::Estimates::of(spec);
    let boards = ((chars as f64 / e.text_cap).ceil() as usize).max(1);
    boards * e.kmax
}

/// Anchored in a write-up, or placed, enlarged, pointed or asked for by the user: placed whatever the room.
pub fn always_placed(p: &PhotoInput, ov: &Overrides) -> bool {
    p.anchor.is_some() || wanted(ov.photos.get(&p.hash))
}

/// The photos that serve a section with `room` for photos (see [`section_room`]): every photo the user placed,
/// enlarged, pointed or asked for, and every photo anchored in its text, always; then, for the room left, one at a
/// time the best of the rest: one that prints at all (72 ppi at the smallest photo size; the others are left out
/// anyway), then captioned photos, then one of a burst not yet chosen (variety: the shots of a
/// burst the write-up or the user kept all stay in selection, but a section shows another scene before a second
/// shot of one), then those that print at 100 ppi or more at the board's smallest photo size, then the sharpest,
/// then the largest, then the first. The chosen keep their order; the others are returned in theirs (for the
/// 活动剪影 boards or the library).
pub fn choose_for_section(
    slots: Vec<PhotoSlot>,
    room: usize,
    material: &Material,
    ov: &Overrides,
    spec: &BoardSpec,
) -> (Vec<PhotoSlot>, Vec<PhotoSlot>) {
    if slots.len() <= room {
        return (slots, Vec::new());
    }
    let photo = |s: &PhotoSlot| material.photos.get(s.index);
    let fixed: Vec<bool> = slots
        .iter()
        .map(|s| photo(s).is_none_or(|p| always_placed(p, ov)))
        .collect();
    let mut chosen = fixed.clone();
    let burst_of = |i: usize| photo(&slots[i]).and_then(|p| p.facts.burst.as_deref());
    let mut bursts: std::collections::HashSet<&str> =
        (0..slots.len()).filter(|&i| chosen[i]).filter_map(burst_of).collect();
    let mut free = room.saturating_sub(fixed.iter().filter(|f| **f).count());
    while free > 0 {
        let rank = |i: usize| {
            let s = &slots[i];
            let (ppi, sharpness, pixels) = photo(s).map_or((0.0, 0.0, 0), |p| {
                (
                    ppi_at_min_area(p.width_px, p.height_px, spec),
                    p.facts.sharpness,
                    u64::from(p.width_px) * u64::from(p.height_px),
                )
            });
            let captioned = s.caption.as_deref().is_some_and(|c| !c.trim().is_empty());
            let new_scene = burst_of(i).is_none_or(|b| !bursts.contains(b));
            (
                (ppi >= MIN_PPI, captioned, new_scene, ppi >= TARGET_PPI),
                sharpness,
                pixels,
            )
        };
        let best = (0..slots.len()).filter(|&i| !chosen[i]).max_by(|&a, &b| {
            let (x, y) = (rank(a), rank(b));
            x.0.cmp(&y.0)
                .then(x.1.total_cmp(&y.1))
                .then(x.2.cmp(&y.2))
                .then(b.cmp(&a))
        });
        let Some(best) = best else { break };
        chosen[best] = true;
        if let Some(b) = burst_of(best) {
            bursts.insert(b);
        }
        free -= 1;
    }
    let (mut keep, mut rest) = (Vec::new(), Vec::new());
    for (s, c) in slots.into_iter().zip(chosen) {
        if c {
            keep.push(s);
        } else {
            rest.push(s);
        }
    }
    (keep, rest)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::PhotoFacts;

    fn photo(name: &str, w: u32, h: u32, facts: PhotoFacts) -> PhotoInput {
        PhotoInput {
            hash: name.into(),
            file_name: format!("{name}.jpg"),
            width_px: w,
            height_px: h,
            orientation: 1,
            caption: None,
            anchor: None,
            facts,
        }
    }

    fn copy_of(of: &str, camera: bool) -> PhotoFacts {
        PhotoFacts {
            same_as: Some(of.into()),
            from_camera: camera,
            ..Default::default()
        }
    }

    fn shot(burst: &str, sharpness: f64) -> PhotoFacts {
        PhotoFacts {
            burst: Some(burst.into()),
            sharpness,
            ..Default::default()
        }
    }

    fn names(s: &Selection, m: &Material) -> Vec<String> {
        m.photos
            .iter()
            .zip(&s.used)
            .filter(|(_, u)| **u)
            .map(|(p, _)| p.hash.clone())
            .collect()
    }

    #[test]
    fn one_copy_per_picture_one_shot_per_burst_and_the_user_wins() {
        let m = Material {
            photos: vec![
                // A WeChat copy imported first, then the camera original (linked to it), then a turned re-encode of
                // the same size as the original but without the camera's EXIF.
                photo("wechat", 1080, 810, PhotoFacts::default()),
                photo("orig", 4000, 3000, copy_of("wechat", true)),
                photo("turned", 4000, 3000, copy_of("orig", false)),
                // A burst of three: the sharpest is kept.
                photo("b1", 4000, 3000, shot("b1", 10.0)),
                photo("b2", 4000, 3000, shot("b1", 30.0)),
                photo("b3", 4000, 3000, shot("b1", 20.0)),
                photo("alone", 3000, 2000, PhotoFacts::default()),
            ],
            ..Default::default()
        };
        let s = select(&m, &Overrides::default());
        assert_eq!(names(&s, &m), ["orig", "b2", "alone"]);
        let kinds: Vec<(&str, LeftOutKind, Option<&str>)> = s
            .left_out
            .iter()
            .map(|l| (l.hash.as_str(), l.kind, l.instead.as_deref()))
            .collect();
        assert_eq!(
            kinds,
            [
                ("wechat", LeftOutKind::SamePicture, Some("orig.jpg")),
                ("turned", LeftOutKind::SamePicture, Some("orig.jpg")),
                ("b1", LeftOutKind::Burst, Some("b2.jpg")),
                ("b3", LeftOutKind::Burst, Some("b2.jpg")),
            ]
        );
        assert!(s
            .left_out
            .iter()
            .all(|l| l.reason.contains(l.instead.as_deref().unwrap())));

        // The user asks for the WeChat copy, enlarges one burst shot and moves another (so the user's two shots
        // stand for the burst, not the sharpest), and takes "alone" off the boards.
        let mut ov = Overrides::default();
        ov.photos.insert(
            "wechat".into(),
            PhotoOverride {
                wanted: true,
                ..Default::default()
            },
        );
        ov.photos.insert(
            "b3".into(),
            PhotoOverride {
                emphasis: Emphasis::Larger,
                ..Default::default()
            },
        );
        ov.photos.insert(
            "b1".into(),
            PhotoOverride {
                group: Some("w1-s1".into()),
                ..Default::default()
            },
        );
        ov.photos.insert(
            "alone".into(),
            PhotoOverride {
                hidden: true,
                focal: Some((0.1, 0.1)),
                ..Default::default()
            },
        );
        let s = select(&m, &ov);
        assert_eq!(names(&s, &m), ["wechat", "orig", "b1", "b3"]);
        assert_eq!(s.left_out[0].kind, LeftOutKind::Hidden);

        // Taking the original off the boards keeps the picture off: its copies do not step in.
        let mut ov = Overrides::default();
        ov.photos.insert(
            "orig".into(),
            PhotoOverride {
                hidden: true,
                ..Default::default()
            },
        );
        let s = select(&m, &ov);
        assert_eq!(names(&s, &m), ["b2", "alone"]);
    }

    #[test]
    fn not_the_same_keeps_both() {
        let m = Material {
            photos: vec![
                photo("wechat", 1080, 810, PhotoFacts::default()),
                photo("orig", 4000, 3000, copy_of("wechat", true)),
                photo("turned", 4000, 3000, copy_of("orig", false)),
                photo("b1", 4000, 3000, shot("b1", 10.0)),
                photo("b2", 4000, 3000, shot("b1", 30.0)),
                photo("b3", 4000, 3000, shot("b1", 20.0)),
            ],
            ..Default::default()
        };
        let says = |pairs: &[(&str, &str)]| {
            let mut ov = Overrides::default();
            for (a, b) in pairs {
                ov.photos
                    .entry(a.to_string())
                    .or_default()
                    .not_same
                    .insert(b.to_string());
            }
            ov
        };
        // Either side's word counts: the WeChat copy is another picture than the original (so kept), the turned one
        // still a copy of the original; b1 is not the burst of the sharpest shot b2, b3 still is.
        for ov in [
            says(&[("wechat", "orig"), ("b1", "b2")]),
            says(&[("orig", "wechat"), ("b2", "b1")]),
        ] {
            let s = select(&m, &ov);
            assert_eq!(names(&s, &m), ["wechat", "orig", "b1", "b2"]);
            let left: Vec<&str> = s.left_out.iter().map(|l| l.hash.as_str()).collect();
            assert_eq!(left, ["turned", "b3"]);
        }
        // Said of a photo that is not the one used: the copy is still left out for the one used.
        let s = select(&m, &says(&[("turned", "wechat")]));
        assert_eq!(names(&s, &m), ["orig", "b2"]);
    }

    #[test]
    fn a_section_chooses_the_users_and_anchored_then_captioned_varied_printable_sharp() {
        let spec = BoardSpec::parse("1200x900").unwrap();
        let sharp = |s: f64| PhotoFacts {
            sharpness: s,
            ..Default::default()
        };
        let captioned = |mut p: PhotoInput| {
            p.caption = Some("说明".into());
            p
        };
        let mut anchored = photo("anchored", 4000, 3000, sharp(1.0));
        anchored.anchor = Some(crate::model::Anchor { writeup: 0, block: 0 });
        let m = Material {
            photos: vec![
                anchored,
                photo("plain", 4000, 3000, sharp(50.0)),
                captioned(photo("cap", 4000, 3000, sharp(10.0))),
                captioned(photo("shot1", 4000, 3000, shot("x", 40.0))),
                captioned(photo("shot2", 4000, 3000, shot("x", 45.0))),
                // Sharpest of all, but 79 ppi at the smallest photo size, and a captioned web copy at 59 ppi.
                photo("wechat", 1080, 810, sharp(100.0)),
                captioned(photo("web", 800, 600, sharp(100.0))),
                photo("enlarged", 4000, 3000, sharp(0.0)),
            ],
            ..Default::default()
        };
        let mut ov = Overrides::default();
        ov.photos.insert(
            "enlarged".into(),
            PhotoOverride {
                emphasis: Emphasis::Larger,
                ..Default::default()
            },
        );
        let slots: Vec<PhotoSlot> = m
            .photos
            .iter()
            .enumerate()
            .map(|(index, p)| PhotoSlot {
                index,
                caption: p.caption.clone(),
                emphasis: Emphasis::Normal,
                focal: (0.5, 0.5),
                keep: None,
            })
            .collect();
        let choose = |room: usize| {
            let (keep, rest) = choose_for_section(slots.clone(), room, &m, &ov, &spec);
            let hashes =
                |v: Vec<PhotoSlot>| -> Vec<&str> { v.iter().map(|s| m.photos[s.index].hash.as_str()).collect() };
            (hashes(keep), hashes(rest))
        };
        // The anchored and the user's photo always (even over the room); then the sharper captioned burst shot; a
        // captioned photo of another scene before the burst's second shot; captioned before uncaptioned; a photo
        // that prints at 100 ppi before a sharper one that does not; a photo under the print floor last of all.
        assert_eq!(choose(1).0, ["anchored", "enlarged"]);
        assert_eq!(choose(3).0, ["anchored", "shot2", "enlarged"]);
        assert_eq!(choose(4).0, ["anchored", "cap", "shot2", "enlarged"]);
        assert_eq!(choose(5).0, ["anchored", "cap", "shot1", "shot2", "enlarged"]);
        assert_eq!(choose(6).0, ["anchored", "plain", "cap", "shot1", "shot2", "enlarged"]);
        assert_eq!(choose(7).1, ["web"]);
        // The others come back in their order; with room for all, all stay.
        assert_eq!(choose(4).1, ["plain", "shot1", "wechat", "web"]);
        assert_eq!(choose(8).1, Vec::<&str>::new());
    }

    #[test]
    fn print_floor_at_the_smallest_photo_area() {
        let spec = BoardSpec::parse("1200x900").unwrap();
        // 1/12 of 1200×900 mm is 346×260 mm at 4:3 (349×262 with the composer's slack): an 800×600 copy gets
        // 58 ppi, a 1080 px WeChat copy 78 ppi.
        let low = ppi_at_min_area(800, 600, &spec);
        assert!((low - 58.1).abs() < 0.2, "{low}");
        let wechat = ppi_at_min_area(1080, 810, &spec);
        assert!(wechat > MIN_PPI && wechat < 100.0, "{wechat}");
    }
}
