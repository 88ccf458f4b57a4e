//! Native helper modules for the embedded `struct`, `hashlib`, `base64` and `os`:
//! `_struct`, `_taipan_hash` and `_taipan_binascii` wire the CPython-exact
//! algorithms in `support/` (structmod, hashes, base64) to interpreter values;
//! `_taipan_os` is the file-system and process surface `os` is built on.

use crate::interp::{Interp, PyResult};
use crate::object::{
    as_str, bytes_of, float_value, is_float_value, is_kind, module_of, Kind, NativeFn,
};
use crate::support::{base64, hashes, structmod, SResult, SupportError};
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::ToPrimitive;

type Kw<'a> = &'a [(Value, Value)];

fn raise<T>(it: &mut Interp, e: SupportError) -> PyResult<T> {
    let t = it.exc_type(e.kind);
    it.err(t, e.msg)
}

fn module(it: &mut Interp, name: &str, fns: &[(&'static str, NativeFn)]) -> Value {
    let m = it.new_module(name);
    let d = module_of(m).dict;
    for (n, f) in fns {
        let v = it.new_native(n, *f, false, Value::NULL);
        let k = it.intern(n);
        let _ = it.dict_set(d, k, v);
    }
    m
}

/// `register_error(name, cls)`: the Python module's exception class for errors the
/// support code reports as `name` (`struct.error`, `binascii.Error`).
fn register_error(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    if args.len() != 2 || !is_kind(args[0], Kind::Str) || !is_kind(args[1], Kind::Type) {
        return it.type_err("register_error(name, cls)");
    }
    let key = match as_str(args[0]) {
        structmod::STRUCT_ERROR => structmod::STRUCT_ERROR,
        base64::BINASCII_ERROR => base64::BINASCII_ERROR,
        _ => return it.type_err("register_error: unknown error name"),
    };
    it.exc_names.insert(key, args[1]);
    Ok(Value::NONE)
}

fn bytes_arg(it: &mut Interp, v: Value, what: &str) -> PyResult<Vec<u8>> {
    if is_kind(v, Kind::Bytes) {
        return Ok(bytes_of(v).b.clone());
    }
    it.type_err(format!(
        "a bytes-like object is required, not '{}'{what}",
        it.type_name(v)
    ))
}

fn fmt_arg(it: &mut Interp, v: Value) -> PyResult<String> {
    if is_kind(v, Kind::Str) {
        return Ok(as_str(v).to_string());
    }
    if is_kind(v, Kind::Bytes) {
        return Ok(String::from_utf8_lossy(&bytes_of(v).b).into_owned());
    }
    it.type_err(format!(
        "Struct() argument 1 must be a str or bytes object, not {}",
        it.type_name(v)
    ))
}

// ---------------------------------------------------------------- _struct

struct StructHost<'a> {
    it: &'a mut Interp,
    err: Option<Value>,
}

impl structmod::StructHost for StructHost<'_> {
    type Obj = Value;

    fn as_int(&mut self, o: &Value) -> SResult<Option<BigInt>> {
        if let Some(b) = self.it.as_bigint(*o) {
            return Ok(Some(b));
        }
        if is_float_value(*o) || is_kind(*o, Kind::Str) || is_kind(*o, Kind::Bytes) {
            return Ok(None);
        }
        let name = self.it.intern("__index__");
        let ty = self.it.type_of(*o);
        match self.it.type_lookup(ty, name) {
            Some(f) => match self.it.call_descr(f, *o, ty, &[]) {
                Ok(r) => Ok(self.it.as_bigint(r)),
                Err(e) => {
                    self.err = Some(e);
                    Err(SupportError::new("Exception", ""))
                }
            },
            None => Ok(None),
        }
    }

    fn is_int(&mut self, o: &Value) -> bool {
        self.it.as_bigint(*o).is_some()
    }

    fn as_float(&mut self, o: &Value) -> SResult<Option<f64>> {
        if let Some(f) = float_value(*o) {
            return Ok(Some(f));
        }
        match self.it.as_bigint(*o) {
            Some(b) => match b.to_f64() {
                Some(f) if f.is_finite() => Ok(Some(f)),
                _ => Err(SupportError::overflow("int too large to convert to float")),
            },
            None => Ok(None),
        }
    }

    fn truthy(&mut self, o: &Value) -> SResult<bool> {
        match self.it.truthy(*o) {
            Ok(b) => Ok(b),
            Err(e) => {
                self.err = Some(e);
                Err(SupportError::new("Exception", ""))
            }
        }
    }

    fn as_bytes(&mut self, o: &Value) -> Option<Vec<u8>> {
        if is_kind(*o, Kind::Bytes) {
            Some(bytes_of(*o).b.clone())
        } else {
            None
        }
    }
}

fn struct_pack(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    if args.is_empty() {
        return it.type_err("pack expected at least 1 argument, got 0");
    }
    let fmt = fmt_arg(it, args[0])?;
    let mut host = StructHost { it, err: None };
    let r = structmod::pack(&mut host, &fmt, &args[1..]);
    if let Some(e) = host.err.take() {
        return Err(e);
    }
    match r {
        Ok(b) => Ok(it.new_bytes(b)),
        Err(e) => raise(it, e),
    }
}

fn struct_unpack(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    if args.len() != 2 {
        return it.type_err(format!("unpack expected 2 arguments, got {}", args.len()));
    }
    let fmt = fmt_arg(it, args[0])?;
    let data = bytes_arg(it, args[1], "")?;
    let vals = match structmod::unpack(&fmt, &data) {
        Ok(v) => v,
        Err(e) => return raise(it, e),
    };
    let mut out = Vec::with_capacity(vals.len());
    for v in vals {
        out.push(match v {
            structmod::Unpacked::Int(i) => it.int_from_big(i),
            structmod::Unpacked::Float(f) => it.new_float(f),
            structmod::Unpacked::Bool(b) => Value::bool(b),
            structmod::Unpacked::Bytes(b) => it.new_bytes(b),
        });
    }
    Ok(it.new_tuple(out))
}

fn struct_calcsize(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    if args.len() != 1 {
        return it.type_err(format!(
            "calcsize() takes exactly one argument ({} given)",
            args.len()
        ));
    }
    let fmt = fmt_arg(it, args[0])?;
    match structmod::calcsize(&fmt) {
        Ok(n) => Ok(Value::small_int(n as i64)),
        Err(e) => raise(it, e),
    }
}

// ---------------------------------------------------------------- hashes

/// `digest(name, data)`: the digest bytes of `data`.
fn hash_digest(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    if args.len() != 2 || !is_kind(args[0], Kind::Str) {
        return it.type_err("digest(name, data)");
    }
    let data = if is_kind(args[1], Kind::Str) {
        return it.type_err("Strings must be encoded before hashing");
    } else {
        bytes_arg(it, args[1], "")?
    };
    match hashes::digest(as_str(args[0]), &data) {
        Ok(d) => Ok(it.new_bytes(d)),
        Err(e) => raise(it, e),
    }
}

fn crc32(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    if args.is_empty() || args.len() > 2 {
        return it.type_err("crc32(data, value=0)");
    }
    let data = bytes_arg(it, args[0], "")?;
    let start = match args.get(1) {
        Some(v) => match it.as_bigint(*v) {
            Some(b) => (b & BigInt::from(u32::MAX)).to_u32().unwrap_or(0),
            None => return it.type_err("an integer is required"),
        },
        None => 0,
    };
    Ok(Value::small_int(hashes::crc32(&data, start) as i64))
}

// ---------------------------------------------------------------- base64

fn altchars(it: &mut Interp, v: Value) -> PyResult<Option<[u8; 2]>> {
    if v.is_none() {
        return Ok(None);
    }
    let b = if is_kind(v, Kind::Str) {
        as_str(v).as_bytes().to_vec()
    } else {
        bytes_arg(it, v, "")?
    };
    if b.len() != 2 {
        return it.err(it.t.value_error, format!("invalid altchars: {}", b.len()));
    }
    Ok(Some([b[0], b[1]]))
}

fn input_bytes(it: &mut Interp, v: Value) -> PyResult<Vec<u8>> {
    if is_kind(v, Kind::Str) {
        let s = as_str(v);
        if !s.is_ascii() {
            return it.err(
                it.t.value_error,
                "string argument should contain only ASCII characters",
            );
        }
        return Ok(s.as_bytes().to_vec());
    }
    if is_kind(v, Kind::Bytes) {
        return Ok(bytes_of(v).b.clone());
    }
    it.type_err(format!(
        "argument should be a bytes-like object or ASCII string, not '{}'",
        it.type_name(v)
    ))
}

/// `b64encode(data, altchars)`.
fn b64encode(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    if args.len() != 2 {
        return it.type_err("b64encode(data, altchars)");
    }
    let data = bytes_arg(it, args[0], "")?;
    let alt = altchars(it, args[1])?;
    let out = base64::b64encode(&data, alt);
    Ok(it.new_bytes(out))
}

/// `b64decode(data, altchars, validate)`.
fn b64decode(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    if args.len() != 3 {
        return it.type_err("b64decode(data, altchars, validate)");
    }
    let data = input_bytes(it, args[0])?;
    let alt = altchars(it, args[1])?;
    let validate = it.truthy(args[2])?;
    match base64::b64decode(&data, alt, validate) {
        Ok(b) => Ok(it.new_bytes(b)),
        Err(e) => raise(it, e),
    }
}

// ---------------------------------------------------------------- _taipan_os

fn path_arg(it: &mut Interp, args: &[Value], i: usize) -> PyResult<String> {
    match args.get(i) {
        Some(v) if is_kind(*v, Kind::Str) => Ok(as_str(*v).to_string()),
        Some(v) if is_kind(*v, Kind::Bytes) => {
            Ok(String::from_utf8_lossy(&bytes_of(*v).b).into_owned())
        }
        Some(v) => it.type_err(format!(
            "expected str, bytes or os.PathLike object, not {}",
            it.type_name(*v)
        )),
        None => it.type_err("missing path argument"),
    }
}

/// The OSError subclass and errno CPython raises for `e` on `path`.
fn os_err<T>(it: &mut Interp, e: &std::io::Error, path: &str) -> PyResult<T> {
    let code = e.raw_os_error().unwrap_or(5);
    let (ty, msg) = match code {
        2 => (it.t.file_not_found_error, "No such file or directory"),
        13 => (it.t.permission_error, "Permission denied"),
        17 => (it.exc_type("FileExistsError"), "File exists"),
        20 => (it.exc_type("NotADirectoryError"), "Not a directory"),
        21 => (it.t.is_a_directory_error, "Is a directory"),
        39 => (it.t.os_error, "Directory not empty"),
        _ => (it.t.os_error, "Input/output error"),
    };
    let m = it.new_str(msg.to_string());
    let p = it.new_str(path.to_string());
    let t = it.new_tuple(vec![Value::small_int(code as i64), m, p]);
    Err(it.new_exc_args(ty, t))
}

fn os_getcwd(it: &mut Interp, _args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    match std::env::current_dir() {
        Ok(p) => Ok(it.new_str(p.to_string_lossy().into_owned())),
        Err(e) => os_err(it, &e, ""),
    }
}

fn os_listdir(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let p = if args.is_empty() {
        ".".to_string()
    } else {
        path_arg(it, args, 0)?
    };
    let rd = match std::fs::read_dir(&p) {
        Ok(r) => r,
        Err(e) => return os_err(it, &e, &p),
    };
    let mut names = Vec::new();
    for ent in rd.flatten() {
        names.push(ent.file_name().to_string_lossy().into_owned());
    }
    let vals: Vec<Value> = names.into_iter().map(|n| it.new_str(n)).collect();
    Ok(it.new_list(vals))
}

/// `kind(path, follow)`: 0 missing, 1 file, 2 directory, 3 symlink (when not
/// following), 4 other.
fn os_kind(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let p = path_arg(it, args, 0)?;
    let follow = match args.get(1) {
        Some(v) => it.truthy(*v)?,
        None => true,
    };
    let md = if follow {
        std::fs::metadata(&p)
    } else {
        std::fs::symlink_metadata(&p)
    };
    Ok(Value::small_int(match md {
        Err(_) => 0,
        Ok(m) if m.file_type().is_symlink() => 3,
        Ok(m) if m.is_file() => 1,
        Ok(m) if m.is_dir() => 2,
        Ok(_) => 4,
    }))
}

/// `stat(path)`: (size, mtime) of a file.
fn os_stat(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let p = path_arg(it, args, 0)?;
    match std::fs::metadata(&p) {
        Ok(m) => {
            let mtime = m
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map(|d| d.as_secs_f64())
                .unwrap_or(0.0);
            let size = it.int_from_big(BigInt::from(m.len()));
            Ok(it.new_tuple(vec![size, Value::float(mtime)]))
        }
        Err(e) => os_err(it, &e, &p),
    }
}

fn os_unary(
    it: &mut Interp,
    args: &[Value],
    f: fn(&str) -> std::io::Result<()>,
) -> PyResult<Value> {
    let p = path_arg(it, args, 0)?;
    match f(&p) {
        Ok(()) => Ok(Value::NONE),
        Err(e) => os_err(it, &e, &p),
    }
}

fn os_remove(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    os_unary(it, args, |p| std::fs::remove_file(p))
}

fn os_mkdir(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    os_unary(it, args, |p| std::fs::create_dir(p))
}

fn os_rmdir(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    os_unary(it, args, |p| std::fs::remove_dir(p))
}

fn os_rename(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let a = path_arg(it, args, 0)?;
    let b = path_arg(it, args, 1)?;
    match std::fs::rename(&a, &b) {
        Ok(()) => Ok(Value::NONE),
        Err(e) => os_err(it, &e, &a),
    }
}

fn os_environ(it: &mut Interp, _args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let d = it.new_dict();
    it.shadow.push(d);
    let mut vars: Vec<(String, String)> = std::env::vars_os()
        .map(|(k, v)| {
            (
                k.to_string_lossy().into_owned(),
                v.to_string_lossy().into_owned(),
            )
        })
        .collect();
    vars.sort();
    let mut r = Ok(());
    for (k, v) in vars {
        let kv = it.new_str(k);
        it.shadow.push(kv);
        let vv = it.new_str(v);
        it.shadow.pop();
        if let Err(e) = it.dict_set(d, kv, vv) {
            r = Err(e);
            break;
        }
    }
    it.shadow.pop();
    r.map(|_| d)
}

fn os_getpid(_it: &mut Interp, _args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    Ok(Value::small_int(std::process::id() as i64))
}

fn os_cpu_count(_it: &mut Interp, _args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    Ok(match std::thread::available_parallelism() {
        Ok(n) => Value::small_int(n.get() as i64),
        Err(_) => Value::NONE,
    })
}

/// Builds native helper module `name`, or None.
pub fn make_module(it: &mut Interp, name: &str) -> Option<Value> {
    Some(match name {
        "_struct" => module(
            it,
            "_struct",
            &[
                ("pack", struct_pack as NativeFn),
                ("unpack", struct_unpack),
                ("calcsize", struct_calcsize),
                ("register_error", register_error),
            ],
        ),
        "_taipan_hash" => module(
            it,
            "_taipan_hash",
            &[("digest", hash_digest as NativeFn), ("crc32", crc32)],
        ),
        "_taipan_binascii" => module(
            it,
            "_taipan_binascii",
            &[
                ("b64encode", b64encode as NativeFn),
                ("b64decode", b64decode),
                ("register_error", register_error),
            ],
        ),
        "_taipan_os" => module(
            it,
            "_taipan_os",
            &[
                ("getcwd", os_getcwd as NativeFn),
                ("listdir", os_listdir),
                ("kind", os_kind),
                ("stat", os_stat),
                ("remove", os_remove),
                ("mkdir", os_mkdir),
                ("rmdir", os_rmdir),
                ("rename", os_rename),
                ("environ", os_environ),
                ("getpid", os_getpid),
                ("cpu_count", os_cpu_count),
            ],
        ),
        _ => return None,
    })
}
