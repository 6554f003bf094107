# Forward and central differences against the autograd derivative of exp(sin x).
import torch

x = torch.tensor(0.7, dtype=torch.float64, requires_grad=True)
f = lambda t: torch.exp(torch.sin(t))
f(x).backward()
exact = x.grad.item()
with torch.no_grad():
    for h in [1e-1, 1e-3, 1e-5]:
        fwd = (f(x + h) - f(x)) / h
        cen = (f(x + h) - f(x - h)) / (2 * h)
        print(f"h={h:.0e} forward err {abs(fwd.item() - exact):.2e} central err {abs(cen.item() - exact):.2e}")
