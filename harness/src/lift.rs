//! Lifting: IR → Ruby text. Pure: a program in, text out, byte for byte the
//! same every time.
//!
//! Every statement is guarded (`begin … rescue Exception … end`), so one
//! NoMethodError does not end the run; the minimizer strips guards that are
//! not needed.

use std::collections::BTreeSet;
use std::fmt::Write;

use crate::ir::*;

pub struct Lifter {
    modules: BTreeSet<u32>,
    out: String,
    /// inside a method body (constants cannot be assigned there)
    def_depth: usize,
    uid: u32,
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
    let mut l = Lifter {
        modules: BTreeSet::new(),
        out: String::new(),
        def_depth: 0,
        uid: 0,
        guard,
    };
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

fn is_ident(s: &str) -> bool {
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
fn padded_move(store: &str) -> String {
    let pad = (0..16).map(|i| format!("q{i} = ")).collect::<String>();
    format!("1.times {{ {pad}nil; {store} }}")
}

fn name_str(n: &Name) -> String {
    match n {
        Name::Gen(i) => format!("m{i}"),
        Name::Core(s) => s.clone(),
    }
}

fn sym(n: &Name) -> String {
    let s = name_str(n);
    if is_ident(&s) || s.ends_with('=') && is_ident(&s[..s.len() - 1]) {
        format!(":{s}")
    } else {
        format!(":\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
    }
}

fn ruby_str(s: &str) -> String {
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

fn lit(l: &Lit) -> String {
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

fn params(p: &Params) -> String {
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
    fn line(&mut self, ind: usize, s: &str) {
        for _ in 0..ind {
            self.out.push_str("  ");
        }
        self.out.push_str(s);
        self.out.push('\n');
    }

    fn cref(&self, c: &ClassRef) -> String {
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

    fn target(&self, t: &Target) -> String {
        match t {
            Target::Class(c) => self.cref(c),
            Target::SingletonOf(v) => format!("v{}.singleton_class", v.0),
        }
    }

    fn operand(&self, o: &Operand) -> String {
        match o {
            Operand::Var(v) => format!("v{}", v.0),
            Operand::Lit(l) => lit(l),
            Operand::Param(p) => p.clone(),
            Operand::Const(k) => format!("K{k}"),
            Operand::SelfRef => "self".into(),
        }
    }

    fn args(&self, args: &[Arg]) -> String {
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

    fn sup(&self, s: &Super) -> String {
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

    fn stmts(&mut self, stmts: &[Stmt], ind: usize) {
        for s in stmts {
            self.stmt(s, ind);
        }
    }

    /// A block body followed by its result expression.
    fn body_result(&mut self, body: &[Stmt], result: &Operand, ind: usize) {
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

    fn method_body(&mut self, head: &str, body: &[Stmt], result: &Operand, ind: usize) {
        self.line(ind, head);
        self.def_depth += 1;
        self.body_result(body, result, ind + 1);
        self.def_depth -= 1;
        self.line(ind, "end");
    }

    fn raw(&mut self, s: &Stmt, ind: usize) {
        match s {
            Stmt::Lit { out, lit: l } => self.line(ind, &format!("v{} = {}", out.0, lit(l))),
            Stmt::Array { out, items } => {
                let it: Vec<String> = items.iter().map(|o| self.operand(o)).collect();
                self.line(ind, &format!("v{} = [{}]", out.0, it.join(", ")))
            }
            Stmt::Hash { out, pairs } => {
                let it: Vec<String> = pairs
                    .iter()
                    .map(|(k, v)| format!("{} => {}", self.operand(k), self.operand(v)))
                    .collect();
                self.line(ind, &format!("v{} = {{{}}}", out.0, it.join(", ")))
            }
            Stmt::New { out, class, args } => self.line(
                ind,
                &format!("v{} = {}.new({})", out.0, self.cref(class), self.args(args)),
            ),
            Stmt::MakeProc {
                out,
                style,
                params: p,
                body,
                result,
            } => {
                let ps = params(p);
                let head = match style {
                    ProcStyle::Proc => format!(
                        "v{} = proc do{}",
                        out.0,
                        if ps.is_empty() {
                            String::new()
                        } else {
                            format!(" |{ps}|")
                        }
                    ),
                    ProcStyle::Lambda => format!(
                        "v{} = lambda do{}",
                        out.0,
                        if ps.is_empty() {
                            String::new()
                        } else {
                            format!(" |{ps}|")
                        }
                    ),
                    ProcStyle::ProcNew => format!(
                        "v{} = Proc.new do{}",
                        out.0,
                        if ps.is_empty() {
                            String::new()
                        } else {
                            format!(" |{ps}|")
                        }
                    ),
                    ProcStyle::Stabby => format!("v{} = ->({ps}) do", out.0),
                };
                self.line(ind, &head);
                self.body_result(body, result, ind + 1);
                self.line(ind, "end");
            }
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
            Stmt::SingletonClass { out, of } => {
                self.line(ind, &format!("v{} = v{}.singleton_class", out.0, of.0))
            }
            Stmt::Dup { out, of, clone } => self.line(
                ind,
                &format!(
                    "v{} = v{}.{}",
                    out.0,
                    of.0,
                    if *clone { "clone" } else { "dup" }
                ),
            ),
            Stmt::Freeze { of } => self.line(ind, &format!("v{}.freeze", of.0)),
            Stmt::StructNew { out, fields } => {
                let f: Vec<String> = (0..(*fields).max(1)).map(|i| format!(":f{i}")).collect();
                self.line(ind, &format!("v{} = Struct.new({})", out.0, f.join(", ")))
            }
            Stmt::FiberNew {
                out,
                body,
                result,
                capture,
            } => {
                self.line(ind, &format!("v{} = Fiber.new do |x|", out.0));
                self.stmts(body, ind + 1);
                if *capture {
                    self.line(ind + 1, &format!("$fk{} = proc {{ x }}", out.0));
                }
                self.line(ind + 1, "Fiber.yield(x)");
                let r = self.operand(result);
                self.line(ind + 1, &r);
                self.line(ind, "end");
            }
            Stmt::FiberResume { out, fiber, mark } => {
                if *mark {
                    self.line(ind, "GCStress.mark");
                }
                self.line(ind, &format!("v{} = v{}.resume(1)", out.0, fiber.0))
            }
            Stmt::Call {
                out,
                recv,
                name,
                args,
                block,
                style,
            } => {
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
                        let ps = params(&b.params);
                        self.line(
                            ind,
                            &format!(
                                "{lhs}{call} do{}",
                                if ps.is_empty() {
                                    String::new()
                                } else {
                                    format!(" |{ps}|")
                                }
                            ),
                        );
                        self.body_result(&b.body, &b.result, ind + 1);
                        self.line(ind, "end");
                    }
                }
            }
            Stmt::RespondTo {
                out,
                recv,
                name,
                private,
            } => self.line(
                ind,
                &format!(
                    "v{} = {}.respond_to?({}{})",
                    out.0,
                    self.operand(recv),
                    sym(name),
                    if *private { ", true" } else { "" }
                ),
            ),
            Stmt::IvarSet { recv, ivar, value } => self.line(
                ind,
                &format!(
                    "v{}.instance_variable_set(:@i{ivar}, {})",
                    recv.0,
                    self.operand(value)
                ),
            ),
            Stmt::IvarGet { out, recv, ivar } => self.line(
                ind,
                &format!("v{} = v{}.instance_variable_get(:@i{ivar})", out.0, recv.0),
            ),
            Stmt::Push { arr, value } => {
                self.line(ind, &format!("v{} << {}", arr.0, self.operand(value)))
            }
            Stmt::Store { hash, key, value } => self.line(
                ind,
                &format!(
                    "v{}[{}] = {}",
                    hash.0,
                    self.operand(key),
                    self.operand(value)
                ),
            ),
            Stmt::Grow { target, kind, n } => {
                let t = target.0;
                let body = match kind {
                    VKind::Array => format!("v{t} << i.to_s"),
                    VKind::Hash => format!("v{t}[i] = [i]"),
                    _ => format!("v{t}.instance_variable_set(:\"@g#{{i}}\", i)"),
                };
                self.line(ind, &format!("{n}.times {{ |i| {body} }}"))
            }
            Stmt::ConstSet { id, value } => {
                let v = self.operand(value);
                if self.def_depth > 0 {
                    self.line(ind, &format!("Object.const_set(:K{id}, {v})"))
                } else {
                    self.line(ind, &format!("K{id} = {v}"))
                }
            }
            Stmt::Stash { n, what } => {
                let e = match what % 6 {
                    0 => "\"p#{j}\" * 3",
                    1 => "[j, \"a#{j}\"]",
                    2 => "{ j => \"h#{j}\" }",
                    3 => "Object.new",
                    4 => "proc { j }",
                    _ => "[[j], { j => [j] }]",
                };
                self.line(
                    ind,
                    &format!("($stash ||= []).concat(Array.new({n}) {{ |j| {e} }})"),
                )
            }
            Stmt::Move { to, how, slot } => {
                let t = to.0;
                let store = match how % 4 {
                    0 => format!("v{t}.instance_variable_set(:@m{slot}, $stash.shift)"),
                    1 => format!("v{t} << $stash.shift"),
                    2 => format!("v{t}[{slot}] = $stash.shift"),
                    _ => format!("v{t}[:m{slot}] = $stash.shift"),
                };
                self.line(ind, &padded_move(&store))
            }
            Stmt::Hold {
                id,
                how,
                slot,
                steps,
                mark,
            } => {
                let h = format!("h{id}");
                let step = if *mark {
                    "GCStress.mark"
                } else {
                    "GCStress.step"
                };
                let marks = vec![step; usize::from((*steps).clamp(1, 4))].join("; ");
                let kind = usize::from(*how) % HOLD_KINDS.len();
                self.line(ind, "GCStress.full");
                if kind == 9 {
                    // the object enters a method's frame after its env is black;
                    // returning copies the frame into the env (mrb_env_unshare)
                    self.line(ind, &format!("def hold{id}"));
                    self.line(ind + 1, "x = nil");
                    self.line(ind + 1, "pr = proc { x }");
                    self.line(ind + 1, &marks);
                    self.line(ind + 1, "x = $stash.shift");
                    self.line(ind + 1, "pr");
                    self.line(ind, "end");
                    self.line(ind, &format!("{h} = hold{id}"));
                    return;
                }
                let (make, store) = match kind {
                    0 => (
                        "Object.new".to_string(),
                        format!("{h}.instance_variable_set(:@m{slot}, $stash.shift)"),
                    ),
                    1 => ("[]".to_string(), format!("{h} << $stash.shift")),
                    2 => (
                        "[nil, nil, nil]".to_string(),
                        format!("{h}[{}] = $stash.shift", slot % 3),
                    ),
                    3 => ("{}".to_string(), format!("{h}[:m{slot}] = $stash.shift")),
                    4 => (
                        "(proc { c = nil; proc { |y| c = y } }).call".to_string(),
                        format!("{h}.call($stash.shift)"),
                    ),
                    5 => (
                        "Class.new".to_string(),
                        format!("{h}.class_variable_set(:@@m{slot}, $stash.shift)"),
                    ),
                    // not empty: concat onto [] is a replace (ary_replace)
                    6 => ("[nil]".to_string(), format!("{h}.concat([$stash.shift])")),
                    7 => ("[]".to_string(), format!("{h}.replace([$stash.shift])")),
                    _ => (
                        "Class.new".to_string(),
                        format!("{h}.send(:define_method, :m{slot}, $stash.shift)"),
                    ),
                };
                self.line(ind, &format!("{h} = {make}"));
                self.line(ind, &marks);
                self.line(ind, &padded_move(&store));
            }
            Stmt::Print { value } => self.line(ind, &format!("p {}", self.operand(value))),
            Stmt::Churn { n, what } => {
                let e = match what % 5 {
                    0 => "\"x\" * 8",
                    1 => "[i, i]",
                    2 => "Object.new",
                    3 => "proc { i }",
                    _ => "{ i => i }",
                };
                self.line(ind, &format!("{n}.times {{ |i| {e} }}"))
            }
            Stmt::Loop { n, body } => {
                self.line(ind, &format!("{n}.times do |i|"));
                self.stmts(body, ind + 1);
                self.line(ind, "end");
            }
            Stmt::Begin {
                body,
                rescue,
                ensure,
                retry,
            } => {
                let counter = if *retry {
                    self.uid += 1;
                    let c = format!("r{}", self.uid);
                    self.line(ind, &format!("{c} = 0"));
                    Some(c)
                } else {
                    None
                };
                self.line(ind, "begin");
                self.stmts(body, ind + 1);
                self.line(ind, "rescue => e");
                self.stmts(rescue, ind + 1);
                if let Some(c) = counter {
                    self.line(ind + 1, &format!("{c} += 1"));
                    self.line(ind + 1, &format!("retry if {c} < 2"));
                }
                if !ensure.is_empty() {
                    self.line(ind, "ensure");
                    self.stmts(ensure, ind + 1);
                }
                self.line(ind, "end");
            }
            Stmt::Raise { class, msg } => {
                self.line(ind, &format!("raise {class}, {}", ruby_str(msg)))
            }
            Stmt::Eval { body } => {
                let text = self.nested_text(body);
                self.line(ind, &format!("eval({})", ruby_str(&text)))
            }
            Stmt::InstanceEval { recv, body, string } => {
                if *string {
                    let text = self.nested_text(body);
                    self.line(
                        ind,
                        &format!("v{}.instance_eval({})", recv.0, ruby_str(&text)),
                    )
                } else {
                    self.line(ind, &format!("v{}.instance_eval do", recv.0));
                    self.stmts(body, ind + 1);
                    self.line(ind, "end");
                }
            }
            Stmt::ClassEval {
                class,
                body,
                string,
            } => {
                if *string {
                    let text = self.nested_text(body);
                    self.line(
                        ind,
                        &format!("{}.class_eval({})", self.cref(class), ruby_str(&text)),
                    )
                } else {
                    self.line(ind, &format!("{}.class_eval do", self.cref(class)));
                    self.stmts(body, ind + 1);
                    self.line(ind, "end");
                }
            }
            Stmt::Class {
                id,
                sup,
                anon,
                body,
            } => {
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
            }
            Stmt::Module { id, body } => {
                self.line(ind, &format!("module M{}", id.0));
                let saved = self.def_depth;
                self.def_depth = 0;
                self.stmts(body, ind + 1);
                self.def_depth = saved;
                self.line(ind, "end");
            }
            Stmt::Reopen { target, body } => {
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
            }
            Stmt::Def {
                name,
                params: p,
                body,
                result,
                singleton,
            } => {
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
                    let ps = params(p);
                    let bp = if ps.is_empty() {
                        String::new()
                    } else {
                        format!(" |{ps}|")
                    };
                    let head = if *singleton {
                        format!("singleton_class.send(:define_method, {}) do{bp}", sym(name))
                    } else {
                        format!("define_method({}) do{bp}", sym(name))
                    };
                    self.method_body(&head, body, result, ind);
                }
            }
            Stmt::DefOn {
                recv,
                name,
                params: p,
                body,
                result,
            } => {
                let n = name_str(name);
                if is_ident(&n) {
                    let head = format!("def v{}.{}({})", recv.0, n, params(p));
                    self.method_body(&head, body, result, ind);
                } else {
                    let ps = params(p);
                    let head = format!(
                        "v{}.singleton_class.send(:define_method, {}) do{}",
                        recv.0,
                        sym(name),
                        if ps.is_empty() {
                            String::new()
                        } else {
                            format!(" |{ps}|")
                        }
                    );
                    self.method_body(&head, body, result, ind);
                }
            }
            Stmt::Alias { style, new, old } => match style {
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
            },
            Stmt::AliasOn { target, new, old } => self.line(
                ind,
                &format!(
                    "{}.send(:alias_method, {}, {})",
                    self.target(target),
                    sym(new),
                    sym(old)
                ),
            ),
            Stmt::DefineMethod { target, name, src } => {
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
                        let ps = params(p);
                        let head = format!(
                            "{t}.send(:define_method, {}) do{}",
                            sym(name),
                            if ps.is_empty() {
                                String::new()
                            } else {
                                format!(" |{ps}|")
                            }
                        );
                        self.method_body(&head, body, result, ind);
                    }
                }
            }
            Stmt::RemoveMethod {
                target,
                name,
                undef,
            } => self.line(
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
            ),
            Stmt::Mixin {
                kind,
                target,
                module,
            } => {
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
            }
            Stmt::MethodMissing { prefix } => {
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
            }
            Stmt::CoreProtocol { comparable } => {
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
            }
            Stmt::Conversions => {
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
            }
            Stmt::HostCall {
                out,
                kind,
                value,
                other,
            } => {
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
                self.line(ind, &format!("v{} = {e}", out.0))
            }
            Stmt::ClassStore {
                class,
                slot,
                value,
                cvar,
            } => {
                let c = self.cref(class);
                let v = self.operand(value);
                if *cvar {
                    self.line(ind, &format!("{c}.class_variable_set(:@@k{slot}, {v})"))
                } else {
                    self.line(ind, &format!("{c}.instance_variable_set(:@k{slot}, {v})"))
                }
            }
            Stmt::ClassLoad {
                out,
                class,
                slot,
                cvar,
            } => {
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
            }
            Stmt::Gc(k) => self.line(
                ind,
                match k {
                    GcKind::Minor => "GCStress.minor",
                    GcKind::Full => "GCStress.full",
                    GcKind::Step => "GCStress.step",
                    GcKind::Mark => "GCStress.mark",
                },
            ),
        }
    }

    fn nested_text(&mut self, body: &[Stmt]) -> String {
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
