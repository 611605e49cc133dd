//! Per-photo analysis and relations: stored with the photo in one transaction, read back for layout; a burst's
//! first photo joins its group; the user's "not the same" is kept and undoes the copy mark.

use zhanban_store::{FaceBox, NewPhoto, PhotoAnalysis, Project};

fn photo(hash: &str, analysis: Option<PhotoAnalysis>) -> NewPhoto {
    NewPhoto {
        hash: hash.into(),
        file_name: format!("{hash}.jpg"),
        original: vec![1, 2, 3],
        format: "jpeg".into(),
        width: 4000,
        height: 3000,
        color_model: "rgb".into(),
        analysis,
        ..Default::default()
    }
}

fn analysed(same_as: Option<i64>, burst: Option<i64>) -> Option<PhotoAnalysis> {
    Some(PhotoAnalysis {
        fingerprint: "fp".into(),
        faces: vec![FaceBox {
            x: 0.4,
            y: 0.1,
            w: 0.1,
            h: 0.15,
            score: 5.0,
        }],
        saliency: (0.45, 0.175),
        sharpness: 120.5,
        same_as,
        burst,
    })
}

#[test]
fn analysis_relations_and_not_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.zhanban");
    let mut p = Project::create(&path).unwrap();
    p.add_photo(&photo("orig", analysed(None, None))).unwrap();
    p.add_photo(&photo("wechat", analysed(Some(1), None))).unwrap();
    p.add_photo(&photo("shot2", analysed(None, Some(1)))).unwrap();
    p.add_photo(&photo("old", None)).unwrap();
    let rows = p.analyses().unwrap();
    assert_eq!(rows.len(), 3, "a photo without analysis has no row");
    assert_eq!(rows[0].analysis.faces, analysed(None, None).unwrap().faces);
    assert_eq!(rows[0].analysis.saliency, (0.45, 0.175));
    assert_eq!(rows[1].analysis.same_as, Some(1));
    // The burst's first photo joined its own group when the second shot arrived.
    assert_eq!(rows[0].analysis.burst, Some(1));
    assert_eq!(rows[2].analysis.burst, Some(1));

    // "Not the same": stored, the copy mark and the shared burst undone; survives reopening.
    p.set_not_same("wechat.jpg", "orig").unwrap();
    p.set_not_same("shot2", "orig.jpg").unwrap();
    drop(p);
    let mut p = Project::open(&path).unwrap();
    assert_eq!(p.not_same_pairs().unwrap(), vec![(1, 2), (1, 3)]);
    let rows = p.analyses().unwrap();
    assert_eq!(rows[1].analysis.same_as, None);
    assert_eq!(rows[2].analysis.burst, None);
    assert!(p.set_not_same("nope", "orig").is_err());
}
