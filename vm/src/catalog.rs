//! Which VMs gcstress knows, by id.
//!
//! | id | what |
//! |----|------|
//! | `mruby-3.3.0` (default) | Debian trixie source package 3.3.0-1, built with mruby's rake |
//! | `mruby-3.1.0` | Debian bookworm source package 3.1.0-3, built with mruby's rake |
//! | `mruby-2.1.2` | Debian bullseye binary `libmruby-dev` 2.1.2-3, prebuilt (still has the alias-barrier bug) |
//! | `…-debug` | a source-built VM with `MRB_DEBUG` (`mrb_assert` live) |
//! | `…-asan` | a source-built VM with AddressSanitizer |
//! | `…-fuzz` | a source-built VM with SanitizerCoverage (clang `-fsanitize=fuzzer-no-link`), for `fuzz/` |
//! | `…-cov` | a source-built VM with gcc `--coverage` (gcov line/branch counters), for `gcstress coverage` |
//! | `artichoke` | Artichoke (artichoke-backend), opt-in: see backends/artichoke |
//! | `artichoke-cov` | Artichoke's worker with its vendored mruby compiled with gcc `--coverage` |
//! | any other | added by the user with `gcstress vm add NAME --src DIR` |

use serde::{Deserialize, Serialize};

pub const DEFAULT_VM: &str = "mruby-3.3.0";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Variant {
    Release,
    Debug,
    Asan,
    /// Built with clang and `-fsanitize=fuzzer-no-link`: libFuzzer sees the VM's edges.
    Fuzz,
    /// Built with gcc `--coverage`: each run adds to the VM's gcov counters.
    Cov,
}

impl Variant {
    pub fn suffix(self) -> &'static str {
        match self {
            Variant::Release => "",
            Variant::Debug => "-debug",
            Variant::Asan => "-asan",
            Variant::Fuzz => "-fuzz",
            Variant::Cov => "-cov",
        }
    }
}

/// Where a VM comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// A Debian source package, built with mruby's own rake.
    DebianSource {
        version: &'static str,
        debian: &'static str,
        suite: &'static str,
    },
    /// A Debian binary package (`libmruby-dev` + `mruby`), used as shipped.
    DebianBinary {
        version: &'static str,
        debian: &'static str,
        suite: &'static str,
    },
    /// A user's source tree, added with `vm add` (the manifest knows the path).
    Local,
    /// Artichoke, built from its git repository (backends/artichoke).
    Artichoke,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VmSpec {
    pub id: String,
    pub origin: Origin,
    pub variant: Variant,
}

impl VmSpec {
    pub fn describe(&self) -> String {
        match &self.origin {
            Origin::DebianSource { debian, suite, .. } => {
                let v = match self.variant {
                    Variant::Release => "",
                    Variant::Debug => ", MRB_DEBUG",
                    Variant::Asan => ", AddressSanitizer",
                    Variant::Fuzz => ", clang SanitizerCoverage (for cargo fuzz)",
                    Variant::Cov => ", gcc --coverage (gcov counters)",
                };
                format!("Debian {suite} source package mruby {debian}, built with rake{v}")
            }
            Origin::DebianBinary { debian, suite, .. } => {
                format!("Debian {suite} binary package libmruby-dev {debian} (prebuilt)")
            }
            Origin::Local => "built from a user's source tree (vm add)".to_string(),
            Origin::Artichoke if self.variant == Variant::Cov => {
                "Artichoke's worker, its vendored mruby with gcc --coverage (gcov counters), from the `artichoke` checkout".to_string()
            }
            Origin::Artichoke => "Artichoke (artichoke-backend), opt-in backend".to_string(),
        }
    }

    pub fn is_artichoke(&self) -> bool {
        matches!(self.origin, Origin::Artichoke)
    }
}

const SOURCES: [(&str, &str, &str); 2] = [
    ("3.3.0", "3.3.0-1", "trixie"),
    ("3.1.0", "3.1.0-3", "bookworm"),
];
const BINARIES: [(&str, &str, &str); 1] = [("2.1.2", "2.1.2-3", "bullseye")];

/// Every built-in id, in the order `vm list` shows them.
pub fn builtin_ids() -> Vec<String> {
    let mut ids = Vec::new();
    for (v, _, _) in SOURCES {
        for var in [
            Variant::Release,
            Variant::Debug,
            Variant::Asan,
            Variant::Fuzz,
            Variant::Cov,
        ] {
            ids.push(format!("mruby-{v}{}", var.suffix()));
        }
    }
    for (v, _, _) in BINARIES {
        ids.push(format!("mruby-{v}"));
    }
    ids.push("artichoke".to_string());
    ids.push("artichoke-cov".to_string());
    ids
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CatalogError {
    #[error("unknown VM `{0}` (known: {known}; or add your own with `gcstress vm add NAME --src DIR`)", known = builtin_ids().join(", "))]
    Unknown(String),
    #[error("`{id}` does not exist: mruby-{version} is a prebuilt Debian binary, so there is no -debug, -asan, -fuzz or -cov build of it (use mruby-3.1.0{suffix} or mruby-3.3.0{suffix})")]
    NoVariant {
        id: String,
        version: String,
        suffix: String,
    },
}

/// Resolve a built-in id. User-added VMs are resolved by the provisioner (they
/// exist only as a manifest in `$GCSTRESS_HOME`).
pub fn lookup(id: &str) -> Result<VmSpec, CatalogError> {
    if id == "artichoke" || id == "artichoke-cov" {
        return Ok(VmSpec {
            id: id.into(),
            origin: Origin::Artichoke,
            variant: if id == "artichoke" {
                Variant::Release
            } else {
                Variant::Cov
            },
        });
    }
    let (base, variant) = if let Some(b) = id.strip_suffix("-debug") {
        (b, Variant::Debug)
    } else if let Some(b) = id.strip_suffix("-asan") {
        (b, Variant::Asan)
    } else if let Some(b) = id.strip_suffix("-fuzz") {
        (b, Variant::Fuzz)
    } else if let Some(b) = id.strip_suffix("-cov") {
        (b, Variant::Cov)
    } else {
        (id, Variant::Release)
    };
    let Some(version) = base.strip_prefix("mruby-") else {
        return Err(CatalogError::Unknown(id.into()));
    };
    for (v, debian, suite) in SOURCES {
        if v == version {
            return Ok(VmSpec {
                id: id.into(),
                origin: Origin::DebianSource {
                    version: v,
                    debian,
                    suite,
                },
                variant,
            });
        }
    }
    for (v, debian, suite) in BINARIES {
        if v == version {
            if variant != Variant::Release {
                return Err(CatalogError::NoVariant {
                    id: id.into(),
                    version: v.into(),
                    suffix: variant.suffix().into(),
                });
            }
            return Ok(VmSpec {
                id: id.into(),
                origin: Origin::DebianBinary {
                    version: v,
                    debian,
                    suite,
                },
                variant,
            });
        }
    }
    Err(CatalogError::Unknown(id.into()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_builtins_and_variants() {
        assert!(matches!(
            lookup("mruby-3.3.0").unwrap().origin,
            Origin::DebianSource { .. }
        ));
        assert_eq!(lookup("mruby-3.1.0-debug").unwrap().variant, Variant::Debug);
        assert_eq!(lookup("mruby-3.3.0-asan").unwrap().variant, Variant::Asan);
        assert_eq!(lookup("mruby-3.3.0-fuzz").unwrap().variant, Variant::Fuzz);
        assert_eq!(lookup("mruby-3.3.0-cov").unwrap().variant, Variant::Cov);
        assert!(lookup("mruby-2.1.2-cov").is_err());
        assert!(lookup("mruby-2.1.2-fuzz").is_err());
        assert!(matches!(
            lookup("mruby-2.1.2").unwrap().origin,
            Origin::DebianBinary { .. }
        ));
        assert!(lookup("artichoke").unwrap().is_artichoke());
        assert_eq!(lookup("artichoke-cov").unwrap().variant, Variant::Cov);
    }

    #[test]
    fn rejects_unknown_and_impossible() {
        assert!(matches!(
            lookup("mruby-9.9.9"),
            Err(CatalogError::Unknown(_))
        ));
        assert!(matches!(lookup("ruby-3.3"), Err(CatalogError::Unknown(_))));
        let e = lookup("mruby-2.1.2-debug").unwrap_err();
        assert!(e.to_string().contains("prebuilt"), "{e}");
    }
}
