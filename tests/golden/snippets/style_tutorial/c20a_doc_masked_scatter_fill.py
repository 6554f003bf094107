# Tensor.masked_scatter_ and masked_fill with broadcast masks
import torch

self = torch.tensor([0, 0, 0, 0, 0])
mask = torch.tensor([[0, 0, 0, 1, 1], [1, 1, 0, 1, 1]], dtype=torch.bool)
source = torch.tensor([[0, 1, 2, 3, 4], [5, 6, 7, 8, 9]])
print(self.masked_scatter(mask, source))
x = torch.arange(6.).view(2, 3)
print(x.masked_fill(torch.tensor([True, False, True]), 0.5))
print(x.masked_fill(x > 2, float('-inf')))
