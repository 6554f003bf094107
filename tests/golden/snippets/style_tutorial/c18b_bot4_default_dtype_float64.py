"""Switching the default dtype to float64 for more precise experiments."""
import torch

print("default:", torch.get_default_dtype())
torch.set_default_dtype(torch.float64)
x = torch.tensor([0.1, 0.2])
print(x, x.dtype)
print(torch.zeros(2).dtype, torch.tensor(3).dtype, torch.arange(3.0).dtype)
layer = torch.nn.Linear(2, 1)
print(layer.weight.dtype)
torch.set_default_dtype(torch.float32)
print(torch.tensor([0.1, 0.2]).dtype)
