# A hot loop whose body is far longer than the longest trace (600 uops):
# the trace is cut with an exit part-way and tier 1 finishes the iteration.
# Generated once (statements are fixed); every value is printed at the end.
def long_body(n):
    a, b, c, d = 1, 2, 3, 4
    x, y = 0.5, -1.25
    hist = []
    for i in range(n):
        if a % 3 == 0:
            d = d + 7
        else:
            d = d - 1
        a = (a + b * 2 - c) % 1000003
        b = (b ^ (a & 1498)) + i
        a = (a + b * 4 - c) % 1000003
        a = (a + b * 2 - c) % 1000003
        if x > y:
            x, y = y, x
        if x > y:
            x, y = y, x
        b = (b ^ (a & 986)) + i
        b = (b ^ (a & 2258)) + i
        if x > y:
            x, y = y, x
        a = (a + b * 2 - c) % 1000003
        x = x * 0.5 + y
        if x > y:
            x, y = y, x
        a = (a + b * 4 - c) % 1000003
        a = (a + b * 3 - c) % 1000003
        y = y - x / 7.5
        c = c - d // 5 + -4
        y = y - x / -2.0
        c = c - d // 1 + 4
        x = x * -0.75 + y
        b = (b ^ (a & 2244)) + i
        b = (b ^ (a & 2312)) + i
        a = (a + b * 4 - c) % 1000003
        d = (d * 4) % 65537
        if x > y:
            x, y = y, x
        if a % 5 == 0:
            d = d + 8
        else:
            d = d - 1
        if a % 4 == 0:
            d = d + 4
        else:
            d = d - 1
        c = c - d // 6 + -2
        b = (b ^ (a & 2353)) + i
        y = y - x / -2.0
        d = (d * 3) % 65537
        d = (d * 3) % 65537
        b = (b ^ (a & 484)) + i
        if x > y:
            x, y = y, x
        c = c - d // 3 + -3
        d = (d * 3) % 65537
        a = (a + b * 2 - c) % 1000003
        if a % 4 == 0:
            d = d + 6
        else:
            d = d - 1
        d = (d * 4) % 65537
        d = (d * 2) % 65537
        hist.append((a, b, c, d))
        b = (b ^ (a & 3870)) + i
        y = y - x / 7.5
        b = (b ^ (a & 249)) + i
        y = y - x / -2.0
        d = (d * 3) % 65537
        if x > y:
            x, y = y, x
        if a % 2 == 0:
            d = d + 8
        else:
            d = d - 1
        if a % 3 == 0:
            d = d + 2
        else:
            d = d - 1
        d = (d * 2) % 65537
        x = x * -0.75 + y
        c = c - d // 6 + -2
        if x > y:
            x, y = y, x
        if x > y:
            x, y = y, x
        d = (d * 2) % 65537
        c = c - d // 4 + 1
        y = y - x / 3.0
        if x > y:
            x, y = y, x
        y = y - x / -2.0
        if x > y:
            x, y = y, x
        if a % 5 == 0:
            d = d + 4
        else:
            d = d - 1
        c = c - d // 1 + -3
        c = c - d // 2 + -2
        a = (a + b * 8 - c) % 1000003
        c = c - d // 3 + -1
        a = (a + b * 3 - c) % 1000003
        if x > y:
            x, y = y, x
        if a % 4 == 0:
            d = d + 3
        else:
            d = d - 1
        a = (a + b * 8 - c) % 1000003
        if x > y:
            x, y = y, x
        if x > y:
            x, y = y, x
        if x > y:
            x, y = y, x
        if x > y:
            x, y = y, x
        b = (b ^ (a & 1973)) + i
        if x > y:
            x, y = y, x
        a = (a + b * 4 - c) % 1000003
        b = (b ^ (a & 4034)) + i
        x = x * 1.0001 + y
        c = c - d // 1 + 0
        a = (a + b * 2 - c) % 1000003
        a = (a + b * 3 - c) % 1000003
        hist.append((a, b, c, d))
        b = (b ^ (a & 3887)) + i
        if a % 2 == 0:
            d = d + 2
        else:
            d = d - 1
        x = x * 1.0001 + y
        c = c - d // 6 + -1
        if a % 4 == 0:
            d = d + 8
        else:
            d = d - 1
        b = (b ^ (a & 473)) + i
        d = (d * 3) % 65537
        d = (d * 3) % 65537
        y = y - x / 3.0
        c = c - d // 1 + 0
        y = y - x / 7.5
        c = c - d // 5 + -5
        x = x * -0.75 + y
        c = c - d // 6 + 3
        a = (a + b * 5 - c) % 1000003
        b = (b ^ (a & 2852)) + i
        y = y - x / -2.0
        if a % 3 == 0:
            d = d + 6
        else:
            d = d - 1
        x = x * -0.75 + y
        x = x * 1.5 + y
        x = x * 1.0001 + y
        x = x * 1.5 + y
        d = (d * 3) % 65537
        a = (a + b * 1 - c) % 1000003
        y = y - x / 7.5
        y = y - x / 3.0
        if a % 5 == 0:
            d = d + 6
        else:
            d = d - 1
        if a % 2 == 0:
            d = d + 4
        else:
            d = d - 1
        b = (b ^ (a & 930)) + i
        d = (d * 2) % 65537
        if a % 3 == 0:
            d = d + 8
        else:
            d = d - 1
        a = (a + b * 8 - c) % 1000003
        if a % 2 == 0:
            d = d + 2
        else:
            d = d - 1
        if x > y:
            x, y = y, x
        x = x * 1.0001 + y
        c = c - d // 4 + 0
        b = (b ^ (a & 3281)) + i
        if x > y:
            x, y = y, x
        d = (d * 3) % 65537
        b = (b ^ (a & 2969)) + i
        hist.append((a, b, c, d))
        c = c - d // 2 + -3
        a = (a + b * 3 - c) % 1000003
        d = (d * 4) % 65537
        c = c - d // 5 + 4
        d = (d * 4) % 65537
        if a % 3 == 0:
            d = d + 3
        else:
            d = d - 1
        a = (a + b * 1 - c) % 1000003
        b = (b ^ (a & 2157)) + i
        c = c - d // 4 + -2
        x = x * 0.5 + y
        y = y - x / 3.0
        y = y - x / -2.0
        x = x * -0.75 + y
        y = y - x / -2.0
        if x > y:
            x, y = y, x
        c = c - d // 1 + 0
        d = (d * 4) % 65537
        if x > y:
            x, y = y, x
        c = c - d // 5 + -3
        a = (a + b * 8 - c) % 1000003
        c = c - d // 5 + -5
        c = c - d // 2 + -3
        d = (d * 4) % 65537
        b = (b ^ (a & 2280)) + i
        a = (a + b * 6 - c) % 1000003
        d = (d * 2) % 65537
        a = (a + b * 4 - c) % 1000003
        x = x * -0.75 + y
        a = (a + b * 2 - c) % 1000003
        d = (d * 4) % 65537
        a = (a + b * 2 - c) % 1000003
        d = (d * 3) % 65537
        x = x * -0.75 + y
        d = (d * 4) % 65537
        d = (d * 4) % 65537
        x = x * -0.75 + y
        x = x * 1.0001 + y
        c = c - d // 4 + -4
        if x > y:
            x, y = y, x
        d = (d * 3) % 65537
        hist.append((a, b, c, d))
        if abs(x) > 1e6 or abs(y) > 1e6:
            x, y = 0.5, -1.25
    return a, b, c, d, x, y, hist[-4:]

for n in (1, 3, 10, 40):
    print(long_body(n))
