import torch

t = torch.tensor([1.7, -2.3, 0.])
print(t.float())
print(t.double())
print(t.long())
print(t.int())
print(t.bool())
print(t.half())
print(torch.tensor([0, 1, 2]).float())
print(t.float() is t, t.long().long().dtype)
