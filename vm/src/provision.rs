//! Fetching and building VMs into `$GCSTRESS_HOME`.
//!
//! Debian packages come through Debian's own tools (`apt-get` with a private
//! state directory, so the machine's apt configuration is never touched; apt
//! checks the archive signatures). Sources are unpacked with `dpkg-source -x`
//! and built with mruby's own rake and a build config written here.
//!
//! Crash safety: every build happens in `vms/.build-<id>-<pid>` and is renamed
//! to `vms/<id>` only when complete (the manifest inside is the "done" mark);
//! a per-VM lock serializes concurrent fetches; a killed build leaves only a
//! `.build-*` directory, which the next attempt removes.

use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{anyhow, bail, Context, Result};
use serde::{Deserialize, Serialize};

use crate::catalog::{self, Origin, Variant, VmSpec};
use crate::home::Home;
use crate::patch::{self, Patch, PatchRecord};

/// Bad input from the user (unknown VM id, missing source directory): exit 2.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct BadInput(pub String);

pub const MANIFEST_FORMAT: u32 = 1;

/// What `vms/<id>/manifest.toml` records about a finished VM.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Manifest {
    pub format: u32,
    pub id: String,
    /// `mruby` or `artichoke`.
    pub kind: String,
    /// Human-readable origin (package and version, or source path).
    pub origin: String,
    pub version: String,
    pub variant: Variant,
    /// Compiler flags for code that embeds this VM (from libmruby.flags.mak).
    pub cflags: Vec<String>,
    pub ldflags: Vec<String>,
    pub libs: Vec<String>,
    pub libmruby: PathBuf,
    /// The VM's stock command-line interpreter (`mruby`), for plain reproducers.
    pub plain: Option<PathBuf>,
    /// A prebuilt worker (Artichoke builds its own with cargo).
    #[serde(default)]
    pub worker: Option<PathBuf>,
    #[serde(default)]
    pub src: Option<PathBuf>,
    /// The VM whose sources a patched VM was built from (`vm add --from`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base: Option<String>,
    /// The patches applied to the sources, in order (`vm add --patch`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub patches: Vec<PatchRecord>,
}

/// A VM ready to run: its manifest and the worker binary to start.
#[derive(Debug, Clone)]
pub struct Install {
    pub id: String,
    pub dir: PathBuf,
    pub manifest: Manifest,
    pub worker: PathBuf,
}

impl Install {
    pub fn is_artichoke(&self) -> bool {
        self.manifest.kind == "artichoke"
    }
}

/// Reports progress (one line per step) to whoever is waiting.
pub type Progress<'a> = &'a mut dyn FnMut(&str);

pub fn read_manifest(dir: &Path) -> Option<Manifest> {
    let text = fs::read_to_string(dir.join("manifest.toml")).ok()?;
    let m: Manifest = toml::from_str(&text).ok()?;
    (m.format == MANIFEST_FORMAT).then_some(m)
}

pub(crate) fn write_manifest(dir: &Path, m: &Manifest) -> Result<()> {
    let text = toml::to_string_pretty(m).context("cannot serialize the VM manifest")?;
    let path = dir.join("manifest.toml");
    fs::write(&path, text).with_context(|| format!("cannot write {}", path.display()))
}

/// VMs that are built and ready, by id.
pub fn installed(home: &Home) -> BTreeMap<String, Manifest> {
    let mut out = BTreeMap::new();
    if let Ok(rd) = fs::read_dir(home.vms()) {
        for e in rd.flatten() {
            let name = e.file_name().to_string_lossy().to_string();
            if name.starts_with('.') {
                continue;
            }
            if let Some(m) = read_manifest(&e.path()) {
                out.insert(name, m);
            }
        }
    }
    out
}

/// Make sure `id` is built (fetching and building it if not) and its worker is
/// current; return what is needed to run it.
pub fn ensure(home: &Home, id: &str, progress: Progress) -> Result<Install> {
    home.ensure_dirs()?;
    let dir = home.vm_dir(id);
    if let Some(m) = read_manifest(&dir) {
        let worker = crate::worker::ensure_worker(home, &dir, &m, progress)?;
        return Ok(Install {
            id: id.to_string(),
            dir,
            manifest: m,
            worker,
        });
    }
    let spec = match catalog::lookup(id) {
        Ok(s) => s,
        Err(e) => return Err(BadInput(e.to_string()).into()),
    };
    if spec.is_artichoke() {
        // clones the pinned revision where GitHub is reachable; else one line says what to do
        return crate::artichoke::fetch_variant(home, spec.variant, progress);
    }
    fetch(home, &spec, progress)?;
    let m = read_manifest(&dir)
        .with_context(|| format!("{id}: the build finished but left no manifest"))?;
    let worker = crate::worker::ensure_worker(home, &dir, &m, progress)?;
    Ok(Install {
        id: id.to_string(),
        dir,
        manifest: m,
        worker,
    })
}

/// Fetch and build a built-in VM (no-op if it is already there).
pub fn fetch(home: &Home, spec: &VmSpec, progress: Progress) -> Result<()> {
    home.ensure_dirs()?;
    let _lock = home.lock(&spec.id)?;
    let final_dir = home.vm_dir(&spec.id);
    if read_manifest(&final_dir).is_some() {
        return Ok(());
    }
    let tmp = fresh_build_dir(home, &spec.id)?;
    let result = match &spec.origin {
        Origin::DebianSource {
            version,
            debian,
            suite,
        } => build_debian_source(
            home, spec, version, debian, suite, &tmp, &final_dir, progress,
        ),
        Origin::DebianBinary {
            version,
            debian,
            suite,
        } => unpack_debian_binary(
            home, spec, version, debian, suite, &tmp, &final_dir, progress,
        ),
        Origin::Local | Origin::Artichoke => {
            Err(anyhow!("{}: cannot be fetched from Debian", spec.id))
        }
    };
    finish_build(result, &tmp, &final_dir, &spec.id)
}

/// A name a user may give a VM they add (not a built-in id; `artichoke` only
/// for an Artichoke checkout).
fn check_name(name: &str) -> Result<()> {
    if name.is_empty() || name.starts_with('.') || name.contains('/') {
        return Err(BadInput(format!(
            "`{name}` cannot be a VM name (use letters, digits, '-', '.', '_')"
        ))
        .into());
    }
    if catalog::lookup(name).is_ok() {
        return Err(BadInput(format!(
            "`{name}` is a built-in VM id; pick another name for your build"
        ))
        .into());
    }
    Ok(())
}

/// `vm add NAME --src DIR [--patch FILE...]`: build a user's mruby source
/// tree (or, as `artichoke` or with an Artichoke checkout, Artichoke) as VM
/// `name`, with the patches applied to a scratch copy.
pub fn add_local(
    home: &Home,
    name: &str,
    src: &Path,
    variant: Variant,
    patches: &[PathBuf],
    progress: Progress,
) -> Result<Install> {
    let patches = patch::read_patches(patches)?;
    if name == "artichoke" || crate::artichoke::is_checkout(src) {
        if name != "artichoke" {
            check_name(name)?;
        }
        return crate::artichoke::add_as(home, name, src, variant, &patches, None, progress);
    }
    check_name(name)?;
    if !src.join("include").join("mruby.h").is_file() || !src.join("Rakefile").is_file() {
        return Err(BadInput(format!(
            "{} is not an mruby source tree (no include/mruby.h and Rakefile)",
            src.display()
        ))
        .into());
    }
    let src = src
        .canonicalize()
        .with_context(|| format!("cannot resolve {}", src.display()))?;
    let build = TreeBuild {
        name,
        variant,
        origin: format!("source tree {}", src.display()),
        what: format!("the sources in {}", src.display()),
        recorded_src: Some(src.clone()),
        base: None,
    };
    build_tree(home, &build, &src, &patches, progress)
}

/// `vm add NAME --from VM --patch FILE...`: build VM `from`'s sources again
/// as VM `name`, with the patches applied to a scratch copy (`from` is
/// fetched and built first if it is not there; its build is never touched).
/// The variant is `from`'s unless `variant` says otherwise.
pub fn add_patched(
    home: &Home,
    name: &str,
    from: &str,
    patches: &[PathBuf],
    variant: Option<Variant>,
    progress: Progress,
) -> Result<Install> {
    check_name(name)?;
    if name == from {
        return Err(BadInput(format!(
            "a patched VM needs a name of its own (not `{from}`)"
        ))
        .into());
    }
    let patches = patch::read_patches(patches)?;
    let base = ensure(home, from, progress)?;
    if base.is_artichoke() {
        let Some(src) = base.manifest.src.clone().filter(|s| s.is_dir()) else {
            return Err(BadInput(format!(
                "{from}: the Artichoke checkout it was built from is gone; use `vm add {name} --src DIR --patch FILE`"
            ))
            .into());
        };
        let v = variant.unwrap_or(Variant::Release);
        return crate::artichoke::add_as(home, name, &src, v, &patches, Some(from), progress);
    }
    // source-built VMs keep the tree they were built from beside the build
    let src = base.dir.join("src");
    if !src.join("include").join("mruby.h").is_file() {
        return Err(BadInput(format!(
            "{from} has no sources to patch ({}); build a source tree with `vm add {name} --src DIR --patch FILE`",
            base.manifest.origin
        ))
        .into());
    }
    let build = TreeBuild {
        name,
        variant: variant.unwrap_or(base.manifest.variant),
        origin: format!("{from} patched ({})", base.manifest.origin),
        what: format!("{from}'s sources"),
        recorded_src: None,
        base: Some(from.to_string()),
    };
    build_tree(home, &build, &src, &patches, progress)
}

/// What [`build_tree`] builds and what its manifest says.
struct TreeBuild<'a> {
    name: &'a str,
    variant: Variant,
    origin: String,
    /// Names the sources in a patch error (`mruby-3.1.0's sources`).
    what: String,
    recorded_src: Option<PathBuf>,
    base: Option<String>,
}

/// Copy an mruby tree into a fresh build directory, apply the patches there,
/// build it with rake and move it into place as `vms/<name>` (replacing an
/// earlier build of that name only when the new one is complete).
fn build_tree(
    home: &Home,
    b: &TreeBuild,
    src: &Path,
    patches: &[Patch],
    progress: Progress,
) -> Result<Install> {
    let name = b.name;
    check_submodules(src)?;
    home.ensure_dirs()?;
    require_tools(&["ruby", "rake", "gcc", "make", "ar"], progress)?;
    let lock = home.lock(name)?;
    let final_dir = home.vm_dir(name);
    let tmp = fresh_build_dir(home, name)?;
    let result = (|| -> Result<()> {
        progress(&format!("copying {} ...", src.display()));
        copy_tree(src, &tmp.join("src"))?;
        patch::apply(&tmp.join("src"), patches, &b.what, progress)?;
        let spec = VmSpec {
            id: name.to_string(),
            origin: Origin::Local,
            variant: b.variant,
        };
        let version = read_version(&tmp.join("src")).unwrap_or_else(|| "unknown".into());
        rake_build(home, &spec, &tmp, progress)?;
        let mut m = manifest_from_rake(&spec, &version, &tmp, &final_dir)?;
        m.origin = b.origin.clone();
        m.src = b.recorded_src.clone();
        m.base = b.base.clone();
        m.patches = patches.iter().map(|p| p.record.clone()).collect();
        write_manifest(&tmp, &m)
    })();
    // A rebuild replaces the previous build of the same name.
    if result.is_ok() && final_dir.exists() {
        fs::remove_dir_all(&final_dir)
            .with_context(|| format!("cannot remove {}", final_dir.display()))?;
    }
    finish_build(result, &tmp, &final_dir, name)?;
    // ensure_worker takes the VM's lock itself (a second flock on the same
    // file from this process would wait for ever)
    drop(lock);
    let m = read_manifest(&final_dir).context("the build left no manifest")?;
    let worker = crate::worker::ensure_worker(home, &final_dir, &m, progress)?;
    Ok(Install {
        id: name.to_string(),
        dir: final_dir,
        manifest: m,
        worker,
    })
}

pub(crate) fn fresh_build_dir(home: &Home, id: &str) -> Result<PathBuf> {
    // We hold the VM's lock: any .build-<id>-* left is from a killed build.
    let prefix = format!(".build-{id}-");
    if let Ok(rd) = fs::read_dir(home.vms()) {
        for e in rd.flatten() {
            if e.file_name().to_string_lossy().starts_with(&prefix) {
                let _ = fs::remove_dir_all(e.path());
            }
        }
    }
    let final_dir = home.vm_dir(id);
    if final_dir.exists() && read_manifest(&final_dir).is_none() {
        // not finished: never taken for done
        let _ = fs::remove_dir_all(&final_dir);
    }
    let tmp = home.vms().join(format!("{prefix}{}", std::process::id()));
    fs::create_dir_all(&tmp).with_context(|| format!("cannot create {}", tmp.display()))?;
    Ok(tmp)
}

pub(crate) fn finish_build(
    result: Result<()>,
    tmp: &Path,
    final_dir: &Path,
    id: &str,
) -> Result<()> {
    match result {
        Ok(()) => {
            fs::rename(tmp, final_dir).with_context(|| {
                format!("cannot move {} to {}", tmp.display(), final_dir.display())
            })?;
            Ok(())
        }
        Err(e) => {
            let _ = fs::remove_dir_all(tmp);
            Err(e.context(format!("cannot provision VM {id}")))
        }
    }
}

// ---------------------------------------------------------------------------
// Tools

pub(crate) fn which(tool: &str) -> bool {
    std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).any(|d| d.join(tool).is_file()))
        .unwrap_or(false)
}

pub(crate) fn is_root() -> bool {
    rustix::process::geteuid().is_root()
}

/// The Debian package that provides each tool we run.
fn package_for(tool: &str) -> &'static str {
    match tool {
        "ruby" => "ruby",
        "rake" => "rake",
        "gcc" => "gcc",
        "make" => "make",
        "ar" => "binutils",
        "dpkg-source" => "dpkg-dev",
        "apt-get" => "apt",
        "dpkg-deb" => "dpkg",
        "cargo" => "cargo",
        "git" => "git",
        "clang" => "clang",
        _ => "build-essential",
    }
}

/// Make sure each tool is on PATH; as root, install what is missing with apt
/// (the machine's apt, default configuration); otherwise name the command.
pub fn require_tools(tools: &[&str], progress: Progress) -> Result<()> {
    let missing: Vec<&str> = tools.iter().copied().filter(|t| !which(t)).collect();
    if missing.is_empty() {
        return Ok(());
    }
    let mut pkgs: Vec<&str> = missing.iter().map(|t| package_for(t)).collect();
    pkgs.sort();
    pkgs.dedup();
    install_packages(
        &pkgs,
        &format!("missing build tools ({})", missing.join(", ")),
        progress,
    )?;
    let still: Vec<&str> = tools.iter().copied().filter(|t| !which(t)).collect();
    if !still.is_empty() {
        bail!("still missing after apt-get install: {}", still.join(", "));
    }
    Ok(())
}

/// As root, `apt-get install` the packages (after `apt-get update` if the
/// lists are missing); otherwise fail naming the command. `why` starts the error.
fn install_packages(pkgs: &[&str], why: &str, progress: Progress) -> Result<()> {
    let cmd = format!(
        "apt-get install -y --no-install-recommends {}",
        pkgs.join(" ")
    );
    if !is_root() || !which("apt-get") {
        bail!("{why}: run `sudo {cmd}`");
    }
    progress(&format!("installing with apt: {}", pkgs.join(" ")));
    let log = std::env::temp_dir().join("gcstress-apt-install.log");
    let install = |log: &Path| {
        run_logged(
            Command::new("apt-get")
                .args(["install", "-y", "--no-install-recommends"])
                .args(pkgs),
            log,
            &[("DEBIAN_FRONTEND", "noninteractive")],
        )
        .is_ok()
    };
    if !install(&log) {
        // the package lists may be missing on a fresh machine
        run_logged(Command::new("apt-get").arg("update"), &log, &[])
            .with_context(|| format!("`apt-get update` failed (log: {})", log.display()))?;
        if !install(&log) {
            bail!("`{cmd}` failed (log: {})", log.display());
        }
    }
    Ok(())
}

/// clang's runtime libraries: linking with `-fsanitize=fuzzer-no-link`
/// (mruby's own tools in a `-fuzz` build) needs them, and Debian ships them
/// apart from clang (`libclang-rt-N-dev`, only a recommendation of clang, so
/// `--no-install-recommends` leaves them out). Installed as root when missing.
pub fn require_clang_runtime(progress: Progress) -> Result<()> {
    let ask = |arg: &str| -> Option<String> {
        let out = Command::new("clang").arg(arg).output().ok()?;
        out.status
            .success()
            .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
    };
    let has_runtime = || {
        ask("--print-runtime-dir").is_some_and(|d| {
            fs::read_dir(d).is_ok_and(|mut entries| {
                entries.any(|e| {
                    e.is_ok_and(|e| {
                        e.file_name()
                            .to_string_lossy()
                            .starts_with("libclang_rt.ubsan_standalone")
                    })
                })
            })
        })
    };
    if has_runtime() {
        return Ok(());
    }
    let major = ask("-dumpversion")
        .and_then(|v| v.split('.').next().map(str::to_string))
        .filter(|m| !m.is_empty() && m.chars().all(|c| c.is_ascii_digit()))
        .ok_or_else(|| anyhow::anyhow!("cannot ask clang for its version (clang -dumpversion)"))?;
    let pkg = format!("libclang-rt-{major}-dev");
    install_packages(
        &[pkg.as_str()],
        "clang's runtime libraries are missing (a -fuzz build links with them)",
        progress,
    )?;
    if !has_runtime() {
        bail!("clang's runtime libraries are still missing after installing {pkg}");
    }
    Ok(())
}

/// Run a command with its output appended to `log`; on failure the error
/// carries the last lines of the log.
pub(crate) fn run_logged(cmd: &mut Command, log: &Path, env: &[(&str, &str)]) -> Result<()> {
    let mut f = fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(log)
        .with_context(|| format!("cannot write log {}", log.display()))?;
    let _ = writeln!(f, "$ {cmd:?}");
    let f2 = f
        .try_clone()
        .context("cannot duplicate the log file handle")?;
    for (k, v) in env {
        cmd.env(k, v);
    }
    let status = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::from(f))
        .stderr(Stdio::from(f2))
        .status()
        .with_context(|| format!("cannot run {cmd:?}"))?;
    if !status.success() {
        let text = fs::read_to_string(log).unwrap_or_default();
        let last = text
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("")
            .trim();
        bail!(
            "{:?} failed ({status}): {last} (full log: {})",
            cmd.get_program(),
            log.display()
        );
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// Private apt

/// `URIs:` and `Signed-By:` of the machine's Debian archive, or the defaults.
fn debian_archive() -> (String, String) {
    let mut uri = "http://deb.debian.org/debian".to_string();
    let mut key = "/usr/share/keyrings/debian-archive-keyring.gpg".to_string();
    if let Ok(text) = fs::read_to_string("/etc/apt/sources.list.d/debian.sources") {
        for stanza in text.split("\n\n") {
            let get = |k: &str| {
                stanza
                    .lines()
                    .find_map(|l| l.strip_prefix(k).map(|v| v.trim().to_string()))
            };
            if let (Some(u), Some(suites)) = (get("URIs:"), get("Suites:")) {
                if u.contains("security") || suites.contains("security") {
                    continue;
                }
                if let Some(first) = u.split_whitespace().next() {
                    uri = first.to_string();
                }
                if let Some(k) = get("Signed-By:") {
                    key = k;
                }
                break;
            }
        }
    }
    (uri, key)
}

fn apt_opts(home: &Home) -> Vec<String> {
    let apt = home.apt();
    vec![
        "-o".into(),
        "Dir::Etc::SourceList=/dev/null".into(),
        "-o".into(),
        format!(
            "Dir::Etc::SourceParts={}",
            apt.join("sources.list.d").display()
        ),
        "-o".into(),
        format!("Dir::State::Lists={}", apt.join("lists").display()),
        "-o".into(),
        format!("Dir::Cache={}", apt.join("cache").display()),
        "-o".into(),
        "APT::Sandbox::User=root".into(),
        "-qq".into(),
    ]
}

/// Set up the private apt directory and its package lists (once; the lock
/// keeps two fetches from updating it at the same time).
fn apt_ready(home: &Home, progress: Progress) -> Result<()> {
    let apt = home.apt();
    let lists = apt.join("lists");
    let stamp = apt.join("updated");
    if stamp.exists() {
        return Ok(());
    }
    for d in [
        apt.join("sources.list.d"),
        lists.join("partial"),
        apt.join("cache/archives/partial"),
    ] {
        fs::create_dir_all(&d).with_context(|| format!("cannot create {}", d.display()))?;
    }
    let (uri, key) = debian_archive();
    let sources = format!(
        "Types: deb-src\nURIs: {uri}\nSuites: trixie bookworm\nComponents: main\nSigned-By: {key}\n\n\
         Types: deb\nURIs: {uri}\nSuites: bullseye\nComponents: main\nArchitectures: amd64\nSigned-By: {key}\n"
    );
    fs::write(apt.join("sources.list.d/gcstress.sources"), sources)
        .context("cannot write the private apt sources")?;
    progress("updating the private Debian package lists (bullseye, bookworm, trixie) ...");
    let log = home.logs().join("apt.log");
    run_logged(
        Command::new("apt-get").args(apt_opts(home)).arg("update"),
        &log,
        &[],
    )
    .context("cannot read Debian's package lists (is deb.debian.org reachable?)")?;
    fs::write(&stamp, "").context("cannot write the apt stamp")?;
    Ok(())
}

// ---------------------------------------------------------------------------
// Builds

#[allow(clippy::too_many_arguments)]
fn build_debian_source(
    home: &Home,
    spec: &VmSpec,
    version: &str,
    debian: &str,
    suite: &str,
    tmp: &Path,
    final_dir: &Path,
    progress: Progress,
) -> Result<()> {
    require_tools(
        &[
            "apt-get",
            "dpkg-source",
            "ruby",
            "rake",
            "gcc",
            "make",
            "ar",
        ],
        progress,
    )?;
    if spec.variant == Variant::Fuzz {
        require_tools(&["clang"], progress)?;
        require_clang_runtime(progress)?;
    }
    let dl = home.downloads().join(format!("mruby_{debian}"));
    let dsc = dl.join(format!("mruby_{debian}.dsc"));
    if !dsc.is_file() {
        let _apt = home.lock("apt")?;
        apt_ready(home, progress)?;
        fs::create_dir_all(&dl).with_context(|| format!("cannot create {}", dl.display()))?;
        progress(&format!(
            "fetching Debian {suite} source package mruby {debian} ..."
        ));
        let log = home.logs().join(format!("{}-fetch.log", spec.id));
        run_logged(
            Command::new("apt-get")
                .args(apt_opts(home))
                .args(["source", "--download-only"])
                .arg(format!("mruby={debian}"))
                .current_dir(&dl),
            &log,
            &[],
        )
        .with_context(|| format!("cannot download the source package mruby={debian}"))?;
    }
    progress(&format!("unpacking mruby {debian} ..."));
    let log = home.logs().join(format!("{}-build.log", spec.id));
    let _ = fs::remove_file(&log);
    run_logged(
        Command::new("dpkg-source")
            .arg("-x")
            .arg(&dsc)
            .arg(tmp.join("src")),
        &log,
        &[],
    )
    .context("dpkg-source could not unpack the source package")?;
    rake_build(home, spec, tmp, progress)?;
    let mut m = manifest_from_rake(spec, version, tmp, final_dir)?;
    m.origin = format!("Debian {suite} source package mruby {debian}");
    write_manifest(tmp, &m)
}

fn build_config(variant: Variant) -> String {
    let toolchain = if variant == Variant::Fuzz {
        "clang"
    } else {
        "gcc"
    };
    let mut s = format!(
        "# written by gcstress: mruby's default gembox, debuggable frames\n\
         MRuby::Build.new do |conf|\n  conf.toolchain :{toolchain}\n  conf.gembox 'default'\n  \
         conf.cc.flags << %w(-g -O1 -fno-omit-frame-pointer)\n",
    );
    match variant {
        Variant::Release => {}
        Variant::Debug => s.push_str("  conf.cc.defines << 'MRB_DEBUG'\n"),
        Variant::Asan => s.push_str(
            "  conf.cc.flags << '-fsanitize=address'\n  conf.linker.flags << '-fsanitize=address'\n",
        ),
        // SanitizerCoverage for libFuzzer; linking with it (mruby's own tools)
        // brings clang's weak defaults for the coverage callbacks.
        Variant::Fuzz => s.push_str(
            "  conf.cc.flags << '-fsanitize=fuzzer-no-link'\n  conf.linker.flags << '-fsanitize=fuzzer-no-link'\n",
        ),
        // gcov counters; -O0 (after the -O1 above) keeps lines and branches
        // as the source has them. The .gcno files stay beside the objects in
        // build/, where each run's .gcda lands (the worker's GCOV_PREFIX).
        Variant::Cov => s.push_str(
            "  conf.cc.flags << %w(-O0 --coverage)\n  conf.linker.flags << '--coverage'\n",
        ),
    }
    s.push_str("end\n");
    s
}

fn rake_build(home: &Home, spec: &VmSpec, tmp: &Path, progress: Progress) -> Result<()> {
    let src = tmp.join("src");
    let cfg = tmp.join("build_config.rb");
    fs::write(&cfg, build_config(spec.variant)).context("cannot write the mruby build config")?;
    progress(&format!(
        "building {} with mruby's rake (about 30 s) ...",
        spec.id
    ));
    let log = home.logs().join(format!("{}-build.log", spec.id));
    run_logged(
        // -m: every task a multitask (as mruby's own CI builds): 38 s -> 23 s
        // for 3.3.0 on 2 cores, the same libmruby.a
        Command::new("rake").args(["-m", "all"]).current_dir(&src),
        &log,
        &[
            ("MRUBY_CONFIG", &cfg.to_string_lossy()),
            ("MRUBY_BUILD_DIR", &tmp.join("build").to_string_lossy()),
            ("ASAN_OPTIONS", "detect_leaks=0"),
        ],
    )
    .with_context(|| format!("rake could not build {}", spec.id))?;
    Ok(())
}

/// Read variables from libmruby.flags.mak with make itself (it may use
/// `$(MRUBY_PACKAGE_DIR)` or absolute paths depending on the version).
fn read_flags_mak(path: &Path) -> Result<BTreeMap<String, String>> {
    let vars = [
        "MRUBY_CC",
        "MRUBY_CFLAGS",
        "MRUBY_LDFLAGS",
        "MRUBY_LDFLAGS_BEFORE_LIBS",
        "MRUBY_LIBS",
        "MRUBY_LIBMRUBY_PATH",
    ];
    let mut mk = format!("include {}\nall:\n", path.display());
    for v in vars {
        mk.push_str(&format!("\t@echo '{v}=$({v})'\n"));
    }
    let mut child = Command::new("make")
        .args(["-s", "-f", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .context("cannot run make")?;
    child
        .stdin
        .take()
        .context("make has no stdin")?
        .write_all(mk.as_bytes())
        .context("cannot talk to make")?;
    let out = child.wait_with_output().context("make failed")?;
    if !out.status.success() {
        bail!(
            "make could not read {}: {}",
            path.display(),
            String::from_utf8_lossy(&out.stderr).trim()
        );
    }
    let mut map = BTreeMap::new();
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        if let Some((k, v)) = line.split_once('=') {
            map.insert(k.to_string(), v.trim().to_string());
        }
    }
    Ok(map)
}

fn split_flags(s: &str) -> Vec<String> {
    shlex::split(s).unwrap_or_else(|| s.split_whitespace().map(String::from).collect())
}

fn relocate(s: &str, from: &Path, to: &Path) -> String {
    s.replace(&*from.to_string_lossy(), &to.to_string_lossy())
}

fn manifest_from_rake(
    spec: &VmSpec,
    version: &str,
    tmp: &Path,
    final_dir: &Path,
) -> Result<Manifest> {
    let host = tmp.join("build").join("host");
    let flags = read_flags_mak(&host.join("lib").join("libmruby.flags.mak"))?;
    let get = |k: &str| {
        relocate(
            flags.get(k).map(String::as_str).unwrap_or(""),
            tmp,
            final_dir,
        )
    };
    let libs: Vec<String> = split_flags(&get("MRUBY_LIBS"))
        .into_iter()
        .filter(|l| l != "-lmruby")
        .collect();
    let mut ldflags = split_flags(&get("MRUBY_LDFLAGS"));
    ldflags.extend(split_flags(&get("MRUBY_LDFLAGS_BEFORE_LIBS")));
    Ok(Manifest {
        format: MANIFEST_FORMAT,
        id: spec.id.clone(),
        kind: "mruby".into(),
        origin: String::new(),
        version: version.to_string(),
        variant: spec.variant,
        cflags: split_flags(&get("MRUBY_CFLAGS")),
        ldflags,
        libs,
        libmruby: final_dir.join("build/host/lib/libmruby.a"),
        plain: Some(final_dir.join("build/host/bin/mruby")),
        worker: None,
        src: None,
        base: None,
        patches: vec![],
    })
}

#[allow(clippy::too_many_arguments)]
fn unpack_debian_binary(
    home: &Home,
    spec: &VmSpec,
    version: &str,
    debian: &str,
    suite: &str,
    tmp: &Path,
    final_dir: &Path,
    progress: Progress,
) -> Result<()> {
    require_tools(&["apt-get", "dpkg-deb", "gcc", "make"], progress)?;
    let dl = home.downloads().join(format!("libmruby-dev_{debian}"));
    let debs = [
        format!("libmruby-dev_{debian}_amd64.deb"),
        format!("mruby_{debian}_amd64.deb"),
    ];
    if debs.iter().any(|d| !dl.join(d).is_file()) {
        let _apt = home.lock("apt")?;
        apt_ready(home, progress)?;
        fs::create_dir_all(&dl).with_context(|| format!("cannot create {}", dl.display()))?;
        progress(&format!(
            "fetching Debian {suite} binary packages libmruby-dev and mruby {debian} ..."
        ));
        let log = home.logs().join(format!("{}-fetch.log", spec.id));
        run_logged(
            Command::new("apt-get")
                .args(apt_opts(home))
                .arg("download")
                .arg(format!("libmruby-dev={debian}"))
                .arg(format!("mruby={debian}"))
                .current_dir(&dl),
            &log,
            &[],
        )
        .with_context(|| format!("cannot download libmruby-dev={debian}"))?;
    }
    let root = tmp.join("root");
    let log = home.logs().join(format!("{}-build.log", spec.id));
    for d in &debs {
        run_logged(
            Command::new("dpkg-deb")
                .arg("-x")
                .arg(dl.join(d))
                .arg(&root),
            &log,
            &[],
        )
        .with_context(|| format!("cannot unpack {d}"))?;
    }
    let froot = final_dir.join("root");
    let m = Manifest {
        format: MANIFEST_FORMAT,
        id: spec.id.clone(),
        kind: "mruby".into(),
        origin: format!("Debian {suite} binary packages libmruby-dev and mruby {debian}"),
        version: version.to_string(),
        variant: Variant::Release,
        cflags: vec![format!("-I{}", froot.join("usr/include").display())],
        ldflags: vec![],
        libs: vec!["-lm".into()],
        libmruby: froot.join("usr/lib/libmruby.a"),
        plain: Some(froot.join("usr/bin/mruby")),
        worker: None,
        src: None,
        base: None,
        patches: vec![],
    };
    write_manifest(tmp, &m)
}

fn read_version(src: &Path) -> Option<String> {
    let text = fs::read_to_string(src.join("include/mruby/version.h")).ok()?;
    let num = |k: &str| {
        text.lines().find_map(|l| {
            let l = l.trim();
            l.strip_prefix(&format!("#define {k} "))
                .map(|v| v.trim().to_string())
        })
    };
    Some(format!(
        "{}.{}.{}",
        num("MRUBY_RELEASE_MAJOR")?,
        num("MRUBY_RELEASE_MINOR")?,
        num("MRUBY_RELEASE_TEENY")?
    ))
}

/// The submodules a tree's `.gitmodules` lists whose directory is missing or
/// empty, as (path, url). mruby master builds its compiler from Prism, a
/// submodule at `mrbgems/mruby-compiler/lib/prism`.
fn empty_submodules(src: &Path) -> Vec<(String, String)> {
    let Ok(text) = fs::read_to_string(src.join(".gitmodules")) else {
        return Vec::new();
    };
    let mut subs: Vec<(String, String)> = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            subs.push((String::new(), String::new()));
        } else if let (Some(last), Some((k, v))) = (subs.last_mut(), line.split_once('=')) {
            match k.trim() {
                "path" => last.0 = v.trim().to_string(),
                "url" => last.1 = v.trim().to_string(),
                _ => {}
            }
        }
    }
    subs.into_iter()
        .filter(|(path, _)| {
            !path.is_empty()
                && fs::read_dir(src.join(path)).map_or(true, |mut d| d.next().is_none())
        })
        .collect()
}

/// A tree with an empty submodule does not build: mruby's rake would run
/// `git submodule update --init`, which cannot work in the copy gcstress
/// builds (it has no `.git`), and fails with a backtrace. Say so in one line.
fn check_submodules(src: &Path) -> Result<()> {
    let Some((path, url)) = empty_submodules(src).into_iter().next() else {
        return Ok(());
    };
    let fill = if src.join(".git").exists() {
        format!("`git -C {} submodule update --init {path}`", src.display())
    } else {
        format!(
            "put {url} there at the commit mruby pins (`git ls-tree <mruby commit> {path}` in an mruby clone names it), e.g. with `git archive COMMIT | tar -x -C {}`",
            src.join(&path).display()
        )
    };
    Err(BadInput(format!(
        "{}: the git submodule {path} is empty and mruby's rake cannot fetch it in gcstress's copy of the tree; fill it first: {fill}",
        src.display()
    ))
    .into())
}

/// Copy a source tree, leaving out `.git` and the top-level `build/` (rake's
/// output). Only the top level's: `lib/mruby/build/` is source.
fn copy_tree(from: &Path, to: &Path) -> Result<()> {
    copy_tree_at(from, to, Some("build"))
}

/// Copy a source tree, leaving out `.git` and the top-level directory `skip`
/// (a build's output); modification times are kept.
pub(crate) fn copy_tree_at(from: &Path, to: &Path, skip: Option<&str>) -> Result<()> {
    fs::create_dir_all(to).with_context(|| format!("cannot create {}", to.display()))?;
    for e in fs::read_dir(from).with_context(|| format!("cannot read {}", from.display()))? {
        let e = e?;
        let name = e.file_name();
        if name == ".git" || skip.is_some_and(|s| name == s) {
            continue;
        }
        let ft = e.file_type()?;
        let dst = to.join(&name);
        if ft.is_dir() {
            copy_tree_at(&e.path(), &dst, None)?;
        } else if ft.is_file() {
            fs::copy(e.path(), &dst)
                .with_context(|| format!("cannot copy {}", e.path().display()))?;
            // keep modification times: rake compares them, and a generated
            // file (lex.def, y.tab.c) newer than its source is not rebuilt
            // (which would need gperf or bison)
            if let Ok(t) = e.metadata().and_then(|m| m.modified()) {
                let _ = fs::File::options()
                    .write(true)
                    .open(&dst)
                    .and_then(|f| f.set_modified(t));
            }
        } else if ft.is_symlink() {
            let target = fs::read_link(e.path())?;
            let _ = std::os::unix::fs::symlink(target, &dst);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// mruby master's layout: `.gitmodules` names prism; an empty directory
    /// (what `git archive` leaves) is one line naming it, a filled one builds.
    #[test]
    fn an_empty_submodule_is_one_line_naming_it() {
        let d = tempfile::tempdir().unwrap();
        let prism = d.path().join("mrbgems/mruby-compiler/lib/prism");
        fs::create_dir_all(&prism).unwrap();
        fs::write(
            d.path().join(".gitmodules"),
            "[submodule \"mrbgems/mruby-compiler/lib/prism\"]\n  path = mrbgems/mruby-compiler/lib/prism\n  url = https://github.com/ruby/prism\n",
        )
        .unwrap();
        let e = check_submodules(d.path()).unwrap_err();
        let msg = format!("{e:#}");
        assert!(e.downcast_ref::<BadInput>().is_some(), "{msg}");
        assert!(!msg.contains('\n'), "{msg}");
        assert!(
            msg.contains("the git submodule mrbgems/mruby-compiler/lib/prism is empty")
                && msg.contains("https://github.com/ruby/prism")
                && msg.contains("git archive"),
            "{msg}"
        );
        fs::create_dir(d.path().join(".git")).unwrap();
        let msg = format!("{:#}", check_submodules(d.path()).unwrap_err());
        assert!(
            msg.contains("submodule update --init mrbgems/mruby-compiler/lib/prism"),
            "{msg}"
        );
        fs::write(prism.join("Makefile"), "x").unwrap();
        check_submodules(d.path()).unwrap();
        // no .gitmodules (mruby 3.x): nothing to check
        check_submodules(&d.path().join("mrbgems")).unwrap();
    }

    #[test]
    fn copy_tree_leaves_out_only_the_top_level_build_dir() {
        let d = tempfile::tempdir().unwrap();
        let src = d.path().join("src");
        for dir in ["build/host", "lib/mruby/build", ".git"] {
            fs::create_dir_all(src.join(dir)).unwrap();
        }
        fs::write(src.join("build/host/libmruby.a"), "x").unwrap();
        fs::write(src.join("lib/mruby/build/load_gems.rb"), "x").unwrap();
        fs::write(src.join(".git/HEAD"), "x").unwrap();
        let dst = d.path().join("dst");
        copy_tree(&src, &dst).unwrap();
        assert!(dst.join("lib/mruby/build/load_gems.rb").is_file());
        let mtime = |p: &Path| fs::metadata(p).unwrap().modified().unwrap();
        assert_eq!(
            mtime(&dst.join("lib/mruby/build/load_gems.rb")),
            mtime(&src.join("lib/mruby/build/load_gems.rb"))
        );
        assert!(!dst.join("build").exists());
        assert!(!dst.join(".git").exists());
    }

    #[test]
    fn build_config_variants() {
        assert!(!build_config(Variant::Release).contains("MRB_DEBUG"));
        assert!(build_config(Variant::Debug).contains("MRB_DEBUG"));
        assert!(build_config(Variant::Asan).contains("-fsanitize=address"));
        assert!(build_config(Variant::Fuzz).contains("conf.toolchain :clang"));
        assert!(build_config(Variant::Fuzz).contains("-fsanitize=fuzzer-no-link"));
        assert!(build_config(Variant::Cov).contains("--coverage"));
    }

    #[test]
    fn flags_are_split_like_a_shell() {
        assert_eq!(
            split_flags(r#"-I"/a b/include" -DX"#),
            vec!["-I/a b/include", "-DX"]
        );
    }
}
