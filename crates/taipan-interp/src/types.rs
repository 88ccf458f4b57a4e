//! Creation of the builtin type objects, the exception hierarchy, and the
//! method tables of builtin types.

use crate::interp::{Interp, PyResult};
use crate::methods as m;
use crate::object::*;
use crate::value::Value;

fn raw_type(it: &mut Interp, meta: Value, name: &str, layout: Kind) -> Value {
    it.alloc(
        meta,
        Kind::Type,
        TypeObj {
            name: name.to_string(),
            qualname: name.to_string(),
            bases: vec![],
            mro: vec![],
            dict: Value::NULL,
            layout,
            builtin: true,
            ctor: None,
            unhashable: false,
            version: 0,
            base_exc: false,
            slot_names: None,
        },
    )
}

/// A builtin type deriving from `base` (object when NULL).
pub fn mk_type(
    it: &mut Interp,
    name: &str,
    base: Value,
    layout: Kind,
    ctor: Option<NativeFn>,
) -> Value {
    let t = raw_type(it, it.t.type_, name, layout);
    let d = it.new_dict();
    let base = if base.is_null() { it.t.object } else { base };
    let to = type_of_obj(t);
    to.dict = d;
    to.ctor = ctor;
    to.bases = vec![base];
    let mut mro = vec![t];
    mro.extend(type_of_obj(base).mro.iter().copied());
    type_of_obj(t).mro = mro;
    t
}

pub fn init_types(it: &mut Interp) {
    // type, object and dict reference each other; patch them up by hand.
    let ty = raw_type(it, Value::NULL, "type", Kind::Type);
    // SAFETY: freshly allocated object.
    unsafe { header(ty) }.ty = ty.as_ptr();
    let object = raw_type(it, ty, "object", Kind::Instance);
    let dict = raw_type(it, ty, "dict", Kind::Dict);
    let strt = raw_type(it, ty, "str", Kind::Str);
    it.t.type_ = ty;
    it.t.object = object;
    it.t.dict = dict;
    it.t.str_ = strt;
    for t in [object, ty, dict, strt] {
        let d = it.new_dict();
        type_of_obj(t).dict = d;
    }
    type_of_obj(object).mro = vec![object];
    for t in [ty, dict, strt] {
        type_of_obj(t).mro = vec![t, object];
        type_of_obj(t).bases = vec![object];
    }
    type_of_obj(ty).ctor = Some(m::type_ctor);
    type_of_obj(object).ctor = Some(m::object_ctor);
    type_of_obj(dict).ctor = Some(m::dict_ctor);
    type_of_obj(strt).ctor = Some(m::str_ctor);

    let n = Value::NULL;
    it.t.int = mk_type(it, "int", n, Kind::Int, Some(m::int_ctor));
    it.t.bool_ = mk_type(it, "bool", it.t.int, Kind::Int, Some(m::bool_ctor));
    it.t.float = mk_type(it, "float", n, Kind::Float, Some(m::float_ctor));
    it.t.complex = mk_type(
        it,
        "complex",
        n,
        Kind::Complex,
        Some(crate::complex::complex_ctor),
    );
    it.t.bytes = mk_type(it, "bytes", n, Kind::Bytes, Some(m::bytes_ctor));
    it.t.bytearray = mk_type(it, "bytearray", n, Kind::Bytes, Some(m::bytearray_ctor));
    it.t.list = mk_type(it, "list", n, Kind::List, Some(m::list_ctor));
    it.t.tuple = mk_type(it, "tuple", n, Kind::Tuple, Some(m::tuple_ctor));
    it.t.set = mk_type(it, "set", n, Kind::Set, Some(m::set_ctor));
    it.t.frozenset = mk_type(it, "frozenset", n, Kind::Set, Some(m::frozenset_ctor));
    it.t.range = mk_type(it, "range", n, Kind::Range, Some(m::range_ctor));
    it.t.slice = mk_type(it, "slice", n, Kind::Slice, Some(m::slice_ctor));
    it.t.function = mk_type(it, "function", n, Kind::Function, None);
    it.t.builtin_function = mk_type(it, "builtin_function_or_method", n, Kind::Native, None);
    it.t.method_descriptor = mk_type(it, "method_descriptor", n, Kind::Native, None);
    it.t.method = mk_type(it, "method", n, Kind::Method, None);
    it.t.code = mk_type(it, "code", n, Kind::Code, None);
    it.t.cell = mk_type(it, "cell", n, Kind::Cell, None);
    it.t.module = mk_type(it, "module", n, Kind::Module, None);
    it.t.none = mk_type(it, "NoneType", n, Kind::Instance, Some(m::none_ctor));
    it.t.not_implemented_type = mk_type(it, "NotImplementedType", n, Kind::Instance, None);
    it.t.ellipsis_type = mk_type(it, "ellipsis", n, Kind::Instance, None);
    it.t.generator = mk_type(it, "generator", n, Kind::Generator, None);
    it.t.list_iterator = mk_type(it, "list_iterator", n, Kind::Iter, None);
    it.t.tuple_iterator = mk_type(it, "tuple_iterator", n, Kind::Iter, None);
    it.t.str_iterator = mk_type(it, "str_ascii_iterator", n, Kind::Iter, None);
    it.t.range_iterator = mk_type(it, "range_iterator", n, Kind::Iter, None);
    it.t.longrange_iterator = mk_type(it, "longrange_iterator", n, Kind::Iter, None);
    it.t.dict_keyiterator = mk_type(it, "dict_keyiterator", n, Kind::Iter, None);
    it.t.dict_valueiterator = mk_type(it, "dict_valueiterator", n, Kind::Iter, None);
    it.t.dict_itemiterator = mk_type(it, "dict_itemiterator", n, Kind::Iter, None);
    it.t.set_iterator = mk_type(it, "set_iterator", n, Kind::Iter, None);
    it.t.enumerate = mk_type(it, "enumerate", n, Kind::Iter, Some(m::enumerate_ctor));
    it.t.zip = mk_type(it, "zip", n, Kind::Iter, Some(m::zip_ctor));
    it.t.map = mk_type(it, "map", n, Kind::Iter, Some(m::map_ctor));
    it.t.filter = mk_type(it, "filter", n, Kind::Iter, Some(m::filter_ctor));
    it.t.reversed = mk_type(it, "reversed", n, Kind::Iter, Some(m::reversed_ctor));
    it.t.callable_iterator = mk_type(it, "callable_iterator", n, Kind::Iter, None);
    it.t.list_reverseiterator = mk_type(it, "list_reverseiterator", n, Kind::Iter, None);
    it.t.iterator = mk_type(it, "iterator", n, Kind::Iter, None);
    it.t.property = mk_type(it, "property", n, Kind::Property, Some(m::property_ctor));
    it.t.classmethod = mk_type(
        it,
        "classmethod",
        n,
        Kind::ClassMethod,
        Some(m::classmethod_ctor),
    );
    it.t.staticmethod = mk_type(
        it,
        "staticmethod",
        n,
        Kind::StaticMethod,
        Some(m::staticmethod_ctor),
    );
    it.t.super_ = mk_type(it, "super", n, Kind::Super, Some(m::super_ctor));
    it.t.file = mk_type(it, "TextIOWrapper", n, Kind::File, None);
    it.t.dict_keys = mk_type(it, "dict_keys", n, Kind::DictView, None);
    it.t.dict_values = mk_type(it, "dict_values", n, Kind::DictView, None);
    it.t.dict_items = mk_type(it, "dict_items", n, Kind::DictView, None);
    it.t.traceback = mk_type(it, "traceback", n, Kind::Traceback, None);
    it.empty_tuple = it.alloc(it.t.tuple, Kind::Tuple, TupleObj { items: vec![] });
    it.not_implemented = it.alloc(it.t.not_implemented_type, Kind::Instance, ());
    it.ellipsis = it.alloc(it.t.ellipsis_type, Kind::Instance, ());

    // Exceptions.
    let hierarchy: &[(&str, &str)] = &[
        ("BaseException", ""),
        ("GeneratorExit", "BaseException"),
        ("KeyboardInterrupt", "BaseException"),
        ("SystemExit", "BaseException"),
        ("Exception", "BaseException"),
        ("ArithmeticError", "Exception"),
        ("FloatingPointError", "ArithmeticError"),
        ("OverflowError", "ArithmeticError"),
        ("ZeroDivisionError", "ArithmeticError"),
        ("AssertionError", "Exception"),
        ("AttributeError", "Exception"),
        ("BufferError", "Exception"),
        ("EOFError", "Exception"),
        ("ImportError", "Exception"),
        ("ModuleNotFoundError", "ImportError"),
        ("LookupError", "Exception"),
        ("IndexError", "LookupError"),
        ("KeyError", "LookupError"),
        ("MemoryError", "Exception"),
        ("NameError", "Exception"),
        ("UnboundLocalError", "NameError"),
        ("OSError", "Exception"),
        ("BlockingIOError", "OSError"),
        ("ChildProcessError", "OSError"),
        ("ConnectionError", "OSError"),
        ("BrokenPipeError", "ConnectionError"),
        ("ConnectionAbortedError", "ConnectionError"),
        ("ConnectionRefusedError", "ConnectionError"),
        ("ConnectionResetError", "ConnectionError"),
        ("FileExistsError", "OSError"),
        ("FileNotFoundError", "OSError"),
        ("InterruptedError", "OSError"),
        ("IsADirectoryError", "OSError"),
        ("NotADirectoryError", "OSError"),
        ("PermissionError", "OSError"),
        ("ProcessLookupError", "OSError"),
        ("TimeoutError", "OSError"),
        ("ReferenceError", "Exception"),
        ("RuntimeError", "Exception"),
        ("NotImplementedError", "RuntimeError"),
        ("RecursionError", "RuntimeError"),
        ("StopAsyncIteration", "Exception"),
        ("StopIteration", "Exception"),
        ("SyntaxError", "Exception"),
        ("IndentationError", "SyntaxError"),
        ("TabError", "IndentationError"),
        ("SystemError", "Exception"),
        ("TypeError", "Exception"),
        ("ValueError", "Exception"),
        ("UnicodeError", "ValueError"),
        ("UnicodeDecodeError", "UnicodeError"),
        ("UnicodeEncodeError", "UnicodeError"),
        ("UnicodeTranslateError", "UnicodeError"),
        ("Warning", "Exception"),
        ("BytesWarning", "Warning"),
        ("DeprecationWarning", "Warning"),
        ("EncodingWarning", "Warning"),
        ("FutureWarning", "Warning"),
        ("ImportWarning", "Warning"),
        ("PendingDeprecationWarning", "Warning"),
        ("ResourceWarning", "Warning"),
        ("RuntimeWarning", "Warning"),
        ("SyntaxWarning", "Warning"),
        ("UnicodeWarning", "Warning"),
        ("UserWarning", "Warning"),
    ];
    for (name, parent) in hierarchy {
        let p = if parent.is_empty() {
            Value::NULL
        } else {
            it.exc_names[parent]
        };
        let t = mk_type(it, name, p, Kind::Exception, Some(m::exception_ctor));
        type_of_obj(t).base_exc = true;
        it.exc_names.insert(name, t);
    }
    let e = |it: &Interp, n: &str| it.exc_names[n];
    it.t.base_exception = e(it, "BaseException");
    it.t.exception = e(it, "Exception");
    it.t.type_error = e(it, "TypeError");
    it.t.value_error = e(it, "ValueError");
    it.t.key_error = e(it, "KeyError");
    it.t.index_error = e(it, "IndexError");
    it.t.attribute_error = e(it, "AttributeError");
    it.t.name_error = e(it, "NameError");
    it.t.unbound_local_error = e(it, "UnboundLocalError");
    it.t.zero_division_error = e(it, "ZeroDivisionError");
    it.t.stop_iteration = e(it, "StopIteration");
    it.t.overflow_error = e(it, "OverflowError");
    it.t.recursion_error = e(it, "RecursionError");
    it.t.runtime_error = e(it, "RuntimeError");
    it.t.import_error = e(it, "ImportError");
    it.t.module_not_found_error = e(it, "ModuleNotFoundError");
    it.t.assertion_error = e(it, "AssertionError");
    it.t.not_implemented_error = e(it, "NotImplementedError");
    it.t.system_exit = e(it, "SystemExit");
    it.t.os_error = e(it, "OSError");
    it.t.file_not_found_error = e(it, "FileNotFoundError");
    it.t.lookup_error = e(it, "LookupError");
    it.t.arithmetic_error = e(it, "ArithmeticError");
    it.t.generator_exit = e(it, "GeneratorExit");
    it.t.keyboard_interrupt = e(it, "KeyboardInterrupt");
    it.t.syntax_error = e(it, "SyntaxError");
    it.t.indentation_error = e(it, "IndentationError");
    it.t.unicode_error = e(it, "UnicodeError");
    it.t.unicode_decode_error = e(it, "UnicodeDecodeError");
    it.t.memory_error = e(it, "MemoryError");
    it.t.eof_error = e(it, "EOFError");
    it.t.is_a_directory_error = e(it, "IsADirectoryError");
    it.t.permission_error = e(it, "PermissionError");
    let os = it.t.os_error;
    it.exc_names.insert("IOError", os);
    it.exc_names.insert("EnvironmentError", os);
    // io.UnsupportedOperation(OSError, ValueError); "io." keeps it out of builtins.
    let ve = it.t.value_error;
    let t = mk_type(
        it,
        "UnsupportedOperation",
        os,
        Kind::Exception,
        Some(m::exception_ctor),
    );
    let to = type_of_obj(t);
    to.base_exc = true;
    to.bases = vec![os, ve];
    to.mro = vec![t, os, ve];
    to.mro.extend(type_of_obj(ve).mro[1..].iter().copied());
    // Shown as `io.UnsupportedOperation` (repr, tracebacks) like a class from module
    // io; `__module__` is set by `init_builtins` once the interned names exist.
    to.builtin = false;
    it.exc_names.insert("io.UnsupportedOperation", t);
}

/// Registers a method descriptor `name` on builtin type `ty`.
pub fn def(it: &mut Interp, ty: Value, name: &'static str, f: NativeFn) {
    let v = it.new_native(name, f, true, ty);
    let k = it.intern(name);
    let d = type_of_obj(ty).dict;
    let h = crate::interp::str_hash(k);
    let _ = dict_of(d).insert(k, h, v, &mut |a, b| Ok(crate::interp::str_eq(a, b)));
}

/// Registers a classmethod / staticmethod implemented natively.
pub fn def_class(it: &mut Interp, ty: Value, name: &'static str, f: NativeFn, static_: bool) {
    let v = it.new_native(name, f, false, Value::NULL);
    let w = if static_ {
        it.alloc(it.t.staticmethod, Kind::StaticMethod, WrapObj { f: v })
    } else {
        it.alloc(it.t.classmethod, Kind::ClassMethod, WrapObj { f: v })
    };
    let k = it.intern(name);
    let d = type_of_obj(ty).dict;
    let h = crate::interp::str_hash(k);
    dict_of(d).insert_new(k, h, w);
}

pub fn init_type_dicts(it: &mut Interp) {
    let t = it.t;
    crate::complex::init_complex_type(it);
    def(it, t.object, "__init__", m::object_init);
    def(it, t.object, "__new__", m::object_new);
    def(it, t.object, "__repr__", m::object_repr);
    def(it, t.object, "__str__", m::object_str);
    def(it, t.object, "__eq__", m::object_eq);
    def(it, t.object, "__ne__", m::object_ne);
    def(it, t.object, "__hash__", m::object_hash);
    def(it, t.object, "__setattr__", m::object_setattr);
    def(it, t.object, "__getattribute__", m::object_getattribute);
    def(it, t.object, "__delattr__", m::object_delattr);
    def(it, t.object, "__format__", m::object_format);
    def(it, t.object, "__dir__", m::object_dir);
    def(it, t.object, "__reduce_ex__", m::object_repr);
    def_class(it, t.object, "__init_subclass__", m::noop, false);
    def_class(it, t.object, "__subclasshook__", m::noop, false);
    def(it, t.object, "__lt__", m::not_impl2);
    def(it, t.object, "__le__", m::not_impl2);
    def(it, t.object, "__gt__", m::not_impl2);
    def(it, t.object, "__ge__", m::not_impl2);
    def(it, t.type_, "mro", m::type_mro);
    def(it, t.type_, "__subclasses__", m::type_subclasses);
    def(it, t.type_, "__instancecheck__", m::type_instancecheck);
    def(it, t.type_, "__subclasscheck__", m::type_subclasscheck);
    def(it, t.type_, "__call__", m::type_call_m);
    def(it, t.type_, "__repr__", m::object_repr);
    def_class(it, t.type_, "__prepare__", m::type_prepare, true);
    def(it, t.type_, "__or__", m::type_or);

    m::register_methods(it);
    apply_arity(it);
}

/// No positional-argument check (the native checks what it needs).
pub const ARITY_ANY: u8 = 0;
/// METH_NOARGS: "T.m() takes no arguments (N given)".
pub const ARITY_NOARGS: u8 = 1;
/// METH_O: "T.m() takes exactly one argument (N given)".
pub const ARITY_ONE: u8 = 2;
/// A unary slot wrapper: "expected 0 arguments, got N".
pub const ARITY_SLOT0: u8 = 3;
/// A binary slot wrapper: "expected 1 argument, got N".
pub const ARITY_SLOT1: u8 = 4;

/// Raises CPython's arity TypeError for a native method called with `given`
/// positional arguments besides `self`.
pub fn check_arity(it: &mut Interp, f: Value, given: usize, has_kw: bool) -> PyResult<()> {
    let n = native_of(f);
    let owner = type_of_obj(n.owner).name.clone();
    let msg = match n.arity {
        ARITY_NOARGS if given != 0 => {
            format!("{owner}.{}() takes no arguments ({given} given)", n.name)
        }
        ARITY_ONE if given != 1 => format!(
            "{owner}.{}() takes exactly one argument ({given} given)",
            n.name
        ),
        ARITY_NOARGS | ARITY_ONE if has_kw => {
            format!("{owner}.{}() takes no keyword arguments", n.name)
        }
        ARITY_SLOT0 if given != 0 => format!("expected 0 arguments, got {given}"),
        ARITY_SLOT1 if given != 1 => format!("expected 1 argument, got {given}"),
        ARITY_SLOT0 | ARITY_SLOT1 if has_kw => {
            format!("wrapper {}() takes no keyword arguments", n.name)
        }
        _ => return Ok(()),
    };
    it.type_err(msg)
}

/// CPython's calling conventions of the builtin methods: which take no
/// arguments (METH_NOARGS) and which exactly one (METH_O); every other dunder
/// listed in `SLOT0` / `SLOT1` is a slot wrapper.
fn apply_arity(it: &mut Interp) {
    let t = it.t;
    const STR_NOARGS: &[&str] = &[
        "upper",
        "lower",
        "title",
        "swapcase",
        "capitalize",
        "casefold",
        "isdigit",
        "isnumeric",
        "isdecimal",
        "isalpha",
        "isalnum",
        "isspace",
        "isascii",
        "isidentifier",
        "isupper",
        "islower",
        "istitle",
        "isprintable",
        "__getnewargs__",
        "__sizeof__",
    ];
    const BYTES_NOARGS: &[&str] = &[
        "upper",
        "lower",
        "title",
        "swapcase",
        "capitalize",
        "isdigit",
        "isalpha",
        "isalnum",
        "isspace",
        "isascii",
        "isupper",
        "islower",
        "istitle",
        "__getnewargs__",
    ];
    let num_noargs: &[&str] = &[
        "bit_length",
        "bit_count",
        "conjugate",
        "as_integer_ratio",
        "__trunc__",
        "__floor__",
        "__ceil__",
        "__getnewargs__",
        "is_integer",
        "hex",
        "__sizeof__",
    ];
    let table: Vec<(Value, &[&str], &[&str])> = vec![
        (t.int, num_noargs, &[]),
        (t.bool_, num_noargs, &[]),
        (t.float, num_noargs, &[]),
        (
            t.str_,
            STR_NOARGS,
            &["join", "removeprefix", "removesuffix", "zfill"],
        ),
        (
            t.bytes,
            BYTES_NOARGS,
            &["join", "removeprefix", "removesuffix"],
        ),
        (
            t.bytearray,
            &["copy", "clear", "reverse"],
            &["extend", "remove", "append"],
        ),
        (
            t.list,
            &["copy", "clear", "reverse", "__reversed__", "__sizeof__"],
            &["append", "remove", "extend", "count", "__getitem__"],
        ),
        (t.tuple, &["__getnewargs__"], &["count"]),
        (
            t.dict,
            &[
                "keys",
                "values",
                "items",
                "copy",
                "clear",
                "popitem",
                "__reversed__",
                "__sizeof__",
            ],
            &["__contains__", "__getitem__"],
        ),
        (
            t.set,
            &["copy", "clear", "pop", "__sizeof__"],
            &[
                "add",
                "discard",
                "remove",
                "isdisjoint",
                "issubset",
                "issuperset",
                "symmetric_difference",
                "symmetric_difference_update",
                "__contains__",
            ],
        ),
        (
            t.frozenset,
            &["copy", "__sizeof__"],
            &[
                "isdisjoint",
                "issubset",
                "issuperset",
                "symmetric_difference",
                "__contains__",
            ],
        ),
    ];
    const SLOT0: &[&str] = &[
        "__neg__",
        "__pos__",
        "__abs__",
        "__invert__",
        "__bool__",
        "__float__",
        "__int__",
        "__index__",
        "__hash__",
        "__repr__",
        "__str__",
        "__len__",
        "__iter__",
        "__next__",
    ];
    const SLOT1: &[&str] = &[
        "__add__",
        "__radd__",
        "__sub__",
        "__rsub__",
        "__mul__",
        "__rmul__",
        "__truediv__",
        "__rtruediv__",
        "__floordiv__",
        "__rfloordiv__",
        "__mod__",
        "__rmod__",
        "__divmod__",
        "__rdivmod__",
        "__lshift__",
        "__rlshift__",
        "__rshift__",
        "__rrshift__",
        "__and__",
        "__rand__",
        "__or__",
        "__ror__",
        "__xor__",
        "__rxor__",
        "__eq__",
        "__ne__",
        "__lt__",
        "__le__",
        "__gt__",
        "__ge__",
        "__contains__",
        "__getitem__",
        "__delitem__",
        "__iadd__",
        "__imul__",
    ];
    let set = |it: &mut Interp, ty: Value, name: &str, arity: u8| {
        let k = it.intern(name);
        let d = type_of_obj(ty).dict;
        if let Some(v) = crate::interp::dict_get_str(dict_of(d), k) {
            if is_kind(v, Kind::Native) && native_of(v).owner == ty && native_of(v).binds {
                native_of(v).arity = arity;
            }
        }
    };
    // Slot wrappers first, on every builtin type; the tables then override.
    let types: Vec<Value> = t
        .all()
        .into_iter()
        .filter(|v| is_kind(*v, Kind::Type))
        .collect();
    for ty in types {
        for n in SLOT0 {
            set(it, ty, n, ARITY_SLOT0);
        }
        for n in SLOT1 {
            set(it, ty, n, ARITY_SLOT1);
        }
    }
    for (ty, noargs, one) in table {
        for n in noargs {
            set(it, ty, n, ARITY_NOARGS);
        }
        for n in one {
            set(it, ty, n, ARITY_ONE);
        }
    }
}
