//! The verifier rejects malformed code objects.

use taipan_compiler::bytecode::{CodeObject, ExceptionTableEntry, Instr, Location, Opcode};
use taipan_compiler::{compile_source, verify, Constant, Mode};

fn good() -> CodeObject {
    compile_source("try:\n    x = 1\nexcept E:\n    pass\n", "<v>", Mode::Exec).expect("compiles")
}

fn with_instrs(mut code: CodeObject, instrs: Vec<Instr>) -> CodeObject {
    code.locations = vec![Location::default(); instrs.len()];
    code.instructions = instrs;
    code.exception_table.clear();
    code
}

#[test]
fn accepts_compiled_code() {
    assert_eq!(verify::verify(&good()), Ok(()));
}

#[test]
fn rejects_bad_jumps_and_operands() {
    let base = good();
    let c = with_instrs(base.clone(), vec![Instr::new(Opcode::Jump, 99)]);
    assert!(verify::verify(&c).is_err(), "jump out of range");
    let c = with_instrs(
        base.clone(),
        vec![
            Instr::new(Opcode::LoadConst, 999),
            Instr::new(Opcode::ReturnValue, 0),
        ],
    );
    assert!(verify::verify(&c).is_err(), "const index out of range");
    let c = with_instrs(base.clone(), vec![Instr::new(Opcode::LoadConst, 0)]);
    assert!(verify::verify(&c).is_err(), "falls off the end");
}

#[test]
fn rejects_bad_stack_depths() {
    let base = good();
    let c = with_instrs(
        base.clone(),
        vec![
            Instr::new(Opcode::PopTop, 0),
            Instr::new(Opcode::ReturnValue, 0),
        ],
    );
    assert!(verify::verify(&c).is_err(), "underflow");
    let mut c = with_instrs(
        base.clone(),
        vec![
            Instr::new(Opcode::LoadConst, 0),
            Instr::new(Opcode::LoadConst, 0),
            Instr::new(Opcode::PopTop, 0),
            Instr::new(Opcode::ReturnValue, 0),
        ],
    );
    c.stacksize = 1;
    assert!(verify::verify(&c).is_err(), "stacksize too small");
    // Paths that merge with different depths.
    let mut c = with_instrs(
        base.clone(),
        vec![
            Instr::new(Opcode::LoadConst, 0),
            Instr::new(Opcode::PopJumpIfFalse, 3),
            Instr::new(Opcode::LoadConst, 0),
            Instr::new(Opcode::LoadConst, 0),
            Instr::new(Opcode::ReturnValue, 0),
        ],
    );
    c.stacksize = 4;
    assert!(verify::verify(&c).is_err(), "inconsistent merge");
}

#[test]
fn rejects_bad_exception_tables() {
    let mut c = good();
    c.exception_table.push(ExceptionTableEntry {
        start: 0,
        end: 1,
        target: 9999,
        depth: 0,
        push_lasti: false,
    });
    assert!(verify::verify(&c).is_err(), "handler target out of range");
    let mut c = good();
    let e = c.exception_table[0];
    c.exception_table.insert(
        0,
        ExceptionTableEntry {
            end: e.end + 1,
            ..e
        },
    );
    assert!(verify::verify(&c).is_err(), "overlapping entries");
}

#[test]
fn checks_nested_code_objects() {
    let mut c = compile_source("def f():\n    return 1\n", "<v>", Mode::Exec).expect("compiles");
    for k in &mut c.consts {
        if let Constant::Code(inner) = k {
            inner.instructions[0] = Instr::new(Opcode::PopTop, 0);
        }
    }
    assert!(verify::verify(&c).is_err(), "bad nested code");
}
