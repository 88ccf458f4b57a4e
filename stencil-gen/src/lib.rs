//! stencil-gen: compiles uop templates to machine code with holes and writes
//! the checked-in stencil file (`cargo xtask stencils`).
//!
//! Not built yet: holds the place of the generator in the workspace.
