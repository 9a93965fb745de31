//! `gcstress generate`: print generated programs (what `hunt` would run).

use anyhow::Result;
use clap::Args;

use crate::cli::exit;
use crate::cli::{ensure_vm, VmArg};
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
    /// Write a seed corpus for the fuzz targets instead: --count inputs whose
    /// programs differ, as DIR/gc_alias/seed-NNNN (generator bytes) and
    /// DIR/raw_bytes/seed-NNNN.rb (the same programs as stock Ruby).
    #[arg(long, value_name = "DIR")]
    pub fuzz_corpus: Option<std::path::PathBuf>,
}

pub fn run(a: GenerateArgs) -> Result<u8> {
    let install = match a.offline {
        true => None,
        false => {
            let vm =
                a.vm.vm
                    .clone()
                    .unwrap_or_else(|| gcstress_vm::DEFAULT_VM.to_string());
            Some(ensure_vm(&vm)?)
        }
    };
    let cat = match &install {
        None => VmCatalog::builtin_minimal(),
        Some(i) => introspect::catalog(i)?,
    };
    let cfg = GenConfig {
        mark: a.mark,
        ..GenConfig::default()
    };
    if let Some(dir) = &a.fuzz_corpus {
        let (written, dropped) =
            crate::fuzz::write_corpus(dir, &cat, a.count as usize, a.seed, install.as_ref())?;
        crate::cli::progress(&format!(
            "wrote {written} seeds to {}/{{gc_alias,raw_bytes}}{}",
            dir.display(),
            if dropped > 0 {
                format!(" (left out {dropped} that already find a bug on the VM)")
            } else {
                String::new()
            }
        ));
        return Ok(exit::OK);
    }
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
