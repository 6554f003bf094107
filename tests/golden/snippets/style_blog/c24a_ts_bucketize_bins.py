# Binning values into regimes with bucketize and searchsorted
import torch

values = torch.tensor([0.5, 1.0, 2.5, 7.0, 10.0, -1.0])
edges = torch.tensor([1.0, 3.0, 6.0])
print(torch.bucketize(values, edges))
print(torch.bucketize(values, edges, right=True))
print(torch.searchsorted(edges, values))
print(torch.searchsorted(edges, values, side='right'))
try:
    torch.bucketize(values, torch.tensor([[1.0, 2.0]]))
except RuntimeError as e:
    print(e)
