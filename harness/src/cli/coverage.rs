//! `gcstress coverage --vm ID [INPUT...] [--mruby-tests] [--mruby-gem-tests]
//! [--specs PATH]... [--json]`: glue only; the work is in `crate::coverage`.

use std::path::PathBuf;
use std::time::Duration;

use anyhow::Result;
use clap::Args;

use crate::cli::{exit, progress};
use crate::coverage::{self, InputSet, Source};
use crate::repro;

#[derive(Debug, Args)]
pub struct CoverageArgs {
    /// The VM whose -cov build runs the inputs (`mruby-3.3.0` means
    /// `mruby-3.3.0-cov`, `artichoke` means `artichoke-cov`; built on first
    /// use).
    #[arg(long, value_name = "ID", default_value = gcstress_vm::DEFAULT_VM)]
    pub vm: String,
    /// Reproducers, crash directories, a hunt's output directory, or
    /// directories of plain .rb files (run as they are, no schedule).
    #[arg(value_name = "INPUT", required_unless_present_any = ["mruby_tests", "mruby_gem_tests", "specs"])]
    pub inputs: Vec<PathBuf>,
    /// A Ruby file run before each INPUT (in the same program): helpers the
    /// inputs call, e.g. specs/mrbtest/assert.rb for a directory of
    /// mruby-style test files.
    #[arg(long, value_name = "FILE", requires = "inputs")]
    pub prelude: Option<PathBuf>,
    /// The INPUT set's name in a comparison (default: its one input's file
    /// name, else `inputs`).
    #[arg(long, value_name = "NAME", requires = "inputs")]
    pub name: Option<String>,
    /// Also run mruby's own tests (test/t/*.rb of the VM's source tree, with
    /// gcstress's assert layer, specs/mrbtest/assert.rb), as a set of their own.
    #[arg(long)]
    pub mruby_tests: bool,
    /// Also run the gems' tests (mrbgems/*/test/*.rb of the VM's source
    /// tree, the same way), as a set of their own; those needing the gems'
    /// C test helpers fail in part.
    #[arg(long)]
    pub mruby_gem_tests: bool,
    /// Also run spec files (a file, or every *_spec.rb below a directory: a
    /// ruby/spec checkout's core/) as `gcstress specs` runs them (the mspec
    /// layer), with no schedule, as a set of their own. Repeatable: one set.
    #[arg(long, value_name = "PATH")]
    pub specs: Vec<PathBuf>,
    /// Give up on one run after this long (default: a reproducer's header,
    /// else 10s; 30s for spec files).
    #[arg(long, value_name = "DUR", value_parser = repro::parse_duration)]
    pub timeout: Option<Duration>,
    /// Print one JSON object instead of the table.
    #[arg(long)]
    pub json: bool,
}

/// The sets asked for, in the order INPUT, mruby tests, gem tests, specs.
fn sets(a: &CoverageArgs) -> Result<Vec<InputSet>> {
    let mut out = Vec::new();
    if !a.inputs.is_empty() {
        let prelude = match &a.prelude {
            Some(p) => Some(std::fs::read_to_string(p).map_err(|e| {
                crate::error::bad_input(format!("{}: cannot read the prelude: {e}", p.display()))
            })?),
            None => None,
        };
        let mut set = InputSet::named(Source::Inputs {
            paths: a.inputs.clone(),
            prelude,
        });
        if let Some(n) = &a.name {
            set.name = n.clone();
        }
        out.push(set);
    }
    if a.mruby_tests {
        out.push(InputSet::named(Source::MrubyTests { gems: false }));
    }
    if a.mruby_gem_tests {
        out.push(InputSet::named(Source::MrubyTests { gems: true }));
    }
    if !a.specs.is_empty() {
        out.push(InputSet::named(Source::Specs(a.specs.clone())));
    }
    Ok(out)
}

pub fn run(a: CoverageArgs) -> Result<u8> {
    let sets = sets(&a)?;
    let c = coverage::run_sets(&a.vm, &sets, a.timeout, &mut |m: &str| progress(m))?;
    if let [(_, report)] = c.sets.as_slice() {
        if a.json {
            let mut j = report.json();
            j["name"] = serde_json::json!(c.sets[0].0);
            println!("{j}");
        } else {
            print!("{}", report.human());
        }
    } else if a.json {
        println!("{}", c.json());
    } else {
        print!("{}", c.human());
    }
    Ok(exit::OK)
}
