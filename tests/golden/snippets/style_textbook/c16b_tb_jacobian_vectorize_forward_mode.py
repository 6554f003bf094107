# jacobian with vectorize=True and the forward-mode strategy give the same matrix.
import torch
from torch.autograd.functional import jacobian

def g(x):
    return torch.stack([x[0] * x[1], torch.exp(x[1]), x.pow(2).sum()])

x0 = torch.tensor([0.5, -1.0])
print(jacobian(g, x0))
print(jacobian(g, x0, vectorize=True))
print(jacobian(g, x0, vectorize=True, strategy='forward-mode'))
try:
    jacobian(g, x0, strategy='forward-mode')
except (ValueError, NotImplementedError) as e:
    print(type(e).__name__, e)
