//! The known-bug list: finds whose root cause (or signature) is already
//! understood are reported in one line and do not make a run fail.
//!
//! Sources, all optional and combined:
//! - the regression corpus (`corpus/regressions/*.rb`, shipped inside the
//!   binary): each reproducer's `root_cause=` header keys, its `signature=`,
//!   and for reproducers that need no GC schedule the shape of its program;
//! - `specs/known-bugs.toml` (shipped too): VM + schedule patterns +
//!   signature prefixes, as `gcstress specs` uses them;
//! - `--known FILE|DIR`: reproducer files, directories of them, a
//!   `known-bugs.toml`-style file, a hunt's output directory or a nightly's
//!   `results.json` (its finds become known: a baseline).

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

use super::{shape, RootCause};
use crate::repro;

/// One known bug.
#[derive(Debug, Clone, Serialize)]
pub struct KnownBug {
    /// Where it is written down (`corpus/regressions/alias-barrier-5534.rb`).
    pub source: String,
    /// Root-cause keys that are this bug.
    pub root_causes: Vec<String>,
    /// Exact signatures that are this bug.
    pub signatures: Vec<String>,
    /// Signature prefixes that are this bug, but only on `vm` under a
    /// schedule matching one of `schedules` (known-bugs.toml entries).
    pub prefixes: Vec<String>,
    pub vm: Option<String>,
    pub schedules: Vec<String>,
    /// Spec files the prefixes apply to (empty: any program).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub files: Vec<String>,
    /// The prefixes apply only in this GC mode (generational or not).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gen: Option<bool>,
}

/// What a find is matched by.
#[derive(Debug, Clone, Copy)]
pub struct Query<'a> {
    pub vm: &'a str,
    pub schedule: &'a str,
    pub signature: &'a str,
    pub root_cause: Option<&'a RootCause>,
    /// The spec file it came from (`gcstress specs`), if any.
    pub file: Option<&'a str>,
    /// Whether the run was in generational mode (`gc.generational`).
    pub generational: bool,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct KnownList {
    pub bugs: Vec<KnownBug>,
}

// The shipped list: corpus/regressions/*.rb and specs/known-bugs.toml, as
// they were when this binary was built (build.rs).
include!(concat!(env!("OUT_DIR"), "/known_shipped.rs"));

fn glob(pattern: &str, s: &str) -> bool {
    match pattern.strip_suffix('*') {
        Some(prefix) => s.starts_with(prefix),
        None => pattern == s,
    }
}

impl KnownBug {
    fn matches(&self, q: &Query) -> bool {
        if let Some(rc) = q.root_cause {
            if self
                .root_causes
                .iter()
                .any(|k| super::same_root_cause(k, &rc.key))
            {
                return true;
            }
        }
        if self.signatures.iter().any(|s| s == q.signature) {
            return true;
        }
        if self
            .prefixes
            .iter()
            .any(|p| q.signature.starts_with(p.as_str()))
        {
            let vm_ok = self.vm.as_deref().is_none_or(|v| v == q.vm);
            // a hunt schedule has several items: any of them may match
            let sched_ok = self.schedules.is_empty()
                || self.schedules.iter().any(|p| {
                    glob(p, q.schedule) || q.schedule.split(',').any(|item| glob(p, item))
                });
            // entries for particular spec files: only finds from those files
            let file_ok = self.files.is_empty()
                || q.file
                    .is_some_and(|f| self.files.iter().any(|p| f.ends_with(p.as_str())));
            let gen_ok = self.gen.is_none_or(|g| g == q.generational);
            return vm_ok && sched_ok && file_ok && gen_ok;
        }
        false
    }
}

#[derive(Deserialize)]
struct TomlEntry {
    vm: String,
    #[serde(default)]
    files: Vec<String>,
    #[serde(default)]
    schedules: Vec<String>,
    #[serde(default)]
    signature: Vec<String>,
    #[serde(default)]
    root_cause: Vec<String>,
    /// "on" or "off": only in that GC mode.
    #[serde(default)]
    gen: Option<String>,
}

#[derive(Deserialize)]
struct TomlFile {
    #[serde(default)]
    bug: Vec<TomlEntry>,
}

impl KnownList {
    pub fn none() -> KnownList {
        KnownList::default()
    }

    /// The list built into this binary.
    pub fn shipped() -> KnownList {
        let mut k = KnownList::none();
        for (name, text) in SHIPPED {
            if name.ends_with(".toml") {
                // checked by a unit test: the shipped file parses
                let _ = k.add_toml(name, text);
            } else {
                k.add_reproducer(name, text);
            }
        }
        k
    }

    pub fn len(&self) -> usize {
        self.bugs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.bugs.is_empty()
    }

    /// The first known bug a find matches.
    /// A known root-cause key that is the same bug as `key` by another road
    /// ([`super::same_root_cause`]), if any.
    pub fn same_key(&self, key: &str) -> Option<String> {
        super::closest_root_cause(self.bugs.iter().flat_map(|b| &b.root_causes), key)
    }

    pub fn find(&self, q: &Query) -> Option<&KnownBug> {
        // a root-cause match first: it is the stronger evidence
        if let Some(rc) = q.root_cause {
            if let Some(b) = self.bugs.iter().find(|b| b.root_causes.contains(&rc.key)) {
                return Some(b);
            }
        }
        self.bugs.iter().find(|b| b.matches(q))
    }

    /// A reproducer file: its header's `root_cause=` keys (separated by `|`)
    /// and `signature=`, and the shape of its program when it needs no schedule.
    pub fn add_reproducer(&mut self, source: &str, text: &str) {
        let Ok(h) = repro::parse_header(text) else {
            return;
        };
        let mut root_causes: Vec<String> = h
            .get("root_cause")
            .map(|v| v.split('|').map(str::to_string).collect())
            .unwrap_or_default();
        let no_schedule = h.schedule.as_ref().is_none_or(|s| s.items.is_empty());
        if no_schedule {
            if let Some(calls) = shape::calls(text) {
                let key = format!("shape/{}", super::part(&shape::key(&calls)));
                if !root_causes.contains(&key) {
                    root_causes.push(key);
                }
            }
        }
        let signatures: Vec<String> = h
            .signature
            .as_deref()
            .map(|v| v.split('|').map(str::to_string).collect())
            .unwrap_or_default();
        if root_causes.is_empty() && signatures.is_empty() {
            return;
        }
        self.bugs.push(KnownBug {
            source: source.to_string(),
            root_causes,
            signatures,
            prefixes: vec![],
            vm: None,
            schedules: vec![],
            files: vec![],
            gen: None,
        });
    }

    /// A `known-bugs.toml`-style file (entries naming particular spec files
    /// match only finds from those files).
    pub fn add_toml(&mut self, source: &str, text: &str) -> Result<()> {
        let f: TomlFile =
            toml::from_str(text).with_context(|| format!("{source} is not a known-bugs file"))?;
        for (i, e) in f.bug.into_iter().enumerate() {
            let gen = match e.gen.as_deref() {
                None => None,
                Some("on") => Some(true),
                Some("off") => Some(false),
                Some(other) => {
                    anyhow::bail!("{source}: bug {}: gen = {other:?} (on or off)", i + 1)
                }
            };
            let anywhere = e.files.is_empty() || e.files.iter().any(|f| f == "*");
            self.bugs.push(KnownBug {
                source: format!("{source}#{}", i + 1),
                root_causes: e.root_cause,
                signatures: vec![],
                prefixes: e.signature,
                files: if anywhere { vec![] } else { e.files },
                vm: Some(e.vm),
                schedules: e.schedules.into_iter().filter(|s| s != "*").collect(),
                gen,
            });
        }
        Ok(())
    }

    /// An `outcome.json` of a find (hunt, specs): its signature and root cause.
    fn add_outcome(&mut self, source: &str, j: &serde_json::Value) {
        let sig = j["signature"].as_str().unwrap_or("").to_string();
        let rc = j["root_cause"]["key"].as_str().map(str::to_string);
        if sig.is_empty() && rc.is_none() {
            return;
        }
        self.bugs.push(KnownBug {
            source: source.to_string(),
            root_causes: rc.into_iter().collect(),
            signatures: (!sig.is_empty()).then_some(sig).into_iter().collect(),
            prefixes: vec![],
            vm: None,
            schedules: vec![],
            files: vec![],
            gen: None,
        });
    }

    /// A nightly `results.json`: every find in it.
    fn add_results(&mut self, source: &str, j: &serde_json::Value) {
        let mut add = |x: &serde_json::Value| {
            let sig = x["signature"].as_str().unwrap_or("");
            let rc = x["root_cause"]["key"].as_str().or(x["root_cause"].as_str());
            if sig.is_empty() && rc.is_none() {
                return;
            }
            self.bugs.push(KnownBug {
                source: source.to_string(),
                root_causes: rc.map(str::to_string).into_iter().collect(),
                signatures: (!sig.is_empty())
                    .then(|| sig.to_string())
                    .into_iter()
                    .collect(),
                prefixes: vec![],
                vm: None,
                schedules: vec![],
                files: vec![],
                gen: None,
            });
        };
        walk_finds(j, &mut add);
    }

    /// `--known PATH`: a file or a directory (searched recursively).
    pub fn add_path(&mut self, path: &Path) -> Result<()> {
        if path.is_dir() {
            for p in crate::repro::sorted_entries(path)? {
                let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
                if p.is_dir() {
                    self.add_path(&p)?;
                } else if name.ends_with(".rb")
                    || name == "outcome.json"
                    || name == "results.json"
                    || name.ends_with(".toml")
                {
                    // a crash dir holds repro.rb and outcome.json: the outcome says more
                    if name == "repro.rb" && p.with_file_name("outcome.json").is_file() {
                        continue;
                    }
                    if (name == "min.rb" || name == "min.plain.rb")
                        && p.with_file_name("outcome.json").is_file()
                    {
                        continue;
                    }
                    self.add_path(&p)?;
                }
            }
            return Ok(());
        }
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read known bugs from {}", path.display()))?;
        let source = path.display().to_string();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.ends_with(".toml") {
            self.add_toml(&source, &text)?;
        } else if name.ends_with(".json") {
            let j: serde_json::Value = serde_json::from_str(&text)
                .with_context(|| format!("{} is not JSON", path.display()))?;
            if name == "outcome.json" {
                self.add_outcome(&source, &j);
            } else {
                self.add_results(&source, &j);
            }
        } else {
            self.add_reproducer(&source, &text);
        }
        Ok(())
    }

    /// The list `--known` asks for: the shipped list plus each path; `none`
    /// starts from an empty list instead (`--known none --known DIR`: only DIR).
    pub fn from_args(paths: &[PathBuf]) -> Result<KnownList> {
        let none = paths.iter().any(|p| p.as_os_str() == "none");
        let mut k = if none {
            KnownList::none()
        } else {
            KnownList::shipped()
        };
        for p in paths.iter().filter(|p| p.as_os_str() != "none") {
            k.add_path(p)?;
        }
        Ok(k)
    }
}

/// Every object in a JSON document that looks like a find (has a `signature`).
fn walk_finds(j: &serde_json::Value, f: &mut dyn FnMut(&serde_json::Value)) {
    match j {
        serde_json::Value::Object(m) => {
            if m.contains_key("signature") {
                f(j);
            }
            for v in m.values() {
                walk_finds(v, f);
            }
        }
        serde_json::Value::Array(a) => {
            for v in a {
                walk_finds(v, f);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::triage::Evidence;

    fn rc(key: &str) -> RootCause {
        RootCause {
            key: key.into(),
            description: String::new(),
            evidence: Evidence::Shape,
        }
    }

    #[test]
    fn the_shipped_list_loads_and_knows_the_corpus() {
        let k = KnownList::shipped();
        assert!(k.len() >= 10, "{} known bugs", k.len());
        for (name, text) in SHIPPED {
            if name.ends_with(".toml") {
                let mut t = KnownList::none();
                t.add_toml(name, text)
                    .expect("the shipped known-bugs.toml parses");
            }
        }
        // the prepend/remove_method family, by the shape of its reproducers
        let shape = rc("shape/prepend,remove_method");
        let q = Query {
            vm: "mruby-3.3.0",
            schedule: "none",
            signature: "crash.SIGSEGV.mrb_str_cat.mrb_vformat.mrb_name_error",
            root_cause: Some(&shape),
            file: None,
            generational: true,
        };
        let b = k.find(&q).expect("known");
        assert!(b.source.contains("prepend-remove-method"), "{}", b.source);
        // another shape is not
        let other = rc("shape/instance_eval,define_method");
        let q = Query {
            root_cause: Some(&other),
            signature: "crash.SIGSEGV.somewhere_else",
            ..q
        };
        assert!(k.find(&q).is_none());
    }

    #[test]
    fn toml_prefixes_apply_to_their_vm_and_schedules_only() {
        let mut k = KnownList::none();
        k.add_toml(
            "t.toml",
            "[[bug]]\nvm = \"mruby-3.1.0\"\nfiles = [\"*\"]\nschedules = [\"mallocfail%*\"]\nsignature = [\"crash.\"]\n",
        )
        .unwrap();
        let q = |vm, schedule| Query {
            vm,
            schedule,
            signature: "crash.SIGSEGV.mrb_obj_alloc",
            root_cause: None,
            file: None,
            generational: true,
        };
        assert!(k
            .find(&q("mruby-3.1.0", "minor%50,mallocfail%300"))
            .is_some());
        assert!(k.find(&q("mruby-3.1.0", "minor%50")).is_none());
        assert!(k.find(&q("mruby-3.3.0", "mallocfail%300")).is_none());
    }

    #[test]
    fn a_gen_entry_applies_in_its_gc_mode_only() {
        let mut k = KnownList::none();
        k.add_toml(
            "t.toml",
            "[[bug]]\nvm = \"artichoke\"\ngen = \"on\"\nsignature = [\"verifier.\"]\n",
        )
        .unwrap();
        let q = |generational| Query {
            vm: "artichoke",
            schedule: "minor%9",
            signature: "verifier.unknown.RString.mrb_sys_alloc_rstring",
            root_cause: None,
            file: None,
            generational,
        };
        assert!(k.find(&q(true)).is_some());
        assert!(
            k.find(&q(false)).is_none(),
            "a gen=off find is not that bug"
        );
        let bad = KnownList::none().add_toml("t.toml", "[[bug]]\nvm = \"x\"\ngen = \"yes\"\n");
        assert!(bad.is_err());
    }

    #[test]
    fn none_is_empty_and_alone() {
        assert!(KnownList::from_args(&[PathBuf::from("none")])
            .unwrap()
            .is_empty());
        assert!(KnownList::from_args(&[PathBuf::from("none"), PathBuf::from("x")]).is_err());
    }
}
