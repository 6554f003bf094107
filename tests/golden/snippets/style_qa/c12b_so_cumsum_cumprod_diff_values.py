# Q: running totals and products: cumsum/cumprod/cummax/diff on floats and ints, with dtypes.
import torch

x = torch.tensor([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7])
print(x.cumsum(0), x.cumprod(0))
print(torch.tensor([1, 2, 3, 4]).cumsum(0), torch.tensor([1, 2, 3, 4], dtype=torch.int32).cumsum(0).dtype)
print(torch.tensor([True, True, False]).cumsum(0))
print(torch.cummax(torch.tensor([1.0, 3.0, 2.0, 5.0, 4.0]), 0), torch.cummin(torch.tensor([3, 1, 2]), 0))
print(torch.diff(torch.tensor([1, 4, 9, 16])), torch.diff(x, n=2))
m = torch.arange(1., 7.).view(2, 3)
print(m.cumsum(1), m.cumprod(0), torch.logcumsumexp(m, 1))
print(torch.cumsum(x, 0, dtype=torch.float64))
y = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y.cumprod(0).sum().backward()
print(y.grad)
