//! The tier-1 eval loop, calls and argument binding, generators, and
//! exception unwinding. Python-to-Python calls push a `Frame` and continue
//! in the same loop; native code re-enters through `Interp::call`.

use crate::interp::{dict_get_str, Frame, Interp, PyResult};
use crate::object::*;
use crate::value::Value;
use smallvec::SmallVec;
use taipan_compiler::bytecode::{flags, BinaryOpArg, CompareOpArg, Opcode};

/// What resuming a generator produced.
pub enum GenResult {
    Yield(Value),
    Return(Value),
}

type Args = SmallVec<[Value; 8]>;
type KwArgs = SmallVec<[(Value, Value); 4]>;

/// A CALL's arguments from the value stack: positional ones, and the last
/// `len(kwnames)` paired with their names (`kwnames` NULL: none).
fn split_call_args(stack_args: &[Value], kwnames: Value) -> (Args, KwArgs) {
    let mut args: Args = SmallVec::from_slice(stack_args);
    if kwnames.is_null() {
        return (args, SmallVec::new());
    }
    let names = &tuple_of(kwnames).items;
    let vals: Args = args.drain(args.len() - names.len()..).collect();
    (args, names.iter().copied().zip(vals).collect())
}

impl Interp {
    /// Runs frames until the entry frame on top returns.
    pub fn run(&mut self) -> PyResult<Value> {
        // Two copies of the loop: the one used while a trace is recorded
        // reports every instruction, the other pays nothing for it.
        loop {
            let r = if self.recording {
                self.run_loop::<true>()?
            } else {
                self.run_loop::<false>()?
            };
            if let Some(v) = r {
                return Ok(v);
            }
        }
    }

    /// The eval loop; `None` when recording started or stopped (the top
    /// frame's ip is saved and `run` continues in the other copy).
    fn run_loop<const RECORDING: bool>(&mut self) -> PyResult<Option<Value>> {
        let mut reraise = false;
        'frame: loop {
            let fi = self.frames.len() - 1;
            let fr = self.frames[fi];
            let code: &CodeObj = code_of(fr.code);
            let base = fr.base as usize;
            let nlocals = code.nlocals as usize;
            let mut ip = fr.ip as usize;
            let icache: *mut ICache = code_of(fr.code).icache.as_mut_ptr();
            let exc: Value = 'run: loop {
                macro_rules! tri {
                    ($e:expr) => {
                        match $e {
                            Ok(v) => v,
                            Err(e) => break 'run e,
                        }
                    };
                }
                macro_rules! pop {
                    () => {
                        // SAFETY: the compiler's stack depth accounting guarantees items.
                        unsafe { self.stack.pop().unwrap_unchecked() }
                    };
                }
                macro_rules! top {
                    () => {
                        *self.stack.last().unwrap()
                    };
                }
                macro_rules! save {
                    () => {
                        self.frames[fi].ip = ip as u32;
                    };
                }
                if RECORDING {
                    self.frames[fi].ip = ip as u32;
                    if self.recording {
                        self.record_step(ip);
                    }
                    if !self.recording {
                        return Ok(None);
                    }
                }
                let ins = code.instrs[ip];
                ip += 1;
                let arg = ins.arg as usize;
                match ins.op {
                    Opcode::Nop => {}
                    Opcode::PopTop => {
                        pop!();
                    }
                    Opcode::PushNull => self.stack.push(Value::NULL),
                    Opcode::Copy => {
                        let v = self.stack[self.stack.len() - arg];
                        self.stack.push(v);
                    }
                    Opcode::Swap => {
                        let n = self.stack.len();
                        self.stack.swap(n - 1, n - arg);
                    }
                    Opcode::LoadConst => self.stack.push(code.consts[arg]),
                    Opcode::LoadFast => {
                        let v = self.stack[base + arg];
                        if v.is_null() {
                            save!();
                            let name = code.code.varnames[arg].clone();
                            break 'run self.new_exc(
                                self.t.unbound_local_error,
                                &format!("cannot access local variable '{name}' where it is not associated with a value"),
                            );
                        }
                        self.stack.push(v);
                    }
                    Opcode::StoreFast => {
                        let v = pop!();
                        self.stack[base + arg] = v;
                    }
                    Opcode::DeleteFast => {
                        if self.stack[base + arg].is_null() {
                            let name = code.code.varnames[arg].clone();
                            break 'run self.new_exc(
                                self.t.unbound_local_error,
                                &format!("cannot access local variable '{name}' where it is not associated with a value"),
                            );
                        }
                        self.stack[base + arg] = Value::NULL;
                    }
                    Opcode::LoadDeref | Opcode::LoadClassDeref => {
                        let cell = self.stack[base + nlocals + arg];
                        if ins.op == Opcode::LoadClassDeref {
                            let name = self.cell_name_value(code, arg);
                            let locals = self.frames[fi].locals;
                            if is_kind(locals, Kind::Dict) {
                                if let Some(v) = tri!(self.dict_get(locals, name)) {
                                    self.stack.push(v);
                                    continue;
                                }
                            }
                        }
                        let v = cell_of(cell).v;
                        if v.is_null() {
                            break 'run self.unbound_deref(code, arg);
                        }
                        self.stack.push(v);
                    }
                    Opcode::StoreDeref => {
                        let v = pop!();
                        let cell = self.stack[base + nlocals + arg];
                        cell_of(cell).v = v;
                    }
                    Opcode::DeleteDeref => {
                        let cell = self.stack[base + nlocals + arg];
                        if cell_of(cell).v.is_null() {
                            break 'run self.unbound_deref(code, arg);
                        }
                        cell_of(cell).v = Value::NULL;
                    }
                    Opcode::LoadClosure => {
                        let cell = self.stack[base + nlocals + arg];
                        self.stack.push(cell);
                    }
                    Opcode::LoadName => {
                        let name = code.names[arg];
                        let locals = self.frames[fi].locals;
                        let globals = self.frames[fi].globals;
                        save!();
                        if !locals.is_null() && locals != globals {
                            if let Some(v) = tri!(self.mapping_get(locals, name)) {
                                self.stack.push(v);
                                continue;
                            }
                        }
                        let v = tri!(self.load_global(globals, name));
                        self.stack.push(v);
                    }
                    Opcode::StoreName => {
                        let name = code.names[arg];
                        let v = pop!();
                        let locals = self.frames[fi].locals;
                        save!();
                        tri!(self.setitem(locals, name, v));
                    }
                    Opcode::DeleteName => {
                        let name = code.names[arg];
                        let locals = self.frames[fi].locals;
                        save!();
                        if let Err(e) = self.delitem(locals, name) {
                            if self.isinstance(e, self.t.key_error) {
                                let msg = format!("name '{}' is not defined", as_str(name));
                                break 'run self.new_exc(self.t.name_error, &msg);
                            }
                            break 'run e;
                        }
                    }
                    Opcode::LoadGlobal => {
                        let globals = self.frames[fi].globals;
                        let gver = dict_of(globals).version;
                        let bver = dict_of(self.builtins_dict).version as u32;
                        {
                            // SAFETY: one cache entry per instruction.
                            let c = unsafe { &*icache.add(ip - 1) };
                            if c.ty == globals.0
                                && c.epoch == gver
                                && c.slot == bver
                                && c.new_shape == self.epoch as u32
                                && c.shape == 1
                            {
                                self.stack.push(c.val);
                                continue;
                            }
                        }
                        let name = code.names[arg];
                        let v = tri!(self.load_global(globals, name));
                        let e = ICache {
                            ty: globals.0,
                            epoch: gver,
                            shape: 1,
                            slot: bver,
                            new_shape: self.epoch as u32,
                            val: v,
                        };
                        // SAFETY: as above.
                        unsafe { *icache.add(ip - 1) = e };
                        self.stack.push(v);
                    }
                    Opcode::StoreGlobal => {
                        let name = code.names[arg];
                        let v = pop!();
                        let globals = self.frames[fi].globals;
                        tri!(self.dict_set(globals, name, v));
                    }
                    Opcode::DeleteGlobal => {
                        let name = code.names[arg];
                        let globals = self.frames[fi].globals;
                        if !tri!(self.dict_del(globals, name)) {
                            let msg = format!("name '{}' is not defined", as_str(name));
                            break 'run self.new_exc(self.t.name_error, &msg);
                        }
                    }
                    Opcode::LoadAttr => {
                        let obj = pop!();
                        if is_kind(obj, Kind::Module) {
                            if let Some(v) =
                                self.module_attr_cached(obj, code.names[arg], icache, ip - 1)
                            {
                                self.stack.push(v);
                                continue;
                            }
                        }
                        if is_kind(obj, Kind::Instance) {
                            // SAFETY: `icache` has one entry per instruction of this code.
                            let c = unsafe { &*icache.add(ip - 1) };
                            // SAFETY: instance pointer value.
                            let h = unsafe { header(obj) };
                            if let Some(a) = &h.attrs {
                                if c.epoch == self.epoch
                                    && c.ty == Value::ptr(h.ty).0
                                    && c.shape == a.shape
                                {
                                    if let Some(&v) = a.slots.get(c.slot as usize) {
                                        if !v.is_null() {
                                            self.stack.push(v);
                                            continue;
                                        }
                                    }
                                }
                            }
                        }
                        save!();
                        let name = code.names[arg];
                        let v = tri!(self.getattr(obj, name));
                        if let Some(e) = self.icache_attr(obj, name) {
                            // SAFETY: as above.
                            unsafe { *icache.add(ip - 1) = e };
                        }
                        self.stack.push(v);
                    }
                    Opcode::LoadMethod => {
                        let obj = pop!();
                        if is_kind(obj, Kind::Module) {
                            if let Some(v) =
                                self.module_attr_cached(obj, code.names[arg], icache, ip - 1)
                            {
                                self.stack.push(v);
                                self.stack.push(Value::NULL);
                                continue;
                            }
                        }
                        let shape = recv_shape(obj);
                        {
                            // SAFETY: one cache entry per instruction.
                            let c = unsafe { &*icache.add(ip - 1) };
                            if c.epoch == self.epoch
                                && c.shape == shape
                                && c.ty == self.type_of(obj).0
                            {
                                self.stack.push(c.val);
                                self.stack.push(obj);
                                continue;
                            }
                        }
                        save!();
                        let name = code.names[arg];
                        match tri!(self.load_method(obj, name)) {
                            (m, true) => {
                                if shape != DICT_MODE
                                    && !matches!(
                                        kind_of(obj),
                                        Some(Kind::Type | Kind::Module | Kind::Super)
                                    )
                                {
                                    let e = ICache {
                                        ty: self.type_of(obj).0,
                                        epoch: self.epoch,
                                        shape,
                                        slot: 0,
                                        new_shape: u32::MAX,
                                        val: m,
                                    };
                                    // SAFETY: as above.
                                    unsafe { *icache.add(ip - 1) = e };
                                }
                                self.stack.push(m);
                                self.stack.push(obj);
                            }
                            (a, false) => {
                                self.stack.push(a);
                                self.stack.push(Value::NULL);
                            }
                        }
                    }
                    Opcode::StoreAttr => {
                        let obj = pop!();
                        let v = pop!();
                        if is_kind(obj, Kind::Instance) {
                            // SAFETY: one cache entry per instruction.
                            let c = unsafe { &*icache.add(ip - 1) };
                            // SAFETY: instance pointer value.
                            let h = unsafe { header(obj) };
                            if let Some(a) = h.attrs.as_mut() {
                                if c.epoch == self.epoch
                                    && c.ty == Value::ptr(h.ty).0
                                    && c.shape == a.shape
                                {
                                    let slot = c.slot as usize;
                                    if c.new_shape == u32::MAX {
                                        if slot < a.slots.len() {
                                            a.slots[slot] = v;
                                            continue;
                                        }
                                    } else if slot == a.slots.len() {
                                        a.slots.push(v);
                                        a.shape = c.new_shape;
                                        continue;
                                    }
                                }
                            }
                        }
                        save!();
                        let name = code.names[arg];
                        let before = recv_shape(obj);
                        tri!(self.setattr(obj, name, v));
                        if let Some(mut e) = self.icache_attr(obj, name) {
                            if before != e.shape && before != DICT_MODE && before != NO_ATTRS {
                                if e.slot as usize + 1 == self.shapes[e.shape as usize].keys.len()
                                    && self.shapes[before as usize].keys.len() == e.slot as usize
                                {
                                    e.new_shape = e.shape;
                                    e.shape = before;
                                } else {
                                    e.epoch = 0;
                                }
                            }
                            // SAFETY: as above.
                            unsafe { *icache.add(ip - 1) = e };
                        }
                    }
                    Opcode::DeleteAttr => {
                        let obj = pop!();
                        save!();
                        tri!(self.delattr(obj, code.names[arg]));
                    }
                    Opcode::BinarySubscr => {
                        let key = pop!();
                        let c = pop!();
                        if is_kind(c, Kind::List) && key.is_small_int() {
                            let l = &list_of(c).items;
                            let mut i = key.as_small_int();
                            if i < 0 {
                                i += l.len() as i64;
                            }
                            if i >= 0 && (i as usize) < l.len() {
                                self.stack.push(l[i as usize]);
                                continue;
                            }
                        }
                        save!();
                        let v = tri!(self.getitem(c, key));
                        self.stack.push(v);
                    }
                    Opcode::StoreSubscr => {
                        let key = pop!();
                        let c = pop!();
                        let v = pop!();
                        if is_kind(c, Kind::List) && key.is_small_int() {
                            let l = &mut list_of(c).items;
                            let mut i = key.as_small_int();
                            if i < 0 {
                                i += l.len() as i64;
                            }
                            if i >= 0 && (i as usize) < l.len() {
                                l[i as usize] = v;
                                continue;
                            }
                        }
                        save!();
                        tri!(self.setitem(c, key, v));
                    }
                    Opcode::DeleteSubscr => {
                        let key = pop!();
                        let c = pop!();
                        save!();
                        tri!(self.delitem(c, key));
                    }
                    Opcode::BuildSlice => {
                        let step = if arg == 3 { pop!() } else { Value::NONE };
                        let stop = pop!();
                        let start = pop!();
                        let s =
                            self.alloc(self.t.slice, Kind::Slice, SliceObj { start, stop, step });
                        self.stack.push(s);
                    }
                    Opcode::BinaryOp => {
                        let b = pop!();
                        let a = pop!();
                        if Value::both_small(a, b) {
                            let (x, y) = (a.as_small_int(), b.as_small_int());
                            let r = match arg {
                                0 | 13 => Some(x + y),
                                10 | 23 => Some(x - y),
                                5 | 18 => x.checked_mul(y),
                                1 | 14 => Some(x & y),
                                7 | 20 => Some(x | y),
                                12 | 25 => Some(x ^ y),
                                2 | 15 if y != 0 => Some(
                                    x.div_euclid(y)
                                        - if (x.rem_euclid(y) != 0) && (y < 0) {
                                            1
                                        } else {
                                            0
                                        },
                                ),
                                6 | 19 if y != 0 => {
                                    let r = x % y;
                                    Some(if r != 0 && ((r < 0) != (y < 0)) {
                                        r + y
                                    } else {
                                        r
                                    })
                                }
                                _ => None,
                            };
                            if let Some(r) = r {
                                let v = self.int(r);
                                self.stack.push(v);
                                continue;
                            }
                        } else if a.is_float() && b.is_float() {
                            let (x, y) = (a.as_float(), b.as_float());
                            let r = match arg {
                                0 | 13 => Some(x + y),
                                10 | 23 => Some(x - y),
                                5 | 18 => Some(x * y),
                                11 | 24 if y != 0.0 => Some(x / y),
                                _ => None,
                            };
                            // A NaN result must be a fresh heap float: generic path.
                            if let Some(r) = r {
                                if !r.is_nan() {
                                    self.stack.push(Value(r.to_bits()));
                                    continue;
                                }
                            }
                        }
                        save!();
                        let op = BinaryOpArg::from_arg(ins.arg).unwrap_or(BinaryOpArg::Add);
                        // Operands stay rooted on the stack while dunders run.
                        self.stack.extend_from_slice(&[a, b]);
                        self.vouch();
                        let v = self.binary_op(a, b, op);
                        self.stack.truncate(self.stack.len() - 2);
                        let v = tri!(v);
                        self.stack.push(v);
                    }
                    Opcode::UnaryNegative => {
                        let a = pop!();
                        save!();
                        let v = tri!(self.unary_op(a, 0));
                        self.stack.push(v);
                    }
                    Opcode::UnaryPositive => {
                        let a = pop!();
                        save!();
                        let v = tri!(self.unary_op(a, 1));
                        self.stack.push(v);
                    }
                    Opcode::UnaryInvert => {
                        let a = pop!();
                        save!();
                        let v = tri!(self.unary_op(a, 2));
                        self.stack.push(v);
                    }
                    Opcode::UnaryNot => {
                        let a = pop!();
                        save!();
                        let b = tri!(self.truthy(a));
                        self.stack.push(Value::bool(!b));
                    }
                    Opcode::CompareOp => {
                        let b = pop!();
                        let a = pop!();
                        if Value::both_small(a, b) {
                            let (x, y) = (a.as_small_int(), b.as_small_int());
                            let r = match arg {
                                0 => x < y,
                                1 => x <= y,
                                2 => x == y,
                                3 => x != y,
                                4 => x > y,
                                _ => x >= y,
                            };
                            self.stack.push(Value::bool(r));
                            continue;
                        }
                        if a.is_float() && b.is_float() {
                            let (x, y) = (a.as_float(), b.as_float());
                            let r = match arg {
                                0 => x < y,
                                1 => x <= y,
                                2 => x == y,
                                3 => x != y,
                                4 => x > y,
                                _ => x >= y,
                            };
                            self.stack.push(Value::bool(r));
                            continue;
                        }
                        save!();
                        let op = CompareOpArg::from_arg(ins.arg).unwrap_or(CompareOpArg::Eq);
                        self.stack.extend_from_slice(&[a, b]);
                        self.vouch();
                        let v = self.compare(a, b, op);
                        self.stack.truncate(self.stack.len() - 2);
                        let v = tri!(v);
                        self.stack.push(v);
                    }
                    Opcode::IsOp => {
                        let b = pop!();
                        let a = pop!();
                        let r = self.is(a, b);
                        self.stack.push(Value::bool(r != (arg == 1)));
                    }
                    Opcode::ContainsOp => {
                        let b = pop!();
                        let a = pop!();
                        save!();
                        self.stack.extend_from_slice(&[a, b]);
                        self.vouch();
                        let r = self.contains(b, a);
                        self.stack.truncate(self.stack.len() - 2);
                        let r = tri!(r);
                        self.stack.push(Value::bool(r != (arg == 1)));
                    }
                    Opcode::BuildTuple => {
                        let n = self.stack.len() - arg;
                        let items = self.stack.split_off(n);
                        let t = self.new_tuple(items);
                        self.stack.push(t);
                    }
                    Opcode::BuildList => {
                        let n = self.stack.len() - arg;
                        let items = self.stack.split_off(n);
                        let t = self.new_list(items);
                        self.stack.push(t);
                    }
                    Opcode::BuildSet => {
                        let n = self.stack.len() - arg;
                        let items: Vec<Value> = self.stack[n..].to_vec();
                        let s = self.new_set(false);
                        self.stack.push(s);
                        save!();
                        for it in items {
                            tri!(self.set_add(s, it));
                        }
                        self.stack.truncate(n);
                        self.stack.push(s);
                    }
                    Opcode::BuildMap => {
                        let n = self.stack.len() - 2 * arg;
                        let items: Vec<Value> = self.stack[n..].to_vec();
                        let d = self.new_dict();
                        self.stack.push(d);
                        save!();
                        for kv in items.chunks(2) {
                            tri!(self.dict_set(d, kv[0], kv[1]));
                        }
                        self.stack.truncate(n);
                        self.stack.push(d);
                    }
                    Opcode::BuildString => self.build_string(arg),
                    Opcode::ListAppend => {
                        let v = pop!();
                        let l = self.stack[self.stack.len() - arg];
                        list_of(l).items.push(v);
                    }
                    Opcode::SetAdd => {
                        let v = pop!();
                        let s = self.stack[self.stack.len() - arg];
                        save!();
                        tri!(self.set_add(s, v));
                    }
                    Opcode::MapAdd => {
                        let v = pop!();
                        let k = pop!();
                        let d = self.stack[self.stack.len() - arg];
                        save!();
                        tri!(self.dict_set(d, k, v));
                    }
                    Opcode::ListExtend => {
                        let it = top!();
                        let l = self.stack[self.stack.len() - 1 - arg];
                        save!();
                        let items = tri!(self.star_items(it));
                        list_of(l).items.extend(items);
                        pop!();
                    }
                    Opcode::SetUpdate => {
                        let it = top!();
                        let s = self.stack[self.stack.len() - 1 - arg];
                        save!();
                        tri!(crate::methods::set_fill(self, s, it));
                        pop!();
                    }
                    Opcode::DictUpdate | Opcode::DictMerge => {
                        let m = top!();
                        let d = self.stack[self.stack.len() - 1 - arg];
                        save!();
                        if ins.op == Opcode::DictMerge {
                            let callable = self.stack[self.stack.len() - 1 - arg - 3];
                            tri!(self.dict_merge_kwargs(d, m, callable));
                        } else {
                            tri!(self.dict_update_from(d, m, true));
                        }
                        pop!();
                    }
                    Opcode::ListToTuple => {
                        let l = pop!();
                        let items = list_of(l).items.clone();
                        let t = self.new_tuple(items);
                        self.stack.push(t);
                    }
                    Opcode::FormatValue => {
                        let spec = if arg & 4 != 0 { pop!() } else { Value::NULL };
                        let v = pop!();
                        save!();
                        let r = tri!(self.format_value(v, spec, arg));
                        self.stack.push(r);
                    }
                    Opcode::Jump => ip = arg,
                    Opcode::JumpBackward => {
                        let jump = ip - 1;
                        ip = arg;
                        if self.heap.wants_gc() {
                            save!();
                            self.maybe_gc();
                        }
                        if self.tier2.is_some() {
                            // The back edge's inline cache: `shape` = executor
                            // index + 1, `slot` = hotness, `new_shape` = backoff.
                            // SAFETY: one cache entry per instruction.
                            let c = unsafe { &mut *icache.add(jump) };
                            if c.shape != 0 {
                                save!();
                                let ex: *const dyn crate::Executor =
                                    &*self.executors[c.shape as usize - 1];
                                // SAFETY: executors are never dropped while the
                                // interpreter lives; the box is not reachable
                                // mutably from `self` during the call.
                                let exit = unsafe { (*ex).run(self, fi) };
                                // A trace with inlined calls may leave with
                                // callee frames on top: resume in the top frame.
                                let top = self.frames.len() - 1;
                                match exit {
                                    crate::ExecExit::Resume(n) => ip = n,
                                    crate::ExecExit::RecordSide { ip: n, link } => {
                                        ip = n;
                                        if !self.recording {
                                            self.start_side_recording(top, n, link);
                                            if self.recording {
                                                self.frames[top].ip = n as u32;
                                                return Ok(None);
                                            }
                                        }
                                    }
                                    crate::ExecExit::Raise(n, e) => {
                                        if top != fi {
                                            self.frames[top].ip = n as u32 + 1;
                                            self.unwind(e, false)?;
                                            continue 'frame;
                                        }
                                        ip = n + 1;
                                        break 'run e;
                                    }
                                }
                                if top != fi {
                                    self.frames[top].ip = ip as u32;
                                    continue 'frame;
                                }
                            } else if self.recording {
                                if !RECORDING {
                                    // Recording began in a nested call.
                                    save!();
                                    return Ok(None);
                                }
                            } else {
                                c.slot += 1;
                                if c.slot >= self.jit_threshold << c.new_shape.min(12) {
                                    c.slot = 0;
                                    save!();
                                    self.start_recording(fi, jump);
                                    if self.recording {
                                        self.frames[fi].ip = ip as u32;
                                        return Ok(None);
                                    }
                                }
                            }
                        }
                    }
                    Opcode::PopJumpIfFalse | Opcode::PopJumpIfTrue => {
                        let v = pop!();
                        let b = if v == Value::TRUE {
                            true
                        } else if v == Value::FALSE {
                            false
                        } else {
                            save!();
                            tri!(self.truthy(v))
                        };
                        if b == (ins.op == Opcode::PopJumpIfTrue) {
                            ip = arg;
                        }
                    }
                    Opcode::PopJumpIfNone => {
                        if pop!().is_none() {
                            ip = arg;
                        }
                    }
                    Opcode::PopJumpIfNotNone => {
                        if !pop!().is_none() {
                            ip = arg;
                        }
                    }
                    Opcode::JumpIfFalseOrPop | Opcode::JumpIfTrueOrPop => {
                        let v = top!();
                        save!();
                        let b = tri!(self.truthy(v));
                        if b == (ins.op == Opcode::JumpIfTrueOrPop) {
                            ip = arg;
                        } else {
                            pop!();
                        }
                    }
                    Opcode::GetIter => {
                        let v = pop!();
                        save!();
                        let it = tri!(self.get_iter(v));
                        self.stack.push(it);
                    }
                    Opcode::ForIter => {
                        let it = top!();
                        if is_kind(it, Kind::Iter) {
                            match &mut iter_of(it).0 {
                                IterState::Range { cur, stop, step } => {
                                    let c = *cur;
                                    if (*step > 0 && c < *stop) || (*step < 0 && c > *stop) {
                                        *cur = c + *step;
                                        let v = self.int(c);
                                        self.stack.push(v);
                                    } else {
                                        pop!();
                                        ip = arg;
                                    }
                                    continue;
                                }
                                IterState::Seq { seq, idx } if is_kind(*seq, Kind::List) => {
                                    let l = &list_of(*seq).items;
                                    if *idx < l.len() {
                                        let v = l[*idx];
                                        *idx += 1;
                                        self.stack.push(v);
                                    } else {
                                        iter_of(it).0 = IterState::Done;
                                        pop!();
                                        ip = arg;
                                    }
                                    continue;
                                }
                                _ => {}
                            }
                        } else if is_kind(it, Kind::Generator)
                            && matches!(gen_of(it).state, GenState::Suspended | GenState::Created)
                            && self.frames.len() < self.recursion_limit
                            && self.native_depth < self.recursion_limit
                        {
                            // Resume the generator's frame in this loop (no native
                            // recursion); its YIELD_VALUE pushes the item here and its
                            // return leaves the loop (see ReturnValue).
                            save!();
                            let first = gen_of(it).state == GenState::Created;
                            tri!(self.resume_frame(it));
                            let top = self.frames.len() - 1;
                            self.frames[top].entry = false;
                            if !first {
                                self.stack.push(Value::NONE);
                            }
                            continue 'frame;
                        }
                        save!();
                        // The iterator stays on the stack while it runs.
                        self.vouch();
                        match tri!(self.next(it)) {
                            Some(v) => self.stack.push(v),
                            None => {
                                pop!();
                                ip = arg;
                            }
                        }
                    }
                    Opcode::ReturnValue => {
                        let v = pop!();
                        let f = self.frames.pop().unwrap();
                        self.stack.truncate(f.ret_sp as usize);
                        if !f.gen.is_null() {
                            let g = gen_of(f.gen);
                            g.state = GenState::Finished;
                            g.slots = Vec::new();
                        }
                        if f.entry {
                            self.yielded = false;
                            return Ok(Some(v));
                        }
                        if !f.gen.is_null() {
                            // A generator resumed inline by FOR_ITER finished:
                            // drop the iterator and leave the caller's loop.
                            pop!();
                            let ci = self.frames.len() - 1;
                            let cip = self.frames[ci].ip as usize;
                            let fin = code_of(self.frames[ci].code).instrs[cip - 1];
                            debug_assert!(fin.op == Opcode::ForIter);
                            self.frames[ci].ip = fin.arg;
                            continue 'frame;
                        }
                        self.stack.push(v);
                        continue 'frame;
                    }
                    Opcode::YieldValue => {
                        let v = pop!();
                        let f = self.frames.pop().unwrap();
                        let g = gen_of(f.gen);
                        // Reuse the generator's buffer: no allocation per yield.
                        g.slots.clear();
                        g.slots.extend_from_slice(&self.stack[f.base as usize..]);
                        g.ip = ip as u32;
                        g.state = GenState::Suspended;
                        self.stack.truncate(f.ret_sp as usize);
                        if f.entry {
                            self.yielded = true;
                            return Ok(Some(v));
                        }
                        // Resumed inline by FOR_ITER: the value is the loop's next item.
                        self.stack.push(v);
                        continue 'frame;
                    }
                    Opcode::Call | Opcode::CallKw => {
                        save!();
                        let (nargs, kwnames) = if ins.op == Opcode::CallKw {
                            let k = pop!();
                            (arg, k)
                        } else {
                            (arg, Value::NULL)
                        };
                        let fpos = self.stack.len() - nargs - 2;
                        let mut callable = self.stack[fpos];
                        if is_kind(callable, Kind::Method) && self.stack[fpos + 1].is_null() {
                            let m = method_of(callable);
                            callable = m.func;
                            self.stack[fpos] = m.func;
                            self.stack[fpos + 1] = m.self_;
                        }
                        if is_kind(callable, Kind::Function) && kwnames.is_null() {
                            let has_self = !self.stack[fpos + 1].is_null();
                            let argbase = if has_self { fpos + 1 } else { fpos + 2 };
                            let n = self.stack.len() - argbase;
                            if self.frames.len() >= self.recursion_limit {
                                break 'run self.new_exc(
                                    self.t.recursion_error,
                                    "maximum recursion depth exceeded",
                                );
                            }
                            match tri!(self.push_frame_inplace(callable, argbase, n, fpos)) {
                                None => {
                                    // A safepoint at function entry (calls
                                    // without loops still collect).
                                    if self.heap.wants_gc() {
                                        self.maybe_gc();
                                    }
                                    continue 'frame;
                                }
                                Some(r) => {
                                    self.stack.truncate(fpos);
                                    self.stack.push(r);
                                    continue;
                                }
                            }
                        }
                        if self.frames.len() >= self.recursion_limit
                            && is_kind(callable, Kind::Function)
                        {
                            break 'run self.new_exc(
                                self.t.recursion_error,
                                "maximum recursion depth exceeded",
                            );
                        }
                        let has_self = !self.stack[fpos + 1].is_null();
                        let argstart = if has_self { fpos + 1 } else { fpos + 2 };
                        let (args, kw) = split_call_args(&self.stack[argstart..], kwnames);
                        if is_kind(callable, Kind::Function) {
                            self.stack.truncate(fpos);
                            self.stack.push(callable);
                            self.stack.push(Value::NULL);
                            let r = tri!(self.push_frame_bound(callable, &args, &kw, fpos, false));
                            match r {
                                None => continue 'frame,
                                Some(r) => {
                                    self.stack.truncate(fpos);
                                    self.stack.push(r);
                                    continue;
                                }
                            }
                        }
                        // The callable and its arguments stay on this frame's
                        // stack until the call returns.
                        self.vouch();
                        let r = tri!(self.call(callable, &args, &kw));
                        self.stack.truncate(fpos);
                        self.stack.push(r);
                        if self.heap.wants_gc() {
                            self.maybe_gc();
                        }
                    }
                    Opcode::CallFunctionEx => {
                        save!();
                        let kwargs = if arg & 1 != 0 { pop!() } else { Value::NULL };
                        let argt = pop!();
                        let selfv = pop!();
                        let callable = pop!();
                        let mut args: Args = SmallVec::new();
                        if !selfv.is_null() {
                            args.push(selfv);
                        }
                        let items = if is_kind(argt, Kind::Tuple) {
                            tuple_of(argt).items.clone()
                        } else {
                            match self.collect_iter(argt) {
                                Ok(v) => v,
                                Err(e) => {
                                    if self.isinstance(e, self.t.type_error)
                                        && self
                                            .type_lookup(self.type_of(argt), self.n.iter)
                                            .is_none()
                                        && !matches!(
                                            kind_of(argt),
                                            Some(Kind::Iter | Kind::Generator)
                                        )
                                    {
                                        let msg = format!(
                                            "{} argument after * must be an iterable, not {}",
                                            self.callable_name(callable),
                                            self.type_name(argt)
                                        );
                                        break 'run self.new_exc(self.t.type_error, &msg);
                                    }
                                    break 'run e;
                                }
                            }
                        };
                        args.extend(items);
                        let mut kw: SmallVec<[(Value, Value); 4]> = SmallVec::new();
                        if !kwargs.is_null() {
                            for (k, v) in dict_of(kwargs).iter() {
                                kw.push((k, v));
                            }
                        }
                        self.stack.push(callable);
                        self.stack.push(argt);
                        self.stack.push(kwargs);
                        let r = self.call(callable, &args, &kw);
                        self.stack.truncate(self.stack.len() - 3);
                        let r = tri!(r);
                        self.stack.push(r);
                    }
                    Opcode::MakeFunction => {
                        let codev = pop!();
                        let closure = if arg & 8 != 0 { pop!() } else { Value::NULL };
                        let annotations = if arg & 4 != 0 { pop!() } else { Value::NULL };
                        let kwdefaults = if arg & 2 != 0 { pop!() } else { Value::NULL };
                        let defaults = if arg & 1 != 0 { pop!() } else { Value::NULL };
                        let globals = self.frames[fi].globals;
                        let f = self.make_function(
                            codev,
                            globals,
                            defaults,
                            kwdefaults,
                            closure,
                            annotations,
                        );
                        self.stack.push(f);
                    }
                    Opcode::LoadBuildClass => {
                        let name = self.intern("__build_class__");
                        let v = dict_get_str(dict_of(self.builtins_dict), name);
                        match v {
                            Some(v) => self.stack.push(v),
                            None => {
                                break 'run self
                                    .new_exc(self.t.name_error, "__build_class__ not found")
                            }
                        }
                    }
                    Opcode::SetupAnnotations => {
                        let locals = self.frames[fi].locals;
                        let name = self.n.annotations;
                        save!();
                        if tri!(self.mapping_get(locals, name)).is_none() {
                            let d = self.new_dict();
                            tri!(self.setitem(locals, name, d));
                        }
                    }
                    Opcode::UnpackSequence => {
                        let seq = pop!();
                        save!();
                        if is_kind(seq, Kind::Tuple) || is_kind(seq, Kind::List) {
                            let items = if is_kind(seq, Kind::Tuple) {
                                &tuple_of(seq).items
                            } else {
                                &list_of(seq).items
                            };
                            if items.len() == arg {
                                self.stack.extend(items.iter().rev());
                                continue;
                            }
                        }
                        let items = tri!(self.unpack_iter(seq, arg));
                        self.stack.extend(items.into_iter().rev());
                    }
                    Opcode::UnpackEx => {
                        let seq = pop!();
                        save!();
                        let before = arg & 0xff;
                        let after = arg >> 8;
                        let items = tri!(self.collect_iter(seq));
                        if items.len() < before + after {
                            let msg = format!(
                                "not enough values to unpack (expected at least {}, got {})",
                                before + after,
                                items.len()
                            );
                            break 'run self.new_exc(self.t.value_error, &msg);
                        }
                        let mid = items[before..items.len() - after].to_vec();
                        let midl = self.new_list(mid);
                        for v in items[items.len() - after..].iter().rev() {
                            self.stack.push(*v);
                        }
                        self.stack.push(midl);
                        for v in items[..before].iter().rev() {
                            self.stack.push(*v);
                        }
                    }
                    Opcode::RaiseVarargs => {
                        save!();
                        match arg {
                            0 => {
                                let e = self.exc_info;
                                if e.is_none() || e.is_null() {
                                    break 'run self.new_exc(
                                        self.t.runtime_error,
                                        "No active exception to reraise",
                                    );
                                }
                                reraise = true;
                                break 'run e;
                            }
                            1 => {
                                let e = pop!();
                                let e = tri!(self.make_exception(e));
                                break 'run e;
                            }
                            _ => {
                                let cause = pop!();
                                let e = pop!();
                                let e = tri!(self.make_exception(e));
                                let cause = if cause.is_none() {
                                    cause
                                } else {
                                    tri!(self.make_exception(cause))
                                };
                                let eo = exc_of(e);
                                eo.cause = cause;
                                eo.suppress_context = true;
                                break 'run e;
                            }
                        }
                    }
                    Opcode::Reraise => {
                        let e = pop!();
                        if arg > 0 {
                            // CPython: the restored lasti only feeds the next
                            // handler's pushed lasti; the handler lookup uses
                            // this instruction.
                            let lasti = self.stack[self.stack.len() - arg];
                            if lasti.is_small_int() {
                                self.reraise_lasti = Some(lasti.as_small_int() as u32);
                            }
                        }
                        reraise = true;
                        break 'run e;
                    }
                    Opcode::PushExcInfo => {
                        let e = pop!();
                        let prev = self.exc_info;
                        self.stack.push(prev);
                        self.stack.push(e);
                        self.exc_info = e;
                    }
                    Opcode::PopExcept => {
                        let prev = pop!();
                        self.exc_info = prev;
                    }
                    Opcode::CheckExcMatch => {
                        let ty = pop!();
                        let e = top!();
                        save!();
                        let r = tri!(self.exc_matches(e, ty));
                        self.stack.push(Value::bool(r));
                    }
                    Opcode::LoadAssertionError => self.stack.push(self.t.assertion_error),
                    Opcode::BeforeWith => {
                        let mgr = pop!();
                        save!();
                        let ty = self.type_of(mgr);
                        let enter = self.type_lookup(ty, self.n.enter);
                        let exit = self.type_lookup(ty, self.n.exit);
                        let (enter, exit) = match (enter, exit) {
                            (Some(a), Some(b)) => (a, b),
                            _ => {
                                let msg = format!(
                                    "'{}' object does not support the context manager protocol",
                                    self.type_name(mgr)
                                );
                                break 'run self.new_exc(self.t.type_error, &msg);
                            }
                        };
                        let bound_exit = tri!(self.bind_descr(exit, mgr, ty));
                        self.stack.push(bound_exit);
                        let r = tri!(self.call_descr(enter, mgr, ty, &[]));
                        self.stack.push(r);
                    }
                    Opcode::WithExceptStart => {
                        let n = self.stack.len();
                        let e = self.stack[n - 1];
                        let exit = self.stack[n - 4];
                        save!();
                        let ty = self.type_of(e);
                        let tb = self.exc_traceback(e);
                        let r = tri!(self.call(exit, &[ty, e, tb], &[]));
                        self.stack.push(r);
                    }
                    Opcode::GetYieldFromIter => {
                        let v = top!();
                        if !is_kind(v, Kind::Generator) {
                            save!();
                            let it = tri!(self.get_iter(v));
                            pop!();
                            self.stack.push(it);
                        }
                    }
                    Opcode::Send => {
                        let v = pop!();
                        let recv = top!();
                        save!();
                        // `recv` stays on the stack; `v` goes onto the resumed frame.
                        let r = if is_kind(recv, Kind::Generator) {
                            self.vouch();
                            tri!(self.gen_send(recv, v))
                        } else if v.is_none() {
                            self.vouch();
                            match tri!(self.next_with_value(recv)) {
                                Ok(y) => GenResult::Yield(y),
                                Err(rv) => GenResult::Return(rv),
                            }
                        } else {
                            let send = self.n.send;
                            match self.call_method(recv, send, &[v]) {
                                Ok(y) => GenResult::Yield(y),
                                Err(e) if self.isinstance(e, self.t.stop_iteration) => {
                                    GenResult::Return(self.stop_iteration_value(e))
                                }
                                Err(e) => break 'run e,
                            }
                        };
                        match r {
                            GenResult::Yield(y) => self.stack.push(y),
                            GenResult::Return(rv) => {
                                pop!();
                                self.stack.push(rv);
                                ip = arg;
                            }
                        }
                    }
                    Opcode::ImportName => {
                        let fromlist = pop!();
                        let level = pop!();
                        save!();
                        let globals = self.frames[fi].globals;
                        let m = tri!(self.import_name(code.names[arg], globals, fromlist, level));
                        self.stack.push(m);
                    }
                    Opcode::ImportFrom => {
                        let m = top!();
                        save!();
                        let v = tri!(self.import_from(m, code.names[arg]));
                        self.stack.push(v);
                    }
                    Opcode::ImportStar => {
                        let m = pop!();
                        save!();
                        let locals = self.frames[fi].locals;
                        tri!(self.import_star(m, locals));
                    }
                    Opcode::GetLen => {
                        let v = top!();
                        save!();
                        let n = tri!(self.len(v));
                        let n = self.int(n as i64);
                        self.stack.push(n);
                    }
                    Opcode::MatchMapping => {
                        let v = top!();
                        let r = is_kind(v, Kind::Dict);
                        self.stack.push(Value::bool(r));
                    }
                    Opcode::MatchSequence => {
                        let v = top!();
                        let r = is_kind(v, Kind::List)
                            || is_kind(v, Kind::Tuple)
                            || is_kind(v, Kind::Range)
                            || (is_kind(v, Kind::Instance)
                                && self.type_lookup(self.type_of(v), self.n.getitem).is_some()
                                && self.type_lookup(self.type_of(v), self.n.len).is_some());
                        self.stack.push(Value::bool(r));
                    }
                    Opcode::MatchKeys => {
                        let n = self.stack.len();
                        let keys = self.stack[n - 1];
                        let subj = self.stack[n - 2];
                        save!();
                        let mut vals = Vec::new();
                        let mut ok = true;
                        for k in tuple_of(keys).items.clone() {
                            match tri!(self.dict_get(subj, k)) {
                                Some(v) => vals.push(v),
                                None => {
                                    ok = false;
                                    break;
                                }
                            }
                        }
                        let r = if ok {
                            self.new_tuple(vals)
                        } else {
                            Value::NONE
                        };
                        self.stack.push(r);
                    }
                    Opcode::PrintExpr => {
                        let v = pop!();
                        if !v.is_none() {
                            save!();
                            let r = tri!(self.repr_string(v));
                            self.write_stdout(&r);
                            self.write_stdout("\n");
                            let b = self.intern("_");
                            let bd = self.builtins_dict;
                            tri!(self.dict_set(bd, b, v));
                        }
                    }
                    Opcode::MatchClass => {
                        let names = pop!();
                        let cls = pop!();
                        let subj = pop!();
                        save!();
                        let r = tri!(self.match_class(subj, cls, names, arg));
                        self.stack.push(r);
                    }
                }
            };
            // Exception unwinding.
            self.frames[fi].ip = ip as u32;
            let rr = std::mem::replace(&mut reraise, false);
            self.unwind(exc, rr)?;
        }
    }

    /// A hot back edge: asks tier 2 to record the loop (see [`crate::Tier2`]).
    fn start_recording(&mut self, fi: usize, jump: usize) {
        let Some(mut t2) = self.tier2.take() else {
            return;
        };
        if t2.start(self, fi, jump) {
            self.recording = true;
            self.recording_site = (self.frames[fi].code, jump);
        } else {
            code_of(self.frames[fi].code).icache[jump].new_shape += 1;
        }
        self.tier2 = Some(t2);
    }

    /// A hot side exit: asks tier 2 to record a side trace from `ip`.
    fn start_side_recording(&mut self, fi: usize, ip: usize, link: usize) {
        let Some(mut t2) = self.tier2.take() else {
            return;
        };
        self.frames[fi].ip = ip as u32;
        if t2.start_side(self, fi, ip, link) {
            self.recording = true;
            self.recording_site = (self.frames[fi].code, usize::MAX);
        }
        self.tier2 = Some(t2);
    }

    /// Shows the next instruction to the trace recorder.
    fn record_step(&mut self, ip: usize) {
        let Some(mut t2) = self.tier2.take() else {
            self.recording = false;
            return;
        };
        match t2.record(self, ip) {
            crate::Recording::Continue => {}
            crate::Recording::Abort => {
                self.recording = false;
                let (code, jump) = self.recording_site;
                if jump != usize::MAX {
                    code_of(code).icache[jump].new_shape += 1;
                }
            }
            crate::Recording::Done { exec, code, jump } => {
                self.recording = false;
                self.executors.push(exec);
                if jump != usize::MAX {
                    code_of(code).icache[jump].shape = self.executors.len() as u32;
                }
            }
        }
        self.tier2 = Some(t2);
    }

    fn cell_name_value(&mut self, code: &CodeObj, slot: usize) -> Value {
        let c = &code.code;
        let name = if slot < c.cellvars.len() {
            c.cellvars[slot].clone()
        } else {
            c.freevars
                .get(slot - c.cellvars.len())
                .cloned()
                .unwrap_or_default()
        };
        self.intern(&name)
    }

    fn unbound_deref(&mut self, code: &CodeObj, slot: usize) -> Value {
        let c = &code.code;
        if slot < c.cellvars.len() {
            let msg = format!(
                "cannot access local variable '{}' where it is not associated with a value",
                c.cellvars[slot]
            );
            self.new_exc(self.t.unbound_local_error, &msg)
        } else {
            let name = c
                .freevars
                .get(slot - c.cellvars.len())
                .cloned()
                .unwrap_or_default();
            let msg =
                format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope");
            self.new_exc(self.t.name_error, &msg)
        }
    }

    /// Finds a handler for `exc` starting at the top frame, unwinding frames.
    /// Ok when a handler was found (the loop continues there); Err when an
    /// entry frame was left.
    pub fn unwind(&mut self, exc: Value, mut reraise: bool) -> PyResult<()> {
        // Implicit chaining: an exception raised while another is handled.
        if !reraise && is_kind(exc, Kind::Exception) {
            let ctx = self.exc_info;
            if !ctx.is_none() && !ctx.is_null() && ctx != exc && exc_of(exc).context.is_none() {
                // Avoid creating a cycle through the context chain.
                let mut o = ctx;
                let mut cycle = false;
                let mut guard = 0;
                while is_kind(o, Kind::Exception) && guard < 1000 {
                    if o == exc {
                        cycle = true;
                        break;
                    }
                    o = exc_of(o).context;
                    guard += 1;
                }
                if !cycle {
                    exc_of(exc).context = ctx;
                }
            }
        }
        let mut exc = exc;
        loop {
            let fi = self.frames.len() - 1;
            let f = self.frames[fi];
            let code = code_of(f.code);
            let lasti = f.ip.saturating_sub(1);
            if !std::mem::replace(&mut reraise, false) && is_kind(exc, Kind::Exception) {
                let line = code.code.line_of(lasti as usize);
                exc_of(exc).tb.push((f.code, line));
            }
            if let Some(h) = code.code.handler_for(lasti).copied() {
                let sb = f.base as usize + code.nslots();
                self.stack.truncate(sb + h.depth as usize);
                let pushed = self.reraise_lasti.take().unwrap_or(lasti);
                if h.push_lasti {
                    self.stack.push(Value::small_int(pushed as i64));
                }
                self.stack.push(exc);
                self.frames[fi].ip = h.target;
                return Ok(());
            }
            self.reraise_lasti = None;
            self.frames.pop();
            self.stack.truncate(f.ret_sp as usize);
            if !f.gen.is_null() {
                let g = gen_of(f.gen);
                g.state = GenState::Finished;
                g.slots = Vec::new();
                if self.isinstance(exc, self.t.stop_iteration) {
                    let e = self.new_exc(self.t.runtime_error, "generator raised StopIteration");
                    exc_of(e).cause = exc;
                    exc_of(e).context = exc;
                    exc_of(e).suppress_context = true;
                    exc = e;
                }
            }
            if f.entry {
                return Err(exc);
            }
        }
    }

    // ---------------------------------------------------------------- calls

    pub fn make_function(
        &mut self,
        codev: Value,
        globals: Value,
        defaults: Value,
        kwdefaults: Value,
        closure: Value,
        annotations: Value,
    ) -> Value {
        let c = code_of(codev);
        let (name, qualname) = (c.name, c.qualname);
        let doc = match &c.code.docstring {
            Some(d) => {
                let d = d.clone();
                self.new_str(d)
            }
            None => Value::NONE,
        };
        let module = dict_get_str(dict_of(globals), self.n.name).unwrap_or(Value::NONE);
        self.alloc(
            self.t.function,
            Kind::Function,
            FuncObj {
                code: codev,
                globals,
                name,
                qualname,
                defaults,
                kwdefaults,
                closure,
                doc,
                module,
                annotations,
            },
        )
    }

    /// Fast call: the `n` args already sit at `argbase` on the stack.
    /// Returns None when a frame was pushed, Some(result) for generators.
    pub fn push_frame_inplace(
        &mut self,
        func: Value,
        argbase: usize,
        n: usize,
        fpos: usize,
    ) -> PyResult<Option<Value>> {
        let f = func_of(func);
        let codev = f.code;
        let c = code_of(codev);
        let cflags = c.code.flags;
        if n != c.code.argcount as usize
            || c.code.kwonlyargcount != 0
            || cflags & (flags::VARARGS | flags::VARKEYWORDS | flags::GENERATOR) != 0
        {
            let args: Args = SmallVec::from_slice(&self.stack[argbase..]);
            self.stack.truncate(fpos + 2);
            self.stack[fpos + 1] = Value::NULL;
            return self.push_frame_bound(func, &args, &[], fpos, false);
        }
        let nslots = c.nslots();
        self.stack.resize(argbase + nslots, Value::NULL);
        if c.ncells + c.nfree > 0 {
            self.init_cells(func, argbase);
        }
        self.frames.push(Frame {
            code: codev,
            ip: 0,
            base: argbase as u32,
            sp: 0,
            ret_sp: fpos as u32,
            func,
            globals: f.globals,
            locals: Value::NULL,
            gen: Value::NULL,
            entry: false,
        });
        Ok(None)
    }

    /// FORMAT_VALUE: conversion (`flags & 3`: 1 str, 2 repr, 3 ascii) then
    /// `format(v, spec)` (`spec` NULL when absent).
    pub fn format_value(&mut self, v: Value, spec: Value, flags: usize) -> PyResult<Value> {
        let v = match flags & 3 {
            1 => self.str(v)?,
            2 => self.repr(v)?,
            3 => self.ascii(v)?,
            _ => v,
        };
        if spec.is_null() && is_kind(v, Kind::Str) && self.type_of(v) == self.t.str_ {
            return Ok(v);
        }
        let spec = if spec.is_null() { self.n.empty } else { spec };
        self.format(v, spec)
    }

    /// BUILD_STRING: joins the top `n` strings of the value stack.
    pub fn build_string(&mut self, n: usize) {
        let at = self.stack.len() - n;
        let mut s = String::new();
        for v in &self.stack[at..] {
            s.push_str(as_str(*v));
        }
        self.stack.truncate(at);
        let v = self.new_str(s);
        self.stack.push(v);
    }

    /// CALL for a caller that cannot continue in this loop (a trace): the
    /// stack ends with `[callable, self_or_null, args...]` at `fpos` (the
    /// keyword arguments' names in `kwnames`, or NULL);
    /// runs the call to completion (Python functions in a nested eval loop)
    /// and leaves the stack at `fpos` with the result pushed.
    pub fn call_from_trace(&mut self, fpos: usize, kwnames: Value) -> PyResult<()> {
        let mut callable = self.stack[fpos];
        if is_kind(callable, Kind::Method) && self.stack[fpos + 1].is_null() {
            let m = method_of(callable);
            callable = m.func;
            self.stack[fpos] = m.func;
            self.stack[fpos + 1] = m.self_;
        }
        let has_self = !self.stack[fpos + 1].is_null();
        let argbase = if has_self { fpos + 1 } else { fpos + 2 };
        if is_kind(callable, Kind::Function) && kwnames.is_null() {
            if self.frames.len() >= self.recursion_limit
                || self.native_depth >= self.recursion_limit
            {
                return self.recursion_err(" while calling a Python object");
            }
            let n = self.stack.len() - argbase;
            let r = match self.push_frame_inplace(callable, argbase, n, fpos)? {
                Some(r) => r,
                None => {
                    let top = self.frames.len() - 1;
                    self.frames[top].entry = true;
                    self.native_depth += 1;
                    let r = self.run();
                    self.native_depth -= 1;
                    r?
                }
            };
            self.stack.truncate(fpos);
            self.stack.push(r);
            return Ok(());
        }
        let (args, kw) = split_call_args(&self.stack[argbase..], kwnames);
        // The arguments stay on the value stack (rooted) during the call.
        let r = self.call(callable, &args, &kw)?;
        self.stack.truncate(fpos);
        self.stack.push(r);
        Ok(())
    }

    fn init_cells(&mut self, func: Value, base: usize) {
        let f = func_of(func);
        let c = code_of(f.code);
        let nl = c.nlocals as usize;
        for i in 0..c.ncells as usize {
            let init = match c.cell_args[i] {
                a if a >= 0 => self.stack[base + a as usize],
                _ => Value::NULL,
            };
            let cell = self.new_cell(init);
            self.stack[base + nl + i] = cell;
        }
        if !f.closure.is_null() && c.nfree > 0 {
            let cl = &tuple_of(f.closure).items;
            for j in 0..c.nfree as usize {
                self.stack[base + nl + c.ncells as usize + j] =
                    cl.get(j).copied().unwrap_or(Value::NULL);
            }
        }
    }

    /// General call of a Python function: binds args into a new frame at the
    /// stack top. Returns None when a frame was pushed (run it), or
    /// Some(generator) for generator functions.
    pub fn push_frame_bound(
        &mut self,
        func: Value,
        args: &[Value],
        kw: &[(Value, Value)],
        ret_sp: usize,
        entry: bool,
    ) -> PyResult<Option<Value>> {
        let f = func_of(func);
        let codev = f.code;
        let c = code_of(codev);
        let base = self.stack.len();
        let nslots = c.nslots();
        self.stack.resize(base + nslots, Value::NULL);
        if let Err(e) = self.bind_args(func, args, kw, base) {
            self.stack.truncate(base);
            return Err(e);
        }
        if c.ncells + c.nfree > 0 {
            self.init_cells(func, base);
        }
        if c.code.flags & flags::GENERATOR != 0 {
            let slots = self.stack.split_off(base);
            let g = self.alloc(
                self.t.generator,
                Kind::Generator,
                GenObj {
                    func,
                    code: codev,
                    globals: f.globals,
                    ip: 0,
                    slots,
                    state: GenState::Created,
                    name: f.name,
                    qualname: f.qualname,
                },
            );
            return Ok(Some(g));
        }
        self.frames.push(Frame {
            code: codev,
            ip: 0,
            base: base as u32,
            sp: 0,
            ret_sp: ret_sp as u32,
            func,
            globals: f.globals,
            locals: Value::NULL,
            gen: Value::NULL,
            entry,
        });
        Ok(None)
    }

    /// CPython's argument binding with its error messages.
    fn bind_args(
        &mut self,
        func: Value,
        args: &[Value],
        kw: &[(Value, Value)],
        base: usize,
    ) -> PyResult<()> {
        let f = func_of(func);
        let c = code_of(f.code);
        let co = &c.code;
        let argcount = co.argcount as usize;
        let kwonly = co.kwonlyargcount as usize;
        let posonly = co.posonlyargcount as usize;
        let has_varargs = co.flags & flags::VARARGS != 0;
        let has_varkw = co.flags & flags::VARKEYWORDS != 0;
        let qual = as_str(f.qualname).to_string();
        let npos = args.len().min(argcount);
        self.stack[base..base + npos].copy_from_slice(&args[..npos]);
        let mut slot = argcount + kwonly;
        if has_varargs {
            let extra = if args.len() > argcount {
                args[argcount..].to_vec()
            } else {
                vec![]
            };
            let t = self.new_tuple(extra);
            self.stack[base + slot] = t;
            slot += 1;
        } else if args.len() > argcount {
            let defaults = if f.defaults.is_null() {
                0
            } else {
                tuple_of(f.defaults).items.len()
            };
            let kwgiven = kw
                .iter()
                .filter(|(k, _)| {
                    co.varnames[argcount..argcount + kwonly]
                        .iter()
                        .any(|n| n == as_str(*k))
                })
                .count();
            let takes = if defaults > 0 {
                format!(
                    "from {} to {} positional arguments",
                    argcount - defaults,
                    argcount
                )
            } else {
                format!(
                    "{} positional argument{}",
                    argcount,
                    if argcount == 1 { "" } else { "s" }
                )
            };
            let given = args.len();
            let msg = if kwgiven > 0 {
                format!(
                    "{qual}() takes {takes} but {given} positional argument{} (and {kwgiven} keyword-only argument{}) were given",
                    if given == 1 { "" } else { "s" },
                    if kwgiven == 1 { "" } else { "s" }
                )
            } else {
                format!(
                    "{qual}() takes {takes} but {given} {} given",
                    if given == 1 { "was" } else { "were" }
                )
            };
            return self.type_err(msg);
        }
        let kwdict = if has_varkw {
            let d = self.new_dict();
            self.stack[base + slot] = d;
            d
        } else {
            Value::NULL
        };
        let mut posonly_kw: Vec<String> = Vec::new();
        for &(k, v) in kw {
            let ks = as_str(k);
            let idx = co.varnames[..argcount + kwonly]
                .iter()
                .position(|n| n == ks);
            match idx {
                Some(i) if i >= posonly => {
                    if !self.stack[base + i].is_null() {
                        return self
                            .type_err(format!("{qual}() got multiple values for argument '{ks}'"));
                    }
                    self.stack[base + i] = v;
                }
                _ => {
                    if !kwdict.is_null() {
                        self.dict_set(kwdict, k, v)?;
                    } else if idx.is_some() {
                        posonly_kw.push(ks.to_string());
                    } else {
                        return self.type_err(format!(
                            "{qual}() got an unexpected keyword argument '{ks}'"
                        ));
                    }
                }
            }
        }
        if !posonly_kw.is_empty() {
            return self.type_err(format!(
                "{qual}() got some positional-only arguments passed as keyword arguments: '{}'",
                posonly_kw.join(", ")
            ));
        }
        // Defaults for positionals.
        if args.len() < argcount {
            let defaults: Vec<Value> = if f.defaults.is_null() {
                vec![]
            } else {
                tuple_of(f.defaults).items.clone()
            };
            let first_default = argcount - defaults.len();
            let mut missing = Vec::new();
            for i in args.len()..argcount {
                if self.stack[base + i].is_null() {
                    if i >= first_default {
                        self.stack[base + i] = defaults[i - first_default];
                    } else {
                        missing.push(co.varnames[i].clone());
                    }
                }
            }
            if !missing.is_empty() {
                return self.type_err(format!(
                    "{qual}() missing {} required positional argument{}: {}",
                    missing.len(),
                    if missing.len() == 1 { "" } else { "s" },
                    join_names(&missing)
                ));
            }
        }
        if kwonly > 0 {
            let mut missing = Vec::new();
            for i in argcount..argcount + kwonly {
                if self.stack[base + i].is_null() {
                    let name = &co.varnames[i];
                    let d = if f.kwdefaults.is_null() {
                        None
                    } else {
                        let key = self.intern(name);
                        dict_get_str(dict_of(f.kwdefaults), key)
                    };
                    match d {
                        Some(v) => self.stack[base + i] = v,
                        None => missing.push(name.clone()),
                    }
                }
            }
            if !missing.is_empty() {
                return self.type_err(format!(
                    "{qual}() missing {} required keyword-only argument{}: {}",
                    missing.len(),
                    if missing.len() == 1 { "" } else { "s" },
                    join_names(&missing)
                ));
            }
        }
        Ok(())
    }

    /// Calls any callable from native code.
    pub fn call(
        &mut self,
        callable: Value,
        args: &[Value],
        kw: &[(Value, Value)],
    ) -> PyResult<Value> {
        // A section entry point: the vouch (if any) covers this call only.
        let w = std::mem::take(&mut self.gc_window);
        match kind_of(callable) {
            Some(Kind::Function) => {
                if self.frames.len() >= self.recursion_limit
                    || self.native_depth >= self.recursion_limit
                {
                    return self.recursion_err(" while calling a Python object");
                }
                let sp = self.stack.len();
                match self.push_frame_bound(callable, args, kw, sp, true)? {
                    Some(g) => Ok(g),
                    None => {
                        self.gc_window = w;
                        let w = self.enter_section();
                        // A safepoint: the callee's frame holds its arguments.
                        if self.heap.wants_gc() {
                            self.maybe_gc();
                        }
                        self.native_depth += 1;
                        let r = self.run();
                        self.native_depth -= 1;
                        self.leave_section(w);
                        r
                    }
                }
            }
            Some(Kind::Native) => {
                let n = native_of(callable);
                let f = n.f;
                // Unaudited natives, or natives called without a vouch, block
                // collection while they run.
                let safe = w && n.rooted;
                if !n.bound.is_null() {
                    let mut a: Args = SmallVec::with_capacity(args.len() + 1);
                    a.push(n.bound);
                    a.extend_from_slice(args);
                    self.gc_window = safe;
                    let s = self.enter_section();
                    let r = f(self, &a, kw);
                    self.leave_section(s);
                    return r;
                }
                if n.binds && !n.owner.is_null() {
                    let owner = n.owner;
                    match args.first() {
                        Some(&s) if self.isinstance(s, owner) => {}
                        Some(&s) => {
                            let msg = format!(
                                "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                                n.name,
                                type_of_obj(owner).name,
                                self.type_name(s)
                            );
                            return self.type_err(msg);
                        }
                        None => {
                            let msg = format!(
                                "unbound method {}.{}() needs an argument",
                                type_of_obj(owner).name,
                                n.name
                            );
                            return self.type_err(msg);
                        }
                    }
                    if n.arity != crate::types::ARITY_ANY {
                        crate::types::check_arity(self, callable, args.len() - 1, !kw.is_empty())?;
                    }
                }
                if self.native_depth >= self.recursion_limit + 50 {
                    return self.recursion_err(" while calling a Python object");
                }
                self.gc_window = safe;
                let s = self.enter_section();
                self.native_depth += 1;
                let r = f(self, args, kw);
                self.native_depth -= 1;
                self.leave_section(s);
                r
            }
            Some(Kind::Method) => {
                let m = method_of(callable);
                let (func, s) = (m.func, m.self_);
                let mut a: Args = SmallVec::with_capacity(args.len() + 1);
                a.push(s);
                a.extend_from_slice(args);
                // `func` and `s` stay reachable from the (vouched) method.
                self.gc_window = w;
                self.call(func, &a, kw)
            }
            Some(Kind::Type) => {
                self.gc_window = w;
                self.type_call(callable, args, kw)
            }
            _ => {
                let ty = self.type_of(callable);
                if let Some(c) = self.type_lookup(ty, self.n.call) {
                    if self.native_depth >= self.recursion_limit {
                        return self.recursion_err(" while calling a Python object");
                    }
                    self.native_depth += 1;
                    // `c` is reachable from the type of the vouched callable.
                    self.gc_window = w;
                    let r = self.call_descr(c, callable, ty, args);
                    self.native_depth -= 1;
                    let _ = kw;
                    if !kw.is_empty() {
                        // Re-do with keywords (rare): bind and call.
                        let b = self.bind_descr(c, callable, ty)?;
                        return self.call(b, args, kw);
                    }
                    return r;
                }
                let msg = format!("'{}' object is not callable", self.type_name(callable));
                self.type_err(msg)
            }
        }
    }

    /// Calls the class attribute `descr` (found on `ty`) as a method of `obj`.
    pub fn call_descr(
        &mut self,
        descr: Value,
        obj: Value,
        ty: Value,
        args: &[Value],
    ) -> PyResult<Value> {
        match kind_of(descr) {
            Some(Kind::Function) | Some(Kind::Native)
                if kind_of(descr) == Some(Kind::Function) || native_of(descr).binds =>
            {
                let mut a: Args = SmallVec::with_capacity(args.len() + 1);
                a.push(obj);
                a.extend_from_slice(args);
                self.call(descr, &a, &[])
            }
            _ => {
                let b = self.bind_descr(descr, obj, ty)?;
                self.call(b, args, &[])
            }
        }
    }

    /// Calls method `name` of `obj` (looked up through getattr).
    pub fn call_method(&mut self, obj: Value, name: Value, args: &[Value]) -> PyResult<Value> {
        let (m, is_meth) = self.load_method(obj, name)?;
        if is_meth {
            let mut a: Args = SmallVec::with_capacity(args.len() + 1);
            a.push(obj);
            a.extend_from_slice(args);
            self.call(m, &a, &[])
        } else {
            self.call(m, args, &[])
        }
    }

    /// Runs a code object as a module/class body with a locals mapping.
    pub fn run_code(
        &mut self,
        codev: Value,
        globals: Value,
        locals: Value,
        func: Value,
    ) -> PyResult<Value> {
        let c = code_of(codev);
        let base = self.stack.len();
        self.stack.resize(base + c.nslots(), Value::NULL);
        if !func.is_null() && c.ncells + c.nfree > 0 {
            self.init_cells(func, base);
        } else {
            for i in 0..c.ncells as usize {
                let cell = self.new_cell(Value::NULL);
                self.stack[base + c.nlocals as usize + i] = cell;
            }
        }
        self.frames.push(Frame {
            code: codev,
            ip: 0,
            base: base as u32,
            sp: 0,
            ret_sp: base as u32,
            func,
            globals,
            locals,
            gen: Value::NULL,
            entry: true,
        });
        // The main module runs with no Rust chain below it; anything else
        // (imports, class bodies, exec) is a section.
        let top = self.native_depth == 0;
        let w = if top { true } else { self.enter_section() };
        self.native_depth += 1;
        let r = self.run();
        self.native_depth -= 1;
        self.leave_section(w);
        r
    }

    // ----------------------------------------------------------- generators

    /// Resumes generator `g` sending `v`.
    pub fn gen_send(&mut self, g: Value, v: Value) -> PyResult<GenResult> {
        let w = std::mem::take(&mut self.gc_window);
        let go = gen_of(g);
        match go.state {
            GenState::Running => return self.value_err("generator already executing"),
            GenState::Finished => return Ok(GenResult::Return(Value::NONE)),
            GenState::Created if !v.is_none() => {
                return self.type_err("can't send non-None value to a just-started generator")
            }
            _ => {}
        }
        let first = go.state == GenState::Created;
        self.resume_frame(g)?;
        if !first {
            self.stack.push(v);
        }
        // The generator's frame roots itself; `v` is now on its stack.
        self.gc_window = w;
        self.run_gen()
    }

    fn resume_frame(&mut self, g: Value) -> PyResult<()> {
        if self.frames.len() >= self.recursion_limit || self.native_depth >= self.recursion_limit {
            return self.recursion_err("");
        }
        let go = gen_of(g);
        let base = self.stack.len();
        self.stack.extend_from_slice(&go.slots);
        go.slots.clear();
        go.state = GenState::Running;
        self.frames.push(Frame {
            code: go.code,
            ip: go.ip,
            base: base as u32,
            sp: 0,
            ret_sp: base as u32,
            func: go.func,
            globals: go.globals,
            locals: Value::NULL,
            gen: g,
            entry: true,
        });
        Ok(())
    }

    fn run_gen(&mut self) -> PyResult<GenResult> {
        let w = self.enter_section();
        // A safepoint: the resumed frame is on the frame stack.
        if self.heap.wants_gc() {
            self.maybe_gc();
        }
        self.native_depth += 1;
        let r = self.run();
        self.native_depth -= 1;
        self.leave_section(w);
        let y = std::mem::replace(&mut self.yielded, false);
        let v = r?;
        Ok(if y {
            GenResult::Yield(v)
        } else {
            GenResult::Return(v)
        })
    }

    /// `gen.throw(exc)`.
    pub fn gen_throw(&mut self, g: Value, exc: Value) -> PyResult<GenResult> {
        let exc = self.make_exception(exc)?;
        let go = gen_of(g);
        match go.state {
            GenState::Running => return self.value_err("generator already executing"),
            GenState::Finished | GenState::Created => {
                go.state = GenState::Finished;
                return Err(exc);
            }
            _ => {}
        }
        self.resume_frame(g)?;
        self.unwind(exc, false)?;
        self.gc_window = false;
        self.run_gen()
    }

    /// `gen.close()`.
    pub fn gen_close(&mut self, g: Value) -> PyResult<()> {
        if gen_of(g).state != GenState::Suspended {
            gen_of(g).state = GenState::Finished;
            return Ok(());
        }
        let e = self.new_exc_args(self.t.generator_exit, self.empty_tuple);
        match self.gen_throw(g, e) {
            Ok(GenResult::Yield(_)) => {
                self.err(self.t.runtime_error, "generator ignored GeneratorExit")
            }
            Ok(GenResult::Return(_)) => Ok(()),
            Err(e)
                if self.isinstance(e, self.t.generator_exit)
                    || self.isinstance(e, self.t.stop_iteration) =>
            {
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    // ----------------------------------------------------------- exceptions

    /// `raise X`: instantiate classes, check the type.
    pub fn make_exception(&mut self, e: Value) -> PyResult<Value> {
        if is_kind(e, Kind::Type) && self.is_subtype(e, self.t.base_exception) {
            let inst = self.call(e, &[], &[])?;
            if !is_kind(inst, Kind::Exception) {
                let r = self.repr_string(e)?;
                let msg = format!(
                    "calling {} should have returned an instance of BaseException, not {}",
                    r,
                    self.type_name(inst)
                );
                return self.type_err(msg);
            }
            return Ok(inst);
        }
        if is_kind(e, Kind::Exception) {
            return Ok(e);
        }
        self.type_err("exceptions must derive from BaseException")
    }

    fn exc_matches(&mut self, e: Value, ty: Value) -> PyResult<bool> {
        let check = |s: &mut Self, t: Value| -> PyResult<bool> {
            if !is_kind(t, Kind::Type) || !s.is_subtype(t, s.t.base_exception) {
                return s.type_err(
                    "catching classes that do not inherit from BaseException is not allowed",
                );
            }
            Ok(s.isinstance(e, t))
        };
        if is_kind(ty, Kind::Tuple) {
            for t in tuple_of(ty).items.clone() {
                if check(self, t)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        check(self, ty)
    }

    pub fn exc_traceback(&mut self, e: Value) -> Value {
        if !is_kind(e, Kind::Exception) || exc_of(e).tb.is_empty() {
            return Value::NONE;
        }
        let entries = exc_of(e).tb.clone();
        self.alloc(self.t.traceback, Kind::Traceback, TracebackObj { entries })
    }

    pub fn stop_iteration_value(&mut self, e: Value) -> Value {
        if is_kind(e, Kind::Exception) {
            let a = exc_of(e).args;
            if let Some(v) = tuple_of(a).items.first() {
                return *v;
            }
        }
        Value::NONE
    }

    fn match_class(
        &mut self,
        subj: Value,
        cls: Value,
        names: Value,
        npos: usize,
    ) -> PyResult<Value> {
        if !is_kind(cls, Kind::Type) {
            return self.type_err("called match pattern must be a class");
        }
        if !self.isinstance(subj, cls) {
            return Ok(Value::NONE);
        }
        let mut out = Vec::new();
        if npos > 0 {
            let to = type_of_obj(cls);
            let self_match = to.builtin
                && [
                    self.t.int,
                    self.t.str_,
                    self.t.float,
                    self.t.bool_,
                    self.t.list,
                    self.t.tuple,
                    self.t.dict,
                    self.t.set,
                    self.t.frozenset,
                    self.t.bytes,
                ]
                .contains(&cls);
            if self_match && npos == 1 {
                out.push(subj);
            } else {
                let ma = self.n.match_args;
                let args = match self.type_lookup(cls, ma) {
                    Some(a) => self.collect_iter(a)?,
                    None => {
                        return self.type_err(format!(
                            "{}() accepts 0 positional sub-patterns ({} given)",
                            type_of_obj(cls).name,
                            npos
                        ))
                    }
                };
                if npos > args.len() {
                    return self.type_err(format!(
                        "{}() accepts {} positional sub-pattern{} ({} given)",
                        type_of_obj(cls).name,
                        args.len(),
                        if args.len() == 1 { "" } else { "s" },
                        npos
                    ));
                }
                for a in &args[..npos] {
                    let a = self.intern_value(*a);
                    match self.getattr(subj, a) {
                        Ok(v) => out.push(v),
                        Err(e) if self.isinstance(e, self.t.attribute_error) => {
                            return Ok(Value::NONE)
                        }
                        Err(e) => return Err(e),
                    }
                }
            }
        }
        for n in tuple_of(names).items.clone() {
            let n = self.intern_value(n);
            match self.getattr(subj, n) {
                Ok(v) => out.push(v),
                Err(e) if self.isinstance(e, self.t.attribute_error) => return Ok(Value::NONE),
                Err(e) => return Err(e),
            }
        }
        Ok(self.new_tuple(out))
    }

    /// Iterates `seq` expecting exactly `n` items (UnpackSequence).
    pub fn unpack_iter(&mut self, seq: Value, n: usize) -> PyResult<Vec<Value>> {
        let it = match self.get_iter(seq) {
            Ok(it) => it,
            Err(e) => {
                if self.isinstance(e, self.t.type_error) {
                    return self.type_err(format!(
                        "cannot unpack non-iterable {} object",
                        self.type_name(seq)
                    ));
                }
                return Err(e);
            }
        };
        let mut out = Vec::with_capacity(n);
        while out.len() < n {
            match self.next(it)? {
                Some(v) => out.push(v),
                None => {
                    return self.value_err(format!(
                        "not enough values to unpack (expected {}, got {})",
                        n,
                        out.len()
                    ))
                }
            }
        }
        if self.next(it)?.is_some() {
            return self.value_err(format!("too many values to unpack (expected {n})"));
        }
        Ok(out)
    }

    /// Loads a global or builtin name.
    pub fn load_global(&mut self, globals: Value, name: Value) -> PyResult<Value> {
        if let Some(v) = dict_get_str(dict_of(globals), name) {
            return Ok(v);
        }
        if let Some(v) = dict_get_str(dict_of(self.builtins_dict), name) {
            return Ok(v);
        }
        let msg = format!("name '{}' is not defined", as_str(name));
        self.err(self.t.name_error, msg)
    }
}

/// The shape of a receiver for inline caches (NO_ATTRS without attributes).
#[inline]
pub fn recv_shape(obj: Value) -> u32 {
    if !obj.is_ptr() {
        return NO_ATTRS;
    }
    // SAFETY: pointer values are live objects.
    match unsafe { header(obj) }.attrs.as_ref() {
        Some(a) => a.shape,
        None => NO_ATTRS,
    }
}

/// Inline-cache marker shape for a module attribute entry (`ty` holds the
/// module, `epoch` its dict version, `new_shape` the interpreter epoch).
const MODULE_ATTR: u32 = u32::MAX - 2;

impl Interp {
    /// A module attribute found in the module's dict, through the inline cache
    /// entry `at` of the current code (refilled on a miss). None when the name
    /// is not in the dict (the generic path handles `__getattr__` and errors).
    #[inline]
    fn module_attr_cached(
        &mut self,
        obj: Value,
        name: Value,
        icache: *mut ICache,
        at: usize,
    ) -> Option<Value> {
        let d = module_of(obj).dict;
        let ver = dict_of(d).version;
        // SAFETY: `icache` has one entry per instruction of the running code.
        let c = unsafe { &mut *icache.add(at) };
        if c.shape == MODULE_ATTR
            && c.ty == obj.0
            && c.epoch == ver
            && c.new_shape == self.epoch as u32
        {
            return Some(c.val);
        }
        let v = dict_get_str(dict_of(d), name)?;
        *c = ICache {
            ty: obj.0,
            epoch: ver,
            shape: MODULE_ATTR,
            slot: 0,
            new_shape: self.epoch as u32,
            val: v,
        };
        Some(v)
    }

    /// An inline-cache entry for a plain instance attribute `name` of `obj`
    /// living in its shape slots (no data descriptor, no custom hooks).
    pub fn icache_attr(&mut self, obj: Value, name: Value) -> Option<ICache> {
        if !is_kind(obj, Kind::Instance) {
            return None;
        }
        // SAFETY: instance pointer value.
        let h = unsafe { header(obj) };
        let a = h.attrs.as_ref()?;
        if a.shape == DICT_MODE {
            return None;
        }
        let slot = *self.shapes[a.shape as usize].index.get(&name.0)?;
        let shape = a.shape;
        let ty = Value::ptr(h.ty);
        if self.user_lookup(ty, self.n.getattribute).is_some()
            || self.user_lookup(ty, self.n.setattr).is_some()
        {
            return None;
        }
        if let Some(d) = self.type_lookup(ty, name) {
            if matches!(kind_of(d), Some(Kind::Property | Kind::Instance)) {
                return None;
            }
        }
        Some(ICache {
            ty: ty.0,
            epoch: self.epoch,
            shape,
            slot,
            new_shape: u32::MAX,
            val: Value::NULL,
        })
    }
}

fn join_names(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        _ => format!("{}, and {}", q[..q.len() - 1].join(", "), q[q.len() - 1]),
    }
}
