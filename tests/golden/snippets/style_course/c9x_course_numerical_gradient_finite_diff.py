# Course notebook: compare autograd with forward and central finite differences as the step h shrinks.
import torch

def f(x):
    return torch.sin(x) * x ** 2 + torch.exp(-x)

x0 = torch.tensor(1.3, dtype=torch.float64, requires_grad=True)
y = f(x0)
y.backward()
exact = x0.grad.item()
print(f"autograd: {exact:.12f}")
for h in [1e-1, 1e-2, 1e-4, 1e-6, 1e-8, 1e-10]:
    with torch.no_grad():
        fwd = (f(x0 + h) - f(x0)) / h
        ctr = (f(x0 + h) - f(x0 - h)) / (2 * h)
    print(f"h={h:.0e} forward err={abs(fwd.item() - exact):.3e} central err={abs(ctr.item() - exact):.3e}")
x32 = torch.tensor(1.3, requires_grad=True)
f(x32).backward()
print(x32.grad, abs(x32.grad.item() - exact) < 1e-5)
with torch.no_grad():
    h = 1e-3
    c32 = (f(x32 + h) - f(x32 - h)) / (2 * h)
print(c32, c32.dtype)
