//! Which constructs a program uses — for the "every construct kind appears"
//! test and for hunt statistics.

use std::collections::BTreeSet;

use crate::ir::*;

fn params(p: &Params, out: &mut BTreeSet<&'static str>) {
    if p.opt > 0 {
        out.insert("param-optional");
    }
    if p.rest {
        out.insert("param-rest");
    }
    if p.post > 0 {
        out.insert("param-post");
    }
    if !p.kw.is_empty() {
        out.insert("param-keyword");
    }
    if p.kwrest {
        out.insert("param-kwrest");
    }
    if p.block {
        out.insert("param-block");
    }
}

fn args(a: &[Arg], out: &mut BTreeSet<&'static str>) {
    for x in a {
        out.insert(match x {
            Arg::Pos(_) => "arg-positional",
            Arg::Splat(_) => "arg-splat",
            Arg::Kw(..) => "arg-keyword",
            Arg::DoubleSplat(_) => "arg-double-splat",
            Arg::BlockPass(_) => "arg-block-pass",
        });
    }
}

fn walk(stmts: &[Stmt], ctx_singleton: bool, out: &mut BTreeSet<&'static str>) {
    for s in stmts {
        let mut singleton_body = false;
        match s {
            Stmt::Class { sup, anon, .. } => {
                out.insert(if anon.is_some() {
                    "class-anonymous"
                } else {
                    "class-named"
                });
                out.insert(match sup {
                    Super::Object => "subclass-Object",
                    Super::Numeric => "subclass-Numeric",
                    Super::String => "subclass-String",
                    Super::Array => "subclass-Array",
                    Super::Hash => "subclass-Hash",
                    Super::Exception | Super::StandardError => "subclass-Exception",
                    Super::User(_) => "subclass-user",
                });
            }
            Stmt::Module { .. } => {
                out.insert("module");
            }
            Stmt::Reopen { target, .. } => match target {
                Target::SingletonOf(_) => {
                    out.insert("singleton-class-of-object");
                    singleton_body = true;
                }
                Target::Class(ClassRef::Core(_)) => {
                    out.insert("reopen-core-class");
                }
                _ => {
                    out.insert("reopen-class");
                }
            },
            Stmt::SingletonClass { .. } => {
                out.insert("singleton-class-value");
            }
            Stmt::Alias { style, old, .. } => {
                out.insert(if *style == AliasStyle::Keyword {
                    "alias-keyword"
                } else {
                    "alias_method"
                });
                if ctx_singleton {
                    out.insert("alias-on-singleton");
                }
                if matches!(old, Name::Core(_)) {
                    out.insert("alias-core-method");
                }
            }
            Stmt::AliasOn { target, old, .. } => {
                out.insert("alias_method");
                if matches!(target, Target::SingletonOf(_)) {
                    out.insert("alias-on-singleton");
                }
                if matches!(target, Target::Class(ClassRef::Core(_))) {
                    out.insert("alias-on-core-class");
                }
                if matches!(old, Name::Core(_)) {
                    out.insert("alias-core-method");
                }
            }
            Stmt::RespondTo { .. } => {
                out.insert("respond_to?");
            }
            Stmt::MethodMissing { .. } => {
                out.insert("method_missing");
                out.insert("respond_to_missing?");
            }
            Stmt::Call {
                style,
                args: a,
                block,
                ..
            } => {
                out.insert(match style {
                    CallStyle::Dot => "call",
                    CallStyle::Send => "send",
                    CallStyle::PublicSend => "public_send",
                    CallStyle::MethodCall => "method-call",
                });
                args(a, out);
                if let Some(b) = block {
                    out.insert("call-with-block");
                    params(&b.params, out);
                }
            }
            Stmt::DefineMethod { src, .. } => {
                let what = match src {
                    MethodSource::Block { params: p, .. } => {
                        params(p, out);
                        "define_method-block"
                    }
                    MethodSource::Value(_) => "define_method-value",
                };
                out.insert(what);
            }
            Stmt::MethodObj { .. } => {
                out.insert("method");
            }
            Stmt::InstanceMethod { .. } => {
                out.insert("instance_method");
            }
            Stmt::Bind { .. } => {
                out.insert("bind");
            }
            Stmt::ToProc { .. } => {
                out.insert("to_proc");
            }
            Stmt::RemoveMethod { undef, .. } => {
                out.insert(if *undef {
                    "undef_method"
                } else {
                    "remove_method"
                });
            }
            Stmt::MakeProc {
                style, params: p, ..
            } => {
                params(p, out);
                let what = match style {
                    ProcStyle::Proc | ProcStyle::ProcNew => "proc",
                    ProcStyle::Lambda | ProcStyle::Stabby => "lambda",
                };
                out.insert(what);
            }
            Stmt::IvarSet {
                value: Operand::Var(_),
                ..
            } => {
                out.insert("escape-ivar");
            }
            Stmt::Push {
                value: Operand::Var(_),
                ..
            } => {
                out.insert("escape-array");
            }
            Stmt::Store {
                value: Operand::Var(_),
                ..
            } => {
                out.insert("escape-hash");
            }
            Stmt::ConstSet { .. } => {
                out.insert("escape-constant");
            }
            Stmt::Def { params: p, .. } | Stmt::DefOn { params: p, .. } => {
                params(p, out);
                out.insert(if matches!(s, Stmt::DefOn { .. }) {
                    "def-singleton-method"
                } else {
                    "def"
                });
            }
            Stmt::New { args: a, .. } => {
                args(a, out);
                out.insert("new");
            }
            Stmt::InstanceEval { string, .. } => {
                out.insert(if *string {
                    "instance_eval-string"
                } else {
                    "instance_eval-block"
                });
            }
            Stmt::ClassEval { string, .. } => {
                out.insert(if *string {
                    "class_eval-string"
                } else {
                    "class_eval-block"
                });
            }
            Stmt::Eval { .. } => {
                out.insert("eval");
            }
            Stmt::Mixin { kind, .. } => {
                out.insert(match kind {
                    Mixin::Include => "include",
                    Mixin::Prepend => "prepend",
                    Mixin::Extend => "extend",
                });
            }
            Stmt::Dup { clone, .. } => {
                out.insert(if *clone { "clone" } else { "dup" });
            }
            Stmt::Freeze { .. } => {
                out.insert("freeze");
            }
            Stmt::Grow { kind, .. } => {
                out.insert(match kind {
                    VKind::Array => "grow-array",
                    VKind::Hash => "grow-hash",
                    _ => "grow-ivars",
                });
            }
            Stmt::Begin { retry, ensure, .. } => {
                out.insert("rescue");
                if *retry {
                    out.insert("retry");
                }
                if !ensure.is_empty() {
                    out.insert("ensure");
                }
            }
            Stmt::Raise { .. } => {
                out.insert("raise");
            }
            Stmt::FiberNew { .. } | Stmt::FiberResume { .. } => {
                out.insert("fiber");
            }
            Stmt::StructNew { .. } => {
                out.insert("struct");
            }
            Stmt::CoreProtocol { comparable } => {
                out.insert(if *comparable {
                    "comparable"
                } else {
                    "enumerable"
                });
            }
            Stmt::Gc(k) => {
                out.insert(match k {
                    GcKind::Minor => "gc-minor",
                    GcKind::Full => "gc-full",
                    GcKind::Step => "gc-step",
                    GcKind::Mark => "gc-mark",
                });
            }
            Stmt::Loop { .. } => {
                out.insert("loop");
            }
            Stmt::Conversions => {
                out.insert("conversion-protocol");
            }
            Stmt::HostCall { .. } => {
                out.insert("host-call");
            }
            Stmt::ClassStore { cvar, .. } => {
                out.insert(if *cvar {
                    "class-variable"
                } else {
                    "class-ivar"
                });
            }
            Stmt::Stash { .. } => {
                out.insert("stash");
            }
            Stmt::Move { .. } => {
                out.insert("move-into-holder");
            }
            Stmt::Hold { how, .. } => {
                out.insert(HOLD_KINDS[usize::from(*how) % HOLD_KINDS.len()]);
            }
            Stmt::Check { .. } => {
                out.insert("self-check");
            }
            Stmt::Internal { kind, .. } => {
                out.insert(INTERNAL_EXPRS[usize::from(*kind) % INTERNAL_EXPRS.len()].0);
            }
            Stmt::HoldInternal { how, .. } => {
                out.insert(HOLD_INTERNAL_KINDS[usize::from(*how) % HOLD_INTERNAL_KINDS.len()]);
            }
            _ => {}
        }
        for b in s.bodies() {
            walk(b, singleton_body, out);
        }
    }
}

/// The constructs a program uses.
pub fn census(p: &Program) -> BTreeSet<&'static str> {
    let mut out = BTreeSet::new();
    walk(&p.stmts, false, &mut out);
    if p.schedule.forces_gc() {
        out.insert("schedule");
    }
    out
}

/// Every construct the generator is meant to produce (with [`HOLD_KINDS`] and
/// [`HOLD_INTERNAL_KINDS`]).
pub const ALL_CONSTRUCTS: &[&str] = &[
    "stash",
    "move-into-holder",
    "self-check",
    "class-named",
    "class-anonymous",
    "module",
    "subclass-Object",
    "subclass-Numeric",
    "subclass-String",
    "subclass-Array",
    "subclass-Hash",
    "subclass-Exception",
    "subclass-user",
    "singleton-class-of-object",
    "singleton-class-value",
    "reopen-core-class",
    "alias-keyword",
    "alias_method",
    "alias-on-singleton",
    "alias-on-core-class",
    "alias-core-method",
    "respond_to?",
    "method_missing",
    "respond_to_missing?",
    "call",
    "send",
    "public_send",
    "method-call",
    "call-with-block",
    "define_method-block",
    "define_method-value",
    "method",
    "instance_method",
    "bind",
    "to_proc",
    "undef_method",
    "remove_method",
    "proc",
    "lambda",
    "escape-ivar",
    "escape-array",
    "escape-hash",
    "escape-constant",
    "def",
    "def-singleton-method",
    "param-optional",
    "param-rest",
    "param-post",
    "param-keyword",
    "param-kwrest",
    "param-block",
    "arg-positional",
    "arg-splat",
    "arg-keyword",
    "arg-double-splat",
    "arg-block-pass",
    "instance_eval-string",
    "instance_eval-block",
    "class_eval-string",
    "class_eval-block",
    "eval",
    "include",
    "prepend",
    "extend",
    "dup",
    "clone",
    "freeze",
    "grow-array",
    "grow-hash",
    "grow-ivars",
    "rescue",
    "retry",
    "ensure",
    "raise",
    "fiber",
    "struct",
    "comparable",
    "enumerable",
    "gc-minor",
    "gc-full",
    "gc-step",
    "loop",
    "schedule",
    "new",
];
