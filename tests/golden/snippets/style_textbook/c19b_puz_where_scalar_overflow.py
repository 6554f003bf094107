# Puzzle: where() with a scalar that does not fit the tensor's dtype
import torch

u = torch.tensor([10, 20, 30], dtype=torch.uint8)
c = torch.tensor([True, False, True])
print(torch.where(c, u, 300))
print(torch.where(c, u, 0.5))
i8 = torch.tensor([1, 2, 3], dtype=torch.int8)
print(torch.where(c, i8, 200))
print(torch.where(c, i8, -1).dtype)
print(u.masked_fill(~c, 255))
print(torch.where(c, torch.tensor(1, dtype=torch.int16), u))
