# Quiz 1: what shape does this print?
import torch

a = torch.tensor([1, 2, 3])
b = torch.tensor([[10], [20]])
c = a + b
print(c.shape)
print(c)
print((a - a[:, None]).shape)
d = torch.zeros(3, 1) + torch.zeros(1, 3)
print(d.shape, d.sum())
