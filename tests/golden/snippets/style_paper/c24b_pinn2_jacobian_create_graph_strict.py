# functional.jacobian with create_graph and strict=True on an independent output
import torch
from torch.autograd.functional import jacobian

x = torch.tensor([0.5, 2.0], dtype=torch.float64)
J = jacobian(lambda v: v ** 3, x, create_graph=True)
print(J.requires_grad, J)
try:
    jacobian(lambda v: torch.ones(2, dtype=torch.float64), x, strict=True)
except RuntimeError as e:
    print("RuntimeError:", e)
print(jacobian(lambda v: torch.ones(2, dtype=torch.float64), x))
