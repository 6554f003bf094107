"""The Jacobian of a vector function, two ways."""
import torch
from torch.autograd.functional import jacobian


def g(v: torch.Tensor) -> torch.Tensor:
    return torch.stack([v[0] * v[1], v[0] + torch.sin(v[1])])


point = torch.tensor([2.0, 0.5])
J = jacobian(g, point)
print("Jacobian via functional API:\n", J)

rows = []
for i in range(2):
    p = point.clone().requires_grad_()
    (grad_row,) = torch.autograd.grad(g(p)[i], p)
    rows.append(grad_row)
print("Row by row:\n", torch.stack(rows))
