//! Signatures: `kind[.detail].frame.frame.frame`, stable across runs and
//! machines (no addresses, no line numbers of the harness), safe as a
//! directory name. Two runs with the same signature are the same bug.

use super::{Evidence, Outcome};

/// How many VM frames go into a signature.
pub const TOP_FRAMES: usize = 3;

fn clean(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii_alphanumeric() || c == '_' || c == '-' {
            out.push(c);
        } else if !out.ends_with('_') {
            out.push('_');
        }
    }
    out.trim_matches('_').to_string()
}

/// A frame name for a signature: Rust paths shortened to their last two
/// segments (`<artichoke_backend::value::Value as ...::Value>::funcall` →
/// `Value::funcall`), C names as they are.
pub fn short_frame(frame: &str) -> String {
    short(frame)
}

fn short(frame: &str) -> String {
    if !frame.contains("::") {
        return frame.to_string();
    }
    // drop `<T as Trait>` wrappers: keep what follows the last `>::`
    let tail = match frame.rfind(">::") {
        Some(i) => {
            let head = &frame[..i];
            let ty = head
                .trim_start_matches('<')
                .split(" as ")
                .next()
                .unwrap_or(head);
            format!(
                "{}::{}",
                ty.rsplit("::").next().unwrap_or(ty),
                &frame[i + 3..]
            )
        }
        None => frame.to_string(),
    };
    let parts: Vec<&str> = tail
        .split("::")
        .filter(|p| !p.is_empty() && !p.starts_with('{'))
        .collect();
    let n = parts.len();
    parts[n.saturating_sub(2)..].join("::")
}

pub fn make(o: &Outcome) -> String {
    let mut parts: Vec<String> = vec![o.kind().name().to_string()];
    match &o.evidence {
        Evidence::Crash { signal, .. } => {
            if let Some(s) = signal {
                parts.push(s.clone());
            }
        }
        Evidence::Assert { assertion: a, .. } => {
            // "file:line: func: Assertion `expr' failed." -> func + expr
            let expr = a
                .split('`')
                .nth(1)
                .and_then(|x| x.split('\'').next())
                .unwrap_or(a);
            parts.push(clean(expr));
        }
        Evidence::Asan { kind, .. } => parts.push(clean(kind)),
        Evidence::Exception(e) => parts.push(clean(&e.class)),
        Evidence::Divergence { divergence: d, .. } => {
            let side = |s: &super::diff::Side| match &s.exception {
                Some(e) => clean(e.split(':').next().unwrap_or("exception")),
                None => s.outcome.name().to_string(),
            };
            parts.push(side(&d.baseline));
            parts.push(side(&d.stressed));
            if d.what.contains("output") {
                parts.push("output".into());
            }
            return parts.join(".");
        }
        // the classification survives minimization: it is part of the signature
        Evidence::DeadValue { dead, .. } => parts.push(clean(&dead.classification)),
        // the Rust code that panicked or asked: frames below, no detail
        Evidence::Panic { .. } => {}
        // where the stack ended is chance: the recursion is the bug
        Evidence::StackOverflow { recursion, .. } if !recursion.is_empty() => {
            for f in recursion.iter().take(TOP_FRAMES) {
                parts.push(clean(f));
            }
            return parts.join(".");
        }
        // the kept object's type and what became of it; what reused the
        // slot is chance (the next allocation of any type)
        Evidence::WrongResult(w) => {
            parts.push(clean(w.expected.split_whitespace().next().unwrap_or("")));
            parts.push(clean(&w.how));
            return parts.join(".");
        }
        Evidence::Verifier(findings) => {
            // parent type first; the child only when the slot history names
            // it for sure (a reused slot makes the child a guess)
            if let Some(f) = findings.first() {
                let p = f.parent.split_whitespace().next().unwrap_or("");
                parts.push(clean(p));
                if f.slot_incarnations <= 1 {
                    parts.push(clean(&f.child_type));
                    if let Some(by) = &f.child_allocated_by {
                        parts.push(clean(by));
                    }
                } else {
                    parts.push("reused".into());
                }
            }
            return parts.join(".");
        }
        Evidence::Ok
        | Evidence::Timeout
        | Evidence::Oom
        | Evidence::StackOverflow { .. }
        | Evidence::Error { .. } => {}
    }
    for f in o.evidence.frames().iter().take(TOP_FRAMES) {
        parts.push(clean(&short(f)));
    }
    let s = parts.join(".");
    if s.len() > 120 {
        s[..120].to_string()
    } else {
        s
    }
}

/// The functions a deep recursion repeats (each seen at least twice among
/// the frames), shortened and sorted by name so that where the stack
/// happened to end does not matter.
pub fn repeating(frames: &[String]) -> Vec<String> {
    let mut seen: Vec<(String, usize)> = Vec::new();
    for f in frames {
        let s = short(f);
        match seen.iter_mut().find(|(n, _)| *n == s) {
            Some((_, c)) => *c += 1,
            None => seen.push((s, 1)),
        }
    }
    let mut out: Vec<String> = seen
        .into_iter()
        .filter(|(_, c)| *c >= 2)
        .map(|(n, _)| n)
        .collect();
    out.sort();
    out
}

/// The mruby source file a well-known VM function lives in (for reports).
pub fn source_file_of(func: &str) -> Option<&'static str> {
    let table: &[(&str, &str)] = &[
        ("mrb_alias_method", "class.c"),
        ("mrb_define_method_raw", "class.c"),
        ("mrb_singleton_class", "class.c"),
        ("mrb_class_new", "class.c"),
        ("mrb_module_new", "class.c"),
        ("mrb_proc_new", "proc.c"),
        ("mrb_closure_new", "proc.c"),
        ("mrb_proc_new_cfunc", "proc.c"),
        ("mrb_env_new", "proc.c"),
        ("env_new", "proc.c"),
        ("mrb_vm_exec", "vm.c"),
        ("mrb_ary_new_capa", "array.c"),
        ("ary_new_capa", "array.c"),
        ("mrb_hash_new_capa", "hash.c"),
        ("mrb_str_new", "string.c"),
        ("str_new", "string.c"),
        ("mrb_obj_alloc", "gc.c"),
        ("mrb_iv_set", "variable.c"),
    ];
    table
        .iter()
        .find(|(f, _)| *f == func)
        .map(|(_, file)| *file)
}

#[cfg(test)]
mod tests {
    use super::short;

    #[test]
    fn a_recursion_is_keyed_by_what_repeats() {
        let f = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let a = f(&[
            "intern_bytes",
            "mrb_intern",
            "flatten",
            "to_s",
            "funcall",
            "flatten",
            "to_s",
            "funcall",
            "flatten",
        ]);
        let b = f(&[
            "mrb_debug_get_line",
            "ruby_line",
            "to_s",
            "funcall",
            "flatten",
            "to_s",
            "funcall",
            "flatten",
            "to_s",
        ]);
        assert_eq!(super::repeating(&a), super::repeating(&b));
        assert_eq!(super::repeating(&a), ["flatten", "funcall", "to_s"]);
        assert!(super::repeating(&f(&["a", "b"])).is_empty());
    }

    #[test]
    fn rust_frames_are_shortened() {
        assert_eq!(
            short("<artichoke_backend::value::Value as artichoke_core::value::Value>::funcall"),
            "Value::funcall"
        );
        assert_eq!(
            short("artichoke_backend::extn::core::array::trampoline::mul"),
            "trampoline::mul"
        );
        assert_eq!(short("gc_mark_children"), "gc_mark_children");
    }
}
