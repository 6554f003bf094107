# Q: counting with boolean masks: sum of bools gives int64, mean needs float, nonzero / count_nonzero.
import torch

torch.manual_seed(3)
x = torch.randn(4, 5)
mask = x > 0
print(mask.sum(), mask.sum().dtype, mask.sum(dim=1))
try:
    mask.mean()
except RuntimeError as e:
    print("RuntimeError:", e)
print(mask.float().mean(), mask.sum() / mask.numel())
print(torch.count_nonzero(mask), torch.count_nonzero(mask, dim=0))
print(mask.nonzero()[:3], mask.nonzero(as_tuple=True)[1][:3])
print(mask.any(dim=1), mask.all(), (~mask).sum().item())
print(x[mask].shape, x.masked_select(mask).equal(x[mask]))
print(torch.sum(x > 10), (x > 10).any().item())
