import random
class InsufficientFunds(Exception):
    pass
class Account:
    next_id = 1
    def __init__(self, owner, balance=0):
        self.id = Account.next_id
        Account.next_id += 1
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amt):
        self.balance += amt
        self.history.append(("dep", amt))
    def withdraw(self, amt):
        if amt > self.balance:
            raise InsufficientFunds(f"{self.owner} has {self.balance}, needs {amt}")
        self.balance -= amt
        self.history.append(("wd", amt))
    def __repr__(self):
        return f"<{self.id} {self.owner} {self.balance}>"
class Savings(Account):
    rate = 3
    def add_interest(self):
        interest = self.balance * self.rate // 100
        self.deposit(interest)
        return interest
class Bank:
    def __init__(self):
        self.accounts = {}
        self.failed = 0
    def open(self, cls, owner, initial):
        a = cls(owner, initial)
        self.accounts[a.id] = a
        return a
    def transfer(self, src, dst, amt):
        try:
            self.accounts[src].withdraw(amt)
        except InsufficientFunds:
            self.failed += 1
            return False
        self.accounts[dst].deposit(amt)
        return True
    def total(self):
        return sum(a.balance for a in self.accounts.values())
random.seed(11)
bank = Bank()
for name in ["ann", "bob", "cid", "dee", "eve"]:
    bank.open(Savings if name < "c" else Account, name, random.randint(100, 1000))
print(list(bank.accounts.values()), bank.total())
start = bank.total()
ok = 0
for _ in range(500):
    a, b = random.sample(list(bank.accounts), 2)
    if bank.transfer(a, b, random.randint(1, 300)):
        ok += 1
print(ok, bank.failed, bank.total() == start, list(bank.accounts.values()))
for a in bank.accounts.values():
    if isinstance(a, Savings):
        print(a.owner, "interest", a.add_interest())
print(bank.total(), max(bank.accounts.values(), key=lambda a: a.balance), [len(a.history) for a in bank.accounts.values()])
try:
    bank.accounts[1].withdraw(10**9)
except InsufficientFunds as e:
    print(type(e).__name__, e)
