tests = [
 lambda: (1).bit_length(3), lambda: (1.5).is_integer(1), lambda: (1.5).hex(1), lambda: (1.5).as_integer_ratio(2), lambda: (1).conjugate(1), lambda: (1.5).conjugate(1),
 lambda: "a".upper(1), lambda: "a".lower(1), lambda: "a".isdigit(1), lambda: "a".title(1), lambda: "a".swapcase(1), lambda: "a".capitalize(1), lambda: "a".casefold(1), lambda: "a".isalpha(2),
 lambda: [].copy(1), lambda: [].clear(1), lambda: [].reverse(1), lambda: [].append(), lambda: [].append(1, 2), lambda: [].remove(), lambda: [].extend(), lambda: [].count(),
 lambda: {}.keys(1), lambda: {}.values(1), lambda: {}.items(1), lambda: {}.copy(1), lambda: {}.clear(1), lambda: {}.popitem(1),
 lambda: set().copy(1), lambda: set().clear(1), lambda: set().add(), lambda: set().add(1, 2), lambda: set().discard(), lambda: set().remove(),
 lambda: (1).__neg__(1), lambda: (1).to_bytes(), lambda: b"a".upper(1), lambda: (1, 2).count(), lambda: (1, 2).index(),
 lambda: "a".join(), lambda: iter([]).__next__(1), lambda: (1).__index__(1), lambda: (1.0).__trunc__(1),
 lambda: (1).__abs__(1), lambda: (1).__bool__(1), lambda: (1).__float__(1), lambda: (1).__int__(1), lambda: (1).__hash__(1), lambda: (1).__repr__(1), lambda: "a".__len__(1),
 lambda: [].__len__(1), lambda: (1).__add__(), lambda: (1).__add__(1, 2), lambda: (1).__eq__(), lambda: "a".__contains__(), lambda: [].__getitem__(), lambda: object().__repr__(1),
]
for t in tests:
    try:
        r = t()
        print("ok", r if not isinstance(r, (dict, set)) else type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)
