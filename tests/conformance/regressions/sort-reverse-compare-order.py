try:
    v23 = "-3".ljust(12, "*")
except Exception as exc:
    print(type(exc).__name__, exc)
try:
    print("p34", set(range(-16, 2)), v23, sorted(sorted([(93 * 10 ** 35), {(-18), 67374, (-2), 1}, (-522 / 45)], reverse=True), key=str))
except Exception as exc:
    print(type(exc).__name__, exc)
