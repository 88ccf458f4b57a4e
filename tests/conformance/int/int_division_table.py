for a in range(-6, 7, 3):
    for b in (-4, -3, -1, 1, 3, 4):
        print(f"{a:>3} {b:>3} {a // b:>3} {a % b:>3} {a / b:>8.4f} {int(a / b):>3} {-(-a // b):>3}")
print([divmod(n, 7) for n in (-15, -14, -1, 0, 1, 14, 15)])
print([(10**18 + k) // 7 for k in range(3)], [(-(10**18) - k) % 7 for k in range(3)])
