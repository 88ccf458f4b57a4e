//! taipan-uops: tier 2. Hot bytecode becomes traces of micro-ops (uops).
//!
//! Every uop is written once, in `src/defs.rs`
//! (`uop_list!`), and expanded into: the [`Uop`] enum and its metadata
//! table [`META`], the generic uop bodies ([`bodies`]) that the uop
//! interpreter ([`run_trace`]) dispatches to, and — by `stencil-gen` — one
//! machine-code stencil per uop for the copy-and-patch JIT (`taipan-jit`).
//!
//! # The tier-2 ABI
//!
//! A trace is a slice of [`UopInst`] (`op`, `oparg`, `operand`, `target`).
//! It runs on a [`TraceState`] (`#[repr(C)]`):
//!
//! * `locals: *mut u64` — local slot 0 of the frame. Values are
//!   `taipan_interp::Value` bits (NaN-boxed, see [`abi`]). The frame's value
//!   stack follows the locals in the same array (tier 1's `Frame::base`).
//! * `sp: *mut u64` — one past the top of the value stack; read on entry,
//!   written back on every exit.
//! * `ip: u64` — written on every exit: the tier-1 instruction index where
//!   the interpreter resumes.
//!
//! Both tiers return an [`ExitInfo`] `{ ip, exit }` by value (in `rax` for
//! the JIT's `extern "C" fn(*mut TraceState) -> ExitInfo`):
//!
//! * `EXIT_TRACE` (`oparg` = resume ip, `operand` = exit slot) ends the
//!   trace normally: `ip = oparg`, `exit = operand`.
//! * A **side exit** (a failed guard, a small-int overflow) happens *before*
//!   the uop changes anything: the stack and locals are as they were before
//!   the uop, `ip = inst.target` (the tier-1 instruction to re-execute, e.g.
//!   the `BINARY_OP` that overflowed or the `POP_JUMP_IF_*` whose guess
//!   failed), and `exit` is the index of the failing uop in the trace. Tier 1
//!   then just continues at `ip` with `sp` as written back: deopt is exact.
//!
//! The trace builder must only produce traces that are *well formed* (see
//! [`check_trace`]): they end in `EXIT_TRACE` or `JUMP_TO_TOP`, local
//! indices are in range and the stack never goes below its entry depth nor
//! above the frame's stack capacity. Arithmetic uops assume their guard ran
//! (on other values they compute garbage bits, never undefined behaviour).

#[macro_use]
pub mod abi;
#[macro_use]
pub mod defs;
pub mod interp;
pub mod opt;
pub mod record;
pub mod rt;

pub use abi::{ExitInfo, Flow, TraceState};
pub use interp::{check_trace, run_trace, TraceError};
pub use opt::optimize;
pub use record::{Backend, Compiled, UopTier};

uop_list!(uop_bodies);

/// Uop flag bits (see `defs.rs` for their meaning).
pub mod flags {
    pub const GUARD: u32 = 1;
    pub const SIDE_EXIT: u32 = 2;
    pub const CAN_ERROR: u32 = 4;
    pub const ESCAPES: u32 = 8;
    pub const JUMP_TOP: u32 = 16;
    pub const EXIT: u32 = 32;
    pub const VAR_STACK: u32 = 64;
}

/// Metadata of one uop, generated from its definition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UopMeta {
    pub name: &'static str,
    /// Values popped.
    pub n_in: u8,
    /// Values pushed.
    pub n_out: u8,
    /// [`flags`] bits.
    pub flags: u32,
}

impl UopMeta {
    pub fn has(&self, flag: u32) -> bool {
        self.flags & flag != 0
    }
}

macro_rules! uop_enum {
    ($(
        $(#[doc = $doc:literal])*
        $name:ident ($cx:ident; $($in:ident),* -- $($out:ident),*) [$($flag:ident),*] $body:block
    )*) => {
        /// A micro-op.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Uop {
            $($(#[doc = $doc])* $name,)*
        }

        /// Metadata of every uop, indexed by `Uop as usize`.
        pub static META: &[UopMeta] = &[$(UopMeta {
            name: stringify!($name),
            n_in: <[&str]>::len(&[$(stringify!($in)),*]) as u8,
            n_out: <[&str]>::len(&[$(stringify!($out)),*]) as u8,
            flags: 0 $(| uop_flag!($flag))*,
        },)*];

        impl Uop {
            /// Every uop, in enum order.
            pub const ALL: &'static [Uop] = &[$(Uop::$name,)*];

            /// Runs the body of `self` (the uop interpreter's dispatch).
            ///
            /// # Safety
            /// As for the functions in [`bodies`].
            #[inline(always)]
            pub(crate) unsafe fn run<C: abi::Ctx>(self, cx: &mut C, sp: *mut u64) -> Flow {
                // SAFETY: forwarded from the caller.
                unsafe {
                    match self {
                        $(Uop::$name => bodies::$name(cx, sp),)*
                    }
                }
            }
        }
    };
}

macro_rules! uop_flag {
    (guard) => {
        flags::GUARD
    };
    (side_exit) => {
        flags::SIDE_EXIT
    };
    (can_error) => {
        flags::CAN_ERROR
    };
    (escapes) => {
        flags::ESCAPES
    };
    (jump_top) => {
        flags::JUMP_TOP
    };
    (exit) => {
        flags::EXIT
    };
    (var_stack) => {
        flags::VAR_STACK
    };
}

uop_list!(uop_enum);

impl Uop {
    pub fn meta(self) -> &'static UopMeta {
        &META[self as usize]
    }
    pub fn name(self) -> &'static str {
        self.meta().name
    }
    /// The uop named `name`.
    pub fn from_name(name: &str) -> Option<Uop> {
        Uop::ALL.iter().copied().find(|u| u.name() == name)
    }
}

/// `(popped, pushed, depth read)` of one uop instance: the declared
/// inputs and outputs, or for `var_stack` uops what `oparg` implies.
pub fn stack_effect(op: Uop, oparg: u32) -> (usize, usize, usize) {
    let n = oparg as usize;
    let (i, o) = match op {
        Uop::COPY => return (0, 1, n),
        Uop::GUARD_CALLABLE => return (0, 0, (n & 0xffff) + 2),
        // Frame changes are modelled by `check_trace`; in the frame they
        // leave, PUSH_FRAME consumes the call's values and POP_FRAME the
        // return value.
        Uop::PUSH_FRAME => ((n & 0xffff) + 2, 0),
        Uop::POP_FRAME => (1, 0),
        Uop::SWAP => return (0, 0, n),
        Uop::CALL_GENERIC => (n + 2, 1),
        Uop::CALL_KW_GENERIC => (n + 3, 1),
        Uop::BUILD_TUPLE | Uop::BUILD_LIST => (n, 1),
        Uop::UNPACK_SEQUENCE => (1, n),
        Uop::LIST_APPEND | Uop::SET_ADD => return (1, 0, n + 1),
        Uop::MAP_ADD => return (2, 0, n + 2),
        Uop::BUILD_SLICE | Uop::BUILD_STRING => (n, 1),
        Uop::FORMAT_VALUE => (1 + usize::from(n & 4 != 0), 1),
        _ => {
            let m = op.meta();
            (m.n_in as usize, m.n_out as usize)
        }
    };
    (i, o, i)
}

/// One instruction of a trace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UopInst {
    pub op: Uop,
    pub oparg: u32,
    pub operand: u64,
    /// Tier-1 instruction to resume at when this uop side-exits.
    pub target: u32,
}

impl UopInst {
    pub fn new(op: Uop, oparg: u32, operand: u64, target: u32) -> UopInst {
        UopInst {
            op,
            oparg,
            operand,
            target,
        }
    }
}

macro_rules! helper_table {
    ($($name:ident),* $(,)?) => {
        /// The runtime helper named `name` (for the JIT's hole patching).
        pub fn helper_fn(name: &str) -> Option<abi::HelperFn> {
            match name {
                $(stringify!($name) => Some(rt::$name as abi::HelperFn),)*
                _ => None,
            }
        }
    };
}
helper_list!(helper_table);

macro_rules! fast_helper_table {
    ($($name:ident),* $(,)?) => {
        /// The address of the fast helper named `name`.
        pub fn fast_helper_address(name: &str) -> Option<usize> {
            match name {
                $(stringify!($name) => Some(rt::$name as *const () as usize),)*
                _ => None,
            }
        }
    };
}
fast_helper_list!(fast_helper_table);

/// The text form of a trace, one uop per line:
/// `index NAME oparg operand @target` (operand in hex, omitted when 0).
pub fn format_trace(trace: &[UopInst]) -> String {
    format_with(trace, |u| {
        (u.operand != 0).then(|| format!("{:#x}", u.operand))
    })
}

/// The `--uops` form of a trace: like [`format_trace`], but operands are
/// shown by meaning so that dumps are reproducible: an immediate constant
/// as its value, a heap constant or guard record as `<object>` / `<record>`.
pub fn describe_trace(trace: &[UopInst]) -> String {
    format_with(trace, |u| {
        let v = u.operand;
        if u.op == Uop::LOAD_CONST_INLINE {
            Some(if abi::is_int(v) {
                abi::int_of(v).to_string()
            } else if abi::is_float(v) {
                format!("{:?}", abi::float_of(v))
            } else if v == abi::TRUE {
                "True".into()
            } else if v == abi::FALSE {
                "False".into()
            } else if v == abi::NONE {
                "None".into()
            } else if v == abi::NULL {
                "NULL".into()
            } else {
                "<object>".into()
            })
        } else {
            (v != 0 && u.op != Uop::EXIT_TRACE).then(|| "<record>".into())
        }
    })
}

/// One line per uop: `index NAME oparg [operand] @target`.
fn format_with(trace: &[UopInst], operand: impl Fn(&UopInst) -> Option<String>) -> String {
    let mut s = String::new();
    for (i, u) in trace.iter().enumerate() {
        s.push_str(&format!("{i:>4} {:<24} {:>4}", u.name(), u.oparg));
        if let Some(o) = operand(u) {
            s.push_str(&format!(" {o}"));
        }
        s.push_str(&format!(" @{}\n", u.target));
    }
    s
}

impl UopInst {
    pub fn name(&self) -> &'static str {
        self.op.name()
    }
}

/// Parses the text form of [`format_trace`] (the leading index is
/// optional); for optimizer tests.
pub fn parse_trace(text: &str) -> Result<Vec<UopInst>, String> {
    let mut out = Vec::new();
    for line in text.lines() {
        let mut words: Vec<&str> = line.split_whitespace().collect();
        if words.is_empty() {
            continue;
        }
        if words[0].parse::<usize>().is_ok() {
            words.remove(0);
        }
        let op = Uop::from_name(words[0]).ok_or_else(|| format!("unknown uop {}", words[0]))?;
        let mut inst = UopInst::new(op, 0, 0, 0);
        let mut rest = words[1..].iter();
        for w in rest.by_ref() {
            if let Some(t) = w.strip_prefix('@') {
                inst.target = t.parse().map_err(|_| format!("bad target {w}"))?;
            } else if let Some(h) = w.strip_prefix("0x") {
                inst.operand =
                    u64::from_str_radix(h, 16).map_err(|_| format!("bad operand {w}"))?;
            } else {
                inst.oparg = w.parse().map_err(|_| format!("bad oparg {w}"))?;
            }
        }
        out.push(inst);
    }
    Ok(out)
}

#[cfg(test)]
mod opt_tests;
#[cfg(test)]
mod tests;
