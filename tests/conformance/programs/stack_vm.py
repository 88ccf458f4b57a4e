# A tiny stack-based virtual machine with jumps, calls and a simple assembler.
def assemble(src):
    labels, code = {}, []
    lines = [l.split("#")[0].strip() for l in src.strip().splitlines()]
    for l in lines:
        if not l:
            continue
        if l.endswith(":"):
            labels[l[:-1]] = len(code)
        else:
            parts = l.split()
            code.append((parts[0], parts[1] if len(parts) > 1 else None))
    out = []
    for op, arg in code:
        if arg is not None:
            arg = labels[arg] if arg in labels else int(arg)
        out.append((op, arg))
    return out
def run(code, trace=False):
    stack, calls, pc, steps, output = [], [], 0, 0, []
    while pc < len(code):
        op, arg = code[pc]
        pc += 1
        steps += 1
        if op == "push":
            stack.append(arg)
        elif op == "pop":
            stack.pop()
        elif op == "dup":
            stack.append(stack[-1])
        elif op == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op == "over":
            stack.append(stack[-2])
        elif op in ("add", "sub", "mul", "mod", "lt"):
            b, a = stack.pop(), stack.pop()
            stack.append({"add": a + b, "sub": a - b, "mul": a * b, "mod": a % b, "lt": int(a < b)}[op])
        elif op == "jz":
            if stack.pop() == 0:
                pc = arg
        elif op == "jmp":
            pc = arg
        elif op == "call":
            calls.append(pc)
            pc = arg
        elif op == "ret":
            pc = calls.pop()
        elif op == "print":
            output.append(stack.pop())
        elif op == "halt":
            break
        else:
            raise ValueError("bad op " + op)
    return output, steps
code = assemble("""
    push 10
    push 0
again:
    over
    jz out
    over
    add
    swap
    push -1
    add
    swap
    jmp again
out:
    print
    print
    halt
""")
print(code[:4], len(code))
print(run(code))
squares = assemble("""
    push 1
next:
    dup
    dup
    mul
    print
    push 1
    add
    dup
    push 16
    lt
    jz stop
    jmp next
stop:
    halt
""")
print(run(squares))
calls = assemble("""
    push 5
    call triple
    print
    push 7
    call triple
    call triple
    print
    halt
triple:
    dup
    dup
    add
    add
    ret
""")
print(run(calls))
try:
    run(assemble("push 1\nbogus 2"))
except ValueError as e:
    print(type(e).__name__, e)
