//! Running a child process to completion with a timeout while measuring it: wall time,
//! CPU time (user + system) and peak resident set size, taken from `wait4`'s `rusage`
//! of that one child. Shared by `cargo xtask` and the conformance runner (which includes
//! this file with `#[path]`), so it depends on std only.

use std::io::{self, Read};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// What a finished (or killed) child did.
#[derive(Debug, Clone)]
pub struct Outcome {
    /// Exit status when the child exited normally.
    pub code: Option<i32>,
    /// Terminating signal when it did not.
    pub signal: Option<i32>,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub wall: Duration,
    /// User plus system CPU time of the child (zero where unmeasured).
    pub cpu: Duration,
    /// Peak resident set size in KiB (zero where unmeasured).
    pub maxrss_kib: u64,
    /// The child was killed because it ran past the timeout.
    pub timed_out: bool,
}

impl Outcome {
    /// A short description of how the process ended: `exit 0`, `signal 11`, `timeout`.
    pub fn describe_end(&self) -> String {
        if self.timed_out {
            "timeout".to_string()
        } else if let Some(c) = self.code {
            format!("exit {c}")
        } else if let Some(s) = self.signal {
            format!("signal {s}")
        } else {
            "unknown end".to_string()
        }
    }
}

/// Runs `cmd` with stdout and stderr captured and stdin read from `stdin` (or empty),
/// killing it after `timeout` if one is given.
pub fn run(
    cmd: &mut Command,
    stdin: Option<&Path>,
    timeout: Option<Duration>,
) -> io::Result<Outcome> {
    match stdin {
        Some(path) => cmd.stdin(Stdio::from(std::fs::File::open(path)?)),
        None => cmd.stdin(Stdio::null()),
    };
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    let start = Instant::now();
    let mut child = cmd.spawn()?;
    let out_reader = reader(child.stdout.take());
    let err_reader = reader(child.stderr.take());
    let (status, cpu, maxrss_kib, timed_out) = wait(&mut child, start, timeout)?;
    let wall = start.elapsed();
    let stdout = out_reader.join().unwrap_or_default();
    let stderr = err_reader.join().unwrap_or_default();
    Ok(Outcome {
        code: status.0,
        signal: status.1,
        stdout,
        stderr,
        wall,
        cpu,
        maxrss_kib,
        timed_out,
    })
}

fn reader<R: Read + Send + 'static>(pipe: Option<R>) -> std::thread::JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(mut p) = pipe {
            let _ = p.read_to_end(&mut buf);
        }
        buf
    })
}

type Waited = ((Option<i32>, Option<i32>), Duration, u64, bool);

#[cfg(target_os = "linux")]
fn wait(child: &mut Child, start: Instant, timeout: Option<Duration>) -> io::Result<Waited> {
    use std::os::raw::{c_int, c_long};

    #[repr(C)]
    #[derive(Default, Clone, Copy)]
    struct Timeval {
        sec: c_long,
        usec: c_long,
    }
    #[repr(C)]
    #[derive(Default, Clone, Copy)]
    struct Rusage {
        utime: Timeval,
        stime: Timeval,
        maxrss: c_long,
        rest: [c_long; 13],
    }
    extern "C" {
        fn wait4(pid: c_int, status: *mut c_int, options: c_int, rusage: *mut Rusage) -> c_int;
    }
    const WNOHANG: c_int = 1;

    let pid = child.id() as c_int;
    let mut timed_out = false;
    let mut nap = Duration::from_micros(200);
    loop {
        let blocking = timeout.is_none() || timed_out;
        let mut status: c_int = 0;
        let mut ru = Rusage::default();
        // SAFETY: `pid` is our own unreaped child (std never waits on it because we never call
        // `Child::wait`), and both out-pointers point to live, properly laid out locals.
        let r = unsafe {
            wait4(
                pid,
                &mut status,
                if blocking { 0 } else { WNOHANG },
                &mut ru,
            )
        };
        if r == pid {
            let tv = |t: Timeval| {
                Duration::from_secs(t.sec.max(0) as u64)
                    + Duration::from_micros(t.usec.max(0) as u64)
            };
            let cpu = tv(ru.utime) + tv(ru.stime);
            let end = if status & 0x7f == 0 {
                (Some((status >> 8) & 0xff), None)
            } else {
                (None, Some(status & 0x7f))
            };
            return Ok((end, cpu, ru.maxrss.max(0) as u64, timed_out));
        }
        if r == -1 {
            let e = io::Error::last_os_error();
            if e.kind() == io::ErrorKind::Interrupted {
                continue;
            }
            return Err(e);
        }
        // Still running (only reachable when polling).
        if let Some(limit) = timeout {
            if start.elapsed() >= limit {
                timed_out = true;
                child.kill()?;
                continue;
            }
        }
        std::thread::sleep(nap);
        nap = (nap * 2).min(Duration::from_millis(5));
    }
}

#[cfg(not(target_os = "linux"))]
fn wait(child: &mut Child, start: Instant, timeout: Option<Duration>) -> io::Result<Waited> {
    let mut timed_out = false;
    loop {
        if let Some(st) = child.try_wait()? {
            #[cfg(unix)]
            let sig = std::os::unix::process::ExitStatusExt::signal(&st);
            #[cfg(not(unix))]
            let sig = None;
            return Ok(((st.code(), sig), Duration::ZERO, 0, timed_out));
        }
        if let Some(limit) = timeout {
            if start.elapsed() >= limit && !timed_out {
                timed_out = true;
                child.kill()?;
            }
        }
        std::thread::sleep(Duration::from_millis(2));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn captures_output_status_and_stdin() {
        let dir = std::env::temp_dir().join(format!("taipan-proc-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("mkdir");
        let input = dir.join("in.txt");
        std::fs::write(&input, "from stdin\n").expect("write");
        let mut cmd = Command::new("sh");
        cmd.args(["-c", "cat; echo oops >&2; exit 3"]);
        let out = run(&mut cmd, Some(&input), Some(Duration::from_secs(20))).expect("runs");
        assert_eq!(out.stdout, b"from stdin\n");
        assert_eq!(out.stderr, b"oops\n");
        assert_eq!(out.code, Some(3));
        assert!(!out.timed_out);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn kills_on_timeout() {
        let mut cmd = Command::new("sleep");
        cmd.arg("30");
        let out = run(&mut cmd, None, Some(Duration::from_millis(200))).expect("runs");
        assert!(out.timed_out);
        assert_eq!(out.code, None);
        assert!(out.wall < Duration::from_secs(10));
    }
}
