# start/end of str.find / endswith beyond isize are clamped like slice indices.
for start in (-83 * 10 ** 40 >> 17, 2 ** 122):
    try:
        print("-3-.-3-5".find("", start), "abc".endswith("", start), "abc".count("a", start))
    except Exception as exc:
        print(type(exc).__name__, exc)
