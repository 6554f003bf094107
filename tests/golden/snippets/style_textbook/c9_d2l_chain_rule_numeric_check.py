# The chain rule checked numerically: autograd vs central differences for a composite function.
import torch

def f(x):
    u = torch.sin(x) ** 2
    v = torch.exp(-x / 2)
    return u * v + torch.log1p(x ** 2)

def df_analytic(x):
    u = torch.sin(x) ** 2
    du = 2 * torch.sin(x) * torch.cos(x)
    v = torch.exp(-x / 2)
    dv = -0.5 * v
    return du * v + u * dv + 2 * x / (1 + x ** 2)

x = torch.linspace(-2, 2, 5, dtype=torch.float64, requires_grad=True)
y = f(x)
(g,) = torch.autograd.grad(y.sum(), x)
print(g)
print(df_analytic(x.detach()))
for h in [1e-1, 1e-3, 1e-5, 1e-7]:
    xd = x.detach()
    num = (f(xd + h) - f(xd - h)) / (2 * h)
    print(f"h={h:.0e} max error {(num - g).abs().max().item():.3e}")
x32 = x.detach().float()
num32 = (f(x32 + 1e-3) - f(x32 - 1e-3)) / 2e-3
print(num32)
print(torch.autograd.gradcheck(f, (x,)))
