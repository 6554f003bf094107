# Q: searchsorted left vs right, with unsorted input and a sorter.
import torch

edges = torch.tensor([1.0, 3.0, 3.0, 5.0])
vals = torch.tensor([0.0, 3.0, 4.0, 6.0])
print(torch.searchsorted(edges, vals), torch.searchsorted(edges, vals, right=True))
print(torch.searchsorted(edges, vals, side='right'), torch.searchsorted(edges, 3.0))
unsorted = torch.tensor([5.0, 1.0, 3.0])
order = torch.argsort(unsorted)
print(torch.searchsorted(unsorted, torch.tensor([2.0, 4.0]), sorter=order))
print(torch.searchsorted(torch.tensor([[1, 2, 3], [2, 4, 6]]), torch.tensor([[2], [5]])))
print(torch.searchsorted(edges, vals, out_int32=True).dtype)
