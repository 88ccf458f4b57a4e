# Large temporary lists and strings: about 1.6 GB allocated in total, little live at once.
total = 0
for i in range(400):
    big = [i] * 250000
    s = "ab" * 200000
    total += len(big) + big[-1] + len(s)
print(total)
