# Newton's method in 1-D with first and second derivatives from autograd
import torch

def f(x):
    return x * torch.cos(x) + 0.1 * x ** 2

x = torch.tensor(2.0, requires_grad=True)
for step in range(5):
    g, = torch.autograd.grad(f(x), x, create_graph=True)
    h, = torch.autograd.grad(g, x)
    with torch.no_grad():
        x -= g / h
    print(f"step {step}: x={x.item():.6f} f'={g.item():.3e} f''={h.item():.4f}")
