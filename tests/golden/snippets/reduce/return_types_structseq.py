# torch.return_types are structseqs: named and indexed fields, n_fields, read-only, a one-sequence constructor, no namedtuple helpers.
import copy, pickle, io
import torch
r = torch.max(torch.tensor([[1.0, 3.0], [2.0, 0.0]]), 1)
print(type(r), type(r).__name__, type(r).__qualname__, type(r).__module__, type(r).__bases__)
print(isinstance(r, tuple), len(r), r[0], r[-1], r[:1], r[::-1][0])
print([hasattr(r, a) for a in ["_fields", "_asdict", "_replace", "_make", "n_fields", "n_sequence_fields", "n_unnamed_fields", "__match_args__", "count", "index"]])
print(r.n_fields, r.n_sequence_fields, r.n_unnamed_fields, type(r).__match_args__)
print(r == (r[0], r[1]), tuple(r) == tuple(r))
v, i = r
print(v, i)
r2 = torch.return_types.max((torch.tensor(1.0), torch.tensor(0)))
print(r2)
try:
    torch.return_types.max(torch.tensor(1.0), torch.tensor(0))
except TypeError as e:
    print("TypeError:", e)
try:
    torch.return_types.max((1, 2, 3))
except TypeError as e:
    print("TypeError:", e)
try:
    torch.return_types.max((1,))
except TypeError as e:
    print("TypeError:", e)
c = copy.copy(r)
print(type(c).__name__, c.values)
try:
    r.values = 1
except AttributeError as e:
    print("AttributeError:", e)
print(r + (1,) if False else len(r + (1,)), type(r + (1,)).__name__)
print(str(r) == repr(r), f"{r}"[:25])
s = torch.sort(torch.tensor([3, 1, 2]))
print(type(s).__name__, s._fields if hasattr(s, "_fields") else "-", s.n_fields)
print(torch.aminmax(torch.tensor([1.0, 5.0])).n_fields, torch.frexp(torch.tensor([8.0])).exponent)
print(dir(r)[-8:])
print(hash(torch.return_types.max((1, 2))) == hash((1, 2)))
