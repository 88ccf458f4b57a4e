try:
    print("p16", [float('nan') == float('nan'), float('nan') in [float('nan')]])
except Exception as exc:
    print(type(exc).__name__, exc)
