//! The bytecode contract between the compiler and every execution tier.
//!
//! A stack machine in the shape of CPython 3.12's, with these differences:
//! - an instruction is one [`Instr`] (8 bytes: opcode + 32-bit argument), so
//!   there is no `EXTENDED_ARG` and no inline cache entries in the stream
//!   (tier 1 keeps its inline caches in a side table indexed by instruction);
//! - jump arguments are **absolute instruction indices**;
//! - the calling convention is `[callable, self_or_null, args...]` with an
//!   explicit NULL value pushed by `PushNull`/`LoadMethod`.
//!
//! Stack effects are written `(before -- after)` with the top of stack on the
//! right. "PEEK(i)" is the i-th item counted from the top, 1-based.
//!
//! **Invariant:** `CodeObject` is plain data; the interpreter turns constants
//! into runtime values when it loads a code object.

use std::fmt;

/// One instruction. `arg` is 0 for opcodes that take no argument.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(C)]
pub struct Instr {
    pub op: Opcode,
    pub arg: u32,
}

impl Instr {
    pub fn new(op: Opcode, arg: u32) -> Instr {
        Instr { op, arg }
    }
}

macro_rules! opcodes {
    ($( $(#[$doc:meta])* $name:ident, )*) => {
        /// Bytecode operations; see the module docs for the notation.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(u8)]
        pub enum Opcode {
            $( $(#[$doc])* $name, )*
        }

        impl Opcode {
            /// Every opcode, in numbering order.
            pub const ALL: &'static [Opcode] = &[$(Opcode::$name,)*];

            /// The opcode's name in CPython's `dis` spelling (`LOAD_FAST`).
            pub fn name(self) -> &'static str {
                static NAMES: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
                    [$(stringify!($name),)*].iter().map(|n| upper_snake(n)).collect()
                });
                &NAMES[self as usize]
            }
        }
    };
}

/// `LoadFast` -> `LOAD_FAST`.
fn upper_snake(camel: &str) -> String {
    let mut s = String::new();
    for (i, c) in camel.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            s.push('_');
        }
        s.push(c.to_ascii_uppercase());
    }
    s
}

opcodes! {
    // ---- stack manipulation ----
    /// `( -- )`
    Nop,
    /// `(x -- )`
    PopTop,
    /// `( -- NULL)`: the NULL marker of the calling convention.
    PushNull,
    /// `Copy(n)`: `(x_n ... x_1 -- x_n ... x_1 x_n)`, n >= 1 (1 duplicates TOS).
    Copy,
    /// `Swap(n)`: exchange TOS and PEEK(n), n >= 2.
    Swap,

    // ---- names ----
    /// `( -- consts[arg])`
    LoadConst,
    /// `( -- locals[arg])`; unbound -> UnboundLocalError
    /// "cannot access local variable 'x' where it is not associated with a value".
    LoadFast,
    /// `(v -- )` locals[arg] = v
    StoreFast,
    /// `( -- )` unbind locals[arg] (UnboundLocalError if unbound).
    DeleteFast,
    /// `( -- cell.contents)` for cell/free slot `arg` (index into
    /// `cellvars ++ freevars`). Unbound cell -> NameError "cannot access free
    /// variable 'x' where it is not associated with a value in enclosing scope"
    /// for free vars, UnboundLocalError as `LoadFast` for cellvars.
    LoadDeref,
    /// `(v -- )` cell slot `arg`.contents = v
    StoreDeref,
    /// `( -- )` empty cell slot `arg`.
    DeleteDeref,
    /// `( -- cell)` push the cell object itself of slot `arg` (to build closures).
    LoadClosure,
    /// Class bodies only: `( -- v)` look up `freevars name` of slot `arg` in the
    /// class namespace first, then in the cell (CPython `LOAD_CLASSDEREF`).
    LoadClassDeref,
    /// `( -- v)` names[arg] looked up in frame locals mapping, then globals,
    /// then builtins; NameError "name 'x' is not defined".
    LoadName,
    /// `(v -- )` locals mapping[names[arg]] = v
    StoreName,
    /// `( -- )` del locals mapping[names[arg]]
    DeleteName,
    /// `( -- v)` names[arg] from globals, then builtins.
    LoadGlobal,
    /// `(v -- )`
    StoreGlobal,
    /// `( -- )`
    DeleteGlobal,

    // ---- attributes and items ----
    /// `(obj -- obj.names[arg])`
    LoadAttr,
    /// `(obj -- meth obj)` when the attribute is a plain function found on the
    /// type (not shadowed by the instance), else `(obj -- attr NULL)`.
    /// Followed by the arguments and `Call`.
    LoadMethod,
    /// `(v obj -- )` obj.names[arg] = v
    StoreAttr,
    /// `(obj -- )` del obj.names[arg]
    DeleteAttr,
    /// `(container key -- container[key])`
    BinarySubscr,
    /// `(v container key -- )` container[key] = v
    StoreSubscr,
    /// `(container key -- )` del container[key]
    DeleteSubscr,
    /// `BuildSlice(2)`: `(start stop -- slice)`; `BuildSlice(3)`: `(start stop step -- slice)`.
    BuildSlice,

    // ---- operators ----
    /// `(a b -- a op b)`; arg is a [`BinaryOpArg`] (in-place forms try `__iop__` first).
    BinaryOp,
    /// `(a -- -a)`
    UnaryNegative,
    /// `(a -- +a)`
    UnaryPositive,
    /// `(a -- not a)`
    UnaryNot,
    /// `(a -- ~a)`
    UnaryInvert,
    /// `(a b -- a op b)`; arg is a [`CompareOpArg`].
    CompareOp,
    /// `(a b -- a is b)`, or `is not` when arg == 1.
    IsOp,
    /// `(a b -- a in b)`, or `not in` when arg == 1.
    ContainsOp,

    // ---- building ----
    /// `(x_1 ... x_n -- tuple)`
    BuildTuple,
    /// `(x_1 ... x_n -- list)`
    BuildList,
    /// `(x_1 ... x_n -- set)`
    BuildSet,
    /// `(k_1 v_1 ... k_n v_n -- dict)`
    BuildMap,
    /// `(s_1 ... s_n -- s_1 + ... + s_n)` n strings concatenated.
    BuildString,
    /// `(v -- )` PEEK(arg).append(v), PEEK counted after popping v.
    ListAppend,
    /// `(v -- )` PEEK(arg).add(v)
    SetAdd,
    /// `(k v -- )` PEEK(arg)[k] = v
    MapAdd,
    /// `(iterable -- )` PEEK(arg).extend(iterable)
    ListExtend,
    /// `(iterable -- )` PEEK(arg).update(iterable)
    SetUpdate,
    /// `(mapping -- )` PEEK(arg).update(mapping) (dict displays `{**m}`);
    /// TypeError "'int' object is not a mapping".
    DictUpdate,
    /// `(mapping -- )` like `DictUpdate` for `f(**m)`: duplicate keys raise
    /// TypeError "f() got multiple values for keyword argument 'k'", where the
    /// callable is PEEK(arg + 3) after popping
    /// (`[callable, self_or_null, args_tuple, dict]` with the dict at PEEK(arg)).
    DictMerge,
    /// `(list -- tuple)`
    ListToTuple,
    /// `(value [spec] -- str)`: arg & 3 is the conversion (0 none, 1 `!s`,
    /// 2 `!r`, 3 `!a`); arg & 4 means a format spec string is on the stack.
    FormatValue,

    // ---- control flow (targets are absolute instruction indices) ----
    /// Unconditional forward jump to arg.
    Jump,
    /// Unconditional backward jump to arg: a loop back-edge, counted for hotness.
    JumpBackward,
    /// `(v -- )` jump to arg if not v.
    PopJumpIfFalse,
    /// `(v -- )` jump to arg if v.
    PopJumpIfTrue,
    /// `(v -- )` jump to arg if v is None.
    PopJumpIfNone,
    /// `(v -- )` jump to arg if v is not None.
    PopJumpIfNotNone,
    /// `(v -- v)` and jump if not v, else `(v -- )` (for `and`).
    JumpIfFalseOrPop,
    /// `(v -- v)` and jump if v, else `(v -- )` (for `or`).
    JumpIfTrueOrPop,
    /// `(iterable -- iter(iterable))`
    GetIter,
    /// `(it -- it next(it))`; when exhausted `(it -- )` and jump to arg.
    ForIter,
    /// `(v -- )` return v to the caller.
    ReturnValue,

    // ---- calls and definitions ----
    /// `Call(n)`: `(callable self_or_null a_1 ... a_n -- result)`. When
    /// self_or_null is not NULL the call is `callable(self_or_null, a_1..a_n)`.
    Call,
    /// `CallKw(n)`: `(callable self_or_null a_1 ... a_n kwnames -- result)`;
    /// kwnames is a constant tuple of str naming the last len(kwnames) args.
    CallKw,
    /// `(callable self_or_null args_tuple [kwargs_dict] -- result)`;
    /// arg & 1 means the kwargs dict is present. For `f(*x)` the compiler
    /// passes `x` itself (CPython does too): a non-tuple is converted with
    /// `tuple()`, TypeError "__main__.f() argument after * must be an
    /// iterable, not int" when it is not iterable.
    CallFunctionEx,
    /// `([defaults] [kwdefaults] [annotations] [closure] code -- function)`:
    /// arg & 1 defaults tuple, & 2 kw-only defaults dict, & 4 annotations
    /// dict, & 8 closure tuple of cells; pushed in that order, code on top.
    /// The function's `__qualname__` is the code object's qualname.
    MakeFunction,
    /// `( -- builtins.__build_class__)`
    LoadBuildClass,
    /// `( -- )` create `__annotations__` dict in the locals mapping if absent.
    SetupAnnotations,

    // ---- unpacking ----
    /// `UnpackSequence(n)`: `(seq -- x_n ... x_1)`: the first item ends on top.
    /// ValueError "not enough values to unpack (expected 3, got 2)" /
    /// "too many values to unpack (expected 2)".
    UnpackSequence,
    /// `(seq -- ...)` with arg = before | (after << 8): pushes `after` items,
    /// a list of the middle, then `before` items, first item on top.
    UnpackEx,

    // ---- exceptions (see `ExceptionTableEntry`) ----
    /// 0: re-raise the exception being handled ("RuntimeError: No active
    /// exception to reraise"); 1: `(exc -- )` raise exc; 2: `(exc cause -- )`
    /// raise exc from cause.
    RaiseVarargs,
    /// `(exc -- )` re-raise exc without adding a traceback entry. If arg > 0,
    /// PEEK(arg) (after popping exc) is the int `lasti` saved by the handler
    /// that pushed it; it becomes the lasti value a `push_lasti` handler
    /// receives. The handler itself is looked up from the `Reraise`
    /// instruction's own index (as CPython does).
    Reraise,
    /// `(exc -- prev exc)`: prev is the previously handled exception (or
    /// None); exc becomes the handled exception (`sys.exc_info()`).
    PushExcInfo,
    /// `(prev -- )` restore the handled exception to prev.
    PopExcept,
    /// `(exc type -- exc matched)`: isinstance-style match against a class or
    /// tuple of classes; TypeError "catching classes that do not inherit from
    /// BaseException is not allowed" otherwise.
    CheckExcMatch,
    /// `( -- AssertionError)`
    LoadAssertionError,
    /// `(mgr -- bound_exit enter_result)`; TypeError "'X' object does not
    /// support the context manager protocol" when `__enter__`/`__exit__` missing.
    BeforeWith,
    /// `(bound_exit lasti prev exc -- bound_exit lasti prev exc res)`:
    /// res = bound_exit(type(exc), exc, exc.__traceback__).
    WithExceptStart,

    // ---- generators ----
    /// `(v -- sent)`: suspend the generator yielding v; on resume the value
    /// sent (None for `next`) replaces it. A generator's first resume pushes
    /// nothing (and must be sent None).
    YieldValue,
    /// `(iterable -- iter)`: generators/coroutines stay as they are, others get iter().
    GetYieldFromIter,
    /// `(receiver v -- receiver yielded)` when the receiver yields (send v, or
    /// next when v is None and the receiver is not a generator); when it
    /// returns, `(receiver v -- return_value)` and jump to arg.
    ///
    /// `yield from` compiles to `GetYieldFromIter; LoadConst None; L: Send(end);
    /// YieldValue; JumpBackward(L); end:`. A generator suspended at that
    /// `YieldValue` is delegating to the receiver below the yielded value:
    /// `throw(e)` / `close()` on it must first go to the receiver (CPython's
    /// `gen_throw` with `yf`): if the receiver yields v, stay suspended
    /// yielding v; if it returns r (StopIteration), replace the receiver by r
    /// and continue at `end`; if it raises, raise that at the `Send`.
    Send,

    // ---- modules ----
    /// `(level fromlist -- module)`: `__import__(names[arg], globals, None, fromlist, level)`.
    ImportName,
    /// `(module -- module attr)`: attribute names[arg], falling back to the
    /// submodule `module.__name__ + '.' + name`; ImportError "cannot import
    /// name 'x' from 'm' (path)".
    ImportFrom,
    /// `(module -- )` copy public names into the locals mapping.
    ImportStar,

    // ---- pattern matching (match statement) ----
    /// `(subject -- subject len(subject))`
    GetLen,
    /// `(subject -- subject bool)` isinstance(subject, collections.abc.Mapping)-like.
    MatchMapping,
    /// `(subject -- subject bool)` a sequence that is not str/bytes/bytearray.
    MatchSequence,
    /// `(subject keys_tuple -- subject keys_tuple values_tuple_or_None)`
    MatchKeys,
    /// `(subject cls names_tuple -- attrs_tuple_or_None)`, arg positional count.
    MatchClass,

    // ---- appended after the first contract version ----
    /// `(v -- )` interactive mode (`Mode::Single`) expression statements:
    /// call `sys.displayhook(v)` (CPython's `PRINT_EXPR`).
    PrintExpr,
}

impl fmt::Display for Opcode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl Opcode {
    /// True for opcodes whose argument is an absolute jump target.
    pub fn is_jump(self) -> bool {
        use Opcode::*;
        matches!(
            self,
            Jump | JumpBackward
                | PopJumpIfFalse
                | PopJumpIfTrue
                | PopJumpIfNone
                | PopJumpIfNotNone
                | JumpIfFalseOrPop
                | JumpIfTrueOrPop
                | ForIter
                | Send
        )
    }
}

impl Opcode {
    /// True when the instruction's argument means something (CPython's
    /// `HAVE_ARGUMENT` split); `dis` prints arguments only for these.
    pub fn has_arg(self) -> bool {
        use Opcode::*;
        !matches!(
            self,
            Nop | PopTop
                | PushNull
                | BinarySubscr
                | StoreSubscr
                | DeleteSubscr
                | UnaryNegative
                | UnaryPositive
                | UnaryNot
                | UnaryInvert
                | ListToTuple
                | GetIter
                | ReturnValue
                | LoadBuildClass
                | SetupAnnotations
                | PushExcInfo
                | PopExcept
                | CheckExcMatch
                | LoadAssertionError
                | BeforeWith
                | WithExceptStart
                | YieldValue
                | GetYieldFromIter
                | ImportStar
                | GetLen
                | MatchMapping
                | MatchSequence
                | MatchKeys
                | PrintExpr
        )
    }

    /// True when execution never falls through to the next instruction.
    pub fn is_terminator(self) -> bool {
        use Opcode::*;
        matches!(
            self,
            Jump | JumpBackward | ReturnValue | RaiseVarargs | Reraise
        )
    }

    /// The net change of the value-stack depth when the instruction runs
    /// with argument `arg`; for jumps, `jump` selects the effect when the
    /// jump is taken. Exception handling is not included: an exception
    /// unwinds to the handler's recorded depth (see [`ExceptionTableEntry`]).
    pub fn stack_effect(self, arg: u32, jump: bool) -> i32 {
        use Opcode::*;
        let n = arg as i32;
        match self {
            Nop | Swap | DeleteFast | DeleteDeref | DeleteName | DeleteGlobal => 0,
            PopTop => -1,
            PushNull | Copy => 1,
            LoadConst | LoadFast | LoadDeref | LoadClosure | LoadClassDeref | LoadName
            | LoadGlobal => 1,
            StoreFast | StoreDeref | StoreName | StoreGlobal => -1,
            LoadAttr => 0,
            LoadMethod => 1,
            StoreAttr => -2,
            DeleteAttr => -1,
            BinarySubscr => -1,
            StoreSubscr => -3,
            DeleteSubscr => -2,
            BuildSlice => 1 - n,
            BinaryOp | CompareOp | IsOp | ContainsOp => -1,
            UnaryNegative | UnaryPositive | UnaryNot | UnaryInvert => 0,
            BuildTuple | BuildList | BuildSet | BuildString => 1 - n,
            BuildMap => 1 - 2 * n,
            ListAppend | SetAdd | ListExtend | SetUpdate | DictUpdate | DictMerge => -1,
            MapAdd => -2,
            ListToTuple => 0,
            FormatValue => {
                if arg & 4 != 0 {
                    -1
                } else {
                    0
                }
            }
            Jump | JumpBackward => 0,
            PopJumpIfFalse | PopJumpIfTrue | PopJumpIfNone | PopJumpIfNotNone => -1,
            JumpIfFalseOrPop | JumpIfTrueOrPop => {
                if jump {
                    0
                } else {
                    -1
                }
            }
            GetIter => 0,
            ForIter => {
                if jump {
                    -1
                } else {
                    1
                }
            }
            ReturnValue => -1,
            Call => -(n + 1),
            CallKw => -(n + 2),
            CallFunctionEx => -(2 + (n & 1)),
            MakeFunction => -((arg & 15).count_ones() as i32),
            LoadBuildClass => 1,
            SetupAnnotations => 0,
            UnpackSequence => n - 1,
            UnpackEx => (n & 0xff) + (n >> 8),
            RaiseVarargs => -n,
            Reraise => -1,
            PushExcInfo => 1,
            PopExcept => -1,
            CheckExcMatch => 0,
            LoadAssertionError => 1,
            BeforeWith => 1,
            WithExceptStart => 1,
            YieldValue => 0,
            GetYieldFromIter => 0,
            Send => {
                if jump {
                    -1
                } else {
                    0
                }
            }
            ImportName => -1,
            ImportFrom => 1,
            ImportStar => -1,
            GetLen | MatchMapping | MatchSequence | MatchKeys => 1,
            MatchClass => -2,
            PrintExpr => -1,
        }
    }
}

/// The argument of [`Opcode::BinaryOp`], numbered as CPython's `NB_*`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum BinaryOpArg {
    Add = 0,
    And = 1,
    FloorDivide = 2,
    Lshift = 3,
    MatrixMultiply = 4,
    Multiply = 5,
    Remainder = 6,
    Or = 7,
    Power = 8,
    Rshift = 9,
    Subtract = 10,
    TrueDivide = 11,
    Xor = 12,
    InplaceAdd = 13,
    InplaceAnd = 14,
    InplaceFloorDivide = 15,
    InplaceLshift = 16,
    InplaceMatrixMultiply = 17,
    InplaceMultiply = 18,
    InplaceRemainder = 19,
    InplaceOr = 20,
    InplacePower = 21,
    InplaceRshift = 22,
    InplaceSubtract = 23,
    InplaceTrueDivide = 24,
    InplaceXor = 25,
}

impl BinaryOpArg {
    pub const ALL: [BinaryOpArg; 26] = {
        use BinaryOpArg::*;
        [
            Add,
            And,
            FloorDivide,
            Lshift,
            MatrixMultiply,
            Multiply,
            Remainder,
            Or,
            Power,
            Rshift,
            Subtract,
            TrueDivide,
            Xor,
            InplaceAdd,
            InplaceAnd,
            InplaceFloorDivide,
            InplaceLshift,
            InplaceMatrixMultiply,
            InplaceMultiply,
            InplaceRemainder,
            InplaceOr,
            InplacePower,
            InplaceRshift,
            InplaceSubtract,
            InplaceTrueDivide,
            InplaceXor,
        ]
    };

    pub fn from_arg(arg: u32) -> Option<BinaryOpArg> {
        Self::ALL.get(arg as usize).copied()
    }

    pub fn is_inplace(self) -> bool {
        self as u32 >= 13
    }

    /// The non-in-place operator of an in-place one (identity otherwise).
    pub fn base(self) -> BinaryOpArg {
        if self.is_inplace() {
            Self::ALL[self as usize - 13]
        } else {
            self
        }
    }

    /// The operator as written in source: `+`, `+=`, `**`, ...
    pub fn symbol(self) -> &'static str {
        use BinaryOpArg::*;
        match self {
            Add => "+",
            And => "&",
            FloorDivide => "//",
            Lshift => "<<",
            MatrixMultiply => "@",
            Multiply => "*",
            Remainder => "%",
            Or => "|",
            Power => "**",
            Rshift => ">>",
            Subtract => "-",
            TrueDivide => "/",
            Xor => "^",
            InplaceAdd => "+=",
            InplaceAnd => "&=",
            InplaceFloorDivide => "//=",
            InplaceLshift => "<<=",
            InplaceMatrixMultiply => "@=",
            InplaceMultiply => "*=",
            InplaceRemainder => "%=",
            InplaceOr => "|=",
            InplacePower => "**=",
            InplaceRshift => ">>=",
            InplaceSubtract => "-=",
            InplaceTrueDivide => "/=",
            InplaceXor => "^=",
        }
    }
}

/// The argument of [`Opcode::CompareOp`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum CompareOpArg {
    Lt = 0,
    Le = 1,
    Eq = 2,
    Ne = 3,
    Gt = 4,
    Ge = 5,
}

impl CompareOpArg {
    pub fn from_arg(arg: u32) -> Option<CompareOpArg> {
        use CompareOpArg::*;
        [Lt, Le, Eq, Ne, Gt, Ge].get(arg as usize).copied()
    }

    pub fn symbol(self) -> &'static str {
        use CompareOpArg::*;
        match self {
            Lt => "<",
            Le => "<=",
            Eq => "==",
            Ne => "!=",
            Gt => ">",
            Ge => ">=",
        }
    }
}

/// A handler range: an exception raised by an instruction in `start..end`
/// pops the value stack down to `depth` items, pushes the instruction index
/// as an int if `push_lasti`, pushes the exception, and jumps to `target`.
///
/// **Invariant:** ranges do not overlap; the compiler splits an outer range
/// around inner ones, so the unwinder takes the single entry containing the
/// faulting instruction, or unwinds the frame when there is none.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionTableEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    pub push_lasti: bool,
}

/// A source location of one instruction (1-based lines, 0-based char columns).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Location {
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
}

/// Code flags, numbered as CPython's `CO_*`.
pub mod flags {
    pub const OPTIMIZED: u32 = 0x1;
    pub const NEWLOCALS: u32 = 0x2;
    pub const VARARGS: u32 = 0x4;
    pub const VARKEYWORDS: u32 = 0x8;
    pub const NESTED: u32 = 0x10;
    pub const GENERATOR: u32 = 0x20;
    pub const NOFREE: u32 = 0x40;
    pub const COROUTINE: u32 = 0x80;
    pub const ITERABLE_COROUTINE: u32 = 0x100;
    pub const ASYNC_GENERATOR: u32 = 0x200;
}

/// A compile-time constant.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    Int(num_bigint::BigInt),
    Float(f64),
    Complex { real: f64, imag: f64 },
    Str(String),
    Bytes(Vec<u8>),
    Ellipsis,
    Tuple(Vec<Constant>),
    FrozenSet(Vec<Constant>),
    Code(Box<CodeObject>),
}

/// A compiled function body, class body, comprehension or module.
///
/// Local variable slots are `varnames` (arguments first, in order: positional,
/// keyword-only, `*args`, `**kwargs`). Cell slots are `cellvars ++ freevars`.
/// A cellvar that is also an argument is initialised from that argument when
/// the frame is set up (CPython's `MAKE_CELL` done implicitly).
#[derive(Clone, Debug, PartialEq)]
pub struct CodeObject {
    pub name: String,
    pub qualname: String,
    pub filename: String,
    pub firstlineno: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub instructions: Vec<Instr>,
    /// One entry per instruction.
    pub locations: Vec<Location>,
    pub exception_table: Vec<ExceptionTableEntry>,
    pub consts: Vec<Constant>,
    /// Names used by `*Name`, `*Global`, `*Attr`, `LoadMethod`, imports.
    pub names: Vec<String>,
    pub varnames: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    /// Maximum value-stack depth the code can reach.
    pub stacksize: u32,
    /// The docstring, when the body starts with a string literal.
    pub docstring: Option<String>,
}

impl CodeObject {
    pub fn is_generator(&self) -> bool {
        self.flags & flags::GENERATOR != 0
    }

    /// The 1-based source line of instruction `index` (0 when unknown).
    pub fn line_of(&self, index: usize) -> u32 {
        self.locations.get(index).map_or(0, |l| l.line)
    }

    /// The exception handler covering instruction `index`, if any.
    pub fn handler_for(&self, index: u32) -> Option<&ExceptionTableEntry> {
        self.exception_table
            .iter()
            .find(|e| e.start <= index && index < e.end)
    }
}
