//! taipan-jit: the copy-and-patch emitter.
//!
//! Not built yet: holds the place of the stencil emitter in the dependency chain.

/// The JIT's implementation of the interpreter's tier-2 hook.
#[derive(Debug, Default)]
pub struct JitTier;

impl taipan_interp::Tier2 for JitTier {
    fn name(&self) -> &'static str {
        "jit"
    }
}
