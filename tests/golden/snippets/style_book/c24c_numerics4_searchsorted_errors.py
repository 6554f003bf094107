# Exercise 9.A: searchsorted's requirements
import torch

edges = torch.tensor([1.0, 3.0, 5.0])
print(torch.searchsorted(edges, torch.tensor([[0.0, 3.0], [5.0, 6.0]])))
print(torch.searchsorted(edges, 3.0), torch.searchsorted(edges, torch.tensor([3.0]), out_int32=True).dtype)
print(torch.searchsorted(torch.tensor([5.0, 1.0, 3.0]), torch.tensor([2.0]), sorter=torch.tensor([1, 2, 0])))
for bad in (lambda: torch.searchsorted(edges, torch.tensor([1.0]), side="middle"),
            lambda: torch.searchsorted(edges, torch.tensor([1.0]), right=False, side="right"),
            lambda: torch.searchsorted(torch.tensor([[1.0, 2.0]]), torch.tensor([1.0, 2.0]))):
    try:
        print(bad())
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__, e)
