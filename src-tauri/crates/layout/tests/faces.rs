//! Faces never cut: real photographs of people (scikit-image's astronaut and cameraman, the Solvay conference group
//! photo from the rustface crate package), their faces found by the import's detector, laid out with the corpus
//! article on every preset: every crop keeps every face whole with 0.3 face heights of room above the head. The
//! photos are given phone-photo pixel sizes (about 3000 px) so that they print at board sizes; faces are fractions,
//! so the size does not change them. The user's focal point wins over the faces.

mod common;

use std::path::PathBuf;

use zhanban_frames::ItemKind;
use zhanban_layout::*;

/// Real photographs of people with the faces the import finds in them, at phone-photo pixel sizes.
fn people() -> Vec<(String, u32, u32, PhotoFacts)> {
    let solvay = common::crate_file("rustface-0.1.7", "test.png").expect("the rustface crate package (cargo fetch)");
    let dir = "/usr/local/share/zhanban/test-photos";
    [
        (PathBuf::from(format!("{dir}/astronaut.png")), 3000, 3000),
        (solvay, 3332, 2272),
        (PathBuf::from(format!("{dir}/camera.png")), 3000, 3000),
    ]
    .into_iter()
    .map(|(path, w, h)| {
        let facts = common::facts_of(&path);
        (path.file_name().unwrap().to_string_lossy().into_owned(), w, h, facts)
    })
    .collect()
}

/// The corpus article with 12 photos of people, cycling through the three.
fn material(people: &[(String, u32, u32, PhotoFacts)]) -> Material {
    let mut m = common::corpus_material();
    m.writeups.truncate(1);
    m.photos.truncate(12);
    for (i, p) in m.photos.iter_mut().enumerate() {
        let (name, w, h, facts) = &people[i % people.len()];
        p.hash = format!("people{i:02}");
        p.file_name = format!("{i:02}-{name}");
        p.width_px = *w;
        p.height_px = *h;
        p.facts = facts.clone();
    }
    m
}

#[test]
fn no_crop_in_any_preset_cuts_a_face() {
    let people = people();
    assert!(people.iter().all(|p| !p.3.faces.is_empty()), "faces not found");
    let m = material(&people);
    let eng = common::engine();
    let ov = Overrides::default();
    let (mut checked, mut cropped) = (0, 0);
    for preset in PRESETS {
        let settings = LayoutSettings {
            spec: BoardSpec::new(preset.width, preset.height),
            theme: "党建红".into(),
        };
        let r = eng.layout(&m, &settings, &ov).unwrap();
        let errs = common::check(&m, &ov, &r);
        assert!(errs.is_empty(), "{}: {errs:#?}", preset.name);
        assert!(
            r.summary.unplaced.is_empty() && r.summary.left_out.is_empty(),
            "{:?}",
            r.summary
        );
        for b in &r.frames.boards {
            for item in &b.items {
                let ItemKind::Image(img) = &item.kind else { continue };
                let Some(p) = m.photos.iter().find(|p| p.hash == img.photo) else {
                    continue;
                };
                let (w, h) = (f64::from(p.width_px), f64::from(p.height_px));
                let keep = p.facts.keep().unwrap();
                // Every face whole, with 0.3 face heights of air above the head (the box starts at the brows).
                for f in &p.facts.faces {
                    let face = [f[0], (f[1] - 0.55 * f[3]).max(0.0), f[0] + f[2], f[1] + f[3]];
                    assert!(
                        common::crop_keeps(&img.crop, face, w, h),
                        "{}: a face of {} is cut: crop {:?}, face {:?}",
                        preset.name,
                        p.file_name,
                        img.crop,
                        f
                    );
                }
                assert!(
                    common::crop_keeps(&img.crop, keep, w, h),
                    "{}: {} cut: crop {:?}, faces with room {:?}",
                    preset.name,
                    p.file_name,
                    img.crop,
                    keep
                );
                checked += 1;
                if img.crop.w < w - 1.0 || img.crop.h < h - 1.0 {
                    cropped += 1;
                }
            }
        }
    }
    println!("{checked} placed photos of people checked, {cropped} of them cropped");
    assert!(
        cropped > checked / 4,
        "too few crops to show anything: {cropped} of {checked}"
    );
}

#[test]
fn the_users_focal_point_wins() {
    let people = people();
    let m = material(&people);
    let eng = common::engine();
    let settings = LayoutSettings {
        spec: BoardSpec::new(1200.0, 900.0),
        theme: "党建红".into(),
    };
    let mut ov = Overrides::default();
    for p in &m.photos {
        ov.photos.insert(
            p.hash.clone(),
            PhotoOverride {
                focal: Some((1.0, 1.0)),
                ..Default::default()
            },
        );
    }
    let r = eng.layout(&m, &settings, &ov).unwrap();
    let mut moved = 0;
    for b in &r.frames.boards {
        for item in &b.items {
            let ItemKind::Image(img) = &item.kind else { continue };
            let (w, h) = (f64::from(img.pixel_width), f64::from(img.pixel_height));
            // Pointed at the bottom-right corner: the crop reaches it, faces or not.
            assert!((img.crop.x + img.crop.w - w).abs() < 1e-6 && (img.crop.y + img.crop.h - h).abs() < 1e-6);
            if img.crop.x > 0.0 || img.crop.y > 0.0 {
                moved += 1;
            }
        }
    }
    assert!(moved > 0);
}
