//! `gcstress coverage --vm ID INPUT... [--json]`: glue only; the work is in
//! `crate::coverage`.

use std::path::PathBuf;

use anyhow::Result;
use clap::Args;

use crate::cli::{exit, progress};

#[derive(Debug, Args)]
pub struct CoverageArgs {
    /// The VM whose -cov build runs the inputs (`mruby-3.3.0` means
    /// `mruby-3.3.0-cov`; built on first use).
    #[arg(long, value_name = "ID", default_value = gcstress_vm::DEFAULT_VM)]
    pub vm: String,
    /// Reproducers, crash directories, a hunt's output directory, or
    /// directories of plain .rb files (run as they are, no schedule).
    #[arg(value_name = "INPUT", required = true)]
    pub inputs: Vec<PathBuf>,
    /// Print one JSON object instead of the table.
    #[arg(long)]
    pub json: bool,
}

pub fn run(a: CoverageArgs) -> Result<u8> {
    let report = crate::coverage::run(&a.vm, &a.inputs, &mut |m: &str| progress(m))?;
    if a.json {
        println!("{}", report.json());
    } else {
        print!("{}", report.human());
    }
    Ok(exit::OK)
}
