# The line numbers of exceptions raised by uops inside hot loops (from the
# traceback caught in the same frame): a helper or side exit that records
# the wrong instruction shows up as a wrong line.
def lines_of_errors(n):
    lines = []
    data = [1, 2, 3]
    d = {"a": 1}
    for i in range(n):
        try:
            k = i % 6
            if k == 0:
                x = data[i]
            elif k == 1:
                x = d[str(i)]
            elif k == 2:
                x = (
                    i
                    // (k - 2)
                )
            elif k == 3:
                x = i.missing_attr
            elif k == 4:
                x = (i +
                     "s")
            else:
                x = undefined_name
        except Exception as e:
            lines.append((type(e).__name__, e.__traceback__.tb_lineno))
    return lines

for item in lines_of_errors(12):
    print(item)

def float_errors(n):
    out = []
    z = 0.0
    for i in range(n):
        try:
            a = 1.5 * i
            b = a / z if i % 3 == 0 else a / (i + 0.5)
            out.append(round(b, 3))
        except ZeroDivisionError as e:
            out.append(("ZeroDivisionError", e.__traceback__.tb_lineno))
    return out

print(float_errors(9))

def unbound_lines(n):
    out = []
    for i in range(n):
        if i % 3 == 0:
            v = i
        try:
            w = v * 2
            out.append(w)
        except UnboundLocalError as e:
            out.append(e.__traceback__.tb_lineno)
        if i % 3 == 1:
            del v
    return out

print(unbound_lines(12))

def overflow_lines(n):
    out = []
    x = 2 ** 46
    for i in range(n):
        x = x * 2
        try:
            y = [0][x]
        except IndexError as e:
            out.append((x.bit_length(), e.__traceback__.tb_lineno))
    return out

print(overflow_lines(4))
