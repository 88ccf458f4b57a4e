//! Attribute access (shapes, descriptors), item access, iteration, dict/set
//! helpers, and class instantiation.

use crate::eval::GenResult;
use crate::interp::{dict_get_str, str_hash, Interp, PyResult};
use crate::object::*;
use crate::ops::{native_key_eq, Num};
use crate::value::Value;
use num_traits::ToPrimitive;

impl Interp {
    // ----------------------------------------------------------- dicts/sets

    /// Dict lookup with Python equality.
    pub fn dict_get(&mut self, d: Value, key: Value) -> PyResult<Option<Value>> {
        if !is_kind(d, Kind::Dict) {
            return self.mapping_get(d, key);
        }
        let h = self.hash(key)?;
        self.dict_get_hashed(d, key, h)
    }

    pub fn dict_get_hashed(&mut self, d: Value, key: Value, h: i64) -> PyResult<Option<Value>> {
        let mut need_slow = false;
        let r = dict_of(d).find(key, h, &mut |a, b| match native_key_eq(a, b) {
            Some(r) => Ok(r),
            None => {
                need_slow = true;
                Ok(false)
            }
        })?;
        if let Some(i) = r {
            return Ok(Some(dict_of(d).entries[i].value));
        }
        if !need_slow {
            return Ok(None);
        }
        let this: *mut Interp = self;
        let r = dict_of(d).find(key, h, &mut |a, b| {
            // SAFETY: `this` is the unique &mut Interp of this call; the
            // closure is the only user while `find` runs.
            unsafe { (*this).eq(a, b) }
        })?;
        Ok(r.and_then(|i| dict_of(d).entries.get(i).map(|e| e.value)))
    }

    pub fn dict_set(&mut self, d: Value, key: Value, v: Value) -> PyResult<()> {
        let h = self.hash(key)?;
        self.dict_set_hashed(d, key, h, v)
    }

    pub fn dict_set_hashed(&mut self, d: Value, key: Value, h: i64, v: Value) -> PyResult<()> {
        let mut need_slow = false;
        let r = dict_of(d).find(key, h, &mut |a, b| match native_key_eq(a, b) {
            Some(r) => Ok(r),
            None => {
                need_slow = true;
                Ok(false)
            }
        })?;
        if let Some(i) = r {
            dict_of(d).entries[i].value = v;
            dict_of(d).version += 1;
            return Ok(());
        }
        if need_slow {
            let this: *mut Interp = self;
            let r = dict_of(d).find(key, h, &mut |a, b| {
                // SAFETY: see dict_get_hashed.
                unsafe { (*this).eq(a, b) }
            })?;
            if let Some(i) = r {
                if let Some(e) = dict_of(d).entries.get_mut(i) {
                    e.value = v;
                    dict_of(d).version += 1;
                    return Ok(());
                }
            }
        }
        dict_of(d).insert_new(key, h, v);
        Ok(())
    }

    /// Deletes a key; false when absent.
    pub fn dict_del(&mut self, d: Value, key: Value) -> PyResult<bool> {
        let h = self.hash(key)?;
        let this: *mut Interp = self;
        let r = dict_of(d).find(key, h, &mut |a, b| match native_key_eq(a, b) {
            Some(r) => Ok(r),
            // SAFETY: see dict_get_hashed.
            None => unsafe { (*this).eq(a, b) },
        })?;
        match r {
            Some(i) => {
                dict_of(d).remove_at(i);
                Ok(true)
            }
            None => Ok(false),
        }
    }

    pub fn set_add(&mut self, s: Value, key: Value) -> PyResult<()> {
        let h = self.hash(key)?;
        let this: *mut Interp = self;
        set_of(s).add(key, h, &mut |a, b| match native_key_eq(a, b) {
            Some(r) => Ok(r),
            // SAFETY: see dict_get_hashed.
            None => unsafe { (*this).eq(a, b) },
        })
    }

    pub fn set_contains_hashed(&mut self, s: Value, key: Value, h: i64) -> PyResult<bool> {
        let this: *mut Interp = self;
        set_of(s).contains(key, h, &mut |a, b| match native_key_eq(a, b) {
            Some(r) => Ok(r),
            // SAFETY: see dict_get_hashed.
            None => unsafe { (*this).eq(a, b) },
        })
    }

    pub fn set_discard(&mut self, s: Value, key: Value) -> PyResult<bool> {
        let h = self.hash(key)?;
        let this: *mut Interp = self;
        set_of(s).discard(key, h, &mut |a, b| match native_key_eq(a, b) {
            Some(r) => Ok(r),
            // SAFETY: see dict_get_hashed.
            None => unsafe { (*this).eq(a, b) },
        })
    }

    /// `d.update(m)` for a dict or an iterable of pairs.
    /// A section entry point (see `Interp::vouch`): with a vouch for `d` and
    /// `m`, iterating a generic iterable `m` may collect.
    pub fn dict_update_from(&mut self, d: Value, m: Value, mapping_only: bool) -> PyResult<()> {
        let w = self.enter_section();
        let r = self.dict_update_in(d, m, mapping_only);
        self.leave_section(w);
        r
    }

    fn dict_update_in(&mut self, d: Value, m: Value, mapping_only: bool) -> PyResult<()> {
        if is_kind(m, Kind::Dict) {
            let entries: Vec<_> = dict_of(m).iter_hashed().collect();
            for e in entries {
                self.dict_set_hashed(d, e.key, e.hash, e.value)?;
            }
            return Ok(());
        }
        let ty = self.type_of(m);
        if let Some(_k) = self.type_lookup(ty, self.n.keys) {
            let keys = self.call_method(m, self.n.keys, &[])?;
            let keys = self.collect_iter(keys)?;
            for k in keys {
                let v = self.getitem(m, k)?;
                self.dict_set(d, k, v)?;
            }
            return Ok(());
        }
        if mapping_only {
            return self.type_err(format!("'{}' object is not a mapping", self.type_name(m)));
        }
        // One pair at a time, as CPython does: the iterator and the current
        // element stay rooted while Python code runs.
        let iter = self.get_iter(m)?;
        let mark = self.roots_mark();
        self.root(iter);
        let r = self.dict_update_pairs(d, iter, mark);
        self.unroot_to(mark);
        r
    }

    /// `dict_update_from` over the pairs of the rooted iterator `iter`.
    fn dict_update_pairs(&mut self, d: Value, iter: Value, mark: usize) -> PyResult<()> {
        let mut i = 0usize;
        loop {
            self.unroot_to(mark + 1);
            self.vouch();
            let Some(it) = self.next(iter)? else {
                return Ok(());
            };
            self.root(it);
            self.vouch();
            let kv = match self.collect_iter(it) {
                Ok(kv) => kv,
                Err(_) => {
                    return self.type_err(format!(
                        "cannot convert dictionary update sequence element #{i} to a sequence"
                    ))
                }
            };
            if kv.len() != 2 {
                return self.value_err(format!(
                    "dictionary update sequence element #{i} has length {}; 2 is required",
                    kv.len()
                ));
            }
            // The pair's items are rooted too: a list element may be replaced
            // while `__hash__` / `__eq__` run.
            self.root(kv[0]);
            self.root(kv[1]);
            self.dict_set(d, kv[0], kv[1])?;
            i += 1;
        }
    }

    pub fn dict_merge_kwargs(&mut self, d: Value, m: Value, callable: Value) -> PyResult<()> {
        if !is_kind(m, Kind::Dict) && self.type_lookup(self.type_of(m), self.n.keys).is_none() {
            let name = self.callable_name(callable);
            return self.type_err(format!(
                "{name} argument after ** must be a mapping, not {}",
                self.type_name(m)
            ));
        }
        let tmp = self.new_dict();
        self.dict_update_from(tmp, m, true)?;
        let entries: Vec<_> = dict_of(tmp).iter_hashed().collect();
        for e in entries {
            if !is_kind(e.key, Kind::Str) {
                return self.type_err("keywords must be strings");
            }
            if self.dict_get_hashed(d, e.key, e.hash)?.is_some() {
                let name = self.callable_name(callable);
                return self.type_err(format!(
                    "{name} got multiple values for keyword argument '{}'",
                    as_str(e.key)
                ));
            }
            self.dict_set_hashed(d, e.key, e.hash, e.value)?;
        }
        Ok(())
    }

    pub fn callable_name(&self, c: Value) -> String {
        match kind_of(c) {
            Some(Kind::Function) => {
                let f = func_of(c);
                match kind_of(f.module) {
                    Some(Kind::Str) if as_str(f.module) != "builtins" => {
                        format!("{}.{}()", as_str(f.module), as_str(f.qualname))
                    }
                    _ => format!("{}()", as_str(f.qualname)),
                }
            }
            Some(Kind::Native) => format!("{}()", native_of(c).name),
            Some(Kind::Method) => self.callable_name(method_of(c).func),
            Some(Kind::Type) => format!("{}()", type_of_obj(c).name),
            _ => format!("{} object", self.type_name(c)),
        }
    }

    /// Item lookup on a mapping (dict fast path). None when absent.
    pub fn mapping_get(&mut self, m: Value, key: Value) -> PyResult<Option<Value>> {
        if is_kind(m, Kind::Dict) && type_of_obj(self.type_of(m)).builtin {
            if is_kind(key, Kind::Str) {
                if let Some(v) = dict_get_str(dict_of(m), key) {
                    return Ok(Some(v));
                }
                return Ok(None);
            }
            return self.dict_get(m, key);
        }
        match self.getitem(m, key) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.isinstance(e, self.t.key_error) => Ok(None),
            Err(e) => Err(e),
        }
    }

    // ---------------------------------------------------------- attributes

    fn attrs_get(&mut self, obj: Value, name: Value) -> Option<Value> {
        // SAFETY: obj is a pointer value (callers check).
        let h = unsafe { header(obj) };
        let a = h.attrs.as_ref()?;
        if a.shape == DICT_MODE {
            return dict_get_str(dict_of(a.dict), name);
        }
        let idx = *self.shapes[a.shape as usize].index.get(&name.0)?;
        a.slots.get(idx as usize).copied().filter(|v| !v.is_null())
    }

    fn attrs_set(&mut self, obj: Value, name: Value, v: Value) -> PyResult<bool> {
        // SAFETY: obj is a pointer value (callers check).
        let h = unsafe { header(obj) };
        if let Some(allowed) = &type_of_obj(Value::ptr(h.ty)).slot_names {
            if !allowed.iter().any(|a| crate::interp::str_eq(*a, name)) {
                return Ok(false);
            }
        }
        let a = match h.attrs.as_mut() {
            Some(a) => a,
            None => return Ok(false),
        };
        if a.shape == DICT_MODE {
            let d = a.dict;
            self.dict_set(d, name, v)?;
            return Ok(true);
        }
        if let Some(&i) = self.shapes[a.shape as usize].index.get(&name.0) {
            a.slots[i as usize] = v;
            return Ok(true);
        }
        if a.slots.len() >= 64 {
            self.materialize_dict(obj);
            return self.attrs_set(obj, name, v);
        }
        let s = self.shape_add(a.shape, name);
        a.shape = s;
        a.slots.push(v);
        Ok(true)
    }

    fn attrs_del(&mut self, obj: Value, name: Value) -> PyResult<bool> {
        // SAFETY: obj is a pointer value (callers check).
        let h = unsafe { header(obj) };
        if h.attrs.is_none() {
            return Ok(false);
        }
        if h.attrs.as_ref().unwrap().shape != DICT_MODE {
            if self.attrs_get(obj, name).is_none() {
                return Ok(false);
            }
            self.materialize_dict(obj);
        }
        // SAFETY: as above.
        let d = unsafe { header(obj) }.attrs.as_ref().unwrap().dict;
        self.dict_del(d, name)
    }

    /// Switches an object's attributes to a real dict and returns it.
    pub fn materialize_dict(&mut self, obj: Value) -> Value {
        // SAFETY: obj is a pointer value (callers check).
        let h = unsafe { header(obj) };
        if h.attrs.is_none() {
            h.attrs = Some(Box::new(Attrs {
                shape: 0,
                slots: vec![],
                dict: Value::NULL,
            }));
        }
        let a = h.attrs.as_mut().unwrap();
        if a.shape == DICT_MODE {
            return a.dict;
        }
        let keys = self.shapes[a.shape as usize].keys.clone();
        let slots = std::mem::take(&mut a.slots);
        let d = self.new_dict();
        for (k, v) in keys.into_iter().zip(slots) {
            if !v.is_null() {
                dict_of(d).insert_new(k, str_hash(k), v);
            }
        }
        // SAFETY: as above.
        let a = unsafe { header(obj) }.attrs.as_mut().unwrap();
        a.shape = DICT_MODE;
        a.dict = d;
        d
    }

    fn is_data_descr(&mut self, d: Value) -> bool {
        match kind_of(d) {
            Some(Kind::Property) => true,
            Some(Kind::Instance) => {
                let t = self.type_of(d);
                self.type_lookup(t, self.n.set).is_some()
                    || self.type_lookup(t, self.n.delete).is_some()
            }
            _ => false,
        }
    }

    /// Binds a class attribute found on `ty` to `obj` (descriptor __get__).
    pub fn bind_descr(&mut self, d: Value, obj: Value, ty: Value) -> PyResult<Value> {
        match kind_of(d) {
            Some(Kind::Function) => Ok(self.new_method(d, obj)),
            Some(Kind::Native) if native_of(d).binds => Ok(self.new_method(d, obj)),
            Some(Kind::ClassMethod) => {
                let f = wrap_of(d).f;
                Ok(self.new_method(f, ty))
            }
            Some(Kind::StaticMethod) => Ok(wrap_of(d).f),
            Some(Kind::Property) => {
                let g = property_of(d).fget;
                if g.is_null() || g.is_none() {
                    return self.err(self.t.attribute_error, "property has no getter");
                }
                self.call(g, &[obj], &[])
            }
            Some(Kind::Instance) => {
                let dt = self.type_of(d);
                if let Some(g) = self.user_lookup(dt, self.n.get) {
                    return self.call_descr(g, d, dt, &[obj, ty]);
                }
                Ok(d)
            }
            _ => Ok(d),
        }
    }

    pub fn getattr(&mut self, obj: Value, name: Value) -> PyResult<Value> {
        let ty = self.type_of(obj);
        if is_kind(obj, Kind::Instance) {
            if let Some(v) = self.attrs_get(obj, name) {
                // Data descriptors on the type win over instance attributes.
                let d = self.type_lookup(ty, name);
                match d {
                    Some(d) if self.is_data_descr(d) => return self.bind_descr(d, obj, ty),
                    _ => return Ok(v),
                }
            }
        }
        match kind_of(obj) {
            Some(Kind::Type) => return self.type_getattr(obj, name),
            Some(Kind::Module) => {
                if let Some(v) = dict_get_str(dict_of(module_of(obj).dict), name) {
                    return Ok(v);
                }
                if name == self.n.dict {
                    return Ok(module_of(obj).dict);
                }
                if let Some(ga) = dict_get_str(dict_of(module_of(obj).dict), self.n.getattr) {
                    return self.call(ga, &[name], &[]);
                }
                return self.attr_err(obj, name);
            }
            Some(Kind::Super) => return self.super_getattr(obj, name),
            _ => {}
        }
        if !type_of_obj(ty).builtin {
            if let Some(ga) = self.user_lookup(ty, self.n.getattribute) {
                return self.call_descr(ga, obj, ty, &[name]);
            }
        }
        let d = self.type_lookup(ty, name);
        if let Some(d) = d {
            if self.is_data_descr(d) {
                return self.bind_descr(d, obj, ty);
            }
        }
        if obj.is_ptr() && !is_kind(obj, Kind::Instance) {
            if let Some(v) = self.attrs_get(obj, name) {
                return Ok(v);
            }
        }
        if let Some(d) = d {
            return self.bind_descr(d, obj, ty);
        }
        if let Some(v) = self.special_attr(obj, name)? {
            return Ok(v);
        }
        if let Some(ga) = self.user_lookup(ty, self.n.getattr) {
            return self.call_descr(ga, obj, ty, &[name]);
        }
        self.attr_err(obj, name)
    }

    /// `object.__getattribute__` (without the user hook).
    pub fn generic_getattr(&mut self, obj: Value, name: Value) -> PyResult<Value> {
        let ty = self.type_of(obj);
        let d = self.type_lookup(ty, name);
        if let Some(d) = d {
            if self.is_data_descr(d) {
                return self.bind_descr(d, obj, ty);
            }
        }
        if obj.is_ptr() {
            if let Some(v) = self.attrs_get(obj, name) {
                return Ok(v);
            }
        }
        if let Some(d) = d {
            return self.bind_descr(d, obj, ty);
        }
        if let Some(v) = self.special_attr(obj, name)? {
            return Ok(v);
        }
        self.attr_err(obj, name)
    }

    fn type_getattr(&mut self, cls: Value, name: Value) -> PyResult<Value> {
        let meta = self.type_of(cls);
        let md = self.type_lookup(meta, name);
        if let Some(d) = md {
            if self.is_data_descr(d) {
                return self.bind_descr(d, cls, meta);
            }
        }
        if let Some(v) = self.type_lookup(cls, name) {
            return match kind_of(v) {
                Some(Kind::ClassMethod) => {
                    let f = wrap_of(v).f;
                    Ok(self.new_method(f, cls))
                }
                Some(Kind::StaticMethod) => Ok(wrap_of(v).f),
                Some(Kind::Instance) => {
                    let dt = self.type_of(v);
                    if let Some(g) = self.user_lookup(dt, self.n.get) {
                        return self.call_descr(g, v, dt, &[Value::NONE, cls]);
                    }
                    Ok(v)
                }
                _ => Ok(v),
            };
        }
        if let Some(v) = self.special_attr(cls, name)? {
            return Ok(v);
        }
        if let Some(d) = md {
            return self.bind_descr(d, cls, meta);
        }
        if !type_of_obj(meta).builtin {
            if let Some(ga) = self.user_lookup(meta, self.n.getattr) {
                return self.call_descr(ga, cls, meta, &[name]);
            }
        }
        self.attr_err(cls, name)
    }

    fn super_getattr(&mut self, sup: Value, name: Value) -> PyResult<Value> {
        let s = super_of(sup);
        let (start, obj, obj_type) = (s.ty, s.obj, s.obj_type);
        let mro = type_of_obj(obj_type).mro.clone();
        let pos = mro
            .iter()
            .position(|t| *t == start)
            .map(|p| p + 1)
            .unwrap_or(mro.len());
        for t in &mro[pos..] {
            if let Some(v) = dict_get_str(dict_of(type_of_obj(*t).dict), name) {
                if obj == obj_type && is_kind(obj, Kind::Type) {
                    // super() in a classmethod / __new__: bind like a type attribute.
                    return match kind_of(v) {
                        Some(Kind::ClassMethod) => {
                            let f = wrap_of(v).f;
                            Ok(self.new_method(f, obj))
                        }
                        Some(Kind::StaticMethod) => Ok(wrap_of(v).f),
                        _ => Ok(v),
                    };
                }
                return self.bind_descr(v, obj, obj_type);
            }
        }
        if name == self.n.class {
            return Ok(self.t.super_);
        }
        self.err(
            self.t.attribute_error,
            format!("'super' object has no attribute '{}'", as_str(name)),
        )
    }

    /// Attributes of builtin objects that don't live in type dicts.
    fn special_attr(&mut self, obj: Value, name: Value) -> PyResult<Option<Value>> {
        let n = as_str(name);
        if name == self.n.class {
            return Ok(Some(self.type_of(obj)));
        }
        if name == self.n.dict {
            return Ok(match kind_of(obj) {
                Some(Kind::Type) => Some(type_of_obj(obj).dict),
                Some(Kind::Module) => Some(module_of(obj).dict),
                Some(Kind::Instance) if type_of_obj(self.type_of(obj)).slot_names.is_some() => None,
                Some(Kind::Instance) | Some(Kind::Function) | Some(Kind::Exception) => {
                    Some(self.materialize_dict(obj))
                }
                Some(_) if header_has_attrs(obj) => Some(self.materialize_dict(obj)),
                _ => None,
            });
        }
        let v = match kind_of(obj) {
            Some(Kind::Type) => {
                let t = type_of_obj(obj);
                match n {
                    "__name__" => Some(self.str_val(&t.name.clone())),
                    "__qualname__" => Some(self.str_val(&t.qualname.clone())),
                    "__mro__" => {
                        let m = t.mro.clone();
                        Some(self.new_tuple(m))
                    }
                    "__bases__" => {
                        let b = t.bases.clone();
                        Some(self.new_tuple(b))
                    }
                    "__base__" => Some(t.bases.first().copied().unwrap_or(Value::NONE)),
                    "__module__" => Some(self.intern("builtins")),
                    "__doc__" => {
                        let d = format!("{}(...)", t.name);
                        Some(self.new_str(d))
                    }
                    _ => None,
                }
            }
            Some(Kind::Function) => {
                let f = func_of(obj);
                match n {
                    "__name__" => Some(f.name),
                    "__qualname__" => Some(f.qualname),
                    "__doc__" => Some(f.doc),
                    "__module__" => Some(f.module),
                    "__defaults__" => Some(if f.defaults.is_null() {
                        Value::NONE
                    } else {
                        f.defaults
                    }),
                    "__kwdefaults__" => Some(if f.kwdefaults.is_null() {
                        Value::NONE
                    } else {
                        f.kwdefaults
                    }),
                    "__code__" => Some(f.code),
                    "__globals__" => Some(f.globals),
                    "__closure__" => Some(if f.closure.is_null() {
                        Value::NONE
                    } else {
                        f.closure
                    }),
                    "__annotations__" => {
                        if f.annotations.is_null() {
                            f.annotations = self.new_dict();
                        }
                        Some(func_of(obj).annotations)
                    }
                    _ => None,
                }
            }
            Some(Kind::Native) => match n {
                "__name__" | "__qualname__" => {
                    let s = native_of(obj).name;
                    Some(self.str_val(s))
                }
                "__self__" => Some(native_of(obj).bound),
                "__doc__" => Some(Value::NONE),
                "__module__" => Some(self.intern("builtins")),
                _ => None,
            },
            Some(Kind::Method) => {
                let m = method_of(obj);
                match n {
                    "__self__" => Some(m.self_),
                    "__func__" => Some(m.func),
                    "__name__" | "__qualname__" | "__doc__" | "__module__" => {
                        let f = m.func;
                        return self.getattr(f, name).map(Some);
                    }
                    _ => None,
                }
            }
            Some(Kind::Code) => {
                let c = code_of(obj);
                match n {
                    "co_name" => Some(c.name),
                    "co_qualname" => Some(c.qualname),
                    "co_filename" => Some(c.filename),
                    "co_argcount" => Some(Value::small_int(c.code.argcount as i64)),
                    "co_firstlineno" => Some(Value::small_int(c.code.firstlineno as i64)),
                    "co_varnames" => {
                        let v = c.varnames.clone();
                        Some(self.new_tuple(v))
                    }
                    _ => None,
                }
            }
            Some(Kind::Exception) => {
                let e = exc_of(obj);
                match n {
                    "args" => Some(e.args),
                    "__cause__" => Some(e.cause),
                    "__context__" => Some(e.context),
                    "__suppress_context__" => Some(Value::bool(e.suppress_context)),
                    "__traceback__" => Some(self.exc_traceback(obj)),
                    "value" if self.isinstance(obj, self.t.stop_iteration) => {
                        Some(self.stop_iteration_value(obj))
                    }
                    "code" if self.isinstance(obj, self.t.system_exit) => {
                        Some(self.stop_iteration_value(obj))
                    }
                    "errno" | "strerror" | "filename" if self.isinstance(obj, self.t.os_error) => {
                        let items = tuple_of(e.args).items.clone();
                        let i = match n {
                            "errno" => 0,
                            "strerror" => 1,
                            _ => 2,
                        };
                        Some(items.get(i).copied().unwrap_or(Value::NONE))
                    }
                    "msg"
                        if self.isinstance(obj, self.t.import_error)
                            || self.isinstance(obj, self.t.syntax_error) =>
                    {
                        Some(
                            tuple_of(e.args)
                                .items
                                .first()
                                .copied()
                                .unwrap_or(Value::NONE),
                        )
                    }
                    "name" | "path" if self.isinstance(obj, self.t.import_error) => {
                        Some(Value::NONE)
                    }
                    "name" | "obj"
                        if self.isinstance(obj, self.t.name_error)
                            || self.isinstance(obj, self.t.attribute_error) =>
                    {
                        Some(Value::NONE)
                    }
                    "lineno" | "offset" | "text" | "filename" | "end_lineno" | "end_offset"
                        if self.isinstance(obj, self.t.syntax_error) =>
                    {
                        Some(Value::NONE)
                    }
                    _ => None,
                }
            }
            Some(Kind::Generator) => {
                let g = gen_of(obj);
                match n {
                    "__name__" => Some(g.name),
                    "__qualname__" => Some(g.qualname),
                    "gi_running" => Some(Value::bool(g.state == GenState::Running)),
                    "gi_code" => Some(g.code),
                    "gi_frame" => Some(if g.state == GenState::Finished {
                        Value::NONE
                    } else {
                        obj
                    }),
                    _ => None,
                }
            }
            Some(Kind::Range) => {
                let (start, stop, step) = crate::range::range_parts(obj);
                match n {
                    "start" => Some(self.int_from_big(start)),
                    "stop" => Some(self.int_from_big(stop)),
                    "step" => Some(self.int_from_big(step)),
                    _ => None,
                }
            }
            Some(Kind::Slice) => {
                let s = slice_of(obj);
                match n {
                    "start" => Some(s.start),
                    "stop" => Some(s.stop),
                    "step" => Some(s.step),
                    _ => None,
                }
            }
            Some(Kind::Property) => {
                let p = property_of(obj);
                match n {
                    "fget" => Some(p.fget),
                    "fset" => Some(p.fset),
                    "fdel" => Some(p.fdel),
                    "__doc__" => Some(p.doc),
                    _ => None,
                }
            }
            Some(Kind::ClassMethod) | Some(Kind::StaticMethod) => match n {
                "__func__" => Some(wrap_of(obj).f),
                _ => None,
            },
            Some(Kind::File) => match n {
                "name" => {
                    let s = file_of(obj).name.clone();
                    Some(self.new_str(s))
                }
                "mode" => {
                    let s = file_of(obj).mode.clone();
                    Some(self.new_str(s))
                }
                "closed" => Some(Value::bool(file_of(obj).closed)),
                _ => None,
            },
            Some(Kind::Complex) => {
                let (re, im) = crate::complex::complex_parts(obj);
                match n {
                    "real" => Some(Value::float(re)),
                    "imag" => Some(Value::float(im)),
                    _ => None,
                }
            }
            Some(Kind::Traceback) => match n {
                "tb_lineno" => tb_of(obj)
                    .entries
                    .last()
                    .map(|e| Value::small_int(e.1 as i64)),
                "tb_next" => Some(Value::NONE),
                _ => None,
            },
            _ => None,
        };
        if v.is_some() {
            return Ok(v);
        }
        // Numbers.
        if let Some(num) = self.num(obj) {
            let exact = self.type_of(obj) == self.t.float;
            return Ok(match (n, num) {
                ("real", Num::F(_)) if exact => Some(obj),
                ("real", Num::F(f)) => Some(self.new_float(f)),
                ("imag", Num::F(_)) => Some(self.new_float(0.0)),
                ("real" | "numerator", Num::I(i)) => Some(Value::small_int(i)),
                ("real" | "numerator", Num::B(_)) => Some(obj),
                ("imag", _) => Some(Value::small_int(0)),
                ("denominator", Num::I(_) | Num::B(_)) => Some(Value::small_int(1)),
                _ => None,
            });
        }
        if n == "__doc__" {
            return Ok(Some(Value::NONE));
        }
        if n == "__name__" && is_kind(obj, Kind::Instance) {
            return Ok(None);
        }
        Ok(None)
    }

    /// `LoadMethod`: (method, true) for an unshadowed plain function on the
    /// type, else (attribute, false).
    pub fn load_method(&mut self, obj: Value, name: Value) -> PyResult<(Value, bool)> {
        if obj.is_ptr() && matches!(kind_of(obj), Some(Kind::Type | Kind::Module | Kind::Super)) {
            return Ok((self.getattr(obj, name)?, false));
        }
        let ty = self.type_of(obj);
        if let Some(d) = self.type_lookup(ty, name) {
            let plain = match kind_of(d) {
                Some(Kind::Function) => true,
                Some(Kind::Native) => native_of(d).binds,
                _ => false,
            };
            if plain
                && (!obj.is_ptr() || self.attrs_get(obj, name).is_none())
                && (type_of_obj(ty).builtin || self.user_lookup(ty, self.n.getattribute).is_none())
            {
                return Ok((d, true));
            }
        }
        Ok((self.getattr(obj, name)?, false))
    }

    pub fn setattr(&mut self, obj: Value, name: Value, v: Value) -> PyResult<()> {
        let ty = self.type_of(obj);
        if !type_of_obj(ty).builtin {
            if let Some(sa) = self.user_lookup(ty, self.n.setattr) {
                self.call_descr(sa, obj, ty, &[name, v])?;
                return Ok(());
            }
        }
        self.generic_setattr(obj, name, v)
    }

    pub fn generic_setattr(&mut self, obj: Value, name: Value, v: Value) -> PyResult<()> {
        let ty = self.type_of(obj);
        if let Some(d) = self.type_lookup(ty, name) {
            match kind_of(d) {
                Some(Kind::Property) => {
                    let s = property_of(d).fset;
                    if s.is_null() || s.is_none() {
                        return self.err(
                            self.t.attribute_error,
                            format!(
                                "property '{}' of '{}' object has no setter",
                                as_str(name),
                                type_of_obj(ty).name
                            ),
                        );
                    }
                    self.call(s, &[obj, v], &[])?;
                    return Ok(());
                }
                Some(Kind::Instance) => {
                    let dt = self.type_of(d);
                    if let Some(s) = self.user_lookup(dt, self.n.set) {
                        self.call_descr(s, d, dt, &[obj, v])?;
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        match kind_of(obj) {
            Some(Kind::Complex) if matches!(as_str(name), "real" | "imag") => {
                // Member descriptors of a builtin type.
                return self.err(self.t.attribute_error, "readonly attribute");
            }
            Some(Kind::Type) => {
                if type_of_obj(obj).builtin {
                    return self.type_err(format!(
                        "cannot set '{}' attribute of immutable type '{}'",
                        as_str(name),
                        type_of_obj(obj).name
                    ));
                }
                let d = type_of_obj(obj).dict;
                self.dict_set(d, name, v)?;
                type_of_obj(obj).version += 1;
                self.types_changed();
                if name == self.n.hash && v.is_none() {
                    type_of_obj(obj).unhashable = true;
                }
                return Ok(());
            }
            Some(Kind::Module) => {
                let d = module_of(obj).dict;
                return self.dict_set(d, name, v);
            }
            Some(Kind::Function) | Some(Kind::Exception) => {
                if is_kind(obj, Kind::Exception) {
                    let e = exc_of(obj);
                    match as_str(name) {
                        "__cause__" => {
                            e.cause = v;
                            e.suppress_context = true;
                            return Ok(());
                        }
                        "__context__" => {
                            e.context = v;
                            return Ok(());
                        }
                        "__suppress_context__" => {
                            e.suppress_context = v == Value::TRUE;
                            return Ok(());
                        }
                        "args" => {
                            let items = self.collect_iter(v)?;
                            exc_of(obj).args = self.new_tuple(items);
                            return Ok(());
                        }
                        "__traceback__" => return Ok(()),
                        _ => {}
                    }
                }
                if is_kind(obj, Kind::Function) {
                    let f = func_of(obj);
                    match as_str(name) {
                        "__name__" => {
                            f.name = v;
                            return Ok(());
                        }
                        "__qualname__" => {
                            f.qualname = v;
                            return Ok(());
                        }
                        "__doc__" => {
                            f.doc = v;
                            return Ok(());
                        }
                        "__module__" => {
                            f.module = v;
                            return Ok(());
                        }
                        "__defaults__" => {
                            f.defaults = if v.is_none() { Value::NULL } else { v };
                            return Ok(());
                        }
                        _ => {}
                    }
                }
                // SAFETY: pointer value.
                let h = unsafe { header(obj) };
                if h.attrs.is_none() {
                    h.attrs = Some(Box::new(Attrs {
                        shape: 0,
                        slots: vec![],
                        dict: Value::NULL,
                    }));
                }
            }
            _ => {}
        }
        if obj.is_ptr() && self.attrs_set(obj, name, v)? {
            return Ok(());
        }
        if name == self.n.class {
            return self.type_err(
                "__class__ assignment only supported for mutable types or ModuleType subclasses",
            );
        }
        self.attr_err(obj, name)
    }

    pub fn delattr(&mut self, obj: Value, name: Value) -> PyResult<()> {
        let ty = self.type_of(obj);
        if !type_of_obj(ty).builtin {
            if let Some(da) = self.user_lookup(ty, self.n.delattr) {
                self.call_descr(da, obj, ty, &[name])?;
                return Ok(());
            }
        }
        self.generic_delattr(obj, name)
    }

    pub fn generic_delattr(&mut self, obj: Value, name: Value) -> PyResult<()> {
        let ty = self.type_of(obj);
        if let Some(d) = self.type_lookup(ty, name) {
            if is_kind(d, Kind::Property) {
                let f = property_of(d).fdel;
                if f.is_null() || f.is_none() {
                    return self.err(
                        self.t.attribute_error,
                        format!(
                            "property '{}' of '{}' object has no deleter",
                            as_str(name),
                            type_of_obj(ty).name
                        ),
                    );
                }
                self.call(f, &[obj], &[])?;
                return Ok(());
            }
            if is_kind(d, Kind::Instance) {
                let dt = self.type_of(d);
                if let Some(s) = self.user_lookup(dt, self.n.delete) {
                    self.call_descr(s, d, dt, &[obj])?;
                    return Ok(());
                }
            }
        }
        match kind_of(obj) {
            Some(Kind::Type) => {
                let d = type_of_obj(obj).dict;
                if self.dict_del(d, name)? {
                    type_of_obj(obj).version += 1;
                    self.types_changed();
                    return Ok(());
                }
            }
            Some(Kind::Module) => {
                let d = module_of(obj).dict;
                if self.dict_del(d, name)? {
                    return Ok(());
                }
            }
            Some(_) if self.attrs_del(obj, name)? => return Ok(()),
            _ => {}
        }
        self.attr_err(obj, name)
    }

    // ---------------------------------------------------------------- items

    pub fn getitem(&mut self, c: Value, key: Value) -> PyResult<Value> {
        let ty = self.type_of(c);
        if !type_of_obj(ty).builtin {
            if let Some(m) = self.user_lookup(ty, self.n.getitem) {
                return self.call_descr(m, c, ty, &[key]);
            }
        }
        match kind_of(c) {
            Some(Kind::List) | Some(Kind::Tuple) => {
                let is_list = is_kind(c, Kind::List);
                let items = if is_list {
                    &list_of(c).items
                } else {
                    &tuple_of(c).items
                };
                if is_kind(key, Kind::Slice) {
                    let (start, _stop, step, n) = self.slice_indices(key, items.len())?;
                    let items = if is_list {
                        &list_of(c).items
                    } else {
                        &tuple_of(c).items
                    };
                    let mut out = Vec::with_capacity(n);
                    let mut i = start;
                    for _ in 0..n {
                        out.push(items[i as usize]);
                        i += step;
                    }
                    return Ok(if is_list {
                        self.new_list(out)
                    } else {
                        self.new_tuple(out)
                    });
                }
                let what = if is_list { "list" } else { "tuple" };
                let i = match self.num(key) {
                    Some(Num::I(i)) => i,
                    // An int subclass instance stores even small values as a BigInt.
                    Some(Num::B(b)) if b.to_i64().is_some() => b.to_i64().unwrap_or(0),
                    Some(Num::B(_)) => {
                        return self.err(
                            self.t.index_error,
                            "cannot fit 'int' into an index-sized integer",
                        )
                    }
                    _ => {
                        if self.user_lookup(self.type_of(key), self.n.index).is_some() {
                            self.index_of(key)?
                        } else {
                            return self.type_err(format!(
                                "{what} indices must be integers or slices, not {}",
                                self.type_name(key)
                            ));
                        }
                    }
                };
                let items = if is_list {
                    &list_of(c).items
                } else {
                    &tuple_of(c).items
                };
                let len = items.len() as i64;
                let j = if i < 0 { i + len } else { i };
                if j < 0 || j >= len {
                    return self.index_err(format!("{what} index out of range"));
                }
                Ok(items[j as usize])
            }
            Some(Kind::Dict) => {
                if let Some(v) = self.dict_get(c, key)? {
                    return Ok(v);
                }
                if !type_of_obj(ty).builtin {
                    if let Some(m) = self.user_lookup(ty, self.n.missing) {
                        return self.call_descr(m, c, ty, &[key]);
                    }
                }
                self.key_err(key)
            }
            Some(Kind::Str) => {
                if is_kind(key, Kind::Slice) {
                    return crate::builtins::str_slice(self, c, key);
                }
                let i = match self.num(key) {
                    Some(Num::I(i)) if !is_float_value(key) => i,
                    Some(Num::B(_)) => self.index_of(key)?,
                    _ => {
                        if self.user_lookup(self.type_of(key), self.n.index).is_some() {
                            self.index_of(key)?
                        } else {
                            return self.type_err(format!(
                                "string indices must be integers, not '{}'",
                                self.type_name(key)
                            ));
                        }
                    }
                };
                let so = str_of(c);
                let len = so.nchars as i64;
                let j = if i < 0 { i + len } else { i };
                if j < 0 || j >= len {
                    return self.index_err("string index out of range");
                }
                let ch = if so.is_ascii() {
                    &so.s[j as usize..j as usize + 1]
                } else {
                    let (b, ch) = so.s.char_indices().nth(j as usize).unwrap();
                    &so.s[b..b + ch.len_utf8()]
                };
                let ch = ch.to_string();
                Ok(self.intern_char(&ch))
            }
            Some(Kind::Bytes) => {
                let len = bytes_of(c).b.len();
                if is_kind(key, Kind::Slice) {
                    let (start, _, step, n) = self.slice_indices(key, len)?;
                    let b = &bytes_of(c).b;
                    let out: Vec<u8> = (0..n)
                        .map(|k| b[(start + k as i64 * step) as usize])
                        .collect();
                    return Ok(if bytes_of(c).mutable {
                        self.new_bytearray(out)
                    } else {
                        self.new_bytes(out)
                    });
                }
                let i = self.index_of(key)?;
                let j = if i < 0 { i + len as i64 } else { i };
                if j < 0 || j >= len as i64 {
                    let what = if bytes_of(c).mutable {
                        "bytearray"
                    } else {
                        "index"
                    };
                    return self.index_err(if what == "index" {
                        "index out of range".to_string()
                    } else {
                        "bytearray index out of range".to_string()
                    });
                }
                Ok(Value::small_int(bytes_of(c).b[j as usize] as i64))
            }
            Some(Kind::Range) => self.range_getitem(c, key),
            Some(Kind::Type) => {
                if let Some(m) = self.type_lookup(c, self.n.class_getitem) {
                    let f = if is_kind(m, Kind::ClassMethod) {
                        wrap_of(m).f
                    } else {
                        m
                    };
                    return self.call(f, &[c, key], &[]);
                }
                if type_of_obj(c).builtin {
                    // `list[int]` style annotations: return the type itself.
                    return Ok(c);
                }
                self.type_err(format!(
                    "type '{}' is not subscriptable",
                    type_of_obj(c).name
                ))
            }
            _ => {
                if let Some(m) = self.type_lookup(ty, self.n.getitem) {
                    return self.call_descr(m, c, ty, &[key]);
                }
                self.type_err(format!(
                    "'{}' object is not subscriptable",
                    self.type_name(c)
                ))
            }
        }
    }

    pub fn intern_char(&mut self, s: &str) -> Value {
        if s.len() == 1 {
            return self.intern(s);
        }
        self.new_str(s.to_string())
    }

    /// (start, stop, step, length) of a slice over a sequence of `len`.
    pub fn slice_indices(&mut self, sl: Value, len: usize) -> PyResult<(i64, i64, i64, usize)> {
        let s = slice_of(sl);
        let (a, b, c) = (s.start, s.stop, s.step);
        let step = if c.is_none() { 1 } else { self.slice_int(c)? };
        if step == 0 {
            return self.value_err("slice step cannot be zero");
        }
        let len = len as i64;
        let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let adj = |x: i64| -> i64 {
            if x < 0 {
                (x + len).max(lower)
            } else {
                x.min(upper)
            }
        };
        let start = if a.is_none() {
            if step < 0 {
                upper
            } else {
                lower
            }
        } else {
            adj(self.slice_int(a)?)
        };
        let stop = if b.is_none() {
            if step < 0 {
                lower
            } else {
                upper
            }
        } else {
            adj(self.slice_int(b)?)
        };
        let n = if step > 0 {
            if stop > start {
                (stop - start + step - 1) / step
            } else {
                0
            }
        } else if start > stop {
            (start - stop + (-step) - 1) / (-step)
        } else {
            0
        };
        Ok((start, stop, step, n as usize))
    }

    fn slice_int(&mut self, v: Value) -> PyResult<i64> {
        match self.num(v) {
            Some(Num::I(i)) => Ok(i),
            Some(Num::B(b)) => Ok(if num_traits::Signed::is_negative(b) {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            }),
            _ => {
                if self.user_lookup(self.type_of(v), self.n.index).is_some() {
                    return self.index_of(v);
                }
                self.type_err("slice indices must be integers or None or have an __index__ method")
            }
        }
    }

    pub fn setitem(&mut self, c: Value, key: Value, v: Value) -> PyResult<()> {
        let ty = self.type_of(c);
        if !type_of_obj(ty).builtin {
            if let Some(m) = self.user_lookup(ty, self.n.setitem) {
                self.call_descr(m, c, ty, &[key, v])?;
                return Ok(());
            }
        }
        match kind_of(c) {
            Some(Kind::Dict) => self.dict_set(c, key, v),
            Some(Kind::List) => {
                if is_kind(key, Kind::Slice) {
                    return crate::builtins::list_set_slice(self, c, key, v);
                }
                let i = match self.num(key) {
                    Some(Num::I(i)) => i,
                    _ => {
                        if self.user_lookup(self.type_of(key), self.n.index).is_some() {
                            self.index_of(key)?
                        } else {
                            return self.type_err(format!(
                                "list indices must be integers or slices, not {}",
                                self.type_name(key)
                            ));
                        }
                    }
                };
                let l = &mut list_of(c).items;
                let len = l.len() as i64;
                let j = if i < 0 { i + len } else { i };
                if j < 0 || j >= len {
                    return self.index_err("list assignment index out of range");
                }
                l[j as usize] = v;
                Ok(())
            }
            Some(Kind::Bytes) if bytes_of(c).mutable => {
                let i = self.index_of(key)?;
                let b = self.index_of(v)?;
                if !(0..256).contains(&b) {
                    return self.value_err("byte must be in range(0, 256)");
                }
                let bb = &mut bytes_of(c).b;
                let len = bb.len() as i64;
                let j = if i < 0 { i + len } else { i };
                if j < 0 || j >= len {
                    return self.index_err("bytearray index out of range");
                }
                bb[j as usize] = b as u8;
                Ok(())
            }
            _ => {
                if let Some(m) = self.type_lookup(ty, self.n.setitem) {
                    self.call_descr(m, c, ty, &[key, v])?;
                    return Ok(());
                }
                self.type_err(format!(
                    "'{}' object does not support item assignment",
                    self.type_name(c)
                ))
            }
        }
    }

    pub fn delitem(&mut self, c: Value, key: Value) -> PyResult<()> {
        let ty = self.type_of(c);
        if !type_of_obj(ty).builtin {
            if let Some(m) = self.user_lookup(ty, self.n.delitem) {
                self.call_descr(m, c, ty, &[key])?;
                return Ok(());
            }
        }
        match kind_of(c) {
            Some(Kind::Dict) => {
                if !self.dict_del(c, key)? {
                    return self.key_err(key);
                }
                Ok(())
            }
            Some(Kind::List) => {
                let len = list_of(c).items.len();
                if is_kind(key, Kind::Slice) {
                    let (start, _, step, n) = self.slice_indices(key, len)?;
                    let l = &mut list_of(c).items;
                    if n == 0 {
                        return Ok(());
                    }
                    // One pass, not a `remove` per index (`del a[:k]` stays linear).
                    if step == 1 {
                        let s = start as usize;
                        l.drain(s..s + n);
                    } else {
                        let mut gone = vec![false; l.len()];
                        for k in 0..n {
                            gone[(start + k as i64 * step) as usize] = true;
                        }
                        let mut k = 0;
                        l.retain(|_| {
                            k += 1;
                            !gone[k - 1]
                        });
                    }
                    return Ok(());
                }
                let i = self.index_of(key)?;
                let j = if i < 0 { i + len as i64 } else { i };
                if j < 0 || j >= len as i64 {
                    return self.index_err("list assignment index out of range");
                }
                list_of(c).items.remove(j as usize);
                Ok(())
            }
            kind => {
                // CPython words it by slot: types with sequence methods say
                // "doesn't" for an index key, everything else "does not".
                let seq = matches!(
                    kind,
                    Some(
                        Kind::Str
                            | Kind::Bytes
                            | Kind::Tuple
                            | Kind::Range
                            | Kind::Set
                            | Kind::DictView
                            | Kind::Instance
                    )
                );
                let index = key.is_small_int() || key.is_bool() || is_kind(key, Kind::Int);
                let verb = if seq && index { "doesn't" } else { "does not" };
                self.type_err(format!(
                    "'{}' object {verb} support item deletion",
                    self.type_name(c)
                ))
            }
        }
    }

    pub fn len(&mut self, v: Value) -> PyResult<usize> {
        let ty = self.type_of(v);
        if !type_of_obj(ty).builtin {
            if let Some(m) = self.user_lookup(ty, self.n.len) {
                let r = self.call_descr(m, v, ty, &[])?;
                let n = match self.num(r) {
                    Some(Num::I(i)) => i,
                    Some(Num::B(_)) => {
                        return self.overflow("cannot fit 'int' into an index-sized integer")
                    }
                    _ => {
                        return self.type_err(format!(
                            "'{}' object cannot be interpreted as an integer",
                            self.type_name(r)
                        ))
                    }
                };
                if n < 0 {
                    return self.value_err("__len__() should return >= 0");
                }
                return Ok(n as usize);
            }
        }
        Ok(match kind_of(v) {
            Some(Kind::Str) => str_of(v).nchars,
            Some(Kind::List) => list_of(v).items.len(),
            Some(Kind::Tuple) => tuple_of(v).items.len(),
            Some(Kind::Dict) => dict_of(v).len(),
            Some(Kind::Set) => set_of(v).len(),
            Some(Kind::Bytes) => bytes_of(v).b.len(),
            Some(Kind::Range) => self.range_len_checked(v)?,
            Some(Kind::DictView) => dict_of(view_of(v).dict).len(),
            _ => {
                return self.type_err(format!(
                    "object of type '{}' has no len()",
                    self.type_name(v)
                ))
            }
        })
    }

    /// A section entry point (see `Interp::vouch`): with a vouch for `c`
    /// and `x`, `__contains__` and element `__eq__` calls may collect.
    pub fn contains(&mut self, c: Value, x: Value) -> PyResult<bool> {
        let w = std::mem::take(&mut self.gc_window);
        let ty = self.type_of(c);
        if !type_of_obj(ty).builtin {
            if let Some(m) = self.user_lookup(ty, self.n.contains) {
                self.gc_window = w;
                let r = self.call_descr(m, c, ty, &[x])?;
                return self.truthy(r);
            }
        }
        match kind_of(c) {
            Some(Kind::Dict) => Ok(self.dict_get(c, x)?.is_some()),
            Some(Kind::Set) => {
                let h = match self.hash(x) {
                    Ok(h) => h,
                    Err(e) => {
                        if is_kind(x, Kind::Set) {
                            let fz = crate::builtins::make_frozen(self, x)?;
                            return self.contains(c, fz);
                        }
                        return Err(e);
                    }
                };
                self.set_contains_hashed(c, x, h)
            }
            Some(Kind::Str) => {
                if !is_kind(x, Kind::Str) {
                    return self.type_err(format!(
                        "'in <string>' requires string as left operand, not {}",
                        self.type_name(x)
                    ));
                }
                Ok(str_of(c).s.contains(as_str(x)))
            }
            Some(Kind::List) | Some(Kind::Tuple) => {
                let mut i = 0;
                loop {
                    let items = if is_kind(c, Kind::List) {
                        &list_of(c).items
                    } else {
                        &tuple_of(c).items
                    };
                    let Some(&it) = items.get(i) else {
                        return Ok(false);
                    };
                    // `__eq__` may remove the item from the list: root it.
                    self.root(it);
                    self.gc_window = w;
                    let r = self.eq(it, x);
                    self.shadow.pop();
                    if r? {
                        return Ok(true);
                    }
                    i += 1;
                }
            }
            Some(Kind::Range) => {
                let b = match self.num(x) {
                    Some(Num::I(i)) if !is_float_value(x) => Some(num_bigint::BigInt::from(i)),
                    Some(Num::B(b)) => Some(b.clone()),
                    _ => None,
                };
                match b {
                    Some(b) => Ok(self.range_contains_int(c, &b)),
                    None => Ok(self.range_scan(c, x, true)?.1.is_some()),
                }
            }
            Some(Kind::Bytes) => {
                if let Some(Num::I(i)) = self.num(x) {
                    return Ok(bytes_of(c).b.contains(&(i as u8)));
                }
                if is_kind(x, Kind::Bytes) {
                    let n = &bytes_of(x).b;
                    return Ok(
                        n.is_empty() || bytes_of(c).b.windows(n.len()).any(|w| w == n.as_slice())
                    );
                }
                self.type_err("a bytes-like object is required")
            }
            Some(Kind::DictView) => {
                let vw = view_of(c);
                let d = vw.dict;
                match vw.which {
                    0 => Ok(self.dict_get(d, x)?.is_some()),
                    2 => {
                        if !is_kind(x, Kind::Tuple) || tuple_of(x).items.len() != 2 {
                            return Ok(false);
                        }
                        let (k, v) = (tuple_of(x).items[0], tuple_of(x).items[1]);
                        match self.dict_get(d, k)? {
                            Some(dv) => self.eq(dv, v),
                            None => Ok(false),
                        }
                    }
                    _ => {
                        let vals: Vec<Value> = dict_of(d).iter().map(|(_, v)| v).collect();
                        for v in vals {
                            if self.eq(v, x)? {
                                return Ok(true);
                            }
                        }
                        Ok(false)
                    }
                }
            }
            _ => {
                let it = match self.get_iter(c) {
                    Ok(it) => it,
                    Err(_) => {
                        return self.type_err(format!(
                            "argument of type '{}' is not iterable",
                            self.type_name(c)
                        ))
                    }
                };
                while let Some(v) = self.next(it)? {
                    if self.eq(v, x)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        }
    }

    // ------------------------------------------------------------ iteration

    pub fn get_iter(&mut self, v: Value) -> PyResult<Value> {
        let ty = self.type_of(v);
        if !type_of_obj(ty).builtin {
            if let Some(m) = self.user_lookup(ty, self.n.iter) {
                let it = self.call_descr(m, v, ty, &[])?;
                let ity = self.type_of(it);
                if self.type_lookup(ity, self.n.next).is_none()
                    && !matches!(kind_of(it), Some(Kind::Iter | Kind::Generator))
                {
                    return self.type_err(format!(
                        "iter() returned non-iterator of type '{}'",
                        self.type_name(it)
                    ));
                }
                return Ok(it);
            }
        }
        let st = match kind_of(v) {
            Some(Kind::List) => (self.t.list_iterator, IterState::Seq { seq: v, idx: 0 }),
            Some(Kind::Tuple) => (self.t.tuple_iterator, IterState::Seq { seq: v, idx: 0 }),
            Some(Kind::Str) => (self.t.str_iterator, IterState::Str { s: v, byte: 0 }),
            Some(Kind::Bytes) => (self.t.iterator, IterState::Seq { seq: v, idx: 0 }),
            Some(Kind::Range) => {
                let st = self.range_iter_state(v, false);
                (self.range_iter_type(&st), st)
            }
            Some(Kind::Dict) => {
                let len = dict_of(v).len();
                (
                    self.t.dict_keyiterator,
                    IterState::Dict {
                        dict: v,
                        idx: 0,
                        which: 0,
                        len,
                    },
                )
            }
            Some(Kind::DictView) => {
                let vw = view_of(v);
                let d = vw.dict;
                let ty = [
                    self.t.dict_keyiterator,
                    self.t.dict_valueiterator,
                    self.t.dict_itemiterator,
                ][vw.which as usize];
                (
                    ty,
                    IterState::Dict {
                        dict: d,
                        idx: 0,
                        which: vw.which,
                        len: dict_of(d).len(),
                    },
                )
            }
            Some(Kind::Set) => {
                let len = set_of(v).len();
                (
                    self.t.set_iterator,
                    IterState::Set {
                        set: v,
                        idx: 0,
                        len,
                    },
                )
            }
            Some(Kind::Iter) | Some(Kind::Generator) => return Ok(v),
            Some(Kind::File) => return Ok(v),
            _ => {
                if let Some(m) = self.type_lookup(ty, self.n.iter) {
                    return self.call_descr(m, v, ty, &[]);
                }
                if self.type_lookup(ty, self.n.getitem).is_some() {
                    (self.t.iterator, IterState::GetItem { obj: v, idx: 0 })
                } else {
                    return self
                        .type_err(format!("'{}' object is not iterable", self.type_name(v)));
                }
            }
        };
        Ok(self.new_iter(st.0, st.1))
    }

    /// Advances an iterator: Some(value) or None when exhausted.
    /// A section entry point: call it with `vouch()` when `it` is rooted.
    pub fn next(&mut self, it: Value) -> PyResult<Option<Value>> {
        let w = std::mem::take(&mut self.gc_window);
        match kind_of(it) {
            Some(Kind::Iter) => {
                self.gc_window = w;
                self.section(|me| me.iter_next(it))
            }
            Some(Kind::Generator) => {
                self.gc_window = w;
                match self.gen_send(it, Value::NONE)? {
                    GenResult::Yield(v) => Ok(Some(v)),
                    GenResult::Return(_) => Ok(None),
                }
            }
            Some(Kind::File) => crate::builtins::file_readline_opt(self, it),
            _ => {
                let ty = self.type_of(it);
                match self.type_lookup(ty, self.n.next) {
                    Some(m) => {
                        // `m` is reachable from the type of the rooted `it`.
                        self.gc_window = w;
                        let r = self.call_descr(m, it, ty, &[]);
                        match r {
                            Ok(v) => Ok(Some(v)),
                            Err(e) if self.isinstance(e, self.t.stop_iteration) => Ok(None),
                            Err(e) => Err(e),
                        }
                    }
                    None => self.type_err(format!(
                        "'{}' object is not an iterator",
                        self.type_name(it)
                    )),
                }
            }
        }
    }

    /// Like `next` but returns the StopIteration value on exhaustion.
    /// A section entry point like `next`.
    pub fn next_with_value(&mut self, it: Value) -> PyResult<Result<Value, Value>> {
        let w = std::mem::take(&mut self.gc_window);
        match kind_of(it) {
            Some(Kind::Generator) => {
                self.gc_window = w;
                match self.gen_send(it, Value::NONE)? {
                    GenResult::Yield(v) => Ok(Ok(v)),
                    GenResult::Return(v) => Ok(Err(v)),
                }
            }
            Some(Kind::Iter) | Some(Kind::File) => {
                self.gc_window = w;
                Ok(self.next(it)?.ok_or(Value::NONE))
            }
            _ => {
                let ty = self.type_of(it);
                match self.type_lookup(ty, self.n.next) {
                    Some(m) => {
                        self.gc_window = w;
                        let r = self.call_descr(m, it, ty, &[]);
                        match r {
                            Ok(v) => Ok(Ok(v)),
                            Err(e) if self.isinstance(e, self.t.stop_iteration) => {
                                Ok(Err(self.stop_iteration_value(e)))
                            }
                            Err(e) => Err(e),
                        }
                    }
                    None => self.type_err(format!(
                        "'{}' object is not an iterator",
                        self.type_name(it)
                    )),
                }
            }
        }
    }

    /// Advances a builtin iterator. Runs inside a section (see `next`):
    /// `it` is rooted, so are the iterators and functions in its state; what
    /// it holds besides goes on the shadow stack before it vouches.
    fn iter_next(&mut self, it: Value) -> PyResult<Option<Value>> {
        let st = &mut iter_of(it).0;
        match st {
            IterState::Seq { seq, idx } => {
                let (seq, i) = (*seq, *idx);
                let v = match kind_of(seq) {
                    Some(Kind::List) => list_of(seq).items.get(i).copied(),
                    Some(Kind::Tuple) => tuple_of(seq).items.get(i).copied(),
                    Some(Kind::Bytes) => {
                        bytes_of(seq).b.get(i).map(|b| Value::small_int(*b as i64))
                    }
                    _ => None,
                };
                match v {
                    Some(v) => {
                        if let IterState::Seq { idx, .. } = &mut iter_of(it).0 {
                            *idx += 1;
                        }
                        Ok(Some(v))
                    }
                    None => {
                        iter_of(it).0 = IterState::Done;
                        Ok(None)
                    }
                }
            }
            IterState::Range { cur, stop, step } => {
                let c = *cur;
                if (*step > 0 && c < *stop) || (*step < 0 && c > *stop) {
                    *cur = c + *step;
                    Ok(Some(self.int(c)))
                } else {
                    Ok(None)
                }
            }
            IterState::BigRange { cur, step, left } => {
                if num_traits::Zero::is_zero(left) {
                    return Ok(None);
                }
                *left -= 1;
                let c = cur.clone();
                *cur += &*step;
                Ok(Some(self.int_from_big(c)))
            }
            IterState::Str { s, byte } => {
                let so = str_of(*s);
                match so.s[*byte..].chars().next() {
                    Some(ch) => {
                        let start = *byte;
                        *byte += ch.len_utf8();
                        let sv = *s;
                        let piece = &str_of(sv).s[start..start + ch.len_utf8()];
                        let piece = piece.to_string();
                        Ok(Some(self.intern_char(&piece)))
                    }
                    None => Ok(None),
                }
            }
            IterState::Dict {
                dict,
                idx,
                which,
                len,
            } => {
                let d = dict_of(*dict);
                if d.len() != *len {
                    *len = usize::MAX;
                    return self.err(
                        self.t.runtime_error,
                        "dictionary changed size during iteration",
                    );
                }
                match d.next_from(*idx) {
                    Some((next, e)) => {
                        *idx = next;
                        Ok(Some(match *which {
                            0 => e.key,
                            1 => e.value,
                            _ => self.new_tuple(vec![e.key, e.value]),
                        }))
                    }
                    None => Ok(None),
                }
            }
            IterState::Set { set, idx, len } => {
                let s = set_of(*set);
                if s.len() != *len {
                    *len = usize::MAX;
                    return self.err(self.t.runtime_error, "Set changed size during iteration");
                }
                match s.next_from(*idx) {
                    Some((next, k)) => {
                        *idx = next;
                        Ok(Some(k))
                    }
                    None => Ok(None),
                }
            }
            IterState::Enumerate { it: inner, n } => {
                let (inner, n0) = (*inner, *n);
                self.vouch();
                match self.next(inner)? {
                    Some(v) => {
                        let n1 = if n0.is_small_int() {
                            self.int(n0.as_small_int() + 1)
                        } else {
                            self.binary_op(
                                n0,
                                Value::small_int(1),
                                taipan_compiler::bytecode::BinaryOpArg::Add,
                            )?
                        };
                        if let IterState::Enumerate { n, .. } = &mut iter_of(it).0 {
                            *n = n1;
                        }
                        Ok(Some(self.new_tuple(vec![n0, v])))
                    }
                    None => Ok(None),
                }
            }
            IterState::Zip { its, strict } => {
                let (its, strict) = (its.clone(), *strict);
                // The items taken so far are the shadow stack above `mark`.
                let mark = self.roots_mark();
                let r = self.zip_next(it, &its, strict, mark);
                self.unroot_to(mark);
                r
            }
            IterState::Map { f, its } => {
                let (f, its) = (*f, its.clone());
                let mark = self.roots_mark();
                let r = (|| {
                    for x in its {
                        self.vouch();
                        match self.next(x)? {
                            Some(v) => self.root(v),
                            None => return Ok(None),
                        }
                    }
                    let args = self.shadow[mark..].to_vec();
                    self.vouch();
                    Ok(Some(self.call(f, &args, &[])?))
                })();
                self.unroot_to(mark);
                r
            }
            IterState::Filter { f, it: inner } => {
                let (f, inner) = (*f, *inner);
                let mark = self.roots_mark();
                let r = (|| loop {
                    self.unroot_to(mark);
                    self.vouch();
                    match self.next(inner)? {
                        Some(v) => {
                            self.root(v);
                            let keep = if f.is_none() {
                                self.truthy(v)?
                            } else {
                                self.vouch();
                                let r = self.call(f, &[v], &[])?;
                                self.truthy(r)?
                            };
                            if keep {
                                return Ok(Some(v));
                            }
                        }
                        None => return Ok(None),
                    }
                })();
                self.unroot_to(mark);
                r
            }
            IterState::Reversed { seq, idx } => self.iter_next_rest(
                it,
                IterState::Reversed {
                    seq: *seq,
                    idx: *idx,
                },
            ),
            IterState::GetItem { obj, idx } => self.iter_next_rest(
                it,
                IterState::GetItem {
                    obj: *obj,
                    idx: *idx,
                },
            ),
            IterState::Callable { f, sentinel } => {
                let (f, s) = (*f, *sentinel);
                self.vouch();
                let v = self.call(f, &[], &[])?;
                let mark = self.roots_mark();
                self.root(v);
                let eq = self.eq(v, s);
                self.unroot_to(mark);
                if eq? {
                    iter_of(it).0 = IterState::Done;
                    return Ok(None);
                }
                Ok(Some(v))
            }
            IterState::Done => Ok(None),
        }
    }

    /// `zip.__next__`: the items taken so far are rooted above `mark`.
    fn zip_next(
        &mut self,
        it: Value,
        its: &[Value],
        strict: bool,
        mark: usize,
    ) -> PyResult<Option<Value>> {
        {
            {
                for (i, x) in its.iter().enumerate() {
                    self.vouch();
                    match self.next(*x)? {
                        Some(v) => self.root(v),
                        None => {
                            if strict {
                                if i > 0 {
                                    let msg = format!(
                                        "zip() argument {} is shorter than argument{} {}",
                                        i + 1,
                                        if i == 1 { "" } else { "s" },
                                        if i == 1 {
                                            "1".to_string()
                                        } else {
                                            format!("1-{i}")
                                        }
                                    );
                                    return self.value_err(msg);
                                }
                                for (j, y) in its.iter().enumerate().skip(1) {
                                    if self.next(*y)?.is_some() {
                                        let msg = format!(
                                            "zip() argument {} is longer than argument{} {}",
                                            j + 1,
                                            if j == 1 { "" } else { "s" },
                                            if j == 1 {
                                                "1".to_string()
                                            } else {
                                                format!("1-{j}")
                                            }
                                        );
                                        return self.value_err(msg);
                                    }
                                }
                            }
                            iter_of(it).0 = IterState::Done;
                            return Ok(None);
                        }
                    }
                }
                if self.shadow.len() == mark {
                    return Ok(None);
                }
                let items = self.shadow[mark..].to_vec();
                Ok(Some(self.new_tuple(items)))
            }
        }
    }

    /// `reversed` and sequence-protocol iterators (`st` is a copy of the state).
    fn iter_next_rest(&mut self, it: Value, st: IterState) -> PyResult<Option<Value>> {
        match st {
            IterState::Reversed { seq, idx } => {
                let (seq, i) = (seq, idx);
                if i < 0 {
                    return Ok(None);
                }
                if let IterState::Reversed { idx, .. } = &mut iter_of(it).0 {
                    *idx -= 1;
                }
                let v = match kind_of(seq) {
                    Some(Kind::List) => list_of(seq).items.get(i as usize).copied(),
                    Some(Kind::Tuple) => tuple_of(seq).items.get(i as usize).copied(),
                    _ => {
                        let iv = self.int(i as i64);
                        Some(self.getitem(seq, iv)?)
                    }
                };
                match v {
                    Some(v) => Ok(Some(v)),
                    None => {
                        iter_of(it).0 = IterState::Done;
                        Ok(None)
                    }
                }
            }
            IterState::GetItem { obj, idx } => {
                let (obj, i) = (obj, idx);
                let iv = self.int(i);
                match self.getitem(obj, iv) {
                    Ok(v) => {
                        if let IterState::GetItem { idx, .. } = &mut iter_of(it).0 {
                            *idx += 1;
                        }
                        Ok(Some(v))
                    }
                    Err(e)
                        if self.isinstance(e, self.t.index_error)
                            || self.isinstance(e, self.t.stop_iteration) =>
                    {
                        iter_of(it).0 = IterState::Done;
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            _ => Ok(None),
        }
    }

    /// Collects an iterable into a Vec.
    /// The items of `v` for `[*v]` / `(*v,)` (LIST_EXTEND): a TypeError from a
    /// value that is neither iterable nor a sequence gets CPython's message.
    pub fn star_items(&mut self, v: Value) -> PyResult<Vec<Value>> {
        match self.collect_iter(v) {
            Err(e)
                if self.isinstance(e, self.t.type_error)
                    && kind_of(v)
                        .is_none_or(|k| matches!(k, Kind::Instance | Kind::Int | Kind::Float))
                    && self.type_lookup(self.type_of(v), self.n.iter).is_none()
                    && self.type_lookup(self.type_of(v), self.n.getitem).is_none() =>
            {
                let msg = format!(
                    "Value after * must be an iterable, not {}",
                    self.type_name(v)
                );
                Err(self.new_exc(self.t.type_error, &msg))
            }
            r => r,
        }
    }

    pub fn collect_iter(&mut self, v: Value) -> PyResult<Vec<Value>> {
        let w = std::mem::take(&mut self.gc_window);
        match kind_of(v) {
            Some(Kind::List) if type_of_obj(self.type_of(v)).builtin => {
                return Ok(list_of(v).items.clone())
            }
            Some(Kind::Tuple) if type_of_obj(self.type_of(v)).builtin => {
                return Ok(tuple_of(v).items.clone())
            }
            Some(Kind::Range) => return self.range_items(v),
            _ => {}
        }
        // A section entry point: vouch for `v` before calling.
        self.gc_window = w;
        let w = self.enter_section();
        let r = self.collect_rooted(v);
        self.leave_section(w);
        r
    }

    /// `collect_iter`'s loop: the iterator and the items taken so far are
    /// rooted on the shadow stack while Python code runs.
    fn collect_rooted(&mut self, v: Value) -> PyResult<Vec<Value>> {
        let it = self.get_iter(v)?;
        let mark = self.roots_mark();
        self.root(it);
        let r = loop {
            self.vouch();
            match self.next(it) {
                Ok(Some(x)) => self.root(x),
                Ok(None) => break Ok(self.shadow[mark + 1..].to_vec()),
                Err(e) => break Err(e),
            }
        };
        self.unroot_to(mark);
        r
    }

    // ------------------------------------------------------------ classes

    /// Calls a type object: `type(x)`, class instantiation, builtin ctors.
    pub fn type_call(
        &mut self,
        ty: Value,
        args: &[Value],
        kw: &[(Value, Value)],
    ) -> PyResult<Value> {
        // A section entry point: vouch for `ty` and the arguments.
        let w = self.enter_section();
        let r = self.type_call_in(ty, args, kw);
        self.leave_section(w);
        r
    }

    /// `type_call` inside its section: the instance under construction is
    /// rooted while `__new__` / `__init__` run.
    fn type_call_in(
        &mut self,
        ty: Value,
        args: &[Value],
        kw: &[(Value, Value)],
    ) -> PyResult<Value> {
        if ty == self.t.type_ && args.len() == 1 && kw.is_empty() {
            return Ok(self.type_of(args[0]));
        }
        let meta = self.type_of(ty);
        if meta != self.t.type_ && !type_of_obj(meta).builtin {
            if let Some(c) = self.user_lookup(meta, self.n.call) {
                let mut a = vec![ty];
                a.extend_from_slice(args);
                self.vouch();
                return self.call(c, &a, kw);
            }
        }
        if self.is_subtype(ty, self.t.type_) && (ty == self.t.type_ || !type_of_obj(ty).builtin) {
            if args.len() == 3 && ty == self.t.type_ {
                return self.type_new(ty, args[0], args[1], args[2], kw);
            }
            if args.len() == 3 {
                return self.metaclass_instantiate(ty, args, kw);
            }
            if ty == self.t.type_ {
                return self.type_err("type() takes 1 or 3 arguments");
            }
        }
        let to = type_of_obj(ty);
        if to.builtin {
            return match to.ctor {
                Some(c) => c(self, &[&[ty][..], args].concat(), kw),
                None => self.type_err(format!("cannot create '{}' instances", to.name)),
            };
        }
        // User class.
        let obj = if let Some(new) = self.user_lookup(ty, self.n.new) {
            let f = if is_kind(new, Kind::StaticMethod) {
                wrap_of(new).f
            } else {
                new
            };
            let mut a = Vec::with_capacity(args.len() + 1);
            a.push(ty);
            a.extend_from_slice(args);
            self.vouch();
            let o = self.call(f, &a, kw)?;
            if !self.isinstance(o, ty) {
                return Ok(o);
            }
            o
        } else {
            self.alloc_instance(ty, args, kw)?
        };
        let mark = self.roots_mark();
        self.root(obj);
        let r = self.init_instance(ty, obj, args, kw);
        self.unroot_to(mark);
        r
    }

    /// Runs `ty.__init__(obj, *args, **kw)` for a new instance (rooted).
    fn init_instance(
        &mut self,
        ty: Value,
        obj: Value,
        args: &[Value],
        kw: &[(Value, Value)],
    ) -> PyResult<Value> {
        match self.user_lookup(ty, self.n.init) {
            Some(init) => {
                let mut a = Vec::with_capacity(args.len() + 1);
                a.push(obj);
                a.extend_from_slice(args);
                self.vouch();
                let r = self.call(init, &a, kw)?;
                if !r.is_none() {
                    return self.type_err(format!(
                        "__init__() should return None, not '{}'",
                        self.type_name(r)
                    ));
                }
            }
            None => {
                if type_of_obj(ty).layout == Kind::Instance
                    && (!args.is_empty() || !kw.is_empty())
                    && self.user_lookup(ty, self.n.new).is_none()
                {
                    return self.type_err(format!("{}() takes no arguments", type_of_obj(ty).name));
                }
            }
        }
        Ok(obj)
    }

    /// Calls a user metaclass `ty(name, bases, ns, **kw)`: its own `__new__` (else
    /// `type.__new__`), then its `__init__` when the result is an instance of `ty`.
    fn metaclass_instantiate(
        &mut self,
        ty: Value,
        args: &[Value],
        kw: &[(Value, Value)],
    ) -> PyResult<Value> {
        let mut a = Vec::with_capacity(args.len() + 1);
        a.push(ty);
        a.extend_from_slice(args);
        let obj = match self.user_lookup(ty, self.n.new) {
            Some(new) => {
                let f = if is_kind(new, Kind::StaticMethod) {
                    wrap_of(new).f
                } else {
                    new
                };
                self.call(f, &a, kw)?
            }
            None => self.type_new(ty, args[0], args[1], args[2], kw)?,
        };
        if self.isinstance(obj, ty) {
            if let Some(init) = self.user_lookup(ty, self.n.init) {
                a[0] = obj;
                self.call(init, &a, kw)?;
            }
        }
        Ok(obj)
    }

    /// `object.__new__(cls)` generalised to the builtin layout of `cls`.
    pub fn alloc_instance(
        &mut self,
        ty: Value,
        args: &[Value],
        kw: &[(Value, Value)],
    ) -> PyResult<Value> {
        let layout = type_of_obj(ty).layout;
        let has_user_init = self.user_lookup(ty, self.n.init).is_some();
        let attrs = || {
            Some(Box::new(Attrs {
                shape: 0,
                slots: vec![],
                dict: Value::NULL,
            }))
        };
        let obj = match layout {
            Kind::Instance => {
                let o = self.alloc(ty, Kind::Instance, ());
                // SAFETY: freshly allocated object.
                unsafe { header(o) }.attrs = attrs();
                return Ok(o);
            }
            Kind::Exception => {
                let t = self.new_tuple(args.to_vec());
                self.new_exc_args(ty, t)
            }
            Kind::List => {
                let o = self.alloc(ty, Kind::List, ListObj { items: vec![] });
                if !has_user_init && !args.is_empty() {
                    let items = self.collect_iter(args[0])?;
                    list_of(o).items = items;
                }
                o
            }
            Kind::Dict => {
                let o = self.alloc(ty, Kind::Dict, crate::dict::DictObj::new());
                if !has_user_init {
                    if let Some(a) = args.first() {
                        self.dict_update_from(o, *a, false)?;
                    }
                    for (k, v) in kw {
                        self.dict_set(o, *k, *v)?;
                    }
                }
                o
            }
            Kind::Set => {
                let base = if self.is_subtype(ty, self.t.frozenset) {
                    self.t.frozenset
                } else {
                    self.t.set
                };
                let o = self.alloc(
                    ty,
                    Kind::Set,
                    crate::set::SetObj::new(base == self.t.frozenset),
                );
                if !has_user_init || base == self.t.frozenset {
                    if let Some(a) = args.first() {
                        let items = self.collect_iter(*a)?;
                        for i in items {
                            self.set_add(o, i)?;
                        }
                    }
                }
                o
            }
            _ => {
                // Immutable builtins (int, str, tuple, float...): build the value
                // with the base ctor, then re-home it in the subclass.
                let base = type_of_obj(ty)
                    .mro
                    .iter()
                    .copied()
                    .find(|t| type_of_obj(*t).builtin)
                    .unwrap_or(self.t.object);
                let ctor = type_of_obj(base).ctor;
                let a: Vec<Value> = if has_user_init {
                    args.iter().take(1).copied().collect()
                } else {
                    args.to_vec()
                };
                let v = match ctor {
                    Some(c) => c(
                        self,
                        &[&[base][..], &a].concat(),
                        if has_user_init { &[] } else { kw },
                    )?,
                    None => return self.type_err("cannot create instance"),
                };
                self.rehome(v, ty)?
            }
        };
        // SAFETY: freshly allocated object.
        let h = unsafe { header(obj) };
        h.ty = ty.as_ptr();
        if h.attrs.is_none() {
            h.attrs = attrs();
        }
        Ok(obj)
    }

    fn rehome(&mut self, v: Value, ty: Value) -> PyResult<Value> {
        let o = if v.is_small_int() || v.is_bool() {
            let b = self.as_bigint(v).unwrap();
            self.alloc(ty, Kind::Int, IntObj(b))
        } else if is_kind(v, Kind::Int) {
            let b = bigint_of(v).0.clone();
            self.alloc(ty, Kind::Int, IntObj(b))
        } else if is_kind(v, Kind::Str) {
            let s = as_str(v).to_string();
            self.new_str(s)
        } else if is_kind(v, Kind::Tuple) {
            let items = tuple_of(v).items.clone();
            self.alloc(ty, Kind::Tuple, TupleObj { items })
        } else if is_kind(v, Kind::Bytes) {
            let b = bytes_of(v).b.clone();
            self.new_bytes(b)
        } else if let Some(f) = float_value(v) {
            self.alloc(ty, Kind::Float, FloatObj(f))
        } else {
            v
        };
        // SAFETY: `o` is a freshly allocated heap object.
        let h = unsafe { header(o) };
        h.ty = ty.as_ptr();
        h.attrs = Some(Box::new(Attrs {
            shape: 0,
            slots: vec![],
            dict: Value::NULL,
        }));
        Ok(o)
    }

    /// `type(name, bases, ns)` and class statements.
    pub fn type_new(
        &mut self,
        meta: Value,
        name: Value,
        bases: Value,
        ns: Value,
        kw: &[(Value, Value)],
    ) -> PyResult<Value> {
        if !is_kind(name, Kind::Str) || !is_kind(bases, Kind::Tuple) || !is_kind(ns, Kind::Dict) {
            return self.type_err("type.__new__() argument 1 must be str");
        }
        let mut bases_v = tuple_of(bases).items.clone();
        for b in &bases_v {
            if !is_kind(*b, Kind::Type) {
                return self.type_err("bases must be types");
            }
            if [
                self.t.bool_,
                self.t.range,
                self.t.slice,
                self.t.function,
                self.t.none,
            ]
            .contains(b)
            {
                return self.type_err(format!(
                    "type '{}' is not an acceptable base type",
                    type_of_obj(*b).name
                ));
            }
        }
        if bases_v.is_empty() {
            bases_v.push(self.t.object);
        }
        let mro = self.c3_mro(&bases_v)?;
        let layout = mro
            .iter()
            .map(|t| type_of_obj(*t).layout)
            .find(|k| *k != Kind::Instance)
            .unwrap_or(Kind::Instance);
        let name_s = as_str(name).to_string();
        let dict = self.new_dict();
        self.dict_update_from(dict, ns, false)?;
        let qualname = match dict_get_str(dict_of(dict), self.n.qualname) {
            Some(q) if is_kind(q, Kind::Str) => {
                let q = as_str(q).to_string();
                self.dict_del(dict, self.n.qualname)?;
                q
            }
            _ => name_s.clone(),
        };
        if dict_get_str(dict_of(dict), self.n.module).is_none() {
            if let Some(f) = self.frames.last() {
                let g = f.globals;
                if let Some(m) = dict_get_str(dict_of(g), self.n.name) {
                    self.dict_set(dict, self.n.module, m)?;
                }
            }
        }
        let classcell = dict_get_str(dict_of(dict), self.n.classcell);
        if classcell.is_some() {
            self.dict_del(dict, self.n.classcell)?;
        }
        // __eq__ without __hash__ makes instances unhashable.
        if dict_get_str(dict_of(dict), self.n.eq).is_some()
            && dict_get_str(dict_of(dict), self.n.hash).is_none()
        {
            self.dict_set(dict, self.n.hash, Value::NONE)?;
        }
        // Functions stored as __new__ / __init_subclass__ / __class_getitem__ are implicitly static/class methods.
        if let Some(f) = dict_get_str(dict_of(dict), self.n.new) {
            if is_kind(f, Kind::Function) {
                let w = self.alloc(self.t.staticmethod, Kind::StaticMethod, WrapObj { f });
                self.dict_set(dict, self.n.new, w)?;
            }
        }
        for nm in [self.n.init_subclass, self.n.class_getitem] {
            if let Some(f) = dict_get_str(dict_of(dict), nm) {
                if is_kind(f, Kind::Function) {
                    let w = self.alloc(self.t.classmethod, Kind::ClassMethod, WrapObj { f });
                    self.dict_set(dict, nm, w)?;
                }
            }
        }
        let base_exc = mro.contains(&self.t.base_exception);
        let ctor = mro.iter().find_map(|t| {
            if type_of_obj(*t).builtin {
                type_of_obj(*t).ctor
            } else {
                None
            }
        });
        let cls = self.alloc(
            meta,
            Kind::Type,
            TypeObj {
                name: name_s,
                qualname,
                bases: bases_v.clone(),
                mro: vec![],
                dict,
                layout,
                builtin: false,
                ctor,
                unhashable: false,
                version: 0,
                base_exc,
                slot_names: None,
            },
        );
        let mut full = vec![cls];
        full.extend(mro);
        type_of_obj(cls).mro = full;
        // __slots__ on every user class of the MRO (and no '__dict__' slot)
        // restricts instance attributes.
        let mut names: Option<Vec<Value>> = Some(Vec::new());
        for t in type_of_obj(cls).mro.clone() {
            let to = type_of_obj(t);
            if to.builtin {
                if t != self.t.object {
                    names = None;
                }
                continue;
            }
            match dict_get_str(dict_of(to.dict), self.n.slots) {
                Some(s) => {
                    let items = if is_kind(s, Kind::Str) {
                        vec![s]
                    } else {
                        self.collect_iter(s)?
                    };
                    for i in items {
                        if is_kind(i, Kind::Str) {
                            if as_str(i) == "__dict__" {
                                names = None;
                                break;
                            }
                            let iv = self.intern_value(i);
                            if let Some(n) = names.as_mut() {
                                n.push(iv);
                            }
                        }
                    }
                }
                None => names = None,
            }
            if names.is_none() {
                break;
            }
        }
        type_of_obj(cls).slot_names = names;
        if let Some(cell) = classcell {
            if is_kind(cell, Kind::Cell) {
                cell_of(cell).v = cls;
            }
        }
        // __set_name__
        let items: Vec<(Value, Value)> = dict_of(dict).iter().collect();
        for (k, v) in items {
            if is_kind(v, Kind::Instance) {
                let vt = self.type_of(v);
                if let Some(sn) = self.user_lookup(vt, self.n.set_name) {
                    self.call_descr(sn, v, vt, &[cls, k])?;
                }
            }
        }
        // __init_subclass__ of the parent.
        let parent_mro: Vec<Value> = type_of_obj(cls).mro[1..].to_vec();
        for t in parent_mro {
            if type_of_obj(t).builtin {
                if !kw.is_empty() {
                    return self.type_err(format!(
                        "{}.__init_subclass__() takes no keyword arguments",
                        type_of_obj(t).name
                    ));
                }
                break;
            }
            if let Some(isc) = dict_get_str(dict_of(type_of_obj(t).dict), self.n.init_subclass) {
                let f = if is_kind(isc, Kind::ClassMethod) {
                    wrap_of(isc).f
                } else {
                    isc
                };
                self.call(f, &[cls], kw)?;
                break;
            }
        }
        Ok(cls)
    }

    /// C3 linearisation of `bases` (without the class itself).
    pub fn c3_mro(&mut self, bases: &[Value]) -> PyResult<Vec<Value>> {
        let mut seqs: Vec<Vec<Value>> = bases.iter().map(|b| type_of_obj(*b).mro.clone()).collect();
        seqs.push(bases.to_vec());
        let mut out = Vec::new();
        loop {
            seqs.retain(|s| !s.is_empty());
            if seqs.is_empty() {
                return Ok(out);
            }
            let mut cand = None;
            for s in &seqs {
                let c = s[0];
                if !seqs.iter().any(|t| t[1..].contains(&c)) {
                    cand = Some(c);
                    break;
                }
            }
            let c = match cand {
                Some(c) => c,
                None => {
                    let names: Vec<String> =
                        bases.iter().map(|b| type_of_obj(*b).name.clone()).collect();
                    return self.type_err(format!(
                        "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                        names.join(", ")
                    ));
                }
            };
            out.push(c);
            for s in seqs.iter_mut() {
                if s[0] == c {
                    s.remove(0);
                }
            }
        }
    }

    /// `__build_class__(func, name, *bases, **kw)`.
    pub fn build_class(&mut self, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
        if args.len() < 2 || !is_kind(args[0], Kind::Function) {
            return self.type_err("__build_class__: func must be a function");
        }
        let func = args[0];
        let name = args[1];
        let mut bases: Vec<Value> = Vec::new();
        for b in &args[2..] {
            if !is_kind(*b, Kind::Type) {
                let bt = self.type_of(*b);
                if let Some(me) = self.type_lookup(bt, self.n.mro_entries) {
                    let t = self.new_tuple(args[2..].to_vec());
                    let r = self.call_descr(me, *b, bt, &[t])?;
                    bases.extend(self.collect_iter(r)?);
                    continue;
                }
            }
            bases.push(*b);
        }
        let mut meta = Value::NULL;
        let mut rest: Vec<(Value, Value)> = Vec::new();
        for (k, v) in kw {
            if as_str(*k) == "metaclass" {
                meta = *v;
            } else {
                rest.push((*k, *v));
            }
        }
        if meta.is_null() {
            meta = self.t.type_;
            for b in &bases {
                let bt = self.type_of(*b);
                if self.is_subtype(bt, meta) {
                    meta = bt;
                }
            }
        }
        let ns = self.new_dict();
        let qual = code_of(func_of(func).code).qualname;
        self.dict_set(ns, self.n.qualname, qual)?;
        if let Some(m) = dict_get_str(dict_of(func_of(func).globals), self.n.name) {
            self.dict_set(ns, self.n.module, m)?;
        }
        if let Some(doc) = code_of(func_of(func).code).code.docstring.clone() {
            let d = self.new_str(doc);
            self.dict_set(ns, self.n.doc, d)?;
        }
        let codev = func_of(func).code;
        let globals = func_of(func).globals;
        self.shadow.push(ns);
        let r = self.run_code(codev, globals, ns, func);
        self.shadow.pop();
        let ret = r?;
        let bt = self.new_tuple(bases);
        let cls = if meta == self.t.type_ {
            self.type_new(meta, name, bt, ns, &rest)?
        } else {
            self.call(meta, &[name, bt, ns], &rest)?
        };
        if is_kind(ret, Kind::Cell) {
            cell_of(ret).v = cls;
        }
        Ok(cls)
    }

    /// `super()` / `super(T, obj)`.
    pub fn make_super(&mut self, args: &[Value]) -> PyResult<Value> {
        let (ty, obj) = if args.is_empty() {
            let f = match self.frames.last() {
                Some(f) => *f,
                None => return self.err(self.t.runtime_error, "super(): no arguments"),
            };
            let c = code_of(f.code);
            let co = &c.code;
            let idx = co.freevars.iter().position(|n| n == "__class__");
            let cell = match idx {
                Some(i) => self.stack[f.base as usize + c.nlocals as usize + c.ncells as usize + i],
                None => return self.err(self.t.runtime_error, "super(): __class__ cell not found"),
            };
            let ty = cell_of(cell).v;
            if ty.is_null() {
                return self.err(self.t.runtime_error, "super(): empty __class__ cell");
            }
            if co.argcount == 0 && co.flags & taipan_compiler::bytecode::flags::VARARGS == 0 {
                return self.err(self.t.runtime_error, "super(): no arguments");
            }
            let mut obj = self.stack[f.base as usize];
            if let Some(ci) = co.cellvars.iter().position(|n| *n == co.varnames[0]) {
                let cellv = self.stack[f.base as usize + c.nlocals as usize + ci];
                if is_kind(cellv, Kind::Cell) && !cell_of(cellv).v.is_null() {
                    obj = cell_of(cellv).v;
                }
            }
            (ty, obj)
        } else if args.len() == 2 {
            (args[0], args[1])
        } else {
            return self.type_err("super() takes 0 or 2 arguments");
        };
        if !is_kind(ty, Kind::Type) {
            return self.type_err(format!(
                "super() argument 1 must be a type, not {}",
                self.type_name(ty)
            ));
        }
        let obj_type = if is_kind(obj, Kind::Type) && self.is_subtype(obj, ty) {
            obj
        } else if self.isinstance(obj, ty) {
            self.type_of(obj)
        } else {
            return self.type_err("super(type, obj): obj must be an instance or subtype of type");
        };
        Ok(self.alloc(self.t.super_, Kind::Super, SuperObj { ty, obj, obj_type }))
    }
}

fn header_has_attrs(v: Value) -> bool {
    // SAFETY: called only for pointer values.
    v.is_ptr() && unsafe { header(v) }.attrs.is_some()
}

pub fn i64_of(v: &num_bigint::BigInt) -> Option<i64> {
    v.to_i64()
}
