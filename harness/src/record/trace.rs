//! Reading a recording: one line per event ([`render`]), and the life story
//! of a slot or an object ([`slot_story`], [`object_story`]).
//!
//! Observed and inferred are kept apart in the wording: allocations, GCs,
//! frees, barrier calls, "a live object held the address of a freed slot"
//! (a heap scan after the GC) and stores into a watched slot (debug
//! registers) are observed; "stored into P without a barrier" (from the
//! barrier log) and "a store through a stale pointer" (the store did not come
//! from the call that allocated the slot's occupant) are inferred, and said so.

use std::collections::HashMap;

use gcstress_vm::protocol::rec;
use serde::Serialize;

use super::{Event, Recording};
use crate::judge::signal_name;

/// One line of a story.
#[derive(Debug, Clone, Serialize)]
pub struct Line {
    /// The event it comes from (none for inferred lines).
    pub event: Option<u64>,
    /// alloc, stored, free, watch, reuse, write, crash, end, barrier, ref, before, note.
    pub tag: &'static str,
    pub text: String,
    /// Deduced from the log rather than seen.
    pub inferred: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub function: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ruby_line: Option<i32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
}

/// `#561` (the program's 561st allocation), `p12` (existed before the
/// program), `s3` (made by gcstress itself).
pub fn obj_label(id: u64) -> String {
    if id == 0 {
        "none".into()
    } else if id & rec::OBJ_PRE != 0 {
        format!("p{}", id & !rec::OBJ_PRE)
    } else if id & rec::OBJ_SHIM != 0 {
        format!("s{}", id & !rec::OBJ_SHIM)
    } else {
        format!("#{id}")
    }
}

fn at_line(line: i32) -> String {
    if line > 0 {
        format!(" (line {line})")
    } else {
        String::new()
    }
}

fn comma_line(line: i32) -> String {
    if line > 0 {
        format!(", line {line}")
    } else {
        String::new()
    }
}

fn gc_kind_name(k: u8) -> &'static str {
    match k {
        rec::GC_MINOR => "minor GC",
        rec::GC_FULL => "full GC",
        rec::GC_STEP => "major GC step",
        rec::GC_MAJOR_END => "major GC (last step)",
        rec::GC_MAJOR => "major GC",
        rec::GC_UNKNOWN => "GC",
        _ => "GC",
    }
}

fn force_name(k: u8) -> &'static str {
    match k {
        1 => "minor",
        2 => "full",
        3 => "step",
        5 => "mark",
        _ => "gc",
    }
}

/// Functions of the collector and the allocator (their stores into a slot are bookkeeping).
fn is_collector(f: &str) -> bool {
    [
        "gc_",
        "incremental_",
        "mrb_full_gc",
        "mrb_incremental_gc",
        "mrb_garbage_collect",
        "obj_free",
        "clear_all_old",
        "root_scan",
        "mark_context",
        "free_heap",
        "add_heap",
        "mrb_obj_alloc",
        "__real_mrb_obj_alloc",
        "mrb_gc_mark",
        "final_marking",
        "prepare_incremental_sweep",
    ]
    .iter()
    .any(|p| f.starts_with(p))
}

fn is_marking(frames: &[String]) -> bool {
    frames.iter().any(|f| {
        f.contains("mark") && !f.contains("sweep") || f == "root_scan_phase" || f == "mark_context"
    })
}

fn is_sweeping(frames: &[String]) -> bool {
    frames
        .iter()
        .any(|f| f.contains("sweep") || f == "obj_free")
}

/// What the log tells about objects and GCs, indexed once.
pub struct Index<'a> {
    pub rec: &'a Recording,
    allocs: HashMap<u64, u64>,
    frees: HashMap<u64, u64>,
    /// freed object -> REF event
    refs: HashMap<u64, u64>,
    /// GC number -> its (last) GC event
    gcs: HashMap<u64, u64>,
    types: HashMap<u64, u8>,
}

impl<'a> Index<'a> {
    pub fn new(rec: &'a Recording) -> Index<'a> {
        let mut ix = Index {
            rec,
            allocs: HashMap::new(),
            frees: HashMap::new(),
            refs: HashMap::new(),
            gcs: HashMap::new(),
            types: HashMap::new(),
        };
        for (n, e) in ix.numbered() {
            match e.kind {
                rec::EV_ALLOC => {
                    ix.allocs.insert(e.a, n);
                    ix.types.insert(e.a, e.k);
                }
                rec::EV_FREE => {
                    ix.frees.insert(e.a, n);
                    ix.types.entry(e.a).or_insert(e.k);
                }
                rec::EV_REF => {
                    ix.refs.entry(e.a).or_insert(n);
                    ix.types.entry(e.c).or_insert(e.k);
                }
                rec::EV_GC => {
                    ix.gcs.insert(e.a, n);
                }
                rec::EV_WRITE => {
                    ix.types.entry(e.b).or_insert(e.k);
                }
                rec::EV_BARRIER => {
                    ix.types.entry(e.a).or_insert(e.w);
                    if e.b != 0 {
                        ix.types.entry(e.b).or_insert(e.d as u8);
                    }
                }
                _ => {}
            }
        }
        ix
    }

    fn numbered(&self) -> impl Iterator<Item = (u64, &'a Event)> + 'a {
        let first = self.rec.first;
        self.rec
            .events
            .iter()
            .enumerate()
            .map(move |(i, e)| (first + i as u64, e))
    }

    fn ev(&self, n: u64) -> Option<&'a Event> {
        self.rec.event(n)
    }

    /// "REnv #561", "RProc Numeric#-@ (p12)".
    pub fn obj(&self, id: u64) -> String {
        if id == 0 {
            return "nothing".into();
        }
        if let Some(d) = self.rec.names.get(&id) {
            return format!("{d} ({})", obj_label(id));
        }
        match self.types.get(&id) {
            Some(&t) => format!("{} {}", self.rec.type_name(t), obj_label(id)),
            None => format!("object {}", obj_label(id)),
        }
    }

    /// "minor GC #2 (GCStress.minor, line 19)".
    pub fn gc(&self, no: u64) -> String {
        let Some(n) = self.gcs.get(&no).copied() else {
            return format!("GC #{no}");
        };
        let Some(e) = self.ev(n) else {
            return format!("GC #{no}");
        };
        let force = n
            .checked_sub(1)
            .and_then(|m| self.ev(m))
            .filter(|f| f.kind == rec::EV_FORCE);
        let why = match e.how {
            rec::TRIG_PROGRAM => match force {
                Some(f) => format!("GCStress.{}{}", force_name(f.k), comma_line(f.line)),
                None => format!("GCStress{}", comma_line(e.line)),
            },
            rec::TRIG_SCHEDULE => format!(
                "scheduled{}",
                force
                    .map(|f| format!(" at allocation {}", f.a))
                    .unwrap_or_default()
            ),
            rec::TRIG_VM => format!("run by the VM in an allocation{}", comma_line(e.line)),
            rec::TRIG_MALLOC if e.c != 0 => format!(
                "inside a failed malloc of {}{}",
                self.rec.function(e.c),
                comma_line(e.line)
            ),
            rec::TRIG_MALLOC => format!("inside a failed malloc{}", comma_line(e.line)),
            _ => format!("between allocations{}", comma_line(e.line)),
        };
        format!("{} #{no} ({why})", gc_kind_name(e.k))
    }

    /// When the crash came, as a phrase: `during minor GC #3 (...)`, or,
    /// when the recording saw no GC begin, whether the crash frames are the
    /// collector's (a GC the VM ran where gcstress does not hook its start,
    /// such as an incremental step) or not.
    fn crash_gc(&self, e: &Event) -> String {
        if e.how == 0 {
            let frames = &self.rec.meta.frames;
            let in_gc = is_marking(frames)
                || is_sweeping(frames)
                || frames
                    .iter()
                    .any(|f| f.contains("incremental_gc") || f.contains("full_gc"));
            return if in_gc {
                "during a GC the VM ran on its own (its frames are the collector's; the recording saw no GC begin)".into()
            } else {
                "outside any GC".into()
            };
        }
        // the forced GC point that started it, if any
        let force = self
            .numbered()
            .filter(|(_, f)| f.kind == rec::EV_FORCE)
            .last()
            .map(|(_, f)| f);
        let why = match (e.w, force) {
            (rec::TRIG_PROGRAM, Some(f)) => {
                format!("GCStress.{}{}", force_name(f.k), comma_line(f.line))
            }
            (rec::TRIG_PROGRAM, None) => "GCStress".into(),
            (rec::TRIG_SCHEDULE, Some(f)) => format!("scheduled at allocation {}", f.a),
            (rec::TRIG_SCHEDULE, None) => "scheduled".into(),
            (rec::TRIG_VM, _) => "in an allocation: the VM's own or a scheduled one".into(),
            (rec::TRIG_MALLOC, _) => "inside a failed malloc".into(),
            _ => "?".into(),
        };
        format!("during {} #{} ({why})", gc_kind_name(e.how), e.a)
    }
}

/// One event as one line (what `--around` prints and divergences show).
pub fn render(r: &Recording, e: &Event, _n: u64) -> String {
    let ix = Index::new(r);
    render_with(&ix, e)
}

fn render_with(ix: &Index, e: &Event) -> String {
    let r = ix.rec;
    match e.kind {
        rec::EV_BEGIN => format!(
            "recording starts: {} objects in the pristine VM, slot size {} bytes, generational {}",
            e.a,
            e.b,
            if e.k != 0 { "on" } else { "off" }
        ),
        rec::EV_ALLOC => format!(
            "{} {} allocated in slot {} by {}{}{}",
            r.type_name(e.k),
            obj_label(e.a),
            e.b,
            r.function(e.c),
            at_line(e.line),
            if e.how & 1 != 0 { " (by gcstress)" } else { "" }
        ),
        rec::EV_GC => format!("{}: {} slot(s) freed", ix.gc(e.a), e.b),
        rec::EV_FREE => format!(
            "{} {} in slot {} freed by {} #{}{}",
            r.type_name(e.k),
            obj_label(e.a),
            e.b,
            ix.gcs
                .get(&e.c)
                .and_then(|&n| ix.ev(n))
                .map(|g| gc_kind_name(g.k))
                .unwrap_or("a"),
            e.c,
            if e.how & 1 != 0 {
                " (its heap page was released)"
            } else {
                ""
            }
        ),
        rec::EV_REF => format!(
            "slot {} ({}) was freed while {} still held its address ({})",
            e.b,
            ix.obj(e.a),
            ix.obj(e.c),
            ref_how(e)
        ),
        rec::EV_BARRIER => format!(
            "{} barrier from {}{}: parent {}{}{}",
            if e.k as u32 == gcstress_vm::protocol::HOOK_FIELD_WB {
                "field"
            } else {
                "object"
            },
            r.function(e.c),
            at_line(e.line),
            ix.obj(e.a),
            if e.b != 0 {
                format!(", child {}", ix.obj(e.b))
            } else {
                String::new()
            },
            if e.how & 1 != 0 {
                " (dropped by the mutant)"
            } else {
                ""
            }
        ),
        rec::EV_FORCE => format!(
            "forced {} GC ({}{}) after {} allocations{}",
            force_name(e.k),
            if e.how == rec::TRIG_SCHEDULE {
                "schedule".to_string()
            } else {
                format!("GCStress.{}", force_name(e.k))
            },
            comma_line(e.line),
            e.a,
            if e.b != 0 {
                ": skipped (GC disabled or iterating)"
            } else {
                ""
            }
        ),
        rec::EV_WATCH => {
            if e.how == 1 {
                format!(
                    "watching slot {} ({} words) with the CPU's debug registers",
                    e.a, e.k
                )
            } else if e.how == 3 {
                format!(
                    "no longer watching slot {}: its heap page was released",
                    e.a
                )
            } else {
                format!(
                    "cannot watch slot {}: no debug registers ({})",
                    e.a,
                    errno_text(e.d)
                )
            }
        }
        rec::EV_WRITE => format!(
            "store into slot {} word {} by {} ({}called from {}) while it holds {}{}",
            e.a,
            e.w,
            writer(r, e),
            if e.line > 0 {
                format!("line {}, ", e.line)
            } else {
                String::new()
            },
            r.function(e.d),
            ix.obj(e.b),
            if e.how & rec::WR_CONSTRUCT != 0 {
                " (its own initialisation)"
            } else {
                ""
            }
        ),
        rec::EV_CRASH => format!(
            "{} {}{}",
            signal_name(i32::from(e.k)),
            ix.crash_gc(e),
            crash_relation(e, None)
        ),
        rec::EV_END => format!(
            "the program ended ({}) after {} allocations and {} GCs",
            end_name(e.k),
            e.a,
            e.b
        ),
        k => format!("event type {k}"),
    }
}

/// The function that stored: in the worker, or a C library routine (memcpy)
/// named by its caller.
fn writer(r: &Recording, e: &Event) -> String {
    match r.function(e.c) {
        "?" => format!("a C library routine called from {}", r.function(e.d)),
        f => f.to_string(),
    }
}

fn errno_text(e: u64) -> String {
    match e {
        1 => "EPERM".into(),
        2 => "ENOENT".into(),
        13 => "EACCES".into(),
        19 => "ENODEV".into(),
        22 => "EINVAL".into(),
        28 => "ENOSPC: all four in use".into(),
        38 => "ENOSYS".into(),
        95 => "EOPNOTSUPP".into(),
        n => format!("errno {n}"),
    }
}

fn end_name(k: u8) -> &'static str {
    match i32::from(k) {
        1 => "ok",
        2 => "uncaught exception",
        3 => "parse error",
        4 => "out of memory",
        5 => "verifier finding",
        _ => "?",
    }
}

fn ref_how(e: &Event) -> String {
    match e.how {
        rec::REF_SLOT => format!("in word {} of its slot", e.w),
        rec::REF_ELEMENT => format!("as element {}", e.w),
        _ => "in a malloc'd block it holds".into(),
    }
}

fn crash_relation(e: &Event, slot: Option<u64>) -> String {
    let holder = e.c & 0xffff_ffff;
    let word = e.c >> 32;
    let mut s = String::new();
    if holder != 0 && slot.is_none_or(|x| x == holder) {
        s.push_str(&format!(
            ": the fault address is the value in word {word} of slot {holder}"
        ));
        if e.d != 0 {
            s.push_str(&format!(", the one stored at event #{}", e.d));
        }
    } else if e.b != 0 && slot.is_none_or(|x| x == e.b) {
        s.push_str(&format!(": the fault address lies in slot {}", e.b));
    }
    s
}

/// The slot the crash traces back to: the one whose word held the faulting
/// value, else the one the fault address lies in, else the last slot freed
/// while referenced.
pub fn crash_slot(r: &Recording) -> Option<u64> {
    let crash = r.events.iter().rev().find(|e| e.kind == rec::EV_CRASH);
    if let Some(c) = crash {
        if c.c & 0xffff_ffff != 0 {
            return Some(c.c & 0xffff_ffff);
        }
        if c.b != 0 {
            return Some(c.b);
        }
    }
    r.events
        .iter()
        .rev()
        .find(|e| e.kind == rec::EV_REF)
        .map(|e| e.b)
}

fn line(event: Option<u64>, tag: &'static str, text: String) -> Line {
    Line {
        event,
        tag,
        text,
        inferred: false,
        function: None,
        ruby_line: None,
        object: None,
    }
}

/// "f (3), g": function names with their counts, in first-seen order.
fn counted<'x>(names: impl Iterator<Item = &'x str>) -> String {
    let mut v: Vec<(&str, usize)> = Vec::new();
    for n in names {
        match v.iter_mut().find(|(m, _)| *m == n) {
            Some((_, c)) => *c += 1,
            None => v.push((n, 1)),
        }
    }
    v.iter()
        .map(|(n, c)| {
            if *c > 1 {
                format!("{n} ({c}×)")
            } else {
                n.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// "→ stored into old RProc Numeric#-@ (p12) without a write barrier (inferred ...)".
fn stored_line(ix: &Index, obj: u64, alloc_n: u64) -> Option<Line> {
    let ref_n = *ix.refs.get(&obj)?;
    let re = ix.ev(ref_n)?;
    let parent = re.c;
    if parent == 0 {
        return None;
    }
    let free_gc = ix.frees.get(&obj).and_then(|&n| ix.ev(n)).map(|f| f.c);
    let parent_alloc = ix.allocs.get(&parent).copied().unwrap_or(0);
    // old: a complete collection ran between the parent's allocation and this one
    let old = ix.numbered().any(|(n, e)| {
        n > parent_alloc
            && n < alloc_n
            && e.kind == rec::EV_GC
            && matches!(
                e.k,
                rec::GC_MINOR | rec::GC_FULL | rec::GC_MAJOR_END | rec::GC_MAJOR | rec::GC_UNKNOWN
            )
    });
    let on_parent: Vec<&Event> = ix
        .numbered()
        .filter(|(n, e)| *n > alloc_n && *n < ref_n && e.kind == rec::EV_BARRIER && e.a == parent)
        .map(|(_, e)| e)
        .collect();
    let barriers = counted(
        on_parent
            .iter()
            .filter(|e| e.how & 1 == 0)
            .map(|e| ix.rec.function(e.c)),
    );
    let dropped = counted(
        on_parent
            .iter()
            .filter(|e| e.how & 1 != 0)
            .map(|e| ix.rec.function(e.c)),
    );
    let mutant = if dropped.is_empty() {
        String::new()
    } else {
        format!("; the mutant dropped the barrier call(s) from {dropped}")
    };
    let gc = free_gc.map(|g| ix.gc(g)).unwrap_or_else(|| "the GC".into());
    let nbarriers = on_parent.iter().filter(|e| e.how & 1 == 0).count();
    let text = if barriers.is_empty() {
        format!(
            "→ stored into {}{} without a write barrier (inferred: it held the address when {gc} freed it, and no barrier call on it was logged in between{mutant})",
            if old { "old " } else { "" },
            ix.obj(parent)
        )
    } else {
        format!(
            "→ stored into {}{} (inferred: it held the address when {gc} freed it; {nbarriers} barrier call(s) on it were logged in between, from {barriers}{mutant})",
            if old { "old " } else { "" },
            ix.obj(parent),
        )
    };
    let mut l = line(None, "stored", text);
    l.inferred = true;
    l.object = Some(ix.obj(parent));
    Some(l)
}

fn crash_line(ix: &Index, n: u64, e: &Event, slot: Option<u64>) -> Line {
    let frames = &ix.rec.meta.frames;
    let top: Vec<&str> = frames.iter().take(4).map(String::as_str).collect();
    let doing = if is_marking(frames) {
        ", read while marking"
    } else if is_sweeping(frames) {
        ", while sweeping"
    } else {
        ""
    };
    let text = format!(
        "{} in {} {}{}{}",
        signal_name(i32::from(e.k)),
        if top.is_empty() {
            "?".to_string()
        } else {
            top.join(" < ")
        },
        ix.crash_gc(e),
        doing,
        crash_relation(e, slot)
    );
    let text = text.replacen(", read while marking: ", ": read while marking — ", 1);
    let mut l = line(Some(n), "crash", text);
    l.function = frames.first().cloned();
    l
}

/// The life of one slot: every occupant, how it went, who wrote into it, and the end.
pub fn slot_story(r: &Recording, slot: u64) -> Vec<Line> {
    let ix = Index::new(r);
    let mut out: Vec<Line> = Vec::new();
    // the last occupant freed while still referenced: (freed object, referrer)
    let mut dangling: Option<(u64, u64)> = None;
    let mut occupant: Option<(u64, usize)> = None; // (object, index of its line)
    let mut collector_writes = 0u64;
    for (n, e) in ix.numbered() {
        match e.kind {
            rec::EV_ALLOC if e.b == slot => {
                let f = r.function(e.c).to_string();
                let mut l = if let Some((old, referrer)) = dangling {
                    line(
                        Some(n),
                        "reuse",
                        format!(
                            "slot reused: {} allocated by {f}{} — {} still holds the slot's address (from {})",
                            ix.obj(e.a),
                            at_line(e.line),
                            ix.obj(referrer),
                            ix.obj(old)
                        ),
                    )
                } else {
                    line(
                        Some(n),
                        "alloc",
                        format!("{} allocated by {f}{}", ix.obj(e.a), at_line(e.line)),
                    )
                };
                l.function = Some(f);
                l.ruby_line = (e.line > 0).then_some(e.line);
                l.object = Some(ix.obj(e.a));
                out.push(l);
                occupant = Some((e.a, out.len() - 1));
                if let Some(s) = stored_line(&ix, e.a, n) {
                    out.push(s);
                }
            }
            rec::EV_FREE if e.b == slot => {
                let refd = ix
                    .refs
                    .get(&e.a)
                    .copied()
                    .filter(|&m| m > n)
                    .and_then(|m| ix.ev(m));
                let mut text = format!("{} freed by {}", ix.obj(e.a), ix.gc(e.c));
                if e.how & 1 != 0 {
                    text.push_str(" (its heap page was released)");
                }
                if let Some(re) = refd {
                    text.push_str(&format!(
                        " while still referenced: {} holds its address ({}; heap scan after the GC)",
                        ix.obj(re.c),
                        ref_how(re)
                    ));
                    dangling = Some((e.a, re.c));
                } else {
                    dangling = None;
                }
                let mut l = line(Some(n), "free", text);
                l.object = Some(ix.obj(e.a));
                out.push(l);
                occupant = None;
            }
            rec::EV_WATCH if e.a == slot && e.how != 1 => {
                let why = if e.how == 3 {
                    "its heap page was released".to_string()
                } else {
                    format!("no debug registers ({})", errno_text(e.d))
                };
                out.push(line(
                    Some(n),
                    "watch",
                    format!("stores into this slot are not observed from here: {why}"),
                ));
            }
            rec::EV_WRITE if e.a == slot => {
                let f = writer(r, e);
                if is_collector(&f) {
                    collector_writes += 1;
                    continue;
                }
                if e.how & rec::WR_CONSTRUCT != 0 {
                    if let Some((_, i)) = occupant {
                        let l = &mut out[i];
                        if !l.text.contains(" initialised by ") {
                            l.text.push_str(&format!("; initialised by {f}"));
                        } else if !l.text.ends_with(&f) && !l.text.contains(&format!(" {f},")) {
                            l.text.push_str(&format!(", {f}"));
                        }
                    }
                    continue;
                }
                let mut text = format!(
                    "written by {f} ({}called from {}): a store into word {} while the slot holds {}",
                    if e.line > 0 {
                        format!("line {}, ", e.line)
                    } else {
                        String::new()
                    },
                    r.function(e.d),
                    e.w,
                    ix.obj(e.b)
                );
                if let Some((_, referrer)) = dangling {
                    text.push_str(&format!(
                        ", not by the call that allocated it — a store through {}'s stale pointer (the store is observed by a watchpoint; whose pointer it went through is inferred)",
                        ix.obj(referrer)
                    ));
                } else if r.first > 1 {
                    text.push_str(" (observed by a watchpoint; watchpoints go only on slots freed while still referenced, which happened before the events this ring kept)");
                } else {
                    text.push_str(" (observed by a watchpoint)");
                }
                let mut l = line(Some(n), "write", text);
                l.function = Some(f);
                l.ruby_line = (e.line > 0).then_some(e.line);
                l.object = Some(ix.obj(e.b));
                out.push(l);
            }
            rec::EV_CRASH => out.push(crash_line(&ix, n, e, Some(slot))),
            rec::EV_END => out.push(line(Some(n), "end", render_with(&ix, e))),
            _ => {}
        }
    }
    if collector_writes > 0 {
        out.push(line(
            None,
            "note",
            format!("({collector_writes} store(s) by the collector itself not shown)"),
        ));
    }
    out
}

/// The life of one object: allocation, barriers, what it referenced after a free, its end.
pub fn object_story(r: &Recording, obj: u64) -> Vec<Line> {
    let ix = Index::new(r);
    let mut out = Vec::new();
    if obj & rec::OBJ_PRE != 0 && ix.types.contains_key(&obj) {
        out.push(line(
            None,
            "before",
            format!(
                "{} existed before the program started (the pristine VM)",
                ix.obj(obj)
            ),
        ));
    }
    for (n, e) in ix.numbered() {
        match e.kind {
            rec::EV_ALLOC if e.a == obj => {
                let mut l = line(
                    Some(n),
                    "alloc",
                    format!(
                        "{} allocated in slot {} by {}{}",
                        ix.obj(obj),
                        e.b,
                        r.function(e.c),
                        at_line(e.line)
                    ),
                );
                l.function = Some(r.function(e.c).to_string());
                l.ruby_line = (e.line > 0).then_some(e.line);
                out.push(l);
                if let Some(s) = stored_line(&ix, obj, n) {
                    out.push(s);
                }
            }
            rec::EV_BARRIER if e.a == obj || e.b == obj => {
                let mut l = line(Some(n), "barrier", render_with(&ix, e));
                l.function = Some(r.function(e.c).to_string());
                out.push(l);
            }
            rec::EV_REF if e.c == obj => out.push(line(
                Some(n),
                "ref",
                format!(
                    "still holds the address of slot {} after {} there was freed ({})",
                    e.b,
                    ix.obj(e.a),
                    ref_how(e)
                ),
            )),
            rec::EV_FREE if e.a == obj => {
                let mut text = format!("freed by {} (slot {})", ix.gc(e.c), e.b);
                if let Some(re) = ix.refs.get(&obj).and_then(|&m| ix.ev(m)) {
                    text.push_str(&format!(
                        " while still referenced: {} holds its address ({})",
                        ix.obj(re.c),
                        ref_how(re)
                    ));
                }
                out.push(line(Some(n), "free", text));
            }
            rec::EV_WRITE if e.b == obj && e.how & rec::WR_CONSTRUCT == 0 => {
                let f = r.function(e.c);
                if !is_collector(f) {
                    out.push(line(Some(n), "write", render_with(&ix, e)));
                }
            }
            rec::EV_CRASH => out.push(crash_line(&ix, n, e, None)),
            rec::EV_END => out.push(line(Some(n), "end", render_with(&ix, e))),
            _ => {}
        }
    }
    out
}

/// Events around one, rendered (the one asked for marked).
pub fn around(r: &Recording, n: u64, radius: u64) -> Vec<(u64, String)> {
    let ix = Index::new(r);
    let lo = n.saturating_sub(radius).max(r.first);
    (lo..=n + radius)
        .filter_map(|m| ix.ev(m).map(|e| (m, render_with(&ix, e))))
        .collect()
}

/// The slot an event is about (for `--gdb` banners and defaults).
pub fn describe_event(r: &Recording, n: u64) -> Option<String> {
    let ix = Index::new(r);
    ix.ev(n).map(|e| render_with(&ix, e))
}

/// The event `replay --gdb` stops at by default, and why: the GC that freed
/// the slot the crash traces back to while it was still referenced (else the
/// first slot freed while referenced).
pub fn default_stop(r: &Recording) -> Option<(u64, String)> {
    let ix = Index::new(r);
    let slot = crash_slot(r)?;
    let (n, free) = ix
        .numbered()
        .find(|(_, e)| e.kind == rec::EV_FREE && e.b == slot && ix.refs.contains_key(&e.a))?;
    let referrer = ix
        .refs
        .get(&free.a)
        .and_then(|&m| ix.ev(m))
        .map(|e| ix.obj(e.c))
        .unwrap_or_default();
    let why = format!(
        "{}, the one that freed slot {slot} ({}) while {referrer} still held its address",
        ix.gc(free.c),
        ix.obj(free.a)
    );
    Some((ix.gcs.get(&free.c).copied().unwrap_or(n), why))
}

/// Parse an object label: `561`, `#561`, `p12`, `s3`.
pub fn parse_obj(s: &str) -> Option<u64> {
    let s = s.trim();
    if let Some(x) = s.strip_prefix('p') {
        return x.parse::<u64>().ok().map(|v| v | rec::OBJ_PRE);
    }
    if let Some(x) = s.strip_prefix('s') {
        return x.parse::<u64>().ok().map(|v| v | rec::OBJ_SHIM);
    }
    s.trim_start_matches('#').parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn object_labels_round_trip() {
        for id in [1u64, 561, rec::OBJ_PRE | 12, rec::OBJ_SHIM | 3] {
            assert_eq!(parse_obj(&obj_label(id)), Some(id));
        }
        assert_eq!(parse_obj("561"), Some(561));
    }

    #[test]
    fn collector_functions_are_known() {
        assert!(is_collector("incremental_sweep_phase"));
        assert!(is_collector("gc_mark_children"));
        assert!(!is_collector("mrb_alias_method"));
        assert!(is_marking(&[
            "mrb_gc_mark".into(),
            "gc_mark_children".into()
        ]));
    }
}
