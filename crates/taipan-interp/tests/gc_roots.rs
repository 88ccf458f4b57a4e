//! GC while native code calls back into Python: programs run with a tiny
//! collection threshold, so a value native code holds without rooting it is
//! freed and reused before it is read again; each check also requires that
//! collections really ran below a native call.

use taipan_interp::Interp;

/// Runs `src` collecting every `every` allocations; returns (stdout,
/// status, collections run below a native call).
fn run_stressed(src: &str, every: usize) -> (String, i32, u64) {
    let src = src.to_string();
    let h = std::thread::Builder::new()
        .stack_size(1 << 28)
        .spawn(move || {
            let mut it = Interp::new();
            it.capture_stdout = true;
            it.heap.stress = every;
            it.heap.threshold = every;
            let rc = it.run_main(&src, "<test>");
            (
                String::from_utf8_lossy(&it.out).into_owned(),
                rc,
                it.gc_nested,
            )
        });
    match h {
        Ok(h) => h.join().unwrap_or((String::new(), 70, 0)),
        Err(_) => (String::new(), 70, 0),
    }
}

fn check(src: &str, want: &str) {
    for every in [3, 17, 101] {
        let (out, rc, nested) = run_stressed(src, every);
        assert_eq!(
            rc, 0,
            "exit status (every {every}) for:\n{src}\nstdout:\n{out}"
        );
        assert_eq!(out, want, "stdout (every {every}) for:\n{src}");
        assert!(
            nested > 0,
            "no collection below a native call (every {every}):\n{src}"
        );
    }
}

#[test]
fn generator_pipelines_driven_by_natives() {
    check(
        "def g(n):\n    for i in range(n):\n        yield [str(i)] * 3\n\
         print(sum(len(x[0]) for x in g(300)))\n\
         print(len(list(g(200))), tuple(x[1] for x in g(4)))\n\
         print(','.join(x[2] for x in g(12)))\n\
         print(any(x[0] == '150' for x in g(300)), all(len(x) == 3 for x in g(300)))\n\
         print(min(g(50), key=lambda x: -int(x[0]))[0], max(g(50))[0])\n",
        "790\n200 ('0', '1', '2', '3')\n\
         0,1,2,3,4,5,6,7,8,9,10,11\nTrue True\n49 9\n",
    );
}

#[test]
fn sorted_and_sort_with_key_functions() {
    check(
        "def k(x):\n    return (str(x % 7) * 2, [x])\n\
         print(sorted(range(60), key=k)[:9])\n\
         l = [str(i) for i in range(40)]\n\
         l.sort(key=lambda s: (s[::-1], [s] * 2), reverse=True)\n\
         print(l[:6])\n",
        "[0, 7, 14, 21, 28, 35, 42, 49, 56]\n['39', '29', '19', '9', '38', '28']\n",
    );
}

#[test]
fn iterator_adapters_and_class_calls() {
    check(
        "class P:\n    def __init__(self, v):\n        self.v = [v] * 4\n\
         \x20   def __eq__(self, o):\n        return [self.v[0]] == [o.v[0]]\n\
         ps = list(map(P, range(50)))\n\
         print(sum(p.v[0] for p in filter(lambda p: p.v[1] % 2 == 0, ps)))\n\
         print(sum(a.v[0] * b for a, b in zip(map(P, range(30)), range(30))))\n\
         print([i for i, p in enumerate(P(j) for j in range(5))])\n\
         print(ps.count(P(3)), P(7) in ps, ps.index(P(9)), P(1) == P(1))\n\
         print(str([p.v[0] for p in ps[:3]] + [P(5).v[3]]))\n",
        "600\n8555\n[0, 1, 2, 3, 4]\n1 True 9 True\n[0, 1, 2, 5]\n",
    );
}

#[test]
fn dunders_called_for_operators() {
    check(
        "class V:\n    def __init__(self, x):\n        self.x = x\n\
         \x20   def __add__(self, o):\n        junk = [self.x] * 8\n        return V(junk[0] + o.x)\n\
         \x20   def __lt__(self, o):\n        return [self.x] < [o.x]\n\
         t = V(0)\n\
         for i in range(100):\n    t = t + V(i) + V(1)\n\
         print(t.x, sum([V(i) for i in range(20)], V(0)).x, V(1) < V(2))\n\
         print([v.x for v in sorted(V(i % 5) for i in range(12))])\n",
        "5050 190 True\n[0, 0, 0, 1, 1, 1, 2, 2, 3, 3, 4, 4]\n",
    );
}

#[test]
fn yield_from_and_builtin_next() {
    check(
        "def inner(n):\n    for i in range(n):\n        junk = [str(j) for j in range(40)]\n        yield [i] * 3\n\
         def outer(n):\n    yield from inner(n)\n    r = yield from inner(2)\n\
         t = 0\nfor x in outer(100):\n    t += x[0]\nprint(t)\n\
         it = iter(outer(50))\ns = 0\nwhile True:\n    try:\n        s += next(it)[1]\n\
         \x20   except StopIteration:\n        break\nprint(s, next(it, 'done'))\n",
        "4951\n1226 done\n",
    );
}

#[test]
fn extend_and_update_from_generators() {
    check(
        "def g(n):\n    for i in range(n):\n        junk = [str(j) for j in range(30)]\n        yield junk[i % 30]\n\
         l = ['x']\nl.extend(g(60))\nprint(len(l), l[:4], l[-1])\n\
         d = {}\nd.update((s, len(s)) for s in g(45))\nprint(len(d), d['29'])\n\
         s = {'y'}\ns.update(g(40), g(5))\nprint(len(s), '29' in s)\n",
        "61 ['x', '0', '1', '2'] 29\n30 2\n31 True\n",
    );
}
