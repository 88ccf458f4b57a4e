import bisect
a = [1, 2, 2, 2, 5, 9]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 2), bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect(a, 100), bisect.bisect_left(a, -1))
print(bisect.bisect_left(a, 5, lo=1, hi=5), bisect.bisect_right(a, x=2), bisect.bisect_left(a, 3, hi=None))
b = []
for x in [5, 1, 4, 1, 3]:
    bisect.insort(b, x)
bisect.insort_left(b, 4); bisect.insort_right(b, 0)
print(b)
recs = [("a", 1), ("b", 3), ("c", 7)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ("d", 5), key=lambda r: r[1]); print(recs)
print(bisect.bisect_left("acegi", "d"), bisect.bisect_right(range(0, 100, 7), 50))
for f in [lambda: bisect.bisect([1],1,-1), lambda: bisect.bisect([1,2],1,0,5), lambda: bisect.bisect(5,1), lambda: bisect.bisect([1]), lambda: bisect.insort((1,),1), lambda: bisect.bisect([1],1,"a"), lambda: bisect.bisect([1, "a"], 2), lambda: bisect.bisect([1], 1, foo=2), lambda: bisect.bisect([1], 1, 0, 1, 2), lambda: bisect.bisect_left([1], 1, 0, lo=0)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
