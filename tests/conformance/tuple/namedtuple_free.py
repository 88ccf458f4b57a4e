# Records as plain tuples with index constants (no collections module).
NAME, AGE, CITY = 0, 1, 2
people = [("Ann", 31, "Oslo"), ("Bob", 25, "Rome"), ("Cid", 35, "Oslo"), ("Dee", 25, "Lima")]
print(sorted(people, key=lambda p: (p[AGE], p[NAME])))
by_city = {}
for p in people:
    by_city.setdefault(p[CITY], []).append(p[NAME])
print(by_city)
oldest = max(people, key=lambda p: p[AGE])
print(oldest[NAME], sum(p[AGE] for p in people) / len(people))
print([p for p in people if p[AGE] == 25], tuple(p[NAME][0] for p in people))
print(list(zip(*people)))
