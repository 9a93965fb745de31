//! The differential oracle: the same program with schedule `none` and with
//! the stress schedule must print the same thing and end the same way.
//!
//! What legitimately differs between two runs is normalized away: addresses
//! (`0x55d0c3a1b2c0`, as in `#<Object:0x…>`) and object ids (mruby derives them
//! from addresses: any decimal integer of 9 digits or more).

use serde::{Deserialize, Serialize};

use super::{Kind, Outcome};

/// Replace addresses and address-derived numbers by placeholders.
pub fn normalize(text: &str) -> String {
    normalize_with(text, &[])
}

/// Like [`normalize`], also masking decimal numbers that fall in one of the
/// given address ranges (the VM heap: object ids are derived from slot
/// addresses, and a low, brk-allocated heap gives ids of only 7-8 digits).
pub fn normalize_with(text: &str, heaps: &[(u64, u64)]) -> String {
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'0'
            && i + 2 < b.len()
            && (b[i + 1] == b'x' || b[i + 1] == b'X')
            && b[i + 2].is_ascii_hexdigit()
        {
            let mut j = i + 2;
            while j < b.len() && b[j].is_ascii_hexdigit() {
                j += 1;
            }
            out.push_str("0xADDR");
            i = j;
            continue;
        }
        if b[i].is_ascii_digit()
            && (i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_'))
        {
            let mut j = i;
            while j < b.len() && b[j].is_ascii_digit() {
                j += 1;
            }
            let in_heap = j - i >= 6
                && text[i..j].parse::<u64>().is_ok_and(|n| {
                    heaps.iter().any(|&(lo, hi)| {
                        lo != 0
                            && n >= lo.saturating_sub(64 << 20)
                            && n <= hi.saturating_add(64 << 20)
                    })
                });
            if j - i >= 9 || in_heap {
                out.push_str("<ID>");
            } else {
                out.push_str(&text[i..j]);
            }
            i = j;
            continue;
        }
        let ch = text[i..].chars().next().unwrap_or(' ');
        out.push(ch);
        i += ch.len_utf8();
    }
    out
}

/// One side of a comparison.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Side {
    pub schedule: String,
    pub outcome: Kind,
    pub exception: Option<String>,
    /// the first line that differs (normalized), if output differs
    pub line: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Divergence {
    pub what: String,
    pub baseline: Side,
    pub stressed: Side,
    pub line_no: Option<usize>,
}

fn exc(o: &Outcome) -> Option<String> {
    o.evidence
        .exception()
        .map(|e| format!("{}: {}", e.class, normalize(&e.message)))
}

/// Compare a stressed run with its baseline; `None` if they agree.
pub fn compare(
    baseline: &Outcome,
    base_sched: &str,
    stressed: &Outcome,
    stress_sched: &str,
) -> Option<Divergence> {
    let heaps = [baseline.gc.heap, stressed.gc.heap];
    let bo = normalize_with(&String::from_utf8_lossy(&baseline.stdout), &heaps);
    let so = normalize_with(&String::from_utf8_lossy(&stressed.stdout), &heaps);
    let be = exc(baseline);
    let se = exc(stressed);
    let mut what = Vec::new();
    let mut line_no = None;
    let (mut bl, mut sl) = (None, None);
    if baseline.kind() != stressed.kind() {
        what.push(format!(
            "{} vs {}",
            baseline.kind().name(),
            stressed.kind().name()
        ));
    }
    let class = |e: &Option<String>| {
        e.as_ref()
            .map(|x| x.split(':').next().unwrap_or("").to_string())
    };
    if class(&be) != class(&se) {
        what.push("exception class".to_string());
    } else if be != se {
        what.push("exception message".to_string());
    }
    if bo != so {
        what.push("output".to_string());
        let bls: Vec<&str> = bo.lines().collect();
        let sls: Vec<&str> = so.lines().collect();
        let n = bls.len().max(sls.len());
        for k in 0..n {
            if bls.get(k) != sls.get(k) {
                line_no = Some(k + 1);
                bl = Some(
                    bls.get(k)
                        .map(|s| s.to_string())
                        .unwrap_or_else(|| "<end of output>".into()),
                );
                sl = Some(
                    sls.get(k)
                        .map(|s| s.to_string())
                        .unwrap_or_else(|| "<end of output>".into()),
                );
                break;
            }
        }
    }
    if what.is_empty() {
        return None;
    }
    Some(Divergence {
        what: what.join(", "),
        baseline: Side {
            schedule: base_sched.into(),
            outcome: baseline.kind(),
            exception: be,
            line: bl,
        },
        stressed: Side {
            schedule: stress_sched.into(),
            outcome: stressed.kind(),
            exception: se,
            line: sl,
        },
        line_no,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_and_ids_are_normalized() {
        assert_eq!(
            normalize("#<Object:0x55d0c3a1b2c0> 12345678901 42 v1234567890"),
            "#<Object:0xADDR> <ID> 42 v1234567890"
        );
        assert_eq!(normalize("[1, 2, 3]"), "[1, 2, 3]");
        assert_eq!(
            normalize_with("id 75215648 n 75", &[(75_000_000, 75_300_000)]),
            "id <ID> n 75"
        );
    }
}
