//! Prints the `dis` listing of a Python file: `cargo run -p taipan-compiler --example dis -- file.py`.

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: dis FILE.py");
        std::process::exit(2);
    };
    let src = std::fs::read_to_string(&path).unwrap_or_default();
    match taipan_compiler::compile_source(&src, &path, taipan_compiler::Mode::Exec) {
        Ok(code) => {
            print!("{}", taipan_compiler::dis::disassemble(&code));
            if let Err(e) = taipan_compiler::verify::verify(&code) {
                println!("VERIFY FAILED: {e}");
            }
        }
        Err(e) => println!("{e} at {}..{}", e.start, e.end),
    }
}
