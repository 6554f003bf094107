# Q: torch.where with python scalars -- what dtype?
import torch

x = torch.tensor([-1.5, 0.0, 2.5])
print(torch.where(x > 0, x, 0))
print(torch.where(x > 0, 1, 0), torch.where(x > 0, 1, 0).dtype)
print(torch.where(x > 0, 1.0, 0).dtype)
i = torch.tensor([1, -2, 3])
print(torch.where(i > 0, i, 0.5))
print(torch.where(x > 0))
