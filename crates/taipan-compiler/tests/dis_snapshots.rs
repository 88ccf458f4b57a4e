//! Snapshot tests: the `dis` listing of every fixture program in `tests/fixtures/`.
//!
//! Update with `INSTA_UPDATE=always cargo test -p taipan-compiler --test dis_snapshots`
//! (or `cargo insta review`).

use std::path::Path;

use taipan_compiler::{compile_source, dis, verify, Mode};

#[test]
fn fixtures() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("fixtures directory")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    paths.sort();
    assert!(
        paths.len() >= 10,
        "expected the fixture programs in {}",
        dir.display()
    );
    for path in paths {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        let source = std::fs::read_to_string(&path).expect("readable fixture");
        let code = match compile_source(&source, &name, Mode::Exec) {
            Ok(code) => code,
            Err(e) => panic!("{name}: {e} at {}..{}", e.start, e.end),
        };
        if let Err(e) = verify::verify(&code) {
            panic!("{name}: verifier: {e}");
        }
        let stem = name.trim_end_matches(".py").to_string();
        insta::with_settings!({ prepend_module_to_snapshot => false, omit_expression => true }, {
            insta::assert_snapshot!(stem, dis::disassemble(&code));
        });
    }
}
