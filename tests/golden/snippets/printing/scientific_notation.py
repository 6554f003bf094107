import torch

print(torch.tensor([1e-5, 1.0, 1e5]))
print(torch.tensor([1e10]))
print(torch.tensor([0.00001]))
print(torch.tensor([1e-8, 1e-9]))
print(torch.tensor([12345678.]))
print(torch.tensor([1.5e-4, 3.0]))
print(torch.tensor(1e10), torch.tensor(-1.5e-7))
print(torch.tensor([1e8, 1.0]))
