# Cumulative operations: cumsum, cumprod, cummax/cummin, logcumsumexp, diff, and running means.
import torch

x = torch.tensor([3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0, 6.0])
print(torch.cumsum(x, 0), x.cumprod(0))
print(torch.cummax(x, 0))
print(x.cummin(dim=0).indices)
print(torch.logcumsumexp(x / 4, 0))
print(torch.diff(x), torch.diff(x, n=2), torch.diff(x, prepend=torch.tensor([0.0])))
running_mean = x.cumsum(0) / torch.arange(1, len(x) + 1)
print(running_mean)
m = torch.arange(1, 13).reshape(3, 4)
print(m.cumsum(1), m.cumsum(0).dtype)
print(torch.cumsum(m, dim=1, dtype=torch.float32))
b = torch.tensor([True, False, True, True])
print(b.cumsum(0), b.cumsum(0).dtype)
ema = torch.zeros_like(x)
for i, v in enumerate(x):
    ema[i] = v if i == 0 else 0.7 * ema[i - 1] + 0.3 * v
print(ema)
xr = x.clone().requires_grad_()
xr.cumprod(0).sum().backward()
print(xr.grad)
