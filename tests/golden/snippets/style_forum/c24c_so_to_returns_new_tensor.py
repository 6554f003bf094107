# Q: .to() / .float() didn't change my tensor
import torch

ints = torch.tensor([1, 2, 3])
ints.float()
print(ints.dtype)
ints = ints.float()
print(ints.dtype)
dbl = ints.to(torch.float64)
print(ints.dtype, dbl.dtype, dbl.to(torch.float64) is dbl)
mod = torch.nn.Linear(1, 1)
print(mod.to(torch.float64) is mod, mod.weight.dtype)
