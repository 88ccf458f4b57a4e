import random
random.seed(5)
vocab = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu"]
sentences = []
for i in range(200):
    n = random.randint(3, 12)
    words = [random.choice(vocab) for _ in range(n)]
    words[0] = words[0].capitalize()
    sentences.append(" ".join(words) + random.choice([".", "!", "?"]))
text = " ".join(sentences)
print(len(text), text[:120])
tokens = [w.strip(".!?").lower() for w in text.split()]
freq = {}
for t in tokens:
    freq[t] = freq.get(t, 0) + 1
for w, c in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{w:>8} {c:4d} {'*' * (c // 10)}")
bigrams = {}
for a, b in zip(tokens, tokens[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print(sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
lengths = [len(s.split()) for s in sentences]
print(sum(lengths) / len(lengths), max(lengths), min(lengths), sum(1 for s in sentences if s.endswith("?")))
def wrap(text, width):
    lines, cur = [], ""
    for w in text.split():
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = cur + " " + w if cur else w
    if cur:
        lines.append(cur)
    return lines
for line in wrap(" ".join(sentences[:6]), 40):
    print("|" + line.ljust(40) + "|")
