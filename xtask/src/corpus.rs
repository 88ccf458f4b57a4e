//! The layout of the conformance corpus, shared by `cargo xtask bless` and the runner
//! (which includes this file with `#[path]`): which files are cases, where their expected
//! outputs live, and how a process's stderr is reduced to the line that is compared.
//!
//! A case is `tests/conformance/<area>/<name>.py`; files and directories whose name starts
//! with `_` or `.` are not cases (helper modules live there). Beside a case: `<name>.in`
//! (stdin, optional), `<name>.out` (expected stdout, always), `<name>.err` (expected last
//! line of stderr, only when non-empty) and `<name>.code` (expected exit status, only when
//! non-zero). Cases in the `gc` area also have their peak memory bounded by the runner.

use std::path::{Path, PathBuf};

/// `tests/conformance` under the workspace root.
pub fn corpus_dir(workspace: &Path) -> PathBuf {
    workspace.join("tests").join("conformance")
}

/// Every case under `dir`, sorted, as paths relative to `dir` with `/` separators.
pub fn cases(dir: &Path) -> std::io::Result<Vec<String>> {
    let mut out = Vec::new();
    walk(dir, "", &mut out)?;
    out.sort();
    Ok(out)
}

fn walk(dir: &Path, prefix: &str, out: &mut Vec<String>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('_') || name.starts_with('.') {
            continue;
        }
        let rel = if prefix.is_empty() {
            name.clone()
        } else {
            format!("{prefix}/{name}")
        };
        let ty = entry.file_type()?;
        if ty.is_dir() {
            walk(&entry.path(), &rel, out)?;
        } else if name.ends_with(".py") {
            out.push(rel);
        }
    }
    Ok(())
}

/// The path of an expected-output file of `case`: `ext` is `in`, `out`, `err` or `code`.
pub fn sibling(dir: &Path, case: &str, ext: &str) -> PathBuf {
    let stem = case.strip_suffix(".py").unwrap_or(case);
    dir.join(format!("{stem}.{ext}"))
}

/// The last non-empty line of a process's stderr, without its line ending.
pub fn last_line(stderr: &[u8]) -> String {
    let text = String::from_utf8_lossy(stderr);
    text.lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .map(|l| l.trim_end().to_string())
        .unwrap_or_default()
}

/// Whether `case` belongs to the memory-bounded `gc` area.
pub fn is_gc_case(case: &str) -> bool {
    case.starts_with("gc/")
}

/// Environment given to every run of a case (by python3 when blessing, by taipan when
/// testing) so that output does not depend on the caller's environment.
pub const CASE_ENV: &[(&str, &str)] = &[
    ("PYTHONIOENCODING", "utf-8"),
    ("PYTHONDONTWRITEBYTECODE", "1"),
    ("LC_ALL", "C.UTF-8"),
];

/// Environment variables removed before running a case.
pub const CASE_ENV_REMOVE: &[&str] = &[
    "PYTHONPATH",
    "PYTHONSTARTUP",
    "PYTHONHOME",
    "PYTHON_JIT",
    "PYTHONHASHSEED",
];

/// A fresh, empty, writable working directory for one run of a case.
pub fn scratch_dir(tag: &str) -> std::io::Result<PathBuf> {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("taipan-{tag}-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}

/// Expected-output files (`.out`, `.err`, `.code`, `.in`) under `dir` whose case does not
/// exist, as paths relative to `root`.
pub fn find_stale(root: &Path, dir: &Path, cases: &[String], out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('_') || name.starts_with('.') {
            continue;
        }
        if path.is_dir() {
            find_stale(root, &path, cases, out);
            continue;
        }
        let Some((stem, ext)) = name.rsplit_once('.') else {
            continue;
        };
        if !matches!(ext, "out" | "err" | "code" | "in") {
            continue;
        }
        let rel_dir = path
            .parent()
            .and_then(|p| p.strip_prefix(root).ok())
            .map(|p| p.to_string_lossy().replace('\\', "/"))
            .unwrap_or_default();
        let case = if rel_dir.is_empty() {
            format!("{stem}.py")
        } else {
            format!("{rel_dir}/{stem}.py")
        };
        if !cases.contains(&case) {
            out.push(
                path.strip_prefix(root)
                    .unwrap_or(&path)
                    .display()
                    .to_string(),
            );
        }
    }
}

/// The file recording, per case, a digest of the inputs it was blessed from.
pub fn digests_path(dir: &Path) -> PathBuf {
    dir.join("digests.txt")
}

/// FNV-1a digest of a case's inputs (its source and its stdin file), so the runner can tell
/// that a case was edited after its expected outputs were recorded.
pub fn case_digest(dir: &Path, case: &str) -> std::io::Result<String> {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |bytes: &[u8]| {
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    };
    feed(&std::fs::read(dir.join(case))?);
    if let Ok(input) = std::fs::read(sibling(dir, case, "in")) {
        feed(b"\0stdin\0");
        feed(&input);
    }
    Ok(format!("{h:016x}"))
}

/// Reads `digests.txt`: case -> digest.
pub fn read_digests(dir: &Path) -> std::collections::BTreeMap<String, String> {
    let text = std::fs::read_to_string(digests_path(dir)).unwrap_or_default();
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once(' '))
        .map(|(d, c)| (c.trim().to_string(), d.to_string()))
        .collect()
}

/// Writes `digests.txt`.
pub fn write_digests(
    dir: &Path,
    digests: &std::collections::BTreeMap<String, String>,
) -> std::io::Result<()> {
    let mut text = String::from(
        "# Generated by `cargo xtask bless`, do not edit: digest of each case's .py and .in\n",
    );
    for (case, d) in digests {
        text.push_str(&format!("{d} {case}\n"));
    }
    std::fs::write(digests_path(dir), text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn last_line_skips_trailing_blank_lines() {
        let err = b"Traceback (most recent call last):\n  File \"x.py\", line 1\nKeyError: 'k'\n\n";
        assert_eq!(last_line(err), "KeyError: 'k'");
        assert_eq!(last_line(b""), "");
        assert_eq!(last_line(b"only\r\n"), "only");
    }

    #[test]
    fn siblings_replace_the_py_extension() {
        let dir = Path::new("/c");
        assert_eq!(sibling(dir, "int/a.py", "out"), Path::new("/c/int/a.out"));
        assert_eq!(sibling(dir, "b.py", "code"), Path::new("/c/b.code"));
    }

    #[test]
    fn underscore_files_are_not_cases_and_orphans_are_found() {
        let dir = scratch_dir("corpus-test").expect("scratch dir");
        std::fs::create_dir_all(dir.join("area/_helpers")).expect("mkdir");
        for f in [
            "area/x.py",
            "area/x.out",
            "area/_helper.py",
            "area/_helpers/m.py",
            "area/gone.out",
        ] {
            std::fs::write(dir.join(f), "").expect("write");
        }
        let found = cases(&dir).expect("cases");
        assert_eq!(found, vec!["area/x.py".to_string()]);
        let mut stale = Vec::new();
        find_stale(&dir, &dir, &found, &mut stale);
        assert_eq!(stale, vec!["area/gone.out".to_string()]);
        assert!(is_gc_case("gc/cycles.py") && !is_gc_case("int/gc.py"));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
