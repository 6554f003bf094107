# Exercise 6.C: reductions with names and dtypes
import torch

x = torch.tensor([[1, 2], [3, 4]], dtype=torch.int32)
print(torch.sum(x, dim=(0, 1), keepdim=True, dtype=torch.int64), torch.mean(x, dim=0, dtype=torch.float64))
print(torch.prod(x, dim=1, keepdim=True), torch.prod(x, 0, dtype=torch.float32))
for f in (lambda: torch.prod(x, dim=(0, 1)), lambda: torch.mean(x, dim=0), lambda: torch.sum(x, axis=1, dim=0)):
    try:
        print(f())
    except (RuntimeError, TypeError) as e:
        print(type(e).__name__, str(e).splitlines()[0])
