import torch

print(torch.tensor([0.5, 1.25, 100.125]))
print(torch.tensor([1 / 3, 2 / 3]))
print(torch.tensor([1234.5678]))
print(torch.tensor([-0.001, 0.002]))
print(torch.tensor([0.0001, 1.0]))
print(torch.tensor([99999.5, 0.5]))
print(torch.tensor([123456.7]))
