//! `gcstress record FILE.rb`: run a program under recording, write `RUN.gcrec`,
//! and print what recording cost (measured in the same invocation).

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, Result};
use clap::Args;
use serde_json::json;

use crate::cli::{ensure_vm, progress, ScheduleArg, VmArg};
use crate::exec::{Executor, Job};
use crate::exit;
use crate::judge::Kind;
use crate::record::{self, first_divergence, RecordSpec};
use crate::repro;
use crate::run::RunSpec;

#[derive(Debug, Args)]
pub struct RecordArgs {
    /// The Ruby program (its `# gcstress:` header may set vm, schedule, timeout).
    pub file: PathBuf,
    #[command(flatten)]
    pub vm: VmArg,
    #[command(flatten)]
    pub schedule: ScheduleArg,
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
    /// Give up on the program after this long (e.g. 500ms, 10s, 2m).
    #[arg(long, value_name = "DUR", value_parser = repro::parse_duration)]
    pub timeout: Option<Duration>,
    /// Memory the VM may take through its allocator (e.g. 512M, 2G).
    #[arg(long, value_name = "SIZE", value_parser = repro::parse_size, default_value = "2G")]
    pub mem_limit: u64,
    /// Run the heap verifier after each forced GC (it ends the run at a finding).
    #[arg(long)]
    pub verify: bool,
    /// Run on a barrier mutant: drop the write-barrier calls made from this VM function.
    #[arg(long, value_name = "FUNCTION")]
    pub mutant: Option<String>,
    /// Print one JSON object instead of the report.
    #[arg(long)]
    pub json: bool,
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

pub fn run(a: RecordArgs) -> Result<u8> {
    let source = std::fs::read(&a.file)
        .with_context(|| format!("cannot read {}", a.file.display()))
        .map_err(|e| exit::usage(format!("{e:#}")))?;
    let header = repro::parse_header(&String::from_utf8_lossy(&source))
        .map_err(|e| exit::usage(format!("{}: header {e}", a.file.display())))?;
    let settings = header.settings(&repro::Flags {
        vm: a.vm.vm.clone(),
        schedule: a.schedule.schedule.clone(),
        timeout: a.timeout,
        verify: repro::VerifyFlag::from_flags(false, false, a.verify),
        diff: false,
        mutant: a.mutant.clone(),
    });
    let vm = settings.vm_or_default();
    let schedule = settings.schedule.clone();
    let out = a
        .out
        .clone()
        .unwrap_or_else(|| a.file.with_extension("gcrec"));
    let filename = a
        .file
        .file_name()
        .map(|f| f.to_string_lossy().to_string())
        .unwrap_or_else(|| "program.rb".into());
    let install = ensure_vm(&vm)?;
    let spec = RecordSpec {
        run: RunSpec {
            // the differential oracle would record a second run
            diff: false,
            ..settings.run_spec(&install, a.mem_limit)?
        },
        last: a.last.unwrap_or(0),
        stop_at: 0,
    };

    let rr_note = if a.rr {
        match record::rr_usable() {
            Ok(rr) => Some(rr_record(&rr, &install, &spec, &source, &filename, &out)?),
            Err(why) => {
                let msg = format!("{why}; using gcstress's own recording");
                if !a.json {
                    progress(&msg);
                }
                Some(msg)
            }
        }
    } else {
        None
    };

    let mut ex = Executor::new(&install)?;
    let first = record::record_once(&mut ex, &source, &filename, &spec)?;
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
    rec.write(&out)?;
    let reps = a.reps.unwrap_or(if first.raw.wall.as_secs_f64() > 1.0 {
        3
    } else {
        9
    });

    // The price of recording, measured here: plain and recorded runs of the
    // same program through the same worker, interleaved, medians of wall time
    // (request to answer, the log's transfer included). The recorded runs
    // also check that the log is the same every time.
    let plain_job = Job {
        program: &source,
        filename: &filename,
        schedule: &spec.run.schedule,
        opts: spec.run.options(),
    };
    let (mut plain, mut recorded) = (Vec::new(), Vec::new());
    let mut same = 1u32;
    let mut first_diff = None;
    recorded.push(first.raw.wall);
    plain.push(ex.run(&plain_job)?.wall);
    for _ in 1..reps {
        let r = record::record_once(&mut ex, &source, &filename, &spec)?;
        recorded.push(r.raw.wall);
        match first_divergence(rec, &r.recording) {
            None => same += 1,
            Some(d) => {
                first_diff.get_or_insert(d);
            }
        }
        plain.push(ex.run(&plain_job)?.wall);
    }
    let (p, r) = (median(plain), median(recorded));
    let ratio = r.as_secs_f64() / p.as_secs_f64().max(1e-9);
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

/// rr, where it works: `rr record` of a one-shot worker running the same
/// request (a trace directory beside the .gcrec).
fn rr_record(
    rr: &Path,
    install: &gcstress_vm::Install,
    spec: &RecordSpec,
    source: &[u8],
    filename: &str,
    out: &Path,
) -> Result<String> {
    if install.is_artichoke() {
        return Ok(
            "rr: the Artichoke worker has no one-shot mode; using gcstress's own recording".into(),
        );
    }
    let dir = out.with_extension("rr");
    let req = out.with_extension("request");
    std::fs::write(
        &req,
        gcstress_vm::protocol::encode_request(
            &spec.run.schedule,
            &spec.options(),
            filename,
            source,
        ),
    )
    .with_context(|| format!("cannot write {}", req.display()))?;
    let status = std::process::Command::new(rr)
        .arg("record")
        .arg("-o")
        .arg(&dir)
        .arg(&install.worker)
        .arg("--run")
        .arg(&req)
        .status()
        .with_context(|| format!("cannot run {}", rr.display()))?;
    Ok(format!(
        "rr record finished ({status}); trace in {} (rr replay {})",
        dir.display(),
        dir.display()
    ))
}
