# Exercise 6.A: cumulative ops along each dimension
import torch

m = torch.tensor([[1, 2, 3], [4, 5, 6]])
print(m.cumsum(0), m.cumsum(-1), m.cumprod(1))
print(torch.cummax(m.flip(1), dim=1).indices, torch.cummin(m, 0).values)
print(torch.logcumsumexp(m.float(), 1).round(decimals=4))
for bad in (lambda: m.cumsum(2), lambda: torch.logcumsumexp(m, 0), lambda: m.cumsum()):
    try:
        bad()
    except (IndexError, RuntimeError, TypeError, NotImplementedError) as e:
        print(type(e).__name__, str(e).splitlines()[0])
