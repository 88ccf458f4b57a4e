//! The tier-2 ABI shared by the uop interpreter and the stencil templates:
//! the trace state, the exit record, the value encoding helpers and the
//! generic uop-body expander. This file must stay `no_std`-clean (only
//! `core`): `stencil-gen/templates` compiles it with `#[path]` for the JIT.

/// The machine state a trace runs on. `locals` points at local slot 0 of the
/// frame (the frame's value stack follows the locals in the same array);
/// `sp` points one past the top of the value stack. Both are read on entry;
/// on every exit `sp` is written back, and `ip` is set to the tier-1
/// instruction index where the interpreter resumes. `rt` is the runtime
/// context runtime helpers work on (opaque here). A helper call writes `sp`
/// before the call; the helper may move the value stack, so `locals` and
/// `sp` are reloaded from the state after it returns.
#[repr(C)]
#[derive(Debug)]
pub struct TraceState {
    pub locals: *mut u64,
    pub sp: *mut u64,
    pub ip: u64,
    pub rt: *mut core::ffi::c_void,
}

/// `ExitInfo::exit` of a trace that left because a uop raised: the
/// exception is in the runtime context, `ip` is the raising instruction.
pub const ERROR_EXIT: u32 = u32::MAX;

/// What a runtime helper returns.
pub const HELPER_OK: u64 = 0;
/// The helper took the uop's side exit: it changed nothing.
pub const HELPER_SIDE_EXIT: u64 = 1;
/// The helper raised; the exception is in the runtime context.
pub const HELPER_ERROR: u64 = 2;

macro_rules! declare_helpers {
    ($($name:ident),* $(,)?) => {
        /// The runtime helpers uops call (defined by taipan-uops' runtime,
        /// resolved by name by the JIT). Every one is a [`HelperFn`].
        pub mod helpers {
            extern "C" {
                $(pub fn $name(state: *mut super::TraceState, oparg: u64, operand: u64, target: u64) -> u64;)*
            }
        }
        /// The names of all runtime helpers.
        pub const HELPER_NAMES: &[&str] = &[$(stringify!($name)),*];
    };
}

/// Calls `$m!` with the name of every runtime helper.
macro_rules! helper_list {
    ($m:ident) => {
        $m!(
            taipan_binary_op,
            taipan_compare_op,
            taipan_contains_op,
            taipan_is_op,
            taipan_unary_op,
            taipan_to_bool,
            taipan_subscr,
            taipan_store_subscr,
            taipan_guard_globals,
            taipan_load_global,
            taipan_load_name,
            taipan_store_name,
            taipan_load_attr,
            taipan_store_attr,
            taipan_load_method_cached,
            taipan_load_method,
            taipan_call,
            taipan_call_kw,
            taipan_build_tuple,
            taipan_build_list,
            taipan_unpack_sequence,
            taipan_list_append,
            taipan_get_iter,
            taipan_check_gc,
            taipan_push_frame,
            taipan_pop_frame,
            taipan_build_slice,
            taipan_store_global,
            taipan_delete_subscr,
            taipan_map_add,
            taipan_set_add,
            taipan_format_value,
            taipan_build_string,
        );
    };
}

helper_list!(declare_helpers);

macro_rules! declare_fast_helpers {
    ($($name:ident),* $(,)?) => {
        /// Fast helpers: plain functions of values that neither allocate
        /// nor run Python code (defined by taipan-uops' runtime). They
        /// return the result bits, or NULL / 0 for "take the slow path or
        /// the side exit", having changed nothing.
        pub mod fast {
            extern "C" {
                $(pub fn $name(a: u64, b: u64, c: u64, d: u64) -> u64;)*
            }
        }
    };
}

/// Calls `$m!` with the name of every fast helper.
macro_rules! fast_helper_list {
    ($m:ident) => {
        $m!(
            taipan_fast_list_get,
            taipan_fast_list_set,
            taipan_fast_range_next,
            taipan_fast_list_next,
            taipan_fast_load_attr,
            taipan_fast_store_attr,
            taipan_fast_load_method,
            taipan_fast_load_global,
            taipan_fast_module_attr,
            taipan_fast_float_pow,
            taipan_fast_seq_item,
            taipan_fast_iter_end,
            taipan_fast_cell_get,
            taipan_fast_cell_set,
        );
    };
}

fast_helper_list!(declare_fast_helpers);

/// The signature of every runtime helper: `(state, oparg, operand, target)`.
/// `state.sp` is the stack pointer before the uop (its inputs are on the
/// stack); the helper pops the inputs and pushes the outputs through the
/// runtime, then writes `locals` and `sp` back into the state.
pub type HelperFn = unsafe extern "C" fn(*mut TraceState, u64, u64, u64) -> u64;

/// What a trace returns when it leaves: the tier-1 instruction to resume at
/// (also written to `TraceState::ip`) and the exit slot: the operand of the
/// `EXIT_TRACE` that ended the trace; for side exits, the index in the trace
/// of the uop that failed. Returned in a register by value (`rax`).
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExitInfo {
    pub ip: u32,
    pub exit: u32,
}

/// The result of one uop body (see the `uop_bodies!` expander).
pub enum Flow {
    /// Continue with the next uop (`JUMP_TO_TOP`: with the trace's first) on
    /// the stack ending at this pointer.
    Next(*mut u64),
    /// Leave the trace through this uop's side exit; nothing was changed.
    SideExit,
    /// Leave the trace to tier 1 at `oparg` (`EXIT_TRACE`).
    ExitTrace,
    /// A runtime helper ran: reload `locals` and `sp` from the state and
    /// continue with the next uop.
    Reload,
    /// The uop raised: leave the trace with [`ERROR_EXIT`] at its target.
    Error,
}

/// What a uop body may ask of its surroundings: the uop's immediate
/// arguments and the frame's locals. The uop interpreter reads them from
/// the trace; the stencils read them from patched holes.
pub trait Ctx {
    fn oparg(&self) -> u64;
    fn operand(&self) -> u64;
    /// The uop's tier-1 instruction (side-exit and error target).
    fn target(&self) -> u64;
    fn locals(&self) -> *mut u64;
    fn state(&self) -> *mut TraceState;
    /// The stack pointer before the uop (its inputs end here).
    fn entry_sp(&self) -> *mut u64;
    fn set_entry_sp(&mut self, sp: *mut u64);
    /// Calls runtime helper `f` for a uop whose inputs end at `sp`.
    ///
    /// # Safety
    /// `f` is a helper of the runtime the trace runs on.
    #[inline(always)]
    unsafe fn call_helper(&mut self, f: HelperFn, sp: *mut u64) -> Flow {
        let st = self.state();
        // SAFETY: the state is valid while the trace runs; `f` follows the
        // helper protocol.
        unsafe {
            (*st).sp = sp;
            match f(st, self.oparg(), self.operand(), self.target()) {
                HELPER_OK => Flow::Reload,
                HELPER_SIDE_EXIT => Flow::SideExit,
                _ => Flow::Error,
            }
        }
    }
    /// Local slot `i`.
    ///
    /// # Safety
    /// `i` is a local index of the frame the trace runs on.
    #[inline(always)]
    unsafe fn local(&self, i: u64) -> u64 {
        // SAFETY: the caller guarantees `i` is in the frame's locals.
        unsafe { *self.locals().add(i as usize) }
    }
    /// Stores local slot `i`.
    ///
    /// # Safety
    /// `i` is a local index of the frame the trace runs on.
    #[inline(always)]
    unsafe fn set_local(&mut self, i: u64, v: u64) {
        // SAFETY: the caller guarantees `i` is in the frame's locals.
        unsafe { *self.locals().add(i as usize) = v }
    }
}

// The value encoding, mirroring `taipan_interp::value` exactly (checked by a
// test in taipan-uops).
pub const TAG_SHIFT: u32 = 48;
pub const TAG_INT: u64 = 0xFFF9;
pub const TAG_MISC: u64 = 0xFFFA;
pub const TAG_BOOL: u64 = 0xFFFB;
pub const TAG_PTR: u64 = 0xFFFC;
pub const PAYLOAD_MASK: u64 = (1 << 48) - 1;
pub const CANONICAL_NAN: u64 = 0x7FF8_0000_0000_0000;
pub const SMALL_INT_MIN: i64 = -(1 << 47);
pub const SMALL_INT_MAX: i64 = (1 << 47) - 1;
pub const NONE: u64 = TAG_MISC << TAG_SHIFT;
pub const NULL: u64 = (TAG_MISC << TAG_SHIFT) | 1;
pub const FALSE: u64 = TAG_BOOL << TAG_SHIFT;
pub const TRUE: u64 = (TAG_BOOL << TAG_SHIFT) | 1;

#[inline(always)]
pub fn is_int(v: u64) -> bool {
    v >> TAG_SHIFT == TAG_INT
}
#[inline(always)]
pub fn int_of(v: u64) -> i64 {
    ((v << 16) as i64) >> 16
}
#[inline(always)]
pub fn fits_small(i: i64) -> bool {
    (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i)
}
/// Boxes a small int; the caller checked `fits_small`.
#[inline(always)]
pub fn box_int(i: i64) -> u64 {
    (TAG_INT << TAG_SHIFT) | (i as u64 & PAYLOAD_MASK)
}
#[inline(always)]
pub fn is_float(v: u64) -> bool {
    v < (TAG_INT << TAG_SHIFT)
}
#[inline(always)]
pub fn float_of(v: u64) -> f64 {
    f64::from_bits(v)
}
/// Boxes a float, canonicalising NaNs.
#[inline(always)]
pub fn box_float(f: f64) -> u64 {
    if f.is_nan() {
        CANONICAL_NAN
    } else {
        f.to_bits()
    }
}
#[inline(always)]
pub fn box_bool(b: bool) -> u64 {
    if b {
        TRUE
    } else {
        FALSE
    }
}

/// Leaves the trace through the uop's side exit when `$cond` holds. Must
/// come before the body's first side effect (a `set_local`): a side exit
/// leaves the stack and the locals as they were before the uop.
macro_rules! exit_if {
    ($cond:expr) => {
        if $cond {
            return $crate::abi::Flow::SideExit;
        }
    };
}

/// The body of a uop implemented by a runtime helper: `helper!(cx, f)`
/// calls `f` with the uop's inputs on the stack and continues as it says.
macro_rules! helper {
    ($cx:ident, $f:ident) => {
        return $cx.call_helper($crate::abi::helpers::$f, $cx.entry_sp())
    };
}

/// Ends the trace (the body of `EXIT_TRACE`).
macro_rules! exit_trace {
    () => {
        return $crate::abi::Flow::ExitTrace
    };
}

/// Expands the uop list (see `defs.rs`) into one generic function per uop
/// in a module `bodies`: it pops the declared inputs, runs the body, pushes
/// the declared outputs and says how control goes on.
macro_rules! uop_bodies {
    ($(
        $(#[doc = $doc:literal])*
        $name:ident ($cx:ident; $($in:ident),* -- $($out:ident),*) [$($flag:ident),*] $body:block
    )*) => {
        #[allow(non_snake_case, unused_variables, unused_mut, unreachable_code, clippy::all)]
        pub mod bodies {
            #[allow(unused_imports)]
            use $crate::abi::*;
            $(
                /// Runs the uop on the stack ending at `sp`.
                ///
                /// # Safety
                /// `sp` has the uop's inputs below it and room for its
                /// outputs; local indices in the trace are in range.
                #[inline(always)]
                pub unsafe fn $name<C: Ctx>($cx: &mut C, sp: *mut u64) -> Flow {
                    const N_IN: usize = <[&str]>::len(&[$(stringify!($in)),*]);
                    const N_OUT: usize = <[&str]>::len(&[$(stringify!($out)),*]);
                    // SAFETY: the caller guarantees N_IN values below `sp`
                    // and room for N_OUT.
                    $cx.set_entry_sp(sp);
                    unsafe {
                        let base = sp.sub(N_IN);
                        let [$($in),*]: [u64; N_IN] = core::ptr::read(base as *const [u64; N_IN]);
                        $(let $out: u64;)*
                        $body
                        core::ptr::write(base as *mut [u64; N_OUT], [$($out),*]);
                        Flow::Next(base.add(N_OUT))
                    }
                }
            )*
        }
    };
}
