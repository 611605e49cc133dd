//! The whole exhibition: groups (from planning) poured onto boards — as much of a group as fits at the minimum
//! legible sizes goes on its board, the rest flows onto （续） boards, splitting a paragraph at a sentence end when
//! needed — then numbering, frames and the summary. Composed boards are memoised by their content, so a re-layout
//! after a small edit recomposes only the boards whose content changed.
//!
//! Owns the flow of content across boards and the engine's memo; it must not compose a board itself.

use std::hash::{Hash, Hasher};

use serde::{Deserialize, Serialize};
use zhanban_frames::{Frames, ItemKind, TextRole, MM_PER_PT};

use crate::compose::{self, BoardInput, Composed, Overflow};
use crate::critic;
use crate::error::LayoutError;
use crate::gallery::Emphasis;
use crate::memo::Memo;
use crate::messages;
use crate::model::Material;
use crate::overrides::Overrides;
use crate::plan::{self, Group, Para, PhotoSlot};
use crate::presets::{BoardSpec, MIN_PHOTO_SHARE, MIN_PPI, TARGET_PPI, TEXT_ONLY_MAX_SCALE};
use crate::summary::{BoardGroup, BoardSummary, LowResolution, OpenSlotSummary, Summary, Unplaced};
use crate::text::{CachedSetter, TextSetter};
use crate::theme::Theme;
use zhanban_frames::Source;

/// The exhibition-wide defaults (each group may override them).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LayoutSettings {
    pub spec: BoardSpec,
    /// Theme id: 党建红, 党建白, 政务蓝 or 简约白.
    pub theme: String,
}

impl Default for LayoutSettings {
    fn default() -> Self {
        LayoutSettings {
            spec: BoardSpec::new(1200.0, 900.0),
            theme: "党建红".into(),
        }
    }
}

/// Frames for every board and the summary.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LayoutResult {
    pub frames: Frames,
    pub summary: Summary,
}

/// The layout engine: a (memoised) text setter and a memo of composed boards. Keep one per open project.
pub struct LayoutEngine<S: TextSetter> {
    setter: CachedSetter<S>,
    memo: Memo<u64, Result<Composed, Overflow>>,
}

impl<S: TextSetter> LayoutEngine<S> {
    pub fn new(setter: S) -> Self {
        LayoutEngine {
            setter: CachedSetter::new(setter),
            memo: Memo::new(),
        }
    }

    pub fn setter(&self) -> &CachedSetter<S> {
        &self.setter
    }

    /// Forgets composed boards (keeps set text): the next layout recomposes every board.
    pub fn forget_boards(&self) {
        self.memo.clear();
    }

    /// Plans (or re-plans) and composes every board.
    pub fn layout(
        &self,
        material: &Material,
        settings: &LayoutSettings,
        ov: &Overrides,
    ) -> Result<LayoutResult, LayoutError> {
        settings.spec.validate()?;
        for (i, p) in material.photos.iter().enumerate() {
            if p.width_px == 0 || p.height_px == 0 {
                let name = if p.file_name.is_empty() {
                    format!("#{i}")
                } else {
                    p.file_name.clone()
                };
                return Err(LayoutError::BadPhoto(name));
            }
        }
        let default_theme = Theme::by_id(&settings.theme)?;
        let plan_with = |gallery_back: bool| {
            let mut plan = plan::plan_with(material, ov, settings.spec, gallery_back);
            crate::select::leave_out_unprintable(&mut plan, material, ov, |key| {
                ov.groups.get(key).and_then(|g| g.spec).unwrap_or(settings.spec)
            });
            plan
        };
        let mut plan = plan_with(false);
        let mut summary = Summary {
            notes: plan.notes.clone(),
            removed: plan.removed.clone(),
            left_out: plan.left_out.clone(),
            ..Default::default()
        };
        let ex = &material.exhibition;
        let title = ov
            .text(&zhanban_frames::Source::Exhibition { field: "title".into() })
            .map(str::to_string)
            .unwrap_or_else(|| material.title());
        let organiser = [ex.organiser.as_deref(), ex.date.as_deref()]
            .into_iter()
            .flatten()
            .filter(|s| !s.trim().is_empty())
            .collect::<Vec<_>>()
            .join("  ");
        // A 活动剪影 board its photos cannot fill (one board, still holed over the critic's limit after its larger
        // sizes and crops: too few photos at 100 ppi for the board) is not made; they go back beside their
        // sections' text (issue 15 point 2). Not when the user put photos there.
        let placed_there = ov.photos.values().any(|po| po.group.as_deref() == Some(plan::GALLERY));
        if let (false, Some(g)) = (
            placed_there,
            plan.groups.iter().find(|g| g.kind == plan::GroupKind::Gallery),
        ) {
            let go = ov.groups.get(&g.key).cloned().unwrap_or_default();
            let theme = match &go.theme {
                Some(id) => Theme::by_id(id)?,
                None => default_theme.clone(),
            };
            let ctx = GroupCtx {
                material,
                spec: go.spec.unwrap_or(settings.spec),
                theme: &theme,
                body_pt: None,
                title: &title,
                organiser: &organiser,
                ov,
            };
            let (boards, _) = self.fill(g, &ctx, &mut Summary::default())?;
            if let [(_, only)] = boards.as_slice() {
                if only.metrics.bare_hole > crate::critic::HOLE_MAX {
                    plan = plan_with(true);
                    summary.notes = plan.notes.clone();
                    summary.removed = plan.removed.clone();
                    summary.left_out = plan.left_out.clone();
                }
            }
        }
        let mut frames = Frames::default();
        let groups = plan.groups.clone();
        let mut gi = 0;
        while gi < groups.len() {
            let g = &groups[gi];
            let go = ov.groups.get(&g.key).cloned().unwrap_or_default();
            let spec = go.spec.unwrap_or(settings.spec);
            spec.validate()?;
            let theme = match &go.theme {
                Some(id) => Theme::by_id(id)?,
                None => default_theme.clone(),
            };
            let min = spec.min_sizes();
            let body_pt = go.body_pt.map(|pt| {
                if pt < min.body {
                    summary.notes.push(messages::pinned_below_minimum(pt, min.body));
                }
                pt.max(min.body)
            });
            let ctx = GroupCtx {
                material,
                spec,
                theme: &theme,
                body_pt,
                title: &title,
                organiser: &organiser,
                ov,
            };
            // A short section shares its board with the next section(s) of its write-up (with its heading) when
            // that saves a board; group keys stay as they are (the summary lists every group on a board).
            let (boards, parts, used) = self.fill_joined(&groups[gi..], &ctx, &mut summary)?;
            gi += used;
            let key = parts[0].key.clone();
            for (id, c) in boards {
                let mut frame = std::sync::Arc::unwrap_or_clone(c.frame);
                frame.number = frames.boards.len() + 1;
                frame.id = id.clone();
                let mut photos = Vec::new();
                let mut min_ppi: Option<f64> = None;
                for i in &frame.items {
                    let (ItemKind::Image(img), zhanban_frames::Source::Photo { hash }) = (&i.kind, &i.source) else {
                        continue;
                    };
                    let Some(p) = material.photos.iter().find(|p| &p.hash == hash) else {
                        continue; // the logo
                    };
                    photos.push(p.file_name.clone());
                    let ppi = img.effective_ppi();
                    min_ppi = Some(min_ppi.map_or(ppi, |m| m.min(ppi)));
                    // "About 100 ppi": half a ppi of rounding is not worth a warning.
                    if ppi < TARGET_PPI - 0.5 {
                        let error = ppi < MIN_PPI;
                        summary.low_resolution.push(LowResolution {
                            board: id.clone(),
                            number: frame.number,
                            file_name: p.file_name.clone(),
                            hash: p.hash.clone(),
                            ppi: (ppi * 10.0).round() / 10.0,
                            error,
                            reason: if error {
                                messages::too_low_resolution(ppi)
                            } else {
                                messages::low_resolution(ppi)
                            },
                        });
                    }
                }
                let (mut paras, mut chars) = (std::collections::BTreeSet::new(), 0);
                for i in &frame.items {
                    if let ItemKind::Text(b) = &i.kind {
                        if matches!(b.role, TextRole::Body | TextRole::Heading2 | TextRole::Caption) {
                            chars += b.runs.iter().map(|r| r.text().chars().count()).sum::<usize>();
                            if b.role != TextRole::Caption {
                                paras.insert(format!("{:?}", i.source));
                            }
                        }
                    }
                }
                summary.boards.push(BoardSummary {
                    number: frame.number,
                    id,
                    group: key.clone(),
                    groups: groups_on_board(&frame, &parts),
                    name: frame.name.clone(),
                    width: frame.width,
                    height: frame.height,
                    theme: theme.id.clone(),
                    paragraphs: paras.len(),
                    characters: chars,
                    photos,
                    body_pt: c.metrics.body_pt,
                    coverage: c.metrics.coverage,
                    mean_crop: c.metrics.mean_crop,
                    fill: c.metrics.fill,
                    min_ppi,
                    arrangement: c.metrics.arrangement,
                    arrangements: c.metrics.arrangements,
                });
                frames.boards.push(frame);
            }
        }
        for s in plan.open_slots {
            summary.open_slots.push(OpenSlotSummary {
                group: s.group,
                text: s.text,
                reason: messages::open_slot(),
            });
        }
        // What layouts no longer use is forgotten (crate::memo): composed boards and set text after one layout
        // without them; shaped paragraphs live longer (typeset_adapter), so that an edit recomposing a board taken
        // from the memo for a while breaks its other paragraphs again without shaping them.
        self.memo.retire();
        self.setter.retire();
        Ok(LayoutResult { frames, summary })
    }

    fn compose_memo(
        &self,
        input: &BoardInput<'_>,
        material: &Material,
    ) -> Result<Result<Composed, Overflow>, LayoutError> {
        let mut h = std::hash::BuildHasher::build_hasher(&foldhash::quality::FixedState::with_seed(0));
        serde_json::to_vec(input).unwrap_or_default().hash(&mut h);
        for s in input.photos {
            if let Some(p) = material.photos.get(s.index) {
                (&p.hash, p.width_px, p.height_px, p.orientation).hash(&mut h);
            }
        }
        let key = h.finish();
        if let Some(r) = self.memo.get(&key) {
            return Ok(r);
        }
        let r = compose::compose(input, &material.photos, &self.setter)?;
        self.memo.insert(key, r.clone());
        Ok(r)
    }

    /// Fills the first of `groups`, joined with the next sections of its write-up (each next section's heading
    /// opens its part of the board) while the run's last board has a hole (its largest empty rectangle over
    /// [`critic::HOLE_GOAL`] of the body) — or while the next section is its write-up's last and would stand alone
    /// on a board with a hole, nothing after it to share with — and the next section fits on that last board with
    /// what it holds (one composition per attempt, so a re-layout stays quick). Returns the boards, the sections on
    /// them and how many groups were used.
    fn fill_joined(&self, groups: &[Group], ctx: &GroupCtx<'_>, summary: &mut Summary) -> Result<Joined, LayoutError> {
        let first = &groups[0];
        let mut parts = vec![Part::of(first, ctx.material)];
        let mut trial = Summary::default();
        let (mut boards, mut taken) = self.fill(first, ctx, &mut trial)?;
        let mut joined = first.clone();
        let mut used = 1;
        let mut before_across = None;
        // A board filled only by text set beyond the text-only range (its display size, see `compose::compose`)
        // counts as holed too: sharing it with the next section comes first.
        // A wide board filled only by text set beyond the text-only range (its display size) counts as holed too:
        // sharing it with the next section comes first. (Wide boards only: on other presets asking cost every
        // re-layout 4 ms, measured again in this round: 13.0 → 17.6 ms.)
        let display = if ctx.spec.width >= 1.8 * ctx.spec.height {
            TEXT_ONLY_MAX_SCALE * ctx.spec.min_sizes().body + 0.01
        } else {
            f64::INFINITY
        };
        // So does a board filled by a pull quote (crate::quote) or its text set in a panel (a short report alone): a
        // filler, where sharing the board saves one.
        let holed = |b: &[(String, Composed)]| {
            b.last().is_some_and(|(_, c)| {
                c.metrics.bare_hole > critic::HOLE_GOAL
                    || c.metrics.body_pt > display
                    || c.frame.items.iter().any(|i| i.id == "pull-quote" || i.id == "panel")
            })
        };
        while used < groups.len() && taken.len() == boards.len() {
            let next = &groups[used];
            let last_of_writeup = groups.get(used + 1).is_none_or(|after| !joinable(next, after, ctx.ov));
            // A short write-up of its own (one group) shares the board before it, from another write-up, only when
            // both would be holed: two half-empty boards become one (a 82-character report with two photos left
            // two thirds of a 2400×1200 board empty).
            let across = !joinable(&groups[used - 1], next, ctx.ov);
            // Across write-ups: the worse hole of the two boards apart, which the shared board must not exceed.
            let mut worse = None;
            if across {
                // (a write-up without a title of its own, standing in with the exhibition's, has no heading to open
                // its part of a shared board: the exhibition title as a subhead reads as a mistake)
                let titled = next.title.trim() != ctx.title.trim();
                if !(titled && joinable_across(&groups[used - 1], next, ctx.ov) && last_of_writeup) {
                    break;
                }
                // ... or when either alone would be holed over the limit (a short report whose photos at their
                // resolution limit leave a void no text size fills): sharing comes before printing a board a
                // fifth empty, whatever the other holds — when both fit on one and the shared board is not worse.
                let hole = |b: &[(String, Composed)]| b.last().map_or(0.0, |(_, c)| c.metrics.bare_hole);
                let (alone, _) = self.fill(next, ctx, &mut Summary::default())?;
                let over = hole(&boards).max(hole(&alone)) > critic::HOLE_MAX;
                if !(alone.len() == 1 && (holed(&boards) && holed(&alone) || over)) {
                    break;
                }
                worse = Some(hole(&boards).max(hole(&alone)));
            } else if !holed(&boards) {
                // A full run takes its write-up's last section in only when that section alone would leave a hole.
                if !last_of_writeup {
                    break;
                }
                let (alone, _) = self.fill(next, ctx, &mut Summary::default())?;
                if !(alone.len() == 1 && holed(&alone)) {
                    break;
                }
            }
            // (the run as it was, should the report after this one be left alone, holed: see below)
            let snapshot = across.then(|| (boards.clone(), parts.clone(), joined.clone(), used));
            let mut g = joined.clone();
            let heading = Para {
                role: TextRole::Heading2,
                text: next.title.clone(),
                source: next.title_source.clone(),
                continued: false,
            };
            g.paras.push(heading.clone());
            g.paras.extend(next.paras.iter().cloned());
            g.photos.extend(next.photos.iter().cloned());
            crate::figures::extend_unique(&mut g.figures, &next.figures);
            // The run's last board with the next section after what it holds, on one board.
            let last = boards.len() - 1;
            let (mut ps, mut phs, figs) = taken[last].clone();
            ps.push(heading);
            ps.extend(next.paras.iter().cloned());
            phs.extend(next.photos.iter().cloned());
            let Ok(c) = self.compose_board(&g, ctx, last, figs, &ps, &phs, false)? else {
                break;
            };
            if worse.is_some_and(|w| c.metrics.bare_hole > critic::HOLE_MAX && c.metrics.bare_hole >= w) {
                break;
            }
            boards[last] = (board_id(&g, last), c);
            taken[last] = (ps, phs, figs);
            parts.push(Part::of(next, ctx.material));
            note_figures_left(&mut trial.notes, &g, &boards);
            joined = g;
            used += 1;
            before_across = snapshot;
        }
        // The run took in reports from other write-ups and left the next alone on a board holed over the limit (three
        // short reports on one crowded roll-up, the fourth a quarter empty — lead's look, 800×2000): the run gives up
        // the last it took when its board stays within the limit without it and that one and the next share a board
        // well (the next run pairs them).
        if let Some((b, p, j, u)) = before_across.take() {
            let within = b.last().is_some_and(|(_, c)| c.metrics.bare_hole <= critic::HOLE_MAX);
            if u == used - 1 && within && self.pairs_with_the_next(groups, u, ctx)? {
                (boards, parts, used) = (b, p, u);
                note_figures_left(&mut trial.notes, &j, &boards);
            }
        }
        summary.notes.append(&mut trial.notes);
        summary.unplaced.append(&mut trial.unplaced);
        Ok((boards, parts, used))
    }

    /// Whether `groups[i]`, a short write-up of its own, would better share a board with the one after it: that one
    /// is a short write-up of its own too, alone on its board with a hole over [`critic::HOLE_MAX`], and a run from
    /// `groups[i]` takes it onto a board that is not.
    fn pairs_with_the_next(&self, groups: &[Group], i: usize, ctx: &GroupCtx<'_>) -> Result<bool, LayoutError> {
        let (next, Some(after)) = (&groups[i], groups.get(i + 1)) else {
            return Ok(false);
        };
        let single = groups.get(i + 2).is_none_or(|a| !joinable(after, a, ctx.ov));
        if joinable(next, after, ctx.ov) || !single || !joinable_across(next, after, ctx.ov) {
            return Ok(false);
        }
        if after.title.trim() == ctx.title.trim() {
            return Ok(false);
        }
        let hole = |b: &Filled| b.0.last().map_or(0.0, |(_, c)| c.metrics.bare_hole);
        let alone = self.fill(after, ctx, &mut Summary::default())?;
        if alone.0.len() != 1 || hole(&alone) <= critic::HOLE_MAX {
            return Ok(false);
        }
        // (as the next run would join them: it must take the one left alone onto a board within the limit)
        let (boards, _, used) = self.fill_joined(&groups[i..], ctx, &mut Summary::default())?;
        Ok(used >= 2
            && boards
                .last()
                .is_some_and(|(_, c)| c.metrics.bare_hole <= critic::HOLE_MAX))
    }

    /// Board `cont` of group `g` with these paragraphs and photos, its key figures from `figs` on; `sparse`: a
    /// photo block that does not fill its area beside the text is accepted as a last resort.
    #[allow(clippy::too_many_arguments)]
    fn compose_board(
        &self,
        g: &Group,
        ctx: &GroupCtx<'_>,
        cont: usize,
        figs: usize,
        ps: &[Para],
        phs: &[PhotoSlot],
        sparse: bool,
    ) -> Result<Result<Composed, Overflow>, LayoutError> {
        let name = if cont == 0 {
            g.title.clone()
        } else {
            format!("{}{}", g.title, messages::CONTINUED)
        };
        let input = BoardInput {
            id: String::new(),
            number: 0,
            name,
            title_source: g.title_source.clone(),
            exhibition_title: ctx.title.to_string(),
            organiser: ctx.organiser.to_string(),
            paras: ps,
            photos: phs,
            figures: g.figures.get(figs..).unwrap_or(&[]),
            spec: ctx.spec,
            theme: ctx.theme,
            body_pt: ctx.body_pt,
            arrangement: ctx.ov.arrangements.get(&board_id(g, cont)).copied().unwrap_or(0),
            logo: ctx.material.exhibition.logo.as_ref(),
            background: ctx.material.exhibition.background.as_ref(),
            sparse,
            whole: cont == 0 && ps == g.paras.as_slice() && phs.len() == g.photos.len(),
            cover: (g.kind == plan::GroupKind::Title).then(|| {
                let ex = &ctx.material.exhibition;
                (ex.organiser.as_deref().unwrap_or(""), ex.date.as_deref().unwrap_or(""))
            }),
        };
        self.compose_memo(&input, ctx.material)
    }

    /// Pours one group onto as many boards as it needs.
    fn fill(&self, g: &Group, ctx: &GroupCtx<'_>, summary: &mut Summary) -> Result<Filled, LayoutError> {
        let mut out = Vec::new();
        let mut paras: Vec<Para> = g.paras.clone();
        let mut photos: Vec<PhotoSlot> = g.photos.clone();
        let spec = ctx.spec;
        let Estimates {
            body_area,
            text_cap,
            kmax,
        } = Estimates::of(&spec);
        let mut cont = 0usize;
        let mut figs_shown = 0usize;
        // At most this many photos are tried on one board with text at once (beyond it the minimum area fails).
        let kmax_all = ((body_area / (1.1 * spec.area() * MIN_PHOTO_SHARE)).floor() as usize).max(1);
        let board_id = |cont: usize| board_id(g, cont);
        let compose_at = |cont: usize,
                          figs: usize,
                          ps: &[Para],
                          phs: &[PhotoSlot],
                          sparse: bool|
         -> Result<Result<Composed, Overflow>, LayoutError> {
            self.compose_board(g, ctx, cont, figs, ps, phs, sparse)
        };
        // What each board took (paragraphs as placed, photos, first key figure), for the thin-board pass below.
        let mut taken: Vec<Taken> = Vec::new();
        // An empty group (a board the user just added) still gets its board, to fill.
        while out.is_empty() || !paras.is_empty() || !photos.is_empty() {
            let id = board_id(cont);
            // Key figures on the group's first board; those it cannot show go on its （续） board.
            let figs_from = figs_shown;
            let attempt = |ps: &[Para], phs: &[PhotoSlot]| compose_at(cont, figs_from, ps, phs, false);
            if paras.is_empty() && photos.is_empty() {
                if let Ok(c) = attempt(&[], &[])? {
                    out.push((id, c));
                }
                break;
            }
            let chars_left: usize = paras.iter().map(|p| p.text.chars().count()).sum();
            let boards_left = (chars_left as f64 / text_cap)
                .ceil()
                .max(photos.len().div_ceil(kmax) as f64)
                .max(1.0) as usize;
            let mut k = photos.len().div_ceil(boards_left).min(kmax).min(photos.len());
            if paras.is_empty() {
                // Photos only: fuller boards, the photos shared evenly between them.
                let kmax_only = ((body_area / (1.2 * spec.area() * MIN_PHOTO_SHARE)).floor() as usize).max(1);
                k = photos.len().div_ceil(photos.len().div_ceil(kmax_only));
            }
            // Everything that is left on this board, when it fits: a section's photos stay beside its text.
            let whole = if !paras.is_empty() && k < photos.len() && photos.len() <= kmax_all {
                attempt(&paras, &photos)?.ok()
            } else {
                None
            };
            let whole_fits = whole.is_some();
            if whole_fits {
                k = photos.len();
            }
            let placed = if let Some(c) = whole {
                Some((c, paras.len(), None))
            } else {
                loop {
                    match attempt(&paras, &photos[..k])? {
                        Ok(c) => break Some((c, paras.len(), None)),
                        Err(Overflow::Photos) if k > 0 && !(k == 1 && paras.is_empty()) => {
                            k -= 1;
                            if paras.is_empty() && k > 0 {
                                // Photos only: share them evenly between the boards they need at k per board.
                                k = photos.len().div_ceil(photos.len().div_ceil(k));
                            }
                            continue;
                        }
                        Err(Overflow::Photos) if k > 0 => break None,
                        Err(_) => {}
                    }
                    // The text overflows: the longest run of whole paragraphs that fits, then part of the next.
                    let (mut lo, mut hi) = (0usize, paras.len());
                    let mut best: Option<Composed> = None;
                    while hi - lo > 1 {
                        let mid = (lo + hi) / 2;
                        match attempt(&paras[..mid], &photos[..k])? {
                            Ok(c) => {
                                lo = mid;
                                best = Some(c);
                            }
                            Err(_) => hi = mid,
                        }
                    }
                    let n = lo;
                    if let Some(next) = paras.get(n) {
                        let cuts = sentence_cuts(&next.text);
                        let (mut clo, mut chi) = (0usize, cuts.len() + 1);
                        let mut part: Option<(Composed, usize)> = None;
                        while chi - clo > 1 {
                            let mid = (clo + chi) / 2;
                            let mut trial: Vec<Para> = paras[..n].to_vec();
                            trial.push(Para {
                                text: next.text[..cuts[mid - 1]].to_string(),
                                ..next.clone()
                            });
                            match attempt(&trial, &photos[..k])? {
                                Ok(c) => {
                                    clo = mid;
                                    part = Some((c, cuts[mid - 1]));
                                }
                                Err(_) => chi = mid,
                            }
                        }
                        if let Some((c, cut)) = part {
                            break Some((c, n, Some(cut)));
                        }
                    }
                    if let Some(c) = best {
                        break Some((c, n, None));
                    }
                    if k > 0 {
                        k -= 1;
                        continue;
                    }
                    break None;
                }
            };
            let placed = match placed {
                Some(p) if !whole_fits && !paras.is_empty() => {
                    Some(self.rebalance(p, &paras, &photos, &mut k, text_cap, &attempt)?)
                }
                other => other,
            };
            match placed {
                Some((c, n, cut)) => {
                    let mut rest: Vec<Para> = paras.split_off(n);
                    let mut here = paras.clone();
                    if let Some(cut) = cut {
                        if let Some(first) = rest.first_mut() {
                            here.push(Para {
                                text: first.text[..cut].to_string(),
                                ..first.clone()
                            });
                            first.text = first.text[cut..].to_string();
                            first.continued = true;
                        }
                    }
                    taken.push((here, photos[..k].to_vec(), figs_from));
                    paras = rest;
                    photos.drain(..k);
                    figs_shown += c.metrics.figures_shown;
                    out.push((id, c));
                    cont += 1;
                }
                None => {
                    // Nothing fits even alone on an empty board: report it, never drop it silently.
                    if paras.is_empty() {
                        let p = photos.remove(0);
                        let (file_name, hash) = ctx
                            .material
                            .photos
                            .get(p.index)
                            .map(|x| (x.file_name.clone(), x.hash.clone()))
                            .unwrap_or_default();
                        summary.unplaced.push(Unplaced::Photo {
                            group: g.key.clone(),
                            file_name,
                            hash,
                            reason: messages::unplaced_photo(),
                        });
                    } else {
                        let p = paras.remove(0);
                        let n = p.text.chars().count();
                        summary.unplaced.push(Unplaced::Text {
                            group: g.key.clone(),
                            text: p.text,
                            reason: messages::unplaced_text(n),
                        });
                    }
                }
            }
        }
        let joined = self.no_thin_boards(&mut out, &mut taken, &compose_at)?;
        if joined {
            for (j, (id, _)) in out.iter_mut().enumerate() {
                *id = board_id(j);
            }
        }
        self.no_holed_end(&mut out, &mut taken, &compose_at)?;
        // A photo the user placed or made larger or smaller stays where it is.
        let fixed = |s: &PhotoSlot| {
            s.emphasis != Emphasis::Normal
                || ctx
                    .material
                    .photos
                    .get(s.index)
                    .is_none_or(|p| ctx.ov.photos.get(&p.hash).is_some_and(|o| o.position.is_some()))
        };
        let portrait = |s: &PhotoSlot| ctx.material.photos.get(s.index).is_some_and(|p| p.aspect() < 1.0);
        self.no_holed_gallery(&mut out, &mut taken, &compose_at, &fixed, &portrait)?;
        self.no_thin_end(&mut out, &mut taken, &compose_at)?;
        self.no_heading_at_foot(&mut out, &mut taken, &compose_at)?;
        let left = figures_left(g, &out);
        if left > 0 {
            summary.notes.push(messages::figures_not_shown(left));
        }
        Ok((out, taken))
    }

    /// Every thin （续） board (under [`critic::THIN_CHARS`] characters and under [`critic::THIN_PHOTOS`] photos)
    /// goes back onto the board before it when everything fits there, else takes the board after it in when both
    /// fit on one. True when boards were joined (the caller renumbers them).
    fn no_thin_boards(
        &self,
        out: &mut Vec<(String, Composed)>,
        taken: &mut Vec<Taken>,
        compose_at: &ComposeAt<'_>,
    ) -> Result<bool, LayoutError> {
        if out.len() != taken.len() {
            return Ok(false);
        }
        let mut joined = false;
        let mut i = 1;
        while i < out.len() {
            if !is_thin(&taken[i]) {
                i += 1;
                continue;
            }
            let mut here = false;
            for first in [i - 1, i] {
                let Some((b, bph, _)) = taken.get(first + 1).cloned() else {
                    continue;
                };
                let (a, aph, f) = taken[first].clone();
                let paras = join_paras(&a, &b);
                let photos: Vec<PhotoSlot> = aph.into_iter().chain(bph).collect();
                // The joined board shows the key figures both showed (the next boards start after them).
                let figs = out[first].1.metrics.figures_shown + out[first + 1].1.metrics.figures_shown;
                if let Ok(c) = compose_at(first, f, &paras, &photos, true)? {
                    if c.metrics.figures_shown != figs {
                        continue;
                    }
                    out[first].1 = c;
                    taken[first] = (paras, photos, f);
                    out.remove(first + 1);
                    taken.remove(first + 1);
                    here = true;
                    break;
                }
            }
            // Each join removes a board, so this ends; the board now at `i` is looked at again.
            joined |= here;
            if !here {
                i += 1;
            }
        }
        Ok(joined)
    }

    /// The last two boards of a group, when either has a largest empty rectangle over [`critic::HOLE_MAX`] of its
    /// body (a short tail and a photo or two that may not grow, or a first board left short by the pour), become one
    /// board when everything fits there — photos placed in what the text leaves, if need be (the last resort) —
    /// and that one board has a smaller hole than the worse of the two: a board that cannot be filled is merged, not
    /// printed half empty (its key figures then as it shows them; the rest stay in the text and are noted). Else the
    /// board before gives the last its last paragraph or two, or photo or two, when that makes the worse hole of the
    /// two smaller and no key figure shown before is lost (a （续） board of one paragraph and one small photo, its
    /// lower half empty, took nothing before; nor one that would then show more figures).
    fn no_holed_end(
        &self,
        out: &mut Vec<(String, Composed)>,
        taken: &mut Vec<Taken>,
        compose_at: &ComposeAt<'_>,
    ) -> Result<bool, LayoutError> {
        if out.len() != taken.len() || out.len() < 2 {
            return Ok(false);
        }
        let last = out.len() - 1;
        let worse = out[last].1.metrics.bare_hole.max(out[last - 1].1.metrics.bare_hole);
        if worse <= critic::HOLE_MAX {
            return Ok(false);
        }
        let (prev_p, prev_ph, prev_f) = taken[last - 1].clone();
        let (last_p, last_ph, _) = taken[last].clone();
        let all = join_paras(&prev_p, &last_p);
        let photos: Vec<PhotoSlot> = prev_ph.iter().chain(&last_ph).cloned().collect();
        let figs = out[last - 1].1.metrics.figures_shown + out[last].1.metrics.figures_shown;
        if let Ok(c) = compose_at(last - 1, prev_f, &all, &photos, true)? {
            if c.metrics.bare_hole < worse {
                out.pop();
                taken.pop();
                out[last - 1].1 = c;
                taken[last - 1] = (all, photos, prev_f);
                return Ok(true);
            }
        }
        // Else the two boards share what they hold more evenly, as a designer would fill the second: the board
        // before gives its last paragraph or two, or its last photo or two, to the holed one (it keeps some text,
        // or three photos); the move whose worse hole is the smallest is kept when it beats the worse of the two.
        let mut moves: Vec<(Taken, Taken)> = Vec::new();
        for k in 1..=2usize.min(prev_p.len().saturating_sub(1)) {
            let keep = prev_p[..prev_p.len() - k].to_vec();
            let moved = join_paras(&prev_p[prev_p.len() - k..], &last_p);
            moves.push(((keep, prev_ph.clone(), prev_f), (moved, last_ph.clone(), 0)));
        }
        // Photos move only to a board holding fewer than three (a gallery of its own is left as it is).
        let photo_moves = if last_ph.len() < critic::THIN_PHOTOS { 2 } else { 0 };
        for m in 1..=photo_moves.min(prev_ph.len()) {
            let left = prev_ph.len() - m;
            // (A photo the user made larger or smaller stays where it was given its room.)
            if left == 0 && prev_p.is_empty()
                || prev_p.is_empty() && left < critic::THIN_PHOTOS
                || prev_ph[left..].iter().any(|p| p.emphasis != Emphasis::Normal)
            {
                continue;
            }
            let moved: Vec<PhotoSlot> = prev_ph[left..].iter().chain(&last_ph).cloned().collect();
            moves.push((
                (prev_p.clone(), prev_ph[..left].to_vec(), prev_f),
                (last_p.clone(), moved, 0),
            ));
        }
        let mut best: Option<(f64, Composed, Composed, Taken, Taken)> = None;
        for ((ap, aph, af), (bp, bph, _)) in moves {
            // Neither board may come out thin (the board before counts when it is a （续） board itself).
            if is_thin(&(bp.clone(), bph.clone(), 0)) || last > 1 && is_thin(&(ap.clone(), aph.clone(), af)) {
                continue;
            }
            let Ok(a) = compose_at(last - 1, af, &ap, &aph, false)? else {
                continue;
            };
            let bf = af + a.metrics.figures_shown;
            let Ok(b) = compose_at(last, bf, &bp, &bph, true)? else {
                continue;
            };
            let hole = a.metrics.bare_hole.max(b.metrics.bare_hole);
            if a.metrics.figures_shown + b.metrics.figures_shown < figs
                || hole >= worse - 0.01
                || best.as_ref().is_some_and(|(h, ..)| *h <= hole)
            {
                continue;
            }
            best = Some((hole, a, b, (ap, aph, af), (bp, bph, bf)));
        }
        let Some((_, a, b, ta, tb)) = best else {
            return Ok(false);
        };
        out[last - 1].1 = a;
        out[last].1 = b;
        taken[last - 1] = ta;
        taken[last] = tb;
        Ok(true)
    }

    /// A run of photo-only boards (the 活动剪影) whose board has a hole over [`critic::HOLE_MAX`] — the boards share
    /// their photos in order of shape, so one may get every portrait and no rows that fill it — trades with a
    /// neighbour as a designer would: a portrait for a landscape, or one photo moved over (each board keeps three),
    /// the trade whose worse hole of the two is smallest, while it beats the worse of the two before (a few
    /// rounds). `fixed`: photos that stay where they are; `portrait`: a photo's shape.
    fn no_holed_gallery(
        &self,
        out: &mut [(String, Composed)],
        taken: &mut [Taken],
        compose_at: &ComposeAt<'_>,
        fixed: &dyn Fn(&PhotoSlot) -> bool,
        portrait: &dyn Fn(&PhotoSlot) -> bool,
    ) -> Result<bool, LayoutError> {
        if out.len() != taken.len() || out.len() < 2 || taken.iter().any(|t| !t.0.is_empty()) {
            return Ok(false);
        }
        let mut traded = false;
        for _ in 0..GALLERY_TRADES {
            let hole = |i: usize| out[i].1.metrics.bare_hole;
            let Some(i) = (0..out.len())
                .filter(|&i| hole(i) > critic::HOLE_MAX)
                .max_by(|&a, &b| hole(a).total_cmp(&hole(b)))
            else {
                break;
            };
            // (worse hole of the two, the neighbour, both boards, both boards' photos)
            let mut best: Option<(f64, usize, [Composed; 2], Trade)> = None;
            for j in [i.wrapping_sub(1), i + 1] {
                if j >= out.len() {
                    continue;
                }
                let worse = hole(i).max(hole(j));
                let (a, b) = (&taken[i].1, &taken[j].1);
                let mut trades: Vec<Trade> = Vec::new();
                for x in (0..a.len()).filter(|&x| !fixed(&a[x])) {
                    for y in (0..b.len()).filter(|&y| !fixed(&b[y]) && portrait(&b[y]) != portrait(&a[x])) {
                        let (mut a2, mut b2) = (a.clone(), b.clone());
                        std::mem::swap(&mut a2[x], &mut b2[y]);
                        trades.push((a2, b2));
                    }
                }
                // One photo over, to the side of the neighbour facing this board (the order of shapes kept).
                let toward_b = |mut b2: Vec<PhotoSlot>, p: PhotoSlot| {
                    if j > i {
                        b2.insert(0, p);
                    } else {
                        b2.push(p);
                    }
                    b2
                };
                for x in (0..a.len()).filter(|&x| a.len() > critic::THIN_PHOTOS && !fixed(&a[x])) {
                    let mut a2 = a.clone();
                    let p = a2.remove(x);
                    trades.push((a2, toward_b(b.clone(), p)));
                }
                for y in (0..b.len()).filter(|&y| b.len() > critic::THIN_PHOTOS && !fixed(&b[y])) {
                    let mut b2 = b.clone();
                    let p = b2.remove(y);
                    let mut a2 = a.clone();
                    if j > i {
                        a2.push(p);
                    } else {
                        a2.insert(0, p);
                    }
                    trades.push((a2, b2));
                }
                for (a2, b2) in trades {
                    let Ok(ca) = compose_at(i, taken[i].2, &[], &a2, false)? else {
                        continue;
                    };
                    let bar = best.as_ref().map_or(worse - 0.01, |(h, ..)| h.min(worse - 0.01));
                    if ca.metrics.bare_hole >= bar {
                        continue;
                    }
                    let Ok(cb) = compose_at(j, taken[j].2, &[], &b2, false)? else {
                        continue;
                    };
                    let h = ca.metrics.bare_hole.max(cb.metrics.bare_hole);
                    if h < bar {
                        best = Some((h, j, [ca, cb], (a2, b2)));
                    }
                }
            }
            let Some((_, j, [ca, cb], (a2, b2))) = best else {
                break;
            };
            out[i].1 = ca;
            out[j].1 = cb;
            taken[i].1 = a2;
            taken[j].1 = b2;
            traded = true;
        }
        Ok(traded)
    }

    /// The last （续） board of a group, when thin (under [`critic::THIN_CHARS`] characters and under
    /// [`critic::THIN_PHOTOS`] photos), goes back onto the board before it when everything fits there; else it
    /// takes that board's last paragraphs (whole) until it is not thin, or its last photos until it holds three,
    /// when both boards still compose.
    fn no_thin_end(
        &self,
        out: &mut Vec<(String, Composed)>,
        taken: &mut Vec<Taken>,
        compose_at: &ComposeAt<'_>,
    ) -> Result<bool, LayoutError> {
        if out.len() != taken.len() || out.len() < 2 || !taken.last().is_some_and(is_thin) {
            return Ok(false);
        }
        let last = out.len() - 1;
        let (prev_p, prev_ph, prev_f) = taken[last - 1].clone();
        let (last_p, last_ph, _) = taken[last].clone();
        // The previous board's paragraphs with the thin board's (a paragraph cut between them made whole again).
        let joined = |prev: &[Para]| join_paras(prev, &last_p);
        let photos: Vec<PhotoSlot> = prev_ph.iter().chain(&last_ph).cloned().collect();
        let all = joined(&prev_p);
        if let Ok(c) = compose_at(last - 1, prev_f, &all, &photos, true)? {
            out.pop();
            taken.pop();
            out[last - 1].1 = c;
            taken[last - 1] = (all, photos, prev_f);
            return Ok(true);
        }
        // Else the previous board's last paragraphs move over (whole), until the （续） board is no longer thin,
        // while the previous board keeps some text.
        let all = joined(&prev_p);
        for keep_n in (1..prev_p.len()).rev() {
            let (keep, moved) = (&prev_p[..keep_n], all[keep_n..].to_vec());
            let chars: usize = moved.iter().map(|p| p.text.chars().count()).sum();
            if chars < critic::THIN_CHARS && keep_n > 1 {
                continue;
            }
            if let Ok(a) = compose_at(last - 1, prev_f, keep, &prev_ph, false)? {
                if let Ok(b) = compose_at(last, prev_f + a.metrics.figures_shown, &moved, &last_ph, true)? {
                    out[last - 1].1 = a;
                    out[last].1 = b;
                    taken[last - 1].0 = keep.to_vec();
                    taken[last].0 = moved;
                    return Ok(true);
                }
            }
            break;
        }
        // Else photos move over from the board before, so the （续） board holds a deliberate gallery of three.
        let need = critic::THIN_PHOTOS.saturating_sub(last_ph.len());
        if need > 0 && prev_ph.len() > need && (prev_ph.len() - need >= critic::THIN_PHOTOS || !prev_p.is_empty()) {
            let (keep, moved) = prev_ph.split_at(prev_ph.len() - need);
            let moved: Vec<PhotoSlot> = moved.iter().chain(&last_ph).cloned().collect();
            if let Ok(a) = compose_at(last - 1, prev_f, &prev_p, keep, false)? {
                if let Ok(b) = compose_at(last, prev_f + a.metrics.figures_shown, &last_p, &moved, true)? {
                    out[last - 1].1 = a;
                    out[last].1 = b;
                    taken[last - 1].1 = keep.to_vec();
                    taken[last].1 = moved;
                    return Ok(true);
                }
            }
        }
        // Else the photos of a thin photo-only board go back onto earlier boards of the group (each onto the
        // latest that takes it as it would any photo: no last resort, which would shrink the board's photos to
        // their minimum — an emphasised one too), when every one finds a place.
        if !last_p.is_empty() {
            return Ok(false);
        }
        let mut trial: Vec<Option<Composed>> = vec![None; last];
        let mut trial_taken = taken[..last].to_vec();
        'photo: for ph in &last_ph {
            for j in (0..last).rev() {
                let (ps, phs, f) = &trial_taken[j];
                let mut phs = phs.clone();
                phs.push(ph.clone());
                if let Ok(c) = compose_at(j, *f, ps, &phs, false)? {
                    // The board's key figures stay as they were (the next boards start after them).
                    if c.metrics.figures_shown == out[j].1.metrics.figures_shown {
                        trial_taken[j].1 = phs;
                        trial[j] = Some(c);
                        continue 'photo;
                    }
                }
            }
            return Ok(false);
        }
        out.pop();
        for (j, c) in trial.into_iter().enumerate() {
            if let Some(c) = c {
                out[j].1 = c;
            }
        }
        *taken = trial_taken;
        Ok(true)
    }

    /// A heading never ends a board whose text goes on (a heading at a board's foot, its text on the next board, is a
    /// label of nothing): the headings that end a board go over to the next one with their text, when both boards
    /// still compose; the board keeps them when it holds nothing else.
    fn no_heading_at_foot(
        &self,
        out: &mut [(String, Composed)],
        taken: &mut [Taken],
        compose_at: &ComposeAt<'_>,
    ) -> Result<(), LayoutError> {
        if out.len() != taken.len() {
            return Ok(());
        }
        let heading = |p: &Para| matches!(p.role, TextRole::Heading1 | TextRole::Heading2);
        for j in 0..out.len().saturating_sub(1) {
            let (ps, phs, f) = taken[j].clone();
            let keep = ps.len() - ps.iter().rev().take_while(|p| heading(p)).count();
            if keep == ps.len() || keep == 0 {
                continue;
            }
            let (next_ps, next_phs, _) = taken[j + 1].clone();
            let moved: Vec<Para> = ps[keep..].iter().chain(&next_ps).cloned().collect();
            if let Ok(a) = compose_at(j, f, &ps[..keep], &phs, false)? {
                let next_f = f + a.metrics.figures_shown;
                if let Ok(b) = compose_at(j + 1, next_f, &moved, &next_phs, false)? {
                    out[j].1 = a;
                    out[j + 1].1 = b;
                    taken[j].0 = ps[..keep].to_vec();
                    taken[j + 1] = (moved, next_phs, next_f);
                }
            }
        }
        Ok(())
    }

    /// Avoids a （续） board that would hold only a leftover photo or two, or a few lines of text: first more of the
    /// group's photos beside its text on this board, then some of the text moved over so the （续） board has text
    /// and photos, or enough text to look intended. `placed` = (board, whole paragraphs, cut in the next); `k`
    /// photos are on the board.
    fn rebalance(
        &self,
        placed: (Composed, usize, Option<usize>),
        paras: &[Para],
        photos: &[PhotoSlot],
        k: &mut usize,
        text_cap: f64,
        attempt: &Attempt<'_>,
    ) -> Result<(Composed, usize, Option<usize>), LayoutError> {
        let (c, n, cut) = placed;
        let rest_photos = photos.len() - *k;
        let text_left = n < paras.len() || cut.is_some();
        if !text_left && rest_photos > 0 && rest_photos <= 2 {
            // Photos left alone: more of them beside the text (the composer shrinks photos within their limits).
            for j in (*k + 1..photos.len()).rev() {
                if let Ok(c2) = attempt(&paras[..n], &photos[..j])? {
                    *k = j;
                    if j == photos.len() {
                        return Ok((c2, n, None));
                    }
                    return self.rebalance((c2, n, None), paras, photos, k, text_cap, attempt);
                }
            }
            // Else the last paragraph (or the second half of a single one) goes with them.
            if n >= 2 {
                if let Ok(c2) = attempt(&paras[..n - 1], &photos[..*k])? {
                    return Ok((c2, n - 1, None));
                }
            } else if n == 1 {
                let cuts = sentence_cuts(&paras[0].text);
                if !cuts.is_empty() {
                    let mid = cuts[cuts.len() / 2];
                    let part = [Para {
                        text: paras[0].text[..mid].to_string(),
                        ..paras[0].clone()
                    }];
                    if let Ok(c2) = attempt(&part, &photos[..*k])? {
                        return Ok((c2, 0, Some(mid)));
                    }
                }
            }
            return Ok((c, n, cut));
        }
        if text_left && rest_photos == 0 {
            // A few lines left over: move whole paragraphs until the （续） board holds a fair share.
            let rest_chars = |from: usize, cut: Option<usize>| -> usize {
                let mut t: usize = paras[from..].iter().map(|p| p.text.chars().count()).sum();
                if let (Some(cut), Some(p)) = (cut, paras.get(from)) {
                    t -= p.text[..cut].chars().count();
                }
                t
            };
            let want = (0.4 * text_cap) as usize;
            if rest_chars(n, cut) >= want {
                return Ok((c, n, cut));
            }
            // A paragraph cut so that only a few of its lines would be left for the （续） board: cut it at an
            // earlier sentence end (the latest that leaves a fair share), while this board keeps a real part of it.
            if let (Some(cut), Some(p)) = (cut, paras.get(n)) {
                let head_min = critic::THIN_CHARS / 2;
                for c2 in sentence_cuts(&p.text).into_iter().rev().filter(|c2| *c2 < cut) {
                    if p.text[..c2].chars().count() < head_min {
                        break;
                    }
                    if rest_chars(n, Some(c2)) < want {
                        continue;
                    }
                    let mut trial = paras[..n].to_vec();
                    trial.push(Para {
                        text: p.text[..c2].to_string(),
                        ..p.clone()
                    });
                    if let Ok(c2b) = attempt(&trial, &photos[..*k])? {
                        return Ok((c2b, n, Some(c2)));
                    }
                    break;
                }
            }
            let top = if cut.is_some() { n } else { n.saturating_sub(1) };
            for n2 in (1..=top).rev() {
                if rest_chars(n2, None) >= want || n2 == 1 {
                    if let Ok(c2) = attempt(&paras[..n2], &photos[..*k])? {
                        return Ok((c2, n2, None));
                    }
                    break;
                }
            }
        }
        Ok((c, n, cut))
    }
}

/// The flow's estimates of one board at the minimum legible sizes, before anything is composed.
pub(crate) struct Estimates {
    /// The body's usable area (mm², 80 % of the safe area).
    pub body_area: f64,
    /// Characters of body text a board holds beside its photos (half the body).
    pub text_cap: f64,
    /// Photos a board holds beside text (60 % of the body, each 1.3 times the smallest photo area).
    pub kmax: usize,
}

impl Estimates {
    pub fn of(spec: &BoardSpec) -> Estimates {
        let em = spec.min_sizes().body * MM_PER_PT;
        let body_area = (spec.width - 2.0 * spec.safe) * (spec.height - 2.0 * spec.safe) * 0.8;
        Estimates {
            body_area,
            text_cap: (0.5 * body_area / (em * em * 1.6 * 1.15)).max(1.0),
            kmax: ((0.6 * body_area / (1.3 * spec.area() * MIN_PHOTO_SHARE)).floor() as usize).max(1),
        }
    }
}

/// The photos of two 活动剪影 boards after a trade.
type Trade = (Vec<PhotoSlot>, Vec<PhotoSlot>);

/// How many trades of photos between holed 活动剪影 boards are tried at most (each a search over pairs of photos).
const GALLERY_TRADES: usize = 3;

/// The run's one note of the key figures its boards could not show (replacing the one of a smaller run).
fn note_figures_left(notes: &mut Vec<String>, g: &Group, boards: &[(String, Composed)]) {
    notes.retain(|n| !messages::is_figures_not_shown(n));
    let left = figures_left(g, boards);
    if left > 0 {
        notes.push(messages::figures_not_shown(left));
    }
}

/// How many of group `g`'s key figures its text says but its boards do not show as tiles (those it does not say
/// are not "left over": they were never the board's to show).
fn figures_left(g: &Group, boards: &[(String, Composed)]) -> usize {
    let said = g
        .figures
        .iter()
        .filter(|f| crate::figures::said_in(&g.paras, &f.value))
        .count();
    let tiles: usize = boards
        .iter()
        .map(|(_, c)| {
            c.frame
                .items
                .iter()
                .filter(|i| i.id.starts_with("figure-tile-"))
                .count()
        })
        .sum();
    said.saturating_sub(tiles)
}

/// The id of board `cont` (0 = first) of group `g`.
fn board_id(g: &Group, cont: usize) -> String {
    if cont == 0 {
        g.key.clone()
    } else {
        format!("{}#{}", g.key, cont + 1)
    }
}

/// A joined run's boards (id, board), the sections on them and how many groups it used.
type Joined = (Vec<(String, Composed)>, Vec<Part>, usize);

/// A group's boards (id, board) and what each took (one entry per board; the thin-board passes keep them so).
type Filled = (Vec<(String, Composed)>, Vec<Taken>);

/// What one board of a group took: its paragraphs (as placed), its photos, the index of its first key figure.
type Taken = (Vec<Para>, Vec<PhotoSlot>, usize);

/// A board holding too little to stand alone: under [`critic::THIN_CHARS`] characters and [`critic::THIN_PHOTOS`]
/// photos.
fn is_thin((ps, phs, _): &Taken) -> bool {
    ps.iter().map(|p| p.text.chars().count()).sum::<usize>() < critic::THIN_CHARS && phs.len() < critic::THIN_PHOTOS
}

/// The paragraphs of two consecutive boards, a paragraph cut between them made whole again.
fn join_paras(a: &[Para], b: &[Para]) -> Vec<Para> {
    let mut all = a.to_vec();
    for p in b {
        match all.last_mut() {
            Some(q) if p.continued && q.source == p.source && q.role == p.role => q.text.push_str(&p.text),
            _ => all.push(p.clone()),
        }
    }
    all
}

/// Composes one board of the group being filled from these paragraphs and photos.
/// Board `cont` of a group, its key figures from `figs` on, with these paragraphs and photos.
type ComposeAt<'a> =
    dyn Fn(usize, usize, &[Para], &[PhotoSlot], bool) -> Result<Result<Composed, Overflow>, LayoutError> + 'a;

type Attempt<'a> = dyn Fn(&[Para], &[PhotoSlot]) -> Result<Result<Composed, Overflow>, LayoutError> + 'a;

struct GroupCtx<'a> {
    material: &'a Material,
    spec: BoardSpec,
    theme: &'a Theme,
    body_pt: Option<f64>,
    title: &'a str,
    organiser: &'a str,
    ov: &'a Overrides,
}

/// One section of a joined group: its key and title, and what on a board is its content.
#[derive(Clone, Debug)]
struct Part {
    key: String,
    title: String,
    /// Sources of its paragraphs (its heading's among them).
    sources: Vec<Source>,
    /// Content hashes of its photos.
    photos: Vec<String>,
}

impl Part {
    fn of(g: &Group, material: &Material) -> Part {
        let mut sources: Vec<Source> = g.paras.iter().map(|p| p.source.clone()).collect();
        sources.push(g.title_source.clone());
        Part {
            key: g.key.clone(),
            title: g.title.clone(),
            sources,
            photos: g
                .photos
                .iter()
                .filter_map(|s| material.photos.get(s.index))
                .map(|p| p.hash.clone())
                .collect(),
        }
    }

    fn holds(&self, source: &Source) -> bool {
        match source {
            Source::Photo { hash } | Source::Caption { hash } => self.photos.contains(hash),
            s => self.sources.contains(s),
        }
    }
}

/// The groups with content on a board (every part when none is recognised, as on an empty board).
fn groups_on_board(frame: &zhanban_frames::BoardFrame, parts: &[Part]) -> Vec<BoardGroup> {
    let mut out: Vec<BoardGroup> = Vec::new();
    for p in parts {
        let here: Vec<&zhanban_frames::Item> = frame.items.iter().filter(|i| p.holds(&i.source)).collect();
        if here.is_empty() && parts.len() > 1 {
            continue;
        }
        let mut photos: Vec<String> = Vec::new();
        for i in here {
            if let (ItemKind::Image(_), Source::Photo { hash }) = (&i.kind, &i.source) {
                if !photos.contains(hash) {
                    photos.push(hash.clone());
                }
            }
        }
        out.push(BoardGroup {
            key: p.key.clone(),
            title: p.title.clone(),
            photos,
        });
    }
    if out.is_empty() {
        out.extend(parts.first().map(|p| BoardGroup {
            key: p.key.clone(),
            title: p.title.clone(),
            photos: Vec::new(),
        }));
    }
    out
}

/// Whether a group may share a board with another: write-up content (an opening or a level-1 section, not split by
/// the user: a split is meant), not empty, with no size, theme or body size of its own.
fn shareable(g: &Group, ov: &Overrides) -> bool {
    g.kind == plan::GroupKind::Content
        && (!g.paras.is_empty() || !g.photos.is_empty())
        && g.key.starts_with('w')
        && !g.key.contains('/')
        && ov
            .groups
            .get(&g.key)
            .is_none_or(|o| o.spec.is_none() && o.theme.is_none() && o.body_pt.is_none())
}

/// The write-up part of a group key (`w3` of `w3-b12`).
fn writeup_of(key: &str) -> &str {
    key.split('-').next().unwrap_or(key)
}

/// Whether a section may share its boards with the next one of its write-up.
fn joinable(a: &Group, b: &Group, ov: &Overrides) -> bool {
    shareable(a, ov) && shareable(b, ov) && writeup_of(&a.key) == writeup_of(&b.key)
}

/// Whether write-up `b`'s opening group may follow `a` (another write-up's) on its board.
fn joinable_across(a: &Group, b: &Group, ov: &Overrides) -> bool {
    shareable(a, ov) && shareable(b, ov) && !b.key.contains('-')
}

/// Byte offsets after each sentence end (。！？；…), excluding the end of the text; after commas when a paragraph
/// has no sentence ends.
pub fn sentence_cuts(text: &str) -> Vec<usize> {
    let cuts = |ends: &[char]| -> Vec<usize> {
        let mut out = Vec::new();
        let mut chars = text.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if ends.contains(&c) {
                // Keep closing quotes and brackets with the sentence.
                let mut end = i + c.len_utf8();
                while let Some(&(j, d)) = chars.peek() {
                    if matches!(d, '”' | '’' | '」' | '』' | '）' | ')' | '》') || ends.contains(&d) {
                        end = j + d.len_utf8();
                        chars.next();
                    } else {
                        break;
                    }
                }
                if end < text.len() {
                    out.push(end);
                }
            }
        }
        out
    };
    let s = cuts(&['。', '！', '？', '；', '!', '?', '…']);
    if s.is_empty() {
        cuts(&['，', ',', '、'])
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentence_cuts_keep_quotes_with_their_sentence() {
        let t = "他说：“好。”我们走吧。还有";
        let cuts = sentence_cuts(t);
        assert_eq!(&t[..cuts[0]], "他说：“好。”");
        assert_eq!(&t[..cuts[1]], "他说：“好。”我们走吧。");
        assert_eq!(cuts.len(), 2);
    }
}
