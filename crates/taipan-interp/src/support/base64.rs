//! `base64.b64encode` / `b64decode` (and the urlsafe forms through `altchars`) on top of
//! CPython 3.11's `binascii.b2a_base64` / `a2b_base64`, including the lenient decoder
//! that skips non-alphabet bytes, `strict_mode` (`validate=True`) and the exact
//! `binascii.Error` messages.

use super::{SResult, SupportError};

/// The exception kind used for `binascii.Error` (a `ValueError` subclass).
pub const BINASCII_ERROR: &str = "binascii.Error";

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn err(msg: impl Into<String>) -> SupportError {
    SupportError::new(BINASCII_ERROR, msg)
}

/// `base64.b64encode(data, altchars)` (no trailing newline).
pub fn b64encode(data: &[u8], altchars: Option<[u8; 2]>) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4);
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(ALPHABET[((n >> (18 - 6 * k)) & 63) as usize]);
            } else {
                out.push(b'=');
            }
        }
    }
    if let Some([a, b]) = altchars {
        for c in out.iter_mut() {
            if *c == b'+' {
                *c = a;
            } else if *c == b'/' {
                *c = b;
            }
        }
    }
    out
}

fn value(c: u8) -> Option<u8> {
    match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    }
}

/// `binascii.a2b_base64(data, strict_mode=strict)`.
pub fn a2b_base64(data: &[u8], strict: bool) -> SResult<Vec<u8>> {
    let mut out = Vec::with_capacity(data.len() / 4 * 3);
    let mut quad_pos = 0;
    let mut leftchar: u32 = 0;
    let mut pads = 0;
    let mut padding_started = false;
    if strict && data.first() == Some(&b'=') {
        return Err(err("Leading padding not allowed"));
    }
    for (i, &c) in data.iter().enumerate() {
        if c == b'=' {
            padding_started = true;
            if strict && quad_pos == 0 {
                return Err(err("Excess padding not allowed"));
            }
            if quad_pos >= 2 {
                pads += 1;
                if quad_pos + pads >= 4 {
                    if strict && i + 1 < data.len() {
                        return Err(err("Excess data after padding"));
                    }
                    return Ok(out);
                }
            }
            continue;
        }
        let Some(v) = value(c) else {
            if strict {
                return Err(err("Only base64 data is allowed"));
            }
            continue;
        };
        if strict && padding_started {
            return Err(err("Discontinuous padding not allowed"));
        }
        pads = 0;
        let v = u32::from(v);
        match quad_pos {
            0 => {
                quad_pos = 1;
                leftchar = v;
            }
            1 => {
                quad_pos = 2;
                out.push(((leftchar << 2) | (v >> 4)) as u8);
                leftchar = v & 0x0f;
            }
            2 => {
                quad_pos = 3;
                out.push(((leftchar << 4) | (v >> 2)) as u8);
                leftchar = v & 0x03;
            }
            _ => {
                quad_pos = 0;
                out.push(((leftchar << 6) | v) as u8);
                leftchar = 0;
            }
        }
    }
    match quad_pos {
        0 => Ok(out),
        1 => Err(err(format!(
            "Invalid base64-encoded string: number of data characters ({}) cannot be 1 more \
             than a multiple of 4",
            out.len() / 3 * 4 + 1
        ))),
        _ => Err(err("Incorrect padding")),
    }
}

/// `base64.b64decode(s, altchars, validate)` for bytes input (str input must be ASCII:
/// the caller raises `ValueError: string argument should contain only ASCII characters`).
pub fn b64decode(data: &[u8], altchars: Option<[u8; 2]>, validate: bool) -> SResult<Vec<u8>> {
    let translated: Vec<u8>;
    let data = match altchars {
        Some([a, b]) => {
            translated = data
                .iter()
                .map(|&c| {
                    if c == a {
                        b'+'
                    } else if c == b {
                        b'/'
                    } else {
                        c
                    }
                })
                .collect();
            &translated[..]
        }
        None => data,
    };
    a2b_base64(data, validate)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[allow(clippy::type_complexity)]
    fn decode_like_cpython() {
        // (input, b64decode, b64decode(validate=True), urlsafe_b64decode) from CPython 3.11.7
        let cases: Vec<(&[u8], Result<Vec<u8>, &str>, Result<Vec<u8>, &str>, Result<Vec<u8>, &str>)> = vec![
            (b"", Ok(b"".to_vec()), Ok(b"".to_vec()), Ok(b"".to_vec())),
            (b"\x59\x51\x3d\x3d", Ok(b"\x61".to_vec()), Ok(b"\x61".to_vec()), Ok(b"\x61".to_vec())),
            (b"\x59\x51", Err("Incorrect padding"), Err("Incorrect padding"), Err("Incorrect padding")),
            (b"\x59\x57\x4a\x6a", Ok(b"\x61\x62\x63".to_vec()), Ok(b"\x61\x62\x63".to_vec()), Ok(b"\x61\x62\x63".to_vec())),
            (b"\x59", Err("Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4"), Err("Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4"), Err("Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4")),
            (b"\x59\x57\x4a\x6a\x5a\x41\x3d", Err("Incorrect padding"), Err("Incorrect padding"), Err("Incorrect padding")),
            (b"\x59\x57\x20\x4a\x6a\x0a", Ok(b"\x61\x62\x63".to_vec()), Err("Only base64 data is allowed"), Ok(b"\x61\x62\x63".to_vec())),
            (b"\x59\x51\x3d\x3d\x59\x51\x3d\x3d", Ok(b"\x61".to_vec()), Err("Excess data after padding"), Ok(b"\x61".to_vec())),
            (b"\x3d\x59\x51\x3d\x3d", Ok(b"\x61".to_vec()), Err("Leading padding not allowed"), Ok(b"\x61".to_vec())),
            (b"\x59\x51\x3d", Err("Incorrect padding"), Err("Incorrect padding"), Err("Incorrect padding")),
            (b"\x59\x51\x3d\x3d\x3d", Ok(b"\x61".to_vec()), Err("Excess data after padding"), Ok(b"\x61".to_vec())),
            (b"\x59\x3d\x51\x3d", Err("Incorrect padding"), Err("Discontinuous padding not allowed"), Err("Incorrect padding")),
            (b"\x59\x57\x4a\x3f\x6a\x5a\x41\x3d\x3d", Ok(b"\x61\x62\x63\x64".to_vec()), Err("Only base64 data is allowed"), Ok(b"\x61\x62\x63\x64".to_vec())),
            (b"\x59\x57\x4a\x6a\x5a", Err("Invalid base64-encoded string: number of data characters (5) cannot be 1 more than a multiple of 4"), Err("Invalid base64-encoded string: number of data characters (5) cannot be 1 more than a multiple of 4"), Err("Invalid base64-encoded string: number of data characters (5) cannot be 1 more than a multiple of 4")),
            (b"\x2d\x5f\x38\x3d", Err("Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4"), Err("Only base64 data is allowed"), Ok(b"\xfb\xff".to_vec())),
            (b"\x2b\x2f\x38\x3d", Ok(b"\xfb\xff".to_vec()), Ok(b"\xfb\xff".to_vec()), Ok(b"\xfb\xff".to_vec())),
            (b"\x0a\x3d\x61", Err("Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4"), Err("Only base64 data is allowed"), Err("Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4")),
            (b"\x0a\x2f\x20\x0a\x42", Err("Incorrect padding"), Err("Only base64 data is allowed"), Err("Incorrect padding")),
            (b"\x41\x2f\x30\x3d\x62\x62\x2d\x2f\x3d", Ok(b"\x03\xfd".to_vec()), Err("Excess data after padding"), Ok(b"\x03\xfd".to_vec())),
            (b"\x2f\x2b\x20\x61\x62\x20\x61\x3d", Err("Invalid base64-encoded string: number of data characters (5) cannot be 1 more than a multiple of 4"), Err("Only base64 data is allowed"), Err("Invalid base64-encoded string: number of data characters (5) cannot be 1 more than a multiple of 4")),
            (b"\x2d\x41\x20\x5f\x42\x61", Err("Incorrect padding"), Err("Only base64 data is allowed"), Err("Invalid base64-encoded string: number of data characters (5) cannot be 1 more than a multiple of 4")),
            (b"\x41\x30\x5f\x41\x30\x2f\x0a\x2d\x2b", Err("Incorrect padding"), Err("Only base64 data is allowed"), Ok(b"\x03\x4f\xc0\xd3\xff\xbe".to_vec())),
            (b"\x5f\x2b\x2b\x2d\x5f\x0a\x2f\x61\x31\x42\x41", Err("Incorrect padding"), Err("Only base64 data is allowed"), Err("Incorrect padding")),
            (b"\x2f\x62", Err("Incorrect padding"), Err("Incorrect padding"), Err("Incorrect padding")),
            (b"\x20\x2b\x5f\x20", Err("Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4"), Err("Only base64 data is allowed"), Err("Incorrect padding")),
            (b"\x2b\x3d\x2b\x0a", Err("Incorrect padding"), Err("Discontinuous padding not allowed"), Err("Incorrect padding")),
            (b"\x3d\x0a\x2b\x0a\x62", Err("Incorrect padding"), Err("Leading padding not allowed"), Err("Incorrect padding")),
            (b"\x20\x41\x30\x0a\x20", Err("Incorrect padding"), Err("Only base64 data is allowed"), Err("Incorrect padding")),
            (b"\x61\x2d\x31\x3d\x0a\x0a\x42\x2d\x20\x62\x20", Ok(b"\x6b\x50\x5b".to_vec()), Err("Only base64 data is allowed"), Ok(b"\x6b\xed".to_vec())),
            (b"\x30\x30\x42\x42\x2f\x20\x2f\x42\x31", Ok(b"\xd3\x40\x41\xff\xf0\x75".to_vec()), Err("Only base64 data is allowed"), Ok(b"\xd3\x40\x41\xff\xf0\x75".to_vec())),
            (b"\x2b", Err("Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4"), Err("Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4"), Err("Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4")),
            (b"\x41\x30", Err("Incorrect padding"), Err("Incorrect padding"), Err("Incorrect padding")),
            (b"\x5f\x2b\x42\x41\x0a\x0a", Err("Incorrect padding"), Err("Only base64 data is allowed"), Ok(b"\xff\xe0\x40".to_vec())),
            (b"", Ok(b"".to_vec()), Ok(b"".to_vec()), Ok(b"".to_vec())),
            (b"\x2d\x0a\x31\x3d\x30\x3d", Err("Incorrect padding"), Err("Only base64 data is allowed"), Ok(b"\xfb\x5d".to_vec())),
            (b"\x41\x30\x41", Err("Incorrect padding"), Err("Incorrect padding"), Err("Incorrect padding")),
            (b"\x42", Err("Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4"), Err("Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4"), Err("Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4")),
            (b"\x3d\x41\x62\x2b\x30\x0a\x30\x61\x2d", Err("Incorrect padding"), Err("Leading padding not allowed"), Err("Incorrect padding")),
            (b"", Ok(b"".to_vec()), Ok(b"".to_vec()), Ok(b"".to_vec())),
            (b"\x31\x31\x61\x2b\x2b", Err("Invalid base64-encoded string: number of data characters (5) cannot be 1 more than a multiple of 4"), Err("Invalid base64-encoded string: number of data characters (5) cannot be 1 more than a multiple of 4"), Err("Invalid base64-encoded string: number of data characters (5) cannot be 1 more than a multiple of 4")),
            (b"\x3d\x2b\x20\x0a\x20\x3d\x42", Err("Incorrect padding"), Err("Leading padding not allowed"), Err("Incorrect padding")),
            (b"\x5f\x3d\x30\x2b\x20\x2d\x2d\x62\x30", Ok(b"\xd3\xe6\xf4".to_vec()), Err("Only base64 data is allowed"), Err("Incorrect padding")),
            (b"\x30\x3d\x30\x3d\x31\x41", Ok(b"\xd3\x4d\x40".to_vec()), Err("Discontinuous padding not allowed"), Ok(b"\xd3\x4d\x40".to_vec())),
            (b"\x0a\x31\x41\x2b\x0a\x0a", Err("Incorrect padding"), Err("Only base64 data is allowed"), Err("Incorrect padding")),
            (b"\x61\x41\x20\x20\x31\x2f\x31\x20\x31\x0a", Err("Incorrect padding"), Err("Only base64 data is allowed"), Err("Incorrect padding")),
            (b"\x30\x2d\x2f\x41\x0a\x41\x20\x41\x31\x30\x20", Err("Incorrect padding"), Err("Only base64 data is allowed"), Ok(b"\xd3\xef\xc0\x00\x0d\x74".to_vec())),
            (b"\x30\x0a\x0a\x31\x61\x31\x61", Err("Invalid base64-encoded string: number of data characters (5) cannot be 1 more than a multiple of 4"), Err("Only base64 data is allowed"), Err("Invalid base64-encoded string: number of data characters (5) cannot be 1 more than a multiple of 4")),
            (b"\x5f\x31\x0a\x30\x30", Err("Incorrect padding"), Err("Only base64 data is allowed"), Ok(b"\xff\x5d\x34".to_vec())),
            (b"\x42\x5f\x41\x0a\x20\x2d", Err("Incorrect padding"), Err("Only base64 data is allowed"), Ok(b"\x07\xf0\x3e".to_vec())),
            (b"\x30\x3d", Err("Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4"), Err("Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4"), Err("Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4")),
            (b"\x20\x5f\x30", Err("Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4"), Err("Only base64 data is allowed"), Err("Incorrect padding")),
            (b"\x31\x61\x20", Err("Incorrect padding"), Err("Only base64 data is allowed"), Err("Incorrect padding")),
            (b"\x20\x2d\x42\x42\x0a\x31", Err("Incorrect padding"), Err("Only base64 data is allowed"), Ok(b"\xf8\x10\x75".to_vec())),
            (b"\x20\x62\x2f\x5f\x61", Err("Incorrect padding"), Err("Only base64 data is allowed"), Ok(b"\x6f\xff\xda".to_vec())),
            (b"\x31", Err("Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4"), Err("Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4"), Err("Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4")),
            (b"\x20\x62\x0a\x2f\x30\x62\x5f\x42\x41\x3d\x62", Err("Incorrect padding"), Err("Only base64 data is allowed"), Ok(b"\x6f\xfd\x1b\xfc\x10".to_vec())),
            (b"\x5f\x0a\x61\x30\x31", Err("Incorrect padding"), Err("Only base64 data is allowed"), Ok(b"\xfd\xad\x35".to_vec())),
            (b"\x42\x5f\x0a\x31\x0a\x61\x2b\x30\x3d\x5f", Err("Invalid base64-encoded string: number of data characters (5) cannot be 1 more than a multiple of 4"), Err("Only base64 data is allowed"), Err("Incorrect padding")),
            (b"\x2f\x31\x20\x2b", Err("Incorrect padding"), Err("Only base64 data is allowed"), Err("Incorrect padding")),
            (b"\x2b\x0a\x2b\x41", Err("Incorrect padding"), Err("Only base64 data is allowed"), Err("Incorrect padding")),
            (b"\x61\x62\x41\x2f\x0a\x3d", Ok(b"\x69\xb0\x3f".to_vec()), Err("Only base64 data is allowed"), Ok(b"\x69\xb0\x3f".to_vec())),
            (b"\x3d\x2d\x62\x41\x2d\x2f", Err("Incorrect padding"), Err("Leading padding not allowed"), Err("Invalid base64-encoded string: number of data characters (5) cannot be 1 more than a multiple of 4")),
            (b"\x2d\x3d\x30\x3d\x31\x62\x42\x0a\x30\x42", Err("Incorrect padding"), Err("Only base64 data is allowed"), Err("Incorrect padding")),
            (b"\x41\x41\x5f", Err("Incorrect padding"), Err("Only base64 data is allowed"), Err("Incorrect padding")),
            (b"\x3d\x62\x2b\x0a\x41\x41\x2f\x2d\x42\x61\x3d", Ok(b"\x6f\xe0\x00\xfc\x16".to_vec()), Err("Leading padding not allowed"), Ok(b"\x6f\xe0\x00\xff\xe0\x5a".to_vec())),
            (b"\x62\x20\x41\x3d", Err("Incorrect padding"), Err("Only base64 data is allowed"), Err("Incorrect padding")),
            (b"\x2b\x41\x0a\x42\x31\x61\x30\x3d", Err("Incorrect padding"), Err("Only base64 data is allowed"), Err("Incorrect padding")),
            (b"\x5f\x5f\x41\x31\x62\x62\x42", Err("Invalid base64-encoded string: number of data characters (5) cannot be 1 more than a multiple of 4"), Err("Only base64 data is allowed"), Err("Incorrect padding")),
            (b"\x42\x61\x62\x5f\x30\x5f\x61\x41", Err("Incorrect padding"), Err("Only base64 data is allowed"), Ok(b"\x05\xa6\xff\xd3\xf6\x80".to_vec())),
            (b"\x20\x0a\x2b\x41\x5f\x30\x62", Ok(b"\xf8\x0d\x1b".to_vec()), Err("Only base64 data is allowed"), Err("Invalid base64-encoded string: number of data characters (5) cannot be 1 more than a multiple of 4")),
            (b"\x0a\x3d\x3d\x2b", Err("Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4"), Err("Only base64 data is allowed"), Err("Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4")),
            (b"", Ok(b"".to_vec()), Ok(b"".to_vec()), Ok(b"".to_vec())),
            (b"\x31\x5f\x41\x41\x5f\x61\x41", Err("Invalid base64-encoded string: number of data characters (5) cannot be 1 more than a multiple of 4"), Err("Only base64 data is allowed"), Err("Incorrect padding")),
            (b"\x41", Err("Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4"), Err("Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4"), Err("Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4")),
            (b"\x2f", Err("Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4"), Err("Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4"), Err("Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4")),
            (b"", Ok(b"".to_vec()), Ok(b"".to_vec()), Ok(b"".to_vec())),
        ];
        for (input, lenient, strict, url) in cases {
            let m = |r: SResult<Vec<u8>>| r.map_err(|e| e.msg);
            let s = |r: Result<Vec<u8>, &str>| r.map_err(str::to_string);
            assert_eq!(m(b64decode(input, None, false)), s(lenient), "{:?}", input);
            assert_eq!(m(b64decode(input, None, true)), s(strict), "{:?}", input);
            assert_eq!(
                m(b64decode(input, Some(*b"-_"), false)),
                s(url),
                "{:?}",
                input
            );
        }
    }

    #[test]
    fn encode_like_cpython() {
        // (data, b64encode, urlsafe_b64encode) from CPython 3.11.7
        let cases: Vec<(&[u8], &[u8], &[u8])> = vec![
            (b"\xfa\xa1", b"\x2b\x71\x45\x3d", b"\x2d\x71\x45\x3d"),
            (b"\xa1\x24\xb3\xc5\xc7", b"\x6f\x53\x53\x7a\x78\x63\x63\x3d", b"\x6f\x53\x53\x7a\x78\x63\x63\x3d"),
            (b"\x9b\xb8\x87\x61\xa8\xdb\x3f\x41\x01\xc2\x28\x5b\x15\xbf\xeb\xc2\x16\xdc", b"\x6d\x37\x69\x48\x59\x61\x6a\x62\x50\x30\x45\x42\x77\x69\x68\x62\x46\x62\x2f\x72\x77\x68\x62\x63", b"\x6d\x37\x69\x48\x59\x61\x6a\x62\x50\x30\x45\x42\x77\x69\x68\x62\x46\x62\x5f\x72\x77\x68\x62\x63"),
            (b"\xbe", b"\x76\x67\x3d\x3d", b"\x76\x67\x3d\x3d"),
            (b"\xa1\xd7\xd6\xeb\x09\x7d\x6f\x8a\x24\xd9\x72\xda\x42\x0e\xa6", b"\x6f\x64\x66\x57\x36\x77\x6c\x39\x62\x34\x6f\x6b\x32\x58\x4c\x61\x51\x67\x36\x6d", b"\x6f\x64\x66\x57\x36\x77\x6c\x39\x62\x34\x6f\x6b\x32\x58\x4c\x61\x51\x67\x36\x6d"),
            (b"\x86\x3e\xed\x3f\xc0\x37\xa3\x34\x02\xf2\x49", b"\x68\x6a\x37\x74\x50\x38\x41\x33\x6f\x7a\x51\x43\x38\x6b\x6b\x3d", b"\x68\x6a\x37\x74\x50\x38\x41\x33\x6f\x7a\x51\x43\x38\x6b\x6b\x3d"),
            (b"\xc7\x16\x2f\x32\xc0\x5b\x0c", b"\x78\x78\x59\x76\x4d\x73\x42\x62\x44\x41\x3d\x3d", b"\x78\x78\x59\x76\x4d\x73\x42\x62\x44\x41\x3d\x3d"),
            (b"\x3e\x0d\x3a\xf6\x91\x99\x2d\x12\x7a\x36", b"\x50\x67\x30\x36\x39\x70\x47\x5a\x4c\x52\x4a\x36\x4e\x67\x3d\x3d", b"\x50\x67\x30\x36\x39\x70\x47\x5a\x4c\x52\x4a\x36\x4e\x67\x3d\x3d"),
            (b"\x33\x1f\xa6\x5c\x27\x7b\x5c\x7f\xe8\xc9\x81\xbc\xcb\xb3\xd6\x2a\xc0", b"\x4d\x78\x2b\x6d\x58\x43\x64\x37\x58\x48\x2f\x6f\x79\x59\x47\x38\x79\x37\x50\x57\x4b\x73\x41\x3d", b"\x4d\x78\x2d\x6d\x58\x43\x64\x37\x58\x48\x5f\x6f\x79\x59\x47\x38\x79\x37\x50\x57\x4b\x73\x41\x3d"),
            (b"\x78\xd3\x52\xd4\xf7\x4f\xcd\x4c\x53\x31\xfe\xf7\xe2\x5f\x45\x88", b"\x65\x4e\x4e\x53\x31\x50\x64\x50\x7a\x55\x78\x54\x4d\x66\x37\x33\x34\x6c\x39\x46\x69\x41\x3d\x3d", b"\x65\x4e\x4e\x53\x31\x50\x64\x50\x7a\x55\x78\x54\x4d\x66\x37\x33\x34\x6c\x39\x46\x69\x41\x3d\x3d"),
            (b"\x4b\xa1\x76\x97\xd3\x88", b"\x53\x36\x46\x32\x6c\x39\x4f\x49", b"\x53\x36\x46\x32\x6c\x39\x4f\x49"),
            (b"\x9d\x0b\x89\xf5\xc3\x66", b"\x6e\x51\x75\x4a\x39\x63\x4e\x6d", b"\x6e\x51\x75\x4a\x39\x63\x4e\x6d"),
            (b"\xb8\x7a\xa4\xf7\x49", b"\x75\x48\x71\x6b\x39\x30\x6b\x3d", b"\x75\x48\x71\x6b\x39\x30\x6b\x3d"),
            (b"\xf5\x69\xef\x0e\xf6\x25\xcc\x17\xef\x75\x78\x23\x6f", b"\x39\x57\x6e\x76\x44\x76\x59\x6c\x7a\x42\x66\x76\x64\x58\x67\x6a\x62\x77\x3d\x3d", b"\x39\x57\x6e\x76\x44\x76\x59\x6c\x7a\x42\x66\x76\x64\x58\x67\x6a\x62\x77\x3d\x3d"),
            (b"\x7b\x61\x84\x46\x5f\x12\x82\x56", b"\x65\x32\x47\x45\x52\x6c\x38\x53\x67\x6c\x59\x3d", b"\x65\x32\x47\x45\x52\x6c\x38\x53\x67\x6c\x59\x3d"),
            (b"\xa0", b"\x6f\x41\x3d\x3d", b"\x6f\x41\x3d\x3d"),
            (b"\xd8\x2e\x2b\x3c\x2f", b"\x32\x43\x34\x72\x50\x43\x38\x3d", b"\x32\x43\x34\x72\x50\x43\x38\x3d"),
            (b"\x95\x12\xb6\xe7\xac\x03\x0f\xab", b"\x6c\x52\x4b\x32\x35\x36\x77\x44\x44\x36\x73\x3d", b"\x6c\x52\x4b\x32\x35\x36\x77\x44\x44\x36\x73\x3d"),
            (b"\xdf\xc2\xf8\x27\x6b\xfa\xc8\x40\xa3\x3d", b"\x33\x38\x4c\x34\x4a\x32\x76\x36\x79\x45\x43\x6a\x50\x51\x3d\x3d", b"\x33\x38\x4c\x34\x4a\x32\x76\x36\x79\x45\x43\x6a\x50\x51\x3d\x3d"),
            (b"\x27\xdd\x39\xe0\x80\x31\xbf\xbc", b"\x4a\x39\x30\x35\x34\x49\x41\x78\x76\x37\x77\x3d", b"\x4a\x39\x30\x35\x34\x49\x41\x78\x76\x37\x77\x3d"),
        ];
        for (data, std, url) in cases {
            assert_eq!(b64encode(data, None), std.to_vec());
            assert_eq!(b64encode(data, Some(*b"-_")), url.to_vec());
        }
    }
}
