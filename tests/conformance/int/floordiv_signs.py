# Floor division and modulo follow the sign of the divisor.
for a in (7, -7, 0, 1, -1, 13, -13, 10**20, -(10**20)):
    for b in (2, -2, 3, -3, 7, -7, 10**10 + 1):
        print(a, b, a // b, a % b, divmod(a, b))
print(-7 // 2.0, -7 % 2.0, 7.5 // -2, 7.5 % -2)
