for n in [0, 1, 10, 255, -255, 4096, 2**40]:
    print(hex(n), oct(n), bin(n))
print(chr(97), chr(0x263A), ord("a"), ord("☺"), ord("\n"), chr(ord("A") + 25))
print([chr(c) for c in range(48, 58)], "".join(map(chr, [80, 121, 116, 104, 111, 110])))
for bad in (lambda: hex(1.5), lambda: oct("7"), lambda: bin(None), lambda: chr("a"), lambda: ord(5)):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
