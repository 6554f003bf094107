# Section 3.2: Newton on many starting points at once
import torch

x = torch.tensor([-2.0, 0.5, 3.0], dtype=torch.float64)
for it in range(8):
    x.requires_grad_(True)
    f = x * x * x - x - 1
    (g,) = torch.autograd.grad(f.sum(), x)
    x = (x - f / g).detach()
print(x)
print((x * x * x - x - 1).abs().max() < 1e-12)
