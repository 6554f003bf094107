import torch

x = torch.linspace(-1, 1, 12, requires_grad=True)
print(x)
print(x * 2)
print(torch.arange(20, dtype=torch.int32))
print(torch.arange(9, dtype=torch.float64))
print(torch.arange(12, dtype=torch.float64) / 3)
