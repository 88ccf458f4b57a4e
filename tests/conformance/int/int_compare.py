FIVE = 5
vals = [-(2**70), -5, -1, 0, 1, 5, 2**53, 2**53 + 1, 2**70]
for a in vals:
    print(a, [a < b for b in vals].count(True), [a == b for b in vals].count(True), [a >= b for b in vals].count(True))
print(1 == 1.0, 2**53 + 1 == float(2**53 + 1), 2**53 == float(2**53))
print(1 < 1.5 < 2, 3 > 2 > 1 > 0, 1 < 2 > 1.5, 1 == 1 != 2)
print(10**400 > 1e308, -(10**400) < -1e308, 10**400 > float("inf"), 10**400 < float("inf"))
print(0 == -0, 0 == 0.0, 0 == -0.0, True == 1, False == 0, True > False)
print(max(3, 2**65, -1), min(3, 2**65, -1), sorted([3, 2**65, -1, 0.5, True]))
print(5 != 5.0, FIVE is not None, not 0, not 7)
print(float("nan") == float("nan"), float("nan") != float("nan"), 1 < float("nan"), 1 > float("nan"))
