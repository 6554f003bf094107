# Autograd chapter: a function with a while loop and a branch is still piecewise linear, so grad == f(a)/a.
import torch

def tripler(a):
    out = a * 3
    loops = 0
    while out.norm() < 500:
        out = out * 3
        loops += 1
    if out.sum() <= 0:
        out = -2 * out
    return out, loops

torch.manual_seed(70)
for trial in range(3):
    a = torch.randn(size=(), requires_grad=True)
    d, loops = tripler(a)
    d.backward()
    print(trial, loops, a.item(), d.item(), a.grad.item(), (a.grad == d / a).item())
vec = torch.randn(3, requires_grad=True)
res, loops = tripler(vec)
res.sum().backward()
print(loops, vec.grad, res / vec)
