# Lists that contain themselves, dropped immediately.
checksum = 0
for i in range(1000000):
    l = [i] * 24
    l.append(l)
    checksum += len(l[-1][-1]) + l[0]
print(checksum)
