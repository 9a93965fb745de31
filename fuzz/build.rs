//! Links the VM into the fuzz targets, with no manual step:
//!
//! 1. `GCSTRESS_VM` (default: gcstress's default VM) names the VM. A VM built
//!    from source is linked as its `-fuzz` variant (clang,
//!    `-fsanitize=fuzzer-no-link`: libFuzzer sees the VM's own edges); a
//!    prebuilt one (mruby-2.1.2) as it is — there only the GC-state counters
//!    guide the fuzzer.
//! 2. An mruby VM is provisioned by `gcstress_vm::ensure`, the code behind
//!    `gcstress vm fetch` (fetched and built into `$GCSTRESS_HOME` once).
//! 3. The shim (`worker::SHIM_SOURCES`: `shim.c`, `verifier.c`, `record.c`;
//!    the fork server and worker mains are not needed in process) is compiled
//!    against the VM's headers and flags from its manifest; its `libmruby.a`
//!    is linked.
//! 4. The `--wrap` flags go to the fuzz binaries from here: a library's
//!    `rustc-link-arg` never reaches a dependent binary.
//!
//! `GCSTRESS_VM=artichoke`: the Artichoke VM must be built already (`gcstress
//! vm fetch artichoke` or `vm add artichoke --src DIR`; else one line says
//! so). `gcstress_vm::artichoke_fuzz::build` compiles artichoke-backend from
//! the checkout its manifest records with this build's rustc and RUSTFLAGS
//! (cargo fuzz's instrumentation and sanitizer) and its vendored mruby with
//! clang and `-fsanitize=fuzzer-no-link` (+ ASan), cached in
//! `$GCSTRESS_HOME/cargo/fuzz-<key>`; this script hands its rlibs to rustc
//! (`-L dependency=`, `--cfg gcstress_artichoke`: `src/artichoke.rs` says
//! `extern crate artichoke_backend`), compiles the shim with Artichoke's
//! defines and adds the Artichoke `--wrap` flags.
//!
//! The targets learn the VM through `GCSTRESS_FUZZ_*` variables set at compile time.

use std::env;
use std::path::PathBuf;

use gcstress_vm::artichoke_fuzz;
use gcstress_vm::catalog::{self, Origin, Variant};
use gcstress_vm::{Home, DEFAULT_VM};

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=GCSTRESS_VM");
    println!("cargo:rerun-if-env-changed=GCSTRESS_HOME");
    println!("cargo:rerun-if-env-changed=RUSTFLAGS");
    println!("cargo:rerun-if-env-changed=CARGO_ENCODED_RUSTFLAGS");
    println!("cargo::rustc-check-cfg=cfg(gcstress_artichoke)");
    println!("cargo:rerun-if-changed=src/child.c");
    // how a forked copy of the target ends when it crashes (fuzz/src/crashed.rs)
    cc::Build::new()
        .file("src/child.c")
        .warnings(false)
        .compile("gcstress_fuzz_child");

    let asked = env::var("GCSTRESS_VM")
        .ok()
        .filter(|v| !v.is_empty())
        .unwrap_or_else(|| DEFAULT_VM.to_string());
    let id = link_id(&asked);
    let home = Home::from_env().unwrap_or_else(|e| fail(&format!("{e:#}")));
    if catalog::lookup(&id).is_ok_and(|spec| spec.is_artichoke()) {
        return link_artichoke(&home);
    }
    let install = gcstress_vm::ensure(&home, &id, &mut |m: &str| eprintln!("gcstress: {m}"))
        .unwrap_or_else(|e| fail(&format!("cannot provision VM {id}: {e:#}")));
    let m = &install.manifest;
    if m.kind != "mruby" {
        fail(&format!(
            "{id} is a {} VM; the fuzz targets link mruby or Artichoke (GCSTRESS_VM=mruby-… or artichoke)",
            m.kind
        ));
    }

    // the shim, as embedded in gcstress-vm (the sources the workers use)
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let shim = out.join("shim");
    gcstress_vm::worker::write_shim(&shim).unwrap_or_else(|e| fail(&format!("{e:#}")));
    let mut cc = cc::Build::new();
    if m.variant == Variant::Fuzz {
        cc.compiler("clang"); // the VM's flags are clang's
    }
    cc.files(
        gcstress_vm::worker::SHIM_SOURCES
            .iter()
            .map(|f| shim.join(f)),
    )
    .include(&shim)
    .debug(true)
    .opt_level(1)
    .warnings(false)
    .flag("-fno-omit-frame-pointer");
    for f in &m.cflags {
        // the shim's own bookkeeping is not coverage the fuzzer should chase
        if !f.starts_with("-fsanitize") {
            cc.flag(f);
        }
    }
    // what the VM's headers have (GCS_HAVE_*), as the workers ask
    let compiler = if m.variant == Variant::Fuzz {
        "clang"
    } else {
        "cc"
    };
    for d in gcstress_vm::worker::probe_defines(compiler, &m.cflags) {
        cc.flag(&d);
    }
    cc.compile("gcstress_fuzz_shim");

    let lib = &m.libmruby;
    let dir = lib
        .parent()
        .unwrap_or_else(|| fail(&format!("{}: no directory", lib.display())));
    println!("cargo:rustc-link-search=native={}", dir.display());
    println!("cargo:rustc-link-lib=static=mruby");
    for l in &m.libs {
        if let Some(name) = l.strip_prefix("-l") {
            println!("cargo:rustc-link-lib={name}");
        } else if let Some(path) = l.strip_prefix("-L") {
            println!("cargo:rustc-link-search=native={path}");
        }
    }
    for f in gcstress_vm::worker::WRAP_FLAGS {
        println!("cargo:rustc-link-arg={f}");
    }
    println!("cargo:rerun-if-changed={}", lib.display());

    let coverage = if m.variant == Variant::Fuzz {
        "vm"
    } else {
        "none"
    };
    println!("cargo:rustc-env=GCSTRESS_FUZZ_VM={id}");
    println!("cargo:rustc-env=GCSTRESS_FUZZ_HOME={}", home.root.display());
    println!("cargo:rustc-env=GCSTRESS_FUZZ_VM_COVERAGE={coverage}");
    if coverage == "none" {
        println!(
            "cargo:warning=gcstress: fuzzing {id} ({}): no SanitizerCoverage in this VM; \
             the GC-state counters guide gc_alias",
            m.origin
        );
    }
}

/// `GCSTRESS_VM=artichoke`: artichoke-backend built with this build's
/// compiler and flags, the shim against its mruby, the wraps.
fn link_artichoke(home: &Home) {
    let id = artichoke_fuzz::ID;
    let m = artichoke_fuzz::installed(home).unwrap_or_else(|e| fail(&format!("{e:#}")));
    println!(
        "cargo:rerun-if-changed={}",
        home.vm_dir(id).join("manifest.toml").display()
    );
    let var = |k: &str| env::var_os(k).unwrap_or_else(|| fail(&format!("cargo did not set {k}")));
    let tc = artichoke_fuzz::Toolchain {
        cargo: var("CARGO").into(),
        rustc: var("RUSTC").into(),
        target: var("TARGET").to_string_lossy().into_owned(),
        rustflags: env::var("CARGO_ENCODED_RUSTFLAGS")
            .unwrap_or_default()
            .split('\x1f')
            .filter(|f| !f.is_empty())
            .map(String::from)
            .collect(),
    };
    let lib = artichoke_fuzz::build(home, &m, &tc, &mut |msg: &str| eprintln!("gcstress: {msg}"))
        .unwrap_or_else(|e| fail(&format!("{e:#}")));
    // an edited checkout builds again (cargo's own check decides what to recompile)
    println!("cargo:rerun-if-changed={}", lib.checkout.display());

    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let shim = out.join("shim");
    gcstress_vm::worker::write_shim(&shim).unwrap_or_else(|e| fail(&format!("{e:#}")));
    let mut cc = cc::Build::new();
    // server.c too: `gc_alias --server`, this binary as the VM's worker (fuzz/src/crashed.rs)
    cc.files(
        gcstress_vm::worker::SHIM_SOURCES
            .iter()
            .chain(&["server.c"])
            .map(|f| shim.join(f)),
    )
    .include(&shim)
    .include(&lib.mruby_include)
    .debug(true)
    .opt_level(1)
    .warnings(false)
    .flag("-fno-omit-frame-pointer");
    for d in &lib.defines {
        cc.define(d, None);
    }
    cc.compile("gcstress_fuzz_shim");

    // `crate=`: `extern crate artichoke_backend` is a direct dependency (a
    // `dependency=` path is searched for transitive ones only)
    // dependency paths for its own dependencies
    println!("cargo:rustc-link-search=crate={}", lib.link_dir.display());
    println!(
        "cargo:rustc-link-search=dependency={}",
        lib.link_dir.display()
    );
    println!("cargo:rustc-cfg=gcstress_artichoke");
    for f in gcstress_vm::worker::WRAP_FLAGS
        .iter()
        .chain(artichoke_fuzz::WRAP_FLAGS.iter())
    {
        println!("cargo:rustc-link-arg={f}");
    }
    println!("cargo:rustc-env=GCSTRESS_FUZZ_VM={id}");
    println!("cargo:rustc-env=GCSTRESS_FUZZ_HOME={}", home.root.display());
    // Artichoke's Rust is instrumented by cargo fuzz, its C here
    println!("cargo:rustc-env=GCSTRESS_FUZZ_VM_COVERAGE=vm");
    println!(
        "cargo:rustc-env=GCSTRESS_FUZZ_ARTICHOKE_CFLAGS={}",
        lib.cflags.join(" ")
    );
}

/// The VM to link for `GCSTRESS_VM=asked`: a built-in VM built from source is
/// linked as its `-fuzz` variant; anything else as it is.
fn link_id(asked: &str) -> String {
    match catalog::lookup(asked) {
        Ok(spec)
            if spec.variant == Variant::Release
                && matches!(spec.origin, Origin::DebianSource { .. }) =>
        {
            format!("{asked}{}", Variant::Fuzz.suffix())
        }
        _ => asked.to_string(),
    }
}

fn fail(msg: &str) -> ! {
    eprintln!("gcstress fuzz build: {msg}");
    std::process::exit(1);
}
