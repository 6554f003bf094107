# Puzzle: sliding-window maximum with unfold, compared with max_pool1d
import torch
import torch.nn.functional as F

x = torch.tensor([1.0, 3.0, -1.0, -3.0, 5.0, 3.0, 6.0, 7.0])
print(x.unfold(0, 3, 1).max(dim=1))
print(F.max_pool1d(x[None, None], kernel_size=3, stride=1).squeeze())
print(F.max_pool1d(x[None, None], 3, stride=1, return_indices=True)[1].squeeze())
print(x.unfold(0, 3, 2), x.unfold(0, 3, 2).amin(1))
