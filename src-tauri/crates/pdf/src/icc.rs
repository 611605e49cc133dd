//! The sRGB ICC profile that tags the boards' RGB content (DefaultRGB and untagged RGB photos), built here from the
//! published sRGB constants (IEC 61966-2-1: D50-adapted primaries, the sRGB transfer curve) so no third-party
//! profile file and licence is needed. Owns only the profile's bytes; must not touch PDF objects.

fn be32(v: u32) -> [u8; 4] {
    v.to_be_bytes()
}

fn s15f16(v: f64) -> [u8; 4] {
    ((v * 65536.0).round() as i32).to_be_bytes()
}

fn xyz(x: f64, y: f64, z: f64) -> Vec<u8> {
    let mut t = b"XYZ \0\0\0\0".to_vec();
    for v in [x, y, z] {
        t.extend(s15f16(v));
    }
    t
}

fn desc(text: &str) -> Vec<u8> {
    let mut t = b"desc\0\0\0\0".to_vec();
    t.extend(be32(text.len() as u32 + 1));
    t.extend(text.as_bytes());
    t.push(0);
    t.extend([0u8; 8]); // Unicode language code and count
    t.extend([0u8; 3]); // ScriptCode code and count
    t.extend([0u8; 67]);
    t
}

fn text(s: &str) -> Vec<u8> {
    let mut t = b"text\0\0\0\0".to_vec();
    t.extend(s.as_bytes());
    t.push(0);
    t
}

fn curve() -> Vec<u8> {
    const N: u32 = 1024;
    let mut t = b"curv\0\0\0\0".to_vec();
    t.extend(be32(N));
    for i in 0..N {
        let v = i as f64 / (N - 1) as f64;
        let lin = if v <= 0.04045 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        };
        t.extend(((lin * 65535.0).round() as u16).to_be_bytes());
    }
    t
}

/// An ICC v2.1 display profile for sRGB (about 2.5 KB).
pub fn srgb_profile() -> Vec<u8> {
    let trc = curve();
    let tags: Vec<(&[u8; 4], Vec<u8>)> = vec![
        (b"desc", desc("sRGB IEC61966-2.1 (Zhanban)")),
        (b"cprt", text("No copyright, use freely")),
        (b"wtpt", xyz(0.9642, 1.0, 0.8249)),
        (b"rXYZ", xyz(0.436_074_7, 0.222_504_5, 0.013_932_2)),
        (b"gXYZ", xyz(0.385_064_9, 0.716_878_6, 0.097_104_5)),
        (b"bXYZ", xyz(0.143_080_4, 0.060_616_9, 0.714_173_3)),
        (b"rTRC", trc.clone()),
        (b"gTRC", trc.clone()),
        (b"bTRC", trc),
    ];
    let table_len = 4 + 12 * tags.len();
    let mut offset = 128 + table_len;
    let mut table = be32(tags.len() as u32).to_vec();
    let mut body = Vec::new();
    for (sig, data) in &tags {
        table.extend(*sig);
        table.extend(be32(offset as u32));
        table.extend(be32(data.len() as u32));
        body.extend(data);
        while body.len() % 4 != 0 {
            body.push(0);
        }
        offset = 128 + table_len + body.len();
    }
    let size = 128 + table.len() + body.len();
    let mut h = Vec::with_capacity(size);
    h.extend(be32(size as u32));
    h.extend([0u8; 4]); // preferred CMM
    h.extend(be32(0x0210_0000)); // version 2.1
    h.extend(b"mntrRGB XYZ ");
    h.extend([0x07, 0xE6, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0]); // 2022-01-01
    h.extend(b"acsp");
    h.extend([0u8; 24]); // platform, flags, manufacturer, model, attributes
    h.extend(be32(0)); // perceptual
    for v in [0.9642, 1.0, 0.8249] {
        h.extend(s15f16(v));
    }
    h.extend([0u8; 48]); // creator, ID, reserved
    debug_assert_eq!(h.len(), 128);
    h.extend(table);
    h.extend(body);
    h
}

#[cfg(test)]
mod tests {
    #[test]
    fn profile_header_is_a_valid_rgb_display_profile() {
        let p = super::srgb_profile();
        assert_eq!(u32::from_be_bytes([p[0], p[1], p[2], p[3]]) as usize, p.len());
        assert_eq!(&p[12..20], b"mntrRGB ");
        assert_eq!(&p[36..40], b"acsp");
        assert_eq!(u32::from_be_bytes([p[128], p[129], p[130], p[131]]), 9);
    }
}
