import torch

x = torch.arange(10)
print([t.tolist() for t in x.chunk(3)])
print([t.tolist() for t in x.split(4)])
print([t.tolist() for t in torch.arange(5).chunk(4)])
try:
    x.split([3, 3])
except Exception as e:
    print(type(e).__name__, e)
print([t.shape for t in torch.ones(2, 7).tensor_split(3, dim=1)])
a, b = torch.ones(6, 2).split([4, 2])
print(a.shape, b.shape)
