# Convexity chapter: local vs global minima, saddle points, and checking Jensen-style inequalities.
import torch

def f(x):
    return x * torch.cos(torch.pi * x)

x = torch.arange(-1.0, 2.0, 0.25)
print(f(x))
print(x[f(x).argmin()], f(x).min())

def saddle(x, y):
    return x ** 2 - y ** 2

p = torch.tensor([0.0, 0.0], requires_grad=True)
z = saddle(p[0], p[1])
grad, = torch.autograd.grad(z, p, create_graph=True)
print(grad)
H = torch.autograd.functional.hessian(lambda q: saddle(q[0], q[1]), p.detach())
print(H, torch.linalg.eigvalsh(H))

def g(x):
    return 0.5 * x ** 2

lam = torch.linspace(0, 1, 5)
a, b = torch.tensor(-1.0), torch.tensor(3.0)
lhs = g(lam * a + (1 - lam) * b)
rhs = lam * g(a) + (1 - lam) * g(b)
print(lhs, rhs, (lhs <= rhs).all())
samples = torch.randn(1000)
print(g(samples.mean()) <= g(samples).mean())
print(torch.tanh(torch.tensor([-2.0, 0.0, 2.0])), torch.exp(torch.tensor(0.5)))
