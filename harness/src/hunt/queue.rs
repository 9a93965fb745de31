//! The hunt's corpus on disk, and sharing it between hunts (`--sync`).
//!
//! Every program the hunt keeps (it reached new GC behaviour) is written to
//! its queue directory as `<hash>.json` (the IR, named by a hash of its
//! content), so a later hunt into the same directory resumes from it and a
//! nightly job can carry it from night to night.
//!
//! With `--sync DIR` several hunts — on one machine or many sharing a
//! filesystem — form one campaign, as AFL++'s `-o DIR -M/-S NAME` do: each
//! writes its own `DIR/NAME/` (queue and crashes) and every few seconds reads
//! the other instances' queues. An imported program is run once like any
//! other; it joins this hunt's corpus only if it shows this hunt something
//! new. Content-hash names keep a program from bouncing between instances.
//! Finds are deduplicated across instances by signature and by root cause
//! (see [`Sync::found_elsewhere`]).

use std::collections::HashSet;
use std::fs;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::ir::Program;

/// This hunt's queue: where kept programs go, and which names it has seen.
pub struct Queue {
    dir: PathBuf,
    seen: HashSet<String>,
    /// Other instances' directories under the sync root (`--sync`), if any.
    sync: Option<Sync>,
}

/// The other hunts of a `--sync` campaign.
#[derive(Debug, Clone)]
pub struct Sync {
    pub root: PathBuf,
    pub name: String,
}

/// What loading or importing found.
#[derive(Debug, Default)]
pub struct Loaded {
    pub programs: Vec<Program>,
    /// Files that were not a program (named, so a person can look).
    pub corrupt: Vec<PathBuf>,
}

/// The file name a program is kept under: a hash of its IR.
pub fn name_of(p: &Program) -> Result<String> {
    let json = serde_json::to_string(p)?;
    let mut h = std::collections::hash_map::DefaultHasher::new();
    json.hash(&mut h);
    Ok(format!("{:016x}.json", h.finish()))
}

impl Queue {
    /// Open (create) the queue at `dir`. Nothing is read yet.
    pub fn open(dir: &Path, sync: Option<Sync>) -> Result<Queue> {
        fs::create_dir_all(dir)
            .with_context(|| format!("cannot create {} (is it writable?)", dir.display()))?;
        Ok(Queue {
            dir: dir.to_path_buf(),
            seen: HashSet::new(),
            sync,
        })
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The programs already in this queue (a resumed hunt starts from them).
    pub fn load_own(&mut self) -> Loaded {
        let dir = self.dir.clone();
        self.read_new(&dir)
    }

    /// Programs the other instances kept since the last call.
    pub fn import(&mut self) -> Loaded {
        let Some(s) = self.sync.clone() else {
            return Loaded::default();
        };
        let mut all = Loaded::default();
        for other in s.others() {
            let l = self.read_new(&other.join("queue"));
            all.programs.extend(l.programs);
            all.corrupt.extend(l.corrupt);
        }
        all
    }

    /// Keep a program (best effort: a full disk must not stop the hunt, the
    /// program stays in memory either way). Written to a temporary name and
    /// renamed, so a reader never sees half a file.
    pub fn save(&mut self, p: &Program) -> Result<()> {
        let name = name_of(p)?;
        if !self.seen.insert(name.clone()) {
            return Ok(());
        }
        let tmp = self.dir.join(format!(".{name}.tmp"));
        fs::write(&tmp, serde_json::to_vec(p)?)
            .with_context(|| format!("cannot write {}", tmp.display()))?;
        fs::rename(&tmp, self.dir.join(&name))
            .with_context(|| format!("cannot write {}", self.dir.join(&name).display()))
    }

    fn read_new(&mut self, dir: &Path) -> Loaded {
        let mut out = Loaded::default();
        let Ok(rd) = fs::read_dir(dir) else {
            return out;
        };
        let mut names: Vec<(String, PathBuf)> = rd
            .flatten()
            .map(|e| (e.file_name().to_string_lossy().to_string(), e.path()))
            .filter(|(n, _)| n.ends_with(".json") && !n.starts_with('.'))
            .collect();
        // the same order on every machine: a resumed one-job hunt repeats itself
        names.sort();
        for (name, path) in names {
            if self.seen.contains(&name) {
                continue;
            }
            self.seen.insert(name);
            match fs::read(&path)
                .ok()
                .and_then(|b| serde_json::from_slice::<Program>(&b).ok())
            {
                Some(p) => out.programs.push(p),
                None => out.corrupt.push(path),
            }
        }
        out
    }
}

impl Sync {
    /// This instance's own directory (its queue and crashes go here).
    pub fn own(&self) -> PathBuf {
        self.root.join(&self.name)
    }

    /// The other instances' directories.
    pub fn others(&self) -> Vec<PathBuf> {
        let Ok(rd) = fs::read_dir(&self.root) else {
            return vec![];
        };
        let mut v: Vec<PathBuf> = rd
            .flatten()
            .filter(|e| e.file_name().to_string_lossy() != self.name.as_str())
            .map(|e| e.path())
            .filter(|p| p.is_dir())
            .collect();
        v.sort();
        v
    }

    /// Whether another instance already has this find: the same signature
    /// (`NAME/crashes/SIG`) or, given a root-cause key, a find with that key.
    /// Returns where, as `sync:NAME/crashes/SIG`.
    pub fn found_elsewhere(&self, signature: &str, root_cause: Option<&str>) -> Option<String> {
        for other in self.others() {
            let crashes = other.join("crashes");
            let inst = other
                .file_name()
                .map(|n| n.to_string_lossy().to_string())
                .unwrap_or_default();
            if root_cause.is_none() && crashes.join(signature).join("outcome.json").is_file() {
                return Some(format!("sync:{inst}/crashes/{signature}"));
            }
            let Some(key) = root_cause else { continue };
            let Ok(rd) = fs::read_dir(&crashes) else {
                continue;
            };
            for e in rd.flatten() {
                let Ok(text) = fs::read_to_string(e.path().join("outcome.json")) else {
                    continue;
                };
                let Ok(j) = serde_json::from_str::<serde_json::Value>(&text) else {
                    continue;
                };
                if j["root_cause"]["key"].as_str() == Some(key) {
                    return Some(format!(
                        "sync:{inst}/crashes/{}",
                        e.file_name().to_string_lossy()
                    ));
                }
            }
        }
        None
    }
}

/// A default instance name: host and process id.
pub fn default_name() -> String {
    let host = fs::read_to_string("/proc/sys/kernel/hostname")
        .map(|h| h.trim().to_string())
        .ok()
        .filter(|h| !h.is_empty() && h.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        .unwrap_or_else(|| "host".into());
    format!("{host}-{}", std::process::id())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::{GenConfig, Generator, VmCatalog};

    fn program(seed: u64) -> Program {
        let cat = VmCatalog::default();
        Generator::new(seed, &cat, GenConfig::default()).program(seed)
    }

    #[test]
    fn saved_programs_load_again_and_corrupt_files_are_named() {
        let d = tempfile::tempdir().unwrap();
        let mut q = Queue::open(&d.path().join("queue"), None).unwrap();
        q.save(&program(1)).unwrap();
        q.save(&program(2)).unwrap();
        q.save(&program(2)).unwrap();
        fs::write(d.path().join("queue").join("junk.json"), b"{not json").unwrap();
        let mut again = Queue::open(&d.path().join("queue"), None).unwrap();
        let l = again.load_own();
        assert_eq!(l.programs.len(), 2);
        assert_eq!(l.corrupt.len(), 1);
        assert!(l.programs.contains(&program(1)));
    }

    #[test]
    fn instances_import_each_other_once() {
        let d = tempfile::tempdir().unwrap();
        let sync = |n: &str| Sync {
            root: d.path().to_path_buf(),
            name: n.into(),
        };
        let mut a = Queue::open(&sync("a").own().join("queue"), Some(sync("a"))).unwrap();
        let mut b = Queue::open(&sync("b").own().join("queue"), Some(sync("b"))).unwrap();
        a.save(&program(7)).unwrap();
        let got = b.import();
        assert_eq!(got.programs, vec![program(7)]);
        // b keeps it too: a does not import it back, b does not import it again
        b.save(&program(7)).unwrap();
        assert!(a.import().programs.is_empty());
        assert!(b.import().programs.is_empty());
    }
}
