# Jacobian of a vector field with torch.autograd.functional.jacobian
import torch
from torch.autograd.functional import jacobian
def field(v):
    x, y = v[0], v[1]
    return torch.stack([x * y, x ** 2 + torch.sin(y), torch.exp(x - y)])
p = torch.tensor([1.0, 0.5])
J = jacobian(field, p)
print(J)
print(J.shape, J.requires_grad)
