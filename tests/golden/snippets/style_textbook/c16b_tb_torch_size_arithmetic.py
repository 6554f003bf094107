# torch.Size behaves like a tuple.
import torch

s = torch.ones(2, 3, 4).shape
print(s, type(s).__name__, len(s), s[1:], s[-1])
print(s.numel(), s + (5,), s == (2, 3, 4), list(s))
print(torch.Size([2, 2]) * 2)
a, b, c = s
print(a * b * c, torch.zeros(s[:2]).shape)
print(torch.Size([]), torch.tensor(1.0).shape, torch.tensor(1.0).size())
print(torch.ones(2, 3).size(1), torch.ones(2, 3).size(-2))
