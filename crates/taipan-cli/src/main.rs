//! The `taipan` command line.

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.iter().any(|a| a == "-V" || a == "--version") {
        println!("Python 3.11.7 (taipan {})", env!("CARGO_PKG_VERSION"));
        return;
    }
    eprintln!("taipan: the interpreter is not built yet");
    std::process::exit(2);
}
