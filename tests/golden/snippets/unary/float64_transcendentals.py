# float64 tanh, sin, cos and exp printed to every digit, and tanh's gradient.
import torch

x = torch.linspace(-3, 3, 13, dtype=torch.float64, requires_grad=True)
for name in ("tanh", "sin", "cos", "exp"):
    print(name, getattr(torch, name)(x).tolist())
small = torch.tensor([1e-4, -3e-3, 0.02, 0.07, 0.3, 1.7], dtype=torch.float64)
print(torch.tanh(small).tolist())
print(torch.sin(small).tolist())
y = torch.tanh(x * 0.37).sum()
y.backward()
print(x.grad.tolist())
print(torch.tanh(torch.tensor(0.25, dtype=torch.float64)).item())
