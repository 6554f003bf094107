# Finite differences vs autograd for d/dx sin(x), float64: forward and central errors.
import torch

x = torch.tensor([0.0, 0.5, 1.0, 2.0], dtype=torch.float64, requires_grad=True)
torch.sin(x).sum().backward()
exact = x.grad
xd = x.detach()
for h in [1e-2, 1e-4, 1e-6]:
    fwd = (torch.sin(xd + h) - torch.sin(xd)) / h
    cen = (torch.sin(xd + h) - torch.sin(xd - h)) / (2 * h)
    print(h, f"{(fwd - exact).abs().max().item():.1e}", f"{(cen - exact).abs().max().item():.1e}")
print(torch.allclose(exact, torch.cos(xd)))
print(exact.dtype)
