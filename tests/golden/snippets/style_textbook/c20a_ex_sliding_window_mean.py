# Exercise: compute averages using a sliding window over a tensor
import torch

Z = torch.arange(20, dtype=torch.float32)
w = Z.unfold(0, 3, 1)
print(w[:3])
print(w.mean(dim=1))
print(torch.nn.functional.avg_pool1d(Z.view(1, 1, -1), 3, stride=1).flatten())
c = torch.cumsum(Z, 0)
print((c[3:] - c[:-3]) / 3)
