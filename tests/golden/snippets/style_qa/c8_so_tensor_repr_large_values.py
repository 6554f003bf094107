# Q: why does my tensor print as 1.0000e+05 or with a common scale factor? PyTorch's print formatting.
import torch

print(torch.tensor([1.0, 100000.0]))
print(torch.tensor([0.0001, 1.0]))
print(torch.tensor([123456789.0]))
print(torch.tensor([1e-5, 2e-5]))
print(torch.tensor([1.0, 2.0, 3.0]) * 1e10)
print(torch.tensor([[1.5, -2.25], [1000.0, 0.001]]))
print(torch.tensor([float('inf'), float('-inf'), float('nan'), 1.0]))
print(torch.tensor([1, 1000000, -5]))
print(torch.tensor([0.1, 0.25], dtype=torch.float64))
print(torch.tensor(3.14159265), torch.tensor(-0.0), torch.tensor(1e-12))
print(torch.tensor([True, False]), torch.tensor([], dtype=torch.int64), torch.zeros(2, 0))
print(torch.tensor([12345.678, 0.5]), torch.tensor([99999.5]))
