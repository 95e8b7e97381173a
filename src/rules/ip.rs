//! Whether a text is an IPv4 or IPv6 address, accepting exactly what `std::net::Ipv4Addr` and
//! `Ipv6Addr`'s `FromStr` accept (the `url` and `email` rules' bracketed hosts), without linking
//! std's address parser into the WebAssembly modules (about 1.6 KB: its generic reader, the
//! address types and their error type). The grammar is std's `core::net::parser`, step by step:
//! IPv4 is four decimal octets of at most three digits with no leading zero; IPv6 is up to eight
//! groups of one to four hex digits with at most one `::`, the last two groups optionally written
//! as an IPv4 address. A test compares both with std on generated texts.

/// `s.parse::<std::net::Ipv4Addr>().is_ok()`.
pub fn is_ipv4(s: &str) -> bool {
    let mut p = Parser {
        s: s.as_bytes(),
        at: 0,
    };
    p.ipv4() && p.at == p.s.len()
}

/// `s.parse::<std::net::Ipv6Addr>().is_ok()`.
pub fn is_ipv6(s: &str) -> bool {
    let mut p = Parser {
        s: s.as_bytes(),
        at: 0,
    };
    p.ipv6() && p.at == p.s.len()
}

struct Parser<'a> {
    s: &'a [u8],
    at: usize,
}

impl Parser<'_> {
    /// Runs `read`; on failure, puts the position back (std's `read_atomically`).
    fn atomically(&mut self, read: impl FnOnce(&mut Self) -> bool) -> bool {
        let start = self.at;
        let ok = read(self);
        if !ok {
            self.at = start;
        }
        ok
    }

    fn given(&mut self, c: u8) -> bool {
        let ok = self.s.get(self.at) == Some(&c);
        self.at += usize::from(ok);
        ok
    }

    /// std's `read_number(radix, Some(max_digits), allow_zero_prefix)` for a u8 or a u16: at least
    /// one digit, at most `max_digits`, a value that fits, and no leading zero unless allowed.
    fn number(&mut self, radix: u32, max_digits: usize, max: u32, allow_zero_prefix: bool) -> bool {
        self.atomically(|p| {
            let leading_zero = p.s.get(p.at) == Some(&b'0');
            let (mut value, mut count) = (0u32, 0usize);
            while let Some(digit) = p.s.get(p.at).and_then(|&b| char::from(b).to_digit(radix)) {
                p.at += 1;
                value = value * radix + digit;
                count += 1;
                if count > max_digits {
                    return false;
                }
            }
            count > 0 && value <= max && (allow_zero_prefix || !leading_zero || count == 1)
        })
    }

    /// std's `read_separator`: the separator before every item but the first, then the item.
    fn separated(&mut self, sep: u8, index: usize, item: impl FnOnce(&mut Self) -> bool) -> bool {
        self.atomically(|p| (index == 0 || p.given(sep)) && item(p))
    }

    fn ipv4(&mut self) -> bool {
        self.atomically(|p| (0..4).all(|i| p.separated(b'.', i, |p| p.number(10, 3, 255, false))))
    }

    /// std's `read_groups`: up to `limit` groups, the last two possibly an embedded IPv4 address;
    /// (groups read, whether they ended with an IPv4 address).
    fn groups(&mut self, limit: usize) -> (usize, bool) {
        for i in 0..limit {
            if i + 1 < limit && self.separated(b':', i, Self::ipv4) {
                return (i + 2, true);
            }
            if !self.separated(b':', i, |p| p.number(16, 4, 0xffff, true)) {
                return (i, false);
            }
        }
        (limit, false)
    }

    fn ipv6(&mut self) -> bool {
        self.atomically(|p| {
            let (head, head_ipv4) = p.groups(8);
            if head == 8 {
                return true;
            }
            if head_ipv4 || !p.given(b':') || !p.given(b':') {
                return false;
            }
            p.groups(8 - (head + 1));
            true
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Compares both answers with std's; (whether std accepts it as IPv4, as IPv6).
    fn check(s: &str) -> (bool, bool) {
        let v4 = s.parse::<std::net::Ipv4Addr>().is_ok();
        let v6 = s.parse::<std::net::Ipv6Addr>().is_ok();
        assert_eq!(is_ipv4(s), v4, "v4 {s:?}");
        assert_eq!(is_ipv6(s), v6, "v6 {s:?}");
        (v4, v6)
    }

    #[test]
    fn hand_picked_texts_as_std() {
        for s in [
            "",
            "0.0.0.0",
            "255.255.255.255",
            "256.1.1.1",
            "01.1.1.1",
            "1.1.1",
            "1.1.1.1.",
            "1..1.1",
            "1.1.1.1 ",
            "::",
            "::1",
            "1::",
            "1:2:3:4:5:6:7:8",
            "1:2:3:4:5:6:7:8:9",
            "1:2:3:4:5:6:7::",
            "::1:2:3:4:5:6:7",
            "::1:2:3:4:5:6:7:8",
            "1::2::3",
            ":::",
            "1:::2",
            "::ffff:1.2.3.4",
            "1:2:3:4:5:6:1.2.3.4",
            "1:2:3:4:5:6:7:1.2.3.4",
            "1.2.3.4::",
            "::1.2.3.4",
            "12345::",
            "0000:0000::",
            "00000::",
            "fFfF::",
            "g::",
            ":1",
            "1:",
            "1:2",
            "::1.2.3",
            "::1.2.3.04",
            "1:2:3:4:5::1.2.3.4",
            "1:2:3:4:5:6::1.2.3.4",
            "::0.0.0.0",
            "a::b:1.2.3.4",
            "+1.2.3.4",
            "1.2.3.4:",
            "[::1]",
            "::%1",
            "1.2.3.004",
            "000.1.1.1",
            "0.00.1.1",
        ] {
            check(s);
        }
    }

    /// Texts over the grammar's alphabet, built from a seeded generator: every one answers as std.
    #[test]
    fn generated_texts_as_std() {
        const PIECES: [&str; 14] = [
            ":", "::", ".", "0", "1", "00", "255", "256", "ffff", "fffff", "a", "1.2.3.4", "0.0",
            "9",
        ];
        let mut rng = crate::test_rng::Rng(0x2545_f491_4f6c_dd1d);
        let mut next = |n: usize| rng.below(n as u64) as usize;
        let (mut v4, mut v6) = (0, 0);
        for _ in 0..200_000 {
            let len = 1 + next(12);
            let s: String = (0..len).map(|_| PIECES[next(PIECES.len())]).collect();
            let (a, b) = check(&s);
            (v4, v6) = (v4 + usize::from(a), v6 + usize::from(b));
        }
        // The generator reaches both grammars' accepted texts, not only refusals.
        assert!(
            v4 >= 50 && v6 >= 1_000,
            "{v4} IPv4 and {v6} IPv6 addresses generated"
        );
    }
}
