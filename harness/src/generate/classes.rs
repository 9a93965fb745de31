//! Classes, modules, singleton classes, Struct, class-level storage.
//!
//! One [`Construct`] entry per kind of statement (see [`super::table`]), each followed by its
//! generation (on [`Gen`]) and its lifting (on [`Lifter`]); the golden tests at the end lift a
//! hand-built statement of each.

use super::table::{Construct, Gen};
use super::*;
use crate::lift::Lifter;

// ---- class

/// A class definition (named, or `Class.new` into a variable), with a body.
pub(crate) static CLASS: Construct = Construct {
    name: "class",
    weight: |c| 8 * c.kw,
    generate: |g, scope| g.class_def(scope),
    lift: Lifter::lift_class,
};

impl Gen<'_, '_> {
    fn class_def(&mut self, scope: &mut Scope) -> Stmt {
        let id = ClassId(self.next_class);
        self.next_class += 1;
        let supers: Vec<(Super, &'static str)> = SUBCLASSABLE
            .iter()
            .copied()
            .filter(|(_, n)| self.cat.has(n))
            .collect();
        let user: Vec<ClassId> = self
            .classes
            .iter()
            .filter(|c| !c.module)
            .map(|c| c.id)
            .collect();
        let (sup, core) = if !user.is_empty() && self.chance(0.2) {
            let u = *self.pick(&user).unwrap_or(&ClassId(0));
            let core = self.classes.iter().find(|c| c.id == u).and_then(|c| c.core);
            (Super::User(u), core)
        } else {
            // Numeric subclasses get a Ruby-defined core method set to alias
            let i = self.weighted(&vec![10, 8, 3, 3, 3, 1, 1][..supers.len().min(7)]);
            let (s, n) = supers.get(i).copied().unwrap_or((Super::Object, "Object"));
            (s, Some(n))
        };
        self.classes.push(ClassInfo {
            id,
            module: false,
            methods: vec![],
            core,
        });
        let anon = if self.chance(0.25) {
            let v = self.var();
            Some(v)
        } else {
            None
        };
        let target = match anon {
            Some(_) => Target::Class(ClassRef::Current),
            None => Target::Class(ClassRef::User(id)),
        };
        let n = 1 + self.below(4);
        let mut body = Vec::new();
        if sup == Super::Numeric && self.chance(0.7) {
            // a usable numeric needs coerce
            body.push(Stmt::Def {
                name: Name::Core("coerce".into()),
                params: Params {
                    req: 1,
                    ..Params::default()
                },
                body: vec![],
                result: Operand::Param("a0".into()),
                singleton: false,
            });
        }
        body.extend(self.scoped_body(scope, &Params::default(), Some(target), n));
        if let Some(v) = anon {
            scope.vars.push((v, VKind::Class));
        }
        Stmt::Class {
            id,
            sup,
            anon,
            body,
        }
    }
}

impl Lifter {
    fn lift_class(&mut self, s: &Stmt, ind: usize) -> bool {
        let Stmt::Class {
            id,
            sup,
            anon,
            body,
        } = s
        else {
            return false;
        };
        let saved = self.def_depth;
        match anon {
            Some(v) => {
                self.line(ind, &format!("v{} = Class.new({}) do", v.0, self.sup(sup)));
                self.def_depth += 1;
            }
            None => {
                let head = match sup {
                    Super::Object => format!("class C{}", id.0),
                    s => format!("class C{} < {}", id.0, self.sup(s)),
                };
                self.line(ind, &head);
                self.def_depth = 0;
            }
        }
        self.stmts(body, ind + 1);
        self.def_depth = saved;
        self.line(ind, "end");
        true
    }
}

// ---- module

/// A module definition with a body.
pub(crate) static MODULE: Construct = Construct {
    name: "module",
    weight: |c| 3 * c.kw,
    generate: |g, scope| g.module_def(scope),
    lift: Lifter::lift_module,
};

impl Gen<'_, '_> {
    fn module_def(&mut self, scope: &mut Scope) -> Stmt {
        let id = ClassId(self.next_class);
        self.next_class += 1;
        self.classes.push(ClassInfo {
            id,
            module: true,
            methods: vec![],
            core: None,
        });
        let n = 1 + self.below(3);
        let body = self.scoped_body(
            scope,
            &Params::default(),
            Some(Target::Class(ClassRef::User(id))),
            n,
        );
        Stmt::Module { id, body }
    }
}

impl Lifter {
    fn lift_module(&mut self, s: &Stmt, ind: usize) -> bool {
        let Stmt::Module { id, body } = s else {
            return false;
        };
        self.line(ind, &format!("module M{}", id.0));
        let saved = self.def_depth;
        self.def_depth = 0;
        self.stmts(body, ind + 1);
        self.def_depth = saved;
        self.line(ind, "end");
        true
    }
}

// ---- singleton-reopen

/// `class << v` with a body (aliases and defs on a singleton class); lifts every `Stmt::Reopen`.
pub(crate) static SINGLETON_REOPEN: Construct = Construct {
    name: "singleton-reopen",
    weight: |c| 10 * c.kw,
    generate: |g, scope| g.singleton_reopen(scope),
    lift: Lifter::lift_reopen,
};

impl Gen<'_, '_> {
    fn singleton_reopen(&mut self, scope: &mut Scope) -> Stmt {
        let objs = self.vars_of(scope, |k| {
            !matches!(k, VKind::Int | VKind::Float | VKind::Sym | VKind::Nil)
        });
        match self.pick(&objs).copied() {
            Some(v) => {
                let n = 1 + self.below(3);
                let body = self.scoped_body(
                    scope,
                    &Params::default(),
                    Some(Target::Class(ClassRef::Current)),
                    n,
                );
                Stmt::Reopen {
                    target: Target::SingletonOf(v),
                    body,
                }
            }
            None => self.new_object(scope),
        }
    }
}

impl Lifter {
    pub(super) fn lift_reopen(&mut self, s: &Stmt, ind: usize) -> bool {
        let Stmt::Reopen { target, body } = s else {
            return false;
        };
        let saved = self.def_depth;
        match target {
            Target::SingletonOf(v) => {
                self.line(ind, &format!("class << v{}", v.0));
                self.def_depth = 0;
            }
            Target::Class(ClassRef::Var(v)) => {
                self.line(ind, &format!("v{}.class_eval do", v.0));
                self.def_depth += 1;
            }
            Target::Class(c) => {
                let kw = match c {
                    ClassRef::User(id) if self.modules.contains(&id.0) => "module",
                    _ => "class",
                };
                self.line(ind, &format!("{kw} {}", self.cref(c)));
                self.def_depth = 0;
            }
        }
        self.stmts(body, ind + 1);
        self.def_depth = saved;
        self.line(ind, "end");
        true
    }
}

// ---- struct

/// `Struct.new(:f0, ...)`.
pub(crate) static STRUCT: Construct = Construct {
    name: "struct",
    weight: |_| 2,
    generate: |g, scope| g.struct_new(scope),
    lift: Lifter::lift_struct,
};

impl Gen<'_, '_> {
    fn struct_new(&mut self, scope: &mut Scope) -> Stmt {
        if !self.cat.has("Struct") {
            return self.literal(scope);
        }
        let out = self.var();
        scope.vars.push((out, VKind::Class));
        Stmt::StructNew {
            out,
            fields: 1 + self.below(3) as u8,
        }
    }
}

impl Lifter {
    fn lift_struct(&mut self, s: &Stmt, ind: usize) -> bool {
        let Stmt::StructNew { out, fields } = s else {
            return false;
        };
        let f: Vec<String> = (0..(*fields).max(1)).map(|i| format!(":f{i}")).collect();
        self.line(ind, &format!("v{} = Struct.new({})", out.0, f.join(", ")));
        true
    }
}

// ---- class-store

/// A class variable or class-level ivar set.
pub(crate) static CLASS_STORE: Construct = Construct {
    name: "class-store",
    weight: |_| 4,
    generate: |g, scope| g.class_store(scope),
    lift: Lifter::lift_class_store,
};

impl Gen<'_, '_> {
    fn class_store(&mut self, scope: &mut Scope) -> Stmt {
        let class = self.user_or_object();
        let value = self.operand(scope);
        Stmt::ClassStore {
            class,
            slot: self.below(3) as u32,
            value,
            cvar: self.chance(0.5),
        }
    }
}

impl Lifter {
    fn lift_class_store(&mut self, s: &Stmt, ind: usize) -> bool {
        let Stmt::ClassStore {
            class,
            slot,
            value,
            cvar,
        } = s
        else {
            return false;
        };
        let c = self.cref(class);
        let v = self.operand(value);
        if *cvar {
            self.line(ind, &format!("{c}.class_variable_set(:@@k{slot}, {v})"))
        } else {
            self.line(ind, &format!("{c}.instance_variable_set(:@k{slot}, {v})"))
        }
        true
    }
}

// ---- class-load

/// A class variable or class-level ivar read.
pub(crate) static CLASS_LOAD: Construct = Construct {
    name: "class-load",
    weight: |_| 2,
    generate: |g, scope| g.class_load(scope),
    lift: Lifter::lift_class_load,
};

impl Gen<'_, '_> {
    fn class_load(&mut self, scope: &mut Scope) -> Stmt {
        let class = self.user_or_object();
        let out = self.var();
        scope.vars.push((out, VKind::Any));
        Stmt::ClassLoad {
            out,
            class,
            slot: self.below(3) as u32,
            cvar: self.chance(0.5),
        }
    }
}

impl Lifter {
    fn lift_class_load(&mut self, s: &Stmt, ind: usize) -> bool {
        let Stmt::ClassLoad {
            out,
            class,
            slot,
            cvar,
        } = s
        else {
            return false;
        };
        let c = self.cref(class);
        if *cvar {
            self.line(
                ind,
                &format!("v{} = {c}.class_variable_get(:@@k{slot})", out.0),
            )
        } else {
            self.line(
                ind,
                &format!("v{} = {c}.instance_variable_get(:@k{slot})", out.0),
            )
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::table::golden;

    #[test]
    fn class() {
        let s = Stmt::Class {
            id: ClassId(1),
            sup: Super::Numeric,
            anon: None,
            body: vec![Stmt::Def {
                name: Name::Core("coerce".into()),
                params: Params {
                    req: 1,
                    ..Params::default()
                },
                body: vec![],
                result: Operand::Param("a0".into()),
                singleton: false,
            }],
        };
        assert_eq!(
            golden(&CLASS, &s),
            "class C1 < Numeric\n  def coerce(a0)\n    a0\n  end\nend\n"
        );
        // an anonymous class's body is a block: constants go through const_set
        let s = Stmt::Class {
            id: ClassId(2),
            sup: Super::Object,
            anon: Some(Var(3)),
            body: vec![Stmt::ConstSet {
                id: 0,
                value: Operand::Lit(Lit::Int(1)),
            }],
        };
        assert_eq!(
            golden(&CLASS, &s),
            "v3 = Class.new(Object) do\n  Object.const_set(:K0, 1)\nend\n"
        );
    }

    #[test]
    fn module() {
        let s = Stmt::Module {
            id: ClassId(2),
            body: vec![Stmt::ConstSet {
                id: 1,
                value: Operand::Lit(Lit::Int(2)),
            }],
        };
        assert_eq!(golden(&MODULE, &s), "module M2\n  K1 = 2\nend\n");
    }

    #[test]
    fn singleton_reopen() {
        let s = Stmt::Reopen {
            target: Target::SingletonOf(Var(0)),
            body: vec![Stmt::Alias {
                style: AliasStyle::AliasMethod,
                new: Name::Gen(1),
                old: Name::Core("-@".into()),
            }],
        };
        assert_eq!(
            golden(&SINGLETON_REOPEN, &s),
            "class << v0\n  alias_method :m1, :\"-@\"\nend\n"
        );
    }

    #[test]
    fn struct_() {
        let s = Stmt::StructNew {
            out: Var(4),
            fields: 2,
        };
        assert_eq!(golden(&STRUCT, &s), "v4 = Struct.new(:f0, :f1)\n");
    }

    #[test]
    fn class_store() {
        let s = Stmt::ClassStore {
            class: ClassRef::User(ClassId(0)),
            slot: 2,
            value: Operand::Lit(Lit::Str("s1".into())),
            cvar: true,
        };
        assert_eq!(
            golden(&CLASS_STORE, &s),
            "C0.class_variable_set(:@@k2, \"s1\")\n"
        );
    }

    #[test]
    fn class_load() {
        let s = Stmt::ClassLoad {
            out: Var(5),
            class: ClassRef::Core("Object".into()),
            slot: 1,
            cvar: false,
        };
        assert_eq!(
            golden(&CLASS_LOAD, &s),
            "v5 = Object.instance_variable_get(:@k1)\n"
        );
    }
}
