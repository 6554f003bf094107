# Numerical gradient check: float32 finite differences are noisy, float64 agree closely
import torch

def f(x):
    return (x.sin() * x.exp()).sum()

for dtype in (torch.float32, torch.float64):
    x = torch.tensor([0.3, -1.2, 2.0], dtype=dtype, requires_grad=True)
    f(x).backward()
    eps = 1e-3 if dtype is torch.float32 else 1e-6
    num = torch.zeros(3, dtype=dtype)
    with torch.no_grad():
        for i in range(3):
            e = torch.zeros(3, dtype=dtype)
            e[i] = eps
            num[i] = (f(x + e) - f(x - e)) / (2 * eps)
    rel = ((num - x.grad).abs() / x.grad.abs()).max().item()
    print(dtype, rel < (1e-2 if dtype is torch.float32 else 1e-8))
print(torch.autograd.gradcheck(f, (torch.tensor([0.3, -1.2], dtype=torch.float64, requires_grad=True),)))
