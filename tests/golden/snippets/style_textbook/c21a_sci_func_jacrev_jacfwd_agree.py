# torch.func.jacrev and jacfwd give the same Jacobian for R^3 -> R^2.
import torch
from torch.func import jacfwd, jacrev

def g(x):
    return torch.stack([x[0] * x[1] * x[2], torch.sin(x[0]) + x[2] ** 2])

x = torch.tensor([1.0, 2.0, 3.0])
Jr = jacrev(g)(x)
Jf = jacfwd(g)(x)
print(Jr)
print(Jr.shape, torch.allclose(Jr, Jf))
