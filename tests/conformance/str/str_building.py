def caesar(text, shift):
    result = []
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            result.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            result.append(ch)
    return "".join(result)
msg = "The Quick Brown Fox Jumps Over The Lazy Dog."
for k in (1, 3, 13, 25):
    enc = caesar(msg, k)
    print(k, enc, caesar(enc, -k) == msg)
def is_palindrome(s):
    t = [c.lower() for c in s if c.isalnum()]
    return t == t[::-1]
for p in ["A man, a plan, a canal: Panama", "race a car", "", "No 'x' in Nixon", "abcba", "abca"]:
    print(repr(p), is_palindrome(p))
def compress(s):
    if not s:
        return ""
    out = []
    prev, n = s[0], 1
    for c in s[1:]:
        if c == prev:
            n += 1
        else:
            out.append(prev + (str(n) if n > 1 else ""))
            prev, n = c, 1
    out.append(prev + (str(n) if n > 1 else ""))
    return "".join(out)
for s in ["aaabbbcccd", "abc", "", "zzzzzzzzzzzz", "aabbaa"]:
    print(repr(s), compress(s))
