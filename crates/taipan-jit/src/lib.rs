//! taipan-jit: the copy-and-patch emitter.
//!
//! [`compile`] copies the checked-in stencils (see [`stencils`]) of a uop
//! trace into one code buffer and patches their holes:
//!
//! ```text
//! [_JIT_ENTRY][uop 0][uop 1]...[uop n-1][exit stub]...[trampoline]...
//! ```
//!
//! * `_JIT_ENTRY` loads `locals`/`sp` from the [`TraceState`] into
//!   registers and falls into uop 0; each uop continues (`_JIT_CONTINUE`)
//!   with the next one — its trailing `jmp` is dropped when the next one
//!   follows — or, for `JUMP_TO_TOP`, with uop 0.
//! * Every uop that can side-exit gets an exit stub: an `EXIT_TRACE`
//!   stencil with `oparg` = the uop's tier-1 `target` and `operand` = its
//!   index, so the JIT's exits match the uop interpreter's exactly (see the
//!   ABI in `taipan_uops`). Linking a hot exit to a later trace is a patch
//!   of that stub's `_JIT_EXIT` jump (not done yet).
//! * Runtime helpers are resolved by name ([`helper_address`]); a `rel32`
//!   reference to one goes through a `jmp [rip]` trampoline at the end of
//!   the buffer, since Rust code may be more than 2 GiB away.
//!
//! The buffer is written while mapped read-write and then remapped
//! read-execute (dynasmrt's `MutableBuffer` -> `ExecutableBuffer`): never
//! writable and executable at once.

pub mod stencils;

use dynasmrt::mmap::{ExecutableBuffer, MutableBuffer};
use dynasmrt::AssemblyOffset;
use stencils::{HoleKind, HoleValue, Stencil};
use taipan_uops::{flags, ExitInfo, TraceState, Uop, UopInst};

/// Why a trace could not be compiled.
#[derive(Debug)]
pub enum JitError {
    /// The host has no stencils (the uop interpreter runs the trace).
    NoStencils,
    /// No stencil for this uop.
    MissingStencil(Uop),
    /// The trace does not end with `EXIT_TRACE` or `JUMP_TO_TOP`.
    FallsOffEnd,
    /// A stencil needs a runtime helper this build does not provide.
    UnknownHelper(&'static str),
    /// A patched value does not fit its hole.
    OutOfRange {
        stencil: &'static str,
        offset: usize,
    },
    /// Mapping or protecting memory failed.
    Memory(std::io::Error),
}

impl std::fmt::Display for JitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            JitError::NoStencils => write!(f, "no stencils for this host"),
            JitError::MissingStencil(u) => write!(f, "no stencil for {}", u.name()),
            JitError::FallsOffEnd => write!(f, "trace does not end with an exit or a jump"),
            JitError::UnknownHelper(n) => write!(f, "unknown runtime helper {n}"),
            JitError::OutOfRange { stencil, offset } => {
                write!(f, "value out of range for hole {stencil}+{offset:#x}")
            }
            JitError::Memory(e) => write!(f, "code memory: {e}"),
        }
    }
}

impl std::error::Error for JitError {}

/// The runtime helpers stencils may call, by symbol name. The uops of the
/// first set need none; helpers are added here as uops that call into the
/// runtime are written.
pub fn helper_address(name: &str) -> Option<usize> {
    match name {
        "taipan_jit_count_helper_call" => Some(count_helper_call as *const () as usize),
        "taipan_error_exit" => Some(taipan_uops::rt::taipan_error_exit as *const () as usize),
        _ => taipan_uops::helper_fn(name)
            .map(|f| f as usize)
            .or_else(|| taipan_uops::fast_helper_address(name)),
    }
}

/// Calls of [`count_helper_call`] so far (exercises helper linking).
pub static HELPER_CALLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// A runtime helper that counts its calls.
pub extern "C" fn count_helper_call() {
    HELPER_CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
}

/// The machine-code signature of a compiled trace.
pub type EntryFn = unsafe extern "C" fn(*mut TraceState) -> ExitInfo;

/// A compiled trace: executable code and its entry point.
pub struct CompiledTrace {
    code: ExecutableBuffer,
    entry: EntryFn,
}

impl std::fmt::Debug for CompiledTrace {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CompiledTrace")
            .field("size", &self.code.size())
            .finish()
    }
}

impl CompiledTrace {
    /// The entry point, `extern "C" fn(*mut TraceState) -> ExitInfo`.
    pub fn entry(&self) -> EntryFn {
        self.entry
    }

    /// Bytes of machine code (including exit stubs and trampolines).
    pub fn code_size(&self) -> usize {
        self.code.size()
    }

    /// The machine code.
    pub fn code(&self) -> &[u8] {
        &self.code
    }

    /// Runs the trace on `state` until it exits.
    ///
    /// # Safety
    /// The trace passed `taipan_uops::check_trace` for the frame `state`
    /// points into (the same contract as `taipan_uops::run_trace`).
    pub unsafe fn run(&self, state: &mut TraceState) -> ExitInfo {
        // SAFETY: the code was emitted from stencils for this ABI; the caller
        // guarantees the state matches the checked trace.
        unsafe { (self.entry)(state) }
    }
}

/// One stencil placed in the buffer.
struct Piece {
    stencil: &'static Stencil,
    oparg: u64,
    operand: u64,
    target: u64,
    /// Piece index `_JIT_CONTINUE` goes to.
    cont: Option<usize>,
    /// Piece index `_JIT_EXIT` goes to.
    exit: Option<usize>,
    /// Bytes copied (the stencil without a dropped trailing jump).
    len: usize,
    offset: usize,
}

const TRAMPOLINE_LEN: usize = 14;

/// Compiles `trace` to machine code.
pub fn compile(trace: &[UopInst]) -> Result<CompiledTrace, JitError> {
    let entry = stencils::entry().ok_or(JitError::NoStencils)?;
    compile_with(trace, entry, stencils::for_uop)
}

/// Compiles `trace` with the given entry stencil and stencil lookup.
fn compile_with(
    trace: &[UopInst],
    entry: &'static Stencil,
    for_uop: impl Fn(Uop) -> Option<&'static Stencil>,
) -> Result<CompiledTrace, JitError> {
    let last = trace.last().ok_or(JitError::FallsOffEnd)?;
    if !last.op.meta().has(flags::EXIT | flags::JUMP_TOP) {
        return Err(JitError::FallsOffEnd);
    }
    let exit_stencil = for_uop(Uop::EXIT_TRACE).ok_or(JitError::MissingStencil(Uop::EXIT_TRACE))?;
    let n = trace.len();
    let mut pieces = Vec::with_capacity(2 * n + 1);
    pieces.push(Piece {
        stencil: entry,
        oparg: 0,
        operand: 0,
        target: 0,
        cont: Some(1),
        exit: None,
        len: 0,
        offset: 0,
    });
    let mut stubs = Vec::new();
    for (i, inst) in trace.iter().enumerate() {
        let meta = inst.op.meta();
        let stencil = for_uop(inst.op).ok_or(JitError::MissingStencil(inst.op))?;
        let cont = if meta.has(flags::JUMP_TOP) {
            Some(1)
        } else if meta.has(flags::EXIT) {
            None
        } else {
            Some(i + 2)
        };
        // Helper-backed uops reach `_JIT_EXIT` through the helper protocol
        // even when their helper never takes it: give them a stub too.
        let needs_exit =
            meta.has(flags::SIDE_EXIT) || stencil.holes.iter().any(|h| h.value == HoleValue::Exit);
        let exit = if needs_exit {
            stubs.push(Piece {
                stencil: exit_stencil,
                oparg: u64::from(inst.target),
                operand: i as u64,
                target: u64::from(inst.target),
                cont: None,
                exit: None,
                len: 0,
                offset: 0,
            });
            Some(n + stubs.len())
        } else {
            None
        };
        pieces.push(Piece {
            stencil,
            oparg: u64::from(inst.oparg),
            operand: inst.operand,
            target: u64::from(inst.target),
            cont,
            exit,
            len: 0,
            offset: 0,
        });
    }
    pieces.extend(stubs);

    // Layout: drop trailing jumps to the piece that follows.
    let mut offset = 0;
    for (i, p) in pieces.iter_mut().enumerate() {
        p.len = p.stencil.code.len();
        if p.stencil.trailing_continue().is_some() && p.cont == Some(i + 1) {
            p.len -= 5;
        }
        p.offset = offset;
        offset += p.len;
    }
    // Trampolines for helpers reached by rel32.
    let mut helpers: Vec<&'static str> = Vec::new();
    for p in &pieces {
        for h in p.stencil.holes {
            if let HoleValue::Helper(name) = h.value {
                if h.kind == HoleKind::Rel32 && !helpers.contains(&name) {
                    helpers.push(name);
                }
            }
        }
    }
    let tramp_base = offset;
    let total = offset + helpers.len() * TRAMPOLINE_LEN;

    let mut buf = MutableBuffer::new(total).map_err(JitError::Memory)?;
    buf.set_len(total);
    let base = buf.as_ptr() as u64;
    for p in &pieces {
        buf[p.offset..p.offset + p.len].copy_from_slice(&p.stencil.code[..p.len]);
    }
    for (k, name) in helpers.iter().enumerate() {
        let addr = helper_address(name).ok_or(JitError::UnknownHelper(name))? as u64;
        let at = tramp_base + k * TRAMPOLINE_LEN;
        // jmp [rip+0]; .quad addr
        buf[at..at + 6].copy_from_slice(&[0xFF, 0x25, 0, 0, 0, 0]);
        buf[at + 6..at + 14].copy_from_slice(&addr.to_le_bytes());
    }
    for p in &pieces {
        for h in p.stencil.holes {
            if h.offset + 4 > p.len {
                continue; // the dropped trailing jump
            }
            let piece_addr = |idx: Option<usize>| -> Result<u64, JitError> {
                let q = idx
                    .and_then(|i| pieces.get(i))
                    .ok_or(JitError::FallsOffEnd)?;
                Ok(base + q.offset as u64)
            };
            let s = match h.value {
                HoleValue::Continue => piece_addr(p.cont)?,
                HoleValue::Exit => piece_addr(p.exit)?,
                HoleValue::Oparg => p.oparg,
                HoleValue::Operand => p.operand,
                HoleValue::Target => p.target,
                HoleValue::Helper(name) if h.kind == HoleKind::Rel32 => {
                    let k = helpers.iter().position(|x| *x == name).unwrap_or(0);
                    base + (tramp_base + k * TRAMPOLINE_LEN) as u64
                }
                HoleValue::Helper(name) => {
                    helper_address(name).ok_or(JitError::UnknownHelper(name))? as u64
                }
            };
            let at = p.offset + h.offset;
            let value = s.wrapping_add(h.addend as u64);
            let range = JitError::OutOfRange {
                stencil: p.stencil.name,
                offset: h.offset,
            };
            match h.kind {
                HoleKind::Abs64 => buf[at..at + 8].copy_from_slice(&value.to_le_bytes()),
                HoleKind::Rel32 => {
                    let rel = value.wrapping_sub(base + at as u64) as i64;
                    let rel = i32::try_from(rel).map_err(|_| range)?;
                    buf[at..at + 4].copy_from_slice(&rel.to_le_bytes());
                }
                HoleKind::Abs32 => {
                    let v = u32::try_from(value).map_err(|_| range)?;
                    buf[at..at + 4].copy_from_slice(&v.to_le_bytes());
                }
                HoleKind::Abs32S => {
                    let v = i32::try_from(value as i64).map_err(|_| range)?;
                    buf[at..at + 4].copy_from_slice(&v.to_le_bytes());
                }
            }
        }
    }
    let code = buf.make_exec().map_err(JitError::Memory)?;
    let start = code.ptr(AssemblyOffset(0));
    if start as u64 != base {
        return Err(JitError::Memory(std::io::Error::other(
            "code moved when made executable",
        )));
    }
    // SAFETY: `start` is the `_JIT_ENTRY` stencil, an `extern "C"
    // fn(*mut TraceState) -> ExitInfo`, patched to continue into the trace;
    // the buffer lives as long as the returned `CompiledTrace`.
    let entry: EntryFn = unsafe { std::mem::transmute::<*const u8, EntryFn>(start) };
    Ok(CompiledTrace { code, entry })
}

/// The JIT as the trace backend of `taipan_uops::UopTier`.
#[derive(Debug, Default)]
pub struct Jit;

impl Jit {
    /// The JIT, when this host has stencils.
    pub fn for_host() -> Option<Jit> {
        stencils::entry().map(|_| Jit)
    }
}

impl taipan_uops::Compiled for CompiledTrace {
    unsafe fn run(&self, state: *mut TraceState) -> ExitInfo {
        // SAFETY: forwarded contract.
        unsafe { (self.entry)(state) }
    }
    fn code_size(&self) -> usize {
        self.code.size()
    }
    fn code_addr(&self) -> usize {
        self.code.ptr(AssemblyOffset(0)) as usize
    }
}

impl taipan_uops::Backend for Jit {
    fn compile(&self, trace: &[UopInst]) -> Result<Box<dyn taipan_uops::Compiled>, String> {
        compile(trace)
            .map(|c| Box::new(c) as Box<dyn taipan_uops::Compiled>)
            .map_err(|e| e.to_string())
    }
}

#[cfg(test)]
mod tests;
