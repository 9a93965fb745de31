//! `gcstress vm list | fetch ID... | path ID | add NAME (--src DIR | --from VM) [--patch FILE...]`

use std::path::PathBuf;

use anyhow::Result;
use clap::Subcommand;
use gcstress_vm::catalog::{self, Variant};
use serde_json::json;

use crate::cli::exit;
use crate::cli::{home, progress};

#[derive(Debug, Subcommand)]
pub enum VmCommand {
    /// List known and built VMs.
    List {
        /// One JSON object per VM, one per line.
        #[arg(long)]
        json: bool,
    },
    /// Fetch and build VMs (idempotent; safe to run concurrently).
    Fetch {
        /// VM ids, e.g. mruby-3.3.0 mruby-2.1.2 mruby-3.1.0-debug.
        #[arg(required = true)]
        ids: Vec<String>,
    },
    /// Print the directory of a VM (fetching it if needed).
    Path { id: String },
    /// Build your own mruby source tree (a checkout or a branch) as VM NAME;
    /// as NAME `artichoke` (or from an Artichoke checkout), build Artichoke
    /// (see README, Artichoke). With --from VM --patch FILE: VM's sources
    /// again with patches applied to a scratch copy (a patched VM).
    #[command(group(clap::ArgGroup::new("sources").required(true).args(["src", "from"])))]
    Add {
        name: String,
        /// The mruby source tree (or Artichoke checkout).
        #[arg(long, value_name = "DIR")]
        src: Option<PathBuf>,
        /// Build the sources VM was built from (fetching VM first if needed);
        /// its build and sources are not touched. Needs --patch.
        #[arg(long, value_name = "VM", requires = "patch")]
        from: Option<String>,
        /// A patch to apply to a scratch copy of the sources first (`git apply`
        /// semantics: -p1, exact context, all or nothing); repeatable, applied
        /// in order. The manifest records each file name and SHA-256.
        #[arg(long, value_name = "FILE")]
        patch: Vec<PathBuf>,
        /// Build with MRB_DEBUG (mrb_assert live).
        #[arg(long, conflicts_with = "asan")]
        debug: bool,
        /// Build with AddressSanitizer.
        #[arg(long)]
        asan: bool,
    },
}

pub fn run(c: VmCommand) -> Result<u8> {
    let home = home()?;
    match c {
        VmCommand::List { json } => {
            let installed = gcstress_vm::provision::installed(&home);
            let mut ids = catalog::builtin_ids();
            for k in installed.keys() {
                if !ids.contains(k) {
                    ids.push(k.clone());
                }
            }
            for id in ids {
                let m = installed.get(&id);
                let what = match (catalog::lookup(&id), m) {
                    (_, Some(m)) => m.origin.clone(),
                    (Ok(spec), None) => spec.describe(),
                    (Err(_), None) => String::new(),
                };
                let default = id == gcstress_vm::DEFAULT_VM;
                let patches = m.map(|m| m.patches.clone()).unwrap_or_default();
                if json {
                    println!(
                        "{}",
                        json!({"id": id, "built": m.is_some(), "default": default,
                               "path": m.map(|_| home.vm_dir(&id)), "origin": what,
                               "base": m.and_then(|m| m.base.clone()),
                               "patches": patches})
                    );
                } else {
                    let patched = if patches.is_empty() {
                        String::new()
                    } else {
                        let list: Vec<String> = patches.iter().map(|p| p.short()).collect();
                        format!("; patches: {}", list.join(", "))
                    };
                    println!(
                        "{:<22} {:<8} {}{}{}",
                        id,
                        if m.is_some() { "built" } else { "-" },
                        what,
                        patched,
                        if default { "  (default)" } else { "" }
                    );
                }
            }
            Ok(exit::OK)
        }
        VmCommand::Fetch { ids } => {
            for id in ids {
                let inst = gcstress_vm::ensure(&home, &id, &mut |m: &str| progress(m))?;
                progress(&format!("{id} ready: {}", inst.dir.display()));
            }
            Ok(exit::OK)
        }
        VmCommand::Path { id } => {
            let inst = gcstress_vm::ensure(&home, &id, &mut |m: &str| progress(m))?;
            println!("{}", inst.dir.display());
            Ok(exit::OK)
        }
        VmCommand::Add {
            name,
            src,
            from,
            patch,
            debug,
            asan,
        } => {
            let variant = if debug {
                Some(Variant::Debug)
            } else if asan {
                Some(Variant::Asan)
            } else {
                None
            };
            let mut say = |m: &str| progress(m);
            let inst = match (&src, &from) {
                (Some(src), _) => gcstress_vm::provision::add_local(
                    &home,
                    &name,
                    src,
                    variant.unwrap_or(Variant::Release),
                    &patch,
                    &mut say,
                )?,
                (None, Some(from)) => gcstress_vm::provision::add_patched(
                    &home, &name, from, &patch, variant, &mut say,
                )?,
                (None, None) => return Err(exit::usage("vm add needs --src DIR or --from VM")),
            };
            progress(&format!("{name} ready: {}", inst.dir.display()));
            Ok(exit::OK)
        }
    }
}
