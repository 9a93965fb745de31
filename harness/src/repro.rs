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

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Header {
    pub vm: Option<String>,
    pub schedule: Option<Schedule>,
    pub timeout: Option<Duration>,
    pub verify: Option<bool>,
    /// Expected outcome per VM (regression files).
    pub expect: BTreeMap<String, Kind>,
    /// Free-form `key=value` pairs gcstress does not interpret (signature, sizes...).
    pub other: BTreeMap<String, String>,
}

impl Header {
    /// Whether the free-form pair `key=value` is in the header (`cap_forced=on`, `verify=all`).
    pub fn says(&self, key: &str, value: &str) -> bool {
        self.other.get(key).map(String::as_str) == Some(value)
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
    /// After forced GCs (after every GC if the header says `verify=all`).
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
#[derive(Debug, Clone)]
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
        let header_all = self.says("verify", "all");
        let verify = match flags.verify {
            VerifyFlag::Off => None,
            VerifyFlag::All => Some(Verify::All),
            VerifyFlag::Forced | VerifyFlag::Header if header_all => Some(Verify::All),
            VerifyFlag::Forced => Some(Verify::Forced),
            VerifyFlag::Header => (self.verify == Some(true)).then_some(Verify::Forced),
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
            diff: flags.diff || self.says("diff", "on"),
            mutant: flags.mutant.clone().or(self.other.get("mutant").cloned()),
            cap_forced: self.says("cap_forced", "on"),
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

/// A reproducer file loaded for running: its text, its header, and the
/// file name the program runs under (which a VM may print or allocate, so
/// a replay uses the one the find ran under).
#[derive(Debug, Clone)]
pub struct Reproducer {
    pub path: std::path::PathBuf,
    pub text: String,
    pub header: Header,
    pub filename: String,
}

impl Reproducer {
    /// Read and parse `path` (bad input, exit 2, if it cannot be read or its header is bad).
    pub fn load(path: &std::path::Path) -> anyhow::Result<Reproducer> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| crate::exit::usage(format!("cannot read {}: {e}", path.display())))?;
        let header = parse_header(&text)
            .map_err(|e| crate::exit::usage(format!("{}: header {e}", path.display())))?;
        let filename = path
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_else(|| "repro.rb".into());
        Ok(Reproducer {
            path: path.to_path_buf(),
            text,
            header,
            filename,
        })
    }

    /// The run its header asks for on `install` (the header's `vm=` replaced by that VM).
    pub fn run_spec_on(
        &self,
        install: &gcstress_vm::Install,
        mem_limit: u64,
    ) -> anyhow::Result<RunSpec> {
        self.header
            .settings(&Flags {
                vm: Some(install.id.clone()),
                ..Flags::default()
            })
            .run_spec(install, mem_limit)
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
                "verify" => {
                    h.verify = Some(matches!(v, "on" | "true" | "1" | "yes" | "all"));
                    if v == "all" {
                        h.other.insert("verify".into(), "all".into());
                    }
                }
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
                _ => {
                    h.other.insert(k.to_string(), v.to_string());
                }
            }
        }
    }
    Ok(h)
}

/// Render header lines for a reproducer.
pub fn render_header(pairs: &[(&str, String)]) -> String {
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
    out.push_str(&render_header(&[(key, value.to_string())]));
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
            parse_header(&b).unwrap().other["root_cause"],
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
        // --verify keeps a header's verify=all; verify=on alone is after forced GCs
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
