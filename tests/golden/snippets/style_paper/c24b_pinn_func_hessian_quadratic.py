# torch.func.hessian of a quadratic form is A + A^T
import torch
from torch.func import hessian

A = torch.tensor([[2.0, 1.0], [0.0, 3.0]], dtype=torch.float64)
def quad_energy(x):
    return torch.dot(x, torch.mv(A, x))

x = torch.tensor([1.0, -1.0], dtype=torch.float64)
H = hessian(quad_energy)(x)
print(H)
print(torch.equal(H, A.T + A), H.dtype)
print(torch.linalg.eigvalsh(H).round(decimals=4))
