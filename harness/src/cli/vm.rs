//! `gcstress vm list | fetch ID... | path ID | add NAME --src DIR`

use std::path::PathBuf;

use anyhow::Result;
use clap::Subcommand;
use gcstress_vm::catalog::{self, Variant};
use serde_json::json;

use crate::cli::{home, progress};
use crate::exit;

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
    /// as NAME `artichoke`, build Artichoke from a checkout (see README, Artichoke).
    Add {
        name: String,
        /// The mruby source tree.
        #[arg(long, value_name = "DIR")]
        src: PathBuf,
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
                if json {
                    println!(
                        "{}",
                        json!({"id": id, "built": m.is_some(), "default": default,
                               "path": m.map(|_| home.vm_dir(&id)), "origin": what})
                    );
                } else {
                    println!(
                        "{:<22} {:<8} {}{}",
                        id,
                        if m.is_some() { "built" } else { "-" },
                        what,
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
            debug,
            asan,
        } => {
            let variant = if debug {
                Variant::Debug
            } else if asan {
                Variant::Asan
            } else {
                Variant::Release
            };
            let inst =
                gcstress_vm::provision::add_local(&home, &name, &src, variant, &mut |m: &str| {
                    progress(m)
                })?;
            progress(&format!("{name} ready: {}", inst.dir.display()));
            Ok(exit::OK)
        }
    }
}
