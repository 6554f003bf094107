import torch
from torch.autograd.graph import increment_version

t = torch.ones(2)
print(t._version)
increment_version(t)
print(t._version)
increment_version([t, t])
print(t._version)

u = torch.ones(2, requires_grad=True)
v = u.exp()
increment_version(v)
try:
    v.sum().backward()
except RuntimeError as e:
    print(e)
