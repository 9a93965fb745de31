//! `gcstress trace RUN.gcrec`: the life story of a slot or an object, or the
//! events around one, from a recording (no VM needed).

use std::path::PathBuf;

use anyhow::Result;
use clap::{ArgGroup, Args};
use serde_json::json;

use crate::cli::exit;
use crate::record::{trace, Recording};

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("what").required(true).args(["slot", "object", "around", "crash"])))]
pub struct TraceArgs {
    /// The recording.
    pub file: PathBuf,
    /// Every occupant of this heap slot, how each one went, who wrote into it.
    #[arg(long, value_name = "ID")]
    pub slot: Option<u64>,
    /// One object: `561` or `#561` (the 561st allocation), `p12` (existed before the program).
    #[arg(long, value_name = "ID")]
    pub object: Option<String>,
    /// The events around event N.
    #[arg(long, value_name = "EVENT")]
    pub around: Option<u64>,
    /// The slot the crash traces back to.
    #[arg(long)]
    pub crash: bool,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

pub fn run(a: TraceArgs) -> Result<u8> {
    let rec = Recording::read(&a.file)?;
    let m = &rec.meta;
    let title;
    let lines = if let Some(n) = a.around {
        let evs = trace::around(&rec, n, 10);
        if evs.is_empty() {
            return Err(exit::usage(format!(
                "--around {n}: the recording keeps events {} to {}",
                rec.first,
                rec.first + rec.events.len() as u64 - 1
            )));
        }
        if a.json {
            let v: Vec<_> = evs
                .iter()
                .map(|(k, t)| json!({"event": k, "text": t}))
                .collect();
            println!(
                "{}",
                serde_json::to_string(&json!({"around": n, "events": v}))?
            );
        } else {
            for (k, t) in evs {
                println!("{} #{k:<6} {t}", if k == n { ">" } else { " " });
            }
        }
        return Ok(exit::OK);
    } else if let Some(o) = &a.object {
        let id = trace::parse_obj(o)
            .ok_or_else(|| exit::usage(format!("--object {o}: expected 561, #561 or p12")))?;
        title = format!("object {}", trace::obj_label(id));
        trace::object_story(&rec, id)
    } else {
        let slot = match a.slot {
            Some(s) => s,
            None => trace::crash_slot(&rec).ok_or_else(|| {
                exit::usage(format!(
                    "{}: no crash and no slot freed while referenced in this recording",
                    a.file.display()
                ))
            })?,
        };
        title = format!("slot {slot}");
        trace::slot_story(&rec, slot)
    };
    let meaningful = lines
        .iter()
        .any(|l| !matches!(l.tag, "crash" | "end" | "note"));
    if a.json {
        println!(
            "{}",
            serde_json::to_string(&json!({
                "what": title,
                "vm": m.vm,
                "schedule": m.schedule,
                "outcome": m.outcome,
                "lines": lines,
            }))?
        );
    } else {
        println!(
            "{title} — {} ({}, schedule {}; outcome {}: {})",
            a.file.display(),
            m.vm,
            m.schedule,
            m.outcome,
            m.summary
        );
        if !meaningful {
            println!(
                "  (no event of this {} in the recording)",
                title.split(' ').next().unwrap_or("")
            );
        }
        for l in &lines {
            let n = l.event.map(|n| format!("#{n}")).unwrap_or_default();
            println!("  {n:>7}  {}", l.text);
        }
    }
    Ok(exit::OK)
}
