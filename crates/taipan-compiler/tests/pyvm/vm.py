"""A reference interpreter, in Python, for taipan bytecode.

Runs the JSON dump of a taipan `CodeObject` (see tests/pyvm.rs) with CPython
objects as values, following the semantics documented in `bytecode.rs`. It
exists to test the compiler end to end against CPython's own output; it is
not part of taipan.
"""
import builtins
import collections.abc
import json
import operator
import struct
import sys
import types

# The VM's own builtins, pinned: programs may rebind `builtins.len` etc.
len, isinstance, iter, next, getattr, setattr, delattr, hasattr = len, isinstance, iter, next, getattr, setattr, delattr, hasattr
tuple, list, dict, set, frozenset, str, repr, ascii, format, slice = tuple, list, dict, set, frozenset, str, repr, ascii, format, slice
type, bool, int, range, enumerate, zip, reversed, sorted, vars, super, print = type, bool, int, range, enumerate, zip, reversed, sorted, vars, super, print
issubclass, complex, bytes, object, any = issubclass, complex, bytes, object, any

NULL = object()

class Code:
    def __init__(self, d):
        self.name = d["name"]
        self.qualname = d["qualname"]
        self.filename = d["filename"]
        self.firstlineno = d["firstlineno"]
        self.argcount = d["argcount"]
        self.posonlyargcount = d["posonlyargcount"]
        self.kwonlyargcount = d["kwonlyargcount"]
        self.flags = d["flags"]
        self.instrs = [(OPS[o], a) for o, a in d["code"]]
        self.exc = d["exc"]
        self.consts = [const(c) for c in d["consts"]]
        self.names = d["names"]
        self.varnames = d["varnames"]
        self.cellvars = d["cellvars"]
        self.freevars = d["freevars"]
        self.docstring = d["docstring"]
        self.is_gen = bool(self.flags & 0x20)

    def handler(self, i):
        for s, e, t, depth, lasti in self.exc:
            if s <= i < e:
                return t, depth, lasti
        return None

def const(c):
    t = c[0]
    if t == "None": return None
    if t == "Bool": return c[1]
    if t == "Int": return int(c[1])
    if t == "Float": return struct.unpack("<d", struct.pack("<Q", int(c[1])))[0]
    if t == "Complex":
        re = struct.unpack("<d", struct.pack("<Q", int(c[1])))[0]
        im = struct.unpack("<d", struct.pack("<Q", int(c[2])))[0]
        return complex(re, im)
    if t == "Str": return c[1]
    if t == "Bytes": return bytes(c[1])
    if t == "Ellipsis": return ...
    if t == "Tuple": return tuple(const(x) for x in c[1])
    if t == "FrozenSet": return frozenset(const(x) for x in c[1])
    if t == "Code": return Code(c[1])
    raise ValueError(t)

class _Escape(Exception):
    def __init__(self, exc):
        self.exc = exc

class VM:
    handled = None

class function:
    def __init__(self, code, globs, defaults, kwdefaults, annotations, closure):
        self.__code__ = code
        self.__globals__ = globs
        self.__defaults__ = defaults
        self.__kwdefaults__ = kwdefaults
        self.__annotations__ = annotations if annotations is not None else {}
        self.__closure__ = closure
        self.__name__ = code.name
        self.__qualname__ = code.qualname
        self.__doc__ = code.docstring
        self.__module__ = globs.get("__name__")

    def __repr__(self):
        return "<function %s at 0x%x>" % (self.__qualname__, id(self))

    def __get__(self, obj, typ=None):
        if obj is None:
            return self
        return types.MethodType(self, obj)

    def __call__(self, *args, **kwargs):
        code = self.__code__
        fast, cells = bind(self, args, kwargs)
        frame = (code, self.__globals__, None, fast, cells)
        if code.is_gen:
            return execute(*frame)
        g = execute(*frame)
        try:
            g.send(None)
        except StopIteration as r:
            return r.value
        except _Escape as w:
            exc = w.exc
        else:
            raise SystemError("plain function yielded")
        raise exc.with_traceback(None)

def funcstr(f):
    mod = getattr(f, "__module__", None)
    q = getattr(f, "__qualname__", None) or getattr(f, "__name__", "?")
    if mod and mod != "builtins":
        return "%s.%s()" % (mod, q)
    return "%s()" % q

def plural(n, word):
    return "%d %s%s" % (n, word, "" if n == 1 else "s")

def bind(fn, args, kwargs):
    code = fn.__code__
    name = code.name
    nvars = len(code.varnames)
    fast = [NULL] * nvars
    npos = code.argcount
    nkwonly = code.kwonlyargcount
    varargs = bool(code.flags & 0x4)
    varkw = bool(code.flags & 0x8)
    posnames = code.varnames[:npos]
    kwonlynames = code.varnames[npos:npos + nkwonly]
    idx = npos + nkwonly
    if len(args) > npos and not varargs:
        ndef = len(fn.__defaults__ or ())
        given_kw = sum(1 for k in kwargs if k in kwonlynames)
        if ndef:
            expect = "from %d to %d positional arguments" % (npos - ndef, npos)
        else:
            expect = "%d positional argument%s" % (npos, "" if npos == 1 else "s")
        extra = ""
        if given_kw:
            extra = " positional argument%s (and %d keyword-only argument%s)" % ("" if len(args) == 1 else "s", given_kw, "" if given_kw == 1 else "s")
            raise TypeError("%s() takes %s but %d%s were given" % (code.qualname, expect, len(args), extra))
        raise TypeError("%s() takes %s but %d %s given" % (code.qualname, expect, len(args), "was" if len(args) == 1 else "were"))
    for i, a in enumerate(args[:npos]):
        fast[i] = a
    if varargs:
        fast[idx] = tuple(args[npos:])
        idx += 1
    kwdict = {} if varkw else None
    for k, v in kwargs.items():
        if k in posnames[code.posonlyargcount:] or k in kwonlynames:
            i = code.varnames.index(k)
            if fast[i] is not NULL:
                raise TypeError("%s() got multiple values for argument '%s'" % (code.qualname, k))
            fast[i] = v
        elif varkw:
            kwdict[k] = v
        elif k in posnames[:code.posonlyargcount]:
            bad = [x for x in kwargs if x in posnames[:code.posonlyargcount]]
            raise TypeError("%s() got some positional-only arguments passed as keyword arguments: '%s'" % (code.qualname, ", ".join(bad)))
        else:
            raise TypeError("%s() got an unexpected keyword argument '%s'" % (code.qualname, k))
    if varkw:
        fast[idx] = kwdict
    defaults = fn.__defaults__ or ()
    missing = []
    for i in range(npos):
        if fast[i] is NULL:
            j = i - (npos - len(defaults))
            if j >= 0:
                fast[i] = defaults[j]
            else:
                missing.append(posnames[i])
    if missing:
        names = ["'%s'" % m for m in missing]
        s = names[0] if len(names) == 1 else (", ".join(names[:-1]) + (", and " if len(names) > 2 else " and ") + names[-1])
        raise TypeError("%s() missing %d required positional argument%s: %s" % (code.qualname, len(missing), "" if len(missing) == 1 else "s", s))
    kwd = fn.__kwdefaults__ or {}
    missing = []
    for k in kwonlynames:
        i = code.varnames.index(k)
        if fast[i] is NULL:
            if k in kwd:
                fast[i] = kwd[k]
            else:
                missing.append(k)
    if missing:
        names = ["'%s'" % m for m in missing]
        s = names[0] if len(names) == 1 else (", ".join(names[:-1]) + (", and " if len(names) > 2 else " and ") + names[-1])
        raise TypeError("%s() missing %d required keyword-only argument%s: %s" % (code.qualname, len(missing), "" if len(missing) == 1 else "s", s))
    cells = []
    for c in code.cellvars:
        cell = types.CellType()
        if c in code.varnames:
            v = fast[code.varnames.index(c)]
            if v is not NULL:
                cell.cell_contents = v
        cells.append(cell)
    cells.extend(fn.__closure__ or ())
    return fast, cells

def build_class(func, name, *bases, **kw):
    meta = kw.pop("metaclass", None)
    resolved = types.resolve_bases(bases)
    if meta is not None:
        kw["metaclass"] = meta
    meta, ns, kwds = types.prepare_class(name, resolved, kw)
    code = func.__code__
    cells = [types.CellType() for _ in code.cellvars] + list(func.__closure__ or ())
    g = execute(code, func.__globals__, ns, [], cells)
    try:
        g.send(None)
    except StopIteration:
        exc = None
    except _Escape as w:
        exc = w.exc
    else:
        exc = None
    if exc is not None:
        raise exc.with_traceback(None)
    if resolved is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved, ns, **kwds)

BINOPS = [operator.add, operator.and_, operator.floordiv, operator.lshift, operator.matmul, operator.mul,
          operator.mod, operator.or_, operator.pow, operator.rshift, operator.sub, operator.truediv, operator.xor,
          operator.iadd, operator.iand, operator.ifloordiv, operator.ilshift, operator.imatmul, operator.imul,
          operator.imod, operator.ior, operator.ipow, operator.irshift, operator.isub, operator.itruediv, operator.ixor]
CMPOPS = [operator.lt, operator.le, operator.eq, operator.ne, operator.gt, operator.ge]

OPNAMES = """Nop PopTop PushNull Copy Swap LoadConst LoadFast StoreFast DeleteFast LoadDeref StoreDeref DeleteDeref
LoadClosure LoadClassDeref LoadName StoreName DeleteName LoadGlobal StoreGlobal DeleteGlobal LoadAttr LoadMethod
StoreAttr DeleteAttr BinarySubscr StoreSubscr DeleteSubscr BuildSlice BinaryOp UnaryNegative UnaryPositive UnaryNot
UnaryInvert CompareOp IsOp ContainsOp BuildTuple BuildList BuildSet BuildMap BuildString ListAppend SetAdd MapAdd
ListExtend SetUpdate DictUpdate DictMerge ListToTuple FormatValue Jump JumpBackward PopJumpIfFalse PopJumpIfTrue
PopJumpIfNone PopJumpIfNotNone JumpIfFalseOrPop JumpIfTrueOrPop GetIter ForIter ReturnValue Call CallKw
CallFunctionEx MakeFunction LoadBuildClass SetupAnnotations UnpackSequence UnpackEx RaiseVarargs Reraise PushExcInfo
PopExcept CheckExcMatch LoadAssertionError BeforeWith WithExceptStart YieldValue GetYieldFromIter Send ImportName
ImportFrom ImportStar GetLen MatchMapping MatchSequence MatchKeys MatchClass PrintExpr""".split()
OPS = {}
for _n in OPNAMES:
    OPS["".join(("_" + c if c.isupper() and i else c.upper()) for i, c in enumerate(_n))] = _n

def unpack_iter(seq, n):
    try:
        it = iter(seq)
    except TypeError:
        raise TypeError("cannot unpack non-iterable %s object" % type(seq).__name__) from None
    out = []
    for _ in range(n):
        try:
            out.append(next(it))
        except StopIteration:
            raise ValueError("not enough values to unpack (expected %d, got %d)" % (n, len(out))) from None
    try:
        next(it)
    except StopIteration:
        return out
    raise ValueError("too many values to unpack (expected %d)" % n)

def frame_locals(code, locs, fast, cells):
    if locs is not None:
        return locs
    d = {}
    for i, n in enumerate(code.varnames):
        if i < len(fast) and fast[i] is not NULL:
            d[n] = fast[i]
    for n, c in zip(code.cellvars + code.freevars, cells):
        try:
            d[n] = c.cell_contents
        except ValueError:
            pass
    return d

def do_call(frame_cells, frame_code, fast, callable_, args, kwargs, locs=None, globs=None):
    if not args and not kwargs:
        if callable_ is builtins.locals or callable_ is builtins.vars:
            return frame_locals(frame_code, locs, fast, frame_cells)
        if callable_ is builtins.dir:
            return sorted(frame_locals(frame_code, locs, fast, frame_cells))
        if callable_ is builtins.globals:
            return globs
    if callable_ is super and not args and not kwargs:
        names = frame_code.cellvars + frame_code.freevars
        cls = frame_cells[names.index("__class__")].cell_contents
        first = fast[0]
        if first is NULL and frame_code.varnames and frame_code.varnames[0] in frame_code.cellvars:
            first = frame_cells[frame_code.cellvars.index(frame_code.varnames[0])].cell_contents
        return super(cls, first)
    return callable_(*args, **kwargs)

def execute(code, globs, locs, fast, cells):
    if code.is_gen or locs is None or True:
        pass
    if not fast and code.varnames and locs is None:
        fast = [NULL] * len(code.varnames)
    while len(fast) < len(code.varnames):
        fast.append(NULL)
    builtins_ = builtins.__dict__
    stack = []
    push = stack.append
    pop = stack.pop
    instrs = code.instrs
    ip = 0
    while True:
        op, arg = instrs[ip]
        ip += 1
        try:
            if op == "Nop": pass
            elif op == "PopTop": pop()
            elif op == "PushNull": push(NULL)
            elif op == "Copy": push(stack[-arg])
            elif op == "Swap": stack[-1], stack[-arg] = stack[-arg], stack[-1]
            elif op == "LoadConst":
                c = code.consts[arg]
                push(c)
            elif op == "LoadFast":
                v = fast[arg]
                if v is NULL:
                    raise UnboundLocalError("cannot access local variable '%s' where it is not associated with a value" % code.varnames[arg])
                push(v)
            elif op == "StoreFast": fast[arg] = pop()
            elif op == "DeleteFast":
                if fast[arg] is NULL:
                    raise UnboundLocalError("cannot access local variable '%s' where it is not associated with a value" % code.varnames[arg])
                fast[arg] = NULL
            elif op in ("LoadDeref", "LoadClassDeref"):
                name = (code.cellvars + code.freevars)[arg]
                if op == "LoadClassDeref" and name in locs:
                    push(locs[name]); continue
                try:
                    push(cells[arg].cell_contents)
                except ValueError:
                    if arg < len(code.cellvars):
                        raise UnboundLocalError("cannot access local variable '%s' where it is not associated with a value" % name) from None
                    raise NameError("cannot access free variable '%s' where it is not associated with a value in enclosing scope" % name) from None
            elif op == "StoreDeref": cells[arg].cell_contents = pop()
            elif op == "DeleteDeref": del cells[arg].cell_contents
            elif op == "LoadClosure": push(cells[arg])
            elif op == "LoadName":
                n = code.names[arg]
                if n in locs: push(locs[n])
                elif n in globs: push(globs[n])
                elif n in builtins_: push(builtins_[n])
                else: raise NameError("name '%s' is not defined" % n, name=n)
            elif op == "StoreName": locs[code.names[arg]] = pop()
            elif op == "DeleteName":
                n = code.names[arg]
                try:
                    del locs[n]
                except KeyError:
                    raise NameError("name '%s' is not defined" % n, name=n) from None
            elif op == "LoadGlobal":
                n = code.names[arg]
                if n in globs: push(globs[n])
                elif n in builtins_: push(builtins_[n])
                else: raise NameError("name '%s' is not defined" % n, name=n)
            elif op == "StoreGlobal": globs[code.names[arg]] = pop()
            elif op == "DeleteGlobal":
                n = code.names[arg]
                try:
                    del globs[n]
                except KeyError:
                    raise NameError("name '%s' is not defined" % n, name=n) from None
            elif op == "LoadAttr": push(getattr(pop(), code.names[arg]))
            elif op == "LoadMethod":
                push(getattr(pop(), code.names[arg])); push(NULL)
            elif op == "StoreAttr":
                obj = pop(); v = pop(); setattr(obj, code.names[arg], v)
            elif op == "DeleteAttr": delattr(pop(), code.names[arg])
            elif op == "BinarySubscr":
                k = pop(); c = pop(); push(c[k])
            elif op == "StoreSubscr":
                k = pop(); c = pop(); v = pop(); c[k] = v
            elif op == "DeleteSubscr":
                k = pop(); c = pop(); del c[k]
            elif op == "BuildSlice":
                if arg == 3:
                    st = pop(); b = pop(); a = pop(); push(slice(a, b, st))
                else:
                    b = pop(); a = pop(); push(slice(a, b))
            elif op == "BinaryOp":
                b = pop(); a = pop(); push(BINOPS[arg](a, b))
            elif op == "UnaryNegative": push(-pop())
            elif op == "UnaryPositive": push(+pop())
            elif op == "UnaryNot": push(not pop())
            elif op == "UnaryInvert": push(~pop())
            elif op == "CompareOp":
                b = pop(); a = pop(); push(CMPOPS[arg](a, b))
            elif op == "IsOp":
                b = pop(); a = pop(); push((a is b) != bool(arg))
            elif op == "ContainsOp":
                b = pop(); a = pop(); push((a in b) != bool(arg))
            elif op == "BuildTuple":
                items = stack[len(stack) - arg:]; del stack[len(stack) - arg:]; push(tuple(items))
            elif op == "BuildList":
                items = stack[len(stack) - arg:]; del stack[len(stack) - arg:]; push(list(items))
            elif op == "BuildSet":
                items = stack[len(stack) - arg:]; del stack[len(stack) - arg:]; push(set(items))
            elif op == "BuildMap":
                items = stack[len(stack) - 2 * arg:]; del stack[len(stack) - 2 * arg:]
                d = {}
                for i in range(0, len(items), 2):
                    d[items[i]] = items[i + 1]
                push(d)
            elif op == "BuildString":
                items = stack[len(stack) - arg:]; del stack[len(stack) - arg:]; push("".join(items))
            elif op == "ListAppend":
                v = pop(); stack[-arg].append(v)
            elif op == "SetAdd":
                v = pop(); stack[-arg].add(v)
            elif op == "MapAdd":
                v = pop(); k = pop(); stack[-arg][k] = v
            elif op == "ListExtend":
                v = pop()
                try:
                    stack[-arg].extend(v)
                except TypeError:
                    # CPython's LIST_EXTEND message for a non-iterable, non-sequence.
                    if not hasattr(type(v), "__iter__") and not hasattr(type(v), "__getitem__"):
                        raise TypeError("Value after * must be an iterable, not %s" % type(v).__name__) from None
                    raise
            elif op == "SetUpdate":
                v = pop(); stack[-arg].update(v)
            elif op in ("DictUpdate", "DictMerge"):
                m = pop()
                if not hasattr(m, "keys"):
                    if op == "DictMerge":
                        raise TypeError("%s argument after ** must be a mapping, not %s" % (funcstr(stack[-arg - 3]), type(m).__name__))
                    raise TypeError("'%s' object is not a mapping" % type(m).__name__)
                d = stack[-arg]
                for k in m.keys():
                    if op == "DictMerge" and k in d:
                        raise TypeError("%s got multiple values for keyword argument '%s'" % (funcstr(stack[-arg - 3]), k))
                    d[k] = m[k]
            elif op == "ListToTuple": push(tuple(pop()))
            elif op == "FormatValue":
                spec = pop() if arg & 4 else ""
                v = pop()
                conv = arg & 3
                if conv == 1: v = str(v)
                elif conv == 2: v = repr(v)
                elif conv == 3: v = ascii(v)
                push(format(v, spec))
            elif op in ("Jump", "JumpBackward"): ip = arg
            elif op == "PopJumpIfFalse":
                if not pop(): ip = arg
            elif op == "PopJumpIfTrue":
                if pop(): ip = arg
            elif op == "PopJumpIfNone":
                if pop() is None: ip = arg
            elif op == "PopJumpIfNotNone":
                if pop() is not None: ip = arg
            elif op == "JumpIfFalseOrPop":
                if not stack[-1]: ip = arg
                else: pop()
            elif op == "JumpIfTrueOrPop":
                if stack[-1]: ip = arg
                else: pop()
            elif op == "GetIter": push(iter(pop()))
            elif op == "ForIter":
                try:
                    push(next(stack[-1]))
                except StopIteration:
                    pop(); ip = arg
            elif op == "ReturnValue":
                return pop()
            elif op in ("Call", "CallKw"):
                kwnames = pop() if op == "CallKw" else ()
                args = stack[len(stack) - arg:]; del stack[len(stack) - arg:]
                self_ = pop(); f = pop()
                if self_ is not NULL:
                    args.insert(0, self_)
                nk = len(kwnames)
                kwargs = dict(zip(kwnames, args[len(args) - nk:])) if nk else {}
                if nk:
                    args = args[:len(args) - nk]
                push(do_call(cells, code, fast, f, args, kwargs, locs, globs))
            elif op == "CallFunctionEx":
                kwargs = pop() if arg & 1 else {}
                args = pop(); self_ = pop(); f = pop()
                if not isinstance(args, tuple):
                    try:
                        args = tuple(args)
                    except TypeError:
                        raise TypeError("%s argument after * must be an iterable, not %s" % (funcstr(f), type(args).__name__)) from None
                if self_ is not NULL:
                    args = (self_,) + tuple(args)
                push(do_call(cells, code, fast, f, args, kwargs, locs, globs))
            elif op == "MakeFunction":
                c = pop()
                closure = tuple(pop()) if arg & 8 else None
                ann = pop() if arg & 4 else None
                kwd = pop() if arg & 2 else None
                dfl = pop() if arg & 1 else None
                push(function(c, globs, dfl, kwd, ann, closure))
            elif op == "LoadBuildClass": push(build_class)
            elif op == "SetupAnnotations":
                if "__annotations__" not in locs:
                    locs["__annotations__"] = {}
            elif op == "UnpackSequence":
                items = unpack_iter(pop(), arg)
                stack.extend(reversed(items))
            elif op == "UnpackEx":
                before = arg & 0xff; after = arg >> 8
                items = list(pop())
                if len(items) < before + after:
                    raise ValueError("not enough values to unpack (expected at least %d, got %d)" % (before + after, len(items)))
                mid = items[before:len(items) - after]
                out = items[:before] + [mid] + items[len(items) - after:]
                stack.extend(reversed(out))
            elif op == "RaiseVarargs":
                if arg == 0:
                    if VM.handled is None:
                        raise RuntimeError("No active exception to reraise")
                    raise VM.handled.with_traceback(VM.handled.__traceback__)
                cause = pop() if arg == 2 else NULL
                exc = pop()
                if isinstance(exc, type) and issubclass(exc, BaseException):
                    exc = exc()
                if not isinstance(exc, BaseException):
                    raise TypeError("exceptions must derive from BaseException")
                if cause is not NULL:
                    if isinstance(cause, type) and issubclass(cause, BaseException):
                        cause = cause()
                    exc.__cause__ = cause
                    exc.__suppress_context__ = True
                if VM.handled is not None and VM.handled is not exc:
                    exc.__context__ = VM.handled
                raise exc
            elif op == "Reraise":
                exc = pop()
                raise exc.with_traceback(exc.__traceback__)
            elif op == "PushExcInfo":
                exc = pop(); push(VM.handled if VM.handled is not None else None); VM.handled = exc; push(exc)
            elif op == "PopExcept":
                VM.handled = pop()
            elif op == "CheckExcMatch":
                t = pop(); exc = stack[-1]
                ts = t if isinstance(t, tuple) else (t,)
                for x in ts:
                    if not (isinstance(x, type) and issubclass(x, BaseException)):
                        raise TypeError("catching classes that do not inherit from BaseException is not allowed")
                push(isinstance(exc, t))
            elif op == "LoadAssertionError": push(AssertionError)
            elif op == "BeforeWith":
                mgr = pop()
                t = type(mgr)
                if not hasattr(t, "__enter__") or not hasattr(t, "__exit__"):
                    raise TypeError("'%s' object does not support the context manager protocol" % t.__name__)
                push(types.MethodType(t.__exit__, mgr)); push(t.__enter__(mgr))
            elif op == "WithExceptStart":
                exc = stack[-1]; ex = stack[-4]
                push(ex(type(exc), exc, exc.__traceback__))
            elif op == "YieldValue":
                v = pop()
                saved = VM.handled
                sent = yield v
                VM.handled = saved
                push(sent)
            elif op == "GetYieldFromIter":
                v = pop()
                push(v if isinstance(v, types.GeneratorType) else iter(v))
            elif op == "Send":
                v = pop(); r = stack[-1]
                try:
                    if v is None and not isinstance(r, types.GeneratorType):
                        push(next(r))
                    else:
                        push(r.send(v))
                except StopIteration as e:
                    pop(); push(e.value); ip = arg
            elif op == "ImportName":
                fromlist = pop(); level = pop()
                push(builtins.__import__(code.names[arg], globs, None, fromlist, level))
            elif op == "ImportFrom":
                m = stack[-1]; n = code.names[arg]
                try:
                    push(getattr(m, n))
                except AttributeError:
                    full = "%s.%s" % (getattr(m, "__name__", "?"), n)
                    if full in sys.modules:
                        push(sys.modules[full])
                    else:
                        mn = getattr(m, "__name__", "?")
                        raise ImportError("cannot import name '%s' from '%s' (%s)" % (n, mn, getattr(m, "__file__", "unknown location")), name=mn, path=getattr(m, "__file__", None)) from None
            elif op == "ImportStar":
                m = pop()
                names = getattr(m, "__all__", None)
                if names is None:
                    names = [k for k in vars(m) if not k.startswith("_")]
                for k in names:
                    locs[k] = getattr(m, k)
            elif op == "GetLen": push(len(stack[-1]))
            elif op == "MatchMapping": push(isinstance(stack[-1], collections.abc.Mapping))
            elif op == "MatchSequence":
                s = stack[-1]
                push(isinstance(s, collections.abc.Sequence) and not isinstance(s, (str, bytes, bytearray)))
            elif op == "MatchKeys":
                keys = stack[-1]; subj = stack[-2]
                sentinel = object()
                vals = []
                for k in keys:
                    v = subj.get(k, sentinel)
                    if v is sentinel:
                        vals = None
                        break
                    vals.append(v)
                push(tuple(vals) if vals is not None else None)
            elif op == "MatchClass":
                names = pop(); cls = pop(); subj = pop()
                if not isinstance(subj, cls):
                    push(None); continue
                attrs = []
                ok = True
                if arg:
                    ma = getattr(cls, "__match_args__", None)
                    if ma is None and cls in (bool, bytearray, bytes, dict, float, frozenset, int, list, set, str, tuple):
                        if arg > 1:
                            raise TypeError("%s() accepts 1 positional sub-pattern (%d given)" % (cls.__name__, arg))
                        attrs.append(subj)
                    else:
                        ma = ma or ()
                        if arg > len(ma):
                            raise TypeError("%s() accepts %d positional sub-pattern%s (%d given)" % (cls.__name__, len(ma), "" if len(ma) == 1 else "s", arg))
                        for n in ma[:arg]:
                            if not hasattr(subj, n):
                                ok = False; break
                            attrs.append(getattr(subj, n))
                for n in names:
                    if not ok: break
                    if not hasattr(subj, n):
                        ok = False; break
                    attrs.append(getattr(subj, n))
                push(tuple(attrs) if ok else None)
            elif op == "PrintExpr":
                sys.displayhook(pop())
            else:
                raise SystemError("unknown opcode " + op)
        except GeneratorExit:
            h = code.handler(ip - 1)
            if h is None:
                raise
            e = sys.exc_info()[1]
            t, depth, lasti = h
            del stack[depth:]
            if lasti: push(ip - 1)
            push(e); ip = t
        except _Escape:
            raise
        except BaseException as e:
            if VM.handled is not None and e.__context__ is None and VM.handled is not e:
                e.__context__ = VM.handled
            h = code.handler(ip - 1)
            if h is None:
                if code.is_gen:
                    raise
                raise _Escape(e)
            t, depth, lasti = h
            del stack[depth:]
            if lasti: push(ip - 1)
            push(e); ip = t

def main():
    sys.setrecursionlimit(100000)
    data = json.load(open(sys.argv[1], encoding="utf-8"))
    code = Code(data)
    script = sys.argv[2]
    sys.argv = [script]
    sys.path[0] = __import__("os").path.dirname(script)
    main_mod = types.ModuleType("__main__")
    main_mod.__file__ = script
    sys.modules["__main__"] = main_mod
    globs = main_mod.__dict__
    globs["__builtins__"] = builtins
    g = execute(code, globs, globs, [], [])
    try:
        g.send(None)
    except StopIteration:
        pass
    except _Escape as w:
        e = w.exc
        if isinstance(e, SystemExit):
            sys.stdout.flush()
            raise e
        sys.stdout.flush()
        print("Traceback (most recent call last):", file=sys.stderr)
        print("%s: %s" % (type(e).__name__, e) if str(e) else type(e).__name__, file=sys.stderr)
        sys.exit(1)

if __name__ == "__main__":
    import threading
    threading.stack_size(512 * 1024 * 1024)
    result = {}
    def run():
        try:
            main()
        except SystemExit as e:
            result["code"] = e.code
        except BaseException:
            import traceback
            traceback.print_exc()
            result["code"] = 99
    t = threading.Thread(target=run)
    t.start(); t.join()
    sys.stdout.flush()
    code = result.get("code", 0)
    if code is None: code = 0
    if isinstance(code, int):
        sys.exit(code)
    print(code, file=sys.stderr)
    sys.exit(1)
