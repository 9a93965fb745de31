//! Links the VM into the fuzz targets, with no manual step:
//!
//! 1. `GCSTRESS_VM` (default: gcstress's default VM) names the VM. A VM built
//!    from source is linked as its `-fuzz` variant (clang,
//!    `-fsanitize=fuzzer-no-link`: libFuzzer sees the VM's own edges); a
//!    prebuilt one (mruby-2.1.2) as it is — there only the GC-state counters
//!    guide the fuzzer.
//! 2. The VM is provisioned by `gcstress_vm::ensure`, the code behind
//!    `gcstress vm fetch` (fetched and built into `$GCSTRESS_HOME` once).
//! 3. The shim (`shim.c`; the fork server and worker mains are not needed in
//!    process) is compiled against the VM's headers and flags from its
//!    manifest; its `libmruby.a` is linked.
//! 4. The `--wrap` flags go to the fuzz binaries from here: a library's
//!    `rustc-link-arg` never reaches a dependent binary.
//!
//! The targets learn the VM through `GCSTRESS_FUZZ_*` variables set at compile time.

use std::env;
use std::path::PathBuf;

use gcstress_vm::catalog::{self, Origin, Variant};
use gcstress_vm::{Home, DEFAULT_VM};

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=GCSTRESS_VM");
    println!("cargo:rerun-if-env-changed=GCSTRESS_HOME");

    let asked = env::var("GCSTRESS_VM")
        .ok()
        .filter(|v| !v.is_empty())
        .unwrap_or_else(|| DEFAULT_VM.to_string());
    let id = link_id(&asked);
    let home = Home::from_env().unwrap_or_else(|e| fail(&format!("{e:#}")));
    let install = gcstress_vm::ensure(&home, &id, &mut |m: &str| eprintln!("gcstress: {m}"))
        .unwrap_or_else(|e| fail(&format!("cannot provision VM {id}: {e:#}")));
    let m = &install.manifest;
    if m.kind != "mruby" {
        fail(&format!(
            "{id} is a {} VM; the fuzz targets link a C mruby (GCSTRESS_VM=mruby-…)",
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
    cc.file(shim.join("shim.c"))
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
