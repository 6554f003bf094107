# asking for the derivative w.r.t. an input that the output does not use
import torch
x = torch.tensor(2.0, requires_grad=True)
t = torch.tensor(3.0, requires_grad=True)
u = x ** 3
try:
    torch.autograd.grad(u, [x, t])
except RuntimeError as e:
    print(e)
gx, gt = torch.autograd.grad(u, [x, t], allow_unused=True)
print(gx, gt)
gx, gt = torch.autograd.grad(u, [x, t], allow_unused=True, materialize_grads=True)
print(gx, gt)
