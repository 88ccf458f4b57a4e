//! Unit tests: the value encoding against `taipan_interp::Value`, metadata,
//! the trace checker and the uop interpreter.

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
