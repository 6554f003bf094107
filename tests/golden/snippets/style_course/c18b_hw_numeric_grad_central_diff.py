# HW1: central differences vs autograd, reported as relative error
import torch


def f(x):
    return (x.sin() * x.exp()).sum()


def numeric_grad(fn, x, h=1e-5):
    grad = torch.zeros_like(x)
    for i in range(x.numel()):
        e = torch.zeros_like(x)
        e[i] = h
        grad[i] = (fn(x + e) - fn(x - e)) / (2 * h)
    return grad


x = torch.tensor([0.1, 0.7, -1.3], dtype=torch.float64, requires_grad=True)
f(x).backward()
num = numeric_grad(f, x.detach())
rel = ((num - x.grad).abs() / (num.abs() + x.grad.abs())).max()
print(f"relative error: {rel.item():.2e}", "PASS" if rel < 1e-7 else "FAIL")
