//! Every corpus article against its hand-checked expected structure, field by field.

mod common;

use serde_json::Value;
use zhanban_writeup::{read_file, Options};

fn compare(name: &str) {
    let got = read_file(&common::corpus(&format!("{name}.txt")), &Options::default())
        .unwrap()
        .writeup;
    let got = serde_json::to_value(&got).unwrap();
    let path = format!("{}/tests/expected/{name}.json", env!("CARGO_MANIFEST_DIR"));
    let want: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut diffs = Vec::new();
    for field in ["title", "subtitle", "kicker", "byline", "traditional"] {
        if got[field] != want[field] {
            diffs.push(format!("{field}:\n  want {}\n  got  {}", want[field], got[field]));
        }
    }
    for list in ["blocks", "key_figures", "dropped"] {
        let (g, w) = (got[list].as_array().unwrap(), want[list].as_array().unwrap());
        for i in 0..g.len().max(w.len()) {
            if g.get(i) != w.get(i) {
                diffs.push(format!(
                    "{list}[{i}]:\n  want {}\n  got  {}",
                    w.get(i).map(|v| v.to_string()).unwrap_or("(none)".into()),
                    g.get(i).map(|v| v.to_string()).unwrap_or("(none)".into())
                ));
            }
        }
    }
    assert!(
        diffs.is_empty(),
        "{name}: {} differences\n{}",
        diffs.len(),
        diffs.join("\n")
    );
}

#[test]
fn changdao_review_2024() {
    compare("changdao-review-2024");
}

#[test]
fn laixi_organ_party_building_2022() {
    compare("laixi-organ-party-building-2022");
}

#[test]
fn qingdao_case_four_threes_traditional() {
    compare("qingdao-case-four-threes-traditional");
}

#[test]
fn qingdao_model_organs_2023() {
    compare("qingdao-model-organs-2023");
}

#[test]
fn qingdao_party_leads_2021() {
    compare("qingdao-party-leads-2021");
}
