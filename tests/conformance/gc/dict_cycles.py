# Dictionaries referencing each other and themselves.
n = 0
for i in range(600000):
    d1 = {"id": i, "data": list(range(10))}
    d2 = {"id": -i, "peer": d1, "data": "x" * 50}
    d1["peer"] = d2
    d1["self"] = d1
    n += d1["peer"]["peer"]["id"] + len(d2["data"])
print(n)
