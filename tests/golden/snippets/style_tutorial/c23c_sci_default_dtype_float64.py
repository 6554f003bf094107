# set_default_dtype(float64): what it changes for new tensors and what it does not.
import torch

torch.set_default_dtype(torch.float64)
print(torch.tensor([1.0]).dtype, torch.zeros(2).dtype, torch.linspace(0, 1, 3).dtype)
print(torch.tensor([1]).dtype, torch.arange(3).dtype, torch.arange(3.0).dtype)
print(torch.get_default_dtype(), torch.tensor(1.0) * torch.tensor(2, dtype=torch.float32))
print(torch.tensor(0.1) + torch.tensor(0.2) == 0.3, torch.tensor(0.1) + torch.tensor(0.2))
print(torch.tensor([0.1], dtype=torch.float32).item())
try:
    torch.set_default_dtype(torch.int64)
except TypeError as e:
    print("TypeError:", e)
