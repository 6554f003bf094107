# polygamma and digamma in float64: values and the derivative relation d/dx digamma = polygamma(1, x).
import torch

x = torch.tensor([1.0, 2.0, 0.5], dtype=torch.float64, requires_grad=True)
d = torch.digamma(x)
print(d.detach().round(decimals=8))
d.sum().backward()
print(x.grad.round(decimals=8))
print(torch.polygamma(1, x.detach()).round(decimals=8), torch.polygamma(2, torch.tensor([1.0], dtype=torch.float64)).round(decimals=8))
