//! Prints `ast.dump`-style output (or the error) for a file or stdin, to
//! compare the parser with CPython by hand:
//! `cargo run -p taipan-syntax --example dump -- [FILE] [--attributes] [--eval | --single] [--time]`.

use std::io::Read;

use taipan_syntax::ast::Mode;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let attrs = args.iter().any(|a| a == "--attributes");
    let mode = if args.iter().any(|a| a == "--eval") {
        Mode::Eval
    } else if args.iter().any(|a| a == "--single") {
        Mode::Single
    } else {
        Mode::Exec
    };
    let mut src = String::new();
    match args.iter().find(|a| !a.starts_with("--")) {
        Some(path) => src = std::fs::read_to_string(path).unwrap_or_default(),
        None => {
            let _ = std::io::stdin().read_to_string(&mut src);
        }
    }
    if args.iter().any(|a| a == "--time") {
        // Best of 10 runs: the machine is shared.
        let best = |f: &dyn Fn()| {
            (0..10)
                .map(|_| {
                    let start = std::time::Instant::now();
                    f();
                    start.elapsed()
                })
                .min()
                .unwrap_or_default()
        };
        let ok = taipan_syntax::parse(&src, mode).is_ok();
        let parse = best(&|| drop(std::hint::black_box(taipan_syntax::parse(&src, mode))));
        println!("parsed {} lines in {parse:?} (ok: {ok})", src.lines().count());
        let lex = best(&|| {
            std::hint::black_box(taipan_syntax::token_count(&src));
        });
        println!("lexed {} tokens in {lex:?}", taipan_syntax::token_count(&src));
        return;
    }
    match taipan_syntax::parse(&src, mode) {
        Ok(m) if attrs => println!("{}", taipan_syntax::dump::dump_module_with_attributes(&m, &src)),
        Ok(m) => println!("{}", taipan_syntax::dump::dump_module(&m)),
        Err(e) => {
            let idx = taipan_syntax::LineIndex::new(&src);
            let (line, col) = idx.line_col(&src, e.start);
            if args.iter().any(|a| a == "--end") {
                let (eline, ecol) = idx.line_col(&src, e.end);
                println!("{}: {} ({}, {}, {}, {})", e.kind.python_name(), e.msg, line, col + 1, eline, ecol + 1);
            } else {
                println!("{}: {} ({}, {})", e.kind.python_name(), e.msg, line, col + 1);
            }
        }
    }
}
