# Q: median of an even number of values returns the lower one; quantile interpolates.
import torch

x = torch.tensor([4.0, 1.0, 3.0, 2.0])
print(torch.median(x))
print(x.quantile(0.5), torch.quantile(x, torch.tensor([0.25, 0.75])))
print(torch.kthvalue(x, 2))
m = torch.tensor([[1.0, 5.0, 2.0], [9.0, 3.0, 3.0]])
print(m.median(dim=1))
print(m.median(dim=1).values, m.median(dim=0).indices)
print(torch.mode(torch.tensor([1, 2, 2, 3, 3, 3])))
print(torch.nanmedian(torch.tensor([1.0, float('nan'), 3.0])), torch.tensor([1.0, float('nan'), 3.0]).median())
