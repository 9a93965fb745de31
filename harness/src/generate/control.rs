//! Control flow: loops, `begin`/`rescue`/`ensure`/`retry`, the eval family, fibers, `raise`.
//!
//! One [`Construct`] entry per kind of statement (see [`super::table`]), each followed by its
//! generation (on [`Gen`]) and its lifting (on [`Lifter`]); the golden tests at the end lift a
//! hand-built statement of each.

use super::table::{Construct, Gen};
use super::*;
use crate::lift::{ruby_str, Lifter};

// ---- loop

/// `n.times do |i|` with a body.
pub(crate) static LOOP: Construct = Construct {
    name: "loop",
    weight: |c| 4 * c.nest,
    generate: |g, scope| g.times_loop(scope),
    lift: Lifter::lift_loop,
};

impl Gen<'_, '_> {
    fn times_loop(&mut self, scope: &mut Scope) -> Stmt {
        let n = *self.pick(&[1u32, 2, 3, 5, 10, 30]).unwrap_or(&3);
        let mut inner = scope.clone();
        inner.params.push("i".into());
        let body = self.small_body(&mut inner);
        Stmt::Loop { n, body }
    }
}

impl Lifter {
    fn lift_loop(&mut self, s: &Stmt, ind: usize) -> bool {
        let Stmt::Loop { n, body } = s else {
            return false;
        };
        self.line(ind, &format!("{n}.times do |i|"));
        self.stmts(body, ind + 1);
        self.line(ind, "end");
        true
    }
}

// ---- begin-rescue

/// `begin`/`rescue`/`ensure`, maybe with `retry`.
pub(crate) static BEGIN: Construct = Construct {
    name: "begin-rescue",
    weight: |c| 3 * c.nest,
    generate: |g, scope| g.begin_rescue(scope),
    lift: Lifter::lift_begin,
};

impl Gen<'_, '_> {
    fn begin_rescue(&mut self, scope: &mut Scope) -> Stmt {
        let mut inner = scope.clone();
        let mut body = self.small_body(&mut inner);
        if self.chance(0.5) {
            body.push(Stmt::Raise {
                class: "ArgumentError".into(),
                msg: "r".into(),
            });
        }
        let mut inner2 = scope.clone();
        inner2.params.push("e".into());
        let rescue = self.small_body(&mut inner2);
        let ensure = if self.chance(0.4) {
            self.small_body(&mut scope.clone())
        } else {
            vec![]
        };
        Stmt::Begin {
            body,
            rescue,
            ensure,
            retry: self.chance(0.3),
        }
    }
}

impl Lifter {
    fn lift_begin(&mut self, s: &Stmt, ind: usize) -> bool {
        let Stmt::Begin {
            body,
            rescue,
            ensure,
            retry,
        } = s
        else {
            return false;
        };
        let counter = if *retry {
            self.uid += 1;
            let c = format!("r{}", self.uid);
            self.line(ind, &format!("{c} = 0"));
            Some(c)
        } else {
            None
        };
        self.line(ind, "begin");
        self.stmts(body, ind + 1);
        self.line(ind, "rescue => e");
        self.stmts(rescue, ind + 1);
        if let Some(c) = counter {
            self.line(ind + 1, &format!("{c} += 1"));
            self.line(ind + 1, &format!("retry if {c} < 2"));
        }
        if !ensure.is_empty() {
            self.line(ind, "ensure");
            self.stmts(ensure, ind + 1);
        }
        self.line(ind, "end");
        true
    }
}

// ---- eval

/// `eval`, `instance_eval`, `class_eval` (block or string).
pub(crate) static EVAL: Construct = Construct {
    name: "eval",
    weight: |c| 3 * c.nest,
    generate: |g, scope| g.eval_family(scope),
    lift: Lifter::lift_eval,
};

impl Gen<'_, '_> {
    fn eval_family(&mut self, scope: &mut Scope) -> Stmt {
        match self.weighted(&[3, 3, 3]) {
            0 if self.cat.feature("eval") => {
                let mut inner = scope.clone();
                let body = self.small_body(&mut inner);
                Stmt::Eval { body }
            }
            1 => match self.object_var(scope) {
                Some(recv) => {
                    let mut inner = scope.clone();
                    let body = self.small_body(&mut inner);
                    Stmt::InstanceEval {
                        recv,
                        body,
                        string: self.chance(0.3),
                    }
                }
                None => self.new_object(scope),
            },
            _ => {
                let class = self.class_ref(scope);
                let target = Target::Class(class.clone());
                let mut inner = Scope {
                    vars: scope.vars.clone(),
                    params: scope.params.clone(),
                    class: Some(target),
                    depth: scope.depth + 1,
                    in_def: scope.in_def,
                };
                let n = 1 + self.below(2);
                let body: Vec<Stmt> = if scope.depth >= self.cfg.max_depth {
                    vec![]
                } else {
                    (0..n).map(|_| self.stmt(&mut inner)).collect()
                };
                let string = self.chance(0.3);
                Stmt::ClassEval {
                    class,
                    body,
                    string,
                }
            }
        }
    }
}

impl Lifter {
    fn lift_eval(&mut self, s: &Stmt, ind: usize) -> bool {
        match s {
            Stmt::Eval { body } => {
                let text = self.nested_text(body);
                self.line(ind, &format!("eval({})", ruby_str(&text)))
            }
            Stmt::InstanceEval { recv, body, string } => {
                if *string {
                    let text = self.nested_text(body);
                    self.line(
                        ind,
                        &format!("v{}.instance_eval({})", recv.0, ruby_str(&text)),
                    )
                } else {
                    self.line(ind, &format!("v{}.instance_eval do", recv.0));
                    self.stmts(body, ind + 1);
                    self.line(ind, "end");
                }
            }
            Stmt::ClassEval {
                class,
                body,
                string,
            } => {
                if *string {
                    let text = self.nested_text(body);
                    self.line(
                        ind,
                        &format!("{}.class_eval({})", self.cref(class), ruby_str(&text)),
                    )
                } else {
                    self.line(ind, &format!("{}.class_eval do", self.cref(class)));
                    self.stmts(body, ind + 1);
                    self.line(ind, "end");
                }
            }
            _ => return false,
        }
        true
    }
}

// ---- fiber

/// `Fiber.new` (maybe capturing its argument) or a resume (maybe mid-mark).
pub(crate) static FIBER: Construct = Construct {
    name: "fiber",
    weight: |c| 2 * c.nest,
    generate: |g, scope| g.fiber(scope),
    lift: Lifter::lift_fiber,
};

impl Gen<'_, '_> {
    fn fiber(&mut self, scope: &mut Scope) -> Stmt {
        if !self.cat.has("Fiber") {
            return self.literal(scope);
        }
        let fibers = self.vars_of(scope, |k| k == VKind::Fiber);
        if !fibers.is_empty() && self.chance(0.6) {
            let out = self.var();
            scope.vars.push((out, VKind::Any));
            let fiber = *self.pick(&fibers).unwrap_or(&Var(0));
            // a fiber that ends while the collector marks hands its
            // frame's env the stack mid-cycle (mruby 4.0's
            // fiber_terminate freed a live env's stack there)
            let mark = self.cfg.mark && self.chance(0.4);
            Stmt::FiberResume { out, fiber, mark }
        } else {
            let mut inner = scope.clone();
            inner.params.push("x".into());
            let body = self.small_body(&mut inner);
            let result = self.operand(&inner);
            let out = self.var();
            scope.vars.push((out, VKind::Fiber));
            let capture = self.chance(0.5);
            Stmt::FiberNew {
                out,
                body,
                result,
                capture,
            }
        }
    }
}

impl Lifter {
    fn lift_fiber(&mut self, s: &Stmt, ind: usize) -> bool {
        match s {
            Stmt::FiberNew {
                out,
                body,
                result,
                capture,
            } => {
                self.line(ind, &format!("v{} = Fiber.new do |x|", out.0));
                self.stmts(body, ind + 1);
                if *capture {
                    self.line(ind + 1, &format!("$fk{} = proc {{ x }}", out.0));
                }
                self.line(ind + 1, "Fiber.yield(x)");
                let r = self.operand(result);
                self.line(ind + 1, &r);
                self.line(ind, "end");
            }
            Stmt::FiberResume { out, fiber, mark } => {
                if *mark {
                    self.line(ind, "GCStress.mark");
                }
                self.line(ind, &format!("v{} = v{}.resume(1)", out.0, fiber.0))
            }
            _ => return false,
        }
        true
    }
}

// ---- raise

/// `raise` of a core exception.
pub(crate) static RAISE: Construct = Construct {
    name: "raise",
    weight: |_| 2,
    generate: |g, _| g.raise(),
    lift: Lifter::lift_raise,
};

impl Gen<'_, '_> {
    fn raise(&mut self) -> Stmt {
        Stmt::Raise {
            class: (*self
                .pick(&["ArgumentError", "TypeError", "RuntimeError"])
                .unwrap_or(&"RuntimeError"))
            .into(),
            msg: "x".into(),
        }
    }
}

impl Lifter {
    fn lift_raise(&mut self, s: &Stmt, ind: usize) -> bool {
        let Stmt::Raise { class, msg } = s else {
            return false;
        };
        self.line(ind, &format!("raise {class}, {}", ruby_str(msg)));
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::table::golden;

    #[test]
    fn loop_() {
        let s = Stmt::Loop {
            n: 3,
            body: vec![Stmt::Push {
                arr: Var(0),
                value: Operand::Param("i".into()),
            }],
        };
        assert_eq!(golden(&LOOP, &s), "3.times do |i|\n  v0 << i\nend\n");
    }

    #[test]
    fn begin_rescue() {
        let s = Stmt::Begin {
            body: vec![Stmt::Raise {
                class: "ArgumentError".into(),
                msg: "r".into(),
            }],
            rescue: vec![Stmt::Print {
                value: Operand::Param("e".into()),
            }],
            ensure: vec![Stmt::Gc(GcKind::Full)],
            retry: true,
        };
        assert_eq!(
            golden(&BEGIN, &s),
            "r1 = 0\nbegin\n  raise ArgumentError, \"r\"\nrescue => e\n  p e\n  r1 += 1\n  \
             retry if r1 < 2\nensure\n  GCStress.full\nend\n"
        );
    }

    #[test]
    fn eval() {
        let s = Stmt::Eval {
            body: vec![Stmt::Lit {
                out: Var(0),
                lit: Lit::Str("s1".into()),
            }],
        };
        assert_eq!(golden(&EVAL, &s), "eval(\"v0 = \\\"s1\\\"\")\n");
        let s = Stmt::InstanceEval {
            recv: Var(1),
            body: vec![Stmt::Gc(GcKind::Minor)],
            string: false,
        };
        assert_eq!(
            golden(&EVAL, &s),
            "v1.instance_eval do\n  GCStress.minor\nend\n"
        );
        let s = Stmt::ClassEval {
            class: ClassRef::User(ClassId(0)),
            body: vec![Stmt::Freeze { of: Var(0) }],
            string: true,
        };
        assert_eq!(golden(&EVAL, &s), "C0.class_eval(\"v0.freeze\")\n");
    }

    #[test]
    fn fiber() {
        let s = Stmt::FiberNew {
            out: Var(2),
            body: vec![],
            result: Operand::Param("x".into()),
            capture: true,
        };
        assert_eq!(
            golden(&FIBER, &s),
            "v2 = Fiber.new do |x|\n  $fk2 = proc { x }\n  Fiber.yield(x)\n  x\nend\n"
        );
        let s = Stmt::FiberResume {
            out: Var(3),
            fiber: Var(2),
            mark: true,
        };
        assert_eq!(golden(&FIBER, &s), "GCStress.mark\nv3 = v2.resume(1)\n");
    }

    #[test]
    fn raise() {
        let s = Stmt::Raise {
            class: "TypeError".into(),
            msg: "x".into(),
        };
        assert_eq!(golden(&RAISE, &s), "raise TypeError, \"x\"\n");
    }
}
