//! A compiled [`Pcre`] in the build-time rule tables (`crate::rules::codec`): the matcher as the
//! compiler left it, so that the WebAssembly modules carry no pattern parser.
//!
//! ```text
//! pattern = 0 set min:varint max+1:varint(0: none) dollar_endonly:u8     an anchored run
//!         | 1 flags:u8(1: anchored, 2: dollar_endonly) count inst*       a Pike VM program
//! inst    = 0 set | 1 a:varint b:varint (split) | 2 to:varint (jump) | 3 (^) | 4 ($) | 5 (match)
//! set     = count (lo:u8 hi:u8)*                                          byte ranges
//! ```
//! A decoded program is checked as the VM needs it: at most `MAX_INSTRUCTIONS`, every target
//! in range, and a final `Match` (so `pc + 1` after any other instruction is in range).

use super::nfa::{Inst, Program, MAX_INSTRUCTIONS};
use super::syntax::ByteSet;
use super::{AnchoredRun, Matcher, Pcre};
use crate::rules::codec::{DecodeError, Reader};

const BAD: DecodeError = DecodeError("malformed pattern in the rule tables");

fn read_set(r: &mut Reader<'_>) -> Result<ByteSet, DecodeError> {
    let mut set = ByteSet::default();
    for _ in 0..r.count()? {
        let (lo, hi) = (r.byte()?, r.byte()?);
        for b in lo..=hi {
            set.0[usize::from(b >> 6)] |= 1u64 << (b & 63);
        }
    }
    Ok(set)
}

fn read_inst(r: &mut Reader<'_>, len: usize) -> Result<Inst, DecodeError> {
    let target = |r: &mut Reader<'_>| match r.varint()? {
        t if (t as usize) < len => Ok(t),
        _ => Err(BAD),
    };
    Ok(match r.byte()? {
        0 => Inst::Byte(read_set(r)?),
        1 => Inst::Split(target(r)?, target(r)?),
        2 => Inst::Jump(target(r)?),
        3 => Inst::Start,
        4 => Inst::End,
        5 => Inst::Match,
        _ => return Err(BAD),
    })
}

impl Pcre {
    /// Decodes a pattern written by [`Pcre::write`].
    pub(crate) fn read(r: &mut Reader<'_>) -> Result<Pcre, DecodeError> {
        let matcher = match r.byte()? {
            0 => Matcher::Run(AnchoredRun {
                set: read_set(r)?,
                min: r.varint()? as usize,
                max: match r.varint()? {
                    0 => usize::MAX,
                    m => m as usize - 1,
                },
                dollar_endonly: r.byte()? != 0,
            }),
            1 => {
                let flags = r.byte()?;
                let len = r.count()?;
                if len > MAX_INSTRUCTIONS {
                    return Err(BAD);
                }
                // A plain loop: `collect::<Result<..>>` links a `GenericShunt` of its own.
                let mut insts = Vec::with_capacity(len);
                for _ in 0..len {
                    insts.push(read_inst(r, len)?);
                }
                if !matches!(insts.last(), Some(Inst::Match)) {
                    return Err(BAD);
                }
                Matcher::Nfa(Program {
                    insts,
                    anchored: flags & 1 != 0,
                    dollar_endonly: flags & 2 != 0,
                })
            }
            _ => return Err(BAD),
        };
        Ok(Pcre { matcher })
    }
}

#[cfg(test)]
mod writer {
    use super::*;
    use crate::rules::codec::Writer;

    fn write_set(set: &ByteSet, w: &mut Writer) {
        let mut ranges = Vec::new();
        let mut b = 0usize;
        while b < 256 {
            if set.contains(b as u8) {
                let lo = b;
                while b + 1 < 256 && set.contains((b + 1) as u8) {
                    b += 1;
                }
                ranges.push((lo as u8, b as u8));
            }
            b += 1;
        }
        w.varint(ranges.len());
        for (lo, hi) in ranges {
            w.byte(lo);
            w.byte(hi);
        }
    }

    impl Pcre {
        /// Encodes the compiled matcher (the module's grammar).
        pub(crate) fn write(&self, w: &mut Writer) {
            match &self.matcher {
                Matcher::Run(run) => {
                    w.byte(0);
                    write_set(&run.set, w);
                    w.varint(run.min);
                    w.varint(if run.max == usize::MAX {
                        0
                    } else {
                        run.max + 1
                    });
                    w.byte(u8::from(run.dollar_endonly));
                }
                Matcher::Nfa(p) => {
                    w.byte(1);
                    w.byte(u8::from(p.anchored) | (u8::from(p.dollar_endonly) << 1));
                    w.varint(p.insts.len());
                    for inst in &p.insts {
                        match inst {
                            Inst::Byte(set) => {
                                w.byte(0);
                                write_set(set, w);
                            }
                            Inst::Split(a, b) => {
                                w.byte(1);
                                w.varint(*a as usize);
                                w.varint(*b as usize);
                            }
                            Inst::Jump(to) => {
                                w.byte(2);
                                w.varint(*to as usize);
                            }
                            Inst::Start => w.byte(3),
                            Inst::End => w.byte(4),
                            Inst::Match => w.byte(5),
                        }
                    }
                }
            }
        }
    }
}
