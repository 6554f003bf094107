# Projecting with in-place clamp_ under no_grad, with tensor bounds
import torch

x0 = torch.tensor([0.2, 0.5, 0.9])
x = x0.clone().requires_grad_(True)
eps = 0.1
(x * torch.tensor([1.0, -1.0, 1.0])).sum().backward()
with torch.no_grad():
    x.add_(0.3 * x.grad.sign())
    x.clamp_(min=x0 - eps, max=x0 + eps)
    x.clamp_(0.0, 1.0)
print(x)
print(x.requires_grad, x.grad_fn, x.is_leaf)
print((x - x0).abs().max())
