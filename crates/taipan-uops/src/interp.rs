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

/// Checks that `trace` is well formed for a frame with `n_locals` slots
/// (locals, cells and free variables),
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
    let mut n_locals = n_locals;
    // Callers of inlined frames: (depth, slots) to return to.
    let mut callers: Vec<(usize, usize)> = Vec::new();
    for (index, inst) in trace.iter().enumerate() {
        let meta = inst.op.meta();
        if matches!(
            inst.op,
            Uop::LOAD_FAST
                | Uop::STORE_FAST
                | Uop::LOAD_FAST_CHECK
                | Uop::LOAD_DEREF
                | Uop::STORE_DEREF
        ) && inst.oparg as usize >= n_locals
        {
            return Err(TraceError::LocalOutOfRange {
                index,
                oparg: inst.oparg,
            });
        }
        let (n_in, n_out, reads) = crate::stack_effect(inst.op, inst.oparg);
        if reads > depth || (matches!(inst.op, Uop::COPY | Uop::SWAP) && reads == 0) {
            return Err(TraceError::StackUnderflow { index });
        }
        depth = depth
            .checked_sub(n_in)
            .ok_or(TraceError::StackUnderflow { index })?;
        depth += n_out;
        if depth > stack_cap {
            return Err(TraceError::StackOverflow { index });
        }
        match inst.op {
            Uop::PUSH_FRAME => {
                callers.push((depth, n_locals));
                n_locals = inst.operand as usize;
                depth = 0;
            }
            Uop::POP_FRAME => {
                if depth != 0 {
                    return Err(TraceError::LoopDepth { index });
                }
                let (d, n) = callers.pop().ok_or(TraceError::StackUnderflow { index })?;
                depth = d + 1;
                n_locals = n;
            }
            _ => {}
        }
        if meta.has(flags::JUMP_TOP) && (depth != entry_depth || !callers.is_empty()) {
            return Err(TraceError::LoopDepth { index });
        }
        if meta.has(flags::EXIT | flags::JUMP_TOP) {
            // Code after an unconditional end is never reached from here.
            depth = entry_depth;
            callers.clear();
        }
    }
    Ok(())
}

struct InterpCx {
    locals: *mut u64,
    state: *mut TraceState,
    entry_sp: *mut u64,
    oparg: u64,
    operand: u64,
    target: u64,
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
    fn target(&self) -> u64 {
        self.target
    }
    #[inline(always)]
    fn locals(&self) -> *mut u64 {
        self.locals
    }
    #[inline(always)]
    fn state(&self) -> *mut TraceState {
        self.state
    }
    #[inline(always)]
    fn entry_sp(&self) -> *mut u64 {
        self.entry_sp
    }
    #[inline(always)]
    fn set_entry_sp(&mut self, sp: *mut u64) {
        self.entry_sp = sp;
    }
}

/// Runs `trace` until it exits; writes back `state.sp` and `state.ip`.
///
/// # Safety
/// `trace` passed [`check_trace`] for the frame `state` points into:
/// `state.locals` has the locals it names, `state.sp` the entry depth above
/// the locals and room up to the checked capacity.
pub unsafe fn run_trace(state: *mut TraceState, trace: &[UopInst]) -> ExitInfo {
    // SAFETY: the caller passes a valid state; helpers reach it through the
    // same pointer, so no Rust reference to it is held across a uop.
    let mut sp = unsafe { (*state).sp };
    let mut locals = unsafe { (*state).locals };
    let mut pc = 0usize;
    loop {
        let Some(inst) = trace.get(pc) else {
            // Unreachable for a checked trace; leave at the last target.
            let ip = trace.last().map_or(0, |i| i.target);
            return leave(state, sp, ip, pc as u32);
        };
        let mut cx = InterpCx {
            locals,
            state,
            entry_sp: sp,
            oparg: u64::from(inst.oparg),
            operand: inst.operand,
            target: u64::from(inst.target),
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
            Flow::Reload => {
                // SAFETY: the helper wrote back valid pointers.
                unsafe {
                    sp = (*state).sp;
                    locals = (*state).locals;
                }
                pc += 1;
            }
            Flow::SideExit => return leave(state, sp, inst.target, pc as u32),
            Flow::Error => {
                // SAFETY: the helper wrote back valid pointers.
                let sp = unsafe { (*state).sp };
                return leave(state, sp, inst.target, crate::abi::ERROR_EXIT);
            }
            Flow::ExitTrace => return leave(state, sp, inst.oparg, inst.operand as u32),
        }
    }
}

fn leave(state: *mut TraceState, sp: *mut u64, ip: u32, exit: u32) -> ExitInfo {
    // SAFETY: the state is valid while the trace runs.
    unsafe {
        (*state).sp = sp;
        (*state).ip = u64::from(ip);
    }
    ExitInfo { ip, exit }
}
