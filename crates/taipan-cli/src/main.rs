//! The `taipan` command line: argument parsing only; everything else lives in
//! taipan-interp.

use std::io::Read;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
use taipan_interp::Options;

const USAGE: &str = "usage: taipan [option] ... [-c cmd | -m mod | file | -] [arg] ...";

fn usage_error(msg: &str) -> ! {
    eprintln!("{msg}");
    eprintln!("{USAGE}");
    eprintln!("Try `python -h' for more information.");
    std::process::exit(2);
}

enum Program {
    Cmd(String),
    Module(String),
    File(String),
    Stdin,
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let mut opts = Options::default();
    let mut dis = false;
    let mut i = 1;
    let mut program: Option<Program> = None;
    while i < args.len() {
        let a = &args[i];
        match a.as_str() {
            "-V" | "--version" => {
                println!("Python 3.11.7 (taipan)");
                return;
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                return;
            }
            "--dis" => dis = true,
            "--uops" => opts.uops = true,
            "-c" => {
                i += 1;
                match args.get(i) {
                    Some(c) => program = Some(Program::Cmd(c.clone())),
                    None => usage_error("Argument expected for the -c option"),
                }
                i += 1;
                break;
            }
            "-m" => {
                i += 1;
                match args.get(i) {
                    Some(m) => program = Some(Program::Module(m.clone())),
                    None => usage_error("Argument expected for the -m option"),
                }
                i += 1;
                break;
            }
            "-X" => {
                i += 1;
                match args.get(i) {
                    Some(x) => record_x(&mut opts, x),
                    None => usage_error("Argument expected for the -X option"),
                }
            }
            "-" => {
                program = Some(Program::Stdin);
                i += 1;
                break;
            }
            "-u" | "-B" | "-E" | "-s" | "-S" | "-I" | "-O" | "-OO" | "-q" => {}
            s if s.starts_with("-X") && s.len() > 2 => record_x(&mut opts, &s[2..]),
            s if s.starts_with("-c") && s.len() > 2 => {
                program = Some(Program::Cmd(s[2..].to_string()));
                i += 1;
                break;
            }
            s if s.starts_with('-') && s.len() > 1 => {
                usage_error(&format!("unknown option {s}"));
            }
            _ => {
                program = Some(Program::File(a.clone()));
                i += 1;
                break;
            }
        }
        i += 1;
    }
    if let Ok(v) = std::env::var("PYTHON_JIT") {
        if opts.jit.is_none() {
            opts.jit = Some(v);
        }
    }
    let rest: Vec<String> = args[i.min(args.len())..].to_vec();
    let (src, filename, argv0, dir) = match program {
        Some(Program::Cmd(c)) => (c, "<string>".to_string(), "-c".to_string(), None),
        Some(Program::Stdin) | None => {
            let mut s = String::new();
            if std::io::stdin().read_to_string(&mut s).is_err() {
                eprintln!("taipan: can't read stdin");
                std::process::exit(2);
            }
            (
                s,
                "<stdin>".to_string(),
                if program.is_some() {
                    "-".to_string()
                } else {
                    String::new()
                },
                None,
            )
        }
        Some(Program::File(f)) => match std::fs::read_to_string(&f) {
            Ok(s) => {
                let dir = std::path::Path::new(&f)
                    .parent()
                    .map(|p| p.to_string_lossy().into_owned())
                    .filter(|p| !p.is_empty())
                    .unwrap_or_else(|| ".".to_string());
                let dir = std::fs::canonicalize(&dir)
                    .map(|p| p.to_string_lossy().into_owned())
                    .unwrap_or(dir);
                // CPython reports the absolute script path in tracebacks.
                let abs = std::path::absolute(&f)
                    .map(|p| p.to_string_lossy().into_owned())
                    .unwrap_or_else(|_| f.clone());
                (s, abs, f.clone(), Some(dir))
            }
            Err(e) => {
                let code = e.raw_os_error().unwrap_or(2);
                eprintln!(
                    "taipan: can't open file '{f}': [Errno {code}] {}",
                    errno_text(&e)
                );
                std::process::exit(2);
            }
        },
        Some(Program::Module(m)) => {
            let mut found = None;
            let mut dirs = vec![".".to_string()];
            if let Ok(pp) = std::env::var("PYTHONPATH") {
                dirs.extend(
                    pp.split(':')
                        .filter(|s| !s.is_empty())
                        .map(|s| s.to_string()),
                );
            }
            let rel = m.replace('.', "/");
            for d in &dirs {
                for cand in [format!("{d}/{rel}.py"), format!("{d}/{rel}/__main__.py")] {
                    if std::path::Path::new(&cand).is_file() {
                        found = Some(cand);
                        break;
                    }
                }
                if found.is_some() {
                    break;
                }
            }
            match found {
                Some(f) => {
                    let pkg = if f.ends_with("/__main__.py") {
                        m.clone()
                    } else {
                        m.rsplit_once('.')
                            .map(|x| x.0.to_string())
                            .unwrap_or_default()
                    };
                    opts.main_package = Some(pkg);
                    let s = std::fs::read_to_string(&f).unwrap_or_default();
                    let cwd = std::env::current_dir()
                        .map(|p| p.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    let full = std::fs::canonicalize(&f)
                        .map(|p| p.to_string_lossy().into_owned())
                        .unwrap_or(f);
                    (s, full.clone(), full, Some(cwd))
                }
                None => {
                    eprintln!("taipan: No module named {m}");
                    std::process::exit(1);
                }
            }
        }
    };
    if dis {
        match taipan_compiler::compile_source(&src, &filename, taipan_compiler::Mode::Exec) {
            Ok(code) => {
                print!("{}", taipan_compiler::dis::disassemble(&code));
                return;
            }
            Err(e) => {
                eprintln!("  File \"{filename}\"\n{e}");
                std::process::exit(1);
            }
        }
    }
    let mut argv = vec![argv0];
    argv.extend(rest);
    let status = taipan_interp::run_program(src, filename, argv, dir, opts, Some(make_tier2));
    std::process::exit(status);
}

/// The higher tier `-X jit` / `PYTHON_JIT` ask for: `0` (or `off`) none,
/// `uops` the uop interpreter, `1` (the default) the JIT where this host
/// has stencils and the uop interpreter elsewhere.
fn make_tier2(o: &taipan_interp::Options) -> Option<Box<dyn taipan_interp::Tier2>> {
    let backend: Option<Box<dyn taipan_uops::Backend>> = match o.jit.as_deref() {
        Some("0") | Some("off") | Some("false") => return None,
        Some("uops") => None,
        _ => taipan_jit::Jit::for_host().map(|j| Box::new(j) as Box<dyn taipan_uops::Backend>),
    };
    let mut t = taipan_uops::UopTier::new(backend, o.uops);
    t.force_exits = o.xoptions.iter().any(|(k, _)| k == "jit-force-exits");
    if o.perf {
        let path = format!("/tmp/perf-{}.map", std::process::id());
        t.perf_map = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .ok();
    }
    Some(Box::new(t))
}

fn errno_text(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".into(),
        _ => e.to_string(),
    }
}

fn record_x(opts: &mut Options, x: &str) {
    let (k, v) = match x.split_once('=') {
        Some((k, v)) => (k.to_string(), Some(v.to_string())),
        None => (x.to_string(), None),
    };
    match k.as_str() {
        "jit" => opts.jit = v.clone(),
        "jit-threshold" => opts.jit_threshold = v.as_deref().and_then(|s| s.parse().ok()),
        "jit-stats" => opts.jit_stats = true,
        "perf" => opts.perf = true,
        "stats" => opts.stats = true,
        _ => {}
    }
    opts.xoptions.push((k, v));
}
