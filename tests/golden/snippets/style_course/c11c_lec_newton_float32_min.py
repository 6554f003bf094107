# Lecture: Newton's method for a minimum of f(x) = x^4 - 3x^2 + x using f' and f'' from autograd.
import torch

def f(x):
    return x ** 4 - 3 * x ** 2 + x

for start in [1.5, -1.5, 0.1]:
    x = torch.tensor(start, requires_grad=True)
    print("start", start)
    for it in range(6):
        (g,) = torch.autograd.grad(f(x), x, create_graph=True)
        (h,) = torch.autograd.grad(g, x)
        with torch.no_grad():
            x = x - g / h
        x.requires_grad_()
        print(f"  it {it}: x={x.item():.8f} f={f(x).item():.8f} f'={g.item():+.3e} f''={h.item():.5f}")
    print("  final", x, "is a", "minimum" if h.item() > 0 else "maximum")
x64 = torch.tensor(1.5, dtype=torch.float64, requires_grad=True)
for it in range(5):
    (g,) = torch.autograd.grad(f(x64), x64, create_graph=True)
    (h,) = torch.autograd.grad(g, x64)
    x64 = (x64 - g / h).detach().requires_grad_()
print(x64.item(), f(x64).item())
