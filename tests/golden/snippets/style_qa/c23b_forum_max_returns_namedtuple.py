import torch

x = torch.tensor([[3.0, 7.0, 1.0], [9.0, 2.0, 4.0]])
m = x.max(dim=1)
print(m)
print(type(m).__name__, m.values, m.indices)
vals, idx = torch.max(x, 1, keepdim=True)
print(vals.shape, idx.shape)
print(x.max(), torch.max(x, torch.ones_like(x) * 5))
try:
    x.max(dim=2)
except Exception as e:
    print(type(e).__name__, e)
