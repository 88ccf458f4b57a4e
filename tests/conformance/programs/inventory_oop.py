class Item:
    def __init__(self, sku, name, price, qty=0):
        self.sku, self.name, self.price, self.qty = sku, name, price, qty
    def value(self):
        return self.price * self.qty
    def __repr__(self):
        return f"Item({self.sku!r}, {self.name!r}, {self.price}, {self.qty})"
    def __eq__(self, other):
        return isinstance(other, Item) and self.sku == other.sku
    def __hash__(self):
        return hash(self.sku)
class Perishable(Item):
    def __init__(self, sku, name, price, qty, days):
        super().__init__(sku, name, price, qty)
        self.days = days
    def value(self):
        factor = 1.0 if self.days > 3 else 0.5
        return round(super().value() * factor, 2)
class Inventory:
    def __init__(self):
        self._items = {}
        self.log = []
    def add(self, item):
        if item.sku in self._items:
            self._items[item.sku].qty += item.qty
        else:
            self._items[item.sku] = item
        self.log.append(("add", item.sku, item.qty))
    def remove(self, sku, qty):
        item = self._items.get(sku)
        if item is None:
            raise KeyError(sku)
        if item.qty < qty:
            raise ValueError(f"only {item.qty} of {item.name} left")
        item.qty -= qty
        self.log.append(("remove", sku, qty))
        if item.qty == 0:
            del self._items[sku]
    def __len__(self):
        return len(self._items)
    def __iter__(self):
        return iter(sorted(self._items.values(), key=lambda i: i.sku))
    def __contains__(self, sku):
        return sku in self._items
    def total(self):
        return round(sum(i.value() for i in self), 2)
inv = Inventory()
inv.add(Item("A1", "widget", 2.5, 10))
inv.add(Item("B2", "gadget", 10.0, 3))
inv.add(Perishable("C3", "milk", 1.25, 8, 2))
inv.add(Perishable("D4", "cheese", 6.0, 2, 10))
inv.add(Item("A1", "widget", 2.5, 5))
print(len(inv), list(inv), inv.total())
inv.remove("B2", 3)
for op in [("A1", 20), ("ZZ", 1), ("C3", 8)]:
    try:
        inv.remove(*op)
        print("removed", op)
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print("B2" in inv, "A1" in inv, len(inv), inv.total(), inv.log)
print({Item("X", "a", 1), Item("X", "b", 2)} == {Item("X", "c", 3)})
