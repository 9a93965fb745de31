//! Reading what the mspec layer printed: `@@gcspec {json}` lines on stdout
//! (see `specs/mspec/runner.rb`). A crash leaves the example lines up to the
//! one that was running; a finished run ends with the counts line.

use serde::{Deserialize, Serialize};

pub const MARKER: &str = "@@gcspec ";

/// A source location as the layer reports it: `"F:L"`, F indexing the
/// layer's file table (load order), L a line somewhere in the block (mruby
/// versions differ: the block's first or last line).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Loc {
    pub file: usize,
    pub line: usize,
}

impl Loc {
    pub fn parse(s: &str) -> Option<Loc> {
        let (f, l) = s.split_once(':')?;
        Some(Loc {
            file: f.parse().ok()?,
            line: l.parse().ok()?,
        })
    }
}

/// A hook as the layer names it: a block in a file, or one of the layer's
/// own (`it_behaves_like` setting `@method`/`@object`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum Hook {
    At(Loc),
    Shared(String),
    Unknown,
}

fn hook(s: &Option<String>) -> Hook {
    match s {
        Some(s) => match Loc::parse(s) {
            Some(l) => Hook::At(l),
            None => match s.strip_prefix("shared ") {
                Some(d) => Hook::Shared(d.to_string()),
                None => Hook::Unknown,
            },
        },
        None => Hook::Unknown,
    }
}

#[derive(Debug, Clone, Deserialize)]
struct RawPlan {
    ex: u32,
    #[serde(default)]
    desc: String,
    it: Option<String>,
    #[serde(default)]
    code: Option<String>,
    #[serde(default)]
    ctx: Vec<Option<String>>,
    #[serde(default)]
    enter: bool,
    #[serde(default)]
    all: Vec<Option<String>>,
    #[serde(default)]
    each: Vec<Option<String>>,
    #[serde(default)]
    after: Vec<Option<String>>,
    #[serde(default)]
    shared: Vec<Option<String>>,
}

/// One example as it started: what ran before it and where its code is.
#[derive(Debug, Clone, Serialize)]
pub struct Plan {
    pub ex: u32,
    pub desc: String,
    pub it: Option<Loc>,
    /// For an `evaluate` example: the code it evaluates before its block
    /// (then `it` is the block given to `evaluate`).
    pub code: Option<String>,
    /// The `describe` blocks around it, outermost first.
    pub ctx: Vec<Option<Loc>>,
    /// The first example of its context: the before(:all) hooks ran just now.
    pub enter: bool,
    pub all: Vec<Hook>,
    pub each: Vec<Hook>,
    pub after: Vec<Hook>,
    /// Shared describes it came from (`it_behaves_like`), outermost first.
    pub shared: Vec<Option<Loc>>,
}

impl From<RawPlan> for Plan {
    fn from(r: RawPlan) -> Plan {
        let locs = |v: &[Option<String>]| {
            v.iter()
                .map(|s| s.as_deref().and_then(Loc::parse))
                .collect()
        };
        Plan {
            ex: r.ex,
            desc: r.desc,
            it: r.it.as_deref().and_then(Loc::parse),
            code: r.code,
            ctx: locs(&r.ctx),
            enter: r.enter,
            all: r.all.iter().map(hook).collect(),
            each: r.each.iter().map(hook).collect(),
            after: r.after.iter().map(hook).collect(),
            shared: locs(&r.shared),
        }
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct Message {
    pub ex: u32,
    pub status: String,
    pub desc: String,
    pub message: String,
}

/// The counts line.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct Done {
    #[serde(default)]
    pub files: Vec<String>,
    pub examples: u64,
    pub passed: u64,
    pub failed: u64,
    pub errors: u64,
    #[serde(default)]
    pub skipped: u64,
    /// One letter per example in run order: P passed, F failed, E error, S skipped.
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub load_errors: Vec<String>,
    #[serde(default)]
    pub messages: Vec<Message>,
}

/// Everything the layer printed in one run.
#[derive(Debug, Clone, Default)]
pub struct Layer {
    pub plans: Vec<Plan>,
    /// Guards given a block, by location: whether they ran it (last wins).
    pub guards: Vec<(Loc, bool)>,
    pub done: Option<Done>,
    /// Marker lines that did not parse (a spec printed over one?).
    pub garbled: usize,
}

#[derive(Deserialize)]
struct RawGuard {
    guard: String,
    #[serde(rename = "yield")]
    yielded: bool,
}

impl Layer {
    pub fn parse(stdout: &[u8]) -> Layer {
        let text = String::from_utf8_lossy(stdout);
        let mut out = Layer::default();
        for line in text.lines() {
            let Some(i) = line.find(MARKER) else { continue };
            let json = &line[i + MARKER.len()..];
            let v: serde_json::Value = match serde_json::from_str(json) {
                Ok(v) => v,
                Err(_) => {
                    out.garbled += 1;
                    continue;
                }
            };
            if v.get("done").is_some() {
                match serde_json::from_value::<Done>(v) {
                    Ok(d) => out.done = Some(d),
                    Err(_) => out.garbled += 1,
                }
            } else if v.get("ex").is_some() {
                match serde_json::from_value::<RawPlan>(v) {
                    Ok(p) => out.plans.push(p.into()),
                    Err(_) => out.garbled += 1,
                }
            } else if v.get("guard").is_some() {
                if let Ok(g) = serde_json::from_value::<RawGuard>(v) {
                    if let Some(l) = Loc::parse(&g.guard) {
                        out.guards.push((l, g.yielded));
                    }
                }
            }
        }
        out
    }

    /// The example that was running when the run ended (a crash's example).
    pub fn last_plan(&self) -> Option<&Plan> {
        self.plans.last()
    }

    /// Whether a guard at this file and line range ran its block (last report wins).
    pub fn guard_yielded(&self, file: usize, lines: (usize, usize)) -> Option<bool> {
        self.guards
            .iter()
            .rev()
            .find(|(l, _)| l.file == file && l.line >= lines.0 && l.line <= lines.1)
            .map(|&(_, y)| y)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_are_read_anywhere_on_a_line() {
        let out = b"hello\nno newline@@gcspec {\"ex\":1,\"desc\":\"A b\",\"it\":\"1:5\",\"ctx\":[\"1:2\"],\"enter\":true,\"all\":[\"shared :x\"],\"each\":[null],\"after\":[],\"shared\":[]}\n@@gcspec {\"guard\":\"0:3\",\"yield\":false}\n@@gcspec {\"done\":true,\"examples\":1,\"passed\":1,\"failed\":0,\"errors\":0,\"status\":\"P\"}\n";
        let l = Layer::parse(out);
        assert_eq!(l.plans.len(), 1);
        let p = &l.plans[0];
        assert_eq!(p.it, Some(Loc { file: 1, line: 5 }));
        assert_eq!(p.all, vec![Hook::Shared(":x".into())]);
        assert_eq!(p.each, vec![Hook::Unknown]);
        assert_eq!(l.guard_yielded(0, (1, 4)), Some(false));
        assert_eq!(l.done.unwrap().status, "P");
    }
}
