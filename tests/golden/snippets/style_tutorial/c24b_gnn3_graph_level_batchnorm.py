# per-graph feature normalisation (GraphNorm-like) with index_add and a batch vector
import torch

x = torch.tensor([[1.0, 2.0], [3.0, 6.0], [5.0, 1.0], [2.0, 2.0], [4.0, 0.0]])
batch = torch.tensor([0, 0, 0, 1, 1])
n = torch.bincount(batch).unsqueeze(1).float()
mean = torch.zeros(2, 2).index_add_(0, batch, x) / n
centered = x - mean[batch]
var = torch.zeros(2, 2).index_add_(0, batch, centered ** 2) / n
normed = centered / (var[batch] + 1e-5).sqrt()
print(mean)
print(var)
print(normed)
print(torch.nn.LayerNorm(2, elementwise_affine=False)(x)[:2])
