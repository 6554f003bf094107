# Integrated gradients by hand with a Riemann sum, then check completeness
import torch
import torch.nn as nn

torch.manual_seed(0)
f = nn.Sequential(nn.Linear(4, 6), nn.Tanh(), nn.Linear(6, 1))
x = torch.tensor([[0.5, -1.0, 2.0, 0.3]])
baseline = torch.zeros_like(x)
steps = 50
alphas = torch.linspace(0, 1, steps + 1)[1:].view(-1, 1)
path = baseline + alphas * (x - baseline)
path.requires_grad_(True)
out = f(path).sum()
grads, = torch.autograd.grad(out, path)
avg_grad = grads.mean(dim=0, keepdim=True)
ig = (x - baseline) * avg_grad
print(ig)
with torch.no_grad():
    delta = f(x) - f(baseline)
print("sum IG:", round(ig.sum().item(), 4), "f(x)-f(0):", round(delta.item(), 4))
print(path.shape, grads.shape)
