//! Generating programs: seed (or fuzzer bytes) → IR. Never executes, never
//! writes files. Same (seed, generator version, VM catalog) → same program.
//!
//! The mix is weighted towards what has broken mruby's GC before: singleton
//! classes, aliasing (of Ruby-defined core methods especially), `respond_to?`
//! and `method_missing`, `define_method` from blocks/procs/Method objects,
//! method-cache invalidation, closures escaping into ivars/arrays/constants,
//! every argument shape, evals, mixins, dup/clone of objects with singleton
//! classes, growth, exceptions, fibers, Struct, Comparable/Enumerable — with
//! GC points inline and a schedule.
//!
//! The generator is not told about any particular bug.
//!
//! Each kind of statement is one entry of the construct table
//! (`table::CONSTRUCTS`: name, weight, generation, lifting), defined in its
//! family's file (`gc.rs`, `classes.rs`, `method_tables.rs`, `defs.rs`,
//! `objects.rs`, `closures.rs`, `calls.rs`, `control.rs`, `churn.rs`); this
//! file holds what they share: the RNG helpers, operands, parameters and
//! arguments, names and targets, bodies, and the weighted choice itself.

mod calls;
pub mod census;
mod churn;
mod classes;
mod closures;
mod control;
mod defs;
#[cfg(test)]
mod digest;
mod gc;
pub mod introspect;
mod method_tables;
pub mod mutate;
mod objects;
mod selfcheck;
pub(crate) mod table;

use gcstress_vm::schedule::{Item, Kind as SKind, When};
use gcstress_vm::Schedule;
use rand::{Rng, RngCore, SeedableRng};
use rand_chacha::ChaCha8Rng;

pub use introspect::VmCatalog;

use crate::ir::*;
use table::{Context, Gen, CONSTRUCTS};

/// Bump when a change makes the same seed produce a different program.
pub const GENERATOR_VERSION: u32 = 6;

/// The RNG, named and recorded: ChaCha8 seeded with the program seed.
pub type GenRng = ChaCha8Rng;

#[derive(Debug, Clone)]
pub struct GenConfig {
    pub min_stmts: usize,
    pub max_stmts: usize,
    pub max_depth: usize,
    /// Add a schedule (otherwise `none`).
    pub schedules: bool,
    /// Include `mark` items and `GCStress.mark` points.
    pub mark: bool,
}

impl Default for GenConfig {
    fn default() -> Self {
        GenConfig {
            min_stmts: 8,
            max_stmts: 30,
            max_depth: 3,
            schedules: true,
            mark: false,
        }
    }
}

#[derive(Debug, Clone)]
struct ClassInfo {
    id: ClassId,
    module: bool,
    /// methods defined on it so far (generated names)
    methods: Vec<u32>,
    /// the core class it derives from (for aliasing its Ruby methods)
    core: Option<&'static str>,
}

#[derive(Debug, Clone, Default)]
pub(crate) struct Scope {
    vars: Vec<(Var, VKind)>,
    params: Vec<String>,
    /// inside a class body: the class being defined
    class: Option<Target>,
    /// method/class nesting depth
    depth: usize,
    /// inside a `def` body: no `class`/`module` keywords there
    in_def: bool,
}

/// Builds programs. One generator per thread; cheap to create.
pub struct Generator<'a, R: RngCore + ?Sized = GenRng> {
    cat: &'a VmCatalog,
    cfg: GenConfig,
    next_var: u32,
    next_class: u32,
    next_const: u32,
    next_name: u32,
    classes: Vec<ClassInfo>,
    consts: Vec<u32>,
    /// a `Stash` was generated (a `Move` has something to take)
    stashed: bool,
    /// the last `Stmt::Hold` id (its holder is `h<id>`)
    next_hold: u32,
    /// the checkable holds so far (id, how, slot): what a `Stmt::Check` reads
    holds: Vec<(u32, u8, u32)>,
    /// a few (core class, Ruby-defined method) pairs this program aliases
    alias_pool: Vec<(String, String)>,
    /// (last: construct code sees it as `dyn RngCore`, see `table::Gen`)
    pub rng: R,
}

const SUBCLASSABLE: [(Super, &str); 7] = [
    (Super::Object, "Object"),
    (Super::Numeric, "Numeric"),
    (Super::String, "String"),
    (Super::Array, "Array"),
    (Super::Hash, "Hash"),
    (Super::Exception, "Exception"),
    (Super::StandardError, "StandardError"),
];

/// Core classes whose Ruby-defined methods are worth aliasing, and that can be reopened.
const ALIAS_HOMES: [&str; 12] = [
    "Numeric",
    "Integer",
    "Array",
    "Hash",
    "String",
    "Range",
    "Object",
    "Comparable",
    "Enumerable",
    "Kernel",
    "Struct",
    "Exception",
];

/// Methods a generated program must not call (they end or block the run, or
/// make its output depend on addresses, time or randomness).
const NO_CALL: [&str; 37] = [
    "exit",
    "exit!",
    "abort",
    "loop",
    "sleep",
    // without a limit (or with a block and no count) they never end
    "step",
    "cycle",
    "system",
    "`",
    "spawn",
    "exec",
    "fork",
    "open",
    "gets",
    "require",
    "load",
    "srand",
    "rand",
    "object_id",
    "__id__",
    "hash",
    "instance_variables",
    "trap",
    "eval",
    "instance_eval",
    "class_eval",
    "module_eval",
    "instance_exec",
    "class_exec",
    "define_method",
    "method_missing",
    "send",
    "__send__",
    "public_send",
    "disable",
    "binding",
    "raise",
];

impl<'a> Generator<'a, GenRng> {
    pub fn new(seed: u64, cat: &'a VmCatalog, cfg: GenConfig) -> Self {
        Generator::with_rng(ChaCha8Rng::seed_from_u64(seed), cat, cfg)
    }
}

impl<'a, R: RngCore> Generator<'a, R> {
    /// A generator drawing its choices from any RNG — e.g. [`ByteRng`], so
    /// fuzzer bytes drive the generator and a small byte change makes a small
    /// change in the program.
    pub fn with_rng(rng: R, cat: &'a VmCatalog, cfg: GenConfig) -> Self {
        Generator {
            rng,
            cat,
            cfg,
            next_var: 0,
            next_class: 0,
            next_const: 0,
            next_name: 0,
            classes: vec![],
            consts: vec![],
            stashed: false,
            next_hold: 0,
            holds: vec![],
            alias_pool: vec![],
        }
    }

    /// The generator with its RNG behind `dyn`, as construct code takes it.
    fn dynamic(&mut self) -> &mut Gen<'a, '_> {
        self
    }

    fn stmt_in(&mut self, scope: &mut Scope) -> Stmt {
        self.dynamic().stmt(scope)
    }

    /// Generate a whole program from the generator's RNG state.
    pub fn program(&mut self, seed: u64) -> Program {
        self.begin();
        let n = self
            .rng
            .random_range(self.cfg.min_stmts..=self.cfg.max_stmts.max(self.cfg.min_stmts));
        let mut scope = Scope::default();
        let mut stmts = Vec::with_capacity(n);
        // Objects to move later (`Stmt::Move`), made before a full GC so that
        // a cycle started afterwards finds them already there (what a cycle
        // allocates survives it whatever the barriers do).
        if self.chance(0.4) {
            self.stashed = true;
            stmts.push(Stmt::Stash {
                n: 4 + self.below(9) as u8,
                what: self.below(6) as u8,
            });
            stmts.push(Stmt::Gc(GcKind::Full));
        } else if self.chance(0.5) {
            // GC points early, so core objects are old before the program touches them
            stmts.push(Stmt::Gc(if self.chance(0.5) {
                GcKind::Full
            } else {
                GcKind::Minor
            }));
        }
        while stmts.len() < n {
            let s = self.dynamic().stmt(&mut scope);
            stmts.push(s);
        }
        // A cycle still open at the end (held by mark steps, or the VM's own)
        // has not swept what a missed barrier left white: a full GC finishes
        // it, and the verifier checks what that GC asked for.
        if self.stashed && self.chance(0.8) {
            stmts.push(Stmt::Gc(GcKind::Full));
        }
        // every hold read back once more at the end (no draw: the RNG's
        // sequence, and so the schedule, stays as before)
        stmts.extend(
            self.holds
                .iter()
                .map(|&(id, how, slot)| Stmt::Check { id, how, slot }),
        );
        let schedule = if self.cfg.schedules {
            self.schedule()
        } else {
            Schedule::none()
        };
        Program {
            version: IR_VERSION,
            seed,
            stmts,
            schedule,
        }
    }
}

impl<'a, R: RngCore + ?Sized> Generator<'a, R> {
    fn chance(&mut self, p: f64) -> bool {
        self.rng.random_bool(p.clamp(0.0, 1.0))
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            self.rng.random_range(0..n)
        }
    }

    fn pick<'b, T>(&mut self, items: &'b [T]) -> Option<&'b T> {
        if items.is_empty() {
            None
        } else {
            Some(&items[self.below(items.len())])
        }
    }

    fn weighted(&mut self, weights: &[u32]) -> usize {
        let total: u32 = weights.iter().sum();
        let mut x = self.rng.random_range(0..total.max(1));
        for (i, w) in weights.iter().enumerate() {
            if x < *w {
                return i;
            }
            x -= w;
        }
        0
    }

    fn var(&mut self) -> Var {
        self.next_var += 1;
        Var(self.next_var - 1)
    }

    fn gen_name(&mut self) -> u32 {
        // a small name space, so redefinitions and re-aliases happen
        if self.next_name < 12 && (self.next_name == 0 || self.chance(0.6)) {
            self.next_name += 1;
            self.next_name - 1
        } else {
            self.below(self.next_name.max(1) as usize) as u32
        }
    }

    /// Start a program: reset ids, choose this program's alias pool.
    fn begin(&mut self) {
        self.next_var = 0;
        self.next_class = 0;
        self.next_const = 0;
        self.next_name = 0;
        self.classes.clear();
        self.consts.clear();
        self.holds.clear();
        self.alias_pool.clear();
        let homes: Vec<&str> = ALIAS_HOMES
            .iter()
            .copied()
            .filter(|h| self.cat.has(h))
            .collect();
        let n = 2 + self.below(3);
        for _ in 0..n {
            let Some(home) = self.pick(&homes).copied() else {
                break;
            };
            let ruby = self.cat.ruby_methods(home);
            let all = self.cat.methods(home);
            let m = if !ruby.is_empty() && self.chance(0.85) {
                self.pick(&ruby).map(|s| s.to_string())
            } else {
                self.pick(&all).map(|s| s.to_string())
            };
            if let Some(m) = m {
                self.alias_pool.push((home.to_string(), m));
            }
        }
    }

    /// Take over an existing program's ids, classes and constants (before mutating it).
    fn adopt(&mut self, p: &Program) {
        self.begin();
        let (nv, nc, nk) = max_ids(&p.stmts);
        self.next_var = nv;
        self.next_class = nc;
        self.next_const = nk;
        self.next_name = 12;
        fn walk<R: RngCore + ?Sized>(stmts: &[Stmt], g: &mut Generator<R>) {
            for s in stmts {
                match s {
                    Stmt::Class { id, sup, .. } => {
                        let core = SUBCLASSABLE.iter().find(|(x, _)| x == sup).map(|(_, n)| *n);
                        g.classes.push(ClassInfo {
                            id: *id,
                            module: false,
                            methods: vec![],
                            core,
                        });
                    }
                    Stmt::Module { id, .. } => g.classes.push(ClassInfo {
                        id: *id,
                        module: true,
                        methods: vec![],
                        core: None,
                    }),
                    Stmt::ConstSet { id, .. } => g.consts.push(*id),
                    Stmt::Stash { .. } => g.stashed = true,
                    Stmt::Hold { id, how, slot, .. } => {
                        g.next_hold = g.next_hold.max(*id);
                        if selfcheck::checkable(*how) {
                            g.holds.push((*id, *how, *slot));
                        }
                    }
                    Stmt::HoldInternal { id, .. } => g.next_hold = g.next_hold.max(*id),
                    _ => {}
                }
                for b in s.bodies() {
                    walk(b, g);
                }
            }
        }
        walk(&p.stmts, self);
    }

    /// The top-level scope after `prefix` (variables with their kinds).
    fn scope_at(&self, prefix: &[Stmt]) -> Scope {
        let mut sc = Scope::default();
        for s in prefix {
            if let Some(v) = s.output() {
                sc.vars.retain(|(x, _)| *x != v);
                sc.vars.push((v, kind_of(s)));
            }
        }
        sc
    }

    /// A random GC schedule from the default mix.
    pub fn schedule(&mut self) -> Schedule {
        let n = |g: &mut Self, lo: u64, hi: u64| -> u64 {
            // log-uniform
            let a = (lo as f64).ln();
            let b = (hi as f64).ln();
            (g.rng.random_range(a..b)).exp().round().max(1.0) as u64
        };
        let mut s = Schedule::none();
        let choice = self.weighted(&[18, 30, 6, 8, 10, 10, 10, if self.cfg.mark { 10 } else { 0 }]);
        match choice {
            0 => {}
            1 => s.items.push(Item {
                kind: SKind::Minor,
                when: When::Every(n(self, 8, 600)),
            }),
            2 => s.items.push(Item {
                kind: SKind::Full,
                when: When::Every(n(self, 40, 3000)),
            }),
            3 => s.items.push(Item {
                kind: SKind::Step,
                when: When::Every(n(self, 4, 400)),
            }),
            4 => {
                s.items.push(Item {
                    kind: SKind::Minor,
                    when: When::Every(n(self, 8, 300)),
                });
                s.items.push(Item {
                    kind: SKind::Full,
                    when: When::At(n(self, 10, 3000)),
                });
            }
            5 => s.items.push(Item {
                kind: SKind::MallocFail,
                when: When::Every(n(self, 20, 600)),
            }),
            6 => {
                for _ in 0..1 + self.below(3) {
                    let k = if self.chance(0.7) {
                        SKind::Minor
                    } else {
                        SKind::Full
                    };
                    s.items.push(Item {
                        kind: k,
                        when: When::At(n(self, 1, 3000)),
                    });
                }
            }
            _ => s.items.push(Item {
                kind: SKind::Mark,
                when: When::Every(n(self, 2, 100)),
            }),
        }
        if self.chance(0.08) {
            s.gen = Some(false);
        }
        s
    }

    // ------------------------------------------------------------------
    // operands

    fn vars_of(&self, scope: &Scope, pred: impl Fn(VKind) -> bool) -> Vec<Var> {
        scope
            .vars
            .iter()
            .filter(|(_, k)| pred(*k))
            .map(|(v, _)| *v)
            .collect()
    }

    fn any_var(&mut self, scope: &Scope) -> Option<Var> {
        let vs: Vec<Var> = scope.vars.iter().map(|v| v.0).collect();
        self.pick(&vs).copied()
    }

    fn object_var(&mut self, scope: &Scope) -> Option<Var> {
        let vs = self.vars_of(scope, |k| {
            matches!(
                k,
                VKind::Object
                    | VKind::Str
                    | VKind::Array
                    | VKind::Hash
                    | VKind::Proc
                    | VKind::Lambda
                    | VKind::Class
                    | VKind::Module
                    | VKind::Exception
            )
        });
        self.pick(&vs).copied()
    }

    fn lit(&mut self) -> Lit {
        match self.below(8) {
            0 => Lit::Nil,
            1 => Lit::True,
            2 | 3 => Lit::Int(self.rng.random_range(-3..100)),
            4 => Lit::Float(self.rng.random_range(-2..20) as f64 + 0.5),
            5 => Lit::Str(format!("s{}", self.below(20))),
            6 => Lit::Sym(format!("y{}", self.below(6))),
            _ => {
                let a = self.rng.random_range(0..5);
                Lit::Range(a, a + self.rng.random_range(0..6))
            }
        }
    }

    fn operand(&mut self, scope: &Scope) -> Operand {
        let c = self.weighted(&[
            10,
            5,
            if scope.params.is_empty() { 0 } else { 4 },
            if self.consts.is_empty() { 0 } else { 1 },
            1,
        ]);
        match c {
            0 => match self.any_var(scope) {
                Some(v) => Operand::Var(v),
                None => Operand::Lit(self.lit()),
            },
            1 => Operand::Lit(self.lit()),
            2 => {
                let p = self
                    .pick(&scope.params)
                    .cloned()
                    .unwrap_or_else(|| "nil".into());
                Operand::Param(p)
            }
            3 => {
                let k = *self.pick(&self.consts.clone()).unwrap_or(&0);
                Operand::Const(k)
            }
            _ => Operand::SelfRef,
        }
    }

    fn params(&mut self) -> Params {
        let mut p = Params::default();
        match self.weighted(&[6, 6, 3, 2, 2, 2, 2]) {
            0 => {}
            1 => p.req = 1 + self.below(2) as u8,
            2 => {
                p.req = self.below(2) as u8;
                p.opt = 1;
            }
            3 => {
                p.req = 1;
                p.rest = true;
                p.post = self.below(2) as u8;
            }
            4 => {
                p.kw = vec!["k0".into()];
                p.kwrest = self.chance(0.5);
            }
            5 => {
                p.req = 1;
                p.block = true;
            }
            _ => {
                p.req = 1;
                p.opt = 1;
                p.rest = true;
                p.kw = vec!["k0".into()];
                p.block = true;
            }
        }
        p
    }

    fn args(&mut self, scope: &Scope) -> Vec<Arg> {
        let mut a = Vec::new();
        match self.weighted(&[5, 8, 3, 2, 2, 2, 2]) {
            0 => {}
            1 => {
                for _ in 0..1 + self.below(2) {
                    let o = self.operand(scope);
                    a.push(Arg::Pos(o));
                }
            }
            2 => {
                let arrs = self.vars_of(scope, |k| k == VKind::Array);
                match self.pick(&arrs) {
                    Some(v) => a.push(Arg::Splat(Operand::Var(*v))),
                    None => a.push(Arg::Pos(Operand::Lit(Lit::Int(1)))),
                }
            }
            3 => a.push(Arg::Kw("k0".into(), self.operand(scope))),
            4 => {
                let hs = self.vars_of(scope, |k| k == VKind::Hash);
                match self.pick(&hs) {
                    Some(v) => a.push(Arg::DoubleSplat(Operand::Var(*v))),
                    None => a.push(Arg::Kw("k0".into(), Operand::Lit(Lit::Int(2)))),
                }
            }
            5 => {
                let ps = self.vars_of(scope, |k| {
                    matches!(k, VKind::Proc | VKind::Lambda | VKind::Method | VKind::Sym)
                });
                if let Some(v) = self.pick(&ps) {
                    a.push(Arg::BlockPass(Operand::Var(*v)));
                }
            }
            _ => {
                let o = self.operand(scope);
                a.push(Arg::Pos(o));
                let arrs = self.vars_of(scope, |k| k == VKind::Array);
                if let Some(v) = self.pick(&arrs) {
                    a.push(Arg::Splat(Operand::Var(*v)));
                }
                a.push(Arg::Kw("k0".into(), Operand::Lit(Lit::Int(3))));
            }
        }
        a
    }

    fn result(&mut self, scope: &Scope, params: &Params) -> Operand {
        let names = params.names();
        if !names.is_empty() && self.chance(0.5) {
            return Operand::Param(names[self.below(names.len())].clone());
        }
        self.operand(scope)
    }

    // ------------------------------------------------------------------
    // names and targets

    fn core_alias_source(&mut self) -> Option<(String, String)> {
        let pool = self.alias_pool.clone();
        self.pick(&pool).cloned()
    }

    fn class_ref(&mut self, scope: &Scope) -> ClassRef {
        let classes: Vec<ClassInfo> = self.classes.iter().filter(|c| !c.module).cloned().collect();
        let cvars = self.vars_of(scope, |k| k == VKind::Class);
        match self.weighted(&[6, if cvars.is_empty() { 0 } else { 3 }, 3]) {
            0 if !classes.is_empty() => {
                ClassRef::User(self.pick(&classes).map(|c| c.id).unwrap_or(ClassId(0)))
            }
            1 => ClassRef::Var(*self.pick(&cvars).unwrap_or(&Var(0))),
            _ => {
                let homes: Vec<&str> = [
                    "Object", "Array", "Hash", "String", "Numeric", "Integer", "Range",
                ]
                .into_iter()
                .filter(|h| self.cat.has(h))
                .collect();
                ClassRef::Core(self.pick(&homes).unwrap_or(&"Object").to_string())
            }
        }
    }

    fn module_ref(&mut self) -> ClassRef {
        let mods: Vec<ClassId> = self
            .classes
            .iter()
            .filter(|c| c.module)
            .map(|c| c.id)
            .collect();
        if !mods.is_empty() && self.chance(0.8) {
            ClassRef::User(*self.pick(&mods).unwrap_or(&ClassId(0)))
        } else if self.cat.has("Comparable") && self.chance(0.5) {
            ClassRef::Core("Comparable".into())
        } else {
            ClassRef::Core(
                if self.cat.has("Enumerable") {
                    "Enumerable"
                } else {
                    "Kernel"
                }
                .into(),
            )
        }
    }

    fn target(&mut self, scope: &Scope) -> Target {
        let objs = self.vars_of(scope, |k| {
            matches!(
                k,
                VKind::Object
                    | VKind::Str
                    | VKind::Array
                    | VKind::Hash
                    | VKind::Class
                    | VKind::Module
                    | VKind::Proc
            )
        });
        if !objs.is_empty() && self.chance(0.45) {
            Target::SingletonOf(*self.pick(&objs).unwrap_or(&Var(0)))
        } else {
            Target::Class(self.class_ref(scope))
        }
    }

    /// A (new, old) pair for aliasing: old is often a Ruby-defined core method.
    fn alias_names(&mut self) -> (Name, Name) {
        let new = Name::Gen(self.gen_name());
        let old = if self.chance(0.7) {
            match self.core_alias_source() {
                Some((_, m)) => Name::Core(m),
                None => Name::Gen(self.gen_name()),
            }
        } else {
            Name::Gen(self.gen_name())
        };
        (new, old)
    }

    fn method_name_for_call(&mut self, kind: VKind) -> Name {
        let class = match kind {
            VKind::Int => "Integer",
            VKind::Float => "Float",
            VKind::Str => "String",
            VKind::Sym => "Symbol",
            VKind::Array => "Array",
            VKind::Hash => "Hash",
            VKind::Range => "Range",
            VKind::Proc | VKind::Lambda => "Proc",
            VKind::Method => "Method",
            VKind::Class => "Class",
            VKind::Module => "Module",
            _ => "Object",
        };
        if self.chance(0.15) || !self.cat.has(class) {
            return Name::Gen(self.gen_name());
        }
        if self.chance(0.2) {
            if let Some((_, m)) = self.core_alias_source() {
                if !NO_CALL.contains(&m.as_str()) {
                    return Name::Core(m);
                }
            }
        }
        let ms: Vec<String> = self
            .cat
            .methods(class)
            .into_iter()
            .filter(|m| !NO_CALL.contains(m) && !m.ends_with('!') || *m == "collect!")
            .map(String::from)
            .collect();
        match self.pick(&ms) {
            Some(m) => Name::Core(m.clone()),
            None => Name::Gen(self.gen_name()),
        }
    }

    fn user_or_object(&mut self) -> ClassRef {
        let classes: Vec<ClassId> = self
            .classes
            .iter()
            .filter(|c| !c.module)
            .map(|c| c.id)
            .collect();
        match self.pick(&classes) {
            Some(c) => ClassRef::User(*c),
            None => ClassRef::Core("Object".into()),
        }
    }
}

// ----------------------------------------------------------------------
// statements: bodies and the weighted choice (construct code takes `Gen`)

impl Gen<'_, '_> {
    /// A short body (0-2 statements) nested in `scope`.
    fn small_body(&mut self, scope: &mut Scope) -> Vec<Stmt> {
        if scope.depth >= self.cfg.max_depth {
            return vec![];
        }
        let n = self.weighted(&[4, 5, 2]);
        let mut inner = scope.clone();
        inner.depth += 1;
        (0..n).map(|_| self.stmt(&mut inner)).collect()
    }

    /// A body in a fresh scope (method or class body).
    fn scoped_body(
        &mut self,
        scope: &Scope,
        params: &Params,
        class: Option<Target>,
        n: usize,
    ) -> Vec<Stmt> {
        if scope.depth >= self.cfg.max_depth {
            return vec![];
        }
        // a class body resets "inside a def"; a method body sets it
        let in_def = class.is_none()
            || scope.in_def && matches!(class, Some(Target::Class(ClassRef::Current)));
        let mut inner = Scope {
            vars: vec![],
            params: params.names(),
            class,
            depth: scope.depth + 1,
            in_def,
        };
        (0..n).map(|_| self.stmt(&mut inner)).collect()
    }

    /// One statement in `scope` (which it may extend with a new variable):
    /// one weighted draw over the construct table, then that construct's
    /// `generate`.
    fn stmt(&mut self, scope: &mut Scope) -> Stmt {
        let deep = scope.depth >= self.cfg.max_depth;
        let nest = if deep { 0 } else { 1 };
        let cx = Context {
            in_class: scope.class.is_some(),
            nest,
            // `class`, `module` and `class <<` are syntax errors inside a method body
            kw: if scope.in_def { 0 } else { nest },
            has_obj: !scope.vars.is_empty(),
            top: scope.depth == 0 && !scope.in_def && scope.class.is_none(),
            stashed: self.stashed,
            held: !self.holds.is_empty(),
        };
        let w = CONSTRUCTS.map(|c| (c.weight)(&cx));
        let c = CONSTRUCTS[self.weighted(&w)];
        (c.generate)(self, scope)
    }
}

/// What kind of value a statement's output holds.
pub fn kind_of(s: &Stmt) -> VKind {
    match s {
        Stmt::Lit { lit, .. } => match lit {
            Lit::Nil | Lit::True => VKind::Nil,
            Lit::Int(_) => VKind::Int,
            Lit::Float(_) => VKind::Float,
            Lit::Str(_) => VKind::Str,
            Lit::Sym(_) => VKind::Sym,
            Lit::Range(..) => VKind::Range,
        },
        Stmt::Array { .. } => VKind::Array,
        Stmt::Hash { .. } => VKind::Hash,
        Stmt::New { .. } => VKind::Object,
        Stmt::MakeProc { style, .. } => match style {
            ProcStyle::Lambda | ProcStyle::Stabby => VKind::Lambda,
            _ => VKind::Proc,
        },
        Stmt::MethodObj { .. } | Stmt::Bind { .. } => VKind::Method,
        Stmt::InstanceMethod { .. } => VKind::UnboundMethod,
        Stmt::ToProc { .. } => VKind::Proc,
        Stmt::SingletonClass { .. } | Stmt::StructNew { .. } | Stmt::Class { .. } => VKind::Class,
        Stmt::FiberNew { .. } => VKind::Fiber,
        Stmt::Internal { kind, .. } => INTERNAL_EXPRS[usize::from(*kind) % INTERNAL_EXPRS.len()].2,
        _ => VKind::Any,
    }
}

/// An RNG that reads its output from a byte string (fuzzer input), then zeros.
/// Zeros make every choice the first one, so short inputs give small programs.
#[derive(Debug, Clone)]
pub struct ByteRng<'b> {
    data: &'b [u8],
    pos: usize,
}

impl<'b> ByteRng<'b> {
    pub fn new(data: &'b [u8]) -> Self {
        ByteRng { data, pos: 0 }
    }

    /// Bytes consumed so far.
    pub fn consumed(&self) -> usize {
        self.pos.min(self.data.len())
    }
}

impl RngCore for ByteRng<'_> {
    fn next_u32(&mut self) -> u32 {
        let mut b = [0u8; 4];
        self.fill_bytes(&mut b);
        u32::from_le_bytes(b)
    }
    fn next_u64(&mut self) -> u64 {
        let mut b = [0u8; 8];
        self.fill_bytes(&mut b);
        u64::from_le_bytes(b)
    }
    fn fill_bytes(&mut self, dst: &mut [u8]) {
        for d in dst.iter_mut() {
            *d = self.data.get(self.pos).copied().unwrap_or(0);
            self.pos += 1;
        }
    }
}

/// The program fuzzer bytes describe (same generator as `hunt`).
pub fn program_from_bytes(cat: &VmCatalog, data: &[u8], cfg: &GenConfig) -> Program {
    let mut g = Generator::with_rng(ByteRng::new(data), cat, cfg.clone());
    g.program(0)
}

/// Convenience: the program for a seed.
pub fn program_for_seed(cat: &VmCatalog, seed: u64, cfg: &GenConfig) -> Program {
    let mut g = Generator::new(seed, cat, cfg.clone());
    g.program(seed)
}

/// Derive the seed of program `k` of job `j` from a campaign seed.
pub fn derive_seed(campaign: u64, job: u64, k: u64) -> u64 {
    let mut r = ChaCha8Rng::seed_from_u64(campaign ^ job.wrapping_mul(0x9e37_79b9_7f4a_7c15));
    r.set_word_pos(u128::from(k) * 2);
    r.next_u64()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lift::lift;

    #[test]
    fn same_seed_same_program_byte_for_byte() {
        let cat = VmCatalog::builtin_minimal();
        for seed in 0..50 {
            let a = lift(&program_for_seed(&cat, seed, &GenConfig::default()));
            let b = lift(&program_for_seed(&cat, seed, &GenConfig::default()));
            assert_eq!(a, b);
        }
        let a = lift(&program_for_seed(&cat, 1, &GenConfig::default()));
        let b = lift(&program_for_seed(&cat, 2, &GenConfig::default()));
        assert_ne!(a, b);
    }

    #[test]
    fn every_construct_kind_appears_in_10000_programs() {
        let cat = VmCatalog::builtin_minimal();
        let mut seen = std::collections::BTreeSet::new();
        for seed in 0..10_000 {
            seen.extend(census::census(&program_for_seed(
                &cat,
                seed,
                &GenConfig::default(),
            )));
        }
        // what only some VMs have (mrbgems), with a catalog that has them
        let mut more = cat.clone();
        for (name, methods) in [
            ("Rational", vec![]),
            ("Complex", vec![]),
            ("Data", vec![]),
            (
                "Kernel",
                vec![
                    ("respond_to?".to_string(), false),
                    ("binding".into(), false),
                ],
            ),
        ] {
            more.classes.insert(
                name.into(),
                introspect::CoreClass {
                    name: name.into(),
                    is_class: name != "Kernel",
                    superclass: None,
                    methods,
                },
            );
        }
        for seed in 0..2_000 {
            seen.extend(census::census(&program_for_seed(
                &more,
                seed,
                &GenConfig::default(),
            )));
        }
        let missing: Vec<&&str> = census::ALL_CONSTRUCTS
            .iter()
            .chain(HOLD_KINDS.iter())
            .chain(HOLD_INTERNAL_KINDS.iter())
            .chain(INTERNAL_EXPRS.iter().map(|e| &e.0))
            .filter(|c| !seen.contains(*c))
            .collect();
        assert!(missing.is_empty(), "never generated: {missing:?}");
    }

    #[test]
    fn fuzzer_bytes_drive_the_generator() {
        let cat = VmCatalog::builtin_minimal();
        for n in 0..200u32 {
            let bytes: Vec<u8> = (0..n * 7)
                .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
                .collect();
            let p = program_from_bytes(&cat, &bytes, &GenConfig::default());
            assert!(validate(&p).is_ok());
            assert_eq!(
                lift(&p),
                lift(&program_from_bytes(&cat, &bytes, &GenConfig::default()))
            );
        }
        // no bytes: a small program of first choices
        let empty = program_from_bytes(&cat, &[], &GenConfig::default());
        // (the fewest statements, and a closing full GC after a stash)
        let n = GenConfig::default().min_stmts;
        assert!(
            (n..=n + 1).contains(&empty.stmts.len()),
            "{}",
            empty.stmts.len()
        );
    }

    #[test]
    fn generated_programs_are_valid_ir() {
        let cat = VmCatalog::builtin_minimal();
        for seed in 0..300 {
            let p = program_for_seed(&cat, seed, &GenConfig::default());
            if let Err(e) = validate(&p) {
                panic!("seed {seed}: {e:?}\n{}", lift(&p));
            }
        }
    }
}
