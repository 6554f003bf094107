# Running statistics with cumsum, cumprod, cummax/cummin and logcumsumexp.
import torch

losses = torch.tensor([2.5, 2.1, 1.9, 2.0, 1.6, 1.7, 1.2])
steps = torch.arange(1, len(losses) + 1)
running_mean = losses.cumsum(0) / steps
print(running_mean)
best, where = losses.cummin(0)
print(best, where)
print(torch.cummax(losses, dim=0))
growth = torch.tensor([1.1, 0.9, 1.05, 1.2])
print(growth.cumprod(0))
print(torch.cumprod(torch.tensor([1, 2, 3, 4]), 0))
print(torch.cumsum(torch.tensor([1, 2, 3]), 0).dtype, torch.cumsum(torch.tensor([True, True, False]), 0))
m = torch.arange(12.0).reshape(3, 4)
print(m.cumsum(dim=1))
print(m.cumsum(dim=0)[-1], m.sum(0))
print(torch.logcumsumexp(torch.tensor([0.0, 1.0, 2.0]), dim=0))
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
x.cumprod(0).sum().backward()
print(x.grad)
x.grad = None
x.cumsum(0).sum().backward()
print(x.grad)
ema = []
v = 0.0
for l in losses.tolist():
    v = 0.9 * v + 0.1 * l
    ema.append(v)
print(torch.tensor(ema))
print(torch.cumsum(m, dim=1, dtype=torch.float64).dtype)
print(torch.diff(losses), torch.diff(losses, n=2))
