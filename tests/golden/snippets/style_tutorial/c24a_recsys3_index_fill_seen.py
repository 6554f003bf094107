# Removing already-seen items with index_fill_ and take_along_dim
import torch

scores = torch.tensor([[0.3, 0.8, 0.5, 0.1], [0.9, 0.2, 0.4, 0.6]])
row = scores[0].clone()
row.index_fill_(0, torch.tensor([1, 3]), float('-inf'))
print(row)
top_idx = scores.argsort(dim=1, descending=True)[:, :2]
print(top_idx)
print(torch.take_along_dim(scores, top_idx, dim=1))
print(scores.gather(1, top_idx))
emb = torch.arange(8.0).view(4, 2)
print(emb[top_idx].shape)
try:
    row.index_fill_(0, torch.tensor([4]), 0.0)
except (IndexError, RuntimeError) as e:
    print(type(e).__name__, e)
