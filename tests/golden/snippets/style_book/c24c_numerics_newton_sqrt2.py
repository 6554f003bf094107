# Section 3.1: Newton's method for x^2 - 2 = 0, derivative from autograd
import torch

x = torch.tensor(1.0, dtype=torch.float64, requires_grad=True)
for k in range(6):
    fx = x * x - 2
    (dfx,) = torch.autograd.grad(fx, x)
    with torch.no_grad():
        x -= fx / dfx
    print(k, f"{x.item():.15f}", f"{abs(x.item() ** 2 - 2):.3e}")
