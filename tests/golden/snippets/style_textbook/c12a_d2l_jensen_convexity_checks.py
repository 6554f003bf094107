# Convexity chapter: Jensen's inequality and the secant condition checked numerically on sample functions.
import torch

torch.manual_seed(0)
f = lambda x: 0.5 * x ** 2
g = lambda x: torch.cos(torch.pi * x)
h = lambda x: torch.exp(0.5 * x)
x = torch.linspace(-2, 2, 9)
lam = torch.tensor(0.3)
for name, fn in [("f", f), ("g", g), ("h", h)]:
    a, b = torch.tensor(-1.0), torch.tensor(1.5)
    lhs = fn(lam * a + (1 - lam) * b)
    rhs = lam * fn(a) + (1 - lam) * fn(b)
    print(name, lhs.item(), rhs.item(), bool(lhs <= rhs))
samples = torch.randn(10000)
print(h(samples).mean() >= h(samples.mean()), round(h(samples.mean()).item(), 4))
xs = x.clone().requires_grad_()
f2 = torch.autograd.grad(torch.autograd.grad(g(xs).sum(), xs, create_graph=True)[0].sum(), xs)[0]
print(f2)
print((f2 >= 0).tolist())
print(torch.diff(f(x), n=2))
