//! Prints `ast.dump`-style output (or the error) for a file or stdin, to
//! compare the parser with CPython by hand: `cargo run --example dump f.py`.

use std::io::Read;

fn main() {
    let mut src = String::new();
    let attrs = std::env::args().any(|a| a == "--attributes");
    match std::env::args().nth(1).filter(|a| a != "--attributes") {
        Some(path) => src = std::fs::read_to_string(path).unwrap_or_default(),
        None => {
            let _ = std::io::stdin().read_to_string(&mut src);
        }
    }
    match taipan_syntax::parse_module(&src) {
        Ok(m) if attrs => println!("{}", taipan_syntax::dump::dump_module_with_attributes(&m, &src)),
        Ok(m) => println!("{}", taipan_syntax::dump::dump_module(&m)),
        Err(e) => {
            let idx = taipan_syntax::LineIndex::new(&src);
            let (line, col) = idx.line_col(&src, e.start);
            println!("{}: {} ({}, {})", e.kind.python_name(), e.msg, line, col + 1);
        }
    }
}
