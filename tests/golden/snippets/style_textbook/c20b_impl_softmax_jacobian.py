# softmax Jacobian diag(p) - p p^T vs torch.autograd.functional.jacobian
import torch
from torch.autograd.functional import jacobian

z = torch.tensor([0.5, 1.0, -1.0])
p = torch.softmax(z, 0)
J_formula = torch.diag(p) - torch.outer(p, p)
J_auto = jacobian(lambda t: torch.softmax(t, 0), z)
print(J_formula)
print(torch.allclose(J_formula, J_auto, atol=1e-7))
print(J_auto.sum(0))
