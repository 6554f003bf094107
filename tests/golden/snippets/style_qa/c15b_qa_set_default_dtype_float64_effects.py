# Q: after torch.set_default_dtype(torch.float64), what changes and what does not?
import torch
from torch import nn

torch.set_default_dtype(torch.float64)
print(torch.tensor([1.5]).dtype, torch.tensor([1]).dtype, torch.zeros(2).dtype)
print(nn.Linear(2, 1).weight.dtype, torch.arange(3).dtype, torch.arange(3.0).dtype)
print(torch.tensor([1.0], dtype=torch.float32) * torch.tensor([1.0]))
print(torch.get_default_dtype(), torch.tensor(1 + 1j).dtype)
torch.set_default_dtype(torch.float32)
print(torch.tensor(1 + 1j).dtype, torch.get_default_dtype())
try:
    torch.set_default_dtype(torch.int64)
except TypeError as e:
    print(e)
