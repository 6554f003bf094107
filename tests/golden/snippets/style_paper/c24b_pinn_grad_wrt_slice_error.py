# asking for a gradient w.r.t. a slice that was not used to compute u
import torch

xt = torch.tensor([[0.1, 0.2], [0.3, 0.4]], dtype=torch.float64, requires_grad=True)
u = (xt ** 2).sum(1)
x = xt[:, 0]
try:
    torch.autograd.grad(u.sum(), x)
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.autograd.grad(u.sum(), x, allow_unused=True, retain_graph=True))
print(torch.autograd.grad(u.sum(), xt, retain_graph=True)[0])
print(torch.autograd.grad(u.sum(), xt, materialize_grads=True)[0].shape)
