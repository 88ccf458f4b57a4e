//! Trace recording: tier 1 shows every instruction it is about to execute
//! in the loop being recorded; the recorder turns it into uops using the
//! live values on the stack (operand types, iterator kinds) and, for what
//! only execution reveals (branch directions, attribute shapes, global
//! values), the state right after it (the next call). The finished trace is
//! optimized and handed to a [`Backend`] (the JIT) or run by the uop
//! interpreter.

use crate::abi::ERROR_EXIT;
use crate::rt::{AttrGuard, GlobalCache, ModuleGuard, Rt};
use crate::{check_trace, optimize, run_trace, ExitInfo, TraceState, Uop, UopInst};
use std::cell::Cell;
use taipan_compiler::bytecode::Opcode;
use taipan_interp::eval::recv_shape;
use taipan_interp::object::*;
use taipan_interp::{ExecExit, Executor, Interp, Recording, Tier2, Value};

/// Longest trace recorded (in uops) before it is cut with an exit.
const MAX_TRACE: usize = 600;

/// Machine code for a trace.
pub trait Compiled {
    /// Runs the code.
    ///
    /// # Safety
    /// As [`run_trace`]: `state` points into a frame the trace was checked for.
    unsafe fn run(&self, state: *mut TraceState) -> ExitInfo;
    fn code_size(&self) -> usize;
    /// Where the code starts (for `-X perf`).
    fn code_addr(&self) -> usize;
}

/// What compiles traces to machine code (taipan-jit).
pub trait Backend {
    fn compile(&self, trace: &[UopInst]) -> Result<Box<dyn Compiled>, String>;
}

/// Counters shared by the tier and its executors.
#[derive(Default, Debug)]
pub struct Stats {
    pub traces: Cell<u64>,
    pub aborted: Cell<u64>,
    pub uops: Cell<u64>,
    pub bytes: Cell<u64>,
    pub compile_ns: Cell<u64>,
    pub entries: Cell<u64>,
    pub side_exits: Cell<u64>,
    pub errors: Cell<u64>,
    /// Side exits forced by `-X jit-force-exits`.
    pub forced: Cell<u64>,
}

/// A trace and, with a backend, its machine code.
type Variant = (Vec<UopInst>, Option<Box<dyn Compiled>>);

/// A finished trace.
pub struct TraceExecutor {
    pub trace: Vec<UopInst>,
    /// Guard records the operands of `trace` point to.
    _guards: Vec<Box<[u64]>>,
    roots: Vec<Value>,
    code: Option<Box<dyn Compiled>>,
    /// Value-stack capacity the trace needs above the frame's stack.
    room: usize,
    /// The globals the trace's caches were recorded with: a frame of the
    /// same code with other globals (`exec`) runs in tier 1.
    globals: Value,
    /// `-X jit-force-exits`: for each uop that can side-exit, the trace cut
    /// just before it with an exit to its target — exactly what its side
    /// exit does. Entries run these first, one each, then the real trace.
    forced: Vec<Variant>,
    next_forced: Cell<usize>,
    /// Per uop: its side exit's counters and link.
    exits: Vec<ExitState>,
    stats: &'static Stats,
}

/// The state of one side exit of a trace.
pub struct ExitState {
    /// The generation of a side trace grown here (its parent's + 1).
    child_generation: u32,
    count: Cell<u32>,
    /// Side traces requested so far (raises the hotness needed for the next).
    tries: Cell<u32>,
    /// The side trace recorded from this exit, or null.
    link: Cell<*const TraceExecutor>,
}

impl ExitState {
    fn new(child_generation: u32) -> ExitState {
        ExitState {
            child_generation,
            count: Cell::new(0),
            tries: Cell::new(0),
            link: Cell::new(std::ptr::null()),
        }
    }
}

impl TraceExecutor {
    /// Runs this trace once (or its next forced-exit variant); returns the
    /// exit and the trace that ran.
    fn run_once(&self, it: &mut Interp, fi: usize) -> (ExitInfo, &[UopInst], Value) {
        self.stats.entries.set(self.stats.entries.get() + 1);
        let base = it.frames[fi].base as usize;
        it.stack.reserve(self.room);
        let p = it.stack.as_mut_ptr() as *mut u64;
        let len = it.stack.len();
        let mut rt = Rt {
            it: it as *mut Interp,
            fi,
            base,
            exc: Value::NULL,
        };
        // SAFETY: base and len are within the stack; room was reserved.
        let mut st = unsafe {
            TraceState {
                locals: p.add(base),
                sp: p.add(len),
                ip: 0,
                rt: &mut rt as *mut Rt as *mut core::ffi::c_void,
            }
        };
        let (trace, code) = match self.forced.get(self.next_forced.get()) {
            Some((t, c)) => {
                self.next_forced.set(self.next_forced.get() + 1);
                self.stats.forced.set(self.stats.forced.get() + 1);
                (t, c)
            }
            None => (&self.trace, &self.code),
        };
        // SAFETY: the trace was checked for this code's frames at this
        // instruction (`check_trace`), and the stack has the room it needs.
        let exit = unsafe {
            match code {
                Some(c) => c.run(&mut st),
                None => run_trace(&mut st, trace),
            }
        };
        // SAFETY: `rt.it` is `it`, not used otherwise during the run.
        let it = unsafe { &mut *rt.it };
        let p = it.stack.as_mut_ptr() as *mut u64;
        // SAFETY: the trace left `sp` within the stack's capacity.
        unsafe { it.stack.set_len(st.sp.offset_from(p) as usize) };
        (exit, trace, rt.exc)
    }
}

/// The executor of the loop closed by the `JUMP_BACKWARD` at `ip` of the
/// frame's code, with the loop head, when the back edge may be taken
/// without tier 1 (no collection due).
fn loop_executor_at(it: &Interp, fi: usize, ip: usize) -> Option<(*const TraceExecutor, usize)> {
    let code = code_of(it.frames[fi].code);
    let ins = code.instrs.get(ip)?;
    if ins.op != Opcode::JumpBackward || it.heap.wants_gc() {
        return None;
    }
    let c = code.icache[ip];
    if c.shape == 0 {
        return None;
    }
    // Every executor of this interpreter is a `TraceExecutor` (`id` is its
    // address).
    let ex = it.executors[c.shape as usize - 1].id() as *const TraceExecutor;
    Some((ex, ins.arg as usize))
}

impl Executor for TraceExecutor {
    fn run(&self, it: &mut Interp, fi: usize) -> ExecExit {
        if it.frames[fi].globals != self.globals {
            return ExecExit::Resume(it.frames[fi].ip as usize);
        }
        let mut cur: *const TraceExecutor = self;
        loop {
            // SAFETY: executors live as long as the interpreter.
            let ex = unsafe { &*cur };
            // Traces run on the top frame: after inlined calls that may be a
            // callee of the frame tier 1 entered from.
            let fi = it.frames.len() - 1;
            let (exit, trace, exc) = ex.run_once(it, fi);
            let fi = it.frames.len() - 1;
            let ip = exit.ip as usize;
            if exit.exit == ERROR_EXIT {
                self.stats.errors.set(self.stats.errors.get() + 1);
                return ExecExit::Raise(ip, exc);
            }
            let k = exit.exit as usize;
            let side = trace.get(k).is_some_and(|u| u.op != Uop::EXIT_TRACE)
                && std::ptr::eq(trace, ex.trace.as_slice());
            if side {
                self.stats.side_exits.set(self.stats.side_exits.get() + 1);
                let e = &ex.exits[k];
                let link = e.link.get();
                if e.child_generation > MAX_GENERATION {
                    return ExecExit::Resume(ip);
                }
                if !link.is_null() {
                    it.frames[fi].ip = exit.ip;
                    cur = link;
                    continue;
                }
                let hot = (it.jit_threshold.saturating_mul(4)).max(8) << e.tries.get().min(10);
                e.count.set(e.count.get() + 1);
                if e.count.get() >= hot {
                    e.count.set(0);
                    e.tries.set(e.tries.get() + 1);
                    return ExecExit::RecordSide {
                        ip,
                        link: e as *const ExitState as usize,
                    };
                }
                return ExecExit::Resume(ip);
            }
            // An exit at a loop's back edge continues in that loop's trace.
            match loop_executor_at(it, fi, ip) {
                Some((next, head)) => {
                    it.frames[fi].ip = head as u32;
                    cur = next;
                }
                None => return ExecExit::Resume(ip),
            }
        }
    }

    fn roots(&self, mark: &mut dyn FnMut(Value)) {
        self.roots.iter().for_each(|v| mark(*v));
    }

    fn id(&self) -> usize {
        self as *const TraceExecutor as usize
    }
}

/// What the instruction just recorded still needs from the state after it.
enum Pending {
    None,
    /// A branch: its direction is the next ip.
    Branch {
        ip: usize,
        target: usize,
        op: Opcode,
    },
    /// An attribute load; the inline cache tells whether it was a slot.
    LoadAttr {
        ip: usize,
        owner: Value,
        arg: u32,
        module_version: Option<u64>,
    },
    StoreAttr {
        ip: usize,
        owner: Value,
        shape: u32,
        arg: u32,
    },
    LoadMethod {
        ip: usize,
        owner: Value,
        arg: u32,
        module_version: Option<u64>,
    },
}

/// The frame whose instructions are being recorded.
#[derive(Clone, Copy)]
struct RecFrame {
    code: Value,
    fi: usize,
    nlocals: usize,
    /// Frame slots: locals, then cells and free variables.
    nslots: usize,
}

impl RecFrame {
    fn new(code: Value, fi: usize) -> RecFrame {
        let c = code_of(code);
        RecFrame {
            code,
            fi,
            nlocals: c.nlocals as usize,
            nslots: c.nslots(),
        }
    }
}

/// A caller of an inlined call while its callee is recorded.
struct OuterFrame {
    frame: RecFrame,
    /// Where the caller continues after the call.
    resume: usize,
}

/// Side traces grow from side traces at most this many times over.
const MAX_GENERATION: u32 = 3;

/// Inlined calls nest at most this deep in a trace.
const MAX_INLINE_DEPTH: usize = 4;

struct Rec {
    /// The current frame (a callee's while an inlined call is recorded).
    frame: RecFrame,
    globals: Value,
    jump: usize,
    /// Value-stack depth at the loop head.
    entry_depth: usize,
    trace: Vec<UopInst>,
    guards: Vec<Box<[u64]>>,
    roots: Vec<Value>,
    /// Instructions the next one may be (fall-through, jump target).
    expect: [usize; 2],
    /// The instruction that ended the trace early, if any.
    stopped_at: Option<Opcode>,
    /// A side trace: the token of the exit it is linked to.
    link: Option<usize>,
    /// The frames of inlined calls' callers (innermost last).
    outer: Vec<OuterFrame>,
    /// A `PUSH_FRAME` was emitted: the next instruction is the callee's first.
    pending_push: Option<Value>,
    /// The next instruction gets its generic uops: a side trace starts at an
    /// instruction whose specialized uop just side-exited (an overflow, a
    /// zero divisor, an index out of range), which would exit again.
    generic_next: bool,
    /// The instruction the trace starts at.
    start_ip: usize,
    pending: Pending,
}

/// The tier-2 hook: records hot loops and builds their executors.
pub struct UopTier {
    backend: Option<Box<dyn Backend>>,
    rec: Option<Rec>,
    /// Print traces as they are built (`--uops`).
    pub dump: bool,
    /// Make every side exit of every trace happen once (`-X jit-force-exits`).
    pub force_exits: bool,
    /// Name compiled traces in `/tmp/perf-<pid>.map` (`-X perf`).
    pub perf_map: Option<std::fs::File>,
    /// Instructions that ended traces early, with counts (`-X jit-stats`).
    stops: Vec<(Opcode, u64)>,
    stats: &'static Stats,
}

impl UopTier {
    /// A tier running traces in the uop interpreter, or compiled by `backend`.
    pub fn new(backend: Option<Box<dyn Backend>>, dump: bool) -> UopTier {
        UopTier {
            backend,
            rec: None,
            dump,
            force_exits: false,
            perf_map: None,
            stops: Vec::new(),
            // One per interpreter, shared with its executors for its lifetime.
            stats: Box::leak(Box::default()),
        }
    }
}

impl Tier2 for UopTier {
    fn name(&self) -> &'static str {
        if self.backend.is_some() {
            "jit"
        } else {
            "uops"
        }
    }

    fn start(&mut self, it: &Interp, fi: usize, jump: usize) -> bool {
        let f = &it.frames[fi];
        let head = f.ip as usize;
        let frame = RecFrame::new(f.code, fi);
        self.rec = Some(Rec {
            frame,
            globals: f.globals,
            jump,
            entry_depth: it.stack.len() - f.base as usize - frame.nslots,
            trace: Vec::new(),
            guards: Vec::new(),
            roots: vec![f.code, f.globals],
            expect: [head, head],
            stopped_at: None,
            link: None,
            outer: Vec::new(),
            pending_push: None,
            generic_next: false,
            start_ip: head,
            pending: Pending::None,
        });
        true
    }

    fn start_side(&mut self, it: &Interp, fi: usize, ip: usize, link: usize) -> bool {
        if !self.start(it, fi, usize::MAX) {
            return false;
        }
        if let Some(r) = self.rec.as_mut() {
            r.expect = [ip, ip];
            r.link = Some(link);
            r.generic_next = true;
            r.start_ip = ip;
        }
        true
    }

    fn record(&mut self, it: &Interp, ip: usize) -> Recording {
        let Some(rec) = self.rec.as_mut() else {
            return Recording::Abort;
        };
        let top = it.frames.len() - 1;
        if let Some(callee) = rec.pending_push.take() {
            if top != rec.frame.fi + 1 || it.frames[top].code != callee || ip != 0 {
                return self.abort();
            }
            let caller = std::mem::replace(&mut rec.frame, RecFrame::new(callee, top));
            rec.outer.push(OuterFrame {
                frame: caller,
                resume: rec.expect[0],
            });
            rec.expect = [0, 0];
        }
        if top > rec.frame.fi {
            return Recording::Continue;
        }
        if top < rec.frame.fi || it.frames[top].code != rec.frame.code || !rec.expect.contains(&ip)
        {
            return self.abort();
        }
        rec.resolve_pending(it, ip);
        let step = rec.step(it, ip);
        if let Some(op) = rec.stopped_at.take() {
            match self.stops.iter_mut().find(|(o, _)| *o == op) {
                Some(e) => e.1 += 1,
                None => self.stops.push((op, 1)),
            }
        }
        match step {
            Step::Continue => Recording::Continue,
            Step::Abort => self.abort(),
            Step::Done => self.finish(),
        }
    }

    fn report(&self, it: &Interp) -> String {
        let s = self.stats;
        let per_uop = if s.uops.get() > 0 {
            s.compile_ns.get() as f64 / s.uops.get() as f64
        } else {
            0.0
        };
        format!(
            "tier 2 ({}): {} traces built, {} aborted, {} executors, {} uops compiled, {} bytes emitted, \
             compile time {:.3} ms ({per_uop:.0} ns/uop), {} trace entries, {} side exits, {} error exits, {} forced exits",
            self.name(),
            s.traces.get(),
            s.aborted.get(),
            it.executors.len(),
            s.uops.get(),
            s.bytes.get(),
            s.compile_ns.get() as f64 / 1e6,
            s.entries.get(),
            s.side_exits.get(),
            s.errors.get(),
            s.forced.get(),
        ) + &self.stops_report()
    }
}

impl UopTier {
    fn stops_report(&self) -> String {
        let mut v = self.stops.clone();
        v.sort_by_key(|e| std::cmp::Reverse(e.1));
        let parts: Vec<String> = v.iter().map(|(o, n)| format!("{o:?} {n}")).collect();
        if parts.is_empty() {
            String::new()
        } else {
            format!(
                "\ntraces cut at unsupported instructions: {}",
                parts.join(", ")
            )
        }
    }

    fn abort(&mut self) -> Recording {
        self.rec = None;
        self.stats.aborted.set(self.stats.aborted.get() + 1);
        Recording::Abort
    }

    fn finish(&mut self) -> Recording {
        let Some(rec) = self.rec.take() else {
            return Recording::Abort;
        };
        let root_frame = rec.root_frame();
        let root = root_frame.code;
        let raw = rec.trace;
        let trace = optimize(&raw);
        if check_trace(&trace, root_frame.nslots, rec.entry_depth, usize::MAX).is_err() {
            self.stats.aborted.set(self.stats.aborted.get() + 1);
            return Recording::Abort;
        }
        let room = max_growth(&trace);
        if self.dump {
            let c = code_of(root);
            eprintln!(
                "-- {} at {} line {} ({} uops, {} optimized)\n{}",
                if rec.link.is_some() {
                    "side trace"
                } else {
                    "trace for loop"
                },
                c.code.name,
                c.code.line_of(rec.start_ip),
                raw.len(),
                trace.len(),
                crate::describe_trace(&trace)
            );
        }
        let mut code = None;
        if let Some(b) = &self.backend {
            let t0 = std::time::Instant::now();
            match b.compile(&trace) {
                Ok(c) => {
                    let s = self.stats;
                    s.compile_ns
                        .set(s.compile_ns.get() + t0.elapsed().as_nanos() as u64);
                    s.uops.set(s.uops.get() + trace.len() as u64);
                    s.bytes.set(s.bytes.get() + c.code_size() as u64);
                    if let Some(f) = &mut self.perf_map {
                        use std::io::Write;
                        let cobj = code_of(root);
                        let _ = writeln!(
                            f,
                            "{:x} {:x} taipan:trace:{}:{}",
                            c.code_addr(),
                            c.code_size(),
                            cobj.code.qualname,
                            cobj.code.line_of(rec.start_ip)
                        );
                    }
                    code = Some(c);
                }
                Err(e) => {
                    if self.dump {
                        eprintln!("-- trace not compiled: {e}");
                    }
                    self.stats.aborted.set(self.stats.aborted.get() + 1);
                    return Recording::Abort;
                }
            }
        }
        let mut forced = Vec::new();
        if self.force_exits {
            for (k, u) in trace.iter().enumerate() {
                if !u.op.meta().has(crate::flags::SIDE_EXIT) {
                    continue;
                }
                let mut t = trace[..k].to_vec();
                t.push(UopInst::new(Uop::EXIT_TRACE, u.target, k as u64, u.target));
                let c = match &self.backend {
                    Some(b) => match b.compile(&t) {
                        Ok(c) => Some(c),
                        Err(_) => return self.abort(),
                    },
                    None => None,
                };
                forced.push((t, c));
            }
        }
        self.stats.traces.set(self.stats.traces.get() + 1);
        let generation = match rec.link {
            // SAFETY: the token is the `ExitState` of a live executor.
            Some(link) => unsafe { (*(link as *const ExitState)).child_generation },
            None => 0,
        };
        let exits = trace
            .iter()
            .map(|_| ExitState::new(generation + 1))
            .collect();
        let exec = Box::new(TraceExecutor {
            trace,
            _guards: rec.guards,
            roots: rec.roots,
            code,
            room: room + 8,
            globals: rec.globals,
            exits,
            forced,
            next_forced: Cell::new(0),
            stats: self.stats,
        });
        if let Some(link) = rec.link {
            // SAFETY: `link` is the `ExitState::link` of a live executor
            // (executors live as long as the interpreter); the new executor's
            // box is never moved out of.
            unsafe { (*(link as *const ExitState)).link.set(&*exec) };
        }
        Recording::Done {
            exec,
            code: root,
            jump: rec.jump,
        }
    }
}

/// The most values a trace has above its entry depth at any point.
/// Inlined frames reserve their own room (`PUSH_FRAME`).
fn max_growth(trace: &[UopInst]) -> usize {
    let (mut d, mut max, mut inlined) = (0isize, 0isize, 0usize);
    for u in trace {
        let (i, o, _) = crate::stack_effect(u.op, u.oparg);
        match u.op {
            Uop::PUSH_FRAME => inlined += 1,
            Uop::POP_FRAME => {
                inlined -= 1;
                if inlined == 0 {
                    d += 1;
                }
                continue;
            }
            _ => {}
        }
        if inlined == 0 || (u.op == Uop::PUSH_FRAME && inlined == 1) {
            d += o as isize - i as isize;
            max = max.max(d);
        }
    }
    max as usize + 2
}

enum Step {
    Continue,
    Abort,
    Done,
}

fn u(op: Uop, oparg: u32, operand: u64, target: usize) -> UopInst {
    UopInst::new(op, oparg, operand, target as u32)
}

impl Rec {
    /// The frame the trace starts in.
    fn root_frame(&self) -> RecFrame {
        self.outer.first().map_or(self.frame, |o| o.frame)
    }

    fn emit(&mut self, op: Uop, oparg: u32, operand: u64, target: usize) {
        self.trace.push(u(op, oparg, operand, target));
    }

    /// Ends the trace with an exit to tier 1 at `ip`.
    fn exit_at(&mut self, ip: usize) -> Step {
        // A trace that does nothing before leaving is not worth having.
        if self.trace.len() < 2 {
            return Step::Abort;
        }
        let slot = self.trace.len() as u64;
        self.emit(Uop::EXIT_TRACE, ip as u32, slot, ip);
        Step::Done
    }

    /// A guard record kept alive by the executor; its address is the operand.
    fn guard<T>(&mut self, g: T) -> u64 {
        let words = std::mem::size_of::<T>().div_ceil(8);
        let mut b: Box<[u64]> = vec![0u64; words].into_boxed_slice();
        // SAFETY: the buffer is at least size_of::<T>() bytes and 8-aligned
        // (every guard record is made of 8-byte fields or smaller ones).
        unsafe { std::ptr::write(b.as_mut_ptr() as *mut T, g) };
        let p = b.as_ptr() as u64;
        self.guards.push(b);
        p
    }

    fn resolve_pending(&mut self, it: &Interp, ip: usize) {
        let top = || it.stack[it.stack.len() - 1];
        match std::mem::replace(&mut self.pending, Pending::None) {
            Pending::None => {}
            Pending::Branch { ip: at, target, op } => {
                let taken = ip == target && target != at + 1;
                let uop = match (op, taken) {
                    (Opcode::PopJumpIfTrue, true) | (Opcode::PopJumpIfFalse, false) => {
                        Uop::GUARD_IS_TRUE
                    }
                    (Opcode::PopJumpIfTrue, false) | (Opcode::PopJumpIfFalse, true) => {
                        Uop::GUARD_IS_FALSE
                    }
                    (Opcode::PopJumpIfNone, true) | (Opcode::PopJumpIfNotNone, false) => {
                        Uop::GUARD_IS_NONE
                    }
                    _ => Uop::GUARD_IS_NOT_NONE,
                };
                self.emit(uop, 0, 0, at);
            }
            Pending::LoadAttr {
                ip: at,
                owner,
                arg,
                module_version,
            } => {
                if let Some(version) = module_version {
                    let g = self.guard(ModuleGuard {
                        module: owner,
                        version,
                        value: top(),
                    });
                    self.roots.extend([owner, top()]);
                    self.emit(Uop::LOAD_ATTR_MODULE, 0, g, at);
                    return;
                }
                let c = &code_of(self.frame.code).icache[at];
                if let Some(a) = slot_of(owner) {
                    let ty = it.type_of(owner);
                    if c.epoch == it.epoch && c.ty == ty.0 && c.shape == a.0 && c.slot < a.1 {
                        let g = self.guard(AttrGuard {
                            ty,
                            shape: c.shape,
                            slot: c.slot,
                            new_shape: u32::MAX,
                            type_epoch: *it.type_epoch,
                            type_epoch_at: &*it.type_epoch,
                            value: Value::NULL,
                        });
                        self.roots.push(ty);
                        self.emit(Uop::LOAD_ATTR_INSTANCE, 0, g, at);
                        return;
                    }
                }
                self.emit(Uop::LOAD_ATTR_GENERIC, arg, 0, at);
            }
            Pending::StoreAttr {
                ip: at,
                owner,
                shape,
                arg,
            } => {
                let c = &code_of(self.frame.code).icache[at];
                let ty = it.type_of(owner);
                if is_kind(owner, Kind::Instance)
                    && c.epoch == it.epoch
                    && c.ty == ty.0
                    && c.shape == shape
                    && shape != DICT_MODE
                    && shape != NO_ATTRS
                {
                    let g = self.guard(AttrGuard {
                        ty,
                        shape,
                        slot: c.slot,
                        new_shape: c.new_shape,
                        type_epoch: *it.type_epoch,
                        type_epoch_at: &*it.type_epoch,
                        value: Value::NULL,
                    });
                    self.roots.push(ty);
                    self.emit(Uop::STORE_ATTR_INSTANCE, 0, g, at);
                    return;
                }
                self.emit(Uop::STORE_ATTR_GENERIC, arg, 0, at);
            }
            Pending::LoadMethod {
                ip: at,
                owner,
                arg,
                module_version,
            } => {
                let n = it.stack.len();
                if let Some(version) = module_version {
                    let v = it.stack[n - 2];
                    let g = self.guard(ModuleGuard {
                        module: owner,
                        version,
                        value: v,
                    });
                    self.roots.extend([owner, v]);
                    self.emit(Uop::LOAD_METHOD_MODULE, 1, g, at);
                    return;
                }
                let c = &code_of(self.frame.code).icache[at];
                let ty = it.type_of(owner);
                let shape = recv_shape(owner);
                let is_method = !it.stack[n - 1].is_null();
                if is_method
                    && shape != DICT_MODE
                    && c.epoch == it.epoch
                    && c.ty == ty.0
                    && c.shape == shape
                    && c.val == it.stack[n - 2]
                    && !matches!(
                        kind_of(owner),
                        Some(Kind::Type | Kind::Module | Kind::Super)
                    )
                {
                    let g = self.guard(AttrGuard {
                        ty,
                        shape,
                        slot: 0,
                        new_shape: u32::MAX,
                        type_epoch: *it.type_epoch,
                        type_epoch_at: &*it.type_epoch,
                        value: c.val,
                    });
                    self.roots.extend([ty, c.val]);
                    self.emit(Uop::LOAD_METHOD_CACHED, 0, g, at);
                    return;
                }
                self.emit(Uop::LOAD_METHOD_GENERIC, arg, 0, at);
            }
        }
    }

    fn step(&mut self, it: &Interp, ip: usize) -> Step {
        if self.trace.len() >= MAX_TRACE {
            return self.exit_at(ip);
        }
        let code = code_of(self.frame.code);
        let ins = code.instrs[ip];
        let arg = ins.arg;
        if std::mem::take(&mut self.generic_next) {
            let generic = match ins.op {
                Opcode::BinaryOp => Some(Uop::BINARY_OP_GENERIC),
                Opcode::CompareOp => Some(Uop::COMPARE_OP_GENERIC),
                Opcode::BinarySubscr => Some(Uop::BINARY_SUBSCR_GENERIC),
                Opcode::StoreSubscr => Some(Uop::STORE_SUBSCR_GENERIC),
                Opcode::UnpackSequence => Some(Uop::UNPACK_SEQUENCE),
                Opcode::UnaryNegative => Some(Uop::UNARY_GENERIC),
                _ => None,
            };
            if let Some(g) = generic {
                let oparg = if ins.op == Opcode::UnaryNegative {
                    0
                } else {
                    arg
                };
                self.emit(g, oparg, 0, ip);
                self.expect = [ip + 1; 2];
                return Step::Continue;
            }
        }
        let n = it.stack.len();
        let tos = || it.stack[n - 1];
        let nos = || it.stack[n - 2];
        let mut next = [ip + 1, ip + 1];
        match ins.op {
            Opcode::Nop => {}
            Opcode::LoadFast => self.emit(Uop::LOAD_FAST_CHECK, arg, 0, ip),
            Opcode::StoreFast => self.emit(Uop::STORE_FAST, arg, 0, ip),
            Opcode::LoadConst => {
                let v = code.consts[arg as usize];
                self.emit(Uop::LOAD_CONST_INLINE, 0, v.0, ip);
            }
            Opcode::LoadDeref => self.emit(Uop::LOAD_DEREF, self.frame.nlocals as u32 + arg, 0, ip),
            Opcode::StoreDeref => {
                self.emit(Uop::STORE_DEREF, self.frame.nlocals as u32 + arg, 0, ip)
            }
            Opcode::LoadClosure => {
                self.emit(Uop::LOAD_FAST, self.frame.nlocals as u32 + arg, 0, ip)
            }
            Opcode::PushNull => self.emit(Uop::LOAD_CONST_INLINE, 0, Value::NULL.0, ip),
            Opcode::PopTop => self.emit(Uop::POP_TOP, 0, 0, ip),
            Opcode::Copy => self.emit(Uop::COPY, arg, 0, ip),
            Opcode::Swap => self.emit(Uop::SWAP, arg, 0, ip),
            Opcode::LoadGlobal => {
                let f = &it.frames[self.frame.fi];
                let g = self.guard(GlobalCache {
                    globals: f.globals,
                    gver: u64::MAX,
                    builtins: it.builtins_dict,
                    bver: u64::MAX,
                    value: Value::NULL,
                });
                self.roots.extend([f.globals, it.builtins_dict]);
                self.emit(Uop::LOAD_GLOBAL_CACHED, arg, g, ip);
            }
            Opcode::LoadName => self.emit(Uop::LOAD_NAME, arg, 0, ip),
            Opcode::StoreName => self.emit(Uop::STORE_NAME, arg, 0, ip),
            Opcode::LoadAttr | Opcode::LoadMethod => {
                let owner = tos();
                let module_version =
                    is_kind(owner, Kind::Module).then(|| dict_of(module_of(owner).dict).version);
                self.pending = if ins.op == Opcode::LoadAttr {
                    Pending::LoadAttr {
                        ip,
                        owner,
                        arg,
                        module_version,
                    }
                } else {
                    Pending::LoadMethod {
                        ip,
                        owner,
                        arg,
                        module_version,
                    }
                };
            }
            Opcode::StoreAttr => {
                let owner = tos();
                self.pending = Pending::StoreAttr {
                    ip,
                    owner,
                    shape: recv_shape(owner),
                    arg,
                };
            }
            Opcode::BinaryOp => {
                let (a, b) = (nos(), tos());
                self.binary_op(a, b, arg, ip);
            }
            Opcode::CompareOp => {
                let (a, b) = (nos(), tos());
                let kind = if Value::both_small(a, b) {
                    Some((Uop::GUARD_BOTH_INT, INT_CMP))
                } else if a.is_float() && b.is_float() {
                    Some((Uop::GUARD_BOTH_FLOAT, FLOAT_CMP))
                } else {
                    None
                };
                match kind {
                    Some((guard, ops)) if (arg as usize) < 6 => {
                        self.emit(guard, 0, 0, ip);
                        self.emit(ops[arg as usize], 0, 0, ip);
                    }
                    _ => self.emit(Uop::COMPARE_OP_GENERIC, arg, 0, ip),
                }
            }
            Opcode::IsOp => self.emit(Uop::IS_OP, arg, 0, ip),
            Opcode::ContainsOp => self.emit(Uop::CONTAINS_OP, arg, 0, ip),
            Opcode::UnaryNegative => {
                let v = tos();
                if v.is_small_int() {
                    self.emit(Uop::GUARD_TOS_INT, 0, 0, ip);
                    self.emit(Uop::UNARY_NEGATIVE_INT, 0, 0, ip);
                } else if v.is_float() {
                    self.emit(Uop::GUARD_TOS_FLOAT, 0, 0, ip);
                    self.emit(Uop::UNARY_NEGATIVE_FLOAT, 0, 0, ip);
                } else {
                    self.emit(Uop::UNARY_GENERIC, 0, 0, ip);
                }
            }
            Opcode::UnaryPositive => self.emit(Uop::UNARY_GENERIC, 1, 0, ip),
            Opcode::UnaryInvert => self.emit(Uop::UNARY_GENERIC, 2, 0, ip),
            Opcode::UnaryNot => {
                if tos() == Value::TRUE || tos() == Value::FALSE {
                    self.emit(Uop::UNARY_NOT_BOOL, 0, 0, ip);
                } else {
                    self.emit(Uop::UNARY_GENERIC, 3, 0, ip);
                }
            }
            Opcode::PopJumpIfFalse | Opcode::PopJumpIfTrue => {
                let v = tos();
                if v.is_small_int() {
                    self.emit(Uop::TO_BOOL_INT, 0, 0, ip);
                } else if v != Value::TRUE && v != Value::FALSE {
                    self.emit(Uop::TO_BOOL, 0, 0, ip);
                }
                self.pending = Pending::Branch {
                    ip,
                    target: arg as usize,
                    op: ins.op,
                };
                next = [ip + 1, arg as usize];
            }
            Opcode::PopJumpIfNone | Opcode::PopJumpIfNotNone => {
                self.pending = Pending::Branch {
                    ip,
                    target: arg as usize,
                    op: ins.op,
                };
                next = [ip + 1, arg as usize];
            }
            Opcode::Jump => next = [arg as usize; 2],
            Opcode::ReturnValue if !self.outer.is_empty() => {
                self.emit(Uop::POP_FRAME, 0, 0, ip);
                let o = self.outer.pop().expect("an outer frame");
                self.frame = o.frame;
                self.expect = [o.resume; 2];
                return Step::Continue;
            }
            Opcode::JumpBackward => {
                if ip != self.jump || !self.outer.is_empty() {
                    return self.exit_at(ip);
                }
                if self
                    .trace
                    .iter()
                    .any(|u| u.op.meta().has(crate::flags::ESCAPES) || is_allocating(u.op))
                {
                    self.emit(Uop::CHECK_GC, 0, 0, ip);
                }
                self.emit(Uop::JUMP_TO_TOP, 0, 0, ip);
                return Step::Done;
            }
            Opcode::ForIter => {
                let iter = tos();
                if !is_kind(iter, Kind::Iter) {
                    return self.exit_at(ip);
                }
                match &iter_of(iter).0 {
                    IterState::Range { cur, stop, step } => {
                        let more = (*step > 0 && cur < stop) || (*step < 0 && cur > stop);
                        if !more {
                            return self.loop_done(ip, arg);
                        }
                        self.emit(Uop::FOR_ITER_RANGE, 0, 0, ip);
                    }
                    IterState::Seq { seq, idx } if is_kind(*seq, Kind::List) => {
                        if *idx >= list_of(*seq).items.len() {
                            return self.loop_done(ip, arg);
                        }
                        self.emit(Uop::FOR_ITER_LIST, 0, 0, ip);
                    }
                    _ => return self.exit_at(ip),
                }
            }
            Opcode::GetIter => self.emit(Uop::GET_ITER, 0, 0, ip),
            Opcode::BinarySubscr => {
                if is_kind(nos(), Kind::List) && tos().is_small_int() {
                    self.emit(Uop::BINARY_SUBSCR_LIST_INT, 0, it.t.list.0, ip);
                } else {
                    self.emit(Uop::BINARY_SUBSCR_GENERIC, 0, 0, ip);
                }
            }
            Opcode::StoreSubscr => {
                if is_kind(nos(), Kind::List) && tos().is_small_int() {
                    self.emit(Uop::STORE_SUBSCR_LIST_INT, 0, it.t.list.0, ip);
                } else {
                    self.emit(Uop::STORE_SUBSCR_GENERIC, 0, 0, ip);
                }
            }
            Opcode::BuildTuple => self.emit(Uop::BUILD_TUPLE, arg, 0, ip),
            Opcode::BuildSlice => self.emit(Uop::BUILD_SLICE, arg, 0, ip),
            Opcode::StoreGlobal => self.emit(Uop::STORE_GLOBAL, arg, 0, ip),
            Opcode::DeleteSubscr => self.emit(Uop::DELETE_SUBSCR, 0, 0, ip),
            Opcode::MapAdd => self.emit(Uop::MAP_ADD, arg, 0, ip),
            Opcode::SetAdd => self.emit(Uop::SET_ADD, arg, 0, ip),
            Opcode::FormatValue => self.emit(Uop::FORMAT_VALUE, arg, 0, ip),
            Opcode::BuildString => self.emit(Uop::BUILD_STRING, arg, 0, ip),
            Opcode::BuildList => self.emit(Uop::BUILD_LIST, arg, 0, ip),
            Opcode::ListAppend => self.emit(Uop::LIST_APPEND, arg, 0, ip),
            Opcode::UnpackSequence => {
                let v = tos();
                let n = match kind_of(v) {
                    Some(Kind::Tuple) => tuple_of(v).items.len(),
                    Some(Kind::List) => list_of(v).items.len(),
                    _ => usize::MAX,
                };
                match (arg, n == arg as usize) {
                    (2, true) => self.emit(Uop::UNPACK_SEQUENCE_TWO, 0, 0, ip),
                    (3, true) => self.emit(Uop::UNPACK_SEQUENCE_THREE, 0, 0, ip),
                    _ => self.emit(Uop::UNPACK_SEQUENCE, arg, 0, ip),
                }
            }
            Opcode::Call => {
                let n = arg as usize;
                let fpos = it.stack.len() - n - 2;
                let (callable, selfv) = (it.stack[fpos], it.stack[fpos + 1]);
                let nargs = n + usize::from(!selfv.is_null());
                match self.inlinable(callable, nargs) {
                    Some((callee, nslots)) => {
                        let flag = u32::from(!selfv.is_null()) << 16;
                        self.emit(Uop::GUARD_CALLABLE, arg | flag, callable.0, ip);
                        self.emit(Uop::PUSH_FRAME, arg | flag, nslots as u64, ip);
                        self.roots.push(callable);
                        self.pending_push = Some(callee);
                    }
                    None => self.emit(Uop::CALL_GENERIC, arg, 0, ip),
                }
            }
            Opcode::CallKw => self.emit(Uop::CALL_KW_GENERIC, arg, 0, ip),
            op => {
                self.stopped_at = Some(op);
                return self.exit_at(ip);
            }
        }
        self.expect = next;
        Step::Continue
    }

    /// The code and frame slots of `callable` when a call of it with `nargs`
    /// positional arguments can be inlined: a plain Python function whose
    /// frame tier 1 would push in place (exact positional arguments, no
    /// `*args`/`**kwargs`/keyword-only parameters, not a generator).
    fn inlinable(&self, callable: Value, nargs: usize) -> Option<(Value, usize)> {
        if !is_kind(callable, Kind::Function) || self.outer.len() >= MAX_INLINE_DEPTH {
            return None;
        }
        let codev = func_of(callable).code;
        let c = code_of(codev);
        use taipan_compiler::bytecode::flags as cf;
        let bad = cf::VARARGS | cf::VARKEYWORDS | cf::GENERATOR;
        (nargs == c.code.argcount as usize && c.code.kwonlyargcount == 0 && c.code.flags & bad == 0)
            .then(|| (codev, c.nslots()))
    }

    /// A range or list `FOR_ITER` about to find its iterator exhausted: a
    /// side trace follows the loop's exit; a loop trace ends.
    fn loop_done(&mut self, ip: usize, target: u32) -> Step {
        if self.link.is_none() {
            return self.exit_at(ip);
        }
        self.emit(Uop::FOR_ITER_END, 0, 0, ip);
        self.expect = [target as usize; 2];
        Step::Continue
    }

    fn binary_op(&mut self, a: Value, b: Value, arg: u32, ip: usize) {
        // BINARY_OP's argument: 0..=12 plain, 13..=25 the in-place forms.
        let op = if arg >= 13 { arg - 13 } else { arg };
        let int_op = match op {
            0 => Some(Uop::BINARY_OP_ADD_INT),
            10 => Some(Uop::BINARY_OP_SUB_INT),
            5 => Some(Uop::BINARY_OP_MUL_INT),
            2 => Some(Uop::BINARY_OP_FLOORDIV_INT),
            6 => Some(Uop::BINARY_OP_MOD_INT),
            1 => Some(Uop::BINARY_OP_AND_INT),
            7 => Some(Uop::BINARY_OP_OR_INT),
            12 => Some(Uop::BINARY_OP_XOR_INT),
            _ => None,
        };
        let float_op = match op {
            0 => Some(Uop::BINARY_OP_ADD_FLOAT),
            10 => Some(Uop::BINARY_OP_SUB_FLOAT),
            5 => Some(Uop::BINARY_OP_MUL_FLOAT),
            11 => Some(Uop::BINARY_OP_TRUEDIV_FLOAT),
            8 => Some(Uop::BINARY_OP_POW_FLOAT),
            _ => None,
        };
        if arg <= 25 {
            if let (true, Some(u)) = (Value::both_small(a, b), int_op) {
                // The operands are live: an operation that leaves the small
                // range (or divides by zero) now would side-exit on every
                // iteration like this one, so it gets the generic uop.
                let (x, y) = (a.as_small_int(), b.as_small_int());
                let r = match op {
                    0 => x.checked_add(y),
                    10 => x.checked_sub(y),
                    5 => x.checked_mul(y),
                    2 | 6 => (y != 0).then_some(0),
                    _ => Some(0),
                };
                if r.is_some_and(Value::fits_small) {
                    self.emit(Uop::GUARD_BOTH_INT, 0, 0, ip);
                    self.emit(u, 0, 0, ip);
                } else {
                    self.emit(Uop::BINARY_OP_GENERIC, arg, 0, ip);
                }
                return;
            }
            if let Some(u) = float_op {
                match (
                    a.is_float(),
                    a.is_small_int(),
                    b.is_float(),
                    b.is_small_int(),
                ) {
                    (true, _, true, _) => self.emit(Uop::GUARD_BOTH_FLOAT, 0, 0, ip),
                    (true, _, _, true) => {
                        self.emit(Uop::GUARD_NOS_FLOAT, 0, 0, ip);
                        self.emit(Uop::GUARD_TOS_INT, 0, 0, ip);
                        self.emit(Uop::INT_TO_FLOAT_TOS, 0, 0, ip);
                    }
                    (_, true, true, _) => {
                        self.emit(Uop::GUARD_NOS_INT, 0, 0, ip);
                        self.emit(Uop::GUARD_TOS_FLOAT, 0, 0, ip);
                        self.emit(Uop::INT_TO_FLOAT_NOS, 0, 0, ip);
                    }
                    _ => {
                        self.emit(Uop::BINARY_OP_GENERIC, arg, 0, ip);
                        return;
                    }
                }
                self.emit(u, 0, 0, ip);
                return;
            }
        }
        self.emit(Uop::BINARY_OP_GENERIC, arg, 0, ip);
    }
}

const INT_CMP: [Uop; 6] = [
    Uop::COMPARE_LT_INT,
    Uop::COMPARE_LE_INT,
    Uop::COMPARE_EQ_INT,
    Uop::COMPARE_NE_INT,
    Uop::COMPARE_GT_INT,
    Uop::COMPARE_GE_INT,
];
const FLOAT_CMP: [Uop; 6] = [
    Uop::COMPARE_LT_FLOAT,
    Uop::COMPARE_LE_FLOAT,
    Uop::COMPARE_EQ_FLOAT,
    Uop::COMPARE_NE_FLOAT,
    Uop::COMPARE_GT_FLOAT,
    Uop::COMPARE_GE_FLOAT,
];

/// Uops that allocate without running Python code (a loop of them needs a
/// GC safepoint).
fn is_allocating(op: Uop) -> bool {
    matches!(
        op,
        Uop::BUILD_TUPLE
            | Uop::BUILD_SLICE
            | Uop::BUILD_STRING
            | Uop::BUILD_LIST
            | Uop::LIST_APPEND
            | Uop::FOR_ITER_RANGE
            | Uop::STORE_ATTR_INSTANCE
            | Uop::UNPACK_SEQUENCE
    )
}

/// The (shape, number of slots) of an instance with a slot table.
fn slot_of(v: Value) -> Option<(u32, u32)> {
    if !is_kind(v, Kind::Instance) {
        return None;
    }
    // SAFETY: a live instance.
    let a = unsafe { header(v) }.attrs.as_ref()?;
    (a.shape != DICT_MODE).then_some((a.shape, a.slots.len() as u32))
}
