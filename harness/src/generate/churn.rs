//! Allocation churn and printing.
//!
//! One [`Construct`] entry per kind of statement (see [`super::table`]), each followed by its
//! generation (on [`Gen`]) and its lifting (on [`Lifter`]); the golden tests at the end lift a
//! hand-built statement of each.

use super::table::{Construct, Gen};
use super::*;
use crate::lift::Lifter;

// ---- churn

/// `n.times { <allocation> }`.
pub(crate) static CHURN: Construct = Construct {
    name: "churn",
    weight: |_| 5,
    generate: |g, _| g.churn(),
    lift: Lifter::lift_churn,
};

impl Gen<'_, '_> {
    fn churn(&mut self) -> Stmt {
        Stmt::Churn {
            n: *self.pick(&[10u32, 50, 100, 300]).unwrap_or(&50),
            what: self.below(5) as u8,
        }
    }
}

impl Lifter {
    fn lift_churn(&mut self, s: &Stmt, ind: usize) -> bool {
        let Stmt::Churn { n, what } = s else {
            return false;
        };
        let e = match what % 5 {
            0 => "\"x\" * 8",
            1 => "[i, i]",
            2 => "Object.new",
            3 => "proc { i }",
            _ => "{ i => i }",
        };
        self.line(ind, &format!("{n}.times {{ |i| {e} }}"));
        true
    }
}

// ---- print

/// `p value`.
pub(crate) static PRINT: Construct = Construct {
    name: "print",
    weight: |_| 3,
    generate: |g, scope| g.print(scope),
    lift: Lifter::lift_print,
};

impl Gen<'_, '_> {
    fn print(&mut self, scope: &mut Scope) -> Stmt {
        Stmt::Print {
            value: self.operand(scope),
        }
    }
}

impl Lifter {
    fn lift_print(&mut self, s: &Stmt, ind: usize) -> bool {
        let Stmt::Print { value } = s else {
            return false;
        };
        self.line(ind, &format!("p {}", self.operand(value)));
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::table::golden;

    #[test]
    fn churn() {
        let s = Stmt::Churn { n: 50, what: 3 };
        assert_eq!(golden(&CHURN, &s), "50.times { |i| proc { i } }\n");
    }

    #[test]
    fn print() {
        let s = Stmt::Print {
            value: Operand::Lit(Lit::Sym("y2".into())),
        };
        assert_eq!(golden(&PRINT, &s), "p :y2\n");
    }
}
