# Q: why does one tensor print as 1.0000e+05 and another as 100000.? when PyTorch switches to sci mode.
import torch

cases = [
    [1.0, 2.0, 3.0], [1.0, 100000.0], [1.0, 1000.0], [0.5, 1e-4], [0.5, 1e-5],
    [123456789.0], [1e8, 1.0], [0.001, 0.01], [float('inf'), 1.0], [1e-20, 1.0],
    [-1e6, 3.5], [1.5, 2.25, 1e3], [2.0 ** 40],
]
for c in cases:
    print(torch.tensor(c))
print(torch.tensor([100000.0, 2.0], dtype=torch.float64), torch.tensor([1e-5, 1.0], dtype=torch.float64))
print(torch.tensor([123456, 7]), torch.tensor([1e5, 2.0]).half())
print(torch.tensor(1e10), torch.tensor(1.5e-7), torch.tensor(12345.678))
