# Integrated gradients along a straight path from a zero baseline (Riemann sum)
import torch

def f(x):
    return (x[..., 0] ** 2 + 3 * x[..., 1] * x[..., 2]).sigmoid()

x = torch.tensor([0.5, -1.0, 0.8])
baseline = torch.zeros(3)
steps = 20
alphas = torch.linspace(0, 1, steps + 1)[1:]
path = baseline + alphas[:, None] * (x - baseline)
path.requires_grad_(True)
out = f(path)
out.sum().backward()
avg_grad = path.grad.mean(dim=0)
ig = (x - baseline) * avg_grad
print(path.shape, alphas[:3])
print(ig)
print("sum of attributions:", round(ig.sum().item(), 4))
print("f(x) - f(baseline):", round((f(x) - f(baseline)).item(), 4))
