# Batched Hessians of a scalar potential with vmap(hessian(...)).
import torch
from torch.func import hessian, vmap

def potential(q):
    return q[0] ** 2 * q[1] + q[1] ** 3

qs = torch.tensor([[1.0, 1.0], [2.0, -1.0], [0.0, 0.5]], dtype=torch.float64)
H = vmap(hessian(potential))(qs)
print(H.shape)
print(H[1])
print(torch.func.grad(potential)(qs[1]))
