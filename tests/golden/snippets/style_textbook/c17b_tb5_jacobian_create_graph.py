# jacobian(create_graph=True) keeps the result differentiable.
import torch
from torch.autograd.functional import jacobian, hvp

w = torch.tensor([1.0, 2.0], requires_grad=True)
J = jacobian(lambda v: v ** 3, w, create_graph=True)
print(J, J.requires_grad)
J.diagonal().sum().backward()
print(w.grad)
value, prod = hvp(lambda v: (v ** 3).sum(), w, torch.ones(2), create_graph=True)
print(value, prod, prod.requires_grad)
