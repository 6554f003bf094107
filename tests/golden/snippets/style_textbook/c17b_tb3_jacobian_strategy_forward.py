# jacobian's forward-mode strategy needs vectorize=True.
import torch
from torch.autograd.functional import jacobian

def f(v):
    return torch.stack([v[0] * v[1], v[1].exp()])

v = torch.tensor([1.0, 0.0])
print(jacobian(f, v, vectorize=True, strategy='forward-mode'))
try:
    jacobian(f, v, strategy='forward-mode')
except (NotImplementedError, ValueError) as err:
    print(err)
try:
    jacobian(f, v, strategy='sideways')
except (NotImplementedError, ValueError) as err:
    print(err)
