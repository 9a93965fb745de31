//! `gcstress generate`: print generated programs (what `hunt` would run).

use anyhow::Result;
use clap::Args;

use crate::cli::{ensure_vm, VmArg};
use crate::exit;
use crate::generate::{introspect, program_for_seed, GenConfig, VmCatalog};
use crate::lift;

#[derive(Debug, Args)]
pub struct GenerateArgs {
    /// First seed.
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
    /// How many programs (seeds seed, seed+1, ...).
    #[arg(long, default_value_t = 1)]
    pub count: u64,
    #[command(flatten)]
    pub vm: VmArg,
    /// Use the built-in minimal catalog instead of asking a VM.
    #[arg(long)]
    pub offline: bool,
    /// Print the IR as JSON instead of Ruby.
    #[arg(long)]
    pub ir: bool,
    /// Include mid-mark schedules and GC points.
    #[arg(long)]
    pub mark: bool,
}

pub fn run(a: GenerateArgs) -> Result<u8> {
    let cat = if a.offline {
        VmCatalog::builtin_minimal()
    } else {
        let vm =
            a.vm.vm
                .clone()
                .unwrap_or_else(|| gcstress_vm::DEFAULT_VM.to_string());
        introspect::catalog(&ensure_vm(&vm)?)?
    };
    let cfg = GenConfig {
        mark: a.mark,
        ..GenConfig::default()
    };
    for s in a.seed..a.seed.saturating_add(a.count) {
        let p = program_for_seed(&cat, s, &cfg);
        if a.ir {
            println!("{}", serde_json::to_string(&p)?);
        } else {
            print!("{}", lift::lift(&p));
        }
    }
    Ok(exit::OK)
}
