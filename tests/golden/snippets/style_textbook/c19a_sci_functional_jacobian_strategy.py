# forward-mode strategy for jacobian needs vectorize=True
import torch
from torch.autograd.functional import jacobian
f = lambda x: torch.stack([x.sum(), (x ** 2).sum(), x.prod()])
x = torch.tensor([1.0, 2.0, 3.0, 4.0])
print(jacobian(f, x, vectorize=True, strategy="forward-mode"))
try:
    jacobian(f, x, strategy="forward-mode")
except Exception as e:
    print(type(e).__name__, e)
