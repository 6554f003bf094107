# Exercise 8.C: histc with equal bounds, out-of-range data and ints
import torch

x = torch.tensor([1.0, 2.0, 2.0, 5.0, -1.0])
print(torch.histc(x, bins=4, min=0, max=4))
print(torch.histc(x, bins=3))
print(torch.histc(torch.tensor([2.0, 2.0]), bins=2))
for bad in (lambda: torch.histc(x, bins=0), lambda: torch.histc(x, bins=2, min=3, max=1),
            lambda: torch.histc(torch.tensor([1, 2]), bins=2)):
    try:
        print(bad())
    except (RuntimeError, NotImplementedError) as e:
        print(type(e).__name__, e)
