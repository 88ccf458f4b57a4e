//! Fuzz target: any UTF-8 input parses or fails with a SyntaxError, in every
//! mode, without panicking; errors carry offsets inside the input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use taipan_syntax::ast::Mode;

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else { return };
    for mode in [Mode::Exec, Mode::Eval, Mode::Single] {
        if let Err(e) = taipan_syntax::parse(src, mode) {
            assert!(e.start as usize <= src.len() + 1, "error offset {} past the end", e.start);
            assert!(!e.msg.is_empty());
        }
    }
});
