//! `cargo xtask bench [--vs CMD] [--runs N] [--taipan-args ARGS] [--size N] [filter]`:
//! builds taipan in release mode, times every `benchmarks/*.py` under taipan and under a
//! reference interpreter (python3 by default) with the runs interleaved, checks that both
//! print the same thing, prints median wall and CPU times with the speedup (reference time
//! / taipan time) and their geometric mean, and appends the table to `benchmarks/RESULTS.md`.

use crate::proc;
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

struct Options {
    vs: String,
    runs: usize,
    taipan_args: Vec<String>,
    size: Option<String>,
    filter: Option<String>,
    build: bool,
    record: bool,
    taipan: Option<PathBuf>,
}

fn parse(args: &[String]) -> Result<Options, String> {
    let mut o = Options {
        vs: "python3".to_string(),
        runs: 5,
        taipan_args: Vec::new(),
        size: None,
        filter: None,
        build: true,
        record: true,
        taipan: None,
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = |name: &str| it.next().cloned().ok_or(format!("{name} needs a value"));
        match a.as_str() {
            "--vs" => o.vs = value("--vs")?,
            "--runs" => {
                o.runs = value("--runs")?
                    .parse()
                    .map_err(|_| "--runs needs a positive number".to_string())?;
                if o.runs == 0 {
                    return Err("--runs needs a positive number".to_string());
                }
            }
            "--taipan-args" => {
                let v = value("--taipan-args")?;
                o.taipan_args.extend(v.split_whitespace().map(String::from));
            }
            "--size" => o.size = Some(value("--size")?),
            "--taipan" => o.taipan = Some(PathBuf::from(value("--taipan")?)),
            "--no-build" => o.build = false,
            "--no-record" => o.record = false,
            f if !f.starts_with("--") && o.filter.is_none() => o.filter = Some(f.to_string()),
            other => return Err(format!("bench: unexpected argument {other}")),
        }
    }
    Ok(o)
}

/// Per-program result: medians of wall and CPU time for taipan and the reference.
struct Row {
    name: String,
    taipan_wall: Option<Duration>,
    taipan_cpu: Option<Duration>,
    ref_wall: Option<Duration>,
    ref_cpu: Option<Duration>,
    /// Largest peak RSS of taipan over the runs, in MiB.
    taipan_rss_mib: u64,
    note: String,
}

impl Row {
    fn speedup(&self) -> Option<f64> {
        if !self.note.is_empty() {
            return None;
        }
        let t = self.taipan_wall?.as_secs_f64();
        let r = self.ref_wall?.as_secs_f64();
        (t > 0.0).then_some(r / t)
    }
}

pub fn run(args: &[String]) -> Result<(), String> {
    let mut opts = parse(args)?;
    opts.vs = resolve_interpreter(&opts.vs);
    let root = crate::workspace_root();
    let taipan = match &opts.taipan {
        Some(p) => p.clone(),
        None => build_taipan(&root, opts.build)?,
    };
    let bench_dir = root.join("benchmarks");
    let mut programs: Vec<PathBuf> = std::fs::read_dir(&bench_dir)
        .map_err(|e| format!("reading {}: {e}", bench_dir.display()))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            name.ends_with(".py")
                && !name.starts_with('_')
                && opts.filter.as_deref().is_none_or(|f| name.contains(f))
        })
        .collect();
    programs.sort();
    if programs.is_empty() {
        return Err("bench: no benchmark matches".to_string());
    }

    let total = programs.len() * opts.runs * 2;
    let mut done = 0;
    let mut rows = Vec::new();
    for prog in &programs {
        let name = prog
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let mut t_runs = Vec::new();
        let mut rss = 0u64;
        let mut r_runs = Vec::new();
        let mut note = String::new();
        let mut t_out: Option<Vec<u8>> = None;
        let mut r_out: Option<Vec<u8>> = None;
        for _ in 0..opts.runs {
            for is_taipan in [true, false] {
                progress(done, total, &name);
                let mut cmd = if is_taipan {
                    let mut c = Command::new(&taipan);
                    c.args(&opts.taipan_args);
                    c
                } else {
                    let mut parts = opts.vs.split_whitespace();
                    let mut c = Command::new(parts.next().unwrap_or("python3"));
                    c.args(parts);
                    c
                };
                cmd.arg(prog).current_dir(&bench_dir);
                if let Some(size) = &opts.size {
                    cmd.arg(size);
                }
                let res = proc::run(&mut cmd, None, Some(Duration::from_secs(600)));
                done += 1;
                let who = if is_taipan {
                    "taipan"
                } else {
                    opts.vs.as_str()
                };
                let out = match res {
                    Ok(o) => o,
                    Err(e) => {
                        note = format!("{who}: cannot run: {e}");
                        continue;
                    }
                };
                if out.code != Some(0) {
                    if note.is_empty() {
                        let last = String::from_utf8_lossy(&out.stderr)
                            .lines()
                            .rev()
                            .find(|l| !l.trim().is_empty())
                            .unwrap_or("")
                            .trim()
                            .to_string();
                        note = format!("{who} failed ({}): {last}", out.describe_end());
                    }
                    continue;
                }
                let slot = if is_taipan { &mut t_out } else { &mut r_out };
                match slot {
                    Some(prev) if *prev != out.stdout => {
                        note = format!("{who}: output differs between runs");
                    }
                    Some(_) => {}
                    None => *slot = Some(out.stdout.clone()),
                }
                if is_taipan {
                    rss = rss.max(out.maxrss_kib / 1024);
                    t_runs.push((out.wall, out.cpu));
                } else {
                    r_runs.push((out.wall, out.cpu));
                }
            }
        }
        if note.is_empty() {
            if let (Some(t), Some(r)) = (&t_out, &r_out) {
                if t != r {
                    note = format!("OUTPUT MISMATCH: {}", first_difference(r, t));
                }
            }
        }
        rows.push(Row {
            name,
            taipan_wall: median(t_runs.iter().map(|r| r.0).collect()),
            taipan_cpu: median(t_runs.iter().map(|r| r.1).collect()),
            ref_wall: median(r_runs.iter().map(|r| r.0).collect()),
            ref_cpu: median(r_runs.iter().map(|r| r.1).collect()),
            taipan_rss_mib: rss,
            note,
        });
    }
    progress(total, total, "done");
    eprintln!();

    let table = render(&rows, &opts);
    print!("{table}");
    if opts.record {
        record(&root, &table, &opts)?;
    }
    Ok(())
}

/// Resolves a one-word reference command such as `python3` to the interpreter binary it runs
/// (`sys.executable`), so that launcher shims (pyenv's is a shell script) are not timed.
pub fn resolve_interpreter(cmd: &str) -> String {
    if cmd.split_whitespace().count() != 1 {
        return cmd.to_string();
    }
    let out = Command::new(cmd)
        .args(["-c", "import sys; print(sys.executable)"])
        .output();
    match out {
        Ok(o) if o.status.success() => {
            let exe = String::from_utf8_lossy(&o.stdout).trim().to_string();
            if !exe.is_empty() && Path::new(&exe).exists() {
                exe
            } else {
                cmd.to_string()
            }
        }
        _ => cmd.to_string(),
    }
}

fn build_taipan(root: &Path, build: bool) -> Result<PathBuf, String> {
    if build {
        eprintln!("bench: cargo build --release -p taipan-cli");
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
        let st = Command::new(cargo)
            .args(["build", "--release", "-p", "taipan-cli"])
            .current_dir(root)
            .status()
            .map_err(|e| format!("running cargo: {e}"))?;
        if !st.success() {
            return Err("release build of taipan failed".to_string());
        }
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .map(|p| if p.is_absolute() { p } else { root.join(p) })
        .unwrap_or_else(|| root.join("target"));
    let exe = target
        .join("release")
        .join(format!("taipan{}", std::env::consts::EXE_SUFFIX));
    if exe.exists() {
        Ok(exe)
    } else {
        Err(format!("{} does not exist", exe.display()))
    }
}

fn progress(done: usize, total: usize, what: &str) {
    const WIDTH: usize = 30;
    let filled = (done * WIDTH).checked_div(total).unwrap_or(WIDTH);
    let bar: String = "#".repeat(filled) + &".".repeat(WIDTH - filled);
    let mut err = std::io::stderr();
    let _ = write!(err, "\r[{bar}] {done:>3}/{total} {what:<28}");
    let _ = err.flush();
}

fn median(mut v: Vec<Duration>) -> Option<Duration> {
    if v.is_empty() {
        return None;
    }
    v.sort();
    let n = v.len();
    Some(if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2
    })
}

fn first_difference(expected: &[u8], actual: &[u8]) -> String {
    let e = String::from_utf8_lossy(expected);
    let a = String::from_utf8_lossy(actual);
    let mut el = e.lines();
    let mut al = a.lines();
    let mut n = 1;
    loop {
        match (el.next(), al.next()) {
            (Some(x), Some(y)) if x == y => n += 1,
            (x, y) => {
                return format!(
                    "line {n}: expected {:?}, got {:?}",
                    x.unwrap_or("<end>"),
                    y.unwrap_or("<end>")
                )
            }
        }
    }
}

fn secs(d: Option<Duration>) -> String {
    d.map(|d| format!("{:.3}", d.as_secs_f64()))
        .unwrap_or_else(|| "-".to_string())
}

fn render(rows: &[Row], opts: &Options) -> String {
    let vs = Path::new(&opts.vs)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| opts.vs.clone());
    let mut s = String::new();
    let _ = writeln!(
        s,
        "| benchmark | taipan wall s | taipan cpu s | taipan MiB | {vs} wall s | {vs} cpu s | speedup | note |"
    );
    let _ = writeln!(s, "|---|---:|---:|---:|---:|---:|---:|---|");
    let mut logs = Vec::new();
    for r in rows {
        let sp = r.speedup();
        if let Some(x) = sp {
            logs.push(x.ln());
        }
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} | {} | {} | {} | {} |",
            r.name,
            secs(r.taipan_wall),
            secs(r.taipan_cpu),
            r.taipan_rss_mib,
            secs(r.ref_wall),
            secs(r.ref_cpu),
            sp.map(|x| format!("{x:.2}x"))
                .unwrap_or_else(|| "-".to_string()),
            r.note.replace('|', "/"),
        );
    }
    if logs.is_empty() {
        let _ = writeln!(
            s,
            "\ngeomean speedup: - (no benchmark ran correctly under both)"
        );
    } else {
        let g = (logs.iter().sum::<f64>() / logs.len() as f64).exp();
        let _ = writeln!(
            s,
            "\ngeomean speedup: {g:.2}x over {} of {} benchmarks",
            logs.len(),
            rows.len()
        );
    }
    s
}

fn capture(cmd: &str, args: &[&str], dir: &Path) -> String {
    Command::new(cmd)
        .args(args)
        .current_dir(dir)
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_else(|| "unknown".to_string())
}

fn record(root: &Path, table: &str, opts: &Options) -> Result<(), String> {
    let date = capture("date", &["-u", "+%Y-%m-%d %H:%M UTC"], root);
    let arch = capture("uname", &["-m"], root);
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|t| {
            t.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split_once(':'))
                .map(|(_, v)| v.trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".to_string());
    let commit = capture("git", &["rev-parse", "--short", "HEAD"], root);
    let dirty = !capture(
        "git",
        &["status", "--porcelain", "--untracked-files=no"],
        root,
    )
    .is_empty();
    let path = root.join("benchmarks").join("RESULTS.md");
    let mut text = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        "# Benchmark results\n\nAppended by `cargo xtask bench`; times are medians, speedup is \
         reference wall time / taipan wall time.\n"
            .to_string()
    });
    let _ = write!(
        text,
        "\n## {date}, {arch}, {cpu}, commit {commit}{}\n\nruns: {}, vs: `{}`, taipan args: `{}`{}\n\n{table}",
        if dirty { " (dirty)" } else { "" },
        opts.runs,
        opts.vs,
        opts.taipan_args.join(" "),
        opts.size.as_ref().map(|s| format!(", size: {s}")).unwrap_or_default(),
    );
    std::fs::write(&path, text).map_err(|e| format!("writing {}: {e}", path.display()))?;
    eprintln!("bench: appended to {}", path.display());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_of_odd_and_even_counts() {
        let ms = |v: &[u64]| {
            v.iter()
                .map(|&x| Duration::from_millis(x))
                .collect::<Vec<_>>()
        };
        assert_eq!(median(ms(&[5, 1, 3])), Some(Duration::from_millis(3)));
        assert_eq!(median(ms(&[4, 1, 3, 2])), Some(Duration::from_micros(2500)));
        assert_eq!(median(Vec::new()), None);
    }

    #[test]
    fn first_difference_names_the_line() {
        assert_eq!(
            first_difference(b"a\nb\nc\n", b"a\nx\nc\n"),
            "line 2: expected \"b\", got \"x\""
        );
        assert_eq!(
            first_difference(b"a\n", b"a\nmore\n"),
            "line 2: expected \"<end>\", got \"more\""
        );
    }

    #[test]
    fn options_parse_and_reject_bad_input() {
        let args: Vec<String> = [
            "--runs",
            "3",
            "--taipan-args",
            "-X jit=0",
            "--vs",
            "pypy3",
            "fib",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let o = parse(&args).expect("parses");
        assert_eq!(o.runs, 3);
        assert_eq!(o.taipan_args, vec!["-X", "jit=0"]);
        assert_eq!(o.vs, "pypy3");
        assert_eq!(o.filter.as_deref(), Some("fib"));
        assert!(parse(&["--runs".to_string(), "0".to_string()]).is_err());
        assert!(parse(&["--bogus".to_string()]).is_err());
    }

    #[test]
    fn speedup_is_reference_over_taipan_and_absent_on_problems() {
        let row = |note: &str| Row {
            name: "x.py".to_string(),
            taipan_wall: Some(Duration::from_millis(500)),
            taipan_cpu: None,
            ref_wall: Some(Duration::from_secs(2)),
            ref_cpu: None,
            taipan_rss_mib: 0,
            note: note.to_string(),
        };
        assert_eq!(row("").speedup(), Some(4.0));
        assert_eq!(row("OUTPUT MISMATCH").speedup(), None);
    }
}
