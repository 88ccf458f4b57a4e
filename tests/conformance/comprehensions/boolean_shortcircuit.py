log = []
def t(name):
    log.append(name)
    return True
def f(name):
    log.append(name)
    return False
print(t("a") and f("b") and t("c"), log)
log.clear()
print(f("a") or t("b") or t("c"), log)
log.clear()
print(f("a") and t("b"), log)
log.clear()
print(t("a") or f("b"), log)
log.clear()
print(not (t("a") and f("b")) or t("c"), log)
print([] or {} or "last", 0 and 1/0, 1 or 1/0, None and None.x)
print((1 and 2 and 3), (1 and 0 and 3), (0 or "" or None), ("x" or 1/0))
