//! `zhanban-cli typeset`: a corpus paragraph from standard input comes back as its lines, exactly as broken, which
//! spell the input and obey clreq's line-start and line-end rules; JSON lists missing characters.

use std::io::Write;
use std::process::{Command, Stdio};

fn typeset(args: &[&str], input: &str) -> std::process::Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_zhanban-cli"))
        .arg("typeset")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The tool may refuse its arguments before reading its input: a closed pipe is fine.
    let _ = child.stdin.take().unwrap().write_all(input.as_bytes());
    child.wait_with_output().unwrap()
}

const PARAGRAPH: &str =
    "说了就算，定了就干。在市直机关的工作要点中，市委市直机关工委提出“一二三六六”工作思路，确保全年工作干有所向、\
行有所循。持续深化理论武装，落实全市主题教育要求，组织万余名机关党员参加全国“学思想 强党性 共奋斗”知识挑战赛，936人获评\
“学习优秀个人”，居全国第二。";

#[test]
fn lines_spell_the_input_and_obey_the_rules() {
    for width in [8.0, 13.0, 17.5, 24.0] {
        let out = typeset(&["--width", &width.to_string()], PARAGRAPH);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let text = String::from_utf8(out.stdout).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines.len() > 1);
        assert_eq!(lines.concat(), PARAGRAPH, "width {width}");
        for l in &lines[1..] {
            let first = l.chars().next().unwrap();
            assert!(!"，。、；：？！）》”’".contains(first), "line starts with {first}: {l}");
        }
        for l in &lines {
            let last = l.chars().last().unwrap();
            assert!(!"（《“‘".contains(last), "line ends with {last}: {l}");
        }
        assert!(
            !lines.iter().any(|l| l.ends_with("936") || l.ends_with("93")),
            "936人 stays whole: {lines:?}"
        );
        assert!(lines.last().unwrap().chars().count() >= 2, "no 孤字");
    }
}

#[test]
fn json_reports_missing_characters() {
    let out = typeset(&["--width", "10", "--json"], "刘\u{10FFFD}同志讲话");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["missing"], serde_json::json!(["\u{10FFFD}"]));
    assert!(v["lines"][0]["chars"][0]["font"].is_string());
}

#[test]
fn bad_width_is_a_user_error() {
    let out = typeset(&["--width", "-3"], "文字");
    assert_eq!(out.status.code(), Some(1));
}
