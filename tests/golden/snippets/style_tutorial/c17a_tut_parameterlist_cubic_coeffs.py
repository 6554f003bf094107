# Fit y = a + b x + c x^2 + d x^3 with the coefficients in an nn.ParameterList
import math
import torch
from torch import nn

class Poly(nn.Module):
    def __init__(self, degree):
        super().__init__()
        self.coeffs = nn.ParameterList([nn.Parameter(torch.zeros(())) for _ in range(degree + 1)])
    def forward(self, x):
        return sum(c * x ** i for i, c in enumerate(self.coeffs))

x = torch.linspace(-math.pi, math.pi, 200)
y = torch.sin(x)
model = Poly(3)
print(model)
opt = torch.optim.SGD(model.parameters(), lr=2e-3)
for t in range(300):
    loss = ((model(x) - y) ** 2).mean()
    if t % 100 == 99:
        print(t, f"{loss.item():.4f}")
    opt.zero_grad()
    loss.backward()
    opt.step()
print(" + ".join(f"{c.item():.4f} x^{i}" for i, c in enumerate(model.coeffs)))
