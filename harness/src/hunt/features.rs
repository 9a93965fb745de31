//! GC-state coverage: what counts as "new GC behaviour" for the corpus.
//!
//! A feature is a hash of one of:
//! - (hook, calling VM function, count bucket) — allocation and barrier sites;
//! - (GC kind, count bucket) for minor / full / step / GC-inside-malloc;
//! - the outcome kind.
//!
//! Buckets are AFL's (1, 2, 3, 4-7, 8-15, ...), so "this barrier site fired
//! more often" counts too, but not every single extra call.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::path::Path;
use std::sync::Arc;

use gcstress_vm::symbols::{self, Symbolizer};

use crate::judge::Outcome;

pub struct Extractor {
    sym: Option<Arc<Symbolizer>>,
    names: HashMap<u64, u64>,
}

fn bucket(n: u64) -> u64 {
    match n {
        0 => 0,
        1 => 1,
        2 => 2,
        3 => 3,
        n => 64 - n.leading_zeros() as u64 + 2,
    }
}

fn h(parts: &[u64]) -> u64 {
    let mut s = std::collections::hash_map::DefaultHasher::new();
    parts.hash(&mut s);
    s.finish()
}

impl Extractor {
    pub fn new(worker: &Path) -> Extractor {
        Extractor {
            sym: symbols::for_binary(worker).ok(),
            names: HashMap::new(),
        }
    }

    /// The function id (hash of its name) an address lies in.
    fn func(&mut self, addr: u64) -> u64 {
        if let Some(f) = self.names.get(&addr) {
            return *f;
        }
        let name = self.sym.as_ref().and_then(|s| {
            s.name(addr)
                .or_else(|| s.name(addr.saturating_sub(1)))
                .map(String::from)
        });
        let id = match name {
            Some(n) => {
                let mut s = std::collections::hash_map::DefaultHasher::new();
                n.hash(&mut s);
                s.finish()
            }
            None => addr,
        };
        self.names.insert(addr, id);
        id
    }

    pub fn features(&mut self, o: &Outcome) -> Vec<u64> {
        let mut f = Vec::with_capacity(o.edges.len() + 8);
        for &(hook, addr, count) in &o.edges {
            let func = self.func(addr);
            f.push(h(&[1, u64::from(hook), func, bucket(u64::from(count))]));
        }
        let g = &o.gc;
        f.push(h(&[2, 1, bucket(g.minor)]));
        f.push(h(&[2, 2, bucket(g.full)]));
        f.push(h(&[2, 3, bucket(g.step)]));
        f.push(h(&[2, 4, bucket(g.gc_in_malloc)]));
        f.push(h(&[
            2,
            5,
            bucket(g.phase_allocs.mark + g.phase_allocs.sweep),
        ]));
        f.push(h(&[3, o.kind() as u64]));
        f
    }
}
