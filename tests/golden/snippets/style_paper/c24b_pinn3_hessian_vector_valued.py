# hessian of a vector-valued function: one Hessian per output
import torch
from torch.func import hessian

def F(x):
    return torch.stack([x[0] ** 2 * x[1], x[0] * x[1] ** 3])

x = torch.tensor([1.0, 2.0], dtype=torch.float64)
H = hessian(F)(x)
print(H.shape)
print(H[0])
print(H[1])
