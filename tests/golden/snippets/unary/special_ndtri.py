# Normal quantiles with torch.special.ndtri (confidence intervals), and their gradient
import torch

p = torch.tensor([0.005, 0.025, 0.5, 0.9, 0.975, 0.995], requires_grad=True)
z = torch.special.ndtri(p)
print(z)
z.sum().backward()
print(p.grad)
q = torch.tensor([1e-300, 1e-20, 1e-5, 0.3, 1 - 1e-12, 0.0, 1.0, 1.5], dtype=torch.float64)
print(torch.special.ndtri(q))
print(torch.special.ndtr(torch.special.ndtri(torch.linspace(0.05, 0.95, 7))))
x = torch.tensor([0.1, 0.8], dtype=torch.float64, requires_grad=True)
g, = torch.autograd.grad(torch.special.ndtri(x).sum(), x, create_graph=True)
print(g, torch.autograd.grad(g.sum(), x))
print(torch.special.ndtri(torch.tensor([0, 1])))
try:
    torch.special.ndtri(torch.tensor([0.5], dtype=torch.half))
except NotImplementedError as e:
    print(e)
