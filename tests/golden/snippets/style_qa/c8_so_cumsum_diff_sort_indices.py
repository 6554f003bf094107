# Q: recovering order after sorting, cumulative sums along a dim, and running maxima.
import torch

torch.manual_seed(0)
x = torch.randint(0, 10, (6,))
vals, idx = torch.sort(x)
print(x, vals, idx)
print(x[idx].equal(vals), torch.argsort(idx))
print(vals[torch.argsort(idx)].equal(x))
m = torch.arange(1., 7.).view(2, 3)
print(m.cumsum(0), m.cumsum(dim=1), m.cumprod(1))
print(torch.cummax(torch.tensor([1, 3, 2, 5, 4]), dim=0))
print(torch.diff(torch.tensor([1, 4, 9, 16])), torch.diff(m, dim=1))
print(x.sort(descending=True).values, x.argsort(descending=True)[:3])
print(torch.flip(vals, [0]), vals.flip(0).equal(x.sort(descending=True).values))
print(torch.searchsorted(torch.tensor([1, 3, 5, 7]), torch.tensor([0, 3, 6, 9])))
print(torch.bucketize(torch.tensor([0.2, 1.5, 3.0]), torch.tensor([0.0, 1.0, 2.0])))
