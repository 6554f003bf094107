# Centered finite differences against autograd for a small float64 function
import torch

def f(x):
    return (x[0] ** 2 * x[1]).sin() + x[1].exp() * x[2] - x[2] ** 3

x = torch.tensor([0.5, -1.0, 2.0], dtype=torch.float64, requires_grad=True)
f(x).backward()
h = 1e-6
numeric = torch.zeros(3, dtype=torch.float64)
for i in range(3):
    e = torch.zeros(3, dtype=torch.float64); e[i] = h
    with torch.no_grad():
        numeric[i] = (f(x + e) - f(x - e)) / (2 * h)
print(x.grad)
print(numeric)
rel = (x.grad - numeric).abs() / (x.grad.abs() + numeric.abs())
print(rel.max().item() < 1e-7)
