//! One spec file as one program for the VM.
//!
//! mruby has no `require`, so the harness resolves the files a spec loads:
//! ruby-prism finds every `require_relative "lit"` (and `require
//! File.expand_path("lit", __FILE__)`), the files are loaded depth-first in
//! the order they are named, each once, and the call is replaced by `nil`
//! (line numbers stay). `spec_helper.rb` is never loaded: the mspec layer in
//! `specs/mspec/` stands in for it (and for mspec itself).
//!
//! ```text
//! module MSpec; PLATFORM = "x86_64-linux"; ...; end   prelude (this machine)
//! <specs/mspec/*.rb>                                  the layer
//! MSpec.loading("/abs/fixtures/classes.rb")           each loaded file, then the spec:
//! begin
//!   eval(<<'__GCSTRESS_SPEC_FILE_0__', nil, "/abs/fixtures/classes.rb", 1)
//! ...the file, requires replaced, statements guarded...
//! __GCSTRESS_SPEC_FILE_0__
//! rescue Exception => e
//!   MSpec.load_error(e)
//! end
//! MSpec.finish                                        the counts line
//! ```
//!
//! Each file is evaluated on its own (with its real path, so backtraces and
//! `source_location` name it): a file mruby cannot parse is one load error,
//! not a program that does not parse. Inside a file, every top-level
//! statement and every statement of a class or module body is **guarded**
//! (`begin; stmt; rescue Exception => e; MSpec.load_error(e); end`, on the
//! statement's own lines): one fixture class that uses a feature the VM lacks
//! costs one error, not the rest of the fixture file. Blocks (a `describe`
//! body, an example) keep mspec's semantics.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use ruby_prism::{Node, Visit};

use crate::reduce::syntax::Edit;

/// The mspec layer, in load order (embedded: the binary works anywhere).
pub const LAYER: &[(&str, &str)] = &[
    ("runner.rb", include_str!("../../../specs/mspec/runner.rb")),
    (
        "expectations.rb",
        include_str!("../../../specs/mspec/expectations.rb"),
    ),
    (
        "matchers.rb",
        include_str!("../../../specs/mspec/matchers.rb"),
    ),
    ("guards.rb", include_str!("../../../specs/mspec/guards.rb")),
    (
        "helpers.rb",
        include_str!("../../../specs/mspec/helpers.rb"),
    ),
    ("mocks.rb", include_str!("../../../specs/mspec/mocks.rb")),
];

/// The name the assembled program runs under (the layer's own frames).
/// (`repro.rb`, the name a saved find has: `gcstress exec` replays it exactly).
pub const RUNNER_NAME: &str = "repro.rb";

/// One file of the program: where it is and its text as it will run.
#[derive(Debug, Clone)]
pub struct Source {
    pub path: PathBuf,
    /// The file as read.
    pub original: String,
    /// Requires replaced and statements guarded.
    pub text: String,
}

/// A spec file with everything it loads, in load order (the spec last).
#[derive(Debug, Clone)]
pub struct SpecProgram {
    pub spec: PathBuf,
    pub files: Vec<Source>,
    /// Calls the harness could not resolve (`require_relative` of a missing
    /// file, a non-literal path): left in place, they raise LoadError.
    pub unresolved: Vec<String>,
    /// The root of a ruby/spec checkout (where spec_helper.rb is), if found.
    pub root: Option<PathBuf>,
}

/// Why a file cannot be part of a run at all (exit 2 when named on the
/// command line, a "not loadable" group when found in a directory).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotRuby(pub String);

/// What one statement-level edit does to a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Guard {
    /// `MSpec.load_error(e)`: the layer counts the error.
    Layer,
    /// `rescue Exception; end`: plain Ruby (for reproducers).
    Plain,
    /// Leave statements alone.
    None,
}

fn read_text(path: &Path) -> Result<String, NotRuby> {
    let bytes = std::fs::read(path)
        .map_err(|e| NotRuby(format!("{}: cannot read: {e}", path.display())))?;
    if bytes.contains(&0) {
        return Err(NotRuby(format!(
            "{}: not Ruby (binary data)",
            path.display()
        )));
    }
    Ok(match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    })
}

/// The first prism syntax error as `path:line:col: message`, if any.
pub fn syntax_error(path: &Path, text: &str) -> Option<String> {
    let res = ruby_prism::parse(text.as_bytes());
    let e = res.errors().next()?;
    let off = e.location().start_offset();
    let (line, col) = line_col(text, off);
    Some(format!("{}:{line}:{col}: {}", path.display(), e.message()))
}

pub fn line_col(text: &str, off: usize) -> (usize, usize) {
    let before = &text.as_bytes()[..off.min(text.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let col = before.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
    (line, col)
}

/// 1-based line of a byte offset.
pub fn line_of(text: &str, off: usize) -> usize {
    line_col(text, off).0
}

/// A `require_relative`/`require` call found in a file.
#[derive(Debug, Clone)]
struct Require {
    start: usize,
    end: usize,
    /// The file it names, resolved (None: not resolvable statically).
    target: Option<PathBuf>,
    text: String,
}

struct Requires<'a> {
    file: &'a Path,
    src: &'a str,
    found: Vec<Require>,
}

fn string_lit(node: &Node<'_>) -> Option<String> {
    node.as_string_node()
        .map(|s| String::from_utf8_lossy(s.unescaped()).into_owned())
}

/// Normalize `a/b/../c` lexically (no symlinks resolved).
fn normalize(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            other => out.push(other.as_os_str()),
        }
    }
    out
}

fn with_rb(p: PathBuf) -> PathBuf {
    if p.extension().is_some_and(|e| e == "rb") {
        p
    } else {
        let mut s = p.into_os_string();
        s.push(".rb");
        PathBuf::from(s)
    }
}

impl Requires<'_> {
    fn resolve(&self, call: &ruby_prism::CallNode<'_>) -> Option<Option<PathBuf>> {
        let name = call.name();
        let name = name.as_slice();
        if call.receiver().is_some() || !(name == b"require_relative" || name == b"require") {
            return None;
        }
        let args: Vec<Node<'_>> = call.arguments()?.arguments().iter().collect();
        if args.len() != 1 {
            return Some(None);
        }
        let dir = self.file.parent().unwrap_or(Path::new("."));
        if name == b"require_relative" {
            return Some(string_lit(&args[0]).map(|s| with_rb(normalize(&dir.join(s)))));
        }
        // require File.expand_path("../x", __FILE__) / (..., __dir__)
        let inner = args[0].as_call_node()?;
        let on_file = inner
            .receiver()
            .and_then(|r| r.as_constant_read_node())
            .is_some_and(|c| c.name().as_slice() == b"File");
        if inner.name().as_slice() != b"expand_path" || !on_file {
            return None;
        }
        let iargs: Vec<Node<'_>> = inner.arguments()?.arguments().iter().collect();
        if iargs.len() != 2 {
            return None;
        }
        let rel = string_lit(&iargs[0])?;
        let base = if iargs[1].as_source_file_node().is_some() {
            self.file.to_path_buf()
        } else if iargs[1]
            .as_call_node()
            .is_some_and(|c| c.name().as_slice() == b"__dir__")
        {
            dir.to_path_buf()
        } else {
            return None;
        };
        Some(Some(with_rb(normalize(&base.join(rel)))))
    }
}

impl<'pr> Visit<'pr> for Requires<'_> {
    fn visit_call_node(&mut self, node: &ruby_prism::CallNode<'pr>) {
        if let Some(target) = self.resolve(node) {
            let loc = node.location();
            let (start, end) = (loc.start_offset(), loc.end_offset());
            self.found.push(Require {
                start,
                end,
                target,
                text: self.src.get(start..end).unwrap_or("").to_string(),
            });
            return;
        }
        ruby_prism::visit_call_node(self, node);
    }
}

/// Statements to guard: the top level and class/module bodies, recursively.
fn guard_ranges(node: &Node<'_>, out: &mut Vec<(usize, usize)>) {
    let stmts = if let Some(p) = node.as_program_node() {
        Some(p.statements())
    } else if let Some(c) = node.as_class_node() {
        c.body().and_then(|b| b.as_statements_node())
    } else if let Some(m) = node.as_module_node() {
        m.body().and_then(|b| b.as_statements_node())
    } else if let Some(s) = node.as_singleton_class_node() {
        s.body().and_then(|b| b.as_statements_node())
    } else {
        None
    };
    let Some(stmts) = stmts else { return };
    for s in stmts.body().iter() {
        // BEGIN/END blocks are only valid at the top level, unwrapped
        if s.as_pre_execution_node().is_some() || s.as_post_execution_node().is_some() {
            continue;
        }
        let loc = s.location();
        out.push((loc.start_offset(), loc.end_offset()));
        guard_ranges(&s, out);
    }
}

/// Replace require calls (by `nil` plus the newlines they spanned) and guard
/// statements. `requires` are (start, end) ranges to blank out.
pub fn rewrite(src: &str, requires: &[(usize, usize)], guard: Guard) -> String {
    let mut edits: Vec<Edit> = requires
        .iter()
        .map(|&(s, e)| {
            let nl = src[s..e].matches('\n').count();
            Edit::new(s, e, format!("nil{}", "\n".repeat(nl)))
        })
        .collect();
    if guard != Guard::None {
        let res = ruby_prism::parse(src.as_bytes());
        if res.errors().next().is_none() {
            let mut ranges = Vec::new();
            guard_ranges(&res.node(), &mut ranges);
            let close = match guard {
                Guard::Layer => ";rescue Exception => __gcs_e;MSpec.load_error(__gcs_e);end",
                _ => ";rescue Exception;end",
            };
            for (s, e) in ranges {
                // a statement that is only a replaced require needs no guard
                if requires.iter().any(|&(rs, re)| rs == s && re == e) {
                    continue;
                }
                edits.push(Edit::new(s, s, "begin;"));
                edits.push(Edit::new(e, e, close));
            }
        }
    }
    // zero-width inserts at the same offset: closers of inner statements
    // come before closers of outer ones, openers of outer before inner
    edits.sort_by_key(|e| (e.start, e.end));
    stable_apply(src, edits)
}

/// Apply edits sorted by position; inserts at one offset keep their order
/// (an outer statement's `begin;` was pushed before its first inner one's,
/// an inner statement's closer before the outer's).
fn stable_apply(src: &str, edits: Vec<Edit>) -> String {
    let mut out = String::with_capacity(src.len() + edits.len() * 16);
    let mut at = 0;
    for e in &edits {
        if e.start < at {
            continue;
        }
        out.push_str(&src[at..e.start]);
        out.push_str(&e.text);
        at = e.end;
    }
    out.push_str(&src[at..]);
    out
}

/// The spec_helper.rb of a ruby/spec checkout above `file`, if any.
fn find_root(file: &Path) -> Option<PathBuf> {
    let mut dir = file.parent();
    while let Some(d) = dir {
        if d.join("spec_helper.rb").is_file() && d.join("core").is_dir() {
            return Some(d.to_path_buf());
        }
        dir = d.parent();
    }
    None
}

/// Resolve a spec file and what it loads.
pub fn load(spec: &Path, guard: Guard) -> Result<SpecProgram, NotRuby> {
    let spec =
        std::fs::canonicalize(spec).map_err(|e| NotRuby(format!("{}: {e}", spec.display())))?;
    let mut prog = SpecProgram {
        root: find_root(&spec),
        spec: spec.clone(),
        files: Vec::new(),
        unresolved: Vec::new(),
    };
    let mut seen = BTreeSet::new();
    visit(&spec, &mut prog, &mut seen, guard, 0)?;
    Ok(prog)
}

fn visit(
    file: &Path,
    prog: &mut SpecProgram,
    seen: &mut BTreeSet<PathBuf>,
    guard: Guard,
    depth: usize,
) -> Result<(), NotRuby> {
    if !seen.insert(file.to_path_buf()) {
        return Ok(());
    }
    let src = read_text(file)?;
    if let Some(e) = syntax_error(file, &src) {
        return Err(NotRuby(e));
    }
    let mut finder = Requires {
        file,
        src: &src,
        found: Vec::new(),
    };
    finder.visit(&ruby_prism::parse(src.as_bytes()).node());
    let mut blank = Vec::new();
    for r in &finder.found {
        match &r.target {
            Some(t) if t.file_name().is_some_and(|n| n == "spec_helper.rb") => {
                blank.push((r.start, r.end));
            }
            Some(t) if t.is_file() && depth < 32 => {
                let t = std::fs::canonicalize(t).unwrap_or_else(|_| t.clone());
                // a dependency that is not Ruby is this file's problem, said once
                if let Err(NotRuby(why)) = visit(&t, prog, seen, guard, depth + 1) {
                    return Err(NotRuby(format!("{} (loaded by {})", why, file.display())));
                }
                blank.push((r.start, r.end));
            }
            _ => prog.unresolved.push(format!(
                "{}:{}: {}",
                file.display(),
                line_of(&src, r.start),
                r.text.lines().next().unwrap_or("")
            )),
        }
    }
    let text = rewrite(&src, &blank, guard);
    prog.files.push(Source {
        path: file.to_path_buf(),
        original: src,
        text,
    });
    Ok(())
}

/// A Ruby double-quoted string literal for `s`.
pub fn ruby_str(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '#' => out.push_str("\\#"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The prelude: what the layer needs to know about this machine.
pub fn prelude(root: Option<&Path>) -> String {
    let pointer = usize::BITS;
    let long = if cfg!(windows) { 32 } else { usize::BITS };
    let platform = format!("{}-{}", std::env::consts::ARCH, std::env::consts::OS);
    let mut s = format!(
        "module MSpec; PLATFORM = {}; POINTER_SIZE = {pointer}; C_LONG_SIZE = {long}; end\n",
        ruby_str(&platform)
    );
    if let Some(r) = root {
        s.push_str(&format!(
            "CODE_LOADING_DIR = {}\n",
            ruby_str(&r.join("fixtures").join("code").to_string_lossy())
        ));
    }
    s
}

/// The layer's source (all files, in order).
pub fn layer() -> String {
    let mut s = String::new();
    for (name, text) in LAYER {
        s.push_str(&format!("# ---- specs/mspec/{name}\n"));
        s.push_str(text);
        if !text.ends_with('\n') {
            s.push('\n');
        }
    }
    s
}

fn terminator(n: usize, text: &str) -> String {
    let mut t = format!("__GCSTRESS_SPEC_FILE_{n}__");
    while text.lines().any(|l| l.trim() == t) {
        t.push('_');
    }
    t
}

impl SpecProgram {
    /// The program the VM runs.
    pub fn render(&self) -> String {
        let mut s = prelude(self.root.as_deref());
        s.push_str(&layer());
        for (i, f) in self.files.iter().enumerate() {
            let path = ruby_str(&f.path.to_string_lossy());
            let t = terminator(i, &f.text);
            s.push_str(&format!(
                "MSpec.loading({path})\nbegin\n  eval(<<'{t}', nil, {path}, 1)\n"
            ));
            s.push_str(&f.text);
            if !f.text.ends_with('\n') {
                s.push('\n');
            }
            s.push_str(&format!(
                "{t}\nrescue Exception => e\n  MSpec.load_error(e)\nend\n"
            ));
        }
        s.push_str("MSpec.finish\n");
        s
    }

    /// The same program with every file inlined as top-level code (no eval):
    /// what the minimizer can shrink when no DSL-free form reproduces.
    pub fn render_inline(&self) -> String {
        let mut s = prelude(self.root.as_deref());
        s.push_str(&layer());
        for f in &self.files {
            s.push_str(&format!(
                "MSpec.loading({})\n",
                ruby_str(&f.path.to_string_lossy())
            ));
            s.push_str(&f.text);
            if !f.text.ends_with('\n') {
                s.push('\n');
            }
        }
        s.push_str("MSpec.finish\n");
        s
    }

    /// Index of a file in the layer's file table (load order).
    pub fn file_index(&self, path: &Path) -> Option<usize> {
        self.files.iter().position(|f| f.path == path)
    }
}

/// Spec files under a path: the file itself, or every `*_spec.rb` below a
/// directory (sorted). A missing path is bad input.
pub fn collect(path: &Path) -> Result<Vec<PathBuf>> {
    let meta = std::fs::metadata(path).with_context(|| format!("{}", path.display()))?;
    if meta.is_file() {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut out = Vec::new();
    let mut todo = vec![path.to_path_buf()];
    while let Some(d) = todo.pop() {
        let rd = std::fs::read_dir(&d).with_context(|| format!("cannot list {}", d.display()))?;
        for e in rd {
            let e = e.with_context(|| format!("cannot list {}", d.display()))?;
            let p = e.path();
            let ft = e.file_type().with_context(|| format!("{}", p.display()))?;
            if ft.is_dir() {
                todo.push(p);
            } else if p
                .file_name()
                .is_some_and(|n| n.to_string_lossy().ends_with("_spec.rb"))
            {
                out.push(p);
            }
        }
    }
    out.sort();
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reduce::syntax;

    #[test]
    fn guards_keep_lines_and_nest() {
        let src = "module M\n  class A\n    X = 1\n  end\nend\ny = 2 # two\n";
        let out = rewrite(src, &[], Guard::Plain);
        assert_eq!(out.lines().count(), src.lines().count());
        assert!(syntax::parses(&out), "{out}");
        assert!(out.starts_with(
            "begin;module M\n  begin;class A\n    begin;X = 1;rescue Exception;end\n"
        ));
        assert!(out.contains("y = 2;rescue Exception;end # two"));
    }

    #[test]
    fn requires_become_nil() {
        let src = "require_relative 'a'\nrequire_relative(\n 'b')\nx = 1\n";
        let second = src.find("require_relative(").unwrap();
        let end = src.find("')").unwrap() + 2;
        let out = rewrite(src, &[(0, 20), (second, end)], Guard::None);
        assert_eq!(out, "nil\nnil\n\nx = 1\n");
    }

    #[test]
    fn heredoc_statements_stay_valid() {
        let src = "X = <<-EOS\n  text\nEOS\nY = 1\n";
        let out = rewrite(src, &[], Guard::Layer);
        assert!(syntax::parses(&out), "{out}");
        assert_eq!(out.lines().count(), 4);
    }

    #[test]
    fn strings_are_quoted() {
        assert_eq!(ruby_str("a\"b\\#{c}"), "\"a\\\"b\\\\\\#{c}\"");
    }
}
