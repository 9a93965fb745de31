//! Objects and literals: `new`, literals, arrays and hashes, dup/clone/freeze, ivars and growth,
//! constants.
//!
//! One [`Construct`] entry per kind of statement (see [`super::table`]), each followed by its
//! generation (on [`Gen`]) and its lifting (on [`Lifter`]); the golden tests at the end lift a
//! hand-built statement of each.

use super::table::{Construct, Gen};
use super::*;
use crate::lift::{lit, Lifter};

// ---- new-object

/// `C.new(...)` of a user class, a class value or Object.
pub(crate) static NEW_OBJECT: Construct = Construct {
    name: "new-object",
    weight: |_| 9,
    generate: |g, scope| g.new_object(scope),
    lift: Lifter::lift_new,
};

impl Gen<'_, '_> {
    pub(super) fn new_object(&mut self, scope: &mut Scope) -> Stmt {
        let out = self.var();
        let classes: Vec<ClassId> = self
            .classes
            .iter()
            .filter(|c| !c.module)
            .map(|c| c.id)
            .collect();
        let cvars = self.vars_of(scope, |k| k == VKind::Class);
        let class = match self.weighted(&[
            if classes.is_empty() { 0 } else { 8 },
            if cvars.is_empty() { 0 } else { 3 },
            2,
        ]) {
            0 => ClassRef::User(*self.pick(&classes).unwrap_or(&ClassId(0))),
            1 => ClassRef::Var(*self.pick(&cvars).unwrap_or(&Var(0))),
            _ => ClassRef::Core("Object".into()),
        };
        let args = if self.chance(0.5) {
            vec![]
        } else {
            self.args(scope)
        };
        scope.vars.push((out, VKind::Object));
        Stmt::New { out, class, args }
    }
}

impl Lifter {
    fn lift_new(&mut self, s: &Stmt, ind: usize) -> bool {
        let Stmt::New { out, class, args } = s else {
            return false;
        };
        self.line(
            ind,
            &format!("v{} = {}.new({})", out.0, self.cref(class), self.args(args)),
        );
        true
    }
}

// ---- literal

/// A literal, an array or a hash.
pub(crate) static LITERAL: Construct = Construct {
    name: "literal",
    weight: |_| 6,
    generate: |g, scope| g.literal(scope),
    lift: Lifter::lift_literal,
};

impl Gen<'_, '_> {
    pub(super) fn literal(&mut self, scope: &mut Scope) -> Stmt {
        let out = self.var();
        match self.weighted(&[5, 3, 3]) {
            0 => {
                let l = self.lit();
                let k = match &l {
                    Lit::Nil | Lit::True => VKind::Nil,
                    Lit::Int(_) => VKind::Int,
                    Lit::Float(_) => VKind::Float,
                    Lit::Str(_) => VKind::Str,
                    Lit::Sym(_) => VKind::Sym,
                    Lit::Range(..) => VKind::Range,
                };
                scope.vars.push((out, k));
                Stmt::Lit { out, lit: l }
            }
            1 => {
                let n = self.below(4);
                let items = (0..n).map(|_| self.operand(scope)).collect();
                scope.vars.push((out, VKind::Array));
                Stmt::Array { out, items }
            }
            _ => {
                let n = self.below(3);
                let pairs = (0..n)
                    .map(|i| (Operand::Lit(Lit::Sym(format!("k{i}"))), self.operand(scope)))
                    .collect();
                scope.vars.push((out, VKind::Hash));
                Stmt::Hash { out, pairs }
            }
        }
    }
}

impl Lifter {
    fn lift_literal(&mut self, s: &Stmt, ind: usize) -> bool {
        match s {
            Stmt::Lit { out, lit: l } => self.line(ind, &format!("v{} = {}", out.0, lit(l))),
            Stmt::Array { out, items } => {
                let it: Vec<String> = items.iter().map(|o| self.operand(o)).collect();
                self.line(ind, &format!("v{} = [{}]", out.0, it.join(", ")))
            }
            Stmt::Hash { out, pairs } => {
                let it: Vec<String> = pairs
                    .iter()
                    .map(|(k, v)| format!("{} => {}", self.operand(k), self.operand(v)))
                    .collect();
                self.line(ind, &format!("v{} = {{{}}}", out.0, it.join(", ")))
            }
            _ => return false,
        }
        true
    }
}

// ---- dup

/// `dup`, `clone` or `singleton_class` of an object.
pub(crate) static DUP: Construct = Construct {
    name: "dup",
    weight: |c| 4 * u32::from(c.has_obj),
    generate: |g, scope| g.dup(scope),
    lift: Lifter::lift_dup,
};

impl Gen<'_, '_> {
    fn dup(&mut self, scope: &mut Scope) -> Stmt {
        let Some(of) = self.object_var(scope) else {
            return self.new_object(scope);
        };
        let out = self.var();
        let kind = scope
            .vars
            .iter()
            .find(|(v, _)| *v == of)
            .map(|(_, k)| *k)
            .unwrap_or(VKind::Any);
        if self.chance(0.35) {
            scope.vars.push((out, VKind::Class));
            Stmt::SingletonClass { out, of }
        } else {
            scope.vars.push((out, kind));
            Stmt::Dup {
                out,
                of,
                clone: self.chance(0.5),
            }
        }
    }
}

impl Lifter {
    fn lift_dup(&mut self, s: &Stmt, ind: usize) -> bool {
        match s {
            Stmt::SingletonClass { out, of } => {
                self.line(ind, &format!("v{} = v{}.singleton_class", out.0, of.0))
            }
            Stmt::Dup { out, of, clone } => self.line(
                ind,
                &format!(
                    "v{} = v{}.{}",
                    out.0,
                    of.0,
                    if *clone { "clone" } else { "dup" }
                ),
            ),
            _ => return false,
        }
        true
    }
}

// ---- freeze

/// `freeze` (or a literal).
pub(crate) static FREEZE: Construct = Construct {
    name: "freeze",
    weight: |c| 2 * u32::from(c.has_obj),
    generate: |g, scope| g.freeze(scope),
    lift: Lifter::lift_freeze,
};

impl Gen<'_, '_> {
    fn freeze(&mut self, scope: &mut Scope) -> Stmt {
        match self.object_var(scope) {
            Some(of) if self.chance(0.5) => Stmt::Freeze { of },
            _ => self.literal(scope),
        }
    }
}

impl Lifter {
    fn lift_freeze(&mut self, s: &Stmt, ind: usize) -> bool {
        let Stmt::Freeze { of } = s else {
            return false;
        };
        self.line(ind, &format!("v{}.freeze", of.0));
        true
    }
}

// ---- store

/// A store into an object: push, hash store, ivar set/get, growth.
pub(crate) static STORE: Construct = Construct {
    name: "store",
    weight: |_| 6,
    generate: |g, scope| g.store(scope),
    lift: Lifter::lift_store,
};

impl Gen<'_, '_> {
    fn store(&mut self, scope: &mut Scope) -> Stmt {
        let arrs = self.vars_of(scope, |k| k == VKind::Array);
        let hashes = self.vars_of(scope, |k| k == VKind::Hash);
        let objs = self.vars_of(scope, |k| {
            matches!(
                k,
                VKind::Object | VKind::Class | VKind::Proc | VKind::Lambda
            )
        });
        match self.weighted(&[3, 3, 4, 3, 2]) {
            0 if !arrs.is_empty() => {
                let arr = *self.pick(&arrs).unwrap_or(&Var(0));
                let value = self.operand(scope);
                Stmt::Push { arr, value }
            }
            1 if !hashes.is_empty() => {
                let hash = *self.pick(&hashes).unwrap_or(&Var(0));
                let key = Operand::Lit(self.lit());
                let value = self.operand(scope);
                Stmt::Store { hash, key, value }
            }
            2 if !objs.is_empty() => {
                let recv = *self.pick(&objs).unwrap_or(&Var(0));
                let value = self.operand(scope);
                Stmt::IvarSet {
                    recv,
                    ivar: self.below(4) as u32,
                    value,
                }
            }
            3 if !objs.is_empty() => {
                let recv = *self.pick(&objs).unwrap_or(&Var(0));
                let out = self.var();
                scope.vars.push((out, VKind::Any));
                Stmt::IvarGet {
                    out,
                    recv,
                    ivar: self.below(4) as u32,
                }
            }
            _ => {
                let all: Vec<(Var, VKind)> = scope
                    .vars
                    .iter()
                    .copied()
                    .filter(|(_, k)| matches!(k, VKind::Array | VKind::Hash | VKind::Object))
                    .collect();
                match self.pick(&all).copied() {
                    Some((target, kind)) => Stmt::Grow {
                        target,
                        kind,
                        n: *self.pick(&[8u32, 30, 100]).unwrap_or(&30),
                    },
                    None => self.literal(scope),
                }
            }
        }
    }
}

impl Lifter {
    fn lift_store(&mut self, s: &Stmt, ind: usize) -> bool {
        match s {
            Stmt::Push { arr, value } => {
                self.line(ind, &format!("v{} << {}", arr.0, self.operand(value)))
            }
            Stmt::Store { hash, key, value } => self.line(
                ind,
                &format!(
                    "v{}[{}] = {}",
                    hash.0,
                    self.operand(key),
                    self.operand(value)
                ),
            ),
            Stmt::IvarSet { recv, ivar, value } => self.line(
                ind,
                &format!(
                    "v{}.instance_variable_set(:@i{ivar}, {})",
                    recv.0,
                    self.operand(value)
                ),
            ),
            Stmt::IvarGet { out, recv, ivar } => self.line(
                ind,
                &format!("v{} = v{}.instance_variable_get(:@i{ivar})", out.0, recv.0),
            ),
            Stmt::Grow { target, kind, n } => {
                let t = target.0;
                let body = match kind {
                    VKind::Array => format!("v{t} << i.to_s"),
                    VKind::Hash => format!("v{t}[i] = [i]"),
                    _ => format!("v{t}.instance_variable_set(:\"@g#{{i}}\", i)"),
                };
                self.line(ind, &format!("{n}.times {{ |i| {body} }}"))
            }
            _ => return false,
        }
        true
    }
}

// ---- const-set

/// A constant (an escape to a root).
pub(crate) static CONST_SET: Construct = Construct {
    name: "const-set",
    weight: |_| 3,
    generate: |g, scope| g.const_set(scope),
    lift: Lifter::lift_const_set,
};

impl Gen<'_, '_> {
    fn const_set(&mut self, scope: &mut Scope) -> Stmt {
        let id = self.next_const;
        self.next_const += 1;
        self.consts.push(id);
        let value = self.operand(scope);
        Stmt::ConstSet { id, value }
    }
}

impl Lifter {
    fn lift_const_set(&mut self, s: &Stmt, ind: usize) -> bool {
        let Stmt::ConstSet { id, value } = s else {
            return false;
        };
        let v = self.operand(value);
        if self.def_depth > 0 {
            self.line(ind, &format!("Object.const_set(:K{id}, {v})"))
        } else {
            self.line(ind, &format!("K{id} = {v}"))
        }
        true
    }
}

// ---- internal

/// `vX = <expression>` whose C code allocates or stores inside the VM or an
/// mrbgem ([`INTERNAL_EXPRS`]), among those this VM has.
pub(crate) static INTERNAL: Construct = Construct {
    name: "internal",
    weight: |_| 3,
    generate: |g, scope| g.internal(scope),
    lift: Lifter::lift_internal,
};

impl Gen<'_, '_> {
    fn internal(&mut self, scope: &mut Scope) -> Stmt {
        let kernel = self.cat.methods("Kernel");
        let available: Vec<u8> = INTERNAL_EXPRS
            .iter()
            .enumerate()
            .filter(|(_, (name, _, _))| match *name {
                "internal-rational" => self.cat.has("Rational"),
                "internal-complex" => self.cat.has("Complex"),
                "internal-data" => self.cat.has("Data"),
                "internal-binding" => kernel.contains(&"binding"),
                "internal-gc-start" => self.cat.has("GC"),
                _ => true,
            })
            .map(|(i, _)| i as u8)
            .collect();
        let kind = self.pick(&available).copied().unwrap_or(0);
        let a = self.operand(scope);
        let b = self.operand(scope);
        let out = self.var();
        scope.vars.push((
            out,
            INTERNAL_EXPRS[usize::from(kind) % INTERNAL_EXPRS.len()].2,
        ));
        Stmt::Internal {
            out,
            kind,
            k: self.below(8) as u8,
            a,
            b,
        }
    }
}

impl Lifter {
    fn lift_internal(&mut self, s: &Stmt, ind: usize) -> bool {
        let Stmt::Internal { out, kind, k, a, b } = s else {
            return false;
        };
        let (_, text, _) = INTERNAL_EXPRS[usize::from(*kind) % INTERNAL_EXPRS.len()];
        let e = text
            .replace("{a}", &self.operand(a))
            .replace("{b}", &self.operand(b))
            .replace("{k}", &k.to_string());
        self.line(ind, &format!("v{} = {e}", out.0));
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::table::golden;

    #[test]
    fn new_object() {
        let s = Stmt::New {
            out: Var(1),
            class: ClassRef::User(ClassId(0)),
            args: vec![
                Arg::Pos(Operand::Lit(Lit::Int(1))),
                Arg::Kw("k0".into(), Operand::Var(Var(0))),
            ],
        };
        assert_eq!(golden(&NEW_OBJECT, &s), "v1 = C0.new(1, k0: v0)\n");
    }

    #[test]
    fn literal() {
        let s = Stmt::Lit {
            out: Var(0),
            lit: Lit::Float(2.5),
        };
        assert_eq!(golden(&LITERAL, &s), "v0 = 2.5\n");
        let s = Stmt::Array {
            out: Var(1),
            items: vec![Operand::Var(Var(0)), Operand::Lit(Lit::Sym("y1".into()))],
        };
        assert_eq!(golden(&LITERAL, &s), "v1 = [v0, :y1]\n");
        let s = Stmt::Hash {
            out: Var(2),
            pairs: vec![(
                Operand::Lit(Lit::Sym("k0".into())),
                Operand::Lit(Lit::Range(1, 3)),
            )],
        };
        assert_eq!(golden(&LITERAL, &s), "v2 = {:k0 => (1..3)}\n");
    }

    #[test]
    fn dup() {
        let s = Stmt::Dup {
            out: Var(3),
            of: Var(1),
            clone: true,
        };
        assert_eq!(golden(&DUP, &s), "v3 = v1.clone\n");
        let s = Stmt::SingletonClass {
            out: Var(4),
            of: Var(1),
        };
        assert_eq!(golden(&DUP, &s), "v4 = v1.singleton_class\n");
    }

    #[test]
    fn freeze() {
        assert_eq!(golden(&FREEZE, &Stmt::Freeze { of: Var(2) }), "v2.freeze\n");
    }

    #[test]
    fn store() {
        let cases = [
            (
                Stmt::Push {
                    arr: Var(1),
                    value: Operand::Lit(Lit::Nil),
                },
                "v1 << nil\n",
            ),
            (
                Stmt::Store {
                    hash: Var(2),
                    key: Operand::Lit(Lit::Int(3)),
                    value: Operand::SelfRef,
                },
                "v2[3] = self\n",
            ),
            (
                Stmt::IvarSet {
                    recv: Var(0),
                    ivar: 2,
                    value: Operand::Const(1),
                },
                "v0.instance_variable_set(:@i2, K1)\n",
            ),
            (
                Stmt::IvarGet {
                    out: Var(5),
                    recv: Var(0),
                    ivar: 2,
                },
                "v5 = v0.instance_variable_get(:@i2)\n",
            ),
            (
                Stmt::Grow {
                    target: Var(2),
                    kind: VKind::Hash,
                    n: 30,
                },
                "30.times { |i| v2[i] = [i] }\n",
            ),
        ];
        for (s, want) in cases {
            assert_eq!(golden(&STORE, &s), want);
        }
    }

    #[test]
    fn const_set() {
        let s = Stmt::ConstSet {
            id: 3,
            value: Operand::Var(Var(0)),
        };
        assert_eq!(golden(&CONST_SET, &s), "K3 = v0\n");
    }

    #[test]
    fn internal() {
        let s = |kind| Stmt::Internal {
            out: Var(4),
            kind,
            k: 2,
            a: Operand::Var(Var(1)),
            b: Operand::Lit(Lit::Int(7)),
        };
        assert_eq!(golden(&INTERNAL, &s(5)), "v4 = [v1].unshift(7, v1)\n");
        assert_eq!(
            golden(&INTERNAL, &s(11)),
            "v4 = (begin; raise \"k2\"; rescue => ze; GCStress.full; ze.backtrace; end)\n"
        );
        assert_eq!(
            golden(&INTERNAL, &s(14)),
            "v4 = (zh = {}; (20 + 2).times { |i| zh[\"k#{i}\"] = v1 }; zh.delete(\"k3\"); zh)\n"
        );
    }
}
