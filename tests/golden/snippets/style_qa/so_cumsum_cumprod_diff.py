# Q: running totals, running products and differences between neighbours.
import torch

x = torch.tensor([1, 2, 3, 4])
print(torch.cumsum(x, dim=0), x.cumsum(0).dtype)
print(torch.cumprod(x.float(), 0))
print(torch.diff(x), torch.diff(x, n=2))
print(torch.cummax(torch.tensor([1, 3, 2, 5, 4]), 0))
m = torch.arange(6.).view(2, 3)
print(m.cumsum(dim=1), m.cumsum(dim=0))
print(torch.logcumsumexp(torch.tensor([0.0, 0.0, 0.0]), 0))
print(torch.cumsum(torch.tensor([True, False, True]), 0))
w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
w.cumprod(0).sum().backward()
print(w.grad)
