import random
random.seed(2024)
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:13])
hands = [sorted(deck[i::4][:5]) for i in range(4)]
print(hands)
random.seed(7)
print([random.choices(range(10), k=5)] if False else "skip", random.sample(deck, 3))
walk = 0
path = []
for _ in range(30):
    walk += random.choice((-1, 1))
    path.append(walk)
print(path)
print([round(random.gauss(100, 15), 6) for _ in range(4)])
print([round(random.uniform(-1, 1), 12) for _ in range(4)])
r = random.Random(99)
print([r.randint(0, 9) for _ in range(10)], r.random())
random.seed(99)
print([random.randint(0, 9) for _ in range(10)])
