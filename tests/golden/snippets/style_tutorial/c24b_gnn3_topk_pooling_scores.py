# TopK pooling: keep the highest-scoring nodes, gate features by tanh(score)
import torch

torch.manual_seed(81)
x = torch.randn(6, 3)
p = torch.tensor([0.6, -0.8, 0.0])
score = (x @ p) / p.norm()
k = 3
perm = score.topk(k).indices
print(perm)
x_pool = x[perm] * torch.tanh(score[perm]).unsqueeze(-1)
print(x_pool.shape)
print(score.argsort(descending=True)[:k].equal(perm))
