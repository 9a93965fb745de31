//! `hunt`: find GC timing bugs from scratch.
//!
//! The loop (Fuzzilli's, with GC-state coverage as the signal):
//!
//! ```text
//! loop {
//!     program = corpus too small || coin ? generate(seed) : mutate(pick(corpus), donor)
//!     outcome = execute(lift(program), program.schedule)         // fork-server worker
//!     if outcome is a bug signal: confirm, save to DIR/crashes/<signature>/ (atomically, first)
//!     if outcome reached new GC behaviour (hook × calling VM function, old→young
//!         barriers, GC kinds, GC inside malloc): add program to the corpus
//! }
//! ```
//!
//! Jobs run in threads, each with its own executor and generator; the corpus,
//! the feature set and the finds are shared.
//!
//! A new signature is saved first, then given a root cause ([`triage`]):
//! at once from the outcome where it carries the evidence (verifier, dead
//! value, panic, stack overflow), else after minimizing it (the recording's
//! first bad event, the failed malloc that collected, or the minimized
//! program's shape). A root cause on the known-bug list, or one an earlier
//! find of this hunt already has, is one line (`known: FILE`, `same root
//! cause as SIG`); only a new root cause is confirmed, recorded and
//! announced as NEW. Programs that end in an understood root cause are not
//! fed back: the corpus entry they were mutated from loses its tournaments
//! after a few such hits.

pub mod features;
pub mod queue;
pub mod store;

use std::collections::{HashMap, HashSet, VecDeque};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use gcstress_vm::Install;
use rand::Rng;
use serde::Serialize;

use crate::exec::Executor;
use crate::generate::{derive_seed, GenConfig, Generator, VmCatalog};
use crate::ir::Program;
use crate::judge::{Kind, Outcome};
use crate::lift;
use crate::run::{run_once, run_spec, RunSpec, Verify};
use crate::triage::{self, known::KnownList, RootCause};

#[derive(Debug, Clone)]
pub struct HuntConfig {
    pub time: Option<Duration>,
    pub iterations: Option<u64>,
    pub seed: u64,
    pub jobs: usize,
    pub out: PathBuf,
    pub verify: bool,
    pub timeout: Duration,
    pub mem_limit: u64,
    pub gen: GenConfig,
    /// Re-runs used to classify a find as reproducible or flaky.
    pub confirm_runs: u32,
    /// Stop at the first find.
    pub stop_on_find: bool,
    /// Minimize each new find (time cap per find), if a minimizer is available.
    pub minimize: Option<Duration>,
    /// Also run each program without forced GCs and compare (the differential oracle).
    pub diff: bool,
    /// Drop barrier calls from this address range (a barrier mutant).
    pub mutant: Option<crate::run::Mutant>,
    /// Force generational mode on or off for every program.
    pub gen_mode: Option<bool>,
    /// Bugs already understood: reported in one line, not as NEW.
    pub known: Arc<KnownList>,
    /// Keep feeding programs that end in an understood root cause (off: they
    /// are down-weighted, the default).
    pub feed_known: bool,
    /// Where kept programs are written (default: `out/queue`); what is there
    /// already is run first (a resumed hunt, or last night's corpus).
    pub queue: Option<PathBuf>,
    /// Run what the queue already holds first (off: start from scratch).
    pub resume: bool,
    /// Share corpus and finds with the other hunts under this directory.
    pub sync: Option<queue::Sync>,
}

impl HuntConfig {
    pub fn queue_dir(&self) -> PathBuf {
        self.queue.clone().unwrap_or_else(|| self.out.join("queue"))
    }
}

/// One unique bug.
#[derive(Debug, Clone, Serialize)]
pub struct Find {
    pub signature: String,
    pub outcome: Kind,
    pub summary: String,
    pub dir: PathBuf,
    /// Seconds since the hunt started.
    pub time_to_find_s: f64,
    pub programs_before: u64,
    pub hits: u64,
    /// "5/5", "3/5": how often a re-run reproduced it.
    pub reproducible: String,
    pub schedule: String,
    /// What it comes down to (None while it is being worked out).
    pub root_cause: Option<RootCause>,
    /// The known-bug entry it matched (`corpus/regressions/x.rb`), if any.
    pub known: Option<String>,
    /// The first find of this hunt with the same root cause (itself for the first).
    pub group: Option<String>,
}

impl Find {
    /// A find that says nothing new: a known bug, or a root cause an earlier find has.
    pub fn is_new(&self) -> bool {
        self.known.is_none() && self.group.as_deref().is_none_or(|g| g == self.signature)
    }
}

/// Live counters, shared by all jobs.
#[derive(Debug, Default)]
pub struct Stats {
    pub programs: AtomicU64,
    pub exceptions: AtomicU64,
    pub errors: AtomicU64,
    pub minor: AtomicU64,
    pub full: AtomicU64,
    pub step: AtomicU64,
    pub gc_in_malloc: AtomicU64,
    pub timeouts_dropped: AtomicU64,
    pub phase_root: AtomicU64,
    pub phase_mid: AtomicU64,
    pub corpus: AtomicU64,
    pub features: AtomicU64,
    /// Programs whose outcome was a root cause already understood (known, or
    /// found earlier in this hunt).
    pub known_hits: AtomicU64,
    /// Programs read from the queue at start or from other `--sync` instances.
    pub imported: AtomicU64,
    /// Programs with new behaviour left out of the corpus because they ran
    /// longer than [`CORPUS_MAX_RUN_MS`].
    pub too_slow: AtomicU64,
}

/// What the hunt tells its caller as it goes (the CLI prints it).
#[derive(Debug, Clone)]
pub enum Event {
    /// A new signature is on disk (its root cause is not known yet).
    Saved(Find),
    /// A new root cause.
    Find(Find),
    Confirmed(Find),
    /// A new signature whose root cause is known or already found: one line.
    Repeat(Find),
    Note(String),
}

#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub vm: String,
    pub seed: u64,
    pub programs: u64,
    pub seconds: f64,
    pub programs_per_s: f64,
    /// CPU seconds the hunt spent: the harness, its workers and the copies
    /// they forked (minimizing finds included).
    pub cpu_seconds: f64,
    /// Programs per CPU second: programs/s per fully used core, whatever
    /// else the machine runs.
    pub programs_per_cpu_s: f64,
    pub exception_share: f64,
    pub gc_per_program: [f64; 3],
    pub mid_cycle_share: f64,
    pub corpus: u64,
    pub features: u64,
    pub finds: Vec<Find>,
    /// Distinct root causes among the finds.
    pub root_causes: usize,
    /// Of which not known before this hunt.
    pub new_root_causes: usize,
    /// Share of programs that ended in an understood root cause.
    pub known_share: f64,
    /// Programs read from the queue at start or from other `--sync` instances.
    pub imported: u64,
    /// Programs with new behaviour left out of the corpus as too slow.
    pub too_slow: u64,
    pub stopped_by: String,
}

/// A whole-heap pass (a full GC, a heap check) counted in allocations: it
/// marks at least the objects of a fresh VM (about 900 on mruby 3.3.0).
const HEAP_PASS_COST: u64 = 1_000;

/// A program's run cost for the corpus tournaments: the objects it allocated
/// plus its whole-heap passes. Allocations alone let programs that call
/// `GC.start` in a loop (cheap in objects, dear in marking) take over the
/// corpus: a 10-minute hunt drifted to 28 full GCs per program and lost a
/// third of its throughput.
fn run_cost(gc: &crate::judge::GcCounts) -> u64 {
    gc.allocations + HEAP_PASS_COST * (gc.full + gc.verify_runs)
}

/// A program slower than this (wall time of its run, in ms; a typical hunt
/// program takes about one) does not join the corpus, whatever it reached:
/// the corpus's programs are run again and again as parents and donors, and
/// a 10-minute hunt's corpus drifted to programs of 10-250 ms (big arrays
/// doubled in place, loops of hundreds of thousands of allocations) that took
/// 80% of its replay time and halved its throughput by the end. Run time is
/// not deterministic (unlike [`run_cost`]), but a program this far above the
/// median is slow on any run. Four times as long on ASan builds.
pub const CORPUS_MAX_RUN_MS: f64 = 10.0;

/// A corpus program: kept because it reached new GC behaviour.
struct Entry {
    program: Program,
    /// What it cost to run ([`run_cost`]: a deterministic stand-in for its
    /// run time, so a one-job hunt repeats program for program). Cheaper
    /// programs win tournaments.
    cost: u64,
    id: u64,
    /// Programs mutated from it that ended in an understood root cause.
    known_hits: u32,
}

/// A hunt's per-program timeout (`hunt --timeout`'s default): generated
/// programs run in about a millisecond, and a never-ending one costs the
/// timeout twice (its run and the plain re-run).
pub const DEFAULT_TIMEOUT: Duration = Duration::from_millis(250);

/// A hunt's timeout is short (generated programs run in about a
/// millisecond); a program that times out under its schedule is a hang only
/// if it also times out with this many times the time.
const SLOW_RUN_FACTOR: u32 = 8;

/// After this many understood hits an entry loses every tournament against a clean one.
const KNOWN_HITS_PENALTY: u32 = 3;

/// How often a `--sync` hunt reads the other instances' queues.
const SYNC_EVERY: Duration = Duration::from_secs(5);

struct Shared {
    corpus: Mutex<Vec<Entry>>,
    next_entry: AtomicU64,
    features: Mutex<HashSet<u64>>,
    finds: Mutex<HashMap<String, Find>>,
    /// Root-cause key -> the first signature with it (and its known entry).
    groups: Mutex<HashMap<String, (String, Option<String>)>>,
    stats: Stats,
    start: Instant,
    stop: Arc<AtomicBool>,
    queue: Mutex<queue::Queue>,
    /// Programs to run before generating: the queue's, then other instances'.
    pending: Mutex<VecDeque<Program>>,
    queue_warned: AtomicBool,
}

impl Shared {
    fn take_in(&self, l: queue::Loaded, on_event: &(dyn Fn(Event) + Sync)) {
        for c in &l.corrupt {
            on_event(Event::Note(format!(
                "skipped {}: not a gcstress program (left in place)",
                c.display()
            )));
        }
        self.stats
            .imported
            .fetch_add(l.programs.len() as u64, Ordering::Relaxed);
        if let Ok(mut p) = self.pending.lock() {
            p.extend(l.programs);
        }
    }
}

pub fn hunt(
    cfg: &HuntConfig,
    install: &Install,
    catalog: &VmCatalog,
    stop: Arc<AtomicBool>,
    on_event: &(dyn Fn(Event) + Sync),
    on_tick: &(dyn Fn(&Stats, Duration, usize) + Sync),
) -> Result<Summary> {
    std::fs::create_dir_all(cfg.out.join("crashes")).with_context(|| {
        format!(
            "cannot create {} (is it writable?)",
            cfg.out.join("crashes").display()
        )
    })?;
    let cpu_start = crate::exec::cpu::own();
    let mut q = queue::Queue::open(&cfg.queue_dir(), cfg.sync.clone())?;
    let own = if cfg.resume {
        q.load_own()
    } else {
        queue::Loaded::default()
    };
    let others = q.import();
    let shared = Shared {
        corpus: Mutex::new(Vec::new()),
        next_entry: AtomicU64::new(1),
        features: Mutex::new(HashSet::new()),
        finds: Mutex::new(HashMap::new()),
        groups: Mutex::new(HashMap::new()),
        stats: Stats::default(),
        start: Instant::now(),
        stop: stop.clone(),
        queue: Mutex::new(q),
        pending: Mutex::new(VecDeque::new()),
        queue_warned: AtomicBool::new(false),
    };
    if !own.programs.is_empty() {
        on_event(Event::Note(format!(
            "resuming: {} corpus programs in {} run first",
            own.programs.len(),
            cfg.queue_dir().display()
        )));
    }
    shared.take_in(own, on_event);
    shared.take_in(others, on_event);
    let mut last_sync = Instant::now();
    let mut stopped_by = "iterations".to_string();
    std::thread::scope(|s| -> Result<()> {
        let mut handles = Vec::new();
        for job in 0..cfg.jobs.max(1) {
            let shared = &shared;
            handles.push(
                s.spawn(move || job_loop(job as u64, cfg, install, catalog, shared, on_event)),
            );
        }
        // the ticker: progress + time limit
        loop {
            std::thread::sleep(Duration::from_millis(250));
            let el = shared.start.elapsed();
            on_tick(
                &shared.stats,
                el,
                shared.finds.lock().map(|f| f.len()).unwrap_or(0),
            );
            if let Some(t) = cfg.time {
                if el >= t {
                    stopped_by = "time".into();
                    shared.stop.store(true, Ordering::SeqCst);
                }
            }
            if handles.iter().all(|h| h.is_finished()) {
                break;
            }
            if cfg.sync.is_some() && last_sync.elapsed() >= SYNC_EVERY {
                last_sync = Instant::now();
                let l = match shared.queue.lock() {
                    Ok(mut q) => q.import(),
                    Err(_) => queue::Loaded::default(),
                };
                shared.take_in(l, on_event);
            }
        }
        for h in handles {
            match h.join() {
                Ok(r) => r?,
                Err(_) => anyhow::bail!("a hunt job panicked"),
            }
        }
        Ok(())
    })?;
    if stop.load(Ordering::SeqCst) && stopped_by == "iterations" {
        stopped_by = "signal or first find".into();
    }
    let secs = shared.start.elapsed().as_secs_f64();
    let st = &shared.stats;
    let programs = st.programs.load(Ordering::Relaxed);
    // every job's worker has been stopped and reaped by now: its CPU, and
    // that of the copies it forked, is in the harness's own reaped-children time
    let cpu = crate::exec::cpu::own()
        .zip(cpu_start)
        .map(|(end, start)| end.saturating_sub(start))
        .unwrap_or_default();
    let pf = |x: &AtomicU64| x.load(Ordering::Relaxed) as f64 / programs.max(1) as f64;
    let mut finds: Vec<Find> = shared
        .finds
        .lock()
        .map(|f| f.values().cloned().collect())
        .unwrap_or_default();
    finds.sort_by(|a, b| a.time_to_find_s.total_cmp(&b.time_to_find_s));
    let root = st.phase_root.load(Ordering::Relaxed);
    let mid = st.phase_mid.load(Ordering::Relaxed);
    // a find whose root cause was not worked out counts as its own
    let key = |f: &Find| {
        f.root_cause
            .as_ref()
            .map(|r| r.key.clone())
            .unwrap_or_else(|| format!("signature/{}", f.signature))
    };
    let keys: HashSet<String> = finds.iter().map(key).collect();
    let new_keys: HashSet<String> = finds
        .iter()
        .filter(|f| f.known.is_none())
        .map(key)
        .collect();
    let (root_causes, new_root_causes) = (keys.len(), new_keys.len());
    Ok(Summary {
        vm: install.id.clone(),
        seed: cfg.seed,
        programs,
        seconds: secs,
        programs_per_s: programs as f64 / secs.max(1e-9),
        cpu_seconds: cpu.as_secs_f64(),
        programs_per_cpu_s: crate::exec::cpu::per_cpu_second(programs, cpu),
        exception_share: pf(&st.exceptions),
        gc_per_program: [pf(&st.minor), pf(&st.full), pf(&st.step)],
        mid_cycle_share: mid as f64 / (root + mid).max(1) as f64,
        corpus: st.corpus.load(Ordering::Relaxed),
        features: st.features.load(Ordering::Relaxed),
        known_share: pf(&st.known_hits),
        imported: st.imported.load(Ordering::Relaxed),
        too_slow: st.too_slow.load(Ordering::Relaxed),
        finds,
        root_causes,
        new_root_causes,
        stopped_by,
    })
}

fn job_loop(
    job: u64,
    cfg: &HuntConfig,
    install: &Install,
    catalog: &VmCatalog,
    sh: &Shared,
    on_event: &(dyn Fn(Event) + Sync),
) -> Result<()> {
    let mut ex = Executor::new(install)?;
    let mut gen = Generator::new(
        derive_seed(cfg.seed, job, u64::MAX),
        catalog,
        cfg.gen.clone(),
    );
    let mut feats = features::Extractor::new(&install.worker);
    // ASan builds run programs several times slower
    let asan = ex.hello.flags & gcstress_vm::protocol::W_ASAN != 0;
    let corpus_max_ms = CORPUS_MAX_RUN_MS * if asan { 4.0 } else { 1.0 };
    let mut k: u64 = 0;
    let per_job = cfg
        .iterations
        .map(|n| n / cfg.jobs.max(1) as u64 + u64::from(job < n % cfg.jobs.max(1) as u64));
    while !sh.stop.load(Ordering::Relaxed) {
        if let Some(n) = per_job {
            if k >= n {
                break;
            }
        }
        let seed = derive_seed(cfg.seed, job, k);
        k += 1;
        let corpus_len = sh.corpus.lock().map(|c| c.len()).unwrap_or(0);
        let mut parent: Option<u64> = None;
        let queued = sh.pending.lock().ok().and_then(|mut p| p.pop_front());
        let program = if let Some(p) = queued {
            p
        } else if corpus_len < 16 || gen.rng.random_bool(0.35) {
            let mut g = Generator::new(seed, catalog, cfg.gen.clone());
            g.program(seed)
        } else {
            let (base, donor) = {
                let c = sh
                    .corpus
                    .lock()
                    .map_err(|_| anyhow::anyhow!("corpus lock poisoned"))?;
                // a tournament of two favours fast programs (AFL's habit):
                // without it the corpus drifts towards ever heavier programs;
                // an entry whose mutants keep ending in understood bugs loses
                let a = gen.rng.random_range(0..c.len());
                let b = gen.rng.random_range(0..c.len());
                let rank = |e: &Entry| {
                    let spent = !cfg.feed_known && e.known_hits >= KNOWN_HITS_PENALTY;
                    (spent, e.cost)
                };
                let i =
                    if rank(&c[a]).partial_cmp(&rank(&c[b])) != Some(std::cmp::Ordering::Greater) {
                        a
                    } else {
                        b
                    };
                let j = gen.rng.random_range(0..c.len());
                parent = Some(c[i].id);
                (c[i].program.clone(), c[j].program.clone())
            };
            let (mut p, _) = gen.mutate(&base, Some(&donor));
            p.seed = seed;
            p
        };
        let mut program = program;
        if let Some(g) = cfg.gen_mode {
            program.schedule.gen = Some(g);
        }
        let text = lift::lift(&program);
        let spec = RunSpec {
            schedule: program.schedule.clone(),
            timeout: cfg.timeout,
            mem_limit: cfg.mem_limit,
            verify: cfg.verify.then_some(Verify::Forced),
            mutant: cfg.mutant.clone(),
            diff: cfg.diff,
            cap_forced: true,
        };
        let o = run_spec(&mut ex, text.as_bytes(), "repro.rb", &spec)?;
        let st = &sh.stats;
        st.programs.fetch_add(1, Ordering::Relaxed);
        st.minor.fetch_add(o.gc.minor, Ordering::Relaxed);
        st.full.fetch_add(o.gc.full, Ordering::Relaxed);
        st.step.fetch_add(o.gc.step, Ordering::Relaxed);
        st.gc_in_malloc
            .fetch_add(o.gc.gc_in_malloc, Ordering::Relaxed);
        st.phase_root
            .fetch_add(o.gc.phase_allocs.root, Ordering::Relaxed);
        st.phase_mid.fetch_add(
            o.gc.phase_allocs.mark + o.gc.phase_allocs.sweep,
            Ordering::Relaxed,
        );
        match o.kind() {
            Kind::Exception => {
                st.exceptions.fetch_add(1, Ordering::Relaxed);
            }
            Kind::Error => {
                st.errors.fetch_add(1, Ordering::Relaxed);
            }
            _ => {}
        }
        if o.kind().is_bug() {
            let understood = handle_find(
                cfg, install, sh, &mut ex, &program, &text, &spec, &o, on_event,
            )?;
            if understood {
                st.known_hits.fetch_add(1, Ordering::Relaxed);
                if let (Some(id), false) = (parent, cfg.feed_known) {
                    if let Ok(mut c) = sh.corpus.lock() {
                        if let Some(e) = c.iter_mut().find(|e| e.id == id) {
                            e.known_hits += 1;
                        }
                    }
                }
            }
        }
        // feedback: new GC behaviour → corpus
        let fs = feats.features(&o);
        let new = {
            let mut all = sh
                .features
                .lock()
                .map_err(|_| anyhow::anyhow!("feature lock poisoned"))?;
            let before = all.len();
            all.extend(fs);
            let n = all.len() - before;
            st.features.store(all.len() as u64, Ordering::Relaxed);
            n
        };
        let slow = o.duration_ms > corpus_max_ms;
        if new > 0 && slow && !o.kind().is_bug() {
            st.too_slow.fetch_add(1, Ordering::Relaxed);
        }
        if new > 0 && !slow && !o.kind().is_bug() && o.kind() != Kind::Error {
            let mut c = sh
                .corpus
                .lock()
                .map_err(|_| anyhow::anyhow!("corpus lock poisoned"))?;
            if let Ok(mut q) = sh.queue.lock() {
                if let Err(e) = q.save(&program) {
                    if !sh.queue_warned.swap(true, Ordering::Relaxed) {
                        on_event(Event::Note(format!(
                            "corpus not saved (the hunt goes on in memory): {e:#}"
                        )));
                    }
                }
            }
            c.push(Entry {
                program,
                cost: run_cost(&o.gc),
                id: sh.next_entry.fetch_add(1, Ordering::Relaxed),
                known_hits: 0,
            });
            if c.len() > 4000 {
                // evict the slower of two
                let a = gen.rng.random_range(0..c.len());
                let b = gen.rng.random_range(0..c.len());
                let i = if c[a].cost >= c[b].cost { a } else { b };
                c.swap_remove(i);
            }
            st.corpus.store(c.len() as u64, Ordering::Relaxed);
        }
    }
    Ok(())
}

/// A bug signal: save it (first), then work out what it is. Returns true if
/// it is a root cause already understood (known, or found earlier in this
/// hunt), i.e. nothing to feed back.
#[allow(clippy::too_many_arguments)]
fn handle_find(
    cfg: &HuntConfig,
    install: &Install,
    sh: &Shared,
    ex: &mut Executor,
    program: &Program,
    text: &str,
    spec: &RunSpec,
    o: &Outcome,
    on_event: &(dyn Fn(Event) + Sync),
) -> Result<bool> {
    // A timeout or OOM counts only if the GC schedule caused it (under a
    // mutant: if the mutant caused it, checked below).
    if matches!(o.kind(), Kind::Timeout | Kind::Oom) && cfg.mutant.is_none() {
        let plain = RunSpec {
            schedule: spec.schedule.without_items(),
            verify: None,
            ..spec.clone()
        };
        let again = run_once(ex, text.as_bytes(), "repro.rb", &plain)?;
        if matches!(again.kind(), Kind::Timeout | Kind::Oom) {
            sh.stats.timeouts_dropped.fetch_add(1, Ordering::Relaxed);
            return Ok(false);
        }
        // a hang, not a slow run: the schedule's run still does not end
        // with SLOW_RUN_FACTOR times the time
        if o.kind() == Kind::Timeout {
            let patient = RunSpec {
                timeout: spec.timeout * SLOW_RUN_FACTOR,
                ..spec.clone()
            };
            let again = run_spec(ex, text.as_bytes(), "repro.rb", &patient)?;
            if again.kind() != Kind::Timeout {
                sh.stats.timeouts_dropped.fetch_add(1, Ordering::Relaxed);
                return Ok(false);
            }
        }
    }
    // Under a barrier mutant, a bug counts only if the unmutated VM does not have it too.
    if cfg.mutant.is_some() {
        let unmutated = RunSpec {
            mutant: None,
            ..spec.clone()
        };
        let again = run_spec(ex, text.as_bytes(), "repro.rb", &unmutated)?;
        if again.kind().is_bug() {
            sh.stats.timeouts_dropped.fetch_add(1, Ordering::Relaxed);
            return Ok(false);
        }
    }
    let programs = sh.stats.programs.load(Ordering::Relaxed);
    let find = {
        let mut finds = sh
            .finds
            .lock()
            .map_err(|_| anyhow::anyhow!("finds lock poisoned"))?;
        if let Some(f) = finds.get_mut(&o.signature) {
            f.hits += 1;
            // a signature this hunt has seen: nothing new either way
            return Ok(true);
        }
        // on disk before anything else
        let dir = store::save_find(&cfg.out, &install.id, program, text, spec, o)?;
        let f = Find {
            signature: o.signature.clone(),
            outcome: o.kind(),
            summary: o.summary.clone(),
            dir,
            time_to_find_s: sh.start.elapsed().as_secs_f64(),
            programs_before: programs,
            hits: 1,
            reproducible: "?".into(),
            schedule: spec.schedule.to_string(),
            root_cause: None,
            known: None,
            group: None,
        };
        finds.insert(o.signature.clone(), f.clone());
        f
    };
    on_event(Event::Saved(find.clone()));
    if cfg.stop_on_find {
        sh.stop.store(true, Ordering::SeqCst);
    }
    // another hunt of the campaign has this signature: one line, no more work
    if let Some(elsewhere) = cfg
        .sync
        .as_ref()
        .and_then(|s| s.found_elsewhere(&find.signature, None))
    {
        let mut find = find;
        find.root_cause = triage::from_outcome(o);
        find.known = Some(elsewhere.clone());
        find.group = Some(find.signature.clone());
        let _ = store::update_outcome(&find.dir, "known", serde_json::Value::String(elsewhere));
        if let Some(rc) = &find.root_cause {
            let _ = store::update_outcome(&find.dir, "root_cause", serde_json::to_value(rc)?);
        }
        if let Ok(mut finds) = sh.finds.lock() {
            if let Some(f) = finds.get_mut(&o.signature) {
                f.root_cause = find.root_cause.clone();
                f.known = find.known.clone();
                f.group = find.group.clone();
            }
        }
        on_event(Event::Repeat(find));
        return Ok(true);
    }

    // What is it? From the outcome at once where it can; else minimize first
    // (a recording or a shape of the minimized program is the better key).
    let mut minimized: Option<String> = None;
    let mut needs_schedule: Option<bool> = None;
    let rc = match triage::from_outcome(o) {
        Some(rc) => rc,
        None => {
            let needs = triage::needs_schedule(ex, text, "repro.rb", spec)?;
            needs_schedule = Some(needs);
            if let Some(cap) = cfg.minimize {
                match minimize_find(install, &find, spec, cap) {
                    Ok(m) => minimized = Some(m),
                    Err(e) => on_event(Event::Note(format!(
                        "could not minimize {}: {e:#}",
                        find.signature
                    ))),
                }
            }
            root_cause_of(ex, &find, text, spec, o, needs)?
        }
    };
    // a shape reached by a longer road takes the key of the group (or known
    // bug) it is a road to, so it is reported and counted with it
    let mut rc = rc;
    let same_group = sh
        .groups
        .lock()
        .ok()
        .and_then(|g| triage::closest_root_cause(g.keys(), &rc.key));
    if let Some(k) = same_group.or_else(|| cfg.known.same_key(&rc.key)) {
        rc.key = k;
    }
    let known = cfg
        .known
        .find(&triage::known::Query {
            vm: &install.id,
            schedule: &find.schedule,
            signature: &find.signature,
            root_cause: Some(&rc),
            file: None,
            generational: o.gc.generational,
        })
        .map(|b| b.source.clone())
        .or_else(|| {
            cfg.sync
                .as_ref()
                .and_then(|s| s.found_elsewhere(&find.signature, Some(&rc.key)))
        });
    let group = {
        let mut g = sh
            .groups
            .lock()
            .map_err(|_| anyhow::anyhow!("groups lock poisoned"))?;
        g.entry(rc.key.clone())
            .or_insert_with(|| (find.signature.clone(), known.clone()))
            .0
            .clone()
    };
    let _ = store::update_outcome(&find.dir, "root_cause", serde_json::to_value(&rc)?);
    let _ = store::update_outcome(
        &find.dir,
        "known",
        known
            .clone()
            .map_or(serde_json::Value::Null, serde_json::Value::String),
    );
    let _ = store::update_outcome(&find.dir, "group", serde_json::Value::String(group.clone()));
    if let Some(n) = needs_schedule {
        let _ = store::update_outcome(&find.dir, "needs_schedule", serde_json::Value::Bool(n));
    }
    let mut find = find;
    find.root_cause = Some(rc);
    find.known = known;
    find.group = Some(group);
    if let Ok(mut finds) = sh.finds.lock() {
        if let Some(f) = finds.get_mut(&o.signature) {
            f.root_cause = find.root_cause.clone();
            f.known = find.known.clone();
            f.group = find.group.clone();
        }
    }
    if !find.is_new() {
        on_event(Event::Repeat(find));
        return Ok(true);
    }
    on_event(Event::Find(find.clone()));

    // A new root cause: how reproducible, a recording, does it need the schedule?
    let mut same = 0;
    for _ in 0..cfg.confirm_runs {
        let r = run_spec(ex, text.as_bytes(), "repro.rb", spec)?;
        if r.signature == o.signature {
            same += 1;
        }
    }
    let rep = format!("{same}/{}", cfg.confirm_runs);
    store::update_reproducible(&find.dir, &rep)?;
    // a recording beside the reproducer, best effort (gcstress trace DIR/run.gcrec --crash)
    let _ = crate::record::save_beside(ex, text.as_bytes(), "repro.rb", spec, &find.dir);
    let mut confirmed = find.clone();
    confirmed.reproducible = rep.clone();
    if let Ok(mut finds) = sh.finds.lock() {
        if let Some(f) = finds.get_mut(&o.signature) {
            f.reproducible = rep;
        }
    }
    if needs_schedule.is_none() && !spec.schedule.items.is_empty() {
        let n = triage::needs_schedule(ex, text, "repro.rb", spec)?;
        let _ = store::update_outcome(&find.dir, "needs_schedule", serde_json::Value::Bool(n));
    }
    on_event(Event::Confirmed(confirmed));
    if minimized.is_none() {
        if let Some(cap) = cfg.minimize {
            match minimize_find(install, &find, spec, cap) {
                Ok(m) => minimized = Some(m),
                Err(e) => on_event(Event::Note(format!(
                    "could not minimize {}: {e:#}",
                    find.signature
                ))),
            }
        }
    }
    if let Some(msg) = minimized {
        on_event(Event::Note(msg));
    }
    Ok(false)
}

/// The root cause of a find whose outcome does not carry it: derived from
/// its minimized reproducer (`min.rb`) when that still fails, else from the
/// program as found.
fn root_cause_of(
    ex: &mut Executor,
    find: &Find,
    text: &str,
    spec: &RunSpec,
    o: &Outcome,
    needs_schedule: bool,
) -> Result<RootCause> {
    let min = std::fs::read_to_string(find.dir.join("min.rb")).ok();
    triage::derive_preferring(ex, min.as_deref(), text, spec, o, needs_schedule)
}

/// Shrink a find to `min.rb` (and `min.plain.rb` when the stock interpreter
/// fails too) beside its `repro.rb`, within a time cap.
fn minimize_find(install: &Install, find: &Find, spec: &RunSpec, cap: Duration) -> Result<String> {
    let text = std::fs::read_to_string(find.dir.join("repro.rb"))
        .with_context(|| format!("cannot read {}", find.dir.join("repro.rb").display()))?;
    let opts = crate::reduce::Options {
        install,
        program: text,
        filename: "repro.rb".into(),
        // min.rb's header carries this timeout, as repro.rb's does
        run: RunSpec {
            timeout: spec.timeout.max(store::REPRO_MIN_TIMEOUT),
            ..spec.clone()
        },
        signature: Some(find.signature.clone()),
        jobs: 1,
        time_limit: Some(cap),
        plain: true,
        progress: None,
    };
    let m = crate::reduce::minimize(opts)?;
    let min = find.dir.join("min.rb");
    std::fs::write(&min, m.render()).with_context(|| format!("cannot write {}", min.display()))?;
    let mut msg = format!(
        "minimized {} to {} lines: {}",
        find.signature,
        m.render()
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .count(),
        min.display()
    );
    if let Some(p) = &m.plain {
        let pp = find.dir.join("min.plain.rb");
        std::fs::write(&pp, p.render(&m))
            .with_context(|| format!("cannot write {}", pp.display()))?;
        msg.push_str(&format!(
            " (plain Ruby, fails on stock {}: {})",
            install.id,
            pp.display()
        ));
    }
    Ok(msg)
}
