# autograd.functional.jacobian with vectorize=True, and a create_graph Jacobian we differentiate again.
import torch
from torch.autograd.functional import jacobian

f = lambda x: torch.stack([x[0] ** 2 * x[1], torch.exp(x[1])])
x = torch.tensor([1.0, 0.5], requires_grad=True)
J1 = jacobian(f, x, vectorize=True)
J2 = jacobian(f, x, create_graph=True)
print(J1)
print(J2.requires_grad, J1.requires_grad)
torch.det(J2).backward()
print(x.grad)
