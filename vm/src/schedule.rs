//! GC schedules: when to force which collection, as plain data.
//!
//! A schedule is a comma-separated list of items, e.g. `minor%50,full@1200,gen=on`:
//!
//! | item | meaning |
//! |------|---------|
//! | `none` | no forced GC (the empty schedule) |
//! | `minor@N`, `full@N`, `step@N`, `mark@N` | at the N-th object allocation |
//! | `minor%N`, `full%N`, `step%N`, `mark%N` | every N object allocations |
//! | `mallocfail@N`, `mallocfail%N` | the N-th (every N-th) VM malloc made while the program's code runs (not while it is parsed or compiled) fails once, so the VM collects inside malloc and retries |
//! | `gen=on`, `gen=off` | generational mode on or off for the run |
//! | `step_ratio=N`, `interval_ratio=N` | the VM's own pacing knobs |
//!
//! Forced GCs happen only where the VM may collect by itself: at an object
//! allocation (before the VM's own threshold check) or inside a failed malloc.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// What to force.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A complete young-generation cycle (a pending major cycle is drained first).
    Minor,
    /// `mrb_full_gc`.
    Full,
    /// One `mrb_incremental_gc` call.
    Step,
    /// Hold a major cycle open: start one if none runs, then advance it one step.
    Mark,
    /// The VM's n-th malloc (counted while the program's code runs) fails once.
    MallocFail,
}

impl Kind {
    pub const ALL: [Kind; 5] = [
        Kind::Minor,
        Kind::Full,
        Kind::Step,
        Kind::Mark,
        Kind::MallocFail,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Kind::Minor => "minor",
            Kind::Full => "full",
            Kind::Step => "step",
            Kind::Mark => "mark",
            Kind::MallocFail => "mallocfail",
        }
    }

    /// The code used on the wire (gcstress.h `enum gcs_kind`).
    pub fn wire(self) -> u32 {
        match self {
            Kind::Minor => 1,
            Kind::Full => 2,
            Kind::Step => 3,
            Kind::MallocFail => 4,
            Kind::Mark => 5,
        }
    }
}

/// When.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum When {
    /// At the n-th allocation.
    At(u64),
    /// Every n allocations.
    Every(u64),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Item {
    pub kind: Kind,
    pub when: When,
}

impl fmt::Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.when {
            When::At(n) => write!(f, "{}@{}", self.kind.name(), n),
            When::Every(n) => write!(f, "{}%{}", self.kind.name(), n),
        }
    }
}

/// Most items one schedule may hold (the wire limit).
pub const MAX_ITEMS: usize = 32;

/// A complete GC schedule for one run.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Schedule {
    pub items: Vec<Item>,
    /// `Some(true)`: generational on; `Some(false)`: off; `None`: the VM's default.
    pub gen: Option<bool>,
    pub step_ratio: Option<u32>,
    pub interval_ratio: Option<u32>,
}

/// A schedule that does not parse; the message names the bad item.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("bad schedule item `{item}`: {why}")]
pub struct ScheduleError {
    pub item: String,
    pub why: String,
}

fn err(item: &str, why: impl Into<String>) -> ScheduleError {
    ScheduleError {
        item: item.to_string(),
        why: why.into(),
    }
}

impl Schedule {
    pub fn none() -> Self {
        Schedule::default()
    }

    pub fn is_none(&self) -> bool {
        *self == Schedule::default()
    }

    /// True if any item forces a GC or fails a malloc.
    pub fn forces_gc(&self) -> bool {
        !self.items.is_empty()
    }

    pub fn with_item(mut self, item: Item) -> Self {
        self.items.push(item);
        self
    }

    /// The same schedule without forced GCs (the differential oracle's baseline):
    /// gen mode and pacing knobs stay.
    pub fn without_items(&self) -> Self {
        Schedule {
            items: Vec::new(),
            ..self.clone()
        }
    }

    /// Overlay `other` on `self`: other's items replace ours if it has any; its
    /// settings win where given.
    pub fn overlay(&self, other: &Schedule) -> Schedule {
        Schedule {
            items: if other.items.is_empty() {
                self.items.clone()
            } else {
                other.items.clone()
            },
            gen: other.gen.or(self.gen),
            step_ratio: other.step_ratio.or(self.step_ratio),
            interval_ratio: other.interval_ratio.or(self.interval_ratio),
        }
    }
}

impl fmt::Display for Schedule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut parts: Vec<String> = self.items.iter().map(|i| i.to_string()).collect();
        if let Some(g) = self.gen {
            parts.push(format!("gen={}", if g { "on" } else { "off" }));
        }
        if let Some(n) = self.step_ratio {
            parts.push(format!("step_ratio={n}"));
        }
        if let Some(n) = self.interval_ratio {
            parts.push(format!("interval_ratio={n}"));
        }
        if parts.is_empty() {
            f.write_str("none")
        } else {
            f.write_str(&parts.join(","))
        }
    }
}

fn parse_count(item: &str, s: &str) -> Result<u64, ScheduleError> {
    let n: u64 = s
        .parse()
        .map_err(|_| err(item, format!("`{s}` is not a positive whole number")))?;
    if n == 0 {
        return Err(err(item, "the count must be at least 1"));
    }
    Ok(n)
}

impl FromStr for Schedule {
    type Err = ScheduleError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let mut sched = Schedule::default();
        let s = s.trim();
        if s.is_empty() {
            return Err(err(s, "empty schedule (use `none`)"));
        }
        for raw in s.split(',') {
            let item = raw.trim();
            if item.is_empty() {
                return Err(err(raw, "empty item (two commas in a row?)"));
            }
            if item == "none" {
                continue;
            }
            if let Some((key, val)) = item.split_once('=') {
                match key {
                    "gen" => {
                        sched.gen = Some(match val {
                            "on" | "true" | "1" => true,
                            "off" | "false" | "0" => false,
                            _ => return Err(err(item, "gen takes `on` or `off`")),
                        })
                    }
                    "step_ratio" => {
                        sched.step_ratio = Some(
                            u32::try_from(parse_count(item, val)?)
                                .map_err(|_| err(item, "too large"))?,
                        )
                    }
                    "interval_ratio" => {
                        sched.interval_ratio = Some(
                            u32::try_from(parse_count(item, val)?)
                                .map_err(|_| err(item, "too large"))?,
                        )
                    }
                    _ => {
                        return Err(err(
                            item,
                            "unknown setting (known: gen, step_ratio, interval_ratio)",
                        ))
                    }
                }
                continue;
            }
            let (name, when) = if let Some((k, n)) = item.split_once('@') {
                (k, When::At(parse_count(item, n)?))
            } else if let Some((k, n)) = item.split_once('%') {
                (k, When::Every(parse_count(item, n)?))
            } else {
                return Err(err(
                    item,
                    "expected KIND@N, KIND%N, gen=on|off, step_ratio=N, interval_ratio=N or none",
                ));
            };
            let kind = match name {
                "minor" => Kind::Minor,
                "full" => Kind::Full,
                "step" => Kind::Step,
                "mark" => Kind::Mark,
                "mallocfail" => Kind::MallocFail,
                _ => {
                    return Err(err(
                        item,
                        "unknown kind (known: minor, full, step, mark, mallocfail)",
                    ))
                }
            };
            sched.items.push(Item { kind, when });
        }
        if sched.items.len() > MAX_ITEMS {
            return Err(err(s, format!("more than {MAX_ITEMS} items")));
        }
        Ok(sched)
    }
}

impl Serialize for ScheduleSpec {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0.to_string())
    }
}

/// A schedule that serializes as its text form (`"minor%50,gen=on"`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScheduleSpec(pub Schedule);

impl<'de> Deserialize<'de> for ScheduleSpec {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse()
            .map(ScheduleSpec)
            .map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn parses_every_item_kind() {
        let s: Schedule = "minor%50,full@1200,step@3,mark%10,mallocfail%7,gen=off,step_ratio=10,interval_ratio=20"
            .parse()
            .unwrap();
        assert_eq!(s.items.len(), 5);
        assert_eq!(s.gen, Some(false));
        assert_eq!(s.step_ratio, Some(10));
        assert_eq!(s.to_string(), "minor%50,full@1200,step@3,mark%10,mallocfail%7,gen=off,step_ratio=10,interval_ratio=20");
    }

    #[test]
    fn none_is_empty() {
        let s: Schedule = "none".parse().unwrap();
        assert!(s.is_none());
        assert_eq!(s.to_string(), "none");
    }

    #[test]
    fn bad_items_are_named() {
        for bad in [
            "minor",
            "minor@0",
            "minor@x",
            "huge%5",
            "gen=maybe",
            "minor%5,,full@1",
            "",
            "color=red",
        ] {
            let e = bad.parse::<Schedule>().unwrap_err();
            assert!(e.to_string().starts_with("bad schedule item"), "{bad}: {e}");
        }
        let e = "minor%5,bogus@3".parse::<Schedule>().unwrap_err();
        assert_eq!(e.item, "bogus@3");
    }

    fn arb_item() -> impl Strategy<Value = Item> {
        (0usize..5, any::<bool>(), 1u64..1_000_000).prop_map(|(k, at, n)| Item {
            kind: Kind::ALL[k],
            when: if at { When::At(n) } else { When::Every(n) },
        })
    }

    proptest! {
        #[test]
        fn display_round_trips(items in proptest::collection::vec(arb_item(), 0..6),
                               gen in proptest::option::of(any::<bool>()),
                               sr in proptest::option::of(1u32..1000)) {
            let s = Schedule { items, gen, step_ratio: sr, interval_ratio: None };
            let back: Schedule = s.to_string().parse().unwrap();
            prop_assert_eq!(back, s);
        }
    }
}
