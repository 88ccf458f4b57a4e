//! `cargo xtask bless [filter]`: records the expected outputs of the conformance corpus by
//! running each case under the machine's `python3` (the oracle).
//!
//! Each case runs twice with different `PYTHONHASHSEED`s; differing output means the case
//! depends on string hashing (e.g. prints a set of strings) and is rejected, since taipan
//! cannot be expected to reproduce CPython's randomized hashes.

use crate::corpus;
use crate::proc;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

/// Conformance cases (outside `gc/`) should stay fast under CPython.
const SLOW: Duration = Duration::from_millis(300);

pub fn run(args: &[String]) -> Result<(), String> {
    let mut python = std::env::var("TAIPAN_ORACLE").unwrap_or_else(|_| "python3".to_string());
    let mut filter: Option<String> = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--python" => python = it.next().ok_or("--python needs a value")?.clone(),
            f if filter.is_none() && !f.starts_with("--") => filter = Some(f.to_string()),
            other => return Err(format!("bless: unexpected argument {other}")),
        }
    }
    let python = crate::bench::resolve_interpreter(&python);
    let dir = corpus::corpus_dir(&crate::workspace_root());
    let cases = corpus::cases(&dir).map_err(|e| format!("reading {}: {e}", dir.display()))?;
    let selected: Vec<&String> = cases
        .iter()
        .filter(|c| filter.as_deref().is_none_or(|f| c.contains(f)))
        .collect();
    if selected.is_empty() {
        return Err("bless: no case matches".to_string());
    }
    let jobs: usize = std::env::var("TAIPAN_BLESS_JOBS")
        .ok()
        .and_then(|j| j.parse().ok())
        .filter(|&j| j > 0)
        .unwrap_or(2);
    let next = std::sync::atomic::AtomicUsize::new(0);
    let results = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..jobs {
            s.spawn(|| loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some(case) = selected.get(i) else {
                    break;
                };
                let r = bless_one(&python, &dir, case);
                results
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .push((case.to_string(), r));
            });
        }
    });
    let mut results = results.into_inner().unwrap_or_else(|e| e.into_inner());
    results.sort_by(|a, b| a.0.cmp(&b.0));
    let mut problems = Vec::new();
    let mut changed = 0;
    let mut digests = corpus::read_digests(&dir);
    digests.retain(|case, _| cases.contains(case));
    for (case, result) in results {
        match result {
            Ok((did_change, warn)) => {
                match corpus::case_digest(&dir, &case) {
                    Ok(d) => {
                        digests.insert(case.clone(), d);
                    }
                    Err(e) => eprintln!("warning: {case}: cannot digest: {e}"),
                }
                if did_change {
                    changed += 1;
                    eprintln!("blessed {case}");
                }
                if let Some(w) = warn {
                    eprintln!("warning: {case}: {w}");
                }
            }
            Err(e) => {
                eprintln!("error: {case}: {e}");
                problems.push(case);
            }
        }
    }
    corpus::write_digests(&dir, &digests).map_err(|e| format!("writing digests.txt: {e}"))?;
    // Expected files whose case no longer exists.
    let mut stale = Vec::new();
    corpus::find_stale(&dir, &dir, &cases, &mut stale);
    for s in &stale {
        eprintln!("warning: stale expected file {s} (no matching .py case)");
    }
    eprintln!(
        "bless: {} cases, {changed} changed, {} errors",
        selected.len(),
        problems.len()
    );
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!("bless failed for: {}", problems.join(", ")))
    }
}

fn run_python(python: &str, dir: &Path, case: &str, seed: &str) -> Result<proc::Outcome, String> {
    let script = dir.join(case);
    let stdin = corpus::sibling(dir, case, "in");
    let cwd = corpus::scratch_dir("bless").map_err(|e| e.to_string())?;
    let mut cmd = Command::new(python);
    cmd.arg(&script).current_dir(&cwd);
    for (k, v) in corpus::CASE_ENV {
        cmd.env(k, v);
    }
    for k in corpus::CASE_ENV_REMOVE {
        cmd.env_remove(k);
    }
    cmd.env("PYTHONHASHSEED", seed);
    let res = proc::run(
        &mut cmd,
        stdin.exists().then_some(stdin.as_path()),
        Some(Duration::from_secs(120)),
    );
    let _ = std::fs::remove_dir_all(&cwd);
    let out = res.map_err(|e| format!("cannot run {python}: {e}"))?;
    if out.timed_out {
        return Err("timed out under python3".to_string());
    }
    Ok(out)
}

/// Blesses one case; returns whether any expected file changed, and an optional warning.
fn bless_one(python: &str, dir: &Path, case: &str) -> Result<(bool, Option<String>), String> {
    let a = run_python(python, dir, case, "1")?;
    let b = run_python(python, dir, case, "2")?;
    if a.stdout != b.stdout
        || corpus::last_line(&a.stderr) != corpus::last_line(&b.stderr)
        || a.code != b.code
    {
        return Err(
            "output depends on PYTHONHASHSEED (sets/dicts of str hashes?); fix the case"
                .to_string(),
        );
    }
    let code = a
        .code
        .ok_or_else(|| format!("python3 died: {}", a.describe_end()))?;
    let err_line = corpus::last_line(&a.stderr);
    let mut changed = false;
    changed |= write_if_changed(&corpus::sibling(dir, case, "out"), Some(&a.stdout))?;
    let err = (!err_line.is_empty()).then(|| format!("{err_line}\n").into_bytes());
    changed |= write_if_changed(&corpus::sibling(dir, case, "err"), err.as_deref())?;
    let code_bytes = (code != 0).then(|| format!("{code}\n").into_bytes());
    changed |= write_if_changed(&corpus::sibling(dir, case, "code"), code_bytes.as_deref())?;
    let wall = a.wall.min(b.wall);
    let mut warns = Vec::new();
    if !corpus::is_gc_case(case) && wall > SLOW {
        warns.push(format!("slow under python3 ({} ms)", wall.as_millis()));
    }
    if String::from_utf8_lossy(&a.stderr).contains("Warning: ") {
        warns.push("python3 printed a warning on stderr; its last line is recorded".to_string());
    }
    // Paths of this checkout or of the Python installation differ between machines.
    let stdout = String::from_utf8_lossy(&a.stdout);
    let mut machine_paths = vec![crate::workspace_root()];
    if let Some(prefix) = Path::new(python).parent().and_then(Path::parent) {
        if prefix.components().count() > 2 {
            machine_paths.push(prefix.to_path_buf());
        }
    }
    for p in machine_paths {
        let p = p.to_string_lossy();
        if stdout.contains(p.as_ref()) || err_line.contains(p.as_ref()) {
            warns.push(format!("output contains the machine-specific path {p}"));
        }
    }
    let warn = (!warns.is_empty()).then(|| warns.join("; "));
    Ok((changed, warn))
}

/// Writes `content` to `path` (or removes `path` when `None`); returns whether it changed.
fn write_if_changed(path: &Path, content: Option<&[u8]>) -> Result<bool, String> {
    let old = std::fs::read(path).ok();
    if old.as_deref() == content {
        return Ok(false);
    }
    match content {
        Some(c) => {
            std::fs::write(path, c).map_err(|e| format!("writing {}: {e}", path.display()))?
        }
        None => {
            std::fs::remove_file(path).map_err(|e| format!("removing {}: {e}", path.display()))?
        }
    }
    Ok(true)
}
