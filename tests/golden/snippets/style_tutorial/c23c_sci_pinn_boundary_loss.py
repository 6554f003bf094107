# Loss terms of a PINN for u'' = -pi^2 sin(pi x) on [0, 1] with u(0) = u(1) = 0, evaluated once.
import math
import torch

torch.manual_seed(1)
a = torch.tensor([0.5, 0.1], dtype=torch.float64, requires_grad=True)
u = lambda x: a[0] * torch.sin(math.pi * x) + a[1] * x * (1 - x)
x = torch.linspace(0, 1, 9, dtype=torch.float64, requires_grad=True)
ux = torch.autograd.grad(u(x).sum(), x, create_graph=True)[0]
uxx = torch.autograd.grad(ux.sum(), x, create_graph=True)[0]
res = uxx + math.pi ** 2 * torch.sin(math.pi * x)
xb = torch.tensor([0.0, 1.0], dtype=torch.float64)
loss = res.pow(2).mean() + u(xb).pow(2).mean()
loss.backward()
print(round(loss.item(), 6))
print([round(g, 6) for g in a.grad.tolist()])
