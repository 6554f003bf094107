# Calculus chapter: forward and central differences vs autograd for several step sizes (float64 and float32).
import torch

def f(x):
    return torch.exp(torch.sin(x)) * x

x0 = torch.tensor(0.7, dtype=torch.float64, requires_grad=True)
exact, = torch.autograd.grad(f(x0), x0)
print("autograd:", exact.item())
print(f"{'h':>8} {'forward err':>14} {'central err':>14}")
with torch.no_grad():
    for k in range(1, 12, 2):
        h = 10.0 ** -k
        fwd = (f(x0 + h) - f(x0)) / h
        cen = (f(x0 + h) - f(x0 - h)) / (2 * h)
        print(f"{h:8.0e} {abs(fwd - exact).item():14.3e} {abs(cen - exact).item():14.3e}")
x32 = torch.tensor(0.7, requires_grad=True)
g32, = torch.autograd.grad(f(x32), x32)
print(g32, g32.dtype)
with torch.no_grad():
    for h in (1e-1, 1e-2, 1e-3, 1e-4):
        print(h, ((f(x32 + h) - f(x32 - h)) / (2 * h)).item())
