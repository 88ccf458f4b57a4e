class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return "$%d.%02d" % divmod(self.cents, 100)
    def __eq__(self, o):
        return isinstance(o, Money) and self.cents == o.cents
    def __lt__(self, o):
        return self.cents < o.cents
    def __le__(self, o):
        return self.cents <= o.cents
    def __gt__(self, o):
        return self.cents > o.cents
    def __ge__(self, o):
        return self.cents >= o.cents
    def __hash__(self):
        return hash(self.cents)
    def __add__(self, o):
        return Money(self.cents + o.cents)
    def __radd__(self, o):
        return self if o == 0 else Money(self.cents + o)
    def __mul__(self, k):
        return Money(round(self.cents * k))
    def __bool__(self):
        return self.cents != 0
amounts = [Money(150), Money(99), Money(1000), Money(99), Money(0)]
print(sorted(amounts), max(amounts), min(amounts), sum(amounts), len(set(amounts)))
print(Money(5) == Money(5), Money(5) != Money(6), Money(5) <= Money(5), Money(7) > Money(5), Money(1) >= Money(2))
print([m for m in amounts if m], Money(250) * 1.5, Money(1) == 1, Money(3) in amounts, Money(99) in amounts)
print(sorted(amounts, reverse=True), amounts.index(Money(1000)), amounts.count(Money(99)))
