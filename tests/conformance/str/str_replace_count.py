s = "the cat and the hat and the bat"
print(s.replace("the", "a"), s.replace("the", "a", 1), s.replace("at", "og", 2), s.replace(" ", ""), s.count("at"), s.count("the", 5), s.count("the", 5, 20))
print(s.upper().replace("THE", "the"), s.title(), s.capitalize(), s.swapcase()[:10])
words = s.split()
print(len(words), words.count("the"), sorted(set(words)), " ".join(w[::-1] for w in words))
print(s.find("and"), s.find("and", 10), s.rfind("and"), s.index("bat"), s.startswith("the cat"), s.endswith("bat"))
