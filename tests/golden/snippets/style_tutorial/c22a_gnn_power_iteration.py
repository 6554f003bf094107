import torch

A = torch.tensor([[0., 1., 1.], [1., 0., 0.], [1., 0., 0.]])
P = A / A.sum(0, keepdim=True)
r = torch.full((3,), 1 / 3)
d = 0.85
for _ in range(30):
    r = (1 - d) / 3 + d * P @ r
print(r)
print(r.sum())
print(r.argsort(descending=True))
