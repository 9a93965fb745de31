//! Aliasing, removing methods, mixins: what changes a method table.
//!
//! One [`Construct`] entry per kind of statement (see [`super::table`]), each followed by its
//! generation (on [`Gen`]) and its lifting (on [`Lifter`]); the golden tests at the end lift a
//! hand-built statement of each.

use super::table::{Construct, Gen};
use super::*;
use crate::lift::{is_ident, name_str, sym, Lifter};

// ---- alias-on

/// `alias_method` on a class or a singleton class, often of a Ruby-defined core method.
pub(crate) static ALIAS_ON: Construct = Construct {
    name: "alias-on",
    weight: |_| 12,
    generate: |g, scope| g.alias_on(scope),
    lift: Lifter::lift_alias_on,
};

impl Gen<'_, '_> {
    fn alias_on(&mut self, scope: &mut Scope) -> Stmt {
        let target = self.target(scope);
        let (new, old) = self.alias_names();
        Stmt::AliasOn { target, new, old }
    }
}

impl Lifter {
    fn lift_alias_on(&mut self, s: &Stmt, ind: usize) -> bool {
        let Stmt::AliasOn { target, new, old } = s else {
            return false;
        };
        self.line(
            ind,
            &format!(
                "{}.send(:alias_method, {}, {})",
                self.target(target),
                sym(new),
                sym(old)
            ),
        );
        true
    }
}

// ---- reopen-core-alias

/// A core class reopened to alias one of its methods (a module: its `alias_method`).
pub(crate) static REOPEN_CORE_ALIAS: Construct = Construct {
    name: "reopen-core-alias",
    weight: |c| 4 * c.kw,
    generate: |g, _| g.reopen_core_alias(),
    lift: Lifter::lift_reopen_core_alias,
};

impl Gen<'_, '_> {
    fn reopen_core_alias(&mut self) -> Stmt {
        let (home, m) = match self.core_alias_source() {
            Some(x) => x,
            None => ("Object".to_string(), "dup".to_string()),
        };
        let is_class = self
            .cat
            .classes
            .get(&home)
            .map(|c| c.is_class)
            .unwrap_or(true);
        if !is_class {
            // modules: alias through the module's own alias_method
            let new = Name::Gen(self.gen_name());
            return Stmt::AliasOn {
                target: Target::Class(ClassRef::Core(home)),
                new,
                old: Name::Core(m),
            };
        }
        let mut body = vec![Stmt::Alias {
            style: if self.chance(0.5) {
                AliasStyle::Keyword
            } else {
                AliasStyle::AliasMethod
            },
            new: Name::Gen(self.gen_name()),
            old: Name::Core(m),
        }];
        if self.chance(0.3) {
            let (new, old) = self.alias_names();
            body.push(Stmt::Alias {
                style: AliasStyle::AliasMethod,
                new,
                old,
            });
        }
        Stmt::Reopen {
            target: Target::Class(ClassRef::Core(home)),
            body,
        }
    }
}

impl Lifter {
    /// A `Reopen` of a core class, or (for a module) an `AliasOn`.
    fn lift_reopen_core_alias(&mut self, s: &Stmt, ind: usize) -> bool {
        self.lift_reopen(s, ind) || self.lift_alias_on(s, ind)
    }
}

// ---- remove-method

/// `undef_method` / `remove_method` on a user class or a singleton class.
pub(crate) static REMOVE_METHOD: Construct = Construct {
    name: "remove-method",
    weight: |_| 4,
    generate: |g, scope| g.remove_method(scope),
    lift: Lifter::lift_remove_method,
};

impl Gen<'_, '_> {
    fn remove_method(&mut self, scope: &mut Scope) -> Stmt {
        let target = self.target(scope);
        let name = if self.chance(0.3) {
            self.core_alias_source()
                .map(|(_, m)| Name::Core(m))
                .unwrap_or(Name::Gen(0))
        } else {
            Name::Gen(self.gen_name())
        };
        // never remove core methods from core classes: only from user classes / singletons
        let target = match (&target, &name) {
            (Target::Class(ClassRef::Core(_)), _) => Target::Class(ClassRef::User(ClassId(0))),
            _ => target,
        };
        Stmt::RemoveMethod {
            target,
            name,
            undef: self.chance(0.5),
        }
    }
}

impl Lifter {
    fn lift_remove_method(&mut self, s: &Stmt, ind: usize) -> bool {
        let Stmt::RemoveMethod {
            target,
            name,
            undef,
        } = s
        else {
            return false;
        };
        self.line(
            ind,
            &format!(
                "{}.send(:{}, {})",
                self.target(target),
                if *undef {
                    "undef_method"
                } else {
                    "remove_method"
                },
                sym(name)
            ),
        );
        true
    }
}

// ---- mixin

/// `include`, `prepend`, `extend`.
pub(crate) static MIXIN: Construct = Construct {
    name: "mixin",
    weight: |_| 4,
    generate: |g, scope| g.mixin(scope),
    lift: Lifter::lift_mixin,
};

impl Gen<'_, '_> {
    fn mixin(&mut self, scope: &mut Scope) -> Stmt {
        let module = self.module_ref();
        let kind = match self.weighted(&[5, if self.cat.feature("prepend") { 3 } else { 0 }, 3]) {
            0 => Mixin::Include,
            1 => Mixin::Prepend,
            _ => Mixin::Extend,
        };
        let target = match (kind, scope.class.clone()) {
            (Mixin::Extend, _) => self.target(scope),
            (_, Some(t)) if self.chance(0.6) => t,
            _ => Target::Class(self.class_ref(scope)),
        };
        let target = match (kind, target) {
            (Mixin::Include | Mixin::Prepend, Target::Class(ClassRef::Core(_))) => {
                Target::Class(self.user_or_object())
            }
            (_, t) => t,
        };
        Stmt::Mixin {
            kind,
            target,
            module,
        }
    }
}

impl Lifter {
    fn lift_mixin(&mut self, s: &Stmt, ind: usize) -> bool {
        let Stmt::Mixin {
            kind,
            target,
            module,
        } = s
        else {
            return false;
        };
        let m = self.cref(module);
        let t = self.target(target);
        match kind {
            Mixin::Include => self.line(ind, &format!("{t}.send(:include, {m})")),
            Mixin::Prepend => self.line(ind, &format!("{t}.send(:prepend, {m})")),
            Mixin::Extend => match target {
                Target::SingletonOf(v) => self.line(ind, &format!("v{}.extend({m})", v.0)),
                Target::Class(_) => self.line(ind, &format!("{t}.extend({m})")),
            },
        }
        true
    }
}

// ---- alias-in-class

/// `alias` / `alias_method` inside a class body (of its own methods, or its core superclass's).
pub(crate) static ALIAS_IN_CLASS: Construct = Construct {
    name: "alias-in-class",
    weight: |c| if c.in_class { 10 } else { 0 },
    generate: |g, scope| g.alias_in_class(scope),
    lift: Lifter::lift_alias,
};

impl Gen<'_, '_> {
    fn alias_in_class(&mut self, scope: &mut Scope) -> Stmt {
        let (new, old) = match &scope.class {
            Some(Target::Class(ClassRef::User(id))) => {
                let own = self.classes.iter().find(|c| c.id == *id).cloned();
                match own {
                    Some(c) if !c.methods.is_empty() && self.chance(0.4) => (
                        Name::Gen(self.gen_name()),
                        Name::Gen(*self.pick(&c.methods).unwrap_or(&0)),
                    ),
                    Some(c) if c.core.is_some() && self.chance(0.7) => {
                        let core = c.core.unwrap_or("Object");
                        let ms = self
                            .cat
                            .ruby_methods(core)
                            .into_iter()
                            .map(String::from)
                            .collect::<Vec<_>>();
                        match self.pick(&ms) {
                            Some(m) => (Name::Gen(self.gen_name()), Name::Core(m.clone())),
                            None => self.alias_names(),
                        }
                    }
                    _ => self.alias_names(),
                }
            }
            _ => self.alias_names(),
        };
        Stmt::Alias {
            style: if self.chance(0.5) {
                AliasStyle::Keyword
            } else {
                AliasStyle::AliasMethod
            },
            new,
            old,
        }
    }
}

impl Lifter {
    fn lift_alias(&mut self, s: &Stmt, ind: usize) -> bool {
        let Stmt::Alias { style, new, old } = s else {
            return false;
        };
        match style {
            AliasStyle::Keyword => {
                let fmt = |n: &Name| {
                    let s = name_str(n);
                    if is_ident(&s) {
                        s
                    } else {
                        sym(n)
                    }
                };
                self.line(ind, &format!("alias {} {}", fmt(new), fmt(old)))
            }
            AliasStyle::AliasMethod => {
                self.line(ind, &format!("alias_method {}, {}", sym(new), sym(old)))
            }
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::table::golden;

    #[test]
    fn alias_on() {
        let s = Stmt::AliasOn {
            target: Target::SingletonOf(Var(1)),
            new: Name::Gen(2),
            old: Name::Core("each".into()),
        };
        assert_eq!(
            golden(&ALIAS_ON, &s),
            "v1.singleton_class.send(:alias_method, :m2, :each)\n"
        );
    }

    #[test]
    fn reopen_core_alias() {
        let s = Stmt::Reopen {
            target: Target::Class(ClassRef::Core("Numeric".into())),
            body: vec![Stmt::Alias {
                style: AliasStyle::Keyword,
                new: Name::Gen(0),
                old: Name::Core("-@".into()),
            }],
        };
        assert_eq!(
            golden(&REOPEN_CORE_ALIAS, &s),
            "class Numeric\n  alias m0 :\"-@\"\nend\n"
        );
        // a module aliases through its own alias_method
        let s = Stmt::AliasOn {
            target: Target::Class(ClassRef::Core("Comparable".into())),
            new: Name::Gen(1),
            old: Name::Core("between?".into()),
        };
        assert_eq!(
            golden(&REOPEN_CORE_ALIAS, &s),
            "Comparable.send(:alias_method, :m1, :between?)\n"
        );
    }

    #[test]
    fn remove_method() {
        let s = Stmt::RemoveMethod {
            target: Target::Class(ClassRef::User(ClassId(0))),
            name: Name::Gen(3),
            undef: true,
        };
        assert_eq!(golden(&REMOVE_METHOD, &s), "C0.send(:undef_method, :m3)\n");
    }

    #[test]
    fn mixin() {
        let s = Stmt::Mixin {
            kind: Mixin::Prepend,
            target: Target::Class(ClassRef::User(ClassId(1))),
            module: ClassRef::Core("Comparable".into()),
        };
        assert_eq!(golden(&MIXIN, &s), "C1.send(:prepend, Comparable)\n");
        let s = Stmt::Mixin {
            kind: Mixin::Extend,
            target: Target::SingletonOf(Var(2)),
            module: ClassRef::Core("Enumerable".into()),
        };
        assert_eq!(golden(&MIXIN, &s), "v2.extend(Enumerable)\n");
    }

    #[test]
    fn alias_in_class() {
        let s = Stmt::Alias {
            style: AliasStyle::Keyword,
            new: Name::Gen(4),
            old: Name::Gen(1),
        };
        assert_eq!(golden(&ALIAS_IN_CLASS, &s), "alias m4 m1\n");
        let s = Stmt::Alias {
            style: AliasStyle::AliasMethod,
            new: Name::Gen(4),
            old: Name::Core("[]".into()),
        };
        assert_eq!(golden(&ALIAS_IN_CLASS, &s), "alias_method :m4, :\"[]\"\n");
    }
}
