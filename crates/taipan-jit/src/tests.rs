//! Tests of the emitter: stencil coverage, differential runs of random
//! traces against the uop interpreter, and a loop trace with timings.

use crate::*;
use taipan_uops::abi::{self, TraceState};
use taipan_uops::{check_trace, run_trace};

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

fn random_value(r: &mut Rng) -> u64 {
    match r.below(10) {
        0 => abi::box_int(abi::SMALL_INT_MAX - r.below(3) as i64),
        1 => abi::box_int(abi::SMALL_INT_MIN + r.below(3) as i64),
        2 => abi::box_int((r.below(1 << 26) as i64) - (1 << 25)),
        3 | 4 => abi::box_int(r.below(20) as i64 - 10),
        5 => abi::box_float(f64::from_bits(r.next())),
        6 | 7 => abi::box_float((r.below(2000) as f64 - 1000.0) / 8.0),
        8 => {
            abi::box_float([f64::INFINITY, f64::NEG_INFINITY, -0.0, f64::NAN][r.below(4) as usize])
        }
        _ => abi::box_bool(r.below(2) == 0),
    }
}

const N_LOCALS: usize = 4;
const STACK_CAP: usize = 6;

fn random_trace(r: &mut Rng) -> Vec<UopInst> {
    let mut t = Vec::new();
    let mut depth = 0usize;
    let len = 1 + r.below(24);
    let binops = [
        Uop::BINARY_OP_ADD_INT,
        Uop::BINARY_OP_SUB_INT,
        Uop::BINARY_OP_MUL_INT,
        Uop::BINARY_OP_ADD_FLOAT,
        Uop::BINARY_OP_SUB_FLOAT,
        Uop::BINARY_OP_MUL_FLOAT,
        Uop::COMPARE_LT_INT,
    ];
    let push = |t: &mut Vec<UopInst>, op: Uop, oparg: u32, operand: u64, r: &mut Rng| {
        t.push(UopInst::new(op, oparg, operand, r.below(1000) as u32));
    };
    for _ in 0..len {
        let choice = r.below(10);
        if depth < 2 && choice < 7 || depth < STACK_CAP && choice < 3 {
            if r.below(3) == 0 {
                let v = random_value(r);
                push(&mut t, Uop::LOAD_CONST_INLINE, 0, v, r);
            } else {
                push(
                    &mut t,
                    Uop::LOAD_FAST,
                    r.below(N_LOCALS as u64) as u32,
                    0,
                    r,
                );
            }
            depth += 1;
        } else if depth >= 2 && choice < 7 {
            let op = binops[r.below(binops.len() as u64) as usize];
            let is_int = matches!(
                op,
                Uop::BINARY_OP_ADD_INT
                    | Uop::BINARY_OP_SUB_INT
                    | Uop::BINARY_OP_MUL_INT
                    | Uop::COMPARE_LT_INT
            );
            if r.below(5) != 0 {
                let guard = if is_int {
                    Uop::GUARD_BOTH_INT
                } else {
                    Uop::GUARD_BOTH_FLOAT
                };
                push(&mut t, guard, 0, 0, r);
            }
            push(&mut t, op, 0, 0, r);
            depth -= 1;
        } else if depth >= 1 {
            let op = [
                Uop::STORE_FAST,
                Uop::POP_TOP,
                Uop::GUARD_IS_TRUE,
                Uop::GUARD_IS_FALSE,
            ][r.below(4) as usize];
            let oparg = if op == Uop::STORE_FAST {
                r.below(N_LOCALS as u64) as u32
            } else {
                0
            };
            push(&mut t, op, oparg, 0, r);
            depth -= 1;
        }
    }
    let exit_ip = r.below(1000) as u32;
    // Exit slots >= 1000 tell normal exits from side exits (uop indices).
    let slot = 1000 + r.below(50);
    t.push(UopInst::new(Uop::EXIT_TRACE, exit_ip, slot, 0));
    t
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

#[test]
fn random_traces_agree_with_uop_interpreter() {
    let mut r = Rng(0x9E37_79B9_7F4A_7C15);
    let (mut side_exits, mut normal_exits, mut overflow_exits) = (0, 0, 0);
    let mut exited_from = std::collections::HashSet::new();
    for case in 0..3000 {
        let trace = random_trace(&mut r);
        check_trace(&trace, N_LOCALS, 0, STACK_CAP).expect("generator makes well-formed traces");
        let locals: Vec<u64> = (0..N_LOCALS).map(|_| random_value(&mut r)).collect();
        let jit = compile(&trace).expect("compiles");
        let want = run_on(&trace, None, &locals);
        let got = run_on(&trace, Some(&jit), &locals);
        assert_eq!(
            got, want,
            "case {case}: trace {trace:#?}\nlocals {locals:x?}"
        );
        let (info, _, _) = want;
        if info.exit >= 1000 {
            assert_eq!(u64::from(info.exit), trace.last().unwrap().operand);
            normal_exits += 1;
        } else {
            side_exits += 1;
            let op = trace[info.exit as usize].op;
            exited_from.insert(op);
            if matches!(
                op,
                Uop::BINARY_OP_ADD_INT | Uop::BINARY_OP_SUB_INT | Uop::BINARY_OP_MUL_INT
            ) {
                overflow_exits += 1;
            }
        }
    }
    println!("normal exits {normal_exits}, side exits {side_exits} ({overflow_exits} overflow)");
    assert!(normal_exits > 100 && side_exits > 100 && overflow_exits > 5);
    // Every uop the generator makes that can side-exit did so at least once.
    let generated: std::collections::HashSet<Uop> = (0..3000)
        .flat_map(|_| random_trace(&mut r))
        .map(|u| u.op)
        .collect();
    for u in &generated {
        if u.meta().has(flags::SIDE_EXIT) {
            assert!(exited_from.contains(u), "{} never side-exited", u.name());
        }
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
