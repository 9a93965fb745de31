//! GC points, and objects stashed before a full GC then moved or held across a mark (the
//! incremental-mode shapes).
//!
//! One [`Construct`] entry per kind of statement (see [`super::table`]), each followed by its
//! generation (on [`Gen`]) and its lifting (on [`Lifter`]); the golden tests at the end lift a
//! hand-built statement of each.

use super::table::{Construct, Gen};
use super::*;
use crate::lift::{padded_move, Lifter};

// ---- gc-point

/// A GC point: `GCStress.minor`, `.full`, `.step`, `.mark`.
pub(crate) static GC_POINT: Construct = Construct {
    name: "gc-point",
    weight: |_| 6,
    generate: |g, _| g.gc_point(),
    lift: Lifter::lift_gc,
};

impl Gen<'_, '_> {
    fn gc_point(&mut self) -> Stmt {
        Stmt::Gc(
            match self.weighted(&[5, 3, 2, if self.cfg.mark { 2 } else { 0 }]) {
                0 => GcKind::Minor,
                1 => GcKind::Full,
                2 => GcKind::Step,
                _ => GcKind::Mark,
            },
        )
    }
}

impl Lifter {
    fn lift_gc(&mut self, s: &Stmt, ind: usize) -> bool {
        let Stmt::Gc(k) = s else {
            return false;
        };
        self.line(
            ind,
            match k {
                GcKind::Minor => "GCStress.minor",
                GcKind::Full => "GCStress.full",
                GcKind::Step => "GCStress.step",
                GcKind::Mark => "GCStress.mark",
            },
        );
        true
    }
}

// ---- stash

/// Objects made now (`$stash`), to move later.
pub(crate) static STASH: Construct = Construct {
    name: "stash",
    weight: |_| 1,
    generate: |g, _| g.stash(),
    lift: Lifter::lift_stash,
};

impl Gen<'_, '_> {
    fn stash(&mut self) -> Stmt {
        self.stashed = true;
        Stmt::Stash {
            n: 2 + self.below(7) as u8,
            what: self.below(6) as u8,
        }
    }
}

impl Lifter {
    fn lift_stash(&mut self, s: &Stmt, ind: usize) -> bool {
        let Stmt::Stash { n, what } = s else {
            return false;
        };
        let e = match what % 6 {
            0 => "\"p#{j}\" * 3",
            1 => "[j, \"a#{j}\"]",
            2 => "{ j => \"h#{j}\" }",
            3 => "Object.new",
            4 => "proc { j }",
            _ => "[[j], { j => [j] }]",
        };
        self.line(
            ind,
            &format!("($stash ||= []).concat(Array.new({n}) {{ |j| {e} }})"),
        );
        true
    }
}

// ---- move

/// One stashed object moved into a local's object (ivar, array, hash).
pub(crate) static MOVE: Construct = Construct {
    name: "move",
    weight: |c| {
        if c.stashed {
            6 * u32::from(c.has_obj)
        } else {
            0
        }
    },
    generate: |g, scope| g.move_stashed(scope),
    lift: Lifter::lift_move,
};

impl Gen<'_, '_> {
    fn move_stashed(&mut self, scope: &mut Scope) -> Stmt {
        match self.any_var(scope) {
            Some(to) => {
                let kind = scope.vars.iter().find(|(v, _)| *v == to).map(|(_, k)| *k);
                let how = match kind {
                    Some(VKind::Array) => 1 + self.below(2) as u8,
                    Some(VKind::Hash) => 3,
                    _ if self.chance(0.8) => 0,
                    _ => self.below(4) as u8,
                };
                Stmt::Move {
                    to,
                    how,
                    slot: self.below(3) as u32,
                }
            }
            None => self.literal(scope),
        }
    }
}

impl Lifter {
    fn lift_move(&mut self, s: &Stmt, ind: usize) -> bool {
        let Stmt::Move { to, how, slot } = s else {
            return false;
        };
        let t = to.0;
        let store = match how % 4 {
            0 => format!("v{t}.instance_variable_set(:@m{slot}, $stash.shift)"),
            1 => format!("v{t} << $stash.shift"),
            2 => format!("v{t}[{slot}] = $stash.shift"),
            _ => format!("v{t}[:m{slot}] = $stash.shift"),
        };
        self.line(ind, &padded_move(&store));
        true
    }
}

// ---- hold

/// The whole holder shape: full GC, a new holder, mark steps, a stashed object stored into it.
pub(crate) static HOLD: Construct = Construct {
    name: "hold",
    weight: |c| if c.stashed && c.top { 5 } else { 0 },
    generate: |g, _| g.hold(),
    lift: Lifter::lift_hold,
};

impl Gen<'_, '_> {
    fn hold(&mut self) -> Stmt {
        self.next_hold += 1;
        let (id, how, slot) = (
            self.next_hold,
            self.below(HOLD_KINDS.len()) as u8,
            self.below(3) as u32,
        );
        if super::selfcheck::checkable(how) {
            self.holds.push((id, how, slot));
        }
        Stmt::Hold {
            id,
            how,
            slot,
            steps: 1 + self.below(3) as u8,
            mark: self.cfg.mark,
        }
    }
}

impl Lifter {
    fn lift_hold(&mut self, s: &Stmt, ind: usize) -> bool {
        let Stmt::Hold {
            id,
            how,
            slot,
            steps,
            mark,
        } = s
        else {
            return false;
        };
        // the holder's name and the self-check's key say the store's kind and
        // slot too: a hold spliced in from another program (mutation) with
        // the same id is another holder, never read the wrong way
        let key = super::selfcheck::key(*id, *how, *slot);
        let h = format!("h{key}");
        let step = if *mark {
            "GCStress.mark"
        } else {
            "GCStress.step"
        };
        let marks = vec![step; usize::from((*steps).clamp(1, 4))].join("; ");
        let kind = usize::from(*how) % HOLD_KINDS.len();
        // the stored object, kept for the program's self-checks (`selfcheck.rs`)
        let obj = if super::selfcheck::checkable(*how) {
            format!("GCStress.keep({key}, $stash.shift)")
        } else {
            "$stash.shift".to_string()
        };
        self.line(ind, "GCStress.full");
        if kind == 9 {
            // the object enters a method's frame after its env is black;
            // returning copies the frame into the env (mrb_env_unshare)
            self.line(ind, &format!("def hold{key}"));
            self.line(ind + 1, "x = nil");
            self.line(ind + 1, "pr = proc { x }");
            self.line(ind + 1, &marks);
            self.line(ind + 1, &format!("x = {obj}"));
            self.line(ind + 1, "pr");
            self.line(ind, "end");
            self.line(ind, &format!("{h} = hold{key}"));
            return true;
        }
        let (make, store) = match kind {
            0 => (
                "Object.new".to_string(),
                format!("{h}.instance_variable_set(:@m{slot}, {obj})"),
            ),
            1 => ("[]".to_string(), format!("{h} << {obj}")),
            2 => (
                "[nil, nil, nil]".to_string(),
                format!("{h}[{}] = {obj}", slot % 3),
            ),
            3 => ("{}".to_string(), format!("{h}[:m{slot}] = {obj}")),
            // given nil, the setter reads the captured value back (a self-check)
            4 => (
                "(proc { c = nil; proc { |y| y ? (c = y) : c } }).call".to_string(),
                format!("{h}.call({obj})"),
            ),
            5 => (
                "Class.new".to_string(),
                format!("{h}.class_variable_set(:@@m{slot}, {obj})"),
            ),
            // not empty: concat onto [] is a replace (ary_replace)
            6 => ("[nil]".to_string(), format!("{h}.concat([{obj}])")),
            7 => ("[]".to_string(), format!("{h}.replace([{obj}])")),
            _ => (
                "Class.new".to_string(),
                format!("{h}.send(:define_method, :m{slot}, $stash.shift)"),
            ),
        };
        self.line(ind, &format!("{h} = {make}"));
        self.line(ind, &marks);
        self.line(ind, &padded_move(&store));
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::table::golden;

    const PAD: &str =
        "q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil";

    #[test]
    fn gc_point() {
        assert_eq!(
            golden(&GC_POINT, &Stmt::Gc(GcKind::Mark)),
            "GCStress.mark\n"
        );
    }

    #[test]
    fn stash() {
        let s = Stmt::Stash { n: 4, what: 1 };
        assert_eq!(
            golden(&STASH, &s),
            "($stash ||= []).concat(Array.new(4) { |j| [j, \"a#{j}\"] })\n"
        );
    }

    #[test]
    fn move_() {
        let s = Stmt::Move {
            to: Var(2),
            how: 0,
            slot: 1,
        };
        assert_eq!(
            golden(&MOVE, &s),
            format!("1.times {{ {PAD}; v2.instance_variable_set(:@m1, $stash.shift) }}\n")
        );
    }

    #[test]
    fn hold() {
        let s = Stmt::Hold {
            id: 1,
            how: 1,
            slot: 0,
            steps: 2,
            mark: false,
        };
        assert_eq!(
            golden(&HOLD, &s),
            format!(
                "GCStress.full\nh110 = []\nGCStress.step; GCStress.step\n\
                 1.times {{ {PAD}; h110 << GCStress.keep(110, $stash.shift) }}\n"
            )
        );
        // kind 9: the object enters a method's frame, whose env the proc keeps
        let s = Stmt::Hold {
            id: 2,
            how: 9,
            slot: 0,
            steps: 1,
            mark: true,
        };
        assert_eq!(
            golden(&HOLD, &s),
            "GCStress.full\ndef hold290\n  x = nil\n  pr = proc { x }\n  GCStress.mark\n  \
             x = GCStress.keep(290, $stash.shift)\n  pr\nend\nh290 = hold290\n"
        );
    }
}
