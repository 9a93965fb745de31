//! Fuzz artifacts as input of `exec` and `minimize`: a `gc_alias` input
//! (generator bytes, see `crate::fuzz`) becomes the Ruby reproducer it stands
//! for, on the VM the fuzz build used.

use std::path::Path;

use anyhow::{Context, Result};

use crate::cli::{ensure_vm, progress};
use crate::fuzz::{self, InputKind};
use crate::generate::introspect;
use crate::ir::Program;

pub struct Artifact {
    pub vm: String,
    pub program: Program,
    /// The program as the fuzz target ran it (header + statements).
    pub text: String,
    pub origin: String,
}

impl Artifact {
    /// The reproducer with the signature a run showed.
    pub fn repro(&self, signature: Option<&str>) -> String {
        fuzz::repro_text(&self.vm, &self.program, signature, Some(&self.origin))
    }
}

/// If `path` holds a `gc_alias` input (by place or content, or `force`), the
/// program it describes on the VM from `--vm`, else `$GCSTRESS_VM`, else the
/// default VM (the same rule as the fuzz build).
pub fn load(
    path: &Path,
    bytes: &[u8],
    vm_flag: Option<&str>,
    force: bool,
) -> Result<Option<Artifact>> {
    if !force && fuzz::classify(path, bytes) != InputKind::GcAlias {
        return Ok(None);
    }
    let vm = fuzz::artifact_vm(vm_flag);
    let install = ensure_vm(&vm)?;
    let cat =
        introspect::catalog(&install).with_context(|| format!("cannot ask {vm} what it has"))?;
    let program = fuzz::program(&cat, bytes, fuzz::Host::of(&install));
    let origin = format!(
        "{} ({} bytes of gc_alias input)",
        path.display(),
        bytes.len()
    );
    let text = fuzz::repro_text(&vm, &program, None, None);
    progress(&format!(
        "{}: a gc_alias fuzz input: the generated program on {vm}, schedule {}, verifier on",
        path.display(),
        program.schedule
    ));
    Ok(Some(Artifact {
        vm,
        program,
        text,
        origin,
    }))
}
