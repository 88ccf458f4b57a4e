rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 12.125), ("kiwi", 7, 3.0)]
print("{:<10}{:>6}{:>10}".format("name", "qty", "price"))
print("-" * 26)
total = 0
for name, qty, price in rows:
    total += qty * price
    print("{:<10}{:>6d}{:>10.2f}".format(name, qty, price))
print("{:<10}{:>16.2f}".format("total", total))
print("|".join(f"{n:^8}" for n, _, _ in rows))
print("%-8s|%8s|%08.3f" % ("left", "right", 3.14159))
for i in range(1, 6):
    print(f"{i:>2} {i * i:>3} {i ** 3:>4} {2 ** i:#06x} {1 / i:.3f}")
