//! Artichoke for the cargo-fuzz targets (`fuzz/`): artichoke-backend built as
//! rlibs by the fuzz build's own compiler, with its flags, for the fuzz crate
//! to link with `extern crate artichoke_backend`.
//!
//! Why not a dependency in `fuzz/Cargo.toml`: artichoke-backend is not on the
//! crate registry and its checkout is wherever `gcstress vm add artichoke
//! --src DIR` found it. Cargo resolves every path dependency, optional ones
//! included, before any build script runs, so a path that exists only on some
//! machines breaks the mruby build everywhere else; a git dependency makes
//! cargo contact GitHub. So `fuzz/build.rs` calls [`build`], which
//!
//! 1. writes a one-line crate depending on artichoke-backend by path (the
//!    checkout recorded in the VM's manifest), with the features the worker
//!    uses and the checkout's `Cargo.lock`;
//! 2. builds it with the fuzz build's cargo and rustc (`$CARGO`, `$RUSTC`:
//!    the same nightly), for its target, with its RUSTFLAGS (cargo fuzz's
//!    SanitizerCoverage, `-Zsanitizer=…`, `--cfg fuzzing`) plus
//!    `-Cdebug-assertions=off -Coverflow-checks=off` (the worker is a release
//!    build: an artifact must replay on it; Artichoke's debug build also
//!    aborts on Rust ≥ 1.78). artichoke-backend's build script compiles the
//!    vendored mruby with `cc`; it gets clang and [`c_flags`]
//!    (`-fsanitize=fuzzer-no-link`, and `-fsanitize=address` when the Rust
//!    side has ASan);
//! 3. hard-links the rlibs of that build (and its proc-macro libraries) into
//!    a directory named by their hash, which `build.rs` hands to rustc as
//!    `-L dependency=DIR`.
//!
//! Each set of flags has its own directory, `$GCSTRESS_HOME/cargo/fuzz-<key>`
//! ([`key`]: compiler version, target, RUSTFLAGS, C compiler and flags,
//! checkout), so `-s none` and `-s address` builds do not rebuild each other.
//! Cargo is salted (`__CARGO_DEFAULT_LIB_METADATA`, cargo's own mechanism for
//! rustc's bootstrap) so that no crate of this build has the `-C metadata` of
//! a crate the fuzz crate itself builds: two different builds of one crate
//! under one crate id are an error for rustc.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{bail, Context, Result};

use crate::home::Home;
use crate::provision::{self, read_manifest, BadInput, Manifest, Progress};

/// The VM id.
pub const ID: &str = "artichoke";

/// Link flags an in-process Artichoke host needs beyond [`crate::worker::WRAP_FLAGS`]:
/// the VM allocates through `mrb_default_allocf` (the shim's allocator takes
/// over) and asks `mrb_sys_value_is_dead` before each call from Rust into
/// Ruby (the shim records a "dead" answer).
pub const WRAP_FLAGS: [&str; 2] = [
    "-Wl,--wrap=mrb_default_allocf",
    "-Wl,--wrap=mrb_sys_value_is_dead",
];

/// The features the worker enables (`backends/artichoke/Cargo.toml`): the
/// `artichoke` CLI's kitchen sink.
pub const FEATURES: [&str; 4] = [
    "core-full",
    "stdlib-full",
    "load-path-native-file-system-loader",
    "load-path-rubylib-native-file-system-loader",
];

/// The crate [`build`] compiles (`{backend}` is replaced).
const CRATE_TOML: &str = r#"# Written by gcstress (vm/src/artichoke_fuzz.rs): artichoke-backend for the
# cargo-fuzz targets, built with their compiler and flags.
[package]
name = "gcstress-artichoke-fuzzlib"
version = "0.0.0"
edition = "2021"
publish = false

[lib]
path = "lib.rs"

[dependencies.artichoke-backend]
path = {backend}
default-features = false
features = {features}

[profile.release]
debug = "line-tables-only"
debug-assertions = false
overflow-checks = false
lto = false
strip = false
incremental = false

[workspace]
"#;

const SALT: &str = "gcstress-artichoke-fuzz";
const RECIPE: &str = "fuzzlib-1";

/// The fuzz build's compiler and flags.
#[derive(Debug, Clone)]
pub struct Toolchain {
    /// The cargo running the fuzz build (`$CARGO`).
    pub cargo: PathBuf,
    /// Its rustc (`$RUSTC`).
    pub rustc: PathBuf,
    /// The target triple (`$TARGET`).
    pub target: String,
    /// The fuzz crate's RUSTFLAGS (`$CARGO_ENCODED_RUSTFLAGS`, split).
    pub rustflags: Vec<String>,
}

/// What the fuzz crate links.
#[derive(Debug, Clone)]
pub struct FuzzLib {
    /// rlibs of artichoke-backend and its dependencies: `-L dependency=`.
    pub link_dir: PathBuf,
    /// The checkout they were built from.
    pub checkout: PathBuf,
    /// The vendored mruby's headers, for the shim.
    pub mruby_include: PathBuf,
    /// The defines that mruby is compiled with (for the shim).
    pub defines: Vec<String>,
    /// The C flags the vendored mruby got.
    pub cflags: Vec<String>,
    /// The Rust flags artichoke-backend got.
    pub rustflags: Vec<String>,
}

/// The built Artichoke VM's manifest, or a one-line error saying how to build it.
/// The fuzz build does not clone or build Artichoke itself (minutes, another
/// toolchain); `gcstress vm fetch artichoke` or `vm add artichoke --src DIR` does.
pub fn installed(home: &Home) -> Result<Manifest> {
    let dir = home.vm_dir(ID);
    let Some(m) = read_manifest(&dir) else {
        return Err(BadInput(format!(
            "VM {ID} is not built in {}: run `gcstress vm fetch artichoke` (or `gcstress vm add artichoke --src DIR`) first",
            home.vms().display()
        ))
        .into());
    };
    if m.kind != "artichoke" {
        return Err(BadInput(format!(
            "{} holds a {} VM, not Artichoke",
            dir.display(),
            m.kind
        ))
        .into());
    }
    Ok(m)
}

/// The checkout a manifest records, checked.
pub fn checkout_of(m: &Manifest) -> Result<PathBuf> {
    let src = m.src.as_ref().filter(|s| {
        s.join("artichoke-backend/build.rs").is_file() && s.join("Cargo.lock").is_file()
    });
    match src {
        Some(s) => Ok(s.clone()),
        None => Err(BadInput(format!(
            "the Artichoke checkout VM {ID} was built from ({}) is gone: run `gcstress vm add artichoke --src DIR`",
            m.src
                .as_ref()
                .map_or("not recorded".into(), |s| s.display().to_string())
        ))
        .into()),
    }
}

/// The `-DNAME` list artichoke-backend passes to bindgen (`.clang_args([...])`
/// in its build.rs): the defines its mruby is compiled with. The same parse as
/// the worker's build.rs.
pub fn mruby_defines(checkout: &Path) -> Result<Vec<String>> {
    let build_rs = checkout.join("artichoke-backend/build.rs");
    let text = fs::read_to_string(&build_rs)
        .with_context(|| format!("cannot read {}", build_rs.display()))?;
    let Some(start) = text.find(".clang_args([") else {
        bail!(
            "{}: no `.clang_args([` list to take mruby's defines from",
            build_rs.display()
        );
    };
    let rest = &text[start + ".clang_args([".len()..];
    let Some(end) = rest.find("])") else {
        bail!("{}: unterminated `.clang_args([` list", build_rs.display());
    };
    let defines: Vec<String> = rest[..end]
        .split(',')
        .filter_map(|s| {
            s.trim()
                .strip_prefix("\"-D")?
                .strip_suffix('"')
                .map(String::from)
        })
        .collect();
    for must in [
        "ARTICHOKE",
        "MRB_NO_BOXING",
        "MRB_INT64",
        "MRB_GC_TURN_OFF_GENERATIONAL",
    ] {
        if !defines.iter().any(|d| d == must) {
            bail!(
                "{}: expected -D{must} among mruby's defines, found {defines:?}; this Artichoke revision is not supported",
                build_rs.display()
            );
        }
    }
    Ok(defines)
}

/// The sanitizer the Rust side is built with (`-Zsanitizer=X`), if any.
pub fn rust_sanitizer(rustflags: &[String]) -> Option<String> {
    let mut found = None;
    let mut it = rustflags.iter();
    while let Some(f) = it.next() {
        let v = if let Some(v) = f.strip_prefix("-Zsanitizer=") {
            Some(v.to_string())
        } else if f == "-Z" {
            it.next()
                .and_then(|n| n.strip_prefix("sanitizer="))
                .map(String::from)
        } else {
            None
        };
        if v.is_some() {
            found = v;
        }
    }
    found
}

/// C flags for the vendored mruby: SanitizerCoverage for libFuzzer, and ASan
/// when the Rust side has it (its runtime is then linked; other sanitizers
/// have no C counterpart here).
pub fn c_flags(rustflags: &[String]) -> Vec<String> {
    let mut f = vec![
        "-fsanitize=fuzzer-no-link".to_string(),
        "-fno-omit-frame-pointer".to_string(),
    ];
    if rust_sanitizer(rustflags).as_deref() == Some("address") {
        f.push("-fsanitize=address".into());
    }
    f
}

/// Rust flags for artichoke-backend: the fuzz crate's, without debug
/// assertions and overflow checks (as the worker's release build).
pub fn rust_flags(rustflags: &[String]) -> Vec<String> {
    let mut f = rustflags.to_vec();
    f.push("-Cdebug-assertions=off".into());
    f.push("-Coverflow-checks=off".into());
    f
}

fn fnv(parts: &[&[u8]]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for p in parts {
        for &x in *p {
            h ^= u64::from(x);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        h ^= 0xff;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

fn crate_toml(checkout: &Path) -> String {
    let backend = checkout.join("artichoke-backend");
    CRATE_TOML
        .replace("{backend}", &format!("{:?}", backend.to_string_lossy()))
        .replace("{features}", &format!("{FEATURES:?}"))
}

/// The directory name for one set of flags: a hash of the compiler
/// (`rustc -vV`), the target, both sets of flags, the C compiler, the checkout
/// and the crate this module writes.
pub fn key(rustc_version: &str, tc: &Toolchain, cc: &str, checkout: &Path) -> String {
    let rf = rust_flags(&tc.rustflags).join("\x1f");
    let cf = c_flags(&tc.rustflags).join("\x1f");
    let toml = crate_toml(checkout);
    fnv(&[
        RECIPE.as_bytes(),
        rustc_version.as_bytes(),
        tc.target.as_bytes(),
        rf.as_bytes(),
        cc.as_bytes(),
        cf.as_bytes(),
        checkout.to_string_lossy().as_bytes(),
        toml.as_bytes(),
    ])
}

/// Build (or bring up to date: cargo's own incremental check) artichoke-backend
/// for the fuzz crate. `progress` hears one line per step.
pub fn build(home: &Home, m: &Manifest, tc: &Toolchain, progress: Progress) -> Result<FuzzLib> {
    let checkout = checkout_of(m)?;
    let defines = mruby_defines(&checkout)?;
    provision::require_tools(&["clang"], progress)?;
    let out = Command::new(&tc.rustc)
        .arg("-vV")
        .output()
        .with_context(|| format!("cannot run {} -vV", tc.rustc.display()))?;
    if !out.status.success() {
        bail!("{} -vV failed", tc.rustc.display());
    }
    let version = String::from_utf8_lossy(&out.stdout).to_string();
    let cc = "clang";
    let key = key(&version, tc, cc, &checkout);
    let base = home.root.join("cargo").join(format!("fuzz-{key}"));
    home.ensure_dirs()?;
    let _lock = home.lock(&format!("artichoke-fuzz-{key}"))?;
    let krate = base.join("crate");
    fs::create_dir_all(&krate).with_context(|| format!("cannot create {}", krate.display()))?;
    let toml = crate_toml(&checkout);
    write_if_changed(&krate.join("Cargo.toml"), &toml)?;
    write_if_changed(&krate.join("lib.rs"), "pub use artichoke_backend;\n")?;
    if !krate.join("Cargo.lock").is_file() {
        fs::copy(checkout.join("Cargo.lock"), krate.join("Cargo.lock"))
            .with_context(|| format!("cannot seed {}", krate.join("Cargo.lock").display()))?;
    }

    let rustflags = rust_flags(&tc.rustflags);
    let cflags = c_flags(&tc.rustflags);
    let triple = tc.target.replace('-', "_");
    let log = home.logs().join(format!("artichoke-fuzz-{key}.log"));
    let json = base.join("build.json");
    progress(&format!(
        "building artichoke-backend from {} for the fuzz targets (log: {}) ...",
        checkout.display(),
        log.display()
    ));
    let stderr =
        fs::File::create(&log).with_context(|| format!("cannot write {}", log.display()))?;
    let stdout =
        fs::File::create(&json).with_context(|| format!("cannot write {}", json.display()))?;
    let mut cmd = Command::new(&tc.cargo);
    cmd.args([
        "build",
        "--release",
        "--message-format=json-render-diagnostics",
    ])
    .arg("--target")
    .arg(&tc.target)
    .arg("--manifest-path")
    .arg(krate.join("Cargo.toml"))
    .current_dir(&krate)
    .env("CARGO_TARGET_DIR", base.join("target"))
    .env("RUSTC", &tc.rustc)
    .env("CARGO_ENCODED_RUSTFLAGS", rustflags.join("\x1f"))
    .env_remove("RUSTFLAGS")
    .env_remove("CARGO_BUILD_RUSTFLAGS")
    .env_remove("CARGO_BUILD_TARGET")
    .env("__CARGO_DEFAULT_LIB_METADATA", SALT)
    .env(format!("CC_{triple}"), cc)
    .env(format!("CFLAGS_{triple}"), cflags.join(" "))
    .stdin(Stdio::null())
    .stdout(Stdio::from(stdout))
    .stderr(Stdio::from(stderr));
    let status = cmd
        .status()
        .with_context(|| format!("cannot run {}", tc.cargo.display()))?;
    if !status.success() {
        let text = fs::read_to_string(&log).unwrap_or_default();
        let last = text
            .lines()
            .rev()
            .find(|l| l.starts_with("error"))
            .or_else(|| text.lines().rev().find(|l| !l.trim().is_empty()))
            .unwrap_or("")
            .trim()
            .to_string();
        bail!(
            "cargo could not build artichoke-backend for the fuzz targets: {last} (log: {})",
            log.display()
        );
    }
    let arts = artifacts(
        &fs::read_to_string(&json).unwrap_or_default(),
        &base.join("target"),
    )?;
    let link_dir = link(&base, &arts)?;
    Ok(FuzzLib {
        link_dir,
        mruby_include: checkout.join("artichoke-backend/vendor/mruby/include"),
        checkout,
        defines,
        cflags,
        rustflags,
    })
}

fn write_if_changed(path: &Path, text: &str) -> Result<()> {
    if fs::read_to_string(path).ok().as_deref() == Some(text) {
        return Ok(());
    }
    fs::write(path, text).with_context(|| format!("cannot write {}", path.display()))
}

/// The libraries a build produced for the target (rlibs) and for the host
/// (proc-macros, which rustc loads to read a crate's dependencies), from
/// cargo's JSON messages.
fn artifacts(json: &str, target_dir: &Path) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut backend = false;
    for line in json.lines() {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        if v["reason"] != "compiler-artifact" {
            continue;
        }
        let kinds: Vec<&str> = v["target"]["kind"]
            .as_array()
            .map(|a| a.iter().filter_map(|k| k.as_str()).collect())
            .unwrap_or_default();
        let proc_macro = kinds.contains(&"proc-macro");
        if !proc_macro && !kinds.iter().any(|k| *k == "lib" || *k == "rlib") {
            continue;
        }
        if v["target"]["name"] == "artichoke_backend" {
            backend = true;
        }
        for f in v["filenames"].as_array().into_iter().flatten() {
            let Some(f) = f.as_str() else { continue };
            let p = PathBuf::from(f);
            // host-only libraries (build-script dependencies) are not linked
            let for_target = p
                .strip_prefix(target_dir)
                .ok()
                .and_then(|r| r.components().next())
                .is_some_and(|c| c.as_os_str() != "release");
            let keep = if proc_macro {
                p.extension().is_some_and(|e| e == "so")
            } else {
                for_target && p.extension().is_some_and(|e| e == "rlib")
            };
            if keep && !out.contains(&p) {
                out.push(p);
            }
        }
    }
    if !backend {
        bail!("the build reported no artichoke_backend library");
    }
    Ok(out)
}

/// Hard-link (or copy) the libraries into `base/link-<hash>`, the hash over
/// their names, sizes and times: a rebuilt library gets a new directory, so the
/// fuzz crate (whose build-script output names it) is rebuilt against it.
fn link(base: &Path, arts: &[PathBuf]) -> Result<PathBuf> {
    let mut sig = String::new();
    for a in arts {
        let md = fs::metadata(a).with_context(|| format!("cannot read {}", a.display()))?;
        let mtime = md
            .modified()
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_nanos());
        sig.push_str(&format!("{} {} {mtime}\n", a.display(), md.len()));
    }
    let name = format!("link-{}", fnv(&[sig.as_bytes()]));
    let dir = base.join(&name);
    if !dir.is_dir() {
        let tmp = base.join(format!(".{name}.{}", std::process::id()));
        let _ = fs::remove_dir_all(&tmp);
        fs::create_dir_all(&tmp).with_context(|| format!("cannot create {}", tmp.display()))?;
        for a in arts {
            let Some(file) = a.file_name() else { continue };
            let to = tmp.join(file);
            if fs::hard_link(a, &to).is_err() {
                fs::copy(a, &to)
                    .with_context(|| format!("cannot copy {} to {}", a.display(), to.display()))?;
            }
        }
        fs::rename(&tmp, &dir).with_context(|| format!("cannot create {}", dir.display()))?;
    }
    // earlier sets: gone (we hold the lock; a fuzz build links from the newest)
    if let Ok(rd) = fs::read_dir(base) {
        for e in rd.flatten() {
            let n = e.file_name().to_string_lossy().to_string();
            if n.starts_with("link-") && n != name {
                let _ = fs::remove_dir_all(e.path());
            }
        }
    }
    Ok(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_home_says_in_one_line_how_to_build_artichoke() {
        let d = tempfile::tempdir().unwrap();
        let e = installed(&Home::at(d.path())).unwrap_err();
        assert!(e.downcast_ref::<BadInput>().is_some(), "{e:#}");
        let msg = format!("{e:#}");
        assert!(!msg.contains('\n'), "{msg}");
        assert!(msg.contains("gcstress vm fetch artichoke"), "{msg}");
        assert!(msg.contains("gcstress vm add artichoke --src DIR"), "{msg}");
    }

    #[test]
    fn c_flags_follow_the_rust_sanitizer() {
        let f = |v: &[&str]| c_flags(&v.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert!(f(&[]).contains(&"-fsanitize=fuzzer-no-link".to_string()));
        assert!(!f(&[]).contains(&"-fsanitize=address".to_string()));
        assert!(f(&["-Cpasses=sancov-module", "-Zsanitizer=address"])
            .contains(&"-fsanitize=address".to_string()));
        assert!(f(&["-Z", "sanitizer=address"]).contains(&"-fsanitize=address".to_string()));
        assert!(!f(&["-Zsanitizer=thread"]).contains(&"-fsanitize=address".to_string()));
    }

    #[test]
    fn the_key_changes_with_the_flags() {
        let tc = Toolchain {
            cargo: "cargo".into(),
            rustc: "rustc".into(),
            target: "x86_64-unknown-linux-gnu".into(),
            rustflags: vec!["-Zsanitizer=address".into()],
        };
        let none = Toolchain {
            rustflags: vec![],
            ..tc.clone()
        };
        let src = Path::new("/src/artichoke");
        assert_eq!(key("v", &tc, "clang", src), key("v", &tc, "clang", src));
        assert_ne!(key("v", &tc, "clang", src), key("v", &none, "clang", src));
        assert_ne!(key("v", &tc, "clang", src), key("w", &tc, "clang", src));
        assert!(crate_toml(src).contains("path = \"/src/artichoke/artichoke-backend\""));
        assert!(rust_flags(&tc.rustflags).ends_with(&[
            "-Cdebug-assertions=off".to_string(),
            "-Coverflow-checks=off".to_string()
        ]));
    }

    #[test]
    fn artifacts_keep_target_rlibs_and_proc_macros() {
        let t = Path::new("/t");
        let json = [
            r#"{"reason":"compiler-artifact","target":{"kind":["lib"],"name":"bindgen"},"filenames":["/t/release/deps/libbindgen-1.rlib","/t/release/deps/libbindgen-1.rmeta"]}"#,
            r#"{"reason":"compiler-artifact","target":{"kind":["proc-macro"],"name":"const_fn"},"filenames":["/t/release/deps/libconst_fn-2.so"]}"#,
            r#"{"reason":"compiler-artifact","target":{"kind":["lib"],"name":"artichoke_backend"},"filenames":["/t/x86_64-unknown-linux-gnu/release/deps/libartichoke_backend-3.rlib","/t/x86_64-unknown-linux-gnu/release/deps/libartichoke_backend-3.rmeta"]}"#,
            r#"{"reason":"compiler-artifact","target":{"kind":["custom-build"],"name":"build-script-build"},"filenames":["/t/release/build/x/build-script-build"]}"#,
            r#"{"reason":"build-finished","success":true}"#,
        ]
        .join("\n");
        let a = artifacts(&json, t).unwrap();
        assert_eq!(
            a,
            vec![
                PathBuf::from("/t/release/deps/libconst_fn-2.so"),
                PathBuf::from(
                    "/t/x86_64-unknown-linux-gnu/release/deps/libartichoke_backend-3.rlib"
                ),
            ]
        );
        assert!(artifacts("", t).is_err());
    }
}
