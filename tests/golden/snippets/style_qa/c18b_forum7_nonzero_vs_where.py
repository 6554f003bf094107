# Q: difference between torch.nonzero, torch.where(cond) and argwhere
import torch

m = torch.tensor([[0, 1], [1, 1]])
print(torch.nonzero(m))
print(torch.nonzero(m, as_tuple=True))
print(torch.where(m > 0))
print(torch.argwhere(m))
print(m.nonzero().shape, torch.count_nonzero(m))
