# torch.unique keeps every NaN as its own value (NaN != NaN); -0.0 and 0.0 are one value
import torch

x = torch.tensor([1.0, float("nan"), 3.0, float("nan"), 1.0])
print(torch.unique(x, return_inverse=True, return_counts=True))
print(torch.unique(x, sorted=False))
print(torch.unique(torch.tensor([float("nan")] * 3), return_counts=True))
print(torch.unique(torch.tensor([2.0, -0.0, 0.0, float("inf"), float("nan"), float("-inf")]), return_inverse=True))
print(torch.unique(torch.tensor([[1.0, float("nan")], [1.0, float("nan")]]), dim=0, return_counts=True))
print(torch.unique_consecutive(torch.tensor([float("nan"), float("nan"), 1.0])))
