# PGD with a random start inside the epsilon ball (seeded uniform_)
import torch

torch.manual_seed(21)
x = torch.tensor([[0.5, 0.5, 0.5, 0.5]])
eps = 0.2
delta = torch.empty_like(x).uniform_(-eps, eps)
print(delta)
delta.requires_grad_(True)
w = torch.tensor([1.0, -1.0, 2.0, -2.0])
for _ in range(4):
    loss = ((x + delta) * w).sum()
    grad, = torch.autograd.grad(loss, delta)
    delta = (delta + 0.08 * grad.sign()).clamp(-eps, eps).detach().requires_grad_(True)
print(delta)
print(round(((x + delta) * w).sum().item(), 4))
