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
//! trace), `var_stack` (the stack effect depends on `oparg`, see
//! `stack_effect`; the declared inputs/outputs are empty). A uop whose body
//! is `helper!(cx, f)` is carried out by runtime helper `f` (see `abi`).
//! Expanded by taipan-uops (enum, metadata, uop interpreter) and by
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
            /// Float `+`; side-exits on a NaN result (tier 1 makes NaN objects).
            BINARY_OP_ADD_FLOAT(cx; left, right -- res) [side_exit] {
                let r = float_of(left) + float_of(right);
                exit_if!(r.is_nan());
                res = box_float(r);
            }
            /// Float `-`; side-exits on a NaN result (tier 1 makes NaN objects).
            BINARY_OP_SUB_FLOAT(cx; left, right -- res) [side_exit] {
                let r = float_of(left) - float_of(right);
                exit_if!(r.is_nan());
                res = box_float(r);
            }
            /// Float `*`; side-exits on a NaN result (tier 1 makes NaN objects).
            BINARY_OP_MUL_FLOAT(cx; left, right -- res) [side_exit] {
                let r = float_of(left) * float_of(right);
                exit_if!(r.is_nan());
                res = box_float(r);
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
            /// Pushes local `oparg`; side-exits (to raise UnboundLocalError in tier 1) when it is unbound.
            LOAD_FAST_CHECK(cx; -- value) [side_exit] {
                let v = cx.local(cx.oparg());
                exit_if!(v == NULL);
                value = v;
            }
            /// Pushes a copy of the `oparg`-th value from the top (1 is the top).
            COPY(cx; -- value) [var_stack] {
                value = *cx.entry_sp().sub(cx.oparg() as usize);
            }
            /// Swaps the top with the `oparg`-th value from the top.
            SWAP(cx; --) [var_stack] {
                let sp = cx.entry_sp();
                let a = sp.sub(1);
                let b = sp.sub(cx.oparg() as usize);
                let t = *a;
                *a = *b;
                *b = t;
            }
            /// Side-exits unless the top value is a small int.
            GUARD_TOS_INT(cx; value -- v) [guard, side_exit] {
                exit_if!(!is_int(value));
                v = value;
            }
            /// Side-exits unless the second value is a small int.
            GUARD_NOS_INT(cx; left, right -- l, r) [guard, side_exit] {
                exit_if!(!is_int(left));
                l = left;
                r = right;
            }
            /// Side-exits unless the top value is a float.
            GUARD_TOS_FLOAT(cx; value -- v) [guard, side_exit] {
                exit_if!(!is_float(value));
                v = value;
            }
            /// Side-exits unless the second value is a float.
            GUARD_NOS_FLOAT(cx; left, right -- l, r) [guard, side_exit] {
                exit_if!(!is_float(left));
                l = left;
                r = right;
            }
            /// Converts the small int on top to a float (exact: small ints have 48 bits).
            INT_TO_FLOAT_TOS(cx; value -- res) [] {
                res = box_float(int_of(value) as f64);
            }
            /// Converts the small int second from the top to a float.
            INT_TO_FLOAT_NOS(cx; left, right -- l, r) [] {
                l = box_float(int_of(left) as f64);
                r = right;
            }
            /// Small-int `//`; side-exits on a zero divisor.
            BINARY_OP_FLOORDIV_INT(cx; left, right -- res) [side_exit] {
                let (x, y) = (int_of(left), int_of(right));
                exit_if!(y == 0);
                let q = x / y;
                let q = if (x % y != 0) && ((x < 0) != (y < 0)) { q - 1 } else { q };
                exit_if!(!fits_small(q));
                res = box_int(q);
            }
            /// Small-int `%`; side-exits on a zero divisor.
            BINARY_OP_MOD_INT(cx; left, right -- res) [side_exit] {
                let (x, y) = (int_of(left), int_of(right));
                exit_if!(y == 0);
                let r = x % y;
                let r = if r != 0 && ((r < 0) != (y < 0)) { r + y } else { r };
                res = box_int(r);
            }
            /// Small-int `&`.
            BINARY_OP_AND_INT(cx; left, right -- res) [] {
                res = box_int(int_of(left) & int_of(right));
            }
            /// Small-int `|`.
            BINARY_OP_OR_INT(cx; left, right -- res) [] {
                res = box_int(int_of(left) | int_of(right));
            }
            /// Small-int `^`.
            BINARY_OP_XOR_INT(cx; left, right -- res) [] {
                res = box_int(int_of(left) ^ int_of(right));
            }
            /// Float `/`; side-exits on a zero divisor or a NaN result.
            BINARY_OP_TRUEDIV_FLOAT(cx; left, right -- res) [side_exit] {
                let y = float_of(right);
                exit_if!(y == 0.0);
                let r = float_of(left) / y;
                exit_if!(r.is_nan());
                res = box_float(r);
            }
            /// Float `**` with a positive finite base and a finite result;
            /// side-exits otherwise (tier 1 raises or makes a complex).
            BINARY_OP_POW_FLOAT(cx; left, right -- res) [side_exit] {
                let r = fast::taipan_fast_float_pow(left, right, 0, 0);
                exit_if!(r == NULL);
                res = r;
            }
            /// Unpacks a tuple or list of exactly two items.
            UNPACK_SEQUENCE_TWO(cx; seq -- second, first) [side_exit] {
                let a = fast::taipan_fast_seq_item(seq, 0, 2, 0);
                exit_if!(a == NULL);
                second = fast::taipan_fast_seq_item(seq, 1, 2, 0);
                first = a;
            }
            /// Unpacks a tuple or list of exactly three items.
            UNPACK_SEQUENCE_THREE(cx; seq -- third, second, first) [side_exit] {
                let a = fast::taipan_fast_seq_item(seq, 0, 3, 0);
                exit_if!(a == NULL);
                third = fast::taipan_fast_seq_item(seq, 2, 3, 0);
                second = fast::taipan_fast_seq_item(seq, 1, 3, 0);
                first = a;
            }
            /// Small-int `<=`.
            COMPARE_LE_INT(cx; left, right -- res) [] {
                res = box_bool(int_of(left) <= int_of(right));
            }
            /// Small-int `==`.
            COMPARE_EQ_INT(cx; left, right -- res) [] {
                res = box_bool(left == right);
            }
            /// Small-int `!=`.
            COMPARE_NE_INT(cx; left, right -- res) [] {
                res = box_bool(left != right);
            }
            /// Small-int `>`.
            COMPARE_GT_INT(cx; left, right -- res) [] {
                res = box_bool(int_of(left) > int_of(right));
            }
            /// Small-int `>=`.
            COMPARE_GE_INT(cx; left, right -- res) [] {
                res = box_bool(int_of(left) >= int_of(right));
            }
            /// Float `<`.
            COMPARE_LT_FLOAT(cx; left, right -- res) [] {
                res = box_bool(float_of(left) < float_of(right));
            }
            /// Float `<=`.
            COMPARE_LE_FLOAT(cx; left, right -- res) [] {
                res = box_bool(float_of(left) <= float_of(right));
            }
            /// Float `==`.
            COMPARE_EQ_FLOAT(cx; left, right -- res) [] {
                res = box_bool(float_of(left) == float_of(right));
            }
            /// Float `!=`.
            COMPARE_NE_FLOAT(cx; left, right -- res) [] {
                res = box_bool(float_of(left) != float_of(right));
            }
            /// Float `>`.
            COMPARE_GT_FLOAT(cx; left, right -- res) [] {
                res = box_bool(float_of(left) > float_of(right));
            }
            /// Float `>=`.
            COMPARE_GE_FLOAT(cx; left, right -- res) [] {
                res = box_bool(float_of(left) >= float_of(right));
            }
            /// Float unary `-`.
            UNARY_NEGATIVE_FLOAT(cx; value -- res) [] {
                res = box_float(-float_of(value));
            }
            /// Small-int unary `-` (the negation of a small int is small but for the minimum).
            UNARY_NEGATIVE_INT(cx; value -- res) [side_exit] {
                let r = -int_of(value);
                exit_if!(!fits_small(r));
                res = box_int(r);
            }
            /// `not` of a bool; side-exits on anything else.
            UNARY_NOT_BOOL(cx; value -- res) [side_exit] {
                exit_if!(value != TRUE && value != FALSE);
                res = value ^ 1;
            }
            /// Pops the top; side-exits (with it still on the stack) unless it is `None`.
            GUARD_IS_NONE(cx; value --) [guard, side_exit] {
                exit_if!(value != NONE);
            }
            /// Pops the top; side-exits (with it still on the stack) if it is `None`.
            GUARD_IS_NOT_NONE(cx; value --) [guard, side_exit] {
                exit_if!(value == NONE);
            }
            /// Any binary operator (`oparg` as BINARY_OP's); may run Python code.
            BINARY_OP_GENERIC(cx; left, right -- res) [can_error, escapes] {
                helper!(cx, taipan_binary_op);
            }
            /// Any comparison (`oparg` as COMPARE_OP's); may run Python code.
            COMPARE_OP_GENERIC(cx; left, right -- res) [can_error, escapes] {
                helper!(cx, taipan_compare_op);
            }
            /// `in` / `not in` (`oparg` 1).
            CONTAINS_OP(cx; left, right -- res) [can_error, escapes] {
                helper!(cx, taipan_contains_op);
            }
            /// `is` / `is not` (`oparg` 1).
            IS_OP(cx; left, right -- res) [] {
                helper!(cx, taipan_is_op);
            }
            /// Unary `-` (0), `+` (1), `~` (2), `not` (3) on anything.
            UNARY_GENERIC(cx; value -- res) [can_error, escapes] {
                helper!(cx, taipan_unary_op);
            }
            /// Truth value of a small int (side-exits on anything else).
            TO_BOOL_INT(cx; value -- res) [side_exit] {
                exit_if!(!is_int(value));
                res = box_bool(int_of(value) != 0);
            }
            /// Replaces the top with its truth value (a bool).
            TO_BOOL(cx; value -- res) [can_error, escapes] {
                helper!(cx, taipan_to_bool);
            }
            /// `list[int]`; side-exits unless an exact list and an index in range.
            BINARY_SUBSCR_LIST_INT(cx; container, key -- res) [side_exit] {
                let v = fast::taipan_fast_list_get(container, key, cx.operand(), 0);
                exit_if!(v == NULL);
                res = v;
            }
            /// `container[key]`.
            BINARY_SUBSCR_GENERIC(cx; container, key -- res) [can_error, escapes] {
                helper!(cx, taipan_subscr);
            }
            /// `list[int] = value`; side-exits unless an exact list and an index in range.
            STORE_SUBSCR_LIST_INT(cx; value, container, key --) [side_exit] {
                exit_if!(fast::taipan_fast_list_set(container, key, value, cx.operand()) == 0);
            }
            /// `container[key] = value`.
            STORE_SUBSCR_GENERIC(cx; value, container, key --) [can_error, escapes] {
                helper!(cx, taipan_store_subscr);
            }
            /// Next item of a range iterator; side-exits when exhausted (tier 1 ends the loop).
            FOR_ITER_RANGE(cx; iter -- it, next) [side_exit] {
                let v = fast::taipan_fast_range_next(iter, 0, 0, 0);
                exit_if!(v == NULL);
                it = iter;
                next = v;
            }
            /// Next item of a list iterator; side-exits when exhausted.
            FOR_ITER_LIST(cx; iter -- it, next) [side_exit] {
                let v = fast::taipan_fast_list_next(iter, 0, 0, 0);
                exit_if!(v == NULL);
                it = iter;
                next = v;
            }
            /// Pushes the contents of the cell in frame slot `oparg`; side-exits
            /// (tier 1 raises) when it is empty.
            LOAD_DEREF(cx; -- value) [side_exit] {
                let v = fast::taipan_fast_cell_get(cx.local(cx.oparg()), 0, 0, 0);
                exit_if!(v == NULL);
                value = v;
            }
            /// Stores into the cell in frame slot `oparg`.
            STORE_DEREF(cx; value --) [] {
                fast::taipan_fast_cell_set(cx.local(cx.oparg()), value, 0, 0);
            }
            /// An exhausted range or list iterator ends its loop: pops it;
            /// side-exits when it is not exhausted after all.
            FOR_ITER_END(cx; iter --) [side_exit] {
                exit_if!(fast::taipan_fast_iter_end(iter, 0, 0, 0) == 0);
            }
            /// Side-exits unless the globals and builtins are unchanged (`operand`: the guard record).
            GUARD_GLOBALS(cx; --) [guard, side_exit] {
                helper!(cx, taipan_guard_globals);
            }
            /// A global or builtin (`oparg`: name index; `operand`: a cache record
            /// refreshed when the dicts changed); raises NameError.
            LOAD_GLOBAL_CACHED(cx; -- value) [can_error] {
                let v = fast::taipan_fast_load_global(cx.operand(), 0, 0, 0);
                if v == NULL {
                    helper!(cx, taipan_load_global);
                }
                value = v;
            }
            /// `LOAD_NAME` (`oparg`: name index).
            LOAD_NAME(cx; -- value) [can_error, escapes] {
                helper!(cx, taipan_load_name);
            }
            /// `STORE_NAME` (`oparg`: name index).
            STORE_NAME(cx; value --) [can_error, escapes] {
                helper!(cx, taipan_store_name);
            }
            /// An instance attribute by shape and slot (`operand`: the guard record).
            LOAD_ATTR_INSTANCE(cx; owner -- attr) [side_exit] {
                let v = fast::taipan_fast_load_attr(owner, cx.operand(), 0, 0);
                exit_if!(v == NULL);
                attr = v;
            }
            /// Stores an instance attribute by shape and slot (`operand`: the guard record).
            STORE_ATTR_INSTANCE(cx; value, owner --) [side_exit] {
                exit_if!(fast::taipan_fast_store_attr(owner, value, cx.operand(), 0) == 0);
            }
            /// Any attribute load (`oparg`: name index).
            LOAD_ATTR_GENERIC(cx; owner -- attr) [can_error, escapes] {
                helper!(cx, taipan_load_attr);
            }
            /// Any attribute store (`oparg`: name index).
            STORE_ATTR_GENERIC(cx; value, owner --) [can_error, escapes] {
                helper!(cx, taipan_store_attr);
            }
            /// A method of the receiver's type by type and shape (`operand`: the guard record).
            LOAD_METHOD_CACHED(cx; owner -- meth, self_) [side_exit] {
                let m = fast::taipan_fast_load_method(owner, cx.operand(), 0, 0);
                if m == NULL {
                    helper!(cx, taipan_load_method_cached);
                }
                meth = m;
                self_ = owner;
            }
            /// Any method lookup (`oparg`: name index).
            LOAD_METHOD_GENERIC(cx; owner -- meth, self_) [can_error, escapes] {
                helper!(cx, taipan_load_method);
            }
            /// A module attribute (`operand`: the guard record; `oparg` 0).
            LOAD_ATTR_MODULE(cx; owner -- attr) [side_exit] {
                let v = fast::taipan_fast_module_attr(owner, cx.operand(), 0, 0);
                exit_if!(v == NULL);
                attr = v;
            }
            /// A module attribute called as a method: pushes it and NULL (`oparg` 1).
            LOAD_METHOD_MODULE(cx; owner -- attr, null) [side_exit] {
                let v = fast::taipan_fast_module_attr(owner, cx.operand(), 0, 0);
                exit_if!(v == NULL);
                attr = v;
                null = NULL;
            }
            /// Calls `[callable, self_or_null, oparg args]`, pushing the result.
            CALL_GENERIC(cx; --) [can_error, escapes, var_stack] {
                helper!(cx, taipan_call);
            }
            /// Calls `[callable, self_or_null, oparg args, kwnames]`.
            CALL_KW_GENERIC(cx; --) [can_error, escapes, var_stack] {
                helper!(cx, taipan_call_kw);
            }
            /// Side-exits unless the callable below `oparg & 0xffff` arguments is the
            /// function `operand` and its self slot is set iff `oparg >> 16` is 1.
            GUARD_CALLABLE(cx; --) [guard, side_exit, var_stack] {
                let n = (cx.oparg() & 0xffff) as usize;
                let sp = cx.entry_sp();
                let f = *sp.sub(n + 2);
                let s = *sp.sub(n + 1);
                exit_if!(f != cx.operand() || (s == NULL) != (cx.oparg() >> 16 == 0));
            }
            /// Inlined call: pushes the callee's frame over `[function, self_or_null,
            /// args]` (`oparg & 0xffff` args) and continues in it (`operand`: its slots).
            PUSH_FRAME(cx; --) [can_error, var_stack] {
                helper!(cx, taipan_push_frame);
            }
            /// Returns from an inlined frame: pops it and pushes the return value
            /// in the caller.
            POP_FRAME(cx; --) [var_stack] {
                helper!(cx, taipan_pop_frame);
            }
            /// Builds a tuple of the top `oparg` values.
            BUILD_TUPLE(cx; --) [var_stack] {
                helper!(cx, taipan_build_tuple);
            }
            /// Builds a list of the top `oparg` values.
            BUILD_LIST(cx; --) [var_stack] {
                helper!(cx, taipan_build_list);
            }
            /// Unpacks the top into `oparg` values.
            UNPACK_SEQUENCE(cx; --) [can_error, escapes, var_stack] {
                helper!(cx, taipan_unpack_sequence);
            }
            /// Appends the top to the list `oparg` below it.
            LIST_APPEND(cx; --) [var_stack] {
                helper!(cx, taipan_list_append);
            }
            /// `iter(top)`.
            GET_ITER(cx; value -- iter) [can_error, escapes] {
                helper!(cx, taipan_get_iter);
            }
            /// A slice of the top `oparg` (2 or 3) values.
            BUILD_SLICE(cx; --) [var_stack] {
                helper!(cx, taipan_build_slice);
            }
            /// `STORE_GLOBAL` (`oparg`: name index).
            STORE_GLOBAL(cx; value --) [can_error, escapes] {
                helper!(cx, taipan_store_global);
            }
            /// `del container[key]`.
            DELETE_SUBSCR(cx; container, key --) [can_error, escapes] {
                helper!(cx, taipan_delete_subscr);
            }
            /// Stores key/value into the dict `oparg` below them (comprehensions).
            MAP_ADD(cx; --) [can_error, escapes, var_stack] {
                helper!(cx, taipan_map_add);
            }
            /// Adds the top to the set `oparg` below it (comprehensions).
            SET_ADD(cx; --) [can_error, escapes, var_stack] {
                helper!(cx, taipan_set_add);
            }
            /// `FORMAT_VALUE` (`oparg` as the instruction's: conversion, spec flag 4).
            FORMAT_VALUE(cx; --) [can_error, escapes, var_stack] {
                helper!(cx, taipan_format_value);
            }
            /// Joins the top `oparg` strings.
            BUILD_STRING(cx; --) [var_stack] {
                helper!(cx, taipan_build_string);
            }
            /// Side-exits when the garbage collector wants to run (a safepoint).
            CHECK_GC(cx; --) [side_exit] {
                helper!(cx, taipan_check_gc);
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
