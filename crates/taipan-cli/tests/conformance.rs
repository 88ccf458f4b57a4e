//! Conformance runner: runs every case of `tests/conformance` through the `taipan` binary in
//! each execution mode (tier 1 only, uop interpreter, JIT) and compares stdout exactly, the
//! last line of stderr and the exit status with what `cargo xtask bless` recorded from
//! CPython. Cases in the `gc` area must also keep their peak RSS under a bound.
//!
//! Known failures live in `tests/conformance/xfail.txt` (`<case> <mode|*> <reason>`); a
//! listed case that passes fails the run, so the list stays honest. The last line printed
//! is `conformance: N passed, M failed, K xfail`.
//!
//! Environment:
//! - `TAIPAN_CONFORMANCE_FILTER=substr`: run only cases whose path contains `substr`
//!   (a positional argument works too: `cargo test -p taipan-cli --test conformance -- str/`).
//! - `TAIPAN_CONFORMANCE_MODES=tier1,jit`: run only these modes.
//! - `TAIPAN_CONFORMANCE_JOBS=N`: parallel runs (default 2).
//! - `TAIPAN_CONFORMANCE_BIN=path`: run another binary (e.g. `python3`, to check the corpus).
//! - `TAIPAN_CONFORMANCE_UPDATE_XFAIL=1`: rewrite `xfail.txt` to list exactly the current
//!   failures (keeping the reasons of entries that still fail). Review the diff!

// Shared with xtask; their unit tests run there (this harness-less binary drops `#[test]`s).
#[path = "../../../xtask/src/corpus.rs"]
#[allow(dead_code, unused_imports)]
mod corpus;
#[path = "../../../xtask/src/proc.rs"]
#[allow(dead_code, unused_imports)]
mod proc;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The execution modes every case runs in: name and the taipan options selecting it.
const MODES: &[(&str, &[&str])] = &[
    ("tier1", &["-X", "jit=0"]),
    ("uops", &["-X", "jit=uops", "-X", "jit-threshold=2"]),
    ("jit", &["-X", "jit=1", "-X", "jit-threshold=2"]),
    // Every side exit of every trace is taken once (deopt must be exact).
    (
        "deopt",
        &[
            "-X",
            "jit=1",
            "-X",
            "jit-threshold=2",
            "-X",
            "jit-force-exits",
        ],
    ),
];

const TIMEOUT: Duration = Duration::from_secs(20);
const GC_TIMEOUT: Duration = Duration::from_secs(90);
/// Peak resident set size allowed to a `gc/` case, in KiB.
const GC_RSS_LIMIT_KIB: u64 = 200 * 1024;

const XFAIL_HEADER: &str = "\
# Known conformance failures: `<case path relative to tests/conformance> <mode|*> <reason>`.
# Modes: tier1, uops, jit, deopt; `*` means every mode. The runner fails when a listed case passes,
# so remove lines as things get fixed. Regenerate with TAIPAN_CONFORMANCE_UPDATE_XFAIL=1.
";

#[derive(Debug)]
enum Verdict {
    Pass,
    Fail {
        /// The first problem, short enough for an xfail reason.
        short: String,
        summary: String,
        details: String,
    },
}

struct XfailEntry {
    case: String,
    mode: String,
    reason: String,
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "--list") {
        println!("conformance: test");
        return;
    }
    // libtest-style arguments that cargo may pass through; those taking a value hide it.
    const WITH_VALUE: &[&str] = &[
        "--test-threads",
        "--skip",
        "--format",
        "--color",
        "--logfile",
        "-Z",
    ];
    let mut positional: Vec<&String> = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if WITH_VALUE.contains(&a.as_str()) {
            it.next();
        } else if !a.starts_with('-') {
            positional.push(a);
        }
    }
    let filter = std::env::var("TAIPAN_CONFORMANCE_FILTER")
        .ok()
        .filter(|f| !f.is_empty())
        .or_else(|| positional.first().map(|s| s.to_string()));

    let workspace = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let workspace = workspace.canonicalize().unwrap_or(workspace);
    let dir = corpus::corpus_dir(&workspace);
    let bin = std::env::var("TAIPAN_CONFORMANCE_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from(env!("CARGO_BIN_EXE_taipan")));
    let jobs: usize = std::env::var("TAIPAN_CONFORMANCE_JOBS")
        .ok()
        .and_then(|j| j.parse().ok())
        .filter(|&j| j > 0)
        .unwrap_or(2);
    let modes: Vec<(&str, &[&str])> = match std::env::var("TAIPAN_CONFORMANCE_MODES") {
        Ok(list) if !list.is_empty() => {
            let wanted: Vec<&str> = list.split(',').map(str::trim).collect();
            for w in &wanted {
                if !MODES.iter().any(|(m, _)| m == w) {
                    eprintln!("conformance: unknown mode {w:?} in TAIPAN_CONFORMANCE_MODES");
                    std::process::exit(2);
                }
            }
            MODES
                .iter()
                .copied()
                .filter(|(m, _)| wanted.contains(m))
                .collect()
        }
        _ => MODES.to_vec(),
    };

    let all_cases = match corpus::cases(&dir) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("conformance: cannot read {}: {e}", dir.display());
            std::process::exit(2);
        }
    };
    let mut setup_errors = Vec::new();
    let xfail_path = dir.join("xfail.txt");
    let xfail = read_xfail(&xfail_path, &all_cases, &mut setup_errors);

    let cases: Vec<&String> = all_cases
        .iter()
        .filter(|c| filter.as_deref().is_none_or(|f| c.contains(f)))
        .collect();
    // Every case must have been blessed, and not edited since.
    let digests = corpus::read_digests(&dir);
    let mut runnable = Vec::new();
    for case in &cases {
        if !corpus::sibling(&dir, case, "out").exists() {
            setup_errors.push(format!(
                "{case}: no expected output; run `cargo xtask bless {case}`"
            ));
            continue;
        }
        let now = corpus::case_digest(&dir, case).unwrap_or_default();
        if digests.get(case.as_str()) != Some(&now) {
            setup_errors.push(format!(
                "{case}: edited since its expected output was recorded; \
                 run `cargo xtask bless {case}`"
            ));
        }
        runnable.push(case.as_str());
    }

    let mut stale = Vec::new();
    corpus::find_stale(&dir, &dir, &all_cases, &mut stale);
    for s in stale {
        setup_errors.push(format!(
            "{s}: expected-output file without a case; delete it"
        ));
    }

    let work: Vec<(&str, &str, &[&str])> = runnable
        .iter()
        .flat_map(|c| modes.iter().map(move |(m, a)| (*c, *m, *a)))
        .collect();
    eprintln!(
        "conformance: {} cases x {} modes on {jobs} threads with {}",
        runnable.len(),
        modes.len(),
        bin.display()
    );
    let started = Instant::now();
    let results: Mutex<Vec<(String, String, Verdict)>> = Mutex::new(Vec::new());
    let gc_rss: Mutex<Vec<(u64, String, String)>> = Mutex::new(Vec::new());
    let times: Mutex<Vec<(Duration, String, String)>> = Mutex::new(Vec::new());
    let next = AtomicUsize::new(0);
    std::thread::scope(|s| {
        for _ in 0..jobs {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(&(case, mode, margs)) = work.get(i) else {
                    break;
                };
                let (v, rss, wall) = run_case(&bin, &dir, case, margs);
                times.lock().unwrap_or_else(|e| e.into_inner()).push((
                    wall,
                    case.to_string(),
                    mode.to_string(),
                ));
                if corpus::is_gc_case(case) {
                    gc_rss.lock().unwrap_or_else(|e| e.into_inner()).push((
                        rss,
                        case.to_string(),
                        mode.to_string(),
                    ));
                }
                results.lock().unwrap_or_else(|e| e.into_inner()).push((
                    case.to_string(),
                    mode.to_string(),
                    v,
                ));
            });
        }
    });
    let mut results = results.into_inner().unwrap_or_else(|e| e.into_inner());
    results.sort_by(|a, b| (&a.0, mode_index(&a.1)).cmp(&(&b.0, mode_index(&b.1))));

    let is_xfail = |case: &str, mode: &str| {
        xfail
            .iter()
            .any(|e| e.case == case && (e.mode == "*" || e.mode == mode))
    };
    let (mut passed, mut failed, mut xfailed) = (0usize, 0usize, 0usize);
    let mut report = String::new();
    let mut per_mode: BTreeMap<usize, (usize, usize)> = BTreeMap::new();
    for (case, mode, verdict) in &results {
        let listed = is_xfail(case, mode);
        let tally = per_mode.entry(mode_index(mode)).or_default();
        match (verdict, listed) {
            (Verdict::Pass, false) => {
                passed += 1;
                tally.0 += 1;
            }
            (Verdict::Pass, true) => {
                failed += 1;
                tally.1 += 1;
                let _ = writeln!(
                    report,
                    "XPASS {case} [{mode}]: passes but is listed in tests/conformance/xfail.txt; remove the entry\n"
                );
            }
            (Verdict::Fail { .. }, true) => {
                xfailed += 1;
                tally.1 += 1;
            }
            (
                Verdict::Fail {
                    summary, details, ..
                },
                false,
            ) => {
                failed += 1;
                tally.1 += 1;
                let _ = writeln!(report, "FAIL {case} [{mode}]: {summary}\n{details}");
            }
        }
    }
    for e in &setup_errors {
        failed += 1;
        let _ = writeln!(report, "ERROR {e}\n");
    }

    if std::env::var("TAIPAN_CONFORMANCE_UPDATE_XFAIL").is_ok_and(|v| v == "1") {
        match write_xfail(&xfail_path, &xfail, &results, &cases, &modes) {
            Ok(n) => eprintln!("conformance: wrote {} ({n} entries)", xfail_path.display()),
            Err(e) => eprintln!("conformance: cannot write {}: {e}", xfail_path.display()),
        }
    }

    print!("{report}");
    let mut gc_rss = gc_rss.into_inner().unwrap_or_else(|e| e.into_inner());
    gc_rss.sort();
    if let Some((rss, case, mode)) = gc_rss.last() {
        println!(
            "  gc cases: largest peak RSS {} MiB ({case} [{mode}]), bound {} MiB",
            rss / 1024,
            GC_RSS_LIMIT_KIB / 1024
        );
    }
    let mut times = times.into_inner().unwrap_or_else(|e| e.into_inner());
    times.sort_by_key(|t| std::cmp::Reverse(t.0));
    let slowest: Vec<String> = times
        .iter()
        .take(5)
        .map(|(d, c, m)| format!("{c} [{m}] {:.1} s", d.as_secs_f64()))
        .collect();
    if !slowest.is_empty() {
        println!("  slowest: {}", slowest.join(", "));
    }
    for (i, (p, f)) in &per_mode {
        println!("  {:<6} {p} passed, {f} not passing", MODES[*i].0);
    }
    println!("  ({:.1} s)", started.elapsed().as_secs_f64());
    println!("conformance: {passed} passed, {failed} failed, {xfailed} xfail");
    if failed > 0 {
        std::process::exit(1);
    }
}

fn mode_index(mode: &str) -> usize {
    MODES
        .iter()
        .position(|(m, _)| *m == mode)
        .unwrap_or(usize::MAX)
}

fn read_xfail(path: &Path, cases: &[String], errors: &mut Vec<String>) -> Vec<XfailEntry> {
    let Ok(text) = std::fs::read_to_string(path) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut parts = line.splitn(3, char::is_whitespace);
        let case = parts.next().unwrap_or("").to_string();
        let mode = parts.next().unwrap_or("").trim().to_string();
        let reason = parts.next().unwrap_or("").trim().to_string();
        if !cases.contains(&case) {
            errors.push(format!(
                "xfail.txt:{}: no case {case:?} (stale entry?)",
                n + 1
            ));
            continue;
        }
        if mode != "*" && mode_index(&mode) == usize::MAX {
            errors.push(format!("xfail.txt:{}: unknown mode {mode:?}", n + 1));
            continue;
        }
        if reason.is_empty() {
            errors.push(format!("xfail.txt:{}: entry without a reason", n + 1));
        }
        out.push(XfailEntry { case, mode, reason });
    }
    out
}

/// Rewrites the xfail list so it holds exactly the current failures among the runs made,
/// keeping entries for cases and modes that were not run.
fn write_xfail(
    path: &Path,
    old: &[XfailEntry],
    results: &[(String, String, Verdict)],
    ran_cases: &[&String],
    modes: &[(&str, &[&str])],
) -> std::io::Result<usize> {
    let ran = |case: &str, mode: &str| {
        ran_cases.iter().any(|c| c.as_str() == case) && modes.iter().any(|(m, _)| *m == mode)
    };
    // (case, mode) -> reason
    let mut entries: BTreeMap<(String, usize), String> = BTreeMap::new();
    for e in old {
        let ms: Vec<&str> = if e.mode == "*" {
            MODES.iter().map(|(m, _)| *m).collect()
        } else {
            vec![e.mode.as_str()]
        };
        for m in ms {
            if !ran(&e.case, m) {
                entries.insert((e.case.clone(), mode_index(m)), e.reason.clone());
            }
        }
    }
    for (case, mode, v) in results {
        if let Verdict::Fail { short, .. } = v {
            let old_reason = old
                .iter()
                .find(|e| &e.case == case && (e.mode == "*" || &e.mode == mode))
                .map(|e| e.reason.clone());
            entries.insert(
                (case.clone(), mode_index(mode)),
                old_reason.unwrap_or_else(|| short.clone()),
            );
        }
    }
    // Collapse a case failing in every mode with one reason into a `*` line.
    let mut text = XFAIL_HEADER.to_string();
    let cases: BTreeSet<&String> = entries.keys().map(|k| &k.0).collect();
    let mut count = 0;
    for case in cases {
        let rows: Vec<(&usize, &String)> = entries
            .iter()
            .filter(|(k, _)| &k.0 == case)
            .map(|(k, r)| (&k.1, r))
            .collect();
        let same = rows.iter().all(|(_, r)| *r == rows[0].1);
        if rows.len() == MODES.len() && same {
            let _ = writeln!(text, "{case} * {}", rows[0].1);
            count += 1;
        } else {
            for (m, r) in rows {
                let _ = writeln!(text, "{case} {} {r}", MODES[*m].0);
                count += 1;
            }
        }
    }
    std::fs::write(path, text)?;
    Ok(count)
}

fn read_expected(dir: &Path, case: &str) -> (Vec<u8>, String, i32) {
    let out = std::fs::read(corpus::sibling(dir, case, "out")).unwrap_or_default();
    let err = std::fs::read_to_string(corpus::sibling(dir, case, "err"))
        .map(|s| s.trim_end().to_string())
        .unwrap_or_default();
    let code = std::fs::read_to_string(corpus::sibling(dir, case, "code"))
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(0);
    (out, err, code)
}

/// Runs one case in one mode; also returns the peak RSS in KiB and the wall time.
fn run_case(bin: &Path, dir: &Path, case: &str, mode_args: &[&str]) -> (Verdict, u64, Duration) {
    let (want_out, want_err, want_code) = read_expected(dir, case);
    let script = dir.join(case);
    let stdin = corpus::sibling(dir, case, "in");
    let cwd = match corpus::scratch_dir("conformance") {
        Ok(d) => d,
        Err(e) => {
            let v = Verdict::Fail {
                short: "cannot create a scratch directory".to_string(),
                summary: format!("cannot create a scratch directory: {e}"),
                details: String::new(),
            };
            return (v, 0, Duration::ZERO);
        }
    };
    let mut cmd = Command::new(bin);
    cmd.args(mode_args).arg(&script).current_dir(&cwd);
    for (k, v) in corpus::CASE_ENV {
        cmd.env(k, v);
    }
    for k in corpus::CASE_ENV_REMOVE {
        cmd.env_remove(k);
    }
    let gc = corpus::is_gc_case(case);
    let timeout = if gc { GC_TIMEOUT } else { TIMEOUT };
    let res = proc::run(
        &mut cmd,
        stdin.exists().then_some(stdin.as_path()),
        Some(timeout),
    );
    let _ = std::fs::remove_dir_all(&cwd);
    let out = match res {
        Ok(o) => o,
        Err(e) => {
            let v = Verdict::Fail {
                short: "cannot run the binary".to_string(),
                summary: format!("cannot run {}: {e}", bin.display()),
                details: String::new(),
            };
            return (v, 0, Duration::ZERO);
        }
    };
    let got_err = corpus::last_line(&out.stderr);
    let mut problems = Vec::new();
    let mut details = String::new();
    if out.timed_out {
        problems.push(format!("timed out after {} s", timeout.as_secs()));
    } else if let Some(sig) = out.signal {
        problems.push(format!("killed by signal {sig} (crash)"));
    } else if out.code != Some(want_code) {
        problems.push(format!(
            "exit status {} (expected {want_code})",
            out.code.map_or("?".to_string(), |c| c.to_string())
        ));
    }
    if out.stdout != want_out {
        let (summary, excerpt) = diff_excerpt(&want_out, &out.stdout);
        problems.push(format!("stdout {summary}"));
        details.push_str(&excerpt);
    }
    if got_err != want_err {
        problems.push(format!(
            "stderr last line {:?} (expected {:?})",
            clip(&got_err, 80),
            clip(&want_err, 80)
        ));
    }
    if gc && out.maxrss_kib > GC_RSS_LIMIT_KIB {
        problems.push(format!(
            "peak RSS {} MiB over the {} MiB bound",
            out.maxrss_kib / 1024,
            GC_RSS_LIMIT_KIB / 1024
        ));
    }
    if problems.is_empty() {
        return (Verdict::Pass, out.maxrss_kib, out.wall);
    }
    if got_err != want_err || out.code != Some(want_code) {
        let text = String::from_utf8_lossy(&out.stderr);
        let lines: Vec<&str> = text.lines().collect();
        let tail = &lines[lines.len().saturating_sub(6)..];
        if !tail.is_empty() {
            details.push_str("    stderr (tail):\n");
            for l in tail {
                let _ = writeln!(details, "      {}", clip(l, 160));
            }
        }
    }
    // The xfail reason: the most telling single problem.
    let short = if out.code != Some(want_code) && !got_err.is_empty() && !out.timed_out {
        format!("{}: {got_err}", problems[0])
    } else {
        problems[0].clone()
    };
    let v = Verdict::Fail {
        short: clip(&short, 120),
        summary: clip(&problems.join("; "), 200),
        details,
    };
    (v, out.maxrss_kib, out.wall)
}

fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let cut: String = s.chars().take(max).collect();
        format!("{cut}...")
    }
}

/// A one-line summary of the first difference and an excerpt around it.
fn diff_excerpt(want: &[u8], got: &[u8]) -> (String, String) {
    let w = String::from_utf8_lossy(want);
    let g = String::from_utf8_lossy(got);
    let wl: Vec<&str> = w.split_inclusive('\n').collect();
    let gl: Vec<&str> = g.split_inclusive('\n').collect();
    let first = (0..wl.len().max(gl.len()))
        .find(|&i| wl.get(i) != gl.get(i))
        .unwrap_or(0);
    let show = |l: Option<&&str>| {
        l.map_or("<end of output>".to_string(), |s| {
            format!("{:?}", clip(s, 150))
        })
    };
    let summary = format!(
        "differs at line {}: expected {}, got {}",
        first + 1,
        clip(&show(wl.get(first)), 60),
        clip(&show(gl.get(first)), 60)
    );
    let mut ex = String::new();
    let from = first.saturating_sub(2);
    for i in from..first {
        let _ = writeln!(ex, "      {:>4}   {}", i + 1, show(wl.get(i)));
    }
    for i in first..(first + 4).min(wl.len().max(gl.len())) {
        if wl.get(i) == gl.get(i) {
            let _ = writeln!(ex, "      {:>4}   {}", i + 1, show(wl.get(i)));
        } else {
            let _ = writeln!(ex, "      {:>4} - {}", i + 1, show(wl.get(i)));
            let _ = writeln!(ex, "      {:>4} + {}", i + 1, show(gl.get(i)));
        }
    }
    let _ = writeln!(
        ex,
        "      ({} expected lines, {} actual)",
        wl.len(),
        gl.len()
    );
    (summary, ex)
}
