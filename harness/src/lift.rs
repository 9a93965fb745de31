//! Lifting: IR → Ruby text. Pure: a program in, text out, byte for byte the
//! same every time.
//!
//! Every statement is guarded (`begin … rescue Exception … end`), so one
//! NoMethodError does not end the run; the minimizer strips guards that are
//! not needed.
//!
//! This file is the shared plumbing: guards, indentation, names, symbols and
//! strings, operands and arguments, bodies. Each kind of statement is lifted
//! by its construct's entry in the construct table (`generate/table.rs`), in
//! its family's file next to its generation.

use std::collections::BTreeSet;
use std::fmt::Write;

use crate::generate::table::lifted_by;
use crate::ir::*;

/// Lifting's state and its shared plumbing (indentation, names, operands,
/// bodies); each construct's statements are lifted by its entry in the
/// construct table, in its family's file under `generate/`.
pub struct Lifter {
    /// ids of the program's modules (`M<id>`, else `C<id>`)
    pub(crate) modules: BTreeSet<u32>,
    pub(crate) out: String,
    /// inside a method body (constants cannot be assigned there)
    pub(crate) def_depth: usize,
    /// counter for names unique in the program (`retry` counters)
    pub(crate) uid: u32,
    guard: bool,
}

/// Lift a program to Ruby (with its schedule in a `# gcstress:` header).
pub fn lift(p: &Program) -> String {
    let mut s = crate::repro::Header::generated(&p.schedule, p.seed, p.version).render();
    s.push_str(&lift_stmts(&p.stmts, true));
    s
}

/// Lift statements only (no header). `guard`: wrap each statement.
pub fn lift_stmts(stmts: &[Stmt], guard: bool) -> String {
    let mut l = Lifter::new(guard);
    collect_modules(stmts, &mut l.modules);
    l.stmts(stmts, 0);
    l.out
}

fn collect_modules(stmts: &[Stmt], m: &mut BTreeSet<u32>) {
    for s in stmts {
        if let Stmt::Module { id, .. } = s {
            m.insert(id.0);
        }
        for b in s.bodies() {
            collect_modules(b, m);
        }
    }
}

pub(crate) fn is_ident(s: &str) -> bool {
    let mut cs = s.chars();
    match cs.next() {
        Some(c) if c.is_ascii_lowercase() || c == '_' => {}
        _ => return false,
    }
    let rest: Vec<char> = cs.collect();
    for (i, c) in rest.iter().enumerate() {
        let last = i + 1 == rest.len();
        if !(c.is_ascii_alphanumeric() || *c == '_' || (last && (*c == '?' || *c == '!'))) {
            return false;
        }
    }
    true
}

/// `1.times { q0 = ... q15 = nil; store }`: the block's registers sit above
/// the caller's, and the padding fills them, so no stale register keeps the
/// moved object marked after the store (`Stmt::Move`, `Stmt::Hold`).
pub(crate) fn padded_move(store: &str) -> String {
    let pad = (0..16).map(|i| format!("q{i} = ")).collect::<String>();
    format!("1.times {{ {pad}nil; {store} }}")
}

pub(crate) fn name_str(n: &Name) -> String {
    match n {
        Name::Gen(i) => format!("m{i}"),
        Name::Core(s) => s.clone(),
    }
}

pub(crate) fn sym(n: &Name) -> String {
    let s = name_str(n);
    if is_ident(&s) || s.ends_with('=') && is_ident(&s[..s.len() - 1]) {
        format!(":{s}")
    } else {
        format!(":\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
    }
}

pub(crate) fn ruby_str(s: &str) -> String {
    let mut o = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            '#' => o.push_str("\\#"),
            '\n' => o.push_str("\\n"),
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

pub(crate) fn lit(l: &Lit) -> String {
    match l {
        Lit::Nil => "nil".into(),
        Lit::True => "true".into(),
        Lit::Int(i) => format!("{i}"),
        Lit::Float(f) => {
            if f.is_finite() {
                let s = format!("{f:?}");
                if s.contains('.') || s.contains('e') {
                    s
                } else {
                    format!("{s}.0")
                }
            } else {
                "1.5".into()
            }
        }
        Lit::Str(s) => ruby_str(s),
        Lit::Sym(s) => {
            if is_ident(s) {
                format!(":{s}")
            } else {
                format!(":{}", ruby_str(s))
            }
        }
        Lit::Range(a, b) => format!("({a}..{b})"),
    }
}

/// A block's parameter list as written after `do`: ` |a0, o0 = 0|`, or
/// nothing for a block without parameters.
pub(crate) fn block_params(p: &Params) -> String {
    let ps = params(p);
    if ps.is_empty() {
        String::new()
    } else {
        format!(" |{ps}|")
    }
}

pub(crate) fn params(p: &Params) -> String {
    let mut v: Vec<String> = Vec::new();
    for i in 0..p.req {
        v.push(format!("a{i}"));
    }
    for i in 0..p.opt {
        v.push(format!("o{i} = {i}"));
    }
    if p.rest {
        v.push("*rest".into());
    }
    for i in 0..p.post {
        v.push(format!("p{i}"));
    }
    for k in &p.kw {
        v.push(format!("{k}: 1"));
    }
    if p.kwrest {
        v.push("**kws".into());
    }
    if p.block {
        v.push("&blk".into());
    }
    v.join(", ")
}

impl Lifter {
    pub(crate) fn new(guard: bool) -> Lifter {
        Lifter {
            modules: BTreeSet::new(),
            out: String::new(),
            def_depth: 0,
            uid: 0,
            guard,
        }
    }

    pub(crate) fn line(&mut self, ind: usize, s: &str) {
        for _ in 0..ind {
            self.out.push_str("  ");
        }
        self.out.push_str(s);
        self.out.push('\n');
    }

    pub(crate) fn cref(&self, c: &ClassRef) -> String {
        match c {
            ClassRef::User(id) => {
                if self.modules.contains(&id.0) {
                    format!("M{}", id.0)
                } else {
                    format!("C{}", id.0)
                }
            }
            ClassRef::Core(n) => n.clone(),
            ClassRef::Var(v) => format!("v{}", v.0),
            ClassRef::Current => "self".into(),
        }
    }

    pub(crate) fn target(&self, t: &Target) -> String {
        match t {
            Target::Class(c) => self.cref(c),
            Target::SingletonOf(v) => format!("v{}.singleton_class", v.0),
        }
    }

    pub(crate) fn operand(&self, o: &Operand) -> String {
        match o {
            Operand::Var(v) => format!("v{}", v.0),
            Operand::Lit(l) => lit(l),
            Operand::Param(p) => p.clone(),
            Operand::Const(k) => format!("K{k}"),
            Operand::SelfRef => "self".into(),
        }
    }

    pub(crate) fn args(&self, args: &[Arg]) -> String {
        // keep Ruby's order: positional/splat, keywords, double splat, block pass
        let mut pos = Vec::new();
        let mut kw = Vec::new();
        let mut dsplat = Vec::new();
        let mut blk = Vec::new();
        for a in args {
            match a {
                Arg::Pos(o) => pos.push(self.operand(o)),
                Arg::Splat(o) => pos.push(format!("*{}", self.operand(o))),
                Arg::Kw(k, o) => kw.push(format!("{k}: {}", self.operand(o))),
                Arg::DoubleSplat(o) => dsplat.push(format!("**{}", self.operand(o))),
                Arg::BlockPass(o) => {
                    if blk.is_empty() {
                        blk.push(format!("&{}", self.operand(o)))
                    }
                }
            }
        }
        pos.extend(kw);
        pos.extend(dsplat);
        pos.extend(blk);
        pos.join(", ")
    }

    pub(crate) fn sup(&self, s: &Super) -> String {
        match s {
            Super::Object => "Object".into(),
            Super::Numeric => "Numeric".into(),
            Super::String => "String".into(),
            Super::Array => "Array".into(),
            Super::Hash => "Hash".into(),
            Super::Exception => "Exception".into(),
            Super::StandardError => "StandardError".into(),
            Super::User(id) => format!("C{}", id.0),
        }
    }

    pub(crate) fn stmts(&mut self, stmts: &[Stmt], ind: usize) {
        for s in stmts {
            self.stmt(s, ind);
        }
    }

    /// A block body followed by its result expression.
    pub(crate) fn body_result(&mut self, body: &[Stmt], result: &Operand, ind: usize) {
        self.stmts(body, ind);
        let r = self.operand(result);
        self.line(ind, &r);
    }

    fn stmt(&mut self, s: &Stmt, ind: usize) {
        if !self.guard || matches!(s, Stmt::Gc(_)) {
            self.raw(s, ind);
            return;
        }
        let start = self.out.len();
        self.raw(s, ind + 1);
        let text = self.out.split_off(start);
        let lines: Vec<&str> = text.lines().collect();
        if lines.len() == 1 {
            let one = format!("begin; {}; rescue Exception; end", lines[0].trim());
            self.line(ind, &one);
        } else {
            self.line(ind, "begin");
            self.out.push_str(&text);
            self.line(ind, "rescue Exception");
            self.line(ind, "end");
        }
    }

    pub(crate) fn method_body(&mut self, head: &str, body: &[Stmt], result: &Operand, ind: usize) {
        self.line(ind, head);
        self.def_depth += 1;
        self.body_result(body, result, ind + 1);
        self.def_depth -= 1;
        self.line(ind, "end");
    }

    /// One statement, unguarded: its construct's `lift` (`generate/table.rs`).
    fn raw(&mut self, s: &Stmt, ind: usize) {
        let c = lifted_by(s);
        let lifted = (c.lift)(self, s, ind);
        debug_assert!(lifted, "{} does not lift {s:?}", c.name);
    }

    pub(crate) fn nested_text(&mut self, body: &[Stmt]) -> String {
        let mut inner = Lifter {
            modules: self.modules.clone(),
            out: String::new(),
            def_depth: self.def_depth,
            uid: self.uid + 1000,
            guard: self.guard,
        };
        inner.stmts(body, 0);
        self.uid = inner.uid;
        let mut t = inner.out;
        while t.ends_with('\n') {
            t.pop();
        }
        let _ = write!(&mut String::new(), "{}", t.len());
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use gcstress_vm::Schedule;

    #[test]
    fn lifts_the_alias_shape() {
        let p = Program {
            version: IR_VERSION,
            seed: 7,
            schedule: "minor%5".parse::<Schedule>().unwrap(),
            stmts: vec![
                Stmt::Class {
                    id: ClassId(0),
                    sup: Super::Numeric,
                    anon: None,
                    body: vec![],
                },
                Stmt::New {
                    out: Var(0),
                    class: ClassRef::User(ClassId(0)),
                    args: vec![],
                },
                Stmt::Gc(GcKind::Full),
                Stmt::Reopen {
                    target: Target::SingletonOf(Var(0)),
                    body: vec![Stmt::Alias {
                        style: AliasStyle::AliasMethod,
                        new: Name::Gen(1),
                        old: Name::Core("-@".into()),
                    }],
                },
            ],
        };
        let text = lift(&p);
        assert!(
            text.starts_with("# gcstress: schedule=minor%5 seed=7 ir=1\n"),
            "{text}"
        );
        assert!(text.contains("class C0 < Numeric"), "{text}");
        assert!(text.contains("v0 = C0.new()"), "{text}");
        assert!(text.contains("GCStress.full\n"), "{text}");
        assert!(text.contains("class << v0"), "{text}");
        assert!(text.contains("alias_method :m1, :\"-@\""), "{text}");
        assert_eq!(text, lift(&p), "lifting is deterministic");
    }

    #[test]
    fn constants_in_methods_use_const_set() {
        let stmts = vec![Stmt::Def {
            name: Name::Gen(0),
            params: Params::default(),
            body: vec![Stmt::ConstSet {
                id: 1,
                value: Operand::Lit(Lit::Int(1)),
            }],
            result: Operand::Lit(Lit::Nil),
            singleton: false,
        }];
        let t = lift_stmts(&stmts, false);
        assert!(t.contains("Object.const_set(:K1, 1)"), "{t}");
    }

    #[test]
    fn symbols_and_strings_are_quoted() {
        assert_eq!(sym(&Name::Core("each".into())), ":each");
        assert_eq!(sym(&Name::Core("[]=".into())), ":\"[]=\"");
        assert_eq!(sym(&Name::Core("name=".into())), ":name=");
        assert_eq!(ruby_str("a\"#{b}"), "\"a\\\"\\#{b}\"");
    }
}
