//! Calls, `respond_to?`, Method and UnboundMethod objects, host calls that call back into Ruby.
//!
//! One [`Construct`] entry per kind of statement (see [`super::table`]), each followed by its
//! generation (on [`Gen`]) and its lifting (on [`Lifter`]); the golden tests at the end lift a
//! hand-built statement of each.

use super::table::{Construct, Gen};
use super::*;
use crate::lift::{block_params, is_ident, name_str, sym, Lifter};

// ---- call

/// A call in any style (`.`, `send`, `public_send`, `method().call`), any argument shape, maybe a
/// block.
pub(crate) static CALL: Construct = Construct {
    name: "call",
    weight: |_| 10,
    generate: |g, scope| g.call(scope),
    lift: Lifter::lift_call,
};

impl Gen<'_, '_> {
    fn call(&mut self, scope: &mut Scope) -> Stmt {
        let (recv, kind) = match self.weighted(&[8, 2, 2]) {
            0 if !scope.vars.is_empty() => {
                let (v, k) = scope.vars[self.below(scope.vars.len())];
                (Operand::Var(v), k)
            }
            1 => (Operand::SelfRef, VKind::Object),
            _ => {
                let l = self.lit();
                let k = match l {
                    Lit::Int(_) => VKind::Int,
                    Lit::Str(_) => VKind::Str,
                    Lit::Sym(_) => VKind::Sym,
                    Lit::Float(_) => VKind::Float,
                    Lit::Range(..) => VKind::Range,
                    _ => VKind::Nil,
                };
                (Operand::Lit(l), k)
            }
        };
        let name =
            if matches!(kind, VKind::Proc | VKind::Lambda | VKind::Method) && self.chance(0.5) {
                Name::Core("call".into())
            } else {
                self.method_name_for_call(kind)
            };
        let args = self.args(scope);
        let block = if self.chance(0.35) && scope.depth < self.cfg.max_depth {
            let params = self.params();
            let mut inner = scope.clone();
            inner.params.extend(params.names());
            let body = self.small_body(&mut inner);
            let result = self.result(&inner, &params);
            Some(BlockArg {
                params,
                body,
                result,
            })
        } else {
            None
        };
        let style = match self.weighted(&[8, 3, 2, 1]) {
            0 => CallStyle::Dot,
            1 => CallStyle::Send,
            2 => CallStyle::PublicSend,
            _ => CallStyle::MethodCall,
        };
        let out = if self.chance(0.6) {
            let v = self.var();
            scope.vars.push((v, VKind::Any));
            Some(v)
        } else {
            None
        };
        Stmt::Call {
            out,
            recv,
            name,
            args,
            block,
            style,
        }
    }
}

impl Lifter {
    fn lift_call(&mut self, s: &Stmt, ind: usize) -> bool {
        let Stmt::Call {
            out,
            recv,
            name,
            args,
            block,
            style,
        } = s
        else {
            return false;
        };
        let r = self.operand(recv);
        // `&blk` and a literal block together are a syntax error: the block wins
        let kept: Vec<Arg>;
        let args = if block.is_some() {
            kept = args
                .iter()
                .filter(|a| !matches!(a, Arg::BlockPass(_)))
                .cloned()
                .collect();
            &kept
        } else {
            args
        };
        let a = self.args(args);
        let n = name_str(name);
        let call = match style {
            CallStyle::Dot if is_ident(&n) => format!("{r}.{n}({a})"),
            CallStyle::Dot | CallStyle::Send => {
                format!(
                    "{r}.send({}{}{a})",
                    sym(name),
                    if a.is_empty() { "" } else { ", " }
                )
            }
            CallStyle::PublicSend => {
                format!(
                    "{r}.public_send({}{}{a})",
                    sym(name),
                    if a.is_empty() { "" } else { ", " }
                )
            }
            CallStyle::MethodCall => format!("{r}.method({}).call({a})", sym(name)),
        };
        let lhs = out.map(|v| format!("v{} = ", v.0)).unwrap_or_default();
        match block {
            None => self.line(ind, &format!("{lhs}{call}")),
            Some(b) => {
                self.line(ind, &format!("{lhs}{call} do{}", block_params(&b.params)));
                self.body_result(&b.body, &b.result, ind + 1);
                self.line(ind, "end");
            }
        }
        true
    }
}

// ---- respond-to

/// `respond_to?` of a generated or core method name.
pub(crate) static RESPOND_TO: Construct = Construct {
    name: "respond-to",
    weight: |_| 5,
    generate: |g, scope| g.respond_to(scope),
    lift: Lifter::lift_respond_to,
};

impl Gen<'_, '_> {
    fn respond_to(&mut self, scope: &mut Scope) -> Stmt {
        let recv = self.operand(scope);
        let name = if self.chance(0.5) {
            Name::Gen(self.gen_name())
        } else {
            self.method_name_for_call(VKind::Object)
        };
        let out = self.var();
        scope.vars.push((out, VKind::Any));
        Stmt::RespondTo {
            out,
            recv,
            name,
            private: self.chance(0.3),
        }
    }
}

impl Lifter {
    fn lift_respond_to(&mut self, s: &Stmt, ind: usize) -> bool {
        let Stmt::RespondTo {
            out,
            recv,
            name,
            private,
        } = s
        else {
            return false;
        };
        self.line(
            ind,
            &format!(
                "v{} = {}.respond_to?({}{})",
                out.0,
                self.operand(recv),
                sym(name),
                if *private { ", true" } else { "" }
            ),
        );
        true
    }
}

// ---- method-objects

/// `method`, `instance_method`, `bind`, `to_proc`.
pub(crate) static METHOD_OBJECTS: Construct = Construct {
    name: "method-objects",
    weight: |_| 5,
    generate: |g, scope| g.method_objects(scope),
    lift: Lifter::lift_method_objects,
};

impl Gen<'_, '_> {
    fn method_objects(&mut self, scope: &mut Scope) -> Stmt {
        let out = self.var();
        match self.weighted(&[4, 4, 2, 2]) {
            0 => {
                let recv = self.operand(scope);
                let name = if self.chance(0.5) {
                    self.core_alias_source()
                        .map(|(_, m)| Name::Core(m))
                        .unwrap_or(Name::Gen(0))
                } else {
                    Name::Gen(self.gen_name())
                };
                scope.vars.push((out, VKind::Method));
                Stmt::MethodObj { out, recv, name }
            }
            1 => {
                let class = self.class_ref(scope);
                let name = if self.chance(0.5) {
                    self.core_alias_source()
                        .map(|(_, m)| Name::Core(m))
                        .unwrap_or(Name::Gen(0))
                } else {
                    Name::Gen(self.gen_name())
                };
                scope.vars.push((out, VKind::UnboundMethod));
                Stmt::InstanceMethod { out, class, name }
            }
            2 => {
                let ums = self.vars_of(scope, |k| k == VKind::UnboundMethod);
                match self.pick(&ums).copied() {
                    Some(um) => {
                        let recv = self.operand(scope);
                        scope.vars.push((out, VKind::Method));
                        Stmt::Bind { out, um, recv }
                    }
                    None => {
                        scope.vars.push((out, VKind::Nil));
                        Stmt::Lit { out, lit: Lit::Nil }
                    }
                }
            }
            _ => {
                let srcs = self.vars_of(scope, |k| {
                    matches!(k, VKind::Method | VKind::Sym | VKind::Proc | VKind::Lambda)
                });
                match self.pick(&srcs).copied() {
                    Some(src) => {
                        scope.vars.push((out, VKind::Proc));
                        Stmt::ToProc { out, src }
                    }
                    None => {
                        scope.vars.push((out, VKind::Sym));
                        Stmt::Lit {
                            out,
                            lit: Lit::Sym("upcase".into()),
                        }
                    }
                }
            }
        }
    }
}

impl Lifter {
    fn lift_method_objects(&mut self, s: &Stmt, ind: usize) -> bool {
        match s {
            Stmt::MethodObj { out, recv, name } => self.line(
                ind,
                &format!("v{} = {}.method({})", out.0, self.operand(recv), sym(name)),
            ),
            Stmt::InstanceMethod { out, class, name } => self.line(
                ind,
                &format!(
                    "v{} = {}.instance_method({})",
                    out.0,
                    self.cref(class),
                    sym(name)
                ),
            ),
            Stmt::Bind { out, um, recv } => self.line(
                ind,
                &format!("v{} = v{}.bind({})", out.0, um.0, self.operand(recv)),
            ),
            Stmt::ToProc { out, src } => {
                self.line(ind, &format!("v{} = v{}.to_proc", out.0, src.0))
            }
            _ => return false,
        }
        true
    }
}

// ---- host-call

/// A C-defined method that calls back into Ruby (`Integer()`, `sort`, hash lookup, ...).
pub(crate) static HOST_CALL: Construct = Construct {
    name: "host-call",
    weight: |_| 6,
    generate: |g, scope| g.host_call(scope),
    lift: Lifter::lift_host_call,
};

impl Gen<'_, '_> {
    fn host_call(&mut self, scope: &mut Scope) -> Stmt {
        let value = self.operand(scope);
        let other = self.operand(scope);
        let out = self.var();
        scope.vars.push((out, VKind::Any));
        Stmt::HostCall {
            out,
            kind: self.below(16) as u8,
            value,
            other,
        }
    }
}

impl Lifter {
    fn lift_host_call(&mut self, s: &Stmt, ind: usize) -> bool {
        let Stmt::HostCall {
            out,
            kind,
            value,
            other,
        } = s
        else {
            return false;
        };
        let v = self.operand(value);
        let w = self.operand(other);
        let e = match kind % 16 {
            0 => format!("Integer({v})"),
            1 => format!("Float({v})"),
            2 => format!("String({v})"),
            3 => format!("Array({v})"),
            4 => format!("[10, 20, 30, 40][{v}]"),
            5 => format!("\"abc\" + {v}"),
            6 => format!("[{v}, {w}].sort"),
            7 => format!("[{v}, {w}, {v}].sort {{ |x, y| y <=> x }}"),
            8 => format!("{{ {v} => 1, {w} => 2 }}[{v}]"),
            9 => format!("1 + {v}"),
            10 => format!("({v}..{w}).include?({v})"),
            11 => format!("[{v}, {w}].max"),
            12 => format!("[{v}].include?({w})"),
            13 => format!("{v} == {w}"),
            14 => format!("[{v}, {w}].uniq.size"),
            _ => format!("[[{v}], [{w}]].flatten"),
        };
        self.line(ind, &format!("v{} = {e}", out.0));
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::table::golden;

    #[test]
    fn call() {
        // a literal block wins over `&blk`
        let s = Stmt::Call {
            out: Some(Var(2)),
            recv: Operand::Var(Var(0)),
            name: Name::Core("each".into()),
            args: vec![Arg::BlockPass(Operand::Var(Var(1)))],
            block: Some(BlockArg {
                params: Params {
                    req: 1,
                    ..Params::default()
                },
                body: vec![],
                result: Operand::Param("a0".into()),
            }),
            style: CallStyle::Dot,
        };
        assert_eq!(golden(&CALL, &s), "v2 = v0.each() do |a0|\n  a0\nend\n");
        let s = Stmt::Call {
            out: None,
            recv: Operand::Lit(Lit::Int(1)),
            name: Name::Core("+".into()),
            args: vec![Arg::Pos(Operand::Lit(Lit::Int(2)))],
            block: None,
            style: CallStyle::Send,
        };
        assert_eq!(golden(&CALL, &s), "1.send(:\"+\", 2)\n");
        let s = Stmt::Call {
            out: None,
            recv: Operand::SelfRef,
            name: Name::Gen(0),
            args: vec![],
            block: None,
            style: CallStyle::MethodCall,
        };
        assert_eq!(golden(&CALL, &s), "self.method(:m0).call()\n");
    }

    #[test]
    fn respond_to() {
        let s = Stmt::RespondTo {
            out: Var(3),
            recv: Operand::Var(Var(0)),
            name: Name::Gen(1),
            private: true,
        };
        assert_eq!(golden(&RESPOND_TO, &s), "v3 = v0.respond_to?(:m1, true)\n");
    }

    #[test]
    fn method_objects() {
        let cases = [
            (
                Stmt::MethodObj {
                    out: Var(1),
                    recv: Operand::Var(Var(0)),
                    name: Name::Core("abs".into()),
                },
                "v1 = v0.method(:abs)\n",
            ),
            (
                Stmt::InstanceMethod {
                    out: Var(2),
                    class: ClassRef::Core("Integer".into()),
                    name: Name::Core("+".into()),
                },
                "v2 = Integer.instance_method(:\"+\")\n",
            ),
            (
                Stmt::Bind {
                    out: Var(3),
                    um: Var(2),
                    recv: Operand::Lit(Lit::Int(5)),
                },
                "v3 = v2.bind(5)\n",
            ),
            (
                Stmt::ToProc {
                    out: Var(4),
                    src: Var(3),
                },
                "v4 = v3.to_proc\n",
            ),
        ];
        for (s, want) in cases {
            assert_eq!(golden(&METHOD_OBJECTS, &s), want);
        }
    }

    #[test]
    fn host_call() {
        let s = Stmt::HostCall {
            out: Var(5),
            kind: 7,
            value: Operand::Var(Var(0)),
            other: Operand::Lit(Lit::Int(1)),
        };
        assert_eq!(
            golden(&HOST_CALL, &s),
            "v5 = [v0, 1, v0].sort { |x, y| y <=> x }\n"
        );
    }
}
