# A tokenizer and recursive-descent parser/evaluator for arithmetic expressions.
class Token:
    def __init__(self, kind, value):
        self.kind, self.value = kind, value
    def __repr__(self):
        return f"{self.kind}:{self.value}"
def tokenize(src):
    toks, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            toks.append(Token("num", float(text) if "." in text else int(text)))
            i = j
        elif c.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            toks.append(Token("name", src[i:j]))
            i = j
        elif c in "+-*/%^()=,":
            toks.append(Token("op", c))
            i += 1
        else:
            raise SyntaxError(f"bad character {c!r} at {i}")
    toks.append(Token("end", None))
    return toks
class Parser:
    FUNCS = {"max": max, "min": min, "abs": abs}
    def __init__(self, toks, env):
        self.toks, self.pos, self.env = toks, 0, env
    def peek(self):
        return self.toks[self.pos]
    def take(self, value=None):
        t = self.toks[self.pos]
        if value is not None and t.value != value:
            raise SyntaxError(f"expected {value!r}, got {t.value!r}")
        self.pos += 1
        return t
    def statement(self):
        if self.peek().kind == "name" and self.toks[self.pos + 1].value == "=":
            name = self.take().value
            self.take("=")
            v = self.expr()
            self.env[name] = v
            return v
        return self.expr()
    def expr(self):
        v = self.term()
        while self.peek().value in ("+", "-"):
            op = self.take().value
            r = self.term()
            v = v + r if op == "+" else v - r
        return v
    def term(self):
        v = self.factor()
        while self.peek().value in ("*", "/", "%"):
            op = self.take().value
            r = self.factor()
            if op == "*":
                v *= r
            elif op == "/":
                v /= r
            else:
                v %= r
        return v
    def factor(self):
        if self.peek().value == "-":
            self.take()
            return -self.factor()
        base = self.atom()
        if self.peek().value == "^":
            self.take()
            return base ** self.factor()
        return base
    def atom(self):
        t = self.take()
        if t.kind == "num":
            return t.value
        if t.kind == "name":
            if self.peek().value == "(":
                self.take("(")
                args = [self.expr()]
                while self.peek().value == ",":
                    self.take()
                    args.append(self.expr())
                self.take(")")
                return self.FUNCS[t.value](*args)
            if t.value not in self.env:
                raise NameError(f"undefined variable {t.value}")
            return self.env[t.value]
        if t.value == "(":
            v = self.expr()
            self.take(")")
            return v
        raise SyntaxError(f"unexpected {t.value!r}")
env = {}
program = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "x = 10", "y = x * 2 + 1", "y / 4", "y % 4",
           "max(x, y, 3) - min(1, 2)", "abs(-7.5) * 2", "z + 1", "3 +", "2 * (3 + 4", "1.5 * 4", "7 / 0", "$"]
for line in program:
    try:
        print(f"{line:<24} => {Parser(tokenize(line), env).statement()!r}")
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print(f"{line:<24} !! {type(e).__name__}: {e}")
print(sorted(env.items()))
