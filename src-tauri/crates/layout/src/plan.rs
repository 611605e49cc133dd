//! Planning: material → ordered groups of content, one group per board-to-be (preface, each write-up's opening,
//! each level-1 section, closing) before overflow splits a group into continuation boards. Photos go with the
//! write-up block they are anchored to; the rest are spread in order; captions without a photo become open slots.
//! Overrides (text edits, moves, splits, merges, order, added and deleted boards) are applied here.
//!
//! Owns the assignment of content to groups; it must not measure or place anything.

use serde::{Deserialize, Serialize};
use zhanban_frames::{Source, TextRole};

use crate::gallery::Emphasis;
use crate::messages;
use crate::model::{BlockKind, KeyFigure, Material};
use crate::overrides::Overrides;
use crate::presets::{BoardSpec, MIN_PPI, TARGET_PPI};
use crate::select::{self, select, LeftOut, LeftOutKind};

/// The group key of the 活动剪影 boards.
pub const GALLERY: &str = "gallery";

/// A paragraph of a group.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Para {
    pub role: TextRole,
    pub text: String,
    pub source: Source,
    /// The rest of a paragraph begun on the previous board (no first-line indent).
    pub continued: bool,
}

/// A photo of a group.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PhotoSlot {
    /// Index into `Material::photos`.
    pub index: usize,
    pub caption: Option<String>,
    pub emphasis: Emphasis,
    pub focal: (f64, f64),
    /// What no crop may cut (the faces with room above the heads), fractions `[x0, y0, x1, y1]`; `None` when
    /// nothing needs keeping or the user chose the focal point (the user's choice wins).
    #[serde(default)]
    pub keep: Option<[f64; 4]>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GroupKind {
    /// 展标: the exhibition's title board, first.
    Title,
    Preface,
    Content,
    /// 活动剪影: the photos no section chose, a gallery at the end of the exhibition.
    Gallery,
    Closing,
}

/// Content that starts a board (and continues on （续） boards when it overflows).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Group {
    pub key: String,
    pub kind: GroupKind,
    pub title: String,
    pub title_source: Source,
    pub paras: Vec<Para>,
    pub photos: Vec<PhotoSlot>,
    pub figures: Vec<KeyFigure>,
}

/// A caption waiting for its photo.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OpenSlot {
    pub group: String,
    pub writeup: i64,
    pub block: usize,
    pub text: String,
}

/// A group the user deleted (kept out of the series, listed so it can be restored).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct RemovedGroup {
    pub key: String,
    pub title: String,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Plan {
    pub groups: Vec<Group>,
    pub open_slots: Vec<OpenSlot>,
    pub removed: Vec<RemovedGroup>,
    pub notes: Vec<String>,
    /// Photos selection left out (copies, burst shots, taken off by the user, too low a resolution), with reasons.
    pub left_out: Vec<LeftOut>,
}

/// One body paragraph per non-empty line of a text the user typed (preface, closing, an added board's text).
fn lines_as_paras(text: &str, source: Source) -> Vec<Para> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| Para {
            role: TextRole::Body,
            text: l.to_string(),
            source: source.clone(),
            continued: false,
        })
        .collect()
}

/// Builds the groups for boards of the default size (1200×900 mm); see [`plan_for`].
pub fn plan(material: &Material, ov: &Overrides) -> Plan {
    plan_for(material, ov, BoardSpec::new(1200.0, 900.0))
}

/// Builds the groups for boards of `spec` (a group's own size, when the user gave it one, instead): the size
/// decides how many photos a section has room for (the rest go to the 活动剪影 boards or stay in the library).
pub fn plan_for(material: &Material, ov: &Overrides, spec: BoardSpec) -> Plan {
    plan_with(material, ov, spec, false)
}

/// [`plan_for`]; with `gallery_back`, the photos no section chose go back beside their sections' text instead of
/// onto a 活动剪影 board (as one or two always do), unless the user put photos there: the layout asks for it when
/// they cannot fill their one board.
pub(crate) fn plan_with(material: &Material, ov: &Overrides, spec: BoardSpec, gallery_back: bool) -> Plan {
    let mut out = Plan::default();
    let text_of = |src: Source, original: &str| -> String { ov.text(&src).unwrap_or(original).to_string() };
    let ex = &material.exhibition;

    // Preface: the user's text, else the opening paragraphs of the first write-up whose opening states the work
    // (which then are not repeated), else the offered draft.
    let (preface_writeup, preface_blocks) = material.default_preface_blocks().unwrap_or((usize::MAX, Vec::new()));
    let preface_text = ex.preface.as_deref().filter(|p| !p.trim().is_empty());
    let preface_text = ov
        .text(&Source::Exhibition {
            field: "preface".into(),
        })
        .or(preface_text);
    let mut preface = Group {
        key: "preface".into(),
        kind: GroupKind::Preface,
        title: messages::BOARD_PREFACE.into(),
        title_source: Source::Theme,
        paras: Vec::new(),
        photos: Vec::new(),
        figures: Vec::new(),
    };
    let mut drafted = false;
    if let Some(t) = preface_text {
        preface.paras = lines_as_paras(
            t,
            Source::Exhibition {
                field: "preface".into(),
            },
        );
    } else if let Some(w) = material.writeups.get(preface_writeup) {
        if !preface_blocks.is_empty() && !ov.is_removed("preface") {
            // (named by its title unless that is chrome, e.g. a file name)
            let title = if crate::chrome::reads_as_title(&w.title) {
                w.title.as_str()
            } else {
                ""
            };
            out.notes.push(messages::preface_from_writeup(title));
        }
        for &b in &preface_blocks {
            let src = Source::Block {
                writeup: w.id,
                block: b,
            };
            preface.paras.push(Para {
                role: TextRole::Body,
                text: text_of(src.clone(), &w.blocks[b].text),
                source: src,
                continued: false,
            });
        }
    } else {
        // no opening states the work (every write-up opens on a dated account or a visit): the offered draft, the
        // genre's frame with the write-ups' lead sentences, stands in until the user writes or adopts one
        // (its count of pictures is known once the sections and the 活动剪影 have chosen theirs: set below)
        drafted = !crate::preface::draft_preface(material, 0).is_empty();
        if drafted && !ov.is_removed("preface") {
            out.notes.push(messages::preface_from_draft());
        }
    }

    // Content groups, and where each block ended up.
    let mut groups: Vec<Group> = Vec::new();
    let mut block_group: Vec<Vec<usize>> = Vec::new();
    let mut captions: Vec<(usize, usize, usize)> = Vec::new(); // (writeup, block, group)
    for (wi, w) in material.writeups.iter().enumerate() {
        let mut bg = vec![usize::MAX; w.blocks.len()];
        let intro_key = format!("w{}", w.id);
        let start = groups.len();
        groups.push(Group {
            key: intro_key.clone(),
            kind: GroupKind::Content,
            title: text_of(
                Source::Exhibition {
                    field: format!("writeup-title-{}", w.id),
                },
                &w.title,
            ),
            title_source: Source::Exhibition {
                field: format!("writeup-title-{}", w.id),
            },
            paras: Vec::new(),
            photos: Vec::new(),
            figures: Vec::new(),
        });
        for (bi, b) in w.blocks.iter().enumerate() {
            let src = Source::Block {
                writeup: w.id,
                block: bi,
            };
            if wi == preface_writeup && preface_text.is_none() && preface_blocks.contains(&bi) {
                continue;
            }
            let text = text_of(src.clone(), &b.text);
            let cur_key = groups.last().map(|g| g.key.clone()).unwrap_or_default();
            let split_here = ov
                .splits
                .iter()
                .any(|s| s.before_block == bi && cur_key.split('/').next() == Some(s.group.as_str()));
            // A heading that ends on a colon is a field's label ("名称：", "释义：") introducing its text: it stays a
            // heading inside its part, never the title of a board of its own.
            let label = text.trim_end().ends_with(['：', ':']);
            if b.kind == BlockKind::Heading1 && !label {
                groups.push(Group {
                    key: format!("w{}-b{bi}", w.id),
                    kind: GroupKind::Content,
                    title: text.clone(),
                    title_source: src,
                    paras: Vec::new(),
                    photos: Vec::new(),
                    figures: Vec::new(),
                });
                bg[bi] = groups.len() - 1;
                continue;
            }
            if split_here {
                let (title, tsrc) = groups.last().map_or((String::new(), Source::Theme), |g| {
                    (g.title.clone(), g.title_source.clone())
                });
                groups.push(Group {
                    key: format!("{cur_key}/{bi}"),
                    kind: GroupKind::Content,
                    title: format!("{title}{}", messages::CONTINUED),
                    title_source: tsrc,
                    paras: Vec::new(),
                    photos: Vec::new(),
                    figures: Vec::new(),
                });
            }
            let gi = groups.len() - 1;
            bg[bi] = gi;
            let role = match b.kind {
                BlockKind::Heading2 | BlockKind::Heading1 => TextRole::Heading2,
                BlockKind::Paragraph => TextRole::Body,
                BlockKind::Caption => {
                    captions.push((wi, bi, gi));
                    continue;
                }
                BlockKind::Photo => continue,
            };
            if !text.trim().is_empty() {
                groups[gi].paras.push(Para {
                    role,
                    text,
                    source: src,
                    continued: false,
                });
            }
        }
        // Key figures go with the part of the write-up whose text says them (a tile next to the text it comes
        // from: its clause, else its value); one said in no part (the 前言's opening) goes with the opening.
        let mut found: Vec<Vec<KeyFigure>> = vec![Vec::new(); groups.len() - start];
        for f in &w.key_figures {
            let says = |g: &Group, needle: &str| !needle.is_empty() && g.paras.iter().any(|p| p.text.contains(needle));
            let part = groups[start..]
                .iter()
                .position(|g| says(g, f.label.trim()))
                .or_else(|| groups[start..].iter().position(|g| says(g, f.value.trim())))
                .unwrap_or(0);
            found[part].push(f.clone());
        }
        for (g, figs) in groups[start..].iter_mut().zip(found) {
            g.figures = crate::figures::tiles(&figs);
        }
        // A write-up's opening group with nothing in it (a page opening on its first heading, or its opening given
        // to the 前言) is dropped: its figures go to its next group, and so does its title when it is the
        // write-up's own headline — the first section's heading then leads its text — so that every write-up's
        // title is on a board.
        if groups.len() > start + 1 && groups[start].paras.is_empty() {
            let figs = std::mem::take(&mut groups[start].figures);
            let own = std::mem::replace(&mut groups[start + 1].figures, figs);
            crate::figures::extend_unique(&mut groups[start + 1].figures, &own);
            let real = crate::chrome::reads_as_title(&groups[start].title);
            if real && groups[start + 1].title_source != groups[start].title_source {
                let title = std::mem::take(&mut groups[start].title);
                let source = groups[start].title_source.clone();
                let next = &mut groups[start + 1];
                let heading = std::mem::replace(&mut next.title, title);
                let heading_source = std::mem::replace(&mut next.title_source, source);
                next.paras.insert(
                    0,
                    Para {
                        role: TextRole::Heading2,
                        text: heading,
                        source: heading_source,
                        continued: false,
                    },
                );
            }
        }
        block_group.push(bg);
    }
    // Boards the user added, after the group they were added behind.
    for a in &ov.added {
        let title = text_of(a.title_source(), &a.title);
        let text = text_of(a.text_source(), &a.text).to_string();
        let paras = lines_as_paras(&text, a.text_source());
        let group = Group {
            key: a.key.clone(),
            kind: GroupKind::Content,
            title,
            title_source: a.title_source(),
            paras,
            photos: Vec::new(),
            figures: Vec::new(),
        };
        let at = match a.after.as_deref() {
            Some("preface") => 0,
            Some(after) => groups
                .iter()
                .position(|g| g.key == after)
                .map_or(groups.len(), |i| i + 1),
            None => groups.len(),
        };
        groups.insert(at, group);
    }

    // Photos: moved by the user, else by anchor, else spread in order.
    let mut used_caption = vec![false; captions.len()];
    let mut assigned: Vec<(usize, PhotoSlot, Option<usize>)> = Vec::new(); // (group, slot, position)
    let mut loose = Vec::new();
    let mut to_gallery: Vec<(PhotoSlot, Option<usize>)> = Vec::new();
    let gallery_on = ex.gallery_on() && !ov.is_removed(GALLERY);
    let selection = select(material, ov);
    for (pi, p) in material.photos.iter().enumerate() {
        if !selection.used[pi] {
            continue;
        }
        let po = ov.photos.get(&p.hash).cloned().unwrap_or_default();
        let mut caption = p.caption.clone().filter(|c| !c.trim().is_empty());
        let mut group = None;
        if let Some(a) = p.anchor {
            if let Some(w) = material.writeups.get(a.writeup) {
                group = block_group
                    .get(a.writeup)
                    .and_then(|bg| bg.get(a.block))
                    .copied()
                    .filter(|g| *g != usize::MAX);
                // The caption block it is anchored to, or the one right after its picture.
                let cap_block = match w.blocks.get(a.block).map(|b| b.kind) {
                    Some(BlockKind::Caption) => Some(a.block),
                    Some(BlockKind::Photo) if w.blocks.get(a.block + 1).map(|b| b.kind) == Some(BlockKind::Caption) => {
                        Some(a.block + 1)
                    }
                    _ => None,
                };
                if let Some(cb) = cap_block {
                    if let Some(k) = captions.iter().position(|c| c.0 == a.writeup && c.1 == cb) {
                        used_caption[k] = true;
                        if caption.is_none() {
                            caption = Some(w.blocks[cb].text.clone());
                        }
                    }
                }
            }
        }
        if let Some(edited) = ov.text(&Source::Caption { hash: p.hash.clone() }) {
            caption = Some(edited.to_string()).filter(|c| !c.trim().is_empty());
        }
        let slot = PhotoSlot {
            index: pi,
            caption,
            emphasis: po.emphasis,
            focal: po.focal.unwrap_or_else(|| p.facts.focal()),
            keep: po.focal.is_none().then(|| p.facts.keep()).flatten(),
        };
        let mut position = po.position;
        if let Some(gk) = &po.group {
            if gk == GALLERY {
                // Put on the 活动剪影 boards by the user: there while they are on, else spread like any photo.
                if gallery_on {
                    to_gallery.push((slot, po.position));
                } else {
                    loose.push((slot, po.position));
                }
                continue;
            }
            match groups.iter().position(|g| &g.key == gk) {
                // Moved onto a board the user later deleted: back with its section (else spread like any photo).
                Some(_) if ov.is_removed(gk) => position = None,
                Some(g) => group = Some(g),
                None => out.notes.push(messages::unknown_board(gk)),
            }
        }
        match group {
            Some(g) => assigned.push((g, slot, position)),
            None => loose.push((slot, position)),
        }
    }
    for (k, (wi, bi, gi)) in captions.iter().enumerate() {
        if !used_caption[k] {
            let w = &material.writeups[*wi];
            out.open_slots.push(OpenSlot {
                group: groups[*gi].key.clone(),
                writeup: w.id,
                block: *bi,
                text: text_of(
                    Source::Block {
                        writeup: w.id,
                        block: *bi,
                    },
                    &w.blocks[*bi].text,
                ),
            });
        }
    }
    // Anchored and moved photos join their groups, at the user's position when given: those without one first (in
    // order), then those with one by position, so a photo pinned at place p is the group's p-th photo whatever the
    // photos' import order (a group the user ordered on the canvas comes out in exactly that order).
    assigned.sort_by_key(|(_, _, pos)| pos.map_or((0, 0), |p| (1, p)));
    for (g, slot, pos) in assigned {
        let photos = &mut groups[g].photos;
        let at = pos.unwrap_or(photos.len()).min(photos.len());
        photos.insert(at, slot);
    }
    // Deleted groups leave the series, their anchored photos with them (listed with the reason) — except those the
    // user asked for (放回展板), which are spread like loose photos; loose photos are spread over the rest.
    let (gone, kept): (Vec<Group>, Vec<Group>) = groups.into_iter().partition(|g| ov.is_removed(&g.key));
    groups = kept;
    for g in gone {
        for slot in g.photos {
            let Some(p) = material.photos.get(slot.index) else {
                continue;
            };
            if ov.photos.get(&p.hash).is_some_and(|o| o.wanted) {
                loose.push((slot, None));
                continue;
            }
            let reason = messages::left_out_board_removed(&g.title);
            out.left_out
                .push(LeftOut::of(p, LeftOutKind::BoardRemoved, Some(g.key.clone()), reason));
        }
        out.removed.push(RemovedGroup {
            key: g.key,
            title: g.title,
        });
    }
    out.open_slots.retain(|s| !ov.is_removed(&s.group));
    // A write-up opening with nothing in it, and empty sections, make no board; a board the user added stays.
    groups.retain(|g| !g.paras.is_empty() || !g.photos.is_empty() || ov.added.iter().any(|a| a.key == g.key));
    if groups.is_empty() && !loose.is_empty() {
        groups.push(Group {
            key: "photos".into(),
            kind: GroupKind::Content,
            title: material.title(),
            title_source: Source::Exhibition { field: "title".into() },
            paras: Vec::new(),
            photos: Vec::new(),
            figures: Vec::new(),
        });
    }
    // The rest are spread in order, evenly: group i is filled up to its share of all photos so far. Boards the user
    // added get only the photos put on them (unless there is nothing else to spread them over).
    let is_added = |g: &Group| ov.added.iter().any(|a| a.key == g.key);
    let any_automatic = groups.iter().any(|g| !is_added(g));
    let is_target = |g: &Group| !any_automatic || !is_added(g);
    // Photos alone (no write-up) are a gallery already; else the sections choose (below), each as many photos as the
    // room beside its text. The loose photos belong to no section in particular: when the sections have room for
    // fewer, the best of them (chosen as a section chooses, over the room all of them have left) are spread, and the
    // others wait for the 活动剪影 boards, each with the section it falls in by its order.
    let only_photos = groups.len() == 1 && groups[0].key == "photos";
    let room_of = |g: &Group| {
        let spec = ov.groups.get(&g.key).and_then(|o| o.spec).unwrap_or(spec);
        let chars: usize = g.paras.iter().map(|p| p.text.chars().count()).sum();
        (select::section_room(&spec, chars), spec)
    };
    let mut unspread: Vec<PhotoSlot> = Vec::new();
    if !only_photos {
        let room_left: usize = groups
            .iter()
            .filter(|g| is_target(g))
            .map(|g| room_of(g).0.saturating_sub(g.photos.len()))
            .sum();
        let slots: Vec<PhotoSlot> = loose.iter().map(|(s, _)| s.clone()).collect();
        let (best, rest) = select::choose_for_section(slots, room_left, material, ov, &spec);
        if !rest.is_empty() {
            let best: std::collections::HashSet<usize> = best.iter().map(|s| s.index).collect();
            loose.retain(|(s, _)| best.contains(&s.index));
            unspread = rest;
        }
    }
    let mut targets: Vec<&mut Group> = groups.iter_mut().filter(|g| is_target(g)).collect();
    if !targets.is_empty() {
        let n = targets.len();
        let total = loose.len() + targets.iter().map(|g| g.photos.len()).sum::<usize>();
        let mut loose = loose.into_iter().peekable();
        let mut have = 0;
        for (i, g) in targets.iter_mut().enumerate() {
            have += g.photos.len();
            let target = if i + 1 == n {
                usize::MAX
            } else {
                ((i + 1) * total + n / 2) / n
            };
            while have < target {
                let Some((slot, pos)) = loose.next() else { break };
                let at = pos.unwrap_or(g.photos.len()).min(g.photos.len());
                g.photos.insert(at, slot);
                have += 1;
            }
        }
    }
    // The loose photos not spread: each with the section of the last spread photo before it (else the first).
    let mut not_chosen: Vec<(PhotoSlot, usize, BoardSpec)> = Vec::new(); // (slot, its section, the section's size)
    let mut spread_to: Vec<(usize, usize)> = Vec::new(); // (photo index, group)
    for (gi, g) in groups.iter().enumerate().filter(|(_, g)| is_target(g)) {
        spread_to.extend(g.photos.iter().map(|s| (s.index, gi)));
    }
    spread_to.sort_unstable();
    for slot in unspread {
        let before = spread_to
            .iter()
            .rev()
            .find(|(i, _)| *i < slot.index)
            .or(spread_to.first());
        if let Some(&(_, gi)) = before {
            not_chosen.push((slot, gi, room_of(&groups[gi]).1));
        }
    }
    // Per section, the photos that serve it (as many as the room beside its text); the rest go to the 活动剪影
    // boards at the end, or stay in the library when those are off.
    for (gi, g) in groups
        .iter_mut()
        .enumerate()
        .filter(|(_, g)| g.kind == GroupKind::Content && !only_photos)
    {
        let (room, spec) = room_of(g);
        let (keep, rest) = select::choose_for_section(std::mem::take(&mut g.photos), room, material, ov, &spec);
        g.photos = keep;
        not_chosen.extend(rest.into_iter().map(|slot| (slot, gi, spec)));
    }
    // In the order they were imported (the 活动剪影 boards keep it).
    not_chosen.sort_by_key(|(slot, ..)| slot.index);
    let gallery_spec = ov.groups.get(GALLERY).and_then(|o| o.spec).unwrap_or(spec);
    let mut gallery: Vec<(PhotoSlot, Option<usize>)> = Vec::new();
    let mut gallery_from: Vec<usize> = Vec::new(); // the section of each of `gallery`
    let mut kept_from_removed_gallery = false;
    for (slot, gi, spec) in not_chosen {
        let Some(p) = material.photos.get(slot.index) else {
            continue;
        };
        let (key, title) = (&groups[gi].key, &groups[gi].title);
        let ppi = select::ppi_at_min_area(p.width_px, p.height_px, &gallery_spec);
        // Too coarse to print anywhere: said so, as for a photo its section keeps (`select::leave_out_unprintable`).
        let section_ppi = select::ppi_at_min_area(p.width_px, p.height_px, &spec);
        if section_ppi < MIN_PPI {
            let reason = messages::left_out_low_resolution(section_ppi);
            out.left_out
                .push(LeftOut::of(p, LeftOutKind::LowResolution, None, reason));
            continue;
        }
        let reason = if !ex.gallery_on() {
            messages::left_out_not_chosen(title)
        } else if !gallery_on {
            kept_from_removed_gallery = true;
            messages::left_out_gallery_removed(title)
        } else if ppi < TARGET_PPI {
            messages::left_out_gallery_low_resolution(title, ppi)
        } else {
            gallery.push((slot, None));
            gallery_from.push(gi);
            continue;
        };
        out.left_out
            .push(LeftOut::of(p, LeftOutKind::NotChosen, Some(key.clone()), reason));
    }
    // Too few for a gallery (one or two photos make a thin board, not a gallery), or too small to fill its one
    // board (`gallery_back`): unless the user put photos there, they go back beside their sections' text, as the
    // flow pulls a （续） board's leftover photos back.
    if to_gallery.is_empty() && (gallery.len() < crate::critic::THIN_PHOTOS || gallery_back) {
        for ((slot, _), gi) in gallery.drain(..).zip(gallery_from) {
            groups[gi].photos.push(slot);
        }
    }
    // The 活动剪影 boards: a collection without a story's order, so like shapes share rows — portraits first, then
    // the wider the later (in the order they were imported among equals); those the user put there at their places.
    gallery.extend(to_gallery);
    gallery.sort_by_key(|(slot, pos)| {
        let shape = material
            .photos
            .get(slot.index)
            .map_or(0, |p| (p.aspect() * 1000.0).round() as i64);
        (pos.map_or((0, 0), |p| (1, p)), shape, slot.index)
    });
    // Deleted by the user while on: listed to restore when a photo would go there.
    if !gallery.is_empty() || kept_from_removed_gallery {
        let title_source = Source::Exhibition {
            field: format!("{GALLERY}-title"),
        };
        let title = text_of(title_source.clone(), messages::BOARD_GALLERY);
        if ov.is_removed(GALLERY) {
            out.removed.push(RemovedGroup {
                key: GALLERY.into(),
                title,
            });
        } else {
            let mut g = Group {
                key: GALLERY.into(),
                kind: GroupKind::Gallery,
                title,
                title_source,
                paras: Vec::new(),
                photos: Vec::new(),
                figures: Vec::new(),
            };
            for (slot, pos) in gallery {
                let at = pos.unwrap_or(g.photos.len()).min(g.photos.len());
                g.photos.insert(at, slot);
            }
            groups.push(g);
        }
    }
    // Merges: a merged group's title becomes a heading inside the previous group.
    for key in ov.merges.iter().filter(|k| !ov.is_removed(k)) {
        if let Some(i) = groups.iter().position(|g| &g.key == key).filter(|i| *i > 0) {
            let g = groups.remove(i);
            let prev = &mut groups[i - 1];
            prev.paras.push(Para {
                role: TextRole::Heading2,
                text: g.title,
                source: g.title_source,
                continued: false,
            });
            prev.paras.extend(g.paras);
            prev.photos.extend(g.photos);
            crate::figures::extend_unique(&mut prev.figures, &g.figures);
        } else {
            out.notes.push(messages::unknown_board(key));
        }
    }
    // Order: listed groups first, in the listed order.
    if !ov.order.is_empty() {
        let rank = |g: &Group| ov.order.iter().position(|k| k == &g.key).unwrap_or(usize::MAX);
        groups.sort_by_key(rank);
    }
    if drafted {
        // the pictures the boards will show: those the groups kept that print at their board's size
        let spec_of = |g: &Group| ov.groups.get(&g.key).and_then(|o| o.spec).unwrap_or(spec);
        let shown = groups
            .iter()
            .flat_map(|g| g.photos.iter().map(move |slot| (g, slot)))
            .filter(|(g, slot)| {
                material
                    .photos
                    .get(slot.index)
                    .is_some_and(|p| select::printable(p, &spec_of(g), ov))
            })
            .count();
        preface.paras = lines_as_paras(
            &crate::preface::draft_preface(material, shown),
            Source::Exhibition {
                field: "preface".into(),
            },
        );
    }
    if ov.is_removed("preface") {
        if !preface.paras.is_empty() {
            out.removed.insert(
                0,
                RemovedGroup {
                    key: preface.key,
                    title: preface.title,
                },
            );
        }
    } else if !preface.paras.is_empty() {
        groups.insert(0, preface);
    }
    // The title board, when asked for and there is a title to set (the user's, else the first write-up's).
    if ex.title_board_on() && !material.title().trim().is_empty() {
        let title = Group {
            key: "title".into(),
            kind: GroupKind::Title,
            title: messages::BOARD_TITLE.into(),
            title_source: Source::Theme,
            paras: Vec::new(),
            photos: Vec::new(),
            figures: Vec::new(),
        };
        if ov.is_removed("title") {
            out.removed.insert(
                0,
                RemovedGroup {
                    key: title.key,
                    title: title.title,
                },
            );
        } else {
            groups.insert(0, title);
        }
    }
    let closing = ov
        .text(&Source::Exhibition {
            field: "closing".into(),
        })
        .or(ex.closing.as_deref());
    match closing.filter(|c| !c.trim().is_empty()) {
        Some(_) if ov.is_removed("closing") => out.removed.push(RemovedGroup {
            key: "closing".into(),
            title: messages::BOARD_CLOSING.into(),
        }),
        None if ov.is_removed("closing") => {}
        Some(c) => groups.push(Group {
            key: "closing".into(),
            kind: GroupKind::Closing,
            title: messages::BOARD_CLOSING.into(),
            title_source: Source::Theme,
            paras: lines_as_paras(
                c,
                Source::Exhibition {
                    field: "closing".into(),
                },
            ),
            photos: Vec::new(),
            figures: Vec::new(),
        }),
        None => out.notes.push(messages::no_closing()),
    }
    crate::chrome::guard(&mut groups, material, ov, &mut out.notes);
    out.groups = groups;
    let not_chosen = std::mem::take(&mut out.left_out);
    out.left_out = selection.left_out;
    out.left_out.extend(not_chosen);
    out
}
