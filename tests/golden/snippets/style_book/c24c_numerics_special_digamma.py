# Section 7.5: digamma is the derivative of lgamma
import torch

x = torch.tensor([0.5, 1.0, 2.0, 10.0], dtype=torch.float64, requires_grad=True)
torch.lgamma(x).sum().backward()
print(x.grad)
print(torch.special.digamma(x.detach()))
print(torch.special.polygamma(1, torch.tensor([1.0, 2.0])))
print(torch.digamma(torch.tensor([0.0, -1.0])))
