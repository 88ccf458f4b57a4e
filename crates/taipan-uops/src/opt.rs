//! Optimizer passes over a recorded trace, each a function from trace to
//! trace (tested on the text form, see `format_trace` / `parse_trace`):
//!
//! * [`propagate_types`]: forward type propagation over locals and stack
//!   slots; removes guards whose outcome is known, narrows two-value guards
//!   to one-value guards, and turns `LOAD_FAST_CHECK` of a local known to be
//!   bound into `LOAD_FAST`. The loop head is analysed with nothing known,
//!   so the facts hold on every iteration.
//! * [`dedup_globals_guards`]: a `GUARD_GLOBALS` repeated with no uop in
//!   between that can run Python code (and so rebind a global) is removed.

use crate::{flags, stack_effect, Uop, UopInst};

/// What the optimizer knows about a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ty {
    /// Anything, possibly NULL (an unbound local).
    Unknown,
    /// Some value, not NULL.
    Bound,
    Int,
    Float,
    Bool,
}

impl Ty {
    fn of_bits(bits: u64) -> Ty {
        use crate::abi::*;
        if is_int(bits) {
            Ty::Int
        } else if is_float(bits) {
            Ty::Float
        } else if bits == TRUE || bits == FALSE {
            Ty::Bool
        } else if bits == NULL {
            Ty::Unknown
        } else {
            Ty::Bound
        }
    }
}

/// Runs every pass.
pub fn optimize(trace: &[UopInst]) -> Vec<UopInst> {
    let t = propagate_types(trace);
    dedup_globals_guards(&t)
}

/// Type propagation and guard elimination.
pub fn propagate_types(trace: &[UopInst]) -> Vec<UopInst> {
    let nlocals = trace
        .iter()
        .filter(|u| {
            matches!(
                u.op,
                Uop::LOAD_FAST | Uop::STORE_FAST | Uop::LOAD_FAST_CHECK
            )
        })
        .map(|u| u.oparg as usize + 1)
        .max()
        .unwrap_or(0);
    let mut locals = vec![Ty::Unknown; nlocals];
    // Types of the values pushed by the trace; below them, unknown. `orig`
    // runs beside it: the local a value was loaded from (while that local
    // still holds it), so a guard on the value types the local too.
    let mut stack: Vec<Ty> = Vec::new();
    let mut orig: Vec<Option<usize>> = Vec::new();
    let mut out = Vec::with_capacity(trace.len());
    let pop = |s: &mut Vec<Ty>| s.pop().unwrap_or(Ty::Unknown);
    let peek = |s: &Vec<Ty>, n: usize| {
        if n <= s.len() {
            s[s.len() - n]
        } else {
            Ty::Unknown
        }
    };
    for &inst in trace {
        let mut inst = inst;
        let tos = peek(&stack, 1);
        let nos = peek(&stack, 2);
        match inst.op {
            Uop::LOAD_FAST_CHECK | Uop::LOAD_FAST => {
                let i = inst.oparg as usize;
                if locals[i] != Ty::Unknown {
                    inst.op = Uop::LOAD_FAST;
                }
                if locals[i] == Ty::Unknown {
                    locals[i] = Ty::Bound;
                }
                stack.push(locals[i]);
                orig.push(Some(i));
            }
            Uop::STORE_FAST => {
                let t = pop(&mut stack);
                orig.pop();
                let i = inst.oparg as usize;
                orig.iter_mut()
                    .filter(|o| **o == Some(i))
                    .for_each(|o| *o = None);
                // A stored value is never NULL.
                locals[inst.oparg as usize] = if t == Ty::Unknown { Ty::Bound } else { t };
            }
            Uop::LOAD_CONST_INLINE => {
                stack.push(Ty::of_bits(inst.operand));
                orig.push(None);
            }
            Uop::GUARD_BOTH_INT | Uop::GUARD_BOTH_FLOAT => {
                let want = if inst.op == Uop::GUARD_BOTH_INT {
                    Ty::Int
                } else {
                    Ty::Float
                };
                let (tos_op, nos_op) = if want == Ty::Int {
                    (Uop::GUARD_TOS_INT, Uop::GUARD_NOS_INT)
                } else {
                    (Uop::GUARD_TOS_FLOAT, Uop::GUARD_NOS_FLOAT)
                };
                match (nos == want, tos == want) {
                    (true, true) => {}
                    (true, false) => out.push(UopInst { op: tos_op, ..inst }),
                    (false, true) => out.push(UopInst { op: nos_op, ..inst }),
                    (false, false) => out.push(inst),
                }
                for n in [1, 2] {
                    set_top(&mut stack, n, want);
                    type_origin(&orig, &mut locals, n, want);
                }
                continue;
            }
            Uop::GUARD_TOS_INT
            | Uop::GUARD_TOS_FLOAT
            | Uop::GUARD_NOS_INT
            | Uop::GUARD_NOS_FLOAT => {
                let (n, want) = match inst.op {
                    Uop::GUARD_TOS_INT => (1, Ty::Int),
                    Uop::GUARD_TOS_FLOAT => (1, Ty::Float),
                    Uop::GUARD_NOS_INT => (2, Ty::Int),
                    _ => (2, Ty::Float),
                };
                if peek(&stack, n) != want {
                    out.push(inst);
                }
                set_top(&mut stack, n, want);
                type_origin(&orig, &mut locals, n, want);
                continue;
            }
            Uop::INT_TO_FLOAT_TOS | Uop::INT_TO_FLOAT_NOS => {
                let n = if inst.op == Uop::INT_TO_FLOAT_TOS {
                    1
                } else {
                    2
                };
                set_top(&mut stack, n, Ty::Float);
                set_top(&mut orig, n, None);
            }
            Uop::COPY => {
                let n = inst.oparg as usize;
                let t = peek(&stack, n);
                let o = if n <= orig.len() {
                    orig[orig.len() - n]
                } else {
                    None
                };
                stack.push(t);
                orig.push(o);
            }
            Uop::SWAP => {
                let n = inst.oparg as usize;
                if n <= stack.len() {
                    let l = stack.len();
                    stack.swap(l - 1, l - n);
                    orig.swap(l - 1, l - n);
                } else {
                    set_top(&mut stack, 1, Ty::Unknown);
                    set_top(&mut orig, 1, None);
                }
            }
            Uop::PUSH_FRAME | Uop::POP_FRAME => {
                // Another frame's locals: start over knowing nothing.
                locals.iter_mut().for_each(|t| *t = Ty::Unknown);
                stack.clear();
                orig.clear();
            }
            _ => {
                let (n_in, n_out, _) = stack_effect(inst.op, inst.oparg);
                for _ in 0..n_in {
                    pop(&mut stack);
                    orig.pop();
                }
                let t = result_type(inst.op);
                for _ in 0..n_out {
                    stack.push(t);
                    orig.push(None);
                }
                if inst.op.meta().has(flags::EXIT | flags::JUMP_TOP) {
                    stack.clear();
                    orig.clear();
                }
            }
        }
        out.push(inst);
    }
    out
}

/// A guard proved the `n`-th value from the top has type `t`: so does the
/// local it was loaded from.
fn type_origin(orig: &[Option<usize>], locals: &mut [Ty], n: usize, t: Ty) {
    if n <= orig.len() {
        if let Some(i) = orig[orig.len() - n] {
            locals[i] = t;
        }
    }
}

fn set_top<T: Copy>(stack: &mut [T], n: usize, t: T) {
    if n <= stack.len() {
        let l = stack.len();
        stack[l - n] = t;
    }
}

fn result_type(op: Uop) -> Ty {
    use Uop::*;
    match op {
        BINARY_OP_ADD_INT
        | BINARY_OP_SUB_INT
        | BINARY_OP_MUL_INT
        | BINARY_OP_FLOORDIV_INT
        | BINARY_OP_MOD_INT
        | BINARY_OP_AND_INT
        | BINARY_OP_OR_INT
        | BINARY_OP_XOR_INT
        | UNARY_NEGATIVE_INT => Ty::Int,
        BINARY_OP_ADD_FLOAT
        | BINARY_OP_SUB_FLOAT
        | BINARY_OP_MUL_FLOAT
        | BINARY_OP_TRUEDIV_FLOAT
        | UNARY_NEGATIVE_FLOAT => Ty::Float,
        COMPARE_LT_INT | COMPARE_LE_INT | COMPARE_EQ_INT | COMPARE_NE_INT | COMPARE_GT_INT
        | COMPARE_GE_INT | COMPARE_LT_FLOAT | COMPARE_LE_FLOAT | COMPARE_EQ_FLOAT
        | COMPARE_NE_FLOAT | COMPARE_GT_FLOAT | COMPARE_GE_FLOAT | UNARY_NOT_BOOL | TO_BOOL
        | TO_BOOL_INT | IS_OP | CONTAINS_OP => Ty::Bool,
        _ => Ty::Bound,
    }
}

/// Drops a `GUARD_GLOBALS` that repeats an earlier one of the same record
/// contents with no escaping uop in between.
pub fn dedup_globals_guards(trace: &[UopInst]) -> Vec<UopInst> {
    let mut out = Vec::with_capacity(trace.len());
    let mut live: Option<(u64, u64)> = None;
    for &inst in trace {
        if inst.op == Uop::GUARD_GLOBALS {
            let key = guard_key(inst.operand);
            if live == Some(key) {
                continue;
            }
            live = Some(key);
        } else if inst
            .op
            .meta()
            .has(flags::ESCAPES | flags::JUMP_TOP | flags::EXIT)
        {
            live = None;
        }
        out.push(inst);
    }
    out
}

/// (globals dict, its version) of a guard record; operands that are not
/// real records (text-form tests) compare by value.
fn guard_key(operand: u64) -> (u64, u64) {
    if operand < 4096 {
        return (operand, 0);
    }
    // SAFETY: GUARD_GLOBALS operands are `GlobalsGuard` records owned by the
    // trace being built.
    let g = unsafe { &*(operand as *const crate::rt::GlobalsGuard) };
    (g.globals.0, g.gver)
}
