import torch

# Exam B3-5. torch.Size behaves like a tuple.
s = torch.zeros(2, 3, 4).shape
print(s, type(s).__name__, isinstance(s, tuple))
print(s[1:], s.numel(), len(s), s == (2, 3, 4))
print(s + (5,), torch.Size([1, 2]))
print(torch.zeros(s[::-1]).shape)
print(torch.Size([2, 3]).count(3), s.index(4))
