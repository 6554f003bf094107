import torch

# root of p(x) = x^3 - x - 2 on [1, 2], three bracketing/open methods in float64
p = lambda x: x ** 3 - x - 2

x0 = torch.tensor(1.0, dtype=torch.float64)
x1 = torch.tensor(2.0, dtype=torch.float64)
print("secant:")
for k in range(7):
    x2 = x1 - p(x1) * (x1 - x0) / (p(x1) - p(x0))
    x0, x1 = x1, x2
    print(f"  {k} {x1.item():.15f} residual {p(x1).item():+.3e}")

lo = torch.tensor(1.0, dtype=torch.float64)
hi = torch.tensor(2.0, dtype=torch.float64)
for k in range(10):
    c = hi - p(hi) * (hi - lo) / (p(hi) - p(lo))
    if torch.sign(p(c)) == torch.sign(p(lo)):
        lo = c
    else:
        hi = c
print("regula falsi after 10:", c.item(), "bracket", lo.item(), hi.item())

z = torch.tensor(1.5, dtype=torch.float64, requires_grad=True)
for k in range(5):
    (d,) = torch.autograd.grad(p(z), z)
    z = (z - p(z) / d).detach().requires_grad_()
print("newton:", z.item(), "p(z) =", p(z).item())
roots = torch.linalg.eigvals(torch.tensor([[0.0, 1.0, 2.0], [1.0, 0.0, 0.0], [0.0, 1.0, 0.0]], dtype=torch.float64))
print("companion matrix real root:", roots.real[roots.imag.abs() < 1e-12])
