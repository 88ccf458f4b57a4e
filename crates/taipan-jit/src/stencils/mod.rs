//! The stencil data model and the checked-in stencil file of the host
//! target (`cargo xtask stencils` regenerates it; never edit it by hand).

use std::sync::OnceLock;
use taipan_uops::Uop;

/// How a hole's value is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HoleKind {
    /// 8 bytes, `S + A`.
    Abs64,
    /// 4 bytes, `S + A - P` (a branch or RIP-relative operand).
    Rel32,
    /// 4 bytes, `S + A`, must fit zero-extended.
    Abs32,
    /// 4 bytes, `S + A`, must fit sign-extended.
    Abs32S,
}

/// What a hole is filled with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HoleValue {
    /// The code of the next uop in control flow.
    Continue,
    /// The uop's side-exit stub.
    Exit,
    Oparg,
    Operand,
    /// The uop's tier-1 instruction (error exits).
    Target,
    /// A runtime helper, resolved by name to a Rust function.
    Helper(&'static str),
}

/// One hole: a place in a stencil's code to patch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hole {
    pub offset: usize,
    pub kind: HoleKind,
    pub value: HoleValue,
    pub addend: i64,
}

/// A stencil: machine code of one uop (or of the trace entry) with holes.
#[derive(Debug, Clone, Copy)]
pub struct Stencil {
    pub name: &'static str,
    pub code: &'static [u8],
    pub holes: &'static [Hole],
}

impl Stencil {
    /// Whether the stencil ends with `jmp rel32` to `_JIT_CONTINUE`, which
    /// the emitter drops when the continuation follows immediately.
    pub fn trailing_continue(&self) -> Option<&Hole> {
        let n = self.code.len();
        self.holes.iter().find(|h| {
            h.value == HoleValue::Continue
                && h.kind == HoleKind::Rel32
                && n >= 5
                && h.offset == n - 4
                && self.code[n - 5] == 0xE9
        })
    }
}

#[cfg(all(target_arch = "x86_64", target_os = "linux"))]
mod x86_64_unknown_linux_gnu;

/// The stencils of the host, empty where none exist.
pub fn all() -> &'static [Stencil] {
    #[cfg(all(target_arch = "x86_64", target_os = "linux"))]
    {
        x86_64_unknown_linux_gnu::STENCILS
    }
    #[cfg(not(all(target_arch = "x86_64", target_os = "linux")))]
    {
        &[]
    }
}

/// The trace entry stencil, if the host has stencils.
pub fn entry() -> Option<&'static Stencil> {
    all().iter().find(|s| s.name == "_JIT_ENTRY")
}

/// The stencil of `op`, if the host has stencils.
pub fn for_uop(op: Uop) -> Option<&'static Stencil> {
    static TABLE: OnceLock<Vec<Option<&'static Stencil>>> = OnceLock::new();
    TABLE.get_or_init(|| {
        Uop::ALL
            .iter()
            .map(|u| all().iter().find(|s| s.name == u.name()))
            .collect()
    })[op as usize]
}
