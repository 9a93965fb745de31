//! The default schedule set of `gcstress specs --schedules default`.
//!
//! `none` first: it is the baseline the others are compared with. Then
//! complete collections at a few rates, collections inside a failed malloc,
//! and mid-mark schedules (the incremental collector held in MARK while the
//! specs run) with generational mode on and off. The periods are chosen so a
//! ruby/spec file runs in well under a second per schedule on a debug build
//! and still sees hundreds of forced collections.

use gcstress_vm::Schedule;

/// The default set, as text (each parses as a schedule).
pub const DEFAULT: &[&str] = &[
    "none",
    "minor%10",
    "minor%100",
    "minor%1000",
    "full%100",
    "mallocfail%50",
    "mallocfail%500",
    "mark%3",
    "mark%10",
    "mark%3,gen=off",
    "mark%10,gen=off",
];

pub fn default_set() -> Vec<Schedule> {
    DEFAULT
        .iter()
        .map(|s| s.parse().expect("the default schedules parse"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_set_starts_with_the_baseline_and_has_every_kind() {
        let set = default_set();
        assert!(set[0].is_none());
        let text: Vec<String> = set.iter().map(|s| s.to_string()).collect();
        for kind in ["minor%", "full%", "mallocfail%", "mark%"] {
            assert!(
                text.iter().any(|t| t.contains(kind)),
                "{kind} missing: {text:?}"
            );
        }
        assert!(text
            .iter()
            .any(|t| t.contains("mark%") && t.contains("gen=off")));
    }
}
