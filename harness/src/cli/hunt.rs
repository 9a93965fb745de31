//! `gcstress hunt`: find GC timing bugs from scratch.

use std::io::Write;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::{Context, Result};
use clap::Args;
use serde_json::json;

use crate::cli::exit;
use crate::cli::{default_jobs, ensure_vm, progress, stderr_is_tty, VmArg};
use crate::generate::{introspect, GenConfig};
use crate::hunt::{self, Event, Stats};
use crate::repro;

#[derive(Debug, Args)]
pub struct HuntArgs {
    #[command(flatten)]
    pub vm: VmArg,
    /// Stop after this long (e.g. 60s, 10m). Default: run until Ctrl-C.
    #[arg(long, value_name = "DUR", value_parser = repro::parse_duration, conflicts_with = "iterations")]
    pub time: Option<Duration>,
    /// Stop after this many programs.
    #[arg(long, value_name = "N")]
    pub iterations: Option<u64>,
    /// Campaign seed (printed at start; the same seed generates the same programs).
    #[arg(long, value_name = "N")]
    pub seed: Option<u64>,
    /// Parallel jobs (each with its own worker).
    #[arg(long, value_name = "N", default_value_t = default_jobs())]
    pub jobs: usize,
    /// Output directory: finds go to DIR/crashes/<signature>/, the corpus to
    /// DIR/queue/ (a later hunt into the same DIR resumes from it).
    #[arg(long, value_name = "DIR", default_value = "gcstress-out")]
    pub out: PathBuf,
    /// One campaign, several hunts (AFL++-style): this hunt writes DIR/NAME/
    /// (queue and crashes, instead of --out) and every few seconds runs what
    /// the other hunts under DIR kept; a find another hunt already has (same
    /// signature or root cause) is one line. DIR may be on a shared filesystem.
    /// Give each hunt its own --seed: with the same seed two hunts generate
    /// the same programs and have nothing to trade.
    #[arg(long, value_name = "DIR")]
    pub sync: Option<PathBuf>,
    /// This hunt's name under --sync (default: HOST-PID).
    #[arg(long, value_name = "NAME", requires = "sync")]
    pub name: Option<String>,
    /// Do not start from what DIR/queue/ holds from an earlier hunt (new
    /// corpus programs are still written there).
    #[arg(long)]
    pub fresh: bool,
    /// Turn the heap verifier off (by default it checks after forced GCs and a sample of the VM's own).
    #[arg(long)]
    pub no_verify: bool,
    /// Per-program timeout (generated programs run in about a millisecond; a
    /// timeout is kept as a find only if the program finishes without the
    /// schedule and still hangs with it given 8 times the time).
    #[arg(long, value_name = "DUR", value_parser = repro::parse_duration, default_value = "250ms")]
    pub timeout: Duration,
    /// Stop at the first find.
    #[arg(long)]
    pub stop_on_find: bool,
    /// Time cap for minimizing each new find into min.rb (0 turns it off).
    #[arg(long, value_name = "DUR", value_parser = parse_cap, default_value = "30s")]
    pub minimize: Duration,
    /// Leave mid-mark schedules (`mark%N`) and `GCStress.mark` points out of the mix.
    #[arg(long)]
    pub no_mark: bool,
    /// Run every program with generational mode on or off (default: the VM's
    /// default, with gen=off mixed in).
    #[arg(long, value_name = "on|off", value_parser = parse_gen)]
    pub gen: Option<bool>,
    /// Differential oracle: also run each program without forced GCs and compare output and exceptions.
    #[arg(long)]
    pub diff: bool,
    /// Known bugs besides the shipped list (the regression corpus and
    /// specs/known-bugs.toml): reproducer files, directories of them, a
    /// known-bugs.toml, an earlier hunt's output, a nightly results.json.
    /// A find whose root cause is known is one line and does not make the
    /// exit code 3. Repeatable; `--known none` leaves the shipped list out
    /// (alone: no list at all, every find is new).
    #[arg(long, value_name = "FILE|DIR")]
    pub known: Vec<PathBuf>,
    /// Keep mutating corpus programs whose mutants end in known root causes
    /// (by default they lose their tournaments after a few such hits).
    #[arg(long)]
    pub feed_known: bool,
    /// Print JSON lines (events, progress, summary) instead of text.
    #[arg(long)]
    pub json: bool,
}

/// A share as a percentage that stays readable when it is small (0.012%).
fn share(x: f64) -> String {
    let pc = 100.0 * x;
    if pc == 0.0 {
        "0%".into()
    } else if pc < 0.1 {
        format!("{pc:.3}%")
    } else {
        format!("{pc:.1}%")
    }
}

pub fn parse_gen(s: &str) -> Result<bool, String> {
    match s {
        "on" => Ok(true),
        "off" => Ok(false),
        _ => Err(format!("`{s}`: use on or off")),
    }
}

/// A duration, or zero (`0`, `0s`, `0ms`...) for "off".
fn parse_cap(s: &str) -> Result<Duration, String> {
    let digits = s.trim().trim_end_matches(|c: char| c.is_ascii_alphabetic());
    if !digits.is_empty() && digits.parse::<f64>() == Ok(0.0) {
        Ok(Duration::ZERO)
    } else {
        repro::parse_duration(s)
    }
}

pub fn run(a: HuntArgs) -> Result<u8> {
    let vm =
        a.vm.vm
            .clone()
            .unwrap_or_else(|| gcstress_vm::DEFAULT_VM.to_string());
    let sync = match &a.sync {
        Some(root) => {
            let name = a.name.clone().unwrap_or_else(hunt::queue::default_name);
            if name.is_empty()
                || !name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))
                || name.starts_with('.')
            {
                return Err(exit::usage(format!(
                    "--name `{name}`: use letters, digits, `-`, `_` and `.`"
                )));
            }
            Some(hunt::queue::Sync {
                root: root.clone(),
                name,
            })
        }
        None => None,
    };
    let mut a = a;
    if let Some(s) = &sync {
        a.out = s.own();
    }
    let install = ensure_vm(&vm)?;
    let catalog =
        introspect::catalog(&install).with_context(|| format!("cannot ask {vm} what it has"))?;
    std::fs::create_dir_all(&a.out)
        .with_context(|| format!("cannot create output directory {}", a.out.display()))
        .map_err(|e| exit::usage(format!("{e:#}")))?;
    let known = crate::triage::known::KnownList::from_args(&a.known)
        .map_err(|e| exit::usage(format!("--known: {e:#}")))?;
    let seed = a.seed.unwrap_or_else(|| u64::from(rand::random::<u32>()));
    let cfg = hunt::HuntConfig {
        time: a.time,
        iterations: a.iterations,
        seed,
        jobs: a.jobs.max(1),
        out: a.out.clone(),
        verify: !a.no_verify,
        timeout: a.timeout,
        mem_limit: 1 << 30,
        gen: GenConfig {
            mark: !a.no_mark,
            ..GenConfig::default()
        },
        confirm_runs: 5,
        stop_on_find: a.stop_on_find,
        minimize: (!a.minimize.is_zero()).then_some(a.minimize),
        diff: a.diff,
        mutant: None,
        gen_mode: a.gen,
        known: Arc::new(known),
        feed_known: a.feed_known,
        queue: None,
        resume: !a.fresh,
        sync,
    };
    let stop = Arc::new(AtomicBool::new(false));
    for sig in [signal_hook::consts::SIGINT, signal_hook::consts::SIGTERM] {
        signal_hook::flag::register(sig, stop.clone())
            .context("cannot install the Ctrl-C handler")?;
    }
    let json = a.json;
    if json {
        println!(
            "{}",
            json!({"event": "start", "vm": vm, "seed": seed, "jobs": cfg.jobs, "out": a.out, "verify": cfg.verify, "known_bugs": cfg.known.len()})
        );
    } else {
        progress(&format!(
            "hunting on {vm} with {} job(s), seed {seed}, verifier {}, {} known bug(s); finds go to {}/crashes/ (Ctrl-C stops)",
            cfg.jobs,
            if cfg.verify { "on" } else { "off" },
            cfg.known.len(),
            a.out.display()
        ));
    }
    let out_lock = Mutex::new(());
    let tty = stderr_is_tty() && !json;
    let last_print = AtomicU64::new(0);
    let on_event = |e: Event| {
        let _g = out_lock.lock();
        match e {
            Event::Saved(f) => {
                // on disk now; people hear about it once its root cause is known
                if json {
                    println!("{}", json!({"event": "find", "find": f}));
                }
            }
            Event::Find(f) => {
                if json {
                    println!("{}", json!({"event": "root-cause", "find": f}));
                } else {
                    if tty {
                        eprint!("\r\x1b[K");
                    }
                    let rc = f
                        .root_cause
                        .as_ref()
                        .map(|r| {
                            format!(
                                "\n  root cause ({}): {}\n    {}",
                                r.evidence.name(),
                                r.key,
                                r.description
                            )
                        })
                        .unwrap_or_default();
                    eprintln!(
                        "gcstress: NEW {} after {:.1}s ({} programs): {}\n  signature: {}{rc}\n  Reproduce with: gcstress exec {}",
                        f.outcome.name(),
                        f.time_to_find_s,
                        f.programs_before,
                        f.summary,
                        f.signature,
                        f.dir.join("repro.rb").display()
                    );
                }
            }
            Event::Repeat(f) => {
                if json {
                    println!("{}", json!({"event": "root-cause", "find": f}));
                } else {
                    if tty {
                        eprint!("\r\x1b[K");
                    }
                    let key = f.root_cause.as_ref().map(|r| r.key.as_str()).unwrap_or("?");
                    match &f.known {
                        Some(src) => eprintln!("gcstress: known: {} is {key} ({src})", f.signature),
                        None => eprintln!(
                            "gcstress: same root cause as {}: {} ({key})",
                            f.group.as_deref().unwrap_or("?"),
                            f.signature
                        ),
                    }
                }
            }
            Event::Confirmed(f) => {
                if json {
                    println!(
                        "{}",
                        json!({"event": "confirmed", "signature": f.signature, "reproducible": f.reproducible})
                    );
                } else {
                    if tty {
                        eprint!("\r\x1b[K");
                    }
                    eprintln!(
                        "  reproducible: {} re-runs ({})",
                        f.reproducible, f.signature
                    );
                    let rec = f.dir.join("run.gcrec");
                    if rec.is_file() {
                        eprintln!("  Trace with: gcstress trace {} --crash", rec.display());
                    }
                }
            }
            Event::Note(n) => progress(&n),
        }
    };
    let on_tick = |st: &Stats, el: Duration, finds: usize| {
        let secs = el.as_secs_f64();
        let every = if tty { 1.0 } else { 10.0 };
        let tick = (secs / every) as u64;
        if tick == last_print.swap(tick, Ordering::Relaxed) {
            return;
        }
        let p = st.programs.load(Ordering::Relaxed);
        let per = |x: &AtomicU64| x.load(Ordering::Relaxed) as f64 / p.max(1) as f64;
        let root = st.phase_root.load(Ordering::Relaxed);
        let mid = st.phase_mid.load(Ordering::Relaxed);
        let line = format!(
            "{:>6.0}s  programs {p}  {:.0}/s  finds {finds}  known {}  GC/program {:.1} minor {:.1} full {:.1} step  mid-cycle {:.0}%  exceptions {:.1}%  corpus {}",
            secs,
            p as f64 / secs.max(1e-9),
            share(per(&st.known_hits)),
            per(&st.minor),
            per(&st.full),
            per(&st.step),
            100.0 * mid as f64 / (root + mid).max(1) as f64,
            100.0 * per(&st.exceptions),
            st.corpus.load(Ordering::Relaxed)
        );
        let _g = out_lock.lock();
        if json {
            println!(
                "{}",
                json!({"event": "progress", "seconds": secs, "programs": p, "finds": finds, "known_share": per(&st.known_hits)})
            );
        } else if tty {
            eprint!("\r\x1b[K{line}");
            let _ = std::io::stderr().flush();
        } else {
            eprintln!("gcstress: {line}");
        }
    };
    let summary = hunt::hunt(&cfg, &install, &catalog, stop, &on_event, &on_tick)?;
    if tty {
        eprintln!();
    }
    if json {
        println!("{}", json!({"event": "summary", "summary": summary}));
    } else {
        eprintln!(
            "gcstress: done ({}): {} programs in {:.0}s ({:.0}/s; {:.0} per CPU second), {} signature(s), {} root cause(s) ({} new), {} of programs hit an understood root cause, exceptions {:.1}%, GC/program {:.1} minor {:.1} full {:.1} step",
            summary.stopped_by,
            summary.programs,
            summary.seconds,
            summary.programs_per_s,
            summary.programs_per_cpu_s,
            summary.finds.len(),
            summary.root_causes,
            summary.new_root_causes,
            share(summary.known_share),
            100.0 * summary.exception_share,
            summary.gc_per_program[0],
            summary.gc_per_program[1],
            summary.gc_per_program[2],
        );
        if summary.imported > 0 {
            eprintln!(
                "gcstress: ran {} corpus program(s) from {}{}",
                summary.imported,
                cfg.queue_dir().display(),
                if cfg.sync.is_some() {
                    " and the other --sync hunts"
                } else {
                    ""
                }
            );
        }
        if summary.too_slow > 0 {
            eprintln!(
                "gcstress: {} program(s) with new behaviour left out of the corpus: slower than {} ms",
                summary.too_slow,
                hunt::CORPUS_MAX_RUN_MS
            );
        }
        print_groups(&summary.finds);
    }
    // a bug signal only for a root cause nobody knew
    Ok(if summary.new_root_causes == 0 {
        exit::OK
    } else {
        exit::BUG
    })
}

/// The finds, one block per root cause: NEW ones first, then known ones.
fn print_groups(finds: &[hunt::Find]) {
    let mut keys: Vec<(bool, String)> = Vec::new();
    for f in finds {
        let key = f
            .root_cause
            .as_ref()
            .map(|r| r.key.clone())
            .unwrap_or_else(|| format!("signature/{}", f.signature));
        let k = (f.known.is_some(), key);
        if !keys.contains(&k) {
            keys.push(k);
        }
    }
    keys.sort_by_key(|(known, _)| *known);
    for (known, key) in keys {
        let members: Vec<&hunt::Find> = finds
            .iter()
            .filter(|f| {
                f.root_cause
                    .as_ref()
                    .map(|r| r.key.clone())
                    .unwrap_or_else(|| format!("signature/{}", f.signature))
                    == key
            })
            .collect();
        let head = members[0];
        let label = match (&head.known, known) {
            (Some(src), _) => format!("known ({src})"),
            _ => "NEW".to_string(),
        };
        let desc = head
            .root_cause
            .as_ref()
            .map(|r| r.description.as_str())
            .unwrap_or("root cause not worked out");
        eprintln!("  {label}  {key}\n      {desc}");
        for f in members {
            let min = f.dir.join("min.rb");
            eprintln!(
                "      {:<58} {:>7.1}s  {} hit(s)  reproducible {}  {}",
                f.signature,
                f.time_to_find_s,
                f.hits,
                f.reproducible,
                if min.is_file() {
                    min
                } else {
                    f.dir.join("repro.rb")
                }
                .display()
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_zero_cap_in_any_unit_is_off() {
        for z in ["0", "0s", "0ms", " 0m "] {
            assert_eq!(parse_cap(z), Ok(Duration::ZERO), "{z}");
        }
        assert_eq!(parse_cap("30s"), Ok(Duration::from_secs(30)));
        assert!(parse_cap("s").is_err() && parse_cap("-1s").is_err());
    }
}
