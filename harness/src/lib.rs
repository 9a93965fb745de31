//! gcstress: find, record and shrink garbage-collector timing bugs in mruby
//! and Artichoke.
//!
//! Stages (see ARCHITECTURE.md): generate (IR) → lift (Ruby text) → execute
//! (fork-server worker) → judge (oracles, signatures) → reduce → record/replay.
#![forbid(unsafe_code)]

pub mod cli;
pub mod exec;
pub mod exit;
pub mod judge;
pub mod reduce;
pub mod repro;
pub mod run;
