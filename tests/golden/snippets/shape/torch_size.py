import torch

s = torch.zeros(2, 3).shape
print(s)
print(repr(s), str(s))
print(type(s).__name__, isinstance(s, tuple))
print(len(s), list(s), tuple(s))
print(s == (2, 3), s == torch.Size([2, 3]))
print(s[1:], s.numel())
print(torch.Size([4, 5]), torch.Size([]), torch.Size())
a, b = s
print(a, b, s + (1,))
