# Convexity: checking Jensen's inequality numerically, a local minimum, and constrained projection.
import torch

f = lambda x: 0.5 * x ** 2
g = lambda x: torch.cos(torch.pi * x)
h = lambda x: torch.exp(0.5 * x)
x, segment = torch.arange(-2, 2, 0.01), torch.tensor([-1.5, 1])
for func in (f, g, h):
    lhs = func(0.5 * segment[0] + 0.5 * segment[1])
    rhs = 0.5 * func(segment[0]) + 0.5 * func(segment[1])
    print(f"{lhs.item():.4f} <= {rhs.item():.4f}: {bool(lhs <= rhs)}")
f2 = lambda x: (x - 1) ** 2 * (x + 1)
xs = torch.arange(-2.0, 2.0, 0.5)
print(f2(xs))
x = torch.tensor(0.5, requires_grad=True)
for _ in range(100):
    y = f2(x)
    y.backward()
    with torch.no_grad():
        x -= 0.05 * x.grad
    x.grad.zero_()
print(x, f2(x))
torch.manual_seed(0)
w = torch.randn(5) * 3
radius = 2.0
proj = w * min(1, radius / w.norm())
print(w.norm(), proj.norm(), proj)
print(torch.linalg.eigvalsh(torch.tensor([[2.0, 1.0], [1.0, 2.0]])))
