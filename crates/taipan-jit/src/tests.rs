//! Tests of the emitter: stencil coverage, differential runs of random
//! traces (and of their optimized forms) against the uop interpreter, and
//! a loop trace with timings.

use crate::*;
use taipan_uops::abi::{self, TraceState};
use taipan_uops::{check_trace, format_trace, run_trace};

#[test]
fn every_uop_has_a_stencil() {
    assert!(stencils::entry().is_some(), "no _JIT_ENTRY stencil");
    for u in Uop::ALL {
        let s = stencils::for_uop(*u).unwrap_or_else(|| panic!("no stencil for {}", u.name()));
        assert_eq!(s.name, u.name());
        assert!(!s.code.is_empty());
    }
    // And no stencil without a uop (besides the entry).
    for s in stencils::all() {
        assert!(
            s.name == "_JIT_ENTRY" || Uop::from_name(s.name).is_some(),
            "{}",
            s.name
        );
    }
}

#[test]
fn trailing_jumps_are_dropped() {
    let t = [
        UopInst::new(Uop::LOAD_FAST, 0, 0, 0),
        UopInst::new(Uop::STORE_FAST, 0, 0, 0),
        UopInst::new(Uop::EXIT_TRACE, 0, 0, 0),
    ];
    let full: usize = [Uop::LOAD_FAST, Uop::STORE_FAST, Uop::EXIT_TRACE]
        .iter()
        .map(|u| stencils::for_uop(*u).unwrap().code.len())
        .sum::<usize>()
        + stencils::entry().unwrap().code.len();
    let c = compile(&t).unwrap();
    assert_eq!(
        c.code_size(),
        full - 3 * 5,
        "entry, LOAD_FAST, STORE_FAST lose their jmp"
    );
    assert!(matches!(compile(&t[..2]), Err(JitError::FallsOffEnd)));
}

/// xorshift64*: deterministic test randomness.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// Bits standing in for a heap object: pure uops only look at its tag.
const FAKE_PTR: u64 = (abi::TAG_PTR << abi::TAG_SHIFT) | 0x1000;

fn int(i: i64) -> u64 {
    abi::box_int(i)
}

fn float(f: f64) -> u64 {
    abi::box_float(f)
}

fn random_value(r: &mut Rng) -> u64 {
    match r.below(14) {
        0 => int(abi::SMALL_INT_MAX - r.below(3) as i64),
        1 => int(abi::SMALL_INT_MIN + r.below(3) as i64),
        2 => int((r.below(1 << 26) as i64) - (1 << 25)),
        3 | 4 => int(r.below(20) as i64 - 10),
        5 => float(f64::from_bits(r.next())),
        6 | 7 => float((r.below(2000) as f64 - 1000.0) / 8.0),
        8 => float(
            [
                f64::INFINITY,
                f64::NEG_INFINITY,
                -0.0,
                0.0,
                f64::NAN,
                f64::MAX,
                f64::MIN_POSITIVE,
                5e-324,
            ][r.below(8) as usize],
        ),
        9 | 10 => abi::box_bool(r.below(2) == 0),
        11 => abi::NONE,
        12 => FAKE_PTR,
        _ => int(r.below(3) as i64 - 1),
    }
}

/// The kind of values a trace mostly works on, so that its guards pass
/// often enough for the uops behind them to run.
#[derive(Clone, Copy)]
enum Bias {
    Int,
    Float,
    Any,
}

fn biased_value(r: &mut Rng, bias: Bias) -> u64 {
    loop {
        let v = random_value(r);
        let ok = match bias {
            Bias::Int => abi::is_int(v),
            Bias::Float => abi::is_float(v),
            Bias::Any => true,
        };
        if ok || r.below(10) == 0 {
            return v;
        }
    }
}

/// A local's initial value: sometimes unbound (NULL).
fn random_local(r: &mut Rng, bias: Bias) -> u64 {
    if r.below(12) == 0 {
        abi::NULL
    } else {
        biased_value(r, bias)
    }
}

const N_LOCALS: usize = 4;
const STACK_CAP: usize = 6;
/// The loop counter of loop traces (never stored by their random body).
const COUNTER: u32 = N_LOCALS as u32 - 1;

const INT_BINOPS: &[Uop] = &[
    Uop::BINARY_OP_ADD_INT,
    Uop::BINARY_OP_SUB_INT,
    Uop::BINARY_OP_MUL_INT,
    Uop::BINARY_OP_FLOORDIV_INT,
    Uop::BINARY_OP_MOD_INT,
    Uop::BINARY_OP_AND_INT,
    Uop::BINARY_OP_OR_INT,
    Uop::BINARY_OP_XOR_INT,
    Uop::COMPARE_LT_INT,
    Uop::COMPARE_LE_INT,
    Uop::COMPARE_EQ_INT,
    Uop::COMPARE_NE_INT,
    Uop::COMPARE_GT_INT,
    Uop::COMPARE_GE_INT,
];

const FLOAT_BINOPS: &[Uop] = &[
    Uop::BINARY_OP_ADD_FLOAT,
    Uop::BINARY_OP_SUB_FLOAT,
    Uop::BINARY_OP_MUL_FLOAT,
    Uop::BINARY_OP_TRUEDIV_FLOAT,
    Uop::COMPARE_LT_FLOAT,
    Uop::COMPARE_LE_FLOAT,
    Uop::COMPARE_EQ_FLOAT,
    Uop::COMPARE_NE_FLOAT,
    Uop::COMPARE_GT_FLOAT,
    Uop::COMPARE_GE_FLOAT,
];

/// Operand pairs that take (or just miss) the side exits of binary uop
/// `op`: overflow, zero divisors, NaN results, signed zeros.
fn edge_operands(op: Uop) -> Vec<(u64, u64)> {
    let (min, max) = (abi::SMALL_INT_MIN, abi::SMALL_INT_MAX);
    let (inf, nan) = (f64::INFINITY, f64::NAN);
    let ints = |v: &[(i64, i64)]| v.iter().map(|&(a, b)| (int(a), int(b))).collect();
    let floats = |v: &[(f64, f64)]| v.iter().map(|&(a, b)| (float(a), float(b))).collect();
    match op {
        Uop::BINARY_OP_ADD_INT => ints(&[(max, 1), (min, -1), (max, min), (max - 1, 1)]),
        Uop::BINARY_OP_SUB_INT => ints(&[(min, 1), (max, -1), (min, min), (-1, max)]),
        Uop::BINARY_OP_MUL_INT => ints(&[
            (1 << 24, 1 << 24),
            (1 << 23, -(1 << 24)),
            (min, -1),
            (1 << 40, 1 << 40),
            (max, 0),
            (-(1 << 23), 1 << 24),
        ]),
        Uop::BINARY_OP_FLOORDIV_INT | Uop::BINARY_OP_MOD_INT => ints(&[
            (7, 0),
            (0, 0),
            (min, -1),
            (min, 1),
            (max, -1),
            (-7, 2),
            (7, -2),
            (-7, -2),
            (min, max),
        ]),
        Uop::BINARY_OP_AND_INT | Uop::BINARY_OP_OR_INT | Uop::BINARY_OP_XOR_INT => {
            ints(&[(-1, max), (min, -1), (-12345, 678), (min, max)])
        }
        u if INT_BINOPS.contains(&u) => ints(&[(min, max), (-1, 0), (5, 5), (max, max)]),
        Uop::BINARY_OP_ADD_FLOAT => floats(&[(inf, -inf), (nan, 1.0), (f64::MAX, f64::MAX)]),
        Uop::BINARY_OP_SUB_FLOAT => floats(&[(inf, inf), (-inf, -inf), (0.0, 0.0)]),
        Uop::BINARY_OP_MUL_FLOAT => floats(&[(0.0, inf), (-inf, -0.0), (1e300, 1e300)]),
        Uop::BINARY_OP_TRUEDIV_FLOAT => floats(&[
            (1.0, 0.0),
            (1.0, -0.0),
            (0.0, 0.0),
            (inf, inf),
            (-inf, 2.0),
            (1.0, 5e-324),
        ]),
        _ => floats(&[(-0.0, 0.0), (nan, 1.0), (inf, inf), (nan, nan), (-inf, inf)]),
    }
}

/// What the generator believes a value is (it is usually right: guards
/// mostly pass, so the uops behind them run).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Int,
    Float,
    Bool,
    None,
    /// An unbound local.
    Null,
    /// A heap object.
    Other,
}

fn kind(v: u64) -> Kind {
    if abi::is_int(v) {
        Kind::Int
    } else if abi::is_float(v) {
        Kind::Float
    } else if v == abi::TRUE || v == abi::FALSE {
        Kind::Bool
    } else if v == abi::NONE {
        Kind::None
    } else if v == abi::NULL {
        Kind::Null
    } else {
        Kind::Other
    }
}

/// The kind of the result of a value-producing uop, if fixed.
fn result_kind(op: Uop) -> Option<Kind> {
    if INT_BINOPS[..8].contains(&op) || op == Uop::UNARY_NEGATIVE_INT {
        Some(Kind::Int)
    } else if FLOAT_BINOPS[..4].contains(&op)
        || matches!(
            op,
            Uop::UNARY_NEGATIVE_FLOAT | Uop::INT_TO_FLOAT_TOS | Uop::GUARD_TOS_FLOAT
        )
    {
        Some(Kind::Float)
    } else if INT_BINOPS[8..].contains(&op)
        || FLOAT_BINOPS[4..].contains(&op)
        || op == Uop::UNARY_NOT_BOOL
        || op == Uop::TO_BOOL_INT
    {
        Some(Kind::Bool)
    } else if op == Uop::GUARD_TOS_INT {
        Some(Kind::Int)
    } else {
        None
    }
}

/// Builds random well-formed traces of the pure uops (those without
/// runtime helpers): straight traces ending in `EXIT_TRACE`, and loops of
/// a random body under a counter in local `COUNTER` ending in `JUMP_TO_TOP`.
/// It tracks the kinds of the values on the stack and in the locals and
/// mostly picks uops that fit them (as the trace recorder does); now and
/// then it picks any uop, so that every guard also fails.
struct Gen<'a> {
    r: &'a mut Rng,
    t: Vec<UopInst>,
    /// Kinds of the values on the stack.
    stack: Vec<Kind>,
    locals: [Kind; N_LOCALS],
    looping: bool,
}

impl Gen<'_> {
    fn depth(&self) -> usize {
        self.stack.len()
    }

    fn top(&self, n: usize) -> Kind {
        self.stack[self.stack.len() - n]
    }

    /// Appends a uop and updates the kinds.
    fn push(&mut self, op: Uop, oparg: u32, operand: u64) {
        let target = self.r.below(1000) as u32;
        self.t.push(UopInst::new(op, oparg, operand, target));
        let n = oparg as usize;
        let l = self.stack.len();
        match op {
            Uop::LOAD_CONST_INLINE => self.stack.push(kind(operand)),
            Uop::LOAD_FAST | Uop::LOAD_FAST_CHECK => self.stack.push(self.locals[n]),
            Uop::STORE_FAST => self.locals[n] = self.stack.pop().unwrap(),
            Uop::COPY => self.stack.push(self.stack[l - n]),
            Uop::SWAP => self.stack.swap(l - 1, l - n),
            Uop::GUARD_BOTH_INT | Uop::GUARD_NOS_INT => {
                self.stack[l - 2] = Kind::Int;
                if op == Uop::GUARD_BOTH_INT {
                    self.stack[l - 1] = Kind::Int;
                }
            }
            Uop::GUARD_BOTH_FLOAT | Uop::GUARD_NOS_FLOAT | Uop::INT_TO_FLOAT_NOS => {
                self.stack[l - 2] = Kind::Float;
                if op == Uop::GUARD_BOTH_FLOAT {
                    self.stack[l - 1] = Kind::Float;
                }
            }
            _ => {
                let (i, o, _) = taipan_uops::stack_effect(op, oparg);
                self.stack.truncate(l - i);
                let k = result_kind(op).unwrap_or(Kind::Other);
                self.stack.extend(std::iter::repeat_n(k, o));
            }
        }
    }

    fn numbers_on_top(&self) -> bool {
        let num = |k| matches!(k, Kind::Int | Kind::Float);
        num(self.top(1)) && num(self.top(2))
    }

    /// A local to store to (never the loop counter).
    fn store_slot(&mut self) -> u32 {
        let n = if self.looping {
            COUNTER
        } else {
            N_LOCALS as u32
        };
        self.r.below(u64::from(n)) as u32
    }

    /// Pushes a constant, a local (rarely an unbound one) or a copy.
    fn load(&mut self, bias: Bias) {
        let i = self.r.below(N_LOCALS as u64) as u32;
        let unbound = self.locals[i as usize] == Kind::Null && self.r.below(4) != 0;
        match self.r.below(4) {
            2 if self.depth() >= 1 => {
                let n = 1 + self.r.below(self.depth() as u64) as u32;
                self.push(Uop::COPY, n, 0);
            }
            0 | 2 => {
                let v = biased_value(self.r, bias);
                self.push(Uop::LOAD_CONST_INLINE, 0, v);
            }
            _ if unbound => {
                let v = biased_value(self.r, bias);
                self.push(Uop::LOAD_CONST_INLINE, 0, v);
            }
            // LOAD_FAST only where the local is bound, as the recorder
            // (and the optimizer) assume.
            1 if self.locals[i as usize] != Kind::Null => self.push(Uop::LOAD_FAST, i, 0),
            _ => self.push(Uop::LOAD_FAST_CHECK, i, 0),
        }
    }

    /// A binary uop (`op`, or one fitting the top two values) behind the
    /// guards and conversions the recorder would put before it.
    fn binary(&mut self, op: Option<Uop>) {
        let (l, r) = (self.top(2), self.top(1));
        let fits = match (l, r) {
            (Kind::Int, Kind::Int) => Some(true),
            (Kind::Float | Kind::Int, Kind::Float | Kind::Int) => Some(false),
            _ => None,
        };
        let op = op.unwrap_or_else(|| {
            let int = fits.unwrap_or(self.r.below(2) == 0);
            self.random_binop(int)
        });
        let is_int = INT_BINOPS.contains(&op);
        if self.r.below(8) == 0 {
            // Unguarded: the uop computes on whatever is there.
        } else if is_int {
            match self.r.below(3) {
                0 => {
                    self.push(Uop::GUARD_NOS_INT, 0, 0);
                    self.push(Uop::GUARD_TOS_INT, 0, 0);
                }
                _ => self.push(Uop::GUARD_BOTH_INT, 0, 0),
            }
        } else {
            match (l, r, self.r.below(3)) {
                (Kind::Float, Kind::Int, _) => {
                    self.push(Uop::GUARD_NOS_FLOAT, 0, 0);
                    self.push(Uop::GUARD_TOS_INT, 0, 0);
                    self.push(Uop::INT_TO_FLOAT_TOS, 0, 0);
                }
                (Kind::Int, Kind::Float, _) => {
                    self.push(Uop::GUARD_NOS_INT, 0, 0);
                    self.push(Uop::GUARD_TOS_FLOAT, 0, 0);
                    self.push(Uop::INT_TO_FLOAT_NOS, 0, 0);
                }
                (_, _, 0) => {
                    self.push(Uop::GUARD_TOS_FLOAT, 0, 0);
                    self.push(Uop::GUARD_NOS_FLOAT, 0, 0);
                }
                _ => self.push(Uop::GUARD_BOTH_FLOAT, 0, 0),
            }
        }
        self.push(op, 0, 0);
    }

    /// An int or float binary uop, mostly arithmetic (comparisons push
    /// bools, which int and float uops do not take).
    fn random_binop(&mut self, int: bool) -> Uop {
        let ops = if int { INT_BINOPS } else { FLOAT_BINOPS };
        let n_arith = ops.len() - 6;
        let k = if self.r.below(4) == 0 {
            n_arith + self.r.below(6) as usize
        } else {
            self.r.below(n_arith as u64) as usize
        };
        ops[k]
    }

    /// A uop taking the top value to one result.
    fn unary(&mut self, any: bool) {
        let top = if any {
            [Kind::Int, Kind::Float, Kind::Bool][self.r.below(3) as usize]
        } else {
            self.top(1)
        };
        match (top, self.r.below(4)) {
            (Kind::Int, 3) => self.push(Uop::TO_BOOL_INT, 0, 0),
            (Kind::Int, 0) => self.push(Uop::UNARY_NEGATIVE_INT, 0, 0),
            (Kind::Int, 1) => {
                self.push(Uop::GUARD_TOS_INT, 0, 0);
                self.push(Uop::INT_TO_FLOAT_TOS, 0, 0);
            }
            (Kind::Int, _) => {
                self.push(Uop::GUARD_TOS_INT, 0, 0);
                self.push(Uop::UNARY_NEGATIVE_INT, 0, 0);
            }
            (Kind::Float, 0) => self.push(Uop::UNARY_NEGATIVE_FLOAT, 0, 0),
            (Kind::Float, 1) => self.push(Uop::GUARD_TOS_FLOAT, 0, 0),
            (Kind::Float, _) => {
                self.push(Uop::GUARD_TOS_FLOAT, 0, 0);
                self.push(Uop::UNARY_NEGATIVE_FLOAT, 0, 0);
            }
            (Kind::Bool, _) => self.push(Uop::UNARY_NOT_BOOL, 0, 0),
            _ => self.pop(false),
        }
    }

    /// A unary uop on a constant at its edge (the most negative small int,
    /// signed zeros, NaN, non-bools).
    fn edge_unary(&mut self) {
        let (op, v) = match self.r.below(4) {
            3 => (
                Uop::TO_BOOL_INT,
                [int(0), int(-1), abi::TRUE, abi::NONE, float(0.0)][self.r.below(5) as usize],
            ),
            0 => (
                Uop::UNARY_NEGATIVE_INT,
                int([abi::SMALL_INT_MIN, abi::SMALL_INT_MAX, 0][self.r.below(3) as usize]),
            ),
            1 => (
                Uop::UNARY_NEGATIVE_FLOAT,
                float([-0.0, 0.0, f64::NAN, f64::NEG_INFINITY][self.r.below(4) as usize]),
            ),
            _ => (
                Uop::UNARY_NOT_BOOL,
                [abi::TRUE, abi::FALSE, abi::NONE, int(1), float(0.0)][self.r.below(5) as usize],
            ),
        };
        self.push(Uop::LOAD_CONST_INLINE, 0, v);
        self.push(op, 0, 0);
    }

    /// A uop popping the top: a store, a discard or a branch guard (on a
    /// bool or None, mostly; its direction is a coin toss).
    fn pop(&mut self, any: bool) {
        let guards = [
            Uop::GUARD_IS_TRUE,
            Uop::GUARD_IS_FALSE,
            Uop::GUARD_IS_NONE,
            Uop::GUARD_IS_NOT_NONE,
        ];
        let op = match (self.top(1), self.r.below(6)) {
            _ if any => guards[self.r.below(4) as usize],
            (Kind::Bool, 0 | 1) => guards[self.r.below(2) as usize],
            (Kind::None, 0..=3) => Uop::GUARD_IS_NONE,
            (_, 0) => Uop::GUARD_IS_NOT_NONE,
            (_, 1 | 2) => Uop::POP_TOP,
            _ => Uop::STORE_FAST,
        };
        let oparg = if op == Uop::STORE_FAST {
            self.store_slot()
        } else {
            0
        };
        self.push(op, oparg, 0);
    }

    fn step(&mut self, bias: Bias) {
        let choice = self.r.below(100);
        // One uop in ~12 is picked without regard to the kinds.
        let any = self.r.below(12) == 0;
        let d = self.depth();
        if d < 2 && choice < 60 || d < STACK_CAP && choice < 25 {
            self.load(bias);
        } else if d >= 2 && choice < 55 && (any || !self.numbers_on_top()) {
            self.pop(any);
        } else if d >= 2 && choice < 55 {
            let op = any.then(|| {
                let int = self.r.below(2) == 0;
                self.random_binop(int)
            });
            self.binary(op);
        } else if d + 2 <= STACK_CAP && choice < 63 {
            let int = self.r.below(2) == 0;
            let op = self.random_binop(int);
            let pairs = edge_operands(op);
            let (a, b) = pairs[self.r.below(pairs.len() as u64) as usize];
            self.push(Uop::LOAD_CONST_INLINE, 0, a);
            self.push(Uop::LOAD_CONST_INLINE, 0, b);
            self.binary(Some(op));
        } else if d < STACK_CAP && choice < 66 {
            self.edge_unary();
        } else if d >= 1 && choice < 76 {
            self.unary(any);
        } else if d >= 2 && choice < 81 {
            let n = 2 + self.r.below(d as u64 - 1) as u32;
            self.push(Uop::SWAP, n, 0);
        } else if d >= 2 && choice < 84 {
            let g = [
                Uop::GUARD_BOTH_INT,
                Uop::GUARD_BOTH_FLOAT,
                Uop::GUARD_NOS_INT,
                Uop::GUARD_NOS_FLOAT,
            ][self.r.below(4) as usize];
            self.push(g, 0, 0);
        } else if d >= 2 && choice < 86 {
            self.push(Uop::INT_TO_FLOAT_NOS, 0, 0);
        } else if d >= 1 {
            self.pop(any);
        }
    }
}

/// A random trace for a frame whose locals start as `locals`.
fn random_trace(r: &mut Rng, bias: Bias, locals: &[u64], looping: bool) -> Vec<UopInst> {
    let mut g = Gen {
        r,
        t: Vec::new(),
        stack: Vec::new(),
        locals: std::array::from_fn(|i| kind(locals[i])),
        looping,
    };
    if looping {
        // while counter > 0: counter -= 1; <body>
        g.push(Uop::LOAD_FAST, COUNTER, 0);
        g.push(Uop::LOAD_CONST_INLINE, 0, int(0));
        g.push(Uop::GUARD_BOTH_INT, 0, 0);
        g.push(Uop::COMPARE_GT_INT, 0, 0);
        g.push(Uop::GUARD_IS_TRUE, 0, 0);
        g.push(Uop::LOAD_FAST, COUNTER, 0);
        g.push(Uop::LOAD_CONST_INLINE, 0, int(1));
        g.push(Uop::BINARY_OP_SUB_INT, 0, 0);
        g.push(Uop::STORE_FAST, COUNTER, 0);
    }
    let len = 1 + g.r.below(24);
    for _ in 0..len {
        g.step(bias);
    }
    if looping {
        while g.depth() > 0 {
            if g.r.below(2) == 0 {
                g.push(Uop::POP_TOP, 0, 0);
            } else {
                let i = g.store_slot();
                g.push(Uop::STORE_FAST, i, 0);
            }
        }
        g.push(Uop::JUMP_TO_TOP, 0, 0);
    } else {
        let exit_ip = g.r.below(1000) as u32;
        // Exit slots >= 1000 tell normal exits from side exits (uop indices).
        let slot = 1000 + g.r.below(50);
        g.t.push(UopInst::new(Uop::EXIT_TRACE, exit_ip, slot, 0));
    }
    g.t
}

/// A frame image: locals then stack, with sentinels to catch stray writes.
fn frame(locals: &[u64]) -> Vec<u64> {
    let mut f = locals.to_vec();
    f.resize(N_LOCALS + STACK_CAP + 2, 0xDEAD_BEEF);
    f
}

/// Runs with the uop interpreter (`jit == None`) or the compiled trace;
/// returns the exit, the final frame image and the stack depth.
fn run_on(
    trace: &[UopInst],
    jit: Option<&CompiledTrace>,
    locals: &[u64],
) -> (ExitInfo, Vec<u64>, isize) {
    let mut f = frame(locals);
    let base = f.as_mut_ptr();
    let mut st = TraceState {
        locals: base,
        // SAFETY: N_LOCALS is within the frame image.
        sp: unsafe { base.add(N_LOCALS) },
        ip: u64::MAX,
        rt: std::ptr::null_mut(),
    };
    // SAFETY: every trace run here passed check_trace for this frame shape.
    let info = unsafe {
        match jit {
            Some(c) => c.run(&mut st),
            None => run_trace(&mut st, trace),
        }
    };
    assert_eq!(st.ip, u64::from(info.ip), "ip written back");
    // SAFETY: sp stays within the frame image for checked traces.
    let depth = unsafe { st.sp.offset_from(base.add(N_LOCALS)) };
    (info, f, depth)
}

/// Why uop `inst` side-exited with `stack` (its inputs on top) and
/// `locals`, recomputed from Python's semantics; panics when nothing
/// justifies the exit.
fn exit_reason(inst: &UopInst, stack: &[u64], locals: &[u64]) -> &'static str {
    let top = |n: usize| stack[stack.len() - n];
    let (int_of, float_of) = (abi::int_of, abi::float_of);
    let small = |v: i128| (abi::SMALL_INT_MIN as i128..=abi::SMALL_INT_MAX as i128).contains(&v);
    let (l, r) = if stack.len() >= 2 {
        (top(2), top(1))
    } else {
        (0, 0)
    };
    let (x, y) = (i128::from(int_of(l)), i128::from(int_of(r)));
    let reason = match inst.op {
        Uop::GUARD_BOTH_INT if !(abi::is_int(l) && abi::is_int(r)) => Some("type"),
        Uop::GUARD_BOTH_FLOAT if !(abi::is_float(l) && abi::is_float(r)) => Some("type"),
        Uop::GUARD_NOS_INT if !abi::is_int(l) => Some("type"),
        Uop::GUARD_NOS_FLOAT if !abi::is_float(l) => Some("type"),
        Uop::GUARD_TOS_INT if !abi::is_int(top(1)) => Some("type"),
        Uop::GUARD_TOS_FLOAT if !abi::is_float(top(1)) => Some("type"),
        Uop::BINARY_OP_ADD_INT if !small(x + y) => Some("overflow"),
        Uop::BINARY_OP_SUB_INT if !small(x - y) => Some("overflow"),
        Uop::BINARY_OP_MUL_INT if !small(x * y) => Some("overflow"),
        Uop::BINARY_OP_FLOORDIV_INT | Uop::BINARY_OP_MOD_INT if y == 0 => Some("zero"),
        Uop::BINARY_OP_FLOORDIV_INT if !small(floor_div(x, y)) => Some("overflow"),
        Uop::BINARY_OP_ADD_FLOAT if (float_of(l) + float_of(r)).is_nan() => Some("nan"),
        Uop::BINARY_OP_SUB_FLOAT if (float_of(l) - float_of(r)).is_nan() => Some("nan"),
        Uop::BINARY_OP_MUL_FLOAT if (float_of(l) * float_of(r)).is_nan() => Some("nan"),
        Uop::BINARY_OP_TRUEDIV_FLOAT if float_of(r) == 0.0 => Some("zero"),
        Uop::BINARY_OP_TRUEDIV_FLOAT if (float_of(l) / float_of(r)).is_nan() => Some("nan"),
        Uop::UNARY_NEGATIVE_INT if !small(-i128::from(int_of(top(1)))) => Some("overflow"),
        Uop::UNARY_NOT_BOOL if top(1) != abi::TRUE && top(1) != abi::FALSE => Some("type"),
        Uop::TO_BOOL_INT if !abi::is_int(top(1)) => Some("type"),
        Uop::GUARD_IS_TRUE if top(1) != abi::TRUE => Some("value"),
        Uop::GUARD_IS_FALSE if top(1) != abi::FALSE => Some("value"),
        Uop::GUARD_IS_NONE if top(1) != abi::NONE => Some("value"),
        Uop::GUARD_IS_NOT_NONE if top(1) == abi::NONE => Some("value"),
        Uop::LOAD_FAST_CHECK if locals[inst.oparg as usize] == abi::NULL => Some("unbound"),
        _ => None,
    };
    reason.unwrap_or_else(|| panic!("unjustified side exit of {inst:?} with stack {stack:x?}"))
}

/// Python's `x // y` (rounding toward negative infinity), `y != 0`.
fn floor_div(x: i128, y: i128) -> i128 {
    // Euclidean division rounds toward -inf for y > 0; for y < 0 it rounds
    // up when there is a remainder.
    x.div_euclid(y) - i128::from(y < 0 && x.rem_euclid(y) != 0)
}

/// The stack depth before uop `k` of a trace whose loop body (if any)
/// returns to depth 0.
fn depth_before(trace: &[UopInst], k: usize) -> isize {
    trace[..k]
        .iter()
        .map(|u| {
            let (i, o, _) = taipan_uops::stack_effect(u.op, u.oparg);
            o as isize - i as isize
        })
        .sum()
}

/// Every side exit the generator must reach at least once.
const EXPECTED_EXITS: &[(Uop, &str)] = &[
    (Uop::GUARD_BOTH_INT, "type"),
    (Uop::GUARD_BOTH_FLOAT, "type"),
    (Uop::GUARD_NOS_INT, "type"),
    (Uop::GUARD_NOS_FLOAT, "type"),
    (Uop::GUARD_TOS_INT, "type"),
    (Uop::GUARD_TOS_FLOAT, "type"),
    (Uop::BINARY_OP_ADD_INT, "overflow"),
    (Uop::BINARY_OP_SUB_INT, "overflow"),
    (Uop::BINARY_OP_MUL_INT, "overflow"),
    (Uop::BINARY_OP_FLOORDIV_INT, "zero"),
    (Uop::BINARY_OP_FLOORDIV_INT, "overflow"),
    (Uop::BINARY_OP_MOD_INT, "zero"),
    (Uop::BINARY_OP_ADD_FLOAT, "nan"),
    (Uop::BINARY_OP_SUB_FLOAT, "nan"),
    (Uop::BINARY_OP_MUL_FLOAT, "nan"),
    (Uop::BINARY_OP_TRUEDIV_FLOAT, "zero"),
    (Uop::BINARY_OP_TRUEDIV_FLOAT, "nan"),
    (Uop::UNARY_NEGATIVE_INT, "overflow"),
    (Uop::UNARY_NOT_BOOL, "type"),
    (Uop::TO_BOOL_INT, "type"),
    (Uop::GUARD_IS_TRUE, "value"),
    (Uop::GUARD_IS_FALSE, "value"),
    (Uop::GUARD_IS_NONE, "value"),
    (Uop::GUARD_IS_NOT_NONE, "value"),
    (Uop::LOAD_FAST_CHECK, "unbound"),
];

/// The uops whose stencils call no runtime helper: the ones the random
/// traces must cover.
fn pure_uops() -> Vec<Uop> {
    use crate::stencils::HoleValue;
    Uop::ALL
        .iter()
        .copied()
        // GUARD_CALLABLE reads a call's layout below the stack top; the
        // conformance corpus (inlined calls) and deopt mode exercise it.
        .filter(|u| *u != Uop::GUARD_CALLABLE)
        .filter(|u| {
            let s = stencils::for_uop(*u).expect("stencil");
            !s.holes
                .iter()
                .any(|h| matches!(h.value, HoleValue::Helper(_)))
        })
        .collect()
}

#[test]
fn random_traces_agree_with_uop_interpreter() {
    use std::collections::{BTreeMap, HashSet};
    let mut r = Rng(0x9E37_79B9_7F4A_7C15);
    let (mut side_exits, mut normal_exits, mut loops_run) = (0, 0, 0);
    let mut reasons: BTreeMap<(&str, &str), u32> = BTreeMap::new();
    let mut generated = HashSet::new();
    let (mut generated_uops, mut executed_uops, mut removed_uops) = (0, 0, 0);
    for case in 0..6000 {
        let bias = [Bias::Int, Bias::Float, Bias::Any][case % 3];
        let looping = r.below(4) == 0;
        let mut locals: Vec<u64> = (0..N_LOCALS).map(|_| random_local(&mut r, bias)).collect();
        if looping {
            locals[COUNTER as usize] = int(r.below(5) as i64);
        }
        let trace = random_trace(&mut r, bias, &locals, looping);
        check_trace(&trace, N_LOCALS, 0, STACK_CAP).expect("generator makes well-formed traces");
        generated.extend(trace.iter().map(|u| u.op));
        generated_uops += trace.len();
        let jit = compile(&trace).expect("compiles");
        let want = run_on(&trace, None, &locals);
        let got = run_on(&trace, Some(&jit), &locals);
        assert_eq!(
            got,
            want,
            "case {case}: trace\n{}locals {locals:x?}",
            format_trace(&trace)
        );
        // The optimizer only drops guards that cannot fail: the optimized
        // trace ends the same way (same resume ip, frame and stack).
        let opt = taipan_uops::optimize(&trace);
        check_trace(&opt, N_LOCALS, 0, STACK_CAP).expect("optimized traces are well formed");
        removed_uops += trace.len() - opt.len();
        let opt_jit = compile(&opt).expect("compiles");
        let opt_want = run_on(&opt, None, &locals);
        assert_eq!(run_on(&opt, Some(&opt_jit), &locals), opt_want);
        assert_eq!(
            (
                opt_want.0.ip,
                &opt_want.1,
                opt_want.2,
                opt_want.0.exit >= 1000
            ),
            (want.0.ip, &want.1, want.2, want.0.exit >= 1000),
            "case {case}: optimized trace\n{}differs from\n{}locals {locals:x?}",
            format_trace(&opt),
            format_trace(&trace)
        );
        let (info, f, depth) = want;
        assert_eq!(
            &f[N_LOCALS + STACK_CAP..],
            &[0xDEAD_BEEF; 2],
            "no stray writes"
        );
        if info.exit >= 1000 {
            assert_eq!(u64::from(info.exit), trace.last().unwrap().operand);
            assert_eq!(depth, depth_before(&trace, trace.len()));
            normal_exits += 1;
            executed_uops += trace.len();
            continue;
        }
        side_exits += 1;
        let k = info.exit as usize;
        executed_uops += k;
        let inst = &trace[k];
        assert!(inst.op.meta().has(flags::SIDE_EXIT), "{inst:?}");
        assert_eq!(info.ip, inst.target, "a side exit resumes at its target");
        assert_eq!(
            depth,
            depth_before(&trace, k),
            "a side exit leaves the stack as before the uop: case {case}\n{}",
            format_trace(&trace)
        );
        if looping && k == 4 {
            loops_run += 1;
            assert_eq!(f[COUNTER as usize], int(0), "the loop ran to its end");
        }
        let stack = &f[N_LOCALS..N_LOCALS + depth as usize];
        let why = exit_reason(inst, stack, &f[..N_LOCALS]);
        *reasons.entry((inst.op.name(), why)).or_default() += 1;
    }
    println!(
        "normal exits {normal_exits}, side exits {side_exits}, finished loops {loops_run}, \
         {executed_uops} of {generated_uops} uops reached at least once, \
         {removed_uops} removed by the optimizer"
    );
    assert!(
        removed_uops * 20 > generated_uops,
        "the optimizer had guards to remove"
    );
    println!("side exits by uop and reason: {reasons:?}");
    assert!(normal_exits > 1000 && side_exits > 1000 && loops_run > 100);
    assert!(
        executed_uops * 100 > generated_uops * 40,
        "guards mostly pass, so uops behind them run"
    );
    for (op, why) in EXPECTED_EXITS {
        assert!(
            reasons.contains_key(&(op.name(), *why)),
            "{} never side-exited for {why}",
            op.name()
        );
    }
    // Every generated uop that can side-exit did so at least once.
    for u in &generated {
        if u.meta().has(flags::SIDE_EXIT) {
            assert!(
                reasons.keys().any(|(n, _)| *n == u.name()),
                "{} never side-exited",
                u.name()
            );
        }
    }
    // The generator covers every uop that needs no runtime.
    for u in pure_uops() {
        assert!(generated.contains(&u), "{} is never generated", u.name());
    }
}

fn loop_trace() -> Vec<UopInst> {
    // while i < n: i = i + 1   (tier-1 ips are made up: 10..19)
    vec![
        UopInst::new(Uop::LOAD_FAST, 0, 0, 10),
        UopInst::new(Uop::LOAD_CONST_INLINE, 0, abi::box_int(1), 11),
        UopInst::new(Uop::GUARD_BOTH_INT, 0, 0, 12),
        UopInst::new(Uop::BINARY_OP_ADD_INT, 0, 0, 12),
        UopInst::new(Uop::STORE_FAST, 0, 0, 13),
        UopInst::new(Uop::LOAD_FAST, 0, 0, 14),
        UopInst::new(Uop::LOAD_FAST, 1, 0, 15),
        UopInst::new(Uop::GUARD_BOTH_INT, 0, 0, 16),
        UopInst::new(Uop::COMPARE_LT_INT, 0, 0, 16),
        UopInst::new(Uop::GUARD_IS_TRUE, 0, 0, 17),
        UopInst::new(Uop::JUMP_TO_TOP, 0, 0, 0),
    ]
}

#[test]
fn loop_trace_runs_and_exits_at_the_end() {
    let trace = loop_trace();
    check_trace(&trace, N_LOCALS, 0, STACK_CAP).unwrap();
    let jit = compile(&trace).unwrap();
    let n: i64 = 3_000_000;
    let locals = [abi::box_int(0), abi::box_int(n), abi::NONE, abi::NONE];

    let t0 = std::time::Instant::now();
    let (info, f, depth) = run_on(&trace, Some(&jit), &locals);
    let jit_time = t0.elapsed();
    assert_eq!(info, ExitInfo { ip: 17, exit: 9 });
    assert_eq!(f[0], abi::box_int(n));
    assert_eq!(
        (depth, f[N_LOCALS]),
        (1, abi::FALSE),
        "the failed guard's input stays"
    );

    let t0 = std::time::Instant::now();
    let want = run_on(&trace, None, &locals);
    let interp_time = t0.elapsed();
    assert_eq!((info, f, depth), want);
    println!(
        "loop of {n}: jit {jit_time:?} ({:.2} ns/iter), uop interpreter {interp_time:?} ({:.2} ns/iter), {} bytes of code",
        jit_time.as_nanos() as f64 / n as f64,
        interp_time.as_nanos() as f64 / n as f64,
        jit.code_size()
    );

    // Overflow on the way: i starts near the small-int maximum.
    let locals = [
        abi::box_int(abi::SMALL_INT_MAX - 5),
        abi::box_int(abi::SMALL_INT_MAX),
        0,
        0,
    ];
    let (info, f, depth) = run_on(&trace, Some(&jit), &locals);
    assert_eq!(info, ExitInfo { ip: 17, exit: 9 });
    assert_eq!((f[0], depth), (abi::box_int(abi::SMALL_INT_MAX), 1));
    let locals = [
        abi::box_int(abi::SMALL_INT_MAX - 5),
        abi::box_int(abi::SMALL_INT_MIN),
        0,
        0,
    ];
    // i < n fails at once.
    assert_eq!(run_on(&trace, Some(&jit), &locals).0.exit, 9);
    // A float i fails the first guard with both operands on the stack.
    let locals = [abi::box_float(0.5), abi::box_int(10), 0, 0];
    let (info, _, depth) = run_on(&trace, Some(&jit), &locals);
    assert_eq!((info, depth), (ExitInfo { ip: 12, exit: 2 }, 2));
}

#[test]
fn runtime_helpers_are_linked_through_trampolines() {
    use crate::stencils::{Hole, HoleKind, HoleValue, Stencil};
    // A hand-made POP_TOP-shaped stencil that calls a helper by rel32 and
    // one that calls it through an abs64 `movabs rax, imm64; call rax`,
    // both saving the ABI registers around the call (rsp stays 16-aligned).
    static REL: Stencil = Stencil {
        name: "REL",
        code: &[
            0x52, 0x57, 0x56, // push rdx; push rdi; push rsi
            0xE8, 0, 0, 0, 0, // call rel32 helper
            0x5E, 0x5F, 0x5A, // pop rsi; pop rdi; pop rdx
            0xE9, 0, 0, 0, 0, // jmp _JIT_CONTINUE
        ],
        holes: &[
            Hole {
                offset: 4,
                kind: HoleKind::Rel32,
                value: HoleValue::Helper("taipan_jit_count_helper_call"),
                addend: -4,
            },
            Hole {
                offset: 12,
                kind: HoleKind::Rel32,
                value: HoleValue::Continue,
                addend: -4,
            },
        ],
    };
    static ABS: Stencil = Stencil {
        name: "ABS",
        code: &[
            0x52, 0x57, 0x56, // push rdx; push rdi; push rsi
            0x48, 0xB8, 0, 0, 0, 0, 0, 0, 0, 0, // movabs rax, helper
            0xFF, 0xD0, // call rax
            0x5E, 0x5F, 0x5A, // pop rsi; pop rdi; pop rdx
            0xE9, 0, 0, 0, 0, // jmp _JIT_CONTINUE
        ],
        holes: &[
            Hole {
                offset: 5,
                kind: HoleKind::Abs64,
                value: HoleValue::Helper("taipan_jit_count_helper_call"),
                addend: 0,
            },
            Hole {
                offset: 19,
                kind: HoleKind::Rel32,
                value: HoleValue::Continue,
                addend: -4,
            },
        ],
    };
    let trace = [
        UopInst::new(Uop::POP_TOP, 0, 0, 0),
        UopInst::new(Uop::LOAD_FAST, 0, 0, 0),
        UopInst::new(Uop::EXIT_TRACE, 7, 1001, 0),
    ];
    let lookup = |u: Uop| match u {
        Uop::POP_TOP => Some(&REL),
        Uop::LOAD_FAST => Some(&ABS),
        u => stencils::for_uop(u),
    };
    let c = compile_with(&trace, stencils::entry().unwrap(), lookup).unwrap();
    let before = HELPER_CALLS.load(std::sync::atomic::Ordering::Relaxed);
    let (info, _, depth) = run_on(&trace, Some(&c), &[abi::NONE; N_LOCALS]);
    assert_eq!(info, ExitInfo { ip: 7, exit: 1001 });
    assert_eq!(depth, 0, "the fake stencils leave the stack alone");
    assert!(HELPER_CALLS.load(std::sync::atomic::Ordering::Relaxed) >= before + 2);

    let unknown = [Hole {
        offset: 4,
        kind: HoleKind::Rel32,
        value: HoleValue::Helper("no_such_helper"),
        addend: -4,
    }];
    let bad: &'static Stencil = Box::leak(Box::new(Stencil {
        name: "BAD",
        code: REL.code,
        holes: Box::leak(Box::new(unknown)),
    }));
    let lookup = |u: Uop| match u {
        Uop::POP_TOP => Some(bad),
        u => stencils::for_uop(u),
    };
    assert!(matches!(
        compile_with(&trace, stencils::entry().unwrap(), lookup),
        Err(JitError::UnknownHelper("no_such_helper"))
    ));
}
