import torch

times = torch.tensor([0.0, 1.5, 3.0, 4.5, 6.0])
queries = torch.tensor([-1.0, 1.5, 2.0, 6.0, 7.0])
print(torch.searchsorted(times, queries))
print(torch.searchsorted(times, queries, right=True))
print(torch.bucketize(queries, times))
bins = torch.tensor([0.0, 2.0, 4.0])
vals = torch.tensor([0.5, 2.5, 3.9, 4.0, 10.0])
print(torch.bucketize(vals, bins, right=True))
print(torch.histc(vals, bins=4, min=0, max=8))
