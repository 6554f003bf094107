# torch.autograd.grad takes GradientEdges as inputs (and refuses to materialise their grads).
import torch
from torch.autograd.graph import get_gradient_edge
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = torch.tensor([1.0, 2.0], requires_grad=True)
h = y.exp()
e = get_gradient_edge(h)
try:
    print(torch.autograd.grad(x.sum(), e, materialize_grads=True, allow_unused=True))
except RuntimeError as err: print(err)
print(torch.autograd.grad(x.sum(), [e], allow_unused=True))
print(torch.autograd.grad((x*2).sum(), get_gradient_edge(x)))
print(torch.autograd.grad((h * h).sum(), (y, e)))
