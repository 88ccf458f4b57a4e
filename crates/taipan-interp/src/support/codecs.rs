//! `str.encode` / `bytes.decode` for the codecs a Rust `String` can represent exactly
//! (utf-8, ascii, latin-1) with CPython 3.11's error handlers and exact
//! UnicodeEncodeError / UnicodeDecodeError messages (Objects/unicodeobject.c).

use super::{SResult, SupportError};

/// A codec supported here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Codec {
    /// UTF-8.
    Utf8,
    /// 7-bit ASCII.
    Ascii,
    /// ISO-8859-1.
    Latin1,
}

impl Codec {
    /// The name CPython uses in error messages.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }
}

/// Looks an encoding name up like `codecs.lookup` (case-insensitive, `-`/`_`/space
/// equivalent, common aliases); `LookupError: unknown encoding: X` otherwise.
pub fn lookup(encoding: &str) -> SResult<Codec> {
    let norm: String = encoding
        .trim()
        .chars()
        .map(|c| match c {
            '-' | ' ' => '_',
            c => c.to_ascii_lowercase(),
        })
        .collect();
    match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Ok(Codec::Utf8),
        "ascii" | "us_ascii" | "us" | "646" | "ansi_x3.4_1968" | "ansi_x3_4_1968"
        | "ansi_x3.4_1986" | "cp367" | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991"
        | "iso_ir_6" => Ok(Codec::Ascii),
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819"
        | "iso_ir_100" | "csisolatin1" | "ibm819" | "iso_8859_1_1987" => Ok(Codec::Latin1),
        _ => Err(SupportError::new(
            "LookupError",
            format!("unknown encoding: {}", encoding),
        )),
    }
}

fn unknown_handler(errors: &str) -> SupportError {
    SupportError::new(
        "LookupError",
        format!("unknown error handler name '{}'", errors),
    )
}

fn escape_char(c: char) -> String {
    let v = c as u32;
    if v <= 0xff {
        format!("\\x{:02x}", v)
    } else if v <= 0xffff {
        format!("\\u{:04x}", v)
    } else {
        format!("\\U{:08x}", v)
    }
}

/// `s.encode(encoding, errors)`.
pub fn encode(s: &str, encoding: &str, errors: &str) -> SResult<Vec<u8>> {
    let codec = lookup(encoding)?;
    let limit: u32 = match codec {
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i;
        while end < chars.len() && chars[end] as u32 >= limit {
            end += 1;
        }
        match errors {
            "strict" => {
                let reason = format!("ordinal not in range({})", limit);
                let msg = if end == start + 1 {
                    format!(
                        "'{}' codec can't encode character '{}' in position {}: {}",
                        codec.name(),
                        escape_char(c),
                        start,
                        reason
                    )
                } else {
                    format!(
                        "'{}' codec can't encode characters in position {}-{}: {}",
                        codec.name(),
                        start,
                        end - 1,
                        reason
                    )
                };
                return Err(SupportError::new("UnicodeEncodeError", msg));
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', end - start)),
            "backslashreplace" => {
                for &c in &chars[start..end] {
                    out.extend_from_slice(escape_char(c).as_bytes());
                }
            }
            "xmlcharrefreplace" => {
                for &c in &chars[start..end] {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
            "namereplace" | "surrogateescape" | "surrogatepass" => {
                return Err(SupportError::new(
                    "NotImplementedError",
                    format!("error handler '{}' is not supported", errors),
                ));
            }
            other => return Err(unknown_handler(other)),
        }
        i = end;
    }
    Ok(out)
}

/// One undecodable range `[start, end)` and CPython's reason.
struct DecodeErr {
    start: usize,
    end: usize,
    reason: &'static str,
}

/// Scans one UTF-8 sequence at `b[i]`: `Ok(len)` for a valid character, or the
/// error range exactly as CPython's decoder reports it.
fn utf8_step(b: &[u8], i: usize) -> Result<usize, DecodeErr> {
    let ch = b[i];
    let n = b.len();
    let err = |len: usize, reason| DecodeErr {
        start: i,
        end: i + len,
        reason,
    };
    let cont = |x: u8| (0x80..=0xbf).contains(&x);
    if ch < 0x80 {
        return Ok(1);
    }
    if !(0xc2..=0xf4).contains(&ch) {
        return Err(err(1, "invalid start byte"));
    }
    let (len, lo, hi) = match ch {
        0xc2..=0xdf => (2, 0x80, 0xbf),
        0xe0 => (3, 0xa0, 0xbf),
        0xed => (3, 0x80, 0x9f),
        0xe1..=0xef => (3, 0x80, 0xbf),
        0xf0 => (4, 0x90, 0xbf),
        0xf4 => (4, 0x80, 0x8f),
        _ => (4, 0x80, 0xbf),
    };
    for k in 1..len {
        if i + k >= n {
            return Err(DecodeErr {
                start: i,
                end: n,
                reason: "unexpected end of data",
            });
        }
        let x = b[i + k];
        let ok = if k == 1 {
            (lo..=hi).contains(&x)
        } else {
            cont(x)
        };
        if !ok {
            return Err(err(k, "invalid continuation byte"));
        }
    }
    Ok(len)
}

/// `b.decode(encoding, errors)`.
pub fn decode(b: &[u8], encoding: &str, errors: &str) -> SResult<String> {
    let codec = lookup(encoding)?;
    let mut out = String::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let step = match codec {
            Codec::Latin1 => {
                out.push(char::from(b[i]));
                i += 1;
                continue;
            }
            Codec::Ascii => {
                if b[i] < 0x80 {
                    Ok(1)
                } else {
                    Err(DecodeErr {
                        start: i,
                        end: i + 1,
                        reason: "ordinal not in range(128)",
                    })
                }
            }
            Codec::Utf8 => utf8_step(b, i),
        };
        match step {
            Ok(len) => {
                // The bytes were validated above, so this slice is UTF-8.
                out.push_str(std::str::from_utf8(&b[i..i + len]).unwrap_or("\u{fffd}"));
                i += len;
            }
            Err(e) => {
                match errors {
                    "strict" => {
                        let msg = if e.end == e.start + 1 {
                            format!(
                                "'{}' codec can't decode byte 0x{:02x} in position {}: {}",
                                codec.name(),
                                b[e.start],
                                e.start,
                                e.reason
                            )
                        } else {
                            format!(
                                "'{}' codec can't decode bytes in position {}-{}: {}",
                                codec.name(),
                                e.start,
                                e.end - 1,
                                e.reason
                            )
                        };
                        return Err(SupportError::new("UnicodeDecodeError", msg));
                    }
                    "ignore" => {}
                    "replace" => out.push('\u{fffd}'),
                    "backslashreplace" => {
                        for &x in &b[e.start..e.end] {
                            out.push_str(&format!("\\x{:02x}", x));
                        }
                    }
                    "surrogateescape" | "surrogatepass" => {
                        return Err(SupportError::new(
                            "NotImplementedError",
                            format!("error handler '{}' is not supported", errors),
                        ));
                    }
                    other => return Err(unknown_handler(other)),
                }
                i = e.end;
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(b: &[u8], enc: &str, err: &str) -> String {
        match decode(b, enc, err) {
            Ok(s) => s,
            Err(e) => format!("{}: {}", e.kind, e.msg),
        }
    }

    fn e(s: &str, enc: &str, err: &str) -> Vec<u8> {
        match encode(s, enc, err) {
            Ok(b) => b,
            Err(e) => format!("{}: {}", e.kind, e.msg).into_bytes(),
        }
    }

    // Expected values from CPython 3.11.7.
    #[test]
    fn utf8_decode_errors() {
        let cases: &[(&[u8], &str, &str, &str, &str)] = &[
            (b"\xff", "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", "\u{fffd}", "\\xff", ""),
            (b"\xc0\x80", "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte", "\u{fffd}\u{fffd}", "\\xc0\\x80", ""),
            (b"\xc2", "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xc2 in position 0: unexpected end of data", "\u{fffd}", "\\xc2", ""),
            (b"\xc2x", "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xc2 in position 0: invalid continuation byte", "\u{fffd}x", "\\xc2x", "x"),
            (b"\xe2\x82", "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data", "\u{fffd}", "\\xe2\\x82", ""),
            (b"\xe2\x82x", "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte", "\u{fffd}x", "\\xe2\\x82x", "x"),
            (b"\xe0\x80\x80", "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe0 in position 0: invalid continuation byte", "\u{fffd}\u{fffd}\u{fffd}", "\\xe0\\x80\\x80", ""),
            (b"\xed\xa0\x80", "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte", "\u{fffd}\u{fffd}\u{fffd}", "\\xed\\xa0\\x80", ""),
            (b"\xf0\x90\x80", "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-2: unexpected end of data", "\u{fffd}", "\\xf0\\x90\\x80", ""),
            (b"\xf4\x90\x80\x80", "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xf4 in position 0: invalid continuation byte", "\u{fffd}\u{fffd}\u{fffd}\u{fffd}", "\\xf4\\x90\\x80\\x80", ""),
            (b"\xf5", "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xf5 in position 0: invalid start byte", "\u{fffd}", "\\xf5", ""),
            (b"a\xffb\xe2\x82", "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte", "a\u{fffd}b\u{fffd}", "a\\xffb\\xe2\\x82", "ab"),
            (b"\xf0\x9f\x98\x80", "\u{1f600}", "\u{1f600}", "\u{1f600}", "\u{1f600}"),
        ];
        for (b, strict, replace, bsr, ignore) in cases {
            assert_eq!(d(b, "utf-8", "strict"), *strict);
            assert_eq!(d(b, "utf-8", "replace"), *replace);
            assert_eq!(d(b, "utf-8", "backslashreplace"), *bsr);
            assert_eq!(d(b, "utf-8", "ignore"), *ignore);
        }
    }

    /// 1,500 random byte strings decoded by CPython 3.11.7 (`gen_codecs_cases.py`);
    /// results are compared through `ascii()` of the text.
    #[test]
    fn random_utf8_cases() {
        let data = include_str!("testdata/codecs_cases.txt");
        let show = |r: SResult<String>| match r {
            Ok(s) => crate::support::strings::ascii_str(&s),
            Err(e) => format!("!{}", e.msg),
        };
        let mut n = 0;
        for line in data.lines() {
            let f: Vec<&str> = line.split('\t').collect();
            let b: Vec<u8> = (0..f[0].len() / 2)
                .map(|k| u8::from_str_radix(&f[0][2 * k..2 * k + 2], 16).unwrap())
                .collect();
            assert_eq!(show(decode(&b, "utf-8", "strict")), f[1], "{}", f[0]);
            assert_eq!(show(decode(&b, "utf-8", "replace")), f[2], "{}", f[0]);
            assert_eq!(
                show(decode(&b, "utf-8", "backslashreplace")),
                f[3],
                "{}",
                f[0]
            );
            n += 1;
        }
        assert!(n >= 1500);
    }

    #[test]
    fn other_codecs() {
        assert_eq!(
            d(b"a\xff", "ascii", "strict"),
            "UnicodeDecodeError: 'ascii' codec can't decode byte 0xff in position 1: ordinal not in range(128)"
        );
        assert_eq!(d(b"\xe9", "latin1", "strict"), "\u{e9}");
        assert_eq!(d(b"abc", "ascii", "bogus"), "abc");
        assert_eq!(
            d(b"\xff", "ascii", "bogus"),
            "LookupError: unknown error handler name 'bogus'"
        );
        assert_eq!(
            d(b"a", "xyz", "strict"),
            "LookupError: unknown encoding: xyz"
        );
        assert_eq!(
            e("\u{e9}", "ascii", "strict"),
            b"UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)".to_vec()
        );
        assert_eq!(
            e("\u{e9}\u{e0}", "ascii", "strict"),
            b"UnicodeEncodeError: 'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)".to_vec()
        );
        assert_eq!(
            e("a\u{e9}\u{1234}b", "ascii", "xmlcharrefreplace"),
            b"a&#233;&#4660;b".to_vec()
        );
        assert_eq!(
            e("\u{e9}\u{1f600}", "ascii", "backslashreplace"),
            b"\\xe9\\U0001f600".to_vec()
        );
        assert_eq!(e("\u{e9}", "latin-1", "strict"), b"\xe9".to_vec());
        assert_eq!(
            e("\u{1234}", "latin-1", "strict"),
            b"UnicodeEncodeError: 'latin-1' codec can't encode character '\\u1234' in position 0: ordinal not in range(256)".to_vec()
        );
        assert_eq!(
            e("x", "xyz", "strict"),
            b"LookupError: unknown encoding: xyz".to_vec()
        );
        assert_eq!(e("x", "ascii", "bogus"), b"x".to_vec());
        assert_eq!(
            e("\u{e9}", "ascii", "bogus"),
            b"LookupError: unknown error handler name 'bogus'".to_vec()
        );
        assert_eq!(e("\u{e9}", "UTF8", "strict"), b"\xc3\xa9".to_vec());
        assert_eq!(e("\u{e9}", "ascii", "replace"), b"?".to_vec());
    }
}
