# Q: torch.where(cond) with one argument returns a tuple of index tensors; nonzero as_tuple; using it to index.
import torch

x = torch.tensor([[0.0, 1.5, 0.0], [2.0, 0.0, -1.0]])
idx = torch.where(x != 0)
print(type(idx).__name__, idx)
print(x[idx])
print(torch.nonzero(x))
print(torch.nonzero(x, as_tuple=True))
print(x.nonzero().shape, (x > 5).nonzero().shape)
print(torch.where(x > 0, x, torch.tensor(0.0)))
print(torch.where(x > 0, 1, 0), torch.where(x > 0, 1.0, 0).dtype)
print(torch.argwhere(x < 0))
print(torch.count_nonzero(x), torch.count_nonzero(x, dim=0))
v = torch.tensor([5, 0, 7])
print(torch.where(v)[0], v.nonzero().squeeze(1), v.nonzero().squeeze())
print(torch.where(torch.tensor([False, False]))[0])
