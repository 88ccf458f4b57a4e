//! `stencil-gen [--check] [ROOT]`: regenerate (or check) the checked-in
//! stencil file; run through `cargo xtask stencils`.

fn main() {
    let mut check = false;
    let mut root = stencil_gen::workspace_root();
    for a in std::env::args().skip(1) {
        match a.as_str() {
            "--check" => check = true,
            _ => root = a.into(),
        }
    }
    let result = if check {
        stencil_gen::check(&root).map(|()| "up to date".to_string())
    } else {
        stencil_gen::generate(&root).and_then(|text| {
            let path = root.join(stencil_gen::OUTPUT);
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
            }
            std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
            Ok(format!("wrote {}", stencil_gen::OUTPUT))
        })
    };
    match result {
        Ok(msg) => println!("stencils: {msg}"),
        Err(e) => {
            eprintln!("stencils: {e}");
            std::process::exit(1);
        }
    }
}
