def find_all(hay, needle):
    out = []
    i = hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out
text = "abracadabra abracadabra"
for n in ["a", "abra", "cad", "ra a", "z", "aa"]:
    print(n, find_all(text, n), text.count(n))
print(text.replace("abra", "ABRA", 1), text.upper().lower() == text, text.split("a"), text.split("a", 3))
print(text.index("c", 5), text.rindex("c"), text.rfind("abra", 0, 12), text[text.find("c"):text.rfind("c") + 1])
