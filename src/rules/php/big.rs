//! An unsigned integer of up to `32 * LIMBS` bits on the stack, for the exact arithmetic of PHP's
//! float conversions: the 14-digit rounding of `(string) $float` (float.rs) and the correctly
//! rounded decimal-to-double reading of numeric strings (decimal_to_f64.rs).
//!
//! The largest operand is decimal_to_f64's divisor `5^1092` shifted left by 63 bits (2599 bits:
//! a 768-digit significand of a number near the smallest subnormal), so 84 limbs (2688 bits) hold
//! every operand with room for the one limb a shift writes before trimming.

use std::cmp::Ordering;

const LIMBS: usize = 84;

pub(super) struct Big {
    /// Little-endian limbs; those at `len` and above are zero.
    limbs: [u32; LIMBS],
    len: usize,
}

impl Big {
    pub(super) fn from(value: u64) -> Big {
        let mut limbs = [0; LIMBS];
        limbs[0] = value as u32;
        limbs[1] = (value >> 32) as u32;
        let mut big = Big { limbs, len: 2 };
        big.trim();
        big
    }

    fn trim(&mut self) {
        while self.len > 0 && self.limbs[self.len - 1] == 0 {
            self.len -= 1;
        }
    }

    pub(super) fn is_zero(&self) -> bool {
        self.len == 0
    }

    /// The number of significant bits (0 for zero).
    pub(super) fn bit_len(&self) -> u32 {
        match self.len {
            0 => 0,
            len => len as u32 * 32 - self.limbs[len - 1].leading_zeros(),
        }
    }

    pub(super) fn mul_small(&mut self, factor: u32) {
        self.mul_add_small(factor, 0);
    }

    /// `self * factor + addend` (decimal digits are read nine at a time this way).
    pub(super) fn mul_add_small(&mut self, factor: u32, addend: u32) {
        let mut carry = u64::from(addend);
        for limb in &mut self.limbs[..self.len] {
            let product = u64::from(*limb) * u64::from(factor) + carry;
            *limb = product as u32;
            carry = product >> 32;
        }
        if carry != 0 {
            self.limbs[self.len] = carry as u32;
            self.len += 1;
        }
    }

    pub(super) fn mul_pow5(&mut self, mut n: u32) {
        const FIVE_POW_13: u32 = 1_220_703_125;
        while n >= 13 {
            self.mul_small(FIVE_POW_13);
            n -= 13;
        }
        self.mul_small(5u32.pow(n));
    }

    pub(super) fn shl(&mut self, bits: u32) {
        let (words, bits) = ((bits / 32) as usize, bits % 32);
        if self.len == 0 {
            return;
        }
        let old_len = self.len;
        self.limbs[old_len + words] = 0;
        for i in (0..old_len).rev() {
            let limb = self.limbs[i];
            if bits > 0 {
                self.limbs[i + words + 1] |= limb >> (32 - bits);
            }
            self.limbs[i + words] = limb << bits;
        }
        self.limbs[..words].fill(0);
        self.len = old_len + words + 1;
        self.trim();
    }

    pub(super) fn shr(&mut self, bits: u32) {
        let (words, bits) = ((bits / 32) as usize, bits % 32);
        if words >= self.len {
            self.len = 0;
            return;
        }
        let new_len = self.len - words;
        for i in 0..new_len {
            let high = if i + words + 1 < self.len && bits > 0 {
                self.limbs[i + words + 1] << (32 - bits)
            } else {
                0
            };
            self.limbs[i] = (self.limbs[i + words] >> bits) | high;
        }
        self.limbs[new_len..self.len].fill(0);
        self.len = new_len;
        self.trim();
    }

    /// `self >>= bits`, answering whether a dropped bit was set.
    pub(super) fn shr_sticky(&mut self, bits: u32) -> bool {
        let (words, rest) = ((bits / 32) as usize, bits % 32);
        let low = &self.limbs[..words.min(self.len)];
        let partial = self
            .limbs
            .get(words)
            .map_or(0, |limb| limb & ((1 << rest) - 1));
        let sticky = low.iter().any(|&limb| limb != 0) || partial != 0;
        self.shr(bits);
        sticky
    }

    /// `self -= other`, for `other <= self` (the callers compare first).
    pub(super) fn sub(&mut self, other: &Big) {
        let mut borrow = 0u64;
        for (i, limb) in self.limbs[..self.len].iter_mut().enumerate() {
            let subtrahend = u64::from(other.limbs[i]) + borrow;
            let (difference, under) = u64::from(*limb).overflowing_sub(subtrahend);
            *limb = difference as u32;
            borrow = u64::from(under);
        }
        self.trim();
    }

    /// The low 64 bits.
    pub(super) fn low_u64(&self) -> u64 {
        u64::from(self.limbs[0]) | u64::from(self.limbs[1]) << 32
    }

    pub(super) fn cmp(&self, other: &Big) -> Ordering {
        self.len.cmp(&other.len).then_with(|| {
            let (a, b) = (&self.limbs[..self.len], &other.limbs[..other.len]);
            a.iter().rev().cmp(b.iter().rev())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shifts_are_exact() {
        let mut big = Big::from(0xDEAD_BEEF_1234_5678);
        big.shl(700);
        big.mul_pow5(13);
        big.shr(700);
        assert_eq!(
            u128::from(big.low_u64()) | u128::from(big.limbs[2]) << 64,
            0xDEAD_BEEF_1234_5678u128 * 1_220_703_125
        );
        big.shr(64);
        assert_eq!(
            big.low_u64(),
            ((0xDEAD_BEEF_1234_5678u128 * 1_220_703_125) >> 64) as u64
        );
    }

    #[test]
    fn sub_borrows_across_limbs_and_bit_len_counts() {
        let mut a = Big::from(1);
        a.shl(100); // 2^100
        let b = Big::from(1);
        a.sub(&b); // 2^100 - 1: one hundred ones
        assert_eq!(a.bit_len(), 100);
        assert_eq!(a.low_u64(), u64::MAX);
        a.shr(64);
        assert_eq!(a.low_u64(), (1 << 36) - 1);
        let mut c = Big::from(7);
        c.sub(&Big::from(7));
        assert!(c.is_zero());
        assert_eq!(c.bit_len(), 0);
        let mut d = Big::from(99);
        d.mul_add_small(1_000_000_000, 123_456_789);
        assert_eq!(d.low_u64(), 99_123_456_789);
        assert_eq!(Big::from(0).cmp(&Big::from(1)), Ordering::Less);
    }
}
