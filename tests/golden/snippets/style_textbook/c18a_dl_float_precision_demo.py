# Floating point: float32 vs float64 machine epsilon and catastrophic cancellation
import torch

print(torch.finfo(torch.float32).eps, torch.finfo(torch.float64).eps)
a = torch.tensor(1.0) + torch.tensor(1e-8)
print(a == 1.0)
b = torch.tensor(1.0, dtype=torch.float64) + 1e-8
print(b, b == 1.0)
x = torch.tensor([1e-4, 1e-6, 1e-8])
print("naive (1-cos)/x^2:", (1 - torch.cos(x)) / x ** 2)
print("stable 2sin^2(x/2)/x^2:", 2 * torch.sin(x / 2) ** 2 / x ** 2)
print(torch.tensor(16777217.0), torch.tensor(16777217, dtype=torch.int32).float())
