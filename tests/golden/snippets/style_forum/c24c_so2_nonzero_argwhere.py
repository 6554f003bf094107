# Q: get the indices where a condition holds
import torch

x = torch.tensor([[0, 3, 0], [4, 0, 5]])
print(x.nonzero())
print(torch.nonzero(x, as_tuple=True))
print(torch.argwhere(x > 3))
print((x > 0).sum(), torch.count_nonzero(x, dim=0))
print(torch.where(x > 3))
