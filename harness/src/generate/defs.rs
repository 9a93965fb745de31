//! Method definitions: `def`, `define_method`, singleton methods, `method_missing`, the core
//! protocols.
//!
//! One [`Construct`] entry per kind of statement (see [`super::table`]), each followed by its
//! generation (on [`Gen`]) and its lifting (on [`Lifter`]); the golden tests at the end lift a
//! hand-built statement of each.

use super::table::{Construct, Gen};
use super::*;
use crate::lift::{block_params, is_ident, name_str, params, ruby_str, sym, Lifter};

// ---- define-method

/// `define_method` from a block or a proc/lambda/Method value.
pub(crate) static DEFINE_METHOD: Construct = Construct {
    name: "define-method",
    weight: |_| 6,
    generate: |g, scope| g.define_method(scope),
    lift: Lifter::lift_define_method,
};

impl Gen<'_, '_> {
    fn define_method(&mut self, scope: &mut Scope) -> Stmt {
        let target = self.target(scope);
        let name = Name::Gen(self.gen_name());
        let values = self.vars_of(scope, |k| {
            matches!(
                k,
                VKind::Proc | VKind::Lambda | VKind::Method | VKind::UnboundMethod
            )
        });
        let src = if !values.is_empty() && self.chance(0.4) {
            MethodSource::Value(*self.pick(&values).unwrap_or(&Var(0)))
        } else {
            let params = self.params();
            let mut inner = scope.clone();
            inner.params.extend(params.names());
            let body = self.small_body(&mut inner);
            let result = self.result(&inner, &params);
            MethodSource::Block {
                params,
                body,
                result,
            }
        };
        Stmt::DefineMethod { target, name, src }
    }
}

impl Lifter {
    fn lift_define_method(&mut self, s: &Stmt, ind: usize) -> bool {
        let Stmt::DefineMethod { target, name, src } = s else {
            return false;
        };
        let t = self.target(target);
        match src {
            MethodSource::Value(v) => self.line(
                ind,
                &format!("{t}.send(:define_method, {}, v{})", sym(name), v.0),
            ),
            MethodSource::Block {
                params: p,
                body,
                result,
            } => {
                let head = format!(
                    "{t}.send(:define_method, {}) do{}",
                    sym(name),
                    block_params(p)
                );
                self.method_body(&head, body, result, ind);
            }
        }
        true
    }
}

// ---- def

/// `def` in the current context (a class body: sometimes `def self.`).
pub(crate) static DEF: Construct = Construct {
    name: "def",
    weight: |c| if c.in_class { 14 } else { 3 * c.nest },
    generate: |g, scope| g.def(scope),
    lift: Lifter::lift_def,
};

impl Gen<'_, '_> {
    fn def(&mut self, scope: &mut Scope) -> Stmt {
        let in_class = scope.class.is_some();
        let name = self.def_name(scope);
        let params = self.params();
        let n = self.below(3);
        let body = self.scoped_body(scope, &params, None, n);
        let inner = Scope {
            vars: vec![],
            params: params.names(),
            class: None,
            depth: scope.depth + 1,
            in_def: true,
        };
        let result = self.result(&inner, &params);
        Stmt::Def {
            name,
            params,
            body,
            result,
            singleton: in_class && self.chance(0.2),
        }
    }
}

impl Lifter {
    fn lift_def(&mut self, s: &Stmt, ind: usize) -> bool {
        let Stmt::Def {
            name,
            params: p,
            body,
            result,
            singleton,
        } = s
        else {
            return false;
        };
        let n = name_str(name);
        if is_ident(&n) {
            let head = format!(
                "def {}{}({})",
                if *singleton { "self." } else { "" },
                n,
                params(p)
            );
            self.method_body(&head, body, result, ind);
        } else {
            // operator names: define_method keeps any arity legal
            let bp = block_params(p);
            let head = if *singleton {
                format!("singleton_class.send(:define_method, {}) do{bp}", sym(name))
            } else {
                format!("define_method({}) do{bp}", sym(name))
            };
            self.method_body(&head, body, result, ind);
        }
        true
    }
}

// ---- method-missing

/// `method_missing` and `respond_to_missing?` in a class body.
pub(crate) static METHOD_MISSING: Construct = Construct {
    name: "method-missing",
    weight: |c| if c.in_class { 3 } else { 0 },
    generate: |g, _| g.method_missing(),
    lift: Lifter::lift_method_missing,
};

impl Gen<'_, '_> {
    fn method_missing(&mut self) -> Stmt {
        Stmt::MethodMissing {
            prefix: format!("dyn{}", self.below(3)),
        }
    }
}

impl Lifter {
    fn lift_method_missing(&mut self, s: &Stmt, ind: usize) -> bool {
        let Stmt::MethodMissing { prefix } = s else {
            return false;
        };
        let p = ruby_str(prefix);
        self.line(ind, "def method_missing(name, *args, &blk)");
        self.line(ind + 1, &format!("if name.to_s.start_with?({p})"));
        self.line(ind + 2, "[name, args.size, blk]");
        self.line(ind + 1, "else");
        self.line(ind + 2, "super");
        self.line(ind + 1, "end");
        self.line(ind, "end");
        self.line(ind, "def respond_to_missing?(name, priv = false)");
        self.line(ind + 1, &format!("name.to_s.start_with?({p}) || super"));
        self.line(ind, "end");
        true
    }
}

// ---- core-protocol

/// `include Comparable` with `<=>`, or `include Enumerable` with `each`.
pub(crate) static CORE_PROTOCOL: Construct = Construct {
    name: "core-protocol",
    weight: |c| if c.in_class { 3 } else { 0 },
    generate: |g, _| g.core_protocol(),
    lift: Lifter::lift_core_protocol,
};

impl Gen<'_, '_> {
    fn core_protocol(&mut self) -> Stmt {
        Stmt::CoreProtocol {
            comparable: self.chance(0.5),
        }
    }
}

impl Lifter {
    fn lift_core_protocol(&mut self, s: &Stmt, ind: usize) -> bool {
        let Stmt::CoreProtocol { comparable } = s else {
            return false;
        };
        if *comparable {
            self.line(ind, "include Comparable");
            self.line(ind, "def <=>(o)");
            self.line(
                ind + 1,
                "(@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)",
            );
            self.line(ind, "end");
        } else {
            self.line(ind, "include Enumerable");
            self.line(ind, "def each");
            self.line(ind + 1, "yield 1");
            self.line(ind + 1, "yield 2");
            self.line(ind + 1, "self");
            self.line(ind, "end");
        }
        true
    }
}

// ---- def-on

/// A singleton method: `def v.m`.
pub(crate) static DEF_ON: Construct = Construct {
    name: "def-on",
    weight: |c| 3 * c.nest,
    generate: |g, scope| g.def_on(scope),
    lift: Lifter::lift_def_on,
};

impl Gen<'_, '_> {
    fn def_on(&mut self, scope: &mut Scope) -> Stmt {
        match self.object_var(scope) {
            Some(recv) => {
                let name = Name::Gen(self.gen_name());
                let params = self.params();
                let n = self.below(2);
                let body = self.scoped_body(scope, &params, None, n);
                let inner = Scope {
                    vars: vec![],
                    params: params.names(),
                    class: None,
                    depth: scope.depth + 1,
                    in_def: true,
                };
                let result = self.result(&inner, &params);
                Stmt::DefOn {
                    recv,
                    name,
                    params,
                    body,
                    result,
                }
            }
            None => self.new_object(scope),
        }
    }
}

impl Lifter {
    fn lift_def_on(&mut self, s: &Stmt, ind: usize) -> bool {
        let Stmt::DefOn {
            recv,
            name,
            params: p,
            body,
            result,
        } = s
        else {
            return false;
        };
        let n = name_str(name);
        if is_ident(&n) {
            let head = format!("def v{}.{}({})", recv.0, n, params(p));
            self.method_body(&head, body, result, ind);
        } else {
            let head = format!(
                "v{}.singleton_class.send(:define_method, {}) do{}",
                recv.0,
                sym(name),
                block_params(p)
            );
            self.method_body(&head, body, result, ind);
        }
        true
    }
}

// ---- conversions

/// The conversion protocol methods (`to_int`, `to_str`, `coerce`, ...) in a class body.
pub(crate) static CONVERSIONS: Construct = Construct {
    name: "conversions",
    weight: |c| if c.in_class { 4 } else { 0 },
    generate: |g, _| g.conversions(),
    lift: Lifter::lift_conversions,
};

impl Gen<'_, '_> {
    fn conversions(&mut self) -> Stmt {
        Stmt::Conversions
    }
}

impl Lifter {
    fn lift_conversions(&mut self, s: &Stmt, ind: usize) -> bool {
        let Stmt::Conversions = s else {
            return false;
        };
        for l in [
            "def to_int; (@i0.is_a?(Integer) ? @i0 : 3); end",
            "def to_str; \"c#{to_int}\"; end",
            "def to_ary; [to_int, to_str]; end",
            "def <=>(o); to_int <=> (o.respond_to?(:to_int) ? o.to_int : 0); end",
            "def hash; to_int.hash; end",
            "def eql?(o); o.respond_to?(:to_int) && to_int == o.to_int; end",
            "def ==(o); eql?(o); end",
            "def coerce(o); [o, to_int]; end",
        ] {
            self.line(ind, l);
        }
        true
    }
}

// ---- helpers

impl Gen<'_, '_> {
    fn def_name(&mut self, scope: &Scope) -> Name {
        let n = self.gen_name();
        if let Some(Target::Class(ClassRef::User(id))) = &scope.class {
            if let Some(c) = self.classes.iter_mut().find(|c| c.id == *id) {
                if !c.methods.contains(&n) {
                    c.methods.push(n);
                }
            }
        }
        Name::Gen(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::table::golden;

    fn one_req() -> Params {
        Params {
            req: 1,
            ..Params::default()
        }
    }

    #[test]
    fn define_method() {
        let s = Stmt::DefineMethod {
            target: Target::Class(ClassRef::Core("String".into())),
            name: Name::Gen(0),
            src: MethodSource::Value(Var(2)),
        };
        assert_eq!(
            golden(&DEFINE_METHOD, &s),
            "String.send(:define_method, :m0, v2)\n"
        );
        let s = Stmt::DefineMethod {
            target: Target::SingletonOf(Var(1)),
            name: Name::Gen(0),
            src: MethodSource::Block {
                params: one_req(),
                body: vec![],
                result: Operand::Param("a0".into()),
            },
        };
        assert_eq!(
            golden(&DEFINE_METHOD, &s),
            "v1.singleton_class.send(:define_method, :m0) do |a0|\n  a0\nend\n"
        );
    }

    #[test]
    fn def() {
        let s = Stmt::Def {
            name: Name::Gen(1),
            params: Params {
                req: 1,
                opt: 1,
                rest: true,
                kw: vec!["k0".into()],
                block: true,
                ..Params::default()
            },
            body: vec![Stmt::Gc(GcKind::Minor)],
            result: Operand::SelfRef,
            singleton: true,
        };
        assert_eq!(
            golden(&DEF, &s),
            "def self.m1(a0, o0 = 0, *rest, k0: 1, &blk)\n  GCStress.minor\n  self\nend\n"
        );
        // an operator name: define_method keeps any arity legal
        let s = Stmt::Def {
            name: Name::Core("+".into()),
            params: one_req(),
            body: vec![],
            result: Operand::Param("a0".into()),
            singleton: false,
        };
        assert_eq!(
            golden(&DEF, &s),
            "define_method(:\"+\") do |a0|\n  a0\nend\n"
        );
    }

    #[test]
    fn method_missing() {
        let s = Stmt::MethodMissing {
            prefix: "dyn1".into(),
        };
        assert_eq!(
            golden(&METHOD_MISSING, &s),
            "def method_missing(name, *args, &blk)\n  if name.to_s.start_with?(\"dyn1\")\n    \
             [name, args.size, blk]\n  else\n    super\n  end\nend\n\
             def respond_to_missing?(name, priv = false)\n  \
             name.to_s.start_with?(\"dyn1\") || super\nend\n"
        );
    }

    #[test]
    fn core_protocol() {
        let s = Stmt::CoreProtocol { comparable: true };
        assert_eq!(
            golden(&CORE_PROTOCOL, &s),
            "include Comparable\ndef <=>(o)\n  \
             (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)\nend\n"
        );
        let s = Stmt::CoreProtocol { comparable: false };
        assert_eq!(
            golden(&CORE_PROTOCOL, &s),
            "include Enumerable\ndef each\n  yield 1\n  yield 2\n  self\nend\n"
        );
    }

    #[test]
    fn def_on() {
        let s = Stmt::DefOn {
            recv: Var(0),
            name: Name::Gen(2),
            params: Params::default(),
            body: vec![],
            result: Operand::Lit(Lit::Nil),
        };
        assert_eq!(golden(&DEF_ON, &s), "def v0.m2()\n  nil\nend\n");
    }

    #[test]
    fn conversions() {
        let text = golden(&CONVERSIONS, &Stmt::Conversions);
        assert_eq!(text.lines().count(), 8, "{text}");
        assert!(
            text.starts_with("def to_int; (@i0.is_a?(Integer) ? @i0 : 3); end\n"),
            "{text}"
        );
        assert!(
            text.ends_with("def coerce(o); [o, to_int]; end\n"),
            "{text}"
        );
    }
}
