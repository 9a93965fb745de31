//! Exit codes, shared by every subcommand:
//!
//! | code | meaning |
//! |------|---------|
//! | 0 | no bug signal |
//! | 1 | environment failure (a VM cannot be provisioned, a worker cannot start, a directory is not writable) |
//! | 2 | usage or bad input (bad flag or schedule, unreadable file, Ruby that does not parse, unknown VM) |
//! | 3 | bug signal (crash, assertion, ASan report, verifier finding, divergence, timeout, oom, ...) |

use gcstress_vm::BadInput;

pub const OK: u8 = 0;
pub const ENVIRONMENT: u8 = 1;
pub const USAGE: u8 = 2;
pub const BUG: u8 = 3;

/// An error caused by what the user gave us (exit 2).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct Usage(pub String);

pub fn usage(msg: impl Into<String>) -> anyhow::Error {
    Usage(msg.into()).into()
}

/// The exit code for an error: 2 if anything in its chain is bad input, else 1.
pub fn code_for(err: &anyhow::Error) -> u8 {
    for cause in err.chain() {
        if cause.downcast_ref::<Usage>().is_some()
            || cause.downcast_ref::<BadInput>().is_some()
            || cause.downcast_ref::<crate::request::LoadError>().is_some()
        {
            return USAGE;
        }
        if cause
            .downcast_ref::<gcstress_vm::schedule::ScheduleError>()
            .is_some()
        {
            return USAGE;
        }
    }
    ENVIRONMENT
}
