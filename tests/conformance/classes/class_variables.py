class Account:
    interest = 0.02
    accounts = []
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        Account.accounts.append(self)
    def deposit(self, amt):
        if amt <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amt
        return self
    def withdraw(self, amt):
        if amt > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amt}")
        self.balance -= amt
        return self
    def apply_interest(self):
        self.balance = round(self.balance * (1 + self.interest), 2)
a = Account("ann", 100)
b = Account("bob")
a.deposit(50).withdraw(30)
b.deposit(10)
b.interest = 0.5
for acc in Account.accounts:
    acc.apply_interest()
    print(acc.owner, acc.balance, acc.interest)
try:
    b.withdraw(1000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a.deposit(-1)
except ValueError as e:
    print(type(e).__name__, e)
print(len(Account.accounts), Account.interest, "interest" in vars(b), "interest" in vars(a))
