# Q: my finite-difference gradient check fails in float32 but passes in float64 - why?
import torch

def f(x):
    return (x.sin() * x.exp()).sum()

for dtype in (torch.float32, torch.float64):
    x = torch.tensor([0.3, 1.1, -0.7], dtype=dtype, requires_grad=True)
    f(x).backward()
    eps = 1e-3 if dtype == torch.float32 else 1e-6
    num = torch.zeros(3, dtype=dtype)
    for i in range(3):
        e = torch.zeros(3, dtype=dtype)
        e[i] = eps
        num[i] = (f(x.detach() + e) - f(x.detach() - e)) / (2 * eps)
    rel = ((x.grad - num).abs() / (x.grad.abs() + num.abs())).max()
    print(dtype, x.grad, num, f"{rel.item():.3e}")
xd = torch.tensor([0.3, 1.1, -0.7], dtype=torch.float64, requires_grad=True)
print(torch.autograd.gradcheck(f, (xd,)))
print(torch.autograd.gradgradcheck(f, (xd,)))
try:
    torch.autograd.gradcheck(f, (xd.float().detach().requires_grad_(),))
except Exception as e:
    print(type(e).__name__)
