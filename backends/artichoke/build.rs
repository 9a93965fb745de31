//! Builds the C shim and fork server (`vm/shim/`) against Artichoke's vendored
//! mruby, with the defines artichoke-backend's own build script compiles that
//! mruby with, and links the worker with the `--wrap` flags the shim needs.
//!
//! Inputs:
//! - the Artichoke checkout: `GCSTRESS_ARTICHOKE_SRC`, else `artichoke/`
//!   beside Cargo.toml (a symlink); it must be the one Cargo.toml's
//!   artichoke-backend path points into (the provisioner sets both);
//! - `GCSTRESS_SHIM_DIR`: the shim sources (default: `../../vm/shim`, the
//!   repository's own).
//!
//! `cargo:rustc-link-arg` from a library's build script does not reach a
//! dependent binary, so the flags are emitted here, by the binary's own build
//! script. The `--wrap` list is read from the shim itself: every `__wrap_X`
//! function its sources define gets `-Wl,--wrap=X`, so the two cannot drift
//! apart.

use std::env;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{exit, Command};

fn fail(msg: &str) -> ! {
    eprintln!("gcstress-artichoke-worker: {msg}");
    exit(1);
}

fn read(path: &Path) -> String {
    fs::read_to_string(path)
        .unwrap_or_else(|e| fail(&format!("cannot read {}: {e}", path.display())))
}

/// The `-DNAME` list artichoke-backend passes to bindgen (`clang_args([...])`
/// in its build.rs): exactly the defines its mruby is compiled with.
fn artichoke_defines(build_rs: &Path) -> Vec<String> {
    let text = read(build_rs);
    let start = text.find(".clang_args([").unwrap_or_else(|| {
        fail(&format!(
            "{}: no `.clang_args([` list to take mruby's defines from",
            build_rs.display()
        ))
    });
    let rest = &text[start + ".clang_args([".len()..];
    let end = rest.find("])").unwrap_or_else(|| {
        fail(&format!(
            "{}: unterminated `.clang_args([` list",
            build_rs.display()
        ))
    });
    let defines: Vec<String> = rest[..end]
        .split(',')
        .filter_map(|s| {
            s.trim()
                .strip_prefix("\"-D")?
                .strip_suffix('"')
                .map(String::from)
        })
        .collect();
    for must in ["MRB_NO_BOXING", "MRB_INT64", "MRB_GC_TURN_OFF_GENERATIONAL"] {
        if !defines.iter().any(|d| d == must) {
            fail(&format!(
                "{}: expected -D{must} among mruby's defines, found {defines:?}; this Artichoke revision is not supported",
                build_rs.display()
            ));
        }
    }
    defines
}

/// The shim's compilation units (the same list as `SHIM_SOURCES` in
/// `vm/src/worker.rs`, which a test there checks against this one): the
/// allocator, hooks and GC primitives, the heap verifier, the event log.
const SHIM_SOURCES: [&str; 3] = ["shim.c", "verifier.c", "record.c"];

/// Functions the shim's sources define as `__wrap_NAME(...) {`.
fn wrapped_symbols(sources: &[PathBuf]) -> Vec<String> {
    let mut out = Vec::new();
    for text in sources.iter().map(|f| read(f)) {
        for line in text.lines() {
            let line = line.trim_end();
            if !line.ends_with('{') {
                continue;
            }
            if let Some(i) = line.find("__wrap_") {
                let name: String = line[i + "__wrap_".len()..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty()
                    && line[i + "__wrap_".len() + name.len()..].starts_with('(')
                    && !out.contains(&name)
                {
                    out.push(name);
                }
            }
        }
    }
    out
}

fn package_version(cargo_toml: &Path) -> String {
    read(cargo_toml)
        .lines()
        .find_map(|l| {
            let v = l
                .trim()
                .strip_prefix("version")?
                .trim_start()
                .strip_prefix('=')?;
            Some(v.trim().trim_matches('"').to_string())
        })
        .unwrap_or_else(|| "unknown".into())
}

fn main() {
    let manifest_dir = PathBuf::from(
        env::var_os("CARGO_MANIFEST_DIR").unwrap_or_else(|| fail("CARGO_MANIFEST_DIR is not set")),
    );
    println!("cargo:rerun-if-env-changed=GCSTRESS_ARTICHOKE_SRC");
    let checkout = env::var_os("GCSTRESS_ARTICHOKE_SRC")
        .map(PathBuf::from)
        .unwrap_or_else(|| manifest_dir.join("artichoke"));
    let backend = checkout.join("artichoke-backend");
    if !backend.join("build.rs").is_file() {
        fail(&format!(
            "{} is not an Artichoke checkout (no artichoke-backend/build.rs); link your checkout there, or use `gcstress vm add artichoke --src DIR`",
            checkout.display()
        ));
    }
    let shim = env::var_os("GCSTRESS_SHIM_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| manifest_dir.join("../../vm/shim"));
    if !shim.join("shim.c").is_file() {
        fail(&format!(
            "no shim sources in {} (set GCSTRESS_SHIM_DIR)",
            shim.display()
        ));
    }
    println!("cargo:rerun-if-env-changed=GCSTRESS_SHIM_DIR");
    let sources: Vec<PathBuf> = SHIM_SOURCES.iter().map(|f| shim.join(f)).collect();
    for f in ["gcstress.h", "shim.h", "shim_internal.h", "server.c"] {
        println!("cargo:rerun-if-changed={}", shim.join(f).display());
    }
    for f in &sources {
        println!("cargo:rerun-if-changed={}", f.display());
    }
    println!(
        "cargo:rerun-if-changed={}",
        backend.join("build.rs").display()
    );

    let defines = artichoke_defines(&backend.join("build.rs"));
    let mruby_include = backend.join("vendor/mruby/include");
    let mut build = cc::Build::new();
    build
        .include(&mruby_include)
        .include(&shim)
        .files(&sources)
        .file(shim.join("server.c"))
        .opt_level(1)
        .debug(true)
        .flag("-fno-omit-frame-pointer")
        .flag("-Wno-unused-parameter");
    for d in &defines {
        build.define(d, None);
    }
    // A coverage build (`artichoke-cov`; CFLAGS carries `--coverage`):
    // GCSTRESS_COVERAGE is where the counters go. The children dump them
    // before they `_exit` (`GCS_COVERAGE` in server.c); each object's `.gcda`
    // path loses its build directory (`.../build/<crate>-<hash>/out`, as deep
    // as this crate's own OUT_DIR) and gets GCSTRESS_COVERAGE in its place.
    println!("cargo:rerun-if-env-changed=GCSTRESS_COVERAGE");
    if let Some(cov) = env::var_os("GCSTRESS_COVERAGE") {
        let out =
            PathBuf::from(env::var_os("OUT_DIR").unwrap_or_else(|| fail("OUT_DIR is not set")));
        let strip = out
            .components()
            .filter(|c| matches!(c, std::path::Component::Normal(_)))
            .count();
        build
            .define("GCS_COVERAGE", "1")
            .define(
                "GCS_GCOV_PREFIX",
                format!("\"{}\"", Path::new(&cov).display()).as_str(),
            )
            .define("GCS_GCOV_PREFIX_STRIP", format!("\"{strip}\"").as_str());
        println!("cargo:rustc-link-arg-bins=-lgcov");
    }
    build.compile("gcstress_shim");

    let wraps = wrapped_symbols(&sources);
    for must in [
        "mrb_obj_alloc",
        "mrb_field_write_barrier",
        "mrb_write_barrier",
        "mrb_gc_mark_iv",
        "mrb_default_allocf",
        "mrb_sys_value_is_dead",
    ] {
        if !wraps.iter().any(|w| w == must) {
            fail(&format!(
                "the shim in {} defines no __wrap_{must}",
                shim.display()
            ));
        }
    }
    for w in &wraps {
        println!("cargo:rustc-link-arg-bins=-Wl,--wrap={w}");
    }
    // Frames are symbolized against the binary's symbol table by address, as
    // for the mruby workers (linked -no-pie): no load bias to undo.
    println!("cargo:rustc-link-arg-bins=-no-pie");

    let rev = Command::new("git")
        .arg("-C")
        .arg(&checkout)
        .args(["rev-parse", "--short=12", "HEAD"])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_else(|| "unknown".into());
    println!(
        "cargo:rustc-env=GCS_ARTICHOKE_VERSION={}",
        package_version(&backend.join("Cargo.toml"))
    );
    println!("cargo:rustc-env=GCS_ARTICHOKE_REV={rev}");
    println!("cargo:rustc-env=GCS_MRUBY_DEFINES={}", defines.join(" "));
}
