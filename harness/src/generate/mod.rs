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

pub mod census;
#[cfg(test)]
mod digest;
pub mod introspect;
pub mod mutate;

use gcstress_vm::schedule::{Item, Kind as SKind, When};
use gcstress_vm::Schedule;
use rand::{Rng, RngCore, SeedableRng};
use rand_chacha::ChaCha8Rng;

pub use introspect::VmCatalog;

use crate::ir::*;

/// Bump when a change makes the same seed produce a different program.
pub const GENERATOR_VERSION: u32 = 5;

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
struct Scope {
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
pub struct Generator<'a, R: RngCore = GenRng> {
    pub rng: R,
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
    /// a few (core class, Ruby-defined method) pairs this program aliases
    alias_pool: Vec<(String, String)>,
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
const NO_CALL: [&str; 34] = [
    "exit",
    "exit!",
    "abort",
    "loop",
    "sleep",
    "system",
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
            alias_pool: vec![],
        }
    }

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
        fn walk<R: RngCore>(stmts: &[Stmt], g: &mut Generator<R>) {
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
                    Stmt::Hold { id, .. } => g.next_hold = g.next_hold.max(*id),
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

    fn stmt_in(&mut self, scope: &mut Scope) -> Stmt {
        self.stmt(scope)
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
            let s = self.stmt(&mut scope);
            stmts.push(s);
        }
        // A cycle still open at the end (held by mark steps, or the VM's own)
        // has not swept what a missed barrier left white: a full GC finishes
        // it, and the verifier checks what that GC asked for.
        if self.stashed && self.chance(0.8) {
            stmts.push(Stmt::Gc(GcKind::Full));
        }
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

    // ------------------------------------------------------------------
    // statements

    /// One statement in `scope` (which it may extend with a new variable).
    fn stmt(&mut self, scope: &mut Scope) -> Stmt {
        let in_class = scope.class.is_some();
        let deep = scope.depth >= self.cfg.max_depth;
        let nest = if deep { 0 } else { 1 };
        // `class`, `module` and `class <<` are syntax errors inside a method body
        let kw = if scope.in_def { 0 } else { nest };
        let has_obj = !scope.vars.is_empty();
        // top level of the program: a local there lives until the end
        let top = scope.depth == 0 && !scope.in_def && scope.class.is_none();
        let w = [
            6,                                                 // 0 gc point
            8 * kw,                                            // 1 class definition
            3 * kw,                                            // 2 module definition
            10 * kw,                              // 3 singleton reopen (+ aliases/defs)
            12,                                   // 4 alias_method on a target
            4 * kw,                               // 5 reopen core class + alias
            9,                                    // 6 new object
            6,                                    // 7 literal / array / hash
            8 * nest,                             // 8 proc/lambda (closure)
            10,                                   // 9 call
            5,                                    // 10 respond_to?
            6,                                    // 11 define_method
            5,                                    // 12 method / instance_method / bind / to_proc
            4,                                    // 13 undef/remove method
            4,                                    // 14 mixin
            4 * has_obj as u32,                   // 15 dup/clone/singleton_class
            2 * has_obj as u32,                   // 16 freeze
            6,                                    // 17 ivar/push/store/grow
            3,                                    // 18 constant escape
            4 * nest,                             // 19 loop
            3 * nest,                             // 20 begin/rescue/ensure/retry
            3 * nest,                             // 21 eval family
            2 * nest,                             // 22 fiber
            2,                                    // 23 struct
            5,                                    // 24 churn
            3,                                    // 25 print
            if in_class { 14 } else { 3 * nest }, // 26 def in current context
            if in_class { 10 } else { 0 },        // 27 alias in class context
            if in_class { 3 } else { 0 },         // 28 method_missing
            if in_class { 3 } else { 0 },         // 29 comparable/enumerable
            3 * nest,                             // 30 def on object (singleton method)
            2,                                    // 31 raise
            if in_class { 4 } else { 0 },         // 32 conversion protocol methods
            6,                                    // 33 host call that calls back into Ruby
            4,                                    // 34 class-level storage (cvar / class ivar)
            2,                                    // 35 class-level load
            1,                                    // 36 stash objects for later moves
            if self.stashed { 6 * has_obj as u32 } else { 0 }, // 37 move one into a local's object
            if self.stashed && top { 5 } else { 0 }, // 38 the whole holder shape (Stmt::Hold)
        ];
        match self.weighted(&w) {
            0 => Stmt::Gc(
                match self.weighted(&[5, 3, 2, if self.cfg.mark { 2 } else { 0 }]) {
                    0 => GcKind::Minor,
                    1 => GcKind::Full,
                    2 => GcKind::Step,
                    _ => GcKind::Mark,
                },
            ),
            1 => self.class_def(scope),
            2 => {
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
            3 => {
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
            4 => {
                let target = self.target(scope);
                let (new, old) = self.alias_names();
                Stmt::AliasOn { target, new, old }
            }
            5 => {
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
            6 => self.new_object(scope),
            7 => self.literal(scope),
            8 => self.make_proc(scope),
            9 => self.call(scope),
            10 => {
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
            11 => {
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
            12 => self.method_objects(scope),
            13 => {
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
                    (Target::Class(ClassRef::Core(_)), _) => {
                        Target::Class(ClassRef::User(ClassId(0)))
                    }
                    _ => target,
                };
                Stmt::RemoveMethod {
                    target,
                    name,
                    undef: self.chance(0.5),
                }
            }
            14 => {
                let module = self.module_ref();
                let kind =
                    match self.weighted(&[5, if self.cat.feature("prepend") { 3 } else { 0 }, 3]) {
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
            15 => {
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
            16 => match self.object_var(scope) {
                Some(of) if self.chance(0.5) => Stmt::Freeze { of },
                _ => self.literal(scope),
            },
            17 => self.store(scope),
            18 => {
                let id = self.next_const;
                self.next_const += 1;
                self.consts.push(id);
                let value = self.operand(scope);
                Stmt::ConstSet { id, value }
            }
            19 => {
                let n = *self.pick(&[1u32, 2, 3, 5, 10, 30]).unwrap_or(&3);
                let mut inner = scope.clone();
                inner.params.push("i".into());
                let body = self.small_body(&mut inner);
                Stmt::Loop { n, body }
            }
            20 => {
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
            21 => match self.weighted(&[3, 3, 3]) {
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
            },
            22 if self.cat.has("Fiber") => {
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
            23 if self.cat.has("Struct") => {
                let out = self.var();
                scope.vars.push((out, VKind::Class));
                Stmt::StructNew {
                    out,
                    fields: 1 + self.below(3) as u8,
                }
            }
            24 => Stmt::Churn {
                n: *self.pick(&[10u32, 50, 100, 300]).unwrap_or(&50),
                what: self.below(5) as u8,
            },
            25 => Stmt::Print {
                value: self.operand(scope),
            },
            26 => {
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
            27 => {
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
            28 => Stmt::MethodMissing {
                prefix: format!("dyn{}", self.below(3)),
            },
            29 => Stmt::CoreProtocol {
                comparable: self.chance(0.5),
            },
            30 => match self.object_var(scope) {
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
            },
            32 => Stmt::Conversions,
            33 => {
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
            34 => {
                let class = self.user_or_object();
                let value = self.operand(scope);
                Stmt::ClassStore {
                    class,
                    slot: self.below(3) as u32,
                    value,
                    cvar: self.chance(0.5),
                }
            }
            35 => {
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
            36 => {
                self.stashed = true;
                Stmt::Stash {
                    n: 2 + self.below(7) as u8,
                    what: self.below(6) as u8,
                }
            }
            37 => match self.any_var(scope) {
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
            },
            38 => {
                self.next_hold += 1;
                Stmt::Hold {
                    id: self.next_hold,
                    how: self.below(HOLD_KINDS.len()) as u8,
                    slot: self.below(3) as u32,
                    steps: 1 + self.below(3) as u8,
                    mark: self.cfg.mark,
                }
            }
            31 => Stmt::Raise {
                class: (*self
                    .pick(&["ArgumentError", "TypeError", "RuntimeError"])
                    .unwrap_or(&"RuntimeError"))
                .into(),
                msg: "x".into(),
            },
            _ => self.literal(scope),
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

    fn new_object(&mut self, scope: &mut Scope) -> Stmt {
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

    fn literal(&mut self, scope: &mut Scope) -> Stmt {
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

    fn make_proc(&mut self, scope: &mut Scope) -> Stmt {
        let out = self.var();
        let style = match self.weighted(&[5, 3, 2, 1]) {
            0 => ProcStyle::Proc,
            1 => ProcStyle::Lambda,
            2 => ProcStyle::Stabby,
            _ => ProcStyle::ProcNew,
        };
        let params = self.params();
        let mut inner = scope.clone();
        inner.params.extend(params.names());
        let body = self.small_body(&mut inner);
        let result = self.result(&inner, &params);
        scope.vars.push((
            out,
            if matches!(style, ProcStyle::Lambda | ProcStyle::Stabby) {
                VKind::Lambda
            } else {
                VKind::Proc
            },
        ));
        Stmt::MakeProc {
            out,
            style,
            params,
            body,
            result,
        }
    }

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
        let missing: Vec<&&str> = census::ALL_CONSTRUCTS
            .iter()
            .chain(HOLD_KINDS.iter())
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
