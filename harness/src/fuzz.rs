//! Fuzz inputs: what the cargo-fuzz targets in `fuzz/` make of their bytes,
//! defined once so that `gcstress exec` and `minimize` turn an artifact into
//! exactly the program the fuzzer ran.
//!
//! A `gc_alias` input is generator bytes, not Ruby: `hunt`'s generator
//! ([`Generator::with_rng`]) reads the program's choices from the input
//! ([`InputRng`]: its bytes, as [`ByteRng`] does, then a stream keyed by the
//! input when they run out) and the schedule from the last
//! [`SCHEDULE_BYTES`]. The generator reads from the front, so in a long input
//! a mutation of the program keeps the schedule and the other way round, and a
//! small change makes a small change in the program; a short input (libFuzzer
//! starts from empty inputs) is still a whole random program, as `hunt`
//! generates them. The VM's catalog takes part (same bytes, other catalog:
//! other program), so the target and `exec` both read it through
//! [`introspect::catalog`](crate::generate::introspect::catalog).
//!
//! A `raw_bytes` input is Ruby source, run as OSS-Fuzz runs mruby (no
//! schedule, no verifier).

use std::collections::BTreeSet;
use std::path::Path;
use std::time::Duration;

use rand::{Rng, RngCore, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::generate::{census, ByteRng, GenConfig, Generator, VmCatalog, GENERATOR_VERSION};
use crate::ir::Program;
use crate::repro::Header;
use crate::run::{RunSpec, Verify};

/// Bytes at the end of a `gc_alias` input that choose the schedule.
pub const SCHEDULE_BYTES: usize = 64;

/// The fuzz targets (`fuzz/fuzz_targets/<name>.rs`).
pub const TARGETS: [&str; 2] = ["gc_alias", "raw_bytes"];

/// Memory the VM may take through its allocator in a fuzz run (as `hunt`).
pub const MEM_LIMIT: u64 = 1 << 30;

/// The generator settings of `gc_alias`: those of `hunt`, mid-mark
/// schedules (`mark%N`) and `GCStress.mark` points included.
pub fn gen_config() -> GenConfig {
    GenConfig {
        mark: true,
        ..GenConfig::default()
    }
}

/// The kind of VM a `gc_alias` input is read for: the schedule mix leans
/// toward the GC mode the VM ships with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Host {
    /// C mruby: generational mode on (its default), `gen=off` in 8% of schedules.
    Mruby,
    /// Artichoke ships with generational mode off, the mode artichoke#1336
    /// shows in: 7 schedules in 8 say `gen=off` (the worker's default is on,
    /// where the vendored mruby's own clear_all_old bug is found at once).
    Artichoke,
}

impl Host {
    pub fn of(install: &gcstress_vm::Install) -> Host {
        if install.is_artichoke() {
            Host::Artichoke
        } else {
            Host::Mruby
        }
    }
}

/// The program (with its schedule) a `gc_alias` input describes on a VM of kind `host`.
pub fn program(cat: &VmCatalog, data: &[u8], host: Host) -> Program {
    let tail = &data[data.len().saturating_sub(SCHEDULE_BYTES)..];
    let cfg = GenConfig {
        schedules: false,
        ..gen_config()
    };
    let mut p = Generator::with_rng(InputRng::new(data, 0), cat, cfg).program(0);
    p.schedule = Generator::with_rng(InputRng::new(tail, 1), cat, gen_config()).schedule();
    if host == Host::Artichoke
        && p.schedule.gen.is_none()
        && InputRng::new(tail, 2).next_u32() % 8 != 0
    {
        p.schedule.gen = Some(false);
    }
    p
}

/// The generator's randomness for a fuzz input: the input's bytes (as
/// [`ByteRng`]), then ChaCha8 keyed by FNV-1a of `salt` and the input.
#[derive(Debug, Clone)]
pub struct InputRng<'b> {
    bytes: ByteRng<'b>,
    len: usize,
    rest: ChaCha8Rng,
}

impl<'b> InputRng<'b> {
    pub fn new(data: &'b [u8], salt: u8) -> Self {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for &b in std::iter::once(&salt).chain(data) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        InputRng {
            bytes: ByteRng::new(data),
            len: data.len(),
            rest: ChaCha8Rng::seed_from_u64(h),
        }
    }
}

impl RngCore for InputRng<'_> {
    fn next_u32(&mut self) -> u32 {
        let mut b = [0u8; 4];
        self.fill_bytes(&mut b);
        u32::from_le_bytes(b)
    }
    fn next_u64(&mut self) -> u64 {
        let mut b = [0u8; 8];
        self.fill_bytes(&mut b);
        u64::from_le_bytes(b)
    }
    fn fill_bytes(&mut self, dst: &mut [u8]) {
        let n = self
            .len
            .saturating_sub(self.bytes.consumed())
            .min(dst.len());
        self.bytes.fill_bytes(&mut dst[..n]);
        self.rest.fill_bytes(&mut dst[n..]);
    }
}

/// How `gc_alias` runs a program (and `exec` an artifact): the heap verifier
/// on (default sampling) and at most 256 forced GCs, as `hunt` does.
pub fn run_spec(p: &Program) -> RunSpec {
    RunSpec {
        schedule: p.schedule.clone(),
        timeout: Duration::from_secs(10),
        mem_limit: MEM_LIMIT,
        verify: Some(Verify::Forced),
        mutant: None,
        diff: false,
        cap_forced: true,
    }
}

/// The reproducer for a `gc_alias` input: header (vm, schedule, verifier;
/// the signature if known) and the lifted program. The target runs it with
/// `signature` and `origin` absent; both only add to lines the VM skips (a
/// header line, a trailing comment), so line numbers stay the same.
pub fn repro_text(vm: &str, p: &Program, signature: Option<&str>, origin: Option<&str>) -> String {
    let mut h = Header::for_run(vm, &run_spec(p));
    h.signature = signature.map(str::to_string);
    h.set("generator", GENERATOR_VERSION.to_string())
        .set("ir", p.version.to_string());
    let mut s = h.render();
    s.push_str(&crate::lift::lift_stmts(&p.stmts, true));
    if let Some(o) = origin {
        s.push_str(&format!("# gcstress fuzz input: {o}\n"));
    }
    s
}

/// The file name the VM is told (the target's and `exec`'s).
pub const FILENAME: &str = "repro.rb";

/// What an input file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    /// Generator bytes for `gc_alias`.
    GcAlias,
    /// A `raw_bytes` input: Ruby source.
    RawBytes,
    /// Any other Ruby program.
    Ruby,
}

/// Tell a fuzz input from a Ruby program: a `.rb` file is Ruby (the
/// reproducers gcstress writes beside an artifact); else by where it lives
/// (`…/artifacts/<target>/`, `…/corpus/<target>/`); else by content
/// (generator bytes are binary: not UTF-8, or with NUL bytes).
pub fn classify(path: &Path, bytes: &[u8]) -> InputKind {
    if path.extension().is_some_and(|e| e == "rb") {
        return InputKind::Ruby;
    }
    let parts: Vec<String> = path
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    for w in parts.windows(2) {
        if w[0] == "artifacts" || w[0] == "corpus" {
            match w[1].as_str() {
                "gc_alias" => return InputKind::GcAlias,
                "raw_bytes" => return InputKind::RawBytes,
                _ => {}
            }
        }
    }
    if std::str::from_utf8(bytes).is_err() || bytes.contains(&0) {
        InputKind::GcAlias
    } else {
        InputKind::Ruby
    }
}

/// The VM a fuzz artifact ran on, unless a flag says: `$GCSTRESS_VM` (the
/// variable the fuzz build reads), else the default VM.
pub fn artifact_vm(flag: Option<&str>) -> String {
    flag.map(String::from)
        .or_else(|| std::env::var("GCSTRESS_VM").ok().filter(|v| !v.is_empty()))
        .unwrap_or_else(|| gcstress_vm::DEFAULT_VM.to_string())
}

/// Write a seed corpus for both targets into `dir/{gc_alias,raw_bytes}/`
/// ([`seeds`]); with `install`, inputs that already find a bug on that VM are
/// left out (libFuzzer would stop on them at start-up). Returns how many
/// seeds were written and how many left out.
pub fn write_corpus(
    dir: &Path,
    cat: &VmCatalog,
    count: usize,
    seed: u64,
    install: Option<&gcstress_vm::Install>,
) -> anyhow::Result<(usize, usize)> {
    use anyhow::Context;
    let mut ex = match install {
        None => None,
        Some(i) => Some(crate::exec::Executor::new(i)?),
    };
    let mut dropped = 0;
    let seeds = seeds_where(
        cat,
        install.map_or(Host::Mruby, Host::of),
        count,
        seed,
        |p| {
            let Some(ex) = ex.as_mut() else {
                return true;
            };
            let text = repro_text("", p, None, None);
            match crate::run::run_once(ex, text.as_bytes(), "seed.rb", &run_spec(p)) {
                Ok(o) if !o.kind().is_bug() => true,
                _ => {
                    dropped += 1;
                    false
                }
            }
        },
    );
    for t in TARGETS {
        std::fs::create_dir_all(dir.join(t))
            .with_context(|| format!("cannot create {}", dir.join(t).display()))?;
    }
    for (i, (bytes, ruby)) in seeds.iter().enumerate() {
        let g = dir.join("gc_alias").join(format!("seed-{i:04}"));
        std::fs::write(&g, bytes).with_context(|| format!("cannot write {}", g.display()))?;
        let r = dir.join("raw_bytes").join(format!("seed-{i:04}.rb"));
        std::fs::write(&r, ruby).with_context(|| format!("cannot write {}", r.display()))?;
    }
    Ok((seeds.len(), dropped))
}

/// A seed corpus for both targets: `count` generator inputs chosen so that
/// their programs differ (each adds a pair of constructs, `census`, not yet
/// covered), and for `raw_bytes` the same programs as stock Ruby
/// (`GCStress.*` becomes `GC.start`, no header). Deterministic in `seed`.
pub fn seeds(cat: &VmCatalog, count: usize, seed: u64) -> Vec<(Vec<u8>, String)> {
    seeds_where(cat, Host::Mruby, count, seed, |_| true)
}

/// [`seeds`], keeping only inputs whose program `keep` accepts (e.g. one
/// that runs clean on the VM: libFuzzer stops at start-up on a seed that
/// crashes, so a seed corpus must not hold a find).
pub fn seeds_where(
    cat: &VmCatalog,
    host: Host,
    count: usize,
    seed: u64,
    mut keep: impl FnMut(&Program) -> bool,
) -> Vec<(Vec<u8>, String)> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut covered: BTreeSet<(&'static str, &'static str)> = BTreeSet::new();
    let mut out = Vec::new();
    for _ in 0..count.saturating_mul(50) {
        if out.len() >= count {
            break;
        }
        // log-uniform lengths: short inputs give short programs
        let len = (rng.random_range((96f64).ln()..(4000f64).ln())).exp() as usize;
        let mut bytes = vec![0u8; len];
        rng.fill_bytes(&mut bytes);
        let p = program(cat, &bytes, host);
        let mut feats: Vec<&'static str> = census::census(&p).into_iter().collect();
        for it in &p.schedule.items {
            feats.push(it.kind.name());
        }
        let mut new = false;
        for (i, a) in feats.iter().enumerate() {
            for b in &feats[i..] {
                new |= covered.insert((a, b));
            }
        }
        if new && keep(&p) {
            out.push((bytes, plain_ruby(&p)));
        }
    }
    out
}

/// A generated program as stock Ruby: statements only, `GC.start` for the
/// `GCStress` GC points.
fn plain_ruby(p: &Program) -> String {
    let text = crate::lift::lift_stmts(&p.stmts, true);
    let text = ["minor", "full", "step", "mark"]
        .iter()
        .fold(text, |t, k| t.replace(&format!("GCStress.{k}"), "GC.start"));
    ["keep", "expect"].iter().fold(text, |t, k| {
        unwrap_self_check(&t, &format!("GCStress.{k}("))
    })
}

/// `GCStress.keep(KEY, VALUE)` / `GCStress.expect(KEY, VALUE)` (the
/// generator's self-checks) as plain `VALUE`.
fn unwrap_self_check(text: &str, call: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(call) {
        out.push_str(&rest[..i]);
        let args = &rest[i + call.len()..];
        let mut depth = 1usize;
        let close = args.char_indices().find_map(|(j, c)| {
            match c {
                '(' | '[' | '{' => depth += 1,
                ')' | ']' | '}' => depth -= 1,
                _ => {}
            }
            (depth == 0).then_some(j)
        });
        match (close, args.find(", ")) {
            (Some(j), Some(k)) if k < j => {
                out.push_str(&args[k + 2..j]);
                rest = &args[j + 1..];
            }
            _ => {
                out.push_str(call);
                rest = args;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lift::lift;

    #[test]
    fn same_bytes_same_program_and_the_schedule_comes_from_the_end() {
        let cat = VmCatalog::builtin_minimal();
        let bytes: Vec<u8> = (0..20_000u32)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 11) as u8)
            .collect();
        let a = program(&cat, &bytes, Host::Mruby);
        assert_eq!(lift(&a), lift(&program(&cat, &bytes, Host::Mruby)));
        // other bytes at the end: the same statements, another schedule
        let mut other = bytes.clone();
        let n = other.len();
        other[n - SCHEDULE_BYTES..].fill(0xa5);
        let b = program(&cat, &other, Host::Mruby);
        assert_eq!(
            crate::lift::lift_stmts(&a.stmts, true),
            crate::lift::lift_stmts(&b.stmts, true)
        );
        assert_ne!(a.schedule.to_string(), b.schedule.to_string());
        // a short input is a whole program, and another short input another one
        let e = program(&cat, &[], Host::Mruby);
        let f = program(&cat, &[1], Host::Mruby);
        assert_eq!(lift(&e), lift(&program(&cat, &[], Host::Mruby)));
        assert_ne!(lift(&e), lift(&f));
        assert!(e.stmts.len() >= gen_config().min_stmts);
        // the input's bytes come first
        let mut r = InputRng::new(&[1, 2, 3], 0);
        let mut b = [0u8; 5];
        r.fill_bytes(&mut b);
        assert_eq!(&b[..3], &[1, 2, 3]);
    }

    #[test]
    fn mid_mark_schedules_and_artichoke_leans_to_its_shipping_gc_mode() {
        let cat = VmCatalog::builtin_minimal();
        let (mut off_m, mut off_a, mut mark) = (0, 0, 0);
        for i in 0..400u32 {
            let bytes: Vec<u8> = (0..200u32)
                .map(|j| ((i * 7919 + j).wrapping_mul(2_654_435_761) >> 13) as u8)
                .collect();
            let m = program(&cat, &bytes, Host::Mruby);
            let a = program(&cat, &bytes, Host::Artichoke);
            // the same program either way; only the GC mode may differ
            assert_eq!(
                crate::lift::lift_stmts(&m.stmts, true),
                crate::lift::lift_stmts(&a.stmts, true)
            );
            assert_eq!(m.schedule.items, a.schedule.items);
            off_m += usize::from(m.schedule.gen == Some(false));
            off_a += usize::from(a.schedule.gen == Some(false));
            mark += usize::from(
                m.schedule
                    .items
                    .iter()
                    .any(|it| it.kind == gcstress_vm::schedule::Kind::Mark),
            );
        }
        assert!(off_m < 80, "mruby: {off_m}/400 gen=off");
        assert!(
            (300..390).contains(&off_a),
            "artichoke: {off_a}/400 gen=off"
        );
        assert!(mark > 10, "{mark}/400 mid-mark schedules");
    }

    #[test]
    fn classify_by_place_then_content() {
        let p = Path::new;
        assert_eq!(
            classify(p("fuzz/artifacts/gc_alias/crash-1"), b"puts 1"),
            InputKind::GcAlias
        );
        assert_eq!(
            classify(p("fuzz/artifacts/raw_bytes/crash-1"), b"\xff\x00"),
            InputKind::RawBytes
        );
        assert_eq!(
            classify(p("x/crash-1"), b"\xff\xfe\x01"),
            InputKind::GcAlias
        );
        assert_eq!(classify(p("x/a.rb"), b"puts 1\n"), InputKind::Ruby);
        assert_eq!(
            classify(p("fuzz/artifacts/gc_alias/crash-1.min.rb"), b"puts 1\n"),
            InputKind::Ruby
        );
    }

    #[test]
    fn seeds_are_varied_and_deterministic() {
        let cat = VmCatalog::builtin_minimal();
        let a = seeds(&cat, 40, 7);
        assert_eq!(a.len(), 40);
        assert_eq!(a, seeds(&cat, 40, 7));
        let distinct: BTreeSet<&String> = a.iter().map(|s| &s.1).collect();
        assert_eq!(distinct.len(), a.len());
        assert!(a.iter().all(|s| !s.1.contains("GCStress.")));
        assert_eq!(
            unwrap_self_check(
                "x << GCStress.keep(110, $stash.shift) }\nGCStress.expect(140, h140.call(nil)); end",
                "GCStress.keep("
            ),
            "x << $stash.shift }\nGCStress.expect(140, h140.call(nil)); end"
        );
        assert_eq!(
            unwrap_self_check(
                "GCStress.expect(140, h140.call(nil)); end",
                "GCStress.expect("
            ),
            "h140.call(nil); end"
        );
    }
}
