# Input gradients in double precision for a finite-difference sanity check
import torch

f = lambda x: (x[0] * x[1].exp() + x[2] ** 3).sum()
x = torch.tensor([0.5, -0.3, 1.2], dtype=torch.float64, requires_grad=True)
g, = torch.autograd.grad(f(x), x)
eps = 1e-6
num = torch.zeros(3, dtype=torch.float64)
for i in range(3):
    e = torch.zeros(3, dtype=torch.float64)
    e[i] = eps
    num[i] = (f(x.detach() + e) - f(x.detach() - e)) / (2 * eps)
print(g.dtype, torch.allclose(g, num, atol=1e-6))
print(torch.autograd.gradcheck(f, (x,)))
