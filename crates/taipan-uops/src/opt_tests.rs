//! Optimizer pass tests on the text form of traces.

use crate::opt::*;
use crate::{format_trace, parse_trace};

fn run(pass: fn(&[crate::UopInst]) -> Vec<crate::UopInst>, text: &str) -> String {
    let t = parse_trace(text).expect("parses");
    format_trace(&pass(&t))
}

/// Asserts that `pass` turns trace `input` into `want` (both in the loose
/// text form: no indices, any spacing).
#[track_caller]
fn check(pass: fn(&[crate::UopInst]) -> Vec<crate::UopInst>, input: &str, want: &str) {
    let want = format_trace(&parse_trace(want).expect("expected trace parses"));
    assert_eq!(run(pass, input), want, "input:\n{input}");
}

// Operands of LOAD_CONST_INLINE (value bits).
// 1 = 0xfff9000000000001, 2 = 0xfff9000000000002, 1.5 = 0x3ff8000000000000,
// True = 0xfffb000000000001, None = 0xfffa000000000000.

#[test]
fn second_guard_on_a_known_int_is_removed() {
    let out = run(
        propagate_types,
        "LOAD_FAST_CHECK 0 @1
         LOAD_CONST_INLINE 0 0xfff9000000000001 @2
         GUARD_BOTH_INT 0 @3
         BINARY_OP_ADD_INT 0 @3
         STORE_FAST 0 @4
         LOAD_FAST_CHECK 0 @5
         LOAD_CONST_INLINE 0 0xfff9000000000002 @6
         GUARD_BOTH_INT 0 @7
         BINARY_OP_MUL_INT 0 @7
         STORE_FAST 1 @8
         JUMP_TO_TOP 0 @9",
    );
    assert_eq!(
        out,
        "   0 LOAD_FAST_CHECK             0 @1
   1 LOAD_CONST_INLINE           0 0xfff9000000000001 @2
   2 GUARD_NOS_INT               0 @3
   3 BINARY_OP_ADD_INT           0 @3
   4 STORE_FAST                  0 @4
   5 LOAD_FAST                   0 @5
   6 LOAD_CONST_INLINE           0 0xfff9000000000002 @6
   7 BINARY_OP_MUL_INT           0 @7
   8 STORE_FAST                  1 @8
   9 JUMP_TO_TOP                 0 @9
"
    );
}

#[test]
fn two_value_guards_are_narrowed_to_the_unknown_side() {
    // Known int on top: only the second value is checked, at the same target.
    check(
        propagate_types,
        "LOAD_FAST_CHECK 0 @1
         LOAD_CONST_INLINE 0 0xfff9000000000001 @2
         GUARD_BOTH_INT 0 @3
         BINARY_OP_SUB_INT 0 @3
         EXIT_TRACE 4 0x5 @4",
        "LOAD_FAST_CHECK 0 @1
         LOAD_CONST_INLINE 0 0xfff9000000000001 @2
         GUARD_NOS_INT 0 @3
         BINARY_OP_SUB_INT 0 @3
         EXIT_TRACE 4 0x5 @4",
    );
    // Known float second: only the top is checked.
    check(
        propagate_types,
        "LOAD_CONST_INLINE 0 0x3ff8000000000000 @1
         LOAD_FAST_CHECK 1 @2
         GUARD_BOTH_FLOAT 0 @3
         BINARY_OP_TRUEDIV_FLOAT 0 @3
         EXIT_TRACE 4 0x5 @4",
        "LOAD_CONST_INLINE 0 0x3ff8000000000000 @1
         LOAD_FAST_CHECK 1 @2
         GUARD_TOS_FLOAT 0 @3
         BINARY_OP_TRUEDIV_FLOAT 0 @3
         EXIT_TRACE 4 0x5 @4",
    );
    // Both known: no guard at all.
    check(
        propagate_types,
        "LOAD_CONST_INLINE 0 0x3ff8000000000000 @1
         LOAD_CONST_INLINE 0 0x4000000000000000 @2
         GUARD_BOTH_FLOAT 0 @3
         BINARY_OP_MUL_FLOAT 0 @3
         GUARD_TOS_FLOAT 0 @4
         EXIT_TRACE 4 0x5 @4",
        "LOAD_CONST_INLINE 0 0x3ff8000000000000 @1
         LOAD_CONST_INLINE 0 0x4000000000000000 @2
         BINARY_OP_MUL_FLOAT 0 @3
         EXIT_TRACE 4 0x5 @4",
    );
}

#[test]
fn a_passed_guard_types_its_values_for_later_uops() {
    // After GUARD_BOTH_INT both values are ints: one-value guards on them
    // go, the add makes an int, and so is the local it is stored to and
    // every copy of it.
    check(
        propagate_types,
        "LOAD_FAST_CHECK 0 @1
         LOAD_FAST_CHECK 1 @2
         GUARD_BOTH_INT 0 @3
         GUARD_NOS_INT 0 @3
         GUARD_TOS_INT 0 @3
         BINARY_OP_ADD_INT 0 @3
         STORE_FAST 2 @4
         LOAD_FAST_CHECK 2 @5
         COPY 1 @6
         GUARD_BOTH_INT 0 @7
         COMPARE_LT_INT 0 @7
         GUARD_IS_TRUE 0 @8
         LOAD_FAST_CHECK 2 @9
         GUARD_TOS_INT 0 @10
         UNARY_NEGATIVE_INT 0 @10
         GUARD_TOS_INT 0 @11
         POP_TOP 0 @11
         JUMP_TO_TOP 0 @12",
        "LOAD_FAST_CHECK 0 @1
         LOAD_FAST_CHECK 1 @2
         GUARD_BOTH_INT 0 @3
         BINARY_OP_ADD_INT 0 @3
         STORE_FAST 2 @4
         LOAD_FAST 2 @5
         COPY 1 @6
         COMPARE_LT_INT 0 @7
         GUARD_IS_TRUE 0 @8
         LOAD_FAST 2 @9
         UNARY_NEGATIVE_INT 0 @10
         POP_TOP 0 @11
         JUMP_TO_TOP 0 @12",
    );
}

/// A guard on a value loaded from a local says what the local holds until
/// it is stored to, so reloading it needs no guard (CPython's optimizer
/// tracks values symbolically for this). `propagate_types` types the stack
/// slot only: `x * x + x` guards `x` twice.
#[test]
fn a_guard_on_a_loaded_local_types_the_local() {
    check(
        propagate_types,
        "LOAD_FAST_CHECK 0 @1
         LOAD_FAST_CHECK 0 @2
         GUARD_BOTH_INT 0 @3
         BINARY_OP_MUL_INT 0 @3
         LOAD_FAST_CHECK 0 @4
         GUARD_BOTH_INT 0 @5
         BINARY_OP_ADD_INT 0 @5
         STORE_FAST 1 @6
         JUMP_TO_TOP 0 @7",
        "LOAD_FAST_CHECK 0 @1
         LOAD_FAST 0 @2
         GUARD_BOTH_INT 0 @3
         BINARY_OP_MUL_INT 0 @3
         LOAD_FAST 0 @4
         BINARY_OP_ADD_INT 0 @5
         STORE_FAST 1 @6
         JUMP_TO_TOP 0 @7",
    );
}

#[test]
fn load_fast_check_becomes_load_fast_only_once_the_local_is_known_bound() {
    check(
        propagate_types,
        "LOAD_FAST_CHECK 0 @1
         LOAD_FAST_CHECK 1 @2
         POP_TOP 0 @3
         STORE_FAST 2 @4
         LOAD_FAST_CHECK 3 @5
         LOAD_FAST_CHECK 2 @6
         LOAD_FAST_CHECK 0 @7
         LOAD_FAST_CHECK 1 @8
         LOAD_FAST_CHECK 3 @9
         LOAD_FAST_CHECK 4 @10
         EXIT_TRACE 11 0xa @11",
        "LOAD_FAST_CHECK 0 @1
         LOAD_FAST_CHECK 1 @2
         POP_TOP 0 @3
         STORE_FAST 2 @4
         LOAD_FAST_CHECK 3 @5
         LOAD_FAST 2 @6
         LOAD_FAST 0 @7
         LOAD_FAST 1 @8
         LOAD_FAST 3 @9
         LOAD_FAST_CHECK 4 @10
         EXIT_TRACE 11 0xa @11",
    );
}

#[test]
fn nothing_is_assumed_at_the_loop_head() {
    // Local 0 is an int (and bound) by the end of the body, but the next
    // iteration starts at the top, where the trace may be entered with
    // anything: the first check and guard stay.
    check(
        propagate_types,
        "LOAD_FAST_CHECK 0 @1
         GUARD_TOS_INT 0 @2
         LOAD_CONST_INLINE 0 0xfff9000000000001 @3
         BINARY_OP_ADD_INT 0 @3
         STORE_FAST 0 @4
         LOAD_CONST_INLINE 0 0xfff9000000000002 @5
         STORE_FAST 1 @6
         JUMP_TO_TOP 0 @7",
        "LOAD_FAST_CHECK 0 @1
         GUARD_TOS_INT 0 @2
         LOAD_CONST_INLINE 0 0xfff9000000000001 @3
         BINARY_OP_ADD_INT 0 @3
         STORE_FAST 0 @4
         LOAD_CONST_INLINE 0 0xfff9000000000002 @5
         STORE_FAST 1 @6
         JUMP_TO_TOP 0 @7",
    );
    // Values on the stack at entry (below the trace's own) are unknown too.
    check(
        propagate_types,
        "GUARD_TOS_INT 0 @1
         GUARD_BOTH_FLOAT 0 @2
         COPY 3 @3
         GUARD_TOS_INT 0 @4
         EXIT_TRACE 5 0x4 @5",
        "GUARD_TOS_INT 0 @1
         GUARD_BOTH_FLOAT 0 @2
         COPY 3 @3
         GUARD_TOS_INT 0 @4
         EXIT_TRACE 5 0x4 @5",
    );
}

#[test]
fn store_fast_replaces_what_is_known_about_the_local() {
    // Local 0 is known int, then gets the result of a call (any object):
    // its next int guard stays, though it is still known bound.
    check(
        propagate_types,
        "LOAD_FAST_CHECK 0 @1
         GUARD_TOS_INT 0 @2
         POP_TOP 0 @3
         LOAD_FAST_CHECK 1 @4
         LOAD_CONST_INLINE 0 0xfffa000000000001 @5
         CALL_GENERIC 0 @6
         STORE_FAST 0 @7
         LOAD_FAST_CHECK 0 @8
         GUARD_TOS_INT 0 @9
         EXIT_TRACE 10 0x9 @10",
        "LOAD_FAST_CHECK 0 @1
         GUARD_TOS_INT 0 @2
         POP_TOP 0 @3
         LOAD_FAST_CHECK 1 @4
         LOAD_CONST_INLINE 0 0xfffa000000000001 @5
         CALL_GENERIC 0 @6
         STORE_FAST 0 @7
         LOAD_FAST 0 @8
         GUARD_TOS_INT 0 @9
         EXIT_TRACE 10 0x9 @10",
    );
    // A float stored over a known int: the int guard stays, a float one goes.
    check(
        propagate_types,
        "LOAD_CONST_INLINE 0 0xfff9000000000001 @1
         STORE_FAST 0 @2
         LOAD_FAST_CHECK 0 @3
         GUARD_TOS_INT 0 @4
         POP_TOP 0 @5
         LOAD_CONST_INLINE 0 0x3ff8000000000000 @6
         STORE_FAST 0 @7
         LOAD_FAST_CHECK 0 @8
         GUARD_TOS_FLOAT 0 @9
         POP_TOP 0 @10
         LOAD_FAST_CHECK 0 @11
         GUARD_TOS_INT 0 @12
         POP_TOP 0 @13
         EXIT_TRACE 14 0xd @14",
        "LOAD_CONST_INLINE 0 0xfff9000000000001 @1
         STORE_FAST 0 @2
         LOAD_FAST 0 @3
         POP_TOP 0 @5
         LOAD_CONST_INLINE 0 0x3ff8000000000000 @6
         STORE_FAST 0 @7
         LOAD_FAST 0 @8
         POP_TOP 0 @10
         LOAD_FAST 0 @11
         GUARD_TOS_INT 0 @12
         POP_TOP 0 @13
         EXIT_TRACE 14 0xd @14",
    );
    // A stored value of unknown type from the entry stack: bound, not typed.
    check(
        propagate_types,
        "LOAD_FAST_CHECK 0 @1
         GUARD_TOS_FLOAT 0 @2
         POP_TOP 0 @3
         STORE_FAST 0 @4
         LOAD_FAST_CHECK 0 @5
         GUARD_TOS_FLOAT 0 @6
         EXIT_TRACE 7 0x6 @7",
        "LOAD_FAST_CHECK 0 @1
         GUARD_TOS_FLOAT 0 @2
         POP_TOP 0 @3
         STORE_FAST 0 @4
         LOAD_FAST 0 @5
         GUARD_TOS_FLOAT 0 @6
         EXIT_TRACE 7 0x6 @7",
    );
}

#[test]
fn copy_and_swap_move_what_is_known_with_the_values() {
    // [int, x] SWAP 2 -> [x, int]: the int is now on top.
    check(
        propagate_types,
        "LOAD_CONST_INLINE 0 0xfff9000000000001 @1
         LOAD_FAST_CHECK 0 @2
         SWAP 2 @3
         GUARD_BOTH_INT 0 @4
         BINARY_OP_SUB_INT 0 @4
         EXIT_TRACE 5 0x5 @5",
        "LOAD_CONST_INLINE 0 0xfff9000000000001 @1
         LOAD_FAST_CHECK 0 @2
         SWAP 2 @3
         GUARD_NOS_INT 0 @4
         BINARY_OP_SUB_INT 0 @4
         EXIT_TRACE 5 0x5 @5",
    );
    // COPY of a checked int is an int; COPY of an unchecked value is not.
    check(
        propagate_types,
        "LOAD_FAST_CHECK 0 @1
         GUARD_TOS_INT 0 @2
         LOAD_FAST_CHECK 1 @3
         COPY 2 @4
         GUARD_TOS_INT 0 @5
         POP_TOP 0 @6
         COPY 1 @7
         GUARD_TOS_INT 0 @8
         EXIT_TRACE 9 0x8 @9",
        "LOAD_FAST_CHECK 0 @1
         GUARD_TOS_INT 0 @2
         LOAD_FAST_CHECK 1 @3
         COPY 2 @4
         POP_TOP 0 @6
         COPY 1 @7
         GUARD_TOS_INT 0 @8
         EXIT_TRACE 9 0x8 @9",
    );
    // SWAP with a value below the trace's own: the top becomes unknown.
    check(
        propagate_types,
        "LOAD_CONST_INLINE 0 0xfff9000000000001 @1
         SWAP 2 @2
         GUARD_TOS_INT 0 @3
         EXIT_TRACE 4 0x3 @4",
        "LOAD_CONST_INLINE 0 0xfff9000000000001 @1
         SWAP 2 @2
         GUARD_TOS_INT 0 @3
         EXIT_TRACE 4 0x3 @4",
    );
}

#[test]
fn result_types_of_uops() {
    // Conversions make floats; comparisons make bools (not ints); generic
    // uops make anything.
    check(
        propagate_types,
        "LOAD_FAST_CHECK 0 @1
         GUARD_TOS_INT 0 @2
         INT_TO_FLOAT_TOS 0 @2
         GUARD_TOS_FLOAT 0 @3
         LOAD_FAST_CHECK 1 @4
         LOAD_FAST_CHECK 2 @5
         GUARD_BOTH_INT 0 @6
         COMPARE_GE_INT 0 @6
         GUARD_TOS_INT 0 @7
         POP_TOP 0 @8
         LOAD_FAST_CHECK 2 @9
         BINARY_OP_GENERIC 0 @10
         GUARD_TOS_FLOAT 0 @11
         EXIT_TRACE 12 0xc @12",
        "LOAD_FAST_CHECK 0 @1
         GUARD_TOS_INT 0 @2
         INT_TO_FLOAT_TOS 0 @2
         LOAD_FAST_CHECK 1 @4
         LOAD_FAST_CHECK 2 @5
         GUARD_BOTH_INT 0 @6
         COMPARE_GE_INT 0 @6
         GUARD_TOS_INT 0 @7
         POP_TOP 0 @8
         LOAD_FAST 2 @9
         BINARY_OP_GENERIC 0 @10
         GUARD_TOS_FLOAT 0 @11
         EXIT_TRACE 12 0xc @12",
    );
    // INT_TO_FLOAT_NOS converts the second value; the top keeps its type.
    check(
        propagate_types,
        "LOAD_FAST_CHECK 0 @1
         LOAD_FAST_CHECK 1 @2
         GUARD_NOS_INT 0 @3
         GUARD_TOS_FLOAT 0 @3
         INT_TO_FLOAT_NOS 0 @3
         GUARD_BOTH_FLOAT 0 @4
         BINARY_OP_ADD_FLOAT 0 @4
         GUARD_TOS_FLOAT 0 @5
         UNARY_NEGATIVE_FLOAT 0 @5
         GUARD_TOS_FLOAT 0 @6
         EXIT_TRACE 7 0x9 @7",
        "LOAD_FAST_CHECK 0 @1
         LOAD_FAST_CHECK 1 @2
         GUARD_NOS_INT 0 @3
         GUARD_TOS_FLOAT 0 @3
         INT_TO_FLOAT_NOS 0 @3
         BINARY_OP_ADD_FLOAT 0 @4
         UNARY_NEGATIVE_FLOAT 0 @5
         EXIT_TRACE 7 0x9 @7",
    );
}

#[test]
fn repeated_globals_guards_are_dropped_until_something_escapes() {
    check(
        dedup_globals_guards,
        "GUARD_GLOBALS 0 0x10 @1
         LOAD_GLOBAL_CACHED 0 0x20 @1
         GUARD_GLOBALS 0 0x10 @2
         LOAD_GLOBAL_CACHED 1 0x28 @2
         LOAD_CONST_INLINE 0 0xfff9000000000001 @3
         GUARD_BOTH_INT 0 @3
         BINARY_OP_ADD_INT 0 @3
         GUARD_GLOBALS 0 0x10 @4
         CALL_GENERIC 1 @5
         GUARD_GLOBALS 0 0x10 @6
         GUARD_GLOBALS 0 0x18 @7
         GUARD_GLOBALS 0 0x18 @8
         POP_TOP 0 @9
         JUMP_TO_TOP 0 @10",
        "GUARD_GLOBALS 0 0x10 @1
         LOAD_GLOBAL_CACHED 0 0x20 @1
         LOAD_GLOBAL_CACHED 1 0x28 @2
         LOAD_CONST_INLINE 0 0xfff9000000000001 @3
         GUARD_BOTH_INT 0 @3
         BINARY_OP_ADD_INT 0 @3
         CALL_GENERIC 1 @5
         GUARD_GLOBALS 0 0x10 @6
         GUARD_GLOBALS 0 0x18 @7
         POP_TOP 0 @9
         JUMP_TO_TOP 0 @10",
    );
    // Every escaping uop (attribute, subscript and binary-op helpers run
    // Python code) ends what is known, and so does the loop's end.
    for escaping in [
        "LOAD_ATTR_GENERIC 0",
        "BINARY_OP_GENERIC 0",
        "BINARY_SUBSCR_GENERIC 0",
        "STORE_ATTR_GENERIC 0",
        "TO_BOOL 0",
    ] {
        let input = format!(
            "GUARD_GLOBALS 0 0x10 @1
             {escaping} @2
             GUARD_GLOBALS 0 0x10 @3
             EXIT_TRACE 4 0x3 @4"
        );
        check(dedup_globals_guards, &input, &input);
    }
    let looped = "GUARD_GLOBALS 0 0x10 @1
                  JUMP_TO_TOP 0 @2
                  GUARD_GLOBALS 0 0x10 @3
                  EXIT_TRACE 4 0x3 @4";
    check(dedup_globals_guards, looped, looped);
}

#[test]
fn optimize_runs_both_passes() {
    check(
        crate::optimize,
        "GUARD_GLOBALS 0 0x10 @1
         LOAD_FAST_CHECK 0 @1
         GUARD_GLOBALS 0 0x10 @2
         LOAD_CONST_INLINE 0 0xfff9000000000001 @2
         GUARD_BOTH_INT 0 @3
         BINARY_OP_ADD_INT 0 @3
         STORE_FAST 0 @4
         JUMP_TO_TOP 0 @5",
        "GUARD_GLOBALS 0 0x10 @1
         LOAD_FAST_CHECK 0 @1
         LOAD_CONST_INLINE 0 0xfff9000000000001 @2
         GUARD_NOS_INT 0 @3
         BINARY_OP_ADD_INT 0 @3
         STORE_FAST 0 @4
         JUMP_TO_TOP 0 @5",
    );
}
