//! GC-state feedback for libFuzzer: one `u8` counter array in the
//! `__libfuzzer_extra_counters` section. libFuzzer clears it before each input
//! and, after it, treats every non-zero byte (in its own count buckets: 1, 2,
//! 3, 4-7, 8-15, 16-31, 32-127, 128+) as a feature, exactly like an edge
//! counter. Filled from the shim's result after each run:
//!
//! - hook × calling VM function: each caller edge (hook, return address)
//!   hashed into [`EDGE_SLOTS`] counters holding its call count — including
//!   the barriers that had work to do (in-process hook ids: old→young field
//!   barriers, old objects joining the remembered set, barriers while
//!   marking), so "this VM function stored a young object into an old one"
//!   is a feature of its own;
//! - GC counts and other run statistics, each in 16 log2 buckets: forced and
//!   VM-run minor/major/step GCs, GCs inside malloc, allocations while marking
//!   or sweeping, barrier counts with and without work, the largest
//!   remembered set a GC saw, old objects at the end, Artichoke's liveness
//!   checks (calls from Rust into Ruby; always 0 on mruby), how the run ended.

use std::sync::atomic::{AtomicU8, Ordering};

use gcstress_vm::protocol::RunResult;

use crate::ffi::InProc;

/// Counters for (hook, return address) pairs.
pub const EDGE_SLOTS: usize = 1 << 14;
/// log2 buckets per statistic.
const BUCKETS: usize = 16;
const STATS: usize = 32;
const LEN: usize = EDGE_SLOTS + STATS * BUCKETS;

#[used]
#[link_section = "__libfuzzer_extra_counters"]
static COUNTERS: [AtomicU8; LEN] = [const { AtomicU8::new(0) }; LEN];

fn bump(i: usize, by: u32) {
    let c = &COUNTERS[i % LEN];
    let v = u32::from(c.load(Ordering::Relaxed))
        .saturating_add(by)
        .min(255);
    c.store(v as u8, Ordering::Relaxed);
}

/// 0 → 0, 1 → 1, 2-3 → 2, 4-7 → 3, ... (capped at BUCKETS - 1).
fn log2_bucket(n: u64) -> usize {
    ((64 - n.leading_zeros()) as usize).min(BUCKETS - 1)
}

fn slot(hook: u32, addr: u64) -> usize {
    let mut x = addr ^ (u64::from(hook) << 56) ^ u64::from(hook);
    x ^= x >> 33;
    x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
    x ^= x >> 33;
    (x as usize) % EDGE_SLOTS
}

/// Turn one run's result into counters.
pub fn record(r: &RunResult, p: &InProc) {
    for e in r.edges() {
        bump(slot(e.hook, e.addr), e.count);
    }
    let c = &r.c;
    let stats: [u64; 24] = [
        c.forced_minor,
        c.forced_full,
        c.forced_step,
        c.forced_skipped,
        c.vm_minor,
        c.vm_major_steps,
        c.vm_major_cycles,
        c.other_gc,
        c.malloc_fail,
        c.gc_in_malloc,
        c.phase_mark,
        c.phase_sweep,
        c.allocs,
        c.field_wb,
        c.wb,
        c.old_end,
        c.verify_runs,
        p.old_young_wb,
        p.field_wb_marking,
        p.old_wb,
        p.wb_marking,
        p.barrier_noop,
        p.remembered_max,
        r.host_dead_checks,
    ];
    for (k, v) in stats.iter().enumerate() {
        bump(EDGE_SLOTS + k * BUCKETS + log2_bucket(*v), 1);
    }
    // how the run ended (ok, exception, parse error, oom, setup)
    bump(
        EDGE_SLOTS + stats.len() * BUCKETS + (r.end.clamp(0, 15) as usize),
        1,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buckets() {
        assert_eq!(log2_bucket(0), 0);
        assert_eq!(log2_bucket(1), 1);
        assert_eq!(log2_bucket(3), 2);
        assert_eq!(log2_bucket(4), 3);
        assert_eq!(log2_bucket(u64::MAX), BUCKETS - 1);
        assert!(slot(1, 0x1234) < EDGE_SLOTS);
    }
}
