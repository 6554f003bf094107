# Quiz 24: how does PyTorch print these?
import torch

print(torch.tensor([1e-8, 1.0]))
print(torch.tensor([123456789.0]))
print(torch.tensor([1e10, 1.0, 0.5]))
print(torch.tensor([0.1, 0.25, 100.0]))
print(torch.tensor([1e-5, 1e5]))
print(torch.tensor(3.14159265))
print(torch.tensor([1.0, 2.0, 3.0]) * 1e-3)
print(torch.tensor([float("inf"), -1.5, float("nan")]))
print(torch.tensor([2**40], dtype=torch.float64))
