# How tensors print at different magnitudes: small, large, mixed, integers in floats, negative zero, inf and nan.
import torch

print(torch.tensor([0.001, 0.0001]))
print(torch.tensor([1e-5, 1.0]))
print(torch.tensor([100000.0, 1.0]))
print(torch.tensor([123456.0, 0.5]))
print(torch.tensor([1.0, 2.0, 3.0]))
print(torch.tensor([1.5, -0.0, 2.25]))
print(torch.tensor([float("inf"), -float("inf"), float("nan"), 1.0]))
print(torch.tensor([1e10, 1e-10]))
print(torch.tensor([[1e-3, 2e3], [3.0, 4.0]]))
print(torch.tensor([0.1, 0.2], dtype=torch.float64) * 3)
print(torch.tensor(2.0) / 3, torch.tensor([2.0]) / 3)
print(torch.arange(0, 1, 0.1))
print(torch.tensor([-1.23456789, 9.87654321]))
print(torch.tensor([1, -2, 300000]), torch.tensor([[True, False]]))
print(torch.zeros(2, 0), torch.ones(0))
print(torch.tensor([1e20, 1.0, -5.0]))
