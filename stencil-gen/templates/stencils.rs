//! Stencil templates: every uop of `crates/taipan-uops/src/defs.rs` as an
//! `extern "C"` function that runs the uop's body and tail-calls its
//! continuation. Compiled by `cargo xtask stencils` (never by cargo) with
//! `-C relocation-model=static -C code-model=medium`; the holes are the
//! extern symbols below, as in CPython's `Tools/jit`:
//!
//! * `_JIT_CONTINUE` — the next stencil (a `jmp rel32`, dropped by the
//!   emitter when the next stencil follows),
//! * `_JIT_EXIT` — the side-exit stub of this uop,
//! * `_JIT_OPARG`, `_JIT_OPERAND`, `_JIT_TARGET` — the uop's arguments and
//!   its tier-1 instruction, read as the *addresses* of these symbols
//!   (declared as huge arrays so that LLVM's medium code model reaches them
//!   with a 64-bit `movabs`),
//! * `taipan_*` — runtime helpers (see `abi::HELPER_NAMES`), called directly.
//!
//! Every stencil has the signature
//! `extern "C" fn(state: *mut TraceState, locals: *mut u64, sp: *mut u64) -> ExitInfo`
//! so locals and stack pointer stay in registers from uop to uop;
//! `_JIT_ENTRY` is the trace's entry `extern "C" fn(*mut TraceState) -> ExitInfo`.

#![no_std]
#![allow(non_snake_case, clippy::missing_safety_doc)]

#[macro_use]
#[path = "../../crates/taipan-uops/src/abi.rs"]
pub mod abi;
#[macro_use]
#[path = "../../crates/taipan-uops/src/defs.rs"]
mod defs;

use abi::{Ctx, ExitInfo, Flow, TraceState};

uop_list!(uop_bodies);

/// Big enough that LLVM treats the symbols as large data (64-bit address).
type Hole = [u8; 1 << 30];

extern "C" {
    static _JIT_OPARG: Hole;
    static _JIT_OPERAND: Hole;
    static _JIT_TARGET: Hole;
    fn _JIT_CONTINUE(state: *mut TraceState, locals: *mut u64, sp: *mut u64) -> ExitInfo;
    fn _JIT_EXIT(state: *mut TraceState, locals: *mut u64, sp: *mut u64) -> ExitInfo;
    /// Leaves the trace after a helper raised (the runtime knows where).
    fn taipan_error_exit(state: *mut TraceState, locals: *mut u64, sp: *mut u64) -> ExitInfo;
}

struct StencilCx {
    locals: *mut u64,
    state: *mut TraceState,
    entry_sp: *mut u64,
}

impl Ctx for StencilCx {
    #[inline(always)]
    fn oparg(&self) -> u64 {
        // Only the address is taken; the emitter patches it.
        core::ptr::addr_of!(_JIT_OPARG) as u64
    }
    #[inline(always)]
    fn operand(&self) -> u64 {
        // Only the address is taken; the emitter patches it.
        core::ptr::addr_of!(_JIT_OPERAND) as u64
    }
    #[inline(always)]
    fn target(&self) -> u64 {
        // Only the address is taken; the emitter patches it.
        core::ptr::addr_of!(_JIT_TARGET) as u64
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

macro_rules! stencils {
    ($(
        $(#[doc = $doc:literal])*
        $name:ident ($cx:ident; $($in:ident),* -- $($out:ident),*) [$($flag:ident),*] $body:block
    )*) => {
        $(
            #[no_mangle]
            pub unsafe extern "C" fn $name(
                state: *mut TraceState,
                locals: *mut u64,
                sp: *mut u64,
            ) -> ExitInfo {
                let mut cx = StencilCx { locals, state, entry_sp: sp };
                // SAFETY: the emitter only runs checked traces.
                unsafe {
                    match bodies::$name(&mut cx, sp) {
                        Flow::Next(sp) => _JIT_CONTINUE(state, locals, sp),
                        Flow::SideExit => _JIT_EXIT(state, locals, sp),
                        Flow::Reload => _JIT_CONTINUE(state, (*state).locals, (*state).sp),
                        Flow::Error => taipan_error_exit(state, locals, sp),
                        Flow::ExitTrace => {
                            let ip = cx.oparg() as u32;
                            (*state).sp = sp;
                            (*state).ip = ip as u64;
                            ExitInfo { ip, exit: cx.operand() as u32 }
                        }
                    }
                }
            }
        )*
    };
}

uop_list!(stencils);

/// The trace's entry: loads the registers from the state and continues
/// with the first uop.
#[no_mangle]
pub unsafe extern "C" fn _JIT_ENTRY(state: *mut TraceState) -> ExitInfo {
    // SAFETY: the caller passes a valid state.
    unsafe { _JIT_CONTINUE(state, (*state).locals, (*state).sp) }
}
