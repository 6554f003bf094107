# Jacobian of softmax: diag(s) - s s^T, rows sum to zero
import torch
from torch.autograd.functional import jacobian

z = torch.tensor([1.0, 2.0, 0.5])
J = jacobian(lambda v: torch.softmax(v, 0), z)
s = torch.softmax(z, 0)
formula = torch.diag(s) - torch.outer(s, s)
print(J)
print(torch.allclose(J, formula, atol=1e-7))
print(J.sum(dim=1))
print(torch.linalg.matrix_rank(J))
