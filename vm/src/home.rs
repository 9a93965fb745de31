//! `$GCSTRESS_HOME`: where fetched and built VMs live.
//!
//! Layout:
//! ```text
//! $GCSTRESS_HOME/
//!   apt/            private apt state (sources, lists, cache); the machine's apt config is untouched
//!   downloads/      source and binary packages
//!   vms/<id>/       one finished VM: manifest.toml, the build, worker-<hash>
//!   vms/.build-*    a build in progress (removed or replaced on the next attempt)
//!   locks/          one lock file per VM (and one for apt)
//!   logs/           build logs
//! ```

use std::fs::{self, File};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

#[derive(Debug, Clone)]
pub struct Home {
    pub root: PathBuf,
}

impl Home {
    /// `$GCSTRESS_HOME`, else `$XDG_CACHE_HOME/gcstress`, else `~/.cache/gcstress`.
    pub fn from_env() -> Result<Home> {
        if let Some(h) = std::env::var_os("GCSTRESS_HOME").filter(|v| !v.is_empty()) {
            return Ok(Home {
                root: PathBuf::from(h),
            });
        }
        if let Some(x) = std::env::var_os("XDG_CACHE_HOME").filter(|v| !v.is_empty()) {
            return Ok(Home {
                root: PathBuf::from(x).join("gcstress"),
            });
        }
        let home = std::env::var_os("HOME")
            .filter(|v| !v.is_empty())
            .context("neither GCSTRESS_HOME, XDG_CACHE_HOME nor HOME is set")?;
        Ok(Home {
            root: PathBuf::from(home).join(".cache").join("gcstress"),
        })
    }

    pub fn at(root: impl Into<PathBuf>) -> Home {
        Home { root: root.into() }
    }

    pub fn vms(&self) -> PathBuf {
        self.root.join("vms")
    }
    pub fn vm_dir(&self, id: &str) -> PathBuf {
        self.vms().join(id)
    }
    pub fn apt(&self) -> PathBuf {
        self.root.join("apt")
    }
    pub fn downloads(&self) -> PathBuf {
        self.root.join("downloads")
    }
    pub fn logs(&self) -> PathBuf {
        self.root.join("logs")
    }

    pub fn ensure_dirs(&self) -> Result<()> {
        for d in [
            self.vms(),
            self.apt(),
            self.downloads(),
            self.logs(),
            self.root.join("locks"),
        ] {
            fs::create_dir_all(&d).with_context(|| {
                format!(
                    "cannot create {} (set GCSTRESS_HOME to a writable directory)",
                    d.display()
                )
            })?;
        }
        Ok(())
    }

    /// An exclusive lock named `name`, held until the guard drops.
    pub fn lock(&self, name: &str) -> Result<Lock> {
        self.ensure_dirs()?;
        let path = self.root.join("locks").join(format!("{name}.lock"));
        Lock::acquire(&path)
    }
}

/// An exclusive `flock` on a file; released on drop (and by the kernel if the
/// process dies, so a killed fetch never leaves a stale lock).
#[derive(Debug)]
pub struct Lock {
    _file: File,
}

impl Lock {
    pub fn acquire(path: &Path) -> Result<Lock> {
        let file = File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(path)
            .with_context(|| format!("cannot open lock file {}", path.display()))?;
        rustix::fs::flock(&file, rustix::fs::FlockOperation::LockExclusive)
            .with_context(|| format!("cannot lock {}", path.display()))?;
        Ok(Lock { _file: file })
    }
}
