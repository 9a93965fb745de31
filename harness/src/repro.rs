//! Reproducer files: plain Ruby whose leading comment lines may carry settings.
//!
//! ```ruby
//! # gcstress: vm=mruby-2.1.2 schedule=minor%50 timeout=5s
//! # gcstress: expect=mruby-2.1.2:crash,mruby-3.1.0:ok,mruby-3.3.0:ok
//! ```
//!
//! Only comment lines before the first line of code are read. Command-line
//! flags override the header.

use std::collections::BTreeMap;
use std::time::Duration;

use gcstress_vm::Schedule;

use crate::judge::Kind;
use crate::run::{Mutant, RunSpec, Verify};

/// The header format this gcstress writes (`format=1`). A header without
/// `format=` (written before the field existed) reads as format 1 too.
pub const FORMAT: u32 = 1;

/// A reproducer's header, typed: what the run needs (vm, schedule, timeout,
/// verify, diff, mutant, cap_forced), what the find was (signature), what a
/// regression file expects per VM, and the notes gcstress does not
/// interpret (sizes, seed, root_cause, ...), in the order written.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Header {
    /// `format=N` as written (`None`: an older header, read as [`FORMAT`]).
    pub format: Option<u32>,
    pub vm: Option<String>,
    pub schedule: Option<Schedule>,
    pub timeout: Option<Duration>,
    /// `verify=on` (the default sampling: forced GCs and some of the VM's own) or `verify=all` (after every GC);
    /// `None`: off or not said.
    pub verify: Option<Verify>,
    /// `diff=on`: judged with the differential oracle too.
    pub diff: bool,
    /// `mutant=FUNCTION`: found on a barrier mutant.
    pub mutant: Option<String>,
    /// `cap_forced=on`: scheduled GCs capped per run, as hunt runs programs.
    pub cap_forced: bool,
    /// `signature=` (several separated by `|`).
    pub signature: Option<String>,
    /// Expected outcome per VM (regression files).
    pub expect: BTreeMap<String, Kind>,
    /// Other `key=value` pairs gcstress does not interpret, in order.
    pub other: Vec<(String, String)>,
}

impl Header {
    /// A new header in the current format.
    pub fn new() -> Header {
        Header {
            format: Some(FORMAT),
            ..Header::default()
        }
    }

    /// A header (current format) for the run `spec` on `vm`: what `exec` needs
    /// to run it the same way again.
    pub fn for_run(vm: &str, spec: &RunSpec) -> Header {
        Header {
            vm: Some(vm.to_string()),
            schedule: Some(spec.schedule.clone()),
            timeout: Some(spec.timeout),
            verify: spec.verify,
            diff: spec.diff,
            mutant: spec.mutant.as_ref().map(|m| m.function.clone()),
            cap_forced: spec.cap_forced,
            ..Header::new()
        }
    }

    /// A generated program's header (what `lift` writes): its schedule, seed
    /// and IR version, no VM and no format (one line, the same bytes it has
    /// always had).
    pub fn generated(schedule: &Schedule, seed: u64, ir: impl std::fmt::Display) -> Header {
        let mut h = Header {
            schedule: Some(schedule.clone()),
            ..Header::default()
        };
        h.set("seed", seed.to_string()).set("ir", ir.to_string());
        h
    }

    /// The value of a pair gcstress does not interpret (`root_cause`, `seed`, ...).
    pub fn get(&self, key: &str) -> Option<&str> {
        self.other
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// Add (or replace) a pair gcstress does not interpret.
    pub fn set(&mut self, key: &str, value: impl Into<String>) -> &mut Self {
        let value = value.into();
        match self.other.iter_mut().find(|(k, _)| k == key) {
            Some(kv) => kv.1 = value,
            None => self.other.push((key.to_string(), value)),
        }
        self
    }

    /// The header's `key=value` pairs in the order they are written: the run
    /// settings (vm, schedule, timeout, verify, diff, mutant, cap_forced,
    /// format), then the notes (signature, the other pairs), then `expect`.
    fn pairs(&self) -> (Vec<Pair<'_>>, Vec<Pair<'_>>) {
        let mut run: Vec<Pair> = Vec::new();
        if let Some(vm) = &self.vm {
            run.push(("vm", vm.clone()));
        }
        if let Some(s) = &self.schedule {
            run.push(("schedule", s.to_string()));
        }
        if let Some(t) = self.timeout {
            run.push(("timeout", duration_text(t)));
        }
        match self.verify {
            Some(Verify::Forced) => run.push(("verify", "on".into())),
            Some(Verify::All) => run.push(("verify", "all".into())),
            None => {}
        }
        if self.diff {
            run.push(("diff", "on".into()));
        }
        if let Some(m) = &self.mutant {
            run.push(("mutant", m.clone()));
        }
        if self.cap_forced {
            run.push(("cap_forced", "on".into()));
        }
        if let Some(f) = self.format {
            run.push(("format", f.to_string()));
        }
        let mut notes: Vec<Pair> = Vec::new();
        if let Some(s) = &self.signature {
            notes.push(("signature", s.clone()));
        }
        for (k, v) in &self.other {
            notes.push((k.as_str(), v.clone()));
        }
        (run, notes)
    }

    /// The header as `# gcstress:` lines: the one place headers are written.
    ///
    /// A reproducer's header (one that names a VM) has its run settings on
    /// the first line and its notes on the next, so adding a signature never
    /// moves the run line; a generated program's header (no VM) is one line.
    /// Lines wrap before 110 characters; `expect=` comes last, on its own line.
    pub fn render(&self) -> String {
        let (run, notes) = self.pairs();
        let mut out = String::new();
        if self.vm.is_some() {
            out.push_str(&render_pairs(&run));
            out.push_str(&render_pairs(&notes));
        } else {
            let mut all = run;
            all.extend(notes);
            out.push_str(&render_pairs(&all));
        }
        if !self.expect.is_empty() {
            let items: Vec<String> = self
                .expect
                .iter()
                .map(|(vm, k)| format!("{vm}:{}", k.name()))
                .collect();
            out.push_str(&render_pairs(&[("expect", items.join(","))]));
        }
        out
    }
}

/// Whether a file name is a reproducer of its own: `.rb`, but not the
/// twins a crash directory keeps beside it (`min.plain.rb`, `*.min.rb`).
pub fn is_reproducer_name(name: &str) -> bool {
    name.ends_with(".rb") && !name.ends_with(".plain.rb") && !name.ends_with(".min.rb")
}

/// A directory's entries in name order, hidden ones (`.name`) left out.
pub fn sorted_entries(dir: &std::path::Path) -> anyhow::Result<Vec<std::path::PathBuf>> {
    use anyhow::Context;
    let mut entries: Vec<std::path::PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("cannot read {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            !p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with('.'))
        })
        .collect();
    entries.sort();
    Ok(entries)
}

/// `5s`, or `1500ms` when the duration is not whole seconds.
pub fn duration_text(d: Duration) -> String {
    if d.subsec_millis() == 0 {
        format!("{}s", d.as_secs())
    } else {
        format!("{}ms", d.as_millis())
    }
}

/// What the command line says about a run; where it says nothing, the header decides.
#[derive(Debug, Clone, Default)]
pub struct Flags {
    pub vm: Option<String>,
    /// Overlaid on the header's schedule ([`Schedule::overlay`]).
    pub schedule: Option<Schedule>,
    pub timeout: Option<Duration>,
    pub verify: VerifyFlag,
    /// `--diff` (only turns the differential oracle on).
    pub diff: bool,
    pub mutant: Option<String>,
}

/// The heap-verifier flags: `--no-verify`, `--verify`, `--verify-all`, or none.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum VerifyFlag {
    /// No flag: the header's `verify=` decides.
    #[default]
    Header,
    Off,
    /// The default verifier (after every GC if the header says `verify=all`).
    Forced,
    All,
}

impl VerifyFlag {
    /// From `--no-verify`, `--verify-all` and `--verify` (checked in that order).
    pub fn from_flags(no_verify: bool, verify_all: bool, verify: bool) -> Self {
        if no_verify {
            VerifyFlag::Off
        } else if verify_all {
            VerifyFlag::All
        } else if verify {
            VerifyFlag::Forced
        } else {
            VerifyFlag::Header
        }
    }
}

/// A run's settings: a reproducer's header under the command line's flags.
/// `exec`, `record` and `minimize` resolve a file the same way.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Settings {
    /// `None`: neither says (the caller picks its default VM).
    pub vm: Option<String>,
    pub schedule: Schedule,
    pub timeout: Duration,
    pub verify: Option<Verify>,
    pub diff: bool,
    /// A barrier mutant's function name (resolved against a worker by [`Settings::run_spec`]).
    pub mutant: Option<String>,
    pub cap_forced: bool,
}

impl Header {
    /// The settings this header and `flags` ask for (the flags win).
    pub fn settings(&self, flags: &Flags) -> Settings {
        let header_all = self.verify == Some(Verify::All);
        let verify = match flags.verify {
            VerifyFlag::Off => None,
            VerifyFlag::All => Some(Verify::All),
            VerifyFlag::Forced | VerifyFlag::Header if header_all => Some(Verify::All),
            VerifyFlag::Forced => Some(Verify::Forced),
            VerifyFlag::Header => self.verify,
        };
        Settings {
            vm: flags.vm.clone().or(self.vm.clone()),
            schedule: self
                .schedule
                .clone()
                .unwrap_or_default()
                .overlay(&flags.schedule.clone().unwrap_or_default()),
            timeout: flags
                .timeout
                .or(self.timeout)
                .unwrap_or(Duration::from_secs(10)),
            verify,
            diff: flags.diff || self.diff,
            mutant: flags.mutant.clone().or(self.mutant.clone()),
            cap_forced: self.cap_forced,
        }
    }
}

impl Settings {
    /// The VM to run on: the one asked for, else the default VM.
    pub fn vm_or_default(&self) -> String {
        self.vm
            .clone()
            .unwrap_or_else(|| gcstress_vm::DEFAULT_VM.to_string())
    }

    /// The run these settings describe on `install` (resolving the mutant's function there).
    pub fn run_spec(
        &self,
        install: &gcstress_vm::Install,
        mem_limit: u64,
    ) -> anyhow::Result<RunSpec> {
        Ok(RunSpec {
            schedule: self.schedule.clone(),
            timeout: self.timeout,
            mem_limit,
            verify: self.verify,
            mutant: match &self.mutant {
                Some(f) => Some(Mutant::resolve(install, f)?),
                None => None,
            },
            diff: self.diff,
            cap_forced: self.cap_forced,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {msg}")]
pub struct HeaderError {
    pub line: usize,
    pub msg: String,
}

/// Parse `5s`, `500ms`, `2m`, `1h`, or a number of seconds.
pub fn parse_duration(s: &str) -> Result<Duration, String> {
    let s = s.trim();
    let (num, unit) = match s.find(|c: char| !(c.is_ascii_digit() || c == '.')) {
        Some(i) => (&s[..i], &s[i..]),
        None => (s, "s"),
    };
    let n: f64 = num
        .parse()
        .map_err(|_| format!("`{s}` is not a duration (try 10s, 500ms, 2m)"))?;
    let secs = match unit {
        "ms" => n / 1000.0,
        "s" | "" => n,
        "m" | "min" => n * 60.0,
        "h" => n * 3600.0,
        _ => return Err(format!("`{s}`: unknown unit `{unit}` (use ms, s, m or h)")),
    };
    if !(secs > 0.0 && secs.is_finite()) {
        return Err(format!("`{s}` must be more than zero"));
    }
    Ok(Duration::from_secs_f64(secs))
}

/// Parse `2G`, `512M`, `64k`, or a number of bytes.
pub fn parse_size(s: &str) -> Result<u64, String> {
    let s = s.trim();
    let (num, unit) = match s.find(|c: char| !c.is_ascii_digit()) {
        Some(i) => (&s[..i], s[i..].to_ascii_lowercase()),
        None => (s, String::new()),
    };
    let n: u64 = num
        .parse()
        .map_err(|_| format!("`{s}` is not a size (try 2G, 512M)"))?;
    let mul: u64 = match unit.trim_end_matches('b').trim_end_matches('i') {
        "" => 1,
        "k" => 1 << 10,
        "m" => 1 << 20,
        "g" => 1 << 30,
        _ => return Err(format!("`{s}`: unknown unit (use k, M or G)")),
    };
    n.checked_mul(mul)
        .filter(|&v| v > 0)
        .ok_or_else(|| format!("`{s}` is out of range"))
}

pub fn parse_header(source: &str) -> Result<Header, HeaderError> {
    let mut h = Header::default();
    for (i, line) in source.lines().enumerate() {
        let t = line.trim();
        if t.is_empty() {
            continue;
        }
        if !t.starts_with('#') {
            break;
        }
        let Some(rest) = t.trim_start_matches('#').trim().strip_prefix("gcstress:") else {
            continue;
        };
        let err = |msg: String| HeaderError { line: i + 1, msg };
        for pair in rest.split_whitespace() {
            let (k, v) = pair
                .split_once('=')
                .ok_or_else(|| err(format!("`{pair}` is not key=value")))?;
            match k {
                "vm" => h.vm = Some(v.to_string()),
                "schedule" => h.schedule = Some(v.parse().map_err(|e| err(format!("{e}")))?),
                "timeout" => h.timeout = Some(parse_duration(v).map_err(err)?),
                "format" => {
                    let f: u32 = v
                        .parse()
                        .map_err(|_| err(format!("format `{v}` is not a number")))?;
                    if f > FORMAT {
                        return Err(err(format!(
                            "format {f} is newer than this gcstress reads ({FORMAT}); update gcstress"
                        )));
                    }
                    h.format = Some(f);
                }
                "verify" => {
                    h.verify = match v {
                        "all" => Some(Verify::All),
                        "on" | "true" | "1" | "yes" => Some(Verify::Forced),
                        _ => None,
                    }
                }
                "diff" => h.diff = on(v),
                "cap_forced" => h.cap_forced = on(v),
                "mutant" => h.mutant = Some(v.to_string()),
                "signature" => h.signature = Some(v.to_string()),
                "expect" => {
                    for e in v.split(',') {
                        let (vm, kind) = e
                            .split_once(':')
                            .ok_or_else(|| err(format!("expect item `{e}` is not VM:OUTCOME")))?;
                        let kind = Kind::parse(kind)
                            .ok_or_else(|| err(format!("unknown outcome `{kind}`")))?;
                        h.expect.insert(vm.to_string(), kind);
                    }
                }
                _ => match h.other.iter_mut().find(|(ok, _)| ok == k) {
                    Some(kv) => kv.1 = v.to_string(),
                    None => h.other.push((k.to_string(), v.to_string())),
                },
            }
        }
    }
    Ok(h)
}

/// One `key=value` of a header line.
type Pair<'a> = (&'a str, String);

/// A header's on/off value.
fn on(v: &str) -> bool {
    matches!(v, "on" | "true" | "1" | "yes")
}

/// `# gcstress:` lines for `key=value` pairs, wrapped before 110 characters
/// (what [`Header::render`] writes each group with).
fn render_pairs(pairs: &[(&str, String)]) -> String {
    let mut out = String::new();
    let mut line = String::from("# gcstress:");
    for (k, v) in pairs {
        let item = format!(" {k}={v}");
        if line.len() + item.len() > 110 && line != "# gcstress:" {
            out.push_str(&line);
            out.push('\n');
            line = String::from("# gcstress:");
        }
        line.push_str(&item);
    }
    if line != "# gcstress:" {
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// `source` with `key=value` in its header: a `|`-separated value gains
/// `value` if it lacks it; otherwise a header line `# gcstress: key=value`
/// is added after the last header line (or before the first line of code).
pub fn set_header_value(source: &str, key: &str, value: &str) -> String {
    let lines: Vec<&str> = source.split_inclusive('\n').collect();
    let mut last_header = None;
    let mut first_code = lines.len();
    for (i, l) in lines.iter().enumerate() {
        let t = l.trim();
        if t.is_empty() {
            continue;
        }
        if !t.starts_with('#') {
            first_code = i;
            break;
        }
        if t.trim_start_matches('#').trim().starts_with("gcstress:") {
            last_header = Some(i);
            let prefix = format!("{key}=");
            if let Some(old) = t.split_whitespace().find(|w| w.starts_with(&prefix)) {
                let have: Vec<&str> = old[prefix.len()..].split('|').collect();
                if have.contains(&value) {
                    return source.to_string();
                }
                let new = format!("{old}|{value}");
                let mut out: String = lines[..i].concat();
                out.push_str(&l.replacen(old, &new, 1));
                out.push_str(&lines[i + 1..].concat());
                return out;
            }
        }
    }
    let at = last_header.map_or(first_code, |i| i + 1);
    let mut out: String = lines[..at].concat();
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    out.push_str(&render_pairs(&[(key, value.to_string())]));
    out.push_str(&lines[at..].concat());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_values_are_added_and_merged() {
        let src = "# about\n# gcstress: schedule=none\nx = 1\n";
        let a = set_header_value(src, "root_cause", "shape/a,b");
        assert_eq!(
            a,
            "# about\n# gcstress: schedule=none\n# gcstress: root_cause=shape/a,b\nx = 1\n"
        );
        let b = set_header_value(&a, "root_cause", "gc-in-malloc/f");
        assert!(b.contains("root_cause=shape/a,b|gc-in-malloc/f\n"), "{b}");
        assert_eq!(set_header_value(&b, "root_cause", "shape/a,b"), b);
        let c = set_header_value("p 1\n", "root_cause", "k");
        assert_eq!(c, "# gcstress: root_cause=k\np 1\n");
        assert_eq!(
            parse_header(&b).unwrap().get("root_cause").unwrap(),
            "shape/a,b|gc-in-malloc/f"
        );
    }

    #[test]
    fn flags_win_over_the_header_item_by_item() {
        let h = parse_header(
            "# gcstress: vm=mruby-2.1.2 schedule=minor%50,gen=off timeout=5s verify=all cap_forced=on mutant=f\n",
        )
        .unwrap();
        let s = h.settings(&Flags::default());
        assert_eq!(s.vm.as_deref(), Some("mruby-2.1.2"));
        assert_eq!(s.verify, Some(Verify::All));
        assert_eq!(s.mutant.as_deref(), Some("f"));
        assert!(s.cap_forced && !s.diff);
        assert_eq!(s.timeout, Duration::from_secs(5));
        let s = h.settings(&Flags {
            vm: Some("mruby-3.3.0".into()),
            schedule: Some("full@3".parse().unwrap()),
            verify: VerifyFlag::Off,
            diff: true,
            ..Flags::default()
        });
        assert_eq!(s.vm.as_deref(), Some("mruby-3.3.0"));
        // the flag's GC items replace the header's; the header's settings stay
        assert_eq!(s.schedule.to_string(), "full@3,gen=off");
        assert_eq!(s.verify, None);
        assert!(s.diff);
        // --verify keeps a header's verify=all; verify=on alone is the default sampling
        assert_eq!(
            h.settings(&Flags {
                verify: VerifyFlag::Forced,
                ..Flags::default()
            })
            .verify,
            Some(Verify::All)
        );
        let on = parse_header("# gcstress: verify=on\n").unwrap();
        assert_eq!(on.settings(&Flags::default()).verify, Some(Verify::Forced));
        let none = parse_header("p 1\n").unwrap().settings(&Flags::default());
        assert_eq!(
            (none.vm, none.verify, none.timeout),
            (None, None, Duration::from_secs(10))
        );
    }

    #[test]
    fn reads_settings_from_leading_comments() {
        let src = "# a reproducer\n# gcstress: vm=mruby-2.1.2 schedule=minor%50 timeout=5s\n# gcstress: expect=mruby-2.1.2:crash,mruby-3.1.0:ok\nx = 1\n# gcstress: vm=ignored\n";
        let h = parse_header(src).unwrap();
        assert_eq!(h.vm.as_deref(), Some("mruby-2.1.2"));
        assert_eq!(h.schedule.unwrap().to_string(), "minor%50");
        assert_eq!(h.timeout, Some(Duration::from_secs(5)));
        assert_eq!(h.expect.get("mruby-2.1.2"), Some(&Kind::Crash));
    }

    #[test]
    fn a_rendered_header_reads_back_the_same() {
        let mut h = Header {
            vm: Some("mruby-3.3.0".into()),
            schedule: Some("minor%50,gen=off".parse().unwrap()),
            timeout: Some(Duration::from_millis(1500)),
            verify: Some(Verify::All),
            diff: true,
            mutant: Some("mrb_env_unshare".into()),
            cap_forced: true,
            signature: Some("crash:a|crash:b".into()),
            ..Header::new()
        };
        h.set("root_cause", "shape/x").set("seed", "7");
        h.expect.insert("mruby-2.1.2".into(), Kind::Crash);
        let text = h.render();
        assert_eq!(
            text,
            "# gcstress: vm=mruby-3.3.0 schedule=minor%50,gen=off timeout=1500ms verify=all diff=on mutant=mrb_env_unshare\n\
             # gcstress: cap_forced=on format=1\n\
             # gcstress: signature=crash:a|crash:b root_cause=shape/x seed=7\n\
             # gcstress: expect=mruby-2.1.2:crash\n"
        );
        assert_eq!(parse_header(&text).unwrap(), h);
        // a generated program's header (no VM) is one line
        let mut g = Header {
            schedule: Some("full@3".parse().unwrap()),
            ..Header::default()
        };
        g.set("seed", "1").set("ir", "2");
        assert_eq!(g.render(), "# gcstress: schedule=full@3 seed=1 ir=2\n");
    }

    #[test]
    fn old_headers_without_format_still_read() {
        // as gcstress wrote them before `format=`, verify=all in the free-form pairs
        let h = parse_header(
            "# gcstress: vm=mruby-3.3.0 schedule=none timeout=10s verify=all diff=on cap_forced=on mutant=f\n# gcstress: signature=s original_size=1L/2B\n",
        )
        .unwrap();
        assert_eq!(h.format, None);
        assert_eq!(h.verify, Some(Verify::All));
        assert!(h.diff && h.cap_forced);
        assert_eq!(h.mutant.as_deref(), Some("f"));
        assert_eq!(h.signature.as_deref(), Some("s"));
        assert_eq!(h.get("original_size"), Some("1L/2B"));
        assert!(parse_header("# gcstress: format=1\n").is_ok());
        let e = parse_header("# gcstress: format=2\n").unwrap_err();
        assert!(e.msg.contains("newer"), "{e}");
    }

    #[test]
    fn generated_program_headers_are_unchanged() {
        // `lift` writes its header through `Header::render`: the bytes are the
        // ones it wrote by hand before
        use crate::generate::{program_for_seed, GenConfig, VmCatalog};
        let cat = VmCatalog::builtin_minimal();
        for seed in 0..1000 {
            let p = program_for_seed(&cat, seed, &GenConfig::default());
            let old = format!(
                "# gcstress: schedule={} seed={} ir={}\n",
                p.schedule, p.seed, p.version
            );
            let text = crate::lift::lift(&p);
            assert!(text.starts_with(&old), "seed {seed}");
            assert!(!text[old.len()..].starts_with("# gcstress:"), "seed {seed}");
        }
    }

    #[test]
    fn bad_header_names_the_line() {
        let e = parse_header("# gcstress: schedule=minor\n").unwrap_err();
        assert_eq!(e.line, 1);
        assert!(e.msg.contains("bad schedule item"));
    }

    #[test]
    fn durations_and_sizes() {
        assert_eq!(parse_duration("500ms").unwrap(), Duration::from_millis(500));
        assert_eq!(parse_duration("2m").unwrap(), Duration::from_secs(120));
        assert_eq!(parse_duration("3").unwrap(), Duration::from_secs(3));
        assert!(parse_duration("soon").is_err());
        assert_eq!(parse_size("2G").unwrap(), 2 << 30);
        assert_eq!(parse_size("512M").unwrap(), 512 << 20);
        assert!(parse_size("lots").is_err());
    }
}
