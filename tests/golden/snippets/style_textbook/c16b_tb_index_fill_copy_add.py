# index_fill, index_copy and index_add along a dimension.
import torch

base = torch.zeros(3, 4)
print(base.index_fill(1, torch.tensor([0, 3]), 2.5))
src = torch.arange(8.0).view(2, 4)
print(base.index_copy(0, torch.tensor([2, 0]), src))
print(torch.ones(5).index_add(0, torch.tensor([1, 1, 4]), torch.tensor([1.0, 2.0, 3.0])))
print(torch.ones(5).index_add(0, torch.tensor([0, 2]), torch.tensor([1.0, 1.0]), alpha=-3))
