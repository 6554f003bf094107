import torch


def f(v):
    return torch.sum(torch.tanh(v) * v ** 2)


v = torch.tensor([0.3, -0.7, 1.2], dtype=torch.float64, requires_grad=True)
g, = torch.autograd.grad(f(v), v)
eps = 1e-6
fd = torch.zeros(3, dtype=torch.float64)
with torch.no_grad():
    for i in range(3):
        e = torch.zeros(3, dtype=torch.float64)
        e[i] = eps
        fd[i] = (f(v + e) - f(v - e)) / (2 * eps)
print(g)
print((g - fd).abs().max() < 1e-8)
print(torch.autograd.gradcheck(f, (v,), fast_mode=True))
