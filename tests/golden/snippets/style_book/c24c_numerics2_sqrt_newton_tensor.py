# Section 3.10: Heron's method on a tensor of inputs vs torch.sqrt
import torch

a = torch.tensor([2.0, 9.0, 1e-4, 1e4], dtype=torch.float64)
x = torch.ones_like(a)
for i in range(30):
    x = 0.5 * (x + a / x)
print(x)
print((x - torch.sqrt(a)).abs().max() < 1e-12)
