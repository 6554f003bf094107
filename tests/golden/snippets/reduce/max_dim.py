import torch

t = torch.tensor([[3., 7., 1.], [9., 2., 5.]])
r = t.max(dim=1)
print(r)
print(r.values)
print(r.indices)
print(type(r).__name__)
values, indices = torch.max(t, 0)
print(values, indices)
print(r[0], r[1])
