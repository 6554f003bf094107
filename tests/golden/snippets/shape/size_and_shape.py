import torch

t = torch.zeros(2, 3, 4)
print(t.shape)
print(t.size())
print(t.size(1), t.size(-1))
print(t.shape[0], t.shape[-1])
print(t.dim(), t.ndim, t.ndimension())
print(t.numel(), torch.numel(t))
print(torch.tensor(3.).shape, torch.tensor(3.).dim(), torch.tensor(3.).numel())
