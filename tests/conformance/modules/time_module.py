import time
t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
total = 0
for i in range(10000):
    total += i
t1 = time.time()
p1 = time.perf_counter()
m1 = time.monotonic()
print(total, t1 >= t0, p1 >= p0, m1 >= m0, type(t0).__name__, type(p0).__name__)
print(t0 > 1.6e9, (p1 - p0) < 60)
time.sleep(0.01)
print(time.perf_counter() - p0 >= 0.01)
print(type(time.time_ns()).__name__, time.time_ns() > 10**18, type(time.perf_counter_ns()).__name__)
print(type(time.process_time()).__name__)
