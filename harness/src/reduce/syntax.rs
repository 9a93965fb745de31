//! The program as a syntax tree, for the reducers that edit by structure.
//!
//! The program is parsed with ruby-prism into a small owned tree of byte
//! ranges ([`Tree`]); reducers never keep prism's borrowed nodes. Every edit
//! is a text replacement of a node's range ([`Edit`]), so comments, layout and
//! syntax prism only half-understands all survive untouched; a variant that no
//! longer parses is simply not interesting (the helper rejects it before it
//! reaches the VM when the original parsed cleanly).

use ruby_prism::{Node, Visit};

/// What a node is, as far as the reducers care.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Program,
    Statements,
    Call,
    Block,
    Arguments,
    Parameters,
    Begin,
    Rescue,
    Ensure,
    Else,
    If,
    Unless,
    While,
    Until,
    For,
    Case,
    When,
    Parentheses,
    Class,
    Module,
    SingletonClass,
    Def,
    Lambda,
    Integer,
    LocalWrite,
    LocalRead,
    Array,
    Hash,
    Assoc,
    Nil,
    /// Other literals (strings, symbols, floats, true/false, ranges, regexps).
    Literal,
    ConstantRead,
    /// A parameter (required, optional, rest, block, keyword).
    Param,
    Other,
}

impl Kind {
    /// Nodes whose bodies `unwrap` may splice into their place.
    pub fn is_wrapper(self) -> bool {
        matches!(
            self,
            Kind::Begin
                | Kind::If
                | Kind::Unless
                | Kind::While
                | Kind::Until
                | Kind::For
                | Kind::Case
                | Kind::Parentheses
                | Kind::Class
                | Kind::Module
                | Kind::SingletonClass
                | Kind::Def
                | Kind::Lambda
                | Kind::Block
        )
    }

    /// Nodes that are values a reducer may replace by `nil` or a literal.
    pub fn is_expression(self) -> bool {
        matches!(
            self,
            Kind::Call
                | Kind::Begin
                | Kind::If
                | Kind::Unless
                | Kind::Case
                | Kind::Parentheses
                | Kind::Lambda
                | Kind::Integer
                | Kind::Array
                | Kind::Hash
                | Kind::Literal
                | Kind::LocalRead
                | Kind::ConstantRead
                | Kind::Other
        )
    }
}

#[derive(Debug, Clone)]
pub struct SNode {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
    pub parent: Option<usize>,
    pub children: Vec<usize>,
    /// Local variable / method / constant name, where the node has one.
    pub name: Option<String>,
}

/// A name the program defines (and so may rename).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Defined {
    /// Local variables, parameters and methods share the lowercase namespace.
    Lower(String),
    Constant(String),
    Ivar(String),
    Gvar(String),
}

#[derive(Debug, Clone)]
pub struct Tree {
    /// Pre-order: a parent comes before its children; index 0 is the program.
    pub nodes: Vec<SNode>,
    /// prism reported no syntax error.
    pub clean: bool,
    /// Byte ranges of comments.
    pub comments: Vec<(usize, usize)>,
    /// Names the program defines, in order of first definition.
    pub defined: Vec<Defined>,
}

/// A text replacement: bytes `start..end` become `text`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

impl Edit {
    pub fn new(start: usize, end: usize, text: impl Into<String>) -> Edit {
        Edit {
            start,
            end,
            text: text.into(),
        }
    }
}

/// Apply non-overlapping edits (in any order) to `src`.
pub fn apply(src: &str, edits: &[Edit]) -> Option<String> {
    let mut sorted: Vec<&Edit> = edits.iter().collect();
    sorted.sort_by_key(|e| (e.start, e.end));
    let mut out = String::with_capacity(src.len());
    let mut at = 0;
    for e in sorted {
        if e.start < at || e.end < e.start || e.end > src.len() {
            return None;
        }
        out.push_str(src.get(at..e.start)?);
        out.push_str(&e.text);
        at = e.end;
    }
    out.push_str(src.get(at..)?);
    Some(out)
}

/// True if prism parses `src` without a syntax error.
pub fn parses(src: &str) -> bool {
    ruby_prism::parse(src.as_bytes()).errors().next().is_none()
}

fn kind_of(node: &Node<'_>) -> Kind {
    match node {
        Node::ProgramNode { .. } => Kind::Program,
        Node::StatementsNode { .. } => Kind::Statements,
        Node::CallNode { .. } => Kind::Call,
        Node::BlockNode { .. } => Kind::Block,
        Node::ArgumentsNode { .. } => Kind::Arguments,
        Node::ParametersNode { .. } | Node::BlockParametersNode { .. } => Kind::Parameters,
        Node::BeginNode { .. } => Kind::Begin,
        Node::RescueNode { .. } => Kind::Rescue,
        Node::EnsureNode { .. } => Kind::Ensure,
        Node::ElseNode { .. } => Kind::Else,
        Node::IfNode { .. } => Kind::If,
        Node::UnlessNode { .. } => Kind::Unless,
        Node::WhileNode { .. } => Kind::While,
        Node::UntilNode { .. } => Kind::Until,
        Node::ForNode { .. } => Kind::For,
        Node::CaseNode { .. } => Kind::Case,
        Node::WhenNode { .. } => Kind::When,
        Node::ParenthesesNode { .. } => Kind::Parentheses,
        Node::ClassNode { .. } => Kind::Class,
        Node::ModuleNode { .. } => Kind::Module,
        Node::SingletonClassNode { .. } => Kind::SingletonClass,
        Node::DefNode { .. } => Kind::Def,
        Node::LambdaNode { .. } => Kind::Lambda,
        Node::IntegerNode { .. } => Kind::Integer,
        Node::LocalVariableWriteNode { .. } => Kind::LocalWrite,
        Node::LocalVariableReadNode { .. } => Kind::LocalRead,
        Node::ArrayNode { .. } => Kind::Array,
        Node::HashNode { .. } | Node::KeywordHashNode { .. } => Kind::Hash,
        Node::AssocNode { .. } | Node::AssocSplatNode { .. } => Kind::Assoc,
        Node::NilNode { .. } => Kind::Nil,
        Node::StringNode { .. }
        | Node::InterpolatedStringNode { .. }
        | Node::SymbolNode { .. }
        | Node::InterpolatedSymbolNode { .. }
        | Node::FloatNode { .. }
        | Node::TrueNode { .. }
        | Node::FalseNode { .. }
        | Node::RangeNode { .. }
        | Node::RegularExpressionNode { .. }
        | Node::XStringNode { .. } => Kind::Literal,
        Node::ConstantReadNode { .. } => Kind::ConstantRead,
        Node::RequiredParameterNode { .. }
        | Node::OptionalParameterNode { .. }
        | Node::RestParameterNode { .. }
        | Node::BlockParameterNode { .. }
        | Node::RequiredKeywordParameterNode { .. }
        | Node::OptionalKeywordParameterNode { .. }
        | Node::KeywordRestParameterNode { .. } => Kind::Param,
        _ => Kind::Other,
    }
}

fn text(id: ruby_prism::ConstantId<'_>) -> String {
    String::from_utf8_lossy(id.as_slice()).into_owned()
}

/// The name a node carries, and the name it defines (if any).
fn names_of(node: &Node<'_>) -> (Option<String>, Option<Defined>) {
    if let Some(n) = node.as_call_node() {
        return (Some(text(n.name())), None);
    }
    if let Some(n) = node.as_local_variable_write_node() {
        let s = text(n.name());
        return (Some(s.clone()), Some(Defined::Lower(s)));
    }
    if let Some(n) = node.as_local_variable_target_node() {
        return (None, Some(Defined::Lower(text(n.name()))));
    }
    if let Some(n) = node.as_local_variable_read_node() {
        return (Some(text(n.name())), None);
    }
    if let Some(n) = node.as_required_parameter_node() {
        return (None, Some(Defined::Lower(text(n.name()))));
    }
    if let Some(n) = node.as_optional_parameter_node() {
        return (None, Some(Defined::Lower(text(n.name()))));
    }
    if let Some(n) = node.as_def_node() {
        let s = text(n.name());
        return (Some(s.clone()), Some(Defined::Lower(s)));
    }
    if let Some(n) = node.as_class_node() {
        return (None, Some(Defined::Constant(text(n.name()))));
    }
    if let Some(n) = node.as_module_node() {
        return (None, Some(Defined::Constant(text(n.name()))));
    }
    if let Some(n) = node.as_constant_write_node() {
        return (None, Some(Defined::Constant(text(n.name()))));
    }
    if let Some(n) = node.as_constant_read_node() {
        return (Some(text(n.name())), None);
    }
    if let Some(n) = node.as_instance_variable_write_node() {
        return (None, Some(Defined::Ivar(text(n.name()))));
    }
    if let Some(n) = node.as_global_variable_write_node() {
        return (None, Some(Defined::Gvar(text(n.name()))));
    }
    (None, None)
}

struct Builder {
    nodes: Vec<SNode>,
    /// `None`: a node entered twice (see `concrete!`).
    stack: Vec<Option<usize>>,
    defined: Vec<Defined>,
}

impl Builder {
    fn enter(&mut self, node: &Node<'_>) {
        let loc = node.location();
        let (start, end, kind) = (loc.start_offset(), loc.end_offset(), kind_of(node));
        let parent = self.stack.iter().rev().find_map(|&s| s);
        if let Some(p) = parent {
            let pn = &self.nodes[p];
            if self.stack.last().copied().flatten() == Some(p)
                && (pn.start, pn.end, pn.kind) == (start, end, kind)
            {
                self.stack.push(None);
                return;
            }
        }
        let (name, defined) = names_of(node);
        if let Some(d) = defined {
            if !self.defined.contains(&d) {
                self.defined.push(d);
            }
        }
        let id = self.nodes.len();
        self.nodes.push(SNode {
            kind,
            start,
            end,
            parent,
            children: Vec::new(),
            name,
        });
        if let Some(p) = parent {
            self.nodes[p].children.push(id);
        }
        self.stack.push(Some(id));
    }
}

/// prism's walker visits a child whose field has a concrete type (a call's
/// arguments, an `if`'s statements, ...) without the enter/leave hooks; these
/// overrides enter it (once: `enter` skips a node already on top).
macro_rules! concrete {
    ($($method:ident: $ty:ident),* $(,)?) => {
        $(
            fn $method(&mut self, node: &ruby_prism::$ty<'pr>) {
                self.enter(&node.as_node());
                ruby_prism::$method(self, node);
                self.stack.pop();
            }
        )*
    };
}

impl<'pr> Visit<'pr> for Builder {
    concrete! {
        visit_statements_node: StatementsNode,
        visit_arguments_node: ArgumentsNode,
        visit_else_node: ElseNode,
        visit_constant_path_node: ConstantPathNode,
        visit_block_argument_node: BlockArgumentNode,
        visit_rescue_node: RescueNode,
        visit_parameters_node: ParametersNode,
        visit_splat_node: SplatNode,
        visit_local_variable_target_node: LocalVariableTargetNode,
        visit_ensure_node: EnsureNode,
        visit_call_node: CallNode,
        visit_block_parameter_node: BlockParameterNode,
        visit_block_node: BlockNode,
    }
    fn visit_branch_node_enter(&mut self, node: Node<'pr>) {
        self.enter(&node);
    }
    fn visit_branch_node_leave(&mut self) {
        self.stack.pop();
    }
    fn visit_leaf_node_enter(&mut self, node: Node<'pr>) {
        self.enter(&node);
    }
    fn visit_leaf_node_leave(&mut self) {
        self.stack.pop();
    }
}

impl Tree {
    pub fn parse(src: &str) -> Tree {
        let res = ruby_prism::parse(src.as_bytes());
        let clean = res.errors().next().is_none();
        let comments = res
            .comments()
            .map(|c| {
                let l = c.location();
                (l.start_offset(), l.end_offset())
            })
            .collect();
        let mut b = Builder {
            nodes: Vec::new(),
            stack: Vec::new(),
            defined: Vec::new(),
        };
        b.visit(&res.node());
        // children in source order (prism visits parameters by category)
        let mut nodes = b.nodes;
        let starts: Vec<usize> = nodes.iter().map(|n| n.start).collect();
        for n in &mut nodes {
            n.children.sort_by_key(|&c| starts[c]);
        }
        Tree {
            nodes,
            clean,
            comments,
            defined: b.defined,
        }
    }

    pub fn node(&self, id: usize) -> &SNode {
        &self.nodes[id]
    }

    pub fn text<'s>(&self, src: &'s str, id: usize) -> &'s str {
        let n = &self.nodes[id];
        src.get(n.start..n.end).unwrap_or("")
    }

    /// Statement lists, outermost first (the first is the program's own).
    pub fn statement_lists(&self) -> Vec<usize> {
        (0..self.nodes.len())
            .filter(|&i| self.nodes[i].kind == Kind::Statements)
            .collect()
    }

    /// The statement lists a wrapper node owns directly (its bodies): found
    /// below it without passing through another statement list or wrapper.
    pub fn bodies(&self, id: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut todo: Vec<usize> = self.nodes[id].children.clone();
        while let Some(c) = todo.pop() {
            let n = &self.nodes[c];
            if n.kind == Kind::Statements {
                out.push(c);
            } else if !n.kind.is_wrapper() && n.kind != Kind::Call {
                todo.extend(n.children.iter().copied());
            }
        }
        out.sort_by_key(|&c| self.nodes[c].start);
        out
    }

    /// True if the node is a statement (a child of a statement list).
    pub fn is_statement(&self, id: usize) -> bool {
        self.nodes[id]
            .parent
            .is_some_and(|p| self.nodes[p].kind == Kind::Statements)
    }

    /// The `units` of a statement list: the byte range of each statement
    /// together with what follows it up to the next statement (separators,
    /// comments), so any subset can be spliced back: `prefix + units + suffix`.
    pub fn units(&self, list: usize) -> (usize, Vec<(usize, usize)>, usize) {
        let kids = &self.nodes[list].children;
        let mut units = Vec::with_capacity(kids.len());
        for (i, &c) in kids.iter().enumerate() {
            let start = self.nodes[c].start;
            let end = match kids.get(i + 1) {
                Some(&next) => self.nodes[next].start,
                None => self.nodes[c].end,
            };
            units.push((start, end.max(start)));
        }
        let start = kids
            .first()
            .map_or(self.nodes[list].start, |&c| self.nodes[c].start);
        let end = kids
            .last()
            .map_or(self.nodes[list].end, |&c| self.nodes[c].end);
        (start, units, end)
    }
}

/// Characters that continue an identifier.
pub fn is_ident(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80
}

/// Byte offsets where `name` occurs as a whole word (not part of a longer
/// identifier, an instance/global variable, or a `name?`/`name!` method).
pub fn word_occurrences(src: &str, name: &str) -> Vec<usize> {
    let b = src.as_bytes();
    let n = name.as_bytes();
    if n.is_empty() {
        return vec![];
    }
    let sigil = matches!(n[0], b'@' | b'$');
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(off) = src.get(i..).and_then(|s| s.find(name)) {
        let at = i + off;
        let end = at + n.len();
        let before_ok = at == 0 || {
            let c = b[at - 1];
            !(is_ident(c) || c == b'@' || !sigil && c == b'$')
        };
        let after_ok = end >= b.len() || {
            let c = b[end];
            !is_ident(c) && c != b'?' && c != b'!'
        };
        if before_ok && after_ok {
            out.push(at);
        }
        i = at + n.len().max(1);
    }
    out
}

/// Join the lines of a snippet into one: `;` between statements, a space
/// after openers (`{`, `(`, `[`, `,`, `|`, `do`, operators).
pub fn join_lines(snippet: &str) -> String {
    let mut out = String::new();
    for line in snippet.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if !out.is_empty() {
            let opener = out
                .ends_with(['{', '(', '[', ',', '|', '\\', '+', '-', '*', '/', '=', '.'])
                || out.ends_with(" do")
                || out == "do";
            let closer = line.starts_with(['}', ')', ']', '.']);
            out.push_str(if opener || closer { " " } else { "; " });
        }
        out.push_str(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_splice_back() {
        let src = "a = 1\nb = 2 # two\nc = 3\n";
        let t = Tree::parse(src);
        assert!(t.clean);
        let top = t.statement_lists()[0];
        let (s, units, e) = t.units(top);
        let all: String = units.iter().map(|&(a, b)| &src[a..b]).collect();
        assert_eq!(format!("{}{}{}", &src[..s], all, &src[e..]), src);
        assert_eq!(units.len(), 3);
    }

    #[test]
    fn words_skip_longer_names_and_sigils() {
        let src = "foo = 1; foobar = foo; @foo = foo?; $foo = :foo";
        let occ = word_occurrences(src, "foo");
        assert_eq!(occ, vec![0, 18, 44]); // foo =, = foo, :foo
        assert_eq!(word_occurrences(src, "@foo"), vec![23]);
    }

    #[test]
    fn joins_blocks_and_bodies() {
        assert_eq!(
            join_lines("class << n\n  alias_method :a, :-@\nend"),
            "class << n; alias_method :a, :-@; end"
        );
        assert_eq!(
            join_lines("3.times do |i|\n  x << i\nend"),
            "3.times do |i| x << i; end"
        );
        assert!(parses(&join_lines("3.times {\n  x = 1\n  y = 2\n}")));
    }

    #[test]
    fn every_statement_list_is_a_node() {
        let src = "x = 1\nif x\n  f(1, 2)\nend\n";
        let t = Tree::parse(src);
        let kinds: Vec<Kind> = t.nodes.iter().map(|n| n.kind).collect();
        assert_eq!(
            kinds.iter().filter(|&&k| k == Kind::Statements).count(),
            2,
            "{kinds:?}"
        );
        assert_eq!(
            kinds.iter().filter(|&&k| k == Kind::Arguments).count(),
            1,
            "{kinds:?}"
        );
        let args = kinds.iter().position(|&k| k == Kind::Arguments).unwrap();
        assert_eq!(t.text(src, args), "1, 2");
        assert_eq!(t.node(args).children.len(), 2);
    }

    #[test]
    fn bodies_of_wrappers() {
        let src = "if x\n  a\nelse\n  b\nend\n";
        let t = Tree::parse(src);
        let iff = t.nodes.iter().position(|n| n.kind == Kind::If).unwrap();
        let bodies: Vec<&str> = t.bodies(iff).iter().map(|&b| t.text(src, b)).collect();
        assert_eq!(bodies, vec!["a", "b"]);
    }
}
