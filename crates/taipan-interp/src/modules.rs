//! Code loading, the import system, native modules (sys, math, time,
//! random) and running programs with CPython's traceback output.

use crate::interp::{dict_get_str, str_hash, Interp, PyResult};
use crate::methods::{kwarg, nargs};
use crate::object::*;
use crate::ops::Num;
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use taipan_compiler::{CodeObject, Constant};

type Kw<'a> = &'a [(Value, Value)];

impl Interp {
    /// Turns a compiled `CodeObject` into a runtime code object value.
    pub fn load_code(&mut self, c: &CodeObject) -> Value {
        let consts: Vec<Value> = c.consts.iter().map(|k| self.load_const(k)).collect();
        let names: Vec<Value> = c.names.iter().map(|n| self.intern(n)).collect();
        let varnames: Vec<Value> = c.varnames.iter().map(|n| self.intern(n)).collect();
        let name = self.intern(&c.name);
        let qualname = self.intern(&c.qualname);
        let filename = self.intern(&c.filename);
        let cell_args = c
            .cellvars
            .iter()
            .map(|cv| {
                c.varnames
                    .iter()
                    .position(|v| v == cv)
                    .map(|p| p as i32)
                    .unwrap_or(-1)
            })
            .collect();
        let data = CodeObj {
            instrs: c.instructions.clone(),
            code: Box::new(CodeObject {
                consts: vec![],
                ..c.clone()
            }),
            consts,
            names,
            varnames,
            name,
            qualname,
            filename,
            nlocals: c.varnames.len() as u32,
            ncells: c.cellvars.len() as u32,
            nfree: c.freevars.len() as u32,
            cell_args,
            hotness: 0,
            icache: vec![ICache::default(); c.instructions.len()],
        };
        self.alloc(self.t.code, Kind::Code, data)
    }

    fn load_const(&mut self, k: &Constant) -> Value {
        match k {
            Constant::None => Value::NONE,
            Constant::Bool(b) => Value::bool(*b),
            Constant::Int(i) => self.int_from_big(i.clone()),
            Constant::Float(f) => self.new_float(*f),
            Constant::Complex { real, imag } => self.new_complex(*real, *imag),
            Constant::Str(s) => self.intern(s),
            Constant::Bytes(b) => self.new_bytes(b.clone()),
            Constant::Ellipsis => self.ellipsis,
            Constant::Tuple(items) => {
                let v: Vec<Value> = items.iter().map(|x| self.load_const(x)).collect();
                self.new_tuple(v)
            }
            Constant::FrozenSet(items) => {
                let v: Vec<Value> = items.iter().map(|x| self.load_const(x)).collect();
                // CPython's compiler rebuilds constant frozensets from their
                // iteration order (merge_consts_recursive); do the same.
                let s0 = self.new_set(true);
                for x in v {
                    let _ = self.set_add(s0, x);
                }
                let order: Vec<Value> = set_of(s0).iter().map(|e| e.key).collect();
                let s = self.new_set(true);
                for x in order {
                    let _ = self.set_add(s, x);
                }
                s
            }
            Constant::Code(c) => self.load_code(c),
        }
    }

    /// Compiles source to a code value, raising SyntaxError.
    pub fn compile_to_value(
        &mut self,
        src: &str,
        filename: &str,
        mode: taipan_compiler::Mode,
    ) -> PyResult<Value> {
        match taipan_compiler::compile_source(src, filename, mode) {
            Ok(c) => Ok(self.load_code(&c)),
            Err(e) => Err(self.syntax_error_value(&e, src, filename)),
        }
    }

    pub fn syntax_error_value(
        &mut self,
        e: &taipan_compiler::SyntaxError,
        src: &str,
        filename: &str,
    ) -> Value {
        let li = taipan_syntax::LineIndex::new(src);
        let (line, col) = li.line_col(src, e.start);
        let text = li.line_text(src, line).to_string();
        let ty = self.exc_type(e.kind.python_name());
        let msg = self.new_str(e.msg.clone());
        let fname = self.new_str(filename.to_string());
        let t = self.new_str(text);
        let detail = self.new_tuple(vec![
            fname,
            Value::small_int(line as i64),
            Value::small_int(col as i64 + 1),
            t,
        ]);
        let args = self.new_tuple(vec![msg, detail]);
        self.new_exc_args(ty, args)
    }

    // ---------------------------------------------------------------- import

    pub fn new_module(&mut self, name: &str) -> Value {
        let d = self.new_dict();
        let n = self.new_str(name.to_string());
        let m = self.alloc(self.t.module, Kind::Module, ModuleObj { name: n, dict: d });
        dict_of(d).insert_new(self.n.name, str_hash(self.n.name), n);
        let b = self.builtins;
        dict_of(d).insert_new(self.n.builtins, str_hash(self.n.builtins), b);
        for k in [self.n.doc, self.n.spec, self.n.loader, self.n.package] {
            dict_of(d).insert_new(k, str_hash(k), Value::NONE);
        }
        m
    }

    pub fn import_name(
        &mut self,
        name: Value,
        globals: Value,
        fromlist: Value,
        level: Value,
    ) -> PyResult<Value> {
        let level = if level.is_small_int() {
            level.as_small_int()
        } else {
            0
        };
        let mut full = as_str(name).to_string();
        if level > 0 {
            let pkg = match dict_get_str(dict_of(globals), self.n.package) {
                Some(p) if is_kind(p, Kind::Str) => as_str(p).to_string(),
                _ => {
                    let n = dict_get_str(dict_of(globals), self.n.name)
                        .map(|v| as_str(v).to_string())
                        .unwrap_or_default();
                    if dict_get_str(dict_of(globals), self.n.path).is_some() {
                        n
                    } else {
                        n.rsplit_once('.')
                            .map(|x| x.0.to_string())
                            .unwrap_or_default()
                    }
                }
            };
            if pkg.is_empty() {
                return self.err(
                    self.t.import_error,
                    "attempted relative import with no known parent package",
                );
            }
            let mut base = pkg.as_str();
            for _ in 1..level {
                base = base.rsplit_once('.').map(|x| x.0).unwrap_or("");
            }
            full = if full.is_empty() {
                base.to_string()
            } else {
                format!("{base}.{full}")
            };
        }
        // Import each package on the dotted path.
        let parts: Vec<&str> = full.split('.').collect();
        let mut top = Value::NULL;
        let mut acc = String::new();
        let mut last = Value::NULL;
        for (i, p) in parts.iter().enumerate() {
            if i > 0 {
                acc.push('.');
            }
            acc.push_str(p);
            let m = self.import_one(&acc, last)?;
            if i == 0 {
                top = m;
            }
            last = m;
        }
        let has_from = !fromlist.is_none() && self.truthy(fromlist)?;
        if has_from {
            // Submodules named in the fromlist.
            if is_kind(last, Kind::Module)
                && dict_get_str(dict_of(module_of(last).dict), self.n.path).is_some()
            {
                let items = self.collect_iter(fromlist)?;
                for it in items {
                    let n = as_str(it).to_string();
                    if n == "*" {
                        continue;
                    }
                    let key = self.intern(&n);
                    if dict_get_str(dict_of(module_of(last).dict), key).is_none() {
                        let sub = format!("{full}.{n}");
                        match self.import_one(&sub, last) {
                            Ok(_) => {}
                            Err(e) if self.isinstance(e, self.t.module_not_found_error) => {}
                            Err(e) => return Err(e),
                        }
                    }
                }
            }
            return Ok(last);
        }
        if level > 0 {
            return Ok(last);
        }
        Ok(top)
    }

    fn import_one(&mut self, full: &str, parent: Value) -> PyResult<Value> {
        let key = self.new_str(full.to_string());
        if let Some(m) = self.dict_get(self.modules, key)? {
            return Ok(m);
        }
        let m = match crate::modules::native_module(self, full)? {
            Some(m) => m,
            None => {
                let search: Vec<String> = if parent.is_null() {
                    let mut v = Vec::new();
                    let path_name = self.intern("path");
                    if let Some(p) = dict_get_str(dict_of(module_of(self.sys).dict), path_name) {
                        if is_kind(p, Kind::List) {
                            for x in list_of(p).items.clone() {
                                if is_kind(x, Kind::Str) {
                                    v.push(as_str(x).to_string());
                                }
                            }
                        }
                    }
                    v
                } else {
                    match dict_get_str(dict_of(module_of(parent).dict), self.n.path) {
                        Some(p) if is_kind(p, Kind::List) => list_of(p)
                            .items
                            .iter()
                            .filter(|x| is_kind(**x, Kind::Str))
                            .map(|x| as_str(*x).to_string())
                            .collect(),
                        _ => vec![],
                    }
                };
                let leaf = full.rsplit('.').next().unwrap_or(full);
                let mut found = None;
                for dir in search {
                    let base = if dir.is_empty() {
                        std::path::PathBuf::from(".")
                    } else {
                        std::path::PathBuf::from(&dir)
                    };
                    let pkg = base.join(leaf).join("__init__.py");
                    if pkg.is_file() {
                        found = Some((pkg, true));
                        break;
                    }
                    let f = base.join(format!("{leaf}.py"));
                    if f.is_file() {
                        found = Some((f, false));
                        break;
                    }
                }
                let (path, is_pkg) = match found {
                    Some(x) => x,
                    None => {
                        let msg = if !parent.is_null()
                            && dict_get_str(dict_of(module_of(parent).dict), self.n.path).is_none()
                        {
                            let pn = full.rsplit_once('.').map(|x| x.0).unwrap_or("");
                            format!("No module named '{full}'; '{pn}' is not a package")
                        } else {
                            format!("No module named '{full}'")
                        };
                        let e = self.new_exc(self.t.module_not_found_error, &msg);
                        let nk = self.intern("name");
                        let nv = self.new_str(full.to_string());
                        self.generic_setattr(e, nk, nv)?;
                        return Err(e);
                    }
                };
                let src = match std::fs::read_to_string(&path) {
                    Ok(s) => s,
                    Err(e) => return self.err(self.t.import_error, e.to_string()),
                };
                let pstr = path.to_string_lossy().into_owned();
                let m = self.new_module(full);
                let d = module_of(m).dict;
                let f = self.new_str(pstr.clone());
                self.dict_set(d, self.n.file, f)?;
                if is_pkg {
                    let dir = path
                        .parent()
                        .map(|p| p.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    let dv = self.new_str(dir);
                    let l = self.new_list(vec![dv]);
                    self.dict_set(d, self.n.path, l)?;
                    let pk = self.new_str(full.to_string());
                    self.dict_set(d, self.n.package, pk)?;
                } else {
                    let pk = self.new_str(
                        full.rsplit_once('.')
                            .map(|x| x.0.to_string())
                            .unwrap_or_default(),
                    );
                    self.dict_set(d, self.n.package, pk)?;
                }
                self.dict_set(self.modules, key, m)?;
                self.sources.insert(pstr.clone(), src.clone());
                let codev = match self.compile_to_value(&src, &pstr, taipan_compiler::Mode::Exec) {
                    Ok(c) => c,
                    Err(e) => {
                        self.dict_del(self.modules, key)?;
                        return Err(e);
                    }
                };
                if let Err(e) = self.run_code(codev, d, d, Value::NULL) {
                    self.dict_del(self.modules, key)?;
                    return Err(e);
                }
                // The module may have replaced itself in sys.modules.
                self.dict_get(self.modules, key)?.unwrap_or(m)
            }
        };
        self.dict_set(self.modules, key, m)?;
        if !parent.is_null() && is_kind(parent, Kind::Module) {
            let leaf = full.rsplit('.').next().unwrap_or(full);
            let lk = self.intern(leaf);
            let pd = module_of(parent).dict;
            self.dict_set(pd, lk, m)?;
        }
        Ok(m)
    }

    pub fn import_from(&mut self, m: Value, name: Value) -> PyResult<Value> {
        match self.getattr(m, name) {
            Ok(v) => Ok(v),
            Err(e) if self.isinstance(e, self.t.attribute_error) => {
                if is_kind(m, Kind::Module) {
                    let mn = as_str(module_of(m).name).to_string();
                    let sub = format!("{}.{}", mn, as_str(name));
                    let k = self.new_str(sub);
                    if let Some(v) = self.dict_get(self.modules, k)? {
                        return Ok(v);
                    }
                    let file = dict_get_str(dict_of(module_of(m).dict), self.n.file);
                    let loc = match file {
                        Some(f) if is_kind(f, Kind::Str) => format!(" ({})", as_str(f)),
                        _ => " (unknown location)".to_string(),
                    };
                    let msg = format!("cannot import name '{}' from '{}'{}", as_str(name), mn, loc);
                    let e = self.new_exc(self.t.import_error, &msg);
                    let nk = self.intern("name");
                    let nv = module_of(m).name;
                    self.generic_setattr(e, nk, nv)?;
                    return Err(e);
                }
                Err(e)
            }
            Err(e) => Err(e),
        }
    }

    pub fn import_star(&mut self, m: Value, locals: Value) -> PyResult<()> {
        let d = if is_kind(m, Kind::Module) {
            module_of(m).dict
        } else {
            return Ok(());
        };
        if let Some(all) = dict_get_str(dict_of(d), self.n.all) {
            let names = self.collect_iter(all)?;
            for n in names {
                let n = self.intern_value(n);
                let v = self.getattr(m, n)?;
                self.setitem(locals, n, v)?;
            }
            return Ok(());
        }
        let items: Vec<(Value, Value)> = dict_of(d).iter().collect();
        for (k, v) in items {
            if is_kind(k, Kind::Str) && !as_str(k).starts_with('_') {
                self.setitem(locals, k, v)?;
            }
        }
        Ok(())
    }

    // ---------------------------------------------------------------- running

    /// Runs `src` as the `__main__` module. Returns the process exit code.
    pub fn run_main(&mut self, src: &str, filename: &str) -> i32 {
        self.sources.insert(filename.to_string(), src.to_string());
        let code = match taipan_compiler::compile_source(src, filename, taipan_compiler::Mode::Exec)
        {
            Ok(c) => c,
            Err(e) => {
                self.print_syntax_error(&e, src, filename);
                return 1;
            }
        };
        let codev = self.load_code(&code);
        let m = self.new_module("__main__");
        let d = module_of(m).dict;
        if filename != "<string>" && filename != "<stdin>" {
            let f = self.new_str(filename.to_string());
            let _ = self.dict_set(d, self.n.file, f);
        }
        let k = self.intern("__main__");
        let _ = self.dict_set(self.modules, k, m);
        if let Some(pkg) = self.options.main_package.clone().filter(|p| !p.is_empty()) {
            let pv = self.new_str(pkg.clone());
            let _ = self.dict_set(d, self.n.package, pv);
            let name = self.intern(&pkg);
            if let Err(e) = self.import_name(name, d, Value::NONE, Value::small_int(0)) {
                let rc = self.handle_uncaught(e);
                self.flush_all();
                return rc;
            }
        }
        let r = self.run_code(codev, d, d, Value::NULL);
        let rc = match r {
            Ok(_) => 0,
            Err(e) => self.handle_uncaught(e),
        };
        self.flush_all();
        rc
    }

    pub fn flush_all(&mut self) {
        self.flush_stdout();
        // Flush open files still holding buffered writes.
        let objs: Vec<*mut Header> = self.heap.objects.clone();
        for p in objs {
            let v = Value::ptr(p);
            if is_kind(v, Kind::File) && file_of(v).std == 0 && !file_of(v).wbuf.is_empty() {
                let _ = crate::builtins::file_flush(self, v);
            }
        }
    }

    /// Prints an uncaught exception (or honours SystemExit); returns the exit code.
    pub fn handle_uncaught(&mut self, e: Value) -> i32 {
        if self.isinstance(e, self.t.system_exit) {
            let code = self.stop_iteration_value(e);
            if code.is_none() {
                return 0;
            }
            if let Some(Num::I(i)) = self.num(code) {
                return i as i32;
            }
            let s = self.str_string(code).unwrap_or_default();
            self.write_stderr(&format!("{s}\n"));
            return 1;
        }
        let text = self.format_exception_chain(e);
        self.write_stderr(&text);
        1
    }

    pub fn format_exception_chain(&mut self, e: Value) -> String {
        let mut chain: Vec<(Value, &'static str)> = Vec::new();
        let mut cur = e;
        let mut seen: Vec<Value> = Vec::new();
        let mut link = "";
        while is_kind(cur, Kind::Exception) && !seen.contains(&cur) {
            seen.push(cur);
            chain.push((cur, link));
            let eo = exc_of(cur);
            if !eo.cause.is_none() && !eo.cause.is_null() {
                link = "\nThe above exception was the direct cause of the following exception:\n\n";
                cur = eo.cause;
            } else if !eo.context.is_none() && !eo.context.is_null() && !eo.suppress_context {
                link = "\nDuring handling of the above exception, another exception occurred:\n\n";
                cur = eo.context;
            } else {
                break;
            }
        }
        let mut out = String::new();
        for (exc, link) in chain.iter().rev() {
            out.push_str(&self.format_one_exception(*exc));
            out.push_str(link);
        }
        out
    }

    fn format_one_exception(&mut self, e: Value) -> String {
        let mut out = String::new();
        let tb = exc_of(e).tb.clone();
        if !tb.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            let mut last: Option<(String, u32, String)> = None;
            let mut repeat = 0;
            let entries: Vec<(Value, u32)> = tb.into_iter().rev().collect();
            for (codev, line) in entries {
                let c = code_of(codev);
                let file = c.code.filename.clone();
                let name = c.code.name.clone();
                let key = (file.clone(), line, name.clone());
                if last.as_ref() == Some(&key) {
                    repeat += 1;
                    if repeat >= 3 {
                        continue;
                    }
                } else {
                    if repeat >= 3 {
                        out.push_str(&format!(
                            "  [Previous line repeated {} more time{}]\n",
                            repeat - 2,
                            if repeat - 2 == 1 { "" } else { "s" }
                        ));
                    }
                    repeat = 0;
                }
                last = Some(key);
                out.push_str(&format!("  File \"{file}\", line {line}, in {name}\n"));
                if let Some(text) = self.source_line(&file, line) {
                    let t = text.trim();
                    if !t.is_empty() {
                        out.push_str(&format!("    {t}\n"));
                    }
                }
            }
            if repeat >= 3 {
                out.push_str(&format!(
                    "  [Previous line repeated {} more time{}]\n",
                    repeat - 2,
                    if repeat - 2 == 1 { "" } else { "s" }
                ));
            }
        }
        let ty = self.type_of(e);
        let to = type_of_obj(ty);
        let mut tname = to.qualname.clone();
        if !to.builtin {
            if let Some(m) = dict_get_str(dict_of(to.dict), self.n.module) {
                if is_kind(m, Kind::Str) && !["__main__", "builtins"].contains(&as_str(m)) {
                    tname = format!("{}.{}", as_str(m), tname);
                }
            }
        }
        if self.isinstance(e, self.t.syntax_error) {
            let args = tuple_of(exc_of(e).args).items.clone();
            if args.len() == 2 && is_kind(args[1], Kind::Tuple) {
                let d = tuple_of(args[1]).items.clone();
                if d.len() >= 4 {
                    let file = self.str_string(d[0]).unwrap_or_default();
                    let line = self.str_string(d[1]).unwrap_or_default();
                    out.push_str(&format!("  File \"{file}\", line {line}\n"));
                    if is_kind(d[3], Kind::Str) {
                        let text = as_str(d[3]);
                        let stripped = text.trim_start();
                        let indent = text.len() - stripped.len();
                        let stripped = stripped.trim_end();
                        let msg0 = if is_kind(args[0], Kind::Str) {
                            as_str(args[0])
                        } else {
                            ""
                        };
                        // CPython reports "unexpected indent" without a caret.
                        if !stripped.is_empty() && msg0 == "unexpected indent" {
                            out.push_str(&format!("    {stripped}\n"));
                        } else if !stripped.is_empty() {
                            out.push_str(&format!("    {stripped}\n"));
                            let col = d[2].as_small_int().max(1) as usize - 1;
                            // `col` counts characters; the stripped indent is ASCII whitespace.
                            let caret_col = col.min(text.chars().count()).saturating_sub(indent);
                            out.push_str(&format!("    {}^\n", " ".repeat(caret_col)));
                        }
                    }
                    let msg = self.str_string(args[0]).unwrap_or_default();
                    out.push_str(&format!("{tname}: {msg}\n"));
                    return out;
                }
            }
        }
        let msg = match self.str_string(e) {
            Ok(s) => s,
            Err(_) => "<exception str() failed>".to_string(),
        };
        if msg.is_empty() {
            out.push_str(&format!("{tname}\n"));
        } else {
            out.push_str(&format!("{tname}: {msg}\n"));
        }
        out
    }

    fn source_line(&mut self, file: &str, line: u32) -> Option<String> {
        if !self.sources.contains_key(file) {
            if file.starts_with('<') {
                return None;
            }
            let s = std::fs::read_to_string(file).ok()?;
            self.sources.insert(file.to_string(), s);
        }
        let src = self.sources.get(file)?;
        if file == "<string>" || file == "<stdin>" {
            return None;
        }
        src.lines()
            .nth(line.checked_sub(1)? as usize)
            .map(|s| s.to_string())
    }

    pub fn print_syntax_error(
        &mut self,
        e: &taipan_compiler::SyntaxError,
        src: &str,
        filename: &str,
    ) {
        let v = self.syntax_error_value(e, src, filename);
        let s = self.format_one_exception(v);
        self.write_stderr(&s);
    }
}

// ------------------------------------------------------------------ sys

fn std_file(it: &mut Interp, name: &str, std: u8, mode: &str) -> Value {
    it.alloc(
        it.t.file,
        Kind::File,
        FileObj {
            name: name.to_string(),
            mode: mode.to_string(),
            file: None,
            rbuf: vec![],
            rpos: 0,
            wbuf: vec![],
            closed: false,
            binary: false,
            std,
        },
    )
}

pub fn init_sys(it: &mut Interp) {
    it.modules = it.new_dict();
    let sys = it.new_module("sys");
    it.sys = sys;
    it.stdout_obj = std_file(it, "<stdout>", 1, "w");
    it.stderr_obj = std_file(it, "<stderr>", 2, "w");
    it.stdin_obj = std_file(it, "<stdin>", 3, "r");
    let d = module_of(sys).dict;
    let k = it.intern("sys");
    let _ = it.dict_set(it.modules, k, sys);
    let k = it.intern("builtins");
    let b = it.builtins;
    let _ = it.dict_set(it.modules, k, b);
    let set = |it: &mut Interp, k: &str, v: Value| {
        let key = it.intern(k);
        let _ = it.dict_set(d, key, v);
    };
    let (so, se, si) = (it.stdout_obj, it.stderr_obj, it.stdin_obj);
    set(it, "stdout", so);
    set(it, "stderr", se);
    set(it, "stdin", si);
    set(it, "__stdout__", so);
    set(it, "__stderr__", se);
    let mods = it.modules;
    set(it, "modules", mods);
    let mx = it.int(i64::MAX);
    set(it, "maxsize", mx);
    let v = it.new_str("3.11.7 (taipan) [Rust]".to_string());
    set(it, "version", v);
    let fin = it.intern("final");
    let vi = it.new_tuple(vec![
        Value::small_int(3),
        Value::small_int(11),
        Value::small_int(7),
        fin,
        Value::small_int(0),
    ]);
    let vi = struct_seq(
        it,
        "sys.version_info",
        &["major", "minor", "micro", "releaselevel", "serial"],
        vi,
    );
    set(it, "version_info", vi);
    let p = it.new_str("linux".to_string());
    set(it, "platform", p);
    let bo = it.new_str("little".to_string());
    set(it, "byteorder", bo);
    let e = it.new_str("taipan".to_string());
    set(it, "executable", e);
    let mu = Value::small_int(0x10ffff);
    set(it, "maxunicode", mu);
    let fi = it.new_tuple(vec![
        Value::float(f64::MAX),
        Value::small_int(1024),
        Value::small_int(308),
        Value::float(f64::MIN_POSITIVE),
        Value::small_int(-1021),
        Value::small_int(-307),
        Value::small_int(15),
        Value::small_int(53),
        Value::float(f64::EPSILON),
        Value::small_int(2),
        Value::small_int(1),
    ]);
    let fi = struct_seq(
        it,
        "sys.float_info",
        &[
            "max",
            "max_exp",
            "max_10_exp",
            "min",
            "min_exp",
            "min_10_exp",
            "dig",
            "mant_dig",
            "epsilon",
            "radix",
            "rounds",
        ],
        fi,
    );
    set(it, "float_info", fi);
    let impl_name = it.new_str("taipan".to_string());
    set(it, "implementation", impl_name);
    let empty = it.new_list(vec![]);
    set(it, "path", empty);
    let argv = it.new_list(vec![]);
    set(it, "argv", argv);
    let flags = it.new_tuple(vec![]);
    set(it, "flags", flags);
    for (n, f) in [
        ("exit", sys_exit as NativeFn),
        ("getrecursionlimit", sys_getrecursionlimit),
        ("setrecursionlimit", sys_setrecursionlimit),
        ("exc_info", sys_exc_info),
        ("exception", sys_exception),
        ("intern", sys_intern),
        ("getsizeof", sys_getsizeof),
        ("set_int_max_str_digits", sys_noop),
        ("get_int_max_str_digits", sys_get_int_max),
        ("getdefaultencoding", sys_getdefaultencoding),
        ("_getframe", sys_noop),
    ] {
        let v = it.new_native(n, f, false, Value::NULL);
        set(it, n, v);
    }
    crate::stdlib::sys_extras(it);
}

/// Sets `sys.argv` and `sys.path` (script directory first, then PYTHONPATH).
pub fn set_argv_path(it: &mut Interp, argv: &[String], script_dir: Option<&str>) {
    let d = module_of(it.sys).dict;
    let items: Vec<Value> = argv.iter().map(|a| it.new_str(a.clone())).collect();
    let l = it.new_list(items);
    let k = it.intern("argv");
    let _ = it.dict_set(d, k, l);
    let mut path: Vec<String> = vec![script_dir.unwrap_or("").to_string()];
    if let Ok(pp) = std::env::var("PYTHONPATH") {
        path.extend(
            pp.split(':')
                .filter(|s| !s.is_empty())
                .map(|s| s.to_string()),
        );
    }
    let items: Vec<Value> = path.into_iter().map(|a| it.new_str(a)).collect();
    let l = it.new_list(items);
    let k = it.intern("path");
    let _ = it.dict_set(d, k, l);
}

fn structseq_get(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    // args[0] is the bound field index, args[1] the struct sequence.
    it.getitem(args[1], args[0])
}

/// A tuple subclass with named read-only fields (CPython's struct sequences).
fn struct_seq(it: &mut Interp, name: &str, fields: &[&'static str], t: Value) -> Value {
    let ty = crate::types::mk_type(it, name, it.t.tuple, Kind::Tuple, None);
    type_of_obj(ty).qualname = name.rsplit('.').next().unwrap_or(name).to_string();
    type_of_obj(ty).name = name.rsplit('.').next().unwrap_or(name).to_string();
    for (i, f) in fields.iter().enumerate() {
        let g = it.new_native(f, structseq_get, false, Value::NULL);
        native_of(g).bound = Value::small_int(i as i64);
        let p = it.alloc(
            it.t.property,
            Kind::Property,
            PropertyObj {
                fget: g,
                fset: Value::NONE,
                fdel: Value::NONE,
                doc: Value::NONE,
            },
        );
        let k = it.intern(f);
        let d = type_of_obj(ty).dict;
        dict_of(d).insert_new(k, str_hash(k), p);
    }
    let items = tuple_of(t).items.clone();
    it.alloc(ty, Kind::Tuple, TupleObj { items })
}

fn sys_exit(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let t = it.new_tuple(args.to_vec());
    Err(it.new_exc_args(it.t.system_exit, t))
}
fn sys_getrecursionlimit(it: &mut Interp, _args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    Ok(it.int(it.recursion_limit as i64))
}
fn sys_setrecursionlimit(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "setrecursionlimit", args, 1, 1)?;
    let n = it.index_of(args[0])?;
    if n < 1 {
        return it.value_err("recursion limit must be greater or equal than 1");
    }
    it.recursion_limit = (n as usize).min(200_000);
    Ok(Value::NONE)
}
fn sys_exc_info(it: &mut Interp, _args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let e = it.exc_info;
    if e.is_none() || e.is_null() {
        return Ok(it.new_tuple(vec![Value::NONE, Value::NONE, Value::NONE]));
    }
    let t = it.type_of(e);
    let tb = it.exc_traceback(e);
    Ok(it.new_tuple(vec![t, e, tb]))
}
fn sys_exception(it: &mut Interp, _args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let e = it.exc_info;
    Ok(if e.is_null() { Value::NONE } else { e })
}
fn sys_intern(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "intern", args, 1, 1)?;
    Ok(it.intern_value(args[0]))
}
fn sys_getsizeof(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let n = match kind_of(args[0]) {
        Some(Kind::List) => 56 + 8 * list_of(args[0]).items.len(),
        Some(Kind::Str) => 49 + str_of(args[0]).s.len(),
        _ => 28,
    };
    Ok(it.int(n as i64))
}
fn sys_noop(_it: &mut Interp, _args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    Ok(Value::NONE)
}
fn sys_get_int_max(_it: &mut Interp, _args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    Ok(Value::small_int(4300))
}
fn sys_getdefaultencoding(it: &mut Interp, _args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    Ok(it.intern("utf-8"))
}

// ------------------------------------------------------------------ native modules

fn module_with(it: &mut Interp, name: &str, fns: &[(&'static str, NativeFn)]) -> Value {
    let m = it.new_module(name);
    let d = module_of(m).dict;
    for (n, f) in fns {
        let v = it.new_native(n, *f, false, Value::NULL);
        let k = it.intern(n);
        dict_of(d).insert_new(k, str_hash(k), v);
    }
    m
}

fn set_attr(it: &mut Interp, m: Value, k: &str, v: Value) {
    let d = module_of(m).dict;
    let key = it.intern(k);
    let _ = it.dict_set(d, key, v);
}

/// Builds a native module by name, or None.
pub fn native_module(it: &mut Interp, name: &str) -> PyResult<Option<Value>> {
    Ok(Some(match name {
        "math" => {
            let m = module_with(it, "math", MATH_FNS);
            set_attr(it, m, "pi", Value::float(std::f64::consts::PI));
            set_attr(it, m, "e", Value::float(std::f64::consts::E));
            set_attr(it, m, "tau", Value::float(std::f64::consts::TAU));
            set_attr(it, m, "inf", Value::float(f64::INFINITY));
            let nan = it.new_float(f64::NAN);
            set_attr(it, m, "nan", nan);
            m
        }
        "time" => module_with(
            it,
            "time",
            &[
                ("time", time_time as NativeFn),
                ("perf_counter", time_perf),
                ("perf_counter_ns", time_perf_ns),
                ("monotonic", time_perf),
                ("monotonic_ns", time_perf_ns),
                ("process_time", time_perf),
                ("time_ns", time_time_ns),
                ("sleep", time_sleep),
            ],
        ),
        "random" => crate::random_mod::make_random_module(it),
        "gc" => module_with(
            it,
            "gc",
            &[
                ("collect", gc_collect as NativeFn),
                ("disable", sys_noop),
                ("enable", sys_noop),
                ("isenabled", gc_isenabled),
            ],
        ),
        "heapq" => {
            let m = module_with(
                it,
                "heapq",
                &[
                    ("heappush", heapq_push as NativeFn),
                    ("heappop", heapq_pop),
                    ("heapify", heapq_heapify),
                    ("heapreplace", heapq_replace),
                    ("heappushpop", heapq_pushpop),
                ],
            );
            crate::stdlib::extend(it, "_heapq_ext", m)?;
            m
        }
        "bisect" => module_with(
            it,
            "bisect",
            &[
                ("bisect_left", bisect_left as NativeFn),
                ("bisect_right", bisect_right),
                ("bisect", bisect_right),
                ("insort_left", insort_left),
                ("insort_right", insort_right),
                ("insort", insort_right),
            ],
        ),
        "zlib" => module_with(
            it,
            "zlib",
            &[("crc32", zlib_crc32 as NativeFn), ("adler32", zlib_adler32)],
        ),
        "io" => {
            let m = module_with(it, "io", &[]);
            let uo = it.exc_type("io.UnsupportedOperation");
            set_attr(it, m, "UnsupportedOperation", uo);
            crate::stdlib::extend(it, "_io_ext", m)?;
            m
        }
        _ => return crate::stdlib::load(it, name),
    }))
}

pub(crate) fn gc_collect(it: &mut Interp, _args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let n = it.collect_garbage_if_safe();
    Ok(Value::small_int(n as i64))
}
fn gc_isenabled(_it: &mut Interp, _args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    Ok(Value::TRUE)
}
fn time_time(_it: &mut Interp, _args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0);
    Ok(Value::float(t))
}
fn time_time_ns(it: &mut Interp, _args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    Ok(it.int_i128(t as i128))
}
fn time_perf(it: &mut Interp, _args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    Ok(Value::float(it.start_time.elapsed().as_secs_f64()))
}
fn time_perf_ns(it: &mut Interp, _args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let n = it.start_time.elapsed().as_nanos() as i128;
    Ok(it.int_i128(n))
}
fn time_sleep(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "sleep", args, 1, 1)?;
    let f = match it.num(args[0]) {
        Some(n) => it.to_f64(&n)?,
        None => return it.type_err("an integer or float is required"),
    };
    if f < 0.0 {
        return it.value_err("sleep length must be non-negative");
    }
    it.flush_stdout();
    std::thread::sleep(std::time::Duration::from_secs_f64(f));
    Ok(Value::NONE)
}

// ------------------------------------------------------------------ math

fn fnum(it: &mut Interp, v: Value) -> PyResult<f64> {
    match it.num(v) {
        Some(n) => it.to_f64(&n),
        None => {
            let ty = it.type_of(v);
            if let Some(m) = it.type_lookup(ty, it.n.float_) {
                let r = it.call_descr(m, v, ty, &[])?;
                return fnum(it, r);
            }
            it.type_err(format!("must be real number, not {}", it.type_name(v)))
        }
    }
}
fn domain<T>(it: &mut Interp) -> PyResult<T> {
    it.value_err("math domain error")
}
fn fres(it: &mut Interp, x: f64, r: f64) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return domain(it);
    }
    if r.is_infinite() && x.is_finite() {
        return it.overflow("math range error");
    }
    Ok(it.new_float(r))
}

fn m_log(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "log", args, 1, 2)?;
    let lx = log_of(it, args[0])?;
    if args.len() == 2 {
        let lb = log_of(it, args[1])?;
        if lb == 0.0 {
            return it.zero_div("float division by zero");
        }
        return Ok(it.new_float(lx / lb));
    }
    Ok(it.new_float(lx))
}
fn log_of(it: &mut Interp, v: Value) -> PyResult<f64> {
    if let Some(Num::B(b)) = it.num(v) {
        if !b.is_positive() {
            return domain(it);
        }
        let bits = b.bits();
        if bits > 1000 {
            let shifted = b >> (bits - 64) as usize;
            let f = shifted.to_f64().unwrap_or(1.0);
            return Ok(f.ln() + (bits - 64) as f64 * std::f64::consts::LN_2);
        }
    }
    let x = fnum(it, v)?;
    if x <= 0.0 {
        return domain(it);
    }
    Ok(x.ln())
}
fn m_log2(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "log2", args, 1, 1)?;
    let l = log_of(it, args[0])?;
    let x = fnum(it, args[0]).unwrap_or(0.0);
    if x > 0.0 && x.is_finite() {
        return Ok(it.new_float(x.log2()));
    }
    Ok(it.new_float(l / std::f64::consts::LN_2))
}
fn m_log10(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "log10", args, 1, 1)?;
    let l = log_of(it, args[0])?;
    let x = fnum(it, args[0]).unwrap_or(0.0);
    if x > 0.0 && x.is_finite() {
        return Ok(it.new_float(x.log10()));
    }
    Ok(it.new_float(l / std::f64::consts::LN_10))
}
fn m_hypot(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let mut acc = 0.0f64;
    let mut vals = Vec::new();
    for a in args {
        vals.push(fnum(it, *a)?);
    }
    if vals.len() == 2 {
        return Ok(it.new_float(vals[0].hypot(vals[1])));
    }
    for v in vals {
        acc += v * v;
    }
    Ok(it.new_float(acc.sqrt()))
}
fn m_copysign(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "copysign", args, 2, 2)?;
    let x = fnum(it, args[0])?;
    let y = fnum(it, args[1])?;
    Ok(it.new_float(x.copysign(y)))
}
fn to_int_result(it: &mut Interp, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return it.value_err("cannot convert float NaN to integer");
    }
    if f.is_infinite() {
        return it.overflow("cannot convert float infinity to integer");
    }
    let b = crate::ops::big_from_f64(f);
    Ok(it.int_from_big(b))
}
fn m_floor(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "floor", args, 1, 1)?;
    match it.num(args[0]) {
        Some(Num::F(f)) => to_int_result(it, f.floor()),
        Some(n) => {
            let b = crate::ops::big(&n);
            Ok(it.int_from_big(b))
        }
        None => {
            let ty = it.type_of(args[0]);
            if let Some(m) = it.type_lookup(ty, it.n.floor) {
                return it.call_descr(m, args[0], ty, &[]);
            }
            let f = fnum(it, args[0])?;
            to_int_result(it, f.floor())
        }
    }
}
fn m_ceil(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "ceil", args, 1, 1)?;
    match it.num(args[0]) {
        Some(Num::F(f)) => to_int_result(it, f.ceil()),
        Some(n) => {
            let b = crate::ops::big(&n);
            Ok(it.int_from_big(b))
        }
        None => {
            let ty = it.type_of(args[0]);
            if let Some(m) = it.type_lookup(ty, it.n.ceil) {
                return it.call_descr(m, args[0], ty, &[]);
            }
            let f = fnum(it, args[0])?;
            to_int_result(it, f.ceil())
        }
    }
}
fn m_trunc(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "trunc", args, 1, 1)?;
    match it.num(args[0]) {
        Some(Num::F(f)) => to_int_result(it, f.trunc()),
        Some(n) => {
            let b = crate::ops::big(&n);
            Ok(it.int_from_big(b))
        }
        None => {
            let ty = it.type_of(args[0]);
            let name = it.intern("__trunc__");
            if let Some(m) = it.type_lookup(ty, name) {
                return it.call_descr(m, args[0], ty, &[]);
            }
            it.type_err(format!(
                "type {} doesn't define __trunc__ method",
                it.type_name(args[0])
            ))
        }
    }
}
fn int_arg(it: &mut Interp, v: Value, fname: &str) -> PyResult<BigInt> {
    if is_float_value(v) {
        return it.type_err("'float' object cannot be interpreted as an integer");
    }
    match it.as_bigint(v) {
        Some(b) => Ok(b),
        None => {
            let _ = fname;
            let i = it.index_of(v)?;
            Ok(BigInt::from(i))
        }
    }
}
fn m_factorial(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "factorial", args, 1, 1)?;
    let n = int_arg(it, args[0], "factorial")?;
    if n.is_negative() {
        return it.value_err("factorial() not defined for negative values");
    }
    let n = n.to_u64().unwrap_or(0);
    let mut acc = BigInt::from(1u32);
    let mut small: u64 = 1;
    for i in 2..=n {
        if let Some(s) = small.checked_mul(i) {
            small = s;
        } else {
            acc *= small;
            small = i;
        }
    }
    acc *= small;
    Ok(it.int_from_big(acc))
}
fn m_gcd(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let mut g = BigInt::zero();
    for a in args {
        let b = int_arg(it, *a, "gcd")?;
        g = num_integer::Integer::gcd(&g, &b);
    }
    Ok(it.int_from_big(g))
}
fn m_lcm(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let mut l = BigInt::from(1);
    for a in args {
        let b = int_arg(it, *a, "lcm")?;
        if b.is_zero() {
            return Ok(Value::small_int(0));
        }
        l = num_integer::Integer::lcm(&l, &b);
    }
    Ok(it.int_from_big(l.abs()))
}
fn m_isqrt(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "isqrt", args, 1, 1)?;
    let n = int_arg(it, args[0], "isqrt")?;
    if n.is_negative() {
        return it.value_err("isqrt() argument must be nonnegative");
    }
    Ok(it.int_from_big(n.sqrt()))
}
fn m_comb(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "comb", args, 2, 2)?;
    let n = int_arg(it, args[0], "comb")?;
    let k = int_arg(it, args[1], "comb")?;
    if n.is_negative() {
        return it.value_err("n must be a non-negative integer");
    }
    if k.is_negative() {
        return it.value_err("k must be a non-negative integer");
    }
    if k > n {
        return Ok(Value::small_int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k).to_u64().unwrap_or(0);
    let mut r = BigInt::from(1);
    for i in 0..k {
        r = r * (&n - i) / (i + 1);
    }
    Ok(it.int_from_big(r))
}
fn m_perm(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "perm", args, 1, 2)?;
    let n = int_arg(it, args[0], "perm")?;
    let k = if args.len() == 2 && !args[1].is_none() {
        int_arg(it, args[1], "perm")?
    } else {
        n.clone()
    };
    if n.is_negative() {
        return it.value_err("n must be a non-negative integer");
    }
    if k.is_negative() {
        return it.value_err("k must be a non-negative integer");
    }
    if k > n {
        return Ok(Value::small_int(0));
    }
    let k = k.to_u64().unwrap_or(0);
    let mut r = BigInt::from(1);
    for i in 0..k {
        r *= &n - i;
    }
    Ok(it.int_from_big(r))
}
fn m_isnan(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "isnan", args, 1, 1)?;
    let x = fnum(it, args[0])?;
    Ok(Value::bool(x.is_nan()))
}
fn m_isinf(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "isinf", args, 1, 1)?;
    let x = fnum(it, args[0])?;
    Ok(Value::bool(x.is_infinite()))
}
fn m_isfinite(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "isfinite", args, 1, 1)?;
    let x = fnum(it, args[0])?;
    Ok(Value::bool(x.is_finite()))
}
fn m_isclose(it: &mut Interp, args: &[Value], kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "isclose", args, 2, 2)?;
    let a = fnum(it, args[0])?;
    let b = fnum(it, args[1])?;
    let rel = match kwarg(kw, "rel_tol") {
        Some(v) => fnum(it, v)?,
        None => 1e-9,
    };
    let abs = match kwarg(kw, "abs_tol") {
        Some(v) => fnum(it, v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return it.value_err("tolerances must be non-negative");
    }
    if a == b {
        return Ok(Value::TRUE);
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::FALSE);
    }
    let d = (b - a).abs();
    Ok(Value::bool(
        d <= (rel * b).abs() || d <= (rel * a).abs() || d <= abs,
    ))
}
fn m_fsum(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "fsum", args, 1, 1)?;
    let items = it.collect_iter(args[0])?;
    // Shewchuk's algorithm (as in CPython's msum).
    let mut partials: Vec<f64> = Vec::new();
    for v in items {
        let mut x = fnum(it, v)?;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        partials.push(x);
    }
    let mut hi = 0.0;
    if let Some(mut n) = partials.len().checked_sub(1) {
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(it.new_float(hi))
}
fn m_prod(it: &mut Interp, args: &[Value], kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "prod", args, 1, 1)?;
    let mut acc = kwarg(kw, "start").unwrap_or(Value::small_int(1));
    let items = it.collect_iter(args[0])?;
    for x in items {
        acc = it.binary_op(acc, x, taipan_compiler::bytecode::BinaryOpArg::Multiply)?;
    }
    Ok(acc)
}
fn m_dist(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "dist", args, 2, 2)?;
    let p = it.collect_iter(args[0])?;
    let q = it.collect_iter(args[1])?;
    if p.len() != q.len() {
        return it.value_err("both points must have the same number of dimensions");
    }
    let mut acc = 0.0;
    for (a, b) in p.iter().zip(q.iter()) {
        let d = fnum(it, *a)? - fnum(it, *b)?;
        acc += d * d;
    }
    Ok(it.new_float(acc.sqrt()))
}
fn m_modf(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "modf", args, 1, 1)?;
    let x = fnum(it, args[0])?;
    let i = x.trunc();
    let (a, b) = (it.new_float((x - i).copysign(x)), it.new_float(i));
    Ok(it.new_tuple(vec![a, b]))
}
fn m_frexp(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "frexp", args, 1, 1)?;
    let x = fnum(it, args[0])?;
    let (m, e) = crate::ops::frexp(x);
    let m = it.new_float(m);
    Ok(it.new_tuple(vec![m, Value::small_int(e as i64)]))
}
fn m_ldexp(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "ldexp", args, 2, 2)?;
    let x = fnum(it, args[0])?;
    let e = it.index_of(args[1])?;
    let r = x * 2f64.powi(e.clamp(-2000, 2000) as i32);
    fres(it, x, r)
}

fn m_fabs(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "fabs", args, 1, 1)?;
    let x = fnum(it, args[0])?;
    Ok(it.new_float(x.abs()))
}
fn m_degrees(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "degrees", args, 1, 1)?;
    let x = fnum(it, args[0])?;
    Ok(it.new_float(x.to_degrees()))
}
fn m_radians(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "radians", args, 1, 1)?;
    let x = fnum(it, args[0])?;
    Ok(it.new_float(x.to_radians()))
}
fn sres(it: &mut Interp, r: crate::support::SResult<f64>) -> PyResult<Value> {
    match r {
        Ok(f) => Ok(it.new_float(f)),
        Err(e) => {
            let t = it.exc_type(e.kind);
            it.err(t, e.msg)
        }
    }
}
fn m_remainder(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "remainder", args, 2, 2)?;
    let x = fnum(it, args[0])?;
    let y = fnum(it, args[1])?;
    let r = crate::support::math::remainder(x, y);
    sres(it, r)
}
fn m_nextafter(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "nextafter", args, 2, 2)?;
    let x = fnum(it, args[0])?;
    let y = fnum(it, args[1])?;
    Ok(it.new_float(crate::support::math::nextafter(x, y)))
}
fn m_ulp(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "ulp", args, 1, 1)?;
    let x = fnum(it, args[0])?;
    Ok(it.new_float(crate::support::math::ulp(x)))
}
fn m_gamma2(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "gamma", args, 1, 1)?;
    let x = fnum(it, args[0])?;
    let r = crate::support::math::gamma(x);
    sres(it, r)
}
fn m_lgamma2(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "lgamma", args, 1, 1)?;
    let x = fnum(it, args[0])?;
    let r = crate::support::math::lgamma(x);
    sres(it, r)
}
fn m_erf2(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "erf", args, 1, 1)?;
    let x = fnum(it, args[0])?;
    Ok(it.new_float(crate::support::math::erf(x)))
}
fn m_erfc2(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "erfc", args, 1, 1)?;
    let x = fnum(it, args[0])?;
    Ok(it.new_float(crate::support::math::erfc(x)))
}
fn m_fmod2(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "fmod", args, 2, 2)?;
    let x = fnum(it, args[0])?;
    let y = fnum(it, args[1])?;
    let r = crate::support::math::fmod(x, y);
    sres(it, r)
}
fn m_pow2(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "pow", args, 2, 2)?;
    let x = fnum(it, args[0])?;
    let y = fnum(it, args[1])?;
    let r = crate::support::math::pow(x, y);
    sres(it, r)
}
fn m_atan2b(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "atan2", args, 2, 2)?;
    let y = fnum(it, args[0])?;
    let x = fnum(it, args[1])?;
    let r = crate::support::math::atan2(y, x);
    sres(it, r)
}
macro_rules! math_s {
    ($($name:ident => $f:path;)*) => {
        $(
            fn $name(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
                nargs(it, stringify!($name), args, 1, 1)?;
                let x = fnum(it, args[0])?;
                let r = $f(x);
                sres(it, r)
            }
        )*
    };
}
math_s! {
    ms_sin => crate::support::math::sin;
    ms_cos => crate::support::math::cos;
    ms_tan => crate::support::math::tan;
    ms_asin => crate::support::math::asin;
    ms_acos => crate::support::math::acos;
    ms_atan => crate::support::math::atan;
    ms_sinh => crate::support::math::sinh;
    ms_cosh => crate::support::math::cosh;
    ms_tanh => crate::support::math::tanh;
    ms_asinh => crate::support::math::asinh;
    ms_acosh => crate::support::math::acosh;
    ms_atanh => crate::support::math::atanh;
    ms_exp => crate::support::math::exp;
    ms_exp2 => crate::support::math::exp2;
    ms_expm1 => crate::support::math::expm1;
    ms_log1p => crate::support::math::log1p;
    ms_sqrt => crate::support::math::sqrt;
    ms_cbrt => crate::support::math::cbrt;
}

const MATH_FNS: &[(&str, NativeFn)] = &[
    ("sin", ms_sin),
    ("cos", ms_cos),
    ("tan", ms_tan),
    ("asin", ms_asin),
    ("acos", ms_acos),
    ("atan", ms_atan),
    ("sinh", ms_sinh),
    ("cosh", ms_cosh),
    ("tanh", ms_tanh),
    ("asinh", ms_asinh),
    ("acosh", ms_acosh),
    ("atanh", ms_atanh),
    ("exp", ms_exp),
    ("exp2", ms_exp2),
    ("expm1", ms_expm1),
    ("log1p", ms_log1p),
    ("fabs", m_fabs),
    ("degrees", m_degrees),
    ("radians", m_radians),
    ("cbrt", ms_cbrt),
    ("sqrt", ms_sqrt),
    ("log", m_log),
    ("log2", m_log2),
    ("log10", m_log10),
    ("pow", m_pow2),
    ("atan2", m_atan2b),
    ("hypot", m_hypot),
    ("fmod", m_fmod2),
    ("copysign", m_copysign),
    ("floor", m_floor),
    ("ceil", m_ceil),
    ("trunc", m_trunc),
    ("factorial", m_factorial),
    ("gcd", m_gcd),
    ("lcm", m_lcm),
    ("isqrt", m_isqrt),
    ("comb", m_comb),
    ("perm", m_perm),
    ("isnan", m_isnan),
    ("isinf", m_isinf),
    ("isfinite", m_isfinite),
    ("isclose", m_isclose),
    ("fsum", m_fsum),
    ("prod", m_prod),
    ("dist", m_dist),
    ("modf", m_modf),
    ("frexp", m_frexp),
    ("ldexp", m_ldexp),
    ("gamma", m_gamma2),
    ("lgamma", m_lgamma2),
    ("erf", m_erf2),
    ("erfc", m_erfc2),
    ("remainder", m_remainder),
    ("nextafter", m_nextafter),
    ("ulp", m_ulp),
];

/// The heap argument of a `heapq` function: must be a list.
fn heap_arg(it: &mut Interp, name: &str, args: &[Value], n: usize) -> PyResult<Value> {
    nargs(it, name, args, n, n)?;
    if !is_kind(args[0], Kind::List) {
        return it.type_err(format!(
            "{name}() argument 1 must be list, not {}",
            it.type_name(args[0])
        ));
    }
    Ok(args[0])
}

/// Runs a `support::heapq` algorithm on a copy of the list's items with Python `<`
/// and writes the result back (the items stay reachable through the list meanwhile).
fn with_heap<R>(
    it: &mut Interp,
    list: Value,
    f: impl FnOnce(
        &mut Vec<Value>,
        &mut dyn FnMut(&Value, &Value) -> crate::support::SResult<bool>,
    ) -> crate::support::SResult<R>,
) -> PyResult<R> {
    use taipan_compiler::bytecode::CompareOpArg;
    let mut items = list_of(list).items.clone();
    let mut err: Option<Value> = None;
    let r = {
        let mut lt = |a: &Value, b: &Value| -> crate::support::SResult<bool> {
            match it
                .compare(*a, *b, CompareOpArg::Lt)
                .and_then(|r| it.truthy(r))
            {
                Ok(b) => Ok(b),
                Err(e) => {
                    err = Some(e);
                    Err(crate::support::SupportError::new("Exception", ""))
                }
            }
        };
        f(&mut items, &mut lt)
    };
    if let Some(e) = err {
        return Err(e);
    }
    match r {
        Ok(v) => {
            list_of(list).items = items;
            Ok(v)
        }
        Err(e) => {
            let t = it.exc_type(e.kind);
            it.err(t, e.msg)
        }
    }
}

fn heapq_push(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let l = heap_arg(it, "heappush", args, 2)?;
    let item = args[1];
    with_heap(it, l, |h, lt| crate::support::heapq::heappush(h, item, lt))?;
    Ok(Value::NONE)
}

fn heapq_pop(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let l = heap_arg(it, "heappop", args, 1)?;
    with_heap(it, l, |h, lt| crate::support::heapq::heappop(h, lt))
}

fn heapq_heapify(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let l = heap_arg(it, "heapify", args, 1)?;
    with_heap(it, l, |h, lt| crate::support::heapq::heapify(h, lt))?;
    Ok(Value::NONE)
}

fn heapq_replace(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let l = heap_arg(it, "heapreplace", args, 2)?;
    let item = args[1];
    with_heap(it, l, |h, lt| {
        crate::support::heapq::heapreplace(h, item, lt)
    })
}

fn heapq_pushpop(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let l = heap_arg(it, "heappushpop", args, 2)?;
    let item = args[1];
    with_heap(it, l, |h, lt| {
        crate::support::heapq::heappushpop(h, item, lt)
    })
}

/// Shared body of `bisect_*` and `insort_*`: parses `(a, x, lo=0, hi=None, *, key=None)`,
/// searches with Python `<` on `key(a[i])`, and for insort inserts `x` via `a.insert`.
fn bisect_impl(
    it: &mut Interp,
    args: &[Value],
    kw: Kw<'_>,
    name: &str,
    right: bool,
    insort: bool,
) -> PyResult<Value> {
    use taipan_compiler::bytecode::CompareOpArg;
    const NAMES: [&str; 4] = ["a", "x", "lo", "hi"];
    let mut slots: [Option<Value>; 4] = [None; 4];
    if args.len() > 4 {
        return it.type_err(format!(
            "{name}() takes at most 4 positional arguments ({} given)",
            args.len()
        ));
    }
    for (i, a) in args.iter().enumerate() {
        slots[i] = Some(*a);
    }
    let mut key = None;
    for (k, v) in kw {
        let k = as_str(*k).to_string();
        if k == "key" {
            key = Some(*v).filter(|v| !v.is_none());
            continue;
        }
        match NAMES.iter().position(|n| *n == k) {
            Some(i) if slots[i].is_none() => slots[i] = Some(*v),
            Some(i) => {
                return it.type_err(format!(
                    "argument for {name}() given by name ('{k}') and position ({})",
                    i + 1
                ))
            }
            None => {
                return it.type_err(format!("'{k}' is an invalid keyword argument for {name}()"))
            }
        }
    }
    for (i, n) in NAMES.iter().enumerate().take(2) {
        if slots[i].is_none() {
            return it.type_err(format!(
                "{name}() missing required argument '{n}' (pos {})",
                i + 1
            ));
        }
    }
    let (a, x) = (
        slots[0].unwrap_or(Value::NONE),
        slots[1].unwrap_or(Value::NONE),
    );
    let lo = match slots[2] {
        Some(v) => it.index_of(v)?,
        None => 0,
    };
    let hi = match slots[3] {
        Some(v) if !v.is_none() => Some(it.index_of(v)?),
        _ => None,
    };
    let len = if hi.is_none() && lo >= 0 {
        it.len(a)?
    } else {
        0
    };
    let xk = match (insort, key) {
        (true, Some(k)) => it.call(k, &[x], &[])?,
        _ => x,
    };
    let mut err: Option<Value> = None;
    let r = {
        let mut probe = |i: usize| -> crate::support::SResult<bool> {
            let r = (|| {
                let idx = it.int(i as i64);
                let mut e = it.getitem(a, idx)?;
                if let Some(k) = key {
                    e = it.call(k, &[e], &[])?;
                }
                let c = if right {
                    it.compare(xk, e, CompareOpArg::Lt)?
                } else {
                    it.compare(e, xk, CompareOpArg::Lt)?
                };
                it.truthy(c)
            })();
            r.map_err(|e| {
                err = Some(e);
                crate::support::SupportError::new("Exception", "")
            })
        };
        if right {
            crate::support::bisect::bisect_right(lo, hi, len, &mut probe)
        } else {
            crate::support::bisect::bisect_left(lo, hi, len, &mut probe)
        }
    };
    if let Some(e) = err {
        return Err(e);
    }
    let idx = match r {
        Ok(i) => it.int(i as i64),
        Err(e) => {
            let t = it.exc_type(e.kind);
            return it.err(t, e.msg);
        }
    };
    if !insort {
        return Ok(idx);
    }
    let ins = it.intern("insert");
    it.call_method(a, ins, &[idx, x])?;
    Ok(Value::NONE)
}

fn bisect_left(it: &mut Interp, args: &[Value], kw: Kw<'_>) -> PyResult<Value> {
    bisect_impl(it, args, kw, "bisect_left", false, false)
}
fn bisect_right(it: &mut Interp, args: &[Value], kw: Kw<'_>) -> PyResult<Value> {
    bisect_impl(it, args, kw, "bisect_right", true, false)
}
fn insort_left(it: &mut Interp, args: &[Value], kw: Kw<'_>) -> PyResult<Value> {
    bisect_impl(it, args, kw, "insort_left", false, true)
}
fn insort_right(it: &mut Interp, args: &[Value], kw: Kw<'_>) -> PyResult<Value> {
    bisect_impl(it, args, kw, "insort_right", true, true)
}

/// `zlib.crc32(data[, value])` / `zlib.adler32(data[, value])`.
fn zlib_checksum(
    it: &mut Interp,
    args: &[Value],
    kw: Kw<'_>,
    name: &str,
    start: u32,
    f: fn(&[u8], u32) -> u32,
) -> PyResult<Value> {
    if !kw.is_empty() {
        return it.type_err(format!("zlib.{name}() takes no keyword arguments"));
    }
    nargs(it, name, args, 1, 2)?;
    if !is_kind(args[0], Kind::Bytes) {
        return it.type_err(format!(
            "a bytes-like object is required, not '{}'",
            it.type_name(args[0])
        ));
    }
    let value = match args.get(1) {
        Some(v) => {
            let Some(b) = it.as_bigint(*v).filter(|_| !is_float_value(*v)) else {
                return it.type_err(format!(
                    "'{}' object cannot be interpreted as an integer",
                    it.type_name(*v)
                ));
            };
            // PyLong_AsUnsignedLongMask: the value modulo 2**32.
            let m = BigInt::from(1u64 << 32);
            let r = ((b % &m) + &m) % &m;
            r.to_u32().unwrap_or(0)
        }
        None => start,
    };
    let r = f(&bytes_of(args[0]).b, value);
    Ok(it.int(i64::from(r)))
}

fn zlib_crc32(it: &mut Interp, args: &[Value], kw: Kw<'_>) -> PyResult<Value> {
    zlib_checksum(it, args, kw, "crc32", 0, crate::support::hashes::crc32)
}
fn zlib_adler32(it: &mut Interp, args: &[Value], kw: Kw<'_>) -> PyResult<Value> {
    zlib_checksum(it, args, kw, "adler32", 1, crate::support::hashes::adler32)
}
