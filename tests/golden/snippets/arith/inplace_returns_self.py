import torch

t = torch.ones(3)
r = t.add_(5)
print(r is t)
print(r)
u = t
u += 1
print(u is t, t)
v = t + 1
print(v is t)
