//! The executor: one fork-server worker per VM, spoken to over pipes.
//!
//! The worker opens the VM once; each program then runs in a fork of that
//! pristine VM (see `vm/shim/server.c`). This side sends the request, waits
//! with a deadline, and reads back the shared result plus the program's
//! output. It never judges: it returns a [`RawRun`]; `judge` decides what it
//! means. If the worker itself dies or stops answering, it is killed (with its
//! process group) and respawned, and the run is reported as such.

use std::io::Write;
use std::os::fd::AsFd;
use std::os::unix::process::CommandExt;
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Context, Result};
use gcstress_vm::protocol::{self, Hello, RunOptions};
use gcstress_vm::{Install, Schedule};

pub mod cpu;

/// One program to run.
#[derive(Debug, Clone)]
pub struct Job<'a> {
    pub program: &'a [u8],
    /// The name the VM reports in backtraces and line info.
    pub filename: &'a str,
    pub schedule: &'a Schedule,
    pub opts: RunOptions,
}

/// What came back, uninterpreted.
#[derive(Debug, Clone)]
pub struct RawRun {
    pub result: Box<protocol::RunResult>,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// The event log, if the run was recorded (`record::Log::parse` reads it).
    pub record: Vec<u8>,
    /// The worker stopped answering and was killed by the harness.
    pub worker_hung: bool,
    /// The worker process died (not the program's child): respawned.
    pub worker_died: bool,
    pub wall: Duration,
}

pub struct Executor {
    install: Install,
    proc: Option<Worker>,
    pub hello: Hello,
    /// Programs run through this executor.
    pub runs: u64,
    /// Workers started after the first (each one after a worker died or hung).
    pub respawns: u64,
    /// Fork a child per program instead of running programs on the worker's
    /// runner (which puts its memory back between programs; see vm/shim/server.c).
    fork_per_run: bool,
}

struct Worker {
    child: Child,
    /// `None` once closed (on drop).
    stdin: Option<ChildStdin>,
    stdout: ChildStdout,
    /// Hung or broken: kill it on drop without waiting.
    kill_now: bool,
}

impl Drop for Worker {
    fn drop(&mut self) {
        // an idle worker stops its runner and exits when its stdin closes:
        // it reaps the runner, so the runner's CPU time is counted in the
        // worker's and through it in the harness's; a busy one is killed
        drop(self.stdin.take());
        let until = Instant::now() + Duration::from_millis(200);
        while !self.kill_now && Instant::now() < until {
            match self.child.try_wait() {
                Ok(Some(_)) => return,
                Ok(None) => std::thread::sleep(Duration::from_millis(1)),
                Err(_) => break,
            }
        }
        kill_group(&self.child);
        let _ = self.child.wait();
    }
}

fn kill_group(child: &Child) {
    if let Some(pid) = rustix::process::Pid::from_raw(child.id() as i32) {
        let _ = rustix::process::kill_process_group(pid, rustix::process::Signal::KILL);
    }
}

/// Grace on top of the program's own timeout before the harness declares the
/// worker hung (the child normally kills itself with SIGALRM first).
const GRACE: Duration = Duration::from_secs(5);

impl Executor {
    pub fn new(install: &Install) -> Result<Executor> {
        Executor::start(install, false)
    }

    /// An executor whose worker forks a child per program, as before the
    /// runner (`GCSTRESS_RUNNER=0` does the same for every worker): for
    /// comparisons (`bench`) and for tests that the two agree.
    pub fn forking(install: &Install) -> Result<Executor> {
        Executor::start(install, true)
    }

    fn start(install: &Install, fork_per_run: bool) -> Result<Executor> {
        let (w, hello) = spawn(install, fork_per_run)?;
        Ok(Executor {
            install: install.clone(),
            proc: Some(w),
            hello,
            runs: 0,
            respawns: 0,
            fork_per_run,
        })
    }

    pub fn install(&self) -> &Install {
        &self.install
    }

    /// Process id of the live worker (the fork server), if one runs.
    pub fn worker_pid(&self) -> Option<u32> {
        self.proc.as_ref().map(|w| w.child.id())
    }

    /// CPU time of the live worker and the forked copies it reaped (see
    /// [`cpu`]); zero without a live worker (a stopped one counts in the
    /// harness's own [`cpu::own`]).
    pub fn worker_cpu(&self) -> Duration {
        self.proc
            .as_ref()
            .and_then(|w| cpu::process_cpu(&w.child.id().to_string()))
            .unwrap_or_default()
    }

    fn worker(&mut self) -> Result<&mut Worker> {
        if self.proc.is_none() {
            let (w, hello) = spawn(&self.install, self.fork_per_run)?;
            self.proc = Some(w);
            self.hello = hello;
            self.respawns += 1;
        }
        self.proc.as_mut().ok_or_else(|| anyhow!("no worker"))
    }

    /// Run one program. Errors only if the worker cannot be (re)started.
    pub fn run(&mut self, job: &Job) -> Result<RawRun> {
        self.runs += 1;
        let req = protocol::encode_request(job.schedule, &job.opts, job.filename, job.program);
        let deadline_after = Duration::from_millis(job.opts.timeout_ms.max(1)) + GRACE;
        let start = Instant::now();
        for attempt in 0..2 {
            let w = self.worker()?;
            let sent = match w.stdin.as_mut() {
                Some(stdin) => stdin.write_all(&req).and_then(|_| stdin.flush()).is_ok(),
                None => false,
            };
            if !sent {
                w.kill_now = true;
                // the worker is gone; start a new one and try once more
                self.proc = None;
                if attempt == 0 {
                    continue;
                }
                bail!("the {} worker does not accept requests", self.install.id);
            }
            let deadline = Instant::now() + deadline_after;
            match read_response(&mut w.stdout, deadline) {
                Ok((result, stdout, stderr, record)) => {
                    return Ok(RawRun {
                        result,
                        stdout,
                        stderr,
                        record,
                        worker_hung: false,
                        worker_died: false,
                        wall: start.elapsed(),
                    });
                }
                Err(ReadError::Timeout) => {
                    w.kill_now = true;
                    self.proc = None; // killed on drop, with its children
                    let mut r = protocol::RunResult::empty();
                    r.status = protocol::status::SIGNALED;
                    r.signal = 9;
                    return Ok(RawRun {
                        result: r,
                        stdout: vec![],
                        stderr: vec![],
                        record: vec![],
                        worker_hung: true,
                        worker_died: false,
                        wall: start.elapsed(),
                    });
                }
                Err(ReadError::Closed(why)) => {
                    w.kill_now = true;
                    self.proc = None;
                    let mut r = protocol::RunResult::empty();
                    r.status = protocol::status::SERVER_ERROR;
                    protocol::RunResult::set_str(
                        &mut r.setup_error,
                        &format!("worker died: {why}"),
                    );
                    return Ok(RawRun {
                        result: r,
                        stdout: vec![],
                        stderr: vec![],
                        record: vec![],
                        worker_hung: false,
                        worker_died: true,
                        wall: start.elapsed(),
                    });
                }
            }
        }
        bail!("the {} worker could not be restarted", self.install.id)
    }
}

fn spawn(install: &Install, fork_per_run: bool) -> Result<(Worker, Hello)> {
    let mut cmd = Command::new(&install.worker);
    if fork_per_run {
        cmd.env("GCSTRESS_RUNNER", "0");
    }
    cmd.arg("--server")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .env(
            "ASAN_OPTIONS",
            "abort_on_error=1:detect_leaks=0:allocator_may_return_null=1:handle_segv=1",
        )
        .process_group(0);
    let mut child = cmd.spawn().with_context(|| {
        format!(
            "cannot start the {} worker ({})",
            install.id,
            install.worker.display()
        )
    })?;
    let stdin = child.stdin.take().context("worker has no stdin")?;
    let mut stdout = child.stdout.take().context("worker has no stdout")?;
    let mut buf = vec![0u8; std::mem::size_of::<Hello>()];
    let deadline = Instant::now() + Duration::from_secs(60);
    if let Err(e) = read_exact_deadline(&mut stdout, &mut buf, deadline) {
        kill_group(&child);
        let _ = child.wait();
        bail!(
            "the {} worker did not start ({}): {e:?}",
            install.id,
            install.worker.display()
        );
    }
    let hello = protocol::decode_hello(&buf).context("bad hello from worker")?;
    if hello.magic != protocol::HELLO_MAGIC
        || hello.version != protocol::PROTO_VERSION
        || hello.request_size as usize != std::mem::size_of::<protocol::Request>()
        || hello.result_size as usize != std::mem::size_of::<protocol::RunResult>()
    {
        kill_group(&child);
        let _ = child.wait();
        bail!(
            "the {} worker speaks another protocol (version {}, sizes {}/{}); rebuild it with `gcstress vm fetch {}`",
            install.id,
            hello.version,
            hello.request_size,
            hello.result_size,
            install.id
        );
    }
    Ok((
        Worker {
            child,
            stdin: Some(stdin),
            stdout,
            kill_now: false,
        },
        hello,
    ))
}

#[derive(Debug)]
enum ReadError {
    Timeout,
    Closed(String),
}

fn read_exact_deadline(
    r: &mut ChildStdout,
    buf: &mut [u8],
    deadline: Instant,
) -> Result<(), ReadError> {
    use std::io::Read;
    let mut off = 0;
    while off < buf.len() {
        let now = Instant::now();
        if now >= deadline {
            return Err(ReadError::Timeout);
        }
        let left = deadline - now;
        let ts = rustix::time::Timespec {
            tv_sec: left.as_secs() as i64,
            tv_nsec: i64::from(left.subsec_nanos()),
        };
        let fd = r.as_fd();
        let mut fds = [rustix::event::PollFd::new(
            &fd,
            rustix::event::PollFlags::IN,
        )];
        match rustix::event::poll(&mut fds, Some(&ts)) {
            Ok(0) => return Err(ReadError::Timeout),
            Ok(_) => {}
            Err(rustix::io::Errno::INTR) => continue,
            Err(e) => return Err(ReadError::Closed(format!("poll: {e}"))),
        }
        match r.read(&mut buf[off..]) {
            Ok(0) => return Err(ReadError::Closed("end of stream".into())),
            Ok(n) => off += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(ReadError::Closed(e.to_string())),
        }
    }
    Ok(())
}

type Response = (Box<protocol::RunResult>, Vec<u8>, Vec<u8>, Vec<u8>);

fn read_response(r: &mut ChildStdout, deadline: Instant) -> Result<Response, ReadError> {
    let mut buf = vec![0u8; std::mem::size_of::<protocol::RunResult>()];
    read_exact_deadline(r, &mut buf, deadline)?;
    let res = protocol::decode_result(&buf)
        .ok_or_else(|| ReadError::Closed("malformed result".into()))?;
    // the output follows right away; give it a little extra time
    let deadline = deadline.max(Instant::now() + Duration::from_secs(5));
    let mut out = vec![0u8; res.stdout_len as usize];
    read_exact_deadline(r, &mut out, deadline)?;
    let mut err = vec![0u8; res.stderr_len as usize];
    read_exact_deadline(r, &mut err, deadline)?;
    // a recorded run's event log follows (up to the area's size: 160 MiB)
    let deadline = deadline.max(Instant::now() + Duration::from_secs(30));
    let mut rec = vec![0u8; res.c.record_bytes as usize];
    read_exact_deadline(r, &mut rec, deadline)?;
    Ok((res, out, err, rec))
}
