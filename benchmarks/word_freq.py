"""Dict and str heavy: generate pseudo-random text, count words, bigrams and letters."""
import sys

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "shi", "po", "an", "el", "or", "qu", "ix", "ba", "de"]


def generate(n_words, seed):
    state = seed
    words = []
    for _ in range(n_words):
        state = (state * 1103515245 + 12345) % 2147483648
        k = 1 + (state >> 16) % 3
        w = ""
        for _ in range(k):
            state = (state * 1103515245 + 12345) % 2147483648
            w += SYLLABLES[(state >> 16) % len(SYLLABLES)]
        if (state >> 8) % 11 == 0:
            w = w.capitalize()
        words.append(w)
        if (state >> 4) % 13 == 0:
            words.append(".")
    return " ".join(words)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500000
    text = generate(n, 42)
    counts = {}
    for w in text.lower().replace(".", " ").split():
        counts[w] = counts.get(w, 0) + 1
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    bigrams = {}
    words = text.split()
    for a, b in zip(words, words[1:]):
        key = a + " " + b
        bigrams[key] = bigrams.get(key, 0) + 1
    letters = {}
    for ch in text:
        if ch.isalpha():
            letters[ch] = letters.get(ch, 0) + 1
    sentences = [s.strip() for s in text.split(".") if s.strip()]
    longest = max(sentences, key=len)
    print("distinct", len(counts), "top", top)
    print("bigrams", len(bigrams), "letters", sorted(letters.items())[:6])
    print("sentences", len(sentences), "longest", len(longest), longest[:40])


main()
