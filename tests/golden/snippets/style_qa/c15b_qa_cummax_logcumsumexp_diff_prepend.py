# Q: running maximum, a stable log of cumulative sums of exps, and diff with prepend.
import torch

x = torch.tensor([1.0, 3.0, 2.0, 5.0, 4.0])
print(torch.cummax(x, dim=0))
print(torch.cummin(x, dim=0).values)
print(torch.logcumsumexp(x, dim=0))
print(torch.log(torch.cumsum(torch.exp(x), dim=0)))
print(torch.diff(x), torch.diff(x, prepend=torch.tensor([0.0])), torch.diff(x, n=2))
print(torch.cumsum(torch.tensor([1, 2, 3], dtype=torch.int32), 0).dtype, torch.cumprod(torch.tensor([1, 2, 3]), 0))
