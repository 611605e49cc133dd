//! Face detection at import on real photographs of people (scikit-image's astronaut and cameraman, the Solvay
//! conference group photo shipped in the rustface crate package), and none on the set-up's landscape photos.

mod common;

use common::*;
use zhanban_photos::{process, Face, ProcessOptions};

fn faces_of(bytes: &[u8]) -> Vec<Face> {
    process(bytes, "people.png", &ProcessOptions::default())
        .unwrap()
        .analysis
        .faces
}

fn centre(f: &Face) -> (f32, f32) {
    (f.x + f.w / 2.0, f.y + f.h / 2.0)
}

#[test]
fn one_face_on_the_astronaut_at_her_face() {
    let bytes = std::fs::read(format!("{PEOPLE_DIR}/astronaut.png")).expect("run scripts/setup");
    let faces = faces_of(&bytes);
    println!("astronaut: {faces:?}");
    assert_eq!(faces.len(), 1, "{faces:?}");
    let (cx, cy) = centre(&faces[0]);
    // Her face is at about x 0.31–0.57, y 0.06–0.35 of the picture.
    assert!((0.3..0.6).contains(&cx) && (0.05..0.38).contains(&cy), "{faces:?}");
    let a = process(&bytes, "a.png", &ProcessOptions::default()).unwrap().analysis;
    assert_eq!(a.saliency, centre(&faces[0]));
}

#[test]
fn the_faces_of_a_group_are_found() {
    let path = crate_file("rustface-0.1.7", "test.png").expect("the rustface crate package (cargo fetch)");
    let bytes = std::fs::read(path).unwrap();
    let faces = faces_of(&bytes);
    println!("solvay group: {} faces", faces.len());
    // 29 people in three rows above the caption strip.
    assert!(faces.len() >= 20, "{} faces", faces.len());
    for f in &faces {
        let (_, cy) = centre(f);
        assert!(cy < 0.6, "a face in the caption strip or the pavement: {f:?}");
    }
}

#[test]
fn no_faces_in_landscapes() {
    for p in [
        PHOTO_LANDSCAPE,
        PHOTO_PROGRESSIVE,
        "/usr/share/backgrounds/aitzgorri_by_Aitzol_Berasategi.jpg",
    ] {
        let faces = faces_of(&std::fs::read(p).unwrap());
        assert!(faces.is_empty(), "{p}: {faces:?}");
    }
}
