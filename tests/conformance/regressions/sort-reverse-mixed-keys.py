try:
    print("p23", dict(enumerate("3.5".split(',')[:-4])), dict(enumerate(sorted(list({0: 89378, "taipan": 0, 57: (-1)}), reverse=True))), (664613997892457936451903530140172598 - i22))
except Exception as exc:
    print(type(exc).__name__, exc)
