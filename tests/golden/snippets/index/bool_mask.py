import torch

t = torch.tensor([-2., 3., -1., 4., 0.])
mask = t > 0
print(mask)
print(t[mask])
print(t[t < 0])
print(t[torch.tensor([True, False, False, False, True])])
m = torch.tensor([[1, -2], [-3, 4]])
print(m[m > 0])
print(m[torch.tensor([True, False])])
