//! The interpreter state: heap, builtin types, interned names, the frame
//! stack, allocation helpers and error construction.

use crate::dict::DictObj;
use crate::object::*;
use crate::set::SetObj;
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::collections::HashMap;

/// The result of anything that can raise: `Err` holds the exception object.
pub type PyResult<T> = Result<T, Value>;

/// A frame on the contiguous frame stack (the tier ABI): code object,
/// instruction pointer, locals base and stack pointer into `Interp::stack`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct Frame {
    pub code: Value,
    pub ip: u32,
    /// Index of local slot 0 in the value stack.
    pub base: u32,
    /// Saved stack length while the frame is suspended in a call.
    pub sp: u32,
    /// Stack length to restore when the frame returns (drops callable/NULL).
    pub ret_sp: u32,
    pub func: Value,
    pub globals: Value,
    /// The locals mapping of module and class bodies, NULL for functions.
    pub locals: Value,
    /// The generator owning this frame, or NULL.
    pub gen: Value,
    /// Returning from this frame returns from the Rust `run` call.
    pub entry: bool,
}

macro_rules! names {
    ($($field:ident = $s:expr,)*) => {
        /// Interned strings used by the runtime.
        #[derive(Clone, Copy)]
        pub struct Names { $(pub $field: Value,)* }
        impl Names {
            fn new(interp: &mut Interp) -> Names {
                Names { $($field: interp.intern($s),)* }
            }
        }
    };
}
names! {
    init = "__init__", new = "__new__", repr = "__repr__", str_ = "__str__", eq = "__eq__",
    ne = "__ne__", lt = "__lt__", le = "__le__", gt = "__gt__", ge = "__ge__",
    hash = "__hash__", len = "__len__", iter = "__iter__", next = "__next__",
    getitem = "__getitem__", setitem = "__setitem__", delitem = "__delitem__",
    contains = "__contains__", call = "__call__", enter = "__enter__", exit = "__exit__",
    getattr = "__getattr__", getattribute = "__getattribute__", setattr = "__setattr__",
    delattr = "__delattr__", get = "__get__", set = "__set__", delete = "__delete__",
    bool_ = "__bool__", class = "__class__", dict = "__dict__", name = "__name__",
    qualname = "__qualname__", module = "__module__", doc = "__doc__",
    classcell = "__classcell__", init_subclass = "__init_subclass__", index = "__index__",
    neg = "__neg__", pos = "__pos__", invert = "__invert__", abs = "__abs__",
    int_ = "__int__", float_ = "__float__", format = "__format__", round = "__round__",
    main = "__main__", builtins = "__builtins__", file = "__file__", mro = "__mro__",
    bases = "__bases__", reversed = "__reversed__", missing = "__missing__",
    set_name = "__set_name__", slots = "__slots__", all = "__all__", path = "__path__",
    spec = "__spec__", package = "__package__", loader = "__loader__",
    empty = "", none = "None", true_ = "True", false_ = "False", args = "args",
    trunc = "__trunc__", floor = "__floor__", ceil = "__ceil__", annotations = "__annotations__",
    class_getitem = "__class_getitem__", prepare = "__prepare__", metaclass = "metaclass",
    send = "send", throw = "throw", close = "close", sizeof = "__sizeof__",
    instancecheck = "__instancecheck__", subclasscheck = "__subclasscheck__",
    length_hint = "__length_hint__", dir = "__dir__", fspath = "__fspath__",
    mro_entries = "__mro_entries__", weakref = "__weakref__", match_args = "__match_args__",
    keys = "keys",
}

macro_rules! types {
    ($($field:ident,)*) => {
        /// The builtin type objects.
        #[derive(Clone, Copy)]
        pub struct Types { $(pub $field: Value,)* }
        impl Types {
            fn empty() -> Types { Types { $($field: Value::NULL,)* } }
            pub fn all(&self) -> Vec<Value> { vec![$(self.$field,)*] }
        }
    };
}
types! {
    type_, object, int, bool_, float, complex, str_, bytes, bytearray, list, tuple, dict, set,
    frozenset, range, slice, function, builtin_function, method, code, cell, module, none,
    not_implemented_type, ellipsis_type, generator, list_iterator, tuple_iterator, str_iterator,
    range_iterator, longrange_iterator, dict_keyiterator, dict_valueiterator, dict_itemiterator, set_iterator,
    enumerate, zip, map, filter, reversed, list_reverseiterator, callable_iterator, iterator, property, classmethod,
    staticmethod, super_, file, dict_keys, dict_values, dict_items, traceback, method_descriptor,
    // exceptions used by the runtime
    base_exception, exception, type_error, value_error, key_error, index_error, attribute_error,
    name_error, unbound_local_error, zero_division_error, stop_iteration, overflow_error,
    recursion_error, runtime_error, import_error, module_not_found_error, assertion_error,
    not_implemented_error, system_exit, os_error, file_not_found_error, lookup_error,
    arithmetic_error, generator_exit, keyboard_interrupt, syntax_error, indentation_error,
    unicode_error, unicode_decode_error, memory_error, eof_error, stop_async_iteration,
    is_a_directory_error, permission_error, floating_point_error, tab_error, unicode_encode_error,
    buffer_error, connection_error, timeout_error, file_exists_error, not_a_directory_error,
    interrupted_error, child_process_error, blocking_io_error, broken_pipe_error,
    connection_aborted_error, connection_refused_error, connection_reset_error,
    process_lookup_error, reference_error, system_error, warning, user_warning,
    deprecation_warning, pending_deprecation_warning, syntax_warning, runtime_warning,
    future_warning, import_warning, unicode_warning, bytes_warning, resource_warning,
    encoding_warning, unicode_translate_error,
}

/// A fast hasher for word-sized keys (pointers, interned-string values).
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

impl std::hash::Hasher for FxHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.write_u64(*b as u64);
        }
    }
    fn write_u64(&mut self, x: u64) {
        self.0 = (self.0.rotate_left(5) ^ x).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

pub type FxMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<FxHasher>>;

/// A hidden class: the attribute names of instances in slot order.
pub struct Shape {
    pub keys: Vec<Value>,
    pub index: FxMap<u64, u32>,
    pub transitions: FxMap<u64, u32>,
}

/// Runtime options set by the CLI.
#[derive(Clone, Debug, Default)]
pub struct Options {
    pub jit: Option<String>,
    pub jit_threshold: Option<u32>,
    pub jit_stats: bool,
    pub perf: bool,
    pub stats: bool,
    pub uops: bool,
    pub xoptions: Vec<(String, Option<String>)>,
    /// `-m pkg.mod`: the package the main module belongs to (`__package__`).
    pub main_package: Option<String>,
}

/// The interpreter: one per thread of Python execution.
pub struct Interp {
    pub heap: Heap,
    pub stack: Vec<Value>,
    pub frames: Vec<Frame>,
    pub t: Types,
    pub n: Names,
    pub interned: HashMap<String, Value>,
    pub shapes: Vec<Shape>,
    pub builtins: Value,
    pub builtins_dict: Value,
    pub sys: Value,
    pub modules: Value,
    pub not_implemented: Value,
    pub ellipsis: Value,
    pub empty_tuple: Value,
    /// The exception currently being handled (`sys.exc_info()`), or None.
    pub exc_info: Value,
    /// Values held by native code across calls that may collect (the shadow
    /// root stack; see `root` / `unroot_to`).
    pub shadow: Vec<Value>,
    pub recursion_limit: usize,
    pub native_depth: usize,
    /// Rust call chains now on the stack that may hold unrooted values across
    /// a call back into Python; the GC runs only while this is 0.
    pub gc_unsafe: u32,
    /// Set by `vouch` right before a call: the caller's Rust chain holds only
    /// rooted values. Taken (reset) by the next entry point that reads it.
    pub gc_window: bool,
    /// Collections run below a native call back into Python (for tests).
    pub gc_nested: u64,
    pub yielded: bool,
    /// Keep stdout in `out` instead of writing it (tests).
    pub capture_stdout: bool,
    /// Validity epoch of inline caches (starts at 1 so empty entries miss).
    pub epoch: u64,
    /// Bumped only when a class changes (not by collections): traces guard
    /// their attribute and method lookups on it, through its stable address.
    pub type_epoch: Box<u64>,
    /// (type, name) -> (type_lookup, user_lookup) results; cleared whenever
    /// any class dict changes and at every collection.
    pub lookup_cache: FxMap<(u64, u64), (Option<Value>, Option<Value>)>,
    /// Set by `Reraise(n)`: the lasti to push for the next handler.
    pub reraise_lasti: Option<u32>,
    pub repr_stack: Vec<Value>,
    pub out: Vec<u8>,
    pub argv: Vec<String>,
    pub path: Vec<String>,
    pub options: Options,
    pub tier2: Option<Box<dyn crate::Tier2>>,
    /// Installed traces; a `JUMP_BACKWARD`'s inline cache names its entry.
    pub executors: Vec<Box<dyn crate::Executor>>,
    /// A trace is being recorded (tier 1 reports every instruction).
    pub recording: bool,
    /// The code object and back edge being recorded.
    pub recording_site: (Value, usize),
    /// Back edges before a loop is recorded (`-X jit-threshold`).
    pub jit_threshold: u32,
    pub set_finger: usize,
    pub exc_names: HashMap<&'static str, Value>,
    pub sources: HashMap<String, String>,
    pub random_state: Option<Box<dyn std::any::Any>>,
    pub start_time: std::time::Instant,
    pub stdout_obj: Value,
    pub stderr_obj: Value,
    pub stdin_obj: Value,
}

impl Interp {
    /// Creates an interpreter with the builtin types, builtins and sys.
    pub fn new() -> Box<Interp> {
        let mut it = Box::new(Interp {
            heap: Heap::default(),
            stack: Vec::with_capacity(1 << 16),
            frames: Vec::with_capacity(256),
            t: Types::empty(),
            n: unsafe_zeroed_names(),
            interned: HashMap::with_capacity(1024),
            shapes: vec![Shape {
                keys: vec![],
                index: FxMap::default(),
                transitions: FxMap::default(),
            }],
            builtins: Value::NULL,
            builtins_dict: Value::NULL,
            sys: Value::NULL,
            modules: Value::NULL,
            not_implemented: Value::NULL,
            ellipsis: Value::NULL,
            empty_tuple: Value::NULL,
            exc_info: Value::NONE,
            shadow: Vec::new(),
            recursion_limit: 1000,
            native_depth: 0,
            gc_unsafe: 0,
            gc_window: false,
            gc_nested: 0,
            yielded: false,
            capture_stdout: false,
            epoch: 1,
            lookup_cache: FxMap::default(),
            reraise_lasti: None,
            repr_stack: Vec::new(),
            out: Vec::with_capacity(1 << 16),
            argv: vec![String::new()],
            path: vec![],
            options: Options::default(),
            tier2: None,
            executors: Vec::new(),
            recording: false,
            type_epoch: Box::new(0),
            recording_site: (Value::NULL, 0),
            jit_threshold: 16,
            set_finger: 0,
            exc_names: HashMap::new(),
            sources: HashMap::new(),
            random_state: None,
            start_time: std::time::Instant::now(),
            stdout_obj: Value::NULL,
            stderr_obj: Value::NULL,
            stdin_obj: Value::NULL,
        });
        crate::types::init_types(&mut it);
        it.n = Names::new(&mut it);
        crate::types::init_type_dicts(&mut it);
        crate::builtins::init_builtins(&mut it);
        if let Some(n) = std::env::var("TAIPAN_GC_STRESS")
            .ok()
            .and_then(|v| v.parse::<usize>().ok())
            .filter(|&n| n > 0)
        {
            it.heap.stress = n;
            it.heap.threshold = n;
        }
        it.heap.trace = std::env::var_os("TAIPAN_GC_TRACE").is_some();
        it
    }

    // ---------------------------------------------------------------- alloc

    #[inline]
    pub fn alloc<T>(&mut self, ty: Value, kind: Kind, data: T) -> Value {
        self.heap.alloc(ty, kind, data)
    }

    pub fn intern(&mut self, s: &str) -> Value {
        if let Some(v) = self.interned.get(s) {
            return *v;
        }
        let v = self.new_str(s.to_string());
        self.interned.insert(s.to_string(), v);
        v
    }

    /// Interns an existing str value (returns the canonical object).
    pub fn intern_value(&mut self, v: Value) -> Value {
        if let Some(x) = self.interned.get(as_str(v)) {
            return *x;
        }
        let s = as_str(v).to_string();
        self.interned.insert(s, v);
        v
    }

    pub fn new_str(&mut self, s: String) -> Value {
        self.heap.debt += s.len() >> 6;
        let nchars = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        self.alloc(
            self.t.str_,
            Kind::Str,
            StrObj {
                s,
                hash: -1,
                nchars,
            },
        )
    }
    pub fn str_val(&mut self, s: &str) -> Value {
        if s.len() <= 1 {
            return self.intern(s);
        }
        self.new_str(s.to_string())
    }
    pub fn new_bytes(&mut self, b: Vec<u8>) -> Value {
        self.alloc(self.t.bytes, Kind::Bytes, BytesObj { b, mutable: false })
    }
    pub fn new_bytearray(&mut self, b: Vec<u8>) -> Value {
        self.alloc(self.t.bytearray, Kind::Bytes, BytesObj { b, mutable: true })
    }
    /// A Python float: an immediate, except NaNs, which are fresh heap objects
    /// so that identity behaves as in CPython (`[nan1] == [nan2]` is False).
    #[inline]
    pub fn new_float(&mut self, f: f64) -> Value {
        if f.is_nan() {
            self.alloc(self.t.float, Kind::Float, FloatObj(f))
        } else {
            Value::float(f)
        }
    }
    pub fn new_list(&mut self, items: Vec<Value>) -> Value {
        self.heap.debt += items.len() >> 3;
        self.alloc(self.t.list, Kind::List, ListObj { items })
    }
    pub fn new_tuple(&mut self, items: Vec<Value>) -> Value {
        self.heap.debt += items.len() >> 3;
        if items.is_empty() && !self.empty_tuple.is_null() {
            return self.empty_tuple;
        }
        self.alloc(self.t.tuple, Kind::Tuple, TupleObj { items })
    }
    pub fn new_dict(&mut self) -> Value {
        self.alloc(self.t.dict, Kind::Dict, DictObj::new())
    }
    pub fn new_set(&mut self, frozen: bool) -> Value {
        let ty = if frozen { self.t.frozenset } else { self.t.set };
        self.alloc(ty, Kind::Set, SetObj::new(frozen))
    }
    pub fn new_cell(&mut self, v: Value) -> Value {
        self.alloc(self.t.cell, Kind::Cell, CellObj { v })
    }
    pub fn new_method(&mut self, func: Value, self_: Value) -> Value {
        self.alloc(self.t.method, Kind::Method, MethodObj { func, self_ })
    }
    pub fn new_iter(&mut self, ty: Value, st: IterState) -> Value {
        self.alloc(ty, Kind::Iter, IterObj(st))
    }
    pub fn new_native(
        &mut self,
        name: &'static str,
        f: NativeFn,
        binds: bool,
        owner: Value,
    ) -> Value {
        self.alloc(
            self.t.builtin_function,
            Kind::Native,
            NativeObj {
                name,
                f,
                binds,
                bound: Value::NULL,
                owner,
                arity: crate::types::ARITY_ANY,
                rooted: crate::builtins::is_rooted_native(f),
            },
        )
    }

    /// An int from a BigInt, inline when it fits.
    pub fn int_from_big(&mut self, b: BigInt) -> Value {
        if let Some(i) = b.to_i64() {
            if Value::fits_small(i) {
                return Value::small_int(i);
            }
        }
        self.alloc(self.t.int, Kind::Int, IntObj(b))
    }
    /// An int value: an immediate when it fits (inlined into the eval loop's
    /// fast paths), else a heap BigInt (out of line).
    #[inline(always)]
    pub fn int(&mut self, i: i64) -> Value {
        if Value::fits_small(i) {
            Value::small_int(i)
        } else {
            self.int_big_i64(i)
        }
    }
    #[cold]
    #[inline(never)]
    fn int_big_i64(&mut self, i: i64) -> Value {
        self.alloc(self.t.int, Kind::Int, IntObj(BigInt::from(i)))
    }
    pub fn int_i128(&mut self, i: i128) -> Value {
        if let Ok(x) = i64::try_from(i) {
            self.int(x)
        } else {
            self.int_from_big(BigInt::from(i))
        }
    }

    // --------------------------------------------------------------- types

    /// The type object of any value.
    #[inline]
    pub fn type_of(&self, v: Value) -> Value {
        if v.is_float() {
            self.t.float
        } else if v.is_small_int() {
            self.t.int
        } else if v.is_ptr() {
            // SAFETY: pointer values are live heap objects.
            Value::ptr(unsafe { (*v.as_ptr()).ty })
        } else if v.is_bool() {
            self.t.bool_
        } else {
            self.t.none
        }
    }

    pub fn type_name(&self, v: Value) -> String {
        type_of_obj(self.type_of(v)).name.clone()
    }

    /// `sub` is `base` or derives from it (MRO membership).
    pub fn is_subtype(&self, sub: Value, base: Value) -> bool {
        sub == base || type_of_obj(sub).mro.contains(&base)
    }

    pub fn isinstance(&self, v: Value, ty: Value) -> bool {
        let t = self.type_of(v);
        t == ty || self.is_subtype(t, ty)
    }

    /// Looks `name` (interned) up along the MRO of type `ty`.
    /// Looks `name` (interned) up along the MRO of type `ty`.
    #[inline]
    pub fn type_lookup(&mut self, ty: Value, name: Value) -> Option<Value> {
        self.cached_lookup(ty, name).0
    }

    /// Like `type_lookup` but only finds definitions from non-builtin classes.
    #[inline]
    pub fn user_lookup(&mut self, ty: Value, name: Value) -> Option<Value> {
        self.cached_lookup(ty, name).1
    }

    fn cached_lookup(&mut self, ty: Value, name: Value) -> (Option<Value>, Option<Value>) {
        if let Some(r) = self.lookup_cache.get(&(ty.0, name.0)) {
            return *r;
        }
        let mut full = None;
        let mut user = None;
        let mut in_user = true;
        for &t in &type_of_obj(ty).mro {
            let to = type_of_obj(t);
            if to.builtin {
                in_user = false;
            }
            if let Some(v) = dict_get_str(dict_of(to.dict), name) {
                full = Some(v);
                if in_user {
                    user = Some(v);
                }
                break;
            }
        }
        if self.lookup_cache.len() > 100_000 {
            self.lookup_cache.clear();
        }
        self.lookup_cache.insert((ty.0, name.0), (full, user));
        (full, user)
    }

    /// Invalidates cached class attribute lookups (a class dict changed).
    pub fn types_changed(&mut self) {
        self.lookup_cache.clear();
        self.epoch += 1;
        *self.type_epoch += 1;
    }

    // -------------------------------------------------------------- errors

    /// A new exception instance of `ty` with a message argument.
    pub fn new_exc(&mut self, ty: Value, msg: &str) -> Value {
        let s = self.new_str(msg.to_string());
        let args = self.new_tuple(vec![s]);
        self.new_exc_args(ty, args)
    }
    pub fn new_exc_args(&mut self, ty: Value, args: Value) -> Value {
        self.alloc(
            ty,
            Kind::Exception,
            ExcObj {
                args,
                tb: Vec::new(),
                cause: Value::NONE,
                context: Value::NONE,
                suppress_context: false,
            },
        )
    }
    pub fn err<T>(&mut self, ty: Value, msg: impl AsRef<str>) -> PyResult<T> {
        Err(self.new_exc(ty, msg.as_ref()))
    }
    pub fn type_err<T>(&mut self, msg: impl AsRef<str>) -> PyResult<T> {
        self.err(self.t.type_error, msg)
    }
    pub fn value_err<T>(&mut self, msg: impl AsRef<str>) -> PyResult<T> {
        self.err(self.t.value_error, msg)
    }
    pub fn index_err<T>(&mut self, msg: impl AsRef<str>) -> PyResult<T> {
        self.err(self.t.index_error, msg)
    }
    pub fn key_err<T>(&mut self, key: Value) -> PyResult<T> {
        let args = self.new_tuple(vec![key]);
        Err(self.new_exc_args(self.t.key_error, args))
    }
    pub fn stop_iteration(&mut self, v: Value) -> Value {
        let args = if v.is_none() {
            self.empty_tuple
        } else {
            self.new_tuple(vec![v])
        };
        self.new_exc_args(self.t.stop_iteration, args)
    }
    pub fn attr_err<T>(&mut self, obj: Value, name: Value) -> PyResult<T> {
        let msg = if is_kind(obj, Kind::Type) {
            format!(
                "type object '{}' has no attribute '{}'",
                type_of_obj(obj).name,
                as_str(name)
            )
        } else if is_kind(obj, Kind::Module) {
            let m = module_of(obj).name;
            format!("module '{}' has no attribute '{}'", as_str(m), as_str(name))
        } else {
            format!(
                "'{}' object has no attribute '{}'",
                self.type_name(obj),
                as_str(name)
            )
        };
        let e = self.new_exc(self.t.attribute_error, &msg);
        Err(e)
    }
    pub fn zero_div<T>(&mut self, msg: &str) -> PyResult<T> {
        self.err(self.t.zero_division_error, msg)
    }
    pub fn overflow<T>(&mut self, msg: &str) -> PyResult<T> {
        self.err(self.t.overflow_error, msg)
    }
    pub fn recursion_err<T>(&mut self, suffix: &str) -> PyResult<T> {
        let msg = format!("maximum recursion depth exceeded{suffix}");
        self.err(self.t.recursion_error, msg)
    }

    /// Exception type by CPython name (for builtins and tests).
    pub fn exc_type(&self, name: &str) -> Value {
        self.exc_names
            .get(name)
            .copied()
            .unwrap_or(self.t.exception)
    }

    // ---------------------------------------------------------------- misc

    /// Flushes buffered stdout.
    pub fn flush_stdout(&mut self) {
        use std::io::Write;
        if self.capture_stdout {
            return;
        }
        if !self.out.is_empty() {
            let mut so = std::io::stdout().lock();
            let _ = so.write_all(&self.out);
            let _ = so.flush();
            self.out.clear();
        }
    }
    pub fn write_stdout(&mut self, s: &str) {
        self.out.extend_from_slice(s.as_bytes());
        if self.out.len() > (1 << 16) {
            self.flush_stdout();
        }
    }
    pub fn write_stderr(&mut self, s: &str) {
        use std::io::Write;
        self.flush_stdout();
        let _ = std::io::stderr().write_all(s.as_bytes());
    }

    /// Shape transition: the shape reached from `shape` by adding `name`.
    pub fn shape_add(&mut self, shape: u32, name: Value) -> u32 {
        if let Some(&s) = self.shapes[shape as usize].transitions.get(&name.0) {
            return s;
        }
        let mut keys = self.shapes[shape as usize].keys.clone();
        keys.push(name);
        let index = keys
            .iter()
            .enumerate()
            .map(|(i, k)| (k.0, i as u32))
            .collect();
        let id = self.shapes.len() as u32;
        self.shapes.push(Shape {
            keys,
            index,
            transitions: FxMap::default(),
        });
        self.shapes[shape as usize].transitions.insert(name.0, id);
        id
    }

    // ------------------------------------------------------ native rooting
    //
    // The GC may run inside any call back into Python, but only when every Rust
    // frame between the running frame and the outermost eval loop holds
    // nothing the collector cannot see. The protocol (see ARCHITECTURE.md):
    // - `root(v)` pushes `v` on the shadow stack; `unroot_to(mark)` drops
    //   everything pushed since `let mark = it.roots_mark()`.
    // - `vouch()` right before `call` / `next` / `type_call` / `gen_send` /
    //   `collect_iter` says: "my chain holds only rooted values, and the callee
    //   and its arguments are rooted". The callee takes the vouch at once.
    // - Each of those entry points, and every native call, is a *section*:
    //   entered without a vouch it counts in `gc_unsafe` until it returns, so
    //   nothing below it collects. Natives flagged `rooted` (audited) that are
    //   called with a vouch run without counting.

    /// Roots `v` for native code (pops with `unroot_to`).
    #[inline]
    pub fn root(&mut self, v: Value) {
        self.shadow.push(v);
    }
    /// The shadow-stack height to restore with `unroot_to`.
    #[inline]
    pub fn roots_mark(&self) -> usize {
        self.shadow.len()
    }
    /// Drops the roots pushed since `mark`.
    #[inline]
    pub fn unroot_to(&mut self, mark: usize) {
        self.shadow.truncate(mark);
    }
    /// The caller vouches for its chain before the next call (see above).
    #[inline]
    pub fn vouch(&mut self) {
        self.gc_window = true;
    }
    /// Enters a section: takes the vouch; without one, blocks collection
    /// until the matching `leave_section`.
    #[inline]
    pub fn enter_section(&mut self) -> bool {
        let w = std::mem::take(&mut self.gc_window);
        if !w {
            self.gc_unsafe += 1;
        }
        w
    }
    /// Leaves a section entered with `enter_section` (pass its result).
    #[inline]
    pub fn leave_section(&mut self, vouched: bool) {
        if !vouched {
            self.gc_unsafe -= 1;
        }
    }
    /// Runs `f` as a section (see `enter_section`).
    #[inline]
    pub fn section<T>(&mut self, f: impl FnOnce(&mut Interp) -> T) -> T {
        let w = self.enter_section();
        let r = f(self);
        self.leave_section(w);
        r
    }

    /// Runs a collection if the allocation debt asks for one. Only called at
    /// safepoints; collects only when no Rust chain holds unrooted values.
    pub fn maybe_gc(&mut self) {
        if self.heap.wants_gc() && self.gc_unsafe == 0 {
            self.collect_garbage();
        }
    }

    /// `gc.collect()`: collects when every live value is rooted; otherwise
    /// does nothing.
    pub fn collect_garbage_if_safe(&mut self) -> usize {
        if self.gc_unsafe == 0 {
            self.collect_garbage()
        } else {
            0
        }
    }

    pub fn collect_garbage(&mut self) -> usize {
        self.lookup_cache.clear();
        self.epoch += 1;
        let mut heap = std::mem::take(&mut self.heap);
        let freed = heap.collect(&mut |mark: &mut dyn FnMut(Value)| {
            self.stack.iter().for_each(|v| mark(*v));
            for f in &self.frames {
                for v in [f.code, f.func, f.globals, f.locals, f.gen] {
                    mark(v);
                }
            }
            self.t.all().into_iter().for_each(&mut *mark);
            for e in &self.executors {
                e.roots(&mut *mark);
            }
            self.interned.values().for_each(|v| mark(*v));
            for s in &self.shapes {
                s.keys.iter().for_each(|v| mark(*v));
            }
            for v in [
                self.builtins,
                self.builtins_dict,
                self.sys,
                self.modules,
                self.not_implemented,
            ] {
                mark(v);
            }
            for v in [
                self.ellipsis,
                self.empty_tuple,
                self.exc_info,
                self.stdout_obj,
                self.stderr_obj,
            ] {
                mark(v);
            }
            mark(self.stdin_obj);
            self.shadow.iter().for_each(|v| mark(*v));
            self.repr_stack.iter().for_each(|v| mark(*v));
            self.exc_names.values().for_each(|v| mark(*v));
        });
        // Keep the heap's own reservation when putting it back.
        self.heap = heap;
        if self.native_depth > 1 {
            self.gc_nested += 1;
        }
        if self.heap.trace {
            eprintln!(
                "gc: live={} freed={} native_depth={}",
                self.heap.objects.len(),
                freed,
                self.native_depth
            );
        }
        freed
    }
}

fn unsafe_zeroed_names() -> Names {
    // Filled in by `Names::new` right after the types exist; NULL until then.
    // SAFETY: Names is a plain struct of `Value`s (u64), for which every bit
    // pattern is valid; it is overwritten before any use.
    unsafe { std::mem::zeroed() }
}

/// Fast lookup of an interned-str key in a dict whose keys are strings
/// (type and module dicts): identity first, then string equality.
pub fn dict_get_str(d: &DictObj, name: Value) -> Option<Value> {
    let h = str_hash(name);
    d.find(name, h, &mut |a, b| Ok(str_eq(a, b)))
        .ok()
        .flatten()
        .map(|i| d.entries[i].value)
}

/// Hash of a str value (cached).
#[inline]
pub fn str_hash(v: Value) -> i64 {
    let s = str_of(v);
    if s.hash != -1 {
        return s.hash;
    }
    let h = hash_bytes(s.s.as_bytes());
    s.hash = h;
    h
}

/// FNV-1a style string hash, never -1.
pub fn hash_bytes(b: &[u8]) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &c in b {
        h ^= c as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h ^= h >> 29;
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Equality of two str values (either may be non-str: false).
#[inline]
pub fn str_eq(a: Value, b: Value) -> bool {
    a == b || (is_kind(a, Kind::Str) && is_kind(b, Kind::Str) && str_of(a).s == str_of(b).s)
}
