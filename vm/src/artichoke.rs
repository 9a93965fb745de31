//! Artichoke as a VM (`artichoke`): building its worker and its own
//! `artichoke` command-line interpreter from a checkout.
//!
//! Artichoke is not on the crate registry. `gcstress vm add artichoke --src
//! DIR` builds against a local checkout; `gcstress vm fetch artichoke` (and
//! first use) clones the pinned revision from GitHub when the network allows,
//! and otherwise says in one line what to do.
//!
//! What a build does (under the VM's lock, in `vms/.build-artichoke-<pid>`,
//! renamed to `vms/artichoke` when complete, like every VM):
//! 1. `cargo build --release --locked --bin artichoke` in the checkout: the
//!    plain interpreter, for plain reproducers (`manifest.plain`);
//! 2. the worker crate (`backends/artichoke`, embedded here) is written to
//!    `$GCSTRESS_HOME/cargo/worker` with its artichoke-backend dependency
//!    pointed at the checkout by path (cargo's path mechanism; a `[patch]` of a
//!    git source would still make cargo contact GitHub), its lockfile seeded
//!    from the checkout's `Cargo.lock`, and the shim sources beside it; then
//!    `cargo build --release`.
//!
//! Both builds use `RUSTUP_TOOLCHAIN=stable` (Artichoke pins an older
//! toolchain), one release profile (Artichoke's debug build aborts on recent
//! Rust; LTO off so the two builds share artifacts and rebuilds are fast) and a
//! persistent target directory, `$GCSTRESS_HOME/cargo/target`. bindgen needs
//! Debian's `libclang-dev`.
//!
//! The worker's file name carries a hash of the shim and the worker crate:
//! after a harness upgrade that changes either, the next use rebuilds the
//! worker from the recorded checkout (incremental, seconds).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context, Result};

use crate::catalog::Variant;
use crate::home::Home;
use crate::patch::{self, Patch};
use crate::provision::{self, BadInput, Install, Manifest, Progress, MANIFEST_FORMAT};
use crate::worker;

/// The repository `vm fetch artichoke` clones.
pub const REPO_URL: &str = "https://github.com/artichoke/artichoke";
/// The revision gcstress is tested against.
pub const PINNED_REV: &str = "5ffe34823c7f0fd631f4fb3993dcd528b4550a2d";

/// The worker crate, embedded so an installed `gcstress` needs no checkout of its own sources.
pub const CRATE_FILES: [(&str, &str); 4] = [
    (
        "Cargo.toml",
        include_str!("../../backends/artichoke/Cargo.toml"),
    ),
    (
        "build.rs",
        include_str!("../../backends/artichoke/build.rs"),
    ),
    (
        "src/main.rs",
        include_str!("../../backends/artichoke/src/main.rs"),
    ),
    (
        "src/ffi.rs",
        include_str!("../../backends/artichoke/src/ffi.rs"),
    ),
];

/// The dependency line in the worker's Cargo.toml that the build points at the checkout.
const BACKEND_PATH_LINE: &str = "path = \"artichoke/artichoke-backend\"";

/// The profile both builds use (environment overrides of `[profile.release]`).
const PROFILE_ENV: [(&str, &str); 4] = [
    ("RUSTUP_TOOLCHAIN", "stable"),
    ("CARGO_PROFILE_RELEASE_LTO", "false"),
    ("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "16"),
    ("CARGO_PROFILE_RELEASE_STRIP", "false"),
];

/// Hash of everything the worker is built from (shim + worker crate).
pub fn worker_hash() -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |b: &[u8]| {
        for &x in b {
            h ^= u64::from(x);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    };
    eat(worker::shim_hash().as_bytes());
    for (name, text) in CRATE_FILES {
        eat(name.as_bytes());
        eat(text.as_bytes());
    }
    format!("{h:016x}")
}

fn cargo_dir(home: &Home) -> PathBuf {
    home.root.join("cargo")
}

fn target_dir(home: &Home) -> PathBuf {
    cargo_dir(home).join("target")
}

/// Check that `src` is an Artichoke checkout; return its canonical path.
fn checkout(src: &Path) -> Result<PathBuf> {
    let backend = src.join("artichoke-backend");
    if !backend.join("Cargo.toml").is_file()
        || !backend.join("vendor/mruby/include/mruby.h").is_file()
        || !src.join("Cargo.lock").is_file()
    {
        return Err(BadInput(format!(
            "{} is not an Artichoke checkout (no artichoke-backend/ with vendored mruby, or no Cargo.lock)",
            src.display()
        ))
        .into());
    }
    src.canonicalize()
        .with_context(|| format!("cannot resolve {}", src.display()))
}

/// bindgen (in artichoke-backend's build script) loads libclang at build time.
fn require_libclang(progress: Progress) -> Result<()> {
    let found = || {
        fs::read_dir("/usr/lib")
            .into_iter()
            .flatten()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().starts_with("llvm-"))
            .any(|e| {
                fs::read_dir(e.path().join("lib"))
                    .into_iter()
                    .flatten()
                    .flatten()
                    .any(|f| f.file_name().to_string_lossy().starts_with("libclang"))
            })
            || std::env::var_os("LIBCLANG_PATH").is_some()
    };
    if found() {
        return Ok(());
    }
    let cmd = "apt-get install -y --no-install-recommends libclang-dev";
    if !provision::is_root() || !provision::which("apt-get") {
        bail!("Artichoke's build needs libclang (bindgen): run `sudo {cmd}`");
    }
    progress("installing libclang-dev with apt (Artichoke's bindgen needs it) ...");
    let log = std::env::temp_dir().join("gcstress-apt-install.log");
    let install = || {
        provision::run_logged(
            Command::new("apt-get").args([
                "install",
                "-y",
                "--no-install-recommends",
                "libclang-dev",
            ]),
            &log,
            &[("DEBIAN_FRONTEND", "noninteractive")],
        )
    };
    if install().is_err() {
        provision::run_logged(Command::new("apt-get").arg("update"), &log, &[])
            .with_context(|| format!("`apt-get update` failed (log: {})", log.display()))?;
        install().with_context(|| format!("`{cmd}` failed (log: {})", log.display()))?;
    }
    if !found() {
        bail!("libclang is still missing after `{cmd}`");
    }
    Ok(())
}

/// What a surrounding build may leave in the environment that must not reach
/// the worker's: `cargo fuzz`'s nightly-only RUSTFLAGS (the fuzz targets open
/// the VM at start), OSS-Fuzz's sanitizer CFLAGS, a cross target.
const ENV_CLEARED: [&str; 14] = [
    "RUSTFLAGS",
    "CARGO_ENCODED_RUSTFLAGS",
    "CARGO_BUILD_RUSTFLAGS",
    "RUSTDOCFLAGS",
    "RUSTC",
    "RUSTC_WRAPPER",
    "RUSTC_WORKSPACE_WRAPPER",
    "CARGO_BUILD_TARGET",
    "CC",
    "CXX",
    "CFLAGS",
    "CXXFLAGS",
    "LDFLAGS",
    "ASAN_OPTIONS",
];

fn cargo(home: &Home) -> Command {
    let mut c = Command::new("cargo");
    for k in ENV_CLEARED {
        c.env_remove(k);
    }
    c.env("CARGO_TARGET_DIR", target_dir(home));
    for (k, v) in PROFILE_ENV {
        c.env(k, v);
    }
    c
}

/// The coverage build's target directory (its own: every C object differs).
fn cov_target_dir(home: &Home) -> PathBuf {
    cargo_dir(home).join("target-cov")
}

/// `artichoke-cov`: the C compiled by the build (the vendored mruby, through
/// artichoke-backend's `cc` build) gets gcc `--coverage -O0` from CFLAGS
/// (`cc` reads it), in a target directory of its own; `GCSTRESS_COVERAGE`
/// tells the worker's build.rs where the counters go (see there).
fn cov_cargo(home: &Home, counters: &Path) -> Command {
    let mut c = cargo(home);
    c.env("CARGO_TARGET_DIR", cov_target_dir(home))
        .env("CFLAGS", "--coverage -O0")
        .env("GCSTRESS_COVERAGE", counters);
    c
}

/// The vendored mruby's coverage notes (`.gcno`) of the last coverage build,
/// copied under `counters` by their path below the build's `out/`
/// (`vendor/mruby/src/gc.gcno`), where the worker's children write the
/// `.gcda` files beside them.
fn copy_gcno(home: &Home, counters: &Path) -> Result<()> {
    let build = cov_target_dir(home).join("release/build");
    let mut best: Option<(std::time::SystemTime, PathBuf)> = None;
    for e in fs::read_dir(&build)
        .with_context(|| format!("cannot read {}", build.display()))?
        .flatten()
    {
        let name = e.file_name().to_string_lossy().into_owned();
        let note = e.path().join("out/vendor/mruby/src/gc.gcno");
        if !name.starts_with("artichoke-backend-") {
            continue;
        }
        if let Ok(t) = fs::metadata(&note).and_then(|m| m.modified()) {
            if best.as_ref().is_none_or(|(b, _)| t > *b) {
                best = Some((t, e.path().join("out")));
            }
        }
    }
    let Some((_, out)) = best else {
        bail!(
            "the coverage build left no vendor/mruby/src/gc.gcno under {}",
            build.display()
        );
    };
    let mut stack = vec![out.join("vendor")];
    while let Some(d) = stack.pop() {
        for e in fs::read_dir(&d)
            .with_context(|| format!("cannot read {}", d.display()))?
            .flatten()
        {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().and_then(|x| x.to_str()) == Some("gcno") {
                let rel = p.strip_prefix(&out).context("a note outside out/")?;
                let dest = counters.join(rel);
                if let Some(parent) = dest.parent() {
                    fs::create_dir_all(parent)
                        .with_context(|| format!("cannot create {}", parent.display()))?;
                }
                fs::copy(&p, &dest).with_context(|| {
                    format!("cannot copy {} to {}", p.display(), dest.display())
                })?;
            }
        }
    }
    Ok(())
}

/// `artichoke-backend`'s version and the checkout's git revision.
fn version_of(src: &Path) -> String {
    let version = fs::read_to_string(src.join("artichoke-backend/Cargo.toml"))
        .ok()
        .and_then(|t| {
            t.lines().find_map(|l| {
                let v = l
                    .trim()
                    .strip_prefix("version")?
                    .trim_start()
                    .strip_prefix('=')?;
                Some(v.trim().trim_matches('"').to_string())
            })
        })
        .unwrap_or_else(|| "unknown".into());
    match git_rev(src) {
        Some(rev) => format!("{version}+{}", &rev[..rev.len().min(12)]),
        None => version,
    }
}

fn git_rev(src: &Path) -> Option<String> {
    let out = Command::new("git")
        .arg("-C")
        .arg(src)
        .args(["rev-parse", "HEAD"])
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
        .filter(|r| !r.is_empty())
}

/// Build the plain `artichoke` interpreter into `out`.
fn build_cli(home: &Home, src: &Path, out: &Path, progress: Progress) -> Result<()> {
    progress(&format!(
        "building Artichoke's `artichoke` interpreter from {} (release; a few minutes the first time) ...",
        src.display()
    ));
    // one build at a time in the shared target directory (and its outputs
    // are copied out before another build overwrites them)
    let _cargo = home.lock("artichoke-cargo")?;
    let log = home.logs().join("artichoke-build.log");
    provision::run_logged(
        cargo(home)
            .args([
                "build",
                "--release",
                "--locked",
                "--bin",
                "artichoke",
                "--manifest-path",
            ])
            .arg(src.join("Cargo.toml")),
        &log,
        &[],
    )
    .context("cargo could not build Artichoke's `artichoke` binary")?;
    let built = target_dir(home).join("release/artichoke");
    fs::copy(&built, out)
        .with_context(|| format!("cannot copy {} to {}", built.display(), out.display()))?;
    Ok(())
}

/// Write the worker crate and build it against `src`; copy the binary to `out`.
/// `cov`: a coverage build (`artichoke-cov`): the directory its counters
/// go to (the VM's final `build/`), and where to copy the notes now.
fn build_worker(
    home: &Home,
    src: &Path,
    out: &Path,
    cov: Option<(&Path, &Path)>,
    progress: Progress,
) -> Result<()> {
    let counters = cov.map(|c| c.0);
    progress(if counters.is_some() {
        "building the gcstress worker for Artichoke (release, vendored mruby with --coverage; the first build takes minutes) ..."
    } else {
        "building the gcstress worker for Artichoke (release) ..."
    });
    // the worker crate directory and the target directory are shared
    let _cargo = home.lock("artichoke-cargo")?;
    let krate = cargo_dir(home).join(if counters.is_some() {
        "worker-cov"
    } else {
        "worker"
    });
    for (name, text) in CRATE_FILES {
        let path = krate.join(name);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)
                .with_context(|| format!("cannot create {}", parent.display()))?;
        }
        let text = if name == "Cargo.toml" {
            if !text.contains(BACKEND_PATH_LINE) {
                bail!("the embedded worker Cargo.toml has no `{BACKEND_PATH_LINE}` line");
            }
            let backend = src.join("artichoke-backend");
            text.replace(
                BACKEND_PATH_LINE,
                &format!("path = {:?}", backend.to_string_lossy()),
            )
        } else {
            text.to_string()
        };
        fs::write(&path, text).with_context(|| format!("cannot write {}", path.display()))?;
    }
    // The checkout's lockfile pins the versions Artichoke is tested with.
    let lock = krate.join("Cargo.lock");
    fs::copy(src.join("Cargo.lock"), &lock)
        .with_context(|| format!("cannot seed {}", lock.display()))?;
    let shim = krate.join("shim");
    worker::write_shim(&shim)?;
    let log = home.logs().join(if counters.is_some() {
        "artichoke-cov-worker.log"
    } else {
        "artichoke-worker.log"
    });
    let _ = fs::remove_file(&log);
    let mut cmd = match counters {
        Some(c) => cov_cargo(home, c),
        None => cargo(home),
    };
    provision::run_logged(
        cmd.args(["build", "--release", "--manifest-path"])
            .arg(krate.join("Cargo.toml")),
        &log,
        &[
            ("GCSTRESS_ARTICHOKE_SRC", &src.to_string_lossy()),
            ("GCSTRESS_SHIM_DIR", &shim.to_string_lossy()),
        ],
    )
    .context("cargo could not build the gcstress worker for Artichoke")?;
    let built = match cov {
        Some((_, notes)) => {
            copy_gcno(home, notes)?;
            cov_target_dir(home).join("release/gcstress-artichoke-worker")
        }
        None => target_dir(home).join("release/gcstress-artichoke-worker"),
    };
    let tmp = out.with_extension("tmp");
    fs::copy(&built, &tmp)
        .with_context(|| format!("cannot copy {} to {}", built.display(), tmp.display()))?;
    fs::rename(&tmp, out)
        .with_context(|| format!("cannot move the worker to {}", out.display()))?;
    Ok(())
}

/// `vm add artichoke --src DIR`: build the worker and the plain interpreter
/// against a checkout (replacing an earlier build).
pub fn add(home: &Home, src: &Path, variant: Variant, progress: Progress) -> Result<Install> {
    add_as(home, "artichoke", src, variant, &[], None, progress)
}

/// Is `src` an Artichoke checkout (artichoke-backend with its vendored mruby)?
pub fn is_checkout(src: &Path) -> bool {
    src.join("artichoke-backend/vendor/mruby/include/mruby.h")
        .is_file()
}

/// Build Artichoke from a checkout as VM `id`. With patches, the checkout is
/// copied to `$GCSTRESS_HOME/src/<id>` (without `.git` and `target/`) and
/// patched there first; that copy stays, as the tree the worker is rebuilt
/// from after a shim change. `base`: the VM whose checkout it is (`--from`).
pub fn add_as(
    home: &Home,
    id: &str,
    src: &Path,
    variant: Variant,
    patches: &[Patch],
    base: Option<&str>,
    progress: Progress,
) -> Result<Install> {
    if variant != Variant::Release && variant != Variant::Cov {
        return Err(BadInput(
            "artichoke has no --debug or --asan build (its mruby is built by artichoke-backend's cargo build)".into(),
        )
        .into());
    }
    let checkout_src = checkout(src)?;
    home.ensure_dirs()?;
    provision::require_tools(&["cargo", "gcc"], progress)?;
    require_libclang(progress)?;
    let _lock = home.lock(id)?;
    let version = version_of(&checkout_src);
    let patched_dir = home.root.join("src").join(id);
    let src = if patches.is_empty() {
        checkout_src.clone()
    } else {
        prepare_patched(home, id, &checkout_src, patches, base, progress)?
    };
    let final_dir = home.vm_dir(id);
    let tmp = provision::fresh_build_dir(home, id)?;
    let hash = worker_hash();
    let cov_variant = variant == Variant::Cov;
    let result = (|| -> Result<()> {
        let cov = variant == Variant::Cov;
        if !cov {
            build_cli(home, &src, &tmp.join("artichoke"), progress)?;
        }
        // the counters' directory is named by where the VM ends up
        let (counters, notes) = (final_dir.join("build"), tmp.join("build"));
        build_worker(
            home,
            &src,
            &tmp.join(format!("worker-{hash}")),
            cov.then_some((counters.as_path(), notes.as_path())),
            progress,
        )?;
        let include = src.join("artichoke-backend/vendor/mruby/include");
        let origin = match base {
            Some(b) => format!(
                "{b} patched (Artichoke checkout {})",
                checkout_src.display()
            ),
            None if patches.is_empty() => {
                format!("Artichoke checkout {} ({version})", checkout_src.display())
            }
            None => format!(
                "Artichoke checkout {} ({version}) patched",
                checkout_src.display()
            ),
        };
        let m = Manifest {
            format: MANIFEST_FORMAT,
            id: id.into(),
            kind: "artichoke".into(),
            origin,
            version: version.clone(),
            variant,
            cflags: vec![format!("-I{}", include.display())],
            ldflags: vec![],
            libs: vec![],
            libmruby: PathBuf::new(),
            plain: (!cov_variant).then(|| final_dir.join("artichoke")),
            worker: Some(final_dir.join(format!("worker-{hash}"))),
            src: Some(src.clone()),
            base: base.map(str::to_string),
            patches: patches.iter().map(|p| p.record.clone()).collect(),
        };
        provision::write_manifest(&tmp, &m)
    })();
    if result.is_err() && !patches.is_empty() {
        // the patched tree belongs to this build only
        let _ = fs::remove_dir_all(&patched_dir);
    }
    if result.is_ok() && final_dir.exists() {
        fs::remove_dir_all(&final_dir)
            .with_context(|| format!("cannot remove {}", final_dir.display()))?;
    }
    provision::finish_build(result, &tmp, &final_dir, id)?;
    let manifest = provision::read_manifest(&final_dir).context("the build left no manifest")?;
    let worker = manifest
        .worker
        .clone()
        .context("the Artichoke manifest names no worker")?;
    Ok(Install {
        id: id.into(),
        dir: final_dir,
        manifest,
        worker,
    })
}

/// Copy the checkout (no `.git`, no `target/`) to a scratch directory, apply
/// the patches there, then move it to `$GCSTRESS_HOME/src/<id>` (a patch that
/// does not apply leaves nothing behind). The caller holds the VM's lock.
fn prepare_patched(
    home: &Home,
    id: &str,
    checkout: &Path,
    patches: &[Patch],
    base: Option<&str>,
    progress: Progress,
) -> Result<PathBuf> {
    let dest = home.root.join("src").join(id);
    let parent = home.root.join("src");
    fs::create_dir_all(&parent).with_context(|| format!("cannot create {}", parent.display()))?;
    let scratch = parent.join(format!(".{id}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&scratch);
    progress(&format!("copying {} ...", checkout.display()));
    let what = match base {
        Some(b) => format!("{b}'s checkout"),
        None => format!("the checkout {}", checkout.display()),
    };
    let made = provision::copy_tree_at(checkout, &scratch, Some("target"))
        .and_then(|()| patch::apply(&scratch, patches, &what, progress));
    if let Err(e) = made {
        let _ = fs::remove_dir_all(&scratch);
        return Err(e);
    }
    if dest.exists() {
        fs::remove_dir_all(&dest).with_context(|| format!("cannot remove {}", dest.display()))?;
    }
    fs::rename(&scratch, &dest)
        .with_context(|| format!("cannot move {} to {}", scratch.display(), dest.display()))?;
    Ok(dest)
}

/// `vm fetch artichoke` (and first use): clone the pinned revision, then build it.
pub fn fetch(home: &Home, progress: Progress) -> Result<Install> {
    fetch_variant(home, Variant::Release, progress)
}

/// First use of `artichoke` or `artichoke-cov`. `artichoke-cov` is built from
/// the checkout `artichoke` was built from, if that VM is there.
pub fn fetch_variant(home: &Home, variant: Variant, progress: Progress) -> Result<Install> {
    home.ensure_dirs()?;
    if variant == Variant::Cov {
        let base = provision::read_manifest(&home.vm_dir("artichoke"));
        if let Some(src) = base.and_then(|m| m.src).filter(|s| is_checkout(s)) {
            return add_as(home, "artichoke-cov", &src, variant, &[], None, progress);
        }
    }
    let dest = home
        .root
        .join("src")
        .join(format!("artichoke-{}", &PINNED_REV[..12]));
    if !dest.join("artichoke-backend/Cargo.toml").is_file() {
        provision::require_tools(&["git"], progress)?;
        let _lock = home.lock("artichoke-src")?;
        let tmp = dest.with_extension("tmp");
        let _ = fs::remove_dir_all(&tmp);
        progress(&format!("cloning {REPO_URL} at {} ...", &PINNED_REV[..12]));
        let log = home.logs().join("artichoke-clone.log");
        let cloned = provision::run_logged(
            Command::new("git")
                .args(["clone", "--quiet", REPO_URL])
                .arg(&tmp),
            &log,
            &[("GIT_TERMINAL_PROMPT", "0")],
        )
        .and_then(|()| {
            provision::run_logged(
                Command::new("git")
                    .arg("-C")
                    .arg(&tmp)
                    .args(["checkout", "--quiet", PINNED_REV]),
                &log,
                &[],
            )
        });
        if cloned.is_err() {
            let _ = fs::remove_dir_all(&tmp);
            bail!(
                "VM `artichoke` is not built and {REPO_URL} cannot be cloned from here (log: {}): \
                 get a checkout (revision {}) another way and run `gcstress vm add artichoke --src DIR`",
                log.display(),
                &PINNED_REV[..12]
            );
        }
        if let Some(parent) = dest.parent() {
            fs::create_dir_all(parent)
                .with_context(|| format!("cannot create {}", parent.display()))?;
        }
        fs::rename(&tmp, &dest)
            .with_context(|| format!("cannot move {} to {}", tmp.display(), dest.display()))?;
    }
    if variant == Variant::Cov {
        return add_as(home, "artichoke-cov", &dest, variant, &[], None, progress);
    }
    add(home, &dest, Variant::Release, progress)
}

/// The worker to run: the one built from the current shim and worker crate,
/// rebuilt from the recorded checkout if the harness changed since.
pub fn ensure_worker(home: &Home, dir: &Path, m: &Manifest, progress: Progress) -> Result<PathBuf> {
    let want = dir.join(format!("worker-{}", worker_hash()));
    if want.is_file() {
        return Ok(want);
    }
    let _lock = home.lock(&m.id)?;
    if want.is_file() {
        return Ok(want);
    }
    let Some(src) = m
        .src
        .as_ref()
        .filter(|s| s.join("artichoke-backend").is_dir())
    else {
        bail!(
            "{}: its worker is out of date and the Artichoke checkout it was built from is gone; \
             run `gcstress vm add artichoke --src DIR`",
            m.id
        );
    };
    progress("the gcstress shim changed since Artichoke's worker was built: rebuilding it ...");
    let counters = dir.join("build");
    let cov = (m.variant == Variant::Cov).then_some((counters.as_path(), counters.as_path()));
    build_worker(home, src, &want, cov, progress)?;
    let mut m2 = m.clone();
    m2.worker = Some(want.clone());
    let tmp_manifest = dir.join(".manifest-new");
    fs::create_dir_all(&tmp_manifest)
        .with_context(|| format!("cannot create {}", tmp_manifest.display()))?;
    provision::write_manifest(&tmp_manifest, &m2)?;
    fs::rename(
        tmp_manifest.join("manifest.toml"),
        dir.join("manifest.toml"),
    )
    .with_context(|| format!("cannot update {}", dir.join("manifest.toml").display()))?;
    let _ = fs::remove_dir(&tmp_manifest);
    // the old worker stays a while: a run started before this rebuild may
    // still be using it (three old builds are kept, as for mruby)
    crate::worker::prune_builds_except(dir, &worker_hash(), crate::worker::KEEP_OLD_BUILDS);
    Ok(want)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_worker_manifest_can_be_pointed_at_a_checkout() {
        let toml = CRATE_FILES[0].1;
        assert!(toml.contains(BACKEND_PATH_LINE), "{toml}");
        assert!(toml.contains("exclude = [\"artichoke\"]"));
    }

    #[test]
    fn a_directory_without_artichoke_is_bad_input() {
        let d = std::env::temp_dir();
        let e = checkout(&d).unwrap_err();
        assert!(e.downcast_ref::<BadInput>().is_some(), "{e:#}");
    }
}
