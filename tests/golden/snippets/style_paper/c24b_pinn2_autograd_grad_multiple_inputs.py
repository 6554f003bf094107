# gradients w.r.t. x and t passed as separate tensors
import torch

x = torch.tensor([0.1, 0.5], dtype=torch.float64, requires_grad=True)
t = torch.tensor([1.0, 2.0], dtype=torch.float64, requires_grad=True)
u = x ** 2 * t + torch.exp(-t)
ux, ut = torch.autograd.grad(u.sum(), (x, t), create_graph=True)
print(ux, ut.round(decimals=6))
uxt, = torch.autograd.grad(ux.sum(), t)
print(uxt)
print(torch.autograd.grad(u.sum(), [x], allow_unused=True, retain_graph=False)[0] is not None)
