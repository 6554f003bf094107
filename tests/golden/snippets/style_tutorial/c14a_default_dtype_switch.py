# set_default_dtype(torch.float64): new tensors and new layers follow it; integers and old tensors do not.
import torch

before = torch.tensor([1.5])
torch.set_default_dtype(torch.float64)
print(torch.get_default_dtype(), torch.tensor([1.5]).dtype, torch.ones(2).dtype, torch.arange(3).dtype)
print(torch.arange(3.0).dtype, torch.linspace(0, 1, 3), before.dtype)
torch.manual_seed(1472)
lin = torch.nn.Linear(2, 1)
print(lin.weight.dtype, lin(torch.ones(1, 2)))
print(torch.randn(2), torch.tensor(3.0) / 7)
print(torch.tensor([1, 2]) / 3)
torch.set_default_dtype(torch.float32)
print(torch.tensor([1.5]).dtype, (torch.tensor([1, 2]) / 3).dtype)
try:
    torch.set_default_dtype(torch.int64)
except TypeError as e:
    print(e)
