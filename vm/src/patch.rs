//! Patched VMs: `vm add NAME --from VM --patch FILE` (or `--src DIR --patch FILE`).
//!
//! A patch is applied to a scratch copy of the sources, never to the user's
//! tree or to another VM's build, with **`git apply` semantics**: paths lose
//! their first component (`-p1`: `a/src/vm.c` is `src/vm.c`), a hunk may sit
//! at other line numbers than it says but its context must match exactly (no
//! fuzz), and a patch applies entirely or not at all. Patches apply in the
//! order given. A patch that does not apply is one line naming the patch and
//! the file and line of the first hunk that failed, and the scratch copy is
//! removed (the build never starts).
//!
//! The manifest of a patched VM records each patch's file name and SHA-256,
//! so `vm list` tells two builds of one VM apart.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::provision::{self, BadInput, Progress};

/// What a manifest records about one patch.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PatchRecord {
    /// The patch's file name (without its directory).
    pub file: String,
    /// SHA-256 of its bytes, lowercase hex.
    pub sha256: String,
}

impl PatchRecord {
    /// `name.patch (sha256 0123abcd…)`: the short form `vm list` prints.
    pub fn short(&self) -> String {
        format!(
            "{} ({})",
            self.file,
            &self.sha256[..self.sha256.len().min(12)]
        )
    }
}

/// A patch read from disk, ready to apply.
#[derive(Debug, Clone)]
pub struct Patch {
    pub path: PathBuf,
    pub record: PatchRecord,
}

/// Read the patch files (bad input if one is missing or is not a diff).
pub fn read_patches(paths: &[PathBuf]) -> Result<Vec<Patch>> {
    let mut out = Vec::new();
    for p in paths {
        let bytes =
            fs::read(p).map_err(|e| BadInput(format!("cannot read patch {}: {e}", p.display())))?;
        let text = String::from_utf8_lossy(&bytes);
        if !text.lines().any(|l| l.starts_with("@@ ")) {
            return Err(BadInput(format!(
                "{} is not a patch (no `@@` hunk; make one with `git diff` or `diff -u`)",
                p.display()
            ))
            .into());
        }
        let file = p
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_else(|| p.display().to_string());
        let sha256 = Sha256::digest(&bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        out.push(Patch {
            path: p
                .canonicalize()
                .with_context(|| format!("cannot resolve {}", p.display()))?,
            record: PatchRecord { file, sha256 },
        });
    }
    Ok(out)
}

/// The one-line reason `git apply` gives: the first hunk that failed, else
/// its first error line.
fn reason(stderr: &str) -> String {
    let errors: Vec<&str> = stderr
        .lines()
        .filter_map(|l| l.trim().strip_prefix("error: "))
        .collect();
    for e in &errors {
        // "patch failed: src/vm.c:297"
        if let Some(at) = e.strip_prefix("patch failed: ") {
            if let Some((file, line)) = at.rsplit_once(':') {
                return format!("the hunk of {file} at line {line} does not match the sources");
            }
        }
    }
    match errors.first() {
        Some(e) => e.to_string(),
        None => stderr
            .lines()
            .next()
            .unwrap_or("git apply failed")
            .trim()
            .to_string(),
    }
}

/// Apply `patches` in order to the tree at `tree` (a scratch copy).
pub fn apply(tree: &Path, patches: &[Patch], what: &str, progress: Progress) -> Result<()> {
    if patches.is_empty() {
        return Ok(());
    }
    provision::require_tools(&["git"], progress)?;
    // git must not take a repository around the scratch copy for its own
    // (it would apply paths relative to that repository's root)
    let ceiling = tree.parent().unwrap_or(tree);
    for p in patches {
        progress(&format!("applying {} ...", p.record.file));
        let out = Command::new("git")
            .args(["apply", "-p1", "--whitespace=nowarn"])
            .arg(&p.path)
            .current_dir(tree)
            .env("GIT_CEILING_DIRECTORIES", ceiling)
            .stdin(Stdio::null())
            .output()
            .context("cannot run git apply")?;
        if !out.status.success() {
            return Err(BadInput(format!(
                "patch {} does not apply to {what}: {}",
                p.record.file,
                reason(&String::from_utf8_lossy(&out.stderr))
            ))
            .into());
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn git_apply_errors_become_one_line() {
        let e = "error: patch failed: src/vm.c:297\nerror: src/vm.c: patch does not apply\n";
        assert_eq!(
            reason(e),
            "the hunk of src/vm.c at line 297 does not match the sources"
        );
        assert_eq!(
            reason("error: src/nope.c: No such file or directory\n"),
            "src/nope.c: No such file or directory"
        );
    }

    #[test]
    fn patches_apply_to_a_copy_all_or_nothing() {
        let d = tempfile::tempdir().unwrap();
        let tree = d.path().join("tree");
        fs::create_dir_all(tree.join("src")).unwrap();
        fs::write(tree.join("src/a.c"), "one\ntwo\nthree\n").unwrap();
        fs::write(tree.join("src/b.c"), "x\n").unwrap();
        let good = d.path().join("good.patch");
        fs::write(
            &good,
            "--- a/src/a.c\n+++ b/src/a.c\n@@ -1,3 +1,3 @@\n one\n-two\n+TWO\n three\n",
        )
        .unwrap();
        // the second file's hunk does not match: nothing of this patch applies
        let bad = d.path().join("bad.patch");
        fs::write(
            &bad,
            "--- a/src/a.c\n+++ b/src/a.c\n@@ -1,3 +1,3 @@\n one\n-TWO\n+2\n three\n\
             --- a/src/b.c\n+++ b/src/b.c\n@@ -1 +1 @@\n-y\n+z\n",
        )
        .unwrap();
        let ps = read_patches(&[good]).unwrap();
        assert_eq!(ps[0].record.file, "good.patch");
        assert_eq!(ps[0].record.sha256.len(), 64);
        apply(&tree, &ps, "t", &mut |_| {}).unwrap();
        assert_eq!(
            fs::read_to_string(tree.join("src/a.c")).unwrap(),
            "one\nTWO\nthree\n"
        );
        let e = apply(&tree, &read_patches(&[bad]).unwrap(), "t", &mut |_| {}).unwrap_err();
        let msg = format!("{e:#}");
        assert!(msg.contains("bad.patch does not apply to t"), "{msg}");
        assert!(msg.contains("src/b.c"), "{msg}");
        assert!(!msg.contains('\n'), "{msg}");
        // all or nothing: a.c keeps the first patch only
        assert_eq!(
            fs::read_to_string(tree.join("src/a.c")).unwrap(),
            "one\nTWO\nthree\n"
        );
        assert!(read_patches(&[d.path().join("missing.patch")]).is_err());
        assert!(read_patches(&[tree.join("src/b.c")]).is_err());
    }
}
