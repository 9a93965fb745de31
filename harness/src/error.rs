//! The library's errors that are the user's doing. The library never picks
//! an exit code: it returns these (and [`crate::request::LoadError`],
//! [`gcstress_vm::BadInput`], schedule errors), and the command line
//! (`cli::exit::code_for`) maps them to exit 2; any other error is an
//! environment failure (exit 1).

/// Bad input: something the user gave (a file, a flag's value, a program
/// that does not parse or does not fail as asked) cannot be used.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct BadInput(pub String);

/// A [`BadInput`] as an `anyhow::Error` (context can be added on the way up).
pub fn bad_input(msg: impl Into<String>) -> anyhow::Error {
    BadInput(msg.into()).into()
}
