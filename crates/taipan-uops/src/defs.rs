//! The uop definitions: the one source every tier is generated from.
//!
//! `uop_list!(m)` calls macro `m` with every uop written as
//! `NAME(cx; inputs -- outputs) [flags] { body }`. Inputs are popped (the
//! last one was on top), outputs pushed in order; the body is restricted
//! Rust over `cx: impl Ctx` (`oparg`, `operand`, `local`, `set_local`), the
//! value helpers of `abi`, and the control macros `exit_if!` (side exit,
//! before any side effect) and `exit_trace!`. Flags: `guard` (checks and
//! side-exits, no other effect), `side_exit` (may leave through a side
//! exit), `can_error` (may raise), `escapes` (may run arbitrary code),
//! `jump_top` (continues with the trace's first uop), `exit` (ends the
//! trace). Expanded by taipan-uops (enum, metadata, uop interpreter) and by
//! `stencil-gen/templates` (one stencil per uop). This file must stay
//! `no_std`-clean.

macro_rules! uop_list {
    ($m:ident) => {
        $m! {
            /// Pushes local `oparg`.
            LOAD_FAST(cx; -- value) [] {
                value = cx.local(cx.oparg());
            }
            /// Pops into local `oparg`.
            STORE_FAST(cx; value --) [] {
                cx.set_local(cx.oparg(), value);
            }
            /// Pushes `operand`, the bits of a `Value`.
            LOAD_CONST_INLINE(cx; -- value) [] {
                value = cx.operand();
            }
            /// Discards the top of the stack.
            POP_TOP(cx; value --) [] {}
            /// Side-exits unless both top values are small ints.
            GUARD_BOTH_INT(cx; left, right -- l, r) [guard, side_exit] {
                exit_if!(!(is_int(left) && is_int(right)));
                l = left;
                r = right;
            }
            /// Side-exits unless both top values are floats.
            GUARD_BOTH_FLOAT(cx; left, right -- l, r) [guard, side_exit] {
                exit_if!(!(is_float(left) && is_float(right)));
                l = left;
                r = right;
            }
            /// Small-int `+`; side-exits when the result leaves the small range.
            BINARY_OP_ADD_INT(cx; left, right -- res) [side_exit] {
                let r = int_of(left).wrapping_add(int_of(right));
                exit_if!(!fits_small(r));
                res = box_int(r);
            }
            /// Small-int `-`; side-exits when the result leaves the small range.
            BINARY_OP_SUB_INT(cx; left, right -- res) [side_exit] {
                let r = int_of(left).wrapping_sub(int_of(right));
                exit_if!(!fits_small(r));
                res = box_int(r);
            }
            /// Small-int `*`; side-exits when the result leaves the small range.
            BINARY_OP_MUL_INT(cx; left, right -- res) [side_exit] {
                let (r, overflow) = int_of(left).overflowing_mul(int_of(right));
                exit_if!(overflow || !fits_small(r));
                res = box_int(r);
            }
            /// Float `+`.
            BINARY_OP_ADD_FLOAT(cx; left, right -- res) [] {
                res = box_float(float_of(left) + float_of(right));
            }
            /// Float `-`.
            BINARY_OP_SUB_FLOAT(cx; left, right -- res) [] {
                res = box_float(float_of(left) - float_of(right));
            }
            /// Float `*`.
            BINARY_OP_MUL_FLOAT(cx; left, right -- res) [] {
                res = box_float(float_of(left) * float_of(right));
            }
            /// Small-int `<`, pushing a bool.
            COMPARE_LT_INT(cx; left, right -- res) [] {
                res = box_bool(int_of(left) < int_of(right));
            }
            /// Pops the top; side-exits (with it still on the stack) unless it is `True`.
            GUARD_IS_TRUE(cx; value --) [guard, side_exit] {
                exit_if!(value != TRUE);
            }
            /// Pops the top; side-exits (with it still on the stack) unless it is `False`.
            GUARD_IS_FALSE(cx; value --) [guard, side_exit] {
                exit_if!(value != FALSE);
            }
            /// Continues with the first uop of the trace.
            JUMP_TO_TOP(cx; --) [jump_top] {}
            /// Leaves the trace: tier 1 resumes at `oparg`; `operand` is the exit slot.
            EXIT_TRACE(cx; --) [exit] {
                exit_trace!();
            }
        }
    };
}
