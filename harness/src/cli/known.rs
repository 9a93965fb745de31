//! `gcstress known`: the known-bug list, and root causes of reproducers.

use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::Args;
use serde_json::json;

use crate::cli::exit;
use crate::cli::progress;
use crate::judge::Kind;
use crate::repro;
use crate::triage::{self, known::KnownList};

#[derive(Debug, Args)]
pub struct KnownArgs {
    /// Reproducers to find the root cause of (with --derive).
    pub files: Vec<PathBuf>,
    /// Run each FILE (on --vm, else the VM its header names, else the first VM
    /// its `expect=` says fails) and print its root cause: the key `hunt`,
    /// `specs` and `nightly` group and match finds by.
    #[arg(long)]
    pub derive: bool,
    /// With --derive: write the key into each file's header (`root_cause=`).
    #[arg(long, requires = "derive")]
    pub write: bool,
    /// VM to run on (with --derive).
    #[arg(long, value_name = "ID")]
    pub vm: Option<String>,
    /// Known bugs besides the shipped list (reproducers, directories, a
    /// known-bugs.toml, a hunt's output, a nightly results.json); `none`: no list.
    #[arg(long, value_name = "FILE|DIR")]
    pub known: Vec<PathBuf>,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

pub fn run(a: KnownArgs) -> Result<u8> {
    if !a.derive {
        if !a.files.is_empty() {
            return Err(exit::usage(
                "files are read with --derive (to list the known bugs, give none)",
            ));
        }
        let k = KnownList::from_args(&a.known).map_err(|e| exit::usage(format!("{e:#}")))?;
        if a.json {
            println!("{}", serde_json::to_string_pretty(&k)?);
        } else {
            for b in &k.bugs {
                let mut what: Vec<String> = b.root_causes.clone();
                what.extend(b.signatures.iter().map(|s| format!("signature {s}")));
                what.extend(b.prefixes.iter().map(|p| {
                    format!(
                        "{}* on {}{} under {}{}",
                        p,
                        b.vm.as_deref().unwrap_or("any VM"),
                        match b.gen {
                            Some(true) => " gen=on",
                            Some(false) => " gen=off",
                            None => "",
                        },
                        if b.schedules.is_empty() {
                            "any schedule".to_string()
                        } else {
                            b.schedules.join(" or ")
                        },
                        if b.files.is_empty() {
                            String::new()
                        } else {
                            format!(" in {}", b.files.join(", "))
                        }
                    )
                }));
                println!("{}\n    {}", b.source, what.join("\n    "));
            }
            progress(&format!("{} known bug(s)", k.len()));
        }
        return Ok(exit::OK);
    }
    if a.files.is_empty() {
        return Err(exit::usage("--derive needs at least one reproducer file"));
    }
    // which known bug each derived key is (the shipped list and --known)
    let known = KnownList::from_args(&a.known).map_err(|e| exit::usage(format!("{e:#}")))?;
    let mut out = Vec::new();
    for f in &a.files {
        let d = triage::derive_reproducer(f, a.vm.as_deref(), &mut |m| progress(m))?;
        let (vm, o, spec) = (&d.vm, &d.outcome, &d.spec);
        let Some(rc) = &d.root_cause else {
            progress(&format!(
                "{}: {} on {vm} ({}): no root cause to derive",
                f.display(),
                o.kind().name(),
                o.summary
            ));
            out.push(json!({"file": f, "vm": vm, "outcome": o.kind(), "root_cause": null}));
            continue;
        };
        let schedule = spec.schedule.to_string();
        let is = known
            .find(&triage::known::Query {
                vm,
                schedule: &schedule,
                signature: &o.signature,
                root_cause: Some(rc),
                file: None,
                generational: o.gc.generational,
            })
            .map(|b| b.source.clone());
        if a.json {
            out.push(json!({"file": f, "vm": vm, "outcome": o.kind(), "signature": o.signature, "root_cause": rc, "known": is}));
        } else {
            println!(
                "{}\n    {} on {vm}: {}\n    root cause ({}): {}\n    {}\n    {}",
                f.display(),
                o.kind().name(),
                o.signature,
                rc.evidence.name(),
                rc.key,
                rc.description,
                match &is {
                    Some(src) => format!("known: {src}"),
                    None => "not on the known-bug list".to_string(),
                }
            );
        }
        if a.write && o.kind() != Kind::Error {
            let text = std::fs::read_to_string(f)
                .with_context(|| format!("cannot read {}", f.display()))?;
            let new = repro::set_header_value(&text, "root_cause", &rc.key);
            std::fs::write(f, new).with_context(|| format!("cannot write {}", f.display()))?;
        }
    }
    if a.json {
        println!("{}", serde_json::to_string_pretty(&out)?);
    }
    Ok(exit::OK)
}
