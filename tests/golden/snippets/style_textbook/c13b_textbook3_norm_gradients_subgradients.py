# Calculus chapter: gradients of L1, L2 and L-infinity norms, and what autograd returns at kinks.
import torch

x = torch.tensor([3.0, -4.0, 0.0, 1.0], requires_grad=True)
for name, fn in [("l1", lambda v: v.abs().sum()), ("l2", lambda v: v.norm()),
                 ("linf", lambda v: v.abs().max()), ("l2sq", lambda v: (v ** 2).sum())]:
    g, = torch.autograd.grad(fn(x), x)
    print(name, fn(x).item(), g)
print(torch.autograd.grad(torch.linalg.vector_norm(x, ord=3), x)[0])
z = torch.zeros(3, requires_grad=True)
print(torch.autograd.grad(z.norm(), z)[0])
print(torch.autograd.grad(z.abs().sum(), z)[0])
t = torch.tensor([2.0, -2.0, 1.0], requires_grad=True)
print(torch.autograd.grad(t.abs().max(), t)[0])
print(torch.autograd.grad(torch.linalg.vector_norm(t, float("inf")), t)[0])
m = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
print(torch.autograd.grad(torch.linalg.matrix_norm(m), m)[0])
print(torch.autograd.grad(torch.linalg.matrix_norm(m, ord="nuc"), m)[0])
