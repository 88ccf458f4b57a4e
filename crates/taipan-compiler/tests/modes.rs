//! `Mode::Eval` and `Mode::Single` code shapes.

use taipan_compiler::bytecode::{Constant, Opcode};
use taipan_compiler::{compile_source, verify, Mode};

fn ops(src: &str, mode: Mode) -> (Vec<Opcode>, Vec<Constant>) {
    let code = compile_source(src, "<m>", mode).unwrap_or_else(|e| panic!("{src:?}: {e}"));
    verify::verify(&code).unwrap_or_else(|e| panic!("{src:?}: {e}"));
    (
        code.instructions.iter().map(|i| i.op).collect(),
        code.consts,
    )
}

#[test]
fn eval_returns_the_expression_value() {
    let (o, c) = ops("1 + 2 * 3", Mode::Eval);
    assert_eq!(o, vec![Opcode::LoadConst, Opcode::ReturnValue]);
    assert_eq!(c, vec![Constant::Int(7.into())]);
    let (o, _) = ops("f(x)", Mode::Eval);
    assert_eq!(o.last(), Some(&Opcode::ReturnValue));
    assert!(!o.contains(&Opcode::PopTop));
}

#[test]
fn single_mode_prints_expression_statements() {
    let (o, _) = ops("x\n", Mode::Single);
    assert_eq!(
        o,
        vec![
            Opcode::LoadName,
            Opcode::PrintExpr,
            Opcode::LoadConst,
            Opcode::ReturnValue
        ]
    );
    let (o, _) = ops("x = 1\n", Mode::Single);
    assert!(!o.contains(&Opcode::PrintExpr));
    let (o, _) = ops("if 1:\n    y\n\n", Mode::Single);
    assert!(o.contains(&Opcode::PrintExpr));
    let (o, _) = ops("def f():\n    y\n\n", Mode::Single);
    assert!(!o.contains(&Opcode::PrintExpr));
}

#[test]
fn exec_mode_drops_expression_values() {
    let (o, _) = ops("x\n", Mode::Exec);
    assert_eq!(
        o,
        vec![
            Opcode::LoadName,
            Opcode::PopTop,
            Opcode::LoadConst,
            Opcode::ReturnValue
        ]
    );
}
