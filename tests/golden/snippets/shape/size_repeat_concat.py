# torch.Size stays a torch.Size under * and +, from either side; non-ints are refused as for tuples.
import torch

s = torch.zeros(2, 3).shape
print(s * 2, 2 * s, s * 0, (1,) + s, s + (4,), s + s)
t = s
t *= 2
print(t, type(t).__name__)
print(s * True, s * torch.tensor(2).item())
for f in (lambda: s * 1.5, lambda: s * s, lambda: [1] * s, lambda: 'ab' * s, lambda: s * None, lambda: s + [1]):
    try:
        f()
    except TypeError as e:
        print(e)
