# Section 9.2: derivative of a polynomial two ways
import torch

cs = torch.tensor([1.0, 0.0, -2.0, 1.0], dtype=torch.float64)  # x^3 - 2x + 1
x = torch.tensor([0.0, 1.0, 2.5], dtype=torch.float64, requires_grad=True)
p = torch.zeros_like(x)
for c in cs:
    p = p * x + c
p.sum().backward()
n = len(cs) - 1
dcs = cs[:-1] * torch.arange(n, 0, -1)
dp = torch.zeros(3, dtype=torch.float64)
for c in dcs:
    dp = dp * x.detach() + c
print(x.grad, dp, dcs)
