//! The native `_json` module behind `json`: wires `support::json`'s CPython-exact
//! encoder and scanner to interpreter values.

use crate::interp::{Interp, PyResult};
use crate::object::{as_str, dict_of, float_value, is_kind, list_of, tuple_of, Kind};
use crate::support::json::{self, JsonEncodeHost, JsonKind, JsonOptions, JsonValue};
use crate::support::{SResult, SupportError};
use crate::value::Value;
use taipan_compiler::bytecode::CompareOpArg;

type Kw<'a> = &'a [(Value, Value)];

/// The encoder's view of the interpreter; a Python exception raised by a callback
/// is parked in `err` while the support code unwinds with a placeholder error.
struct Host<'a> {
    it: &'a mut Interp,
    default: Value,
    err: Option<Value>,
}

impl Host<'_> {
    fn park<T>(&mut self, e: Value) -> SResult<T> {
        self.err = Some(e);
        Err(SupportError::new("Exception", ""))
    }
}

impl JsonEncodeHost for Host<'_> {
    type Obj = Value;

    fn classify(&mut self, o: &Value, sort_keys: bool) -> SResult<JsonKind<Value>> {
        let o = *o;
        if o.is_none() {
            return Ok(JsonKind::Null);
        }
        if o == Value::TRUE || o == Value::FALSE {
            return Ok(JsonKind::Bool(o == Value::TRUE));
        }
        if let Some(f) = float_value(o) {
            return Ok(JsonKind::Float(f));
        }
        if o.is_small_int() || is_kind(o, Kind::Int) {
            return match self.it.as_bigint(o) {
                Some(b) => Ok(JsonKind::Int(b)),
                None => Ok(JsonKind::Other),
            };
        }
        match crate::object::kind_of(o) {
            Some(Kind::Str) => Ok(JsonKind::Str(as_str(o).to_string())),
            Some(Kind::List) => Ok(JsonKind::List(list_of(o).items.clone())),
            Some(Kind::Tuple) => Ok(JsonKind::List(tuple_of(o).items.clone())),
            Some(Kind::Dict) => {
                let mut items: Vec<(Value, Value)> = dict_of(o).iter().collect();
                if sort_keys {
                    let mut failed: Option<Value> = None;
                    let it = &mut *self.it;
                    // Insertion sort with Python `<` keeps CPython's stable order and
                    // stops at the first comparison error.
                    let mut i = 1;
                    while i < items.len() && failed.is_none() {
                        let mut j = i;
                        while j > 0 {
                            let lt = it
                                .compare(items[j].0, items[j - 1].0, CompareOpArg::Lt)
                                .and_then(|r| it.truthy(r));
                            match lt {
                                Ok(true) => {
                                    items.swap(j, j - 1);
                                    j -= 1;
                                }
                                Ok(false) => break,
                                Err(e) => {
                                    failed = Some(e);
                                    break;
                                }
                            }
                        }
                        i += 1;
                    }
                    if let Some(e) = failed {
                        return self.park(e);
                    }
                }
                Ok(JsonKind::Dict(items))
            }
            _ => Ok(JsonKind::Other),
        }
    }

    fn identity(&mut self, o: &Value) -> usize {
        o.0 as usize
    }

    fn type_name(&mut self, o: &Value) -> String {
        self.it.type_name(*o)
    }

    fn default(&mut self, o: &Value) -> SResult<Value> {
        if self.default.is_none() {
            let tn = self.it.type_name(*o);
            return Err(SupportError::type_error(format!(
                "Object of type {tn} is not JSON serializable"
            )));
        }
        match self.it.call(self.default, &[*o], &[]) {
            Ok(v) => {
                // Keeps the replacement alive while the encoder walks it.
                self.it.shadow.push(v);
                Ok(v)
            }
            Err(e) => self.park(e),
        }
    }
}

fn raise<T>(it: &mut Interp, e: SupportError) -> PyResult<T> {
    let t = it.exc_type(e.kind);
    it.err(t, e.msg)
}

fn opt_str(v: Value) -> Option<String> {
    if is_kind(v, Kind::Str) {
        Some(as_str(v).to_string())
    } else {
        None
    }
}

/// `_json.encode(obj, skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys,
/// indent, item_separator, key_separator, default)`; `indent` is a str or None.
fn encode(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    if args.len() != 10 {
        return it.type_err("_json.encode() takes exactly 10 arguments");
    }
    let mut flags = [false; 5];
    for (i, f) in flags.iter_mut().enumerate() {
        *f = it.truthy(args[1 + i])?;
    }
    let opts = JsonOptions {
        skipkeys: flags[0],
        ensure_ascii: flags[1],
        check_circular: flags[2],
        allow_nan: flags[3],
        sort_keys: flags[4],
        indent: opt_str(args[6]),
        item_separator: opt_str(args[7]).unwrap_or_else(|| ", ".into()),
        key_separator: opt_str(args[8]).unwrap_or_else(|| ": ".into()),
    };
    let mark = it.shadow.len();
    let mut host = Host {
        it,
        default: args[9],
        err: None,
    };
    let r = json::dumps(&mut host, &args[0], &opts);
    let err = host.err.take();
    it.shadow.truncate(mark);
    if let Some(e) = err {
        return Err(e);
    }
    match r {
        Ok(s) => Ok(it.new_str(s)),
        Err(e) => raise(it, e),
    }
}

fn build(it: &mut Interp, v: JsonValue, hook: Value, pairs_hook: Value) -> PyResult<Value> {
    Ok(match v {
        JsonValue::Null => Value::NONE,
        JsonValue::Bool(b) => Value::bool(b),
        JsonValue::Int(i) => it.int_from_big(i),
        JsonValue::Float(f) => it.new_float(f),
        JsonValue::Str(s) => it.new_str(s),
        JsonValue::Array(items) => {
            let l = it.new_list(Vec::with_capacity(items.len()));
            it.shadow.push(l);
            for x in items {
                let y = build(it, x, hook, pairs_hook)?;
                list_of(l).items.push(y);
            }
            l
        }
        JsonValue::Object(pairs) => {
            if !pairs_hook.is_none() {
                let l = it.new_list(Vec::with_capacity(pairs.len()));
                it.shadow.push(l);
                for (k, x) in pairs {
                    let kv = it.new_str(k);
                    it.shadow.push(kv);
                    let y = build(it, x, hook, pairs_hook)?;
                    let t = it.new_tuple(vec![kv, y]);
                    list_of(l).items.push(t);
                }
                let r = it.call(pairs_hook, &[l], &[])?;
                it.shadow.push(r);
                return Ok(r);
            }
            let d = it.new_dict();
            it.shadow.push(d);
            for (k, x) in pairs {
                let kv = it.new_str(k);
                it.shadow.push(kv);
                let y = build(it, x, hook, pairs_hook)?;
                it.dict_set(d, kv, y)?;
            }
            if !hook.is_none() {
                let r = it.call(hook, &[d], &[])?;
                it.shadow.push(r);
                return Ok(r);
            }
            d
        }
    })
}

/// `_json.decode(s, object_hook, object_pairs_hook)`; errors are ValueErrors whose
/// message is CPython's full JSONDecodeError text (json.py re-raises them).
fn decode(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    if args.len() != 3 || !is_kind(args[0], Kind::Str) {
        return it.type_err("_json.decode(s, object_hook, object_pairs_hook)");
    }
    let text = as_str(args[0]).to_string();
    let v = match json::loads(&text, 4300) {
        Ok(v) => v,
        Err(e) if e.kind == "JSONDecodeError" => {
            let t = it.t.value_error;
            return it.err(t, e.msg);
        }
        Err(e) => return raise(it, e),
    };
    let mark = it.shadow.len();
    let r = build(it, v, args[1], args[2]);
    it.shadow.truncate(mark);
    r
}

/// `_json.encode_basestring(s, ensure_ascii)`: a JSON string literal.
fn encode_basestring(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    if args.len() != 2 || !is_kind(args[0], Kind::Str) {
        return it.type_err("_json.encode_basestring(s, ensure_ascii)");
    }
    let ascii = it.truthy(args[1])?;
    let s = json::encode_string(as_str(args[0]), ascii);
    Ok(it.new_str(s))
}

/// Builds the `_json` module.
pub fn make_module(it: &mut Interp) -> Value {
    let m = it.new_module("_json");
    let fns: &[(&'static str, crate::object::NativeFn)] = &[
        ("encode", encode),
        ("decode", decode),
        ("encode_basestring", encode_basestring),
    ];
    let d = crate::object::module_of(m).dict;
    for (n, f) in fns {
        let v = it.new_native(n, *f, false, Value::NULL);
        let k = it.intern(n);
        let _ = it.dict_set(d, k, v);
    }
    m
}
