"""Generates testdata/json_cases.txt: json.loads documents and CPython's results.

    python3 crates/taipan-interp/src/support/gen_json_cases.py > crates/taipan-interp/src/support/testdata/json_cases.txt

Each line: `<document, unicode_escape'd>\t<repr(json.loads(doc)) or !Type: message>`.
"""
import json
import random

docs = ['', ' ', '[', '[1,]', '{"a":1,}', '{"a" 1}', '{1:2}', '"abc', '"a\\u12"', '"\\u1234', '"\\x"', '"a\nb"',
        '[1 2]', '01', '-', '1.', '1.5e', '-Infinity', 'NaN', 'nul', '{"a":}', '[1]x', '"\\ud83d\\ude00"', '1e5',
        '-0', '\ufeff1', '[\n1,\n]', '{"a":1, "a":2}', 'null', 'true', 'false', 'Infinity', ' [1, 2.5, -3e-2, "x"] ',
        '{"k": [true, false, null], "n": {"m": {}}}', '[[[[]]]]', '"\\"\\\\\\/\\b\\f\\n\\r\\t"', '1E+2', '-0.0',
        '123456789012345678901234567890', '[1,\n 2,\n  3 x]', '{"a"\n:\n1}', '"\\u00e9\\u20ac"', '"é€"', '[,1]',
        '{"a":1 "b":2}', '{,}', '[1,2', '{"a":1', '"\\uD834\\uDD1E"', '"\\uzzzz"', '1.0e', '1e-',
        '2.5E-3', '.5', '+1', '0x10', 'tru', '[tru]', '"\t"', '"\x7f"', '  \n\r\t 7 \t', '[1.5e400, -1e400]',
        '{"": ""}', '"a\\u0000b"', '[-]', '[-a]', '[1e5e5]']
rng = random.Random(2)
for _ in range(40):
    def gen(d):
        k = rng.randrange(8 if d < 3 else 5)
        if k == 0:
            return rng.randrange(-10**6, 10**6)
        if k == 1:
            return rng.choice([0.5, -1.25, 1e-7, 3.0, 1e22, rng.random()])
        if k == 2:
            return rng.choice(["", "plain", "é", "tab\there", "quote\"", "\U0001f600"])
        if k == 3:
            return rng.choice([None, True, False])
        if k == 4:
            return rng.randrange(100)
        if k == 5:
            return [gen(d + 1) for _ in range(rng.randrange(4))]
        return {rng.choice("abcde"): gen(d + 1) for _ in range(rng.randrange(4))}
    v = gen(0)
    docs.append(json.dumps(v, indent=rng.choice([None, 2]), ensure_ascii=rng.choice([True, False])))

for d in docs:
    try:
        r = repr(json.loads(d))
    except ValueError as e:
        r = "!%s: %s" % (type(e).__name__, e)
    print(d.encode("unicode_escape").decode("ascii") + "\t" + r.encode("unicode_escape").decode("ascii"))
