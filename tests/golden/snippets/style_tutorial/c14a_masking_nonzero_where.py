# Boolean masks: x[x > 0], masked_fill_, nonzero (and as_tuple), one-argument where, any/all along dims.
import torch

torch.manual_seed(1473)
x = torch.randn(3, 4)
mask = x > 0
print(mask)
print(x[mask], x[mask].shape)
print(mask.nonzero())
print(torch.nonzero(mask, as_tuple=True))
print(torch.where(mask))
y = x.clone()
y.masked_fill_(~mask, 0.0)
print(y)
print(torch.where(mask, x, torch.zeros_like(x)).equal(y))
print(mask.any(dim=1), mask.all(dim=0), mask.sum(), mask.float().mean())
x[x < -1] = -1
print(x)
print(torch.masked_select(x, mask), torch.count_nonzero(x, dim=1))
