files = ["main.py", "README.md", "test_main.py", "setup.cfg", "data.JSON", ".hidden", "notes.txt", "img.png"]
for f in files:
    print(f, f.endswith((".py", ".cfg")), f.startswith(("test_", ".")), f.lower().endswith(".json"), f.rsplit(".", 1)[-1], f.partition(".")[0])
print(sorted(files, key=lambda f: (f.rsplit(".", 1)[-1].lower(), f)))
print([f for f in files if f.endswith(".py") and not f.startswith("test")])
