# Complex-step differentiation: f'(x) ~ Im f(x + ih) / h, exact to machine precision.
import torch

def f(z):
    return torch.exp(z) / torch.sqrt(torch.sin(z) ** 3 + torch.cos(z) ** 3)

x = torch.tensor(1.5, dtype=torch.float64, requires_grad=True)
f(x).backward()
for h in [1e-8, 1e-20]:
    z = torch.complex(torch.tensor(1.5, dtype=torch.float64), torch.tensor(h, dtype=torch.float64))
    cs = f(z).imag / h
    print(h, f"{cs.item():.15f}")
print("autograd", f"{x.grad.item():.15f}")
