# Q: torch.where with python scalars -- what dtype?
import torch

vals = torch.tensor([-1.5, 0.0, 2.5])
print(torch.where(vals > 0, vals, 0))
print(torch.where(vals > 0, 1, 0), torch.where(vals > 0, 1, 0).dtype)
print(torch.where(vals > 0, 1.0, 0).dtype)
ints = torch.tensor([1, -2, 3])
print(torch.where(ints > 0, ints, 0.5))
print(torch.where(vals > 0))
