# complex-step derivative f'(x) ~ Im f(x + ih)/h, compared with autograd in float64
import torch
f = lambda z: torch.exp(z) / torch.sqrt(torch.sin(z) ** 3 + torch.cos(z) ** 3)
x = torch.tensor(1.5, dtype=torch.float64, requires_grad=True)
h = 1e-20
cs = (f(torch.complex(x.detach(), torch.tensor(h, dtype=torch.float64))).imag / h).item()
(ad,) = torch.autograd.grad(f(x), x)
print(cs)
print(ad.item())
print(abs(cs - ad.item()) < 1e-12)
