#!/usr/bin/env python3
"""Compares taipan-syntax with CPython (the machine's python3) on Python files.

For each file, prints whether `ast.dump(ast.parse(src), include_attributes=True)`
(or CPython's SyntaxError message and location) equals what taipan's parser
gives, as printed by `cargo run -p taipan-syntax --example dump -- FILE --attributes`.

Usage: python3 crates/taipan-syntax/tests/cpython_compare.py [FILES or DIRS...]
(defaults to this crate's fixtures, tests/ and benchmarks/). Set DUMP to the
built example binary to skip `cargo run`.
"""
import ast, os, subprocess, sys, warnings

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))


def ours(path):
    dump = os.environ.get("DUMP")
    cmd = [dump] if dump else ["cargo", "run", "-q", "-p", "taipan-syntax", "--example", "dump", "--"]
    out = subprocess.run(cmd + [path, "--attributes"], capture_output=True, cwd=ROOT)
    return out.stdout.decode(errors="replace").strip()


def theirs(src):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return ast.dump(ast.parse(src), include_attributes=True)
    except SyntaxError as e:
        return f"{type(e).__name__}: {e.msg} ({e.lineno}, {e.offset})"


def files(args):
    roots = args or [os.path.join(HERE, "fixtures"), os.path.join(ROOT, "tests"), os.path.join(ROOT, "benchmarks")]
    for r in roots:
        if os.path.isfile(r):
            yield r
        for d, _, fs in os.walk(r):
            for f in sorted(fs):
                if f.endswith(".py"):
                    yield os.path.join(d, f)


def main():
    bad = total = 0
    for path in files(sys.argv[1:]):
        total += 1
        src = open(path, encoding="utf-8").read()
        a, b = ours(path), theirs(src)
        if a != b:
            bad += 1
            i = next((k for k in range(min(len(a), len(b))) if a[k] != b[k]), min(len(a), len(b)))
            print(f"{path}\n  taipan:  {a[max(0, i - 200):i + 100]}\n  cpython: {b[max(0, i - 200):i + 100]}")
    print(f"{total - bad}/{total} files match CPython")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
