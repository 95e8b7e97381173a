//! SHA-256 (FIPS 180-4) for the checksum. On wasm32 this plain implementation (eight rounds per loop iteration) is used
//! instead of the `sha2` crate's: it is a third of the size and, without inlining across the
//! crate's round helpers (`opt-level = "s"`), faster in V8. Natively `sha2` is used (it has the
//! x86 SHA extensions). Both are checked against each other and the FIPS examples in the tests.

/// An incremental SHA-256. `Clone` so that one hash of the values can be finished with each secret.
#[derive(Clone)]
pub struct Sha256 {
    state: [u32; 8],
    block: [u8; 64],
    filled: usize,
    total_bytes: u64,
}

const INITIAL: [u32; 8] = [
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
];

const K: [u32; 64] = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];

impl Default for Sha256 {
    fn default() -> Self {
        Sha256::new()
    }
}

impl Sha256 {
    /// A hash of nothing yet.
    pub fn new() -> Self {
        Sha256 {
            state: INITIAL,
            block: [0; 64],
            filled: 0,
            total_bytes: 0,
        }
    }

    /// Hashes `data` after what came before.
    pub fn update(&mut self, mut data: &[u8]) {
        self.total_bytes = self.total_bytes.wrapping_add(data.len() as u64);
        while !data.is_empty() {
            let take = (64 - self.filled).min(data.len());
            let (head, rest) = data.split_at(take);
            self.block[self.filled..self.filled + take].copy_from_slice(head);
            self.filled += take;
            data = rest;
            if self.filled == 64 {
                compress(&mut self.state, &self.block);
                self.filled = 0;
            }
        }
    }

    /// The 32-byte digest.
    pub fn finalize(mut self) -> [u8; 32] {
        let bit_length = self.total_bytes.wrapping_mul(8);
        // Padding: 0x80, zeros to 56 bytes into a block, then the length (FIPS 180-4, 5.1.1).
        self.block[self.filled] = 0x80;
        self.block[self.filled + 1..].fill(0);
        if self.filled >= 56 {
            compress(&mut self.state, &self.block);
            self.block = [0; 64];
        }
        self.block[56..].copy_from_slice(&bit_length.to_be_bytes());
        compress(&mut self.state, &self.block);
        let mut out = [0u8; 32];
        for (chunk, word) in out.chunks_exact_mut(4).zip(self.state) {
            chunk.copy_from_slice(&word.to_be_bytes());
        }
        out
    }
}

/// One block, eight rounds per loop iteration: the working variables' names rotate every eight
/// rounds, so they stay in WebAssembly locals; the 64-word schedule is computed first, in memory.
/// Measured against the 16-round unrolling it replaced (issue 9): the callbacks module
/// 1.9 KB raw / 0.5 KB gzip smaller and its `verify_callback` export no slower; the full module
/// (built with "z") 0.6 KB gzip smaller and faster.
fn compress(state: &mut [u32; 8], block: &[u8; 64]) {
    let mut w = [0u32; 64];
    for (word, bytes) in w.iter_mut().zip(block.chunks_exact(4)) {
        *word = u32::from_be_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]);
    }
    for j in 16..64 {
        let (w15, w2) = (w[j - 15], w[j - 2]);
        let s0 = w15.rotate_right(7) ^ w15.rotate_right(18) ^ (w15 >> 3);
        let s1 = w2.rotate_right(17) ^ w2.rotate_right(19) ^ (w2 >> 10);
        w[j] = w[j - 16]
            .wrapping_add(s0)
            .wrapping_add(w[j - 7])
            .wrapping_add(s1);
    }
    let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut h] = *state;
    for (k, w) in K.chunks_exact(8).zip(w.chunks_exact(8)) {
        macro_rules! round {
            ($a:ident, $b:ident, $c:ident, $d:ident, $e:ident, $f:ident, $g:ident, $h:ident, $j:literal) => {
                let t1 = $h
                    .wrapping_add($e.rotate_right(6) ^ $e.rotate_right(11) ^ $e.rotate_right(25))
                    .wrapping_add(($e & $f) ^ (!$e & $g))
                    .wrapping_add(k[$j])
                    .wrapping_add(w[$j]);
                let t2 = ($a.rotate_right(2) ^ $a.rotate_right(13) ^ $a.rotate_right(22))
                    .wrapping_add(($a & $b) ^ ($a & $c) ^ ($b & $c));
                $d = $d.wrapping_add(t1);
                $h = t1.wrapping_add(t2);
            };
        }
        round!(a, b, c, d, e, f, g, h, 0);
        round!(h, a, b, c, d, e, f, g, 1);
        round!(g, h, a, b, c, d, e, f, 2);
        round!(f, g, h, a, b, c, d, e, 3);
        round!(e, f, g, h, a, b, c, d, 4);
        round!(d, e, f, g, h, a, b, c, 5);
        round!(c, d, e, f, g, h, a, b, 6);
        round!(b, c, d, e, f, g, h, a, 7);
    }
    for (s, v) in state.iter_mut().zip([a, b, c, d, e, f, g, h]) {
        *s = s.wrapping_add(v);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use sha2::Digest;

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn fips_180_examples() {
        let digest = |s: &[u8]| {
            let mut h = Sha256::new();
            h.update(s);
            hex(&h.finalize())
        };
        assert_eq!(
            digest(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(
            digest(b""),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        assert_eq!(
            digest(b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        );
        assert_eq!(
            digest(&vec![b'a'; 1_000_000]),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
        );
    }

    proptest! {
        #[test]
        fn agrees_with_the_sha2_crate(pieces in proptest::collection::vec(proptest::collection::vec(any::<u8>(), 0..150), 0..6)) {
            let mut ours = Sha256::new();
            let mut theirs = sha2::Sha256::new();
            for piece in &pieces {
                ours.update(piece);
                theirs.update(piece);
            }
            let forked = ours.clone();
            let expected: [u8; 32] = theirs.finalize().into();
            prop_assert_eq!(ours.finalize(), expected);
            prop_assert_eq!(forked.finalize(), {
                let mut again = Sha256::new();
                pieces.iter().for_each(|p| again.update(p));
                again.finalize()
            });
        }
    }
}
