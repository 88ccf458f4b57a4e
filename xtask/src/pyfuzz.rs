//! `cargo xtask pyfuzz`: differential fuzzing of the whole VM against CPython. Generates random,
//! deterministic, terminating Python programs (and mutants of the conformance corpus), runs them
//! under `python3` and taipan, and records minimised discrepancies in `tests/fuzz-regressions/`.

use crate::corpus;
use crate::proc;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

const USAGE: &str = "\
usage: cargo xtask pyfuzz [--seed N] [--cases N] [--taipan PATH] [--python CMD]
                          [--mode gen|mutate|both] [--minutes M] [--no-record] [--keep N]
  gen: random valid programs, output compared with python3;
  mutate: mutants of tests/conformance/**/*.py, checked for panics, crashes and hangs.
  Failures are minimised and written to tests/fuzz-regressions/ (at most --keep, default 40).
  --reduce FILE (repeatable): minimise a recorded case again and re-record CPython's output.
  --print: print the program generated for --seed.";

/// Time limit of one run under either interpreter.
const TIMEOUT: Duration = Duration::from_secs(10);

// ---------------------------------------------------------------------------------------------
// PRNG

/// A small seeded PRNG (splitmix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    /// Uniform in `0..n` (`n > 0`).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    /// Uniform in `lo..=hi`.
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + (self.next() % ((hi - lo + 1) as u64)) as i64
    }
    /// True with probability `p` percent.
    fn chance(&mut self, p: u32) -> bool {
        (self.next() % 100) < p as u64
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
}

// ---------------------------------------------------------------------------------------------
// Program generator

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Int,
    Float,
    Big,
    Str,
    List,
    Dict,
    Tuple,
    Set,
    Bool,
    Obj,
}

const KINDS: &[Kind] = &[
    Kind::Int,
    Kind::Float,
    Kind::Big,
    Kind::Str,
    Kind::List,
    Kind::Dict,
    Kind::Tuple,
    Kind::Set,
    Kind::Bool,
    Kind::Obj,
];

/// A function the generated program may call: name, arity, whether it is a generator.
#[derive(Clone)]
struct Func {
    name: String,
    arity: usize,
    generator: bool,
}

struct Gen {
    rng: Rng,
    out: String,
    indent: usize,
    /// Variables visible in the current scope, with their last assigned kind.
    vars: Vec<Vec<(String, Kind)>>,
    funcs: Vec<Func>,
    /// Classes defined so far (all take one constructor argument).
    classes: Vec<String>,
    next_id: usize,
    /// Loop nesting depth (bounds the total work).
    loops: usize,
    /// Statement nesting depth.
    depth: usize,
    /// Whether we are inside a function body.
    in_func: bool,
    /// The statement depth of the current function body (0 at module level): new names
    /// and definitions are only introduced there, so they are bound unconditionally.
    func_depth: usize,
}

const STRS: &[&str] = &[
    "", "a", "abc", "Hello", "x y z", "taipan", "12", "-3", "3.5", "é", "ß", "  pad  ", "a,b,c",
    "MiXeD", "\\n", "ab'c", "0x1f", "inf", "nan", "日本",
];
const INT_SPECS: &[&str] = &[
    "d", "x", "X", "o", "b", ">8", "<6", "^9", "+d", ",", "_", "08d", "#x", "#b", "=+10", "e", "f",
    ".2f", "c", "s", "10,", "-^12", "%",
];
const FLOAT_SPECS: &[&str] = &[
    ".3f", "e", "g", ".2%", "10.4", ".0f", "+.1e", ",.2f", "08.3f", ">12", "^10.2g", ".10g", "n",
    "d", "#.0f", "_.3f", "r", ".1", "G",
];
const STR_SPECS: &[&str] = &[
    ">8", "<6", "^7", "*^9", ".2", "s", "d", "=5", "10.3", "", "#<4",
];
const PCT: &[&str] = &[
    "%d", "%s", "%r", "%5.2f", "%x", "%-6d|", "%+d", "%e", "%g", "%05d", "%o", "%c", "%.3s", "%i",
    "%%", "%a", "%10r",
];
const ERR_OPS: &[&str] = &[
    "1 // 0",
    "1 % 0",
    "1.5 / 0",
    "[1, 2][5]",
    "{'k': 1}['z']",
    "{3: 1}[4]",
    "1 + 'a'",
    "'a' - 1",
    "int('x1')",
    "float('nope')",
    "[].pop()",
    "{}.popitem()",
    "(1, 2).index(9)",
    "'abc'.index('z')",
    "None.foo",
    "len(5)",
    "sorted([1, 'a'])",
    "next(iter([]))",
    "divmod(1, 0)",
    "2 ** -1 % 0",
    "int(float('inf'))",
    "int(float('nan'))",
    "[1][1:2][0]",
    "'%d' % 'x'",
    "'{}{}'.format(1)",
    "max([])",
    "min(())",
    "chr(-1)",
    "(1).bit_length(3)",
    "abs('x')",
    "hash([])",
    "{[1]: 2}",
    "[1, 2, 3].remove(7)",
    "tuple(5)",
    "list(1.5)",
    "'x' * 'y'",
    "round('a')",
    "(lambda a, b: a)(1)",
    "(lambda: 0)(1)",
    "float('1e500') * 0 + int('7' * 5, 2)",
    "1 << -1",
    "10.0 ** 400",
    "(-8) ** 0.5 + 'x'",
    "[1, 2] < [1, 'a']",
    "'abc'[1:2:0]",
    "{1, 2} + {3}",
    "{'a': 1} | 5",
    "str(b'x', 'nope')",
    "ord('ab')",
];

/// Templates of builtin and method calls: `{i}` int, `{f}` float, `{s}` str, `{l}` list,
/// `{b}` bigint, `{d}` dict, `{t}` tuple, `{x}` anything.
const TEMPLATES: &[&str] = &[
    "{s}.split({s}, {i})",
    "{s}.rsplit(None, 1)",
    "{s}.partition({s})",
    "{s}.rpartition('a')",
    "{s}.zfill({i})",
    "{s}.count({s})",
    "{s}.find({s}, {i})",
    "{s}.rfind('a')",
    "{s}.startswith(({s}, 'a'))",
    "{s}.endswith({s}, {i})",
    "{s}.isdigit(), {s}.isalpha(), {s}.isspace(), {s}.isupper()",
    "{s}.expandtabs(4)",
    "{s}.splitlines()",
    "{s}.removeprefix({s})",
    "{s}.strip({s})",
    "{s}.encode()",
    "{s}.encode('ascii', 'replace')",
    "{s}.translate({{97: 'A', 98: None}})",
    "'-'.join(sorted({s}))",
    "{s} < {s}, {s} >= {s}",
    "{s}[{i}]",
    "{s} in {s}",
    "hex({i}), oct({i}), bin({i})",
    "hex({b}), bin({b})[:30]",
    "pow({i}, {i}, {i})",
    "pow({i}, -1, 7)",
    "pow({b}, 3, {i})",
    "int({s}, {i})",
    "int('0x1f', 16), int('0b101', 0), int(' 12 '), int('1_000')",
    "divmod({f}, {f})",
    "divmod({b}, {i})",
    "{f}.is_integer(), {f}.as_integer_ratio()",
    "{f}.hex()",
    "float.fromhex('0x1.8p3')",
    "{i}.to_bytes(4, 'big')",
    "int.from_bytes(b'\\x01\\x02', 'little')",
    "({i}).__index__(), ({i}).conjugate(), ({i}).numerator",
    "{f} // {f}, {f} % {f}",
    "{i} // {f}, {i} % {f}",
    "{b} / {i}",
    "{b} * {f}",
    "{b} // {b}, {b} % {b}",
    "{b} ** 2, -{b} ** 3",
    "{b} & {i}, {b} | {i}, ~{b}",
    "{b} >> {i}, {b} << 3",
    "round({f}, {i})",
    "round({b}, -5)",
    "round({i}, -1), round(2.5), round(3.5), round(-0.5)",
    "float('nan') == float('nan'), float('nan') in [float('nan')]",
    "{f} == {i}, {f} < {b}, {i} <= {f} < {b}",
    "sum({l}, {i})",
    "sum([{f}, {f}, {f}])",
    "min({s}, {s}, key=len)",
    "max({l}, default={i})",
    "sorted({s}, key=str.lower, reverse=True)",
    "any({l}), all({l})",
    "list(map(abs, {l}))",
    "list(filter(None, {l}))",
    "list(zip({l}, {s}, {t}))",
    "list(zip(*[{l}, {l}]))",
    "[*{l}, *{s}]",
    "{{**{d}, 'k': {i}}}",
    "({l} * 2)[{i}:{i}]",
    "{l}.index({i})",
    "{l}.count({i})",
    "{t}.count({i}), {t}.index({i})",
    "{t} + ({i},)",
    "{t} < {t}, {t} == {t}",
    "{l} < {l}, {l} == {l}",
    "{d}.get({x}), list({d}.keys()), list({d}.values())",
    "{d}.setdefault({i}, {x})",
    "{d}.items()",
    "{d}.keys() & {{1, 2}}",
    "dict.fromkeys({l}, {i})",
    "{i} if {x} else {s}",
    "(lambda q, r={i}: q * r)({x})",
    "[q for q in {l} for r in {s}][:{i}]",
    "[[q, r] for q in range(3) for r in range(q)]",
    "{{q: r for q, r in zip({s}, {l})}}",
    "sorted({{q % 7 for q in {l}}})",
    "tuple(q for q in {l} if q)",
    "next(iter({l}), 'empty')",
    "list(reversed({s}))",
    "list(enumerate({t}))",
    "str({f}), repr({f})",
    "str({b}), len(str({b}))",
    "ascii({s}), repr({s})",
    "chr({i}), ord({s})",
    "abs({b}), abs({f})",
    "int({f}), int({b} * 1.0)",
    "float({b})",
    "bool({x}), not {x}",
    "{x} == None, {x} != None",
    "isinstance({x}, (int, float))",
    "type({x}).__name__",
    "hash({i}) == hash({f}), hash({b}) % 1000",
    "hash(-1), hash(-2), hash(2 ** 61), hash(0.5), hash(-0.0)",
    "{s} % ()",
    "'%s-%s' % ({x}, {x})",
    "'%(a)s %(b)r' % {{'a': {x}, 'b': {x}}}",
    "'%*d|%-*s|' % ({i}, {i}, {i}, {s})",
    "'%.*f' % ({i}, {f})",
    "'{{0}} {{1!r}} {{0}}'.format({x}, {x})",
    "'{{:{{}}}}'.format({x}, {s})",
    "'{{q}}'.format(q={x})",
    "f'{{{x}=}}'",
    "f'{{{i}:{{{i}}}}}'",
    "f'{{{f}:{{{i}}}.{{{i}}}}}'",
    "format({x})",
    "format({b}, ',')",
    "format({f}, '')",
    "{s} * {i}",
    "[{i}] * {i}",
    "[0] * -1",
    "{l}[{i}:{i}:{i}]",
    "{s}[::{i}]",
    "list(range({i}))[{i}:{i}]",
    "range({i}, {i}, {i})[{i}]",
    "len(range({b}))",
    "range({i})[::-1][{i}]",
    "list(range(10))[slice({i}, {i}, {i})]",
    "{i} in range({i}, {i})",
    "str(range({i}, {i}, 2)), range({i}) == range({i})",
];

impl Gen {
    fn new(seed: u64) -> Gen {
        Gen {
            rng: Rng(seed ^ 0x5eed_f00d_dead_beef),
            out: String::new(),
            indent: 0,
            vars: vec![Vec::new()],
            funcs: Vec::new(),
            classes: Vec::new(),
            next_id: 0,
            loops: 0,
            depth: 0,
            in_func: false,
            func_depth: 0,
        }
    }

    fn line(&mut self, s: &str) {
        for _ in 0..self.indent {
            self.out.push_str("    ");
        }
        self.out.push_str(s);
        self.out.push('\n');
    }

    fn fresh(&mut self, prefix: &str) -> String {
        self.next_id += 1;
        format!("{prefix}{}", self.next_id)
    }

    fn all_vars(&self) -> Vec<(String, Kind)> {
        // Inner scopes shadow nothing (names are unique), so the union is the visible set.
        self.vars.iter().flatten().cloned().collect()
    }

    fn var_of(&mut self, kind: Kind) -> Option<String> {
        let vs: Vec<String> = self
            .all_vars()
            .into_iter()
            .filter(|(_, k)| *k == kind)
            .map(|(n, _)| n)
            .collect();
        if vs.is_empty() {
            None
        } else {
            Some(self.rng.pick(&vs).clone())
        }
    }

    fn set_kind(&mut self, name: &str, kind: Kind) {
        for scope in self.vars.iter_mut().rev() {
            if let Some(v) = scope.iter_mut().find(|(n, _)| n == name) {
                v.1 = kind;
                return;
            }
        }
        if let Some(scope) = self.vars.last_mut() {
            scope.push((name.to_string(), kind));
        }
    }

    fn small_int(&mut self) -> String {
        let v = match self.rng.below(6) {
            0 => self.rng.range(-3, 3),
            1..=3 => self.rng.range(-20, 100),
            4 => self.rng.range(-1000, 100_000),
            _ => *self
                .rng
                .pick(&[0, 1, -1, 255, 256, 1 << 30, (1 << 31) - 1, 1 << 62]),
        };
        if v < 0 {
            format!("({v})")
        } else {
            v.to_string()
        }
    }

    fn float_lit(&mut self) -> String {
        match self.rng.below(8) {
            0 => self
                .rng
                .pick(&[
                    "0.0",
                    "-0.0",
                    "1e16",
                    "1e-7",
                    "2.5",
                    "0.1",
                    "1e300",
                    "123456789.125",
                ])
                .to_string(),
            1 => "float('inf')".to_string(),
            2 => format!("{}.{}", self.rng.range(-50, 50), self.rng.range(0, 999)),
            3 => format!("{}e{}", self.rng.range(1, 9), self.rng.range(-20, 22)),
            _ => {
                let a = self.rng.range(-999, 999);
                let b = self.rng.range(1, 64);
                format!("({a} / {b})")
            }
        }
    }

    fn big_lit(&mut self) -> String {
        match self.rng.below(4) {
            0 => format!(
                "{}",
                (1u128 << self.rng.range(63, 120)) + self.rng.below(1000) as u128
            ),
            1 => format!("(-{})", (1u128 << 64) - self.rng.below(3) as u128),
            2 => format!("(2 ** {})", self.rng.range(60, 200)),
            _ => format!(
                "({} * 10 ** {})",
                self.rng.range(-99, 99),
                self.rng.range(18, 40)
            ),
        }
    }

    fn str_lit(&mut self) -> String {
        let s = *self.rng.pick(STRS);
        format!("{s:?}").replace("\\u{e9}", "é")
    }

    /// An expression that does not reference variables (safe to grow with).
    fn leaf(&mut self, kind: Kind) -> String {
        match kind {
            Kind::Int => self.small_int(),
            Kind::Float => self.float_lit(),
            Kind::Big => self.big_lit(),
            Kind::Str => self.str_lit(),
            Kind::Bool => self.rng.pick(&["True", "False"]).to_string(),
            Kind::List => {
                let n = self.rng.below(5);
                let items: Vec<String> = (0..n).map(|_| self.small_int()).collect();
                format!("[{}]", items.join(", "))
            }
            Kind::Tuple => {
                let n = self.rng.below(4);
                let items: Vec<String> = (0..n).map(|_| self.small_int()).collect();
                if n == 1 {
                    format!("({},)", items[0])
                } else {
                    format!("({})", items.join(", "))
                }
            }
            Kind::Set => {
                let n = self.rng.below(6);
                let items: Vec<String> = (0..n).map(|_| self.small_int()).collect();
                if n == 0 {
                    "set()".to_string()
                } else {
                    format!("{{{}}}", items.join(", "))
                }
            }
            Kind::Dict => {
                let n = self.rng.below(4);
                let items: Vec<String> = (0..n)
                    .map(|_| {
                        let k = if self.rng.chance(50) {
                            self.small_int()
                        } else {
                            self.str_lit()
                        };
                        format!("{k}: {}", self.small_int())
                    })
                    .collect();
                format!("{{{}}}", items.join(", "))
            }
            Kind::Obj => {
                if self.classes.is_empty() {
                    self.small_int()
                } else {
                    let c = self.rng.pick(&self.classes).clone();
                    format!("{c}({})", self.small_int())
                }
            }
        }
    }

    /// A value of (mostly) `kind`; `depth` bounds nesting.
    fn expr(&mut self, kind: Kind, depth: usize) -> String {
        if depth == 0 || self.rng.chance(25) {
            if self.rng.chance(60) {
                if let Some(v) = self.var_of(kind) {
                    return v;
                }
            }
            return self.leaf(kind);
        }
        let d = depth - 1;
        match kind {
            Kind::Int => match self.rng.below(16) {
                0..=3 => {
                    let op = *self.rng.pick(&["+", "-", "*", "//", "%", "&", "|", "^"]);
                    let a = self.expr(Kind::Int, d);
                    let b = self.leaf(Kind::Int);
                    if self.rng.chance(50) {
                        format!("({a} {op} {b})")
                    } else {
                        format!("({b} {op} {a})")
                    }
                }
                4 => format!("len({})", self.ek(&[Kind::Str, Kind::List, Kind::Dict], d)),
                5 => format!("abs({})", self.expr(Kind::Int, d)),
                6 => format!("(-{})", self.expr(Kind::Int, d)),
                7 => format!("sum({})", self.expr(Kind::List, d)),
                8 => format!(
                    "{}({})",
                    self.rng.pick(&["min", "max"]),
                    self.expr(Kind::List, d)
                ),
                9 => format!("int({})", self.ek(&[Kind::Float, Kind::Str, Kind::Bool], d)),
                10 => format!("({} << {})", self.expr(Kind::Int, d), self.rng.range(0, 70)),
                11 => format!("({} >> {})", self.expr(Kind::Big, d), self.rng.range(0, 70)),
                12 => format!("({} ** {})", self.leaf(Kind::Int), self.rng.range(0, 5)),
                13 => format!("round({})", self.expr(Kind::Float, d)),
                14 => self.call_expr(d),
                _ => format!("({}).bit_length()", self.expr(Kind::Int, d)),
            },
            Kind::Big => match self.rng.below(6) {
                0 => format!("({} * {})", self.expr(Kind::Int, d), self.big_lit()),
                1 => format!("({} + {})", self.expr(Kind::Big, d), self.leaf(Kind::Int)),
                2 => format!("({} // {})", self.expr(Kind::Big, d), self.leaf(Kind::Int)),
                3 => format!("({} % {})", self.expr(Kind::Big, d), self.leaf(Kind::Big)),
                4 => format!("(-{})", self.expr(Kind::Big, d)),
                _ => format!("({} - {})", self.big_lit(), self.expr(Kind::Int, d)),
            },
            Kind::Float => match self.rng.below(9) {
                0..=2 => {
                    let op = *self.rng.pick(&["+", "-", "*", "/", "//", "%"]);
                    let a = self.ek(&[Kind::Float, Kind::Int], d);
                    let b = self.lk(&[Kind::Float, Kind::Int]);
                    format!("({a} {op} {b})")
                }
                3 => format!("({} / {})", self.expr(Kind::Int, d), self.leaf(Kind::Int)),
                4 => format!(
                    "round({}, {})",
                    self.expr(Kind::Float, d),
                    self.rng.range(-2, 5)
                ),
                5 => format!("float({})", self.ek(&[Kind::Int, Kind::Str, Kind::Big], d)),
                6 => format!("abs({})", self.expr(Kind::Float, d)),
                // abs(): negative ** fraction (complex results) is reported once by ERR_OPS.
                7 => format!(
                    "(abs({}) ** {})",
                    self.leaf(Kind::Float),
                    self.rng.pick(&["2", "0.5", "-1", "3"])
                ),
                _ => format!("({} * 1.0)", self.expr(Kind::Big, d)),
            },
            Kind::Bool => match self.rng.below(6) {
                0 => {
                    let op = *self.rng.pick(&["<", "<=", "==", "!=", ">", ">="]);
                    let k = *self
                        .rng
                        .pick(&[Kind::Int, Kind::Float, Kind::Str, Kind::Big]);
                    format!("({} {op} {})", self.expr(k, d), self.expr(k, d))
                }
                1 => format!(
                    "({} in {})",
                    self.expr(Kind::Int, d),
                    self.expr(Kind::List, d)
                ),
                2 => format!("(not {})", self.expr(Kind::Bool, d)),
                3 => format!(
                    "({} and {})",
                    self.expr(Kind::Bool, d),
                    self.expr(Kind::Int, d)
                ),
                4 => format!(
                    "isinstance({}, {})",
                    self.any_expr(d),
                    self.rng
                        .pick(&["int", "float", "str", "list", "(int, str)", "bool"])
                ),
                _ => format!("bool({})", self.any_expr(d)),
            },
            Kind::Str => match self.rng.below(14) {
                0 => format!("str({})", self.any_expr(d)),
                1 => format!("repr({})", self.any_expr(d)),
                2 => self.fstring(d),
                3 => {
                    let spec = *self.rng.pick(PCT);
                    format!("({:?} % ({},))", spec, self.any_expr(d))
                }
                4 => {
                    let (a, b, c) = self.slice_bounds();
                    format!("{}[{a}:{b}{c}]", self.expr(Kind::Str, d))
                }
                5 => format!(
                    "{}.{}()",
                    self.expr(Kind::Str, d),
                    self.rng.pick(&[
                        "upper",
                        "lower",
                        "strip",
                        "title",
                        "swapcase",
                        "capitalize",
                        "casefold",
                        "lstrip"
                    ])
                ),
                6 => format!(
                    "{:?}.join(map(str, {}))",
                    self.rng.pick(&[",", "", " - "]),
                    self.expr(Kind::List, d)
                ),
                7 => format!("({} + {})", self.expr(Kind::Str, d), self.leaf(Kind::Str)),
                8 => format!("({} * {})", self.leaf(Kind::Str), self.rng.range(-1, 4)),
                9 => format!(
                    "format({}, {:?})",
                    self.expr(Kind::Float, d),
                    self.rng.pick(FLOAT_SPECS)
                ),
                10 => format!(
                    "format({}, {:?})",
                    self.expr(Kind::Int, d),
                    self.rng.pick(INT_SPECS)
                ),
                11 => format!(
                    "{}.{}({}, {:?})",
                    self.expr(Kind::Str, d),
                    self.rng.pick(&["center", "ljust", "rjust"]),
                    self.rng.range(-1, 12),
                    self.rng.pick(&["*", "-", "é"])
                ),
                12 => format!(
                    "{}.replace({}, {})",
                    self.expr(Kind::Str, d),
                    self.str_lit(),
                    self.str_lit()
                ),
                _ => format!(
                    "'{{}}|{{:>4}}|{{!r}}'.format({}, {}, {})",
                    self.any_expr(d),
                    self.expr(Kind::Int, d),
                    self.any_expr(d)
                ),
            },
            Kind::List => match self.rng.below(12) {
                0 => {
                    let n = self.rng.below(4);
                    let items: Vec<String> = (0..n).map(|_| self.any_expr(d)).collect();
                    format!("[{}]", items.join(", "))
                }
                1 => format!(
                    "list(range({}, {}, {}))",
                    self.rng.range(-5, 5),
                    self.rng.range(-5, 15),
                    self.rng.pick(&["1", "2", "-1", "3", "-2"])
                ),
                2 => {
                    let i = self.fresh("i");
                    let body = {
                        self.vars.push(vec![(i.clone(), Kind::Int)]);
                        let b = self.ek(&[Kind::Int, Kind::Float, Kind::Str], d);
                        let c = self.expr(Kind::Bool, d);
                        self.vars.pop();
                        (b, c)
                    };
                    let cond = if self.rng.chance(40) {
                        format!(" if {}", body.1)
                    } else {
                        String::new()
                    };
                    format!(
                        "[{} for {i} in range({}){cond}]",
                        body.0,
                        self.rng.range(0, 8)
                    )
                }
                3 => format!(
                    "sorted({}{})",
                    self.expr(Kind::List, d),
                    self.rng
                        .pick(&["", ", reverse=True", ", key=abs", ", key=str"])
                ),
                4 => {
                    let (a, b, c) = self.slice_bounds();
                    format!("{}[{a}:{b}{c}]", self.expr(Kind::List, d))
                }
                5 => format!(
                    "list(zip({}, {}))",
                    self.expr(Kind::List, d),
                    self.expr(Kind::Str, d)
                ),
                6 => format!(
                    "list(enumerate({}, {}))",
                    self.expr(Kind::Str, d),
                    self.rng.range(-2, 3)
                ),
                7 => format!("({} + {})", self.expr(Kind::List, d), self.leaf(Kind::List)),
                8 => format!(
                    "list({})",
                    self.ek(&[Kind::Str, Kind::Tuple, Kind::Set, Kind::Dict], d)
                ),
                9 => format!(
                    "{}.split({})",
                    self.expr(Kind::Str, d),
                    self.rng.pick(&["", "','", "' '", "'a'"])
                ),
                10 => format!("list(reversed({}))", self.expr(Kind::List, d)),
                _ => {
                    let gens: Vec<Func> =
                        self.funcs.iter().filter(|f| f.generator).cloned().collect();
                    if gens.is_empty() {
                        format!("[x * 2 for x in {}]", self.expr(Kind::List, d))
                    } else {
                        let g = self.rng.pick(&gens).clone();
                        let args: Vec<String> =
                            (0..g.arity).map(|_| self.leaf(Kind::Int)).collect();
                        format!("list({}({}))", g.name, args.join(", "))
                    }
                }
            },
            Kind::Tuple => match self.rng.below(4) {
                0 => format!("tuple({})", self.expr(Kind::List, d)),
                1 => format!("({}, {})", self.any_expr(d), self.any_expr(d)),
                2 => format!(
                    "divmod({}, {})",
                    self.ek(&[Kind::Int, Kind::Float, Kind::Big], d),
                    self.leaf(Kind::Int)
                ),
                _ => {
                    let (a, b, c) = self.slice_bounds();
                    format!("{}[{a}:{b}{c}]", self.expr(Kind::Tuple, d))
                }
            },
            Kind::Set => match self.rng.below(4) {
                0 => format!("set(range({} % 40))", self.expr(Kind::Int, d)),
                1 => {
                    let op = *self.rng.pick(&["|", "&", "-", "^"]);
                    format!(
                        "({} {op} {})",
                        self.expr(Kind::Set, d),
                        self.leaf(Kind::Set)
                    )
                }
                2 => format!(
                    "{{x % {} for x in range({})}}",
                    self.rng.range(1, 9),
                    self.rng.range(0, 12)
                ),
                _ => format!(
                    "set(range({}, {}))",
                    self.rng.range(-40, 0),
                    self.rng.range(0, 40)
                ),
            },
            Kind::Dict => match self.rng.below(4) {
                0 => format!(
                    "{{x: {} for x in range({})}}",
                    self.rng.pick(&["x * x", "str(x)", "x / 2", "-x"]),
                    self.rng.range(0, 6)
                ),
                1 => format!(
                    "dict(zip({}, {}))",
                    self.expr(Kind::Str, d),
                    self.expr(Kind::List, d)
                ),
                2 => format!("({} | {})", self.expr(Kind::Dict, d), self.leaf(Kind::Dict)),
                _ => format!("dict(enumerate({}))", self.expr(Kind::List, d)),
            },
            Kind::Obj => {
                if self.classes.is_empty() {
                    return self.expr(Kind::Int, d);
                }
                let c = self.rng.pick(&self.classes).clone();
                match self.rng.below(3) {
                    0 => format!(
                        "({} + {})",
                        self.expr(Kind::Obj, d),
                        self.expr(Kind::Int, d)
                    ),
                    1 => format!("{c}({})", self.any_expr(d)),
                    _ => format!("max({c}(3), {})", self.expr(Kind::Obj, d)),
                }
            }
        }
    }

    fn ek(&mut self, kinds: &[Kind], depth: usize) -> String {
        let k = *self.rng.pick(kinds);
        self.expr(k, depth)
    }

    fn lk(&mut self, kinds: &[Kind]) -> String {
        let k = *self.rng.pick(kinds);
        self.leaf(k)
    }

    fn any_expr(&mut self, depth: usize) -> String {
        let k = *self.rng.pick(KINDS);
        self.expr(k, depth)
    }

    fn slice_bounds(&mut self) -> (String, String, String) {
        let mut b = || -> String {
            match self.rng.below(5) {
                0 => String::new(),
                _ => self.rng.range(-8, 8).to_string(),
            }
        };
        let x = b();
        let y = b();
        let step = match self.rng.below(6) {
            0 => ":-1".to_string(),
            1 => format!(":{}", self.rng.range(-3, 3)),
            _ => String::new(),
        };
        (x, y, step)
    }

    fn fstring(&mut self, d: usize) -> String {
        let n = self.rng.range(1, 3);
        let mut s = String::from("f'");
        for _ in 0..n {
            let (k, specs) = match self.rng.below(4) {
                0 => (Kind::Int, INT_SPECS),
                1 => (Kind::Float, FLOAT_SPECS),
                2 => (Kind::Str, STR_SPECS),
                _ => (Kind::Big, INT_SPECS),
            };
            let mut e = self.expr(k, d);
            if e.contains('\'') || e.contains('\\') || e.contains('"') {
                e = self.small_int();
            }
            let conv = *self.rng.pick(&["", "", "", "!r", "!s", "!a"]);
            let spec = if self.rng.chance(60) {
                format!(":{}", self.rng.pick(specs))
            } else {
                String::new()
            };
            let _ = write!(s, "<{{({e}){conv}{spec}}}>");
        }
        s.push('\'');
        s
    }

    fn call_expr(&mut self, d: usize) -> String {
        let plain: Vec<Func> = self
            .funcs
            .iter()
            .filter(|f| !f.generator)
            .cloned()
            .collect();
        if plain.is_empty() {
            return self.leaf(Kind::Int);
        }
        let f = self.rng.pick(&plain).clone();
        let args: Vec<String> = (0..f.arity).map(|_| self.any_expr(d.min(1))).collect();
        format!("{}({})", f.name, args.join(", "))
    }

    /// `try: <stmt> except Exception as exc: print(type(exc).__name__, exc)`.
    fn guarded(&mut self, stmt: &str) {
        self.line("try:");
        self.indent += 1;
        self.line(stmt);
        self.indent -= 1;
        self.line("except Exception as exc:");
        self.indent += 1;
        self.line("print(type(exc).__name__, exc)");
        self.indent -= 1;
    }

    /// A filled-in template of `TEMPLATES`.
    fn template(&mut self) -> String {
        let t = *self.rng.pick(TEMPLATES);
        let mut out = String::new();
        let mut chars = t.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '{' && chars.peek().is_some_and(|n| "ifslbdtx".contains(*n)) {
                let k = chars.next().unwrap_or('x');
                if chars.peek() == Some(&'}') {
                    chars.next();
                    let kind = match k {
                        'i' => Kind::Int,
                        'f' => Kind::Float,
                        's' => Kind::Str,
                        'l' => Kind::List,
                        'b' => Kind::Big,
                        'd' => Kind::Dict,
                        't' => Kind::Tuple,
                        _ => *self.rng.pick(KINDS),
                    };
                    let e = self.expr(kind, 1);
                    let _ = write!(out, "({e})");
                    continue;
                }
                out.push(c);
                out.push(k);
                continue;
            }
            if (c == '{' || c == '}') && chars.peek() == Some(&c) {
                chars.next();
            }
            out.push(c);
        }
        out
    }

    fn print_stmt(&mut self) {
        let n = self.rng.range(1, 3);
        let items: Vec<String> = (0..n)
            .map(|_| {
                if self.rng.chance(50) {
                    let t = self.template();
                    format!("[{t}]")
                } else {
                    self.any_expr(3)
                }
            })
            .collect();
        let tag = self.fresh("p");
        let stmt = format!("print({tag:?}, {})", items.join(", "));
        self.guarded(&stmt);
    }

    /// Names a statement may rebind: in a function only its own locals (rebinding a global
    /// would make it local everywhere in the function).
    fn targets(&self) -> Vec<(String, Kind)> {
        if self.in_func {
            self.vars.last().cloned().unwrap_or_default()
        } else {
            self.all_vars()
        }
    }

    fn assign_stmt(&mut self) {
        let existing = self.targets();
        let may_declare = self.depth == self.func_depth;
        if existing.is_empty() && !may_declare {
            return self.print_stmt();
        }
        let (name, kind) = if !existing.is_empty() && (!may_declare || self.rng.chance(60)) {
            let (n, old) = self.rng.pick(&existing).clone();
            // Mutate the type along int -> float -> bigint -> str now and then.
            let k = if self.rng.chance(40) {
                match old {
                    Kind::Int => Kind::Float,
                    Kind::Float => Kind::Big,
                    Kind::Big => Kind::Str,
                    _ => *self.rng.pick(KINDS),
                }
            } else {
                old
            };
            (n, k)
        } else {
            (self.fresh("v"), *self.rng.pick(KINDS))
        };
        let e = self.expr(kind, 2);
        let stmt = format!("{name} = {e}");
        let declared = existing.iter().any(|(n, _)| *n == name);
        if !declared {
            // A new name must be bound for later statements: give it a safe value first.
            let l = self.leaf(kind);
            self.line(&format!("{name} = {l}"));
        }
        self.guarded(&stmt);
        self.set_kind(&name, kind);
        if self.rng.chance(30) {
            self.line(&format!("print({name:?}, {name})"));
        }
    }

    fn aug_stmt(&mut self) {
        let existing = self.targets();
        if existing.is_empty() {
            return self.assign_stmt();
        }
        let (name, kind) = self.rng.pick(&existing).clone();
        let (op, rhs) = match kind {
            Kind::Int | Kind::Big | Kind::Bool => (
                *self.rng.pick(&["+=", "-=", "*=", "//=", "%=", "^=", "|="]),
                self.leaf(Kind::Int),
            ),
            Kind::Float => (
                *self.rng.pick(&["+=", "-=", "*=", "/="]),
                self.leaf(Kind::Float),
            ),
            Kind::Str => ("+=", self.leaf(Kind::Str)),
            Kind::List => ("+=", self.leaf(Kind::List)),
            Kind::Set => (*self.rng.pick(&["|=", "&=", "-="]), self.leaf(Kind::Set)),
            Kind::Dict => ("|=", self.leaf(Kind::Dict)),
            Kind::Tuple => ("+=", self.leaf(Kind::Tuple)),
            Kind::Obj => ("+=", self.leaf(Kind::Int)),
        };
        self.guarded(&format!("{name} {op} {rhs}"));
    }

    fn mutate_stmt(&mut self) {
        // In-place container mutation.
        let choices = [Kind::List, Kind::Dict, Kind::Set];
        let k = *self.rng.pick(&choices);
        let Some(v) = self.var_of(k) else {
            return self.print_stmt();
        };
        let stmt = match k {
            Kind::List => match self.rng.below(6) {
                0 => format!("{v}.append({})", self.any_expr(1)),
                1 => format!(
                    "{v}.insert({}, {})",
                    self.rng.range(-4, 6),
                    self.leaf(Kind::Int)
                ),
                2 => format!("print({v}.pop({}))", self.rng.pick(&["", "0", "-1", "3"])),
                3 => format!("{v}.sort()"),
                4 => format!("{v}[{}] = {}", self.rng.range(-3, 3), self.any_expr(1)),
                _ => format!(
                    "del {v}[{}:{}]",
                    self.rng.range(-3, 3),
                    self.rng.range(-3, 5)
                ),
            },
            Kind::Dict => match self.rng.below(4) {
                0 => format!(
                    "{v}[{}] = {}",
                    self.lk(&[Kind::Int, Kind::Str]),
                    self.any_expr(1)
                ),
                1 => format!("print({v}.get({}, 'dflt'))", self.small_int()),
                2 => format!("print({v}.pop({}, None))", self.str_lit()),
                _ => format!("print(sorted({v}.items(), key=repr))"),
            },
            _ => match self.rng.below(3) {
                0 => format!("{v}.add({})", self.small_int()),
                1 => format!("{v}.discard({})", self.small_int()),
                _ => format!("print(sorted({v}), len({v}))"),
            },
        };
        self.guarded(&stmt);
    }

    fn block(&mut self, n: usize) {
        self.depth += 1;
        let start = self.out.len();
        for _ in 0..n {
            self.stmt();
        }
        if self.out.len() == start {
            self.line("pass");
        }
        self.depth -= 1;
    }

    fn for_stmt(&mut self) {
        if self.loops >= 2 {
            return self.print_stmt();
        }
        let i = self.fresh("i");
        let iter = match self.rng.below(6) {
            0 => format!("range({})", self.rng.range(0, 6)),
            1 => format!(
                "range({}, {}, {})",
                self.rng.range(-5, 5),
                self.rng.range(-5, 8),
                self.rng.pick(&["2", "-1", "3"])
            ),
            2 => {
                let l = self.leaf(Kind::List);
                l.to_string()
            }
            3 => format!("enumerate({})", self.str_lit()),
            4 => format!("zip(range(4), {})", self.str_lit()),
            _ => {
                let gens: Vec<Func> = self.funcs.iter().filter(|f| f.generator).cloned().collect();
                if gens.is_empty() {
                    "range(3)".to_string()
                } else {
                    let g = self.rng.pick(&gens).clone();
                    let args: Vec<String> = (0..g.arity)
                        .map(|_| self.rng.range(0, 5).to_string())
                        .collect();
                    format!("{}({})", g.name, args.join(", "))
                }
            }
        };
        self.line(&format!("for {i} in {iter}:"));
        self.indent += 1;
        self.loops += 1;
        if let Some(s) = self.vars.last_mut() {
            s.push((i.clone(), Kind::Int));
        }
        let n = self.rng.range(1, 4) as usize;
        self.block(n);
        if self.rng.chance(20) {
            let lim = self.small_int();
            self.line(&format!("if {i} == {lim}:"));
            self.indent += 1;
            let bc = *self.rng.pick(&["break", "continue"]);
            self.line(bc);
            self.indent -= 1;
        }
        self.loops -= 1;
        self.indent -= 1;
        // The loop variable is unbound when the loop runs zero times.
        for scope in self.vars.iter_mut() {
            scope.retain(|(n, _)| *n != i);
        }
        if self.rng.chance(20) {
            self.line("else:");
            self.indent += 1;
            self.line(&format!("print('for-else', {i:?})"));
            self.indent -= 1;
        }
    }

    fn while_stmt(&mut self) {
        if self.loops >= 2 {
            return self.print_stmt();
        }
        let w = self.fresh("w");
        let n = self.rng.range(0, 6);
        self.line(&format!("{w} = 0"));
        self.line(&format!("while {w} < {n}:"));
        self.indent += 1;
        self.line(&format!("{w} += 1"));
        self.loops += 1;
        let k = self.rng.range(1, 3) as usize;
        self.block(k);
        self.loops -= 1;
        self.indent -= 1;
        self.line(&format!("print('while', {w})"));
    }

    fn if_stmt(&mut self) {
        let c = self.expr(Kind::Bool, 2);
        self.line("try:");
        self.indent += 1;
        self.line(&format!("cond = bool({c})"));
        self.indent -= 1;
        self.line("except Exception as exc:");
        self.indent += 1;
        self.line("cond = False");
        self.indent -= 1;
        self.line("if cond:");
        self.indent += 1;
        let n = self.rng.range(1, 3) as usize;
        self.block(n);
        self.indent -= 1;
        if self.rng.chance(50) {
            self.line("else:");
            self.indent += 1;
            self.block(1);
            self.indent -= 1;
        }
    }

    fn try_stmt(&mut self) {
        self.line("try:");
        self.indent += 1;
        if self.rng.chance(50) {
            self.block(1);
        }
        let op = *self.rng.pick(ERR_OPS);
        self.line("print('about to fail')");
        self.line(&format!("print({op})"));
        self.indent -= 1;
        let handlers = [
            "except (ZeroDivisionError, OverflowError) as exc:",
            "except (IndexError, KeyError) as exc:",
            "except LookupError as exc:",
            "except TypeError as exc:",
            "except ValueError as exc:",
            "except ArithmeticError as exc:",
            "except Exception as exc:",
        ];
        let nh = self.rng.range(1, 3);
        for _ in 0..nh {
            let h = *self.rng.pick(&handlers);
            self.line(h);
            self.indent += 1;
            self.line("print('caught', type(exc).__name__, exc, exc.args)");
            self.indent -= 1;
        }
        if !self
            .out
            .ends_with("print('caught', type(exc).__name__, exc, exc.args)\n")
        {
            // unreachable: keep the structure simple
        }
        // Ensure everything is caught (so the program goes on).
        self.line("except BaseException as exc:");
        self.indent += 1;
        self.line("print('base', type(exc).__name__, exc)");
        self.indent -= 1;
        if self.rng.chance(30) {
            self.line("else:");
            self.indent += 1;
            self.line("print('no error')");
            self.indent -= 1;
        }
        if self.rng.chance(50) {
            self.line("finally:");
            self.indent += 1;
            self.line("print('finally')");
            self.indent -= 1;
        }
    }

    fn func_def(&mut self) {
        if self.depth > 1 || self.loops > 0 || self.depth != self.func_depth {
            return self.print_stmt();
        }
        let saved_funcs = self.funcs.len();
        let saved_func_depth = self.func_depth;
        self.func_depth = self.depth + 1;
        let generator = self.rng.chance(30);
        let name = self.fresh(if generator { "gen" } else { "fn" });
        let arity = self.rng.range(0, 3) as usize;
        let params: Vec<String> = (0..arity).map(|_| self.fresh("a")).collect();
        let mut sig = params.join(", ");
        if self.rng.chance(30) {
            let k = self.fresh("k");
            let dv = self.small_int();
            if !sig.is_empty() {
                sig.push_str(", ");
            }
            let _ = write!(sig, "{k}={dv}");
            self.vars.push(vec![(k, Kind::Int)]);
        } else {
            self.vars.push(Vec::new());
        }
        self.line(&format!("def {name}({sig}):"));
        self.indent += 1;
        let saved_in_func = self.in_func;
        self.in_func = true;
        for p in &params {
            let k = *self
                .rng
                .pick(&[Kind::Int, Kind::Float, Kind::Str, Kind::List]);
            if let Some(s) = self.vars.last_mut() {
                s.push((p.clone(), k));
            }
        }
        if generator {
            let i = self.fresh("i");
            let bound = params.first().cloned().unwrap_or_else(|| "3".to_string());
            self.line(&format!(
                "for {i} in range(min(int({bound}) if isinstance({bound}, int) else 2, 6)):"
            ));
            self.indent += 1;
            if let Some(s) = self.vars.last_mut() {
                s.push((i.clone(), Kind::Int));
            }
            let y = self.ek(&[Kind::Int, Kind::Str, Kind::Float], 2);
            self.line(&format!("yield {y}"));
            self.indent -= 1;
        } else {
            let n = self.rng.range(1, 3) as usize;
            let saved_loops = self.loops;
            self.loops = 1; // keep function bodies cheap
            self.block(n);
            self.loops = saved_loops;
            if self.rng.chance(30) {
                // A nested closure over a local.
                let inner = self.fresh("inner");
                let cell = self.fresh("c");
                let init = self.small_int();
                self.line(&format!("{cell} = {init}"));
                self.line(&format!("def {inner}(z):"));
                self.indent += 1;
                self.line(&format!("nonlocal {cell}"));
                self.line(&format!("{cell} += z"));
                self.line(&format!("return {cell}"));
                self.indent -= 1;
                self.line(&format!("print({inner}(1), {inner}(2), {cell})"));
            }
            let r = self.any_expr(2);
            self.line(&format!("return {r}"));
        }
        self.in_func = saved_in_func;
        self.func_depth = saved_func_depth;
        self.funcs.truncate(saved_funcs);
        self.indent -= 1;
        self.vars.pop();
        self.funcs.push(Func {
            name: name.clone(),
            arity,
            generator,
        });
        // Call it right away.
        let args: Vec<String> = (0..arity).map(|_| self.any_expr(1)).collect();
        if generator {
            self.guarded(&format!(
                "print({name:?}, list({name}({})))",
                args.join(", ")
            ));
        } else {
            self.guarded(&format!("print({name:?}, {name}({}))", args.join(", ")));
        }
    }

    fn class_def(&mut self) {
        if self.depth > 0 || self.in_func {
            return self.print_stmt();
        }
        let name = format!("C{}", self.next_id + 1);
        self.next_id += 1;
        let base = if !self.classes.is_empty() && self.rng.chance(50) {
            Some(self.rng.pick(&self.classes).clone())
        } else {
            None
        };
        match &base {
            Some(b) => self.line(&format!("class {name}({b}):")),
            None => self.line(&format!("class {name}:")),
        }
        self.indent += 1;
        if self.rng.chance(40) {
            let tag = self.str_lit();
            self.line(&format!("tag = {tag}"));
        }
        if base.is_none() || self.rng.chance(50) {
            self.line("def __init__(self, x):");
            self.indent += 1;
            if base.is_some() {
                self.line("super().__init__(x)");
                self.line("self.extra = len(repr(x))");
            } else {
                self.line("self.x = x");
            }
            self.indent -= 1;
        }
        self.line("def __repr__(self):");
        self.indent += 1;
        if base.is_some() && self.rng.chance(50) {
            self.line(&format!("return '{name}/' + super().__repr__()"));
        } else {
            self.line(&format!("return f'{name}({{self.x!r}})'"));
        }
        self.indent -= 1;
        let dunders = [
            "add", "eq", "lt", "len", "bool", "str", "getitem", "mul", "neg", "hash",
        ];
        for d in dunders {
            if !self.rng.chance(45) {
                continue;
            }
            match d {
                "add" => {
                    self.line("def __add__(self, other):");
                    self.indent += 1;
                    self.line("if isinstance(other, int):");
                    self.line(&format!("    return {name}(self.x + other)"));
                    self.line("return NotImplemented");
                    self.indent -= 1;
                }
                "eq" => {
                    self.line("def __eq__(self, other):");
                    self.line("    return isinstance(other, type(self)) and self.x == other.x");
                }
                "lt" => {
                    self.line("def __lt__(self, other):");
                    self.line("    return self.x < other.x");
                }
                "len" => {
                    self.line("def __len__(self):");
                    self.line("    return len(str(self.x))");
                }
                "bool" => {
                    self.line("def __bool__(self):");
                    self.line("    return bool(self.x)");
                }
                "str" => {
                    self.line("def __str__(self):");
                    self.line(&format!("    return '<' + str(self.x) + {:?} + '>'", name));
                }
                "getitem" => {
                    self.line("def __getitem__(self, i):");
                    self.line("    return str(self.x)[i]");
                }
                "mul" => {
                    self.line("def __mul__(self, k):");
                    self.line("    return [self.x] * k");
                    self.line("__rmul__ = __mul__");
                }
                "neg" => {
                    self.line("def __neg__(self):");
                    self.line(&format!("    return {name}(-self.x)"));
                }
                _ => {
                    self.line("def __hash__(self):");
                    self.line("    return hash(self.x)");
                }
            }
        }
        if self.rng.chance(40) {
            self.line("@property");
            self.line("def double(self):");
            self.line("    return self.x * 2");
        }
        self.indent -= 1;
        self.classes.push(name.clone());
        // Exercise it.
        let a = self.any_expr(1);
        let b = self.leaf(Kind::Int);
        let obj = self.fresh("o");
        self.line(&format!("{obj} = {name}({b})"));
        self.set_kind(&obj, Kind::Obj);
        let uses = [
            format!("print({obj}, repr({obj}), str({obj}))"),
            format!("print({obj} + 1)"),
            format!("print(1 + {obj})"),
            format!("print({obj} == {name}({b}), {obj} != {a})"),
            format!("print(sorted([{name}(3), {obj}, {name}(-1)]))"),
            format!("print(len({obj}), bool({obj}))"),
            format!("print({obj}[0], {obj}[-1:])"),
            format!("print({obj} * 2, 3 * {obj})"),
            format!("print(-{obj})"),
            format!("print({obj}.double)"),
            format!("print(hash({obj}) == hash({obj}), {{{obj}: 1}}.get({obj}))"),
            format!("print(isinstance({obj}, {name}), type({obj}).__name__, {name}.__name__)"),
            format!("print(getattr({obj}, 'tag', 'none'), getattr({obj}, 'extra', 'no extra'))"),
            format!("print({obj}.missing)"),
        ];
        let n = self.rng.range(2, 5);
        for _ in 0..n {
            let u = self.rng.pick(&uses).clone();
            self.guarded(&u);
        }
    }

    fn stmt(&mut self) {
        let r = self.rng.below(100);
        match r {
            0..=24 => self.print_stmt(),
            25..=42 => self.assign_stmt(),
            43..=50 => self.aug_stmt(),
            51..=57 => self.mutate_stmt(),
            58..=65 => self.for_stmt(),
            66..=69 => self.while_stmt(),
            70..=75 => self.if_stmt(),
            76..=83 => self.try_stmt(),
            84..=91 => self.func_def(),
            _ => self.class_def(),
        }
    }

    /// A whole program.
    fn program(mut self) -> String {
        let n = self.rng.range(15, 40) as usize;
        for _ in 0..n {
            self.stmt();
        }
        // Dump all globals at the end (type mutation results).
        let vars: Vec<String> = self.vars[0].iter().map(|(n, _)| n.clone()).collect();
        for v in vars {
            self.line(&format!(
                "print({v:?}, type({v}).__name__, repr({v})[:200])"
            ));
        }
        self.out
    }
}

/// The generated program for `seed`.
pub fn generate(seed: u64) -> String {
    Gen::new(seed).program()
}

// ---------------------------------------------------------------------------------------------
// Corpus mutation

fn mutate(rng: &mut Rng, src: &str) -> String {
    let mut lines: Vec<String> = src.lines().map(String::from).collect();
    let rounds = rng.range(1, 3);
    for _ in 0..rounds {
        if lines.is_empty() {
            break;
        }
        match rng.below(7) {
            0 => {
                let i = rng.below(lines.len());
                lines.remove(i);
            }
            1 => {
                // Truncate (maybe mid-line).
                let i = rng.below(lines.len());
                lines.truncate(i + 1);
                let l = &mut lines[i];
                let cut = rng.below(l.len() + 1);
                let cut = (0..=cut)
                    .rev()
                    .find(|&c| l.is_char_boundary(c))
                    .unwrap_or(0);
                l.truncate(cut);
            }
            2 => {
                // Swap two tokens (whitespace-separated words) between random lines.
                let i = rng.below(lines.len());
                let j = rng.below(lines.len());
                let wi: Vec<String> = lines[i].split(' ').map(String::from).collect();
                let wj: Vec<String> = lines[j].split(' ').map(String::from).collect();
                if !wi.is_empty() && !wj.is_empty() {
                    let a = rng.below(wi.len());
                    let b = rng.below(wj.len());
                    let (ta, tb) = (wi[a].clone(), wj[b].clone());
                    let mut ni = wi.clone();
                    ni[a] = tb;
                    lines[i] = ni.join(" ");
                    let mut nj: Vec<String> = lines[j].split(' ').map(String::from).collect();
                    if b < nj.len() {
                        nj[b] = ta;
                    }
                    lines[j] = nj.join(" ");
                }
            }
            3 => {
                // Random bytes (printable-ish or punctuation) inserted.
                let i = rng.below(lines.len());
                let l = &mut lines[i];
                let mut pos = rng.below(l.len() + 1);
                while !l.is_char_boundary(pos) {
                    pos -= 1;
                }
                let junk = [
                    "(", ")", "[", "]", "{", "}", ":", ",", "'", "\"", "\\", "*", "**", "0", "9e9",
                    " ", "\t", "#", "@", "lambda", "yield", "await", "not", "-", "~", "!", "$",
                    "\u{0}", "é", "1_", "0x", ".", "=", "f'{", "\n", "    ",
                ];
                let n = rng.range(1, 3);
                for _ in 0..n {
                    let j = *rng.pick(&junk);
                    l.insert_str(pos, j);
                }
            }
            4 => {
                // Duplicate a line elsewhere.
                let i = rng.below(lines.len());
                let j = rng.below(lines.len());
                let l = lines[i].clone();
                lines.insert(j, l);
            }
            5 => {
                // Replace a number with an extreme one.
                let i = rng.below(lines.len());
                let repl = *rng.pick(&[
                    "0", "-1", "10**30", "2**63", "1e308", "-0.0", "999999", "None", "''",
                ]);
                let l = lines[i].clone();
                if let Some(p) = l.find(|c: char| c.is_ascii_digit()) {
                    let end = l[p..]
                        .find(|c: char| !c.is_ascii_digit())
                        .map_or(l.len(), |e| p + e);
                    lines[i] = format!("{}{repl}{}", &l[..p], &l[end..]);
                }
            }
            _ => {
                // Change indentation.
                let i = rng.below(lines.len());
                if rng.chance(50) {
                    lines[i] = format!("    {}", lines[i]);
                } else if let Some(s) = lines[i].strip_prefix("    ") {
                    lines[i] = s.to_string();
                }
            }
        }
    }
    let mut s = lines.join("\n");
    if rng.chance(80) {
        s.push('\n');
    }
    s
}

// ---------------------------------------------------------------------------------------------
// Running and comparing

struct Runner {
    python: String,
    taipan: PathBuf,
    scratch: PathBuf,
}

/// What one interpreter did with a program.
#[derive(Clone, Debug)]
struct Res {
    stdout: Vec<u8>,
    last: String,
    code: Option<i32>,
    signal: Option<i32>,
    timed_out: bool,
    panicked: Option<String>,
    wall: Duration,
}

impl Runner {
    fn run(&self, exe: &Path, src: &str, timeout: Duration) -> Res {
        let file = self.scratch.join("prog.py");
        let _ = std::fs::write(&file, src);
        let mut cmd = Command::new(exe);
        cmd.arg(&file).current_dir(&self.scratch);
        for (k, v) in corpus::CASE_ENV {
            cmd.env(k, v);
        }
        for k in corpus::CASE_ENV_REMOVE {
            cmd.env_remove(k);
        }
        cmd.env("PYTHONHASHSEED", "0");
        match proc::run(&mut cmd, None, Some(timeout)) {
            Ok(o) => {
                let err = String::from_utf8_lossy(&o.stderr);
                let panicked = err.find("panicked at").map(|p| {
                    let rest = &err[p + "panicked at ".len()..];
                    rest.lines()
                        .next()
                        .unwrap_or("")
                        .trim_end_matches(':')
                        .to_string()
                });
                let panicked =
                    panicked.or_else(|| (o.code == Some(101)).then(|| "exit 101".to_string()));
                Res {
                    stdout: o.stdout,
                    last: corpus::last_line(&o.stderr),
                    code: o.code,
                    signal: o.signal,
                    timed_out: o.timed_out,
                    panicked,
                    wall: o.wall,
                }
            }
            Err(e) => Res {
                stdout: Vec::new(),
                last: format!("cannot run {}: {e}", exe.display()),
                code: None,
                signal: None,
                timed_out: false,
                panicked: None,
                wall: Duration::ZERO,
            },
        }
    }

    fn python(&self, src: &str) -> Res {
        let py = PathBuf::from(&self.python);
        self.run(&py, src, TIMEOUT)
    }

    /// CPython's result, or `None` when it depends on string hashing (checked by a second
    /// run with another `PYTHONHASHSEED`).
    fn python_stable(&self, src: &str) -> Option<Res> {
        let a = self.python(src);
        let py = PathBuf::from(&self.python);
        let file = self.scratch.join("prog.py");
        let _ = std::fs::write(&file, src);
        let mut cmd = Command::new(&py);
        cmd.arg(&file).current_dir(&self.scratch);
        for (k, v) in corpus::CASE_ENV {
            cmd.env(k, v);
        }
        cmd.env("PYTHONHASHSEED", "12345");
        let b = proc::run(&mut cmd, None, Some(TIMEOUT)).ok()?;
        (b.stdout == a.stdout && corpus::last_line(&b.stderr) == a.last).then_some(a)
    }

    fn taipan(&self, src: &str) -> Res {
        self.run(&self.taipan, src, TIMEOUT)
    }
}

/// A crash of taipan regardless of what CPython does: panic, signal, odd exit status,
/// stderr not ending in an exception line.
fn crash_kind(t: &Res) -> Option<String> {
    if let Some(p) = &t.panicked {
        return Some(format!("panic at {p}"));
    }
    if let Some(s) = t.signal {
        if !t.timed_out {
            return Some(format!("signal {s}"));
        }
    }
    if t.timed_out {
        return None;
    }
    match t.code {
        Some(0) => None,
        Some(1) => {
            if looks_like_exception(&t.last) {
                None
            } else {
                Some(format!(
                    "exit 1 without an exception line: {}",
                    trunc(&t.last, 80)
                ))
            }
        }
        Some(c) => Some(format!("exit status {c}")),
        None => Some("no exit status".to_string()),
    }
}

fn looks_like_exception(line: &str) -> bool {
    let name: String = line
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '.')
        .collect();
    let rest = &line[name.len()..];
    !name.is_empty()
        && name.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && (rest.is_empty() || rest.starts_with(": "))
}

fn trunc(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let t: String = s.chars().take(n).collect();
        format!("{t}…")
    }
}

/// Digits collapsed, so that signatures group by shape rather than values.
fn shape(s: &str) -> String {
    let mut out = String::new();
    let mut prev_digit = false;
    for c in s.chars() {
        if c.is_ascii_digit() {
            if !prev_digit {
                out.push('9');
            }
            prev_digit = true;
        } else {
            out.push(c);
            prev_digit = false;
        }
    }
    let mut out = out.replace("-9", "9");
    while out.contains("9, 9") {
        out = out.replace("9, 9", "9");
    }
    out
}

/// A printed line without the generator's labels (`p12`, `caught`, `base`), which say where
/// it was printed rather than what went wrong.
fn norm(line: &str) -> String {
    let mut words: Vec<&str> = line.split(' ').collect();
    while let Some(w) = words.first() {
        let label = matches!(*w, "caught" | "base")
            || ["p", "fn", "gen"].iter().any(|p| {
                w.strip_prefix(p)
                    .is_some_and(|r| !r.is_empty() && r.chars().all(|c| c.is_ascii_digit()))
            });
        if !label {
            break;
        }
        words.remove(0);
    }
    words.join(" ")
}

/// The differing middle parts of two lines (common prefix and suffix removed, but widened
/// to word boundaries so that the context stays readable).
fn middle(a: &str, b: &str) -> (String, String) {
    let ac: Vec<char> = a.chars().collect();
    let bc: Vec<char> = b.chars().collect();
    let mut p = 0;
    while p < ac.len() && p < bc.len() && ac[p] == bc[p] {
        p += 1;
    }
    let mut q = 0;
    while q < ac.len() - p && q < bc.len() - p && ac[ac.len() - 1 - q] == bc[bc.len() - 1 - q] {
        q += 1;
    }
    let word = |c: char| c.is_alphanumeric() || c == '_';
    while p > 0 && word(ac[p - 1]) {
        p -= 1;
    }
    while q > 0 && word(ac[ac.len() - q]) {
        q -= 1;
    }
    let x: String = ac[p..ac.len() - q].iter().collect();
    let y: String = bc[p..bc.len() - q].iter().collect();
    (x, y)
}

/// The failure signature when taipan disagrees with CPython on a generated program, if it does.
fn discrepancy(py: &Res, t: &Res) -> Option<String> {
    discrepancies(py, t).into_iter().next()
}

/// One line's difference, labels removed and values collapsed.
fn line_sig(x: &str, y: &str) -> String {
    let (x, y) = middle(&norm(x), &norm(y));
    let (x, y) = (shape(&x), shape(&y));
    if x == y {
        return format!("stdout: values differ in {:?}", trunc(&x, 40));
    }
    format!(
        "stdout: python {:?} / taipan {:?}",
        trunc(&x, 60),
        trunc(&y, 60)
    )
}

/// All failure signatures of a run: every differing stdout line when both printed the same
/// number of lines (a known bug early in a program must not hide later ones), else the first.
fn discrepancies(py: &Res, t: &Res) -> Vec<String> {
    if let Some(c) = crash_kind(t) {
        return vec![c];
    }
    if t.timed_out {
        return vec!["timeout".to_string()];
    }
    let mut sigs: Vec<String> = Vec::new();
    if py.stdout != t.stdout {
        let a = String::from_utf8_lossy(&py.stdout);
        let b = String::from_utf8_lossy(&t.stdout);
        let al: Vec<&str> = a.lines().collect();
        let bl: Vec<&str> = b.lines().collect();
        if al.len() == bl.len() {
            for (x, y) in al.iter().zip(&bl) {
                if x != y {
                    let s = line_sig(x, y);
                    if !sigs.contains(&s) {
                        sigs.push(s);
                    }
                }
            }
        } else {
            let k = (0..al.len().min(bl.len()))
                .find(|&k| al[k] != bl[k])
                .unwrap_or(al.len().min(bl.len()));
            sigs.push(line_sig(
                al.get(k).copied().unwrap_or("<eof>"),
                bl.get(k).copied().unwrap_or("<eof>"),
            ));
        }
    }
    if py.last != t.last {
        sigs.push(format!(
            "stderr: python {:?} / taipan {:?}",
            trunc(&shape(&py.last), 70),
            trunc(&shape(&t.last), 70)
        ));
    }
    if sigs.is_empty() && py.code != t.code {
        sigs.push(format!("exit: python {:?} / taipan {:?}", py.code, t.code));
    }
    sigs
}

/// Is `py` an acceptable oracle run of a generated program (no generator bug)?
fn valid_oracle(py: &Res) -> bool {
    !py.timed_out
        && py.signal.is_none()
        && !py.last.starts_with("SyntaxError")
        && !py.last.starts_with("IndentationError")
        && !py.last.starts_with("NameError")
        && !py.last.starts_with("UnboundLocalError")
        && !py.last.contains("RecursionError")
        && !py.last.contains("MemoryError")
        && py.wall < Duration::from_secs(3)
}

/// Indices of the lines of the block starting at `i` (the line and its more-indented followers).
fn block_end(lines: &[&str], i: usize) -> usize {
    let ind = |l: &str| l.len() - l.trim_start().len();
    let base = ind(lines[i]);
    let mut j = i + 1;
    while j < lines.len() && (lines[j].trim().is_empty() || ind(lines[j]) > base) {
        j += 1;
    }
    j
}

/// Deletes blocks and lines while `still_fails` holds.
fn minimise(src: &str, still_fails: &mut dyn FnMut(&str) -> bool, budget: Duration) -> String {
    let start = Instant::now();
    let mut cur: Vec<String> = src.lines().map(String::from).collect();
    // Coarse first: chunks of top-level statements, halving the chunk size.
    let mut chunk = cur.len() / 2;
    while chunk >= 1 && start.elapsed() < budget {
        let tops: Vec<usize> = (0..cur.len())
            .filter(|&i| {
                !cur[i].starts_with(' ')
                    && !cur[i].starts_with("except")
                    && !cur[i].starts_with("else")
                    && !cur[i].starts_with("finally")
            })
            .collect();
        let n = tops.len();
        let mut k = 0;
        let mut removed_any = false;
        while k < n && start.elapsed() < budget {
            let from = tops[k];
            let to = tops.get(k + chunk).copied().unwrap_or(cur.len());
            let mut cand: Vec<String> = cur[..from].to_vec();
            cand.extend_from_slice(&cur[to..]);
            let text = cand.join("\n") + "\n";
            if !cand.is_empty() && still_fails(&text) {
                cur = cand;
                removed_any = true;
                break;
            }
            k += chunk;
        }
        if !removed_any {
            chunk /= 2;
        }
    }
    loop {
        let mut progress = false;
        let mut i = cur.len();
        while i > 0 {
            i -= 1;
            if i >= cur.len() || start.elapsed() > budget {
                break;
            }
            let refs: Vec<&str> = cur.iter().map(String::as_str).collect();
            let end = block_end(&refs, i);
            // Whole block, then the header alone with its body dedented one level.
            let mut cand: Vec<String> = cur[..i].to_vec();
            cand.extend_from_slice(&cur[end..]);
            let text = cand.join("\n") + "\n";
            if still_fails(&text) {
                cur = cand;
                progress = true;
                continue;
            }
            if end > i + 1 && cur[i].trim_end().ends_with(':') {
                let ind = cur[i].len() - cur[i].trim_start().len();
                let mut cand: Vec<String> = cur[..i].to_vec();
                for l in &cur[i + 1..end] {
                    let li = l.len() - l.trim_start().len();
                    let cut = (li.saturating_sub(ind)).min(4);
                    cand.push(l[cut.min(l.len())..].to_string());
                }
                cand.extend_from_slice(&cur[end..]);
                let text = cand.join("\n") + "\n";
                if still_fails(&text) {
                    cur = cand;
                    progress = true;
                }
            }
        }
        if !progress || start.elapsed() > budget {
            break;
        }
    }
    cur.join("\n") + "\n"
}

/// How many NameErrors a run printed (minimising must not make a program refer to names it
/// no longer defines).
fn names_missing(stdout: &str) -> usize {
    stdout.matches("NameError").count() + stdout.matches("UnboundLocalError").count()
}

/// Writes a regression case with CPython's expected outputs, in the conformance format.
fn record(dir: &Path, name: &str, src: &str, py: &Res) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    let w = |ext: &str, data: &[u8]| {
        std::fs::write(dir.join(format!("{name}.{ext}")), data).map_err(|e| e.to_string())
    };
    w("py", src.as_bytes())?;
    w("out", &py.stdout)?;
    if !py.last.is_empty() {
        w("err", format!("{}\n", py.last).as_bytes())?;
    }
    if let Some(c) = py.code.filter(|&c| c != 0) {
        w("code", format!("{c}\n").as_bytes())?;
    }
    Ok(())
}

fn slug(sig: &str) -> String {
    let mut s: String = sig
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    while s.contains("--") {
        s = s.replace("--", "-");
    }
    s.trim_matches('-')
        .chars()
        .take(40)
        .collect::<String>()
        .trim_end_matches('-')
        .to_string()
}

struct Failure {
    count: usize,
    example: String,
    file: Option<String>,
    detail: String,
}

/// Minimises `src` while it keeps failing with signature `sig`.
fn shrink(runner: &Runner, src: &str, sig: &str) -> String {
    let is_mutant = sig.starts_with("mutant: ");
    let orig_names = names_missing(&String::from_utf8_lossy(&runner.python(src).stdout));
    let mut still = |text: &str| -> bool {
        let py = runner.python(text);
        if !is_mutant && names_missing(&String::from_utf8_lossy(&py.stdout)) > orig_names {
            return false;
        }
        if !is_mutant && !valid_oracle(&py) {
            return false;
        }
        let t = runner.taipan(text);
        let s = if is_mutant {
            if t.timed_out {
                (!py.timed_out).then(|| "mutant: timeout (python3 finishes)".to_string())
            } else {
                crash_kind(&t).map(|k| format!("mutant: {k}"))
            }
        } else {
            return discrepancies(&py, &t).iter().any(|s| s == sig);
        };
        s.as_deref() == Some(sig)
    };
    minimise(src, &mut still, Duration::from_secs(45))
}

/// The signature of a program as it is now (generated-program rules unless `mutant`).
fn signature(runner: &Runner, src: &str, mutant: bool) -> Option<String> {
    let py = runner.python(src);
    let t = runner.taipan(src);
    if mutant {
        if t.timed_out {
            return (!py.timed_out).then(|| "mutant: timeout (python3 finishes)".to_string());
        }
        return crash_kind(&t).map(|k| format!("mutant: {k}"));
    }
    discrepancy(&py, &t)
}

/// `--reduce FILE...`: minimises recorded cases again and rewrites their expected outputs.
fn reduce_files(runner: &Runner, files: &[PathBuf]) -> Result<(), String> {
    for f in files {
        let src = std::fs::read_to_string(f).map_err(|e| format!("{}: {e}", f.display()))?;
        let mutant = f
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with("mut-"));
        let Some(sig) = signature(runner, &src, mutant) else {
            eprintln!("{}: no longer fails", f.display());
            continue;
        };
        let small = shrink(runner, &src, &sig);
        let py = runner.python(&small);
        let dir = f.parent().unwrap_or(Path::new("."));
        let name = f
            .file_stem()
            .map(|s| s.to_string_lossy().to_string())
            .unwrap_or_default();
        for ext in ["out", "err", "code"] {
            let _ = std::fs::remove_file(dir.join(format!("{name}.{ext}")));
        }
        record(dir, &name, &small, &py)?;
        eprintln!(
            "{}: {sig}: {} -> {} lines",
            f.display(),
            src.lines().count(),
            small.lines().count()
        );
    }
    Ok(())
}

pub fn run(args: &[String]) -> Result<(), String> {
    let mut seed: u64 = 1;
    let mut cases: usize = 200;
    let mut taipan: Option<PathBuf> = None;
    let mut python = "python3".to_string();
    let mut mode = "both".to_string();
    let mut minutes: Option<f64> = None;
    let mut recording = true;
    let mut keep: usize = 40;
    let mut reduce: Vec<PathBuf> = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut val = || it.next().cloned().ok_or(format!("{a} needs a value"));
        match a.as_str() {
            "--seed" => seed = val()?.parse().map_err(|_| "bad --seed")?,
            "--cases" => cases = val()?.parse().map_err(|_| "bad --cases")?,
            "--taipan" => taipan = Some(PathBuf::from(val()?)),
            "--python" => python = val()?,
            "--mode" => mode = val()?,
            "--minutes" => minutes = Some(val()?.parse().map_err(|_| "bad --minutes")?),
            "--keep" => keep = val()?.parse().map_err(|_| "bad --keep")?,
            "--no-record" => recording = false,
            "--reduce" => reduce.push(PathBuf::from(val()?)),
            "--print" => {
                // Print the generated program for a seed (debugging the generator).
                print!("{}", generate(seed));
                return Ok(());
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            other => return Err(format!("pyfuzz: unexpected argument {other}\n{USAGE}")),
        }
    }
    let root = crate::workspace_root();
    let taipan = match taipan {
        Some(t) => t,
        None => {
            let target = std::env::var_os("CARGO_TARGET_DIR")
                .map(PathBuf::from)
                .unwrap_or_else(|| root.join("target"));
            let t = target.join("release/taipan");
            if !t.exists() {
                return Err(format!(
                    "{} not found: build it (cargo build --release -p taipan-cli) or pass --taipan",
                    t.display()
                ));
            }
            t
        }
    };
    let taipan =
        std::fs::canonicalize(&taipan).map_err(|e| format!("{}: {e}", taipan.display()))?;
    let python = crate::bench::resolve_interpreter(&python);
    let scratch = corpus::scratch_dir("pyfuzz").map_err(|e| e.to_string())?;
    let runner = Runner {
        python,
        taipan,
        scratch,
    };
    if !reduce.is_empty() {
        let r = reduce_files(&runner, &reduce);
        let _ = std::fs::remove_dir_all(&runner.scratch);
        return r;
    }
    let out_dir = root.join("tests/fuzz-regressions");
    let existing = std::fs::read_dir(&out_dir)
        .map(|d| {
            d.filter(|e| {
                e.as_ref()
                    .is_ok_and(|e| e.path().extension().is_some_and(|x| x == "py"))
            })
            .count()
        })
        .unwrap_or(0);
    let mut recorded = existing;
    let deadline = minutes.map(|m| Instant::now() + Duration::from_secs_f64(m * 60.0));

    let corpus_dir = corpus::corpus_dir(&root);
    let corpus_cases = corpus::cases(&corpus_dir).unwrap_or_default();
    let mut failures: BTreeMap<String, Failure> = BTreeMap::new();
    let mut ran = 0usize;
    let mut invalid = 0usize;
    let start = Instant::now();
    for n in 0..cases {
        if deadline.is_some_and(|d| Instant::now() > d) {
            break;
        }
        let case_seed = seed.wrapping_mul(1_000_003).wrapping_add(n as u64);
        let gen_mode = match mode.as_str() {
            "gen" => true,
            "mutate" => false,
            _ => n % 3 != 2,
        };
        let (src, sigs, label) = if gen_mode {
            let src = generate(case_seed);
            let Some(py) = runner.python_stable(&src) else {
                invalid += 1;
                continue;
            };
            if !valid_oracle(&py) {
                invalid += 1;
                continue;
            }
            let t = runner.taipan(&src);
            ran += 1;
            let sigs = discrepancies(&py, &t);
            if sigs.is_empty() {
                continue;
            }
            (src, sigs, format!("gen seed {case_seed}"))
        } else {
            if corpus_cases.is_empty() {
                continue;
            }
            let mut rng = Rng(case_seed);
            let case = rng.pick(&corpus_cases).clone();
            let Ok(orig) = std::fs::read_to_string(corpus_dir.join(&case)) else {
                continue;
            };
            // Skip stdin-reading cases (no input is given).
            if corpus::sibling(&corpus_dir, &case, "in").exists() {
                continue;
            }
            let src = mutate(&mut rng, &orig);
            let t = runner.taipan(&src);
            ran += 1;
            let sig = if t.timed_out {
                let py = runner.python(&src);
                if py.timed_out || py.wall > TIMEOUT / 10 {
                    continue;
                }
                "timeout (python3 finishes)".to_string()
            } else {
                match crash_kind(&t) {
                    // `sys.exit(N)` and friends: fine when CPython ends the same way.
                    Some(s)
                        if s.starts_with("exit status") && runner.python(&src).code == t.code =>
                    {
                        continue
                    }
                    Some(s) => s,
                    None => continue,
                }
            };
            (
                src,
                vec![format!("mutant: {sig}")],
                format!("mutant of {case} (seed {case_seed})"),
            )
        };
        let mut new_sig = None;
        for sig in &sigs {
            let entry = failures.entry(sig.clone()).or_insert(Failure {
                count: 0,
                example: label.clone(),
                file: None,
                detail: String::new(),
            });
            entry.count += 1;
            eprintln!("[{n}] {label}: {sig}");
            if entry.count == 1 && new_sig.is_none() {
                new_sig = Some(sig.clone());
            }
        }
        let Some(sig) = new_sig else {
            continue;
        };
        if !recording || recorded >= keep {
            continue;
        }
        let Some(entry) = failures.get_mut(&sig) else {
            continue;
        };
        let is_mutant = sig.starts_with("mutant: ");
        let name = format!("{}-{}", if is_mutant { "mut" } else { "gen" }, slug(&sig));
        if out_dir.join(format!("{name}.py")).exists() {
            // Recorded by an earlier run.
            entry.file = Some(format!("tests/fuzz-regressions/{name}.py"));
            continue;
        }
        let mut small = shrink(&runner, &src, &sig);
        if !is_mutant && runner.python_stable(&small).is_none() {
            small.clone_from(&src);
        }
        let py = runner.python(&small);
        let t = runner.taipan(&small);
        let mut name = name;
        let mut k = 2;
        while out_dir.join(format!("{name}.py")).exists() {
            name = format!(
                "{}-{k}",
                name.trim_end_matches(char::is_numeric)
                    .trim_end_matches('-')
            );
            k += 1;
        }
        if py.timed_out || py.signal.is_some() {
            eprintln!("  (python3 does not finish the minimised case; not recorded)");
            continue;
        }
        record(&out_dir, &name, &small, &py)?;
        recorded += 1;
        entry.file = Some(format!("tests/fuzz-regressions/{name}.py"));
        entry.detail = format!(
            "python3: exit {:?}, last stderr {:?}\ntaipan: {}, last stderr {:?}",
            py.code,
            trunc(&py.last, 120),
            if t.timed_out {
                "timeout".to_string()
            } else {
                format!("exit {:?} signal {:?}", t.code, t.signal)
            },
            trunc(&t.last, 120)
        );
        eprintln!(
            "  -> {} ({} lines)",
            entry.file.as_deref().unwrap_or(""),
            small.lines().count()
        );
    }
    let _ = std::fs::remove_dir_all(&runner.scratch);
    println!(
        "pyfuzz: {ran} programs run ({invalid} generated programs rejected by python3), {} distinct signatures, {:.0}s",
        failures.len(),
        start.elapsed().as_secs_f64()
    );
    let mut sorted: Vec<(&String, &Failure)> = failures.iter().collect();
    sorted.sort_by_key(|f| std::cmp::Reverse(f.1.count));
    for (sig, f) in sorted {
        println!("{:5}  {sig}\n       first: {}", f.count, f.example);
        if let Some(file) = &f.file {
            println!("       reproducer: {file}");
            for l in f.detail.lines() {
                println!("       {l}");
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generation_is_deterministic_and_varied() {
        assert_eq!(generate(7), generate(7));
        assert_ne!(generate(7), generate(8));
        let p = generate(7);
        assert!(p.lines().count() > 20);
        assert!(p.contains("print("));
    }

    #[test]
    fn exception_lines_are_recognised() {
        assert!(looks_like_exception("ZeroDivisionError: division by zero"));
        assert!(looks_like_exception("StopIteration"));
        assert!(looks_like_exception("json.decoder.JSONDecodeError: x"));
        assert!(!looks_like_exception(
            "thread 'main' panicked at src/x.rs:1:2:"
        ));
        assert!(!looks_like_exception("  File \"x.py\", line 1"));
        assert!(!looks_like_exception(""));
    }

    #[test]
    fn signatures_ignore_labels_and_values() {
        assert_eq!(norm("caught p12 TypeError x"), "TypeError x");
        assert_eq!(norm("fn3 [1]"), "[1]");
        assert_eq!(shape("a 123, -4, 5 b"), "a 9 b");
        let (x, y) = middle("p1 TypeError abc", "p1 ValueError abc");
        assert_eq!((x.as_str(), y.as_str()), ("TypeError", "ValueError"));
    }

    #[test]
    fn minimise_deletes_irrelevant_blocks() {
        let src = "a = 1\nif a:\n    b = 2\n    BUG\nc = 3\nfor i in x:\n    d = 4\n";
        let mut fails = |t: &str| t.contains("BUG") && t.contains("if a:");
        let small = minimise(src, &mut fails, Duration::from_secs(10));
        assert_eq!(small, "if a:\n    BUG\n");
    }

    #[test]
    fn mutants_differ_from_their_source() {
        let src = "x = 1\nprint(x + 2)\nfor i in range(3):\n    print(i)\n";
        let mut rng = Rng(3);
        let changed = (0..20).filter(|_| mutate(&mut rng, src) != src).count();
        assert!(changed > 10);
    }
}
