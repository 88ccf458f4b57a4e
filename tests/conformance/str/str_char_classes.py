text = "Hello World! 123 _foo-bar Äpfel\tend\n"
counts = {"upper": 0, "lower": 0, "digit": 0, "space": 0, "other": 0}
for ch in text:
    if ch.isupper():
        counts["upper"] += 1
    elif ch.islower():
        counts["lower"] += 1
    elif ch.isdigit():
        counts["digit"] += 1
    elif ch.isspace():
        counts["space"] += 1
    else:
        counts["other"] += 1
print(counts)
vowels = sum(1 for c in text.lower() if c in "aeiou")
print(vowels, [c for c in text if not c.isalnum() and not c.isspace()])
print("".join(c for c in text if c.isalpha()), text.title(), text.swapcase())
