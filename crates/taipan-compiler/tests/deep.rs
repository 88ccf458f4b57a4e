//! Deeply nested input compiles (or fails cleanly) on a 2 MiB thread stack.

use taipan_compiler::{compile_source, verify, Mode};

fn on_small_stack(src: String) {
    let h = std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(move || match compile_source(&src, "<deep>", Mode::Exec) {
            Ok(code) => verify::verify(&code).map_err(|e| e.to_string()),
            Err(e) => Err(e.msg),
        })
        .expect("spawn");
    match h.join() {
        Ok(Ok(())) => {}
        Ok(Err(msg)) => assert!(
            msg.contains("recursion") || msg.contains("too many"),
            "unexpected error: {msg}"
        ),
        Err(_) => panic!("compiler thread panicked"),
    }
}

#[test]
fn long_operator_chains() {
    on_small_stack(format!("y = {}\n", vec!["x"; 950].join(" + ")));
    on_small_stack(format!("y = {}\n", vec!["1"; 950].join(" + ")));
    on_small_stack(format!("y = {}\n", vec!["x"; 950].join(" and ")));
    on_small_stack(format!("y = x{}\n", " < x".repeat(900)));
}

#[test]
fn deep_nesting() {
    on_small_stack(format!("y = {}x{}\n", "(".repeat(180), ")".repeat(180)));
    on_small_stack(format!("y = {}{}\n", "[".repeat(180), "]".repeat(180)));
    on_small_stack(format!("y = {}1{}\n", "f(".repeat(180), ")".repeat(180)));
    let mut src = String::from("def f():\n");
    for i in 0..19 {
        src.push_str(&"    ".repeat(i + 1));
        src.push_str("for x in y:\n");
    }
    src.push_str(&"    ".repeat(20));
    src.push_str("pass\n");
    on_small_stack(src);
    let mut src = String::new();
    for i in 0..90 {
        src.push_str(&"    ".repeat(i));
        src.push_str("if x:\n");
    }
    src.push_str(&"    ".repeat(90));
    src.push_str("pass\n");
    on_small_stack(src);
    let mut src = String::from("if x:\n    pass\n");
    for i in 0..2000 {
        src.push_str(&format!("elif x == {i}:\n    pass\n"));
    }
    on_small_stack(src);
}
