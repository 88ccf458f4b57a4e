# queue (FIFO/LIFO/priority, Empty/Full), numbers ABCs, warnings filters and recording.
import queue
import numbers
import warnings

q = queue.Queue()
for i in range(3):
    q.put(i)
print(q.qsize(), q.get(), q.get_nowait(), q.empty(), q.full())
q.task_done(); q.task_done()
lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for x in [3, 1, 2]:
    lq.put(x)
    pq.put((x, str(x)))
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)])
bq = queue.Queue(maxsize=1)
bq.put('a')
for f in [lambda: bq.put_nowait('b'), lambda: queue.Queue().get_nowait(), lambda: queue.SimpleQueue().get(False),
          lambda: queue.Queue().task_done()]:
    try:
        f()
    except (queue.Full, queue.Empty, ValueError) as e:
        print(type(e).__name__, e)
sq = queue.SimpleQueue()
sq.put(5)
print(sq.qsize(), sq.get(), sq.empty())

print(isinstance(3, numbers.Integral), isinstance(3.5, numbers.Real), isinstance(3.5, numbers.Integral),
      isinstance(1j, numbers.Complex), isinstance(True, numbers.Number), isinstance('x', numbers.Number),
      issubclass(numbers.Integral, numbers.Rational))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.warn('careful')
    warnings.warn('old', DeprecationWarning)
    warnings.warn(RuntimeWarning('rt'))
print([(str(w.message), w.category.__name__) for w in log])
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('boom', UserWarning)
    except UserWarning as e:
        print(type(e).__name__, e)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('ignore')
    warnings.warn('hidden')
print(len(log))
try:
    warnings.warn('x', category=int)
except TypeError as e:
    print(type(e).__name__, e)
