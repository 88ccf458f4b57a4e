//! Optimizer pass tests on the text form of traces.

use crate::opt::*;
use crate::{format_trace, parse_trace};

fn run(pass: fn(&[crate::UopInst]) -> Vec<crate::UopInst>, text: &str) -> String {
    let t = parse_trace(text).expect("parses");
    format_trace(&pass(&t))
}

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
