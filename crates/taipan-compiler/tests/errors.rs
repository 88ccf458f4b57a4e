//! Compile-time SyntaxErrors raised by the symbol table and code generator,
//! with CPython 3.11's messages and lines (recorded from `python3`).

use taipan_compiler::{compile, Mode};
use taipan_syntax::LineIndex;

/// `(source, CPython's message, CPython's line)`.
const CASES: &[(&str, &str, u32)] = &[
    (
        "def f():\n    x = 1\n    global x\n",
        "name 'x' is assigned to before global declaration",
        3,
    ),
    (
        "def f():\n    print(x)\n    global x\n",
        "name 'x' is used prior to global declaration",
        3,
    ),
    (
        "def f(x):\n    global x\n",
        "name 'x' is parameter and global",
        2,
    ),
    (
        "def f(x):\n    nonlocal x\n",
        "name 'x' is parameter and nonlocal",
        2,
    ),
    (
        "nonlocal x\n",
        "nonlocal declaration not allowed at module level",
        1,
    ),
    (
        "def f():\n    nonlocal x\n",
        "no binding for nonlocal 'x' found",
        2,
    ),
    ("return 1\n", "'return' outside function", 1),
    ("class C:\n    return 1\n", "'return' outside function", 2),
    ("yield 1\n", "'yield' outside function", 1),
    ("class C:\n    yield 1\n", "'yield' outside function", 2),
    ("break\n", "'break' outside loop", 1),
    ("continue\n", "'continue' not properly in loop", 1),
    ("if x:\n    break\n", "'break' outside loop", 2),
    (
        "def f():\n    for x in y:\n        def g():\n            continue\n",
        "'continue' not properly in loop",
        4,
    ),
    ("await x\n", "'await' outside function", 1),
    (
        "def f():\n    await x\n",
        "'await' outside async function",
        2,
    ),
    (
        "def f(a, a):\n    pass\n",
        "duplicate argument 'a' in function definition",
        1,
    ),
    (
        "lambda a, a: 1\n",
        "duplicate argument 'a' in function definition",
        1,
    ),
    (
        "def f(a, *, a):\n    pass\n",
        "duplicate argument 'a' in function definition",
        1,
    ),
    ("f(a=1, a=2)\n", "keyword argument repeated: a", 1),
    (
        "[(yield x) for x in y]\n",
        "'yield' inside list comprehension",
        1,
    ),
    (
        "def f():\n    from m import *\n",
        "import * only allowed at module level",
        2,
    ),
    (
        "class C:\n    [y := 1 for x in z]\n",
        "assignment expression within a comprehension cannot be used in a class body",
        2,
    ),
    (
        "[x := 1 for x in z]\n",
        "assignment expression cannot rebind comprehension iteration variable 'x'",
        1,
    ),
    (
        "[y for x in (z := w)]\n",
        "assignment expression cannot be used in a comprehension iterable expression",
        1,
    ),
    (
        "a, *b, *c = d\n",
        "multiple starred expressions in assignment",
        1,
    ),
    (
        "*a = b\n",
        "starred assignment target must be in a list or tuple",
        1,
    ),
    (
        "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n",
        "default 'except:' must be last",
        3,
    ),
    (
        "def f():\n    x: int\n    global x\n",
        "annotated name 'x' can't be global",
        3,
    ),
    (
        "def f():\n    global x\n    nonlocal x\n",
        "name 'x' is nonlocal and global",
        2,
    ),
    (
        "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
        "name 'x' is nonlocal and global",
        4,
    ),
    (
        "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
        "name capture 'y' makes remaining patterns unreachable",
        2,
    ),
    (
        "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
        "wildcard makes remaining patterns unreachable",
        2,
    ),
    (
        "match x:\n    case [a, a]:\n        pass\n",
        "multiple assignments to name 'a' in pattern",
        2,
    ),
    (
        "match x:\n    case 1 | a:\n        pass\n",
        "alternative patterns bind different names",
        2,
    ),
    (
        "match x:\n    case [a] | [b]:\n        pass\n",
        "alternative patterns bind different names",
        2,
    ),
    (
        "match x:\n    case {1: a, 1: b}:\n        pass\n",
        "mapping pattern checks duplicate key (1)",
        2,
    ),
    (
        "match x:\n    case C(a=1, a=2):\n        pass\n",
        "attribute name repeated in class pattern: a",
        2,
    ),
    (
        "match x:\n    case [*a, *b]:\n        pass\n",
        "multiple starred names in sequence pattern",
        2,
    ),
    (
        "match x:\n    case a | 1:\n        pass\n",
        "name capture 'a' makes remaining patterns unreachable",
        2,
    ),
        ("for x0 in y:\n    for x1 in y:\n        for x2 in y:\n            for x3 in y:\n                for x4 in y:\n                    for x5 in y:\n                        for x6 in y:\n                            for x7 in y:\n                                for x8 in y:\n                                    for x9 in y:\n                                        for x10 in y:\n                                            for x11 in y:\n                                                for x12 in y:\n                                                    for x13 in y:\n                                                        for x14 in y:\n                                                            for x15 in y:\n                                                                for x16 in y:\n                                                                    for x17 in y:\n                                                                        for x18 in y:\n                                                                            for x19 in y:\n                                                                                for x20 in y:\n                                                                                    pass\n", "too many statically nested blocks", 21),
        ("def f():\n    try:\n        try:\n            try:\n                try:\n                    try:\n                        try:\n                            try:\n                                try:\n                                    try:\n                                        try:\n                                            try:\n                                                try:\n                                                    try:\n                                                        try:\n                                                            try:\n                                                                try:\n                                                                    try:\n                                                                        try:\n                                                                            try:\n                                                                                try:\n                                                                                    try:\n                                                                                        pass\n                                                                                    finally:\n                                                                                        pass\n                                                                                finally:\n                                                                                    pass\n                                                                            finally:\n                                                                                pass\n                                                                        finally:\n                                                                            pass\n                                                                    finally:\n                                                                        pass\n                                                                finally:\n                                                                    pass\n                                                            finally:\n                                                                pass\n                                                        finally:\n                                                            pass\n                                                    finally:\n                                                        pass\n                                                finally:\n                                                    pass\n                                            finally:\n                                                pass\n                                        finally:\n                                            pass\n                                    finally:\n                                        pass\n                                finally:\n                                    pass\n                            finally:\n                                pass\n                        finally:\n                            pass\n                    finally:\n                        pass\n                finally:\n                    pass\n            finally:\n                pass\n        finally:\n            pass\n    finally:\n        pass\n", "too many statically nested blocks", 22),
        ("__debug__ = 1\n", "cannot assign to __debug__", 1),
        ("del __debug__\n", "cannot delete __debug__", 1),
        ("def f(__debug__): pass\n", "cannot assign to __debug__", 1),
        ("f(__debug__=1)\n", "cannot assign to __debug__", 1),
        ("def f():\n    return [await x for x in y]\n", "asynchronous comprehension outside of an asynchronous function", 2),
        ("def f():\n    return [x async for x in y]\n", "asynchronous comprehension outside of an asynchronous function", 2),
        ("def f():\n    return ((yield x) for x in y)\n", "'yield' inside generator expression", 2),
        ("def f():\n    class C:\n        yield 1\n", "'yield' outside function", 3),
        ("def f():\n    class C:\n        return 1\n", "'return' outside function", 3),
        ("for x in y:\n    class C:\n        break\n", "'break' outside loop", 3),
        ("class C:\n    nonlocal x\n", "no binding for nonlocal 'x' found", 2),
        ("x = 1\nglobal x\n", "name 'x' is assigned to before global declaration", 2),
        ("*a\n", "can't use starred expression here", 1),
        ("[x for x in [y for y in (z := w)]]\n", "assignment expression cannot be used in a comprehension iterable expression", 1),
        ("class C:\n    [(a := 1) for b in c]\n", "assignment expression within a comprehension cannot be used in a class body", 2),
        ("[[(x := 1) for y in z] for x in w]\n", "assignment expression cannot rebind comprehension iteration variable 'x'", 1),
        ("class C:\n    from m import *\n", "import * only allowed at module level", 2),
        ("class C(a=1, a=2): pass\n", "keyword argument repeated: a", 1),
        ("lambda *, a, a: 1\n", "duplicate argument 'a' in function definition", 1),
        ("def f(a, *a): pass\n", "duplicate argument 'a' in function definition", 1),
        ("def f():\n    x = 1\n    def g():\n        nonlocal x\n        global x\n", "name 'x' is nonlocal and global", 4),
        ("def f():\n    x = 1\n    def g():\n        nonlocal x\n        x: int = 1\n", "annotated name 'x' can't be nonlocal", 5),
        ("match x:\n    case a | b:\n        pass\n", "name capture 'a' makes remaining patterns unreachable", 2),
        ("match x:\n    case {'a': 1, 'a': 2}:\n        pass\n", "mapping pattern checks duplicate key ('a')", 2),
        ("a, *b, c, *d = e\n", "multiple starred expressions in assignment", 1),
        ("async for x in y:\n    pass\n", "'async for' outside async function", 1),
        ("await x\n", "'await' outside function", 1),
        ("lambda: await x\n", "'await' outside async function", 1),
        ("yield from x\n", "'yield' outside function", 1),
];

#[test]
fn syntax_errors_match_cpython() {
    let mut failures = Vec::new();
    let mut checked = 0;
    for (src, msg, line) in CASES {
        let module = match taipan_syntax::parse(src, Mode::Exec) {
            Ok(m) => m,
            Err(e) if e.msg == *msg => {
                // The parser may legitimately report some of these itself.
                checked += 1;
                continue;
            }
            Err(_) => continue,
        };
        checked += 1;
        match compile(&module, src, "<s>", Mode::Exec) {
            Ok(_) => failures.push(format!("{src:?}: compiled, expected {msg:?}")),
            Err(e) => {
                let got_line = LineIndex::new(src).line(e.start);
                if e.msg != *msg || got_line != *line {
                    failures.push(format!(
                        "{src:?}: got {:?} at line {got_line}, expected {msg:?} at line {line}",
                        e.msg
                    ));
                }
            }
        }
    }
    eprintln!("{checked} of {} cases parsed and checked", CASES.len());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn valid_scoping_compiles() {
    let ok = [
        "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2\n    return g\n",
        "def f():\n    global y\n    y = 1\n",
        "class C:\n    x = 1\n    def m(self):\n        return __class__\n",
        "def f():\n    return [y := i for i in range(3)], y\n",
        "for x in y:\n    try:\n        continue\n    finally:\n        break\n",
    ];
    for src in ok {
        let Ok(module) = taipan_syntax::parse(src, Mode::Exec) else {
            continue;
        };
        if let Err(e) = compile(&module, src, "<s>", Mode::Exec) {
            panic!("{src:?}: unexpected {e}");
        }
    }
}
