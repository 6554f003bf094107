# strict=True refuses outputs that do not depend on the input.
import torch
from torch.autograd.functional import jacobian, vjp

def h(x):
    return torch.ones(2) * 3

x = torch.tensor([1.0, 2.0])
print(jacobian(h, x))
try:
    jacobian(h, x, strict=True)
except RuntimeError as e:
    print(e)
print(vjp(lambda t: t * 2, x, torch.ones(2)))
