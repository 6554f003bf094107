# Section 2.2: central differences in float32 -- the error grows as h shrinks
import torch


def f(x):
    return x * x * x


x = torch.tensor(2.0)
for h in [1e-1, 1e-2, 1e-3, 1e-4, 1e-5]:
    cd = (f(x + h) - f(x - h)) / (2 * h)
    print(f"h={h:.0e} central={cd.item():.6f}")
xg = x.clone().requires_grad_()
f(xg).backward()
print("autograd:", xg.grad.item())
