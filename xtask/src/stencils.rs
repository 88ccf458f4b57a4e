//! `cargo xtask stencils [--check]`: regenerate the checked-in stencil file
//! of the copy-and-patch JIT, or (`--check`) fail when its digest no longer
//! matches its inputs. The work is done by the `stencil-gen` binary; with
//! `--check` it hashes the inputs and compiles no template.

use std::process::Command;

pub fn run(args: &[String]) -> Result<(), String> {
    let mut check = false;
    for a in args {
        match a.as_str() {
            "--check" => check = true,
            other => return Err(format!("stencils: unknown argument {other}")),
        }
    }
    let root = crate::workspace_root();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    let mut cmd = Command::new(cargo);
    cmd.current_dir(&root).args([
        "run",
        "--quiet",
        "--package",
        "stencil-gen",
        "--bin",
        "stencil-gen",
        "--",
    ]);
    if check {
        cmd.arg("--check");
    }
    cmd.arg(&root);
    let status = cmd
        .status()
        .map_err(|e| format!("running stencil-gen: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(if check {
            "stencil file check failed; run `cargo xtask stencils` and commit the result"
                .to_string()
        } else {
            "stencil generation failed".to_string()
        })
    }
}
