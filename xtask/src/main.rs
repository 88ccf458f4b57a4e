//! `cargo xtask <command>`: project automation.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some(cmd) => {
            eprintln!("xtask: unknown command {cmd}");
            std::process::exit(2);
        }
        None => eprintln!("usage: cargo xtask <bless|bench|stencils>"),
    }
}
