//! Building the worker: the C shim + fork server compiled against one VM's own
//! headers and flags and linked with its `libmruby.a` and the `--wrap` flags.
//!
//! The worker is rebuilt whenever the shim sources change (its file name
//! carries their hash), so a harness upgrade never talks to a stale worker.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context, Result};

use crate::catalog::Variant;
use crate::home::Home;
use crate::provision::{Manifest, Progress};

/// The shim sources, embedded so an installed `gcstress` needs no checkout.
pub const SHIM_FILES: [(&str, &str); 8] = [
    ("gcstress.h", include_str!("../shim/gcstress.h")),
    ("shim.h", include_str!("../shim/shim.h")),
    ("shim_internal.h", include_str!("../shim/shim_internal.h")),
    ("shim.c", include_str!("../shim/shim.c")),
    ("verifier.c", include_str!("../shim/verifier.c")),
    ("record.c", include_str!("../shim/record.c")),
    ("server.c", include_str!("../shim/server.c")),
    ("worker_mruby.c", include_str!("../shim/worker_mruby.c")),
];

/// The shim's compilation units, as every build compiles them (the mruby
/// workers here, the Artichoke worker's and the fuzz crate's build scripts),
/// against the VM's own headers and flags: the allocator, hooks, GC
/// primitives and `GCStress` (`shim.c`), the heap verifier (`verifier.c`)
/// and the event log (`record.c`); they share `shim_internal.h`. The fork
/// server (`server.c`) and mruby's worker main (`worker_mruby.c`) are not
/// part of it: an in-process host (fuzz/) needs neither.
pub const SHIM_SOURCES: [&str; 3] = ["shim.c", "verifier.c", "record.c"];

/// The hooks: every cross-object call of these VM functions goes through the
/// shim's `__wrap_*`. A missing flag fails silently, so a test asserts that
/// each hook fires.
/// `mrb_basic_alloc_func` is mruby 4's allocator (earlier versions take the
/// shim's through `mrb_open_allocf` and have no such symbol, so it is inert).
/// `mrb_top_run` marks where the program's code runs: mallocs count there only.
/// `mrb_obj_alloc_core` is how mruby master's proc.c allocates procs and
/// envs (inert where the VM has no such function).
pub const WRAP_FLAGS: [&str; 7] = [
    "-Wl,--wrap=mrb_obj_alloc",
    "-Wl,--wrap=mrb_obj_alloc_core",
    "-Wl,--wrap=mrb_top_run",
    "-Wl,--wrap=mrb_field_write_barrier",
    "-Wl,--wrap=mrb_write_barrier",
    "-Wl,--wrap=mrb_gc_mark_iv",
    "-Wl,--wrap=mrb_basic_alloc_func",
];

/// FNV-1a over the shim sources and the compile recipe.
pub fn shim_hash() -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |b: &[u8]| {
        for &x in b {
            h ^= u64::from(x);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    };
    for (name, text) in SHIM_FILES {
        eat(name.as_bytes());
        eat(text.as_bytes());
    }
    for f in WRAP_FLAGS {
        eat(f.as_bytes());
    }
    eat(b"recipe-3");
    for (name, code) in PROBES {
        eat(name.as_bytes());
        eat(code.as_bytes());
    }
    format!("{h:016x}")
}

/// Write the shim sources into `dir` (for builds and for users who want to read them).
pub fn write_shim(dir: &Path) -> Result<()> {
    fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    for (name, text) in SHIM_FILES {
        fs::write(dir.join(name), text)
            .with_context(|| format!("cannot write {}", dir.join(name).display()))?;
    }
    Ok(())
}

pub fn ensure_worker(home: &Home, dir: &Path, m: &Manifest, progress: Progress) -> Result<PathBuf> {
    if m.kind == "artichoke" {
        return crate::artichoke::ensure_worker(home, dir, m, progress);
    }
    if let Some(w) = &m.worker {
        if w.is_file() {
            return Ok(w.clone());
        }
        bail!(
            "{}: its worker {} is missing; rebuild the VM",
            m.id,
            w.display()
        );
    }
    let hash = shim_hash();
    let worker = dir.join(format!("worker-{hash}"));
    if worker.is_file() {
        return Ok(worker);
    }
    let _lock = home.lock(&m.id)?;
    if worker.is_file() {
        return Ok(worker);
    }
    progress(&format!("compiling the gcstress worker for {} ...", m.id));
    let shim = dir.join(format!("shim-{hash}"));
    write_shim(&shim)?;
    let tmp = dir.join(format!(".worker-{hash}-{}", std::process::id()));
    // a -fuzz VM is built by clang, and its flags are clang's
    let mut cmd = Command::new(if m.variant == Variant::Fuzz {
        "clang"
    } else {
        "gcc"
    });
    // a -cov VM's flags carry `--coverage`, which would instrument the
    // shim's own sources too: the VM's objects alone bring counters
    let cflags: Vec<String> = m
        .cflags
        .iter()
        .filter(|f| *f != "--coverage")
        .cloned()
        .collect();
    cmd.args(&cflags)
        .arg(format!("-I{}", shim.display()))
        // -z now: the fork server resolves every PLT symbol once, so each
        // child does not repeat the dynamic linker's lazy binding (and its
        // page faults) for the functions the program first calls there
        .args([
            "-g",
            "-O1",
            "-fno-omit-frame-pointer",
            "-no-pie",
            "-Wl,-z,now",
            "-o",
        ])
        .arg(&tmp);
    if m.variant == Variant::Asan {
        cmd.arg("-fsanitize=address");
    }
    if m.variant == Variant::Cov {
        cmd.args(coverage_defines(dir));
    }
    cmd.args(probe_defines(
        if m.variant == Variant::Fuzz {
            "clang"
        } else {
            "gcc"
        },
        &cflags,
    ));
    for f in SHIM_SOURCES.iter().chain(&["server.c", "worker_mruby.c"]) {
        cmd.arg(shim.join(f));
    }
    // likewise its link flags: libgcov alone
    cmd.args(m.ldflags.iter().filter(|f| *f != "--coverage"))
        .args(WRAP_FLAGS)
        .arg(&m.libmruby)
        .args(&m.libs)
        .arg("-lm");
    if m.variant == Variant::Cov {
        cmd.arg("-lgcov");
    }
    let out = cmd
        .output()
        .with_context(|| format!("cannot run gcc ({cmd:?})"))?;
    if !out.status.success() {
        let log = home.logs().join(format!("{}-worker.log", m.id));
        let _ = fs::write(
            &log,
            [format!("{cmd:?}\n").as_bytes(), &out.stderr].concat(),
        );
        let first = String::from_utf8_lossy(&out.stderr)
            .lines()
            .find(|l| l.contains("error"))
            .unwrap_or("")
            .to_string();
        bail!(
            "cannot compile the worker for {}: {first} (log: {})",
            m.id,
            log.display()
        );
    }
    fs::rename(&tmp, &worker)
        .with_context(|| format!("cannot move the worker to {}", worker.display()))?;
    prune_old_builds(dir, KEEP_OLD_BUILDS);
    Ok(worker)
}

/// A `-cov` worker's defines: `GCS_COVERAGE` (the child dumps the gcov
/// counters before it `_exit`s) and where the counters go. The VM was compiled
/// in `vms/.build-<id>-<pid>/` and renamed to `dir`, but its objects name
/// their `.gcda` files by the build path; `GCOV_PREFIX_STRIP` drops that
/// directory (and those above it) and `GCOV_PREFIX` puts `dir` in its place,
/// so the counters land beside the `.gcno` files in `dir/build/`.
fn coverage_defines(dir: &Path) -> Vec<String> {
    let strip = dir
        .parent()
        .map(|p| {
            p.components()
                .filter(|c| matches!(c, std::path::Component::Normal(_)))
                .count()
                + 1
        })
        .unwrap_or(0);
    vec![
        "-DGCS_COVERAGE=1".into(),
        format!("-DGCS_GCOV_PREFIX=\"{}\"", dir.display()),
        format!("-DGCS_GCOV_PREFIX_STRIP=\"{strip}\""),
    ]
}

/// What the VM's headers have, asked of the compiler (as a configure script
/// does) rather than guessed from `MRUBY_RELEASE_MAJOR`: mruby renames GC
/// fields inside a major version (3.4.0 calls the colour `gc_color`, as 4.0
/// does, but keeps 3.x's gray list and allocator), and master (after 4.0.0,
/// still numbered 4.0.0) replaced the allocation threshold with a debt,
/// added a re-entrancy flag, `mrb_gc_step` (a step that runs while the
/// allocation path's `auto_step` is off) and allocates procs and envs
/// through `mrb_obj_alloc_core`. Each probe that compiles against the VM's
/// own headers becomes `-DNAME=1`; the shim falls back to the version number
/// (or to "no") for anything not probed (the Artichoke and fuzz builds).
const PROBES: &[(&str, &str)] = &[
    (
        "GCS_HAVE_GC_COLOR",
        "int gcs_probe(struct RBasic *b) { return b->gc_color; }",
    ),
    (
        "GCS_HAVE_GRAY_LIST",
        "void *gcs_probe(mrb_gc *g) { return g->gray_list; }",
    ),
    (
        "GCS_HAVE_OLDGEN_THRESHOLD",
        "size_t gcs_probe(mrb_gc *g) { return g->oldgen_threshold; }",
    ),
    (
        "GCS_HAVE_GC_DEBT",
        "mrb_int gcs_probe(mrb_gc *g) { return g->gc_debt; }",
    ),
    (
        "GCS_HAVE_GC_COLLECTING",
        "int gcs_probe(mrb_gc *g) { return g->collecting; }",
    ),
    (
        "GCS_HAVE_GC_STEP_API",
        // the address, not a call: C would take an undeclared call as implicit
        "void *gcs_probe(void) { return (void *)&mrb_gc_step; }",
    ),
    (
        "GCS_HAVE_OBJ_ALLOC_CORE",
        "#if __has_include(<mruby/internal.h>)\n#include <mruby/internal.h>\n#endif\n\
         void *gcs_probe(void) { return (void *)&mrb_obj_alloc_core; }",
    ),
];

/// `-DNAME=1` for every probe that compiles, `-DNAME=0` for the others
/// (`cc` with the VM's `cflags`; the fuzz crate's build script asks too).
pub fn probe_defines(cc: &str, cflags: &[String]) -> Vec<String> {
    PROBES
        .iter()
        .map(|(name, code)| {
            let src = format!(
                "#include <mruby.h>\n#include <mruby/object.h>\n#include <mruby/gc.h>\n{code}\n"
            );
            let ok = Command::new(cc)
                .args(cflags)
                .args(["-fsyntax-only", "-x", "c", "-"])
                .stdin(std::process::Stdio::piped())
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .spawn()
                .and_then(|mut c| {
                    use std::io::Write;
                    if let Some(mut i) = c.stdin.take() {
                        i.write_all(src.as_bytes())?;
                    }
                    c.wait()
                })
                .is_ok_and(|st| st.success());
            format!("-D{name}={}", u8::from(ok))
        })
        .collect()
}

/// Workers (and their shim sources) built by earlier harness versions that
/// are kept beside the current one, newest first: enough for an A/B run of
/// two harness builds on one `$GCSTRESS_HOME` without rebuilding each time.
pub(crate) const KEEP_OLD_BUILDS: usize = 3;

/// Remove all but the `keep` newest older `worker-HASH` builds in `dir`
/// (with their `shim-HASH` sources); each is about 4 MiB and every shim
/// change adds one. Best effort: a build that cannot be removed stays.
fn prune_old_builds(dir: &Path, keep: usize) {
    prune_builds_except(dir, &shim_hash(), keep);
}

/// Remove all but the `keep` newest `worker-HASH` builds in `dir` other than
/// `worker-{current}` (Artichoke's workers too: a nightly started by an
/// older gcstress keeps running on its worker while a newer one builds its own).
pub(crate) fn prune_builds_except(dir: &Path, current: &str, keep: usize) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let mut old: Vec<(std::time::SystemTime, String)> = entries
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().into_string().ok()?;
            let hash = name.strip_prefix("worker-")?.to_string();
            let mtime = e.metadata().ok()?.modified().ok()?;
            (hash != current).then_some((mtime, hash))
        })
        .collect();
    old.sort_by_key(|o| std::cmp::Reverse(o.0));
    for (_, hash) in old.into_iter().skip(keep) {
        let _ = fs::remove_file(dir.join(format!("worker-{hash}")));
        let _ = fs::remove_dir_all(dir.join(format!("shim-{hash}")));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The probes ask the compiler about the headers they are given: a
    /// 3.4.0-like header (colour renamed, gray list kept), a 3.3.0-like one
    /// and a master-like one (a debt instead of the threshold, the
    /// re-entrancy flag, mrb_gc_step, mrb_obj_alloc_core in internal.h).
    #[test]
    fn probes_read_the_headers_not_the_version() {
        let headers = |color: &str, gc: &str, extra: &str, internal: Option<&str>| {
            let d = tempfile::tempdir().unwrap();
            fs::create_dir_all(d.path().join("mruby")).unwrap();
            fs::write(
                d.path().join("mruby.h"),
                "#include <stddef.h>\n#define MRUBY_RELEASE_MAJOR 3\ntypedef long mrb_int;\ntypedef struct mrb_state mrb_state;\n",
            )
            .unwrap();
            fs::write(
                d.path().join("mruby/object.h"),
                format!("struct RBasic {{ unsigned int {color}:3; }};\n"),
            )
            .unwrap();
            fs::write(
                d.path().join("mruby/gc.h"),
                format!("typedef struct mrb_gc {{ {gc} }} mrb_gc;\n{extra}\n"),
            )
            .unwrap();
            if let Some(text) = internal {
                fs::write(d.path().join("mruby/internal.h"), text).unwrap();
            }
            d
        };
        let have = |d: &tempfile::TempDir| -> Vec<String> {
            probe_defines("gcc", &[format!("-I{}", d.path().display())])
                .into_iter()
                .filter_map(|f| Some(f.strip_suffix("=1")?.strip_prefix("-D")?.to_string()))
                .collect()
        };
        let v340 = headers(
            "gc_color",
            "struct RBasic *gray_list; size_t oldgen_threshold; size_t threshold;",
            "",
            None,
        );
        assert_eq!(
            have(&v340),
            [
                "GCS_HAVE_GC_COLOR",
                "GCS_HAVE_GRAY_LIST",
                "GCS_HAVE_OLDGEN_THRESHOLD"
            ]
        );
        let v310 = headers(
            "color",
            "struct RBasic *gray_list; size_t majorgc_old_threshold;",
            "",
            Some("int mrb_other(void);\n"),
        );
        assert_eq!(have(&v310), ["GCS_HAVE_GRAY_LIST"]);
        let master = headers(
            "gc_color",
            "size_t gray_stack_top; size_t oldgen_threshold; mrb_int gc_debt; unsigned collecting:1;",
            "mrb_int mrb_gc_step(mrb_state *mrb);",
            Some("struct RBasic *mrb_obj_alloc_core(mrb_state *, int, void *);\n"),
        );
        assert_eq!(
            have(&master),
            [
                "GCS_HAVE_GC_COLOR",
                "GCS_HAVE_OLDGEN_THRESHOLD",
                "GCS_HAVE_GC_DEBT",
                "GCS_HAVE_GC_COLLECTING",
                "GCS_HAVE_GC_STEP_API",
                "GCS_HAVE_OBJ_ALLOC_CORE"
            ]
        );
    }

    /// Every build compiles the same units: each is embedded, and the
    /// Artichoke worker's build script (outside the workspace, so it cannot
    /// use this constant) lists the same ones.
    #[test]
    fn every_build_compiles_the_same_shim_sources() {
        for f in SHIM_SOURCES {
            assert!(
                SHIM_FILES.iter().any(|(name, _)| *name == f),
                "{f} is not embedded"
            );
        }
        let build_rs = crate::artichoke::CRATE_FILES
            .iter()
            .find(|(name, _)| *name == "build.rs")
            .map(|(_, text)| *text)
            .expect("the Artichoke worker crate has a build.rs");
        let list: Vec<String> = SHIM_SOURCES.iter().map(|f| format!("{f:?}")).collect();
        let want = format!(
            "const SHIM_SOURCES: [&str; {}] = [{}];",
            SHIM_SOURCES.len(),
            list.join(", ")
        );
        assert!(
            build_rs.contains(&want),
            "backends/artichoke/build.rs should say `{want}`"
        );
    }

    #[test]
    fn old_worker_builds_are_pruned_newest_kept() {
        let d = tempfile::tempdir().unwrap();
        let t0 = std::time::SystemTime::now() - std::time::Duration::from_secs(1000);
        for (i, h) in ["a1", "b2", "c3", "d4", "e5"].iter().enumerate() {
            let w = d.path().join(format!("worker-{h}"));
            fs::write(&w, "x").unwrap();
            fs::create_dir(d.path().join(format!("shim-{h}"))).unwrap();
            let f = fs::File::options().write(true).open(&w).unwrap();
            f.set_modified(t0 + std::time::Duration::from_secs(10 * i as u64))
                .unwrap();
        }
        let cur = d.path().join(format!("worker-{}", shim_hash()));
        fs::write(&cur, "x").unwrap();
        fs::write(d.path().join("manifest.toml"), "").unwrap();
        prune_old_builds(d.path(), 3);
        let mut left: Vec<String> = fs::read_dir(d.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        left.sort();
        let mut want = vec![
            "manifest.toml".to_string(),
            "shim-c3".into(),
            "shim-d4".into(),
            "shim-e5".into(),
            "worker-c3".into(),
            "worker-d4".into(),
            "worker-e5".into(),
            format!("worker-{}", shim_hash()),
        ];
        want.sort();
        assert_eq!(left, want);
    }
}
