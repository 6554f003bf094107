# switching the default dtype to float64 for scientific work
import torch
print(torch.tensor(0.1) + torch.tensor(0.2))
torch.set_default_dtype(torch.float64)
a = torch.tensor(0.1) + torch.tensor(0.2)
print(a, a.dtype, a.item())
print(torch.get_default_dtype(), torch.ones(2).dtype, torch.arange(3).dtype)
torch.set_printoptions(precision=12)
print(torch.tensor([1 / 3, 2 / 3]))
print(torch.finfo(torch.float64).eps, torch.finfo().tiny)
