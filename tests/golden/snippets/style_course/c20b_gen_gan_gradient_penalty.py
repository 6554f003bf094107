# WGAN-GP gradient penalty with create_graph=True
import torch
import torch.nn as nn

torch.manual_seed(82)
D = nn.Sequential(nn.Linear(2, 8), nn.Tanh(), nn.Linear(8, 1))
real = torch.randn(4, 2)
fake = torch.randn(4, 2)
eps = torch.rand(4, 1)
interp = (eps * real + (1 - eps) * fake).requires_grad_(True)
out = D(interp)
grads, = torch.autograd.grad(out, interp, grad_outputs=torch.ones_like(out), create_graph=True)
gp = ((grads.norm(2, dim=1) - 1) ** 2).mean()
print(grads.norm(2, dim=1))
print(gp)
gp.backward()
print(D[0].weight.grad)
