# Quiz 92: set_default_dtype(float64) and what changes
import torch

torch.set_default_dtype(torch.float64)
print(torch.tensor([1.0]).dtype, torch.zeros(2).dtype, torch.arange(3).dtype)
print(torch.tensor([1, 2]).float().dtype, (torch.tensor([1]) / 2).dtype)
print(torch.nn.Linear(2, 2).weight.dtype)
print(torch.get_default_dtype(), torch.tensor(1.5).item())
torch.set_default_dtype(torch.float32)
print(torch.tensor([1.0]).dtype)
try:
    torch.set_default_dtype(torch.int64)
except TypeError as e:
    print(e)
