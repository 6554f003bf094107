# jacrev and jacfwd agree on a small vector field
import torch
from torch.func import jacfwd, jacrev

def F(v):
    x, y = v
    return torch.stack([x * y, x ** 2 - y, torch.sin(x)])

v = torch.tensor([0.5, 2.0], dtype=torch.float64)
Jr = jacrev(F)(v)
Jf = jacfwd(F)(v)
print(Jr.shape)
print(Jr.round(decimals=6))
print(torch.allclose(Jr, Jf))
