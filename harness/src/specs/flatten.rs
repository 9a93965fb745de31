//! The minimizer's pre-pass for spec finds: rebuild the example a bug
//! happened in as plain Ruby, with no spec DSL left.
//!
//! The layer reported, for every example it started, where its contexts,
//! hooks and block are (`result::Plan`), and which guards ran their block.
//! From the files' syntax trees (ruby-prism, `reduce::syntax`) this writes:
//!
//! ```text
//! every loaded file, in load order:
//!   top-level statements and class/module bodies, each guarded with
//!   `begin; ...; rescue Exception; end` (as the layer guarded them);
//!   a describe/context on the example's path: its body's plain statements
//!     in place (describes not on the path, `it`, hooks: dropped; a guard:
//!     spliced if it ran its block, dropped if not);
//!   after the top-level describe: the example(s), each as
//!     before(:all) bodies (on entering a context), before(:each) bodies,
//!     the `it` body, after(:each) bodies — each in begin/rescue
//! ```
//!
//! and rewrites what is left of the DSL inside those bodies into plain Ruby:
//! `a.should == b` → `p((a) == (b))`, `a.should be_nil` → `p((a).nil?)`,
//! `-> { x }.should raise_error(E)` → `begin; (-> { x }).call; rescue
//! Exception; end`, `obj.should_receive(:m).and_return(v)` →
//! `(obj).singleton_class.send(:define_method, :m) { |*a| v }`,
//! `ScratchPad.record x` → `$scratchpad = (x)`, `mock("x")` →
//! `Object.new`, guards inside bodies as above, other DSL calls → `nil`.
//! Printing the expectations keeps a wrong result visible to the
//! differential oracle; the minimizer drops what the bug does not need.

use std::collections::BTreeSet;
use std::path::Path;

use crate::reduce::syntax::{self, Kind, Tree};

use super::program::{self, SpecProgram};
use super::result::{Hook, Layer, Loc, Plan};

/// Which examples to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Only the example the bug happened in (with all its hooks).
    One,
    /// Every example up to and including it, in run order.
    UpTo,
}

/// Calls that only exist in the spec DSL (a plain program has none left).
pub const DSL: &[&str] = &[
    "describe",
    "context",
    "it",
    "specify",
    "before",
    "after",
    "it_behaves_like",
    "it_should_behave_like",
    "should",
    "should_not",
    "should_receive",
    "should_not_receive",
    "stub!",
    "mock",
    "mock_int",
    "mock_numeric",
    "mock_to_path",
    "ruby_version_is",
    "version_is",
    "kernel_version_is",
    "platform_is",
    "platform_is_not",
    "not_supported_on",
    "ruby_bug",
    "with_feature",
    "without_feature",
    "guard",
    "guard_not",
    "conflicts_with",
    "as_superuser",
    "as_real_superuser",
    "as_user",
    "big_endian",
    "little_endian",
    "quarantine!",
    "deviates_on",
    "extended_on",
    "not_compliant_on",
    "evaluate",
    "fixture",
    "flunk",
    "skip",
    "suppress_warning",
    "suppress_keyword_warning",
    "ruby_exe",
    "ruby_cmd",
    "tmp",
    "rm_r",
    "mkdir_p",
    "touch",
    "new_fd",
    "new_io",
    "with_timezone",
    "nan_value",
    "infinity_value",
    "bignum_value",
    "fixnum_max",
    "fixnum_min",
    "max_long",
    "min_long",
    "kernel_lambda?",
    "raise_error",
    "raise_consistent_error",
    "complain",
    "be_computed_by",
];

/// Constants that belong to the layer.
pub const DSL_CONSTANTS: &[&str] = &[
    "ScratchPad",
    "MSpec",
    "SpecEvaluate",
    "SpecExpectation",
    "SpecExpectationNotMetError",
    "SpecExpectationNotFoundError",
    "MockObject",
    "NumericMockObject",
    "Mock",
    "MSpecEnv",
    "CODE_LOADING_DIR",
];

const GUARDS: &[&str] = &[
    "ruby_version_is",
    "version_is",
    "kernel_version_is",
    "platform_is",
    "platform_is_not",
    "not_supported_on",
    "ruby_bug",
    "with_feature",
    "without_feature",
    "guard",
    "guard_not",
    "conflicts_with",
    "as_superuser",
    "as_real_superuser",
    "as_user",
    "big_endian",
    "little_endian",
    "quarantine!",
    "deviates_on",
    "extended_on",
    "not_compliant_on",
];

const REGISTRATIONS: &[&str] = &[
    "it",
    "specify",
    "before",
    "after",
    "it_behaves_like",
    "it_should_behave_like",
    "evaluate",
];

/// Calls whose block is an example's body (`evaluate`'s block runs after its code).
const EXAMPLE_CALLS: &[&str] = &["it", "specify", "evaluate"];

const MOCK_CHAIN: &[&str] = &[
    "with",
    "and_return",
    "and_raise",
    "and_yield",
    "once",
    "twice",
    "exactly",
    "at_least",
    "at_most",
    "any_number_of_times",
    "times",
];

const BINARY_OPS: &[&str] = &[
    "==", "!=", "=~", "!~", "<", ">", "<=", ">=", "===", "<=>", "+", "-", "*", "/", "%",
];

/// One file as the flattener sees it.
struct FileTree<'a> {
    path: &'a Path,
    src: &'a str,
    tree: Tree,
    /// Byte offsets where lines start.
    lines: Vec<usize>,
    /// Ranges of resolved require calls (become `nil`).
    requires: Vec<(usize, usize)>,
}

impl FileTree<'_> {
    fn line(&self, off: usize) -> usize {
        match self.lines.binary_search(&off) {
            Ok(i) => i + 1,
            Err(i) => i,
        }
    }

    fn text(&self, id: usize) -> &str {
        self.tree.text(self.src, id)
    }

    fn n(&self, id: usize) -> &syntax::SNode {
        self.tree.node(id)
    }

    fn name(&self, id: usize) -> Option<&str> {
        self.n(id).name.as_deref()
    }

    /// A call's receiver (the child that starts where the call starts).
    fn receiver(&self, call: usize) -> Option<usize> {
        let n = self.n(call);
        n.children.iter().copied().find(|&c| {
            let k = self.n(c);
            k.start == n.start && !matches!(k.kind, Kind::Arguments | Kind::Block)
        })
    }

    fn args(&self, call: usize) -> Vec<usize> {
        self.n(call)
            .children
            .iter()
            .find(|&&c| self.n(c).kind == Kind::Arguments)
            .map(|&a| self.n(a).children.clone())
            .unwrap_or_default()
    }

    fn block(&self, call: usize) -> Option<usize> {
        self.n(call)
            .children
            .iter()
            .copied()
            .find(|&c| self.n(c).kind == Kind::Block)
    }

    /// The statements inside a block (or an implicit begin with rescue).
    fn block_body(&self, block: usize) -> Option<usize> {
        self.n(block)
            .children
            .iter()
            .copied()
            .find(|&c| matches!(self.n(c).kind, Kind::Statements | Kind::Begin))
    }

    fn is_dsl_call(&self, id: usize, names: &[&str]) -> bool {
        let n = self.n(id);
        n.kind == Kind::Call
            && self.receiver(id).is_none()
            && n.name.as_deref().is_some_and(|x| names.contains(&x))
    }

    /// Line range of a call's block.
    fn block_lines(&self, call: usize) -> Option<(usize, usize)> {
        let b = self.block(call)?;
        let n = self.n(b);
        Some((self.line(n.start), self.line(n.end.saturating_sub(1))))
    }

    /// The call (with a block, named one of `names`) whose block the layer
    /// located at `line`: exact first or last line first, innermost first.
    fn call_at(&self, line: usize, names: &[&str]) -> Option<usize> {
        let mut best: Option<(u8, usize, usize)> = None;
        for (id, n) in self.tree.nodes.iter().enumerate() {
            if n.kind != Kind::Call || !self.is_dsl_call(id, names) {
                continue;
            }
            let Some((a, b)) = self.block_lines(id) else {
                continue;
            };
            if line < a || line > b {
                continue;
            }
            let rank = if line == a || line == b { 0 } else { 1 };
            let key = (rank, b - a, id);
            if best.is_none_or(|x| key < x) {
                best = Some(key);
            }
        }
        best.map(|(_, _, id)| id)
    }

    /// Is this node a statement of a class/module body (guarded)?
    fn in_class_body(&self, id: usize) -> bool {
        let Some(p) = self.n(id).parent else {
            return false;
        };
        if self.n(p).kind != Kind::Statements {
            return false;
        }
        self.n(p).parent.is_some_and(|g| {
            matches!(
                self.n(g).kind,
                Kind::Class | Kind::Module | Kind::SingletonClass
            )
        })
    }
}

/// Why an example cannot be flattened (the caller tries something else).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unflattenable(pub String);

struct Flattener<'a> {
    files: Vec<FileTree<'a>>,
    layer: &'a Layer,
    plans: Vec<&'a Plan>,
    scope: Scope,
    /// (file, call id) of describes on the examples' paths.
    needed: BTreeSet<(usize, usize)>,
    /// (file, call id) of the top-level describe each plan runs under.
    tops: Vec<Option<(usize, usize)>>,
}

/// What the layer does with an exception it catches (it reads the message
/// and unpacks the backtrace), in plain Ruby: a bug can hide right there.
const RESCUE: &str = "rescue Exception => e\n  p e\n  e.backtrace\nend\n";
const RESCUE_STMT: &str = ";rescue Exception => e;e.backtrace;end";

fn wrap(body: &str) -> String {
    let body = body.trim_end();
    let candidate = format!("begin\n{body}\n{RESCUE}");
    if syntax::parses(&candidate) {
        candidate
    } else {
        // `next`/`return`/`break` at the top level: keep the block a block
        format!("begin\nproc do\n{body}\nend.call\n{RESCUE}")
    }
}

impl<'a> Flattener<'a> {
    fn resolve(&self, loc: &Loc, names: &[&str]) -> Option<(usize, usize)> {
        let f = self.files.get(loc.file)?;
        f.call_at(loc.line, names).map(|id| (loc.file, id))
    }

    /// The body text of a block-taking call, rendered: what is between
    /// `do |params|` (or `{`) and `end` (or `}`), `rescue`/`ensure` clauses
    /// included (prism's implicit begin node starts at the `do`).
    fn body_of(&self, file: usize, call: usize) -> String {
        let f = &self.files[file];
        let Some(b) = f.block(call) else {
            return String::new();
        };
        let n = f.n(b);
        let text = &f.src[n.start..n.end];
        let open = if text.starts_with("do") {
            2
        } else if text.starts_with('{') {
            1
        } else {
            0
        };
        let close = if text.ends_with("end") {
            3
        } else if text.ends_with('}') {
            1
        } else {
            0
        };
        let mut lo = n.start + open;
        for &c in &n.children {
            if f.n(c).kind == Kind::Parameters {
                lo = lo.max(f.n(c).end);
            }
        }
        let hi = (n.end - close).max(lo);
        self.render_span(file, b, lo, hi)
    }

    // ---- expressions -------------------------------------------------------

    /// Render node `id` of `file` with every DSL construct inside rewritten.
    fn render(&self, file: usize, id: usize) -> String {
        let f = &self.files[file];
        let n = f.n(id);
        if let Some(text) = self.special(file, id, false) {
            return text;
        }
        self.render_span(file, id, n.start, n.end)
    }

    /// The text of `lo..hi` (inside node `root`) with the special nodes of
    /// `root`'s subtree rewritten.
    fn render_span(&self, file: usize, root: usize, lo: usize, hi: usize) -> String {
        let f = &self.files[file];
        let mut out = String::new();
        let mut at = lo;
        // the subtree of `root` is a contiguous pre-order index range
        let mut end = root + 1;
        while end < f.tree.nodes.len() && is_descendant(&f.tree, end, root) {
            end += 1;
        }
        for id in root + 1..end {
            let n = f.n(id);
            if n.start < at || n.end > hi || n.start < lo {
                continue;
            }
            if let Some(text) = self.special(file, id, false) {
                out.push_str(&f.src[at..n.start]);
                out.push_str(&text);
                at = n.end;
            }
        }
        out.push_str(&f.src[at..hi.max(at)]);
        out
    }

    /// A rewrite for node `id`, or None if it is ordinary Ruby.
    fn special(&self, file: usize, id: usize, inner: bool) -> Option<String> {
        let f = &self.files[file];
        let n = f.n(id);
        if !inner && f.in_class_body(id) {
            let body = match self.special(file, id, true) {
                Some(t) => t,
                None => self.render_span(file, id, n.start, n.end),
            };
            return Some(format!("begin;{body}{RESCUE_STMT}"));
        }
        if f.requires.contains(&(n.start, n.end)) {
            return Some("nil".into());
        }
        match n.kind {
            Kind::Call => self.call(file, id),
            Kind::ConstantRead
                if n.name
                    .as_deref()
                    .is_some_and(|c| DSL_CONSTANTS.contains(&c)) =>
            {
                Some("nil".into())
            }
            _ => None,
        }
    }

    fn r(&self, file: usize, id: usize) -> String {
        self.render(file, id)
    }

    fn call(&self, file: usize, id: usize) -> Option<String> {
        let f = &self.files[file];
        let name = f.name(id)?.to_string();
        let recv = f.receiver(id);
        let args = f.args(id);
        // `R.should == X`, `R.should.raise(E)`, `R.should.include?(x)`
        if let Some(rc) = recv {
            if f.n(rc).kind == Kind::Call
                && matches!(f.name(rc), Some("should" | "should_not"))
                && f.args(rc).is_empty()
            {
                let Some(actual) = f.receiver(rc) else {
                    return Some("nil".into());
                };
                let a = self.r(file, actual);
                if name == "raise" {
                    return Some(format!("begin; ({a}).call; rescue Exception; end"));
                }
                let argt: Vec<String> = args.iter().map(|&x| self.r(file, x)).collect();
                let blk = f
                    .block(id)
                    .map(|b| format!(" {}", self.r(file, b)))
                    .unwrap_or_default();
                if BINARY_OPS.contains(&name.as_str()) && argt.len() == 1 {
                    return Some(format!("p(({a}) {name} ({}))", argt[0]));
                }
                return Some(format!("p(({a}).{name}({}){blk})", argt.join(", ")));
            }
            // mock expectations: the outermost call of the chain
            if let Some(text) = self.mock_chain(file, id) {
                return Some(text);
            }
            if f.n(rc).kind == Kind::ConstantRead && f.name(rc) == Some("ScratchPad") {
                let argt: Vec<String> = args.iter().map(|&x| self.r(file, x)).collect();
                let first = argt.first().cloned().unwrap_or_else(|| "nil".into());
                return Some(match name.as_str() {
                    "record" => format!("$scratchpad = ({first})"),
                    "<<" => format!("$scratchpad << ({first})"),
                    "recorded" => "$scratchpad".into(),
                    _ => "$scratchpad = nil".into(),
                });
            }
            if f.n(rc).kind == Kind::ConstantRead && f.name(rc) == Some("SpecEvaluate") {
                return Some("nil".into());
            }
        }
        if matches!(name.as_str(), "should" | "should_not") {
            let actual = recv
                .map(|r| self.r(file, r))
                .unwrap_or_else(|| "self".into());
            let Some(&m) = args.first() else {
                return Some(actual);
            };
            return Some(self.matcher(file, &actual, m));
        }
        if recv.is_some() {
            return None;
        }
        let argt = |i: usize| {
            args.get(i)
                .map(|&x| self.r(file, x))
                .unwrap_or_else(|| "nil".into())
        };
        if GUARDS.contains(&name.as_str()) {
            let Some((a, b)) = f.block_lines(id) else {
                return Some("nil".into());
            };
            return Some(match self.layer.guard_yielded(file, (a, b)) {
                Some(true) => format!("begin\n{}\nend", self.body_of(file, id)),
                _ => "nil".into(),
            });
        }
        Some(match name.as_str() {
            "suppress_warning" | "suppress_keyword_warning" => {
                format!("begin\n{}\nend", self.body_of(file, id))
            }
            "mock" | "mock_to_path" => "Object.new".into(),
            "mock_numeric" => "Class.new(Numeric).new".into(),
            "mock_int" => argt(0),
            "nan_value" => "(0.0 / 0.0)".into(),
            "infinity_value" => "(1.0 / 0.0)".into(),
            "bignum_value" => {
                if args.is_empty() {
                    "(2**64)".into()
                } else {
                    format!("(2**64 + {})", argt(0))
                }
            }
            "fixnum_max" => "(2**62 - 1)".into(),
            "fixnum_min" => "(-2**62)".into(),
            "max_long" => "(2**63 - 1)".into(),
            "min_long" => "(-2**63)".into(),
            "fixture" => {
                let parts: Vec<String> = args
                    .iter()
                    .skip(1)
                    .map(|&x| f.text(x).trim_matches(['"', '\'']).to_string())
                    .collect();
                let dir = f.path.parent().unwrap_or(Path::new("."));
                let dir = if dir.ends_with("shared") {
                    dir.parent().unwrap_or(dir)
                } else {
                    dir
                };
                let base = if dir.ends_with("fixtures") {
                    dir.to_path_buf()
                } else {
                    dir.join("fixtures")
                };
                program::ruby_str(&base.join(parts.join("/")).to_string_lossy())
            }
            other if DSL.contains(&other) => "nil".into(),
            _ => return None,
        })
    }

    /// `R.should M` with a matcher call M.
    fn matcher(&self, file: usize, a: &str, m: usize) -> String {
        let f = &self.files[file];
        if f.n(m).kind != Kind::Call || f.receiver(m).is_some() {
            return format!("p({a})");
        }
        let args: Vec<String> = f.args(m).iter().map(|&x| self.r(file, x)).collect();
        let arg = |i: usize| args.get(i).cloned().unwrap_or_else(|| "nil".into());
        let name = f.name(m).unwrap_or("");
        let expr = match name {
            "raise_error" | "raise_exception" | "raise_consistent_error" => {
                return format!("begin; ({a}).call; rescue Exception; end");
            }
            "complain" | "output" | "output_to_fd" | "block_caller" => {
                return format!("({a}).call");
            }
            "be_computed_by" => return "nil".into(),
            "equal" => format!("({a}).equal?({})", arg(0)),
            "eql" => format!("({a}).eql?({})", arg(0)),
            "be_true" => format!("({a}) == true"),
            "be_false" => format!("({a}) == false"),
            "be_nil" => format!("({a}).nil?"),
            "be_true_or_false" => format!("[true, false].include?({a})"),
            "be_kind_of" => format!("({a}).kind_of?({})", arg(0)),
            "be_an_instance_of" => format!("({a}).instance_of?({})", arg(0)),
            "be_ancestor_of" => format!("({}).ancestors.include?({a})", arg(0)),
            "be_empty" => format!("({a}).empty?"),
            "be_nan" => format!("({a}).nan?"),
            "respond_to" => format!("({a}).respond_to?({})", arg(0)),
            "include" if args.len() == 1 => format!("({a}).include?({})", arg(0)),
            "be_close" => format!("(({a}) - ({})).abs <= ({})", arg(0), arg(1)),
            _ => {
                let mut all = vec![a.to_string()];
                all.extend(args.iter().cloned());
                format!("[{}]", all.join(", "))
            }
        };
        format!("p({expr})")
    }

    /// `obj.should_receive(:m).with(..).and_return(v)` as a singleton method.
    fn mock_chain(&self, file: usize, id: usize) -> Option<String> {
        let f = &self.files[file];
        // only the outermost call of a chain
        if let Some(p) = f.n(id).parent {
            if f.n(p).kind == Kind::Call && f.receiver(p) == Some(id) {
                let pn = f.name(p).unwrap_or("");
                if MOCK_CHAIN.contains(&pn) {
                    return None;
                }
            }
        }
        let mut cur = id;
        let mut returns: Option<String> = None;
        let mut raises: Option<String> = None;
        loop {
            let name = f.name(cur)?;
            if matches!(name, "should_receive" | "should_not_receive" | "stub!") {
                break;
            }
            if !MOCK_CHAIN.contains(&name) {
                return None;
            }
            let args = f.args(cur);
            match name {
                "and_return" if !args.is_empty() => {
                    returns = Some(self.r(file, args[0]));
                }
                "and_raise" if !args.is_empty() => {
                    raises = Some(self.r(file, args[0]));
                }
                _ => {}
            }
            cur = f.receiver(cur)?;
            if f.n(cur).kind != Kind::Call {
                return None;
            }
        }
        let obj = f
            .receiver(cur)
            .map(|r| self.r(file, r))
            .unwrap_or_else(|| "self".into());
        if f.name(cur) == Some("should_not_receive") {
            return Some("nil".into());
        }
        let sym = f
            .args(cur)
            .first()
            .map(|&s| self.r(file, s))
            .unwrap_or_else(|| ":x".into());
        let value = match (raises, returns) {
            (Some(e), _) => format!("raise({e})"),
            (None, Some(v)) => v,
            (None, None) => "nil".into(),
        };
        Some(format!(
            "({obj}).singleton_class.send(:define_method, {sym}) {{ |*a| {value} }}"
        ))
    }

    // ---- structure ---------------------------------------------------------

    /// The statements of a list, flattened.
    fn statements(&self, file: usize, list: usize, out: &mut String, depth: usize) {
        let f = &self.files[file];
        for &s in &f.n(list).children {
            self.statement(file, s, out, depth);
        }
    }

    fn statement(&self, file: usize, s: usize, out: &mut String, depth: usize) {
        let f = &self.files[file];
        let n = f.n(s);
        if f.is_dsl_call(s, &["describe", "context"]) && f.block(s).is_some() {
            if !self.needed.contains(&(file, s)) {
                return;
            }
            self.body_statements(file, s, out, depth + 1);
            if depth == 0 {
                self.examples_under(file, s, out);
            }
            return;
        }
        if f.is_dsl_call(s, REGISTRATIONS) {
            return;
        }
        if f.is_dsl_call(s, GUARDS) && f.block(s).is_some() {
            let Some(lines) = f.block_lines(s) else {
                return;
            };
            if self.layer.guard_yielded(file, lines) == Some(true) {
                self.body_statements(file, s, out, depth);
            }
            return;
        }
        if f.requires.contains(&(n.start, n.end)) {
            return;
        }
        let text = self.render(file, s);
        if text.trim().is_empty() || text.trim() == "nil" {
            return;
        }
        out.push_str(&format!("begin;{text}{RESCUE_STMT}\n"));
    }

    /// The body of a describe or guard `call`: its statements one by one, or
    /// (with `rescue`/`ensure`) the whole body in one wrapper.
    fn body_statements(&self, file: usize, call: usize, out: &mut String, depth: usize) {
        let f = &self.files[file];
        match f.block(call).and_then(|b| f.block_body(b)) {
            Some(body) if f.n(body).kind == Kind::Statements => {
                self.statements(file, body, out, depth)
            }
            Some(_) => out.push_str(&wrap(&self.body_of(file, call))),
            None => {}
        }
    }

    /// The examples whose outermost context is this top-level describe.
    fn examples_under(&self, file: usize, call: usize, out: &mut String) {
        for (i, p) in self.plans.iter().enumerate() {
            if self.tops[i] == Some((file, call)) {
                self.example(p, out);
            }
        }
    }

    fn hook(&self, h: &Hook, plan: &Plan, out: &mut String) {
        match h {
            Hook::At(loc) => {
                if let Some((file, call)) = self.resolve(loc, &["before", "after"]) {
                    out.push_str(&wrap(&self.body_of(file, call)));
                }
            }
            Hook::Shared(what) => {
                if let Some(text) = self.shared_setup(what, plan) {
                    out.push_str(&text);
                }
            }
            Hook::Unknown => {}
        }
    }

    /// `@method = ...; @object = ...` from the `it_behaves_like` call.
    fn shared_setup(&self, what: &str, plan: &Plan) -> Option<String> {
        let (desc, meth) = what.split_once('|').unwrap_or((what, ""));
        let norm = |t: &str| {
            t.trim()
                .trim_start_matches(':')
                .trim_matches(['"', '\''])
                .to_string()
        };
        let mut best = None;
        for loc in plan.ctx.iter().rev().flatten() {
            let Some((file, ctx)) = self.resolve(loc, &["describe", "context"]) else {
                continue;
            };
            let f = &self.files[file];
            let (lo, hi) = (f.n(ctx).start, f.n(ctx).end);
            for (id, n) in f.tree.nodes.iter().enumerate() {
                if n.start < lo || n.end > hi || !f.is_dsl_call(id, &["it_behaves_like"]) {
                    continue;
                }
                let args = f.args(id);
                if args.is_empty() || norm(f.text(args[0])) != desc {
                    continue;
                }
                let exact = args.get(1).is_some_and(|&m| f.text(m).trim() == meth);
                if exact || best.is_none() {
                    best = Some((file, id));
                }
                if exact {
                    break;
                }
            }
            if best.is_some() {
                break;
            }
        }
        let (file, id) = best?;
        let f = &self.files[file];
        let args = f.args(id);
        let m = args
            .get(1)
            .map(|&x| self.r(file, x))
            .unwrap_or_else(|| "nil".into());
        let o = args
            .get(2)
            .map(|&x| self.r(file, x))
            .unwrap_or_else(|| "nil".into());
        Some(format!("@method = {m}\n@object = {o}\n"))
    }

    fn example(&self, p: &Plan, out: &mut String) {
        if self.scope == Scope::One || p.enter {
            for h in &p.all {
                self.hook(h, p, out);
            }
        }
        for h in &p.each {
            self.hook(h, p, out);
        }
        if let Some((file, call)) = p.it.as_ref().and_then(|l| self.resolve(l, EXAMPLE_CALLS)) {
            let mut body = p.code.clone().map(|c| c + "\n").unwrap_or_default();
            body.push_str(&self.body_of(file, call));
            out.push_str(&wrap(&body));
        }
        for h in &p.after {
            self.hook(h, p, out);
        }
    }
}

fn is_descendant(t: &Tree, mut id: usize, root: usize) -> bool {
    while let Some(p) = t.node(id).parent {
        if p == root {
            return true;
        }
        id = p;
    }
    false
}

/// Plain Ruby for the example `ex` of a run (and, with [`Scope::UpTo`],
/// the examples before it).
pub fn flatten(
    prog: &SpecProgram,
    layer: &Layer,
    ex: u32,
    scope: Scope,
) -> Result<String, Unflattenable> {
    let Some(idx) = layer.plans.iter().position(|p| p.ex == ex) else {
        return Err(Unflattenable(format!("no plan for example #{ex}")));
    };
    let plans: Vec<&Plan> = match scope {
        Scope::One => vec![&layer.plans[idx]],
        Scope::UpTo => layer.plans[..=idx].iter().collect(),
    };
    let files: Vec<FileTree> = prog
        .files
        .iter()
        .map(|s| {
            let tree = Tree::parse(&s.original);
            let mut lines = vec![0];
            lines.extend(
                s.original
                    .bytes()
                    .enumerate()
                    .filter(|&(_, b)| b == b'\n')
                    .map(|(i, _)| i + 1),
            );
            let requires = require_ranges(&tree, &s.original);
            FileTree {
                path: &s.path,
                src: &s.original,
                tree,
                lines,
                requires,
            }
        })
        .collect();
    let mut fl = Flattener {
        files,
        layer,
        plans,
        scope,
        needed: BTreeSet::new(),
        tops: Vec::new(),
    };
    let target = *fl.plans.last().expect("one plan at least");
    if target
        .it
        .as_ref()
        .and_then(|l| fl.resolve(l, EXAMPLE_CALLS))
        .is_none()
    {
        return Err(Unflattenable(format!(
            "example #{} ({}) has no `it` block in a spec file",
            target.ex, target.desc
        )));
    }
    let mut tops = Vec::new();
    let mut needed = BTreeSet::new();
    for p in &fl.plans {
        let mut top = None;
        for (i, l) in p.ctx.iter().enumerate() {
            let r = l
                .as_ref()
                .and_then(|l| fl.resolve(l, &["describe", "context"]));
            if let Some(r) = r {
                needed.insert(r);
                if i == 0 {
                    top = Some(r);
                }
            }
        }
        for l in p.shared.iter().flatten() {
            if let Some(r) = fl.resolve(l, &["describe", "context"]) {
                needed.insert(r);
            }
        }
        tops.push(top);
    }
    if tops.last().copied().flatten().is_none() {
        return Err(Unflattenable(format!(
            "example #{}: its describe block was not found",
            target.ex
        )));
    }
    fl.needed = needed;
    fl.tops = tops;
    let mut out = String::new();
    for (i, f) in fl.files.iter().enumerate() {
        out.push_str(&format!(
            "# {}\n",
            f.path
                .file_name()
                .map(|n| n.to_string_lossy())
                .unwrap_or_default()
        ));
        let list = f.tree.nodes.iter().position(|n| n.kind == Kind::Statements);
        if let Some(list) = list {
            fl.statements(i, list, &mut out, 0);
        }
    }
    let out = scrub(&out);
    if !syntax::parses(&out) {
        return Err(Unflattenable("the flattened program does not parse".into()));
    }
    Ok(out)
}

/// Ranges of the receiverless `require`/`require_relative` calls (the
/// program loads those files itself, so in plain Ruby they become `nil`).
fn require_ranges(tree: &Tree, original: &str) -> Vec<(usize, usize)> {
    tree.nodes
        .iter()
        .enumerate()
        .filter(|(_, n)| {
            n.kind == Kind::Call
                && matches!(n.name.as_deref(), Some("require_relative" | "require"))
        })
        .filter(|(id, n)| {
            // no receiver
            !tree
                .node(*id)
                .children
                .iter()
                .any(|&c| tree.node(c).start == n.start && tree.node(c).kind != Kind::Arguments)
        })
        .map(|(_, n)| (n.start, n.end))
        .filter(|&(s, e)| original.get(s..e).is_some())
        .collect()
}

/// Names of DSL calls and constants still in a program (empty: plain Ruby).
pub fn dsl_left(program: &str) -> Vec<String> {
    let t = Tree::parse(program);
    let mut out = Vec::new();
    for n in &t.nodes {
        let Some(name) = n.name.as_deref() else {
            continue;
        };
        let receiverless = !n
            .children
            .iter()
            .any(|&c| t.node(c).start == n.start && t.node(c).kind != Kind::Arguments);
        let hit = match n.kind {
            Kind::Call => {
                (receiverless && DSL.contains(&name))
                    || matches!(
                        name,
                        "should" | "should_not" | "should_receive" | "should_not_receive" | "stub!"
                    )
            }
            Kind::ConstantRead => DSL_CONSTANTS.contains(&name),
            _ => false,
        };
        if hit && !out.iter().any(|x: &String| x == name) {
            out.push(name.to_string());
        }
    }
    out
}

/// Replace any DSL still left (in code the rewrites did not reach) by `nil`.
fn scrub(program: &str) -> String {
    let t = Tree::parse(program);
    let mut edits = Vec::new();
    for n in &t.nodes {
        let Some(name) = n.name.as_deref() else {
            continue;
        };
        let receiverless = !n
            .children
            .iter()
            .any(|&c| t.node(c).start == n.start && t.node(c).kind != Kind::Arguments);
        let hit = match n.kind {
            Kind::Call => receiverless && DSL.contains(&name),
            Kind::ConstantRead => DSL_CONSTANTS.contains(&name),
            _ => false,
        };
        if hit
            && !edits
                .iter()
                .any(|e: &syntax::Edit| e.start <= n.start && n.end <= e.end)
        {
            edits.push(syntax::Edit::new(n.start, n.end, "nil"));
        }
    }
    syntax::apply(program, &edits).unwrap_or_else(|| program.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::specs::program::{Guard, Source};
    use crate::specs::result::Layer;
    use std::path::PathBuf;

    fn prog(files: &[(&str, &str)]) -> SpecProgram {
        SpecProgram {
            spec: PathBuf::from(files.last().unwrap().0),
            files: files
                .iter()
                .map(|(p, t)| Source {
                    path: PathBuf::from(p),
                    original: t.to_string(),
                    text: program::rewrite(t, &[], Guard::Layer),
                })
                .collect(),
            unresolved: vec![],
            root: None,
        }
    }

    fn layer(lines: &[&str]) -> Layer {
        let text: String = lines.iter().map(|l| format!("@@gcspec {l}\n")).collect();
        Layer::parse(text.as_bytes())
    }

    const SPEC: &str = r#"class Fix
  def v; 1; end
end
describe "Fix#v" do
  obj = Fix.new
  before :each do
    @x = [1]
  end
  it "is one" do
    obj.v.should == 1
    @x.should include(1)
    -> { obj.nope }.should raise_error(NoMethodError)
  end
  it "is not two" do
    ScratchPad.record obj.v
    obj.should_receive(:w).and_return(3)
    obj.w.should_not == 2
  end
  describe "nested" do
    it "ignored" do
      1.should == 1
    end
  end
end
"#;

    #[test]
    fn an_example_becomes_plain_ruby() {
        let p = prog(&[("/s/fix_spec.rb", SPEC)]);
        // mruby 3.x reports a do-block's first line, 2.1.2 its last: both work
        for (ctx, each, it) in [("0:4", "0:6", "0:14"), ("0:24", "0:8", "0:18")] {
            let l = layer(&[&format!(
                r#"{{"ex":2,"desc":"Fix#v is not two","it":"{it}","ctx":["{ctx}"],"enter":false,"all":[],"each":["{each}"],"after":[],"shared":[]}}"#
            )]);
            let out = flatten(&p, &l, 2, Scope::One).unwrap();
            assert!(dsl_left(&out).is_empty(), "{out}");
            assert!(out.contains("obj = Fix.new"), "{out}");
            assert!(out.contains("@x = [1]"), "{out}");
            assert!(out.contains("$scratchpad = (obj.v)"), "{out}");
            assert!(
                out.contains("(obj).singleton_class.send(:define_method, :w) { |*a| 3 }"),
                "{out}"
            );
            assert!(
                out.contains("p((obj.w) != (2))") || out.contains("p((obj.w) == (2))"),
                "{out}"
            );
            assert!(!out.contains("is one") && !out.contains("ignored"), "{out}");
            assert!(syntax::parses(&out));
        }
    }

    #[test]
    fn matchers_become_expressions() {
        let p = prog(&[("/s/fix_spec.rb", SPEC)]);
        let l = layer(&[
            r#"{"ex":1,"desc":"Fix#v is one","it":"0:9","ctx":["0:4"],"enter":true,"all":[],"each":["0:6"],"after":[],"shared":[]}"#,
        ]);
        let out = flatten(&p, &l, 1, Scope::One).unwrap();
        assert!(out.contains("p((obj.v) == (1))"), "{out}");
        assert!(out.contains("p((@x).include?(1))"), "{out}");
        assert!(
            out.contains("begin; (-> { obj.nope }).call; rescue Exception; end"),
            "{out}"
        );
        assert!(dsl_left(&out).is_empty(), "{out}");
    }

    #[test]
    fn shared_examples_get_their_method() {
        let shared = "describe :sh, shared: true do\n  it \"calls\" do\n    [1].send(@method).should == 1\n  end\nend\n";
        let spec = "describe \"Array#first\" do\n  it_behaves_like :sh, :first\nend\ndescribe \"Array#last\" do\n  it_behaves_like :sh, :last\nend\n";
        let p = prog(&[("/s/shared/sh.rb", shared), ("/s/a_spec.rb", spec)]);
        let l = layer(&[
            r#"{"ex":2,"desc":"Array#last calls","it":"0:2","ctx":["1:4"],"enter":true,"all":["shared sh|:last"],"each":[],"after":[],"shared":["0:1"]}"#,
        ]);
        let out = flatten(&p, &l, 2, Scope::One).unwrap();
        assert!(out.contains("@method = :last"), "{out}");
        assert!(out.contains("p(([1].send(@method)) == (1))"), "{out}");
        assert!(dsl_left(&out).is_empty(), "{out}");
    }

    #[test]
    fn guards_follow_what_the_layer_saw() {
        let spec = "describe \"g\" do\n  ruby_version_is \"9.9\" do\n    X = 1\n  end\n  platform_is :linux do\n    Y = 2\n  end\n  it \"x\" do\n    1.should == 1\n  end\nend\n";
        let p = prog(&[("/s/g_spec.rb", spec)]);
        let l = layer(&[
            r#"{"guard":"0:2","yield":false}"#,
            r#"{"guard":"0:5","yield":true}"#,
            r#"{"ex":1,"desc":"g x","it":"0:8","ctx":["0:1"],"enter":true,"all":[],"each":[],"after":[],"shared":[]}"#,
        ]);
        let out = flatten(&p, &l, 1, Scope::One).unwrap();
        assert!(!out.contains("X = 1") && out.contains("Y = 2"), "{out}");
    }
}
