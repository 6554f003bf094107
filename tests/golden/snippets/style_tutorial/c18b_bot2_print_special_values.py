# How PyTorch prints special floating point values
import torch

print(torch.tensor([1.0, 2.0, 3.0]))
print(torch.tensor([-0.0, 0.0, 1e-4]))
print(torch.tensor([1.5, float("inf"), float("nan"), -float("inf")]))
print(torch.tensor([1.0, float("nan")]))
print(torch.tensor([123456.0, 0.001]))
print(torch.tensor([2 ** 40, -3], dtype=torch.int64))
print(torch.tensor([0.1, 0.25], dtype=torch.float64))
