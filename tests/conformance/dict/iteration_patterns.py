prices = {"apple": 0.5, "banana": 0.25, "cherry": 3.0, "date": 1.5}
for name in prices:
    print(name, prices[name])
for name, price in prices.items():
    print(f"{name:>8}: {price:5.2f}")
for i, (k, v) in enumerate(sorted(prices.items(), key=lambda kv: -kv[1])):
    print(i, k, v)
print(sum(prices.values()), max(prices.items(), key=lambda kv: kv[1]), {k: v * 2 for k, v in prices.items() if v < 1})
a = {"x": 1, "y": 2}
b = {"y": 3, "z": 4}
merged = {**a, **b}
print(merged, {**b, **a}, dict(a, **b), {**a, "w": 0})
print(list(zip(prices, prices.values())) == list(prices.items()))
