import torch

t = torch.arange(6)
print(t.view(2, 3))
print(t.view(3, -1))
print(t.view(-1))
print(t.view((3, 2)))
print(t.view(1, 6).shape, t.view(6, 1).shape)
v = t.view(2, 3)
v[0, 0] = 100
print(t)
