//! Embeds the shipped known-bug list (corpus/regressions/*.rb and
//! specs/known-bugs.toml) into the binary, so an installed gcstress knows
//! the bugs this source tree knows (`triage::known`).

use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let corpus = root.join("corpus").join("regressions");
    let toml = root.join("specs").join("known-bugs.toml");
    println!("cargo:rerun-if-changed={}", corpus.display());
    println!("cargo:rerun-if-changed={}", toml.display());
    let mut files: Vec<(String, std::path::PathBuf)> = Vec::new();
    if let Ok(rd) = std::fs::read_dir(&corpus) {
        for e in rd.flatten() {
            let p = e.path();
            if p.extension().is_some_and(|x| x == "rb") {
                let name = format!(
                    "corpus/regressions/{}",
                    p.file_name()
                        .map(|n| n.to_string_lossy())
                        .unwrap_or_default()
                );
                println!("cargo:rerun-if-changed={}", p.display());
                files.push((name, p));
            }
        }
    }
    if toml.is_file() {
        files.push(("specs/known-bugs.toml".into(), toml));
    }
    files.sort();
    let mut out = String::from("/// (name, text) of every shipped known-bug source.\npub static SHIPPED: &[(&str, &str)] = &[\n");
    for (name, p) in &files {
        let abs = p.canonicalize().unwrap_or_else(|_| p.clone());
        out.push_str(&format!(
            "    ({name:?}, include_str!({:?})),\n",
            abs.display().to_string()
        ));
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("known_shipped.rs");
    std::fs::write(&dest, out).expect("write known_shipped.rs");
}
