//! A Thompson NFA of a parsed pattern, run as a Pike VM without captures: every step advances all
//! live states over one byte, so a match costs at most (input length x program length) steps,
//! whatever the pattern (no backtracking, no blow-up on `(a|a)*b`).

use super::syntax::{ByteSet, Node, MAX_COUNT};

/// The most instructions a pattern may compile to (counts copy their operand: `\d{11}` is 11).
pub(super) const MAX_INSTRUCTIONS: usize = 2 * MAX_COUNT as usize;

#[derive(Debug, Clone)]
pub(super) enum Inst {
    /// Consume one byte of the set, then go on at the next instruction.
    Byte(ByteSet),
    /// Go on at both targets.
    Split(u32, u32),
    Jump(u32),
    Start,
    End,
    Match,
}

/// A compiled pattern.
#[derive(Debug, Clone)]
pub(super) struct Program {
    pub(super) insts: Vec<Inst>,
    /// Every alternative starts with `^`: only position 0 can start a match.
    pub(super) anchored: bool,
    /// PCRE's `D`: `$` only at the very end, not before a final `\n`.
    pub(super) dollar_endonly: bool,
}

impl Program {
    pub(super) fn compile(node: &Node, dollar_endonly: bool) -> Result<Program, String> {
        let mut insts = Vec::new();
        emit(node, &mut insts)?;
        insts.push(Inst::Match);
        if insts.len() > MAX_INSTRUCTIONS {
            return Err("pattern too large".into());
        }
        Ok(Program {
            insts,
            anchored: starts_anchored(node),
            dollar_endonly,
        })
    }

    /// Whether the pattern matches somewhere in `subject` (PHP's `preg_match(...) === 1`).
    pub(super) fn is_match(&self, subject: &[u8]) -> bool {
        let mut run = Run {
            program: self,
            subject,
            stack: Vec::new(),
        };
        let mut current = States::new(self.insts.len());
        let mut next = States::new(self.insts.len());
        for pos in 0..=subject.len() {
            if (pos == 0 || !self.anchored) && run.add(&mut current, 0, pos) {
                return true;
            }
            if current.list.is_empty() && self.anchored {
                return false;
            }
            let Some(&byte) = subject.get(pos) else {
                break;
            };
            for i in 0..current.list.len() {
                let pc = current.list[i] as usize;
                if let Inst::Byte(set) = &self.insts[pc] {
                    if set.contains(byte) && run.add(&mut next, pc + 1, pos + 1) {
                        return true;
                    }
                }
            }
            std::mem::swap(&mut current, &mut next);
            next.clear();
        }
        false
    }
}

/// The live instructions at one position, in a list with a membership mark per instruction.
struct States {
    list: Vec<u32>,
    member: Vec<bool>,
}

impl States {
    fn new(len: usize) -> States {
        States {
            list: Vec::with_capacity(len),
            member: vec![false; len],
        }
    }

    fn insert(&mut self, pc: usize) -> bool {
        let fresh = !self.member[pc];
        if fresh {
            self.member[pc] = true;
            self.list.push(pc as u32);
        }
        fresh
    }

    fn clear(&mut self) {
        for &pc in &self.list {
            self.member[pc as usize] = false;
        }
        self.list.clear();
    }
}

struct Run<'a> {
    program: &'a Program,
    subject: &'a [u8],
    stack: Vec<usize>,
}

impl Run<'_> {
    /// Adds `pc` and everything reachable from it without consuming a byte; true on `Match`.
    fn add(&mut self, states: &mut States, pc: usize, pos: usize) -> bool {
        self.stack.clear();
        self.stack.push(pc);
        while let Some(pc) = self.stack.pop() {
            if !states.insert(pc) {
                continue;
            }
            match self.program.insts[pc] {
                Inst::Byte(_) => {}
                Inst::Split(a, b) => {
                    self.stack.push(b as usize);
                    self.stack.push(a as usize);
                }
                Inst::Jump(to) => self.stack.push(to as usize),
                Inst::Start if pos == 0 => self.stack.push(pc + 1),
                Inst::End if self.at_end(pos) => self.stack.push(pc + 1),
                Inst::Start | Inst::End => {}
                Inst::Match => return true,
            }
        }
        false
    }

    /// PCRE's `$` without `m`: the end, or before a `\n` that is the last byte (unless `D`).
    fn at_end(&self, pos: usize) -> bool {
        let len = self.subject.len();
        pos == len || (!self.program.dollar_endonly && pos + 1 == len && self.subject[pos] == b'\n')
    }
}

fn starts_anchored(node: &Node) -> bool {
    match node {
        Node::Start => true,
        Node::Concat(items) => items.first().is_some_and(starts_anchored),
        Node::Alt(alternatives) => alternatives.iter().all(starts_anchored),
        _ => false,
    }
}

fn emit(node: &Node, insts: &mut Vec<Inst>) -> Result<(), String> {
    if insts.len() > MAX_INSTRUCTIONS {
        return Err("pattern too large".into());
    }
    match node {
        Node::Byte(set) => insts.push(Inst::Byte(*set)),
        Node::Start => insts.push(Inst::Start),
        Node::End => insts.push(Inst::End),
        Node::Concat(items) => {
            for item in items {
                emit(item, insts)?;
            }
        }
        Node::Alt(alternatives) => emit_alternation(alternatives, insts)?,
        Node::Repeat { node, min, max } => emit_repeat(node, *min, *max, insts)?,
    }
    Ok(())
}

/// `a|b|c`: a chain of splits, each alternative jumping to the common end.
fn emit_alternation(alternatives: &[Node], insts: &mut Vec<Inst>) -> Result<(), String> {
    let mut jumps = Vec::new();
    for (i, alternative) in alternatives.iter().enumerate() {
        let last = i + 1 == alternatives.len();
        let split = insts.len();
        if !last {
            insts.push(Inst::Split(0, 0));
        }
        emit(alternative, insts)?;
        if !last {
            jumps.push(insts.len());
            insts.push(Inst::Jump(0));
            insts[split] = Inst::Split(pc(split + 1), pc(insts.len()));
        }
    }
    let end = pc(insts.len());
    for j in jumps {
        insts[j] = Inst::Jump(end);
    }
    Ok(())
}

/// `x{min,max}`: `min` copies of `x`, then `max - min` optional copies (or a loop for no maximum).
fn emit_repeat(
    node: &Node,
    min: u32,
    max: Option<u32>,
    insts: &mut Vec<Inst>,
) -> Result<(), String> {
    for _ in 0..min {
        emit(node, insts)?;
    }
    let Some(max) = max else {
        let split = insts.len();
        insts.push(Inst::Split(0, 0));
        emit(node, insts)?;
        insts.push(Inst::Jump(pc(split)));
        insts[split] = Inst::Split(pc(split + 1), pc(insts.len()));
        return Ok(());
    };
    let mut splits = Vec::new();
    for _ in min..max {
        splits.push(insts.len());
        insts.push(Inst::Split(0, 0));
        emit(node, insts)?;
    }
    let end = pc(insts.len());
    for s in splits {
        insts[s] = Inst::Split(pc(s + 1), end);
    }
    Ok(())
}

/// An instruction index (programs stay under [`MAX_INSTRUCTIONS`]).
fn pc(index: usize) -> u32 {
    index as u32
}
