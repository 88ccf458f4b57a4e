data = [["a", "b", "c"], [""], [], ["x,y", "z"], ["1", "", "3"]]
for parts in data:
    j = ",".join(parts)
    back = j.split(",") if j else []
    print(parts, repr(j), back, back == parts)
csv = "name,age,city\nann,30,paris\nbob,25,rome\ncid,,oslo"
rows = [line.split(",") for line in csv.split("\n")]
header, body = rows[0], rows[1:]
records = [dict(zip(header, r)) for r in body]
print(records)
print([r["name"].title() for r in records if r["age"]], sum(int(r["age"]) for r in records if r["age"].isdigit()))
print("\n".join(" | ".join(c.ljust(5) for c in r) for r in rows))
