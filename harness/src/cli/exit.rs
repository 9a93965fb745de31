//! Exit codes, shared by every subcommand:
//!
//! | code | meaning |
//! |------|---------|
//! | 0 | no bug signal |
//! | 1 | environment failure (a VM cannot be provisioned, a worker cannot start, a directory is not writable) |
//! | 2 | usage or bad input (bad flag or schedule, unreadable file, Ruby that does not parse, unknown VM) |
//! | 3 | bug signal (crash, assertion, ASan report, verifier finding, divergence, timeout, oom, ...) |
//!
//! Only the command line picks exit codes: the library returns typed errors
//! (`crate::error::BadInput`, `crate::request::LoadError`, the VM crate's
//! `BadInput` and schedule errors) and [`code_for`] maps them.

pub const OK: u8 = 0;
pub const ENVIRONMENT: u8 = 1;
pub const USAGE: u8 = 2;
pub const BUG: u8 = 3;

/// A usage error of the command line's own (exit 2).
pub fn usage(msg: impl Into<String>) -> anyhow::Error {
    crate::error::bad_input(msg)
}

/// The exit code for an error: 2 if anything in its chain is bad input, else 1.
pub fn code_for(err: &anyhow::Error) -> u8 {
    for cause in err.chain() {
        if cause.downcast_ref::<crate::error::BadInput>().is_some()
            || cause.downcast_ref::<gcstress_vm::BadInput>().is_some()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_library_s_typed_errors_are_usage_errors() {
        use anyhow::Context;
        assert_eq!(code_for(&crate::error::bad_input("no")), USAGE);
        let load = crate::request::load(
            std::path::Path::new("/nonexistent/x.rb"),
            &crate::request::RunFlags::default(),
        )
        .unwrap_err();
        assert_eq!(code_for(&load), USAGE);
        let deep = Err::<(), _>(crate::error::bad_input("bad")).context("while doing x");
        assert_eq!(code_for(&deep.unwrap_err()), USAGE);
        assert_eq!(code_for(&anyhow::anyhow!("disk full")), ENVIRONMENT);
    }
}
