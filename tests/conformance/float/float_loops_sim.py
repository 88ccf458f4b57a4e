# A damped spring integrated with explicit Euler steps.
x, v = 1.0, 0.0
k, c, dt = 4.0, 0.1, 0.01
for step in range(1000):
    a = -k * x - c * v
    v += a * dt
    x += v * dt
    if step % 200 == 0:
        print(step, round(x, 6), round(v, 6))
print(x, v)
# Newton's method for square roots.
for n in (2.0, 10.0, 12345.678):
    g = n
    for i in range(20):
        g = 0.5 * (g + n / g)
    print(n, g, g * g)
