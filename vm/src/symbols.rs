//! Addresses in a worker binary -> function names (the ELF symbol table,
//! including mruby's static functions such as `gc_mark_children`).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use anyhow::{Context, Result};
use object::{Object, ObjectSymbol, SymbolKind};

#[derive(Debug)]
pub struct Symbolizer {
    /// (start, end, name), sorted by start.
    funcs: Vec<(u64, u64, String)>,
}

impl Symbolizer {
    pub fn load(path: &Path) -> Result<Symbolizer> {
        let data =
            std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
        let file = object::File::parse(&*data)
            .with_context(|| format!("{} is not an object file", path.display()))?;
        let mut funcs: Vec<(u64, u64, String)> = file
            .symbols()
            .filter(|s| s.kind() == SymbolKind::Text && s.address() != 0)
            .filter_map(|s| {
                let raw = s.name().ok()?;
                Some((
                    s.address(),
                    s.address() + s.size().max(1),
                    display_name(raw),
                ))
            })
            .collect();
        funcs.sort_by_key(|f| (f.0, std::cmp::Reverse(f.1)));
        funcs.dedup_by_key(|f| f.0);
        Ok(Symbolizer { funcs })
    }

    /// The function containing `addr`, if the address lies in the binary.
    pub fn name(&self, addr: u64) -> Option<&str> {
        let i = self.funcs.partition_point(|f| f.0 <= addr);
        if i == 0 {
            return None;
        }
        let (start, end, name) = &self.funcs[i - 1];
        (addr >= *start && addr < *end).then_some(name.as_str())
    }

    /// The address range of a function, by name.
    pub fn range(&self, name: &str) -> Option<(u64, u64)> {
        self.funcs.iter().find(|f| f.2 == name).map(|f| (f.0, f.1))
    }

    pub fn functions(&self) -> impl Iterator<Item = (&str, u64, u64)> {
        self.funcs.iter().map(|(s, e, n)| (n.as_str(), *s, *e))
    }
}

/// A symbol as a person reads it: Rust names demangled without their hash
/// (`artichoke_backend::extn::core::array::mruby::ary_mul`, stable across
/// builds), C names without compiler suffixes (`gc_mark_children.isra.0`).
fn display_name(raw: &str) -> String {
    if raw.starts_with("_ZN") || raw.starts_with("_R") {
        if let Ok(d) = rustc_demangle::try_demangle(raw) {
            return format!("{d:#}");
        }
    }
    raw.split('.').next().unwrap_or(raw).to_string()
}

/// One symbolizer per binary, loaded once.
pub fn for_binary(path: &Path) -> Result<Arc<Symbolizer>> {
    static CACHE: OnceLock<Mutex<HashMap<PathBuf, Arc<Symbolizer>>>> = OnceLock::new();
    let cache = CACHE.get_or_init(|| Mutex::new(HashMap::new()));
    if let Some(s) = cache.lock().ok().and_then(|c| c.get(path).cloned()) {
        return Ok(s);
    }
    let s = Arc::new(Symbolizer::load(path)?);
    if let Ok(mut c) = cache.lock() {
        c.insert(path.to_path_buf(), s.clone());
    }
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::display_name;

    #[test]
    fn names_are_readable_and_stable() {
        assert_eq!(display_name("gc_mark_children.isra.0"), "gc_mark_children");
        assert_eq!(
            display_name(
                "_ZN17artichoke_backend4extn4core5array5mruby7ary_mul17h91f21d278a77e098E"
            ),
            "artichoke_backend::extn::core::array::mruby::ary_mul"
        );
        assert_eq!(
            display_name("_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt"),
            "core::panicking::panic_fmt"
        );
    }
}
