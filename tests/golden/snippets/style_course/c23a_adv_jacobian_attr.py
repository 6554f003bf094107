# Input Jacobian of a two-output attribution target with torch.autograd.functional.jacobian
import torch
from torch.autograd.functional import jacobian

def two_scores(inp):
    return torch.stack([inp[0] * inp[1], inp[1] ** 2 - inp[2]])

point = torch.tensor([2.0, 3.0, -1.0])
jac = jacobian(two_scores, point)
print(jac)
print(jac.shape, jac.requires_grad)
print(jac.abs().sum(0))
print(jacobian(two_scores, point, create_graph=True).requires_grad)
