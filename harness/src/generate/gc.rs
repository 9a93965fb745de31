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
    weight: |c| if c.stashed && c.top { 6 } else { 0 },
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

/// `n` (1..=`max`) mark steps (`GCStress.mark`) or incremental steps
/// (`GCStress.step`) on one line: how far a hold advances the new cycle
/// before its store.
fn advance_cycle(mark: bool, n: u8, max: u8) -> String {
    let step = if mark {
        "GCStress.mark"
    } else {
        "GCStress.step"
    };
    vec![step; usize::from(n.clamp(1, max))].join("; ")
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
        let marks = advance_cycle(*mark, *steps, 4);
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

// ---- hold-internal

/// The holder shape through a store inside one of the VM's own operations
/// (exception message, `Hash#merge!`, singleton class, `include`, `prepend`,
/// fibers, string evals, backtraces, `Array#unshift`, `Array#[]=` of a range,
/// a binding's locals), with its own value of the right type.
pub(crate) static HOLD_INTERNAL: Construct = Construct {
    name: "hold-internal",
    weight: |c| if c.top { 4 } else { 0 },
    generate: |g, _| g.hold_internal(),
    lift: Lifter::lift_hold_internal,
};

/// Values a kind that takes any object moves (made before the cycle).
const ANY_VALUES: [&str; 5] = [
    "\"p\" * 3",
    "[\"a\" * 2]",
    "{ k: \"h\" * 2 }",
    "Object.new",
    "[[1], { 2 => [3] }]",
];

/// A binding of a returned block's frame.
const BLOCK_BINDING: &str = "Array.new(1) { |j| binding }[0]";

/// A proc whose env is its own (a returned block's frame): moved by the
/// kinds that take a block.
const OWN_ENV_PROC: &str = "Array.new(1) { |j| proc { j } }[0]";

impl Gen<'_, '_> {
    fn hold_internal(&mut self) -> Stmt {
        // the kinds this VM has the classes and methods for
        let fiber = self.cat.has("Fiber");
        let eval = self.cat.feature("eval");
        let prepend = self.cat.feature("prepend") && self.cat.has("Comparable");
        let binding = self.cat.methods("Kernel").contains(&"binding");
        let available: Vec<u8> = (0..HOLD_INTERNAL_KINDS.len() as u8)
            .filter(|k| match k {
                4 => prepend,
                5 | 6 => fiber,
                7 | 8 => eval,
                12 => binding,
                _ => true,
            })
            .collect();
        self.next_hold += 1;
        Stmt::HoldInternal {
            id: self.next_hold,
            how: self.pick(&available).copied().unwrap_or(0),
            what: self.below(20) as u8,
            slot: self.below(3) as u32,
            steps: 1 + self.below(3) as u8,
            mark: self.cfg.mark,
        }
    }
}

impl Lifter {
    fn lift_hold_internal(&mut self, s: &Stmt, ind: usize) -> bool {
        let Stmt::HoldInternal {
            id,
            how,
            what,
            slot,
            steps,
            mark,
        } = s
        else {
            return false;
        };
        let h = format!("hi{id}");
        let marks = |n: u8| advance_cycle(*mark, n, 8);
        let w = usize::from(*what);
        let any = ANY_VALUES[w % ANY_VALUES.len()];
        let kind = usize::from(*how) % HOLD_INTERNAL_KINDS.len();
        let stash = |l: &mut Lifter, v: &str| l.line(ind, &format!("($stash ||= []).unshift({v})"));
        match kind {
            // Fiber#initialize stores the block into the fiber (already black:
            // the cycle starts inside the subclass's initialize)
            6 => {
                stash(self, OWN_ENV_PROC);
                self.line(ind, &format!("class HoldFiber{id} < Fiber"));
                self.line(ind + 1, "def initialize");
                self.line(ind + 2, &marks(*steps + 3));
                self.line(ind + 2, "super(&$stash.shift)");
                self.line(ind + 1, "end");
                self.line(ind, "end");
                self.line(ind, "GCStress.full");
                self.line(ind, &format!("{h} = HoldFiber{id}.new"));
            }
            // a suspended fiber (black) runs again, takes the value into its
            // stack and yields: switching back regrays it
            5 => {
                stash(self, any);
                self.line(ind, "GCStress.full");
                self.line(
                    ind,
                    &format!(
                        "{h} = Fiber.new {{ x = nil; Fiber.yield; x = $stash.shift; Fiber.yield; x }}"
                    ),
                );
                self.line(ind, &format!("{h}.resume"));
                self.line(ind, &marks(*steps));
                self.line(ind, &format!("{h}.resume"));
            }
            // a string eval's proc shares the calling frame's env (this
            // frame's, made before the cycle by the proc below, black after
            // the steps); the eval sets its target class: the value's
            // singleton class, or the value itself
            7 | 8 => {
                let (value, call) = if kind == 7 {
                    (
                        "Array.new(1) { o = Object.new; o.singleton_class; o }[0]",
                        format!("instance_eval(\"@m{slot} = {slot}\")"),
                    )
                } else if w % 2 == 0 {
                    ("Class.new", format!("class_eval(\"def m{slot}; end\")"))
                } else {
                    ("Module.new", format!("module_eval(\"def m{slot}; end\")"))
                };
                stash(self, value);
                self.line(ind, "GCStress.full");
                self.line(ind, &format!("{h} = proc {{ {h} }}"));
                self.line(ind, &marks(*steps));
                // not in a block: the eval must run in this frame
                self.line(ind, &format!("$stash.shift.{call}"));
            }
            _ => {
                let exc = [
                    "RuntimeError",
                    "ArgumentError",
                    "TypeError",
                    "StandardError",
                ][w % 4];
                let (value, make, store) = match kind {
                    0 => (
                        "\"e\" * 3".to_string(),
                        format!("{exc}.new(\"x\")"),
                        format!("{h}.send(:initialize, $stash.shift)"),
                    ),
                    1 => (
                        any.to_string(),
                        if w % 2 == 0 { "{}" } else { "{ a: 1 }" }.to_string(),
                        format!("{h}.merge!(m{slot}: $stash.shift)"),
                    ),
                    2 => (
                        any.to_string(),
                        if w % 2 == 0 { "Object.new" } else { "[]" }.to_string(),
                        format!("{h}.singleton_class.instance_variable_set(:@m{slot}, $stash.shift)"),
                    ),
                    3 => (
                        "Module.new".to_string(),
                        if w % 2 == 0 { "Class.new" } else { "Module.new" }.to_string(),
                        format!("{h}.send(:include, $stash.shift)"),
                    ),
                    // included first, so prepend finds the module already
                    // there and only the origin class is new
                    4 => (
                        OWN_ENV_PROC.to_string(),
                        "Class.new".to_string(),
                        format!(
                            "{h}.send(:prepend, Comparable); {h}.send(:define_method, :m{slot}, $stash.shift)"
                        ),
                    ),
                    // a new array of the old message, kept by the exception
                    9 => (
                        "\"b\" * 3".to_string(),
                        format!("{exc}.new(\"x\")"),
                        format!("{h}.set_backtrace([$stash.shift])"),
                    ),
                    10 => (
                        any.to_string(),
                        if w % 2 == 0 { "[]" } else { "[nil]" }.to_string(),
                        format!("{h}.unshift($stash.shift)"),
                    ),
                    11 => (
                        any.to_string(),
                        "[1, 2]".to_string(),
                        format!("{h}[{}, {}] = [$stash.shift]", slot % 3, w % 2),
                    ),
                    // a binding of a returned block's frame (its env
                    // closed): a new local grows the env
                    12 => (
                        any.to_string(),
                        BLOCK_BINDING.to_string(),
                        format!("{h}.local_variable_set(:m{slot}, $stash.shift)"),
                    ),
                    // the method table; the copied proc keeps the old env
                    _ => (
                        OWN_ENV_PROC.to_string(),
                        if w % 2 == 0 { "Class.new" } else { "Module.new" }.to_string(),
                        format!("{h}.send(:define_method, :m{slot}, $stash.shift)"),
                    ),
                };
                stash(self, &value);
                self.line(ind, "GCStress.full");
                self.line(ind, &format!("{h} = {make}"));
                if kind == 4 {
                    self.line(ind, &format!("{h}.send(:include, Comparable)"));
                }
                // the binding's env is one object further from the root
                // than the binding itself: one more step
                self.line(ind, &marks(*steps + u8::from(kind == 12)));
                self.line(ind, &padded_move(&store));
            }
        }
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

    #[test]
    fn hold_internal() {
        let s = |how, what| Stmt::HoldInternal {
            id: 3,
            how,
            what,
            slot: 1,
            steps: 2,
            mark: true,
        };
        // through the VM's own store: the value first, then the holder shape
        assert_eq!(
            golden(&HOLD_INTERNAL, &s(0, 1)),
            format!(
                "($stash ||= []).unshift(\"e\" * 3)\nGCStress.full\nhi3 = ArgumentError.new(\"x\")\n\
                 GCStress.mark; GCStress.mark\n\
                 1.times {{ {PAD}; hi3.send(:initialize, $stash.shift) }}\n"
            )
        );
        assert_eq!(
            golden(&HOLD_INTERNAL, &s(4, 0)),
            format!(
                "($stash ||= []).unshift(Array.new(1) {{ |j| proc {{ j }} }}[0])\nGCStress.full\n\
                 hi3 = Class.new\nhi3.send(:include, Comparable)\nGCStress.mark; GCStress.mark\n\
                 1.times {{ {PAD}; hi3.send(:prepend, Comparable); \
                 hi3.send(:define_method, :m1, $stash.shift) }}\n"
            )
        );
        // a fiber's stack between two resumes
        assert_eq!(
            golden(&HOLD_INTERNAL, &s(5, 3)),
            "($stash ||= []).unshift(Object.new)\nGCStress.full\n\
             hi3 = Fiber.new { x = nil; Fiber.yield; x = $stash.shift; Fiber.yield; x }\n\
             hi3.resume\nGCStress.mark; GCStress.mark\nhi3.resume\n"
        );
        // the cycle starts inside Fiber#initialize of a subclass
        assert_eq!(
            golden(&HOLD_INTERNAL, &s(6, 0)),
            "($stash ||= []).unshift(Array.new(1) { |j| proc { j } }[0])\n\
             class HoldFiber3 < Fiber\n  def initialize\n    \
             GCStress.mark; GCStress.mark; GCStress.mark; GCStress.mark; GCStress.mark\n    \
             super(&$stash.shift)\n  end\nend\nGCStress.full\nhi3 = HoldFiber3.new\n"
        );
        assert_eq!(
            golden(&HOLD_INTERNAL, &s(12, 0)),
            format!(
                "($stash ||= []).unshift(\"p\" * 3)\nGCStress.full\n\
                 hi3 = Array.new(1) {{ |j| binding }}[0]\n\
                 GCStress.mark; GCStress.mark; GCStress.mark\n\
                 1.times {{ {PAD}; hi3.local_variable_set(:m1, $stash.shift) }}\n"
            )
        );
        // a string eval in this frame (not in a block)
        assert_eq!(
            golden(&HOLD_INTERNAL, &s(8, 1)),
            "($stash ||= []).unshift(Module.new)\nGCStress.full\nhi3 = proc { hi3 }\n\
             GCStress.mark; GCStress.mark\n$stash.shift.module_eval(\"def m1; end\")\n"
        );
    }
}
