# jacobian with create_graph=True stays differentiable
import torch
from torch.autograd.functional import jacobian
w = torch.tensor([0.3, -0.2], requires_grad=True)
def model(x):
    return torch.tanh(w * x)
x = torch.tensor([1.0, 2.0])
J = jacobian(model, x, create_graph=True)
print(J)
J.diagonal().sum().backward()
print(w.grad)
J2 = jacobian(model, x)
print(J2.requires_grad)
