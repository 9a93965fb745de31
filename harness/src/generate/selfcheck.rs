//! Self-checks: a hold's stored object read back from its holder and compared with what the hold
//! kept when it stored it (`GCStress.keep` at the store, `GCStress.expect` here).
//!
//! A write barrier the VM misses frees the stored object while the holder still points at it;
//! mruby's free lists hand the slot to the next allocation at once, so a later read through the
//! holder sees another object, and the heap verifier, which checks only some GCs, may never see
//! the free slot. The check sees the other allocation (slot table), type, class or contents, and
//! the run ends as outcome `wrong-result`. Checks only read: `GCStress.expect` allocates nothing
//! and calls no Ruby, so a program collects the same with and without them.
//!
//! One [`Construct`] entry (see [`super::table`]), its generation, its lifting and its golden test.

use super::table::{Construct, Gen};
use super::*;
use crate::lift::Lifter;

/// The hold kinds whose stored object can be read back from the holder (by `HOLD_KINDS`
/// index): all but `define_method` (the method table holds a copy of the proc).
pub(crate) fn checkable(how: u8) -> bool {
    usize::from(how) % HOLD_KINDS.len() != 8
}

/// A hold's key (its holder is `h<key>`, its kept value `GCStress.keep(key, ...)`): its id, kind
/// and slot, so holds of different shapes never share a holder or a kept value.
pub(crate) fn key(id: u32, how: u8, slot: u32) -> u32 {
    id.saturating_mul(100) + (u32::from(how) % 10) * 10 + slot % 10
}

/// Ruby that reads hold `id`'s stored object back from its holder, for a store of kind `how`
/// (see `gc::lift_hold`).
pub(crate) fn read_back(id: u32, how: u8, slot: u32) -> Option<String> {
    let h = format!("h{}", key(id, how, slot));
    Some(match usize::from(how) % HOLD_KINDS.len() {
        0 => format!("{h}.instance_variable_get(:@m{slot})"),
        1 | 7 => format!("{h}[0]"),
        2 => format!("{h}[{}]", slot % 3),
        3 => format!("{h}[:m{slot}]"),
        // the holder's setter returns the captured value when given nil
        4 => format!("{h}.call(nil)"),
        5 => format!("{h}.class_variable_get(:@@m{slot})"),
        6 => format!("{h}[1]"),
        9 => format!("{h}.call"),
        _ => return None,
    })
}

// ---- check

/// A self-check on one of the program's holds.
pub(crate) static CHECK: Construct = Construct {
    name: "check",
    weight: |c| if c.top && c.held { 3 } else { 0 },
    generate: |g, _| g.check(),
    lift: Lifter::lift_check,
};

impl Gen<'_, '_> {
    fn check(&mut self) -> Stmt {
        let holds = self.holds.clone();
        let &(id, how, slot) = self.pick(&holds).unwrap_or(&(0, 0, 0));
        Stmt::Check { id, how, slot }
    }
}

impl Lifter {
    fn lift_check(&mut self, s: &Stmt, ind: usize) -> bool {
        let Stmt::Check { id, how, slot } = s else {
            return false;
        };
        match read_back(*id, *how, *slot) {
            Some(read) => self.line(
                ind,
                &format!("GCStress.expect({}, {read})", key(*id, *how, *slot)),
            ),
            None => self.line(ind, "nil"),
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::table::golden;

    #[test]
    fn check() {
        let s = Stmt::Check {
            id: 3,
            how: 0,
            slot: 2,
        };
        assert_eq!(
            golden(&CHECK, &s),
            "GCStress.expect(302, h302.instance_variable_get(:@m2))\n"
        );
        let s = Stmt::Check {
            id: 1,
            how: 4,
            slot: 0,
        };
        assert_eq!(golden(&CHECK, &s), "GCStress.expect(140, h140.call(nil))\n");
        for how in 0..HOLD_KINDS.len() as u8 {
            assert_eq!(read_back(1, how, 0).is_some(), checkable(how), "{how}");
        }
    }
}
