//! `gcstress record FILE.rb`: run a program under recording, write `RUN.gcrec`,
//! and print what recording cost (measured in the same invocation).

use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::Args;
use serde_json::json;

use crate::cli::exit;
use crate::cli::{ensure_vm, progress, RunFlags};
use crate::judge::Kind;
use crate::record;
use crate::request::{self, RunRequest};

#[derive(Debug, Args)]
pub struct RecordArgs {
    /// The Ruby program (its `# gcstress:` header may set vm, schedule, timeout).
    pub file: PathBuf,
    #[command(flatten)]
    pub run: RunFlags,
    /// Where to write the recording (default: FILE with the extension .gcrec).
    #[arg(long, value_name = "RUN.gcrec")]
    pub out: Option<PathBuf>,
    /// Keep only the last N events (a ring, for long runs).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub last: Option<u32>,
    /// Also record with rr, where this machine has hardware performance counters.
    #[arg(long)]
    pub rr: bool,
    /// Runs of each kind (plain, recorded) for the overhead figure (default:
    /// 9, or 3 when a recorded run takes more than a second).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub reps: Option<u32>,
    /// Print one JSON object instead of the report.
    #[arg(long)]
    pub json: bool,
}

/// The run `record` makes of its FILE and flags (recorded without the
/// differential oracle, [`record::RecordSpec::of`]).
pub(super) fn load(a: &RecordArgs) -> Result<RunRequest> {
    if a.run.diff {
        return Err(exit::usage(
            "record makes one run: the differential oracle (--diff) needs two",
        ));
    }
    request::load(&a.file, &a.run)
}

pub fn run(a: RecordArgs) -> Result<u8> {
    let req = load(&a)?;
    let vm = req.vm().to_string();
    let schedule = req.settings.schedule.clone();
    let out = a
        .out
        .clone()
        .unwrap_or_else(|| a.file.with_extension("gcrec"));
    let install = ensure_vm(&vm)?;
    let run = record::record_request(
        &req,
        &install,
        &record::RecordOptions {
            out: &out,
            last: a.last.unwrap_or(0),
            reps: a.reps,
            rr: a.rr,
        },
    )?;
    if run.rr_fallback && !a.json {
        if let Some(note) = &run.rr_note {
            progress(note);
        }
    }
    let first = &run.first;
    if let Some(pe) = first.outcome.evidence.parse_error() {
        return Err(exit::usage(format!(
            "{}:{}:{}: {}",
            a.file.display(),
            pe.line,
            pe.column,
            pe.message
        )));
    }
    if first.outcome.kind() == Kind::Error {
        return Err(exit::usage(format!("{vm}: {}", first.outcome.summary)));
    }
    let rec = &first.recording;
    let cost = run
        .cost
        .clone()
        .context("the run was recorded but not measured")?;
    let (p, r, reps, same) = (cost.plain, cost.recorded, cost.reps, cost.identical);
    let ratio = cost.ratio();
    let first_diff = cost.first_divergence;
    let rr_note = run.rr_note.clone();
    let bytes = std::fs::metadata(&out).map(|m| m.len()).unwrap_or(0);
    let o = &first.outcome;
    if a.json {
        println!(
            "{}",
            serde_json::to_string(&json!({
                "out": out.display().to_string(),
                "vm": vm,
                "schedule": schedule.to_string(),
                "outcome": o.kind().name(),
                "signature": o.signature,
                "summary": o.summary,
                "events": rec.meta.events_total,
                "events_kept": rec.events.len(),
                "events_dropped": rec.meta.events_dropped,
                "bytes": bytes,
                "overhead": ratio,
                "plain_ms": p.as_secs_f64() * 1e3,
                "recorded_ms": r.as_secs_f64() * 1e3,
                "reps": reps,
                "identical_runs": same,
                "divergence": first_diff,
                "rr": rr_note,
            }))?
        );
    } else {
        eprintln!(
            "gcstress: recorded {} events{} to {} ({} bytes) — outcome {}: {}",
            rec.meta.events_total,
            if rec.meta.events_dropped > 0 {
                format!(" (kept the first {})", rec.events.len())
            } else if rec.events.len() as u64 != rec.meta.events_total {
                format!(" (kept the last {})", rec.events.len())
            } else {
                String::new()
            },
            out.display(),
            bytes,
            o.kind().name(),
            o.summary
        );
        if rec.meta.events_dropped > 0 {
            eprintln!(
                "  the log filled up: the last {} events were not kept (record with --last N to keep the last N instead)",
                rec.meta.events_dropped
            );
        }
        eprintln!(
            "  recording overhead: {ratio:.2}× (median of {} runs each: {:.2} ms recorded, {:.2} ms plain)",
            reps,
            r.as_secs_f64() * 1e3,
            p.as_secs_f64() * 1e3
        );
        match &first_diff {
            None => eprintln!("  determinism: {same}/{reps} recorded runs gave identical logs"),
            Some(d) => eprintln!(
                "  determinism: {same}/{reps} recorded runs identical; first difference at event #{}: {} / {}",
                d.event,
                d.recorded.clone().unwrap_or_else(|| "(none)".into()),
                d.replayed.clone().unwrap_or_else(|| "(none)".into())
            ),
        }
        eprintln!(
            "  next: gcstress trace {} --crash   |   gcstress replay {}",
            out.display(),
            out.display()
        );
    }
    Ok(if o.kind().is_bug() {
        exit::BUG
    } else {
        exit::OK
    })
}
