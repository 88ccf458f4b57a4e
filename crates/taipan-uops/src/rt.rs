//! The runtime side of tier 2: the context a trace runs in ([`Rt`]), the
//! runtime helpers uops call (one `extern "C"` function per name in
//! `abi::HELPER_NAMES`), and the guard records their operands point to.
//!
//! Helper protocol (see `abi`): on entry `state.sp` is the stack pointer
//! before the uop. A helper first syncs the interpreter's value stack to it
//! (so a collection or a nested call sees every trace value), records the
//! instruction in the frame (tracebacks, line numbers), works through the
//! interpreter's own operations, and writes `locals`/`sp` back because the
//! value stack may have moved. A helper that side-exits changes nothing.

use crate::abi::{TraceState, HELPER_ERROR, HELPER_OK, HELPER_SIDE_EXIT};
use smallvec::SmallVec;
use taipan_compiler::bytecode::{BinaryOpArg, CompareOpArg};
use taipan_interp::eval::recv_shape;
use taipan_interp::object::*;
use taipan_interp::{Interp, PyResult, Value};

/// The runtime context of one trace run (`TraceState::rt`).
pub struct Rt {
    pub it: *mut Interp,
    /// Index of the frame the trace runs on.
    pub fi: usize,
    /// Value-stack index of the frame's local slot 0.
    pub base: usize,
    /// The exception of an error exit.
    pub exc: Value,
}

/// What a helper body decided.
enum H {
    Ok,
    SideExit,
}

/// Guard record of `GUARD_GLOBALS`: the globals and builtins dicts and
/// their versions when the trace was recorded.
#[repr(C)]
pub struct GlobalsGuard {
    pub globals: Value,
    pub gver: u64,
    pub builtins: Value,
    pub bver: u64,
}

/// Cache record of `LOAD_GLOBAL_CACHED`: the value of the global when the
/// globals and builtins dicts had these versions.
#[repr(C)]
pub struct GlobalCache {
    pub globals: Value,
    pub gver: u64,
    pub builtins: Value,
    pub bver: u64,
    pub value: Value,
}

/// Guard record of the instance attribute and method uops.
#[repr(C)]
pub struct AttrGuard {
    /// The receiver's exact type.
    pub ty: Value,
    /// The receiver's shape (before the store, for stores).
    pub shape: u32,
    pub slot: u32,
    /// For attribute-adding stores the shape after, else `u32::MAX`.
    pub new_shape: u32,
    /// `Interp::type_epoch` when recorded, and where it lives.
    pub type_epoch: u64,
    pub type_epoch_at: *const u64,
    /// The method (`LOAD_METHOD_CACHED`).
    pub value: Value,
}

/// Guard record of the module attribute uops.
#[repr(C)]
pub struct ModuleGuard {
    pub module: Value,
    pub version: u64,
    pub value: Value,
}

#[inline(always)]
unsafe fn enter<'a>(st: *mut TraceState, target: u64) -> (&'a mut Interp, &'a mut Rt) {
    // SAFETY: `st.rt` is the `Rt` of the running trace and `rt.it` the
    // interpreter, which no one else touches while the helper runs.
    unsafe {
        let rt = &mut *((*st).rt as *mut Rt);
        let it = &mut *rt.it;
        let p = it.stack.as_mut_ptr() as *mut u64;
        let len = (*st).sp.offset_from(p) as usize;
        // The trace wrote its values (plain words) within the capacity.
        it.stack.set_len(len);
        it.frames[rt.fi].ip = target as u32 + 1;
        (it, rt)
    }
}

#[inline(always)]
unsafe fn leave(st: *mut TraceState, it: &mut Interp, rt: &mut Rt, r: PyResult<H>) -> u64 {
    let p = it.stack.as_mut_ptr() as *mut u64;
    // SAFETY: the stack holds at least the frame's slots.
    unsafe {
        (*st).locals = p.add(rt.base);
        (*st).sp = p.add(it.stack.len());
    }
    match r {
        Ok(H::Ok) => HELPER_OK,
        Ok(H::SideExit) => HELPER_SIDE_EXIT,
        Err(e) => {
            rt.exc = e;
            HELPER_ERROR
        }
    }
}

macro_rules! helpers {
    ($(
        $(#[doc = $doc:literal])*
        fn $name:ident($it:ident, $rt:ident, $oparg:ident, $operand:ident) $body:block
    )*) => {
        $(
            $(#[doc = $doc])*
            ///
            /// # Safety
            /// Called by a running trace under the helper protocol.
            #[no_mangle]
            #[allow(unused_variables)]
            pub unsafe extern "C" fn $name(
                st: *mut TraceState,
                $oparg: u64,
                $operand: u64,
                target: u64,
            ) -> u64 {
                // SAFETY: the helper protocol.
                let ($it, $rt) = unsafe { enter(st, target) };
                #[inline(always)]
                fn body($it: &mut Interp, $rt: &mut Rt, $oparg: u64, $operand: u64) -> PyResult<H> $body
                let r = body($it, $rt, $oparg, $operand);
                // SAFETY: as above.
                unsafe { leave(st, $it, $rt, r) }
            }
        )*
    };
}

#[inline(always)]
fn pop(it: &mut Interp) -> Value {
    it.stack.pop().unwrap_or(Value::NULL)
}

#[inline(always)]
fn peek(it: &Interp, n: usize) -> Value {
    it.stack[it.stack.len() - n]
}

/// The frame's name `oparg` (LOAD_ATTR and friends).
fn name(it: &Interp, rt: &Rt, oparg: u64) -> Value {
    code_of(it.frames[rt.fi].code).names[oparg as usize]
}

fn instance_slots(v: Value) -> Option<&'static mut taipan_interp::object::Attrs> {
    if !is_kind(v, Kind::Instance) {
        return None;
    }
    // SAFETY: a live instance.
    unsafe { header(v) }.attrs.as_deref_mut()
}

helpers! {
    /// Any binary operator.
    fn taipan_binary_op(it, rt, oparg, operand) {
        let b = pop(it);
        let a = pop(it);
        let op = BinaryOpArg::from_arg(oparg as u32).unwrap_or(BinaryOpArg::Add);
        let v = it.binary_op(a, b, op)?;
        it.stack.push(v);
        Ok(H::Ok)
    }
    /// Any comparison.
    fn taipan_compare_op(it, rt, oparg, operand) {
        let b = pop(it);
        let a = pop(it);
        let op = CompareOpArg::from_arg(oparg as u32).unwrap_or(CompareOpArg::Eq);
        let v = it.compare(a, b, op)?;
        it.stack.push(v);
        Ok(H::Ok)
    }
    /// `in` / `not in`.
    fn taipan_contains_op(it, rt, oparg, operand) {
        let b = pop(it);
        let a = pop(it);
        let r = it.contains(b, a)?;
        it.stack.push(Value::bool(r != (oparg == 1)));
        Ok(H::Ok)
    }
    /// `is` / `is not`.
    fn taipan_is_op(it, rt, oparg, operand) {
        let b = pop(it);
        let a = pop(it);
        let r = it.is(a, b);
        it.stack.push(Value::bool(r != (oparg == 1)));
        Ok(H::Ok)
    }
    /// Unary `-`, `+`, `~` (0..=2) and `not` (3).
    fn taipan_unary_op(it, rt, oparg, operand) {
        let a = pop(it);
        let v = if oparg == 3 {
            Value::bool(!it.truthy(a)?)
        } else {
            it.unary_op(a, oparg as u8)?
        };
        it.stack.push(v);
        Ok(H::Ok)
    }
    /// Truth value.
    fn taipan_to_bool(it, rt, oparg, operand) {
        let a = pop(it);
        let b = it.truthy(a)?;
        it.stack.push(Value::bool(b));
        Ok(H::Ok)
    }
    /// `container[key]`.
    fn taipan_subscr(it, rt, oparg, operand) {
        let key = pop(it);
        let c = pop(it);
        let v = it.getitem(c, key)?;
        it.stack.push(v);
        Ok(H::Ok)
    }
    /// `container[key] = v`.
    fn taipan_store_subscr(it, rt, oparg, operand) {
        let key = pop(it);
        let c = pop(it);
        let v = pop(it);
        it.setitem(c, key, v)?;
        Ok(H::Ok)
    }
    /// Globals and builtins unchanged since recording.
    fn taipan_guard_globals(it, rt, oparg, operand) {
        // SAFETY: the operand is a guard record owned by the executor.
        let g = unsafe { &*(operand as *const GlobalsGuard) };
        if dict_of(g.globals).version == g.gver && dict_of(g.builtins).version == g.bver {
            Ok(H::Ok)
        } else {
            Ok(H::SideExit)
        }
    }
    /// A global through its cache record.
    fn taipan_load_global(it, rt, oparg, operand) {
        // SAFETY: the operand is a cache record owned by the executor; only
        // this helper writes it.
        let c = unsafe { &mut *(operand as *mut GlobalCache) };
        let globals = it.frames[rt.fi].globals;
        if globals == c.globals
            && dict_of(globals).version == c.gver
            && dict_of(it.builtins_dict).version == c.bver
        {
            it.stack.push(c.value);
            return Ok(H::Ok);
        }
        let v = it.load_global(globals, name(it, rt, oparg))?;
        if globals == c.globals {
            c.gver = dict_of(globals).version;
            c.bver = dict_of(it.builtins_dict).version;
            c.value = v;
        }
        it.stack.push(v);
        Ok(H::Ok)
    }
    /// `LOAD_NAME`: the frame's locals mapping, then globals and builtins.
    fn taipan_load_name(it, rt, oparg, operand) {
        let name = name(it, rt, oparg);
        let f = it.frames[rt.fi];
        if !f.locals.is_null() && f.locals != f.globals {
            if let Some(v) = it.mapping_get(f.locals, name)? {
                it.stack.push(v);
                return Ok(H::Ok);
            }
        }
        let v = it.load_global(f.globals, name)?;
        it.stack.push(v);
        Ok(H::Ok)
    }
    /// `STORE_NAME` into the frame's locals mapping.
    fn taipan_store_name(it, rt, oparg, operand) {
        let name = name(it, rt, oparg);
        let v = pop(it);
        let locals = it.frames[rt.fi].locals;
        it.setitem(locals, name, v)?;
        Ok(H::Ok)
    }
    /// Any attribute load.
    fn taipan_load_attr(it, rt, oparg, operand) {
        let obj = pop(it);
        let v = it.getattr(obj, name(it, rt, oparg))?;
        it.stack.push(v);
        Ok(H::Ok)
    }
    /// Any attribute store.
    fn taipan_store_attr(it, rt, oparg, operand) {
        let obj = pop(it);
        let v = pop(it);
        it.setattr(obj, name(it, rt, oparg), v)?;
        Ok(H::Ok)
    }
    /// A method found on the receiver's type, guarded by type, shape and
    /// type epoch.
    fn taipan_load_method_cached(it, rt, oparg, operand) {
        // SAFETY: the operand is a guard record owned by the executor.
        let g = unsafe { &*(operand as *const AttrGuard) };
        let obj = peek(it, 1);
        if *it.type_epoch != g.type_epoch || it.type_of(obj) != g.ty || recv_shape(obj) != g.shape {
            return Ok(H::SideExit);
        }
        let n = it.stack.len();
        it.stack[n - 1] = g.value;
        it.stack.push(obj);
        Ok(H::Ok)
    }
    /// Any method lookup.
    fn taipan_load_method(it, rt, oparg, operand) {
        let obj = pop(it);
        match it.load_method(obj, name(it, rt, oparg))? {
            (m, true) => {
                it.stack.push(m);
                it.stack.push(obj);
            }
            (a, false) => {
                it.stack.push(a);
                it.stack.push(Value::NULL);
            }
        }
        Ok(H::Ok)
    }
    /// `[callable, self_or_null, args...]` -> result.
    fn taipan_call(it, rt, oparg, operand) {
        call(it, oparg as usize, Value::NULL)
    }
    /// `[callable, self_or_null, args..., kwnames]` -> result.
    fn taipan_call_kw(it, rt, oparg, operand) {
        let kwnames = pop(it);
        call(it, oparg as usize, kwnames)
    }
    /// A tuple of the top `oparg` values.
    fn taipan_build_tuple(it, rt, oparg, operand) {
        let n = it.stack.len() - oparg as usize;
        let items = it.stack[n..].to_vec();
        let t = it.new_tuple(items);
        it.stack.truncate(n);
        it.stack.push(t);
        Ok(H::Ok)
    }
    /// A list of the top `oparg` values.
    fn taipan_build_list(it, rt, oparg, operand) {
        let n = it.stack.len() - oparg as usize;
        let items = it.stack[n..].to_vec();
        let t = it.new_list(items);
        it.stack.truncate(n);
        it.stack.push(t);
        Ok(H::Ok)
    }
    /// Unpacks the top into `oparg` values (last pushed first).
    fn taipan_unpack_sequence(it, rt, oparg, operand) {
        let n = oparg as usize;
        let seq = peek(it, 1);
        let items = if is_kind(seq, Kind::Tuple) {
            Some(&tuple_of(seq).items)
        } else if is_kind(seq, Kind::List) {
            Some(&list_of(seq).items)
        } else {
            None
        };
        if let Some(items) = items.filter(|i| i.len() == n) {
            let items: SmallVec<[Value; 8]> = items.iter().rev().copied().collect();
            it.stack.pop();
            it.stack.extend(items);
            return Ok(H::Ok);
        }
        let items = it.unpack_iter(seq, n)?;
        it.stack.pop();
        it.stack.extend(items.into_iter().rev());
        Ok(H::Ok)
    }
    /// Appends the top to the list `oparg` below it.
    fn taipan_list_append(it, rt, oparg, operand) {
        let v = pop(it);
        let l = peek(it, oparg as usize);
        list_of(l).items.push(v);
        Ok(H::Ok)
    }
    /// `iter(top)`.
    fn taipan_get_iter(it, rt, oparg, operand) {
        let v = peek(it, 1);
        let r = it.get_iter(v)?;
        let n = it.stack.len();
        it.stack[n - 1] = r;
        Ok(H::Ok)
    }
    /// A slice of the top 2 or 3 values.
    fn taipan_build_slice(it, rt, oparg, operand) {
        let step = if oparg == 3 { pop(it) } else { Value::NONE };
        let stop = pop(it);
        let start = pop(it);
        let s = it.alloc(it.t.slice, Kind::Slice, SliceObj { start, stop, step });
        it.stack.push(s);
        Ok(H::Ok)
    }
    /// `STORE_GLOBAL`.
    fn taipan_store_global(it, rt, oparg, operand) {
        let v = pop(it);
        let globals = it.frames[rt.fi].globals;
        it.dict_set(globals, name(it, rt, oparg), v)?;
        Ok(H::Ok)
    }
    /// `del container[key]`.
    fn taipan_delete_subscr(it, rt, oparg, operand) {
        let key = pop(it);
        let c = pop(it);
        it.delitem(c, key)?;
        Ok(H::Ok)
    }
    /// `MAP_ADD`.
    fn taipan_map_add(it, rt, oparg, operand) {
        let v = pop(it);
        let k = pop(it);
        let d = peek(it, oparg as usize);
        it.dict_set(d, k, v)?;
        Ok(H::Ok)
    }
    /// `SET_ADD`.
    fn taipan_set_add(it, rt, oparg, operand) {
        let v = pop(it);
        let s = peek(it, oparg as usize);
        it.set_add(s, v)?;
        Ok(H::Ok)
    }
    /// `FORMAT_VALUE`.
    fn taipan_format_value(it, rt, oparg, operand) {
        let spec = if oparg & 4 != 0 { pop(it) } else { Value::NULL };
        let v = pop(it);
        let r = it.format_value(v, spec, oparg as usize)?;
        it.stack.push(r);
        Ok(H::Ok)
    }
    /// `BUILD_STRING`.
    fn taipan_build_string(it, rt, oparg, operand) {
        it.build_string(oparg as usize);
        Ok(H::Ok)
    }
    /// Pushes the frame of an inlined call (the recorder checked the shape:
    /// exact positional arguments, no generator).
    fn taipan_push_frame(it, rt, oparg, operand) {
        let n = (oparg & 0xffff) as usize;
        let fpos = it.stack.len() - n - 2;
        if it.frames.len() >= it.recursion_limit {
            return Err(it.new_exc(it.t.recursion_error, "maximum recursion depth exceeded"));
        }
        let callable = it.stack[fpos];
        let argbase = if it.stack[fpos + 1].is_null() {
            fpos + 2
        } else {
            fpos + 1
        };
        let nargs = it.stack.len() - argbase;
        if it.push_frame_inplace(callable, argbase, nargs, fpos)?.is_some() {
            // A generator: the recorder never inlines those.
            return Err(it.new_exc(it.t.system_error, "inlined call made a generator"));
        }
        rt.fi = it.frames.len() - 1;
        rt.base = it.frames[rt.fi].base as usize;
        let need = code_of(it.frames[rt.fi].code).code.stacksize as usize + 16;
        it.stack.reserve(need);
        Ok(H::Ok)
    }
    /// Returns from an inlined frame.
    fn taipan_pop_frame(it, rt, oparg, operand) {
        let v = pop(it);
        let Some(f) = it.frames.pop() else {
            return Err(it.new_exc(it.t.system_error, "no frame to return from"));
        };
        it.stack.truncate(f.ret_sp as usize);
        it.stack.push(v);
        rt.fi = it.frames.len() - 1;
        rt.base = it.frames[rt.fi].base as usize;
        Ok(H::Ok)
    }
    /// A safepoint: side-exits when a collection is due.
    fn taipan_check_gc(it, rt, oparg, operand) {
        Ok(if it.heap.wants_gc() { H::SideExit } else { H::Ok })
    }
}

/// The JIT's error exit after a helper raised: the helper recorded the
/// raising instruction in the frame (`ip` = instruction + 1) and wrote back
/// the stack pointer.
///
/// # Safety
/// Called by a running trace right after a helper returned `HELPER_ERROR`.
#[no_mangle]
pub unsafe extern "C" fn taipan_error_exit(
    st: *mut TraceState,
    _locals: *mut u64,
    _sp: *mut u64,
) -> crate::ExitInfo {
    // SAFETY: as `enter`.
    unsafe {
        let rt = &*((*st).rt as *const Rt);
        let it = &*rt.it;
        let ip = it.frames[rt.fi].ip - 1;
        (*st).ip = u64::from(ip);
        crate::ExitInfo {
            ip,
            exit: crate::abi::ERROR_EXIT,
        }
    }
}

/// CALL from a trace: see `Interp::call_from_trace`.
fn call(it: &mut Interp, nargs: usize, kwnames: Value) -> PyResult<H> {
    let fpos = it.stack.len() - nargs - 2;
    it.call_from_trace(fpos, kwnames)?;
    Ok(H::Ok)
}

// ------------------------------------------------------------ fast helpers
//
// Plain functions of values (no interpreter, no allocation, no Python
// code): a trace calls them with arguments in registers. They return the
// result bits, or NULL (0 for stores) when the uop must take its side exit
// or its slow path; they change nothing in that case.

const NULL: u64 = Value::NULL.0;

#[inline(always)]
fn heap_type(v: u64) -> u64 {
    let v = Value(v);
    if !v.is_ptr() {
        return 0;
    }
    // SAFETY: pointer values are live objects.
    Value::ptr(unsafe { header(v) }.ty).0
}

fn fast_list_index(l: u64, key: u64, list_type: u64) -> Option<(&'static mut Vec<Value>, usize)> {
    let key = Value(key);
    if heap_type(l) != list_type || !key.is_small_int() {
        return None;
    }
    let items = &mut list_of(Value(l)).items;
    let n = items.len() as i64;
    let mut i = key.as_small_int();
    if i < 0 {
        i += n;
    }
    (0..n).contains(&i).then_some((items, i as usize))
}

/// `list[key]` of an exact list (`list_type`) with a small-int index in range.
#[no_mangle]
pub extern "C" fn taipan_fast_list_get(l: u64, key: u64, list_type: u64, _: u64) -> u64 {
    match fast_list_index(l, key, list_type) {
        Some((items, i)) => items[i].0,
        None => NULL,
    }
}

/// `list[key] = v`; 1 when done.
#[no_mangle]
pub extern "C" fn taipan_fast_list_set(l: u64, key: u64, v: u64, list_type: u64) -> u64 {
    match fast_list_index(l, key, list_type) {
        Some((items, i)) => {
            items[i] = Value(v);
            1
        }
        None => 0,
    }
}

/// The next small int of a range iterator.
#[no_mangle]
pub extern "C" fn taipan_fast_range_next(iter: u64, _: u64, _: u64, _: u64) -> u64 {
    let iter = Value(iter);
    if !is_kind(iter, Kind::Iter) {
        return NULL;
    }
    let IterState::Range { cur, stop, step } = &mut iter_of(iter).0 else {
        return NULL;
    };
    let c = *cur;
    if !((*step > 0 && c < *stop) || (*step < 0 && c > *stop)) || !Value::fits_small(c) {
        return NULL;
    }
    *cur = c + *step;
    Value::small_int(c).0
}

/// The next item of a list iterator.
#[no_mangle]
pub extern "C" fn taipan_fast_list_next(iter: u64, _: u64, _: u64, _: u64) -> u64 {
    let iter = Value(iter);
    if !is_kind(iter, Kind::Iter) {
        return NULL;
    }
    let IterState::Seq { seq, idx } = &mut iter_of(iter).0 else {
        return NULL;
    };
    if !is_kind(*seq, Kind::List) {
        return NULL;
    }
    match list_of(*seq).items.get(*idx) {
        Some(&v) => {
            *idx += 1;
            v.0
        }
        None => NULL,
    }
}

fn guarded_slots(obj: u64, g: &AttrGuard) -> Option<&'static mut taipan_interp::object::Attrs> {
    // SAFETY: `type_epoch` points at the interpreter's counter, which lives
    // as long as the interpreter (and so its executors).
    if unsafe { *g.type_epoch_at } != g.type_epoch || heap_type(obj) != g.ty.0 {
        return None;
    }
    let a = instance_slots(Value(obj))?;
    (a.shape == g.shape).then_some(a)
}

/// An instance attribute by shape and slot.
#[no_mangle]
pub extern "C" fn taipan_fast_load_attr(obj: u64, guard: u64, _: u64, _: u64) -> u64 {
    // SAFETY: the operand is a guard record owned by the executor.
    let g = unsafe { &*(guard as *const AttrGuard) };
    match guarded_slots(obj, g).and_then(|a| a.slots.get(g.slot as usize)) {
        Some(v) => v.0,
        None => NULL,
    }
}

/// An instance attribute store by shape and slot; 1 when done.
#[no_mangle]
pub extern "C" fn taipan_fast_store_attr(obj: u64, v: u64, guard: u64, _: u64) -> u64 {
    // SAFETY: the operand is a guard record owned by the executor.
    let g = unsafe { &*(guard as *const AttrGuard) };
    let Some(a) = guarded_slots(obj, g) else {
        return 0;
    };
    let slot = g.slot as usize;
    if g.new_shape == u32::MAX {
        match a.slots.get_mut(slot) {
            Some(s) => *s = Value(v),
            None => return 0,
        }
    } else {
        if slot != a.slots.len() {
            return 0;
        }
        a.slots.push(Value(v));
        a.shape = g.new_shape;
    }
    1
}

/// A method of a heap object's type, guarded by type, shape and type epoch.
#[no_mangle]
pub extern "C" fn taipan_fast_load_method(obj: u64, guard: u64, _: u64, _: u64) -> u64 {
    // SAFETY: the operand is a guard record owned by the executor.
    let g = unsafe { &*(guard as *const AttrGuard) };
    // SAFETY: as in `guarded_slots`.
    if unsafe { *g.type_epoch_at } != g.type_epoch
        || heap_type(obj) != g.ty.0
        || recv_shape(Value(obj)) != g.shape
    {
        return NULL;
    }
    g.value.0
}

/// A global through its cache record, when the dicts are unchanged.
#[no_mangle]
pub extern "C" fn taipan_fast_load_global(record: u64, _: u64, _: u64, _: u64) -> u64 {
    // SAFETY: the operand is a cache record owned by the executor.
    let c = unsafe { &*(record as *const GlobalCache) };
    if dict_of(c.globals).version == c.gver && dict_of(c.builtins).version == c.bver {
        c.value.0
    } else {
        NULL
    }
}

/// A module attribute when the module's dict is unchanged.
#[no_mangle]
pub extern "C" fn taipan_fast_module_attr(obj: u64, guard: u64, _: u64, _: u64) -> u64 {
    // SAFETY: the operand is a guard record owned by the executor.
    let g = unsafe { &*(guard as *const ModuleGuard) };
    if obj != g.module.0 || dict_of(module_of(g.module).dict).version != g.version {
        return NULL;
    }
    g.value.0
}

/// `a ** b` for floats when the base is positive and finite, the exponent
/// finite and the result finite (CPython's float_pow is then `pow`).
#[no_mangle]
pub extern "C" fn taipan_fast_float_pow(a: u64, b: u64, _: u64, _: u64) -> u64 {
    let (x, y) = (f64::from_bits(a), f64::from_bits(b));
    if y == 0.0 {
        return Value::float(1.0).0;
    }
    if !(x > 0.0 && x.is_finite() && y.is_finite()) {
        return NULL;
    }
    let r = x.powf(y);
    if r.is_finite() {
        Value::float(r).0
    } else {
        NULL
    }
}

/// Item `i` of a tuple or list of exactly `n` items.
#[no_mangle]
pub extern "C" fn taipan_fast_seq_item(seq: u64, i: u64, n: u64, _: u64) -> u64 {
    let seq = Value(seq);
    let items = match kind_of(seq) {
        Some(Kind::Tuple) => &tuple_of(seq).items,
        Some(Kind::List) => &list_of(seq).items,
        _ => return NULL,
    };
    if items.len() as u64 != n {
        return NULL;
    }
    items[i as usize].0
}

/// 1 when `iter` is an exhausted range or list iterator (a list iterator is
/// then marked done, as tier 1 does), else 0.
#[no_mangle]
pub extern "C" fn taipan_fast_iter_end(iter: u64, _: u64, _: u64, _: u64) -> u64 {
    let iter = Value(iter);
    if !is_kind(iter, Kind::Iter) {
        return 0;
    }
    let state = &mut iter_of(iter).0;
    match state {
        IterState::Range { cur, stop, step } => {
            u64::from(!((*step > 0 && cur < stop) || (*step < 0 && cur > stop)))
        }
        IterState::Seq { seq, idx } if is_kind(*seq, Kind::List) => {
            if *idx < list_of(*seq).items.len() {
                return 0;
            }
            *state = IterState::Done;
            1
        }
        _ => 0,
    }
}

/// The contents of a cell (NULL when empty).
#[no_mangle]
pub extern "C" fn taipan_fast_cell_get(cell: u64, _: u64, _: u64, _: u64) -> u64 {
    cell_of(Value(cell)).v.0
}

/// Stores into a cell.
#[no_mangle]
pub extern "C" fn taipan_fast_cell_set(cell: u64, v: u64, _: u64, _: u64) -> u64 {
    cell_of(Value(cell)).v = Value(v);
    0
}
