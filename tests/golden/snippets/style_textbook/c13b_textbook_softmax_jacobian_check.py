# Softmax chapter: its Jacobian is diag(p) - p p^T; checked with autograd.functional.jacobian in float64.
import torch
from torch.autograd.functional import jacobian

z = torch.tensor([0.5, -1.0, 2.0, 0.0], dtype=torch.float64)
p = torch.softmax(z, dim=0)
J = jacobian(lambda t: torch.softmax(t, dim=0), z)
analytic = torch.diag(p) - torch.outer(p, p)
print(J)
print((J - analytic).abs().max().item() < 1e-15)
print(J.sum(dim=0))
print(torch.linalg.matrix_rank(J))
Jl = jacobian(lambda t: torch.log_softmax(t, dim=0), z)
print(Jl)
print(torch.allclose(Jl, torch.eye(4, dtype=torch.float64) - p.expand(4, 4)))
zb = torch.tensor([[1.0, 2.0], [3.0, 3.0]], dtype=torch.float64)
Jb = jacobian(lambda t: t.softmax(-1), zb)
print(Jb.shape)
print(Jb[1, :, 1, :])
