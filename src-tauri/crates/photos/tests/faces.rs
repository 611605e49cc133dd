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

/// The vendored rustface (src-tauri/vendor/rustface: its pyramid resize, LAB feature map and LAB classifier
/// tightened for import speed) finds exactly the faces the published crate finds — same boxes, same scores — with
/// the detector settings import uses, on the detection images of photos of people and of no one.
#[test]
fn the_vendored_detector_finds_exactly_what_the_published_one_finds() {
    let solvay = crate_file("rustface-0.1.7", "test.png").expect("the rustface crate package (cargo fetch)");
    let files = [
        format!("{PEOPLE_DIR}/astronaut.png"),
        format!("{PEOPLE_DIR}/camera.png"),
        solvay.display().to_string(),
        PHOTO_PORTRAIT.to_string(),
        PHOTO_LANDSCAPE.to_string(),
        "/usr/share/doc/opencv-doc/examples/data/messi5.jpg".to_string(),
    ];
    let bytes = zhanban_photos::faces::MODEL_BYTES;
    let mut total = 0;
    for f in files.iter().filter(|f| std::path::Path::new(f).exists()) {
        let (rgb, w, h) = decode_rgb(&std::fs::read(f).unwrap());
        let grey = zhanban_photos::faces::detection_image(&rgb, w, h, 1);
        let (gw, gh) = grey.dimensions();

        // The two crates' types differ: the same code, written once for each.
        macro_rules! faces_by {
            ($krate:ident, $configure:expr) => {{
                let model = $krate::read_model(std::io::Cursor::new(bytes)).unwrap();
                let mut detector = $krate::create_detector_with_model(model);
                $configure(detector.as_mut());
                detector
                    .detect(&$krate::ImageData::new(grey.as_raw(), gw, gh))
                    .iter()
                    .map(|f| {
                        (
                            f.bbox().x(),
                            f.bbox().y(),
                            f.bbox().width(),
                            f.bbox().height(),
                            f.score(),
                        )
                    })
                    .collect::<Vec<_>>()
            }};
        }
        let ours = faces_by!(rustface, zhanban_photos::faces::configure);
        let up = faces_by!(rustface_upstream, |d: &mut dyn rustface_upstream::Detector| {
            // The settings of `faces::configure`.
            d.set_min_face_size(20);
            d.set_score_thresh(2.0);
            d.set_pyramid_scale_factor(0.8);
            d.set_slide_window_step(4, 4);
        });
        println!("{f}: {} faces", ours.len());
        assert_eq!(ours, up, "{f}");
        total += ours.len();
    }
    assert!(total >= 25, "the people photos have faces: {total}");
}
