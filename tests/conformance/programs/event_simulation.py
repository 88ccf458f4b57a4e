import random
random.seed(17)
class Event:
    def __init__(self, time, kind, cust):
        self.time, self.kind, self.cust = time, kind, cust
    def __lt__(self, other):
        return (self.time, self.cust) < (other.time, other.cust)
events = []
def schedule(e):
    events.append(e)
    events.sort()
t = 0.0
for c in range(40):
    t += random.expovariate(1.0) if False else random.uniform(0.2, 1.8)
    schedule(Event(round(t, 6), "arrive", c))
queue, busy_until, waits, served, log = [], 0.0, [], 0, []
while events:
    e = events.pop(0)
    if e.kind == "arrive":
        queue.append((e.cust, e.time))
    else:
        served += 1
    while queue and busy_until <= e.time:
        cust, arrived = queue.pop(0)
        start = max(e.time, busy_until)
        waits.append(start - arrived)
        busy_until = start + random.uniform(0.5, 1.5)
        schedule(Event(round(busy_until, 6), "depart", cust))
    if queue and e.kind == "depart" and busy_until <= e.time:
        continue
    log.append((e.kind[0], e.cust, len(queue)))
print(served, len(waits), round(sum(waits) / len(waits), 6), round(max(waits), 6))
print(log[:12])
