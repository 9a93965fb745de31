//! The program IR: a small typed language with object identity.
//!
//! A [`Program`] is a tree of [`Stmt`]s. Values live in numbered variables
//! ([`Var`], lifted as `v3`), classes and modules have ids ([`ClassId`],
//! lifted as `C3` / `M3`), constants used to let closures escape have ids
//! (`K3`). Which variable holds which object, which class a method lives on and
//! which closures capture what is explicit in the IR, so the generator and the
//! mutators can keep programs meaningful (def-before-use, see [`validate`]).
//!
//! No randomness and no I/O here: `generate/` builds programs, `lift` prints
//! them, `mutate` edits them.

use std::collections::BTreeSet;

use gcstress_vm::Schedule;
use serde::{Deserialize, Serialize};

/// Bump on any change to the IR or the lifter that changes the Ruby text
/// produced for the same seed (recorded in every reproducer header).
pub const IR_VERSION: u32 = 1;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Var(pub u32);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ClassId(pub u32);

/// A method name: a generated one (`m3`) or a name the VM really has (`-@`, `each`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Name {
    Gen(u32),
    Core(String),
}

/// What kind of object a variable holds (the generator's static knowledge).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum VKind {
    Int,
    Float,
    Str,
    Sym,
    Array,
    Hash,
    Range,
    Nil,
    /// An instance of a user class (or a core subclass).
    Object,
    /// A class object (anonymous classes, singleton classes, Struct classes).
    Class,
    Module,
    Proc,
    Lambda,
    Method,
    UnboundMethod,
    Fiber,
    Exception,
    Any,
}

/// A class reference.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ClassRef {
    /// `C3` (named user class) or `M3` (module).
    User(ClassId),
    /// A core class or module by name (`Numeric`, `Array`, `Comparable`).
    Core(String),
    /// A class held in a variable (anonymous class, singleton class, Struct).
    Var(Var),
    /// The class being defined (`self` inside `Class.new do ... end`).
    Current,
}

/// Where a method definition, alias or removal applies.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Target {
    Class(ClassRef),
    /// The singleton class of the object in a variable.
    SingletonOf(Var),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Lit {
    Nil,
    True,
    Int(i64),
    Float(f64),
    Str(String),
    Sym(String),
    Range(i64, i64),
}

/// An input to an operation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Operand {
    Var(Var),
    Lit(Lit),
    /// A block parameter or method parameter by position name (`a0`, `i`).
    Param(String),
    Const(u32),
    SelfRef,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Arg {
    Pos(Operand),
    Splat(Operand),
    Kw(String, Operand),
    DoubleSplat(Operand),
    BlockPass(Operand),
}

/// Parameter list of a method, block, proc or lambda.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Params {
    pub req: u8,
    pub opt: u8,
    pub rest: bool,
    pub post: u8,
    pub kw: Vec<String>,
    pub kwrest: bool,
    pub block: bool,
}

impl Params {
    /// Names of the parameters, as the lifter writes them.
    pub fn names(&self) -> Vec<String> {
        let mut v = Vec::new();
        for i in 0..self.req {
            v.push(format!("a{i}"));
        }
        for i in 0..self.opt {
            v.push(format!("o{i}"));
        }
        if self.rest {
            v.push("rest".into());
        }
        for i in 0..self.post {
            v.push(format!("p{i}"));
        }
        for k in &self.kw {
            v.push(k.clone());
        }
        if self.kwrest {
            v.push("kws".into());
        }
        if self.block {
            v.push("blk".into());
        }
        v
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ProcStyle {
    Proc,
    Lambda,
    Stabby,
    ProcNew,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum CallStyle {
    Dot,
    Send,
    PublicSend,
    /// `recv.method(:name).call(...)`
    MethodCall,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum AliasStyle {
    /// `alias new old` (inside a class body)
    Keyword,
    /// `alias_method :new, :old` (inside a class body)
    AliasMethod,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Mixin {
    Include,
    Prepend,
    Extend,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum GcKind {
    Minor,
    Full,
    Step,
    Mark,
}

/// Where a `define_method` body comes from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum MethodSource {
    Block {
        params: Params,
        body: Vec<Stmt>,
        result: Operand,
    },
    /// A Proc, Method or UnboundMethod in a variable.
    Value(Var),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Super {
    Object,
    Numeric,
    String,
    Array,
    Hash,
    Exception,
    StandardError,
    User(ClassId),
}

/// A block attached to a call (`{ |params| body; result }`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BlockArg {
    pub params: Params,
    pub body: Vec<Stmt>,
    pub result: Operand,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Stmt {
    // ---- values
    /// `vX = <literal>`
    Lit { out: Var, lit: Lit },
    /// `vX = [a, b]` / `vX = { a => b }`
    Array { out: Var, items: Vec<Operand> },
    Hash {
        out: Var,
        pairs: Vec<(Operand, Operand)>,
    },
    /// `vX = C.new(args)`
    New {
        out: Var,
        class: ClassRef,
        args: Vec<Arg>,
    },
    /// `vX = proc { |..| body; result }`
    MakeProc {
        out: Var,
        style: ProcStyle,
        params: Params,
        body: Vec<Stmt>,
        result: Operand,
    },
    /// `vX = recv.method(:name)`
    MethodObj { out: Var, recv: Operand, name: Name },
    /// `vX = C.instance_method(:name)`
    InstanceMethod {
        out: Var,
        class: ClassRef,
        name: Name,
    },
    /// `vX = um.bind(recv)`
    Bind { out: Var, um: Var, recv: Operand },
    /// `vX = v.to_proc`
    ToProc { out: Var, src: Var },
    /// `vX = v.singleton_class`
    SingletonClass { out: Var, of: Var },
    /// `vX = v.dup` / `v.clone`
    Dup { out: Var, of: Var, clone: bool },
    /// `v.freeze`
    Freeze { of: Var },
    /// `vX = Struct.new(:f0, :f1)`
    StructNew { out: Var, fields: u8 },
    /// `vX = Fiber.new { |x| body; Fiber.yield r; result }`
    FiberNew {
        out: Var,
        body: Vec<Stmt>,
        result: Operand,
        /// `$fkX = proc { x }` before the yield: a closure that outlives the
        /// fiber holds its frame's env (which takes the stack when it ends)
        #[serde(default)]
        capture: bool,
    },
    /// `vX = f.resume(arg)`
    FiberResume {
        out: Var,
        fiber: Var,
        /// `GCStress.mark` first: the fiber may end while a major cycle marks
        #[serde(default)]
        mark: bool,
    },
    /// `vX = recv.name(args) { block }` in one of several call styles.
    Call {
        out: Option<Var>,
        recv: Operand,
        name: Name,
        args: Vec<Arg>,
        block: Option<BlockArg>,
        style: CallStyle,
    },
    /// `vX = recv.respond_to?(:name[, true])`
    RespondTo {
        out: Var,
        recv: Operand,
        name: Name,
        private: bool,
    },
    /// `recv.instance_variable_set(:@iN, value)`
    IvarSet {
        recv: Var,
        ivar: u32,
        value: Operand,
    },
    /// `vX = recv.instance_variable_get(:@iN)`
    IvarGet { out: Var, recv: Var, ivar: u32 },
    /// `arr << value`
    Push { arr: Var, value: Operand },
    /// `hash[key] = value`
    Store {
        hash: Var,
        key: Operand,
        value: Operand,
    },
    /// grow an array, hash or ivar table by n entries
    Grow { target: Var, kind: VKind, n: u32 },
    /// `K3 = value` (a closure or object escapes into a constant)
    ConstSet { id: u32, value: Operand },
    /// `p v` (output for the differential oracle)
    Print { value: Operand },
    /// `vX = <string>`: a fresh allocation churn
    Churn { n: u32, what: u8 },

    // ---- control
    /// `n.times do |i| body end`
    Loop { n: u32, body: Vec<Stmt> },
    /// `begin body rescue => e; rescue_body; (retry once) ensure ensure_body end`
    Begin {
        body: Vec<Stmt>,
        rescue: Vec<Stmt>,
        ensure: Vec<Stmt>,
        retry: bool,
    },
    /// `raise Class, "msg"`
    Raise { class: String, msg: String },
    /// `eval("...")` of lifted statements
    Eval { body: Vec<Stmt> },
    /// `recv.instance_eval { body }` or with a string
    InstanceEval {
        recv: Var,
        body: Vec<Stmt>,
        string: bool,
    },
    /// `C.class_eval { body }` or with a string
    ClassEval {
        class: ClassRef,
        body: Vec<Stmt>,
        string: bool,
    },

    // ---- classes, modules, methods
    /// `class C3 < Super; body; end` or `vX = Class.new(Super) do body end`
    Class {
        id: ClassId,
        sup: Super,
        anon: Option<Var>,
        body: Vec<Stmt>,
    },
    /// `module M3; body; end`
    Module { id: ClassId, body: Vec<Stmt> },
    /// `class << v; body; end` / reopen a core class / `C.class_eval do body end`
    Reopen { target: Target, body: Vec<Stmt> },
    /// `def name(params) body; result end` (in the current class context; `singleton`: `def self.name`)
    Def {
        name: Name,
        params: Params,
        body: Vec<Stmt>,
        result: Operand,
        singleton: bool,
    },
    /// `def v.name ... end`
    DefOn {
        recv: Var,
        name: Name,
        params: Params,
        body: Vec<Stmt>,
        result: Operand,
    },
    /// `alias new old` / `alias_method :new, :old` (in the current class context)
    Alias {
        style: AliasStyle,
        new: Name,
        old: Name,
    },
    /// `target.send(:alias_method, :new, :old)`
    AliasOn {
        target: Target,
        new: Name,
        old: Name,
    },
    /// `target.send(:define_method, :name, ...)`
    DefineMethod {
        target: Target,
        name: Name,
        src: MethodSource,
    },
    /// `target.send(:undef_method | :remove_method, :name)`
    RemoveMethod {
        target: Target,
        name: Name,
        undef: bool,
    },
    /// `include M` / `prepend M` (class context) or `v.extend(M)`
    Mixin {
        kind: Mixin,
        target: Target,
        module: ClassRef,
    },
    /// `def method_missing(name, *args, &blk)` + `respond_to_missing?` (class context)
    MethodMissing { prefix: String },
    /// `include Comparable; def <=>(o) ...` or `include Enumerable; def each ...`
    CoreProtocol { comparable: bool },

    // ---- GC
    /// `def to_int / to_str / to_ary / <=> / hash / eql? / == / coerce` in the
    /// current class: an object the host (C or Rust) converts by calling back
    /// into Ruby.
    Conversions,
    /// `vX = <host method that calls back into Ruby>(value, other)`:
    /// `Integer(v)`, `String(v)`, `[v, w].sort`, `{v => 1}[w]`, `1 + v`, ...
    HostCall {
        out: Var,
        kind: u8,
        value: Operand,
        other: Operand,
    },
    /// `C.class_variable_set(:@@kN, v)` (`cvar`) or `C.instance_variable_set(:@kN, v)`:
    /// objects reachable only from a class, left to age.
    ClassStore {
        class: ClassRef,
        slot: u32,
        value: Operand,
        cvar: bool,
    },
    /// `vX = C.class_variable_get(:@@kN)` / `C.instance_variable_get(:@kN)`
    ClassLoad {
        out: Var,
        class: ClassRef,
        slot: u32,
        cvar: bool,
    },

    /// `($stash ||= []).concat(Array.new(n) { |j| payload })`: objects reachable
    /// only from a global array, which an incremental cycle scans last (the
    /// gray list is LIFO and globals are the first roots pushed).
    Stash { n: u8, what: u8 },
    /// `1.times { <padding>; to.<store>($stash.shift) }`: an object that
    /// existed before the cycle moves from the (late-scanned) stash into
    /// `to` (a local, scanned first) and loses its old reference. Under a
    /// mid-mark schedule `to` is often black by then and the object still
    /// white: only the store's write barrier keeps it alive. The padding
    /// puts the block's temporaries above the caller's registers, so no
    /// stale register keeps the object marked.
    Move { to: Var, how: u8, slot: u32 },
    /// The whole incremental-mode barrier shape in one statement (top level
    /// only): finish any cycle (`GCStress.full`), make a fresh holder `hN`,
    /// start a cycle and advance it `steps` mark steps (the holder, a local,
    /// is scanned first and turns black), then move a stashed object (which
    /// existed before the cycle and is still white) into the holder through
    /// one kind of store -- each kind goes through a different barrier site:
    /// ivar, `Array#<<`, `Array#[]=`, `Hash#[]=`, a closure's upvalue, a class
    /// variable, `Array#concat`, `Array#replace`, `define_method` (the method
    /// table; the copied proc keeps the stashed proc's env), and a method
    /// frame's env closed on return (`mrb_env_unshare`). Without `mark`
    /// (`--no-mark`) the steps are `GCStress.step`s.
    Hold {
        id: u32,
        how: u8,
        slot: u32,
        steps: u8,
        mark: bool,
    },
    /// A self-check on hold `id` (top level, after it): read the stored
    /// object back from `h<id>` the way a store of kind `how` (and `slot`)
    /// put it there, and compare it with what the hold kept
    /// (`GCStress.expect(id, ...)`; the hold's `GCStress.keep(id, ...)`):
    /// a mismatch ends the run as outcome `wrong-result`.
    Check { id: u32, how: u8, slot: u32 },

    /// The holder shape through a store the VM makes inside one of its own
    /// operations (top level only): the statement makes its own value first
    /// (`$stash.unshift(value)`, of the type that store takes: a message, a
    /// module, a proc with its own env, an object with a singleton class),
    /// finishes any cycle (`GCStress.full`), makes the holder `hN`, advances
    /// a new cycle `steps` mark steps until the holder is black, then runs
    /// the operation that stores the value (see [`HOLD_INTERNAL_KINDS`]):
    /// an exception's message (`Exception#initialize`), `Hash#merge!`, an
    /// ivar of a singleton class made mid-cycle, `include`, a method defined
    /// after `prepend` made the origin class, a fiber's stack between two
    /// resumes, `Fiber#initialize` in a subclass, `instance_eval` and
    /// `class_eval` with a string (the env of the calling frame gets the
    /// target class), a backtrace, `Array#unshift`, `Array#[]=` of a range,
    /// a new local of a binding, `define_method` with a proc. `what` varies the value or the
    /// holder.
    HoldInternal {
        id: u32,
        how: u8,
        what: u8,
        slot: u32,
        steps: u8,
        mark: bool,
    },

    /// `vX = <expression>`: one of [`INTERNAL_EXPRS`] (by `kind %
    /// INTERNAL_EXPRS.len()`), an operation whose C code allocates or
    /// stores inside the VM or an mrbgem (bigint, Rational, Complex, Data,
    /// Range#dup, Array#unshift/insert/[]=, clone and dup with ivars and
    /// singleton methods, exceptions and their backtraces kept across a GC,
    /// a binding's locals, shared substrings, large hashes, a `break`
    /// through `ensure`, `Proc.new`, `GC.start`), over two operands; `k` varies its
    /// constants.
    Internal {
        out: Var,
        kind: u8,
        k: u8,
        a: Operand,
        b: Operand,
    },

    /// `GCStress.minor` etc.
    Gc(GcKind),
}

/// `Stmt::Internal`'s expressions: (census name, Ruby with `{a}`, `{b}`
/// (operands) and `{k}` (a small number), the kind of value it makes).
/// Which ones a VM can run is `generate`'s business (introspection).
pub const INTERNAL_EXPRS: [(&str, &str, VKind); 18] = [
    ("internal-bigint", "(2 ** (64 + {k})) * 3 + {k}", VKind::Any),
    ("internal-rational", "Rational({k} + 1, 3) + Rational(1, {k} + 2)", VKind::Any),
    ("internal-complex", "Complex({k}, 2) * Complex(1, {k})", VKind::Any),
    ("internal-data", "Data.define(:a, :b).new(a: {a}, b: {b})", VKind::Object),
    ("internal-range-dup", "({k}..{k} + 3).dup", VKind::Range),
    ("internal-array-unshift", "[{a}].unshift({b}, {a})", VKind::Array),
    ("internal-array-insert", "[1, 2, 3].insert({k} % 3, {a}, {b})", VKind::Array),
    ("internal-array-splice", "(zx = [1, 2, 3, 4]; zx[1, {k} % 3] = [{a}, {b}]; zx)", VKind::Array),
    ("internal-clone-singleton", "(zo = Object.new; def zo.zm; 1; end; zo.instance_variable_set(:@zi, {a}); zo.clone)", VKind::Object),
    ("internal-dup-ivars", "(zo = Object.new; zo.instance_variable_set(:@zi, {a}); zo.instance_variable_set(:@zj, {b}); zo.dup)", VKind::Object),
    ("internal-exception-kept", "(begin; raise ArgumentError, \"k{k}\"; rescue => ze; GCStress.minor; ze; end)", VKind::Exception),
    ("internal-backtrace-kept", "(begin; raise \"k{k}\"; rescue => ze; GCStress.full; ze.backtrace; end)", VKind::Array),
    ("internal-binding", "(zb = binding; zb.local_variable_set(:zl{k}, {a}); zb.local_variable_get(:zl{k}))", VKind::Any),
    ("internal-shared-substring", "(zs = (\"s\" * (40 + {k})).freeze; [zs[1..-1], zs[3, 30]])", VKind::Array),
    ("internal-large-hash", "(zh = {}; (20 + {k}).times { |i| zh[\"k#{i}\"] = {a} }; zh.delete(\"k3\"); zh)", VKind::Hash),
    (
        "internal-break",
        "[{a}, {b}].each { |zx| begin; break zx; ensure; zx; end }",
        VKind::Any,
    ),
    ("internal-proc-new", "Proc.new { |zx = {a}| zx }", VKind::Proc),
    ("internal-gc-start", "(GC.start; {a})", VKind::Any),
];

/// `Stmt::HoldInternal`'s kinds, by `how % HOLD_INTERNAL_KINDS.len()`
/// (census names; each goes through a different barrier site of mruby 3.3:
/// `mrb_exc_mesg_set`, `mrb_hash_merge`, `prepare_singleton_class`,
/// `include_module_at`, `mrb_prepend_module`, `fiber_switch_context`,
/// `fiber_init_fiber`, `f_instance_eval`, `f_class_eval`, `exc_set_backtrace`,
/// `mrb_ary_unshift_m`, `mrb_ary_splice`, `mrb_proc_merge_lvar`,
/// `mrb_define_method_raw` (as `Stmt::Hold`'s `define_method`, but always
/// with a proc); no kind sets
/// a binding's *existing* local: mruby 3.3.0 puts that store's barrier on the
/// wrong env, so every such statement would find that one bug again --
/// `corpus/regressions/binding-local-variable-set-upper-env-3.3.0.rb`).
pub const HOLD_INTERNAL_KINDS: [&str; 14] = [
    "hold-exception-message",
    "hold-hash-merge",
    "hold-singleton-ivar",
    "hold-include",
    "hold-prepend-origin",
    "hold-fiber-stack",
    "hold-fiber-init",
    "hold-instance-eval-string",
    "hold-class-eval-string",
    "hold-backtrace",
    "hold-array-unshift",
    "hold-array-splice",
    "hold-binding-new-local",
    "hold-define-method",
];

/// `Stmt::Hold`'s kinds of store, by `how % HOLD_KINDS.len()` (census names).
pub const HOLD_KINDS: [&str; 10] = [
    "hold-ivar",
    "hold-array-push",
    "hold-array-set",
    "hold-hash-set",
    "hold-upvalue",
    "hold-class-variable",
    "hold-array-concat",
    "hold-array-replace",
    "hold-define-method",
    "hold-env-unshare",
];

/// A whole generated input: statements plus the GC schedule it runs under.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Program {
    pub version: u32,
    pub seed: u64,
    pub stmts: Vec<Stmt>,
    #[serde(with = "schedule_text")]
    pub schedule: Schedule,
}

mod schedule_text {
    use gcstress_vm::Schedule;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(s: &Schedule, ser: S) -> Result<S::Ok, S::Error> {
        ser.serialize_str(&s.to_string())
    }
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Schedule, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

impl Stmt {
    /// The variable this statement defines, if any.
    pub fn output(&self) -> Option<Var> {
        use Stmt::*;
        match self {
            Lit { out, .. }
            | Array { out, .. }
            | Hash { out, .. }
            | New { out, .. }
            | MakeProc { out, .. }
            | MethodObj { out, .. }
            | InstanceMethod { out, .. }
            | Bind { out, .. }
            | ToProc { out, .. }
            | SingletonClass { out, .. }
            | Dup { out, .. }
            | StructNew { out, .. }
            | FiberNew { out, .. }
            | FiberResume { out, .. }
            | RespondTo { out, .. }
            | IvarGet { out, .. }
            | HostCall { out, .. }
            | ClassLoad { out, .. }
            | Internal { out, .. } => Some(*out),
            Call { out, .. } => *out,
            Class { anon, .. } => *anon,
            _ => None,
        }
    }

    /// Nested statement lists (bodies), for walking.
    pub fn bodies(&self) -> Vec<&Vec<Stmt>> {
        use Stmt::*;
        match self {
            MakeProc { body, .. } | FiberNew { body, .. } | Loop { body, .. } | Eval { body } => {
                vec![body]
            }
            InstanceEval { body, .. }
            | ClassEval { body, .. }
            | Class { body, .. }
            | Module { body, .. } => vec![body],
            Reopen { body, .. } | Def { body, .. } | DefOn { body, .. } => vec![body],
            Begin {
                body,
                rescue,
                ensure,
                ..
            } => vec![body, rescue, ensure],
            Call { block: Some(b), .. } => vec![&b.body],
            DefineMethod {
                src: MethodSource::Block { body, .. },
                ..
            } => vec![body],
            _ => vec![],
        }
    }

    pub fn bodies_mut(&mut self) -> Vec<&mut Vec<Stmt>> {
        use Stmt::*;
        match self {
            MakeProc { body, .. } | FiberNew { body, .. } | Loop { body, .. } | Eval { body } => {
                vec![body]
            }
            InstanceEval { body, .. }
            | ClassEval { body, .. }
            | Class { body, .. }
            | Module { body, .. } => vec![body],
            Reopen { body, .. } | Def { body, .. } | DefOn { body, .. } => vec![body],
            Begin {
                body,
                rescue,
                ensure,
                ..
            } => vec![body, rescue, ensure],
            Call { block: Some(b), .. } => vec![&mut b.body],
            DefineMethod {
                src: MethodSource::Block { body, .. },
                ..
            } => vec![body],
            _ => vec![],
        }
    }

    /// Does a body of this statement start a new local scope (method or class
    /// body: outer locals are not visible)?
    pub fn new_scope(&self) -> bool {
        matches!(
            self,
            Stmt::Class { .. }
                | Stmt::Module { .. }
                | Stmt::Reopen { .. }
                | Stmt::Def { .. }
                | Stmt::DefOn { .. }
        )
    }

    /// Variables read by this statement itself (not its bodies).
    pub fn inputs(&self) -> Vec<Var> {
        use Stmt::*;
        let mut v = Vec::new();
        let op = |o: &Operand, v: &mut Vec<Var>| {
            if let Operand::Var(x) = o {
                v.push(*x)
            }
        };
        let arg = |a: &Arg, v: &mut Vec<Var>| match a {
            Arg::Pos(o)
            | Arg::Splat(o)
            | Arg::Kw(_, o)
            | Arg::DoubleSplat(o)
            | Arg::BlockPass(o) => op(o, v),
        };
        let cref = |c: &ClassRef, v: &mut Vec<Var>| {
            if let ClassRef::Var(x) = c {
                v.push(*x)
            }
        };
        let target = |t: &Target, v: &mut Vec<Var>| match t {
            Target::Class(c) => cref(c, v),
            Target::SingletonOf(x) => v.push(*x),
        };
        match self {
            Array { items, .. } => items.iter().for_each(|o| op(o, &mut v)),
            Hash { pairs, .. } => pairs.iter().for_each(|(a, b)| {
                op(a, &mut v);
                op(b, &mut v)
            }),
            New { class, args, .. } => {
                cref(class, &mut v);
                args.iter().for_each(|a| arg(a, &mut v))
            }
            MakeProc { result, .. } | FiberNew { result, .. } => op(result, &mut v),
            MethodObj { recv, .. } | RespondTo { recv, .. } => op(recv, &mut v),
            InstanceMethod { class, .. } => cref(class, &mut v),
            Bind { um, recv, .. } => {
                v.push(*um);
                op(recv, &mut v)
            }
            ToProc { src, .. } => v.push(*src),
            SingletonClass { of, .. } | Dup { of, .. } | Freeze { of } => v.push(*of),
            FiberResume { fiber, .. } => v.push(*fiber),
            Call {
                recv, args, block, ..
            } => {
                op(recv, &mut v);
                args.iter().for_each(|a| arg(a, &mut v));
                if let Some(b) = block {
                    op(&b.result, &mut v)
                }
            }
            IvarSet { recv, value, .. } => {
                v.push(*recv);
                op(value, &mut v)
            }
            IvarGet { recv, .. } | Move { to: recv, .. } => v.push(*recv),
            Push { arr, value } => {
                v.push(*arr);
                op(value, &mut v)
            }
            Store { hash, key, value } => {
                v.push(*hash);
                op(key, &mut v);
                op(value, &mut v)
            }
            Grow { target, .. } => v.push(*target),
            ConstSet { value, .. } | Print { value } => op(value, &mut v),
            HostCall { value, other, .. } => {
                op(value, &mut v);
                op(other, &mut v)
            }
            ClassStore { class, value, .. } => {
                cref(class, &mut v);
                op(value, &mut v)
            }
            ClassLoad { class, .. } => cref(class, &mut v),
            Internal { a, b, .. } => {
                op(a, &mut v);
                op(b, &mut v)
            }
            InstanceEval { recv, .. } => v.push(*recv),
            ClassEval { class, .. } => cref(class, &mut v),
            Reopen { target: t, .. }
            | AliasOn { target: t, .. }
            | RemoveMethod { target: t, .. } => target(t, &mut v),
            Def { result, .. } => op(result, &mut v),
            DefOn { recv, result, .. } => {
                v.push(*recv);
                op(result, &mut v)
            }
            DefineMethod { target: t, src, .. } => {
                target(t, &mut v);
                match src {
                    MethodSource::Value(x) => v.push(*x),
                    MethodSource::Block { result, .. } => op(result, &mut v),
                }
            }
            Mixin {
                target: t, module, ..
            } => {
                target(t, &mut v);
                cref(module, &mut v)
            }
            _ => {}
        }
        v
    }
}

/// Count statements, nested ones included.
pub fn count_stmts(stmts: &[Stmt]) -> usize {
    stmts
        .iter()
        .map(|s| 1 + s.bodies().iter().map(|b| count_stmts(b)).sum::<usize>())
        .sum()
}

/// A problem [`validate`] found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invalid(pub String);

/// Check def-before-use: every variable a statement reads was defined earlier
/// in a visible scope (method and class bodies see only their own locals).
pub fn validate(p: &Program) -> Result<(), Invalid> {
    fn walk(stmts: &[Stmt], defined: &mut BTreeSet<Var>) -> Result<(), Invalid> {
        for s in stmts {
            for v in s.inputs() {
                if !defined.contains(&v) {
                    return Err(Invalid(format!("v{} used before it is defined", v.0)));
                }
            }
            for b in s.bodies() {
                if s.new_scope() {
                    let mut inner = BTreeSet::new();
                    walk(b, &mut inner)?;
                } else {
                    let mut inner = defined.clone();
                    walk(b, &mut inner)?;
                }
            }
            if let Some(o) = s.output() {
                defined.insert(o);
            }
        }
        Ok(())
    }
    walk(&p.stmts, &mut BTreeSet::new())
}

/// Drop every statement that reads a variable not defined before it (after a
/// mutation moved or deleted its definition). Returns how many were dropped.
pub fn repair(p: &mut Program) -> usize {
    fn walk(stmts: &mut Vec<Stmt>, defined: &mut BTreeSet<Var>) -> usize {
        let mut dropped = 0;
        let mut out = Vec::with_capacity(stmts.len());
        for mut s in std::mem::take(stmts) {
            if s.inputs().iter().any(|v| !defined.contains(v)) {
                dropped += 1;
                continue;
            }
            let scope = s.new_scope();
            for b in s.bodies_mut() {
                if scope {
                    dropped += walk(b, &mut BTreeSet::new());
                } else {
                    dropped += walk(b, &mut defined.clone());
                }
            }
            if let Some(o) = s.output() {
                defined.insert(o);
            }
            out.push(s);
        }
        *stmts = out;
        dropped
    }
    walk(&mut p.stmts, &mut BTreeSet::new())
}

/// The highest variable, class and constant ids in use (for fresh ids after splicing).
pub fn max_ids(stmts: &[Stmt]) -> (u32, u32, u32) {
    let mut mv = 0;
    let mut mc = 0;
    let mut mk = 0;
    fn walk(stmts: &[Stmt], mv: &mut u32, mc: &mut u32, mk: &mut u32) {
        for s in stmts {
            if let Some(o) = s.output() {
                *mv = (*mv).max(o.0 + 1);
            }
            match s {
                Stmt::Class { id, .. } | Stmt::Module { id, .. } => *mc = (*mc).max(id.0 + 1),
                Stmt::ConstSet { id, .. } => *mk = (*mk).max(id + 1),
                _ => {}
            }
            for b in s.bodies() {
                walk(b, mv, mc, mk);
            }
        }
    }
    walk(stmts, &mut mv, &mut mc, &mut mk);
    (mv, mc, mk)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prog(stmts: Vec<Stmt>) -> Program {
        Program {
            version: IR_VERSION,
            seed: 0,
            stmts,
            schedule: Schedule::none(),
        }
    }

    #[test]
    fn def_before_use_is_checked_and_repaired() {
        let ok = prog(vec![
            Stmt::Lit {
                out: Var(0),
                lit: Lit::Int(1),
            },
            Stmt::Print {
                value: Operand::Var(Var(0)),
            },
        ]);
        assert!(validate(&ok).is_ok());
        let mut bad = prog(vec![
            Stmt::Print {
                value: Operand::Var(Var(0)),
            },
            Stmt::Lit {
                out: Var(0),
                lit: Lit::Int(1),
            },
        ]);
        assert!(validate(&bad).is_err());
        assert_eq!(repair(&mut bad), 1);
        assert!(validate(&bad).is_ok());
    }

    #[test]
    fn method_bodies_do_not_see_outer_locals() {
        let p = prog(vec![
            Stmt::Lit {
                out: Var(0),
                lit: Lit::Int(1),
            },
            Stmt::Def {
                name: Name::Gen(0),
                params: Params::default(),
                body: vec![Stmt::Print {
                    value: Operand::Var(Var(0)),
                }],
                result: Operand::Lit(Lit::Nil),
                singleton: false,
            },
        ]);
        assert!(validate(&p).is_err());
    }
}
