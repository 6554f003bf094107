import torch

print(torch.get_default_dtype())
print(torch.tensor([1.0]).dtype)
print(torch.tensor([1]).dtype)
print(torch.tensor(True).dtype)
print(torch.zeros(2).dtype, torch.arange(3).dtype, torch.arange(3.0).dtype)
print(torch.rand(2).dtype, torch.full((1,), 2).dtype)
