# The Jacobian of a matrix-valued function has the output's shape then the input's.
import torch
from torch.autograd.functional import jacobian

offsets = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
def gram_plus(vec):
    return torch.outer(vec, vec) + offsets * vec.sum()

point = torch.tensor([1.0, -1.0])
jac = jacobian(gram_plus, point)
print(jac.shape)
print(jac[..., 0])
print(jac[..., 1])
