import random
random.seed(42)
print([random.random() for _ in range(5)])
print([random.randint(1, 100) for _ in range(10)])
print([random.randrange(0, 50, 5) for _ in range(8)], random.randrange(10))
items = list(range(10))
random.shuffle(items)
print(items)
print(random.choice("abcdefg"), random.choice([10, 20, 30]), [random.choice(range(100)) for _ in range(5)])
print(random.sample(range(100), 5), random.sample(["a", "b", "c", "d"], 2))
print([round(random.uniform(1, 10), 10) for _ in range(3)])
print([random.gauss(0, 1) for _ in range(3)])
random.seed(42)
again = [random.random() for _ in range(5)]
random.seed(42)
print(again == [random.random() for _ in range(5)])
random.seed(12345)
print(random.getrandbits(32), random.getrandbits(64), random.getrandbits(100))
random.seed(2**70 + 5)
print(random.random(), random.randint(-5, 5))
random.seed(-3)
print(random.random())
random.seed(0)
counts = [0] * 6
for _ in range(6000):
    counts[random.randint(1, 6) - 1] += 1
print(counts, sum(counts))
