//! `gcstress replay RUN.gcrec`: re-run a recording and check that the event
//! stream is the same; `--stop-at N` stops the worker with SIGTRAP right
//! after event N; `--gdb` does that under gdb.
//!
//! Exit codes: 0 identical (or stopped exactly at N), 3 the replay diverged,
//! 2 bad input (unreadable or corrupt recording, N out of range), 1 environment.

use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::Args;
use serde_json::json;

use crate::cli::exit;
use crate::cli::{ensure_vm, progress};
use crate::judge::signal_name;
use crate::record::{self, trace, Recording};

#[derive(Debug, Args)]
pub struct ReplayArgs {
    /// The recording (`gcstress record`, or `run.gcrec` beside a hunt find).
    pub file: PathBuf,
    /// Stop the worker with SIGTRAP right after event N (see `gcstress trace`).
    #[arg(long, value_name = "EVENT")]
    pub stop_at: Option<u64>,
    /// Run the program under gdb, stopped at --stop-at (default: the GC that
    /// freed the slot the crash traces back to).
    #[arg(long)]
    pub gdb: bool,
    /// With --gdb: no prompt; print the backtrace at the stop and quit (for scripts).
    #[arg(long, requires = "gdb", hide = true)]
    pub gdb_batch: bool,
    /// Print one JSON object.
    #[arg(long)]
    pub json: bool,
}

pub fn run(a: ReplayArgs) -> Result<u8> {
    let rec = Recording::read(&a.file)?;
    let m = &rec.meta;
    if let Some(n) = a.stop_at {
        if n == 0 || n > m.events_total {
            return Err(exit::usage(format!(
                "--stop-at {n}: the recording has events 1 to {}",
                m.events_total
            )));
        }
    }
    let install = ensure_vm(&m.vm)?;
    if a.gdb {
        return gdb(&a, &rec, &install);
    }
    if let Some(n) = a.stop_at {
        let st = record::replay_to(&rec, &install, n)?;
        let (signal, counter, stopped, diverged) =
            (st.signal, st.events, st.stopped, st.divergence.clone());
        let text = trace::describe_event(&rec, n);
        if a.json {
            println!(
                "{}",
                serde_json::to_string(&json!({
                    "stopped": stopped,
                    "signal": signal.map(signal_name),
                    "events": counter,
                    "stop_at": n,
                    "event": text,
                    "identical_before_stop": diverged.is_none(),
                    "divergence": diverged,
                }))?
            );
        } else if stopped {
            eprintln!(
                "gcstress: replay stopped at event #{n} by SIGTRAP (event counter {counter}): {}",
                text.unwrap_or_default()
            );
            if let Some(d) = &diverged {
                eprintln!("  but the run diverged before, at event #{}", d.event);
            }
        } else {
            eprintln!(
                "gcstress: replay did not stop at event #{n}: the worker ended with {} after {counter} events ({})",
                signal
                    .map(signal_name)
                    .unwrap_or_else(|| "no signal".into()),
                st.summary
            );
        }
        return Ok(if stopped && diverged.is_none() {
            exit::OK
        } else {
            exit::BUG
        });
    }
    let (r, d) = record::replay(&rec, &install)?;
    if a.json {
        println!(
            "{}",
            serde_json::to_string(&json!({
                "identical": d.is_none(),
                "events": r.recording.meta.events_total,
                "recorded_events": m.events_total,
                "outcome": r.outcome.kind().name(),
                "recorded_outcome": m.outcome,
                "summary": r.outcome.summary,
                "divergence": d,
            }))?
        );
    } else {
        match &d {
            None => eprintln!(
                "gcstress: replay identical: {} events, outcome {} ({})",
                r.recording.meta.events_total,
                r.outcome.kind().name(),
                r.outcome.summary
            ),
            Some(d) => {
                eprintln!(
                    "gcstress: replay diverged at event #{} (a nondeterminism bug in gcstress, or a flaky program)",
                    d.event
                );
                eprintln!(
                    "  recorded: {}",
                    d.recorded.clone().unwrap_or_else(|| "(no event)".into())
                );
                eprintln!(
                    "  replayed: {}",
                    d.replayed.clone().unwrap_or_else(|| "(no event)".into())
                );
            }
        }
    }
    Ok(if d.is_none() { exit::OK } else { exit::BUG })
}

/// gdb on a one-shot worker, with a breakpoint where the shim lands at the
/// stop event (`--stop-at`, else the recording's own default stop).
fn gdb(a: &ReplayArgs, rec: &Recording, install: &gcstress_vm::Install) -> Result<u8> {
    let (stop, why) = match a.stop_at {
        Some(n) => (Some(n), trace::describe_event(rec, n).unwrap_or_default()),
        None => match trace::default_stop(rec) {
            Some((n, why)) => (Some(n), why),
            None => (None, String::new()),
        },
    };
    let dir = tempfile::tempdir().context("cannot create a temporary directory")?;
    let mut cmd = record::gdb_command(rec, install, stop, a.gdb_batch, dir.path())?;
    match stop {
        Some(n) => progress(&format!(
            "gdb stops at event #{n}: {why} (`bt` for the VM's frames, `up` to walk out, `continue` to run on)"
        )),
        None => progress("no stop event: gdb runs the program to its end or its crash"),
    }
    let status = cmd
        .status()
        .map_err(|e| anyhow::anyhow!("cannot run gdb ({e}); install it (apt install gdb)"))?;
    Ok(if status.success() {
        exit::OK
    } else {
        exit::ENVIRONMENT
    })
}
