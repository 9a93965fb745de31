//! The plain form: the reproducer without gcstress, for an upstream report.
//!
//! `GCStress.full` becomes `GC.start`; `GCStress.minor` (and `step`, `mark`)
//! becomes `GC.start` or allocation pressure in generational mode, in a few
//! styles tried in order; schedule settings become `GC.*` calls and forced GC
//! items are dropped. A style counts if the VM's stock `mruby` binary (from
//! the VM manifest) dies by the same signal; the driver then shrinks the
//! plain program again against that binary.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use gcstress_vm::{Install, Schedule};

use super::driver::{self, Config};
use super::syntax::{self, Edit, Kind, Tree};
use super::{Candidate, Minimized, Plain, Rate};
use crate::judge::Kind as Outcome;

/// How one style spells each `GCStress` call.
struct Style {
    prelude: &'static str,
    full: &'static str,
    minor: &'static str,
    step: &'static str,
    /// `GCStress.mark`: with the pacing knobs set (step_ratio 1, interval_ratio
    /// 10), a full GC then allocation starts a slow major cycle: the program
    /// goes on while the collector sits in MARK.
    mark: &'static str,
}

const STYLES: &[Style] = &[
    Style {
        prelude: "",
        full: "GC.start",
        minor: "GC.start",
        step: "GC.start",
        mark: "GC.start; 3000.times { [] }",
    },
    Style {
        prelude: "",
        full: "GC.start",
        minor: "GC.generational_mode = true; 1000.times { Object.new }",
        step: "100.times { Object.new }",
        mark: "GC.start; 2000.times { Object.new }",
    },
    Style {
        prelude: "",
        full: "GC.start",
        minor: "GC.generational_mode = true; 2000.times { Object.new }",
        step: "100.times { Object.new }",
        mark: "GC.start; 3000.times { [] }",
    },
    Style {
        prelude: "GC.generational_mode = true\n",
        full: "GC.start",
        minor: "1000.times { Object.new }",
        step: "100.times { Object.new }",
        mark: "GC.start; 5000.times { [] }",
    },
    Style {
        prelude: "",
        full: "GC.start",
        minor: "10000.times { Object.new }",
        step: "1000.times { Object.new }",
        mark: "GC.start; 1500.times { [] }",
    },
];

/// The program in one style, or `None` if it has nothing to rewrite and no
/// schedule to express.
fn rewrite(program: &str, schedule: &Schedule, style: &Style) -> String {
    let t = Tree::parse(program);
    let mut edits = Vec::new();
    for n in &t.nodes {
        if n.kind != Kind::Call {
            continue;
        }
        let Some(&recv) = n.children.first() else {
            continue;
        };
        let r = t.node(recv);
        if r.kind != Kind::ConstantRead
            || r.name.as_deref() != Some("GCStress")
            || r.start != n.start
        {
            continue;
        }
        let args: Vec<String> = n
            .children
            .iter()
            .find(|&&k| t.node(k).kind == Kind::Arguments)
            .map(|&a| {
                t.node(a)
                    .children
                    .iter()
                    .map(|&k| t.text(program, k).to_string())
                    .collect()
            })
            .unwrap_or_default();
        let arg = args.first().cloned();
        let text = match n.name.as_deref() {
            Some("full") => style.full.to_string(),
            Some("minor") => style.minor.to_string(),
            Some("step") => style.step.to_string(),
            Some("mark") => style.mark.to_string(),
            Some("watch") => arg.unwrap_or_else(|| "nil".into()),
            Some("freed?") => "false".into(),
            Some("stats") => "{}".into(),
            // self-checks: the same check in plain Ruby (SELF_CHECKS, below)
            Some(m @ ("keep" | "expect")) if args.len() == 2 => {
                format!("gcs_{m}({}, {})", args[0], args[1])
            }
            _ => "nil".into(),
        };
        edits.push(Edit::new(n.start, n.end, text));
    }
    // drop calls nested in an edited call (the outer edit wins)
    edits.sort_by_key(|e| (e.start, std::cmp::Reverse(e.end)));
    let mut kept: Vec<Edit> = Vec::new();
    for e in edits {
        if kept.last().is_none_or(|k| e.start >= k.end) {
            kept.push(e);
        }
    }
    let body = syntax::apply(program, &kept).unwrap_or_else(|| program.to_string());
    let mut prelude = String::new();
    match schedule.gen {
        Some(true) => prelude.push_str("GC.generational_mode = true\n"),
        Some(false) => prelude.push_str("GC.generational_mode = false\n"),
        None => {}
    }
    // a mark schedule holds the collector mid-cycle; stock Ruby gets the same
    // through the VM's own pacing knobs: start cycles early, advance them slowly
    let mark = schedule
        .items
        .iter()
        .any(|i| i.kind == gcstress_vm::schedule::Kind::Mark)
        || program.contains("GCStress.mark");
    if let Some(n) = schedule.step_ratio.or(mark.then_some(1)) {
        prelude.push_str(&format!("GC.step_ratio = {n}\n"));
    }
    if let Some(n) = schedule.interval_ratio.or(mark.then_some(10)) {
        prelude.push_str(&format!("GC.interval_ratio = {n}\n"));
    }
    prelude.push_str(style.prelude);
    if program.contains("GCStress.keep") || program.contains("GCStress.expect") {
        prelude.push_str(SELF_CHECKS);
    }
    format!("{prelude}{body}")
}

/// `GCStress.keep`/`GCStress.expect` in plain Ruby: class, object id and
/// `inspect` kept, compared, and a mismatch printed (the program's guards
/// rescue a raise) -- what [`Ended::wrong`] looks for.
const SELF_CHECKS: &str = "$gcs_kept = {}\n\
def gcs_look(v); [v.class, v.__id__, (v.inspect rescue nil)]; end\n\
def gcs_keep(k, v); $gcs_kept[k] = gcs_look(v); v; end\n\
def gcs_expect(k, v)\n  \
e = $gcs_kept[k]\n  \
return nil unless e\n  \
a = gcs_look(v)\n  \
return true if a == e\n  \
puts \"gcstress: wrong result: check #{k}: kept #{e[0]} #{e[2]}, read #{a[0]} #{a[2]}\"\n  \
raise \"gcstress: wrong result (check #{k})\"\n\
end\n";

/// The fatal signals by name, as crash signatures spell them (`crash.SIGSEGV.…`).
const FATAL_SIGNALS: [(&str, i32); 5] = [
    ("SIGSEGV", 11),
    ("SIGBUS", 7),
    ("SIGABRT", 6),
    ("SIGILL", 4),
    ("SIGFPE", 8),
];

/// A signal's name as crash signatures spell it (`SIGSEGV`), else `signal N`.
pub fn signal_name(sig: i32) -> String {
    match sig {
        9 => "SIGKILL".into(),
        5 => "SIGTRAP".into(),
        _ => FATAL_SIGNALS
            .iter()
            .find(|(_, n)| *n == sig)
            .map_or_else(|| format!("signal {sig}"), |(name, _)| name.to_string()),
    }
}

/// How one run of a program on a stock interpreter ended, and what it printed.
#[derive(Debug, Clone)]
pub struct Ended {
    /// None: it hung and was killed.
    pub status: Option<std::process::ExitStatus>,
    /// stdout and stderr.
    pub output: String,
}

impl Ended {
    pub fn signal(&self) -> Option<i32> {
        use std::os::unix::process::ExitStatusExt;
        self.status.and_then(|s| s.signal())
    }

    pub fn code(&self) -> Option<i32> {
        self.status.and_then(|s| s.code())
    }

    /// An AddressSanitizer report (an ASan build reports and exits, no signal).
    pub fn asan(&self) -> bool {
        self.output.contains("ERROR: AddressSanitizer")
    }

    /// An ASan report of a memory error; ASan refusing a huge allocation is not one.
    pub fn memory_error(&self) -> bool {
        self.asan()
            && !self.output.contains("allocation-size-too-big")
            && !self.output.contains("requested allocation size")
            && !self.output.contains("out of memory")
    }

    /// A self-check's mismatch, as the plain form prints it.
    pub fn wrong(&self) -> bool {
        self.output.contains("gcstress: wrong result")
    }

    /// Artichoke's liveness check: its "... is dead" `fatal`.
    pub fn dead(&self) -> bool {
        self.output.contains("for function call is dead")
            || self.output.contains("yielded to block is dead")
    }

    /// `SIGSEGV`, `signal 9`, `exit 1`, `hung`.
    pub fn describe(&self) -> String {
        match (self.status, self.signal(), self.code()) {
            (None, _, _) => "hung".into(),
            (_, Some(sig), _) => signal_name(sig),
            (_, None, Some(c)) => format!("exit {c}"),
            _ => "?".into(),
        }
    }
}

/// Runs programs on the stock interpreter.
pub struct Stock {
    binary: PathBuf,
    dir: tempfile::TempDir,
    next: AtomicU64,
    /// Per-run limit, in microseconds (tightened for variants, see `tighten`).
    timeout_us: AtomicU64,
    /// The slowest run so far, in microseconds.
    slowest_us: AtomicU64,
}

impl Stock {
    pub fn new(binary: &Path, timeout: Duration) -> Result<Stock> {
        Ok(Stock {
            binary: binary.to_path_buf(),
            dir: tempfile::tempdir().context("cannot create a temporary directory")?,
            next: AtomicU64::new(0),
            timeout_us: AtomicU64::new(timeout.as_micros() as u64),
            slowest_us: AtomicU64::new(0),
        })
    }

    /// From now on, give each run a small multiple of the slowest run so
    /// far (see [`super::oracle::variant_timeout`]): a variant that loops
    /// for ever costs little.
    pub fn tighten(&self) {
        let slowest_ms = self.slowest_us.load(Ordering::Relaxed) as f64 / 1000.0;
        let now = Duration::from_micros(self.timeout_us.load(Ordering::Relaxed));
        let t = super::oracle::variant_timeout(slowest_ms, now);
        self.timeout_us
            .store(t.as_micros() as u64, Ordering::Relaxed);
    }

    /// The signal the interpreter died by (None: it exited or hung).
    pub fn run(&self, program: &str) -> Result<Option<i32>> {
        Ok(self.run_status(program)?.signal())
    }

    /// How the interpreter ended and what it printed.
    pub fn run_status(&self, program: &str) -> Result<Ended> {
        let n = self.next.fetch_add(1, Ordering::Relaxed);
        let path = self.dir.path().join(format!("plain-{n}.rb"));
        std::fs::write(&path, program)
            .with_context(|| format!("cannot write {}", path.display()))?;
        let out_path = self.dir.path().join(format!("plain-{n}.out"));
        let out = std::fs::File::create(&out_path)
            .with_context(|| format!("cannot write {}", out_path.display()))?;
        let err = out.try_clone().context("cannot duplicate a file handle")?;
        let mut child = Command::new(&self.binary)
            .arg(&path)
            .stdin(Stdio::null())
            .stdout(Stdio::from(out))
            .stderr(Stdio::from(err))
            .spawn()
            .with_context(|| format!("cannot run {}", self.binary.display()))?;
        let started = Instant::now();
        let deadline = started + Duration::from_micros(self.timeout_us.load(Ordering::Relaxed));
        let status = loop {
            if let Some(s) = child.try_wait().context("cannot wait for mruby")? {
                break Some(s);
            }
            if Instant::now() >= deadline {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            std::thread::sleep(Duration::from_millis(1));
        };
        if status.is_some() {
            self.slowest_us
                .fetch_max(started.elapsed().as_micros() as u64, Ordering::Relaxed);
        }
        let _ = std::fs::remove_file(&path);
        // the scratch file's path says nothing: messages name `plain.rb`
        let text = std::fs::read(&out_path)
            .map(|b| String::from_utf8_lossy(&b).into_owned())
            .unwrap_or_default()
            .replace(&*path.to_string_lossy(), "plain.rb");
        let _ = std::fs::remove_file(&out_path);
        Ok(Ended {
            status,
            output: text,
        })
    }
}

/// The signals that count as "the same failure" on the stock binary.
fn wanted_signals(m: &Minimized) -> Vec<i32> {
    wanted(m.kind == Outcome::Crash, &m.signature)
}

/// The crash's own signal (`crash.SIGSEGV.…`), else any fatal one.
fn wanted(crash: bool, signature: &str) -> Vec<i32> {
    let own = signature
        .split('.')
        .nth(1)
        .and_then(|n| FATAL_SIGNALS.iter().find(|(name, _)| *name == n));
    match own {
        Some((_, sig)) if crash => vec![*sig],
        _ => FATAL_SIGNALS.iter().map(|(_, n)| *n).collect(),
    }
}

/// Does one stock run show the failure? A signal from `want`, an ASan
/// report, or — for a dead value — the host's "... is dead" `fatal`.
fn fails(stock: &Stock, program: &str, want: &[i32], dead: bool) -> bool {
    match stock.run_status(program) {
        Ok(e) => {
            e.signal().is_some_and(|s| want.contains(&s))
                || e.asan()
                || dead && e.dead()
                || e.wrong()
        }
        Err(_) => false,
    }
}

fn hits(stock: &Stock, program: &str, runs: u32, want: &[i32], dead: bool) -> u32 {
    (0..runs)
        .filter(|_| fails(stock, program, want, dead))
        .count() as u32
}

/// Try the plain form. `Ok(Err(why))`: no plain form (and why not).
pub fn attempt(
    install: &Install,
    m: &Minimized,
    jobs: usize,
    deadline: Option<Instant>,
) -> Result<std::result::Result<Plain, String>> {
    let Some(binary) = install.manifest.plain.clone() else {
        return Ok(Err(format!("{} has no stock interpreter", install.id)));
    };
    if !binary.exists() {
        return Ok(Err(format!("{} is missing", binary.display())));
    }
    if !matches!(
        m.kind,
        Outcome::Crash | Outcome::Assert | Outcome::Asan | Outcome::Verifier | Outcome::DeadValue
    ) {
        return Ok(Err(format!("a {} is not a crash", m.kind.name())));
    }
    let dead = m.kind == Outcome::DeadValue;
    let stock = Stock::new(&binary, m.timeout.min(Duration::from_secs(10)))?;
    let want = wanted_signals(m);
    // the minimized program first; the original may still hold what the
    // forced GCs made unnecessary (heap refills), so it comes second
    let mut chosen = None;
    'search: for c in [&m.minimized, &m.original] {
        for style in STYLES {
            let p = rewrite(&c.program, &c.schedule, style);
            if hits(&stock, &p, 3, &want, dead) >= 2 {
                chosen = Some(p);
                break 'search;
            }
        }
    }
    let Some(p) = chosen else {
        return Ok(Err(format!(
            "no plain form crashes the stock {}",
            binary.display()
        )));
    };
    let rate0 = hits(&stock, &p, 5, &want, dead);
    stock.tighten();
    let votes: (u32, u32) = if rate0 == 5 { (1, 1) } else { (3, 2) };
    let pred = |c: &Candidate| {
        let (tries, need) = votes;
        let mut yes = 0;
        for i in 0..tries {
            if fails(&stock, &c.program, &want, dead) {
                yes += 1;
            }
            if yes >= need || tries - i - 1 + yes < need {
                break;
            }
        }
        yes >= need
    };
    let start = Candidate {
        program: p,
        schedule: Schedule::none(),
    };
    let cfg = Config {
        jobs,
        deadline,
        allocations: None,
    };
    let best = driver::reduce(start, &pred, &cfg, None).best.program;
    let rate = Rate {
        hits: hits(&stock, &best, 5, &want, dead),
        runs: 5,
    };
    if rate.hits < 3 {
        return Ok(Err(format!(
            "the plain form crashes the stock {} only {rate}",
            binary.display()
        )));
    }
    let signal = if dead {
        "fatal: Value ... is dead".to_string()
    } else {
        want.iter()
            .map(|&s| crate::judge::signal_name(s))
            .collect::<Vec<_>>()
            .join("|")
    };
    Ok(Ok(Plain {
        program: best,
        binary,
        signal,
        rate,
    }))
}

impl Plain {
    /// The plain reproducer file.
    pub fn render(&self, m: &Minimized) -> String {
        let mut out = format!(
            "# {} on the stock mruby of {} (no gcstress needed): dies by {} in {} runs.\n# Reduced by gcstress from {}; signature under gcstress: {}\n# Run: {} FILE\n",
            m.kind.name(),
            m.vm,
            self.signal,
            self.rate,
            m.filename,
            m.signature,
            self.binary.display()
        );
        out.push_str(&self.program);
        if !self.program.ends_with('\n') {
            out.push('\n');
        }
        out
    }
}

/// The first plain form (one per [`STYLES`] entry, in order) of `program`
/// under `schedule` that fails on the stock interpreter `binary` in 2 of 3
/// runs, unshrunk: for a report on a reproducer that has no plain twin.
/// `signature` picks the signal that counts (`crash.SIGSEGV...`); `dead`
/// counts Artichoke's "... is dead" fatal as failing.
pub fn first_failing_form(
    binary: &Path,
    program: &str,
    schedule: &Schedule,
    signature: &str,
    dead: bool,
    timeout: Duration,
) -> Result<Option<String>> {
    let stock = Stock::new(binary, timeout)?;
    let want = wanted(signature.starts_with("crash."), signature);
    for style in STYLES {
        let p = rewrite(program, schedule, style);
        if hits(&stock, &p, 3, &want, dead) >= 2 {
            return Ok(Some(p));
        }
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ended_says_how_a_run_ended() {
        use std::os::unix::process::ExitStatusExt;
        let e = |raw: i32, out: &str| Ended {
            status: Some(std::process::ExitStatus::from_raw(raw)),
            output: out.to_string(),
        };
        assert_eq!(e(11, "").describe(), "SIGSEGV");
        assert_eq!(e(9, "").describe(), "SIGKILL");
        assert_eq!(e(15, "").describe(), "signal 15");
        assert_eq!(e(1 << 8, "").describe(), "exit 1");
        let hung = Ended {
            status: None,
            output: String::new(),
        };
        assert_eq!(hung.describe(), "hung");
        let uaf = e(1 << 8, "==1==ERROR: AddressSanitizer: heap-use-after-free");
        assert!(uaf.asan() && uaf.memory_error());
        let big = e(
            1 << 8,
            "==1==ERROR: AddressSanitizer: requested allocation size 0x1 exceeds",
        );
        assert!(big.asan() && !big.memory_error());
        assert!(e(0, "Value receiver for function call is dead").dead());
        assert_eq!(wanted(true, "crash.SIGBUS.f"), vec![7]);
        assert_eq!(wanted(false, "crash.SIGBUS.f"), vec![11, 7, 6, 4, 8]);
    }

    #[test]
    fn rewrites_gcstress_calls() {
        let src =
            "x = GCStress.watch(Object.new)\nGCStress.full\nGCStress.minor\np GCStress.freed?(x)\n";
        let s: Schedule = "minor%5,gen=on".parse().unwrap();
        let out = rewrite(src, &s, &STYLES[3]);
        assert_eq!(
            out,
            "GC.generational_mode = true\nGC.generational_mode = true\nx = Object.new\nGC.start\n1000.times { Object.new }\np false\n"
        );
        assert!(!rewrite(src, &Schedule::none(), &STYLES[0]).contains("GCStress"));
        // self-checks become plain Ruby that prints a mismatch
        let src = "h1 = []\nh1 << GCStress.keep(1, \"x\" * 3)\nGCStress.expect(1, h1[0])\n";
        let out = rewrite(src, &Schedule::none(), &STYLES[0]);
        assert!(
            out.ends_with("h1 << gcs_keep(1, \"x\" * 3)\ngcs_expect(1, h1[0])\n"),
            "{out}"
        );
        assert!(out.starts_with(SELF_CHECKS), "{out}");
    }
}
