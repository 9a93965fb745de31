//! Upstream-ready reports: `gcstress report PATH` writes `report.md` for one
//! find or one root-cause group.
//!
//! What a VM maintainer needs to act on a GC bug, gathered by running it:
//!
//! 1. **Which VMs fail**: the reproducer runs (under its own schedule, as
//!    `exec` runs it) on every provisioned VM ([`run_side`], the fix check's
//!    runner), and its plain form runs on each VM's stock interpreter.
//! 2. **The plain reproducer** (no gcstress needed) and what the stock
//!    binary printed: the find's `.plain.rb` / `min.plain.rb` twin, else the
//!    first plain rewrite of it that fails ([`first_failing_form`]).
//! 3. **The AddressSanitizer excerpt**, where an `-asan` VM shows one.
//! 4. **The recording's story**: the find recorded on the VM it was found on,
//!    and the life of the slot the failure traces back to (`trace --crash`).
//! 5. **The commit that introduced it**, from `gcstress bisect` (run now with
//!    `--src/--good/--bad`, or its earlier `--json` output).
//! 6. **The patch that fixes it**: a patched VM (`vm add --from B --patch`)
//!    that passes where its base fails, and the patch's text when it is
//!    found in the patches directory (matched by SHA-256).
//!
//! Everything in the report is measured in the run that writes it; nothing
//! is copied from elsewhere except the reproducer's own comment lines.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::Result;
use gcstress_vm::catalog::Variant;
use gcstress_vm::patch::PatchRecord;
use gcstress_vm::Install;
use serde::Serialize;

use super::fixcheck::{derive_on, plain_twin, run_side, Case, Side};
use crate::exec::{Executor, Job};
use crate::record::{self, trace, RecordSpec};
use crate::reduce::plain::{first_failing_form, Stock};

/// Longest output excerpt kept per run (lines).
const EXCERPT_LINES: usize = 14;

pub struct Options<'a> {
    /// The VMs to run on (every provisioned one, unless the user named some).
    pub vms: &'a [Install],
    pub runs: usize,
    pub mem_limit: u64,
    /// `gcstress bisect --json` output (run now or read from a file).
    pub bisect: Option<serde_json::Value>,
    /// Where to look for the text of a fixing VM's patches.
    pub patches_dir: Option<PathBuf>,
    /// Record the find and tell the failing slot's story.
    pub record: bool,
    pub title: Option<String>,
}

/// The plain reproducer on one VM's stock interpreter.
#[derive(Debug, Clone, Serialize)]
pub struct PlainRun {
    pub binary: PathBuf,
    /// `SIGSEGV`, `exit 1`, `exit 0`, `hung`.
    pub ended: String,
    /// Died by a signal, or printed an ASan report or Artichoke's "is dead" fatal.
    pub fails: bool,
    /// Runs made (stops at the first failing one).
    pub runs: usize,
    /// The end of what it printed.
    pub output: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct VmRow {
    pub vm: String,
    pub version: String,
    pub origin: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub base: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub patches: Vec<PatchRecord>,
    /// The reproducer under its schedule.
    pub gcstress: Side,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plain: Option<PlainRun>,
    /// The root cause this VM's failing runs come down to, when it is not
    /// the find's: another bug, so the VM does not count as affected.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub other_root_cause: Option<String>,
}

impl VmRow {
    pub fn fails(&self) -> bool {
        self.other_root_cause.is_none()
            && (self.gcstress.fails > 0 || self.plain.as_ref().is_some_and(|p| p.fails))
    }
}

/// A patched VM that passes where the VM it was built from fails.
#[derive(Debug, Clone, Serialize)]
pub struct Fix {
    pub vm: String,
    pub base: String,
    pub patches: Vec<PatchRecord>,
    /// Each patch's file in the patches directory, and its text.
    pub texts: Vec<(PathBuf, String)>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub title: String,
    /// What the report was made from (a crash directory or a file).
    pub source: String,
    pub reproducer: PathBuf,
    pub reproducer_text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub root_cause: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub signature: Option<String>,
    /// The VM the find was made on (its header's `vm=`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub found_on: Option<String>,
    /// The plain reproducer and where it came from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plain: Option<(String, String)>,
    pub plain_note: String,
    pub rows: Vec<VmRow>,
    pub affected: Vec<String>,
    pub unaffected: Vec<String>,
    /// (VM, excerpt) of the first -asan VM's AddressSanitizer report.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub asan: Option<(String, String)>,
    /// The recording's story of the failing slot.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub story: Vec<String>,
    pub story_note: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bisect: Option<serde_json::Value>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fixes: Vec<Fix>,
    /// Other finds of the group (label and signature).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub others: Vec<String>,
    /// The reproducer's own comment lines (what whoever wrote it knew).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    pub written: String,
}

fn code_lines(text: &str) -> usize {
    text.lines()
        .filter(|l| !l.trim_start().starts_with('#') && !l.trim().is_empty())
        .count()
}

/// The group's representative: a crash directory's `min.rb` when it has
/// one, else the case with the fewest lines of code.
fn representative(cases: &[Case]) -> Result<Case> {
    let mut best: Option<Case> = None;
    for c in cases {
        let mut c = c.clone();
        let dir = Path::new(&c.label);
        if dir.is_dir() && dir.join("min.rb").is_file() {
            if let Ok(r) =
                crate::request::load(&dir.join("min.rb"), &crate::request::RunFlags::default())
            {
                c.repro = r;
            }
        }
        if best
            .as_ref()
            .is_none_or(|b| code_lines(&c.repro.text()) < code_lines(&b.repro.text()))
        {
            best = Some(c);
        }
    }
    best.ok_or_else(|| crate::error::bad_input("no finds or reproducers to report on"))
}

/// From the `ERROR: AddressSanitizer` line: a few lines and the SUMMARY.
pub fn asan_excerpt(text: &str) -> Option<String> {
    let start = text.find("ERROR: AddressSanitizer")?;
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let rest = &text[line_start..];
    let mut out: Vec<&str> = rest.lines().take(EXCERPT_LINES).collect();
    if let Some(sum) = rest
        .lines()
        .find(|l| l.starts_with("SUMMARY: AddressSanitizer"))
    {
        if !out.contains(&sum) {
            out.push("...");
            out.push(sum);
        }
    }
    Some(short_paths(&out.join("\n")))
}

/// Paths of this machine's build directories cut down to the VM's own
/// source paths (`src/gc.c:575`) and the shim's (`gcstress/shim.c:735`).
fn short_paths(text: &str) -> String {
    text.lines()
        .map(|line| {
            line.split(' ')
                .map(|w| {
                    if let Some(i) = w.find("/.build-") {
                        let rest = &w[i..];
                        if let Some(j) = rest.find("/src/") {
                            return rest[j + 5..].to_string();
                        }
                    }
                    if w.contains("/shim-") {
                        if let Some(k) = w.rfind('/') {
                            return format!("gcstress/{}", &w[k + 1..]);
                        }
                    }
                    if let Some(i) = w.find("/gcstress/vms/") {
                        // `(/home/u/.cache/gcstress/vms/ID/build/host/bin/mruby+0x1)`
                        let start = w.find('/').unwrap_or(i);
                        let rest = &w[i + "/gcstress/vms/".len()..];
                        let after_id = rest.find('/').map_or(rest, |k| &rest[k + 1..]);
                        return format!("{}{after_id}", &w[..start]);
                    }
                    w.to_string()
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn tail(text: &str, n: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let from = lines.len().saturating_sub(n);
    lines[from..].join("\n")
}

/// Run the plain program on a stock interpreter up to `runs` times (stops
/// at the first failing run).
fn run_plain(binary: &Path, program: &str, runs: usize, timeout: Duration) -> Result<PlainRun> {
    let stock = Stock::new(binary, timeout)?;
    let mut last = PlainRun {
        binary: binary.to_path_buf(),
        ended: String::new(),
        fails: false,
        runs: 0,
        output: String::new(),
    };
    for _ in 0..runs.max(1) {
        let e = stock.run_status(program)?;
        last.runs += 1;
        last.ended = e.describe();
        last.fails = e.signal().is_some() || e.dead() || e.memory_error();
        last.output = match asan_excerpt(&e.output) {
            Some(a) => a,
            None => tail(&e.output, EXCERPT_LINES),
        };
        if last.fails {
            break;
        }
    }
    Ok(last)
}

/// The reproducer's comment lines before its `# gcstress:` header (or its code).
fn notes(text: &str) -> Vec<String> {
    text.lines()
        .take_while(|l| l.starts_with('#'))
        .filter(|l| !l.starts_with("# gcstress:"))
        .map(|l| l.trim_start_matches('#').trim_start().to_string())
        .collect()
}

fn title_for(case: &Case, affected: &[String]) -> String {
    let what = case
        .root_cause
        .clone()
        .or_else(|| case.signature.clone())
        .unwrap_or_else(|| case.repro.filename.clone());
    if affected.is_empty() {
        what
    } else {
        format!("{} ({})", what, affected.join(", "))
    }
}

/// Patch files under `dir` by SHA-256.
fn patch_texts(dir: &Path) -> BTreeMap<String, (PathBuf, String)> {
    let mut out = BTreeMap::new();
    let Ok(rd) = std::fs::read_dir(dir) else {
        return out;
    };
    let mut paths: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if let Ok(read) = gcstress_vm::patch::read_patches(std::slice::from_ref(&p)) {
            if let (Some(patch), Ok(text)) = (read.first(), std::fs::read_to_string(&p)) {
                out.insert(patch.record.sha256.clone(), (p.clone(), text));
            }
        }
    }
    out
}

/// `YYYY-MM-DD` (UTC) of now.
fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    // days since 1970-01-01 to a civil date (proleptic Gregorian)
    let z = (secs / 86_400) as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Run everything and gather the report; `progress` gets a line per step.
pub fn build(cases: &[Case], opts: &Options, progress: &mut dyn FnMut(&str)) -> Result<Report> {
    let case = representative(cases)?;
    let found_on = case.repro.header.vm.clone();
    let timeout = case
        .repro
        .header
        .timeout
        .unwrap_or(Duration::from_secs(10))
        .clamp(Duration::from_secs(5), Duration::from_secs(30));

    // every VM under gcstress first: the first failing one is where a plain
    // form is looked for when the header names no VM
    let mut rows = Vec::new();
    let mut asan = None;
    let mut found_failing = None;
    for (i, vm) in opts.vms.iter().enumerate() {
        let mut ex = match Executor::new(vm) {
            Ok(ex) => ex,
            Err(e) => {
                progress(&format!("{}: cannot start its worker: {e:#}", vm.id));
                continue;
            }
        };
        let (side, failing) = run_side(&mut ex, vm, &case, opts.runs, opts.mem_limit);
        progress(&format!(
            "[{}/{}] {}: {}",
            i + 1,
            opts.vms.len(),
            vm.id,
            side.short(),
        ));
        if asan.is_none() && vm.manifest.variant == Variant::Asan {
            // the outcome keeps the kind of report only: run once more for its text
            asan = failing
                .as_ref()
                .filter(|(_, o)| o.kind() == crate::judge::Kind::Asan)
                .and_then(|(spec, _)| {
                    let job = Job {
                        program: &case.repro.program,
                        filename: &case.repro.filename,
                        schedule: &spec.schedule,
                        opts: spec.options(),
                    };
                    ex.run(&job).ok()
                })
                .and_then(|raw| asan_excerpt(&String::from_utf8_lossy(&raw.stderr)))
                .map(|x| (vm.id.clone(), x));
        }
        // failing with signatures the find never had: the same bug, or another?
        let mut other_root_cause = None;
        if let (Some(key), Some(_)) = (&case.root_cause, &failing) {
            let seen = case
                .signature
                .as_ref()
                .is_some_and(|s| side.signatures.contains(s));
            if !seen {
                if let Some(k) = derive_on(&mut ex, &case, &failing) {
                    if !super::same_root_cause(key, &k) {
                        progress(&format!("{}: fails with another root cause, {k}", vm.id));
                        other_root_cause = Some(k);
                    }
                }
            }
        }
        if other_root_cause.is_none()
            && failing.is_some()
            && (found_failing.is_none() || Some(&vm.id) == found_on.as_ref())
        {
            found_failing = Some((vm.clone(), failing.clone()));
        }
        rows.push(VmRow {
            vm: vm.id.clone(),
            version: vm.manifest.version.clone(),
            origin: vm.manifest.origin.clone(),
            base: vm.manifest.base.clone(),
            patches: vm.manifest.patches.clone(),
            gcstress: side,
            plain: None,
            other_root_cause,
        });
    }

    // the plain form: a twin on disk, else a rewrite that fails on the stock
    // binary of the VM the find was made on (or the first that failed)
    let mut plain = plain_twin(&case).map(|(p, t)| (p.display().to_string(), t));
    let mut plain_note = String::new();
    if plain.is_none() {
        let home = opts
            .vms
            .iter()
            .find(|v| Some(&v.id) == found_on.as_ref())
            .or(found_failing.as_ref().map(|(v, _)| v));
        if let (Some(v), Some(sched)) = (home, case.repro.header.schedule.as_ref()) {
            if let Some(bin) = v.manifest.plain.as_ref().filter(|b| b.exists()) {
                progress(&format!("looking for a plain form on the stock {}", v.id));
                let sig = case.signature.clone().unwrap_or_default();
                let dead = sig.starts_with("dead-value");
                match first_failing_form(bin, &case.repro.text(), sched, &sig, dead, timeout) {
                    Ok(Some(p)) => plain = Some((format!("rewritten for the stock {}", v.id), p)),
                    Ok(None) => {
                        plain_note = format!(
                            "no plain form of the reproducer fails on the stock {} (the bug needs gcstress's exact GC schedule; `gcstress minimize` tries harder)",
                            v.id
                        )
                    }
                    Err(e) => plain_note = format!("no plain form: {e:#}"),
                }
            }
        } else if home.is_none() {
            plain_note = "no VM failed, so no plain form was looked for".into();
        }
    }
    if let Some((_, text)) = &plain {
        for row in rows.iter_mut() {
            let Some(vm) = opts.vms.iter().find(|v| v.id == row.vm) else {
                continue;
            };
            let Some(bin) = vm.manifest.plain.as_ref().filter(|b| b.exists()) else {
                continue;
            };
            row.plain = run_plain(bin, text, opts.runs, timeout).ok();
            if let Some(p) = &row.plain {
                progress(&format!(
                    "{}: plain on the stock binary: {}",
                    vm.id, p.ended
                ));
                // an ASan report of the stock binary is the one upstream can rerun
                if vm.manifest.variant == Variant::Asan
                    && p.output.contains("ERROR: AddressSanitizer")
                    && asan.as_ref().is_none_or(|(id, _)| id == &vm.id)
                {
                    asan = Some((vm.id.clone(), p.output.clone()));
                }
            }
        }
    }
    // a plain reproducer that raises when it sees a wrong value: a non-zero
    // exit counts where another VM's stock binary ran it to the end
    if rows
        .iter()
        .any(|r| r.plain.as_ref().is_some_and(|p| p.ended == "exit 0"))
    {
        for r in &mut rows {
            if let Some(p) = &mut r.plain {
                if p.ended.starts_with("exit ") && p.ended != "exit 0" {
                    p.fails = true;
                }
            }
        }
    }

    let affected: Vec<String> = rows
        .iter()
        .filter(|r| r.fails())
        .map(|r| r.vm.clone())
        .collect();
    let unaffected: Vec<String> = rows
        .iter()
        .filter(|r| !r.fails() && r.gcstress.error.is_none())
        .map(|r| r.vm.clone())
        .collect();

    // the recording, on the VM the find was made on (else the first failing one)
    let mut story = Vec::new();
    let mut story_note = String::new();
    if opts.record {
        match &found_failing {
            Some((vm, Some((spec, _)))) => {
                progress(&format!("recording the find on {}", vm.id));
                let rs = RecordSpec {
                    run: crate::run::RunSpec {
                        diff: false,
                        ..spec.clone()
                    },
                    last: 0,
                    stop_at: 0,
                };
                let recorded = Executor::new(vm).and_then(|mut ex| {
                    record::record_once(&mut ex, &case.repro.program, &case.repro.filename, &rs)
                });
                match recorded {
                    Ok(r) => {
                        let slot = trace::crash_slot(&r.recording);
                        let lines = slot.map(|s| trace::slot_story(&r.recording, s));
                        match (slot, lines) {
                            (Some(slot), Some(lines)) if lines.is_empty() => {
                                story_note = format!(
                                    "recorded on {} ({}): the failure traces back to heap slot {slot}, but the recording holds no event of it",
                                    vm.id, r.outcome.summary
                                )
                            }
                            (Some(slot), Some(lines)) => {
                                story.push(format!(
                                    "slot {slot} ({}, schedule {}; the recorded run: {})",
                                    vm.id, r.recording.meta.schedule, r.outcome.summary
                                ));
                                for l in lines {
                                    let n = l.event.map(|n| format!("#{n}")).unwrap_or_default();
                                    story.push(format!("{n:>8}  {}", l.text));
                                }
                            }
                            _ => {
                                story_note = format!(
                                    "recorded on {} ({}): the recording shows no heap slot freed while an object still referenced it, so it names no slot to follow",
                                    vm.id, r.outcome.summary
                                )
                            }
                        }
                    }
                    Err(e) => story_note = format!("not recorded on {}: {e:#}", vm.id),
                }
            }
            _ => story_note = "no VM failed under gcstress, so nothing was recorded".into(),
        }
    }

    // fixes: a patched VM that passes where its base fails
    let by_sha = opts
        .patches_dir
        .as_deref()
        .map(patch_texts)
        .unwrap_or_default();
    let mut fixes = Vec::new();
    for r in rows.iter().filter(|r| !r.patches.is_empty() && !r.fails()) {
        let Some(base) = &r.base else { continue };
        if rows.iter().any(|b| &b.vm == base && b.fails()) {
            fixes.push(Fix {
                vm: r.vm.clone(),
                base: base.clone(),
                patches: r.patches.clone(),
                texts: r
                    .patches
                    .iter()
                    .filter_map(|p| by_sha.get(&p.sha256).cloned())
                    .collect(),
            });
        }
    }

    let others = cases
        .iter()
        .filter(|c| c.label != case.label)
        .map(|c| {
            format!(
                "{}{}",
                c.label,
                c.signature
                    .as_ref()
                    .map(|s| format!(" ({s})"))
                    .unwrap_or_default()
            )
        })
        .collect();
    let notes = notes(&case.repro.text());
    let title = opts
        .title
        .clone()
        .unwrap_or_else(|| title_for(&case, &affected));
    Ok(Report {
        title,
        source: case.label.clone(),
        reproducer: case.repro.path.clone(),
        reproducer_text: case.repro.text().into_owned(),
        root_cause: case.root_cause.clone(),
        signature: case.signature.clone(),
        found_on,
        plain,
        plain_note,
        rows,
        affected,
        unaffected,
        asan,
        story,
        story_note,
        bisect: opts.bisect.clone(),
        fixes,
        others,
        notes,
        written: today(),
    })
}

fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

/// A fenced block that no line of `text` can close early.
fn fenced(lang: &str, text: &str) -> String {
    let mut fence = "```".to_string();
    while text.contains(&fence) {
        fence.push('`');
    }
    format!("{fence}{lang}\n{}\n{fence}\n", text.trim_end())
}

/// The report as Markdown (what `report.md` holds).
pub fn markdown(r: &Report) -> String {
    let mut m = String::new();
    m.push_str(&format!("# {}\n\n", r.title));
    m.push_str(&format!(
        "*Written by `gcstress report` ({} {}) on {} from `{}`; every result below was measured by that run.*\n\n",
        env!("CARGO_PKG_NAME"),
        env!("CARGO_PKG_VERSION"),
        r.written,
        r.source
    ));
    if !r.notes.is_empty() {
        m.push_str("## What happens\n\n");
        // an empty comment line is a paragraph break
        m.push_str(r.notes.join("\n").trim());
        m.push_str("\n\n(from the reproducer's comments)\n\n");
    }
    if let Some(rc) = &r.root_cause {
        m.push_str(&format!("- **Root cause** (gcstress's key): `{rc}`\n"));
    }
    if let Some(s) = &r.signature {
        m.push_str(&format!("- **Signature**: `{s}`\n"));
    }
    if let Some(v) = &r.found_on {
        m.push_str(&format!("- **Found on**: {v}\n"));
    }
    m.push_str(&format!(
        "- **Affected**: {}\n- **Not affected**: {}\n\n",
        if r.affected.is_empty() {
            "none of the provisioned VMs in these runs".to_string()
        } else {
            r.affected.join(", ")
        },
        if r.unaffected.is_empty() {
            "—".to_string()
        } else {
            r.unaffected.join(", ")
        }
    ));

    m.push_str("## Reproducer\n\n");
    match &r.plain {
        Some((from, text)) => {
            m.push_str(&format!(
                "Plain Ruby, no gcstress needed (`{from}`); run it with the VM's own interpreter:\n\n"
            ));
            m.push_str(&fenced("ruby", text));
            let shown: Vec<&VmRow> = r.rows.iter().filter(|x| x.plain.is_some()).collect();
            let failed = |x: &&&VmRow| x.plain.as_ref().is_some_and(|p| p.fails);
            let row = shown
                .iter()
                .filter(failed)
                .find(|x| Some(&x.vm) == r.found_on.as_ref())
                .or_else(|| shown.iter().find(failed));
            if let Some(row) = row {
                if let Some(p) = &row.plain {
                    m.push_str(&format!(
                        "\nOn the stock `{}` of {} it ends with **{}**:\n\n",
                        p.binary.file_name().and_then(|n| n.to_str()).unwrap_or("?"),
                        row.vm,
                        p.ended
                    ));
                    let shown = if p.output.trim().is_empty() {
                        "(no output)"
                    } else {
                        &p.output
                    };
                    m.push_str(&fenced("text", shown));
                }
            }
        }
        None => {
            m.push_str(&format!("No plain form: {}.\n", r.plain_note));
        }
    }
    m.push_str(&format!(
        "\nWith gcstress (`gcstress exec {}`; the header holds the GC schedule):\n\n",
        r.reproducer.display()
    ));
    m.push_str(&fenced("ruby", &r.reproducer_text));

    m.push_str("\n## Which VMs fail\n\n");
    m.push_str(
        "| VM | version | built from | under gcstress (its schedule) | plain reproducer, stock binary |\n|---|---|---|---|---|\n",
    );
    for row in &r.rows {
        let origin = if row.patches.is_empty() {
            row.origin.clone()
        } else {
            format!(
                "{} + {}",
                row.base.as_deref().unwrap_or("?"),
                row.patches
                    .iter()
                    .map(PatchRecord::short)
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        };
        let plain = row
            .plain
            .as_ref()
            .map(|p| {
                let last = p.output.lines().rev().find(|l| !l.trim().is_empty());
                let said = last
                    .map(|l| format!(": `{}`", l.chars().take(110).collect::<String>()))
                    .unwrap_or_default();
                if p.fails {
                    format!("**{}**", p.ended)
                } else {
                    format!("{} ({} run(s)){said}", p.ended, p.runs)
                }
            })
            .unwrap_or_else(|| "—".into());
        let side = match &row.other_root_cause {
            Some(k) => format!("{} — another bug: `{k}`", row.gcstress.short()),
            None if row.gcstress.fails > 0 => format!("**{}**", row.gcstress.short()),
            None => row.gcstress.short(),
        };
        m.push_str(&format!(
            "| {} | {} | {} | {} | {} |\n",
            row.vm,
            cell(&row.version),
            cell(&origin),
            cell(&side),
            cell(&plain)
        ));
    }
    let sigs: Vec<String> = r
        .rows
        .iter()
        .flat_map(|x| {
            x.gcstress
                .signatures
                .iter()
                .map(move |s| format!("{}: `{s}`", x.vm))
        })
        .collect();
    if !sigs.is_empty() {
        m.push_str("\nSignatures seen:\n\n");
        for s in sigs {
            m.push_str(&format!("- {s}\n"));
        }
    }

    if let Some((vm, x)) = r.asan.as_ref().filter(|(_, x)| !m.contains(x.as_str())) {
        m.push_str(&format!("\n## AddressSanitizer ({vm})\n\n"));
        m.push_str(&fenced("text", x));
    }
    m.push_str("\n## What the recording shows\n\n");
    if r.story.is_empty() {
        m.push_str(&format!("{}.\n", r.story_note.trim_end_matches('.')));
    } else {
        m.push_str(
            "The life of the heap slot the failure traces back to (`gcstress record` then `gcstress trace --crash`; `#N` is the event number):\n\n",
        );
        m.push_str(&fenced("text", &r.story.join("\n")));
    }

    if let Some(b) = &r.bisect {
        let fixed = b["fixed"].as_bool().unwrap_or(false);
        m.push_str(if fixed {
            "\n## Fixed by\n\n"
        } else {
            "\n## Introduced by\n\n"
        });
        if let Some(c) = b["first"]["commit"].as_str() {
            m.push_str(&format!(
                "`gcstress bisect` names **{}** \"{}\" ({} commits in the range, {} built and judged by {}).\n",
                c,
                b["first"]["subject"].as_str().unwrap_or(""),
                b["commits"].as_u64().unwrap_or(0),
                b["steps"]
                    .as_array()
                    .map(|s| s.iter().filter(|x| x["state"] != "skipped").count())
                    .unwrap_or(0),
                b["root_cause"]
                    .as_str()
                    .map(|k| format!("root cause `{k}`"))
                    .unwrap_or_else(|| "signature".into())
            ));
        } else {
            m.push_str("`gcstress bisect` did not name one commit; candidates:\n\n");
            for c in b["candidates"].as_array().into_iter().flatten() {
                m.push_str(&format!("- {}\n", c.as_str().unwrap_or("?")));
            }
        }
    }

    if !r.fixes.is_empty() {
        m.push_str("\n## A fix, checked\n\n");
        for f in &r.fixes {
            m.push_str(&format!(
                "{} ({} with {}) passes every run above where {} fails.\n",
                f.vm,
                f.base,
                f.patches
                    .iter()
                    .map(PatchRecord::short)
                    .collect::<Vec<_>>()
                    .join(", "),
                f.base
            ));
            for (p, text) in &f.texts {
                let diff = text.find("\n--- ").map(|i| &text[i + 1..]).unwrap_or(text);
                m.push_str(&format!(
                    "\n`{}`:\n\n",
                    p.file_name().and_then(|n| n.to_str()).unwrap_or("?")
                ));
                m.push_str(&fenced("diff", diff));
            }
        }
    }
    if !r.others.is_empty() {
        m.push_str("\n## The same root cause, also seen as\n\n");
        for o in &r.others {
            m.push_str(&format!("- `{o}`\n"));
        }
    }
    m.push_str(&format!("\n---\nRe-run: `gcstress report {}`.\n", r.source));
    m
}

/// What `report` calls a bug signal on a row, for the summary line.
pub fn verdict_line(r: &Report) -> String {
    let fails = r.rows.iter().filter(|x| x.fails()).count();
    format!(
        "{} of {} VM(s) fail{}",
        fails,
        r.rows.len(),
        if r.fixes.is_empty() {
            String::new()
        } else {
            format!(
                "; fixed by {}",
                r.fixes
                    .iter()
                    .map(|f| f.vm.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        }
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn asan_excerpt_keeps_the_error_and_the_summary() {
        let mut t =
            String::from("noise\n==1==ERROR: AddressSanitizer: heap-use-after-free on address\n");
        for i in 0..30 {
            t.push_str(&format!("    #{i} 0x0 in f{i}\n"));
        }
        t.push_str("SUMMARY: AddressSanitizer: heap-use-after-free gc.c:10 in f\n");
        let x = asan_excerpt(&t).unwrap();
        assert!(x.starts_with("==1==ERROR: AddressSanitizer"));
        assert!(x.ends_with("in f"));
        assert!(x.contains("..."));
        assert!(!x.contains("noise"));
        assert!(asan_excerpt("no report").is_none());
        assert_eq!(
            short_paths("#0 0x1 in f /root/.cache/gcstress/vms/.build-m-1/src/src/gc.c:575"),
            "#0 0x1 in f src/gc.c:575"
        );
        assert_eq!(
            short_paths("in g /root/.cache/gcstress/vms/m/shim-59f0/shim.c:7"),
            "in g gcstress/shim.c:7"
        );
        assert_eq!(
            short_paths("in _start (/root/.cache/gcstress/vms/m-asan/build/host/bin/mruby+0xb7)"),
            "in _start (build/host/bin/mruby+0xb7)"
        );
    }

    #[test]
    fn fences_outgrow_the_text() {
        assert!(fenced("", "a ``` b").starts_with("````\n"));
        assert!(fenced("ruby", "p 1").starts_with("```ruby\np 1\n```"));
    }

    #[test]
    fn notes_skip_the_header() {
        let n = notes("# what\n# gcstress: vm=x\n# more\nputs 1\n# after\n");
        assert_eq!(n, vec!["what", "more"]);
    }

    #[test]
    fn today_is_a_date() {
        let d = today();
        assert_eq!(d.len(), 10);
        assert!(d.starts_with("20"));
    }
}
