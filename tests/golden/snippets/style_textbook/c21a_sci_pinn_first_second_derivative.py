# Derivatives of a small network's output with respect to its input (the PINN building block).
import torch

torch.manual_seed(0)
net = torch.nn.Sequential(torch.nn.Linear(1, 8), torch.nn.Tanh(), torch.nn.Linear(8, 1))
x = torch.linspace(0, 1, 5).reshape(-1, 1).requires_grad_(True)
u = net(x)
du = torch.autograd.grad(u, x, torch.ones_like(u), create_graph=True)[0]
d2u = torch.autograd.grad(du, x, torch.ones_like(du), create_graph=True)[0]
print(u.shape, du.shape, d2u.shape)
print(du.grad_fn is not None, d2u.requires_grad)
print(torch.round(du.squeeze(), decimals=4))
print(torch.round(d2u.squeeze(), decimals=4))
