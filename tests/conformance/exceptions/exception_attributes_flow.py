def parse_all(items):
    results, errors = [], []
    for i, s in enumerate(items):
        try:
            results.append(int(s))
        except ValueError as e:
            errors.append((i, str(e)))
        except TypeError as e:
            errors.append((i, type(e).__name__))
    return results, errors
print(parse_all(["1", "x", None, "4", "5.5", " 6 "]))
class HttpError(Exception):
    def __init__(self, status, reason=""):
        super().__init__(status, reason)
        self.status = status
        self.reason = reason
    def __str__(self):
        return f"{self.status} {self.reason}".strip()
class NotFound(HttpError):
    def __init__(self, path):
        super().__init__(404, "Not Found")
        self.path = path
def fetch(path):
    if path.startswith("/missing"):
        raise NotFound(path)
    if path == "/boom":
        raise HttpError(500)
    return "200 OK " + path
for p in ["/index", "/missing/page", "/boom"]:
    try:
        print(fetch(p))
    except NotFound as e:
        print("not found:", e, e.path, e.args, e.status)
    except HttpError as e:
        print("http error:", e, repr(e), e.args)
