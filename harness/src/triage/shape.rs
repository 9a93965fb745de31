//! The shape of a (minimized) program: the core methods it calls, in order,
//! with every name the program defines and every literal erased.
//!
//! Two finds that need no GC schedule are the same bug when their minimized
//! programs call the same core methods in the same order: `class A < String;
//! end; A.send(:prepend, Enumerable); A.send(:remove_method, :m0)` and
//! `module A; end; class B < Array; B.send(:prepend, A); end;
//! B.send(:remove_method, :m1)` both have the shape `prepend,remove_method`,
//! although they crash in different places. Calls through `send`/`__send__`/
//! `public_send` count as calls of the method they name; calls of methods the
//! program defines itself, `GCStress` points and output calls do not count,
//! nor do names the generator invents (`m0`, `m1`…: the lifter's method
//! names), which a minimized program may still call without defining them.

use crate::reduce::syntax::{Defined, Kind, Tree};

/// Methods whose calls say nothing about the bug: output, and iteration
/// glue a signature-preserving minimizer may keep only because it moves
/// where the crash lands (`0.times {}` after the statement that breaks).
const IGNORED: &[&str] = &[
    "p",
    "puts",
    "print",
    "pp",
    "times",
    "each",
    "loop",
    "upto",
    "downto",
    "step",
    "each_with_index",
    "tap",
    "then",
    "yield_self",
    "itself",
];

/// Methods that define a method named by their first (symbol) argument.
const DEFINERS: &[&str] = &[
    "define_method",
    "define_singleton_method",
    "alias_method",
    "attr_accessor",
    "attr_reader",
    "attr_writer",
    "attr",
];

const SENDERS: &[&str] = &["send", "__send__", "public_send"];

/// The shape: core method names in call order (consecutive repeats kept once).
/// `None` if the program does not parse or calls no core method at all.
pub fn calls(src: &str) -> Option<Vec<String>> {
    let tree = Tree::parse(src);
    if !tree.clean {
        return None;
    }
    let sym = |id: usize| -> Option<String> {
        let t = tree.text(src, id);
        let s = t.strip_prefix(':')?;
        let s = s.trim_matches('"').trim_matches('\'');
        (!s.is_empty()).then(|| s.to_string())
    };
    // the first argument of a call, if it is a symbol literal
    let first_symbol = |call: usize| -> Option<String> {
        let args = tree
            .node(call)
            .children
            .iter()
            .find(|&&c| tree.node(c).kind == Kind::Arguments)?;
        let first = *tree.node(*args).children.first()?;
        (tree.node(first).kind == Kind::Literal)
            .then(|| sym(first))
            .flatten()
    };
    // names the program defines (methods, locals), including through define_method & co.
    let mut own: Vec<String> = tree
        .defined
        .iter()
        .filter_map(|d| match d {
            Defined::Lower(s) => Some(s.clone()),
            _ => None,
        })
        .collect();
    let mut named: Vec<(usize, String)> = Vec::new();
    for (id, n) in tree.nodes.iter().enumerate() {
        if n.kind != Kind::Call {
            continue;
        }
        let Some(name) = n.name.clone() else { continue };
        let name = if SENDERS.contains(&name.as_str()) {
            match first_symbol(id) {
                Some(s) => s,
                None => continue,
            }
        } else {
            name
        };
        if DEFINERS.contains(&name.as_str()) {
            if let Some(s) = first_symbol_after(
                &tree,
                src,
                id,
                SENDERS.contains(&n.name.as_deref().unwrap_or("")),
            ) {
                own.push(s);
            }
        }
        if is_gcstress_point(&tree, src, id) {
            continue;
        }
        named.push((id, name));
    }
    // `alias new old` defines `new`
    for (id, n) in tree.nodes.iter().enumerate() {
        if n.kind == Kind::Other && tree.text(src, id).starts_with("alias ") {
            if let Some(new) = tree.text(src, id).split_whitespace().nth(1) {
                own.push(new.trim_start_matches(':').to_string());
            }
        }
    }
    // in the order Ruby evaluates them: a receiver's and an argument's calls
    // before the call itself (post-order: by end, the deeper node first)
    let depth = |mut id: usize| {
        let mut d = 0;
        while let Some(p) = tree.node(id).parent {
            d += 1;
            id = p;
        }
        d
    };
    named.sort_by_key(|(id, _)| (tree.node(*id).end, std::cmp::Reverse(depth(*id))));
    let mut out: Vec<String> = Vec::new();
    for (_, name) in named {
        if own.contains(&name) || IGNORED.contains(&name.as_str()) || generated(&name) {
            continue;
        }
        if out.last() != Some(&name) {
            out.push(name);
        }
    }
    (!out.is_empty()).then_some(out)
}

/// `m0`, `m17`: a method name the lifter made up (`lift.rs`).
fn generated(name: &str) -> bool {
    name.strip_prefix('m')
        .is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether two shape keys are one bug: the same calls, or the shorter's
/// calls (two at least) appearing in order in the longer's. A minimized
/// program keeps what its crash needs, and one way to reach a crash may need
/// a call another does not (`Proc#inspect` reaching the prepended
/// `remove_method` bug needs `proc` and `singleton_class` first). A shape long
/// enough to end in a hash is matched on the calls it shows.
pub fn same(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let calls = |k: &str| -> (Vec<String>, bool) {
        let hashed = k.contains('#');
        let v = k
            .split(',')
            .filter(|c| !c.starts_with('#'))
            .map(str::to_string)
            .collect();
        (v, hashed)
    };
    let ((a, ha), (b, hb)) = (calls(a), calls(b));
    // a long shape shows its first calls: what is found in order there is
    // found in order in the whole, so only the shorter must be complete
    let ((short, short_hashed), long) = if (a.len(), ha) <= (b.len(), hb) {
        ((a, ha), b)
    } else {
        ((b, hb), a)
    };
    if short_hashed || short.len() < 2 {
        return false;
    }
    let mut it = long.iter();
    short.iter().all(|c| it.any(|l| l == c))
}

/// The symbol a definer call names: its first argument, or its second when
/// the definer itself is called through `send`.
fn first_symbol_after(tree: &Tree, src: &str, call: usize, via_send: bool) -> Option<String> {
    let args = tree
        .node(call)
        .children
        .iter()
        .find(|&&c| tree.node(c).kind == Kind::Arguments)?;
    let kids = &tree.node(*args).children;
    let arg = *kids.get(usize::from(via_send))?;
    if tree.node(arg).kind != Kind::Literal {
        return None;
    }
    let t = tree.text(src, arg).strip_prefix(':')?;
    Some(t.trim_matches('"').trim_matches('\'').to_string())
}

/// `GCStress.minor` and friends: the schedule's points, not the bug.
fn is_gcstress_point(tree: &Tree, src: &str, call: usize) -> bool {
    tree.node(call).children.first().is_some_and(|&r| {
        tree.node(r).kind == Kind::ConstantRead
            && tree.node(r).start == tree.node(call).start
            && tree.text(src, r) == "GCStress"
    })
}

/// The shape as a key: `prepend,remove_method` (long shapes end in a hash of the whole).
pub fn key(calls: &[String]) -> String {
    const SHOWN: usize = 6;
    if calls.len() <= SHOWN {
        calls.join(",")
    } else {
        let all = calls.join(",");
        format!(
            "{},#{:08x}",
            calls[..SHOWN].join(","),
            crate::record::fnv64(all.as_bytes()) as u32
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(src: &str) -> String {
        key(&calls(src).expect("a shape"))
    }

    #[test]
    fn two_flavours_of_one_bug_have_one_shape() {
        let a =
            "class A < String; end\nA.send(:prepend, Enumerable)\nA.send(:remove_method, :m0)\n";
        let b = "module A; end\nclass B < Array; B.send(:prepend, A); end\nB.send(:remove_method, :m1)\n";
        let c = "class C < Hash\n  prepend Comparable\nend\nC.remove_method(:zz)\n0.times { }\n";
        assert_eq!(shape(a), "prepend,remove_method");
        assert_eq!(shape(b), shape(a));
        assert_eq!(shape(c), shape(a));
    }

    #[test]
    fn own_methods_literals_and_gc_points_are_erased() {
        let src = "def m1(x) = x.to_s\nclass K; define_method(:m2) { 1 }; end\nGCStress.minor\nv = m1(3).upcase\nK.new.m2\nputs v\n";
        assert_eq!(shape(src), "to_s,define_method,upcase,new");
    }

    #[test]
    fn a_longer_road_to_one_bug_is_the_same_bug() {
        // hunts on 3.3.0: the prepend/remove_method bug reached through Proc#inspect
        let via_proc = "a = ->() do end.singleton_class\na.send(:prepend, Comparable)\nclass << a; nil; end\nbegin; a.send(:remove_method, :m0); rescue Exception; end\n";
        let k = shape(via_proc);
        assert_eq!(k, "singleton_class,prepend,remove_method");
        assert!(same(&k, "prepend,remove_method"));
        let stray = "class A < String; A.send(:prepend, Enumerable); end\nnil.m0()\nA.send(:remove_method, :m0)\n";
        assert_eq!(shape(stray), "prepend,remove_method");
        assert!(same(
            "proc,prepend,remove_method,new",
            "prepend,remove_method"
        ));
        assert!(!same("remove_method,prepend", "prepend,remove_method"));
        assert!(!same("instance_method,arity", "prepend,remove_method"));
        assert!(!same("new", "new,prepend"), "one call says too little");
        assert!(!same(
            "push,pop,map,sort,uniq,flatten,#1234abcd",
            "pop,push"
        ));
        assert!(!same(
            "push,pop,map,sort,uniq,flatten,#1234abcd",
            "push,pop,map,sort,uniq,flatten,#99999999"
        ));
    }

    #[test]
    fn different_bugs_differ_and_long_shapes_hash() {
        let arity = "Addrinfo.instance_method(:to_s).arity\n";
        assert_eq!(shape(arity), "instance_method,arity");
        let long = "a=[1]\na.push(1)\na.pop\na.map { 1 }\na.sort\na.uniq\na.flatten\na.zip\n";
        let k = shape(long);
        assert!(k.starts_with("push,pop,map,sort,uniq,flatten,#"), "{k}");
        assert_ne!(
            shape(long),
            shape("a=[1]\na.push(1)\na.pop\na.map { 1 }\na.sort\na.uniq\na.flatten\na.max\n")
        );
        assert!(calls("def (").is_none());
        assert!(calls("x = 1\n").is_none());
    }
}
