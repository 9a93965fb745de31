//! `gcstress specs PATH...`: run ruby/spec-style files under GC schedules.

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::Result;
use clap::Args;
use gcstress_vm::Schedule;
use serde_json::json;

use crate::cli::exit;
use crate::cli::{default_jobs, ensure_vm, progress, ScheduleArg, VmArg};
use crate::repro;
use crate::specs::{self, Event, FileReport, Report};

#[derive(Debug, Args)]
pub struct SpecsArgs {
    /// Spec files or directories (every `*_spec.rb` below): a ruby/spec
    /// checkout's `core/kernel`, or this repository's `specs/`.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub vm: VmArg,
    #[command(flatten)]
    pub schedule: ScheduleArg,
    /// A named schedule set: `default` (none, minor%N, full%N, mallocfail%N,
    /// mark%N with and without generational mode), used when no --schedule
    /// is given. With --schedule SPEC, files run under `none` (the baseline
    /// divergences are judged against) and SPEC.
    #[arg(long, value_name = "SET", conflicts_with = "schedule")]
    pub schedules: Option<String>,
    /// Files run at once, each on its own VM worker.
    #[arg(long, value_name = "N", default_value_t = default_jobs())]
    pub jobs: usize,
    /// Bug signals are saved to DIR/specs/<signature>/.
    #[arg(long, value_name = "DIR", default_value = "gcstress-out")]
    pub out: PathBuf,
    /// Give up on one file under one schedule after this long.
    #[arg(long, value_name = "DUR", value_parser = repro::parse_duration, default_value = "30s")]
    pub timeout: Duration,
    /// Memory the VM may take through its allocator.
    #[arg(long, value_name = "SIZE", value_parser = repro::parse_size, default_value = "1G")]
    pub mem_limit: u64,
    /// Run the heap verifier (the default sampling; slower).
    #[arg(long)]
    pub verify: bool,
    /// Do not minimize bug signals (they are still saved).
    #[arg(long)]
    pub no_minimize: bool,
    /// Time for minimizing each bug signal.
    #[arg(long, value_name = "DUR", value_parser = repro::parse_duration, default_value = "120s")]
    pub minimize_time: Duration,
    /// Known bugs besides the shipped list (see `gcstress hunt --help`);
    /// `--known none` leaves the shipped list out.
    #[arg(long, value_name = "FILE|DIR")]
    pub known: Vec<PathBuf>,
    /// Print one JSON object (every file and schedule) instead of the report.
    #[arg(long)]
    pub json: bool,
}

/// The schedules to run: `none` first (the baseline), then the asked one,
/// or the default set.
fn schedules(a: &SpecsArgs) -> Result<Vec<Schedule>> {
    if let Some(s) = &a.schedule.schedule {
        let mut v = vec![Schedule::none()];
        if !s.is_none() {
            v.push(s.clone());
        }
        return Ok(v);
    }
    match a.schedules.as_deref() {
        None | Some("default") => Ok(specs::schedules::default_set()),
        Some(other) => Err(exit::usage(format!(
            "unknown schedule set `{other}` (known: default)"
        ))),
    }
}

/// The deepest directory every file is in (for short names in reports).
fn common_dir(files: &[PathBuf]) -> PathBuf {
    let mut dir = files
        .first()
        .and_then(|f| f.parent())
        .map(Path::to_path_buf)
        .unwrap_or_default();
    for f in files {
        while !f.starts_with(&dir) {
            if !dir.pop() {
                return PathBuf::new();
            }
        }
    }
    dir
}

fn short(p: &Path, base: &Path) -> String {
    p.strip_prefix(base)
        .map(|r| r.display().to_string())
        .unwrap_or_else(|_| p.display().to_string())
}

fn counts_text(c: &specs::Counts) -> String {
    let mut s = format!(
        "{} examples: {} passed, {} failed, {} errors",
        c.examples, c.passed, c.failed, c.errors
    );
    if c.skipped > 0 {
        s.push_str(&format!(", {} skipped", c.skipped));
    }
    s
}

fn run_text(r: &specs::ScheduleRun) -> String {
    if let Some(sig) = &r.bug {
        let at = r
            .running
            .as_ref()
            .map(|e| format!(" in example {e}"))
            .unwrap_or_default();
        return format!("{} {sig}{at}", r.outcome.name().to_uppercase());
    }
    match (&r.counts, &r.note) {
        (Some(c), _) => counts_text(c),
        (None, Some(n)) => n.clone(),
        (None, None) => r.summary.clone(),
    }
}

fn file_lines(f: &FileReport, base: &Path, k: usize, n: usize) -> String {
    let name = short(&f.file, base);
    let head = format!("[{k:>w$}/{n}] {name}", w = n.to_string().len());
    if let Some(why) = &f.not_loaded {
        if f.runs.iter().all(|r| r.bug.is_none()) {
            let at = f
                .runs
                .first()
                .and_then(|r| r.running.as_ref())
                .map(|e| format!(" (in example {e})"))
                .unwrap_or_default();
            return format!("{head}  not loaded: {why}{at}");
        }
    }
    let texts: Vec<String> = f.runs.iter().map(run_text).collect();
    if texts.windows(2).all(|w| w[0] == w[1]) && !texts.is_empty() {
        let all = if texts.len() > 1 {
            format!("  (all {} schedules)", texts.len())
        } else {
            String::new()
        };
        return format!("{head}  {}{all}", texts[0]);
    }
    let mut s = head;
    for (r, t) in f.runs.iter().zip(&texts) {
        s.push_str(&format!("\n      {:<18} {t}", r.schedule));
    }
    s
}

pub fn run(a: SpecsArgs) -> Result<u8> {
    if a.jobs == 0 {
        return Err(exit::usage("--jobs must be at least 1"));
    }
    let schedules = schedules(&a)?;
    let files = specs::collect_files(&a.paths)?;
    let known = crate::triage::known::KnownList::from_args(&a.known)
        .map_err(|e| exit::usage(format!("--known: {e:#}")))?;
    let vm =
        a.vm.vm
            .clone()
            .unwrap_or_else(|| gcstress_vm::DEFAULT_VM.to_string());
    let install = ensure_vm(&vm)?;
    let base = common_dir(&files);
    let opts = specs::Options {
        install: &install,
        files,
        schedules,
        jobs: a.jobs,
        timeout: a.timeout,
        mem_limit: a.mem_limit,
        verify: a.verify,
        out: a.out.clone(),
        minimize: (!a.no_minimize).then_some(a.minimize_time),
        known: std::sync::Arc::new(known),
    };
    if !a.json {
        progress(&format!(
            "specs on {vm}: {} file(s) x {} schedule(s) ({}), {} job(s); finds go to {}/specs/",
            opts.files.len(),
            opts.schedules.len(),
            opts.schedules
                .iter()
                .map(|s| s.to_string())
                .collect::<Vec<_>>()
                .join(" "),
            opts.jobs,
            a.out.display()
        ));
    }
    let json_out = a.json;
    let on_event = |e: Event| {
        if json_out {
            return;
        }
        match e {
            Event::File(f, k, n) => eprintln!("{}", file_lines(f, &base, k, n)),
            Event::Find(fd) => eprintln!(
                "gcstress: bug signal {} in {} under {}: {}\n  saved to {}",
                fd.signature,
                short(&fd.file, &base),
                fd.schedule,
                fd.summary,
                fd.dir.display()
            ),
            Event::Minimizing(fd) => progress(&format!("minimizing {} ...", fd.signature)),
            Event::Minimized(fd) => {
                minimized_line(fd);
                if let Some(c) = &fd.root_cause {
                    let what = match &fd.known {
                        Some(k) => format!("known ({k})"),
                        None if !fd.is_new() => {
                            format!("same root cause as {}", fd.group.as_deref().unwrap_or("?"))
                        }
                        None => format!("NEW — {}", c.description),
                    };
                    progress(&format!("  root cause {}: {what}", c.key));
                }
            }
        }
    };
    fn minimized_line(fd: &specs::Find) {
        match (&fd.minimized, &fd.min_note) {
            (Some(m), _) => progress(&format!(
                "minimized {} ({}): {} -> {} lines, schedule {}, {}{}",
                fd.signature,
                m.from,
                m.original_lines,
                m.lines,
                m.schedule,
                if m.dsl_left.is_empty() {
                    "plain Ruby".to_string()
                } else {
                    format!("spec DSL left: {}", m.dsl_left.join(", "))
                },
                m.plain
                    .as_ref()
                    .map(|p| format!("; stock interpreter form {}", p.display()))
                    .unwrap_or_default()
            )),
            (None, Some(n)) => progress(&format!("{}: {n}", fd.signature)),
            (None, None) => {}
        }
    }
    let report = specs::run(&opts, &on_event)?;
    if json_out {
        print_json(&report)?;
    } else {
        print_summary(&report, &base);
    }
    // a bug signal only for a root cause nobody knew
    Ok(if report.finds.iter().any(|f| f.known.is_none()) {
        exit::BUG
    } else {
        exit::OK
    })
}

fn print_json(r: &Report) -> Result<()> {
    let groups: Vec<_> = r
        .not_loaded()
        .into_iter()
        .map(|(reason, files)| json!({"reason": reason, "count": files.len(), "files": files}))
        .collect();
    let v = json!({
        "vm": r.vm,
        "schedules": r.schedules,
        "seconds": r.seconds,
        "files": r.files,
        "totals": r.totals(),
        "not_loaded": groups,
        "no_examples": r.empty_files(),
        "finds": r.finds,
        "bug": !r.finds.is_empty(),
    });
    println!("{}", serde_json::to_string(&v)?);
    Ok(())
}

fn print_summary(r: &Report, base: &Path) {
    eprintln!(
        "gcstress: specs on {}: {} file(s) under {} schedule(s) in {:.1}s",
        r.vm,
        r.files.len(),
        r.schedules.len(),
        r.seconds
    );
    eprintln!(
        "  {:<20} {:>6} {:>9} {:>8} {:>8} {:>8} {:>5} {:>11}",
        "schedule", "files", "examples", "passed", "failed", "errors", "bugs", "incomplete"
    );
    for t in r.totals() {
        eprintln!(
            "  {:<20} {:>6} {:>9} {:>8} {:>8} {:>8} {:>5} {:>11}",
            t.schedule,
            t.files,
            t.counts.examples,
            t.counts.passed,
            t.counts.failed,
            t.counts.errors,
            t.bugs,
            t.incomplete
        );
    }
    let groups = r.not_loaded();
    let total: usize = groups.iter().map(|(_, f)| f.len()).sum();
    eprintln!("  files that could not be loaded: {total}");
    for (reason, files) in &groups {
        let names: Vec<String> = files.iter().take(4).map(|f| short(f, base)).collect();
        let more = if files.len() > 4 {
            format!(", ... (+{})", files.len() - 4)
        } else {
            String::new()
        };
        eprintln!(
            "    {:>4}  {reason}\n          {}{more}",
            files.len(),
            names.join(", ")
        );
    }
    let empty = r.empty_files();
    if !empty.is_empty() {
        let names: Vec<String> = empty.iter().take(4).map(|f| short(f, base)).collect();
        let more = if empty.len() > 4 {
            format!(", ... (+{})", empty.len() - 4)
        } else {
            String::new()
        };
        eprintln!(
            "  files with no example to run (guarded out, or none written): {}\n          {}{more}",
            empty.len(),
            names.join(", ")
        );
    }
    let causes: std::collections::BTreeSet<&str> = r
        .finds
        .iter()
        .filter_map(|f| f.root_cause.as_ref().map(|c| c.key.as_str()))
        .collect();
    let new = r.finds.iter().filter(|f| f.known.is_none()).count();
    eprintln!(
        "  bug signals: {} ({} root cause(s); {} signal(s) not known before)",
        r.finds.len(),
        causes.len(),
        new
    );
    for fd in &r.finds {
        let cause = match (&fd.root_cause, &fd.known) {
            (Some(c), Some(k)) => format!("\n      root cause: {} — known ({k})", c.key),
            (Some(c), None) if !fd.is_new() => format!(
                "\n      root cause: {} — same as {}",
                c.key,
                fd.group.as_deref().unwrap_or("?")
            ),
            (Some(c), None) => format!(
                "\n      root cause ({}): {} — {}",
                c.evidence.name(),
                c.key,
                c.description
            ),
            (None, _) => String::new(),
        };
        eprintln!(
            "    {}  {} under {}{}  ({} hit(s)){cause}\n      saved: {}",
            fd.signature,
            short(&fd.file, base),
            fd.schedule,
            fd.example
                .as_ref()
                .map(|e| format!(", example {e}"))
                .unwrap_or_default(),
            fd.hits.len(),
            fd.dir.display()
        );
        if let Some(m) = &fd.minimized {
            eprintln!(
                "      minimized: {} ({} lines, {}); Reproduce with: gcstress exec {}",
                m.min.display(),
                m.lines,
                if m.dsl_left.is_empty() {
                    "plain Ruby, no spec DSL"
                } else {
                    "spec DSL left"
                },
                m.min.display()
            );
            if let Some(p) = &m.plain {
                eprintln!("      stock interpreter form: {}", p.display());
            }
        } else if let Some(n) = &fd.min_note {
            eprintln!("      not minimized: {n}");
        }
    }
}
