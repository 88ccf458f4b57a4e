//! The `match` statement: CPython 3.11's pattern compiler (`compiler_match`,
//! `compiler_pattern*` in compile.c), ported with the same stack discipline.
//!
//! Captured values stay on the stack (under `on_top` working items) until the
//! whole pattern has matched, then they are stored in `stores` order; a
//! failure jumps to `fail_pop[n]`, which pops the `n` items above the subject
//! copy and continues with the next case.

use taipan_syntax::ast::*;
use taipan_syntax::SyntaxError;

use crate::assemble::Label;
use crate::bytecode::{CompareOpArg, Constant, Opcode};
use crate::codegen::{Compiler, Ctx};

type R<T> = Result<T, SyntaxError>;

fn err<T>(msg: impl Into<String>, span: Span) -> R<T> {
    Err(SyntaxError::syntax(msg, span.start, span.end))
}

/// CPython's `pattern_context`.
struct PCtx {
    stores: Vec<(String, Span)>,
    allow_irrefutable: bool,
    fail_pop: Vec<Label>,
    on_top: usize,
}

fn is_wildcard(p: &Pattern) -> bool {
    matches!(
        &p.kind,
        PatternKind::MatchAs {
            pattern: None,
            name: None
        }
    )
}

fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(&p.kind, PatternKind::MatchStar(None))
}

impl<'a> Compiler<'a> {
    pub(crate) fn match_stmt(
        &mut self,
        s: &'a Stmt,
        subject: &'a Expr,
        cases: &'a [MatchCase],
    ) -> R<()> {
        self.expr(subject)?;
        let end = self.new_label();
        let n = cases.len();
        let has_default = n > 1 && cases.last().is_some_and(|c| is_wildcard(&c.pattern));
        for (i, case) in cases[..n - has_default as usize].iter().enumerate() {
            self.set_loc(case.pattern.span);
            let mut pc = PCtx {
                stores: Vec::new(),
                allow_irrefutable: case.guard.is_some() || i == n - 1,
                fail_pop: Vec::new(),
                on_top: 0,
            };
            let last_non_default = i == n - has_default as usize - 1;
            if !last_non_default {
                self.emit(Opcode::Copy, 1);
            }
            self.pattern(&case.pattern, &mut pc)?;
            debug_assert_eq!(pc.on_top, 0);
            let stores = std::mem::take(&mut pc.stores);
            for (name, span) in &stores {
                self.name_op(name, Ctx::Store, *span)?;
            }
            if let Some(g) = &case.guard {
                self.ensure_fail_pop(&mut pc, 0);
                let target = pc.fail_pop[0];
                self.jump_if(g, false, target)?;
            }
            if !last_non_default {
                self.emit(Opcode::PopTop, 0);
            }
            self.stmts(&case.body)?;
            self.set_loc(case.pattern.span);
            self.emit_jump(Opcode::Jump, end);
            self.emit_and_reset_fail_pop(&mut pc);
        }
        if has_default {
            let case = &cases[n - 1];
            self.set_loc(case.pattern.span);
            // Line coverage for the default case (it creates no other bytecode).
            self.emit(Opcode::Nop, 0);
            if let Some(g) = &case.guard {
                self.jump_if(g, false, end)?;
            }
            self.stmts(&case.body)?;
        }
        self.set_loc(s.span);
        self.bind(end);
        Ok(())
    }

    fn ensure_fail_pop(&mut self, pc: &mut PCtx, n: usize) {
        while pc.fail_pop.len() <= n {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
    }

    fn jump_to_fail_pop(&mut self, pc: &mut PCtx, op: Opcode) {
        let pops = pc.on_top + pc.stores.len();
        self.ensure_fail_pop(pc, pops);
        self.emit_jump(op, pc.fail_pop[pops]);
    }

    fn emit_and_reset_fail_pop(&mut self, pc: &mut PCtx) {
        if pc.fail_pop.is_empty() {
            return;
        }
        for i in (1..pc.fail_pop.len()).rev() {
            self.bind(pc.fail_pop[i]);
            self.emit(Opcode::PopTop, 0);
        }
        self.bind(pc.fail_pop[0]);
        pc.fail_pop.clear();
    }

    fn rotate(&mut self, mut count: usize) {
        while count > 1 {
            self.emit(Opcode::Swap, count as u32);
            count -= 1;
        }
    }

    fn store_capture(&mut self, name: Option<&String>, span: Span, pc: &mut PCtx) -> R<()> {
        let Some(n) = name else {
            self.emit(Opcode::PopTop, 0);
            return Ok(());
        };
        if pc.stores.iter().any(|(s, _)| s == n) {
            return err(
                format!("multiple assignments to name '{n}' in pattern"),
                span,
            );
        }
        let rotations = pc.on_top + pc.stores.len() + 1;
        self.rotate(rotations);
        pc.stores.push((n.clone(), span));
        Ok(())
    }

    fn subpattern(&mut self, p: &'a Pattern, pc: &mut PCtx) -> R<()> {
        let allow = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        let r = self.pattern(p, pc);
        pc.allow_irrefutable = allow;
        r
    }

    fn pattern(&mut self, p: &'a Pattern, pc: &mut PCtx) -> R<()> {
        self.set_loc(p.span);
        match &p.kind {
            PatternKind::MatchValue(v) => {
                self.expr(v)?;
                self.emit(Opcode::CompareOp, CompareOpArg::Eq as u32);
                self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
            }
            PatternKind::MatchSingleton(c) => {
                let c = match c {
                    taipan_syntax::ast::Constant::Bool(b) => Constant::Bool(*b),
                    _ => Constant::None,
                };
                self.load_const(c);
                self.emit(Opcode::IsOp, 0);
                self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
            }
            PatternKind::MatchAs { pattern, name } => match pattern {
                None => {
                    if !pc.allow_irrefutable {
                        return match name {
                            Some(n) => err(
                                format!("name capture '{n}' makes remaining patterns unreachable"),
                                p.span,
                            ),
                            None => err("wildcard makes remaining patterns unreachable", p.span),
                        };
                    }
                    self.store_capture(name.as_ref(), p.span, pc)?;
                }
                Some(inner) => {
                    pc.on_top += 1;
                    self.emit(Opcode::Copy, 1);
                    self.pattern(inner, pc)?;
                    pc.on_top -= 1;
                    self.store_capture(name.as_ref(), p.span, pc)?;
                }
            },
            PatternKind::MatchStar(name) => self.store_capture(name.as_ref(), p.span, pc)?,
            PatternKind::MatchSequence(patterns) => self.pattern_sequence(p, patterns, pc)?,
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => self.pattern_mapping(p, keys, patterns, rest.as_ref(), pc)?,
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => {
                for (i, a) in kwd_attrs.iter().enumerate() {
                    if kwd_attrs[..i].contains(a) {
                        return err(
                            format!("attribute name repeated in class pattern: {a}"),
                            p.span,
                        );
                    }
                }
                self.expr(cls)?;
                let names = kwd_attrs.iter().map(|a| Constant::Str(a.clone())).collect();
                self.load_const(Constant::Tuple(names));
                let nargs = patterns.len();
                let nattrs = kwd_attrs.len();
                self.emit(Opcode::MatchClass, nargs as u32);
                self.emit(Opcode::Copy, 1);
                self.load_const(Constant::None);
                self.emit(Opcode::IsOp, 1);
                pc.on_top += 1;
                self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
                self.emit(Opcode::UnpackSequence, (nargs + nattrs) as u32);
                pc.on_top += nargs + nattrs;
                pc.on_top -= 1;
                for sub in patterns.iter().chain(kwd_patterns) {
                    pc.on_top -= 1;
                    if is_wildcard(sub) {
                        self.emit(Opcode::PopTop, 0);
                        continue;
                    }
                    self.subpattern(sub, pc)?;
                }
            }
            PatternKind::MatchOr(alts) => self.pattern_or(p, alts, pc)?,
        }
        Ok(())
    }

    fn pattern_sequence(
        &mut self,
        p: &'a Pattern,
        patterns: &'a [Pattern],
        pc: &mut PCtx,
    ) -> R<()> {
        let size = patterns.len();
        let mut star = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, q) in patterns.iter().enumerate() {
            if let PatternKind::MatchStar(_) = q.kind {
                if star.is_some() {
                    return err("multiple starred names in sequence pattern", q.span);
                }
                star_wildcard = is_star_wildcard(q);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(q);
        }
        pc.on_top += 1;
        self.emit(Opcode::MatchSequence, 0);
        self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
        match star {
            None => {
                self.emit(Opcode::GetLen, 0);
                self.load_const(Constant::Int(size.into()));
                self.emit(Opcode::CompareOp, CompareOpArg::Eq as u32);
                self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
            }
            Some(_) if size > 1 => {
                self.emit(Opcode::GetLen, 0);
                self.load_const(Constant::Int((size - 1).into()));
                self.emit(Opcode::CompareOp, CompareOpArg::Ge as u32);
                self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
            }
            Some(_) => {}
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.emit(Opcode::PopTop, 0);
        } else if star_wildcard {
            let star = star.unwrap_or(0);
            pc.on_top += 1;
            for (i, q) in patterns.iter().enumerate() {
                if is_wildcard(q) || i == star {
                    continue;
                }
                self.emit(Opcode::Copy, 1);
                if i < star {
                    self.load_const(Constant::Int(i.into()));
                } else {
                    self.emit(Opcode::GetLen, 0);
                    self.load_const(Constant::Int((size - i).into()));
                    self.emit(
                        Opcode::BinaryOp,
                        crate::bytecode::BinaryOpArg::Subtract as u32,
                    );
                }
                self.emit(Opcode::BinarySubscr, 0);
                self.subpattern(q, pc)?;
            }
            pc.on_top -= 1;
            self.emit(Opcode::PopTop, 0);
        } else {
            match star {
                Some(i) => {
                    let after = size - i - 1;
                    if i >= 256 || after >= (1 << 24) {
                        return err(
                            "too many expressions in star-unpacking sequence pattern",
                            p.span,
                        );
                    }
                    self.emit(Opcode::UnpackEx, i as u32 | (after as u32) << 8);
                }
                None => self.emit(Opcode::UnpackSequence, size as u32),
            }
            pc.on_top += size;
            for q in patterns {
                pc.on_top -= 1;
                self.subpattern(q, pc)?;
            }
        }
        Ok(())
    }

    fn pattern_mapping(
        &mut self,
        p: &'a Pattern,
        keys: &'a [Expr],
        patterns: &'a [Pattern],
        rest: Option<&String>,
        pc: &mut PCtx,
    ) -> R<()> {
        let size = keys.len();
        if size != patterns.len() {
            return err(
                "keys (mapping pattern) and patterns have different lengths",
                p.span,
            );
        }
        pc.on_top += 1;
        self.emit(Opcode::MatchMapping, 0);
        self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
        if size == 0 && rest.is_none() {
            pc.on_top -= 1;
            self.emit(Opcode::PopTop, 0);
            return Ok(());
        }
        if size > 0 {
            self.emit(Opcode::GetLen, 0);
            self.load_const(Constant::Int(size.into()));
            self.emit(Opcode::CompareOp, CompareOpArg::Ge as u32);
            self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
        }
        let mut seen: Vec<Constant> = Vec::new();
        for k in keys {
            match &k.kind {
                ExprKind::Attribute { .. } => {}
                _ => {
                    match self.fold(k) {
                        Some(c) => {
                            if seen.contains(&c) {
                                return err(
                                    format!(
                                        "mapping pattern checks duplicate key ({})",
                                        crate::dis::const_repr(&c)
                                    ),
                                    k.span,
                                );
                            }
                            seen.push(c);
                        }
                        None => return err(
                            "mapping pattern keys may only match literals and attribute lookups",
                            k.span,
                        ),
                    }
                }
            }
            self.expr(k)?;
        }
        self.emit(Opcode::BuildTuple, size as u32);
        self.emit(Opcode::MatchKeys, 0);
        pc.on_top += 2;
        self.emit(Opcode::Copy, 1);
        self.load_const(Constant::None);
        self.emit(Opcode::IsOp, 1);
        self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
        self.emit(Opcode::UnpackSequence, size as u32);
        pc.on_top += size;
        pc.on_top -= 1;
        for q in patterns {
            pc.on_top -= 1;
            self.subpattern(q, pc)?;
        }
        pc.on_top -= 2;
        match rest {
            Some(r) => {
                self.emit(Opcode::BuildMap, 0);
                self.emit(Opcode::Swap, 3);
                self.emit(Opcode::DictUpdate, 2);
                self.emit(Opcode::UnpackSequence, size as u32);
                let mut n = size;
                while n > 0 {
                    self.emit(Opcode::Copy, 1 + n as u32);
                    n -= 1;
                    self.emit(Opcode::Swap, 2);
                    self.emit(Opcode::DeleteSubscr, 0);
                }
                self.store_capture(Some(r), p.span, pc)?;
            }
            None => {
                self.emit(Opcode::PopTop, 0);
                self.emit(Opcode::PopTop, 0);
            }
        }
        Ok(())
    }

    fn pattern_or(&mut self, p: &'a Pattern, alts: &'a [Pattern], pc: &mut PCtx) -> R<()> {
        let end = self.new_label();
        let old_stores = std::mem::take(&mut pc.stores);
        let old_allow = pc.allow_irrefutable;
        let old_fail_pop = std::mem::take(&mut pc.fail_pop);
        let old_on_top = pc.on_top;
        let mut control: Option<Vec<(String, Span)>> = None;
        let size = alts.len();
        for (i, alt) in alts.iter().enumerate() {
            self.set_loc(alt.span);
            pc.stores = Vec::new();
            pc.allow_irrefutable = i == size - 1 && old_allow;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.emit(Opcode::Copy, 1);
            self.pattern(alt, pc)?;
            let nstores = pc.stores.len();
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(ctl) if ctl.len() != nstores => {
                    return err("alternative patterns bind different names", p.span);
                }
                Some(ctl) => {
                    let ctl = ctl.clone();
                    let mut icontrol = nstores;
                    while icontrol > 0 {
                        icontrol -= 1;
                        let name = &ctl[icontrol].0;
                        let Some(istores) = pc.stores.iter().position(|(n, _)| n == name) else {
                            return err("alternative patterns bind different names", p.span);
                        };
                        if icontrol != istores {
                            let rotations = istores + 1;
                            let rotated: Vec<_> = pc.stores.drain(..rotations).collect();
                            let at = icontrol - istores;
                            for (k, item) in rotated.into_iter().enumerate() {
                                pc.stores.insert(at + k, item);
                            }
                            for _ in 0..rotations {
                                self.rotate(icontrol + 1);
                            }
                        }
                    }
                }
            }
            self.emit_jump(Opcode::Jump, end);
            self.emit_and_reset_fail_pop(pc);
        }
        pc.stores = old_stores;
        pc.allow_irrefutable = old_allow;
        pc.fail_pop = old_fail_pop;
        pc.on_top = old_on_top;
        // No alternative matched: pop the subject copy and fail.
        self.emit(Opcode::PopTop, 0);
        self.jump_to_fail_pop(pc, Opcode::Jump);
        self.bind(end);
        let control = control.unwrap_or_default();
        let nstores = control.len();
        let nrots = nstores + 1 + pc.on_top + pc.stores.len();
        for (name, span) in control {
            self.rotate(nrots);
            if pc.stores.iter().any(|(s, _)| *s == name) {
                return err(
                    format!("multiple assignments to name '{name}' in pattern"),
                    span,
                );
            }
            pc.stores.push((name, span));
        }
        self.emit(Opcode::PopTop, 0);
        Ok(())
    }
}
