# directional derivative = gradient . unit direction, checked with finite differences
import torch

def f(p):
    return p[0] ** 2 * p[1] + torch.log(p[1])

p = torch.tensor([1.0, 2.0], dtype=torch.float64, requires_grad=True)
f(p).backward()
u = torch.tensor([3.0, 4.0], dtype=torch.float64)
u = u / u.norm()
dd = p.grad @ u
h = 1e-6
fd = (f(p.detach() + h * u) - f(p.detach() - h * u)) / (2 * h)
print(p.grad)
print(dd.item(), fd.item())
print(abs(dd - fd).item() < 1e-8)
print("steepest direction", p.grad / p.grad.norm())
