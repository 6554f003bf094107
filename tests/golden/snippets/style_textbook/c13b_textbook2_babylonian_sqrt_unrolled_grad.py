# Automatic differentiation chapter: differentiating through a loop — Babylonian square root vs 1/(2 sqrt(a)).
import torch

def babylonian(a, iters):
    x = a / 2
    for _ in range(iters):
        x = 0.5 * (x + a / x)
    return x

for iters in (1, 2, 3, 5, 8):
    a = torch.tensor(9.0, dtype=torch.float64, requires_grad=True)
    s = babylonian(a, iters)
    g, = torch.autograd.grad(s, a)
    print(iters, s.item(), g.item())
print(1 / (2 * 3.0))
a = torch.tensor([2.0, 10.0, 100.0], requires_grad=True)
s = babylonian(a, 6)
s.sum().backward()
print(s, torch.sqrt(a.detach()))
print(a.grad, 0.5 / torch.sqrt(a.detach()))
