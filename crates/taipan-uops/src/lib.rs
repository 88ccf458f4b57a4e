//! taipan-uops: tier 2. Hot bytecode becomes traces of micro-ops.
//!
//! Not built yet: the crate holds the place of the uop definitions, trace
//! builder, optimizer and uop interpreter in the dependency chain.

/// The uop interpreter's implementation of the interpreter's tier-2 hook.
#[derive(Debug, Default)]
pub struct UopTier;

impl taipan_interp::Tier2 for UopTier {
    fn name(&self) -> &'static str {
        "uops"
    }
}
