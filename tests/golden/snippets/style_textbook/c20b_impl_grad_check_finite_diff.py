# finite differences vs autograd in float64, and why float32 is too noisy
import torch

def f(x):
    return (x.sin() * x.exp()).sum()

x64 = torch.tensor([0.3, -1.2, 2.0], dtype=torch.float64, requires_grad=True)
g, = torch.autograd.grad(f(x64), x64)
h = 1e-6
fd = torch.stack([(f(x64.detach() + h * e) - f(x64.detach() - h * e)) / (2 * h) for e in torch.eye(3, dtype=torch.float64)])
print(g)
print((g - fd).abs().max() < 1e-8)
print(torch.autograd.gradcheck(f, (x64,)))
x32 = x64.detach().float().requires_grad_()
try:
    torch.autograd.gradcheck(f, (x32,))
except Exception as e:
    print(type(e).__name__)
