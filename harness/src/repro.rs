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

#[cfg(test)]
mod tests {
    use super::*;

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
