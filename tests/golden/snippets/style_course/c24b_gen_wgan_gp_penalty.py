# WGAN-GP gradient penalty on interpolates, create_graph=True
import torch
import torch.nn as nn

torch.manual_seed(4)
critic = nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 1))
real = torch.randn(8, 2)
fake = torch.randn(8, 2)
eps = torch.rand(8, 1)
interp = (eps * real + (1 - eps) * fake).requires_grad_(True)
score = critic(interp)
grads, = torch.autograd.grad(score, interp, grad_outputs=torch.ones_like(score), create_graph=True)
print(grads.shape, grads.requires_grad)
gp = ((grads.norm(2, dim=1) - 1) ** 2).mean()
print(gp.grad_fn.name())
(10 * gp).backward()
print(critic[0].weight.grad.shape, critic[2].weight.grad is not None)
print(round(gp.item(), 3))
