//! Perceptual fingerprints: "is this the same picture?" across resizing, re-compression, EXIF or pixel rotation by
//! 90/180/270° and mild crops. A DCT median hash (pHash) of the upright thumbnail, computed by `image_hasher`, for
//! each of the four rotations, of the whole picture and of its centre; two photos' distance is the smallest Hamming
//! distance between the first one's upright hashes and any rotation of the other's (whole to whole, centre to whole,
//! whole to centre: a mildly cropped copy looks like the original's centre).
//!
//! Owns the fingerprint, its text form and the distance thresholds; it must not decode, store or decide which copy
//! is the better one (the store and layout do).

use image::GrayImage;
use image_hasher::{FilterType, HashAlg, Hasher, HasherConfig, ImageHash};
use serde::{Deserialize, Serialize};

/// Bits per hash: 16×16 low DCT frequencies of a 32×32 grey image.
pub const HASH_BITS: u32 = 256;
/// At or below this distance two photos are taken as the same picture (a copy, a re-encode, a turned or cropped copy).
/// Measured (tests/same_picture.rs, 62 real pictures × 5 copies, see the crate README): copies at most 56 bits from
/// their originals (mild crops; resized, re-encoded and turned copies ≤ 24), different pictures (and copies of
/// them) at least 84 bits apart; the threshold sits in the middle of that gap.
pub const SAME_PICTURE: u32 = 72;
/// At or below this distance, photos taken seconds apart are one burst (the same scene shot again): a little more
/// room than a copy gets (the subject moves between shots), still 4 bits under the closest different pictures
/// measured; the capture times (within [`BURST_SECONDS`]) are the other gate.
pub const BURST: u32 = 80;

/// DCT hashes of one picture, upright and turned 90°, 180° and 270° clockwise: of the whole picture, then of its
/// centre (5 % off each side), so that a mildly cropped copy meets the original's centre.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct Fingerprint {
    rotations: [Vec<u8>; 4],
    centre: [Vec<u8>; 4],
}

fn hasher() -> Hasher {
    HasherConfig::new()
        .hash_alg(HashAlg::Median)
        .preproc_dct()
        .hash_size(16, 16)
        .resize_filter(FilterType::Triangle)
        .to_hasher()
}

impl Fingerprint {
    /// The fingerprint of an upright RGB image (interleaved, 8 bits per channel).
    pub fn of_rgb(data: &[u8], width: u32, height: u32) -> Fingerprint {
        let grey = grey_of(data, width, height);
        Fingerprint::of_grey(&grey)
    }

    /// The fingerprint of an upright grey image.
    pub fn of_grey(grey: &GrayImage) -> Fingerprint {
        // Hash a small copy: the hasher only looks at 32×32 pixels, and turning a 64 px image costs nothing.
        let h = hasher();
        let turns = |img: &GrayImage| -> [Vec<u8>; 4] {
            let small = image::imageops::resize(img, 64, 64, FilterType::Triangle);
            let bytes = |img: &GrayImage| h.hash_image(img).as_bytes().to_vec();
            [
                bytes(&small),
                bytes(&image::imageops::rotate90(&small)),
                bytes(&image::imageops::rotate180(&small)),
                bytes(&image::imageops::rotate270(&small)),
            ]
        };
        let (w, h0) = grey.dimensions();
        let centre = image::imageops::crop_imm(grey, w / 20, h0 / 20, w - w / 10, h0 - h0 / 10).to_image();
        Fingerprint {
            rotations: turns(grey),
            centre: turns(&centre),
        }
    }

    /// How different two pictures look, in bits (0 = identical, ~HASH_BITS/2 = unrelated), whichever way either
    /// is turned.
    pub fn distance(&self, other: &Fingerprint) -> u32 {
        (0..4)
            .map(|r| {
                hamming(&self.rotations[0], &other.rotations[r])
                    .min(hamming(&self.centre[0], &other.rotations[r]))
                    .min(hamming(&self.rotations[0], &other.centre[r]))
            })
            .min()
            .unwrap_or(HASH_BITS)
    }

    /// Whether the two are the same picture (a copy, however re-encoded, resized, turned or mildly cropped).
    pub fn same_picture(&self, other: &Fingerprint) -> bool {
        self.distance(other) <= SAME_PICTURE
    }
}

/// Photos taken at most this many seconds apart may be one burst.
pub const BURST_SECONDS: i64 = 30;

/// A photo already in the project, as relating a new one needs it.
#[derive(Clone, Copy, Debug)]
pub struct Known<'a> {
    pub id: i64,
    pub fingerprint: &'a Fingerprint,
    /// EXIF date taken, `YYYY-MM-DDTHH:MM:SS`.
    pub taken_at: Option<&'a str>,
    /// The burst group it is in (its first photo's id).
    pub burst: Option<i64>,
}

/// How a new photo relates to those already in the project.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Relation {
    /// The closest photo that is the same picture (a copy, re-encode, turned or cropped copy).
    pub same_as: Option<i64>,
    /// The burst group it joins: shot seconds after (or before) a very similar photo.
    pub burst: Option<i64>,
}

/// Relates a new photo to the known ones. The same picture: fingerprints within [`SAME_PICTURE`], unless both carry
/// capture times that differ (then it is another shot, not a copy: copies keep the time or lose it with EXIF). A
/// burst: both times known, 1..=[`BURST_SECONDS`] s apart, fingerprints within [`BURST`].
pub fn relate(fingerprint: &Fingerprint, taken_at: Option<&str>, known: &[Known]) -> Relation {
    let t = taken_at.and_then(seconds);
    let mut same: Option<(u32, i64)> = None;
    let mut burst: Option<(u32, i64)> = None;
    for k in known {
        let d = fingerprint.distance(k.fingerprint);
        let dt = t.zip(k.taken_at.and_then(seconds)).map(|(a, b)| (a - b).abs());
        if d <= SAME_PICTURE && dt.is_none_or(|dt| dt == 0) && same.is_none_or(|(best, _)| d < best) {
            same = Some((d, k.id));
        }
        if d <= BURST
            && dt.is_some_and(|dt| (1..=BURST_SECONDS).contains(&dt))
            && burst.is_none_or(|(best, _)| d < best)
        {
            burst = Some((d, k.burst.unwrap_or(k.id)));
        }
    }
    Relation {
        same_as: same.map(|(_, id)| id),
        burst: burst.map(|(_, id)| id),
    }
}

/// Seconds since 0000-03-01 of `YYYY-MM-DDTHH:MM:SS` (or with a space or ':' date separators), for differences.
fn seconds(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    if b.len() < 19 {
        return None;
    }
    let num = |r: std::ops::Range<usize>| s.get(r)?.parse::<i64>().ok();
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (hh, mm, ss) = (num(11..13)?, num(14..16)?, num(17..19)?);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // Days from civil (Howard Hinnant's algorithm).
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some((era * 146_097 + doe) * 86_400 + hh * 3600 + mm * 60 + ss)
}

fn hamming(a: &[u8], b: &[u8]) -> u32 {
    if a.len() != b.len() {
        return HASH_BITS;
    }
    a.iter().zip(b).map(|(x, y)| (x ^ y).count_ones()).sum()
}

/// Luma (Rec. 601) of interleaved RGB.
pub fn grey_of(data: &[u8], width: u32, height: u32) -> GrayImage {
    let px: Vec<u8> = data
        .chunks_exact(3)
        .map(|p| ((p[0] as u32 * 299 + p[1] as u32 * 587 + p[2] as u32 * 114 + 500) / 1000) as u8)
        .collect();
    GrayImage::from_raw(width, height, px).unwrap_or_else(|| GrayImage::new(1, 1))
}

impl From<Fingerprint> for String {
    /// Eight base64 hashes (whole picture, then centre; each upright, 90°, 180°, 270°) joined by '.'.
    fn from(f: Fingerprint) -> String {
        f.rotations
            .iter()
            .chain(&f.centre)
            .map(|r| {
                ImageHash::<Box<[u8]>>::from_bytes(r)
                    .map(|h| h.to_base64())
                    .unwrap_or_default()
            })
            .collect::<Vec<_>>()
            .join(".")
    }
}

impl TryFrom<String> for Fingerprint {
    type Error = String;
    fn try_from(s: String) -> Result<Fingerprint, String> {
        let parts: Vec<Vec<u8>> = s
            .split('.')
            .map(|p| {
                ImageHash::<Box<[u8]>>::from_base64(p)
                    .map(|h| h.as_bytes().to_vec())
                    .map_err(|e| format!("{e:?}"))
            })
            .collect::<Result<_, _>>()?;
        if parts.len() != 8 || parts.iter().any(|r| r.len() as u32 * 8 != HASH_BITS) {
            return Err("expected eight hashes of the right length".into());
        }
        let mut parts = parts.into_iter();
        let mut four = || -> [Vec<u8>; 4] { std::array::from_fn(|_| parts.next().unwrap_or_default()) };
        let rotations = four();
        let centre = four();
        Ok(Fingerprint { rotations, centre })
    }
}

impl std::str::FromStr for Fingerprint {
    type Err = String;
    fn from_str(s: &str) -> Result<Fingerprint, String> {
        Fingerprint::try_from(s.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pattern(w: u32, h: u32) -> GrayImage {
        GrayImage::from_fn(w, h, |x, y| {
            image::Luma([((x * 7 + y * y / 5) % 251) as u8 ^ ((x / 9) as u8)])
        })
    }

    #[test]
    fn turned_copies_match_and_text_form_round_trips() {
        let a = pattern(320, 200);
        let fa = Fingerprint::of_grey(&a);
        let fb = Fingerprint::of_grey(&image::imageops::rotate90(&a));
        assert_eq!(fa.distance(&fb), 0);
        assert_eq!(fb.distance(&fa), 0);
        let text = String::from(fa.clone());
        assert_eq!(text.parse::<Fingerprint>().unwrap(), fa);
        assert!("abc".parse::<Fingerprint>().is_err());
    }

    #[test]
    fn copies_and_bursts_are_told_apart_by_capture_time() {
        let a = Fingerprint::of_grey(&pattern(320, 200));
        // Another picture: a bright disc left of centre on a dark ground.
        let other = Fingerprint::of_grey(&GrayImage::from_fn(320, 200, |x, y| {
            let (dx, dy) = (x as f32 - 100.0, y as f32 - 120.0);
            image::Luma([if dx * dx + dy * dy < 3600.0 {
                230
            } else {
                20 + (y / 4) as u8
            }])
        }));
        assert!(a.distance(&other) > SAME_PICTURE, "{}", a.distance(&other));
        let known = [
            Known {
                id: 1,
                fingerprint: &a,
                taken_at: Some("2024-05-01T09:30:00"),
                burst: None,
            },
            Known {
                id: 2,
                fingerprint: &other,
                taken_at: None,
                burst: None,
            },
        ];
        // A copy without EXIF, or with the same time: the same picture.
        assert_eq!(
            relate(&a, None, &known),
            Relation {
                same_as: Some(1),
                burst: None
            }
        );
        assert_eq!(relate(&a, Some("2024-05-01T09:30:00"), &known).same_as, Some(1));
        // Shot 5 s later (across midnight and month ends the arithmetic holds): a burst, not a copy.
        assert_eq!(
            relate(&a, Some("2024-05-01T09:30:05"), &known),
            Relation {
                same_as: None,
                burst: Some(1)
            }
        );
        assert_eq!(
            seconds("2024-03-01T00:00:02").unwrap() - seconds("2024-02-29T23:59:58").unwrap(),
            4
        );
        // An hour later: neither.
        assert_eq!(relate(&a, Some("2024-05-01T10:30:00"), &known), Relation::default());
        assert_eq!(relate(&other, None, &known[..1]), Relation::default());
    }
}
