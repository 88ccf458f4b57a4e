text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness"""
words = [w.strip(",.").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for w, c in top[:8]:
    print(f"{w:<12}{c:>3}")
print(len(words), len(freq), sum(freq.values()))
lines = text.splitlines()
print([len(l) for l in lines], [l.count("it") for l in lines])
print(max(words, key=len), sorted({len(w) for w in words}))
