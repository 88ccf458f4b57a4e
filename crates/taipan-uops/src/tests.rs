//! Unit tests: the value encoding against `taipan_interp::Value`, metadata,
//! the trace checker and the uop interpreter, including the exact Python
//! semantics of every pure uop (signs, signed zeros, NaN, edges of the
//! small-int range) and its side exits.

use crate::abi::{self, TraceState};
use crate::*;
use taipan_interp::Value;

#[test]
fn encoding_agrees_with_interp_value() {
    for i in [
        0,
        1,
        -1,
        42,
        -12345,
        abi::SMALL_INT_MIN,
        abi::SMALL_INT_MAX,
        1 << 40,
    ] {
        let v = Value::small_int(i);
        assert_eq!(abi::box_int(i), v.0);
        assert!(abi::is_int(v.0) && !abi::is_float(v.0));
        assert_eq!(abi::int_of(v.0), v.as_small_int());
        assert_eq!(abi::fits_small(i), Value::fits_small(i));
    }
    for i in [
        abi::SMALL_INT_MIN - 1,
        abi::SMALL_INT_MAX + 1,
        i64::MAX,
        i64::MIN,
    ] {
        assert!(!abi::fits_small(i));
        assert!(!Value::fits_small(i));
    }
    for f in [
        0.0,
        -0.0,
        1.5,
        -2.25e300,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::NAN,
        -f64::NAN,
    ] {
        let v = Value::float(f);
        assert_eq!(abi::box_float(f), v.0);
        assert!(abi::is_float(v.0) && v.is_float() && !abi::is_int(v.0));
        assert_eq!(abi::float_of(v.0).to_bits(), v.as_float().to_bits());
    }
    assert_eq!(abi::box_bool(true), Value::TRUE.0);
    assert_eq!(abi::box_bool(false), Value::FALSE.0);
    assert_eq!(abi::TRUE, Value::TRUE.0);
    assert_eq!(abi::FALSE, Value::FALSE.0);
    assert_eq!(abi::NONE, Value::NONE.0);
    assert_eq!(abi::NULL, Value::NULL.0);
    assert_eq!(abi::CANONICAL_NAN, Value::float(f64::NAN).0);
    for v in [Value::NONE, Value::NULL, Value::TRUE, Value::FALSE] {
        assert!(!abi::is_int(v.0) && !abi::is_float(v.0));
        assert_eq!(v.is_small_int(), abi::is_int(v.0));
    }
    let p = Value::ptr(0x1234_5678_9ab0 as *mut _);
    assert!(p.is_ptr() && p.0 >> abi::TAG_SHIFT == abi::TAG_PTR);
    assert!(!abi::is_int(p.0) && !abi::is_float(p.0));
    assert_eq!(abi::SMALL_INT_MIN, taipan_interp::value::SMALL_INT_MIN);
    assert_eq!(abi::SMALL_INT_MAX, taipan_interp::value::SMALL_INT_MAX);
}

#[test]
fn metadata_from_definitions() {
    assert_eq!(META.len(), Uop::ALL.len());
    for (i, u) in Uop::ALL.iter().enumerate() {
        assert_eq!(*u as usize, i);
        assert_eq!(Uop::from_name(u.name()), Some(*u));
    }
    let add = Uop::BINARY_OP_ADD_INT.meta();
    assert_eq!((add.n_in, add.n_out), (2, 1));
    assert!(add.has(flags::SIDE_EXIT) && !add.has(flags::GUARD));
    let g = Uop::GUARD_BOTH_FLOAT.meta();
    assert_eq!((g.n_in, g.n_out), (2, 2));
    assert!(g.has(flags::GUARD) && g.has(flags::SIDE_EXIT));
    assert_eq!(Uop::LOAD_FAST.meta().n_out, 1);
    assert_eq!(Uop::STORE_FAST.meta().n_in, 1);
    assert!(Uop::EXIT_TRACE.meta().has(flags::EXIT));
    assert!(Uop::JUMP_TO_TOP.meta().has(flags::JUMP_TOP));
    // Float ops side-exit on NaN results (tier 1 makes NaN objects).
    assert!(Uop::BINARY_OP_ADD_FLOAT.meta().has(flags::SIDE_EXIT));
    assert!(!Uop::BINARY_OP_AND_INT.meta().has(flags::SIDE_EXIT));
}

#[test]
fn every_var_stack_uop_has_an_explicit_stack_effect() {
    // The checker, the optimizer and the recorder's stack sizing all go by
    // `stack_effect`: a `var_stack` uop it does not know would count as
    // taking and leaving nothing.
    for u in Uop::ALL {
        let m = u.meta();
        let declared = (m.n_in as usize, m.n_out as usize, m.n_in as usize);
        if m.has(flags::VAR_STACK) {
            assert_ne!(stack_effect(*u, 3), (0, 0, 0), "{}", u.name());
        } else {
            assert_eq!(stack_effect(*u, 3), declared, "{}", u.name());
        }
    }
}

fn inst(op: Uop, oparg: u32) -> UopInst {
    UopInst::new(op, oparg, 0, 100 + oparg)
}

#[test]
fn checker_rejects_bad_traces() {
    assert_eq!(check_trace(&[], 1, 0, 4), Err(TraceError::Empty));
    assert_eq!(
        check_trace(&[inst(Uop::LOAD_FAST, 0)], 1, 0, 4),
        Err(TraceError::FallsOffEnd)
    );
    assert_eq!(
        check_trace(
            &[inst(Uop::LOAD_FAST, 3), inst(Uop::EXIT_TRACE, 0)],
            1,
            0,
            4
        ),
        Err(TraceError::LocalOutOfRange { index: 0, oparg: 3 })
    );
    assert_eq!(
        check_trace(&[inst(Uop::POP_TOP, 0), inst(Uop::EXIT_TRACE, 0)], 1, 0, 4),
        Err(TraceError::StackUnderflow { index: 0 })
    );
    let pushes = [inst(Uop::LOAD_FAST, 0); 3];
    let mut t = pushes.to_vec();
    t.push(inst(Uop::EXIT_TRACE, 0));
    assert_eq!(
        check_trace(&t, 1, 0, 2),
        Err(TraceError::StackOverflow { index: 2 })
    );
    assert_eq!(
        check_trace(
            &[inst(Uop::LOAD_FAST, 0), inst(Uop::JUMP_TO_TOP, 0)],
            1,
            0,
            4
        ),
        Err(TraceError::LoopDepth { index: 1 })
    );
    assert_eq!(check_trace(&t, 1, 0, 3), Ok(()));
}

/// Runs `trace` on `locals` with an empty stack of capacity 8.
fn run(trace: &[UopInst], locals: &mut Vec<u64>) -> (ExitInfo, Vec<u64>) {
    let n = locals.len();
    check_trace(trace, n, 0, 8).expect("well formed");
    locals.resize(n + 8, 0);
    let base = locals.as_mut_ptr();
    let mut st = TraceState {
        locals: base,
        // SAFETY: n is within the allocation.
        sp: unsafe { base.add(n) },
        ip: 0,
        rt: std::ptr::null_mut(),
    };
    // SAFETY: the trace was checked for this frame.
    let info = unsafe { run_trace(&mut st, trace) };
    // SAFETY: sp stays within the allocation for checked traces.
    let depth = unsafe { st.sp.offset_from(base.add(n)) } as usize;
    assert_eq!(st.ip, u64::from(info.ip));
    let stack = locals[n..n + depth].to_vec();
    locals.truncate(n);
    (info, stack)
}

#[test]
fn int_add_and_overflow_side_exit() {
    let t = [
        inst(Uop::LOAD_FAST, 0),
        inst(Uop::LOAD_FAST, 1),
        inst(Uop::GUARD_BOTH_INT, 0),
        inst(Uop::BINARY_OP_ADD_INT, 7),
        inst(Uop::STORE_FAST, 2),
        UopInst::new(Uop::EXIT_TRACE, 9, 77, 0),
    ];
    let mut l = vec![abi::box_int(40), abi::box_int(2), abi::NONE];
    let (info, stack) = run(&t, &mut l);
    assert_eq!(info, ExitInfo { ip: 9, exit: 77 });
    assert!(stack.is_empty());
    assert_eq!(l[2], Value::small_int(42).0);

    let mut l = vec![abi::box_int(abi::SMALL_INT_MAX), abi::box_int(1), abi::NONE];
    let (info, stack) = run(&t, &mut l);
    assert_eq!(info, ExitInfo { ip: 107, exit: 3 });
    assert_eq!(stack, vec![l[0], l[1]]);
    assert_eq!(l[2], abi::NONE);

    let mut l = vec![abi::box_float(1.0), abi::box_int(1), abi::NONE];
    let (info, stack) = run(&t, &mut l);
    assert_eq!(info, ExitInfo { ip: 100, exit: 2 });
    assert_eq!(stack.len(), 2);
}

#[test]
fn mul_overflow_and_float_ops() {
    let t = [
        inst(Uop::LOAD_FAST, 0),
        inst(Uop::LOAD_FAST, 0),
        inst(Uop::BINARY_OP_MUL_INT, 5),
        UopInst::new(Uop::EXIT_TRACE, 1, 0, 0),
    ];
    let mut l = vec![abi::box_int(1 << 24)];
    assert_eq!(run(&t, &mut l).0, ExitInfo { ip: 105, exit: 2 });
    let mut l = vec![abi::box_int(-(1 << 23))];
    let (info, stack) = run(&t, &mut l);
    assert_eq!(info, ExitInfo { ip: 1, exit: 0 });
    assert_eq!(stack, vec![Value::small_int(1 << 46).0]);
    let mut l = vec![abi::box_int(1 << 40)];
    assert_eq!(run(&t, &mut l).0.exit, 2, "i64 overflow side-exits");

    let t = [
        inst(Uop::LOAD_FAST, 0),
        inst(Uop::LOAD_FAST, 1),
        inst(Uop::BINARY_OP_SUB_FLOAT, 0),
        UopInst::new(Uop::EXIT_TRACE, 1, 0, 0),
    ];
    // inf - inf is NaN: the uop side-exits with its inputs still on the stack.
    let inf = abi::box_float(f64::INFINITY);
    let mut l = vec![inf, inf];
    let (info, stack) = run(&t, &mut l);
    assert_eq!(info, ExitInfo { ip: 100, exit: 2 });
    assert_eq!(stack, vec![inf, inf]);
}

#[test]
fn loop_runs_to_guard_failure() {
    // i = i + 1 while i < n
    let t = [
        inst(Uop::LOAD_FAST, 0),
        UopInst::new(Uop::LOAD_CONST_INLINE, 0, abi::box_int(1), 0),
        inst(Uop::GUARD_BOTH_INT, 1),
        inst(Uop::BINARY_OP_ADD_INT, 2),
        inst(Uop::STORE_FAST, 0),
        inst(Uop::LOAD_FAST, 0),
        inst(Uop::LOAD_FAST, 1),
        inst(Uop::GUARD_BOTH_INT, 3),
        inst(Uop::COMPARE_LT_INT, 4),
        inst(Uop::GUARD_IS_TRUE, 5),
        inst(Uop::JUMP_TO_TOP, 0),
    ];
    let mut l = vec![abi::box_int(0), abi::box_int(1000)];
    let (info, stack) = run(&t, &mut l);
    assert_eq!(info, ExitInfo { ip: 105, exit: 9 });
    assert_eq!(stack, vec![abi::FALSE]);
    assert_eq!(l[0], abi::box_int(1000));
}

// ------------------------------------------------------------------
// Exact semantics of the pure uops against Python's. Expected values were
// computed with CPython 3.11; `None` is a side exit (tier 1 then raises
// ZeroDivisionError, makes a NaN or a big int).

const MIN: i64 = abi::SMALL_INT_MIN;
const MAX: i64 = abi::SMALL_INT_MAX;
const INF: f64 = f64::INFINITY;
const NAN: f64 = f64::NAN;

fn int(i: i64) -> u64 {
    abi::box_int(i)
}

fn float(f: f64) -> u64 {
    abi::box_float(f)
}

/// Runs `op` on `inputs` (pushed as constants): its outputs, or `None` when
/// it side-exited — after checking that the exit resumes at its target and
/// left the inputs on the stack untouched.
fn run_op(op: Uop, oparg: u32, inputs: &[u64]) -> Option<Vec<u64>> {
    let mut t: Vec<UopInst> = inputs
        .iter()
        .map(|&v| UopInst::new(Uop::LOAD_CONST_INLINE, 0, v, 1))
        .collect();
    let k = t.len();
    t.push(UopInst::new(op, oparg, 0, 555));
    t.push(UopInst::new(Uop::EXIT_TRACE, 9, 1000, 0));
    let (info, stack) = run(&t, &mut vec![]);
    if info.exit == 1000 {
        assert_eq!(info.ip, 9);
        return Some(stack);
    }
    assert_eq!(
        info,
        ExitInfo {
            ip: 555,
            exit: k as u32
        },
        "{}",
        op.name()
    );
    assert_eq!(
        stack,
        inputs,
        "{} side-exited after changing the stack",
        op.name()
    );
    None
}

fn binary(op: Uop, a: u64, b: u64) -> Option<u64> {
    run_op(op, 0, &[a, b]).map(|s| {
        assert_eq!(s.len(), 1, "{}", op.name());
        s[0]
    })
}

fn unary(op: Uop, a: u64) -> Option<u64> {
    run_op(op, 0, &[a]).map(|s| {
        assert_eq!(s.len(), 1, "{}", op.name());
        s[0]
    })
}

#[test]
fn int_floor_division_and_modulo_round_like_python() {
    // (x, y, x // y or None when it leaves the small-int range, x % y)
    let table: &[(i64, i64, Option<i64>, i64)] = &[
        (-7, -3, Some(2), -1),
        (-7, -1, Some(7), 0),
        (-7, 2, Some(-4), 1),
        (-7, 7, Some(-1), 0),
        (-7, MAX, Some(-1), 140737488355320),
        (-7, MIN, Some(0), -7),
        (-1, -3, Some(0), -1),
        (-1, 2, Some(-1), 1),
        (-1, MAX, Some(-1), MAX - 1),
        (-1, MIN, Some(0), -1),
        (0, -3, Some(0), 0),
        (0, MIN, Some(0), 0),
        (7, -3, Some(-3), -2),
        (7, -1, Some(-7), 0),
        (7, 2, Some(3), 1),
        (7, MIN, Some(-1), -140737488355321),
        (6, -3, Some(-2), 0),
        (-6, 7, Some(-1), 1),
        (MIN, -3, Some(46912496118442), -2),
        (MIN, -1, None, 0),
        (MIN, 1, Some(MIN), 0),
        (MIN, 2, Some(-70368744177664), 0),
        (MIN, 7, Some(-20105355479333), 3),
        (MIN, MAX, Some(-2), MAX - 1),
        (MIN, MIN, Some(1), 0),
        (MIN + 1, -1, Some(MAX), 0),
        (MIN + 1, -2, Some(70368744177663), -1),
        (MIN + 1, MAX, Some(-1), 0),
        (MIN + 1, MIN, Some(0), MIN + 1),
        (MAX, -3, Some(-46912496118443), -2),
        (MAX, -1, Some(MIN + 1), 0),
        (MAX, 7, Some(20105355479332), 3),
        (MAX, MIN, Some(-1), -1),
        (-70368744177665, 3, Some(-23456248059222), 1),
        (-70368744177665, -2, Some(35184372088832), -1),
    ];
    for &(x, y, q, r) in table {
        let got_q = binary(Uop::BINARY_OP_FLOORDIV_INT, int(x), int(y));
        assert_eq!(got_q, q.map(int), "{x} // {y}");
        let got_r = binary(Uop::BINARY_OP_MOD_INT, int(x), int(y));
        assert_eq!(got_r, Some(int(r)), "{x} % {y}");
    }
    // A zero divisor side-exits (tier 1 raises ZeroDivisionError).
    for x in [0, 1, -1, MIN, MAX] {
        assert_eq!(binary(Uop::BINARY_OP_FLOORDIV_INT, int(x), int(0)), None);
        assert_eq!(binary(Uop::BINARY_OP_MOD_INT, int(x), int(0)), None);
    }
}

#[test]
fn int_add_sub_mul_side_exit_exactly_outside_the_small_range() {
    let cases: &[(Uop, i64, i64, Option<i64>)] = &[
        (Uop::BINARY_OP_ADD_INT, MAX, 0, Some(MAX)),
        (Uop::BINARY_OP_ADD_INT, MAX, 1, None),
        (Uop::BINARY_OP_ADD_INT, MIN, -1, None),
        (Uop::BINARY_OP_ADD_INT, MIN, MAX, Some(-1)),
        (Uop::BINARY_OP_ADD_INT, -5, 3, Some(-2)),
        (Uop::BINARY_OP_SUB_INT, MIN, 1, None),
        (Uop::BINARY_OP_SUB_INT, MIN + 1, 1, Some(MIN)),
        (Uop::BINARY_OP_SUB_INT, -1, MAX, Some(MIN)),
        (Uop::BINARY_OP_SUB_INT, 0, MIN, None),
        (Uop::BINARY_OP_SUB_INT, 3, 10, Some(-7)),
        (Uop::BINARY_OP_MUL_INT, 1 << 23, 1 << 24, None),
        (Uop::BINARY_OP_MUL_INT, -(1 << 23), 1 << 24, Some(MIN)),
        (Uop::BINARY_OP_MUL_INT, MIN, -1, None),
        (Uop::BINARY_OP_MUL_INT, MIN, 1, Some(MIN)),
        (Uop::BINARY_OP_MUL_INT, 1 << 40, 1 << 40, None),
        (Uop::BINARY_OP_MUL_INT, MAX, 0, Some(0)),
        (Uop::BINARY_OP_MUL_INT, -7, -6, Some(42)),
    ];
    for &(op, a, b, want) in cases {
        assert_eq!(
            binary(op, int(a), int(b)),
            want.map(int),
            "{} {a} {b}",
            op.name()
        );
    }
}

#[test]
fn int_bitwise_ops_match_python_on_negatives() {
    // (a, b, a & b, a | b, a ^ b)
    let table: &[(i64, i64, i64, i64, i64)] = &[
        (-12345, 678, 646, -12313, -12959),
        (MIN, -1, MIN, -1, MAX),
        (-1, MAX, MAX, -1, MIN),
        (MIN, MAX, 0, -1, -1),
        (-6, 3, 2, -5, -7),
        (21845, -13107, 17477, -8739, -26216),
    ];
    for &(a, b, and, or, xor) in table {
        assert_eq!(
            binary(Uop::BINARY_OP_AND_INT, int(a), int(b)),
            Some(int(and))
        );
        assert_eq!(binary(Uop::BINARY_OP_OR_INT, int(a), int(b)), Some(int(or)));
        assert_eq!(
            binary(Uop::BINARY_OP_XOR_INT, int(a), int(b)),
            Some(int(xor))
        );
    }
}

/// `"TFTFTF"` for `a < b, a <= b, a == b, a != b, a > b, a >= b`.
fn compare_all(ops: &[Uop; 6], a: u64, b: u64) -> String {
    ops.iter()
        .map(|&op| match binary(op, a, b) {
            Some(abi::TRUE) => 'T',
            Some(abi::FALSE) => 'F',
            other => panic!("{} pushed {other:x?}", op.name()),
        })
        .collect()
}

#[test]
fn comparisons_match_python_with_signed_zeros_inf_and_nan() {
    let float_ops = [
        Uop::COMPARE_LT_FLOAT,
        Uop::COMPARE_LE_FLOAT,
        Uop::COMPARE_EQ_FLOAT,
        Uop::COMPARE_NE_FLOAT,
        Uop::COMPARE_GT_FLOAT,
        Uop::COMPARE_GE_FLOAT,
    ];
    let fs = [-0.0, 0.0, INF, -INF, NAN, 1.5, 5e-324];
    let table: [(f64, [&str; 7]); 7] = [
        (
            -0.0,
            [
                "FTTFFT", "FTTFFT", "TTFTFF", "FFFTTT", "FFFTFF", "TTFTFF", "TTFTFF",
            ],
        ),
        (
            0.0,
            [
                "FTTFFT", "FTTFFT", "TTFTFF", "FFFTTT", "FFFTFF", "TTFTFF", "TTFTFF",
            ],
        ),
        (
            INF,
            [
                "FFFTTT", "FFFTTT", "FTTFFT", "FFFTTT", "FFFTFF", "FFFTTT", "FFFTTT",
            ],
        ),
        (
            -INF,
            [
                "TTFTFF", "TTFTFF", "TTFTFF", "FTTFFT", "FFFTFF", "TTFTFF", "TTFTFF",
            ],
        ),
        (
            NAN,
            [
                "FFFTFF", "FFFTFF", "FFFTFF", "FFFTFF", "FFFTFF", "FFFTFF", "FFFTFF",
            ],
        ),
        (
            1.5,
            [
                "FFFTTT", "FFFTTT", "TTFTFF", "FFFTTT", "FFFTFF", "FTTFFT", "FFFTTT",
            ],
        ),
        (
            5e-324,
            [
                "FFFTTT", "FFFTTT", "TTFTFF", "FFFTTT", "FFFTFF", "TTFTFF", "FTTFFT",
            ],
        ),
    ];
    for (a, row) in table {
        for (b, want) in fs.iter().zip(row) {
            assert_eq!(
                compare_all(&float_ops, float(a), float(*b)),
                want,
                "{a} vs {b}"
            );
        }
    }
    let int_ops = [
        Uop::COMPARE_LT_INT,
        Uop::COMPARE_LE_INT,
        Uop::COMPARE_EQ_INT,
        Uop::COMPARE_NE_INT,
        Uop::COMPARE_GT_INT,
        Uop::COMPARE_GE_INT,
    ];
    let is = [MIN, -1, 0, 1, MAX];
    let table: [(i64, [&str; 5]); 5] = [
        (MIN, ["FTTFFT", "TTFTFF", "TTFTFF", "TTFTFF", "TTFTFF"]),
        (-1, ["FFFTTT", "FTTFFT", "TTFTFF", "TTFTFF", "TTFTFF"]),
        (0, ["FFFTTT", "FFFTTT", "FTTFFT", "TTFTFF", "TTFTFF"]),
        (1, ["FFFTTT", "FFFTTT", "FFFTTT", "FTTFFT", "TTFTFF"]),
        (MAX, ["FFFTTT", "FFFTTT", "FFFTTT", "FFFTTT", "FTTFFT"]),
    ];
    for (a, row) in table {
        for (b, want) in is.iter().zip(row) {
            assert_eq!(compare_all(&int_ops, int(a), int(*b)), want, "{a} vs {b}");
        }
    }
}

#[test]
fn float_arithmetic_matches_python_bit_for_bit() {
    let ops = [
        Uop::BINARY_OP_ADD_FLOAT,
        Uop::BINARY_OP_SUB_FLOAT,
        Uop::BINARY_OP_MUL_FLOAT,
        Uop::BINARY_OP_TRUEDIV_FLOAT,
    ];
    // (a, b, [a + b, a - b, a * b, a / b]); None: NaN or a zero divisor.
    #[rustfmt::skip]
    let table: &[(f64, f64, [Option<f64>; 4])] = &[
        (-0.0, -0.0, [Some(-0.0), Some(0.0), Some(0.0), None]),
        (-0.0, 0.0, [Some(0.0), Some(-0.0), Some(-0.0), None]),
        (-0.0, INF, [Some(INF), Some(-INF), None, Some(-0.0)]),
        (-0.0, -INF, [Some(-INF), Some(INF), None, Some(0.0)]),
        (-0.0, 1.5, [Some(1.5), Some(-1.5), Some(-0.0), Some(-0.0)]),
        (-0.0, -2.25, [Some(-2.25), Some(2.25), Some(0.0), Some(0.0)]),
        (0.0, -0.0, [Some(0.0), Some(0.0), Some(-0.0), None]),
        (0.0, 0.0, [Some(0.0), Some(0.0), Some(0.0), None]),
        (0.0, -INF, [Some(-INF), Some(INF), None, Some(-0.0)]),
        (0.0, -2.25, [Some(-2.25), Some(2.25), Some(-0.0), Some(-0.0)]),
        (INF, -0.0, [Some(INF), Some(INF), None, None]),
        (INF, 0.0, [Some(INF), Some(INF), None, None]),
        (INF, INF, [Some(INF), None, Some(INF), None]),
        (INF, -INF, [None, Some(INF), Some(-INF), None]),
        (INF, -2.25, [Some(INF), Some(INF), Some(-INF), Some(-INF)]),
        (-INF, INF, [None, Some(-INF), Some(-INF), None]),
        (-INF, -INF, [Some(-INF), None, Some(INF), None]),
        (-INF, -2.25, [Some(-INF), Some(-INF), Some(INF), Some(INF)]),
        (1.5, -0.0, [Some(1.5), Some(1.5), Some(-0.0), None]),
        (1.5, INF, [Some(INF), Some(-INF), Some(INF), Some(0.0)]),
        (1.5, -INF, [Some(-INF), Some(INF), Some(-INF), Some(-0.0)]),
        (1.5, 1.5, [Some(3.0), Some(0.0), Some(2.25), Some(1.0)]),
        (1.5, -2.25, [Some(-0.75), Some(3.75), Some(-3.375), Some(-0.6666666666666666)]),
        (1.5, 5e-324, [Some(1.5), Some(1.5), Some(1e-323), Some(INF)]),
        (1.5, 1e308, [Some(1e308), Some(-1e308), Some(1.5e308), Some(1.5e-308)]),
        (-2.25, 0.0, [Some(-2.25), Some(-2.25), Some(-0.0), None]),
        (-2.25, 5e-324, [Some(-2.25), Some(-2.25), Some(-1e-323), Some(-INF)]),
        (-2.25, 1e308, [Some(1e308), Some(-1e308), Some(-INF), Some(-2.25e-308)]),
        (5e-324, -2.25, [Some(-2.25), Some(2.25), Some(-1e-323), Some(-0.0)]),
        (5e-324, 5e-324, [Some(1e-323), Some(0.0), Some(0.0), Some(1.0)]),
        (5e-324, 1e308, [Some(1e308), Some(-1e308), Some(4.9406564584124655e-16), Some(0.0)]),
        (1e308, -2.25, [Some(1e308), Some(1e308), Some(-INF), Some(-4.4444444444444443e307)]),
        (1e308, 1e308, [Some(INF), Some(0.0), Some(INF), Some(1.0)]),
    ];
    for &(a, b, want) in table {
        for (op, w) in ops.iter().zip(want) {
            let got = binary(*op, float(a), float(b)).map(|v| {
                assert!(abi::is_float(v), "{} pushed {v:x}", op.name());
                abi::float_of(v).to_bits()
            });
            assert_eq!(got, w.map(f64::to_bits), "{} {a:?} {b:?}", op.name());
        }
    }
    // A NaN operand makes a NaN: side exit for every operator.
    for op in ops {
        assert_eq!(binary(op, float(NAN), float(1.0)), None, "{}", op.name());
        assert_eq!(binary(op, float(2.0), float(NAN)), None, "{}", op.name());
    }
}

#[test]
fn unary_ops_match_python() {
    let neg = |v: i64| unary(Uop::UNARY_NEGATIVE_INT, int(v));
    assert_eq!(neg(5), Some(int(-5)));
    assert_eq!(neg(0), Some(int(0)));
    assert_eq!(neg(MAX), Some(int(-MAX)));
    assert_eq!(neg(MIN + 1), Some(int(MAX)));
    assert_eq!(neg(MIN), None, "-(-2**47) is not a small int");

    let fneg = |v: f64| unary(Uop::UNARY_NEGATIVE_FLOAT, float(v)).map(abi::float_of);
    assert_eq!(fneg(0.0).map(f64::to_bits), Some((-0.0f64).to_bits()));
    assert_eq!(fneg(-0.0).map(f64::to_bits), Some(0.0f64.to_bits()));
    assert_eq!(fneg(-INF), Some(INF));
    assert_eq!(fneg(2.5), Some(-2.5));
    assert!(fneg(NAN).is_some_and(f64::is_nan), "-nan is nan");

    let not = |v: u64| unary(Uop::UNARY_NOT_BOOL, v);
    assert_eq!(not(abi::TRUE), Some(abi::FALSE));
    assert_eq!(not(abi::FALSE), Some(abi::TRUE));
    for v in [abi::NONE, int(0), int(1), float(0.0), abi::NULL] {
        assert_eq!(not(v), None, "not of a non-bool {v:x} side-exits");
    }
}

#[test]
fn int_to_float_is_exact_over_the_small_range() {
    for i in [0, -1, 7, MIN, MAX, MIN + 1, MAX - 1, 1 << 46] {
        let s = run_op(Uop::INT_TO_FLOAT_TOS, 0, &[abi::NONE, int(i)]).unwrap();
        assert_eq!(s, [abi::NONE, float(i as f64)]);
        assert_eq!(abi::float_of(s[1]) as i64, i);
        let s = run_op(Uop::INT_TO_FLOAT_NOS, 0, &[int(i), abi::NONE]).unwrap();
        assert_eq!(s, [float(i as f64), abi::NONE]);
    }
    assert_eq!(abi::float_of(float(MAX as f64)), 140737488355327.0);
}

#[test]
fn guards_check_exactly_their_kind() {
    let values = [
        int(0),
        int(MIN),
        float(0.0),
        float(-0.0),
        float(NAN),
        float(-INF),
        abi::TRUE,
        abi::FALSE,
        abi::NONE,
        abi::NULL,
    ];
    for &v in &values {
        let is_int = abi::is_int(v);
        let is_float = abi::is_float(v);
        let pass = |op, inputs: &[u64]| run_op(op, 0, inputs).is_some();
        assert_eq!(pass(Uop::GUARD_TOS_INT, &[v]), is_int, "{v:x}");
        assert_eq!(pass(Uop::GUARD_TOS_FLOAT, &[v]), is_float, "{v:x}");
        assert_eq!(pass(Uop::GUARD_NOS_INT, &[v, abi::NONE]), is_int, "{v:x}");
        assert_eq!(
            pass(Uop::GUARD_NOS_FLOAT, &[v, abi::NONE]),
            is_float,
            "{v:x}"
        );
        assert_eq!(pass(Uop::GUARD_BOTH_INT, &[v, int(1)]), is_int, "{v:x}");
        assert_eq!(pass(Uop::GUARD_BOTH_INT, &[int(1), v]), is_int, "{v:x}");
        assert_eq!(pass(Uop::GUARD_BOTH_FLOAT, &[v, float(1.0)]), is_float);
        assert_eq!(pass(Uop::GUARD_BOTH_FLOAT, &[float(1.0), v]), is_float);
        assert_eq!(pass(Uop::GUARD_IS_TRUE, &[v]), v == abi::TRUE, "{v:x}");
        assert_eq!(pass(Uop::GUARD_IS_FALSE, &[v]), v == abi::FALSE, "{v:x}");
        assert_eq!(pass(Uop::GUARD_IS_NONE, &[v]), v == abi::NONE, "{v:x}");
        assert_eq!(pass(Uop::GUARD_IS_NOT_NONE, &[v]), v != abi::NONE, "{v:x}");
    }
    // Bools are not small ints to the int guards (True + 1 goes generic).
    assert!(run_op(Uop::GUARD_TOS_INT, 0, &[abi::TRUE]).is_none());
    // Passing guards leave their inputs; branch guards pop theirs.
    assert_eq!(
        run_op(Uop::GUARD_NOS_FLOAT, 0, &[float(1.5), abi::NONE]),
        Some(vec![float(1.5), abi::NONE])
    );
    assert_eq!(
        run_op(Uop::GUARD_IS_NONE, 0, &[int(3), abi::NONE]),
        Some(vec![int(3)])
    );
}

#[test]
fn load_fast_check_side_exits_on_an_unbound_local() {
    let t = [
        inst(Uop::LOAD_FAST_CHECK, 0),
        inst(Uop::LOAD_FAST_CHECK, 1),
        inst(Uop::STORE_FAST, 2),
        UopInst::new(Uop::EXIT_TRACE, 3, 1000, 0),
    ];
    let mut l = vec![int(1), int(2), abi::NONE];
    let (info, stack) = run(&t, &mut l);
    assert_eq!(info, ExitInfo { ip: 3, exit: 1000 });
    assert_eq!((stack, l[2]), (vec![int(1)], int(2)));

    let mut l = vec![int(1), abi::NULL, abi::NONE];
    let (info, stack) = run(&t, &mut l);
    assert_eq!(
        info,
        ExitInfo { ip: 101, exit: 1 },
        "resumes at the LOAD_FAST"
    );
    assert_eq!(stack, vec![int(1)], "nothing pushed for the unbound local");
    assert_eq!(l[2], abi::NONE);

    // LOAD_FAST does not check (the compiler knows the local is bound).
    let t = [
        inst(Uop::LOAD_FAST, 0),
        UopInst::new(Uop::EXIT_TRACE, 3, 1000, 0),
    ];
    assert_eq!(run(&t, &mut vec![abi::NULL]).1, vec![abi::NULL]);
}

#[test]
fn copy_and_swap_address_values_from_the_top() {
    let (a, b, c) = (int(1), float(2.0), abi::NONE);
    assert_eq!(run_op(Uop::COPY, 1, &[a, b, c]), Some(vec![a, b, c, c]));
    assert_eq!(run_op(Uop::COPY, 3, &[a, b, c]), Some(vec![a, b, c, a]));
    assert_eq!(run_op(Uop::SWAP, 2, &[a, b, c]), Some(vec![a, c, b]));
    assert_eq!(run_op(Uop::SWAP, 3, &[a, b, c]), Some(vec![c, b, a]));
    assert_eq!(run_op(Uop::SWAP, 1, &[a, b]), Some(vec![a, b]));
    assert_eq!(run_op(Uop::POP_TOP, 0, &[a, b]), Some(vec![a]));
}
