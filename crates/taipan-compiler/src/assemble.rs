//! The assembler: label resolution, unreachable-code removal, stack depth
//! analysis and exception-table construction for one code unit.

use crate::bytecode::{ExceptionTableEntry, Instr, Location, Opcode};

/// A jump target inside one code unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label(pub u32);

/// An instruction before assembly.
#[derive(Clone, Debug)]
pub struct IInstr {
    pub op: Opcode,
    pub arg: u32,
    pub target: Option<Label>,
    pub loc: Location,
    /// The innermost exception handler covering the instruction.
    pub handler: Option<u32>,
}

/// An exception handler set up at instruction `setup`: the handler's stack
/// depth is the depth before `setup` plus `adjust` (-1 for `with`, whose
/// `__enter__` result is on the stack at the setup point).
#[derive(Clone, Copy, Debug)]
pub struct Handler {
    pub target: Label,
    pub setup: u32,
    pub adjust: i32,
    pub lasti: bool,
}

/// The result of assembling one unit.
pub struct Assembled {
    pub instructions: Vec<Instr>,
    pub locations: Vec<Location>,
    pub exception_table: Vec<ExceptionTableEntry>,
    pub stacksize: u32,
}

/// Assembles `instrs`; `labels[l]` is the instruction index label `l` is bound to.
pub fn assemble(
    instrs: &[IInstr],
    labels: &[u32],
    handlers: &[Handler],
) -> Result<Assembled, String> {
    let n = instrs.len();
    let target_of = |l: Label| -> Result<usize, String> {
        match labels.get(l.0 as usize) {
            Some(&p) if (p as usize) < n => Ok(p as usize),
            Some(&p) if p == u32::MAX => Err(format!("label {} never bound", l.0)),
            _ => Err(format!("label {} bound past the end", l.0)),
        }
    };
    // Stack depth flow analysis over reachable instructions.
    let mut depth: Vec<Option<i32>> = vec![None; n];
    let mut hdepth: Vec<Option<i32>> = vec![None; handlers.len()];
    let mut work: Vec<usize> = Vec::new();
    let mut max = 0i32;
    let reach = |i: usize,
                 d: i32,
                 depth: &mut Vec<Option<i32>>,
                 work: &mut Vec<usize>|
     -> Result<(), String> {
        if i >= n {
            return Err("control flows past the last instruction".to_string());
        }
        match depth[i] {
            None => {
                depth[i] = Some(d);
                work.push(i);
                Ok(())
            }
            Some(old) if old == d => Ok(()),
            Some(old) => Err(format!("inconsistent stack depth at {i}: {old} vs {d}")),
        }
    };
    if n > 0 {
        reach(0, 0, &mut depth, &mut work)?;
    }
    while let Some(i) = work.pop() {
        let ins = &instrs[i];
        let d = depth[i].unwrap_or(0);
        if let Some(h) = ins.handler {
            let hd = match hdepth[h as usize] {
                Some(x) => x,
                None => {
                    let hh = &handlers[h as usize];
                    let Some(base) = depth.get(hh.setup as usize).copied().flatten() else {
                        return Err(format!("handler {h} setup point unreachable"));
                    };
                    let x = base + hh.adjust;
                    hdepth[h as usize] = Some(x);
                    x
                }
            };
            let hh = &handlers[h as usize];
            let t = target_of(hh.target)?;
            let td = hd + 1 + hh.lasti as i32;
            max = max.max(td);
            reach(t, td, &mut depth, &mut work)?;
        }
        if let Some(l) = ins.target {
            let t = target_of(l)?;
            let td = d + ins.op.stack_effect(ins.arg, true);
            if td < 0 {
                return Err(format!("negative stack depth after jump at {i}"));
            }
            max = max.max(td);
            reach(t, td, &mut depth, &mut work)?;
        }
        let nd = d + ins.op.stack_effect(ins.arg, false);
        if nd < 0 {
            return Err(format!("negative stack depth at {i} ({:?})", ins.op));
        }
        max = max.max(nd).max(d);
        if !ins.op.is_terminator() {
            reach(i + 1, nd, &mut depth, &mut work)?;
        }
    }
    // Keep the reachable instructions, minus NOPs whose line a neighbour
    // already carries (CPython's `remove_redundant_nops`).
    let mut keep: Vec<bool> = depth.iter().map(Option::is_some).collect();
    for i in 0..n {
        if !keep[i] || instrs[i].op != Opcode::Nop {
            continue;
        }
        let line = instrs[i].loc.line;
        let prev = (0..i).rev().find(|&j| keep[j]).map(|j| instrs[j].loc.line);
        let next = (i + 1..n).find(|&j| keep[j]).map(|j| instrs[j].loc.line);
        if prev == Some(line) || next == Some(line) {
            keep[i] = false;
        }
    }
    // Renumber; a removed instruction maps to the next kept one (jump targets).
    let mut new_index = vec![u32::MAX; n + 1];
    let mut k = 0u32;
    for i in 0..n {
        if keep[i] {
            new_index[i] = k;
            k += 1;
        }
    }
    let mut next_kept = k;
    for i in (0..n).rev() {
        if keep[i] {
            next_kept = new_index[i];
        } else {
            new_index[i] = next_kept;
        }
    }
    let mut instructions = Vec::with_capacity(k as usize);
    let mut locations = Vec::with_capacity(k as usize);
    let mut table: Vec<ExceptionTableEntry> = Vec::new();
    for (i, ins) in instrs.iter().enumerate() {
        if !keep[i] {
            continue;
        }
        let me = new_index[i];
        let mut op = ins.op;
        let mut arg = ins.arg;
        if let Some(l) = ins.target {
            let t = new_index[target_of(l)?];
            arg = t;
            if op == Opcode::Jump && t <= me {
                op = Opcode::JumpBackward;
            }
        }
        instructions.push(Instr::new(op, arg));
        locations.push(ins.loc);
        if let Some(h) = ins.handler {
            let hh = &handlers[h as usize];
            let target = new_index[target_of(hh.target)?];
            let hd = hdepth[h as usize].ok_or("handler depth unknown")?;
            if let Some(last) = table.last_mut() {
                if last.end == me
                    && last.target == target
                    && last.depth == hd as u32
                    && last.push_lasti == hh.lasti
                {
                    last.end = me + 1;
                    continue;
                }
            }
            table.push(ExceptionTableEntry {
                start: me,
                end: me + 1,
                target,
                depth: hd as u32,
                push_lasti: hh.lasti,
            });
        }
    }
    Ok(Assembled {
        instructions,
        locations,
        exception_table: table,
        stacksize: max as u32,
    })
}
