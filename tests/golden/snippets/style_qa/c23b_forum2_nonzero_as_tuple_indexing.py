import torch

m = torch.tensor([[0, 3, 0], [4, 0, 5]])
print(m.nonzero())
rows, cols = m.nonzero(as_tuple=True)
print(rows, cols, m[rows, cols])
print(torch.argwhere(m > 3))
print(torch.nonzero(torch.tensor(0)).shape, torch.nonzero(torch.tensor(2)).shape)
print(torch.count_nonzero(m, dim=0))
