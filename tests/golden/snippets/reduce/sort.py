import torch

t = torch.tensor([3., 1., 2., 5., 4.])
r = torch.sort(t)
print(r)
print(r.values)
print(r.indices)
print(t.sort(descending=True))
values, indices = t.sort()
print(values, indices)
