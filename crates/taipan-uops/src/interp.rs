//! The uop interpreter: runs a trace on a [`TraceState`] with the same
//! semantics and exit protocol as the JIT's machine code.

use crate::abi::{Ctx, ExitInfo, Flow, TraceState};
use crate::{flags, Uop, UopInst};

/// Why a trace is not well formed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TraceError {
    Empty,
    /// The last uop neither ends the trace nor jumps back to its top.
    FallsOffEnd,
    LocalOutOfRange {
        index: usize,
        oparg: u32,
    },
    StackUnderflow {
        index: usize,
    },
    StackOverflow {
        index: usize,
    },
    /// Stack depth differs at `JUMP_TO_TOP` from the entry depth.
    LoopDepth {
        index: usize,
    },
}

/// Checks that `trace` is well formed for a frame with `n_locals` locals,
/// `entry_depth` values on the stack at entry and room for `stack_cap`
/// values in total: the conditions under which [`run_trace`] and the JIT's
/// code are memory-safe.
pub fn check_trace(
    trace: &[UopInst],
    n_locals: usize,
    entry_depth: usize,
    stack_cap: usize,
) -> Result<(), TraceError> {
    let last = trace.last().ok_or(TraceError::Empty)?;
    if !last.op.meta().has(flags::EXIT | flags::JUMP_TOP) {
        return Err(TraceError::FallsOffEnd);
    }
    let mut depth = entry_depth;
    for (index, inst) in trace.iter().enumerate() {
        let meta = inst.op.meta();
        if matches!(inst.op, Uop::LOAD_FAST | Uop::STORE_FAST) && inst.oparg as usize >= n_locals {
            return Err(TraceError::LocalOutOfRange {
                index,
                oparg: inst.oparg,
            });
        }
        depth = depth
            .checked_sub(meta.n_in as usize)
            .ok_or(TraceError::StackUnderflow { index })?;
        depth += meta.n_out as usize;
        if depth > stack_cap {
            return Err(TraceError::StackOverflow { index });
        }
        if meta.has(flags::JUMP_TOP) && depth != entry_depth {
            return Err(TraceError::LoopDepth { index });
        }
        if meta.has(flags::EXIT | flags::JUMP_TOP) {
            // Code after an unconditional end is never reached from here.
            depth = entry_depth;
        }
    }
    Ok(())
}

struct InterpCx {
    locals: *mut u64,
    oparg: u64,
    operand: u64,
}

impl Ctx for InterpCx {
    #[inline(always)]
    fn oparg(&self) -> u64 {
        self.oparg
    }
    #[inline(always)]
    fn operand(&self) -> u64 {
        self.operand
    }
    #[inline(always)]
    fn locals(&self) -> *mut u64 {
        self.locals
    }
}

/// Runs `trace` until it exits; writes back `state.sp` and `state.ip`.
///
/// # Safety
/// `trace` passed [`check_trace`] for the frame `state` points into:
/// `state.locals` has the locals it names, `state.sp` the entry depth above
/// the locals and room up to the checked capacity.
pub unsafe fn run_trace(state: &mut TraceState, trace: &[UopInst]) -> ExitInfo {
    let mut sp = state.sp;
    let mut pc = 0usize;
    loop {
        let Some(inst) = trace.get(pc) else {
            // Unreachable for a checked trace; leave at the last target.
            state.sp = sp;
            let ip = trace.last().map_or(0, |i| i.target);
            state.ip = u64::from(ip);
            return ExitInfo {
                ip,
                exit: pc as u32,
            };
        };
        let mut cx = InterpCx {
            locals: state.locals,
            oparg: u64::from(inst.oparg),
            operand: inst.operand,
        };
        // SAFETY: the caller guarantees the trace is well formed for the frame.
        match unsafe { inst.op.run(&mut cx, sp) } {
            Flow::Next(new_sp) => {
                sp = new_sp;
                pc = if inst.op.meta().has(flags::JUMP_TOP) {
                    0
                } else {
                    pc + 1
                };
            }
            Flow::SideExit => {
                state.sp = sp;
                state.ip = u64::from(inst.target);
                return ExitInfo {
                    ip: inst.target,
                    exit: pc as u32,
                };
            }
            Flow::ExitTrace => {
                state.sp = sp;
                state.ip = u64::from(inst.oparg);
                return ExitInfo {
                    ip: inst.oparg,
                    exit: inst.operand as u32,
                };
            }
        }
    }
}
