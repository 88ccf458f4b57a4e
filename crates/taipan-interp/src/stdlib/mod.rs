//! Standard-library modules shipped with taipan: Python sources embedded in the
//! binary (`lib/*.py`, written against CPython 3.11's behaviour) and the native
//! helper modules they build on.

use crate::interp::{Interp, PyResult};
use crate::object::module_of;
use crate::value::Value;

pub mod functools;
pub mod itertools;
pub mod json;
pub mod natives;

/// Embedded pure-Python modules: (module name, source text).
const SOURCES: &[(&str, &str)] = &[
    ("__future__", include_str!("lib/__future__.py")),
    ("_collections_abc", include_str!("lib/_collections_abc.py")),
    ("_heapq_ext", include_str!("lib/_heapq_ext.py")),
    ("_io_ext", include_str!("lib/_io_ext.py")),
    ("abc", include_str!("lib/abc.py")),
    ("array", include_str!("lib/array.py")),
    ("base64", include_str!("lib/base64.py")),
    ("binascii", include_str!("lib/binascii.py")),
    ("collections", include_str!("lib/collections.py")),
    ("collections.abc", include_str!("lib/collections__abc.py")),
    ("contextlib", include_str!("lib/contextlib.py")),
    ("copy", include_str!("lib/copy.py")),
    ("dataclasses", include_str!("lib/dataclasses.py")),
    ("datetime", include_str!("lib/datetime.py")),
    ("enum", include_str!("lib/enum.py")),
    ("fractions", include_str!("lib/fractions.py")),
    ("functools", include_str!("lib/functools.py")),
    ("hashlib", include_str!("lib/hashlib.py")),
    ("itertools", include_str!("lib/itertools.py")),
    ("json", include_str!("lib/json.py")),
    ("keyword", include_str!("lib/keyword.py")),
    ("numbers", include_str!("lib/numbers.py")),
    ("operator", include_str!("lib/operator.py")),
    ("os", include_str!("lib/os.py")),
    ("posixpath", include_str!("lib/posixpath.py")),
    ("pprint", include_str!("lib/pprint.py")),
    ("queue", include_str!("lib/queue.py")),
    ("reprlib", include_str!("lib/reprlib.py")),
    ("statistics", include_str!("lib/statistics.py")),
    ("string", include_str!("lib/string.py")),
    ("struct", include_str!("lib/struct.py")),
    ("textwrap", include_str!("lib/textwrap.py")),
    ("types", include_str!("lib/types.py")),
    ("typing", include_str!("lib/typing.py")),
    ("warnings", include_str!("lib/warnings.py")),
];

/// The embedded source of module `name`, if taipan ships one.
pub fn source_of(name: &str) -> Option<&'static str> {
    SOURCES.iter().find(|(n, _)| *n == name).map(|(_, s)| *s)
}

/// Builds stdlib module `name` (native helper or embedded source), or None.
pub fn load(it: &mut Interp, name: &str) -> PyResult<Option<Value>> {
    if name == "_json" {
        return Ok(Some(json::make_module(it)));
    }
    if name == "_taipan_functools" {
        return Ok(Some(functools::make_module(it)));
    }
    if name == "_taipan_itertools" {
        return Ok(Some(itertools::make_module(it)));
    }
    if let Some(m) = natives::make_module(it, name) {
        return Ok(Some(m));
    }
    let Some(src) = source_of(name) else {
        return Ok(None);
    };
    let path = format!("<taipan-lib>/{}.py", name.replace('.', "/"));
    let m = it.new_module(name);
    let d = module_of(m).dict;
    let f = it.new_str(path.clone());
    it.dict_set(d, it.n.file, f)?;
    let pk = it.new_str(
        name.rsplit_once('.')
            .map(|x| x.0.to_string())
            .unwrap_or_default(),
    );
    it.dict_set(d, it.n.package, pk)?;
    let key = it.new_str(name.to_string());
    it.dict_set(it.modules, key, m)?;
    it.sources.insert(path.clone(), src.to_string());
    let run = |it: &mut Interp| -> PyResult<Value> {
        let codev = it.compile_to_value(src, &path, taipan_compiler::Mode::Exec)?;
        it.run_code(codev, d, d, Value::NULL)
    };
    if let Err(e) = run(it) {
        it.dict_del(it.modules, key)?;
        return Err(e);
    }
    Ok(Some(it.dict_get(it.modules, key)?.unwrap_or(m)))
}

/// Runs embedded source `ext` in the namespace of native module `m`, adding the
/// module's pure-Python functions (e.g. heapq.nlargest) beside its native ones.
pub fn extend(it: &mut Interp, ext: &str, m: Value) -> PyResult<()> {
    let Some(src) = source_of(ext) else {
        return Ok(());
    };
    let path = format!("<taipan-lib>/{ext}.py");
    it.sources.insert(path.clone(), src.to_string());
    let d = module_of(m).dict;
    it.shadow.push(m);
    let r = it
        .compile_to_value(src, &path, taipan_compiler::Mode::Exec)
        .and_then(|codev| it.run_code(codev, d, d, Value::NULL));
    it.shadow.pop();
    r.map(|_| ())
}

fn sys_getrefcount(_it: &mut Interp, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    // No reference counts under a tracing GC; CPython reports at least 2 for a
    // value passed as an argument.
    Ok(Value::small_int(2))
}

fn sys_none(_it: &mut Interp, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::NONE)
}

fn sys_utf8(it: &mut Interp, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(it.new_str("utf-8".to_string()))
}

/// The `sys` attributes beyond the core set that programs and libraries read.
pub fn sys_extras(it: &mut Interp) {
    let d = module_of(it.sys).dict;
    let set = |it: &mut Interp, k: &str, v: Value| {
        let key = it.intern(k);
        let _ = it.dict_set(d, key, v);
    };
    set(it, "hexversion", Value::small_int(0x030b07f0));
    set(it, "api_version", Value::small_int(1013));
    let s = it.new_str("short".to_string());
    set(it, "float_repr_style", s);
    set(it, "dont_write_bytecode", Value::FALSE);
    let w = it.new_list(vec![]);
    set(it, "warnoptions", w);
    for k in ["prefix", "base_prefix", "exec_prefix", "base_exec_prefix"] {
        let v = it.new_str("/usr/local".to_string());
        set(it, k, v);
    }
    let c = it.new_str("Copyright (c) 2001-2023 Python Software Foundation.".to_string());
    set(it, "copyright", c);
    let names: Vec<Value> = ["builtins", "gc", "math", "sys", "time"]
        .iter()
        .map(|n| it.new_str(n.to_string()))
        .collect();
    let t = it.new_tuple(names);
    set(it, "builtin_module_names", t);
    let fns: &[(&'static str, crate::object::NativeFn)] = &[
        ("getrefcount", sys_getrefcount),
        ("settrace", sys_none),
        ("setprofile", sys_none),
        ("gettrace", sys_none),
        ("getprofile", sys_none),
        ("getfilesystemencoding", sys_utf8),
    ];
    for (n, f) in fns {
        let v = it.new_native(n, *f, false, Value::NULL);
        set(it, n, v);
    }
}
