def mandel(w, h, iters):
    rows = []
    total = 0
    for y in range(h):
        row = []
        ci = -1.2 + 2.4 * y / (h - 1)
        for x in range(w):
            cr = -2.1 + 3.0 * x / (w - 1)
            zr = zi = 0.0
            n = 0
            while n < iters and zr * zr + zi * zi <= 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2 * zr * zi + ci
                n += 1
            total += n
            row.append(" .:-=+*#%@"[n * 9 // iters])
        rows.append("".join(row))
    return rows, total
rows, total = mandel(60, 21, 40)
print("\n".join(rows))
print(total)
