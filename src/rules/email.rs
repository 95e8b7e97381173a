//! Laravel 8's `email` rule (no parameters) runs egulias/EmailValidator 3's `RFCValidation`: RFC 5322
//! syntax, where only errors (not warnings) reject. This is that grammar for the forms a payment
//! form produces: dot-atom or quoted local part, one `@`, a domain of labels (no empty label, no
//! label starting or ending with `-`, at most 63 characters per label and 253 in all) or an address
//! literal. UTF-8 letters are accepted in both parts, as egulias accepts them. Comments and folding
//! white space are rejected (the server accepts a few of those; decision in docs/decisions/rules.md).

const ATEXT_SPECIALS: &str = "!#$%&'*+-/=?^_`{|}~";

/// egulias' lexer turns a non-ASCII character that is a symbol (`\p{S}`) or "other" (`\p{C}`) into
/// an INVALID token (`EmailLexer::INVALID_CHARS_REGEX`); letters, marks, numbers pass as GENERIC.
fn is_generic_utf8(c: char) -> bool {
    use super::unicode::{class_of, Class};
    !c.is_ascii() && !matches!(class_of(c), Class::Symbol | Class::Other)
}

fn is_atext(c: char) -> bool {
    c.is_ascii_alphanumeric() || crate::text::ascii_in(ATEXT_SPECIALS, c) || is_generic_utf8(c)
}

fn local_part(local: &str) -> bool {
    if local.is_empty() {
        return false;
    }
    if let Some(inner) = local.strip_prefix('"').and_then(|r| r.strip_suffix('"')) {
        let mut escaped = false;
        for c in inner.chars() {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' || c.is_control() {
                return false;
            }
        }
        return !escaped;
    }
    local
        .split('.')
        .all(|atom| !atom.is_empty() && atom.chars().all(is_atext))
}

fn domain_part(domain: &str) -> bool {
    if domain.is_empty() || domain.len() > 253 {
        return false;
    }
    if let Some(inner) = domain.strip_prefix('[').and_then(|r| r.strip_suffix(']')) {
        return super::ip::is_ipv4(inner)
            || inner.strip_prefix("IPv6:").is_some_and(super::ip::is_ipv6);
    }
    domain.split('.').all(|label| {
        !label.is_empty()
            && label.chars().count() <= 63
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label.chars().all(|c| {
                c.is_ascii_alphanumeric() || c == '-' || (is_generic_utf8(c) && !c.is_whitespace())
            })
    })
}

/// Whether `email` (no parameters) accepts `value`.
pub fn is_email(value: &str) -> bool {
    let Some((local, domain)) = value.rsplit_once('@') else {
        return false;
    };
    local_part(local) && domain_part(domain)
}

#[cfg(test)]
mod tests {
    use super::is_email;

    #[test]
    fn common_forms() {
        for ok in [
            "kari@example.com",
            "karinordmann@yopmail.com",
            "a.b+c@sub.example.no",
            "ola@localhost",
            "\"a b\"@example.com",
            "ærlig@blåbær.no",
            "a@[127.0.0.1]",
        ] {
            assert!(is_email(ok), "{ok:?} should be an email");
        }
        for bad in [
            "",
            "kari",
            "@example.com",
            "kari@",
            "ka..ri@example.com",
            ".kari@example.com",
            "kari.@example.com",
            "kari@example..com",
            "kari@-example.com",
            "kari@example.com.",
            "ka ri@example.com",
            "kari@exa mple.com",
            "a@b@c.com",
            "kari@example.com\n",
            "kari@ex_ample.com",
            "😀@example.com",
            "kari@😀.com",
            "kari@example-.com",
            " kari@example.com",
        ] {
            assert!(!is_email(bad), "{bad:?} should not be an email");
        }
    }
}
