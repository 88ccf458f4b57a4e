def handle(cmd):
    parts = cmd.split()
    if not parts:
        return "empty"
    op, *args = parts
    handlers = {
        "add": lambda a: sum(int(x) for x in a),
        "mul": lambda a: eval_mul(a),
        "echo": lambda a: " ".join(a),
        "len": lambda a: len(a),
    }
    h = handlers.get(op)
    if h is None:
        return f"unknown command {op!r}"
    try:
        return h(args)
    except ValueError as e:
        return f"error: {e}"
def eval_mul(args):
    r = 1
    for a in args:
        r *= int(a)
    return r
for c in ["add 1 2 3", "mul 2 3 4", "echo hello world", "len a b c d", "", "nope 1", "add 1 x"]:
    print(repr(c), "->", handle(c))
