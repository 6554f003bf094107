# Exercise: in a (6,7,8) shaped tensor, what is the index (x,y,z) of the 100th element?
import torch

print(torch.unravel_index(torch.tensor(99), (6, 7, 8)))
print(torch.unravel_index(torch.tensor([99, 5, 335]), (6, 7, 8)))
idx = torch.arange(6 * 7 * 8).reshape(6, 7, 8)
print((idx == 99).nonzero())
