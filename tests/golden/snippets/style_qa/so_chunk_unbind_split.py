# Q: splitting a tensor into pieces: chunk with uneven sizes, unbind into rows, split by sizes.
import torch

x = torch.arange(10)
print(x.chunk(3))
print(x.chunk(4))
print(torch.chunk(x, 6))
m = torch.arange(6).view(3, 2)
print(m.unbind(0))
print(m.unbind(dim=1))
a, b = m.split([1, 2])
print(a, b)
try:
    m.split([1, 1])
except RuntimeError as e:
    print(e)
print([t.shape for t in torch.split(m, 2, dim=0)])
q, k, v = torch.arange(12).view(2, 6).chunk(3, dim=-1)
print(q, k, v)
