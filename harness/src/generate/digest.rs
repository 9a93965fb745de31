//! The generator's output, pinned: for seeds 0..1000 (and 1000 fuzz inputs,
//! and 1000 mutations), the Ruby text and IR JSON of every program, hashed
//! per 100 and compared with `harness/tests/fixtures/generate-digests.txt`.
//!
//! A refactoring of `generate/` or `lift.rs` must leave every line of that
//! file as it is (the same RNG calls in the same order, the same text). A
//! change that is meant to change programs bumps [`GENERATOR_VERSION`] and
//! rewrites the file:
//!
//! ```text
//! GCSTRESS_UPDATE_DIGESTS=1 cargo test --release -p gcstress --lib generate::digest
//! ```
//!
//! Catalogs: the built-in minimal one (`gcstress generate --offline`), a real
//! VM's (mruby 3.3.0's introspection, `harness/tests/fixtures/`), and a sparse
//! one (no Fiber, Struct, Comparable, Enumerable, eval or prepend), so the
//! fallbacks fire too.

use super::*;
use crate::lift::lift;
use crate::record::fnv64;

const DIGESTS: &str = include_str!("../../tests/fixtures/generate-digests.txt");
const MRUBY_CATALOG: &str = include_str!("../../tests/fixtures/catalog-mruby-3.3.0.txt");

/// Programs per digest line.
const CHUNK: u64 = 100;
const SEEDS: u64 = 1000;

fn catalogs() -> Vec<(&'static str, VmCatalog)> {
    let mut sparse = VmCatalog::builtin_minimal();
    for c in ["Fiber", "Struct", "Comparable", "Enumerable"] {
        sparse.classes.remove(c);
    }
    sparse.features.insert("eval".into(), false);
    sparse.features.insert("prepend".into(), false);
    vec![
        ("builtin", VmCatalog::builtin_minimal()),
        ("mruby-3.3.0", VmCatalog::parse(MRUBY_CATALOG)),
        ("sparse", sparse),
    ]
}

/// Ruby text and IR JSON of a program.
fn text(p: &Program) -> String {
    let json = serde_json::to_string(p).unwrap_or_else(|e| format!("unserializable: {e}"));
    format!("{}\n{json}\n", lift(p))
}

/// A fuzz input of `i`: varied lengths (empty, shorter and longer than the
/// schedule's 64 bytes), varied bytes.
fn fuzz_input(i: u64) -> Vec<u8> {
    let len = (i * 37 % 700) as usize;
    let mut r = ChaCha8Rng::seed_from_u64(i);
    let mut b = vec![0u8; len];
    r.fill_bytes(&mut b);
    b
}

/// One line per set and 100 programs: `<set> <first>..<end> <fnv64 hex>`.
/// With `GCSTRESS_DUMP_DIGESTED=DIR`, also writes what each line hashes to
/// `DIR/<set>.<first>` (to diff a change that moves a digest).
fn digest_lines() -> String {
    let dump = std::env::var_os("GCSTRESS_DUMP_DIGESTED").map(std::path::PathBuf::from);
    let mut out = String::new();
    let mut push = |set: &str, f: &dyn Fn(u64) -> String| {
        for lo in (0..SEEDS).step_by(CHUNK as usize) {
            let mut all = String::new();
            for i in lo..lo + CHUNK {
                all.push_str(&f(i));
            }
            if let Some(dir) = &dump {
                let path = dir.join(format!("{}.{lo}", set.replace('/', "-")));
                if let Err(e) = std::fs::write(&path, &all) {
                    panic!("cannot write {}: {e}", path.display());
                }
            }
            out.push_str(&format!(
                "{set} {lo}..{} {:016x}\n",
                lo + CHUNK,
                fnv64(all.as_bytes())
            ));
        }
    };
    let cats = catalogs();
    for (name, cat) in &cats {
        for (cname, cfg) in [
            ("default", GenConfig::default()),
            (
                "mark",
                GenConfig {
                    mark: true,
                    ..GenConfig::default()
                },
            ),
        ] {
            push(&format!("seed/{name}/{cname}"), &|s| {
                text(&program_for_seed(cat, s, &cfg))
            });
        }
    }
    for (name, cat) in &cats[..2] {
        push(&format!("fuzz/{name}"), &|i| {
            text(&crate::fuzz::program(
                cat,
                &fuzz_input(i),
                crate::fuzz::Host::Mruby,
            ))
        });
        push(&format!("bytes/{name}"), &|i| {
            text(&program_from_bytes(
                cat,
                &fuzz_input(i),
                &GenConfig::default(),
            ))
        });
        push(&format!("mutate/{name}"), &|s| {
            let cfg = GenConfig::default();
            let p = program_for_seed(cat, s, &cfg);
            let donor = program_for_seed(cat, s + SEEDS, &cfg);
            let mut g = Generator::new(s ^ 0x5eed, cat, cfg);
            let (q, m) = g.mutate(&p, (s % 2 == 0).then_some(&donor));
            format!("{m:?}\n{}", text(&q))
        });
    }
    out
}

const HEADER: &str = "\
# FNV-1a 64 of the Ruby text and IR JSON of 100 generated programs per line
# (harness/src/generate/digest.rs). Rewrite only with a GENERATOR_VERSION bump:
# GCSTRESS_UPDATE_DIGESTS=1 cargo test --release -p gcstress --lib generate::digest
";

#[test]
fn generated_programs_match_the_committed_digests() {
    let now = format!("{HEADER}{}", digest_lines());
    if std::env::var_os("GCSTRESS_UPDATE_DIGESTS").is_some() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/generate-digests.txt");
        if let Err(e) = std::fs::write(&path, &now) {
            panic!("cannot write {}: {e}", path.display());
        }
        return;
    }
    let differ: Vec<String> = now
        .lines()
        .zip(DIGESTS.lines())
        .filter(|(a, b)| a != b)
        .map(|(a, b)| format!("now {a}\n  was {b}"))
        .collect();
    assert!(
        differ.is_empty() && now.lines().count() == DIGESTS.lines().count(),
        "generated programs changed (generator version {GENERATOR_VERSION}):\n{}\n\
         a change meant to change programs bumps GENERATOR_VERSION and rewrites the file \
         (GCSTRESS_UPDATE_DIGESTS=1)",
        differ.join("\n")
    );
}
