def find_first_negative(nums):
    for i, n in enumerate(nums):
        if n < 0:
            print("found at", i)
            break
    else:
        print("none negative")
find_first_negative([1, 2, -3, 4])
find_first_negative([1, 2])
find_first_negative([])
def prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        return True
    return False
print([n for n in range(30) if prime(n)])
for attempt in range(3):
    try:
        if attempt < 2:
            raise ValueError(attempt)
    except ValueError as e:
        print("attempt failed", e)
        continue
    print("succeeded on", attempt)
    break
else:
    print("all failed")
