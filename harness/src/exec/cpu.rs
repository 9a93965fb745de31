//! CPU time spent on runs, for "programs per core" figures that hold on a
//! shared machine: wall-clock rates drop when something else runs beside a
//! hunt, CPU seconds do not. A process's CPU is its own user + system time
//! plus that of the children it has reaped (`/proc/PID/stat` fields 14-17),
//! so the harness's figure covers its threads, every worker it has stopped,
//! and through each worker the forked copies the worker reaped; a live
//! worker is read on its own ([`super::Executor::worker_cpu`]), with its live
//! children (its runner).

use std::time::Duration;

/// User + system time of `pid` (a number or `self`), of its reaped
/// children and of its live ones (a worker's runner lives as long as the
/// worker); `None` if `/proc` does not have it.
pub fn process_cpu(pid: &str) -> Option<Duration> {
    Some(reaped_cpu(pid)? + live_children_cpu(pid))
}

/// User + system time of `pid` and of the children it reaped.
fn reaped_cpu(pid: &str) -> Option<Duration> {
    parse_stat(&std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?)
}

/// CPU time of the live children of `pid` (and theirs): `/proc/PID/task/*/children`.
fn live_children_cpu(pid: &str) -> Duration {
    let Ok(tasks) = std::fs::read_dir(format!("/proc/{pid}/task")) else {
        return Duration::ZERO;
    };
    let mut sum = Duration::ZERO;
    for task in tasks.flatten() {
        let Ok(kids) = std::fs::read_to_string(task.path().join("children")) else {
            continue;
        };
        for kid in kids.split_whitespace() {
            sum += process_cpu(kid).unwrap_or_default();
        }
    }
    sum
}

/// CPU time of this process (all threads) and of the children it reaped
/// (live workers are counted through [`super::Executor::worker_cpu`]).
pub fn own() -> Option<Duration> {
    reaped_cpu("self")
}

fn parse_stat(stat: &str) -> Option<Duration> {
    // the command name (field 2) is in parentheses and may hold spaces
    let rest = &stat[stat.rfind(')')? + 1..];
    // after the name: state is field 3, utime..cstime are fields 14..17
    let ticks: u64 = rest
        .split_whitespace()
        .skip(11)
        .take(4)
        .map(|f| f.parse::<u64>().ok())
        .sum::<Option<u64>>()?;
    let hz = rustix::param::clock_ticks_per_second().max(1);
    Some(Duration::from_nanos(
        ticks.saturating_mul(1_000_000_000) / hz,
    ))
}

/// Programs per CPU second (`0` when no CPU time was measured).
pub fn per_cpu_second(programs: u64, cpu: Duration) -> f64 {
    let s = cpu.as_secs_f64();
    if s > 0.0 {
        programs as f64 / s
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_four_time_fields_after_the_name() {
        let hz = rustix::param::clock_ticks_per_second();
        // a name with a space and a parenthesis, as the kernel writes it
        let line = "42 (a b) c) S 1 42 42 0 -1 4194560 100 0 0 0 7 3 5 5 20 0 1 0 1 1 1";
        let cpu = parse_stat(line).expect("parses");
        assert_eq!(cpu, Duration::from_nanos(20 * 1_000_000_000 / hz));
        assert!(parse_stat("garbage").is_none());
    }

    #[test]
    fn this_process_has_a_cpu_time() {
        let mut x = 0u64;
        for i in 0..2_000_000u64 {
            x = x.wrapping_mul(31).wrapping_add(i);
        }
        assert!(x != 1);
        assert!(own().is_some());
    }
}
