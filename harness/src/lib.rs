//! gcstress: find, record and shrink garbage-collector timing bugs in mruby
//! and Artichoke.
//!
//! Stages (see ARCHITECTURE.md): generate (IR) → lift (Ruby text) → execute
//! (fork-server worker) → judge (oracles, signatures) → reduce → record/replay.
#![forbid(unsafe_code)]

pub mod bench;
pub mod cli;
pub mod coverage;
pub mod error;
pub mod exec;
pub mod fuzz;
pub mod generate;
pub mod hunt;
pub mod ir;
pub mod judge;
pub mod lift;
pub mod mutants;
pub mod nightly;
pub mod record;
pub mod reduce;
pub mod repro;
pub mod request;
pub mod run;
pub mod specs;
pub mod triage;
