//! Laravel 8's `url` rule: its PCRE pattern (derived from Symfony's UrlValidator 5.0.7, flags `ixu`)
//! written as a matcher over a compact Unicode class table, so the package needs no Unicode regex engine. Pieces, in the pattern's order:
//! protocol from Laravel's list, `://`, optional `user[:pass]@`, host (domain, IPv4 or `[IPv6]`),
//! optional `:port`, path segments, `?query`, `#fragment`, end (PCRE's `$` allows a final newline).

use super::unicode::{class_of, Class};

/// Laravel's protocol list, sorted (checked by a test), each name followed by one space. One text
/// rather than a `&[&str]`: the 312 string pointers of a slice were 2.5 KB of nearly incompressible
/// data in every .wasm, and the list is searched only for schemes other than http and https.
const PROTOCOLS: &str = concat!(
    "aaa aaas about acap acct acd acr adiumxtra adt afp afs aim amss android appdata apt ark ",
    "attachment aw barion beshare bitcoin bitcoincash blob bolo browserext calculator callto cap ",
    "cast casts chrome chrome-extension cid coap coap+tcp coap+ws coaps coaps+tcp coaps+ws ",
    "com-eventbrite-attendee content conti crid cvs dab data dav diaspora dict did dis ",
    "dlna-playcontainer dlna-playsingle dns dntp dpp drm drop dtn dvb ed2k elsi example facetime fax ",
    "feed feedready file filesystem finger first-run-pen-experience fish fm ftp fuchsia-pkg geo gg ",
    "git gizmoproject go gopher graph gtalk h323 ham hcap hcp http https hxxp hxxps hydrazone iax ",
    "icap icon im imap info iotdisco ipn ipp ipps irc irc6 ircs iris iris.beep iris.lwz iris.xpc ",
    "iris.xpcs isostore itms jabber jar jms keyparc lastfm ldap ldaps leaptofrogans lorawan lvlt ",
    "magnet mailserver mailto maps market message mid mms modem mongodb moz ms-access ",
    "ms-browser-extension ms-calculator ms-drive-to ms-enrollment ms-excel ms-eyecontrolspeech ",
    "ms-gamebarservices ms-gamingoverlay ms-getoffice ms-help ms-infopath ms-inputapp ",
    "ms-lockscreencomponent-config ms-media-stream-id ms-mixedrealitycapture ms-mobileplans ",
    "ms-officeapp ms-people ms-powerpoint ms-project ms-publisher ms-restoretabcompanion ",
    "ms-screenclip ms-screensketch ms-search ms-search-repair ms-secondary-screen-controller ",
    "ms-secondary-screen-setup ms-settings ms-settings-airplanemode ms-settings-bluetooth ",
    "ms-settings-camera ms-settings-cellular ms-settings-cloudstorage ms-settings-connectabledevices ",
    "ms-settings-displays-topology ms-settings-emailandaccounts ms-settings-language ",
    "ms-settings-location ms-settings-lock ms-settings-nfctransactions ms-settings-notifications ",
    "ms-settings-power ms-settings-privacy ms-settings-proximity ms-settings-screenrotation ",
    "ms-settings-wifi ms-settings-workplace ms-spd ms-sttoverlay ms-transit-to ms-useractivityset ",
    "ms-virtualtouchpad ms-visio ms-walk-to ms-whiteboard ms-whiteboard-cmd ms-word msnim msrp msrps ",
    "mss mtqp mumble mupdate mvn news nfs ni nih nntp notes ocf oid onenote onenote-cmd ",
    "opaquelocktoken openpgp4fpr pack palm paparazzi payto pkcs11 platform pop pres prospero proxy ",
    "psyc pttp pwid qb query redis rediss reload res resource rmi rsync rtmfp rtmp rtsp rtsps rtspu ",
    "s3 secondlife service session sftp sgn shttp sieve simpleledger sip sips skype smb sms smtp ",
    "snews snmp soap.beep soap.beeps soldat spiffe spotify ssh steam stun stuns submit svn tag ",
    "teamspeak tel teliaeid telnet tftp tg things thismessage tip tn3270 tool ts3server turn turns ",
    "tv udp unreal urn ut2004 v-event vemmi ventrilo videotex view-source vnc wais webcal wpid ws ",
    "wss wtai wyciwyg xcon xcon-userid xfire xmlrpc.beep xmlrpc.beeps xmpp xri ymsgr z39.50 z39.50r ",
    "z39.50s ",
);

/// Whether `scheme` (lower-case) is on Laravel's list.
fn is_protocol(scheme: &str) -> bool {
    PROTOCOLS.split_terminator(' ').any(|p| p == scheme)
}

fn is_letter(c: char) -> bool {
    class_of(c) == Class::Letter
}

fn is_number(c: char) -> bool {
    class_of(c) == Class::Number
}

fn is_symbol(c: char) -> bool {
    class_of(c) == Class::Symbol
}

fn is_ln(c: char) -> bool {
    is_letter(c) || is_number(c)
}

/// Length of a `%XX` escape at the start of `s`, if any.
fn pct(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    (b.len() >= 3 && b[0] == b'%' && b[1].is_ascii_hexdigit() && b[2].is_ascii_hexdigit())
        .then_some(3)
}

/// The ASCII members of a character set, one bit per byte value (ASCII letters and digits are
/// `\pL\pN`, plus `extra`): a URL is nearly all ASCII, and a bit test is far cheaper than the
/// class lookup. Each mask is checked against its set's predicate in the tests.
const fn ascii_set(extra: &[u8]) -> u128 {
    let mut mask = 0u128;
    let mut b = 0;
    while b < 128 {
        if (b as u8).is_ascii_alphanumeric() {
            mask |= 1 << b;
        }
        b += 1;
    }
    let mut i = 0;
    while i < extra.len() {
        mask |= 1 << extra[i];
        i += 1;
    }
    mask
}

const PATH_ASCII: u128 = ascii_set(b"-._~!$&'()*+,;=:@");
const QUERY_ASCII: u128 = ascii_set(b"-._~!$&'()*+,;=:@[]/?");
const FRAGMENT_ASCII: u128 = ascii_set(b"-._~!$&'()*+,;=:@/?");
const USERINFO_ASCII: u128 = ascii_set(b"_.-");
/// `[\pL\pN\pS\-\_\.]`: the ASCII symbols (`\pS`) are `$+<=>^`|~`.
const DOMAIN_ASCII: u128 = ascii_set(b"-_.$+<=>^`|~");

fn is_domain_char(c: char) -> bool {
    c == '-' || c == '_' || c == '.' || is_ln(c) || is_symbol(c)
}

/// Consumes `(?:[set]|%XX)*` and returns the rest. Every set of the pattern is `[\pL\pN]` plus
/// some ASCII characters, so `ascii` (see [`ascii_set`]) holds its ASCII members and any other
/// character is a member when it is a letter or number.
fn take_while_set(mut s: &str, ascii: u128) -> &str {
    loop {
        match s.as_bytes().first() {
            Some(&b) if b != b'%' && b < 128 => {
                if ascii & (1 << b) == 0 {
                    return s;
                }
                s = s.get(1..).unwrap_or_default(); // after an ASCII byte: a boundary
                continue;
            }
            _ => {}
        }
        if let Some(n) = pct(s) {
            s = s.get(n..).unwrap_or_default(); // after `%XX`: a boundary
            continue;
        }
        let mut chars = s.chars();
        match chars.next() {
            Some(c) if !c.is_ascii() && is_ln(c) => s = chars.as_str(),
            _ => return s,
        }
    }
}

/// The set as the pattern writes it (the masks and `take_while_set` are checked against it).
#[cfg(test)]
fn is_userinfo_char(c: char) -> bool {
    c == '_' || c == '.' || c == '-' || is_ln(c)
}

/// The set as the pattern writes it (the masks and `take_while_set` are checked against it).
#[cfg(test)]
fn is_path_char(c: char) -> bool {
    matches!(
        c,
        '-' | '.'
            | '_'
            | '~'
            | '!'
            | '$'
            | '&'
            | '\''
            | '('
            | ')'
            | '*'
            | '+'
            | ','
            | ';'
            | '='
            | ':'
            | '@'
    ) || is_ln(c)
}

/// A userinfo token `(?:[\_\.\pL\pN-]|%XX)+`, the whole of `s`.
fn userinfo_token(s: &str) -> bool {
    !s.is_empty() && take_while_set(s, USERINFO_ASCII).is_empty()
}

/// The domain alternative `([\pL\pN\pS\-\_\.])+(\.?([\pL\pN]|xn\-\-[\pL\pN-]+)+\.?)` on a whole host.
fn domain(host: &str) -> bool {
    let allowed = if host.is_ascii() {
        host.bytes().all(|b| DOMAIN_ASCII & (1 << b) != 0)
    } else {
        host.chars().all(is_domain_char)
    };
    if !allowed {
        return false;
    }
    let core = host.strip_suffix('.').unwrap_or(host);
    let mut from_end = core.chars().rev();
    let (last, before_last) = (from_end.next(), from_end.next());
    if host.chars().nth(1).is_none() {
        return false;
    }
    // The tail group needs at least one [\pL\pN] (or an `xn--` label) after a non-empty head.
    match last {
        Some(c) if is_ln(c) => before_last.is_some(),
        Some('-') => {
            let core: Vec<char> = core.chars().collect();
            // `xn--[\pL\pN-]+` reaching the end, with a non-empty head before it.
            let lower: Vec<char> = core.iter().map(char::to_ascii_lowercase).collect();
            (1..lower.len()).any(|start| {
                let label = lower.get(start..).and_then(|l| l.split_at_checked(4));
                label.is_some_and(|(xn, tail)| {
                    xn == ['x', 'n', '-', '-']
                        && !tail.is_empty()
                        && tail.iter().all(|&c| is_ln(c) || c == '-')
                })
            })
        }
        _ => false,
    }
}

fn host(h: &str) -> bool {
    if let Some(inner) = h.strip_prefix('[').and_then(|r| r.strip_suffix(']')) {
        return !inner.as_bytes().contains(&b'%') && super::ip::is_ipv6(inner);
    }
    domain(h)
}

/// Everything after `scheme://[userinfo@]`: host, port, path, query, fragment, end.
fn after_authority(s: &str) -> bool {
    let host_end = if s.starts_with('[') {
        match s.find(']') {
            Some(i) => i + 1,
            None => return false,
        }
    } else {
        // Bytes, not chars: the four are ASCII, which no byte of a multi-byte character is.
        s.bytes()
            .position(|b| matches!(b, b':' | b'/' | b'?' | b'#'))
            .unwrap_or(s.len())
    };
    // Cut by `split_at_checked`/`get`, never `&s[a..b]`: a slice that may panic links std's
    // `{:?}` of a char (escape_debug, the Unicode printable tables) into the .wasm.
    let Some((host_part, mut rest)) = s.split_at_checked(host_end) else {
        return false;
    };
    if !host(host_part) {
        return false;
    }
    if let Some(r) = rest.strip_prefix(':') {
        let digits = r.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return false;
        }
        rest = r.get(digits..).unwrap_or_default(); // after ASCII digits: a boundary
    }
    while let Some(r) = rest.strip_prefix('/') {
        rest = take_while_set(r, PATH_ASCII);
    }
    if let Some(r) = rest.strip_prefix('?') {
        rest = take_while_set(r, QUERY_ASCII);
    }
    if let Some(r) = rest.strip_prefix('#') {
        rest = take_while_set(r, FRAGMENT_ASCII);
    }
    rest.is_empty()
}

/// Whether Laravel 8's `url` rule accepts `value`.
pub fn is_url(value: &str) -> bool {
    let value = value.strip_suffix('\n').unwrap_or(value);
    // `split_once("://")` without the substring searcher: when the first `:` does not start
    // `://`, a later `://` would leave a `:` in the scheme, which no protocol has.
    let Some((scheme, after)) = value.split_once(':') else {
        return false;
    };
    let Some(rest) = after.strip_prefix("//") else {
        return false;
    };
    // http and https (nearly every URL) without lower-casing a copy for the search.
    let common = scheme.eq_ignore_ascii_case("https") || scheme.eq_ignore_ascii_case("http");
    if !common && !is_protocol(&scheme.to_ascii_lowercase()) {
        return false;
    }
    // With `user[:pass]@`, then without it (the regex backtracks the same way).
    if let Some((info, after_at)) = rest.split_once('@') {
        let ok = match info.split_once(':') {
            Some((u, p)) => userinfo_token(u) && userinfo_token(p),
            None => userinfo_token(info),
        };
        if ok && after_authority(after_at) {
            return true;
        }
    }
    after_authority(rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each ASCII mask holds exactly the ASCII characters of its set's predicate (`%` is never in a
    /// set: it only starts an escape).
    #[test]
    fn ascii_masks_match_the_sets() {
        let query = |c| is_path_char(c) || "[]/?".contains(c);
        let fragment = |c| is_path_char(c) || "/?".contains(c);
        let sets: [(u128, &dyn Fn(char) -> bool); 5] = [
            (DOMAIN_ASCII, &is_domain_char),
            (PATH_ASCII, &is_path_char),
            (QUERY_ASCII, &query),
            (FRAGMENT_ASCII, &fragment),
            (USERINFO_ASCII, &is_userinfo_char),
        ];
        for (mask, set) in sets {
            for b in 0u8..128 {
                assert_eq!(mask & (1 << b) != 0, set(b as char), "{:?}", b as char);
            }
            // Beyond ASCII, every set is `[\pL\pN]`, as `take_while_set` reads it.
            for c in [
                'é', 'ß', '٣', '²', '€', '\u{a0}', '中', '😀', '\u{301}', '\u{200b}',
            ] {
                assert_eq!(
                    set(c),
                    is_ln(c) || (mask == DOMAIN_ASCII && is_symbol(c)),
                    "{c:?}"
                );
            }
        }
    }

    #[test]
    fn protocol_list_is_sorted_and_complete() {
        let list: Vec<&str> = PROTOCOLS.split_terminator(' ').collect();
        assert!(list.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(list.len(), 312, "Laravel 8.83 lists 312 protocols");
        assert!(PROTOCOLS.ends_with(' ') && !PROTOCOLS.contains("  "));
        assert!(
            !is_protocol(""),
            "the list's final space is no empty protocol"
        );
        assert!(is_protocol("z39.50s") && is_protocol("aaa") && !is_protocol("aa"));
    }

    #[test]
    fn accepts_and_rejects_like_laravel() {
        for ok in [
            "https://www.frontpayment.no/your-callback-url.com/callback",
            "https://wp.frontpayment.no/?order_identifier=rRbl1FWZG59o&order_status=success",
            "http://user:pw@host.no:8080/a/b?c=d#e",
            "HTTP://EXAMPLE.COM",
            "https://ex.com\n",
            "https://blåbær.no/sti",
            "http://[::1]:80/",
            "http://xn--bcher-kva.example",
            "https://a..b",
            "http://999.1.1.1",
            "https://a.no/x://y",
            "FTP://files.example.no/a",
            "aaa://host.no",
            "z39.50s://host.no",
            "ms-settings-wifi://host.no",
        ] {
            assert!(is_url(ok), "{ok:?} should be a url");
        }
        for bad in [
            "",
            "frontpayment.no",
            "https://",
            "https://a",
            "https://ex ample.com",
            "javascript://x y",
            "https://ex.com:port",
            "https://ex.com/%zz",
            "foo://bar.com",
            "http://a.b\n\n",
            "http://a-b.c-",
            "https://ex.com/a b",
            "a:b://c.no",
            "https:/x.no://y.no",
            "://host.no",
            "aa://host.no",
            "z39.50s ://host.no",
            "ftp ftp://host.no",
        ] {
            assert!(!is_url(bad), "{bad:?} should not be a url");
        }
    }
}
