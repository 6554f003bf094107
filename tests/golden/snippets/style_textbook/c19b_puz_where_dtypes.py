# Puzzle notes: what dtype does where() give back?
import torch

c = torch.tensor([True, False, True])
i = torch.tensor([1, 2, 3])
f = torch.tensor([0.5, 1.5, 2.5])
print(torch.where(c, i, 0).dtype)
print(torch.where(c, i, 0.0).dtype)
print(torch.where(c, f, i).dtype)
print(torch.where(c, 1, 0).dtype)
print(torch.where(c, 1.0, 0).dtype)
print(torch.where(c, i.int(), i).dtype)
print(torch.where(c, c, False).dtype)
print(torch.where(c))
print(torch.where(c, i.to(torch.uint8), -1))
