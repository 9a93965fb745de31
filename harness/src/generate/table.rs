//! The construct table: every kind of statement the generator makes is one
//! [`Construct`] — its name, its weight in a context, how it is generated and
//! how its statements are lifted to Ruby — defined in its family's file:
//!
//! | file | family |
//! |------|--------|
//! | `gc.rs` | GC points, and objects stashed, moved and held across a mark (by plain stores and by the VM's own operations) |
//! | `classes.rs` | classes, modules, singleton classes, Struct, class-level storage |
//! | `method_tables.rs` | aliasing, removing methods, mixins |
//! | `defs.rs` | method definitions: `def`, `define_method`, `method_missing`, protocols |
//! | `objects.rs` | objects and literals, dup/clone/freeze, ivars and growth, constants, operations inside the VM and its gems |
//! | `closures.rs` | procs and lambdas |
//! | `calls.rs` | calls, `respond_to?`, Method objects, host calls back into Ruby |
//! | `control.rs` | loops, `begin`/`rescue`/`retry`, the eval family, fibers, `raise` |
//! | `churn.rs` | allocation churn and printing |
//! | `selfcheck.rs` | self-checks: a hold's object read back and compared |
//!
//! [`CONSTRUCTS`] drives the weighted choice of `Generator::stmt`: one draw
//! over the weights in table order. The order is part of what a seed means —
//! a new construct goes at the end, with a [`GENERATOR_VERSION`] bump — and
//! [`lifted_by`] says which entry lifts each kind of [`Stmt`].
//!
//! [`GENERATOR_VERSION`]: super::GENERATOR_VERSION

use rand::RngCore;

use super::{
    calls, churn, classes, closures, control, defs, gc, method_tables, objects, selfcheck,
};
use super::{Generator, Scope};
use crate::ir::Stmt;
use crate::lift::Lifter;

/// The generator as construct code sees it (its RNG behind `dyn`, so one
/// table serves seeded and fuzzer-driven generators).
pub(crate) type Gen<'a, 'r> = Generator<'a, dyn RngCore + 'r>;

/// Where a statement is being generated (what the weights depend on).
#[derive(Debug, Clone, Copy)]
pub struct Context {
    /// inside a class body
    pub in_class: bool,
    /// 1 if a statement with a body may nest here, else 0
    pub nest: u32,
    /// 1 if `class`/`module`/`class <<` may be written here (nesting allowed,
    /// not in a method body), else 0
    pub kw: u32,
    /// the scope has a variable
    pub has_obj: bool,
    /// the program's top level (a local there lives until the end)
    pub top: bool,
    /// a `Stmt::Stash` was generated (a `Move` has something to take)
    pub stashed: bool,
    /// a checkable `Stmt::Hold` was generated (a `Check` has something to read)
    pub held: bool,
}

/// One kind of statement the generator makes.
pub struct Construct {
    /// Its name (unique; tests and messages use it).
    pub name: &'static str,
    /// How often it is chosen in a context (0: never there).
    pub weight: fn(&Context) -> u32,
    /// One statement of it in `scope` (which it may extend with a variable).
    pub generate: fn(&mut Gen<'_, '_>, &mut Scope) -> Stmt,
    /// Ruby for the statements it lifts (those [`lifted_by`] routes to it):
    /// false if `s` is not one of them.
    pub lift: fn(&mut Lifter, &Stmt, usize) -> bool,
}

impl std::fmt::Debug for Construct {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name)
    }
}

/// Every construct, in the order of the weighted choice (see the module doc).
pub static CONSTRUCTS: [&Construct; 42] = [
    &gc::GC_POINT,
    &classes::CLASS,
    &classes::MODULE,
    &classes::SINGLETON_REOPEN,
    &method_tables::ALIAS_ON,
    &method_tables::REOPEN_CORE_ALIAS,
    &objects::NEW_OBJECT,
    &objects::LITERAL,
    &closures::PROC,
    &calls::CALL,
    &calls::RESPOND_TO,
    &defs::DEFINE_METHOD,
    &calls::METHOD_OBJECTS,
    &method_tables::REMOVE_METHOD,
    &method_tables::MIXIN,
    &objects::DUP,
    &objects::FREEZE,
    &objects::STORE,
    &objects::CONST_SET,
    &control::LOOP,
    &control::BEGIN,
    &control::EVAL,
    &control::FIBER,
    &classes::STRUCT,
    &churn::CHURN,
    &churn::PRINT,
    &defs::DEF,
    &method_tables::ALIAS_IN_CLASS,
    &defs::METHOD_MISSING,
    &defs::CORE_PROTOCOL,
    &defs::DEF_ON,
    &control::RAISE,
    &defs::CONVERSIONS,
    &calls::HOST_CALL,
    &classes::CLASS_STORE,
    &classes::CLASS_LOAD,
    &gc::STASH,
    &gc::MOVE,
    &gc::HOLD,
    &selfcheck::CHECK,
    &gc::HOLD_INTERNAL,
    &objects::INTERNAL,
];

/// The construct whose `lift` writes `s` (every kind of statement has one;
/// a kind several constructs make is lifted by one of them).
pub fn lifted_by(s: &Stmt) -> &'static Construct {
    match s {
        Stmt::Gc(_) => &gc::GC_POINT,
        Stmt::Stash { .. } => &gc::STASH,
        Stmt::Move { .. } => &gc::MOVE,
        Stmt::Hold { .. } => &gc::HOLD,
        Stmt::Check { .. } => &selfcheck::CHECK,
        Stmt::HoldInternal { .. } => &gc::HOLD_INTERNAL,
        Stmt::Class { .. } => &classes::CLASS,
        Stmt::Module { .. } => &classes::MODULE,
        Stmt::Reopen { .. } => &classes::SINGLETON_REOPEN,
        Stmt::StructNew { .. } => &classes::STRUCT,
        Stmt::ClassStore { .. } => &classes::CLASS_STORE,
        Stmt::ClassLoad { .. } => &classes::CLASS_LOAD,
        Stmt::AliasOn { .. } => &method_tables::ALIAS_ON,
        Stmt::Alias { .. } => &method_tables::ALIAS_IN_CLASS,
        Stmt::RemoveMethod { .. } => &method_tables::REMOVE_METHOD,
        Stmt::Mixin { .. } => &method_tables::MIXIN,
        Stmt::DefineMethod { .. } => &defs::DEFINE_METHOD,
        Stmt::Def { .. } => &defs::DEF,
        Stmt::DefOn { .. } => &defs::DEF_ON,
        Stmt::MethodMissing { .. } => &defs::METHOD_MISSING,
        Stmt::CoreProtocol { .. } => &defs::CORE_PROTOCOL,
        Stmt::Conversions => &defs::CONVERSIONS,
        Stmt::New { .. } => &objects::NEW_OBJECT,
        Stmt::Lit { .. } | Stmt::Array { .. } | Stmt::Hash { .. } => &objects::LITERAL,
        Stmt::SingletonClass { .. } | Stmt::Dup { .. } => &objects::DUP,
        Stmt::Freeze { .. } => &objects::FREEZE,
        Stmt::Push { .. }
        | Stmt::Store { .. }
        | Stmt::IvarSet { .. }
        | Stmt::IvarGet { .. }
        | Stmt::Grow { .. } => &objects::STORE,
        Stmt::ConstSet { .. } => &objects::CONST_SET,
        Stmt::Internal { .. } => &objects::INTERNAL,
        Stmt::MakeProc { .. } => &closures::PROC,
        Stmt::Call { .. } => &calls::CALL,
        Stmt::RespondTo { .. } => &calls::RESPOND_TO,
        Stmt::MethodObj { .. }
        | Stmt::InstanceMethod { .. }
        | Stmt::Bind { .. }
        | Stmt::ToProc { .. } => &calls::METHOD_OBJECTS,
        Stmt::HostCall { .. } => &calls::HOST_CALL,
        Stmt::Loop { .. } => &control::LOOP,
        Stmt::Begin { .. } => &control::BEGIN,
        Stmt::Eval { .. } | Stmt::InstanceEval { .. } | Stmt::ClassEval { .. } => &control::EVAL,
        Stmt::FiberNew { .. } | Stmt::FiberResume { .. } => &control::FIBER,
        Stmt::Raise { .. } => &control::RAISE,
        Stmt::Churn { .. } => &churn::CHURN,
        Stmt::Print { .. } => &churn::PRINT,
    }
}

/// Golden tests: `s` as its construct's entry lifts it (unguarded, at
/// indentation 0; nested statements go through their own entries).
#[cfg(test)]
pub(crate) fn golden(c: &Construct, s: &Stmt) -> String {
    let mut l = Lifter::new(false);
    assert!((c.lift)(&mut l, s, 0), "{} does not lift {s:?}", c.name);
    l.out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique() {
        let mut names: Vec<&str> = CONSTRUCTS.iter().map(|c| c.name).collect();
        names.sort_unstable();
        let n = names.len();
        names.dedup();
        assert_eq!(n, names.len(), "{names:?}");
    }

    #[test]
    fn every_generated_statement_is_lifted_by_its_entry() {
        fn walk(stmts: &[Stmt]) {
            for s in stmts {
                let c = lifted_by(s);
                let mut l = Lifter::new(false);
                assert!((c.lift)(&mut l, s, 0), "{} does not lift {s:?}", c.name);
                for b in s.bodies() {
                    walk(b);
                }
            }
        }
        let cat = super::super::VmCatalog::builtin_minimal();
        for seed in 0..300 {
            walk(&super::super::program_for_seed(&cat, seed, &Default::default()).stmts);
        }
    }
}
