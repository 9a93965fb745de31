//! gcstress-vm: the boundary between gcstress and the real VMs.
//!
//! - [`catalog`]: which VMs exist (ids, variants);
//! - [`provision`] + [`home`]: fetching and building them into `$GCSTRESS_HOME`;
//! - [`worker`]: compiling the C shim (`shim/`) against a VM into a worker;
//! - [`artichoke`]: building Artichoke's worker (`backends/artichoke`) and CLI from a checkout;
//! - [`patch`]: patched VMs (a scratch copy of a VM's sources with patches applied);
//! - [`artichoke_fuzz`]: artichoke-backend built with the cargo-fuzz build's flags, for `fuzz/`;
//! - [`protocol`]: the request/result format the worker speaks;
//! - [`schedule`]: GC schedules as plain data;
//! - [`symbols`]: naming addresses in a worker.
//!
//! Raw pointers live only in the C shim, inside the worker process; this crate
//! talks to it through bytes (see `protocol`).
#![forbid(unsafe_code)]

pub mod artichoke;
pub mod artichoke_fuzz;
pub mod catalog;
pub mod home;
pub mod patch;
pub mod protocol;
pub mod provision;
pub mod schedule;
pub mod symbols;
pub mod worker;

pub use catalog::DEFAULT_VM;
pub use home::Home;

include!(concat!(env!("OUT_DIR"), "/shim_functions.rs"));

/// True if `name` is a function of gcstress's C shim (hooks, verifier, recorder).
pub fn is_shim_function(name: &str) -> bool {
    SHIM_FUNCTIONS.binary_search(&name).is_ok()
}
pub use provision::{ensure, BadInput, Install, Manifest};
pub use schedule::{Kind, Schedule, When};
