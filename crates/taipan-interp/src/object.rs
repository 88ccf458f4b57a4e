//! Heap object layouts: the common header, the payload of every object kind,
//! and typed access to them from a `Value`.

use crate::dict::DictObj;
use crate::set::SetObj;
use crate::value::Value;
use num_bigint::BigInt;

/// Which payload follows the header (drives tracing and freeing).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Kind {
    Str,
    Bytes,
    Int,
    List,
    Tuple,
    Dict,
    Set,
    Range,
    Slice,
    Function,
    Native,
    Code,
    Cell,
    Method,
    Type,
    Instance,
    Module,
    Exception,
    Generator,
    Iter,
    Property,
    ClassMethod,
    StaticMethod,
    Super,
    File,
    DictView,
    Traceback,
    /// A float that must be its own object: a NaN, or a float subclass instance.
    Float,
    Complex,
}

/// Instance attributes: a hidden class (shape) and its slots, or a real dict
/// once `__dict__` was asked for (`shape == DICT_MODE`).
pub struct Attrs {
    pub shape: u32,
    pub slots: Vec<Value>,
    pub dict: Value,
}

pub const DICT_MODE: u32 = u32::MAX;

/// The header every heap object starts with; the type pointer comes first.
#[repr(C)]
pub struct Header {
    pub ty: *mut Header,
    pub kind: Kind,
    pub mark: bool,
    pub attrs: Option<Box<Attrs>>,
}

/// A heap object: header then payload.
#[repr(C)]
pub struct Obj<T> {
    pub hdr: Header,
    pub data: T,
}

pub struct StrObj {
    pub s: String,
    pub hash: i64,
    pub nchars: usize,
}
impl StrObj {
    pub fn is_ascii(&self) -> bool {
        self.nchars == self.s.len()
    }
}
pub struct BytesObj {
    pub b: Vec<u8>,
    pub mutable: bool,
}
pub struct IntObj(pub BigInt);
/// Payload of a heap float (NaNs and float-subclass instances; other floats are immediates).
pub struct FloatObj(pub f64);
pub struct ListObj {
    pub items: Vec<Value>,
}
pub struct TupleObj {
    pub items: Vec<Value>,
}
pub struct RangeObj {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    /// Bounds beyond the i64 representation (then the fields above are `0, 0, 1`).
    pub big: Option<Box<crate::range::BigRange>>,
}
pub struct SliceObj {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}
pub struct FuncObj {
    pub code: Value,
    pub globals: Value,
    pub name: Value,
    pub qualname: Value,
    pub defaults: Value,
    pub kwdefaults: Value,
    pub closure: Value,
    pub doc: Value,
    pub module: Value,
    pub annotations: Value,
}

/// Signature of every native function: positional args, keyword args.
pub type NativeFn = fn(&mut crate::Interp, &[Value], &[(Value, Value)]) -> crate::PyResult<Value>;

pub struct NativeObj {
    pub name: &'static str,
    pub f: NativeFn,
    /// A method descriptor: fetched through an instance it binds `self`.
    pub binds: bool,
    /// Bound receiver (module functions carry their module here) or NULL.
    pub bound: Value,
    /// The type a method descriptor belongs to (checked on calls), or NULL.
    pub owner: Value,
    /// Positional-argument check made by the call path (`crate::types::ARITY_*`).
    pub arity: u8,
    /// Audited for GC: every value it holds across a call back into Python
    /// is rooted, so called with a vouch it lets the GC run below it.
    pub rooted: bool,
}

/// A per-instruction inline cache entry (attribute and method loads).
#[derive(Clone, Copy, Default)]
pub struct ICache {
    /// Type pointer bits of the receiver.
    pub ty: u64,
    /// Interpreter epoch the entry was filled in (bumped on class changes and GC).
    pub epoch: u64,
    /// Receiver shape (or NO_ATTRS).
    pub shape: u32,
    pub slot: u32,
    /// Shape after a cached attribute-adding store, or u32::MAX.
    pub new_shape: u32,
    pub val: Value,
}

/// Shape marker for objects without an attribute table.
pub const NO_ATTRS: u32 = u32::MAX - 1;

pub struct CodeObj {
    pub code: Box<taipan_compiler::CodeObject>,
    pub instrs: Vec<taipan_compiler::Instr>,
    pub consts: Vec<Value>,
    pub names: Vec<Value>,
    pub varnames: Vec<Value>,
    pub name: Value,
    pub qualname: Value,
    pub filename: Value,
    pub nlocals: u32,
    pub ncells: u32,
    pub nfree: u32,
    /// For each cellvar, the argument slot it is initialised from (or -1).
    pub cell_args: Vec<i32>,
    pub hotness: u32,
    /// Inline caches, one per instruction.
    pub icache: Vec<ICache>,
}
impl CodeObj {
    pub fn nslots(&self) -> usize {
        (self.nlocals + self.ncells + self.nfree) as usize
    }
}
pub struct CellObj {
    pub v: Value,
}
pub struct MethodObj {
    pub func: Value,
    pub self_: Value,
}

/// A type object. `layout` is the kind of its instances.
pub struct TypeObj {
    pub name: String,
    pub qualname: String,
    pub bases: Vec<Value>,
    pub mro: Vec<Value>,
    pub dict: Value,
    pub layout: Kind,
    pub builtin: bool,
    /// Native constructor of the nearest builtin base (`int`, `list`...).
    pub ctor: Option<NativeFn>,
    pub unhashable: bool,
    /// Bumped on every change of this type's or a base's dict.
    pub version: u64,
    pub base_exc: bool,
    /// Attribute names allowed on instances when every class in the MRO
    /// declares `__slots__` (no `__dict__`); None otherwise.
    pub slot_names: Option<Vec<Value>>,
}

pub struct ModuleObj {
    pub name: Value,
    pub dict: Value,
}

pub struct ExcObj {
    pub args: Value,
    pub tb: Vec<(Value, u32)>,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenState {
    Created,
    Suspended,
    Running,
    Finished,
}

pub struct GenObj {
    pub func: Value,
    pub code: Value,
    pub globals: Value,
    pub ip: u32,
    pub slots: Vec<Value>,
    pub state: GenState,
    pub name: Value,
    pub qualname: Value,
}

pub enum IterState {
    Seq {
        seq: Value,
        idx: usize,
    },
    Range {
        cur: i64,
        stop: i64,
        step: i64,
    },
    /// A range iterator beyond 64 bits: `left` items remain.
    BigRange {
        cur: BigInt,
        step: BigInt,
        left: BigInt,
    },
    Str {
        s: Value,
        byte: usize,
    },
    Dict {
        dict: Value,
        idx: usize,
        which: u8,
        len: usize,
    },
    Set {
        set: Value,
        idx: usize,
        len: usize,
    },
    Enumerate {
        it: Value,
        n: Value,
    },
    Zip {
        its: Vec<Value>,
        strict: bool,
    },
    Map {
        f: Value,
        its: Vec<Value>,
    },
    Filter {
        f: Value,
        it: Value,
    },
    Reversed {
        seq: Value,
        idx: isize,
    },
    GetItem {
        obj: Value,
        idx: i64,
    },
    Callable {
        f: Value,
        sentinel: Value,
    },
    Done,
}
pub struct IterObj(pub IterState);

pub struct PropertyObj {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
}
pub struct WrapObj {
    pub f: Value,
}
pub struct SuperObj {
    pub ty: Value,
    pub obj: Value,
    pub obj_type: Value,
}
pub struct FileObj {
    pub name: String,
    pub mode: String,
    pub file: Option<std::fs::File>,
    pub rbuf: Vec<u8>,
    pub rpos: usize,
    pub wbuf: Vec<u8>,
    pub closed: bool,
    pub binary: bool,
    /// 1 stdout, 2 stderr, 0 a real file.
    pub std: u8,
}
pub struct DictViewObj {
    pub dict: Value,
    pub which: u8,
}
pub struct TracebackObj {
    pub entries: Vec<(Value, u32)>,
}

/// Typed access to a heap object's payload.
///
/// # Safety
/// `v` must be a pointer value to a live object whose kind stores `T`.
#[inline(always)]
pub unsafe fn payload<'a, T>(v: Value) -> &'a mut T {
    // SAFETY: guaranteed by the caller; `Obj<T>` is repr(C) with the header first.
    unsafe { &mut (*(v.as_ptr() as *mut Obj<T>)).data }
}

/// The header of a heap value.
///
/// # Safety
/// `v` must be a pointer value to a live object.
#[inline(always)]
pub unsafe fn header<'a>(v: Value) -> &'a mut Header {
    // SAFETY: guaranteed by the caller.
    unsafe { &mut *v.as_ptr() }
}

/// The kind of a heap value, None for immediates.
#[inline(always)]
pub fn kind_of(v: Value) -> Option<Kind> {
    if v.is_ptr() {
        // SAFETY: pointer values always point at live heap objects (GC invariant).
        Some(unsafe { (*v.as_ptr()).kind })
    } else {
        None
    }
}

#[inline(always)]
pub fn is_kind(v: Value, k: Kind) -> bool {
    kind_of(v) == Some(k)
}

macro_rules! accessor {
    ($name:ident, $kind:ident, $ty:ty) => {
        /// Payload accessor; panics in debug builds on a kind mismatch.
        #[inline(always)]
        pub fn $name<'a>(v: Value) -> &'a mut $ty {
            debug_assert!(is_kind(v, Kind::$kind), "expected {}", stringify!($kind));
            // SAFETY: callers check the kind before calling (debug-asserted above).
            unsafe { payload::<$ty>(v) }
        }
    };
}
accessor!(str_of, Str, StrObj);
accessor!(bytes_of, Bytes, BytesObj);
accessor!(bigint_of, Int, IntObj);
accessor!(float_obj_of, Float, FloatObj);
accessor!(list_of, List, ListObj);
accessor!(tuple_of, Tuple, TupleObj);
accessor!(dict_of, Dict, DictObj);
accessor!(set_of, Set, SetObj);
accessor!(range_of, Range, RangeObj);
accessor!(slice_of, Slice, SliceObj);
accessor!(func_of, Function, FuncObj);
accessor!(native_of, Native, NativeObj);
accessor!(code_of, Code, CodeObj);
accessor!(cell_of, Cell, CellObj);
accessor!(method_of, Method, MethodObj);
accessor!(type_of_obj, Type, TypeObj);
accessor!(module_of, Module, ModuleObj);
accessor!(exc_of, Exception, ExcObj);
accessor!(gen_of, Generator, GenObj);
accessor!(iter_of, Iter, IterObj);
accessor!(property_of, Property, PropertyObj);
accessor!(super_of, Super, SuperObj);
accessor!(file_of, File, FileObj);
accessor!(view_of, DictView, DictViewObj);
accessor!(tb_of, Traceback, TracebackObj);

/// ClassMethod / StaticMethod wrapped function.
#[inline(always)]
pub fn wrap_of<'a>(v: Value) -> &'a mut WrapObj {
    debug_assert!(is_kind(v, Kind::ClassMethod) || is_kind(v, Kind::StaticMethod));
    // SAFETY: both kinds store a WrapObj (checked in debug builds).
    unsafe { payload::<WrapObj>(v) }
}

/// The f64 of a float value: an immediate or a heap float (NaN or subclass).
#[inline(always)]
pub fn float_value(v: Value) -> Option<f64> {
    if v.is_float() {
        Some(v.as_float())
    } else if is_kind(v, Kind::Float) {
        Some(float_obj_of(v).0)
    } else {
        None
    }
}

/// True for any float value (immediate or heap), subclasses included.
#[inline(always)]
pub fn is_float_value(v: Value) -> bool {
    v.is_float() || is_kind(v, Kind::Float)
}

/// Convenience: the Rust string of a str value.
#[inline(always)]
pub fn as_str<'a>(v: Value) -> &'a str {
    // Checked even in release builds: natives call this on arguments, and a
    // wrong type must never read another layout's memory.
    if is_kind(v, Kind::Str) {
        &str_of(v).s
    } else {
        ""
    }
}

/// Calls `f` on every value directly referenced by the object at `p`.
///
/// # Safety
/// `p` must be a live object of this heap.
pub unsafe fn trace(p: *mut Header, f: &mut dyn FnMut(Value)) {
    // SAFETY: `p` is a live object (caller's contract).
    let h = unsafe { &*p };
    if let Some(a) = &h.attrs {
        a.slots.iter().for_each(|v| f(*v));
        f(a.dict);
    }
    f(Value::ptr(h.ty));
    let v = Value::ptr(p);
    match h.kind {
        Kind::Str | Kind::Bytes | Kind::Int | Kind::Float | Kind::Range | Kind::File => {}
        Kind::List => list_of(v).items.iter().for_each(|x| f(*x)),
        Kind::Tuple => tuple_of(v).items.iter().for_each(|x| f(*x)),
        Kind::Dict => dict_of(v).trace(f),
        Kind::Set => set_of(v).trace(f),
        Kind::Slice => {
            let s = slice_of(v);
            f(s.start);
            f(s.stop);
            f(s.step);
        }
        Kind::Function => {
            let x = func_of(v);
            for y in [
                x.code,
                x.globals,
                x.name,
                x.qualname,
                x.defaults,
                x.kwdefaults,
            ] {
                f(y);
            }
            for y in [x.closure, x.doc, x.module, x.annotations] {
                f(y);
            }
        }
        Kind::Native => {
            f(native_of(v).bound);
            f(native_of(v).owner);
        }
        Kind::Code => {
            let c = code_of(v);
            c.consts
                .iter()
                .chain(&c.names)
                .chain(&c.varnames)
                .for_each(|x| f(*x));
            f(c.name);
            f(c.qualname);
            f(c.filename);
        }
        Kind::Cell => f(cell_of(v).v),
        Kind::Method => {
            let m = method_of(v);
            f(m.func);
            f(m.self_);
        }
        Kind::Type => {
            let t = type_of_obj(v);
            t.bases.iter().chain(&t.mro).for_each(|x| f(*x));
            f(t.dict);
        }
        Kind::Instance => {}
        Kind::Module => {
            let m = module_of(v);
            f(m.name);
            f(m.dict);
        }
        Kind::Exception => {
            let e = exc_of(v);
            f(e.args);
            f(e.cause);
            f(e.context);
            e.tb.iter().for_each(|(c, _)| f(*c));
        }
        Kind::Generator => {
            let g = gen_of(v);
            for y in [g.func, g.code, g.globals, g.name, g.qualname] {
                f(y);
            }
            g.slots.iter().for_each(|x| f(*x));
        }
        Kind::Iter => match &iter_of(v).0 {
            IterState::Seq { seq, .. } => f(*seq),
            IterState::Range { .. } | IterState::BigRange { .. } | IterState::Done => {}
            IterState::Str { s, .. } => f(*s),
            IterState::Dict { dict, .. } => f(*dict),
            IterState::Set { set, .. } => f(*set),
            IterState::Enumerate { it, n } => {
                f(*it);
                f(*n);
            }
            IterState::Zip { its, .. } => its.iter().for_each(|x| f(*x)),
            IterState::Map { f: g, its } => {
                f(*g);
                its.iter().for_each(|x| f(*x));
            }
            IterState::Filter { f: g, it } => {
                f(*g);
                f(*it);
            }
            IterState::Reversed { seq, .. } => f(*seq),
            IterState::GetItem { obj, .. } => f(*obj),
            IterState::Callable { f: g, sentinel } => {
                f(*g);
                f(*sentinel);
            }
        },
        Kind::Property => {
            let p = property_of(v);
            for y in [p.fget, p.fset, p.fdel, p.doc] {
                f(y);
            }
        }
        Kind::ClassMethod | Kind::StaticMethod => f(wrap_of(v).f),
        Kind::Super => {
            let s = super_of(v);
            f(s.ty);
            f(s.obj);
            f(s.obj_type);
        }
        Kind::DictView => f(view_of(v).dict),
        Kind::Traceback => tb_of(v).entries.iter().for_each(|(c, _)| f(*c)),
        Kind::Complex => {}
    }
}

/// Frees the object at `p`.
///
/// # Safety
/// `p` must be a live object allocated by the heap and never used again.
pub unsafe fn free(p: *mut Header) {
    macro_rules! drop_as {
        ($t:ty) => {
            // SAFETY: the object was allocated as Box<Obj<$t>> for this kind.
            drop(unsafe { Box::from_raw(p as *mut Obj<$t>) })
        };
    }
    // SAFETY: `p` is live (caller's contract).
    let kind = unsafe { (*p).kind };
    match kind {
        Kind::Str => drop_as!(StrObj),
        Kind::Bytes => drop_as!(BytesObj),
        Kind::Int => drop_as!(IntObj),
        Kind::Float => drop_as!(FloatObj),
        Kind::List => drop_as!(ListObj),
        Kind::Tuple => drop_as!(TupleObj),
        Kind::Dict => drop_as!(DictObj),
        Kind::Set => drop_as!(SetObj),
        Kind::Range => drop_as!(RangeObj),
        Kind::Slice => drop_as!(SliceObj),
        Kind::Function => drop_as!(FuncObj),
        Kind::Native => drop_as!(NativeObj),
        Kind::Code => drop_as!(CodeObj),
        Kind::Cell => drop_as!(CellObj),
        Kind::Method => drop_as!(MethodObj),
        Kind::Type => drop_as!(TypeObj),
        Kind::Instance => drop_as!(()),
        Kind::Module => drop_as!(ModuleObj),
        Kind::Exception => drop_as!(ExcObj),
        Kind::Generator => drop_as!(GenObj),
        Kind::Iter => drop_as!(IterObj),
        Kind::Property => drop_as!(PropertyObj),
        Kind::ClassMethod | Kind::StaticMethod => drop_as!(WrapObj),
        Kind::Super => drop_as!(SuperObj),
        Kind::File => drop_as!(FileObj),
        Kind::DictView => drop_as!(DictViewObj),
        Kind::Traceback => drop_as!(TracebackObj),
        Kind::Complex => drop_as!(crate::complex::ComplexObj),
    }
}

/// Enumerates the roots by calling the given marker on each.
pub type RootsFn<'a> = dyn FnMut(&mut dyn FnMut(Value)) + 'a;

/// The heap: every allocated object, and the allocation debt that triggers
/// a collection at the next safepoint.
pub struct Heap {
    pub objects: Vec<*mut Header>,
    pub debt: usize,
    pub threshold: usize,
    /// Debug knob (`TAIPAN_GC_STRESS=N`): collect every N allocations instead
    /// of adapting the threshold to the live size; 0 = adaptive.
    pub stress: usize,
    /// Debug knob (`TAIPAN_GC_TRACE`): one stderr line per collection.
    pub trace: bool,
    pub collections: u64,
}

impl Default for Heap {
    fn default() -> Self {
        Heap {
            objects: Vec::with_capacity(1 << 16),
            debt: 0,
            threshold: 1 << 17,
            stress: 0,
            trace: false,
            collections: 0,
        }
    }
}

impl Heap {
    /// Allocates an object of `kind` with type `ty`.
    #[inline]
    pub fn alloc<T>(&mut self, ty: Value, kind: Kind, data: T) -> Value {
        let b = Box::new(Obj {
            hdr: Header {
                ty: ty.as_ptr(),
                kind,
                mark: false,
                attrs: None,
            },
            data,
        });
        let p = Box::into_raw(b) as *mut Header;
        self.objects.push(p);
        self.debt += 1;
        Value::ptr(p)
    }

    /// True when a collection is due.
    #[inline(always)]
    pub fn wants_gc(&self) -> bool {
        self.debt >= self.threshold
    }

    /// Mark-sweep from `roots`. Returns the number of objects freed.
    pub fn collect(&mut self, roots: &mut RootsFn<'_>) -> usize {
        let mut stack: Vec<*mut Header> = Vec::new();
        let mark = |v: Value, stack: &mut Vec<*mut Header>| {
            if v.is_ptr() {
                let p = v.as_ptr();
                // SAFETY: pointer values reference live objects.
                unsafe {
                    if !(*p).mark {
                        (*p).mark = true;
                        stack.push(p);
                    }
                }
            }
        };
        roots(&mut |v| mark(v, &mut stack));
        let mut children = Vec::new();
        while let Some(p) = stack.pop() {
            children.clear();
            // SAFETY: `p` came from the mark stack: a live, marked object.
            unsafe { trace(p, &mut |v| children.push(v)) };
            for &c in &children {
                mark(c, &mut stack);
            }
        }
        let before = self.objects.len();
        self.objects.retain(|&p| {
            // SAFETY: every entry of `objects` is live until freed here.
            unsafe {
                if (*p).mark {
                    (*p).mark = false;
                    true
                } else {
                    free(p);
                    false
                }
            }
        });
        let live = self.objects.len();
        self.debt = 0;
        self.threshold = if self.stress > 0 {
            self.stress
        } else {
            (live * 2).max(1 << 17)
        };
        self.collections += 1;
        before - live
    }
}

impl Drop for Heap {
    fn drop(&mut self) {
        for &p in &self.objects {
            // SAFETY: the heap owns every object; nothing uses them after drop.
            unsafe { free(p) };
        }
    }
}
