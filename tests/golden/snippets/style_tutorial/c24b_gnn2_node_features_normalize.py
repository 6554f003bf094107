# row-normalising node features (NormalizeFeatures) with sum and L2
import torch
import torch.nn.functional as F

x = torch.tensor([[1.0, 1.0, 2.0], [0.0, 0.0, 0.0], [3.0, 0.0, 1.0]])
row_sum = x.sum(1, keepdim=True)
print(x / row_sum.clamp(min=1))
print(F.normalize(x, p=1, dim=1))
print(F.normalize(x, p=2, dim=1))
print(F.normalize(x, p=2, dim=1).norm(dim=1))
