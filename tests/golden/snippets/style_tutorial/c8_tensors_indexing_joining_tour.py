# Tensor tour: stack vs cat, chunk/split, gather, masked_select, index_select, nonzero and where.
import torch

torch.manual_seed(9)
a = torch.arange(12).reshape(3, 4)
print(torch.stack([a, a]).shape, torch.cat([a, a], 1).shape)
print(a.chunk(2, dim=1))
print(torch.split(a, [1, 2], dim=0))
print(a.index_select(1, torch.tensor([0, 3])))
mask = a % 3 == 0
print(mask)
print(a.masked_select(mask))
print(torch.nonzero(mask))
print(torch.nonzero(mask, as_tuple=True))
print(torch.where(mask, a, -a))
idx = torch.tensor([[0, 1], [2, 3], [1, 1]])
print(a.gather(1, idx))
b = torch.randn(2, 3)
print(b, b.t().contiguous().view(-1))
print(a[[0, 2], [1, 3]], a[:, None].shape, a[..., None, :].shape)
print(a.flip(0), a.roll(1, dims=1))
print(torch.unbind(a, dim=1))
print(a.narrow(1, 1, 2), a.movedim(0, 1).shape)
