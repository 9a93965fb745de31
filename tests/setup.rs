//! `scripts/setup`, the install step both README commands start with: it must
//! see what bindgen really loads (libclang.so, not the libclang-cpp.so that
//! llvm brings along) and install it, or say the one command to run.
//! The library directories, `id` and `apt-get` are faked; the script is real.

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Command;

fn stub(dir: &Path, name: &str, body: &str) {
    let p = dir.join(name);
    std::fs::write(&p, format!("#!/bin/sh\n{body}\n")).unwrap();
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o755)).unwrap();
}

/// Run scripts/setup as user `uid` with only `libs` in the searched directory.
fn setup(uid: u32, libs: &[&str]) -> (i32, String, String, tempfile::TempDir) {
    let t = tempfile::tempdir().unwrap();
    let lib = t.path().join("lib");
    let bin = t.path().join("bin");
    std::fs::create_dir_all(&lib).unwrap();
    std::fs::create_dir_all(&bin).unwrap();
    for l in libs {
        std::fs::write(lib.join(l), b"").unwrap();
    }
    stub(&bin, "id", &format!("echo {uid}"));
    // apt-get records what it was asked for and "installs" libclang.so
    let log = t.path().join("apt.log");
    stub(
        &bin,
        "apt-get",
        &format!(
            "echo \"$@\" >> {log}\ncase \"$*\" in *libclang-dev*) touch {lib}/libclang-14.so.1;; esac",
            log = log.display(),
            lib = lib.display()
        ),
    );
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = Command::new("bash")
        .arg(common::repo().join("scripts/setup"))
        .env("PATH", path)
        .env("GCSTRESS_SETUP_LIBDIRS", &lib)
        .env_remove("LIBCLANG_PATH")
        .output()
        .expect("bash runs");
    let apt = std::fs::read_to_string(&log).unwrap_or_default();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        apt,
        t,
    )
}

#[test]
fn libclang_cpp_alone_is_not_enough() {
    // what llvm installs without libclang-dev: the main command failed on it once
    let (code, stderr, apt, _t) = setup(0, &["libclang-cpp.so.14"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        apt.contains("install") && apt.contains("libclang-dev"),
        "apt-get was asked: {apt:?}"
    );
}

#[test]
fn a_user_gets_the_one_command_to_run() {
    let (code, stderr, apt, _t) = setup(1000, &["libclang-cpp.so.14"]);
    assert_eq!(code, 1);
    assert!(apt.is_empty(), "a normal user must not run apt-get: {apt}");
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 1, "{stderr}");
    assert!(
        lines[0].contains("sudo apt-get install -y libclang-dev"),
        "{stderr}"
    );
}

#[test]
fn what_bindgen_loads_is_found() {
    for l in [
        "libclang.so",
        "libclang-14.so.1",
        "libclang.so.1",
        "libclang-14.so",
    ] {
        let (code, stderr, apt, _t) = setup(1000, &["libclang-cpp.so.14", l]);
        assert_eq!(code, 0, "{l}: {stderr}");
        assert!(apt.is_empty(), "{l}: {apt}");
    }
}
