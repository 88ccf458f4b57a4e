import random
corpus = """the cat sat on the mat the dog sat on the log the cat saw the dog
the dog saw the cat on the mat and the cat ran to the log and sat"""
words = corpus.split()
chain = {}
for a, b, c in zip(words, words[1:], words[2:]):
    chain.setdefault((a, b), []).append(c)
print(len(chain), sorted(chain.items())[:4])
random.seed(3)
state = ("the", "cat")
out = list(state)
for _ in range(30):
    nxt = chain.get(state)
    if not nxt:
        break
    w = random.choice(nxt)
    out.append(w)
    state = (state[1], w)
print(" ".join(out))
