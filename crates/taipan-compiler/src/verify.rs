//! A bytecode verifier: checks a finished `CodeObject` (and its nested code
//! objects) for in-range jumps, handlers and operands, and simulates stack
//! depths along every path, including exception edges.

use crate::bytecode::{CodeObject, Constant, Opcode};

/// Checks `code` and every nested code object.
pub fn verify(code: &CodeObject) -> Result<(), String> {
    verify_one(code).map_err(|e| format!("{} ({}): {e}", code.qualname, code.filename))?;
    for c in &code.consts {
        if let Constant::Code(inner) = c {
            verify(inner)?;
        }
    }
    Ok(())
}

fn verify_one(code: &CodeObject) -> Result<(), String> {
    let n = code.instructions.len();
    if n == 0 {
        return Err("no instructions".into());
    }
    if code.locations.len() != n {
        return Err(format!(
            "{} locations for {n} instructions",
            code.locations.len()
        ));
    }
    let ncells = code.cellvars.len() + code.freevars.len();
    for (i, ins) in code.instructions.iter().enumerate() {
        let a = ins.arg as usize;
        use Opcode::*;
        let ok = match ins.op {
            _ if ins.op.is_jump() => a < n,
            LoadConst => a < code.consts.len(),
            LoadFast | StoreFast | DeleteFast => a < code.varnames.len(),
            LoadDeref | StoreDeref | DeleteDeref | LoadClosure | LoadClassDeref => a < ncells,
            LoadName | StoreName | DeleteName | LoadGlobal | StoreGlobal | DeleteGlobal
            | LoadAttr | LoadMethod | StoreAttr | DeleteAttr | ImportName | ImportFrom => {
                a < code.names.len()
            }
            Copy => a >= 1,
            Swap => a >= 2,
            _ => true,
        };
        if !ok {
            return Err(format!(
                "instruction {i} {} has out-of-range argument {a}",
                ins.op
            ));
        }
    }
    let mut last_end = 0;
    for e in &code.exception_table {
        if e.start >= e.end || e.end as usize > n || e.target as usize >= n {
            return Err(format!("bad exception table entry {e:?}"));
        }
        if e.start < last_end {
            return Err(format!(
                "overlapping or unsorted exception table entry {e:?}"
            ));
        }
        last_end = e.end;
    }
    let max = code.stacksize as i64;
    let mut depth: Vec<Option<i64>> = vec![None; n];
    let mut work = vec![0usize];
    depth[0] = Some(0);
    let visit = |t: usize,
                 d: i64,
                 depth: &mut Vec<Option<i64>>,
                 work: &mut Vec<usize>|
     -> Result<(), String> {
        if t >= n {
            return Err(format!("control flows to {t}, past the end"));
        }
        if d < 0 {
            return Err(format!("negative stack depth {d} entering {t}"));
        }
        if d > max {
            return Err(format!(
                "stack depth {d} entering {t} exceeds stacksize {max}"
            ));
        }
        match depth[t] {
            None => {
                depth[t] = Some(d);
                work.push(t);
            }
            Some(o) if o != d => {
                return Err(format!("inconsistent stack depth at {t}: {o} vs {d}"))
            }
            _ => {}
        }
        Ok(())
    };
    while let Some(i) = work.pop() {
        let ins = code.instructions[i];
        let d = depth[i].unwrap_or(0);
        if let Some(h) = code.handler_for(i as u32) {
            if h.depth as i64 > d {
                return Err(format!(
                    "handler depth {} above stack depth {d} at {i}",
                    h.depth
                ));
            }
            visit(
                h.target as usize,
                h.depth as i64 + 1 + h.push_lasti as i64,
                &mut depth,
                &mut work,
            )?;
        }
        // Operands the instruction reads must exist.
        let needs = match ins.op {
            Opcode::Copy | Opcode::Swap => ins.arg as i64,
            _ => 0,
        };
        if needs > d {
            return Err(format!(
                "instruction {i} {} reaches below the stack",
                ins.op
            ));
        }
        if ins.op.is_jump() {
            let td = d + ins.op.stack_effect(ins.arg, true) as i64;
            visit(ins.arg as usize, td, &mut depth, &mut work)?;
        }
        let nd = d + ins.op.stack_effect(ins.arg, false) as i64;
        if nd < 0 {
            return Err(format!("instruction {i} {} pops an empty stack", ins.op));
        }
        if nd > max {
            return Err(format!(
                "stack depth {nd} after {i} exceeds stacksize {max}"
            ));
        }
        if !ins.op.is_terminator() {
            if i + 1 >= n {
                return Err("control falls off the end".into());
            }
            visit(i + 1, nd, &mut depth, &mut work)?;
        }
    }
    Ok(())
}
