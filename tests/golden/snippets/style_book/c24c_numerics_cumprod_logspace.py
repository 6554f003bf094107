# Section 6.6: products of many probabilities underflow; sum logs instead
import torch

p = torch.full((200,), 0.01, dtype=torch.float64)
print(p.prod(), torch.cumprod(p, 0)[[10, 100, 160, 199]])
print(torch.log(p).sum())
print(torch.cummax(torch.tensor([1, 3, 2, 5, 4]), 0))
print(torch.cummin(torch.tensor([4.0, 2.0, 3.0, 1.0]), dim=0).values)
print(torch.logcumsumexp(torch.tensor([0.0, 0.0, 0.0]), 0))
