# du/dx of a network output w.r.t. its input with autograd.grad
import torch
import torch.nn as nn

torch.set_default_dtype(torch.float64)
torch.manual_seed(0)
net = nn.Sequential(nn.Linear(1, 10), nn.Tanh(), nn.Linear(10, 1))
x = torch.linspace(0, 1, 5).reshape(-1, 1).requires_grad_(True)
u = net(x)
du_dx, = torch.autograd.grad(u, x, grad_outputs=torch.ones_like(u), create_graph=True)
print(u.shape, du_dx.shape, du_dx.dtype)
print(du_dx.requires_grad, du_dx.grad_fn is not None)
print(du_dx.round(decimals=5).T)
print(x.grad)
